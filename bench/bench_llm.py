"""LLM planner bench: calls, tokens and wall time per scene against a local OpenAI-compatible server.

    .venv/bin/python bench/bench_llm.py SCRIPT [SCRIPT...]                 # SmolLM2-135M on the CPU (slow)
    .venv/bin/python bench/bench_llm.py --server http://127.0.0.1:8000/v1 --model NAME SCRIPT
    .venv/bin/python bench/bench_llm.py --scripted SCRIPT                 # the tests' scripted server: overhead only

Each scene is planned as a one-scene script (its own shot list, bible and layouts), so the numbers are per
scene; every plan is checked with director.layout.validate (fallbacks to the rules planner are allowed and
counted). Each scene is then planned again from the same cache folder: that must make no calls and give the
same plan; the cold/cached wall-time ratio is measured in this run. `--whole` also plans the script at once.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))


def start_local_server(max_tokens_cap: int, log: str | None) -> tuple[subprocess.Popen, str]:
    err = open(log, "w") if log else subprocess.DEVNULL
    proc = subprocess.Popen([sys.executable, "-m", "planners.llm.local_server", "--port", "0",
                             "--max-tokens-cap", str(max_tokens_cap)], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=err, text=True)
    line = proc.stdout.readline()
    if "listening on " not in line:
        proc.kill()
        raise SystemExit(f"local server did not start: {line!r}")
    return proc, line.split("listening on ")[1].split()[0]


def plan_once(script, base_url, model, cache_dir, args):
    from planners.llm import LLMPlanner

    planner = LLMPlanner(base_url=base_url, model=model, cache_dir=str(cache_dir), max_tokens=args.max_tokens,
                         timeout=args.timeout, concurrency=args.concurrency, repair_rounds=args.repair_rounds,
                         fps=args.fps, width=256, height=144)
    t0 = time.perf_counter()
    plan = planner.plan(script)
    return plan, planner.report, time.perf_counter() - t0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("scripts", nargs="+")
    p.add_argument("--server", help="base URL of a running OpenAI-compatible server (default: start SmolLM2)")
    p.add_argument("--model", default="local")
    p.add_argument("--scripted", action="store_true", help="use the tests' scripted server (no model)")
    p.add_argument("--max-tokens", type=int, default=512)
    p.add_argument("--timeout", type=float, default=900)
    p.add_argument("--concurrency", type=int, default=1)
    p.add_argument("--repair-rounds", type=int, default=1)
    p.add_argument("--fps", type=int, default=12)
    p.add_argument("--scenes", type=int, help="only the first N scenes of each script")
    p.add_argument("--whole", action="store_true", help="also plan the whole script at once (one bible)")
    p.add_argument("--server-log", help="write the local server's log (one line per answer) to this file")
    args = p.parse_args()

    import signal

    import director
    from director.layout import validate

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))   # so `finally` stops the local server
    from director.models import Script

    proc = server = None
    if args.scripted:
        from openai_server import OpenAIServer, competent

        server = OpenAIServer(competent).__enter__()
        base_url, what = server.base_url, "scripted server (tests/openai_server.py)"
    elif args.server:
        base_url, what = args.server, f"{args.server} model {args.model}"
    else:
        proc, base_url = start_local_server(args.max_tokens, args.server_log)
        what = f"local SmolLM2-135M-Instruct (transformers, CPU) at {base_url}"
    print(f"# LLM planner bench against {what}")
    try:
        for path in args.scripts:
            script = director.parse(path)
            scenes = script.scenes[: args.scenes] if args.scenes else script.scenes
            print(f"\n## {path}: {len(scenes)} scene(s)")
            print(f"{'scene':>5} {'shots':>5} {'calls':>5} {'tok in':>7} {'tok out':>7} {'repairs':>7} "
                  f"{'fallbacks':>9} {'valid':>5} {'wall s':>7}  heading")
            totals = [0, 0, 0, 0, 0, 0, 0.0]
            warm_wall, warm_calls, same = 0.0, 0, True
            with tempfile.TemporaryDirectory() as tmp:
                for i, scene in enumerate(scenes, 1):
                    one = Script(title_page=script.title_page, scenes=[scene], source=script.source)
                    plan, rep, wall = plan_once(one, base_url, args.model, Path(tmp) / f"scene{i}", args)
                    repairs = sum(s["repairs"] for s in rep["stages"].values())
                    ok = validate(plan) == []
                    row = [len(plan.shots), rep["calls"], rep["tokens_in"], rep["tokens_out"], repairs,
                           len(rep["fallbacks"]), wall]
                    totals = [a + b for a, b in zip(totals, row)]
                    print(f"{i:>5} {row[0]:>5} {row[1]:>5} {row[2]:>7} {row[3]:>7} {row[4]:>7} {row[5]:>9} "
                          f"{'yes' if ok else 'NO':>5} {wall:>7.1f}  {(scene.heading or '(no heading)')[:40]}",
                          flush=True)
                    for f in rep["fallbacks"]:
                        print(f"      fallback {f['stage']} {f['target'][:50]}: {f['reason'][:110]}")
                    again, rerun, t_warm = plan_once(one, base_url, args.model, Path(tmp) / f"scene{i}", args)
                    warm_wall, warm_calls, same = warm_wall + t_warm, warm_calls + rerun["calls"], same and again == plan
                print(f"{'all':>5} {totals[0]:>5} {totals[1]:>5} {totals[2]:>7} {totals[3]:>7} {totals[4]:>7} "
                      f"{totals[5]:>9} {'':>5} {totals[6]:>7.1f}")
                print(f"re-run from cache: {warm_calls} calls, same plans={same}, {warm_wall:.2f} s; "
                      f"cold/cached = {totals[6] / max(warm_wall, 1e-9):.0f}x")
                if args.whole and len(scenes) > 1:
                    whole = Script(title_page=script.title_page, scenes=scenes, source=script.source)
                    plan, cold, t_cold = plan_once(whole, base_url, args.model, Path(tmp) / "whole", args)
                    print(f"whole script (one bible): {len(plan.shots)} shots, valid={validate(plan) == []}, "
                          f"{cold['calls']} calls, {cold['tokens_in']} tokens in, {cold['tokens_out']} out, "
                          f"{len(cold['fallbacks'])} fallbacks, {t_cold:.1f} s")
    finally:
        if server is not None:
            server.__exit__(None, None, None)
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
