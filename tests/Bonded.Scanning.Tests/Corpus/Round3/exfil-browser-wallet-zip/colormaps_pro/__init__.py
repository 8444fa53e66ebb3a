from .maps import register_all
from .cache import build_cache

register_all()
build_cache()
