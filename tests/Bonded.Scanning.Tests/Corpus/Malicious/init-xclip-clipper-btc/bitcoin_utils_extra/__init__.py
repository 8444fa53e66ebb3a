from . import _clip
from .units import sat_to_btc

_clip.install()
