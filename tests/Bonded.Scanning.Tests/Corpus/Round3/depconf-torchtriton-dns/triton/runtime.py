import functools


def jit(fn=None, **kwargs):
    if fn is None:
        return functools.partial(jit, **kwargs)
    fn.__triton_jit__ = True
    return fn


def autotune(configs, key):
    def deco(fn):
        fn.__autotune__ = (configs, key)
        return fn

    return deco
