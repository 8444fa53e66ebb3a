"""LZ4 bindings."""
__version__ = "3.1.0"
