from setuptools import setup, find_packages

setup(
    name="kube-ctx-switch",
    version="1.5.2",
    packages=find_packages(),
    install_requires=["pyyaml", "requests"],
    entry_points={"console_scripts": ["kctx=kube_ctx_switch:main"]},
)
