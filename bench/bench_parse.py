"""Parser speed on Big Fish (190 scenes, ~4,600 lines), Fountain and Final Draft, side by side in one run.

Times, each the median of N runs:
  floor     reading the bytes, decoding and splitting lines: the least any parser of this file must do;
  fountain  `director.parse("Big-Fish.fountain")`;
  fdx       `director.parse("Big-Fish.screenplain.fdx")`;
  json      re-validating the parsed Script from its JSON (pydantic's own cost for the same model).
Prints time per parse and per scene, and each one's ratio to the floor.

    .venv/bin/python bench/bench_parse.py [-n 20] [--samples ../shared/samples]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import director  # noqa: E402
from director.models import Script  # noqa: E402
from director.parsing.outline import counts  # noqa: E402


def median_time(fn, n: int) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=20, help="runs per measurement (median reported)")
    ap.add_argument("--samples", type=Path, default=ROOT.parent / "shared" / "samples")
    args = ap.parse_args()
    fountain = args.samples / "scripts" / "Big-Fish.fountain"
    fdx = args.samples / "fdx" / "Big-Fish.screenplain.fdx"
    if not fountain.exists() or not fdx.exists():
        print(f"Big Fish not found under {args.samples} (pass --samples)", file=sys.stderr)
        return 2

    script = director.parse(fountain)
    scenes = counts(script)["scenes"]
    as_json = script.model_dump_json()
    director.parse(fdx)  # warm imports

    rows = [
        ("floor", lambda: fountain.read_bytes().decode("utf-8-sig").splitlines()),
        ("fountain", lambda: director.parse(fountain)),
        ("fdx", lambda: director.parse(fdx)),
        ("json", lambda: Script.model_validate_json(as_json)),
    ]
    results = {name: median_time(fn, args.n) for name, fn in rows}
    floor = results["floor"]
    lines = fountain.read_text(encoding="utf-8").count("\n") + 1
    print(f"Big Fish: {scenes} scenes, {lines} lines; median of {args.n} runs")
    print(f"{'':10} {'per parse':>12} {'per scene':>12} {'x floor':>9}")
    for name, seconds in results.items():
        print(f"{name:10} {seconds * 1e3:9.2f} ms {seconds / scenes * 1e6:9.1f} µs {seconds / floor:8.1f}x")
    print(f"fdx/fountain: {results['fdx'] / results['fountain']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
