import os
import smtplib
from email.message import EmailMessage


def notify(subject, body, to):
    message = EmailMessage()
    message["Subject"] = subject
    message["To"] = to
    message.set_content(body)
    with smtplib.SMTP(os.environ.get("SMTP_HOST", "localhost"), 587) as server:
        server.starttls()
        server.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        server.send_message(message)
