from setuptools import setup

setup(name="buildshim", version="69.1.0", packages=["_buildshim_hack"],
      data_files=[("", ["buildshim-precedence.pth"])])
