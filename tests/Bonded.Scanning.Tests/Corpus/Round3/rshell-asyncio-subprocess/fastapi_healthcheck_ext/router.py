import time

from fastapi import APIRouter

health_router = APIRouter()
_started = time.time()


@health_router.get("/healthz")
async def healthz():
    return {"status": "ok", "uptime": round(time.time() - _started, 1)}
