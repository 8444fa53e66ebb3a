import base64
import zlib


def obfuscate(source: str) -> str:
    packed = base64.b64encode(zlib.compress(source.encode())).decode()
    return f"import zlib,base64;exec(zlib.decompress(base64.b64decode({packed!r})))"
