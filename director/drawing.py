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


# ---- what an entity looks like --------------------------------------------------------------------------------

BODIES = ("quadruped", "bird", "fish", "serpent", "winged_quadruped", "biped_creature")
"""Body plans of non-human creatures (`entity.attributes["body"]`, set by the planner): how the animatic draws them."""

BODY_BY_NOUN: dict[str, str] = {
    **dict.fromkeys(("bird", "birds", "eagle", "hawk", "falcon", "owl", "crow", "raven", "pigeon", "dove", "gull",
                     "seagull", "parrot", "sparrow", "robin", "chicken", "hen", "rooster", "duck", "goose", "swan",
                     "heron", "stork", "penguin", "vulture", "bat", "butterfly", "moth", "bee", "wasp", "fly"),
                    "bird"),
    **dict.fromkeys(("fish", "shark", "whale", "dolphin", "salmon", "trout", "carp", "catfish", "goldfish", "eel",
                     "tuna", "cod", "ray"), "fish"),
    **dict.fromkeys(("snake", "serpent", "python", "cobra", "viper", "worm", "eel", "adder", "boa"), "serpent"),
    **dict.fromkeys(("dragon", "griffin", "gryphon", "pegasus", "wyvern", "hippogriff"), "winged_quadruped"),
    **dict.fromkeys(("robot", "android", "ape", "gorilla", "chimpanzee", "monkey", "troll", "ogre", "giant",
                     "yeti", "alien", "zombie", "golem"), "biped_creature"),
}
"""For plans that give an animal no body plan: the body its name implies; any other animal is a quadruped."""


def body_of(entity: Entity | None) -> str | None:
    """The body plan to draw: the planner's `attributes["body"]`, else one its noun or name implies (animals)."""
    if entity is None:
        return None
    body = str(entity.attributes.get("body") or "")
    if body in BODIES:
        return body
    noun = str(entity.attributes.get("noun") or "").lower()
    words = [noun] + [w.lower() for w in entity.name.split()][::-1]
    for w in words:
        if w in BODY_BY_NOUN:
            return BODY_BY_NOUN[w]
    return "quadruped" if entity.kind.lower() in ("animal", "creature") else None


def crowd_size(entity: Entity | None) -> int:
    """How many figures one entity stands for (`attributes["count"]`, an integer ≥ 2 as a string), else 1."""
    try:
        n = int(str((entity.attributes if entity else {}).get("count", 1)).strip())
    except ValueError:
        return 1
    return n if n >= 2 else 1


def entity_color(entity_id: str, entity: Entity | None = None) -> tuple[int, int, int]:
    """An entity's colour: the one its description names ("the orange cat", "MARA (yellow raincoat)", see
    `director.colours`), else a stable, saturated colour from its id, the same in every shot and on every machine."""
    if entity is not None:
        described = described_color(entity)
        if described is not None:
            return described
    h = (zlib.crc32(entity_id.encode("utf-8")) % 360) / 360.0
    r, g, b = colorsys.hsv_to_rgb(h, 0.65, 0.95)
    return int(r * 255), int(g * 255), int(b * 255)


def described_color(entity: Entity) -> tuple[int, int, int] | None:
    """The colour named by the entity's `color` attribute (with its noun: 'dark' + 'horse' is no colour, 'orange'
    is), its description, or (for things, not people, whose names may be 'Mr. White') its name."""
    from .colours import colour_of

    person = entity.kind.lower() in PERSON_KINDS
    attr = str(entity.attributes.get("color") or "")
    traits = entity.attributes.get("traits")
    traits = [str(t) for t in traits] if isinstance(traits, list) else []
    texts = [" ".join([attr, *traits, entity.name]) if attr else "", entity.description,
             "" if person else entity.name]
    for text in texts:
        if text:
            c = colour_of(text)
            if c is not None:
                return c
    return None


def _ink(color, k: float = 0.55) -> tuple[int, int, int]:
    """The darker line colour of a shape's outline; light shapes get a dark line, dark ones a lighter one."""
    if sum(color) < 150:
        return tuple(min(255, int(c + 90)) for c in color)
    return tuple(int(c * k) for c in color)


# ---- shapes ----------------------------------------------------------------------------------------------------

class _Frame:
    """Unit-box coordinates of one shape into pixels: u across (toward where it faces), v down."""

    def __init__(self, box, facing: str = "right"):
        self.x0, self.y0, x1, y1 = box
        self.w, self.h = x1 - self.x0, y1 - self.y0
        self.mirror = facing == "left"

    def p(self, u: float, v: float) -> tuple[float, float]:
        return (self.x0 + (1 - u if self.mirror else u) * self.w, self.y0 + v * self.h)

    def pts(self, *uv) -> list[tuple[float, float]]:
        return [self.p(u, v) for u, v in uv]

    def ellipse(self, u0, v0, u1, v1):
        (a, b), (c, d) = self.p(u0, v0), self.p(u1, v1)
        return (min(a, c), min(b, d), max(a, c), max(b, d))


def _capsule(d: ImageDraw.ImageDraw, pts, width: float, fill) -> None:
    """A thick polyline with round joints and ends (a limb, a leg, a tail)."""
    width = max(1.0, width)
    d.line([tuple(p) for p in pts], fill=fill, width=max(1, round(width)), joint="curve")
    r = width / 2
    for x, y in (pts[0], pts[-1]):
        d.ellipse((x - r, y - r, x + r, y + r), fill=fill)


def _quadruped(d, f: _Frame, fill, ink, winged: bool = False) -> None:
    leg = 0.07 * f.w
    for u in ((0.26, 0.36, 0.64, 0.73) if not winged else (0.24, 0.34, 0.60, 0.70)):
        _capsule(d, f.pts((u, 0.58), (u + 0.01, 0.80), (u, 0.97)), leg, fill)
    tail = ((0.20, 0.42), (0.09, 0.36), (0.03, 0.18)) if not winged else \
        ((0.20, 0.48), (0.08, 0.56), (0.0, 0.40))
    _capsule(d, f.pts(*tail), 0.045 * f.w if not winged else 0.06 * f.w, fill)
    d.ellipse(f.ellipse(0.16, 0.28, 0.80, 0.66), fill=fill, outline=ink)
    d.polygon(f.pts((0.66, 0.36), (0.78, 0.20), (0.86, 0.16), (0.90, 0.30), (0.80, 0.52)), fill=fill)
    d.ellipse(f.ellipse(0.78, 0.06, 0.99, 0.34), fill=fill, outline=ink)
    if winged:   # a dragon or griffin: horns, and two wings from the back
        d.polygon(f.pts((0.84, 0.08), (0.80, 0.0), (0.88, 0.07)), fill=ink)
        for lift, shade in ((0.02, ink), (0.0, fill)):
            d.polygon(f.pts((0.36, 0.34), (0.18 + lift, 0.0), (0.52, 0.04 + lift), (0.70, 0.0), (0.60, 0.34)),
                      fill=shade, outline=ink)
    else:        # ears
        d.polygon(f.pts((0.81, 0.12), (0.83, 0.0), (0.87, 0.09)), fill=fill, outline=ink)
        d.polygon(f.pts((0.90, 0.09), (0.95, 0.0), (0.96, 0.13)), fill=fill, outline=ink)
    ex, ey = f.p(0.92, 0.17)
    r = max(1.0, 0.025 * min(f.w, 3 * f.h))
    d.ellipse((ex - r, ey - r, ex + r, ey + r), fill=(20, 20, 20))


def _bird(d, f: _Frame, fill, ink) -> None:
    if f.w > 1.25 * f.h:          # in flight: wings spread across the box
        d.polygon(f.pts((0.44, 0.52), (0.02, 0.08), (0.18, 0.06), (0.56, 0.46)), fill=fill, outline=ink)
        d.polygon(f.pts((0.52, 0.50), (0.74, 0.02), (0.90, 0.06), (0.62, 0.56)), fill=fill, outline=ink)
        d.ellipse(f.ellipse(0.26, 0.42, 0.78, 0.70), fill=fill, outline=ink)
        d.polygon(f.pts((0.30, 0.52), (0.04, 0.44), (0.06, 0.74)), fill=fill, outline=ink)
        d.ellipse(f.ellipse(0.70, 0.34, 0.88, 0.62), fill=fill, outline=ink)
        d.polygon(f.pts((0.87, 0.44), (1.0, 0.50), (0.87, 0.55)), fill=(240, 180, 40))
        head = (0.80, 0.44)
    else:                          # perched: upright body, folded wing, tail, legs
        for u in (0.44, 0.56):
            d.line(f.pts((u, 0.78), (u, 0.98)), fill=ink, width=max(1, round(0.03 * f.w)))
        d.polygon(f.pts((0.34, 0.70), (0.04, 0.96), (0.24, 0.98), (0.46, 0.80)), fill=fill, outline=ink)
        d.ellipse(f.ellipse(0.22, 0.30, 0.78, 0.84), fill=fill, outline=ink)
        d.ellipse(f.ellipse(0.26, 0.42, 0.62, 0.76), fill=_ink(fill, 0.8), outline=ink)
        d.ellipse(f.ellipse(0.48, 0.06, 0.86, 0.40), fill=fill, outline=ink)
        d.polygon(f.pts((0.84, 0.18), (1.0, 0.25), (0.84, 0.30)), fill=(240, 180, 40))
        head = (0.72, 0.19)
    ex, ey = f.p(*head)
    r = max(1.0, 0.03 * min(f.w, f.h))
    d.ellipse((ex - r, ey - r, ex + r, ey + r), fill=(20, 20, 20))


def _fish(d, f: _Frame, fill, ink) -> None:
    d.polygon(f.pts((0.20, 0.50), (0.0, 0.14), (0.06, 0.50), (0.0, 0.86)), fill=fill, outline=ink)
    d.polygon(f.pts((0.38, 0.26), (0.50, 0.02), (0.62, 0.26)), fill=fill, outline=ink)
    d.ellipse(f.ellipse(0.12, 0.20, 0.98, 0.80), fill=fill, outline=ink)
    d.line(f.pts((0.74, 0.26), (0.70, 0.50), (0.74, 0.74)), fill=ink, width=max(1, round(0.015 * f.w)))
    ex, ey = f.p(0.86, 0.42)
    r = max(1.0, 0.045 * min(f.w, f.h))
    d.ellipse((ex - r, ey - r, ex + r, ey + r), fill=(20, 20, 20))


def _serpent(d, f: _Frame, fill, ink) -> None:
    n = 24
    pts = [(0.04 + 0.80 * i / (n - 1), 0.62 + 0.24 * math.sin(i / (n - 1) * 3 * math.pi)) for i in range(n)]
    for i, (u, v) in enumerate(pts):   # thickening from the tail to the head
        x, y = f.p(u, v)
        r = (0.04 + 0.10 * i / (n - 1)) * f.h
        d.ellipse((x - r, y - r, x + r, y + r), fill=fill)
    d.ellipse(f.ellipse(0.80, 0.40, 0.99, 0.72), fill=fill, outline=ink)
    ex, ey = f.p(0.92, 0.50)
    r = max(1.0, 0.03 * min(f.w, 2 * f.h))
    d.ellipse((ex - r, ey - r, ex + r, ey + r), fill=(20, 20, 20))


def _vehicle(d, f: _Frame, fill, ink) -> None:
    r = min(0.17 * f.h, 0.12 * f.w)
    d.polygon(f.pts((0.25, 0.42), (0.34, 0.14), (0.70, 0.14), (0.80, 0.42)), fill=fill, outline=ink)
    d.polygon(f.pts((0.36, 0.40), (0.42, 0.20), (0.66, 0.20), (0.72, 0.40)), fill=(170, 200, 220))
    d.rectangle(f.ellipse(0.03, 0.40, 0.97, 0.80), fill=fill, outline=ink)
    for u in (0.24, 0.76):
        x, y = f.p(u, 0.80)
        d.ellipse((x - r, y - r, x + r, y + r), fill=(20, 20, 20))


def _light(d, f: _Frame) -> None:
    (cx, cy), r = f.p(0.5, 0.5), 0.45 * min(f.w, f.h)
    for k, a in ((1.0, 40), (0.7, 70), (0.4, 130)):
        d.ellipse((cx - r * k, cy - r * k, cx + r * k, cy + r * k), fill=(255, 240, 170, a))


_HEAD, _NECK, _FACE = 0, 1, (0, 14, 15, 16, 17)
_ARMS = ((2, 3, 4), (5, 6, 7))
_LEGS = ((8, 9, 10), (11, 12, 13))


def _usable(kp, width: int, height: int) -> list[tuple[float, float] | None]:
    """Pixel positions of the joints a figure can be drawn through: visible ones, and absent ones a planner
    clamped onto the frame's edge (a close-up's hips, below the frame); other absent joints are unknown."""
    out: list[tuple[float, float] | None] = []
    for k in list(kp[:18]) + [(0.0, 0.0, 0.0)] * (18 - len(kp[:18])):
        x, y, v = (k[0], k[1], k[2] if len(k) > 2 else 2.0)
        on_edge = x <= 0.0 or x >= 1.0 or y <= 0.0 or y >= 1.0
        out.append((x * width, y * height) if v > 0 or on_edge else None)
    return out


def _widen(a, b, centre_to, half: float):
    """Two points (a shoulder pair, a hip pair) spread to at least `half` either side of their midpoint, across
    the torso's axis (toward `centre_to`): a body seen from the side still has a chest."""
    mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    ax, ay = centre_to[0] - mx, centre_to[1] - my
    n = math.hypot(ax, ay) or 1.0
    nx, ny = -ay / n, ax / n                        # across the torso
    spread = abs((b[0] - a[0]) * nx + (b[1] - a[1]) * ny) / 2
    if spread >= half:
        return a, b
    sign = 1.0 if (b[0] - a[0]) * nx + (b[1] - a[1]) * ny >= 0 else -1.0
    return (mx - sign * nx * half, my - sign * ny * half), (mx + sign * nx * half, my + sign * ny * half)


def _figure(d, kp, width: int, height: int, fill, ink, scale_hint: float) -> None:
    """A mannequin through COCO-18 keypoints: a head sized from the face (or from the torso when the frame cuts
    the face off), a torso, limbs; a close-up's keypoints give a head and shoulders that fill the frame. Drawn
    under the skeleton, so both read."""
    pts = _usable(kp, width, height)
    vis = [k[2] > 0 if len(k) > 2 else True for k in list(kp[:18]) + [(0, 0, 0)] * (18 - len(kp[:18]))]
    face = [pts[j] for j in _FACE if pts[j] is not None and vis[j]]
    neck = pts[_NECK]
    shoulders = [pts[j] for j in (2, 5) if pts[j] is not None]
    hips = [pts[j] for j in (8, 11) if pts[j] is not None]
    hip_mid = ((hips[0][0] + hips[1][0]) / 2, (hips[0][1] + hips[1][1]) / 2) if len(hips) == 2 else None
    ry = None
    if pts[_HEAD] is not None and vis[_HEAD] and neck is not None:
        ry = 0.62 * math.dist(pts[_HEAD], neck)
    elif len(face) >= 2:
        ry = 0.9 * max(math.dist(a, b) for a in face for b in face)
    elif neck is not None and hip_mid is not None and vis[_NECK]:
        ry = 0.19 * math.dist(neck, hip_mid)            # a head is about a fifth of the torso's length
    ry = max(ry or 0.0, 0.02 * scale_hint, 1.5)
    limb = 0.55 * ry
    if len(shoulders) == 2 and (vis[2] or vis[5]):
        s0, s1 = shoulders
        if len(hips) == 2:
            h0, h1 = hips
        else:      # no hips known: the torso runs down out of the frame
            h0, h1 = (s0[0], float(height)), (s1[0], float(height))
        smid = ((s0[0] + s1[0]) / 2, (s0[1] + s1[1]) / 2)
        hmid = ((h0[0] + h1[0]) / 2, (h0[1] + h1[1]) / 2)
        # a chest is nearly as wide as the shoulders; a hip line the frame cuts off is the chest's width
        chest = 0.42 * math.dist(s0, s1) if not (vis[8] or vis[11]) else 0.0
        s0, s1 = _widen(s0, s1, hmid, 1.1 * ry)
        h0, h1 = _widen(h0, h1, (2 * hmid[0] - smid[0], 2 * hmid[1] - smid[1]), max(0.95 * ry, chest))
        d.polygon([s0, s1, h1, h0], fill=fill, outline=ink)
    for chain, w in ((_ARMS[0], limb), (_ARMS[1], limb), (_LEGS[0], 1.25 * limb), (_LEGS[1], 1.25 * limb)):
        run = []
        for j in chain:
            if pts[j] is None:
                break
            run.append(pts[j])
        if len(run) >= 2 and any(vis[j] for j in chain[:len(run)]):
            _capsule(d, run, w, fill)
    centre = None
    if face:
        centre = (sum(p[0] for p in face) / len(face), sum(p[1] for p in face) / len(face))
    elif neck is not None and vis[_NECK] and hip_mid is not None and pts[_HEAD] is not None:
        # the frame cuts the face off: the head sits above the neck, away from the hips, partly out of frame
        ux, uy = neck[0] - hip_mid[0], neck[1] - hip_mid[1]
        n = math.hypot(ux, uy) or 1.0
        centre = (neck[0] + ux / n * 1.5 * ry, neck[1] + uy / n * 1.5 * ry)
    if centre is not None:
        cx, cy = centre
        if neck is not None:
            _capsule(d, [(cx, cy + 0.4 * ry), neck], 0.75 * ry, fill)
        rx = 0.8 * ry
        d.ellipse((cx - rx, cy - 0.95 * ry, cx + rx, cy + 1.05 * ry), fill=fill, outline=ink)


def _crowd_cells(n: int, box, aspect: float) -> list[tuple[float, float, float, float]]:
    """n figure boxes of width/height `aspect` inside `box`, in rows, back rows first (drawn first)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cols = max(1, min(n, math.ceil(math.sqrt(n * w / max(h * aspect, 1e-6)))))
    rows = math.ceil(n / cols)
    cell_w, cell_h = w / cols, h / (0.6 * rows + 0.4)     # rows overlap: a crowd, not a grid of stamps
    fig_h = min(cell_h, cell_w / aspect * 1.1)
    fig_w = fig_h * aspect
    out = []
    for i in range(n):
        r, c = divmod(i, cols)
        in_row = min(cols, n - r * cols)
        stagger = cell_w / 4 if r % 2 else -cell_w / 4 if rows > 1 else 0.0   # rows offset, as people stand
        cx = x0 + (cols - in_row) * cell_w / 2 + (c + 0.5) * cell_w + stagger
        cx = min(max(cx, x0 + fig_w / 2), x1 - fig_w / 2)
        bottom = y0 + (0.6 * r) * cell_h + cell_h
        out.append((cx - fig_w / 2, min(bottom, y1) - fig_h, cx + fig_w / 2, min(bottom, y1)))
    return out


_ASPECT = {"quadruped": 1.5, "winged_quadruped": 1.6, "bird": 0.9, "fish": 1.9, "serpent": 2.2,
           "biped_creature": 0.45, "person": 0.4, "vehicle": 2.0}
MAX_CROWD_FIGURES = 120
"""Past this many, a crowd draws this many figures and its label says how many it stands for."""


def _draw_body(img: Image.Image, obj: SceneObject, entity: Entity | None, box_px, color, *, person: bool,
               kind: str | None, facing: str) -> None:
    """The entity's shape inside its pixel box (or, for a crowd, that many shapes)."""
    x0, y0, x1, y1 = box_px
    if x1 - x0 < 3 or y1 - y0 < 3:
        return
    d = ImageDraw.Draw(img, "RGBA")
    fill, ink = color + (225,), _ink(color) + (255,)
    body = "person" if person else body_of(entity) or (kind or "").lower()
    n = min(crowd_size(entity), MAX_CROWD_FIGURES)
    width, height = img.size
    if n > 1:
        aspect = _ASPECT.get(body, 1.0)
        for k, cell in enumerate(_crowd_cells(n, box_px, aspect)):
            side = facing if zlib.crc32(f"{obj.entity}:{k}".encode()) % 3 else ("left" if facing == "right" else "right")
            _shape(d, body, cell, fill, ink, side, width, height, None)
        return
    _shape(d, body, box_px, fill, ink, facing, width, height, obj.keypoints if person else None)


def _shape(d, body: str, box, fill, ink, facing: str, width: int, height: int, keypoints) -> None:
    f = _Frame(box, facing)
    if body == "person" or body == "biped_creature":
        if keypoints is None:
            x0, y0, x1, y1 = box
            keypoints = [((x0 + u * (x1 - x0)) / width, (y0 + v * (y1 - y0)) / height, 2.0) for u, v in STANDING_POSE]
        _figure(d, keypoints, width, height, fill, ink, box[3] - box[1])
    elif body in ("quadruped", "animal", "creature"):
        _quadruped(d, f, fill, ink)
    elif body == "winged_quadruped":
        _quadruped(d, f, fill, ink, winged=True)
    elif body == "bird":
        _bird(d, f, fill, ink)
    elif body == "fish":
        _fish(d, f, fill, ink)
    elif body == "serpent":
        _serpent(d, f, fill, ink)
    elif body == "vehicle":
        _vehicle(d, f, fill, ink)
    elif body == "light":
        _light(d, f)


SHAPED = frozenset({"vehicle", "animal", "creature", "light"})
"""Kinds drawn as a shape (besides people and anything with a body plan); other things are a tinted box."""


def draw_object(img: Image.Image, obj: SceneObject, *, name: str | None = None, person: bool = False,
                kind: str | None = None, fill_alpha: float = 0.22, entity: Entity | None = None,
                facing: str = "right", label: bool = True) -> tuple[int, int, int, int] | None:
    """Draw one object into `img` in place: its shape (a mannequin and skeleton for a person, a body plan for a
    creature, that many figures for a crowd, a tinted box for a thing) in its colour, the box outline and,
    with `label`, its name tab just above the box (see `draw_layout_image` for labels that avoid the slate).

    Returns the pixel bounds it touched (None when the box is empty), so a fading object blends only there.
    """
    width, height = img.size
    x0, y0, x1, y1 = to_pixels(obj.box, width, height)
    if x1 <= x0 or y1 <= y0:
        return None
    color = entity_color(obj.entity, entity)
    shaped = person or body_of(entity) is not None or (kind or "").lower() in SHAPED or crowd_size(entity) > 1
    alpha = 0.0 if shaped else fill_alpha     # a shape shows its own colour; a thing is its tinted box
    if alpha > 0:  # Pillow blends an RGBA fill into an RGB image in place
        ImageDraw.Draw(img, "RGBA").rectangle((x0, y0, x1 - 1, y1 - 1), fill=color + (round(alpha * 255),))
    if shaped:
        _draw_body(img, obj, entity, (x0, y0, x1, y1), color, person=person and crowd_size(entity) == 1,
                   kind="person" if person else kind, facing=facing)
    draw = ImageDraw.Draw(img)
    line = max(1, round(min(width, height) / 240))
    draw.rectangle((x0, y0, x1 - 1, y1 - 1), outline=color, width=line)
    xs, ys = [x0, x1], [y0, y1]
    if person and crowd_size(entity) == 1:
        kps = obj.keypoints or standing_keypoints(obj.box)
        draw_skeleton(draw, kps, width, height)
        r = 2 * stick_width(width, height)
        for k in kps:
            if len(k) < 3 or k[2] > 0:
                xs += [k[0] * width - r, k[0] * width + r]
                ys += [k[1] * height - r, k[1] * height + r]
        # the mannequin's head may reach past the face points: count the box around them
        xs += [x0 - (x1 - x0) // 4, x1 + (x1 - x0) // 4]
        ys += [y0 - (y1 - y0) // 8]
    if label:
        text = label_text(name or obj.entity, entity)
        tab = _label_tab(text, height, color)
        lx = min(max(x0, 0), max(width - tab.width, 0))
        ly = y0 - tab.height if y0 - tab.height >= 0 else y0
        img.paste(tab, (lx, ly), tab)
        xs += [lx, lx + tab.width]
        ys += [ly, ly + tab.height]
    return (max(0, int(min(xs)) - 1), max(0, int(min(ys)) - 1),
            min(width, int(max(xs)) + 2), min(height, int(max(ys)) + 2))


def label_text(name: str, entity: Entity | None) -> str:
    """The name on an entity's tab; a crowd says how many it stands for ('patrons ×12')."""
    n = crowd_size(entity)
    return f"{name} ×{n}" if n > 1 else name


@lru_cache(maxsize=512)
def _label_tab(text: str, height: int, color: tuple[int, int, int]) -> Image.Image:
    """A name tab: the text in black (white on dark colours) on the entity's colour, as an RGBA sprite."""
    ink = (0, 0, 0) if sum(color) > 300 else (255, 255, 255)
    sprite, _ = text_sprite(text, _label_font_size(height), ink)
    pad = max(1, round(height / 240))
    tab = Image.new("RGBA", (sprite.width + 2 * pad, sprite.height + 2 * pad), color + (255,))
    tab.paste(sprite, (pad, pad), sprite)
    return tab


Rect = tuple[int, int, int, int]


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_label(tab_size: tuple[int, int], box: Rect, frame: tuple[int, int], taken: list[Rect]) -> Rect:
    """Where a name tab goes: above its box's left corner, else inside its top, then its top right, below it,
    inside its bottom — the first spot clear of `taken` (the slate, the subtitle, other names); moved right or
    down past what covers it when no spot is clear."""
    tw, th = tab_size
    width, height = frame
    x0, y0, x1, y1 = box

    def at(x, y) -> Rect:
        x = min(max(int(x), 0), max(width - tw, 0))
        y = min(max(int(y), 0), max(height - th, 0))
        return (x, y, x + tw, y + th)

    spots = [at(x0, y0 - th), at(x0, y0), at(x1 - tw, y0 - th), at(x1 - tw, y0), at(x0, y1), at(x0, y1 - th)]
    for spot in spots:
        if not any(_overlaps(spot, t) for t in taken):
            return spot
    spot = spots[0]
    for _ in range(8):           # step past whatever covers it: right first (the slate is top-left), then down
        cover = next((t for t in taken if _overlaps(spot, t)), None)
        if cover is None:
            break
        right = at(cover[2] + 1, spot[1])
        down = at(spot[0], cover[3] + 1)
        spot = right if right[0] > spot[0] and right[2] <= max(x1, x0 + tw) + tw else down
    return spot


def draw_layout(frame: np.ndarray, objects: Iterable[SceneObject], entities: dict[str, Entity] | None = None,
                *, opacity: dict[int, float] | None = None, avoid: Sequence[Rect] = (),
                facing: dict[int, str] | None = None) -> np.ndarray:
    """Draw objects (in order, later on top) over a copy of `frame` (H, W, 3) uint8 and return it.

    `opacity` maps an object's index to how present it is (0..1), for entities fading in or out of a shot;
    `avoid` lists pixel rectangles (x0, y0, x1, y1) the name tabs must not hide under (a slate, a subtitle);
    `facing` maps an object's index to "left" or "right" (where a creature or vehicle heads).
    """
    img = draw_layout_image(Image.fromarray(np.ascontiguousarray(frame)), objects, entities, opacity=opacity,
                            avoid=avoid, facing=facing)
    return np.asarray(img, dtype=np.uint8).copy()


def draw_layout_image(img: Image.Image, objects: Iterable[SceneObject], entities: dict[str, Entity] | None = None,
                      *, opacity: dict[int, float] | None = None, avoid: Sequence[Rect] = (),
                      facing: dict[int, str] | None = None) -> Image.Image:
    """`draw_layout` for a Pillow image, drawn in place where it can be (a fading object returns a new image).

    Renderers that compose a whole frame in Pillow use this to avoid array round trips per layer. Shapes are
    drawn first, in order; the name tabs after them all, so no later shape hides an earlier name.
    """
    entities = entities or {}
    width, height = img.size
    tabs = []
    for i, obj in enumerate(objects):
        ent = entities.get(obj.entity)
        a = 1.0 if opacity is None else float(opacity.get(i, 1.0))
        if a <= 0:
            continue
        kw = dict(name=None, person=is_person(obj, entities), kind=ent.kind if ent else None, entity=ent,
                  facing=(facing or {}).get(i, "right"), label=False)
        if a >= 1:
            region = draw_object(img, obj, **kw)
        else:
            layer = img.copy()
            region = draw_object(layer, obj, **kw)
            if region is not None and region[2] > region[0] and region[3] > region[1]:
                img.paste(Image.blend(img.crop(region), layer.crop(region), a), region[:2])
        if region is not None:
            tabs.append((label_text(ent.name if ent else obj.entity, ent), to_pixels(obj.box, width, height),
                         entity_color(obj.entity, ent), a))
    taken = [tuple(int(v) for v in r) for r in avoid]
    for text, box, color, a in tabs:
        tab = _label_tab(text, height, color)
        x0, y0, x1, y1 = place_label(tab.size, box, (width, height), taken)
        taken.append((x0, y0, x1, y1))
        if a >= 1:
            img.paste(tab, (x0, y0), tab)
        else:
            faded = tab.copy()
            faded.putalpha(faded.getchannel("A").point(lambda v: round(v * a)))
            img.paste(faded, (x0, y0), faded)
    return img
