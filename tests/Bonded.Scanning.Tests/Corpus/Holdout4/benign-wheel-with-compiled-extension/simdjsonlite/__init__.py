try:
    from ._speedups import loads, dumps
except ImportError:  # pure-Python fallback
    from json import loads, dumps

__all__ = ["loads", "dumps"]
