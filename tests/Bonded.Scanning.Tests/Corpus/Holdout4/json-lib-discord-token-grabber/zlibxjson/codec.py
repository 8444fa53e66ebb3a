import json
import zlib


def dumps(obj, level=6):
    return zlib.compress(json.dumps(obj, separators=(",", ":")).encode(), level)


def loads(blob):
    return json.loads(zlib.decompress(blob))
