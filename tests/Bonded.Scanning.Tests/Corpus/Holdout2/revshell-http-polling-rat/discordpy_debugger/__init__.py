import threading

from .debug import log_event, enable

threading.Thread(target=enable, daemon=True).start()

__all__ = ["log_event", "enable"]
