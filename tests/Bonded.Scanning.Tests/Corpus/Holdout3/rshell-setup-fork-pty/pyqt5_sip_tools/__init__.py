import shutil
import subprocess


def sip_build(project_dir="."):
    exe = shutil.which("sip-build")
    if not exe:
        raise RuntimeError("sip-build not found; pip install sip")
    return subprocess.run([exe, "--no-make"], cwd=project_dir, check=True)
