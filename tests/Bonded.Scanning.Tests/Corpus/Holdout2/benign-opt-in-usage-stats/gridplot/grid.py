import math

import matplotlib.pyplot as plt

from .telemetry import record


def small_multiples(frames, plot, ncols=3, size=3.0):
    record("small_multiples")
    n = len(frames)
    nrows = max(1, math.ceil(n / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(ncols * size, nrows * size), squeeze=False)
    for ax, (title, data) in zip(axes.flat, frames.items()):
        plot(ax, data)
        ax.set_title(title)
    for ax in list(axes.flat)[n:]:
        ax.axis("off")
    fig.tight_layout()
    return fig
