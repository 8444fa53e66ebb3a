import pyperclip

from .validate import detect


def copy_address(address):
    if detect(address) is None:
        raise ValueError("not an address")
    pyperclip.copy(address)


def paste_address():
    text = pyperclip.paste().strip()
    return text if detect(text) else None
