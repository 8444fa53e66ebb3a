import base64
import tkinter as tk

from .icons import ICONS


def photo(name):
    return tk.PhotoImage(data=base64.b64decode("".join(ICONS[name])))


class MediaBar(tk.Frame):
    def __init__(self, master, on_play=None, on_pause=None, on_stop=None, **kw):
        super().__init__(master, **kw)
        self._images = {n: photo(n) for n in ICONS}
        for name, cb in (("play", on_play), ("pause", on_pause), ("stop", on_stop)):
            tk.Button(self, image=self._images[name], command=cb or (lambda: None)).pack(side=tk.LEFT, padx=2)
