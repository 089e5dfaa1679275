"""Editor throughput against a raw ffmpeg encode of the same frames, side by side in one run.

Builds a film of animatic shots (640x360, 24 fps, dissolves/wipes/fades between them, title card and edge
fades), then times:
  raw     the finished film's frames, already in memory, piped straight into ffmpeg (same x264 settings);
  editor  `edit_film` from the shot clips: joins, transitions, overlays and the same encode, streamed
          (and again with the writer thread off, to show what overlapping compositing with the pipe buys).
The ratio editor/raw is what the editing costs on top of encoding (1.0 would be free).

    .venv/bin/python bench/bench_editor.py [--shots 6 --seconds 4]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_animatic import ENTITIES, bench_shot  # noqa: E402
from director.editor import ShotClip, edit_film, ffmpeg_command, film_pictures, rgb_to_yuv420  # noqa: E402
from director.models import FilmPlan, Transition  # noqa: E402
from director.protocols import KeyframeRequest  # noqa: E402
from director.timing import film_frames, shot_spans  # noqa: E402
from renderers.animatic import AnimaticRenderer  # noqa: E402

TRANSITIONS = [Transition(type="dissolve", duration=1.0), Transition(type="wipe", duration=0.5, direction="left"),
               Transition(type="fade", duration=1.0), Transition(type="cut"), Transition(type="dip_to_white", duration=0.5)]


def build(shots: int, seconds: float, width: int, height: int, fps: int):
    base = bench_shot(seconds)
    plan_shots = []
    for i in range(shots):
        s = base.model_copy(deep=True)
        s.id = f"{i + 1}A"
        s.transition_in = TRANSITIONS[(i - 1) % len(TRANSITIONS)] if i else Transition()
        plan_shots.append(s)
    plan = FilmPlan(title="Harbour Wall", fps=fps, width=width, height=height, shots=plan_shots,
                    title_page={"title": "Harbour Wall", "credit": "written by", "author": "A. Writer"})
    r = AnimaticRenderer()
    clips = []
    for shot, span in zip(plan.shots, shot_spans(plan)):
        times = [(k - span.head) / fps for k in range(span.rendered)]
        frames = np.concatenate([r.keyframes(KeyframeRequest(shot, ENTITIES, times[j:j + 64], width, height, fps))
                                 for j in range(0, len(times), 64)])
        clips.append(ShotClip(shot.id, frames, span.head, span.tail))
    return plan, clips


def raw_encode(frames: list[np.ndarray], path: Path, width: int, height: int, fps: int) -> None:
    proc = subprocess.Popen(ffmpeg_command(width, height, fps, path), stdin=subprocess.PIPE)
    for f in frames:
        proc.stdin.write(rgb_to_yuv420(f))   # the encoder reads 4:2:0, converted as the editor does
    proc.stdin.close()
    if proc.wait() != 0:
        raise SystemExit("raw ffmpeg encode failed")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shots", type=int, default=6)
    p.add_argument("--seconds", type=float, default=4.0)
    p.add_argument("--width", type=int, default=640)
    p.add_argument("--height", type=int, default=360)
    p.add_argument("--fps", type=int, default=24)
    p.add_argument("--repeats", type=int, default=2)
    a = p.parse_args()
    plan, clips = build(a.shots, a.seconds, a.width, a.height, a.fps)
    total = film_frames(plan)
    film = [np.ascontiguousarray(f) for f in film_pictures(plan, clips)]
    assert len(film) == total
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        raw_s, edit_s, inline_s = [], [], []
        for _ in range(a.repeats):  # interleaved, so all see the same machine load
            t0 = time.perf_counter()
            raw_encode(film, tmp / "raw.mp4", a.width, a.height, a.fps)
            raw_s.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            edit_film(plan, iter(clips), tmp / "film.mp4")
            edit_s.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            edit_film(plan, iter(clips), tmp / "inline.mp4", queue_frames=0)
            inline_s.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for _ in film_pictures(plan, clips):
            pass
        compose_s = time.perf_counter() - t0
    raw, edit, inline = min(raw_s), min(edit_s), min(inline_s)
    secs = total / a.fps
    print(f"film: {len(plan.shots)} shots, {total} frames ({secs:.1f} s) at {a.width}x{a.height} {a.fps} fps")
    print(f"  raw ffmpeg encode of the finished frames: {raw:.3f} s = {total / raw:7.1f} frames/s = {secs / raw:5.1f}x real time")
    print(f"  editor (join + transitions + overlays + encode): {edit:.3f} s = {total / edit:7.1f} frames/s = {secs / edit:5.1f}x real time")
    print(f"  editor writing inline (no writer thread):  {inline:.3f} s = {total / inline:7.1f} frames/s")
    print(f"  compositing alone (no encode): {compose_s:.3f} s = {total / compose_s:7.1f} frames/s")
    print(f"  ratio editor/raw: {edit / raw:.2f}x the time of a bare encode (inline writes: {inline / raw:.2f}x)")


if __name__ == "__main__":
    main()
