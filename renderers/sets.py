"""Painted sets for the animatic: one background per location and time of day, and a camera moving over it.

A previz lives or dies by continuity: the same location must look the same in every shot, so a set is painted
from the location's name (CRC-32 seeds its details), never from the shot's seed. Interiors get a back wall, a
floor in perspective, a window showing the time of day and a door; exteriors a sky, a horizon with a skyline,
and ground lines running to a vanishing point. The camera's angle moves the horizon (low angles see more sky,
high angles more ground, overhead none, dutch tilts it).

Sets are painted larger than the frame so camera moves (pan, tilt, zoom, dolly, tracking, handheld) are a
moving crop of the set. The plan's boxes are frame coordinates — where things are *in the picture* — so the
crop moves the set behind the layout, not the layout itself: a pan reads as a pan and every keyframe still
shows its entities exactly where the plan put them.
"""
from __future__ import annotations

import math
import zlib
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from director.models import Shot
from director.parsing.headings import lighting
from director.motion import ease_in_out

MARGIN = 0.2
"""Extra set painted on each side, as a fraction of the frame: the room a camera move has to travel."""

TIMES = ("DAY", "NIGHT", "DUSK", "DAWN")

# (sky top, sky at horizon, ground at horizon, ground near, interior wall, interior floor, window light)
PALETTES: dict[str, tuple[tuple[int, int, int], ...]] = {
    "DAY": ((92, 150, 222), (190, 218, 240), (128, 150, 104), (84, 116, 64), (206, 192, 168), (140, 106, 74), (200, 228, 250)),
    "NIGHT": ((8, 12, 34), (30, 40, 78), (22, 30, 36), (10, 14, 18), (62, 58, 74), (40, 32, 34), (26, 34, 70)),
    "DUSK": ((58, 52, 118), (244, 140, 86), (92, 72, 70), (44, 36, 42), (170, 126, 112), (98, 66, 56), (250, 160, 100)),
    "DAWN": ((120, 150, 206), (252, 196, 170), (120, 126, 110), (70, 80, 70), (196, 176, 170), (128, 100, 86), (252, 214, 190)),
}
LIMBO = ((70, 70, 76), (120, 120, 128))  # no location given: a neutral studio cyclorama

HORIZON_BY_ANGLE = {"eye_level": 0.55, "pov": 0.55, "over_the_shoulder": 0.55, "dutch": 0.55,
                    "high": 0.32, "low": 0.76, "overhead": -0.2}
DUTCH_DEGREES = 9.0


def time_of_day(value: str | None) -> str:
    """A script's free-form time of day, in any of the heading vocabulary's languages ('NOCHE', 'MAGIC HOUR',
    'CONTINUOUS (NIGHT)', '夜'), reduced to one of the four lighting palettes; daylight when it names none."""
    return lighting(value) or "DAY"


def is_exterior(int_ext: str | None) -> bool:
    """EXT and EST are outside; INT/EXT shots are framed from inside looking out, so they count as interiors."""
    v = (int_ext or "").upper().replace(".", "").strip()
    return v.startswith("EXT") or v.startswith("EST")


@dataclass(frozen=True)
class SetKey:
    """Everything a painted set depends on; equal keys paint identical sets."""

    exterior: bool
    location: str
    time: str
    angle: str
    width: int
    height: int

    @classmethod
    def of(cls, shot: Shot, width: int, height: int) -> "SetKey":
        bg = shot.background
        return cls(is_exterior(bg.int_ext), (bg.location or "").strip().upper(), time_of_day(bg.time_of_day),
                   shot.camera.angle, width, height)


def _mix(a, b, w):
    return tuple(int(round(x + (y - x) * w)) for x, y in zip(a, b))


def _tint(color, hue_shift: float):
    """Nudge a colour per location so two rooms at the same hour are not the same room."""
    import colorsys

    h, s, v = colorsys.rgb_to_hsv(*(c / 255 for c in color))
    r, g, b = colorsys.hsv_to_rgb((h + hue_shift) % 1.0, s, v)
    return int(r * 255), int(g * 255), int(b * 255)


def _vertical_gradient(arr: np.ndarray, y0: int, y1: int, top, bottom) -> None:
    if y1 <= y0:
        return
    w = np.linspace(0.0, 1.0, y1 - y0, dtype=np.float32)[:, None, None]
    arr[y0:y1] = (np.array(top, np.float32) * (1 - w) + np.array(bottom, np.float32) * w).astype(np.uint8)


def paint_set(key: SetKey) -> Image.Image:
    """The set for `key`, (1 + 2·MARGIN) times the frame in each dimension, as an RGB image."""
    mx, my = round(key.width * MARGIN), round(key.height * MARGIN)
    W, H = key.width + 2 * mx, key.height + 2 * my
    if key.angle == "dutch":  # paint wider so the rotated set still fills the frame
        W, H = W + key.height // 3, H + key.height // 3
    arr = np.zeros((H, W, 3), np.uint8)
    seed = zlib.crc32(f"{key.exterior}|{key.location}".encode())
    rng = np.random.default_rng(seed)
    hue = ((seed % 1000) / 1000.0 - 0.5) * 0.08
    horizon = round(H * HORIZON_BY_ANGLE.get(key.angle, 0.55))
    if not key.location:
        _vertical_gradient(arr, 0, H, *LIMBO)
        img = Image.fromarray(arr)
        draw = ImageDraw.Draw(img)
        draw.line((0, max(horizon, H // 2), W, max(horizon, H // 2)), fill=(96, 96, 104), width=1)
    elif key.exterior:
        img = _paint_exterior(arr, key, rng, hue, horizon)
    else:
        img = _paint_interior(arr, key, rng, hue, horizon)
    if key.angle == "dutch":
        img = img.rotate(DUTCH_DEGREES, resample=Image.BILINEAR)
        cut_w, cut_h = key.width + 2 * mx, key.height + 2 * my
        left, top = (img.width - cut_w) // 2, (img.height - cut_h) // 2
        img = img.crop((left, top, left + cut_w, top + cut_h))
    return img


def _paint_exterior(arr, key: SetKey, rng, hue, horizon) -> Image.Image:
    sky_top, sky_h, ground_h, ground_near, *_ = (_tint(c, hue) for c in PALETTES[key.time])
    H, W = arr.shape[:2]
    hz = min(max(horizon, 0), H)
    _vertical_gradient(arr, 0, hz, sky_top, sky_h)
    _vertical_gradient(arr, hz, H, ground_h, ground_near)
    img = Image.fromarray(arr)
    draw = ImageDraw.Draw(img)
    if key.time == "NIGHT" and hz > 0:
        for x, y, b in zip(rng.integers(0, W, 90), rng.integers(0, max(hz - 4, 1), 90), rng.integers(120, 255, 90)):
            draw.point((int(x), int(y)), fill=(int(b), int(b), int(b)))
        r = max(4, H // 22)
        cx, cy = W * 0.78, max(hz * 0.25, r + 2)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(236, 236, 214))
    elif hz > 0:
        r = max(5, H // 16)
        sun_y = hz * (0.25 if key.time == "DAY" else 0.85)
        cx = W * (0.22 if key.time == "DAWN" else 0.75)
        glow = (255, 246, 200) if key.time == "DAY" else (255, 200, 120)
        draw.ellipse((cx - r, sun_y - r, cx + r, sun_y + r), fill=glow)
    # a skyline along the horizon: hills for open country, blocks for streets, seeded by the location
    if 0 < hz < H:
        far = _mix(ground_h, sky_h, 0.45)
        urban = any(w in key.location for w in ("STREET", "CITY", "ROAD", "AVENUE", "ALLEY", "TOWN", "PARKING", "BUILDING"))
        x = 0
        while x < W:
            w = int(rng.integers(W // 24, W // 8))
            h = int(rng.integers(H // 30, H // 7))
            if urban:
                draw.rectangle((x, hz - h * 2, x + w - 2, hz), fill=far)
            else:
                draw.chord((x - w // 2, hz - h, x + w + w // 2, hz + h), 180, 360, fill=far)  # above the horizon only
            x += w
        draw.line((0, hz, W, hz), fill=_mix(far, (0, 0, 0), 0.3), width=max(1, H // 240))
    # ground lines running to the vanishing point: depth and the direction of a camera move
    line = _mix(ground_near, (0, 0, 0), 0.18)
    vx = W / 2
    for k in range(-8, 9):
        draw.line((vx, hz, vx + k * W / 6, H), fill=line, width=1)
    return img.filter(ImageFilter.SMOOTH) if key.time != "NIGHT" else img


def _paint_interior(arr, key: SetKey, rng, hue, horizon) -> Image.Image:
    palette = [_tint(c, hue) for c in PALETTES[key.time]]
    wall, floor, window_light = palette[4], palette[5], PALETTES[key.time][6]
    H, W = arr.shape[:2]
    hz = min(max(horizon, 0), H)
    _vertical_gradient(arr, 0, hz, _mix(wall, (0, 0, 0), 0.25), wall)
    _vertical_gradient(arr, hz, H, _mix(floor, (0, 0, 0), 0.15), floor)
    img = Image.fromarray(arr)
    draw = ImageDraw.Draw(img)
    if hz > H // 8:
        # a window (showing the hour) and a door, placed by the location so each room keeps its furniture
        ww, wh = W // 6, hz // 3
        wx = int(rng.integers(W // 10, W // 2 - ww))
        wy = max(hz // 5, 2)
        frame_c = _mix(wall, (0, 0, 0), 0.45)
        draw.rectangle((wx - 3, wy - 3, wx + ww + 3, wy + wh + 3), fill=frame_c)
        draw.rectangle((wx, wy, wx + ww, wy + wh), fill=window_light)
        draw.line((wx + ww // 2, wy, wx + ww // 2, wy + wh), fill=frame_c, width=2)
        draw.line((wx, wy + wh // 2, wx + ww, wy + wh // 2), fill=frame_c, width=2)
        dw, dh = W // 10, int(hz * 0.62)
        dx = int(rng.integers(W // 2 + W // 10, W - dw - W // 12))
        draw.rectangle((dx, hz - dh, dx + dw, hz), fill=_mix(wall, (60, 40, 20), 0.5), outline=frame_c, width=2)
        draw.ellipse((dx + dw - dw // 5, hz - dh // 2, dx + dw - dw // 5 + 4, hz - dh // 2 + 4), fill=(200, 180, 90))
        draw.line((0, hz, W, hz), fill=_mix(wall, (0, 0, 0), 0.5), width=max(2, H // 120))
        if key.time == "NIGHT":
            # a practical lamp's pool of light on the wall: the room reads as lit, not just dark
            lamp = np.zeros((H, W), np.float32)
            yy, xx = np.mgrid[0:H, 0:W]
            lx, ly = W * 0.62, hz * 0.5
            lamp = np.exp(-(((xx - lx) / (W * 0.22)) ** 2 + ((yy - ly) / (H * 0.3)) ** 2)).astype(np.float32)
            a = np.asarray(img).astype(np.float32)
            a += lamp[..., None] * np.array([90, 70, 30], np.float32)
            img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
            draw = ImageDraw.Draw(img)
    # floorboards to the vanishing point
    line = _mix(floor, (0, 0, 0), 0.25)
    vx = W / 2
    for k in range(-10, 11):
        draw.line((vx + k * W / 40, hz, vx + k * W / 7, H), fill=line, width=1)
    return img


@dataclass(frozen=True)
class CameraWindow:
    """The part of the set in view: centre offset from the set's centre (pixels) and zoom (1 = the frame).

    A dolly moves the camera rather than the lens, so near things grow faster than far ones: `ground_zoom`
    magnifies the ground (or floor) below the horizon more than `zoom` magnifies the sky (or back wall), both
    scaled about the vanishing point so the horizon stays put. None: one zoom for everything (a lens zoom).
    """

    dx: float = 0.0
    dy: float = 0.0
    zoom: float = 1.0
    ground_zoom: float | None = None


PAN_TRAVEL = 0.85     # fraction of MARGIN a pan or tilt crosses over the shot
ZOOM_RANGE = 1.30     # a zoom ends this much tighter (or starts, zooming out)
DOLLY_GROUND = 1.35   # a dolly magnifies the near ground this much over the shot…
DOLLY_FAR = 1.06      # …and the far sky or back wall only this much (parallax)


def camera_window(shot: Shot, t: float, width: int, height: int) -> CameraWindow:
    """Where the camera looks at time `t`: eased over the shot's duration, held in the handles."""
    u = ease_in_out(t / shot.duration) if shot.duration > 0 else 0.0
    move = shot.camera.movement
    px, py = width * MARGIN * PAN_TRAVEL, height * MARGIN * PAN_TRAVEL
    if move == "pan_left":
        return CameraWindow(dx=px * (1 - 2 * u))
    if move == "pan_right":
        return CameraWindow(dx=-px * (1 - 2 * u))
    if move == "tilt_up":
        return CameraWindow(dy=py * (1 - 2 * u))
    if move == "tilt_down":
        return CameraWindow(dy=-py * (1 - 2 * u))
    if move == "zoom_in":
        return CameraWindow(zoom=1 + (ZOOM_RANGE - 1) * u)
    if move == "zoom_out":
        return CameraWindow(zoom=ZOOM_RANGE - (ZOOM_RANGE - 1) * u)
    if move in ("dolly_in", "dolly_out"):
        w = u if move == "dolly_in" else 1 - u
        return CameraWindow(zoom=1 + (DOLLY_FAR - 1) * w, ground_zoom=1 + (DOLLY_GROUND - 1) * w)
    if move == "tracking":
        return CameraWindow(dx=_subject_drift(shot) * px * (2 * u - 1))
    if move == "handheld":
        phase = (shot.seed % 997) * 0.37
        s = min(width, height) * 0.012
        return CameraWindow(
            dx=s * (math.sin(2.1 * t + phase) + 0.5 * math.sin(5.3 * t + 2 * phase)),
            dy=s * (math.sin(1.7 * t + 3 * phase) + 0.5 * math.sin(4.1 * t + phase)),
        )
    return CameraWindow()


def _subject_drift(shot: Shot) -> float:
    """-1..1: which way the first entity travels across the shot, so a tracking shot follows it."""
    kfs = sorted(shot.keyframes, key=lambda k: k.t)
    if len(kfs) < 2 or not kfs[0].objects:
        return 1.0
    ent = kfs[0].objects[0].entity
    last = next((o for o in kfs[-1].objects if o.entity == ent), None)
    if last is None:
        return 1.0
    dx = (last.box[0] + last.box[2]) / 2 - (kfs[0].objects[0].box[0] + kfs[0].objects[0].box[2]) / 2
    return max(-1.0, min(1.0, dx * 4)) or 1.0


def horizon_row(key: SetKey) -> int | None:
    """The horizon's row in the painted set (negative: above it, all ground), or None when tilted (dutch)."""
    if key.angle == "dutch":
        return None
    height = key.height + 2 * round(key.height * MARGIN)
    return round(height * HORIZON_BY_ANGLE.get(key.angle, 0.55))


def _crop(set_image: Image.Image, x0b: float, y0b: float, zoom: float, anchor: tuple[float, float],
          width: int, height: int) -> Image.Image:
    """The frame at `zoom` about `anchor` (a set point that keeps its place in the frame)."""
    if zoom == 1.0:
        x0 = min(max(int(round(x0b)), 0), set_image.width - width)
        y0 = min(max(int(round(y0b)), 0), set_image.height - height)
        return set_image.crop((x0, y0, x0 + width, y0 + height))
    ax, ay = anchor
    w, h = width / zoom, height / zoom
    x0 = min(max(ax - (ax - x0b) / zoom, 0.0), set_image.width - w)
    y0 = min(max(ay - (ay - y0b) / zoom, 0.0), set_image.height - h)
    return set_image.resize((width, height), Image.BILINEAR, box=(x0, y0, x0 + w, y0 + h))


def view(set_image: Image.Image, window: CameraWindow, width: int, height: int,
         horizon: int | None = None) -> Image.Image:
    """The frame the camera sees: a crop of the set (integer-pixel copy when unscaled, resampled when zoomed).

    With a `ground_zoom` and a known `horizon` (set row), the sky and the ground are cropped at their own
    zooms about the vanishing point and joined at the horizon.
    """
    x0b = (set_image.width - width) / 2 + window.dx
    y0b = (set_image.height - height) / 2 + window.dy
    centre = (x0b + width / 2, y0b + height / 2)
    if window.ground_zoom is None or horizon is None:
        return _crop(set_image, x0b, y0b, window.zoom, centre, width, height)
    vanishing = (set_image.width / 2, float(horizon))
    row = int(round(horizon - y0b))   # the horizon's row in the frame; both crops keep it there
    ground = _crop(set_image, x0b, y0b, window.ground_zoom, vanishing, width, height)
    if row <= 0:
        return ground
    far = _crop(set_image, x0b, y0b, window.zoom, vanishing, width, height)
    if row < height:
        far.paste(ground.crop((0, row, width, height)), (0, row))
    return far
