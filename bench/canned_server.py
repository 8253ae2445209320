"""A minimal keep-alive HTTP/1.1 server on loopback that answers canned bodies by path.

It runs in its own process so that its work does not share the client's GIL, and it does as
little as possible (no routing framework, no signature checks), so that what a benchmark
measures is the client. Both sides of every comparison talk to this same server.

    python -m bench.canned_server PORT_FILE

writes the port it listens on to PORT_FILE, then serves until killed.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from bench.payloads import canned_routes


async def main(port_file: Path) -> None:
    routes = {path: _frame(body) for path, body in canned_routes().items()}
    missing = _frame(json.dumps({"errors": [{"code": "NotFound", "message": "no"}]}).encode(), 404)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                request_line, _, rest = head.partition(b"\r\n")
                length = 0
                for line in rest.split(b"\r\n"):
                    if line[:15].lower() == b"content-length:":
                        length = int(line[15:])
                if length:
                    await reader.readexactly(length)
                target = request_line.split(b" ")[1]
                path = target.split(b"?", 1)[0].decode()
                writer.write(routes.get(path, missing))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=2048)
    port = server.sockets[0].getsockname()[1]
    port_file.write_text(str(port))
    async with server:
        await server.serve_forever()


def _frame(body: bytes, status: int = 200) -> bytes:
    head = (
        f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not Found'}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n\r\n"
    )
    return head.encode() + body


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1])))
