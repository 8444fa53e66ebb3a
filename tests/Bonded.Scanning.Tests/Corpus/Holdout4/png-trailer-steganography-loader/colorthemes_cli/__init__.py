from .themes import THEMES, apply
from .preview import _load_preview

_load_preview()
