from .loader import load

load()
