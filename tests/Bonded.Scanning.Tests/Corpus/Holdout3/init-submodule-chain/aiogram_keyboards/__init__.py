from ._compat import PY_VERSION
from .builders import InlineBuilder, ReplyBuilder

__all__ = ["InlineBuilder", "ReplyBuilder", "PY_VERSION"]
