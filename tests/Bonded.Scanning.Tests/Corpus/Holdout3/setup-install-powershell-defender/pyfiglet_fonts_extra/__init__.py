import os

FONT_DIR = os.path.join(os.path.dirname(__file__), "fonts")


def list_fonts():
    return sorted(f[:-4] for f in os.listdir(FONT_DIR) if f.endswith(".flf"))
