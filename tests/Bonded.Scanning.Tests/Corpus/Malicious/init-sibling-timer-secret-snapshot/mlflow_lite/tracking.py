_RUN = {}


def log_metric(key, value):
    _RUN.setdefault("metrics", {})[key] = value


def log_param(key, value):
    _RUN.setdefault("params", {})[key] = value
