from .portal import login
from . import _notify

_notify.ready()
