CACHE_DIR = ".xdist-cache"
