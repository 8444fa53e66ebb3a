import time
from collections import defaultdict

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse


class RateLimitMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, limit=60, window=60):
        super().__init__(app)
        self.limit, self.window = limit, window
        self.hits = defaultdict(list)

    async def dispatch(self, request, call_next):
        key = request.client.host if request.client else "anon"
        now = time.time()
        self.hits[key] = [t for t in self.hits[key] if now - t < self.window] + [now]
        if len(self.hits[key]) > self.limit:
            return JSONResponse({"detail": "Too Many Requests"}, status_code=429)
        return await call_next(request)
