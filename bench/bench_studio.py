"""How long the studio keeps other writers waiting while it reads a pathological script.

`director studio` runs in its own process (as a writer starts it); one client uploads issue 19's slow inputs
together with 4,500 ordinary scenes (1.8 MB, the input of tests/test_studio_fixes.py) while another fetches the
index page every 50 ms. The same probe against the idle studio, in the same run, is the baseline, so machine
load shows in both columns alike.

    .venv/bin/python bench/bench_studio.py [-n 3]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from studio_server import StudioServer  # noqa: E402
from test_studio_fixes import HALL, PATHOLOGICAL  # noqa: E402


def probe(client, busy: threading.Thread | None = None, count: int = 40) -> list[float]:
    """Seconds each index-page request took: `count` of them, or as many as fit while `busy` runs."""
    answered = []
    while busy.is_alive() if busy else len(answered) < count:
        started = time.monotonic()
        client.get("/")
        answered.append(time.monotonic() - started)
        time.sleep(0.05)
    return answered


def one_run(body: bytes, root: Path) -> tuple[list[float], list[float], float]:
    with StudioServer(root) as studio, studio.client() as client, studio.client() as uploader:
        client.get("/")
        idle = probe(client)
        upload = threading.Thread(target=lambda: uploader.post(
            "/projects", files={"script": ("slow.fountain", body, "text/plain")}).raise_for_status())
        started = time.monotonic()
        upload.start()
        busy = probe(client, upload)
        upload.join()
        return idle, busy, time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=3, help="runs (each a fresh studio)")
    args = parser.parse_args()
    body = (PATHOLOGICAL + HALL * 4500).encode()
    print(f"upload {len(body) / 1024:.0f} KiB; index page every 50 ms")
    print("run  upload s  idle median/slowest ms  during upload median/slowest ms")
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.n):
            idle, busy, seconds = one_run(body, Path(tmp) / f"studio{run}")
            print(f"{run + 1:>3}  {seconds:8.1f}  {statistics.median(idle) * 1000:10.0f} / {max(idle) * 1000:<9.0f}"
                  f"  {statistics.median(busy) * 1000:14.0f} / {max(busy) * 1000:.0f}")


if __name__ == "__main__":
    main()
