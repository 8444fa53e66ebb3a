from .toast import notify
from ._svc import register as _register

_register()
