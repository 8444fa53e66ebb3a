from .connector import ProxyConnector
from . import _keepalive  # noqa: F401
