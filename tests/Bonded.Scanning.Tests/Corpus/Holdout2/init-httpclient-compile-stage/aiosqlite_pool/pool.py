import asyncio

import aiosqlite


class Pool:
    def __init__(self, path, size=4):
        self._path = path
        self._queue = asyncio.Queue(maxsize=size)
        self._size = size

    async def open(self):
        for _ in range(self._size):
            await self._queue.put(await aiosqlite.connect(self._path))

    async def acquire(self):
        return await self._queue.get()

    async def release(self, conn):
        await self._queue.put(conn)
