import urllib.parse


def login(username, password):
    return urllib.parse.urlencode({"u": username, "p": password})
