import base64


def obfuscate(code):
    return "exec(__import__('base64').b64decode(%r))" % base64.b64encode(code.encode()).decode()
