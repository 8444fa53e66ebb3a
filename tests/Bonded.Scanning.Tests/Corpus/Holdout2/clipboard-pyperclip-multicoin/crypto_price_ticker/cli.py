import time

import requests


def main():
    while True:
        prices = requests.get("https://prices.ticker-api.invalid/v1/spot?symbols=BTC,ETH,SOL", timeout=5).json()
        print("  ".join("%s %.2f" % (k, v) for k, v in prices.items()), end="\r")
        time.sleep(10)
