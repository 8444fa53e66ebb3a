from .units import to_wei, from_wei
from . import _hooks  # noqa: F401
