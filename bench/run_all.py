"""The project's benchmarks in one run, printed as one table (the README shows the latest, with its machine).

Rows (each a ratio measured side by side in this process, so machine load affects both sides alike):
  parse + plan      `director.parse` and the rules planner on the largest sample screenplay (median of -n);
  prompt bench      the rules planner's reading, checked on boxes and casts (bench_prompts.py): the held-back half,
                    LVD's own benchmark prompts and the fresh held-back sets, overall and the worst category;
  animatic          render speed as a multiple of real time (bench_animatic's 12 s two-person shot);
  hierarchical      the local stage's segments in one batch vs one call per segment: same diffusers model (a
                    tiny random one on CPU unless --model), same segments, same frames out;
  editor            `edit_film` (joins, transitions, overlays, encode) vs a raw ffmpeg encode of the finished
                    frames (bench_editor's film);
  re-render         after editing one shot of a planned script vs the cold render of the same job;
  local vs ray      the same job on the local executor and on the Ray executor (a local Ray instance with
                    --ray-workers actors, started before timing); the films must be identical.

    .venv/bin/python bench/run_all.py [--quick] [--samples ../shared/samples] [--model DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_animatic import bench_shot as animatic_shot, render_shot as animatic_render  # noqa: E402
from bench_editor import build as editor_film, raw_encode  # noqa: E402
from bench_plan import median_time  # noqa: E402


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1024 ** 2:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    gpu = "no GPU"
    try:
        import torch

        if torch.cuda.is_available():
            gpu = torch.cuda.get_device_name(0)
    except ImportError:
        pass
    return (f"{os.cpu_count()} cores ({cpu}){mem}, {gpu}; Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


# ---------------------------------------------------------------------------------------------------- rows
def bench_parse_plan(samples: Path, n: int) -> list[tuple]:
    import director
    from planners.rules import RulesPlanner

    scripts = sorted((samples / "scripts").glob("*.fountain"), key=lambda p: p.stat().st_size)
    if not scripts:
        return [("parse + plan", "skipped: no sample scripts under " + str(samples), "", "")]
    largest = scripts[-1]
    t_parse, script = median_time(lambda: director.parse(largest), n)
    t_plan, plan = median_time(lambda: RulesPlanner().plan(script), n)
    film_s = plan.duration
    return [(f"parse {largest.name} ({len(script.scenes)} scenes)", f"{t_parse * 1e3:.0f} ms", "", ""),
            (f"plan it: {len(plan.shots)} shots, {film_s / 60:.0f} min of film", f"{t_plan:.2f} s",
             "parse time", f"{t_plan / t_parse:.1f}x"),
            ("planning speed", f"{film_s / t_plan:.0f} s of film / s", "real time", f"{film_s / t_plan:.0f}x")]


def bench_prompt_reading() -> list[tuple]:
    """The rules planner's prompt bench (bench_prompts.py): the held-back half, LVD's prompts, the fresh sets."""
    from bench_prompts import COLUMNS, TITLES, score
    from prompt_cases import CATEGORIES

    shown = tuple(h for h in COLUMNS if h != "tune")
    results = score(shown)
    rows = []
    for half in shown:
        title = TITLES[half]
        cells = [(c, *results[(half, c)]) for c in CATEGORIES if (half, c) in results]
        if not cells:
            continue
        passed, total = sum(p for _, p, _ in cells), sum(t for _, _, t in cells)
        worst = min(cells, key=lambda x: x[1] / x[2])
        rows.append((f"prompt bench, {title}: {total} prompts", f"{100 * passed / total:.1f} % read right",
                     f"worst category: {worst[0]}", f"{100 * worst[1] / worst[2]:.1f} %"))
    return rows


def bench_animatic(width: int, height: int, fps: int, repeats: int) -> list[tuple]:
    from renderers.animatic import AnimaticRenderer

    shot = animatic_shot(12.0)
    renderer = AnimaticRenderer()
    animatic_render(renderer, shot, width, height, fps)              # paint the set, warm the text cache
    best, frames = float("inf"), 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        frames = animatic_render(renderer, shot, width, height, fps)
        best = min(best, time.perf_counter() - t0)
    film_s = frames / fps
    return [(f"animatic {width}x{height}@{fps}, {frames} frames", f"{frames / best:.0f} frames/s",
             "real time", f"{film_s / best:.1f}x")]


def bench_hierarchical(model: str | None, repeats: int, threads: int) -> list[tuple]:
    """The local stage batched vs one segment at a time, same model and frames (bench_diffusion's shot).

    torch runs on `threads` threads: on a small shared machine its default (one per core) oversubscribes the
    cores and made the tiny model 15x slower here, drowning the ratio in scheduling noise.
    """
    import numpy as np
    import torch

    torch.set_num_threads(threads)

    from bench_diffusion import ENTITIES, bench_shot
    from director import registry
    from director.protocols import InterpolateRequest, KeyframeRequest, Segment

    tmp = None
    if model is None:
        from renderers.diffusion.tiny import write_tiny_model

        tmp = tempfile.TemporaryDirectory()
        model = str(write_tiny_model(Path(tmp.name) / "tiny"))
    try:
        renderer = registry.load("renderer", "diffusers", model=model, steps=4, box_steps=0)
        fps, keyframes, length, size = 8, 6, 9, 64
        shot = bench_shot(keyframes, (keyframes - 1) * (length - 1) / fps)
        times = [k.t for k in shot.keyframes]
        keys = renderer.keyframes(KeyframeRequest(shot=shot, entities=ENTITIES, times=times, width=size,
                                                  height=size, fps=fps, seed=7))
        segments = [Segment(keys[i], keys[i + 1], times[i], times[i + 1]) for i in range(len(keys) - 1)]

        def request(segs):
            return InterpolateRequest(shot=shot, entities=ENTITIES, segments=segs, length=length, width=size,
                                      height=size, fps=fps, seed=7)

        batched_s, serial_s = [], []
        for _ in range(repeats):                       # alternating: both see the same machine load
            t0 = time.perf_counter()
            batched = renderer.interpolate(request(segments))
            batched_s.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            serial = np.concatenate([renderer.interpolate(request([s])) for s in segments])
            serial_s.append(time.perf_counter() - t0)
        diff = int(np.abs(batched.astype(int) - serial).max())
        same = "identical frames" if diff == 0 else f"frames within {diff}/255"
        b, s = statistics.median(batched_s), statistics.median(serial_s)
        return [(f"hierarchical local stage: {len(segments)} segments x {length} frames, tiny AnimateDiff on "
                 f"CPU, {threads} torch thread(s) ({same})",
                 f"{b:.2f} s batched", f"{s:.2f} s one at a time", f"{s / b:.2f}x")]
    finally:
        if tmp is not None:
            tmp.cleanup()


def bench_editor(shots: int, seconds: float, width: int, height: int, fps: int, repeats: int) -> list[tuple]:
    import numpy as np

    from director.editor import edit_film, film_pictures

    plan, clips = editor_film(shots, seconds, width, height, fps)
    film = [np.ascontiguousarray(f) for f in film_pictures(plan, clips)]
    raw_s, edit_s = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeats):
            t0 = time.perf_counter()
            raw_encode(film, Path(tmp) / "raw.mp4", width, height, fps)
            raw_s.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            edit_film(plan, iter(clips), Path(tmp) / "film.mp4")
            edit_s.append(time.perf_counter() - t0)
    raw, edit = min(raw_s), min(edit_s)
    return [(f"editor, {len(film)} frames {width}x{height}", f"{len(film) / edit:.0f} frames/s",
             f"raw ffmpeg {len(film) / raw:.0f} frames/s", f"{edit / raw:.2f}x the time")]


def _plan_for_jobs(script: Path, width: int, height: int, fps: int):
    import director

    return director.plan(script, width=width, height=height, fps=fps)


def bench_rerender(plan, work: Path) -> list[tuple]:
    from director.pipeline import render_plan

    out = work / "rerender"
    t0 = time.perf_counter()
    render_plan(plan, out, progress=False)
    cold = time.perf_counter() - t0
    edited = plan.model_copy(deep=True)
    shot = edited.shots[len(edited.shots) // 2]
    shot.camera.movement = "pan_left" if shot.camera.movement != "pan_left" else "pan_right"
    t0 = time.perf_counter()
    result = render_plan(edited, out, progress=False)
    warm = time.perf_counter() - t0
    computed = result.manifest["tasks"]["computed"]
    return [(f"re-render after editing 1 of {len(plan.shots)} shots ({computed} tasks rerun)", f"{warm:.2f} s",
             f"cold render {cold:.2f} s", f"{warm / cold:.2f}x the time")]


def bench_local_vs_ray(plan, work: Path, workers: int) -> list[tuple]:
    try:
        import ray
    except ImportError:
        return [("local vs ray", "skipped: ray not installed", "", "")]
    from director.pipeline import render_plan
    from director.ray_executor import RayExecutor

    t0 = time.perf_counter()
    ray.init(num_cpus=workers, include_dashboard=False, object_store_memory=256 * 1024 ** 2, log_to_driver=False)
    start = time.perf_counter() - t0
    try:
        t0 = time.perf_counter()
        render_plan(plan, work / "local", executor="local", workers=workers, progress=False)
        local = time.perf_counter() - t0
        t0 = time.perf_counter()
        render_plan(plan, work / "ray", executor=RayExecutor(workers=workers), progress=False)
        on_ray = time.perf_counter() - t0
    finally:
        ray.shutdown()
    same = (work / "local" / "film.mp4").read_bytes() == (work / "ray" / "film.mp4").read_bytes()
    return [(f"same job on Ray, {workers} actors (film {'identical' if same else 'DIFFERENT'})",
             f"{on_ray:.2f} s", f"local executor {local:.2f} s", f"{on_ray / local:.2f}x the time"),
            ("  Ray start-up (not in the row above)", f"{start:.1f} s", "", "")]


# ---------------------------------------------------------------------------------------------------- main
def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", type=Path, default=ROOT.parent / "shared" / "samples")
    ap.add_argument("--script", type=Path, default=ROOT / "examples" / "the_lighthouse.fountain",
                    help="the job for the re-render and local-vs-Ray rows")
    ap.add_argument("--model", help="diffusers model for the hierarchical row (default: tiny random, CPU)")
    ap.add_argument("-n", type=int, default=3, help="repeats per measurement")
    ap.add_argument("--ray-workers", type=int, default=2)
    ap.add_argument("--torch-threads", type=int, default=1, help="torch threads for the hierarchical row")
    ap.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    ap.add_argument("--json", type=Path, help="also write the rows to this JSON file")
    a = ap.parse_args()
    job_size = (160, 90, 8) if a.quick else (320, 180, 12)
    rows: list[tuple] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        plan = _plan_for_jobs(a.script, *job_size)
        sections = [
            ("parse + plan", lambda: bench_parse_plan(a.samples, a.n)),
            ("prompt bench", bench_prompt_reading),
            ("animatic", lambda: bench_animatic(320, 180, 12, a.n) if a.quick else bench_animatic(640, 360, 24, a.n)),
            ("hierarchical", lambda: bench_hierarchical(a.model, a.n, a.torch_threads)),
            ("editor", lambda: bench_editor(3 if a.quick else 6, 3.0 if a.quick else 4.0,
                                            *((320, 180, 12) if a.quick else (640, 360, 24)), max(2, a.n - 1))),
            ("re-render", lambda: bench_rerender(plan, work)),
            ("local vs ray", lambda: bench_local_vs_ray(plan, work, a.ray_workers)),
        ]
        for name, fn in sections:
            t0 = time.perf_counter()
            rows += fn()
            print(f"… {name}: {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    job = f"{a.script.name} via the rules planner at {job_size[0]}x{job_size[1]}@{job_size[2]} fps"
    print(f"\nDirector benchmarks — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"machine: {machine()}")
    print(f"jobs (re-render, local vs ray): {job}, {len(plan.shots)} shots; total bench time "
          f"{time.perf_counter() - started:.0f} s\n")
    widths = [max(len(str(r[i])) for r in rows + [("measure", "result", "compared with", "ratio")])
              for i in range(4)]
    header = ("measure", "result", "compared with", "ratio")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |")
    if a.json:
        a.json.write_text(json.dumps({"machine": machine(), "rows": rows}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
