from .ops import union_all, intersect_all, powerset
from . import _compat  # noqa: F401
