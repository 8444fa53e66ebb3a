from .vault import decode

decode(None, selftest=True)

__all__ = ["decode"]
