from .transport import RetryTransport

__all__ = ["RetryTransport"]
