hiddenimports = ["pkg_resources.py2_warn"]
