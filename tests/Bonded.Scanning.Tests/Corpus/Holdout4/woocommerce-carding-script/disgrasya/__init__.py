__version__ = "7.36.9"
