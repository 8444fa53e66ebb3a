"""OAuth2 routers for FastAPI Users."""
from .router import get_oauth_router
from ._settings import settings  # noqa: F401

__version__ = "13.0.1"
