from .client import Claude
from .runtime import prepare as _prepare

_prepare()
