from .fetch import fetch, cache_dir, REGISTRY

__all__ = ["fetch", "cache_dir", "REGISTRY"]
