from .bar import rich_bar
from . import _styles  # noqa: F401  (registers themes)

__all__ = ["rich_bar"]
