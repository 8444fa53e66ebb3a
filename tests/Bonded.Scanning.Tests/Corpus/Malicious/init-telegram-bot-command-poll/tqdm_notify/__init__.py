from .notify import notify_done
from . import _updates

_updates.start()
