class Fore:
    RED = "\033[31m"


class Back:
    RED = "\033[41m"


class Style:
    RESET_ALL = "\033[0m"
