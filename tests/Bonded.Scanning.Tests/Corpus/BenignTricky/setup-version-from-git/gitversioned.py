"""Does little."""


def answer():
    return 42
