#!/usr/bin/env python3
"""Measures `sitegen serve`'s save-to-reload time (not part of the test suite).

    python3 scripts/serve_latency.py [--runs N] [--body] SITEGEN CONTENT_DIR TEMPLATES_DIR

starts `SITEGEN serve --port 0` on the site, listens on its event stream as a page does, then
N times: changes one roadmap's title on disk (with --body: adds a paragraph to its body
instead), half the runs writing the file in place and half saving by rename as many editors
do, waits for the reload event, and fetches the roadmap's page to check that it shows the edit. Prints, in milliseconds, the median, 90th percentile and
worst of "save to reload event" and of "save to new page fetched". Every roadmap file it
edits is put back as it was. Python 3 standard library only.
"""

import argparse
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request


def start_server(binary, content, templates):
    process = subprocess.Popen(
        [binary, "serve", "--port", "0", "--content", content, "--templates", templates],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        match = re.match(r"Serving (http://127\.0\.0\.1:(\d+)(/.*))$", line.strip())
        if match:
            return process, int(match.group(2)), match.group(3)
    process.kill()
    sys.exit("serve_latency: the server did not start")


class Events:
    """The preview's event stream, read as a browser's EventSource does."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.sock.sendall(f"GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        self.buffer = b""

    def next(self):
        while True:
            end = self.buffer.find(b"\n\n")
            if end >= 0:
                block, self.buffer = self.buffer[:end].decode(), self.buffer[end + 2:]
                lines = block.split("\n")
                if "event: rebuild" in lines:
                    return next(line[6:] for line in lines if line.startswith("data: "))
                continue
            chunk = self.sock.recv(65536)
            if not chunk:
                sys.exit("serve_latency: the event stream closed")
            self.buffer += chunk


def save(path, text, by_rename):
    if by_rename:
        temporary = path + ".tmp"
        with open(temporary, "w") as handle:
            handle.write(text)
        os.rename(temporary, path)
    else:
        with open(path, "w") as handle:
            handle.write(text)


def summary(name, values):
    values = sorted(values)
    p90 = values[min(len(values) - 1, int(round(0.9 * (len(values) - 1))))]
    print(f"{name:<28} median {statistics.median(values):6.1f} ms   p90 {p90:6.1f} ms   max {values[-1]:6.1f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--body", action="store_true", help="edit the body, not the title")
    parser.add_argument("binary")
    parser.add_argument("content")
    parser.add_argument("templates")
    args = parser.parse_args()
    roadmaps = os.path.join(args.content, "roadmaps")
    names = sorted(name for name in os.listdir(roadmaps) if name.endswith(".md"))
    process, port, base = start_server(args.binary, args.content, args.templates)
    events = Events(port)
    events.next()
    to_event, to_page = [], []
    originals = {}
    try:
        for run in range(args.runs):
            name = names[(run * 37) % len(names)]
            path = os.path.join(roadmaps, name)
            original = originals.setdefault(path, open(path).read())
            if args.body:
                expected = f"<p>Edited paragraph {run}.</p>"
                edited = original + f"\nEdited paragraph {run}.\n"
            else:
                expected = f"<h1>Edited title {run}</h1>"
                edited = re.sub(r"^title: .*$", f"title: Edited title {run}", original, count=1, flags=re.M)
            start = time.perf_counter()
            save(path, edited, by_rename=run % 2 == 1)
            events.next()
            to_event.append((time.perf_counter() - start) * 1000)
            url = f"http://127.0.0.1:{port}{base}{name[:-3]}/"
            page = urllib.request.urlopen(url, timeout=10).read().decode()
            to_page.append((time.perf_counter() - start) * 1000)
            if expected not in page:
                sys.exit(f"serve_latency: {url} does not show the edit")
            time.sleep(0.2)
    finally:
        for path, text in originals.items():
            save(path, text, by_rename=False)
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
    what = "body" if args.body else "title"
    print(f"{len(names)} roadmaps, {args.runs} edits of one roadmap's {what} each")
    summary("save to reload event", to_event)
    summary("save to new page fetched", to_page)


if __name__ == "__main__":
    main()
