"""Checks shared by the pipeline tests: decode a film, find the frames no transition or overlay touches, and
compare the film at each plan keyframe with the renderer's own keyframe render."""
from __future__ import annotations

import numpy as np

from director.editor import plan_joins
from director.hierarchy import ShotContext
from director.models import FilmPlan, Keyframe, SceneObject, Shot
from director.protocols import KeyframeRequest
from director.timing import EDGE_FADE_SECONDS, TITLE_CARD_SECONDS
from director.timing import film_frames, frame_of, shot_spans

KEYFRAME_PSNR = 30.0
"""dB of luma PSNR: an H.264 (yuv420p, CRF 18) frame of a tiny animatic keeps ~40 dB against its source, while
frames a few steps apart in time score ~20–26 dB. Luma, because yuv420p halves the chroma resolution and the
animatic's thin coloured lines at 128×72 lose their colour (RGB PSNR ~24 dB even for the right frame)."""

_LUMA = np.array([0.299, 0.587, 0.114], np.float32)


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    """Luma PSNR in dB (99 for identical frames)."""
    mse = float(np.mean((a.astype(np.float32) @ _LUMA - b.astype(np.float32) @ _LUMA) ** 2))
    return 99.0 if mse == 0 else 10 * np.log10(255.0 ** 2 / mse)


def untouched_frames(plan: FilmPlan) -> np.ndarray:
    """Mask of film frames that show one shot's picture as rendered: outside transitions, title card, fades."""
    total = film_frames(plan)
    ok = np.ones(total, bool)
    spans = shot_spans(plan)
    for span, join in zip(spans, plan_joins(plan, spans)):
        ok[max(0, span.start - join.before - 1): span.start + join.after + 1] = False
    ok[: max(round(TITLE_CARD_SECONDS * plan.fps), spans[0].start + 1)] = False
    edge = round(EDGE_FADE_SECONDS * plan.fps) + 1
    ok[:edge] = False
    ok[max(0, total - edge):] = False
    return ok


def keyframe_positions(plan: FilmPlan) -> list[tuple[Shot, int, float, int]]:
    """(shot, keyframe index, t, film frame) for every plan keyframe."""
    out = []
    for shot, span in zip(plan.shots, shot_spans(plan)):
        for k, kf in enumerate(shot.keyframes):
            out.append((shot, k, kf.t, span.start + frame_of(kf.t, plan.fps)))
    return out


def check_film(plan: FilmPlan, film_path, renderer, *, shot_stride: int = 1, neighbour_stride: int = 1) -> dict:
    """Decode every frame; compare each untouched keyframe to the renderer's keyframe render at its time.

    Every `shot_stride`-th shot's keyframes are compared (1: all); for every `neighbour_stride`-th of those the
    film must also match the keyframe better than renders two frames earlier and later (it is at its time).
    Returns counts; asserts the frame count, the frame size and the keyframe match.
    """
    import imageio.v3 as iio

    wanted = {}
    mask = untouched_frames(plan)
    sampled = {s.id for s in plan.shots[::shot_stride]}
    near = {s.id for s in plan.shots[::shot_stride * neighbour_stride]}
    for shot, k, t, f in keyframe_positions(plan):
        if shot.id in sampled and f < len(mask) and mask[f]:
            wanted.setdefault(f, []).append((shot, k, t))
    got = {}
    count = 0
    for i, frame in enumerate(iio.imiter(film_path)):
        assert frame.shape == (plan.height, plan.width, 3), frame.shape
        if i in wanted:
            got[i] = frame
        count = i + 1
    assert count == film_frames(plan), (count, film_frames(plan))
    by_shot: dict[str, list] = {}
    for f, items in wanted.items():
        for shot, k, t in items:
            by_shot.setdefault(shot.id, []).append((f, t, shot))
    worst, checked = 99.0, 0
    for shot_id, items in by_shot.items():
        shot = items[0][2]
        ctx = ShotContext.from_plan(plan, shot)
        # the render at the keyframe's time, and at two frames before and after it: the film must match the
        # keyframe closely, and no worse than it matches its neighbours in time (so it sits at its time)
        deltas = (0, -2, 2) if shot_id in near else (0,)
        times = [t + d / plan.fps for _, t, _ in items for d in deltas]
        req = KeyframeRequest(shot=shot, entities=ctx.entities, times=times, width=plan.width,
                              height=plan.height, fps=plan.fps, style=plan.style, seed=shot.seed)
        renders = renderer.keyframes(req)
        n = len(deltas)
        for i, (f, t, _) in enumerate(items):
            scores = [psnr(got[f], renders[n * i + d]) for d in range(n)]
            at = scores[0]
            assert at >= KEYFRAME_PSNR, f"{shot_id} keyframe at t={t} (film frame {f}): PSNR {at:.1f} dB"
            assert at >= max(scores) - 0.5, f"{shot_id} keyframe at t={t} matches another time better"
            worst, checked = min(worst, at), checked + 1
    return {"frames": count, "keyframes_checked": checked, "worst_psnr": worst}


def tiny_plan(shots: int = 3, fps: int = 6, width: int = 128, height: int = 72) -> FilmPlan:
    """A valid hand-made plan: a person walking across a beach, a dissolve into the second shot."""
    from director.models import Entity, PlanScene, ShotDialogue, Transition

    def person(x):
        return SceneObject(entity="mara", box=(x, 0.3, x + 0.2, 0.95))

    out = []
    for i in range(shots):
        n = 4 * fps + 2 * fps * i
        out.append(Shot(
            id=f"sc001_sh{i + 1:02d}", scene=1, duration=n / fps, description=f"Mara walks, take {i + 1}",
            keyframes=[Keyframe(t=round(k * (n - 1) / 5) / fps, prompt="Mara walks",
                                objects=[person(0.1 + 0.1 * k)]) for k in range(6)],
            dialogue=[ShotDialogue(character="mara", text="Hello there", start=0.2, end=1.0)] if i == 1 else [],
            transition_in=Transition(type="dissolve", duration=0.5) if i == 1 else Transition(),
            background={"int_ext": "EXT", "location": "BEACH", "time_of_day": "DAY"}, seed=i))
    return FilmPlan(title="Tiny", fps=fps, width=width, height=height,
                    scenes=[PlanScene(index=1, heading="EXT. BEACH - DAY")],
                    entities=[Entity(id="mara", name="Mara", kind="person")], shots=out)


def keeping_animatic():
    """The animatic (same identity, same pixels) claiming its frames are costly: the store keeps each shot's
    final frames, as it does for a diffusion renderer, instead of redrawing them when an edit needs them."""
    from dataclasses import replace

    from renderers.animatic import AnimaticRenderer

    class KeepingAnimatic(AnimaticRenderer):
        @property
        def capabilities(self):
            return replace(super().capabilities, recompute_frames=False)

    return KeepingAnimatic()
