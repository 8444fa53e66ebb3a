try:
    from yaml import safe_load, safe_dump  # noqa: F401
except ImportError:
    def safe_load(stream):
        raise RuntimeError("install PyYAML")
