"""Diffusion renderer: where render time goes, and what box guidance and batching cost, measured in one run.

For a shot of K keyframes and its K-1 local segments (the hierarchical stage's first level), prints
  - the share of wall time inside the denoiser (motion UNet + ControlNets), the VAE and the text encoder;
    the rest is our overhead (conditions, noise, scheduler, tensor shuffling, resizing, pasting);
  - box guidance's cost: keyframes with guidance on / the same keyframes with it off (same seed);
  - batching's gain: the level's segments as one batch / one call per segment;
  - one denoiser call for all of a batch's clips (`clips_per_call`) / one call per clip, the default, which
    keeps a clip's frames independent of its batch (AnimateDiff; Wan's loop makes one call per batch).
Runs alternate and the median of --repeats is reported, so the ratios are measured side by side. Every backend
(AnimateDiff and Wan2.1-VACE by default, each as a tiny random model) gets the same job, one after the other.

    .venv/bin/python bench/bench_diffusion.py                           # tiny random models, CPU, 64x64
    .venv/bin/python bench/bench_diffusion.py --model DIR --width 512 --height 512 --steps 25   # a real one
    .venv/bin/python bench/bench_diffusion.py --model SD_DIR --model WAN_DIR ...                # side by side
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from director import registry  # noqa: E402
from director.drawing import standing_keypoints  # noqa: E402
from director.models import Entity, GraphEdge, Keyframe, SceneObject, Shot  # noqa: E402
from director.protocols import InterpolateRequest, KeyframeRequest, Segment  # noqa: E402

ENTITIES = {
    "mara": Entity(id="mara", name="Mara", kind="person", description="young woman in a red raincoat"),
    "dog": Entity(id="dog", name="dog", kind="animal", description="small white terrier"),
}


def bench_shot(keyframes: int, seconds: float) -> Shot:
    kfs = []
    for k in range(keyframes):
        u = k / max(1, keyframes - 1)
        person = (0.05 + 0.5 * u, 0.15, 0.40 + 0.5 * u, 0.95)
        kfs.append(Keyframe(t=u * seconds, objects=[
            SceneObject(entity="mara", box=person, keypoints=standing_keypoints(person)),
            SceneObject(entity="dog", box=(0.6 - 0.5 * u, 0.7, 0.85 - 0.5 * u, 0.95)),
        ]))
    return Shot(id="bench", scene=1, description="Mara walks her dog along the pier at dusk", duration=seconds,
                keyframes=kfs, scene_graph=[GraphEdge(subject="mara", predicate="walks", object="dog",
                                                      start=0.0, end=seconds)])


def timed(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", action="append", help="model folder/profile, repeatable (default: a tiny random "
                    "model of each --family, written for this run)")
    ap.add_argument("--family", default="animatediff,wan-vace", help="tiny model families to bench without --model")
    ap.add_argument("--width", type=int, default=64)
    ap.add_argument("--height", type=int, default=64)
    ap.add_argument("--keyframes", type=int, default=7)
    ap.add_argument("--length", type=int, default=9, help="frames per local segment")
    ap.add_argument("--steps", type=int, default=6)
    ap.add_argument("--guidance-steps", type=int, default=3)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("-R", "--renderer-option", action="append", default=[], metavar="KEY=VALUE")
    args = ap.parse_args()

    tmp = None
    models = args.model
    if not models:
        from renderers.diffusion import tiny, tiny_wan

        tmp = tempfile.TemporaryDirectory()
        writers = {"animatediff": tiny.write_tiny_model, "wan-vace": tiny_wan.write_tiny_model}
        models = [str(writers[f](Path(tmp.name) / f)) for f in args.family.split(",")]
    for model in models:
        bench_model(model, args)
    if tmp is not None:
        tmp.cleanup()
    return 0


def bench_model(model: str, args) -> None:
    options = dict(kv.split("=", 1) for kv in args.renderer_option)
    renderer = registry.load("renderer", "diffusers", model=model, steps=args.steps,
                             box_steps=args.guidance_steps, **options)
    fps = 8
    seconds = (args.keyframes - 1) * (args.length - 1) / fps
    shot = bench_shot(args.keyframes, seconds)
    times = [k.t for k in shot.keyframes]
    kreq = KeyframeRequest(shot=shot, entities=ENTITIES, times=times, width=args.width, height=args.height,
                           fps=fps, seed=7)
    keys = renderer.keyframes(kreq)           # warm-up: loading, allocator, kernel selection
    segments = [Segment(first=keys[i], last=keys[i + 1], t0=times[i], t1=times[i + 1]) for i in range(len(keys) - 1)]

    def ireq(segs):
        return InterpolateRequest(shot=shot, entities=ENTITIES, segments=segs, length=args.length,
                                  width=args.width, height=args.height, fps=fps, seed=7)

    one_call = renderer.profile.backend == "animatediff"
    wide = registry.load("renderer", "diffusers", model=model, steps=args.steps, box_steps=args.guidance_steps,
                         clips_per_call=len(segments), **options)
    walls = {k: [] for k in ("keys_off", "keys_on", "local_batched", "local_serial")
             + (("local_one_call",) if one_call else ())}
    shares = {"keys_off": [], "local_batched": []}

    def record(name, fn):
        wall = timed(fn)
        walls[name].append(wall)
        if name in shares:
            rep = renderer.last_report
            shares[name].append({s: rep.seconds.get(s, 0.0) / wall for s in ("denoiser", "vae", "text", "guidance")})

    for _ in range(args.repeats):
        record("keys_off", lambda: renderer.keyframes(kreq, box_guidance=False))
        record("keys_on", lambda: renderer.keyframes(kreq, box_guidance=True))
        record("local_batched", lambda: renderer.interpolate(ireq(segments), box_guidance=False))
        record("local_serial", lambda: [renderer.interpolate(ireq([s]), box_guidance=False) for s in segments])
        if one_call:
            record("local_one_call", lambda: wide.interpolate(ireq(segments), box_guidance=False))

    med = {k: statistics.median(v) for k, v in walls.items()}
    backend = renderer.backend
    print(f"diffusers bench: {backend.name} on {backend.device} {str(backend.dtype).replace('torch.', '')}, "
          f"{args.width}x{args.height}, {args.steps} steps, {args.keyframes} keyframes, "
          f"{len(segments)} segments x {args.length} frames, median of {args.repeats}")
    for name, label in (("keys_off", "global stage (keyframes)"), ("local_batched", "local stage (one batch)")):
        parts = {s: statistics.median(d[s] for d in shares[name]) for s in ("denoiser", "vae", "text")}
        rest = 1 - sum(parts.values())
        print(f"  {label:26s} {med[name]:7.2f} s   denoiser {parts['denoiser']:6.1%}   vae {parts['vae']:6.1%}   "
              f"text {parts['text']:6.1%}   overhead {rest:6.1%}")
    print(f"  box guidance cost          {med['keys_on'] / med['keys_off']:.2f}x unguided keyframes "
          f"({args.guidance_steps} of {args.steps} steps guided)")
    print(f"  batching gain              {med['local_serial'] / med['local_batched']:.2f}x "
          f"(one call per segment / one batch)")
    if "local_one_call" in walls:
        print(f"  all clips in one call      {med['local_batched'] / med['local_one_call']:.2f}x "
              f"(one denoiser call per clip / one call for all {len(segments)} clips)")


if __name__ == "__main__":
    raise SystemExit(main())
