from .datasets import load, available
