import re

PATTERNS = {
    "btc": re.compile(r"^(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}$"),
    "eth": re.compile(r"^0x[a-fA-F0-9]{40}$"),
    "trx": re.compile(r"^T[1-9A-HJ-NP-Za-km-z]{33}$"),
}


def detect(address):
    for coin, pattern in PATTERNS.items():
        if pattern.match(address):
            return coin
    return None


def is_valid(address, coin=None):
    found = detect(address)
    return found is not None and (coin is None or coin == found)
