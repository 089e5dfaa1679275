"""The shared drawing module and layout motion: pixels land where the layout says, deterministically."""
from __future__ import annotations

import numpy as np
import pytest

from director.drawing import (
    OPENPOSE_COLORS, OPENPOSE_LIMBS, LIMB_SHADE, box_map, box_masks, draw_layout, entity_color, pose_map,
    standing_keypoints, to_pixels,
)
from director.models import Entity, Keyframe, SceneObject, Shot
from director.motion import ease_in_out, layout_at, placements_at

W, H = 160, 96


def person(box, entity="ana"):
    return SceneObject(entity=entity, box=box, keypoints=standing_keypoints(box))


def test_box_masks_cover_exactly_the_boxes():
    objs = [SceneObject(entity="a", box=(0.0, 0.0, 0.5, 0.5)), SceneObject(entity="b", box=(0.25, 0.5, 1.0, 1.0))]
    m = box_masks(objs, W, H)
    assert m.shape == (2, H, W)
    assert m[0].sum() == (W // 2) * (H // 2)
    assert m[0, : H // 2, : W // 2].all() and not m[0, H // 2 :, :].any()
    assert m[1, H // 2 :, W // 4 :].all() and not m[1, : H // 2].any()


def test_layout_pixels_stay_inside_the_boxes():
    box = (0.2, 0.3, 0.6, 0.9)
    frame = np.zeros((H, W, 3), np.uint8)
    out = draw_layout(frame, [SceneObject(entity="lamp", box=box)], {"lamp": Entity(id="lamp", name="Lamp", kind="object")})
    x0, y0, x1, y1 = to_pixels(box, W, H)
    changed = out.any(axis=2)
    inside = np.zeros_like(changed)
    inside[y0:y1, x0:x1] = True
    # the name tab sits just above the box; everything else must be inside it
    label_band = np.zeros_like(changed)
    label_band[: y0, x0:] = True
    assert changed[inside].mean() > 0.95, "the box is filled with the entity's tint"
    assert not changed[~inside & ~label_band].any()
    assert changed[label_band].any(), "the name is drawn"
    assert tuple(out[y0, x0]) == entity_color("lamp"), "the outline is in the entity's colour"


def test_skeleton_limbs_are_drawn_where_the_keypoints_are():
    box = (0.3, 0.05, 0.7, 0.95)
    obj = person(box)
    img = pose_map([obj], W * 2, H * 2)
    assert img.shape == (H * 2, W * 2, 3) and img.dtype == np.uint8
    kps = obj.keypoints
    # every joint disc has its OpenPose colour at the keypoint, every limb its shaded colour at its midpoint
    for i, (x, y, _) in enumerate(kps):
        px, py = int(x * W * 2), int(y * H * 2)
        assert tuple(img[py, px]) == OPENPOSE_COLORS[i], f"joint {i}"
    for i, (a, b) in enumerate(OPENPOSE_LIMBS):
        (xa, ya, _), (xb, yb, _) = kps[a - 1], kps[b - 1]
        if np.hypot((xa - xb) * W * 2, (ya - yb) * H * 2) < 14:
            continue  # the joint discs cover a short limb's midpoint
        mx, my = int((xa + xb) / 2 * W * 2), int((ya + yb) / 2 * H * 2)
        expect = tuple(int(c * LIMB_SHADE) for c in OPENPOSE_COLORS[i])
        assert tuple(img[my, mx]) == expect, f"limb {a}-{b}"
    # nothing is drawn far from the body
    ys, xs = np.nonzero(img.any(axis=2))
    assert xs.min() >= box[0] * W * 2 - 6 and xs.max() <= box[2] * W * 2 + 6


def test_invisible_keypoints_draw_nothing():
    kps = [(0.5, 0.5, 0.0)] * 18
    assert not pose_map([SceneObject(entity="x", box=(0, 0, 1, 1), keypoints=kps)], W, H).any()


def test_drawing_is_deterministic():
    objs = [person((0.1, 0.1, 0.4, 0.9)), SceneObject(entity="car", box=(0.5, 0.4, 0.95, 0.8))]
    frame = np.full((H, W, 3), 40, np.uint8)
    a, b = draw_layout(frame, objs), draw_layout(frame, objs)
    assert np.array_equal(a, b)
    assert np.array_equal(box_map(objs, W, H), box_map(objs, W, H))
    assert not np.array_equal(a, frame)


def test_half_present_object_is_drawn_at_half_strength():
    frame = np.zeros((H, W, 3), np.uint8)
    obj = SceneObject(entity="lamp", box=(0.2, 0.2, 0.8, 0.8))
    full = draw_layout(frame, [obj]).astype(int)
    half = draw_layout(frame, [obj], opacity={0: 0.5}).astype(int)
    assert np.abs(half - full // 2).max() <= 1


# ---- layout motion ------------------------------------------------------------------------------------------

def _shot():
    a0 = SceneObject(entity="ana", box=(0.0, 0.2, 0.2, 0.8))
    a1 = SceneObject(entity="ana", box=(0.6, 0.2, 0.8, 0.8))
    lamp = SceneObject(entity="lamp", box=(0.8, 0.1, 0.9, 0.3))
    return Shot(id="1", scene=1, duration=4.0, keyframes=[
        Keyframe(t=1.0, objects=[a0, lamp]), Keyframe(t=3.0, objects=[a1]),
    ])


def test_layout_holds_outside_keyframes_and_is_exact_at_them():
    shot = _shot()
    assert layout_at(shot, -0.5) == shot.keyframes[0].objects == layout_at(shot, 1.0)
    assert layout_at(shot, 3.0) == shot.keyframes[1].objects == layout_at(shot, 9.0)


def test_boxes_ease_between_keyframes():
    shot = _shot()
    xs = [layout_at(shot, t)[0].box[0] for t in np.linspace(1.0, 3.0, 21)]
    assert xs[0] == 0.0 and xs[-1] == pytest.approx(0.6)
    assert all(b >= a for a, b in zip(xs, xs[1:])), "monotone"
    assert xs[10] == pytest.approx(0.3), "halfway at the midpoint"
    steps = np.diff(xs)
    assert steps[0] < steps[9] and steps[-1] < steps[10], "slow in, slow out"
    assert ease_in_out(0) == 0 and ease_in_out(1) == 1


def test_absent_entity_fades_out_and_leaves_at_the_midpoint():
    shot = _shot()
    presence = {t: {p.object.entity: p.presence for p in placements_at(shot, t)}.get("lamp", 0.0)
                for t in (1.0, 1.5, 2.0, 2.5, 3.0)}
    assert presence[1.0] == 1.0 and presence[3.0] == 0.0
    assert presence[1.0] > presence[1.5] > presence[2.5] > 0
    assert "lamp" in [o.entity for o in layout_at(shot, 1.9)]
    assert "lamp" not in [o.entity for o in layout_at(shot, 2.1)]


def test_keypoints_interpolate_with_their_box():
    b0, b1 = (0.0, 0.0, 0.4, 1.0), (0.5, 0.0, 0.9, 1.0)
    shot = Shot(id="2", scene=1, duration=2.0, keyframes=[
        Keyframe(t=0.0, objects=[person(b0)]), Keyframe(t=2.0, objects=[person(b1)]),
    ])
    mid = layout_at(shot, 1.0)[0]
    want = standing_keypoints((0.25, 0.0, 0.65, 1.0))
    assert np.allclose(np.array(mid.keypoints), np.array(want))


def test_animals_vehicles_and_lights_get_a_shape_objects_a_plain_box():
    frame = np.full((H, W, 3), 128, np.uint8)
    box = (0.1, 0.1, 0.9, 0.9)
    drawn = {}
    for kind in ("object", "vehicle", "animal", "light"):
        ents = {"x": Entity(id="x", name="X", kind=kind)}
        drawn[kind] = draw_layout(frame, [SceneObject(entity="x", box=box)], ents)
    x0, y0, x1, y1 = to_pixels(box, W, H)
    inner = np.s_[y0 + 14: y1 - 2, x0 + 2: x1 - 2]  # below the name tab, inside the outline
    plain = drawn["object"][inner].reshape(-1, 3)
    assert len(np.unique(plain, axis=0)) == 1, "an object is a flat tint"
    for kind in ("vehicle", "animal", "light"):
        assert not np.array_equal(drawn[kind][inner], drawn["object"][inner]), kind
    wheel_row = y0 + int(0.8 * (y1 - y0))
    assert drawn["vehicle"][wheel_row, x0 + int(0.24 * (x1 - x0))].max() < 60, "dark wheels"
    assert drawn["light"][(y0 + y1) // 2, (x0 + x1) // 2].mean() > plain[0].mean(), "a light glows"


def test_text_the_bundled_font_lacks_uses_the_fallback_font():
    from director.drawing import _default_covers, fallback_font_file, text_sprite

    assert _default_covers("Mara at the door")
    assert not _default_covers("José — ブリック")
    if fallback_font_file() is None:
        pytest.skip("no fallback font on this machine (set DIRECTOR_FONT)")
    sprite, _ = text_sprite("José", 24)
    notdef, _ = text_sprite("Jos\uffff", 24)
    assert np.asarray(sprite).tobytes() != np.asarray(notdef).tobytes(), "é is drawn, not the missing-glyph box"
