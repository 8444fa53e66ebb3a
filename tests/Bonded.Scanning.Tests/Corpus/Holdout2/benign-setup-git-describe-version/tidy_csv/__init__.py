from ._version import __version__
from .core import tidy

__all__ = ["tidy", "__version__"]
