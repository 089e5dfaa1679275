"""Director job timings, measured side by side in one run: cold render vs re-run vs edit-one-shot, threads vs
worker processes, and the hierarchical stage batched vs one segment per renderer call.

    .venv/bin/python bench/bench_render.py                      # the example script at 640x360, 24 fps
    .venv/bin/python bench/bench_render.py --width 320 --height 180 --fps 12 --script my.fountain

Prints one row per measurement with the ratio to its baseline. Speed is never asserted in tests; this is where
it is measured.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _timed(fn):
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def bench_jobs(script: Path, work: Path, width: int, height: int, fps: int) -> list[tuple]:
    """Cold make_film, re-run of the finished job, and render_plan after editing one shot in plan.json."""
    import json

    from director.pipeline import make_film, render_plan

    out = work / "job"
    cold, first = _timed(lambda: make_film(script, out, width=width, height=height, fps=fps, progress=False))
    rerun, again = _timed(lambda: make_film(script, out, width=width, height=height, fps=fps, progress=False))
    data = json.loads((out / "plan.json").read_text())
    shot = data["shots"][len(data["shots"]) // 2]
    shot["camera"]["movement"] = "pan_left" if shot["camera"]["movement"] != "pan_left" else "pan_right"
    (out / "plan.json").write_text(json.dumps(data))
    edit, edited = _timed(lambda: render_plan(out / "plan.json", out, progress=False))
    n = first.manifest["plan"]["shots"]
    film_s = first.manifest["plan"]["duration"]
    return [
        (f"cold make_film: {n} shots, {film_s:.1f} s film at {width}x{height} {fps} fps",
         f"{cold:.2f} s", f"{film_s / cold:.2f}x real time", f"{first.manifest['tasks']['computed']} tasks"),
        ("re-run of the finished job", f"{rerun:.3f} s", f"{cold / rerun:.1f}x faster than cold",
         f"{again.manifest['tasks']['computed']} tasks computed"),
        ("render after editing 1 shot in plan.json", f"{edit:.2f} s", f"{cold / edit:.1f}x faster than cold",
         f"{edited.manifest['tasks']['computed']} tasks computed"),
    ]


def bench_threads_vs_processes(script: Path, work: Path, width: int, height: int, fps: int,
                               workers: int) -> list[tuple]:
    """The same render with the local executor's threads and with its worker processes."""
    import director
    from director.pipeline import render_plan

    plan = director.plan(script, width=width, height=height, fps=fps)
    rows, times = [], {}
    for processes in (False, True):
        out = work / f"exec-{processes}"
        shutil.rmtree(out, ignore_errors=True)
        times[processes], _ = _timed(lambda: render_plan(plan, out, workers=workers, processes=processes,
                                                         progress=False))
    same = (work / "exec-False" / "film.mp4").read_bytes() == (work / "exec-True" / "film.mp4").read_bytes()
    rows.append((f"local executor, {workers} worker processes (film {'identical' if same else 'DIFFERENT'})",
                 f"{times[True]:.2f} s", f"{workers} threads {times[False]:.2f} s",
                 f"{times[False] / times[True]:.2f}x faster"))
    return rows


def bench_batching(script: Path, width: int, height: int, fps: int, renderer_name: str = "animatic") -> list[tuple]:
    """Every local level of every shot: one interpolate call per level vs one call per segment (same frames)."""
    import numpy as np

    import director
    from director.hierarchy import ShotContext, choose_schedule, render_keyframes, render_level
    from director.protocols import InterpolateRequest
    from director.registry import load
    from director.timing import shot_spans

    plan = director.plan(script, width=width, height=height, fps=fps)
    renderer = load("renderer", renderer_name)
    batched = single = 0.0
    segments = 0
    for shot, span in zip(plan.shots, shot_spans(plan)):
        ctx = ShotContext.from_plan(plan, shot)
        sched = choose_schedule(span.rendered, plan.fps, renderer.capabilities, first=-span.head)
        known = render_keyframes(renderer, ctx, sched)
        for level in range(1, sched.levels + 1):
            t, frames = _timed(lambda: render_level(renderer, ctx, sched, level, known))
            batched += t

            class OneAtATime:       # the same renderer, asked for one segment per call
                name, capabilities, identity = renderer.name, renderer.capabilities, renderer.identity

                @staticmethod
                def interpolate(req: InterpolateRequest):
                    return np.concatenate([renderer.interpolate(_one(req, s)) for s in req.segments])

            t, frames_single = _timed(lambda: render_level(OneAtATime, ctx, sched, level, known))
            single += t
            assert np.array_equal(frames, frames_single)
            segments += sched.frames_after(level - 1) - 1
            known = frames
    return [(f"hierarchical stage ({renderer_name}): {segments} segments, one batch per level",
             f"{batched:.2f} s", f"one call per segment {single:.2f} s", f"{single / batched:.2f}x faster")]


def _one(req, segment):
    from dataclasses import replace

    return replace(req, segments=[segment])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--script", type=Path, default=ROOT / "examples" / "the_lighthouse.fountain")
    ap.add_argument("--width", type=int, default=640)
    ap.add_argument("--height", type=int, default=360)
    ap.add_argument("--fps", type=int, default=24)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    rows: list[tuple] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows += bench_jobs(a.script, work, a.width, a.height, a.fps)
        rows += bench_threads_vs_processes(a.script, work, a.width, a.height, a.fps, a.workers)
        rows += bench_batching(a.script, a.width, a.height, a.fps)
    widths = [max(len(str(r[i])) for r in rows) for i in range(4)]
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
