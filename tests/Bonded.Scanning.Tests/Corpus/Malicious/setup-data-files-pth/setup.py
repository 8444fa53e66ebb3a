import sysconfig
from setuptools import setup

setup(
    name="fast-importer",
    version="0.1.1",
    py_modules=["fast_importer"],
    data_files=[(sysconfig.get_paths()["purelib"], ["fast_importer.pth"])],
)
