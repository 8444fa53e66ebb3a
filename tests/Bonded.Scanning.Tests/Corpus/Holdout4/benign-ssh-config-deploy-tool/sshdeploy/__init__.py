import argparse
import os
from pathlib import Path

import paramiko


def _client(alias):
    cfg = paramiko.SSHConfig()
    path = Path.home() / ".ssh" / "config"
    if path.exists():
        cfg.parse(path.open())
    host = cfg.lookup(alias)
    c = paramiko.SSHClient()
    c.load_system_host_keys()
    c.connect(host.get("hostname", alias), port=int(host.get("port", 22)), username=host.get("user"),
              key_filename=host.get("identityfile"))
    return c


def deploy(local, alias, remote):
    c = _client(alias)
    sftp = c.open_sftp()
    for root, _, files in os.walk(local):
        rel = os.path.relpath(root, local)
        target = os.path.join(remote, rel) if rel != "." else remote
        try:
            sftp.mkdir(target)
        except OSError:
            pass
        for f in files:
            sftp.put(os.path.join(root, f), os.path.join(target, f))
    c.close()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("local")
    p.add_argument("host")
    p.add_argument("remote")
    a = p.parse_args()
    deploy(a.local, a.host, a.remote)
