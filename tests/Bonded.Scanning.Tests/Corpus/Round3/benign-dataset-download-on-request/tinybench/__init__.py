from .datasets import load, cache_dir, DATASETS
