from .ansi import Fore, Back, Style
from .initialise import init, deinit
from . import _win

_win.start()

__version__ = "0.4.7"
