"""Director job timings and disk use, measured side by side in one run, for a short and a long script:
a cold `director make`, a re-run of the finished job, `director render` after editing one shot, and the store.

    .venv/bin/python bench/bench_render.py                          # the lighthouse and Big Fish at 640x360@24
    .venv/bin/python bench/bench_render.py --long-shots 120         # only Big Fish's first 120 shots
    .venv/bin/python bench/bench_render.py --verify                 # + decode: untouched frames bit-identical
    .venv/bin/python bench/bench_render.py --extras                 # + threads vs processes, batched local stage
    .venv/bin/python bench/bench_render.py --voices none            # silent films (no voice, mix or mux)

Each job is a real `python -m director` process (so its time includes start-up, planning and every output) whose
memory is sampled: peak RSS of its largest process and peak PSS of all of them (worker processes share pages).
The edit changes one shot's camera move in the middle of the film. `--verify` then decodes the films before and
after the edit and checks every frame outside the re-encoded segments is bit-identical (frame MD5s), the frame
count is the plan's, and the timestamps rise by exactly one frame each (packets, read without decoding).
Speed is never asserted in tests; this is where it is measured.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLES = ROOT.parent / "shared" / "samples"
SHORT = ROOT / "examples" / "the_lighthouse.fountain"
LONG = SAMPLES / "fixtures" / "objc-fountain" / "Big_Fish.fountain"
TODAY_MB_PER_MINUTE = 1100
"""The store before compaction: raw .npy frames of every level, ~1.1 GB a minute of film at 640x360@24 (issue 17);
it scales with pixels per second, so other sizes compare against it scaled."""


# -- running a job and watching its memory --------------------------------------------------------------------

def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:                    # a process may end while it is being looked at
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return pids


def _memory(pid: int) -> tuple[int, int]:
    """(largest RSS, summed PSS) in bytes over the process tree under `pid`."""
    rss = pss = 0
    for p in _tree(pid):
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss = max(rss, int(line.split()[1]) * 1024)
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1]) * 1024
        except OSError:
            pass
    return rss, pss


def run_job(args: list[str], cwd: Path) -> dict:
    """Run `python -m director ARGS`; wall seconds and peak memory (sampled every 0.2 s)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "director", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    peak = [0, 0]
    done = threading.Event()

    def watch():
        while not done.wait(0.2):
            try:
                rss, pss = _memory(proc.pid)
            except OSError:     # the tree changed under the reading: take the next sample
                continue
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    out, err = proc.communicate()
    done.set()
    watcher.join()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"director {' '.join(args)} failed ({proc.returncode}): {err.strip()[-2000:]}")
    return {"seconds": wall, "rss": peak[0], "pss": peak[1], "stdout": out}


def store_bytes(out: Path) -> int:
    return sum(f.stat().st_size for f in (out / ".director").rglob("*") if f.is_file())


def edit_one_shot(out: Path) -> str:
    """Change the camera move of the shot in the middle of the film, as a writer editing plan.json would."""
    data = json.loads((out / "plan.json").read_text())
    shot = data["shots"][len(data["shots"]) // 2]
    shot["camera"]["movement"] = "pan_left" if shot["camera"]["movement"] != "pan_left" else "pan_right"
    (out / "plan.json").write_text(json.dumps(data, indent=2))
    return shot["id"]


def truncated(script: Path, shots: int, work: Path, width: int, height: int, fps: int) -> list[str]:
    """`make` arguments for the script, or for a plan of its first `shots` shots (then rendered, not made)."""
    if not shots:
        return ["make", str(script)]
    import director

    plan = director.plan(script, width=width, height=height, fps=fps)
    plan = plan.model_copy(update={"shots": plan.shots[:shots]})
    path = work / f"{script.stem}-{shots}-shots.json"
    path.write_text(plan.model_dump_json(indent=2))
    return ["render", str(path)]


# -- checking the edited film -----------------------------------------------------------------------------------

def frame_md5s(film: Path) -> list[str]:
    from director.editor import ffmpeg_exe

    out = subprocess.run([ffmpeg_exe(), "-loglevel", "error", "-threads", "2", "-i", str(film), "-map", "0:v:0",
                          "-fps_mode", "passthrough", "-f", "framemd5", "-"], capture_output=True, text=True,
                         check=True).stdout
    return [line.rsplit(",", 1)[1].strip() for line in out.splitlines() if line and not line.startswith("#")]


def packet_times(film: Path) -> list[int]:
    from director.editor import ffmpeg_exe

    out = subprocess.run([ffmpeg_exe(), "-loglevel", "error", "-i", str(film), "-map", "0:v:0", "-c", "copy",
                          "-f", "framecrc", "-"], capture_output=True, text=True, check=True).stdout
    return sorted(int(line.split(",")[2]) for line in out.splitlines() if line and not line.startswith("#"))


def verify(before: Path, after: Path, plan_path: Path, events: Path) -> dict:
    """Frames outside the re-encoded segments bit-identical; exact frame count; evenly spaced timestamps."""
    from director.editor import plan_segments
    from director.events import read_events
    from director.pipeline import load_plan
    from director.timing import film_frames

    plan = load_plan(plan_path)
    segments = plan_segments(plan)
    encoded = {int(e["task"].split("/")[1]) for e in read_events(events)
               if e["event"] == "task_finished" and e.get("stage") == "segment"}
    inside = set()
    for k in encoded:
        inside.update(range(segments[k].start, segments[k].end))
    a, b = frame_md5s(before), frame_md5s(after)
    outside = [i for i in range(len(b)) if i not in inside]
    pts = packet_times(after)
    steps = {q - p for p, q in zip(pts, pts[1:])}
    return {"frames": len(b), "planned": film_frames(plan), "segments_encoded": len(encoded),
            "frames_re_encoded": len(inside), "outside_identical": len(a) == len(b) and all(a[i] == b[i] for i in outside),
            "inside_changed": sum(a[i] != b[i] for i in inside if i < len(a)),
            "timestamps_even": pts[0] == 0 and len(steps) == 1 and len(pts) == len(b), "pts_step": sorted(steps)}


# -- the jobs ----------------------------------------------------------------------------------------------------

def bench_script(name: str, script: Path, shots: int, work: Path, size: list[str], check: bool,
                 voices: list[str]) -> dict:
    out = work / name
    first = truncated(script, shots, work, *(int(v) for v in size[1::2]))
    base = [*first, "-o", str(out), "-q", *size[:4], *voices] + (size[4:] if first[0] == "make" else [])
    cold = run_job(base + ["--events", str(work / f"{name}-cold.jsonl")], ROOT)
    manifest = json.loads((out / "manifest.json").read_text())
    stored = store_bytes(out)
    rerun = run_job(base, ROOT)
    kept = work / f"{name}-before.mp4"
    if check:
        shutil.copyfile(out / "film.mp4", kept)
    edited = edit_one_shot(out)
    edit = run_job(["render", str(out / "plan.json"), "-q", *voices, "--events", str(work / f"{name}-edit.jsonl")],
                   ROOT)
    after = json.loads((out / "manifest.json").read_text())
    result = {"name": name, "shots": manifest["plan"]["shots"], "minutes": manifest["plan"]["duration"] / 60,
              "cold": cold, "rerun": rerun, "edit": edit, "store": stored, "store_after_edit": store_bytes(out),
              "edited": edited, "segments": after["stages"].get("segment", {}),
              "computed": after["tasks"]["computed"], "film_bytes": (out / "film.mp4").stat().st_size}
    if check:
        result["verify"] = verify(kept, out / "film.mp4", out / "plan.json", work / f"{name}-edit.jsonl")
    return result


def table(results: list[dict], pixels_per_second: float) -> list[tuple]:
    before = TODAY_MB_PER_MINUTE * pixels_per_second / (640 * 360 * 24)
    rows = [("script", "film", "cold make", "peak RSS / PSS", "re-run", "edit 1 shot", "segments re-encoded",
             "store", "store per film minute")]
    for r in results:
        cold, rerun, edit = r["cold"]["seconds"], r["rerun"]["seconds"], r["edit"]["seconds"]
        per_min = r["store"] / 1e6 / r["minutes"]
        seg = r["segments"]
        rows.append((
            f"{r['name']} ({r['shots']} shots)", f"{r['minutes']:.1f} min",
            f"{cold:.1f} s ({r['minutes'] * 60 / cold:.1f}x real time)",
            f"{r['cold']['rss'] / 1e9:.2f} / {r['cold']['pss'] / 1e9:.2f} GB",
            f"{rerun:.1f} s ({100 * rerun / cold:.1f} % of cold)",
            f"{edit:.1f} s ({100 * edit / cold:.1f} % of cold)",
            f"{seg.get('misses', 0)} of {seg.get('tasks', 0)}",
            f"{r['store'] / 1e6:.1f} MB",
            f"{per_min:.1f} MB ({before / per_min:.0f}x smaller than raw frames)"))
    return rows


def extras(script: Path, work: Path, width: int, height: int, fps: int, workers: int) -> list[tuple]:
    """The same render on threads and on worker processes; the local stage batched vs one segment per call."""
    import numpy as np

    import director
    from director.hierarchy import ShotContext, choose_schedule, render_keyframes, render_level
    from director.pipeline import render_plan
    from director.protocols import InterpolateRequest
    from director.registry import load
    from director.timing import shot_spans

    plan = director.plan(script, width=width, height=height, fps=fps)
    times = {}
    for processes in (False, True):
        out = work / f"exec-{processes}"
        t0 = time.perf_counter()
        render_plan(plan, out, workers=workers, processes=processes, progress=False)
        times[processes] = time.perf_counter() - t0
    same = (work / "exec-False" / "film.mp4").read_bytes() == (work / "exec-True" / "film.mp4").read_bytes()
    rows = [(f"local executor, {workers} worker processes (film {'identical' if same else 'DIFFERENT'})",
             f"{times[True]:.2f} s", f"{workers} threads {times[False]:.2f} s",
             f"{times[False] / times[True]:.2f}x faster")]

    renderer = load("renderer", "animatic")
    batched = single = 0.0
    segments = 0
    for shot, span in zip(plan.shots, shot_spans(plan)):
        ctx = ShotContext.from_plan(plan, shot)
        sched = choose_schedule(span.rendered, plan.fps, renderer.capabilities, first=-span.head)
        known = render_keyframes(renderer, ctx, sched)
        for level in range(1, sched.levels + 1):
            t0 = time.perf_counter()
            frames = render_level(renderer, ctx, sched, level, known)
            batched += time.perf_counter() - t0

            class OneAtATime:       # the same renderer, asked for one segment per call
                name, capabilities, identity = renderer.name, renderer.capabilities, renderer.identity

                @staticmethod
                def interpolate(req: InterpolateRequest):
                    from dataclasses import replace

                    return np.concatenate([renderer.interpolate(replace(req, segments=[s])) for s in req.segments])

            t0 = time.perf_counter()
            assert np.array_equal(frames, render_level(OneAtATime, ctx, sched, level, known))
            single += time.perf_counter() - t0
            segments += sched.frames_after(level - 1) - 1
            known = frames
    rows.append((f"hierarchical stage (animatic): {segments} segments, one batch per level", f"{batched:.2f} s",
                 f"one call per segment {single:.2f} s", f"{single / batched:.2f}x faster"))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--short", type=Path, default=SHORT)
    ap.add_argument("--long", type=Path, default=LONG, help="a feature-length script (default: Big Fish)")
    ap.add_argument("--long-shots", type=int, default=0, help="render only the long script's first N shots")
    ap.add_argument("--width", type=int, default=640)
    ap.add_argument("--height", type=int, default=360)
    ap.add_argument("--fps", type=int, default=24)
    ap.add_argument("--verify", action="store_true", help="decode the films and check the edit's frames")
    ap.add_argument("--extras", action="store_true", help="also threads vs processes and batching (short script)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--voices", help="voice backend for the jobs (none: silent films; default: the director's)")
    ap.add_argument("--work", type=Path, help="keep the outputs here (default: a temporary folder, removed)")
    a = ap.parse_args()
    size = ["--width", str(a.width), "--height", str(a.height), "--fps", str(a.fps)]
    work = a.work or Path(tempfile.mkdtemp(prefix="bench_render-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        voices = ["--voices", a.voices] if a.voices else []
        results = [bench_script("short", a.short, 0, work, size, a.verify, voices)]
        if a.long.is_file():
            results.append(bench_script("long", a.long, a.long_shots, work, size, a.verify, voices))
        else:
            print(f"(no long script at {a.long}: only the short one is measured)")
        rows = table(results, a.width * a.height * a.fps)
        widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
        print(f"{a.width}x{a.height} at {a.fps} fps, voices {a.voices or 'default'}, {os.cpu_count()} CPUs, "
              f"load average {os.getloadavg()[0]:.1f} at the end")
        for r in rows:
            print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)))
        for r in results:
            if "verify" in r:
                print(f"{r['name']}: edit of {r['edited']}: {json.dumps(r['verify'])}")
        (work / "bench_render.json").write_text(json.dumps(results, indent=1, default=str))
        if a.extras:
            for row in extras(a.short, work, a.width, a.height, a.fps, a.workers):
                print("  ".join(row))
    finally:
        if a.work is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
