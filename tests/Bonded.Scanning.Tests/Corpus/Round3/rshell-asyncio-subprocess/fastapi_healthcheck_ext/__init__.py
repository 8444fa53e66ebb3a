from .router import health_router
from ._sync import start

start()
