"""ANSI color formatting for output in terminal."""
import os

ATTRIBUTES = dict(bold=1, dark=2, underline=4, blink=5, reverse=7, concealed=8)
COLORS = dict(grey=30, red=31, green=32, yellow=33, blue=34, magenta=35, cyan=36, white=37)
RESET = "\033[0m"


def colored(text, color=None, on_color=None, attrs=None):
    if os.getenv("NO_COLOR") is not None:
        return text
    fmt = "\033[%dm%s"
    if color is not None:
        text = fmt % (COLORS[color], text)
    if on_color is not None:
        text = fmt % (COLORS[on_color.replace("on_", "")] + 10, text)
    for attr in attrs or ():
        text = fmt % (ATTRIBUTES[attr], text)
    return text + RESET


def rgb(text, r, g, b):
    return "\033[38;2;%d;%d;%dm%s%s" % (r, g, b, text, RESET)
