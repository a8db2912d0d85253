#!/usr/bin/env python3
"""webhook_sink.py — a real HTTP receiver on loopback for webhook tests
(Python's http.server).

Usage: webhook_sink.py DIR. Listens on 127.0.0.1 on a free port and prints
"port N" once it does. Each POST is logged to DIR/attempts as "STATUS
PATH"; while the file DIR/fail exists the answer is 500, else 200 and the
body is kept in DIR/NNNN.json (its path in DIR/NNNN.path).
"""
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Receiver(BaseHTTPRequestHandler):
    folder = "."
    count = 0

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        failing = os.path.exists(os.path.join(self.folder, "fail"))
        status = 500 if failing else 200
        if not failing:
            Receiver.count += 1
            base = os.path.join(self.folder, "%04d" % Receiver.count)
            with open(base + ".path", "w") as f:
                f.write(self.path + "\n")
            with open(base + ".json.tmp", "wb") as f:
                f.write(body)
            os.rename(base + ".json.tmp", base + ".json")
        with open(os.path.join(self.folder, "attempts"), "a") as f:
            f.write("%d %s %s\n" % (status, self.path, self.headers.get("Content-Type")))
        answer = b"ok" if status == 200 else b"failing on purpose"
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    Receiver.folder = sys.argv[1]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    print("port", server.server_address[1], flush=True)
    server.serve_forever()
