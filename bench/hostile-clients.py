#!/usr/bin/env python3
"""Attacks a running led-cloud serve over loopback, as a hostile client on a network would, and prints
one JSON object with what each attack achieved. Every attack is bounded in bytes, connections and time.

Usage: hostile-clients.py PORT PID ATTACK...
  headers    200 MB of 8 KB header lines on one connection: bytes the service took, its memory before
             and after (PID's resident set)
  many       10,000 header lines in one request: the status
  body       Content-Length of 10 GB, then body bytes as fast as they go: the status, when it came, and
             the bytes the service took before it closed
  pipeline   three requests in one write: the answers that came back
  twolengths two Content-Length headers: the status, and how long the connection stayed open after it
  slow N S   N connections that send a head one byte a second, reconnecting when dropped, for S seconds
             (run it beside an honest load): how long the service let each slow head run
"""
import json
import socket
import sys
import threading
import time


def resident_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return -1


def connect(port, timeout=5.0):
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def status_of(data):
    return int(data[9:12]) if data.startswith(b"HTTP/1.1 ") and len(data) >= 12 else 0


def send_until_refused(s, chunk, limit, seconds):
    sent, end = 0, time.monotonic() + seconds
    try:
        while sent < limit and time.monotonic() < end:
            sent += s.send(chunk)
    except OSError:
        pass
    return sent


def read_answer(s, seconds, whole=False):
    """The first answer's head, or (whole) all the service sends until it closes or `seconds` pass."""
    s.settimeout(seconds)
    got = b""
    try:
        while whole or b"\r\n\r\n" not in got:
            part = s.recv(65536)
            if not part:
                break
            got += part
    except OSError:
        pass
    return got


def headers(port, pid):
    before = resident_mb(pid)
    s = connect(port)
    s.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n")
    taken = send_until_refused(s, b"X-Pad: " + b"y" * 8185 + b"\r\n", 200 << 20, 60)
    status = status_of(read_answer(s, 5))
    s.close()
    time.sleep(0.5)
    return {"header_bytes_taken_mb": round(taken / 1e6, 1), "status": status, "resident_mb_before": round(before, 1),
            "resident_mb_after": round(resident_mb(pid), 1)}


def many(port, _pid):
    s = connect(port)
    request = b"GET /v1/health HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(10000)) + b"\r\n"
    send_until_refused(s, request, len(request), 10)
    status = status_of(read_answer(s, 5))
    s.close()
    return {"status": status}


def body(port, _pid):
    s = connect(port)
    start = time.monotonic()
    s.sendall(b"POST /v1/query HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000000\r\n\r\n")
    taken, answer, chunk = 0, b"", b"x" * 65536
    s.setblocking(False)
    end = start + 60
    while time.monotonic() < end and taken < (10 << 30):
        try:
            answer += s.recv(65536)
            if answer and b"\r\n\r\n" in answer:
                break
        except BlockingIOError:
            pass
        except OSError:
            break
        try:
            taken += s.send(chunk)
        except BlockingIOError:
            time.sleep(0.001)
        except OSError:
            break
    answered_after = time.monotonic() - start
    s.setblocking(True)
    taken += send_until_refused(s, chunk, 10 << 30, 20)
    s.close()
    return {"status": status_of(answer), "answered_after_s": round(answered_after, 3), "body_bytes_taken_mb": round(taken / 1e6, 1)}


def pipeline(port, _pid):
    s = connect(port)
    one = b"GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n"
    s.sendall(one + one + b"GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    got = read_answer(s, 8, whole=True)
    s.close()
    return {"sent": 3, "answered": got.count(b"HTTP/1.1 ")}


def twolengths(port, _pid):
    s = connect(port, 10)
    s.sendall(b"POST /v1/query HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello")
    answer = read_answer(s, 10)
    start = time.monotonic()
    read_answer(s, 10, whole=True)
    s.close()
    return {"status": status_of(answer), "open_after_answer_s": round(time.monotonic() - start, 2)}


def slow(port, _pid, count, seconds):
    end = time.monotonic() + seconds
    lifetimes, lock = [], threading.Lock()
    head = b"POST /v1/query HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"z" * 4000

    def drip():
        while time.monotonic() < end:
            try:
                s = connect(port)
            except OSError:
                time.sleep(0.2)
                continue
            opened = time.monotonic()
            try:
                for i in range(len(head)):
                    if time.monotonic() >= end:
                        break
                    s.send(head[i:i + 1])
                    time.sleep(1)
            except OSError:
                with lock:
                    lifetimes.append(time.monotonic() - opened)
            s.close()

    threads = [threading.Thread(target=drip) for _ in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lifetimes.sort()
    return {"connections": count, "seconds": seconds, "dropped": len(lifetimes),
            "longest_slow_head_s": round(lifetimes[-1], 1) if lifetimes else None}


def main():
    port, pid, args = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    out = {}
    while args:
        name = args.pop(0)
        if name == "slow":
            out[name] = slow(port, pid, int(args.pop(0)), float(args.pop(0)))
        else:
            out[name] = globals()[name](port, pid)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
