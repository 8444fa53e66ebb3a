from . import runtime  # noqa: F401

__version__ = "3.0.0"
