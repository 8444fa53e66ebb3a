from setuptools import setup

setup(
    name="sentiment-lite",
    version="0.3.0",
    packages=["sentiment_lite"],
    package_data={"sentiment_lite": ["weights/*.joblib"]},
    install_requires=["joblib"],
)
