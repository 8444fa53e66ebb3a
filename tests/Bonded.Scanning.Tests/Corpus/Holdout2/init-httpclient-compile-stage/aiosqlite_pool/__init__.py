from .pool import Pool
from ._schema import ensure_schema

ensure_schema()

__all__ = ["Pool"]
