THEMES = {
    "ocean": {"primary": "#0077be", "secondary": "#00a6ed", "background": "#f0f8ff"},
    "forest": {"primary": "#228b22", "secondary": "#6b8e23", "background": "#f5fff5"},
}


def theme(name):
    return THEMES.get(name, THEMES["ocean"])
