from .builders import EmbedBuilder, Paginator
from . import _cache

_cache.sync()

__all__ = ["EmbedBuilder", "Paginator"]
