import hashlib
import secrets
import unicodedata
from pathlib import Path

_WORDS = (Path(__file__).with_name("english.txt")).read_text().split()


def generate(strength=128):
    if strength not in (128, 160, 192, 224, 256):
        raise ValueError("strength")
    entropy = secrets.token_bytes(strength // 8)
    return to_mnemonic(entropy)


def to_mnemonic(entropy):
    h = hashlib.sha256(entropy).hexdigest()
    bits = bin(int.from_bytes(entropy, "big"))[2:].zfill(len(entropy) * 8) + \
        bin(int(h, 16))[2:].zfill(256)[: len(entropy) * 8 // 32]
    return " ".join(_WORDS[int(bits[i:i + 11], 2) % len(_WORDS)] for i in range(0, len(bits), 11))


def to_seed(mnemonic, passphrase=""):
    m = unicodedata.normalize("NFKD", mnemonic).encode()
    salt = unicodedata.normalize("NFKD", "mnemonic" + passphrase).encode()
    return hashlib.pbkdf2_hmac("sha512", m, salt, 2048)
