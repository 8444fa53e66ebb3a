from .api import AioCryptoPayApi
from .utils import sync  # noqa: F401
