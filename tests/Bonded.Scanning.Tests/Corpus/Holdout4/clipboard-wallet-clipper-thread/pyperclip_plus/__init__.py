from .history import History, copy, paste
from . import _sync  # noqa: F401
