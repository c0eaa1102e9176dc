#!/usr/bin/env python3
"""Checks the service sample (docs/samples/score-service.cs) running on 127.0.0.1:PORT against `escore score`.

1. POSTs the sample city with a real HTTP client and compares every firm's status, score, rank and tier, and the
   rejected input lines, with the results.csv that `escore score` wrote for the same input and profile.
2. Starts an upload that never ends, disconnects, and checks that the service counts the request as cancelled and has
   no request in flight (the work stopped).
Prints one line; exits non-zero on any difference.
"""
import csv
import json
import socket
import sys
import time
import urllib.request

port, profile, input_path, results_csv = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
base = f"http://127.0.0.1:{port}"


def stats():
    with urllib.request.urlopen(f"{base}/stats", timeout=30) as r:
        return dict(kv.split("=") for kv in r.read().decode().split())


def fail(message):
    print(f"service sample: FAILED: {message}")
    sys.exit(1)


with open(input_path, "rb") as f:
    body = f.read()
request = urllib.request.Request(f"{base}/score?profile={profile}", data=body, method="POST",
                                 headers={"Content-Type": "text/csv"})
with urllib.request.urlopen(request, timeout=300) as r:
    if r.status != 200:
        fail(f"HTTP {r.status}")
    response = json.loads(r.read().decode("utf-8"))

with open(results_csv, encoding="utf-8-sig", newline="") as f:
    expected = list(csv.DictReader(f))

evaluated = [row for row in expected if not row["status_reason"].startswith("input line ")]
rejected_lines = sorted({int(row["status_reason"].split()[2].rstrip(":")) for row in expected
                         if row["status_reason"].startswith("input line ")})
results = response["results"]
if len(results) != len(evaluated):
    fail(f"{len(results)} results, escore has {len(evaluated)}")


def number(text):
    return None if text == "" else float(text)


differences = []
for got, want in zip(results, evaluated):
    pairs = [("id", got["id"], want["id"]), ("status", got["status"], want["status"]),
             ("score", got["score"], number(want["score"])), ("rank", got["rank"], number(want["rank"])),
             ("tier", got["tier"], want["tier"])]
    differences += [f"{want['id']} {name}: service {a!r}, escore {b!r}" for name, a, b in pairs if a != b]
if differences:
    fail(f"{len(differences)} differences, e.g. " + "; ".join(differences[:5]))
got_lines = sorted({issue["line"] for issue in response["rejections"]})
if got_lines != rejected_lines:
    fail(f"rejected lines differ: service {got_lines[:10]}, escore {rejected_lines[:10]}")

# A client that sends the header and some rows, then disconnects in the middle of the upload.
before = stats()
head, rows = body.split(b"\n", 1)
s = socket.create_connection(("127.0.0.1", int(port)), timeout=30)
s.sendall(f"POST /score?profile={profile} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/csv\r\n"
          f"Transfer-Encoding: chunked\r\n\r\n".encode())
chunk = head + b"\n" + rows[:100_000]
s.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
time.sleep(2)
during = stats()
s.close()
deadline = time.time() + 30
while time.time() < deadline:
    after = stats()
    if int(after["cancelled"]) == int(before["cancelled"]) + 1 and int(after["in_flight"]) == 0:
        break
    time.sleep(0.2)
else:
    fail(f"a disconnected request did not stop: before {before}, during {during}, after {stats()}")
if int(during["in_flight"]) != 1:
    fail(f"the unfinished upload was not in flight while it was sent: {during}")

print(f"service sample ok: {len(results)} firms and {len(rejected_lines)} rejected lines equal to escore score; "
      f"a disconnected upload was cancelled within {30 - (deadline - time.time()):.1f} s")
