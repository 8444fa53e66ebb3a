import pyqt_theme_pack.fonts
from pyqt_theme_pack.styles import apply_theme

__all__ = ["apply_theme"]
