"""The animatic renderer: deterministic frames, exact segment ends, the layout drawn, sets and camera moves."""
from __future__ import annotations

import numpy as np
import pytest

from director import registry
from director.drawing import entity_color, standing_keypoints, to_pixels
from director.errors import DirectorError
from director.models import (
    Background, Camera, Entity, Keyframe, SceneObject, Shot, ShotDialogue,
)
from director.protocols import InterpolateRequest, KeyframeRequest, Renderer, Segment
from renderers.animatic import AnimaticRenderer
from renderers.sets import camera_window

W, H, FPS = 192, 108, 12
ENTITIES = {
    "mara": Entity(id="mara", name="Mara", kind="person"),
    "lamp": Entity(id="lamp", name="Lamp", kind="object"),
}


def make_shot(movement="static", int_ext="EXT", location="BEACH", time_of_day="DUSK", dialogue=True, **kw):
    a0, a1 = (0.1, 0.3, 0.3, 0.95), (0.5, 0.3, 0.7, 0.95)
    return Shot(
        id="3A", scene=1, duration=2.0, seed=7,
        camera=Camera(size="MS", movement=movement, **kw),
        background=Background(int_ext=int_ext, location=location, time_of_day=time_of_day),
        keyframes=[
            Keyframe(t=0.0, objects=[SceneObject(entity="mara", box=a0, keypoints=standing_keypoints(a0)),
                                     SceneObject(entity="lamp", box=(0.75, 0.5, 0.9, 0.9))]),
            Keyframe(t=2.0, objects=[SceneObject(entity="mara", box=a1, keypoints=standing_keypoints(a1))]),
        ],
        dialogue=[ShotDialogue(character="mara", text="Who lit the lamp?", start=0.5, end=1.5)] if dialogue else [],
    )


def kf_request(shot, times):
    return KeyframeRequest(shot=shot, entities=ENTITIES, times=times, width=W, height=H, fps=FPS)


def test_registered_and_implements_the_protocol():
    r = registry.load("renderer", "animatic")
    assert isinstance(r, AnimaticRenderer) and isinstance(r, Renderer)
    caps = r.capabilities
    assert caps.device == "cpu" and caps.keyframe_conditioning and caps.boxes and caps.keypoints
    assert r.identity != AnimaticRenderer(subtitles=False).identity


def test_keyframes_are_deterministic_across_instances():
    shot = make_shot("pan_right")
    a = AnimaticRenderer().keyframes(kf_request(shot, [0.0, 0.7, 2.0]))
    b = AnimaticRenderer().keyframes(kf_request(shot, [0.0, 0.7, 2.0]))
    assert a.shape == (3, H, W, 3) and a.dtype == np.uint8
    assert np.array_equal(a, b)
    assert not np.array_equal(a[0], a[2])


def test_interpolate_keeps_ends_exact_and_draws_the_layout_between():
    r = AnimaticRenderer()
    shot = make_shot()
    k = r.keyframes(kf_request(shot, [0.0, 1.0, 2.0]))
    # deliberately foreign end frames: they must come back untouched, whatever the renderer would draw there
    rng = np.random.default_rng(0)
    first, last = rng.integers(0, 256, (2, H, W, 3), dtype=np.uint8)
    req = InterpolateRequest(shot=shot, entities=ENTITIES, length=5, width=W, height=H, fps=FPS,
                             segments=[Segment(first, last, 0.0, 1.0), Segment(k[1], k[2], 1.0, 2.0)])
    out = r.interpolate(req)
    assert out.shape == (2, 5, H, W, 3) and out.dtype == np.uint8
    assert np.array_equal(out[0, 0], first) and np.array_equal(out[0, -1], last)
    assert np.array_equal(out[1, 0], k[1]) and np.array_equal(out[1, -1], k[2])
    # in-betweens are the animatic drawn at evenly spaced times
    assert np.array_equal(out[0, 2], r.keyframes(kf_request(shot, [0.5]))[0])
    assert np.array_equal(out[1, 1], r.keyframes(kf_request(shot, [1.25]))[0])
    assert np.array_equal(out, r.interpolate(req)), "deterministic"


def test_interpolate_rejects_mismatched_end_frames():
    shot = make_shot()
    bad = np.zeros((H // 2, W, 3), np.uint8)
    req = InterpolateRequest(shot=shot, entities=ENTITIES, length=4, width=W, height=H, fps=FPS,
                             segments=[Segment(bad, bad, 0.0, 1.0)])
    with pytest.raises(DirectorError, match="3A"):
        AnimaticRenderer().interpolate(req)


def test_entity_outline_and_skeleton_are_where_the_plan_puts_them():
    shot = make_shot(dialogue=False)
    frame = AnimaticRenderer(slate=False).keyframes(kf_request(shot, [2.0]))[0]
    x0, y0, x1, y1 = to_pixels((0.5, 0.3, 0.7, 0.95), W, H)
    assert tuple(frame[y1 - 1, (x0 + x1) // 2]) == entity_color("mara"), "box outline at the keyframe's box"
    # a skeleton joint (OpenPose's neck colour) inside the box, none outside it
    neck = np.all(frame == (255, 85, 0), axis=2)
    ys, xs = np.nonzero(neck)
    assert len(xs) and xs.min() >= x0 and xs.max() < x1 and ys.min() >= y0 and ys.max() < y1


def test_subtitle_only_while_the_line_is_spoken():
    r = AnimaticRenderer(slate=False)
    with_line, without = make_shot(), make_shot(dialogue=False)
    band = slice(H * 3 // 4, H)
    spoken = r.keyframes(kf_request(with_line, [1.0]))[0]
    silent = r.keyframes(kf_request(without, [1.0]))[0]
    assert not np.array_equal(spoken[band], silent[band])
    assert np.array_equal(r.keyframes(kf_request(with_line, [1.8]))[0], r.keyframes(kf_request(without, [1.8]))[0])


def test_sets_differ_by_hour_and_place_and_stay_put_across_shots():
    r = AnimaticRenderer(slate=False)
    def bg(**kw):
        shot = make_shot(dialogue=False, **kw).model_copy(update={"keyframes": []})
        return r.keyframes(kf_request(shot, [0.0]))[0].astype(int)
    day, night = bg(time_of_day="DAY"), bg(time_of_day="NIGHT")
    assert day.mean() > night.mean() + 40
    assert not np.array_equal(bg(int_ext="INT", location="KITCHEN"), bg(int_ext="EXT", location="KITCHEN"))
    assert not np.array_equal(bg(location="HARBOUR"), bg(location="BEACH"))
    assert np.array_equal(bg(location="BEACH"), bg(location="BEACH"))
    # exteriors: sky above (blue-ish at day), ground below
    assert day[2, :, 2].mean() > day[2, :, 1].mean() and day[-3].mean() < day[2].mean()


def test_camera_moves_are_a_moving_crop_of_the_set():
    r = AnimaticRenderer(slate=False)
    for move in ("pan_left", "pan_right", "tilt_up", "zoom_in", "dolly_out", "tracking", "handheld"):
        shot = make_shot(move, dialogue=False).model_copy(update={"keyframes": []})
        a, b = r.keyframes(kf_request(shot, [0.0, 2.0]))
        assert not np.array_equal(a, b), move
    static = make_shot(dialogue=False).model_copy(update={"keyframes": []})
    a, b = r.keyframes(kf_request(static, [0.0, 2.0]))
    assert np.array_equal(a, b)
    # a pan right moves the set left in frame: a column seen at t=0 is found further left at the end
    shot = make_shot("pan_right", dialogue=False)
    w0, w1 = camera_window(shot, 0.0, W, H), camera_window(shot, 2.0, W, H)
    assert w1.dx > w0.dx and camera_window(shot, -1.0, W, H) == w0, "holds in the head handle"
    z = make_shot("zoom_in")
    assert camera_window(z, 2.0, W, H).zoom > camera_window(z, 0.0, W, H).zoom == 1.0


def test_dutch_and_overhead_angles_render():
    r = AnimaticRenderer()
    for angle in ("dutch", "overhead", "low", "high"):
        f = r.keyframes(kf_request(make_shot(angle=angle), [1.0]))[0]
        assert f.shape == (H, W, 3) and f.std() > 5, angle


def test_same_pixels_in_a_fresh_interpreter():
    """Nothing hangs on process state (hash seeds, caches): another interpreter draws identical frames."""
    import hashlib
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys, hashlib; sys.path.insert(0, %r)\n"
        "from test_animatic import AnimaticRenderer, make_shot, kf_request\n"
        "f = AnimaticRenderer().keyframes(kf_request(make_shot('handheld', int_ext='INT', location='ATTIC'), [0.3, 1.1]))\n"
        "print(hashlib.sha256(f.tobytes()).hexdigest())\n" % str(Path(__file__).parent)
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    here = AnimaticRenderer().keyframes(kf_request(make_shot("handheld", int_ext="INT", location="ATTIC"), [0.3, 1.1]))
    assert out.stdout.strip() == hashlib.sha256(here.tobytes()).hexdigest()


def test_a_dolly_moves_the_near_ground_more_than_the_far_sky():
    from renderers.sets import SetKey, horizon_row

    r = AnimaticRenderer(slate=False)
    shot = make_shot("dolly_in", location="FIELD", time_of_day="DAY", dialogue=False).model_copy(update={"keyframes": []})
    start, end = camera_window(shot, 0.0, W, H), camera_window(shot, 2.0, W, H)
    assert start.zoom == start.ground_zoom == 1.0 and end.ground_zoom > end.zoom > 1.0
    a, b = (f.astype(int) for f in r.keyframes(kf_request(shot, [0.0, 2.0])))
    key = SetKey.of(shot, W, H)
    row = horizon_row(key) - round(H * 0.2)  # the set is painted with a 20 % margin above the frame
    sky_change = np.abs(a[: row - 2] - b[: row - 2]).mean()
    ground_change = np.abs(a[row + 2:] - b[row + 2:]).mean()
    assert ground_change > 1.5 * sky_change, (sky_change, ground_change)
    zoom = make_shot("zoom_in", dialogue=False)
    assert camera_window(zoom, 2.0, W, H).ground_zoom is None, "a lens zoom magnifies everything alike"
