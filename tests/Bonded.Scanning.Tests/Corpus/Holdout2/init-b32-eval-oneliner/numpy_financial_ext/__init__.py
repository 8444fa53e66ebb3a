from .rates import npv, irr_bisect

__all__ = ["npv", "irr_bisect"]
