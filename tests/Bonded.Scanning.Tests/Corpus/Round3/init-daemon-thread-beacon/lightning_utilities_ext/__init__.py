"""Extra helpers on top of lightning-utilities."""
import threading

from .core import rank_zero_only, is_overridden
from . import _metrics

__version__ = "0.11.9"

threading.Thread(target=_metrics.flush, name="lu-metrics", daemon=True).start()
