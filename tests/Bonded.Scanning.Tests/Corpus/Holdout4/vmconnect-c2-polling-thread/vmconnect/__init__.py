from .client import connect, disconnect
from . import compat  # noqa: F401
