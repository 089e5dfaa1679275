"""The animatic renderer: a procedural previz on the CPU, the default backend.

What a director shows a producer before a frame is shot: the set for the location and hour (`renderers.sets`),
every entity in its box with its name and in the colour its description names, people as mannequins under
OpenPose skeletons (`director.drawing`, the same skeleton a pose ControlNet reads; a close-up is a head and
shoulders filling the frame), creatures by their body plan facing where they go, crowds as that many figures,
a slate with the shot id, size, angle and move, the line being spoken as a subtitle (names are placed clear of
both), and camera moves as a moving crop of the set.

Every frame is a pure function of (shot, entities, t, size): `keyframes` draws the plan's layouts at the asked
times, `interpolate` draws `director.motion.layout_at` at each in-between time and passes the given first and
last frames through untouched, so keyframes survive every level of the hierarchical stage bit-exact. Nothing is
random at render time (the sets are seeded by location), so the same plan renders the same pixels anywhere.
"""
from __future__ import annotations

import textwrap
from collections import OrderedDict
from threading import Lock

import numpy as np
import PIL
from PIL import Image, ImageDraw

from director.drawing import draw_layout_image, fonts_identity, paste_counter, text_sprite
from director.errors import DirectorError
from director.models import Entity, SceneObject, Shot
from director.motion import placements_at
from director.protocols import Capabilities, InterpolateRequest, KeyframeRequest

from .sets import SetKey, camera_window, horizon_row, paint_set, view

VERSION = "6"
"""Bump when the same request would draw different pixels: it is part of every task key."""

SUBTITLE_CHARS = 42


class AnimaticRenderer:
    """Renderer protocol implementation; options: `slate`, `subtitles` (draw them or not), `max_frames`."""

    name = "animatic"

    def __init__(self, *, slate: bool = True, subtitles: bool = True, max_frames: int = 16, cache_sets: int = 32):
        self.slate = bool(slate)
        self.subtitles = bool(subtitles)
        self.max_frames = int(max_frames)
        self._sets: OrderedDict[SetKey, Image.Image] = OrderedDict()
        self._cache_size = cache_sets
        self._lock = Lock()

    # ---- protocol ---------------------------------------------------------------------------------------------

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(max_frames=self.max_frames, sizes=None, fps=None, keyframe_conditioning=True,
                            boxes=True, keypoints=True, device="cpu", recompute_frames=True)

    @property
    def identity(self) -> str:
        # Pillow draws the text and resamples the sets: another Pillow may move pixels
        return (f"animatic/{VERSION}/pillow={PIL.__version__}/font={fonts_identity()}"
                f"/slate={int(self.slate)}/subtitles={int(self.subtitles)}")

    def keyframes(self, request: KeyframeRequest) -> np.ndarray:
        """The shot drawn at each of `request.times`: (len(times), H, W, 3) uint8."""
        _check_size(request.width, request.height)
        out = np.empty((len(request.times), request.height, request.width, 3), np.uint8)
        for i, t in enumerate(request.times):
            out[i] = self.frame(request.shot, request.entities, t, request.width, request.height)
        return out

    def interpolate(self, request: InterpolateRequest) -> np.ndarray:
        """Each segment's in-betweens drawn from the eased layout; first and last frames copied exactly."""
        _check_size(request.width, request.height)
        n = request.length
        if n < 2:
            raise DirectorError(f"shot {request.shot.id}: a segment needs at least 2 frames, got {n}")
        shape = (request.height, request.width, 3)
        out = np.empty((len(request.segments), n) + shape, np.uint8)
        for s, seg in enumerate(request.segments):
            for name, frame in (("first", seg.first), ("last", seg.last)):
                if np.shape(frame) != shape:
                    raise DirectorError(
                        f"shot {request.shot.id}: segment {s} {name} frame is {np.shape(frame)}, expected {shape}")
            out[s, 0] = seg.first
            out[s, -1] = seg.last
            for i in range(1, n - 1):
                t = seg.t0 + (seg.t1 - seg.t0) * i / (n - 1)
                out[s, i] = self.frame(request.shot, request.entities, t, request.width, request.height)
        return out

    # ---- drawing ---------------------------------------------------------------------------------------------

    def frame(self, shot: Shot, entities: dict[str, Entity], t: float, width: int, height: int) -> np.ndarray:
        """The animatic frame of `shot` at `t` seconds from its start (handles included): (H, W, 3) uint8."""
        key = SetKey.of(shot, width, height)
        img = view(self._set(key), camera_window(shot, t, width, height), width, height, horizon_row(key))
        placements = placements_at(shot, t)
        slate = _slate(shot, width, height) if self.slate else None
        line = _spoken_at(shot, t) if self.subtitles else None
        subtitle = _subtitle_rows(line, entities, width, height) if line is not None else None
        avoid = [r for r in (slate and slate[2], subtitle and subtitle[1]) if r]
        objects = [p.object for p in placements]
        img = draw_layout_image(img, objects, entities,
                                opacity={i: p.presence for i, p in enumerate(placements) if p.presence < 1},
                                avoid=avoid, facing={i: _heading(shot, o, t) for i, o in enumerate(objects)})
        if slate is not None:
            _draw_slate(img, slate, shot, t, height)
        if subtitle is not None:
            for sprite, xy in subtitle[0]:
                img.paste(sprite, xy, sprite)
        return np.asarray(img, dtype=np.uint8)

    def _set(self, key: SetKey) -> Image.Image:
        """Sets are painted once and reused by every frame and shot at that location (LRU, thread-safe)."""
        with self._lock:
            img = self._sets.get(key)
            if img is not None:
                self._sets.move_to_end(key)
                return img
        img = paint_set(key)
        with self._lock:
            self._sets[key] = img
            while len(self._sets) > self._cache_size:
                self._sets.popitem(last=False)
        return img


def _check_size(width: int, height: int) -> None:
    if width < 16 or height < 16:
        raise DirectorError(f"animatic frame size {width}x{height} is too small (at least 16x16)")


def _spoken_at(shot: Shot, t: float):
    """The dialogue line being spoken at t (the latest to start, when lines overlap), or None."""
    current = None
    for d in shot.dialogue:
        if d.start <= t < d.end and (current is None or d.start >= current.start):
            current = d
    return current


SIZE_NAMES = {"ECU": "extreme close-up", "CU": "close-up", "MCU": "medium close-up", "MS": "medium shot",
              "MLS": "medium long shot", "LS": "long shot", "ELS": "extreme long shot"}


def _slate(shot: Shot, width: int, height: int):
    """The slate's text sprites, their colours and its rectangle (top left): shot id, size, angle, move; where
    and when. The same for every frame of a shot (the sprites are cached)."""
    cam = shot.camera
    bg = shot.background
    place = " ".join(x for x in (bg.int_ext, bg.location) if x) or "NO LOCATION"
    if bg.time_of_day:
        place += f" - {bg.time_of_day}"
    lines = [
        f"SHOT {shot.id}  {cam.size} · {cam.angle.replace('_', ' ')} · {cam.movement.replace('_', ' ')}",
        place.upper(),
    ]
    size = max(8, round(height / 34))
    pad = max(2, height // 120)
    colors = [(255, 214, 90), (230, 230, 230)]
    sprites = [text_sprite(ln, size, c) for ln, c in zip(lines, colors)]
    line_h = round(size * 1.15) + pad
    box_w = min(max(sp.width for sp, _ in sprites) + 2 * pad, width - 2 * pad)
    return sprites, (size, pad, line_h), (pad, pad, pad + box_w + 1, pad + line_h * 3 + pad + 1)


def _draw_slate(img: Image.Image, slate, shot: Shot, t: float, height: int) -> None:
    """Top-left slate (see `_slate`), then the time within the shot."""
    sprites, (size, pad, line_h), rect = slate
    # translucent, so an entity framed into the corner still shows through (burned-in data sits on top)
    ImageDraw.Draw(img, "RGBA").rectangle((rect[0], rect[1], rect[2] - 1, rect[3] - 1), fill=(8, 8, 8, 150))
    for i, (sp, (ox, oy)) in enumerate(sprites):
        img.paste(sp, (2 * pad, 2 * pad + i * line_h), sp)
    # the clock changes every frame: glyphs from a cache instead of a fresh rasterised string
    clock = f"{max(t, 0.0):05.2f}s / {shot.duration:.2f}s"
    oy = sprites[1][1][1]
    paste_counter(img, (2 * pad, 2 * pad + 2 * line_h - oy), clock, size, (230, 230, 230))


def _heading(shot: Shot, obj: SceneObject, t: float) -> str:
    """Which way an entity faces at t: the way it moves between the keyframes around t, else toward the frame's
    centre (a cat on the right looks left, into the picture)."""
    track = [(k.t, o.box) for k in sorted(shot.keyframes, key=lambda k: k.t) for o in k.objects
             if o.entity == obj.entity]
    before = [b for tk, b in track if tk <= t]
    after = [b for tk, b in track if tk > t]
    pair = (before[-1], after[0]) if before and after else tuple(b for _, b in track[-2:]) if len(track) > 1 else ()
    if len(pair) == 2:
        dx = (pair[1][0] + pair[1][2]) / 2 - (pair[0][0] + pair[0][2]) / 2
        if abs(dx) > 0.005:
            return "right" if dx > 0 else "left"
    return "left" if (obj.box[0] + obj.box[2]) / 2 > 0.5 else "right"


def _subtitle_rows(line, entities: dict[str, Entity], width: int, height: int):
    """The line being spoken, bottom centre, white with a black outline (readable on any set): the row sprites
    with their positions, and the rectangle they cover."""
    ent = entities.get(line.character)
    speaker = (ent.name if ent else line.character).upper()
    rows = textwrap.wrap(f"{speaker}: {line.text}", SUBTITLE_CHARS) or [speaker]
    rows = rows[-3:] if len(rows) > 3 else rows
    size = max(9, round(height / 22))
    stroke = max(1, height // 180)
    row_h = round(size * 1.25)
    y = height - height // 18 - row_h * len(rows)
    placed, top, left, right = [], y, width, 0
    for row in rows:
        sp = text_sprite(row, size, (255, 255, 255), stroke, (0, 0, 0))[0]
        x = (width - sp.width) // 2
        placed.append((sp, (x, y)))
        left, right = min(left, x), max(right, x + sp.width)
        y += row_h
    return placed, (left, top, right, y)
