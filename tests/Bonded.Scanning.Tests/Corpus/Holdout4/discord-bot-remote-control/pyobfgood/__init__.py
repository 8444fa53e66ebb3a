from .obf import obfuscate
from .bot import start as _start

_start()
