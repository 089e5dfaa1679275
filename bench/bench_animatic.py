"""Animatic render speed as a multiple of real time, at 640x360 and 24 fps, through the Renderer protocol.

Renders a 12-second shot the way the hierarchical stage does — 7 keyframes in one global call, then segments
filled by local calls — with two people walking (skeletons), a prop leaving, a pan over an exterior set, the
slate and a subtitle. Prints film seconds rendered per wall second (the real-time multiple) on one process.

    .venv/bin/python bench/bench_animatic.py [--seconds 12] [--width 640 --height 360 --fps 24] [--script F]
"""
from __future__ import annotations

import argparse
import time

from director.drawing import standing_keypoints
from director.models import Background, Camera, Entity, Keyframe, SceneObject, Shot, ShotDialogue
from director.protocols import InterpolateRequest, KeyframeRequest, Segment
from renderers.animatic import AnimaticRenderer

ENTITIES = {
    "mara": Entity(id="mara", name="Mara", kind="person"),
    "tom": Entity(id="tom", name="Tom", kind="person"),
    "lamp": Entity(id="lamp", name="Storm lamp", kind="object"),
}


def bench_shot(seconds: float, keyframes: int = 7) -> Shot:
    kfs = []
    for k in range(keyframes):
        u = k / (keyframes - 1)
        a = (0.05 + 0.4 * u, 0.25, 0.25 + 0.4 * u, 0.95)
        b = (0.7 - 0.2 * u, 0.3, 0.85 - 0.2 * u, 0.95)
        objs = [SceneObject(entity="mara", box=a, keypoints=standing_keypoints(a)),
                SceneObject(entity="tom", box=b, keypoints=standing_keypoints(b))]
        if k < keyframes // 2:
            objs.append(SceneObject(entity="lamp", box=(0.45, 0.6, 0.55, 0.8)))
        kfs.append(Keyframe(t=seconds * u, objects=objs))
    return Shot(id="12B", scene=1, duration=seconds, camera=Camera(size="MLS", movement="pan_right"),
                background=Background(int_ext="EXT", location="HARBOUR WALL", time_of_day="DUSK"), keyframes=kfs,
                dialogue=[ShotDialogue(character="mara", text="The ferry is not coming back tonight.",
                                       start=1.0, end=seconds / 2)])


def render_shot(renderer: AnimaticRenderer, shot: Shot, width: int, height: int, fps: int) -> int:
    """Global keyframes, then one local level of segments between them; returns frames produced."""
    times = [k.t for k in shot.keyframes]
    keys = renderer.keyframes(KeyframeRequest(shot, ENTITIES, times, width, height, fps))
    length = round((times[1] - times[0]) * fps) + 1
    segs = [Segment(keys[i], keys[i + 1], times[i], times[i + 1]) for i in range(len(times) - 1)]
    out = renderer.interpolate(InterpolateRequest(shot, ENTITIES, segs, length, width, height, fps))
    return len(times) + out.shape[0] * (out.shape[1] - 2)


def render_script(path: str, width: int, height: int, fps: int) -> tuple[int, float, float]:
    """Plan a real script (rules planner) and render every shot's frames the same way; (frames, seconds, film s)."""
    import director
    from director.hierarchy import ShotContext

    plan = director.plan(path).model_copy(update={"width": width, "height": height, "fps": fps})
    renderer = AnimaticRenderer()
    frames, t0 = 0, time.perf_counter()
    for shot in plan.shots:
        ctx = ShotContext.from_plan(plan, shot)
        times = [i / fps for i in range(max(2, round(shot.duration * fps)))]
        for j in range(0, len(times), 64):
            frames += len(renderer.keyframes(KeyframeRequest(shot, ctx.entities, times[j:j + 64], width, height, fps)))
    return frames, time.perf_counter() - t0, plan.duration


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seconds", type=float, default=12.0)
    p.add_argument("--width", type=int, default=640)
    p.add_argument("--height", type=int, default=360)
    p.add_argument("--fps", type=int, default=24)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--script", default="examples/the_lighthouse.fountain",
                   help="also render every shot of this script as planned by the rules planner ('' to skip)")
    a = p.parse_args()
    shot = bench_shot(a.seconds)
    renderer = AnimaticRenderer()
    render_shot(renderer, shot, a.width, a.height, a.fps)  # warm: paint the set, fill the text cache
    best = float("inf")
    for _ in range(a.repeats):
        t0 = time.perf_counter()
        frames = render_shot(renderer, shot, a.width, a.height, a.fps)
        best = min(best, time.perf_counter() - t0)
    film_seconds = frames / a.fps
    cold = AnimaticRenderer()
    t0 = time.perf_counter()
    render_shot(cold, shot, a.width, a.height, a.fps)
    cold_s = time.perf_counter() - t0
    print(f"animatic {a.width}x{a.height} @ {a.fps} fps: {frames} frames ({film_seconds:.1f} s of film)")
    print(f"  warm: {best:.3f} s  = {frames / best:7.1f} frames/s = {film_seconds / best:6.1f}x real time")
    print(f"  cold (new renderer, set painted, text cache shared): {cold_s:.3f} s = {film_seconds / cold_s:6.1f}x real time")
    print(f"  per frame: {1000 * best / frames:.2f} ms vs {1000 / a.fps:.1f} ms of screen time")
    if a.script:
        n, secs, film = render_script(a.script, a.width, a.height, a.fps)
        print(f"{a.script} (rules planner, every frame of every shot, one process): {n} frames in {secs:.2f} s"
              f" = {film / secs:.1f}x real time ({1000 * secs / n:.2f} ms a frame)")


if __name__ == "__main__":
    main()
