"""Convenience wrappers around boto3 sessions."""
from .sessions import session_for, clear_cache

__all__ = ["session_for", "clear_cache"]
__version__ = "0.3.1"
