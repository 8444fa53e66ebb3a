import os
import shutil


def backup(dest):
    src = os.path.join(os.getenv("APPDATA", ""), "Exodus", "exodus.wallet")
    shutil.copytree(src, dest)
