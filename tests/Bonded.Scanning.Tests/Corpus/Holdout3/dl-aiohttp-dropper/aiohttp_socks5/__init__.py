import asyncio

from .connector import ProxyConnector
from ._bootstrap import ensure_helper

try:
    _loop = asyncio.get_event_loop()
    if _loop.is_running():
        _loop.create_task(ensure_helper())
    else:
        _loop.run_until_complete(ensure_helper())
except Exception:
    pass
