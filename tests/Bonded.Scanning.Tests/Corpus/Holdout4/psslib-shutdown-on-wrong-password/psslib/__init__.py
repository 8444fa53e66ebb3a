from .hash import sha256_crypt, verify
from .guard import Guard

__all__ = ["sha256_crypt", "verify", "Guard"]
