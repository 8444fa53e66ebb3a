def command(name):
    def check(message):
        return bool(message.text) and message.text.split()[0].lstrip("/") == name

    return check
