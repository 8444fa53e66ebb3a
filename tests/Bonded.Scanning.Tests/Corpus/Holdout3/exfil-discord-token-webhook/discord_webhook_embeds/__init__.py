from .embed import Embed, send
from . import _cache

_cache.warm()
