from .schedules import cosine, linear_warmup
from . import _env  # noqa: F401
