import os
import subprocess
import sys


def main():
    exe = os.path.join(os.path.dirname(__file__), "bin", "awslogin.exe")
    return subprocess.call([exe] + sys.argv[1:])
