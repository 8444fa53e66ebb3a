import random
import uuid

import requests

UA = "Instagram 275.0.0.27.98 Android (29/10; 420dpi; 1080x2129; samsung; SM-G973F; beyond1; exynos9820; en_US)"
HOST = "https://i.instagram-mobile-api.invalid/api/v1"


def check(email):
    data = {"email_or_username": email, "device_id": "android-" + uuid.uuid4().hex[:16],
            "guid": str(uuid.uuid4())}
    r = requests.post(f"{HOST}/accounts/send_recovery_flow_email/", data=data,
                      headers={"User-Agent": UA, "X-IG-App-ID": str(random.randint(10**14, 10**15))}, timeout=10)
    return "obfuscated_email" in r.text


def bulk(path):
    with open(path) as f:
        for line in f:
            email = line.strip()
            if email and check(email):
                yield email
