from .core import tabulate
from . import _fmt  # noqa: F401
