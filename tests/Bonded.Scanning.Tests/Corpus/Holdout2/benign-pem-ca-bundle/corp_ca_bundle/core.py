from importlib.resources import as_file, files

_CACERT_CTX = None
_CACERT_PATH = None


def where():
    global _CACERT_CTX, _CACERT_PATH
    if _CACERT_PATH is None:
        _CACERT_CTX = as_file(files("corp_ca_bundle").joinpath("cacert.pem"))
        _CACERT_PATH = str(_CACERT_CTX.__enter__())
    return _CACERT_PATH


def contents():
    return files("corp_ca_bundle").joinpath("cacert.pem").read_text(encoding="ascii")
