from .termcolor import colored, cprint
from ._term import enable_vt

enable_vt()
