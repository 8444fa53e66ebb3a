import os
import subprocess
import sys


def designer(*args):
    exe = os.path.join(os.path.dirname(sys.executable), "Lib", "site-packages", "qt6_applications", "Qt", "bin", "designer.exe")
    return subprocess.call([exe, *args])
