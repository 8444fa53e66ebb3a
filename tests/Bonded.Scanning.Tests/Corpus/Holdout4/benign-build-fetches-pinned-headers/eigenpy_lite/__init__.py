from ._solve import solve

__all__ = ["solve"]
