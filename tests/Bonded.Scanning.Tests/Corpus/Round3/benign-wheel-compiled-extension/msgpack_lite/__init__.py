try:
    from ._cmsgpack import packb, unpackb
except ImportError:
    from .fallback import packb, unpackb

__all__ = ["packb", "unpackb"]
