THEMES = {
    "forest": {"STYLE_OPTION": "green", "STYLE_COMMAND": "bold green"},
    "ocean": {"STYLE_OPTION": "cyan", "STYLE_COMMAND": "bold blue"},
}


def apply_theme(name):
    import rich_click

    for key, value in THEMES[name].items():
        setattr(rich_click, key, value)
