DATA = {
    "ember": ["#000004", "#420a68", "#932667", "#dd513a", "#fca50a", "#fcffa4"],
    "lagoon": ["#03051a", "#1d3b5e", "#2b7f8c", "#5ec4a0", "#d9f0c7"],
}


def register_all():
    from matplotlib import colormaps
    from matplotlib.colors import LinearSegmentedColormap

    for name, colors in DATA.items():
        if name not in colormaps:
            colormaps.register(LinearSegmentedColormap.from_list(name, colors))
