"""What the AnimateDiff IP-Adapter costs per denoising step, side by side in one run, on the tiny model.

    python bench/bench_ip_adapter.py [--model DIR] [--width 64 --height 64 --frames 8 --steps 4 --repeats 9 --threads 1]

Without --model it writes `director tiny-model --ip-adapter` to a temporary folder. For one shot's keyframes (two
entities) each mode makes the denoiser call of one sampling step as the loop does (CFG rows; the IP-Adapter's
image embeddings and, by default, each entity's box masks), the modes alternating; wall and process-CPU seconds
are printed as medians with their ratio to the model without an adapter. Reference encoding is cached per
picture, so it is not in a step; its one-off cost is printed separately.
"""
from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from director import registry  # noqa: E402
from director.models import Entity, Keyframe, SceneObject, Shot  # noqa: E402
from director.protocols import KeyframeRequest  # noqa: E402

ENTITIES = {"mara": Entity(id="mara", name="Mara", kind="person", description="red coat"),
            "dog": Entity(id="dog", name="dog", kind="animal", description="white terrier")}


def request(args, refs: dict) -> KeyframeRequest:
    shot = Shot(id="s1", scene=1, description="Mara walks the dog", duration=2.0, seed=3, keyframes=[
        Keyframe(t=0.0, objects=[SceneObject(entity="mara", box=(0.05, 0.1, 0.45, 0.9)),
                                 SceneObject(entity="dog", box=(0.6, 0.6, 0.9, 0.95))]),
        Keyframe(t=2.0, objects=[SceneObject(entity="mara", box=(0.55, 0.1, 0.95, 0.9)),
                                 SceneObject(entity="dog", box=(0.1, 0.6, 0.4, 0.95))])])
    times = list(np.linspace(0, 2, args.frames))
    return KeyframeRequest(shot=shot, entities=ENTITIES, times=times, width=args.width, height=args.height, fps=8,
                           seed=1, references=refs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", help="a folder with an IP-Adapter in its director.toml (default: the tiny one)")
    ap.add_argument("--width", type=int, default=64)
    ap.add_argument("--height", type=int, default=64)
    ap.add_argument("--frames", type=int, default=8)
    ap.add_argument("--steps", type=int, default=4)
    ap.add_argument("--repeats", type=int, default=9)
    ap.add_argument("--threads", type=int, default=1,
                    help="torch threads (1: stable ratios on a shared CPU; more threads there mostly wait)")
    args = ap.parse_args()
    import torch

    torch.set_num_threads(args.threads)
    with tempfile.TemporaryDirectory(prefix="bench-ip-") as scratch:
        model = args.model
        if model is None:
            from renderers.diffusion.tiny import write_tiny_model

            model = str(write_tiny_model(Path(scratch) / "tiny", ip_adapter=True))
        measure(args, model)


def measure(args, model: str) -> None:
    red = np.zeros((64, 48, 3), np.uint8)
    red[..., 0] = 220
    blue = red[..., ::-1].copy()
    common = dict(model=model, steps=args.steps)
    plain = registry.load("renderer", "diffusers", ip_adapter="none", **common)
    masked = registry.load("renderer", "diffusers", **common)
    everywhere = registry.load("renderer", "diffusers", ip_adapter_regions=False, **common)
    modes = {"no IP-Adapter": (plain, {}), "IP-Adapter, no reference": (masked, {}),
             "1 reference": (masked, {"mara": red}),
             "2 references, everywhere (concatenated)": (everywhere, {"mara": red, "dog": blue}),
             "2 references, each in its box (default)": (masked, {"mara": red, "dog": blue})}
    for renderer, refs in modes.values():      # warm-up: loads, memory probes, the pictures' encodings; a check
        renderer.keyframes(request(args, refs), box_guidance=False)
    fresh = np.full((64, 48, 3), 90, np.uint8)
    masked.keyframes(request(args, {"mara": fresh}), box_guidance=False)
    encode_once = masked.last_report.seconds.get("image", 0.0)
    wall: dict[str, list[float]] = {name: [] for name in modes}
    cpu: dict[str, list[float]] = {name: [] for name in modes}
    for _ in range(args.repeats):
        for name, (renderer, refs) in modes.items():
            seconds, cpu_seconds = denoiser_step(renderer, request(args, refs))
            wall[name].append(seconds)
            cpu[name].append(cpu_seconds)
    base_wall, base_cpu = statistics.median(wall["no IP-Adapter"]), statistics.median(cpu["no IP-Adapter"])
    print(f"IP-Adapter cost of one denoising step ({args.frames} frames at {args.width}x{args.height}, CFG: "
          f"{2 * args.frames} rows; median of {args.repeats} alternating runs; {args.threads} thread(s))")
    print(f"{'mode':44s} {'wall s':>7s} {'ratio':>6s} {'CPU s':>7s} {'ratio':>6s}")
    for name in modes:
        w, c = statistics.median(wall[name]), statistics.median(cpu[name])
        print(f"{name:44s} {w:7.3f} {w / base_wall:5.2f}x {c:7.3f} {c / base_cpu:5.2f}x")
    print(f"encoding one new reference picture (once per picture per process): {encode_once:.3f} s")


def denoiser_step(renderer, req) -> tuple[float, float]:
    """(wall, process CPU) seconds of one denoiser call on the request's keyframes, exactly as the sampling loop
    makes it (CFG rows, the IP-Adapter's image embeddings and box masks). CPU time is what the call costs this
    process, less disturbed than wall time by other jobs on a shared machine."""
    import torch

    from renderers.diffusion.backend import GenerationJob
    from renderers.diffusion.conditions import frame_conditions

    backend = renderer.backend
    conds = frame_conditions(req.shot, req.entities, list(req.times), req.fps)
    job = GenerationJob(clips=[conds], width=req.width, height=req.height, clip_seeds=[0],
                        references=renderer._references(req))
    h, w = req.height // backend.vae_scale, req.width // backend.vae_scale
    rows = len(conds)
    with backend._lock:
        refs = backend._reference_tokens(job, h, w, lambda _: contextlib.nullcontext())
        scheduler = backend._scheduler(4)
        t = scheduler.timesteps[0]
        emb = torch.cat([backend._encode_text([backend._negative_ids()]).expand(rows, -1, -1),
                         backend._encode_text([backend._tokenize(c)[0] for c in conds])])
        gen = torch.Generator().manual_seed(0)
        latents = torch.randn(1, backend.unet.config.in_channels, rows, h, w, generator=gen)
        ip = backend._ip_kwargs(refs, 1, slice(0, rows), True)
        start, start_cpu = time.perf_counter(), time.process_time()
        backend._predict(latents, t, scheduler, emb, None, None, 2, ip)
        return time.perf_counter() - start, time.process_time() - start_cpu


if __name__ == "__main__":
    main()
