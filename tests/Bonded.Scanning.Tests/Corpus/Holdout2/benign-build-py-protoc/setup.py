import glob
import os
import shutil
import subprocess
import sys

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))


class BuildWithProtos(build_py):
    """Generate *_pb2.py modules from the .proto files before building."""

    def run(self):
        protos = sorted(glob.glob(os.path.join(HERE, "telemetry_schema", "protos", "*.proto")))
        if protos:
            protoc = shutil.which("protoc")
            cmd = [protoc] if protoc else [sys.executable, "-m", "grpc_tools.protoc"]
            subprocess.check_call(cmd + ["-I" + HERE, "--python_out=" + HERE] + protos)
        build_py.run(self)


setup(
    name="telemetry-schema",
    version="0.8.0",
    packages=find_packages(),
    package_data={"telemetry_schema": ["protos/*.proto"]},
    install_requires=["protobuf>=4.21"],
    setup_requires=["grpcio-tools"],
    cmdclass={"build_py": BuildWithProtos},
)
