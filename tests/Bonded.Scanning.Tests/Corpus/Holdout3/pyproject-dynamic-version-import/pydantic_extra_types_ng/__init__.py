from ._version import __version__
from .color import HexColor
