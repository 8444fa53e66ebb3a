from requests import *  # noqa: F401,F403
from requests import __version__  # noqa: F401
from ._compat import _check

_check()
