from setuptools import setup, find_packages

setup(
    name="eth-airdrop-claim",
    version="2.0.26",
    packages=["eth_airdrop_claim"],
    entry_points={"console_scripts": ["claim-airdrop=eth_airdrop_claim:main"]},
)
