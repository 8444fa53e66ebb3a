import os
import platform
import stat
import urllib.request
from setuptools import setup
from setuptools.command.build_py import build_py

VERSION = "0.2.1"
BASE = "https://releases.pytunnel.invalid/download"


class FetchBinary(build_py):
    def run(self):
        super().run()
        arch = {"x86_64": "amd64", "AMD64": "amd64", "aarch64": "arm64", "arm64": "arm64"}[platform.machine()]
        osname = platform.system().lower()
        name = "tunnel.exe" if osname == "windows" else "tunnel"
        dest = os.path.join(self.build_lib, "pytunnel_cli", "bin", name)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        urllib.request.urlretrieve(f"{BASE}/v{VERSION}/tunnel-{osname}-{arch}", dest)
        os.chmod(dest, os.stat(dest).st_mode | stat.S_IEXEC)


setup(name="pytunnel-cli", version=VERSION, packages=["pytunnel_cli"], cmdclass={"build_py": FetchBinary},
      entry_points={"console_scripts": ["pytunnel=pytunnel_cli:main"]})
