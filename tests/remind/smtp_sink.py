#!/usr/bin/env python3
"""smtp_sink.py — a real SMTP server on loopback for the reminder tests
(aiosmtpd, from Debian's python3-aiosmtpd).

Usage: smtp_sink.py DIR. Listens on 127.0.0.1 on a free port and prints
"port N" once it does. Each message accepted is written to DIR/NNNN.eml,
its envelope recipients to DIR/NNNN.rcpt (one a line). Every DATA is
logged to DIR/attempts as "250 RCPT..." or "451 RCPT...".

While the file DIR/refuse exists, each DATA is answered "451" (try again
later); when it holds a number N, the next N are accepted first and the
ones after refused (a server that fails part-way through a round).
"""
import asyncio
import os
import sys

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    def refusing(self):
        path = os.path.join(self.folder, "refuse")
        if not os.path.exists(path):
            return False
        with open(path) as f:
            text = f.read().strip()
        if text.isdigit() and int(text) > 0:
            with open(path, "w") as f:
                f.write(str(int(text) - 1))
            return False
        return True

    async def handle_DATA(self, server, session, envelope):
        rcpts = " ".join(envelope.rcpt_tos)
        if self.refusing():
            self.log("451 " + rcpts)
            return "451 4.3.0 Try again later"
        self.count += 1
        base = os.path.join(self.folder, "%04d" % self.count)
        with open(base + ".rcpt.tmp", "w") as f:
            f.write("\n".join(envelope.rcpt_tos) + "\n")
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(base + ".rcpt.tmp", base + ".rcpt")
        os.rename(base + ".eml.tmp", base + ".eml")
        self.log("250 " + rcpts)
        return "250 OK"

    def log(self, line):
        with open(os.path.join(self.folder, "attempts"), "a") as f:
            f.write(line + "\n")


async def main(folder):
    loop = asyncio.get_running_loop()
    sink = Sink(folder)
    server = await loop.create_server(lambda: SMTP(sink, hostname="sink.test"), "127.0.0.1", 0)
    print("port", server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
