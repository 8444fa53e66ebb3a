__version__ = "9.5.18"
