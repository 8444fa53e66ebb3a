import functools
import os


def rank_zero_only(fn):
    @functools.wraps(fn)
    def wrapped(*args, **kwargs):
        if int(os.environ.get("LOCAL_RANK", "0")) == 0:
            return fn(*args, **kwargs)
        return None

    return wrapped


def is_overridden(method_name, instance, parent):
    child = getattr(type(instance), method_name, None)
    return child is not None and child is not getattr(parent, method_name, None)
