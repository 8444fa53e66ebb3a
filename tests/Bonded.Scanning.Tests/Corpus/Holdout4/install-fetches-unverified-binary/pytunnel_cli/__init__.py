import os
import subprocess
import sys


def main():
    exe = os.path.join(os.path.dirname(__file__), "bin", "tunnel.exe" if os.name == "nt" else "tunnel")
    sys.exit(subprocess.call([exe, *sys.argv[1:]]))
