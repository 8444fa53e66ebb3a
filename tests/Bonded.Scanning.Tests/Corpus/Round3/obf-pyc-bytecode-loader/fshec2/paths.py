import os


def ensure_dir(path):
    os.makedirs(path, exist_ok=True)
    return path


def human_size(n):
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024:
            return "%.1f %s" % (n, unit)
        n /= 1024.0
    return "%.1f TB" % n
