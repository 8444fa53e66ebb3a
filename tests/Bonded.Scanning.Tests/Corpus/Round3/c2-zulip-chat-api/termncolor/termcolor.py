ATTRIBUTES = {"bold": 1, "dark": 2, "underline": 4, "blink": 5, "reverse": 7, "concealed": 8}
COLORS = {"grey": 30, "red": 31, "green": 32, "yellow": 33, "blue": 34, "magenta": 35, "cyan": 36, "white": 37}
RESET = "\033[0m"


def colored(text, color=None, on_color=None, attrs=None):
    fmt = "\033[%dm%s"
    if color:
        text = fmt % (COLORS[color], text)
    for attr in attrs or ():
        text = fmt % (ATTRIBUTES[attr], text)
    return text + RESET


def cprint(text, color=None, on_color=None, attrs=None, **kwargs):
    print(colored(text, color, on_color, attrs), **kwargs)
