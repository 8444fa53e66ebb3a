RED = "\033[31m"
RESET = "\033[0m"
