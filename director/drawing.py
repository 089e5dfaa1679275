"""Drawing of layout tokens: boxes with entity names, OpenPose skeletons, pose maps and box masks.

One module draws layouts for everyone: the animatic renderer paints it as previz, and the diffusion renderer
feeds `pose_map` to a pose ControlNet and `box_masks` to box guidance. Sharing it means the previz a producer
approves and the control signal a model receives are the same picture.

The skeleton is OpenPose's body drawing (COCO-18 order, its 17 limbs and 18 colours, limbs at 60 % of the joint
colour, filled joint discs), so a pose ControlNet trained on OpenPose detections reads it as its own.
Pure numpy + Pillow; deterministic (no randomness; colours derive from entity ids by CRC-32).
"""
from __future__ import annotations

import colorsys
import math
import zlib
from functools import lru_cache
from typing import Iterable, Sequence

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from .models import Entity, SceneObject

# OpenPose's body model: limbs as 1-based joint pairs in COCO-18 order, and the colour of each joint/limb (RGB).
OPENPOSE_LIMBS: tuple[tuple[int, int], ...] = (
    (2, 3), (2, 6), (3, 4), (4, 5), (6, 7), (7, 8), (2, 9), (9, 10), (10, 11), (2, 12), (12, 13), (13, 14),
    (2, 1), (1, 15), (15, 17), (1, 16), (16, 18),
)
OPENPOSE_COLORS: tuple[tuple[int, int, int], ...] = (
    (255, 0, 0), (255, 85, 0), (255, 170, 0), (255, 255, 0), (170, 255, 0), (85, 255, 0), (0, 255, 0),
    (0, 255, 85), (0, 255, 170), (0, 255, 255), (0, 170, 255), (0, 85, 255), (0, 0, 255), (85, 0, 255),
    (170, 0, 255), (255, 0, 255), (255, 0, 170), (255, 0, 85),
)
LIMB_SHADE = 0.6
"""OpenPose draws limbs and then scales the canvas by 0.6 before adding the joints."""

# A standing person in box-relative coordinates (COCO-18 order): used when a person has a box but no keypoints.
STANDING_POSE: tuple[tuple[float, float], ...] = (
    (0.50, 0.08), (0.50, 0.20), (0.32, 0.21), (0.26, 0.37), (0.24, 0.52), (0.68, 0.21), (0.74, 0.37),
    (0.76, 0.52), (0.40, 0.52), (0.40, 0.74), (0.40, 0.96), (0.60, 0.52), (0.60, 0.74), (0.60, 0.96),
    (0.46, 0.06), (0.54, 0.06), (0.42, 0.08), (0.58, 0.08),
)

PERSON_KINDS = frozenset({"person", "human", "character", "man", "woman", "child"})


def to_pixels(box: Sequence[float], width: int, height: int) -> tuple[int, int, int, int]:
    """A normalized [x0, y0, x1, y1] box as integer pixel bounds, clipped to the frame (x1/y1 exclusive)."""
    x0, y0, x1, y1 = box
    px0 = min(max(int(math.floor(x0 * width)), 0), width)
    py0 = min(max(int(math.floor(y0 * height)), 0), height)
    px1 = min(max(int(math.ceil(x1 * width)), px0), width)
    py1 = min(max(int(math.ceil(y1 * height)), py0), height)
    return px0, py0, px1, py1


def entity_color(entity_id: str) -> tuple[int, int, int]:
    """A stable, saturated colour per entity id, the same in every shot and on every machine."""
    h = (zlib.crc32(entity_id.encode("utf-8")) % 360) / 360.0
    r, g, b = colorsys.hsv_to_rgb(h, 0.65, 0.95)
    return int(r * 255), int(g * 255), int(b * 255)


@lru_cache(maxsize=16)
def font(size: int, text: str = "") -> ImageFont.ImageFont:
    """Pillow's bundled default font at `size` pixels: no font files to ship, identical everywhere.

    The bundled font covers Latin only. When `text` has a character it lacks (a Japanese script's names, an
    em dash), the fallback font is used for that text instead of drawing empty boxes: see `fallback_font_file`.
    """
    if text and fallback_font_file() and not _default_covers(text):
        return ImageFont.truetype(fallback_font_file(), size)
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1 has only the fixed bitmap font
        return ImageFont.load_default()


FALLBACK_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "C:/Windows/Fonts/msgothic.ttc",
)
"""Wide-coverage fonts looked for, best coverage first, when `DIRECTOR_FONT` names none."""


@lru_cache(maxsize=1)
def fallback_font_file() -> str | None:
    """The font for text the bundled font cannot draw: `$DIRECTOR_FONT`, else the first of FALLBACK_FONTS found.

    It changes pixels, so renderers put it in their identity (see `fonts_identity`).
    """
    import os

    for path in (os.environ.get("DIRECTOR_FONT"),) + FALLBACK_FONTS:
        if path and os.path.isfile(path):
            try:
                ImageFont.truetype(path, 12)
            except OSError:
                continue
            return path
    return None


def fonts_identity() -> str:
    """What decides text pixels besides Pillow: the fallback font in use (or none)."""
    return fallback_font_file() or "none"


@lru_cache(maxsize=4096)
def _default_has(ch: str) -> bool:
    if ch.isspace() or ord(ch) < 0x7F:
        return True
    f = font(16)
    return _glyph(f, ch) != _glyph(f, "\uffff")   # a missing glyph draws as the font's "not defined" box


def _glyph(f, ch: str) -> tuple:
    mask = f.getmask(ch)
    return mask.size, bytes(mask)


def _default_covers(text: str) -> bool:
    return all(_default_has(ch) for ch in text)


@lru_cache(maxsize=512)
def text_sprite(text: str, size: int, fill: tuple[int, int, int] = (255, 255, 255), stroke: int = 0,
                stroke_fill: tuple[int, int, int] = (0, 0, 0)) -> tuple[Image.Image, tuple[int, int]]:
    """`text` rendered once as an RGBA sprite, and the offset of its ink from the drawing origin.

    Glyph rendering is most of the cost of a previz frame; names, slates and subtitles repeat for many frames,
    so they are drawn once and pasted.
    """
    f = font(size, text)
    probe = ImageDraw.Draw(Image.new("L", (1, 1)))
    x0, y0, x1, y1 = probe.textbbox((0, 0), text, font=f, stroke_width=stroke)
    sprite = Image.new("RGBA", (max(1, x1 - x0), max(1, y1 - y0)), (0, 0, 0, 0))
    ImageDraw.Draw(sprite).text((-x0, -y0), text, font=f, fill=fill + (255,), stroke_width=stroke,
                                stroke_fill=stroke_fill + (255,))
    return sprite, (x0, y0)


def paste_text(img: Image.Image, xy: tuple[int, int], text: str, size: int, **style) -> None:
    """Draw `text` with its ink's top-left corner at `xy` (a cached sprite; see `text_sprite`)."""
    sprite, _ = text_sprite(text, size, **style)
    img.paste(sprite, (int(xy[0]), int(xy[1])), sprite)


@lru_cache(maxsize=64)
def _advance(ch: str, size: int) -> float:
    return font(size, ch).getlength(ch)


def paste_counter(img: Image.Image, xy: tuple[int, int], text: str, size: int,
                  fill: tuple[int, int, int] = (255, 255, 255)) -> None:
    """Draw short text that changes every frame (a running time) glyph by glyph from cached glyph sprites.

    `xy` is the text origin (as for `ImageDraw.text`). Per-glyph placement skips kerning, which digits and
    punctuation do not use; the win is not rasterising a fresh string per frame.
    """
    x, y = float(xy[0]), xy[1]
    for ch in text:
        if not ch.isspace():
            sprite, (ox, oy) = text_sprite(ch, size, fill)
            img.paste(sprite, (round(x) + ox, y + oy), sprite)
        x += _advance(ch, size)


def stick_width(width: int, height: int) -> int:
    """OpenPose uses 4 px limbs at 512 px; scale with the frame so small previews stay legible."""
    return max(1, round(4 * min(width, height) / 512))


def is_person(obj: SceneObject, entities: dict[str, Entity] | None) -> bool:
    if obj.keypoints:
        return True
    ent = (entities or {}).get(obj.entity)
    return ent is not None and ent.kind.lower() in PERSON_KINDS


def standing_keypoints(box: Sequence[float]) -> list[tuple[float, float, float]]:
    """A neutral standing pose filling `box`, for persons the plan gives a box but no keypoints."""
    x0, y0, x1, y1 = box
    return [(x0 + u * (x1 - x0), y0 + v * (y1 - y0), 2.0) for u, v in STANDING_POSE]


_ELLIPSE = np.stack([np.cos(np.linspace(0, 2 * np.pi, 12, endpoint=False)),
                     np.sin(np.linspace(0, 2 * np.pi, 12, endpoint=False))], axis=1)
"""Unit circle sampled where cv2.ellipse2Poly samples a limb's ellipse (every 30 degrees)."""
_LIMB_A = np.array([a - 1 for a, _ in OPENPOSE_LIMBS])
_LIMB_B = np.array([b - 1 for _, b in OPENPOSE_LIMBS])
_LIMB_FILL = [tuple(int(c * LIMB_SHADE) for c in OPENPOSE_COLORS[i]) for i in range(len(OPENPOSE_LIMBS))]


def draw_skeleton(draw: ImageDraw.ImageDraw, keypoints: Sequence[Sequence[float]], width: int, height: int,
                  *, stickwidth: int | None = None) -> None:
    """Draw one COCO-18 skeleton OpenPose's way: limbs (shaded ellipses) first, then joint discs on top.

    Joints with visibility 0 are absent: neither they nor their limbs are drawn.
    """
    sw = stickwidth or stick_width(width, height)
    kp = np.zeros((18, 3))
    given = np.asarray([tuple(k[:3]) if len(k) > 2 else (k[0], k[1], 2.0) for k in keypoints[:18]], dtype=float)
    if len(given):
        kp[: len(given)] = given.reshape(-1, 3)
    kp[:, 0] *= width
    kp[:, 1] *= height
    visible = kp[:, 2] > 0
    limbs = np.nonzero(visible[_LIMB_A] & visible[_LIMB_B])[0]
    if len(limbs):
        pa, pb = kp[_LIMB_A[limbs], :2], kp[_LIMB_B[limbs], :2]
        mid = (pa + pb) / 2
        d = pb - pa
        half_len = np.hypot(d[:, 0], d[:, 1]) / 2
        ang = np.arctan2(d[:, 1], d[:, 0])
        ca, sa = np.cos(ang)[:, None], np.sin(ang)[:, None]
        ex = half_len[:, None] * _ELLIPSE[None, :, 0]
        ey = sw * _ELLIPSE[None, :, 1]
        xs = mid[:, 0:1] + ex * ca - ey * sa
        ys = mid[:, 1:2] + ex * sa + ey * ca
        polys = np.stack([xs, ys], axis=2).reshape(len(limbs), -1).tolist()
        for li, poly in zip(limbs.tolist(), polys):
            draw.polygon(poly, fill=_LIMB_FILL[li])
    r = sw
    for i in np.nonzero(visible)[0].tolist():
        x, y = kp[i, 0], kp[i, 1]
        draw.ellipse((x - r, y - r, x + r, y + r), fill=OPENPOSE_COLORS[i])


def pose_map(objects: Iterable[SceneObject], width: int, height: int) -> np.ndarray:
    """The OpenPose control image: every object's keypoints as a skeleton on black, (H, W, 3) uint8.

    Only keypoints the plan gives are drawn (no invented poses): this is a conditioning signal.
    """
    img = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(img)
    for obj in objects:
        if obj.keypoints:
            draw_skeleton(draw, obj.keypoints, width, height)
    return np.asarray(img, dtype=np.uint8).copy()


def box_masks(objects: Sequence[SceneObject], width: int, height: int, *, dtype=np.float32) -> np.ndarray:
    """One mask per object, in the objects' order: (N, H, W), 1 inside its box, 0 outside.

    Box guidance (LVD) needs a mask per entity at the attention map's resolution: pass that size here.
    """
    masks = np.zeros((len(objects), height, width), dtype=dtype)
    for i, obj in enumerate(objects):
        x0, y0, x1, y1 = to_pixels(obj.box, width, height)
        masks[i, y0:y1, x0:x1] = 1
    return masks


def box_map(objects: Iterable[SceneObject], width: int, height: int) -> np.ndarray:
    """Boxes as filled entity colours on black, (H, W, 3) uint8 (later objects on top): a layout control image."""
    img = np.zeros((height, width, 3), dtype=np.uint8)
    for obj in objects:
        x0, y0, x1, y1 = to_pixels(obj.box, width, height)
        img[y0:y1, x0:x1] = entity_color(obj.entity)
    return img


def _label_font_size(height: int) -> int:
    return max(8, round(height / 26))


def _silhouette(img: Image.Image, kind: str, box: tuple[int, int, int, int], color: tuple[int, int, int]) -> None:
    """A rough shape for animals, vehicles and lights, so a previz reads at a glance (not for control maps)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    if w < 6 or h < 6:
        return
    d = ImageDraw.Draw(img, "RGBA")
    ink = tuple(int(c * 0.55) for c in color) + (150,)
    X = lambda u: x0 + u * w  # noqa: E731
    Y = lambda v: y0 + v * h  # noqa: E731
    if kind == "vehicle":
        r = min(0.17 * h, 0.12 * w)
        d.polygon([(X(0.25), Y(0.42)), (X(0.34), Y(0.14)), (X(0.70), Y(0.14)), (X(0.80), Y(0.42))], fill=ink)
        d.rectangle((X(0.03), Y(0.40), X(0.97), Y(0.80)), fill=ink)
        for u in (0.24, 0.76):
            d.ellipse((X(u) - r, Y(0.80) - r, X(u) + r, Y(0.80) + r), fill=(20, 20, 20, 200))
    elif kind == "animal":
        d.ellipse((X(0.12), Y(0.30), X(0.78), Y(0.68)), fill=ink)
        r = 0.14 * min(w, h)
        d.ellipse((X(0.84) - r, Y(0.28) - r, X(0.84) + r, Y(0.28) + r), fill=ink)
        d.line((X(0.70), Y(0.42), X(0.84), Y(0.28)), fill=ink, width=max(2, int(r)))
        lw = max(1, int(0.05 * w))
        for u in (0.2, 0.32, 0.6, 0.7):
            d.line((X(u), Y(0.6), X(u), Y(0.97)), fill=ink, width=lw)
    elif kind == "light":
        cx, cy, r = X(0.5), Y(0.5), 0.45 * min(w, h)
        for k, a in ((1.0, 40), (0.7, 70), (0.4, 130)):
            d.ellipse((cx - r * k, cy - r * k, cx + r * k, cy + r * k), fill=(255, 240, 170, a))


def draw_object(img: Image.Image, obj: SceneObject, *, name: str | None = None, person: bool = False,
                kind: str | None = None, fill_alpha: float = 0.22) -> tuple[int, int, int, int] | None:
    """Draw one object into `img` in place: tinted box, outline, name tab, and a skeleton for a person.

    Returns the pixel bounds it touched (None when the box is empty), so a fading object blends only there.
    People keep a light tint so the skeleton reads; objects get a stronger fill so they read as solid things.
    """
    width, height = img.size
    x0, y0, x1, y1 = to_pixels(obj.box, width, height)
    if x1 <= x0 or y1 <= y0:
        return None
    color = entity_color(obj.entity)
    alpha = fill_alpha * (0.5 if person else 1.0)
    if alpha > 0:  # Pillow blends an RGBA fill into an RGB image in place
        ImageDraw.Draw(img, "RGBA").rectangle((x0, y0, x1 - 1, y1 - 1), fill=color + (round(alpha * 255),))
    if not person and kind:
        _silhouette(img, kind.lower(), (x0, y0, x1, y1), color)
    draw = ImageDraw.Draw(img)
    line = max(1, round(min(width, height) / 240))
    draw.rectangle((x0, y0, x1 - 1, y1 - 1), outline=color, width=line)
    if person:
        kps = obj.keypoints or standing_keypoints(obj.box)
        draw_skeleton(draw, kps, width, height)
    label = name or obj.entity
    sprite, _ = text_sprite(label, _label_font_size(height), (0, 0, 0))
    pad = max(1, line)
    tw, th = sprite.width + 2 * pad, sprite.height + 2 * pad
    lx = min(max(x0, 0), max(width - tw, 0))
    ly = y0 - th if y0 - th >= 0 else y0
    draw.rectangle((lx, ly, lx + tw - 1, ly + th - 1), fill=color)
    img.paste(sprite, (lx + pad, ly + pad), sprite)
    xs, ys = [x0, x1, lx, lx + tw], [y0, y1, ly, ly + th]
    if person:
        r = 2 * stick_width(width, height)
        for k in kps:
            xs += [k[0] * width - r, k[0] * width + r]
            ys += [k[1] * height - r, k[1] * height + r]
    return (max(0, int(min(xs)) - 1), max(0, int(min(ys)) - 1),
            min(width, int(max(xs)) + 2), min(height, int(max(ys)) + 2))


def draw_layout(frame: np.ndarray, objects: Iterable[SceneObject], entities: dict[str, Entity] | None = None,
                *, opacity: dict[int, float] | None = None) -> np.ndarray:
    """Draw objects (in order, later on top) over a copy of `frame` (H, W, 3) uint8 and return it.

    `opacity` maps an object's index to how present it is (0..1), for entities fading in or out of a shot.
    """
    img = draw_layout_image(Image.fromarray(np.ascontiguousarray(frame)), objects, entities, opacity=opacity)
    return np.asarray(img, dtype=np.uint8).copy()


def draw_layout_image(img: Image.Image, objects: Iterable[SceneObject], entities: dict[str, Entity] | None = None,
                      *, opacity: dict[int, float] | None = None) -> Image.Image:
    """`draw_layout` for a Pillow image, drawn in place where it can be (a fading object returns a new image).

    Renderers that compose a whole frame in Pillow use this to avoid array round trips per layer.
    """
    entities = entities or {}
    for i, obj in enumerate(objects):
        ent = entities.get(obj.entity)
        name = ent.name if ent else obj.entity
        a = 1.0 if opacity is None else float(opacity.get(i, 1.0))
        if a <= 0:
            continue
        if a >= 1:
            draw_object(img, obj, name=name, person=is_person(obj, entities), kind=ent.kind if ent else None)
            continue
        layer = img.copy()
        region = draw_object(layer, obj, name=name, person=is_person(obj, entities), kind=ent.kind if ent else None)
        if region is not None and region[2] > region[0] and region[3] > region[1]:
            img.paste(Image.blend(img.crop(region), layer.crop(region), a), region[:2])
    return img
