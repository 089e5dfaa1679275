"""Layout motion: where every entity is at any time of a shot, from the plan's keyframe layouts.

The plan fixes layouts only at keyframes; the local stage needs them at every in-between frame (to draw the
animatic, or to build control maps for a diffusion renderer). Between two keyframes boxes and keypoints move
with an ease-in-out curve, so motion starts and settles like a camera operator would frame it. Before the
first and after the last keyframe the layout holds (the head and tail handles live there).

An entity listed at only one of two neighbouring keyframes stays at the box it has where it is listed and
fades: `placements_at` reports its presence (0..1) for renderers that can blend (the animatic), and
`layout_at` lists it while it is at least half present, so discrete consumers see it appear or leave at the
segment's midpoint rather than pop at a keyframe.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .models import Keyframe, SceneObject, Shot


def ease_in_out(u: float) -> float:
    """Smoothstep: zero velocity at both keyframes, so chained segments join without a jolt."""
    u = min(max(u, 0.0), 1.0)
    return u * u * (3.0 - 2.0 * u)


@dataclass(frozen=True)
class Placement:
    """An object at time t and how present it is (1 = fully there; below 1 it is fading in or out)."""

    object: SceneObject
    presence: float = 1.0


def _keyed(objects: Sequence[SceneObject]) -> dict[tuple[str, int], SceneObject]:
    """Objects keyed by (entity, occurrence): several instances of one entity keep their identities."""
    seen: dict[str, int] = {}
    out = {}
    for obj in objects:
        n = seen.get(obj.entity, 0)
        seen[obj.entity] = n + 1
        out[(obj.entity, n)] = obj
    return out


def _lerp(a: float, b: float, w: float) -> float:
    return a + (b - a) * w


def _relative_keypoints(kps, src_box, dst_box):
    """Carry keypoints from one box to another by their box-relative positions."""
    sx0, sy0, sx1, sy1 = src_box
    dx0, dy0, dx1, dy1 = dst_box
    sw, sh = max(sx1 - sx0, 1e-6), max(sy1 - sy0, 1e-6)
    return [
        (dx0 + (x - sx0) / sw * (dx1 - dx0), dy0 + (y - sy0) / sh * (dy1 - dy0), v) for x, y, v in kps
    ]


def interpolate_object(a: SceneObject, b: SceneObject, w: float) -> SceneObject:
    """`a` moved a fraction `w` (already eased) of the way to `b`: boxes and keypoints alike.

    A keypoint visible at only one end keeps that end's position (moved with the box) and switches
    visibility at the midpoint; a side without keypoints borrows the other's, carried by the box.
    """
    box = tuple(_lerp(p, q, w) for p, q in zip(a.box, b.box))
    ka, kb = a.keypoints, b.keypoints
    if ka and not kb:
        kb = _relative_keypoints(ka, a.box, b.box)
    elif kb and not ka:
        ka = _relative_keypoints(kb, b.box, a.box)
    kps = None
    if ka and kb:
        kps = []
        for i in range(max(len(ka), len(kb))):
            pa = ka[i] if i < len(ka) else None
            pb = kb[i] if i < len(kb) else None
            if pa is None or pb is None:
                p = pa or pb
                shown = (pa is not None) == (w < 0.5)
                kps.append((p[0], p[1], p[2] if shown else 0.0))
                continue
            va, vb = pa[2], pb[2]
            if va > 0 and vb > 0:
                kps.append((_lerp(pa[0], pb[0], w), _lerp(pa[1], pb[1], w), va if w < 0.5 else vb))
            elif va > 0:
                kps.append((pa[0], pa[1], va if w < 0.5 else 0.0))
            elif vb > 0:
                kps.append((pb[0], pb[1], 0.0 if w < 0.5 else vb))
            else:
                kps.append((_lerp(pa[0], pb[0], w), _lerp(pa[1], pb[1], w), 0.0))
    return SceneObject(entity=a.entity, box=box, keypoints=kps)


def _bracket(keyframes: list[Keyframe], t: float) -> tuple[Keyframe, Keyframe, float]:
    """The keyframes around t and the eased weight of the later one (holds outside the keyframed range)."""
    if t <= keyframes[0].t:
        return keyframes[0], keyframes[0], 0.0
    if t >= keyframes[-1].t:
        return keyframes[-1], keyframes[-1], 0.0
    for k0, k1 in zip(keyframes, keyframes[1:]):
        if k0.t <= t <= k1.t:
            span = k1.t - k0.t
            return k0, k1, (ease_in_out((t - k0.t) / span) if span > 0 else 1.0)
    return keyframes[-1], keyframes[-1], 0.0  # unreachable for sorted times


def placements_at(shot: Shot, t: float) -> list[Placement]:
    """Every object of the shot at time `t` (seconds from the shot's start) with its presence."""
    keyframes = sorted(shot.keyframes, key=lambda k: k.t)
    if not keyframes:
        return []
    k0, k1, w = _bracket(keyframes, t)
    if k0 is k1:
        return [Placement(o) for o in k0.objects]
    a, b = _keyed(k0.objects), _keyed(k1.objects)
    out = []
    for key, obj in a.items():
        if key in b:
            out.append(Placement(interpolate_object(obj, b[key], w)))
        else:
            out.append(Placement(obj, 1.0 - w))
    for key, obj in b.items():
        if key not in a:
            out.append(Placement(obj, w))
    return [p for p in out if p.presence > 0.0]


def layout_at(shot: Shot, t: float) -> list[SceneObject]:
    """The shot's layout at time `t`: objects at least half present, in drawing order (later on top)."""
    return [p.object for p in placements_at(shot, t) if p.presence >= 0.5]
