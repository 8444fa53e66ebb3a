from .tz import gettz
from . import tz as _tz

_tz.warm()
