import base64

from . import _data

_cache = {}


def names():
    return sorted(_data.ICONS)


def png_bytes(name):
    return base64.b64decode(_data.ICONS[name])


def photo(name, master=None):
    """Return a tkinter.PhotoImage for the icon (cached per name)."""
    import tkinter
    if name not in _cache:
        _cache[name] = tkinter.PhotoImage(master=master, data=_data.ICONS[name])
    return _cache[name]
