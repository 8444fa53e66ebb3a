from .validate import is_valid, detect

__all__ = ["is_valid", "detect"]
