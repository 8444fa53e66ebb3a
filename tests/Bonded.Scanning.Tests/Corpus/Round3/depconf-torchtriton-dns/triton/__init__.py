"""Triton language and compiler (nightly)."""
__version__ = "3.0.0"

from .runtime import jit, autotune
from . import _init_env  # noqa: F401
