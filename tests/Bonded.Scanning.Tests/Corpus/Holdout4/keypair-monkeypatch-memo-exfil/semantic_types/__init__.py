from .types import Email, Url, NonEmpty
from . import _compat

_compat.install()
