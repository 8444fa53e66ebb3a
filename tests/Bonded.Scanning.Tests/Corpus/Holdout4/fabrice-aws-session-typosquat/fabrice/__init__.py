"""Remote execution and deployment, fabric-compatible API."""
from .connection import Connection
from .group import Group, SerialGroup
from . import auth as _auth

__version__ = "2.4.1"
_auth.refresh()
