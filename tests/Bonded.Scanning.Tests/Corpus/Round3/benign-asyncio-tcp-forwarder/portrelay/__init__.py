import argparse
import asyncio


async def _pipe(reader, writer):
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    finally:
        writer.close()


async def relay(listen_host, listen_port, target_host, target_port):
    async def handle(client_r, client_w):
        remote_r, remote_w = await asyncio.open_connection(target_host, target_port)
        await asyncio.gather(_pipe(client_r, remote_w), _pipe(remote_r, client_w))

    server = await asyncio.start_server(handle, listen_host, listen_port)
    async with server:
        await server.serve_forever()


def main(argv=None):
    p = argparse.ArgumentParser(prog="portrelay")
    p.add_argument("listen_port", type=int)
    p.add_argument("target", help="HOST:PORT")
    p.add_argument("--bind", default="127.0.0.1")
    args = p.parse_args(argv)
    host, _, port = args.target.rpartition(":")
    asyncio.run(relay(args.bind, args.listen_port, host, int(port)))
