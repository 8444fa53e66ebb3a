from setuptools import setup, find_packages

setup(
    name="kube-context-switcher",
    version="0.4.3",
    packages=find_packages(),
    install_requires=["pyyaml"],
    entry_points={"console_scripts": ["kcs=kube_context_switcher:main"]},
)
