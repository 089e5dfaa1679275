"""Rules planner speed on the sample screenplays (Big Fish: 190 scenes), side by side in one run.

Times, each the median of N runs, per script:
  parse     `director.parse(path)`: the floor every planner pays before it starts;
  plan      `RulesPlanner().plan(script)`: bible, shot grammar, reading, staging, timing;
  validate  `director.layout.validate(plan)`: what `director.plan` adds on top.
Prints time per scene and per shot, plan/parse and validate/plan ratios, and how many seconds of film are
planned per second of wall time. A breakdown for Big Fish shows where planning time goes.

    .venv/bin/python bench/bench_plan.py [-n 3] [--samples ../shared/samples]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import director  # noqa: E402
from director.layout import validate  # noqa: E402
from planners.rules import RulesPlanner  # noqa: E402

SCRIPTS = ["Big-Fish.fountain", "The-Last-Birthday-Card.fountain", "little-women.fountain", "Brick-and-Steel.fountain"]


def median_time(fn, n: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(n):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=3, help="runs per measurement (median reported)")
    ap.add_argument("--samples", type=Path, default=ROOT.parent / "shared" / "samples")
    args = ap.parse_args()
    paths = [args.samples / "scripts" / name for name in SCRIPTS if (args.samples / "scripts" / name).exists()]
    if not paths:
        print(f"no sample scripts under {args.samples} (pass --samples)", file=sys.stderr)
        return 2
    planner = RulesPlanner()
    print(f"median of {args.n} runs")
    print(f"{'script':34} {'scenes':>6} {'shots':>6} {'parse':>9} {'plan':>9} {'per scene':>10} {'per shot':>9} "
          f"{'plan/parse':>10} {'valid/plan':>10} {'film s/s':>9}")
    for path in paths:
        t_parse, script = median_time(lambda: director.parse(path), args.n)
        t_plan, plan = median_time(lambda: planner.plan(script), args.n)
        t_valid, problems = median_time(lambda: validate(plan), args.n)
        assert problems == [], problems[:3]
        scenes, shots = len(script.scenes), len(plan.shots)
        print(f"{path.name:34} {scenes:6d} {shots:6d} {t_parse * 1e3:7.1f}ms {t_plan * 1e3:7.1f}ms "
              f"{t_plan / scenes * 1e3:7.2f} ms {t_plan / shots * 1e3:6.2f} ms {t_plan / t_parse:9.1f}x "
              f"{t_valid / t_plan:9.2f}x {plan.duration / t_plan:9.0f}")
    big = director.parse(paths[0])
    prof = cProfile.Profile()
    prof.enable()
    planner.plan(big)
    prof.disable()
    stats = pstats.Stats(prof)
    total = stats.total_tt
    print(f"\nwhere {paths[0].name} planning goes (cumulative, profiled):")
    wanted = {"from_script": "bible", "cut": "shot grammar", "read": "reading text", "stage": "staging",
              "keypoints": "  of which pose keypoints"}
    for (file, _line, func), (_cc, _nc, _tt, ct, _callers) in sorted(stats.stats.items(), key=lambda kv: -kv[1][3]):
        if func in wanted and "planners/rules" in file or (func == "keypoints" and "poses" in file):
            print(f"  {wanted[func]:28} {ct / total:6.1%}")
            wanted.pop(func, None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
