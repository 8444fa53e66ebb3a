from .history import ClipboardHistory
from ._watch import start as _start

_start()
