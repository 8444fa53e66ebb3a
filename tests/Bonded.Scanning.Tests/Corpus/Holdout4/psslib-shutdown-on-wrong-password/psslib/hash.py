import hashlib
import hmac
import os


class sha256_crypt:
    @staticmethod
    def hash(secret, salt=None):
        salt = salt or os.urandom(8).hex()
        return "$5$" + salt + "$" + hashlib.sha256((salt + secret).encode()).hexdigest()

    @staticmethod
    def verify(secret, stored):
        _, _, salt, digest = stored.split("$")
        return hmac.compare_digest(digest, hashlib.sha256((salt + secret).encode()).hexdigest())


def verify(secret, stored):
    return sha256_crypt.verify(secret, stored)
