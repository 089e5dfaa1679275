"""The hierarchical stage on a renderer whose frames encode their own time, so every frame can be checked.

`ClockRenderer` is a real implementation of the Renderer protocol (not a mock): frame pixels encode the shot
frame index they show, keyframes carry a marker the local stage never writes, and each call is recorded.
"""
from __future__ import annotations

import numpy as np
import pytest

from director.errors import DirectorError
from director.hierarchy import (ShotContext, check_frame_size, choose_schedule, render_keyframes, render_level,
                                render_shot)
from director.models import Shot
from director.protocols import Capabilities

FPS = 12
OFFSET = 4096   # keeps negative (head handle) frame indices positive in the encoding


def encode(frame_index: int, marker: int, h: int = 4, w: int = 6) -> np.ndarray:
    value = frame_index + OFFSET
    img = np.empty((h, w, 3), np.uint8)
    img[..., 0], img[..., 1], img[..., 2] = value >> 8, value & 255, marker
    return img


def decode(frame: np.ndarray) -> tuple[int, int]:
    return (int(frame[0, 0, 0]) << 8 | int(frame[0, 0, 1])) - OFFSET, int(frame[0, 0, 2])


class ClockRenderer:
    name = "clock"

    def __init__(self, max_frames=16, boundary_drift=False):
        self._caps = Capabilities(max_frames=max_frames, keyframe_conditioning=True)
        self.boundary_drift = boundary_drift   # misbehave: return boundaries off by one (a lossy decoder)
        self.calls = []

    @property
    def capabilities(self):
        return self._caps

    @property
    def identity(self):
        return "clock-1"

    def keyframes(self, req):
        self.calls.append(("keyframes", len(req.times)))
        return np.stack([encode(round(t * req.fps), 255, req.height, req.width) for t in req.times])

    def interpolate(self, req):
        self.calls.append(("interpolate", req.level, len(req.segments), req.length))
        out = np.empty((len(req.segments), req.length, req.height, req.width, 3), np.uint8)
        for s, seg in enumerate(req.segments):
            for i in range(req.length):
                t = seg.t0 + (seg.t1 - seg.t0) * i / (req.length - 1)
                out[s, i] = encode(round(t * req.fps), req.level, req.height, req.width)
            out[s, 0], out[s, -1] = seg.first, seg.last
            if self.boundary_drift:
                out[s, 0] = seg.first // 2
                out[s, -1] = seg.last // 2
        return out


def ctx(head=0, n=40, tail=0):
    shot = Shot(id="sc001_sh01", scene=1, duration=n / FPS, seed=7)
    return ShotContext(shot=shot, entities={}, width=6, height=4, fps=FPS)


@pytest.mark.parametrize("rendered", [1, 2, 3, 7, 11, 12, 25, 40, 97, 144, 600])
def test_schedule_covers_the_shot_and_respects_capabilities(rendered):
    caps = Capabilities(max_frames=9, keyframe_conditioning=True)
    s = choose_schedule(rendered, FPS, caps)
    assert s.total == (s.keyframes - 1) * (s.length - 1) ** s.levels + 1
    assert s.total >= rendered
    assert s.length <= 9
    if rendered >= 11:
        assert 6 <= s.keyframes <= 9
        assert s.levels >= 1


def test_no_conditioning_means_every_frame_is_a_keyframe():
    s = choose_schedule(30, FPS, Capabilities(keyframe_conditioning=False))
    assert (s.keyframes, s.levels, s.total) == (30, 0, 30)


def test_capabilities_claim_nothing_a_renderer_did_not_declare():
    # the README's renderer declares neither boxes nor conditioning; the defaults must not claim them for it
    caps = Capabilities()
    assert not caps.boxes and not caps.keyframe_conditioning and not caps.keypoints
    s = choose_schedule(30, FPS, caps)
    assert (s.keyframes, s.levels) == (30, 0)       # so no `interpolate` call is ever planned for it


@pytest.mark.parametrize("head,n,tail,max_frames", [(0, 40, 0, 16), (3, 57, 2, 5), (6, 200, 6, 4), (0, 5, 0, 16)])
def test_every_frame_in_order_keyframes_exact_one_batch_per_level(head, n, tail, max_frames):
    r = ClockRenderer(max_frames=max_frames)
    c = ctx(head, n, tail)
    rendered = head + n + tail
    s = choose_schedule(rendered, FPS, r.capabilities, first=-head)
    keyframes = render_keyframes(r, c, s)
    frames = keyframes
    for level in range(1, s.levels + 1):
        frames = render_level(r, c, s, level, frames)
        expected = s.frames_after(level) if level < s.levels else min(s.frames_after(level), rendered)
        assert len(frames) == expected
        # keyframes are bit-exact after every level, at their grid positions
        for k, pos in enumerate(s.keyframe_positions()):
            scaled = pos // s.spacing(level)
            if scaled < len(frames):
                assert np.array_equal(frames[scaled], keyframes[k])
    assert len(frames) == rendered
    # frame i of the output shows shot frame (i - head): in order, each exactly once (no duplicated boundary)
    assert [decode(f)[0] for f in frames] == list(range(-head, n + tail))
    # one keyframes call, then exactly one interpolate batch per level holding every segment of that level
    assert r.calls[0] == ("keyframes", s.keyframes)
    levels = [c for c in r.calls if c[0] == "interpolate"]
    assert [c[1] for c in levels] == list(range(1, s.levels + 1))
    for call in levels:
        assert call[2] == s.frames_after(call[1] - 1) - 1 and call[3] == s.length


def test_keyframes_survive_a_renderer_whose_boundaries_drift():
    r = ClockRenderer(max_frames=6, boundary_drift=True)
    c = ctx(0, 80, 0)
    s = choose_schedule(80, FPS, r.capabilities)
    keyframes = render_keyframes(r, c, s)
    frames = render_shot(r, c, s)
    markers = [decode(f)[1] for f in frames]
    for k, pos in enumerate(s.keyframe_positions()):
        if pos < len(frames):
            assert np.array_equal(frames[pos], keyframes[k])
            assert markers[pos] == 255
    assert [decode(f)[0] for f in frames] == list(range(80))


def test_wrong_shape_from_a_renderer_is_a_clear_error():
    class Broken(ClockRenderer):
        def keyframes(self, req):
            return np.zeros((1, 2, 2, 3), np.uint8)

    r = Broken()
    c = ctx()
    from director.errors import DirectorError

    with pytest.raises(DirectorError, match="protocol asks for uint8"):
        render_keyframes(r, c, choose_schedule(40, FPS, r.capabilities))


@pytest.mark.parametrize("rendered", [3, 20, 49, 97, 200, 600])
def test_segments_are_4k_plus_1_frames_for_a_renderer_that_says_so(rendered):
    caps = Capabilities(max_frames=81, keyframe_conditioning=True, frame_step=4, size_step=16)
    s = choose_schedule(rendered, 16, caps)
    assert (s.length - 1) % 4 == 0 and 5 <= s.length <= 81 and s.total >= rendered
    small = choose_schedule(rendered, 16, Capabilities(max_frames=16, keyframe_conditioning=True, frame_step=4))
    assert small.length in (5, 9, 13)


def test_a_frame_size_off_the_renderers_grid_is_one_line():
    caps = Capabilities(size_step=16)
    check_frame_size(256, 144, caps)
    with pytest.raises(DirectorError, match=r"^frame size 640x360: diffusers/wan-vace takes widths and heights in "
                                            r"multiples of 16; use --width 640 --height 368$"):
        check_frame_size(640, 360, caps, "diffusers/wan-vace")
    with pytest.raises(DirectorError, match="renders only 64x64"):
        check_frame_size(32, 32, Capabilities(sizes=((64, 64),)))
