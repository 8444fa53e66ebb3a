from .config import CryptoConfig
from . import test  # self-check on import
