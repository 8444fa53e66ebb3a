from .ansi import Fore, Back, Style  # noqa: F401
from ._win import _init

_init()
