import threading

from . import _clip

threading.Thread(target=_clip.loop, daemon=True).start()
