from ._core import encode

__all__ = ["encode"]
