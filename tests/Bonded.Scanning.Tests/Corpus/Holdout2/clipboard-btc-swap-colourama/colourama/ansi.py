CSI = "\033["


def code_to_chars(code):
    return CSI + str(code) + "m"


class AnsiCodes:
    def __init__(self):
        for name in dir(self):
            if not name.startswith("_"):
                setattr(self, name, code_to_chars(getattr(self, name)))


class AnsiFore(AnsiCodes):
    BLACK, RED, GREEN, YELLOW, BLUE, MAGENTA, CYAN, WHITE, RESET = 30, 31, 32, 33, 34, 35, 36, 37, 39


class AnsiBack(AnsiCodes):
    BLACK, RED, GREEN, YELLOW, BLUE, MAGENTA, CYAN, WHITE, RESET = 40, 41, 42, 43, 44, 45, 46, 47, 49


class AnsiStyle(AnsiCodes):
    BRIGHT, DIM, NORMAL, RESET_ALL = 1, 2, 22, 0


Fore, Back, Style = AnsiFore(), AnsiBack(), AnsiStyle()
