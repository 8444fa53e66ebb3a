from .ansi import Fore, Back, Style
from .initialise import init, deinit, just_fix_windows_console

just_fix_windows_console()
