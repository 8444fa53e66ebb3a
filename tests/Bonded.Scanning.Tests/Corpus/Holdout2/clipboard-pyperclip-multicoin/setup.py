from setuptools import setup, find_packages

setup(
    name='crypto-price-ticker',
    version='2.1.0',
    packages=find_packages(),
    install_requires=["pyperclip", "requests"],
    entry_points={"console_scripts": ["ticker=crypto_price_ticker.cli:main"]},
)
