from .limiter import RateLimiter

__all__ = ["RateLimiter"]
