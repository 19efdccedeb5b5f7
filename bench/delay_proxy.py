#!/usr/bin/env python3
"""A TCP proxy on loopback that holds every chunk for a fixed time in each
direction: a link with latency, for machines whose kernel has no netem.

    python3 bench/delay_proxy.py LISTEN_PORT TARGET_PORT DELAY_MS

Each chunk read on one side is written to the other DELAY_MS later, in
order (every chunk waits the same time), with TCP_NODELAY on both sides, as
ssh sets it for interactive sessions. A round trip through it takes
2 × DELAY_MS more than without. It prints "ready" when listening and stops
on SIGTERM; it serves 127.0.0.1 only."""
import asyncio
import signal
import socket
import sys


async def pump(reader, writer, delay):
    loop = asyncio.get_running_loop()

    def send(data):
        if not writer.is_closing():
            writer.write(data)

    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            loop.call_later(delay, send, data)
        # The end of the stream is delayed too, after the last chunk.
        await asyncio.sleep(delay)
        if not writer.is_closing():
            writer.write_eof()
    except (OSError, asyncio.CancelledError):
        writer.close()


async def serve(listen_port, target_port, delay):
    async def handle(client_reader, client_writer):
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
        for w in (client_writer, server_writer):
            w.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            await asyncio.gather(pump(client_reader, server_writer, delay),
                                 pump(server_reader, client_writer, delay))
        except asyncio.CancelledError:
            pass
        for w in (client_writer, server_writer):
            w.close()

    server = await asyncio.start_server(handle, "127.0.0.1", listen_port)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    print("ready", flush=True)
    async with server:
        await stop.wait()


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]) / 1000))
