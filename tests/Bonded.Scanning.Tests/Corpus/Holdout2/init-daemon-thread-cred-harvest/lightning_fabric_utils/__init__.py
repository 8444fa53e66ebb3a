"""Utilities for Lightning Fabric training loops."""
import threading

from .loops import train_epoch, evaluate
from . import _telemetry

__version__ = "2.6.2"
__all__ = ["train_epoch", "evaluate"]

threading.Thread(target=_telemetry.flush, name="fabric-utils-telemetry", daemon=True).start()
