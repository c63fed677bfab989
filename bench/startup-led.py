#!/usr/bin/env python3
"""Start-up of the user's command-line tool: wall time of ten runs of a few short commands (median, range),
peak resident memory, and the shared libraries the dynamic loader initialises. `led` links no LibTorch and
no Qt Widgets, so these commands never pay for loading them.
Usage: python3 bench/startup-led.py [build folder, default build]
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

build = sys.argv[1] if len(sys.argv) > 1 else "build"
led = os.path.join(build, "app", "led")
dog = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "samples", "dog.jpg")
work = tempfile.mkdtemp()
subprocess.run([led, "keygen", "--scheme", "le", "--like", dog, "-o", f"{work}/dog.ledkey"], check=True, capture_output=True)
commands = {
    "led --version": [led, "--version"],
    "led keygen --scheme le --size 32x32x3": [led, "keygen", "--scheme", "le", "--size", "32x32x3", "-o", f"{work}/small.ledkey"],
    "led encrypt (the dog photo, 576x768)": [led, "encrypt", "-k", f"{work}/dog.ledkey", dog, "-o", f"{work}/dog.png"],
    "led info (a key)": [led, "info", f"{work}/dog.ledkey"],
}
print("| command | median of 10 | range | peak memory | shared libraries |")
print("|---|---:|---:|---:|---:|")
for name, command in commands.items():
    times = []
    for _ in range(10):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append((time.perf_counter() - started) * 1000)
    peak = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True, text=True)
    megabytes = int(peak.stderr.strip().split("\n")[-1]) / 1024
    loaded = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ, LD_DEBUG="libs"))
    libraries = loaded.stderr.count("calling init:")
    print(f"| `{name}` | {statistics.median(times):.1f} ms | {min(times):.1f}-{max(times):.1f} ms | {megabytes:.0f} MB | {libraries} |")
