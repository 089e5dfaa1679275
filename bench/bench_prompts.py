"""The rules planner's prompt bench: score per category on the tuning half and on the held-back half.

Cases come from `prompt_cases.py` (templates x synonym lists, split by family and by list). Each case is planned
with the rules planner exactly as `director plan` would (parse, plan, validate), then checked geometrically on
the plan's boxes over time and on the shot's cast. A plan with validation problems fails its case.

Failures are printed for the tuning half only (with --show-failures); the held-back half and the third column
(LVD's own benchmark prompts, written by LVD's authors) print their scores, never their failures, so they stay
unseen while the reader is tuned. The fourth column is a fresh held-back set (`prompt_cases_fresh.py`) written
by a second author who never tuned the planner: scores only, unless --show-fresh-failures asks for them (for
checking the set's own expectations, never while tuning). The fifth is a second fresh set
(`prompt_cases_fresh2.py`, `prompt_cases_fresh2_screenplay.py`), written when the first had been scored too often
to stay independent; its failures print only with --show-fresh2-failures, for its authors. The sixth is a third
fresh set (`prompt_cases_fresh3.py`), written by a third author under the same rules; its failures print only with
--show-fresh3-failures. The seventh is a fourth fresh set (`prompt_cases_fresh4.py`), written by a fourth author
under the same rules; its failures print only with --show-fresh4-failures.

    .venv/bin/python bench/bench_prompts.py [--half tune|held|lvd|fresh|fresh2|fresh3|fresh4|both]
                                            [--show-failures N] [--per-family 30] [--show-fresh-failures N]
                                            [--show-fresh2-failures N] [--show-fresh3-failures N]
                                            [--show-fresh4-failures N]
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


def fresh2_cases():
    return fresh2_lvd_cases() + fresh2_screenplay_cases()


def score(halves=("tune", "held", "lvd", "fresh", "fresh2", "fresh3", "fresh4"), per_family: int = 30, show: int = 0,
          show_fresh: int = 0, show_fresh2: int = 0, show_fresh3: int = 0, show_fresh4: int = 0) -> dict:
    """{(half, category): (passed, total)}; prints the failures of the tuning half up to `show`, and those of the
    fresh sets only when `show_fresh` / `show_fresh2` / `show_fresh3` / `show_fresh4` ask."""
    planner = RulesPlanner(fps=12, width=320, height=180)
    results: dict = defaultdict(lambda: [0, 0])
    shown = shown_fresh = shown_fresh2 = shown_fresh3 = shown_fresh4 = 0
    for case in (cases(per_family) + (fresh_cases() if "fresh" in halves else [])
                 + (fresh2_cases() if "fresh2" in halves else []) + (fresh3_cases() if "fresh3" in halves else [])
                 + (fresh4_cases() if "fresh4" in halves else [])):
        if case.half not in halves:
            continue
        why = run_case(case, planner)
        cell = results[(case.half, case.category)]
        cell[1] += 1
        if why is None:
            cell[0] += 1
        elif case.half == "tune" and shown < show:
            shown += 1
            print(f"FAIL [{case.category}/{case.family}] {case.text!r}: {why}")
        elif case.half == "fresh" and shown_fresh < show_fresh:
            shown_fresh += 1
            print(f"FAIL [fresh {case.category}/{case.family}] {case.text!r}: {why}")
        elif case.half == "fresh2" and shown_fresh2 < show_fresh2:
            shown_fresh2 += 1
            print(f"FAIL [fresh2 {case.category}/{case.family}] {case.text!r}: {why}")
        elif case.half == "fresh3" and shown_fresh3 < show_fresh3:
            shown_fresh3 += 1
            print(f"FAIL [fresh3 {case.category}/{case.family}] {case.text!r}: {why}")
        elif case.half == "fresh4" and shown_fresh4 < show_fresh4:
            shown_fresh4 += 1
            print(f"FAIL [fresh4 {case.category}/{case.family}] {case.text!r}: {why}")
    return {k: tuple(v) for k, v in results.items()}


def table(results: dict, halves) -> list[str]:
    title = {"tune": "tuning half", "held": "held-back half", "lvd": "LVD's prompts", "fresh": "fresh held-back",
             "fresh2": "second fresh set", "fresh3": "third fresh set", "fresh4": "fourth fresh set"}
    lines = [f"{'category':12} " + " ".join(f"{title[h]:>18}" for h in halves)]
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
    ap.add_argument("--half", choices=["tune", "held", "lvd", "fresh", "fresh2", "fresh3", "fresh4", "both"],
                    default="both", help="both: all seven columns (tuning, held-back, LVD's own prompts, fresh, "
                                         "second, third and fourth fresh)")
    ap.add_argument("--show-failures", type=int, default=0, help="print up to N failures of the tuning half")
    ap.add_argument("--show-fresh-failures", type=int, default=0, metavar="N",
                    help="print up to N failures of the fresh held-back set (checking its expectations, not tuning)")
    ap.add_argument("--show-fresh2-failures", type=int, default=0, metavar="N",
                    help="print up to N failures of the second fresh set (its authors only, never while tuning)")
    ap.add_argument("--show-fresh3-failures", type=int, default=0, metavar="N",
                    help="print up to N failures of the third fresh set (its author only, never while tuning)")
    ap.add_argument("--show-fresh4-failures", type=int, default=0, metavar="N",
                    help="print up to N failures of the fourth fresh set (its author only, never while tuning)")
    ap.add_argument("--per-family", type=int, default=30)
    args = ap.parse_args()
    halves = ("tune", "held", "lvd", "fresh", "fresh2", "fresh3", "fresh4") if args.half == "both" else (args.half,)
    t0 = time.perf_counter()
    results = score(halves, args.per_family, args.show_failures, args.show_fresh_failures, args.show_fresh2_failures,
                    args.show_fresh3_failures, args.show_fresh4_failures)
    seconds = time.perf_counter() - t0
    n = sum(v[1] for v in results.values())
    print(f"prompt bench: {n} prompts in {seconds:.1f} s ({1e3 * seconds / max(n, 1):.1f} ms each)")
    print("\n".join(table(results, halves)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
