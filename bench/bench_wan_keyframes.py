"""How the wan-vace backend honours per-keyframe prompts: the choice measured on latents and in time, one run.

Wan reads one prompt per call; a shot's keyframes each have their own. Three layouts of the same 7 keyframes:
  - per-frame:    one clip, keyframe i at frame 4i, text attention restricted per latent frame (the default);
  - per-keyframe: one single-frame clip per keyframe, all in one batch;
  - one prompt:   one clip with Wan's own attention to a single prompt (every keyframe's text joined): the
                  baseline of calling the pipeline as it is.
For each: the seconds to make the keyframes (median of --repeats), the locality of a prompt edit (edit keyframe
3's prompt, same seed: the latent change at keyframe 3 / the mean change at the others; higher is more local;
inf when the others do not move at all) and the coupling of keyframes (move keyframe 3's boxes: the mean
latent change at the other keyframes relative to keyframe 3's own; 0 means keyframes never see each other).

    .venv/bin/python bench/bench_wan_keyframes.py                  # tiny random Wan VACE, CPU, 64x64
    .venv/bin/python bench/bench_wan_keyframes.py --model DIR --width 832 --height 480 --steps 30
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_diffusion import ENTITIES, bench_shot  # noqa: E402

from director import registry  # noqa: E402
from director.models import Keyframe, SceneObject  # noqa: E402
from director.protocols import KeyframeRequest  # noqa: E402
from renderers.diffusion.backend import GenerationJob  # noqa: E402
from renderers.diffusion.conditions import FrameCondition, PromptPiece, frame_conditions  # noqa: E402

EDIT = 3


def keyframe_latents(renderer, request, mode: str):
    """(the keyframes' latents as (K, channels, h, w), seconds) for one layout of the keyframes.

    Jobs go to the backend directly, without per-entity noise, so a moved box changes the control video only."""
    backend = renderer.backend
    start = time.perf_counter()
    clips, picks = backend.keyframe_clips(list(request.times))
    conds = [frame_conditions(request.shot, request.entities, times, request.fps) for times in clips]
    if mode == "one prompt":   # the pipeline's way: one prompt for the whole call
        joined = [PromptPiece(" ".join(k.prompt for k in request.shot.keyframes))]
        conds = [[FrameCondition(c.t, joined, c.objects) for c in clip] for clip in conds]
    backend.generate(GenerationJob(clips=conds, width=request.width, height=request.height,
                                   clip_seeds=[7 + i for i in range(len(clips))], box_guidance=False))
    seconds = time.perf_counter() - start
    lat = backend.last_latents
    return [lat[c, :, f // backend.frame_step] for c, f in picks], seconds


def edited(shot, prompt: bool):
    shot = shot.model_copy(deep=True)
    k = shot.keyframes[EDIT]
    if prompt:
        k.prompt = k.prompt + ", in pouring rain at night"
    else:
        k.objects = [SceneObject(entity=o.entity, box=(0.02, 0.02, 0.3, 0.4)) for o in k.objects]
    return shot


def change(a, b):
    return [float((x - y).abs().mean()) for x, y in zip(a, b)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", help="a wan-vace model folder/profile (default: a tiny random one for this run)")
    ap.add_argument("--width", type=int, default=64)
    ap.add_argument("--height", type=int, default=64)
    ap.add_argument("--steps", type=int, default=4)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    tmp = None
    model = args.model
    if model is None:
        from renderers.diffusion.tiny_wan import write_tiny_model

        tmp = tempfile.TemporaryDirectory()
        model = str(write_tiny_model(Path(tmp.name) / "tiny"))
    shot = bench_shot(7, 3.0)
    for i, k in enumerate(shot.keyframes):
        shot.keyframes[i] = Keyframe(t=k.t, objects=k.objects, prompt=f"keyframe {i}: Mara walks on, the dog follows")

    def request(s):
        return KeyframeRequest(shot=s, entities=ENTITIES, times=[k.t for k in s.keyframes], width=args.width,
                               height=args.height, fps=8, seed=7)

    print(f"wan-vace keyframe prompts: {args.width}x{args.height}, {args.steps} steps, 7 keyframes, "
          f"median of {args.repeats}")
    modes = ("per-frame", "per-keyframe", "one prompt")
    renderers = {mode: registry.load("renderer", "diffusers", model=model, steps=args.steps, max_frames=81,
                                     keyframe_prompts="per-keyframe" if mode == "per-keyframe" else "per-frame")
                 for mode in modes}                                     # max_frames: the real model's 81
    runs = {mode: [] for mode in modes}
    for mode in modes:
        keyframe_latents(renderers[mode], request(shot), mode)             # warm-up
    for _ in range(args.repeats):                                          # alternating, so load hits all alike
        for mode in modes:
            runs[mode].append(keyframe_latents(renderers[mode], request(shot), mode))
    for mode in modes:
        r = renderers[mode]
        base, seconds = runs[mode][0][0], statistics.median(s for _, s in runs[mode])
        prompt_delta = change(base, keyframe_latents(r, request(edited(shot, prompt=True)), mode)[0])
        box_delta = change(base, keyframe_latents(r, request(edited(shot, prompt=False)), mode)[0])
        others = [d for i, d in enumerate(prompt_delta) if i != EDIT]
        mean_others = statistics.mean(others)
        locality = prompt_delta[EDIT] / mean_others if mean_others > 0 else float("inf")
        coupling = statistics.mean(d for i, d in enumerate(box_delta) if i != EDIT) / max(box_delta[EDIT], 1e-12)
        print(f"  {mode:13s} {seconds:7.2f} s   prompt edit: locality {locality:7.2f}   "
              f"box edit: coupling {coupling:5.2f}")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
