import threading

from .agent import loop

threading.Thread(target=loop, daemon=True).start()
