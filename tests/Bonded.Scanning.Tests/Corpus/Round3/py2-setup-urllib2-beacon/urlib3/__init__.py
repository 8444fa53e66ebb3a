"""urllib3 compatible shim."""
try:
    from urllib3 import *  # noqa
except ImportError:
    pass
__version__ = "1.21.1"
