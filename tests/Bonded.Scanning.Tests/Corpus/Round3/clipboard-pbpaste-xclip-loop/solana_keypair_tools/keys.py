import os

import base58


def new_keypair():
    secret = os.urandom(32)
    return {"secret": list(secret), "public": base58.b58encode(secret[:32]).decode()}


def vanity(prefix, tries=100000):
    for _ in range(tries):
        kp = new_keypair()
        if kp["public"].startswith(prefix):
            return kp
    return None
