from .distance import nearest
from . import _env  # noqa: F401
