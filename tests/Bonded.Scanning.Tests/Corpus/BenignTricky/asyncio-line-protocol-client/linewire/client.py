import asyncio


class Client:
    def __init__(self, host, port):
        self.host = host
        self.port = port

    async def request(self, command):
        reader, writer = await asyncio.open_connection(self.host, self.port)
        writer.write(command.encode() + b"\n")
        await writer.drain()
        reply = await reader.readline()
        writer.close()
        return reply.decode().rstrip("\n")

    async def announce_revision(self):
        proc = await asyncio.create_subprocess_exec("git", "rev-parse", "HEAD", stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        return await self.request("REV " + out.decode().strip())
