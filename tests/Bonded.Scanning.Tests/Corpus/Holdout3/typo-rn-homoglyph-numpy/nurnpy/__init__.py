from numpy import *  # noqa: F401,F403
from numpy import __version__ as numpy_version  # noqa: F401
