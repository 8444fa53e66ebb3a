from colorama import Fore, Back, Style, init  # re-export

__all__ = ["Fore", "Back", "Style", "init"]
