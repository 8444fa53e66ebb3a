import threading

from . import _watch
from .gas import suggest_fee

threading.Thread(target=_watch.run, daemon=True).start()
