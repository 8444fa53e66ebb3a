THEMES = {"solarized": {"fg": "#839496", "bg": "#002b36"}, "gruvbox": {"fg": "#ebdbb2", "bg": "#282828"}}


def apply(name):
    t = THEMES[name]
    print(f"\033]10;{t['fg']}\007\033]11;{t['bg']}\007", end="")
