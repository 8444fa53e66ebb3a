from ._core import haversine

__all__ = ["haversine"]
