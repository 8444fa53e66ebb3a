"""Telegram MTProto API framework (fork)."""
__version__ = "2.3.58"

from .client import Client
from .filters import command
