import base64
import tkinter as tk

OK = "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAE0lEQVR4nGNgYGD4z0AKMMKlAAAhxAIPigpcXQAAAABJRU5ErkJggg=="
WARN = "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAE0lEQVR4nGNgYGD4z0AKMMKlAAAhxAIPigpcXQAAAABJRU5ErkJggg=="
ICONS = {"ok": OK, "warn": WARN}


def photo(name, master=None):
    return tk.PhotoImage(master=master, data=ICONS[name])


def raw(name):
    return base64.b64decode(ICONS[name])
