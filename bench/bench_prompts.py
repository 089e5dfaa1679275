"""The rules planner's prompt bench: score per category on the tuning half and on the held-back half.

Cases come from `prompt_cases.py` (templates x synonym lists, split by family and by list). Each case is planned
with the rules planner exactly as `director plan` would (parse, plan, validate), then checked geometrically on
the plan's boxes over time and on the shot's cast. A plan with validation problems fails its case.

Failures are printed for the tuning half with --show-failures; the held-back half and LVD's own benchmark prompts
(written by LVD's authors) print their scores, never their failures, so they stay unseen while the reader is tuned.
The other columns are the fresh sets (`FRESH_SETS`), each written by an author who never tuned the planner or read
the reader: `prompt_cases_fresh.py`, `prompt_cases_fresh2.py` with `prompt_cases_fresh2_screenplay.py`,
and `prompt_cases_fresh3.py` to `prompt_cases_fresh8.py` (one file a set). Since the eighth session the first two
are tuning material (their titles say "tuned on"): tuning on other writers' sentences is what reaches writers
nobody has met, and the later sets stay the evidence. A set's failures print with --show-NAME-failures N; for
the sets that are still held back, only their authors run it, to check their own expectations, never while tuning.

    .venv/bin/python bench/bench_prompts.py [--half tune|held|lvd|fresh|fresh2|...|both] [--show-failures N]
                                            [--per-family 30] [--show-NAME-failures N]
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import director  # noqa: E402
from director.layout import validate  # noqa: E402
from planners.rules import RulesPlanner  # noqa: E402
from prompt_cases import CATEGORIES, Fail, cases  # noqa: E402
from prompt_cases_fresh import cases as fresh_cases  # noqa: E402
from prompt_cases_fresh2 import cases as fresh2_lvd_cases  # noqa: E402
from prompt_cases_fresh2_screenplay import cases as fresh2_screenplay_cases  # noqa: E402
from prompt_cases_fresh3 import cases as fresh3_cases  # noqa: E402
from prompt_cases_fresh4 import cases as fresh4_cases  # noqa: E402
from prompt_cases_fresh5 import cases as fresh5_cases  # noqa: E402
from prompt_cases_fresh6 import cases as fresh6_cases  # noqa: E402
from prompt_cases_fresh7 import cases as fresh7_cases  # noqa: E402
from prompt_cases_fresh8 import cases as fresh8_cases  # noqa: E402


def fresh2_cases():
    return fresh2_lvd_cases() + fresh2_screenplay_cases()


# The fresh sets, in the order they were written: (column title, its cases). Adding a set is one line here.
FRESH_SETS = {
    "fresh": ("fresh, tuned on", fresh_cases),
    "fresh2": ("fresh2, tuned on", fresh2_cases),
    "fresh3": ("third fresh set", fresh3_cases),
    "fresh4": ("fourth fresh set", fresh4_cases),
    "fresh5": ("fifth fresh set", fresh5_cases),
    "fresh6": ("sixth fresh set", fresh6_cases),
    "fresh7": ("seventh fresh set", fresh7_cases),
    "fresh8": ("eighth fresh set", fresh8_cases),
}
TITLES = {"tune": "tuning half", "held": "held-back half", "lvd": "LVD's prompts",
          **{name: title for name, (title, _) in FRESH_SETS.items()}}
COLUMNS = tuple(TITLES)


def run_case(case, planner):
    """None when the case passes, else one line saying why."""
    try:
        script = director.parse(case.text if case.screenplay else case.text, format="fountain" if case.screenplay
                                else "prose")
        plan = planner.plan(script)
        problems = validate(plan)
        if problems:
            return f"invalid plan: {problems[0].message}"
        if case.screenplay:
            case.check(plan)
        else:
            if len(plan.shots) != 1:
                return f"{len(plan.shots)} shots for one sentence"
            case.check(plan, plan.shots[0])
    except Fail as exc:
        return str(exc)
    except Exception as exc:  # a crash is a failed case, shown with its type
        return f"{type(exc).__name__}: {exc}"
    return None


def score(halves=COLUMNS, per_family: int = 30, show: int = 0, show_fresh: dict | None = None) -> dict:
    """{(half, category): (passed, total)}; prints the failures of the tuning half up to `show`, and those of a
    fresh set only when `show_fresh` asks ({set name: N})."""
    planner = RulesPlanner(fps=12, width=320, height=180)
    results: dict = defaultdict(lambda: [0, 0])
    limit = {"tune": show, **(show_fresh or {})}
    shown: dict = defaultdict(int)
    every = cases(per_family) + [c for name, (_, load) in FRESH_SETS.items() if name in halves for c in load()]
    for case in every:
        if case.half not in halves:
            continue
        why = run_case(case, planner)
        cell = results[(case.half, case.category)]
        cell[1] += 1
        if why is None:
            cell[0] += 1
        elif shown[case.half] < limit.get(case.half, 0):
            shown[case.half] += 1
            where = f"{case.category}/{case.family}" if case.half == "tune" else f"{case.half} {case.category}/{case.family}"
            print(f"FAIL [{where}] {case.text!r}: {why}")
    return {k: tuple(v) for k, v in results.items()}


def table(results: dict, halves) -> list[str]:
    lines = [f"{'category':12} " + " ".join(f"{TITLES[h]:>18}" for h in halves)]
    for cat in CATEGORIES + ["all"]:
        cells = []
        for h in halves:
            if cat == "all":
                p = sum(v[0] for (hh, _), v in results.items() if hh == h)
                t = sum(v[1] for (hh, _), v in results.items() if hh == h)
            else:
                p, t = results.get((h, cat), (0, 0))
            cells.append(f"{p:4d}/{t:<4d} {100 * p / t:6.1f} %" if t else f"{'-':>16}")
        lines.append(f"{cat:12} " + " ".join(f"{c:>18}" for c in cells))
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=[*COLUMNS, "both"], default="both",
                    help=f"both: all {len(COLUMNS)} columns ({', '.join(TITLES.values())})")
    ap.add_argument("--show-failures", type=int, default=0, help="print up to N failures of the tuning half")
    for name, (title, _) in FRESH_SETS.items():
        ap.add_argument(f"--show-{name}-failures", type=int, default=0, metavar="N",
                        help=f"print up to N failures of the {title} (see the module docstring for who may)")
    ap.add_argument("--per-family", type=int, default=30)
    args = ap.parse_args()
    halves = COLUMNS if args.half == "both" else (args.half,)
    show_fresh = {name: getattr(args, f"show_{name}_failures") for name in FRESH_SETS}
    t0 = time.perf_counter()
    results = score(halves, args.per_family, args.show_failures, show_fresh)
    seconds = time.perf_counter() - t0
    n = sum(v[1] for v in results.values())
    print(f"prompt bench: {n} prompts in {seconds:.1f} s ({1e3 * seconds / max(n, 1):.1f} ms each)")
    print("\n".join(table(results, halves)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
