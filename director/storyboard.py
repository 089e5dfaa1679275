"""The storyboard: one self-contained HTML page a writer or a crew can review, share and print.

Per scene and per shot it shows keyframe pictures with the layout drawn over them (boxes, skeletons, entity names —
`director.drawing`, the same drawing the animatic renders), the camera, the duration and place in the film, the
description, the dialogue, the scene graph in words and the transition in. Everything is inlined (images as
`data:` URIs, CSS in the page), so the file opens offline, mails as one attachment and prints as a storyboard:
several panels a page, each scene on a new page.

Without rendered keyframes (`director storyboard plan.json`) the pictures are layout drawings on a backdrop tinted
by the shot's time of day, so a plan can be reviewed before anything is rendered.

Size: a feature (~1000 shots) must stay a file a browser opens comfortably. Thumbnails are JPEG, `THUMB_WIDTH`
pixels wide; each shot shows its first, middle and last keyframes (`KEYFRAMES_PER_SHOT`), and plans longer than
`LONG_PLAN_SHOTS` shots show only the first keyframe of each shot — one panel a shot, the classic storyboard.
"""
from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Mapping

import numpy as np
from jinja2 import Environment, PackageLoader, select_autoescape
from PIL import Image

from .drawing import PERSON_KINDS, draw_layout_image
from .models import Entity, FilmPlan, Shot
from .timing import shot_spans

THUMB_WIDTH = 320
"""Thumbnail width in pixels: legible entity names, ~10 KB a JPEG."""

JPEG_QUALITY = 72

CAST_HEIGHT = 120
"""Height of a reference picture on the cast sheet, in pixels."""

KEYFRAMES_PER_SHOT = 3
"""First, middle and last keyframe: where a shot starts, turns and ends."""

LONG_PLAN_SHOTS = 300
"""Above this many shots, one keyframe a shot keeps the page a few megabytes."""

OVERLAY_OPACITY = 0.7
"""Layout drawn over rendered keyframes: visible, but the picture still reads through it."""

KeyframeImages = Mapping[tuple[str, int], np.ndarray]
"""(shot id, keyframe index) -> (H, W, 3) uint8, e.g. a renderer's keyframes."""

# Backdrops for layout drawings: (sky top, sky bottom, floor), by time of day. Quiet, so the layout stands out.
BACKDROPS = {
    "night": ((28, 34, 58), (52, 60, 92), (40, 42, 54)),
    "dawn": ((214, 190, 200), (248, 216, 180), (150, 140, 130)),
    "dusk": ((120, 96, 140), (238, 170, 130), (110, 96, 96)),
    "day": ((196, 222, 246), (236, 244, 250), (196, 190, 178)),
    "interior": ((226, 220, 208), (238, 234, 226), (188, 176, 160)),
}
HORIZON = 0.62
"""Where the floor meets the wall/sky in a layout drawing (fraction of the height)."""


@dataclass
class Picture:
    index: int          # keyframe index within the shot
    t: float            # seconds from the shot's start
    prompt: str
    src: str            # data: URI
    width: int
    height: int


@dataclass
class Panel:
    shot: Shot
    number: int                 # 1-based position in the film
    start: float                # seconds from the film's start
    timecode: str
    camera: str
    pictures: list[Picture]
    entities: list[str]
    relations: list[str]
    dialogue: list[tuple[str, str, str]]   # (speaker, line, "0.4–2.0 s")
    transition: str


@dataclass
class SceneSection:
    index: int
    number: str | None
    heading: str
    panels: list[Panel] = field(default_factory=list)

    @property
    def duration(self) -> float:
        return sum(p.shot.duration for p in self.panels)


SIZE_NAMES = {
    "ECU": "extreme close-up", "CU": "close-up", "MCU": "medium close-up", "MS": "medium shot",
    "MLS": "medium long shot", "LS": "long shot", "ELS": "extreme long shot",
}


def _words(value: str) -> str:
    return value.replace("_", " ")


def camera_words(shot: Shot) -> str:
    c = shot.camera
    return f"{SIZE_NAMES.get(c.size, c.size)} ({c.size}), {_words(c.angle)} angle, {_words(c.movement)}"


def transition_words(shot: Shot, first: bool) -> str:
    t = shot.transition_in
    if t.type == "cut":
        return "opens on a cut" if first else "cut"
    what = {"dissolve": "dissolve", "fade": "fade through black", "wipe": "wipe", "dip_to_white": "dip to white"}[
        t.type]
    if first:
        what = {"dip_to_white": "fade in from white"}.get(t.type, "fade in from black")
    if t.type == "wipe" and t.direction and not first:
        what += f" {t.direction}"
    return f"{what}, {t.duration:.1f} s"


def _noun(entity_id: str, entities: dict[str, Entity]) -> str:
    """How a sentence names an entity: people by name, things with 'the' ("Mara sits on the chair")."""
    ent = entities.get(entity_id)
    name = ent.name if ent else entity_id.replace("_", " ")
    if ent is not None and ent.kind.lower() in PERSON_KINDS:
        return name
    if name.lower().startswith(("the ", "a ", "an ")):
        return name
    if " " not in name and name[:1].isupper() and name[1:].islower():
        name = name.lower()
    return f"the {name}"


def relations_in_words(shot: Shot, entities: dict[str, Entity]) -> list[str]:
    """The scene graph as sentences with times: "Mara sits on the chair (0.0–2.5 s)"."""
    out = []
    for e in sorted(shot.scene_graph, key=lambda e: (e.start, e.end)):
        subject = _noun(e.subject, entities)
        subject = subject[:1].upper() + subject[1:]
        out.append(f"{subject} {_words(e.predicate)} {_noun(e.object, entities)} ({e.start:.1f}–{e.end:.1f} s)")
    return out


def timecode(seconds: float, fps: int) -> str:
    frames = round(seconds * fps)
    s, f = divmod(frames, fps)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    return f"{h:02d}:{m:02d}:{s:02d}:{f:02d}"


def panel_keyframes(shot: Shot, count: int) -> list[int]:
    """Indices of the keyframes a panel shows: `count` spread from first to last, in order, no repeats."""
    n = len(shot.keyframes)
    if n <= count:
        return list(range(n))
    if count == 1:
        return [0]
    return sorted({round(i * (n - 1) / (count - 1)) for i in range(count)})


def backdrop_key(shot: Shot) -> str:
    """Which backdrop a layout drawing gets: the time of day, else interior or day."""
    tod = (shot.background.time_of_day or "").lower()
    for key, words in (("night", ("night", "midnight")), ("dawn", ("dawn", "morning", "sunrise")),
                       ("dusk", ("dusk", "evening", "sunset", "twilight"))):
        if any(w in tod for w in words):
            return key
    return "interior" if (shot.background.int_ext or "").upper().startswith("INT") else "day"


@lru_cache(maxsize=32)
def _backdrop_pixels(key: str, width: int, height: int) -> bytes:
    top, bottom, floor = (np.array(c, dtype=np.float32) for c in BACKDROPS[key])
    horizon = int(height * HORIZON)
    w = np.linspace(0.0, 1.0, max(horizon, 1), dtype=np.float32)[:, None]
    img = np.empty((height, width, 3), dtype=np.uint8)
    img[:horizon] = (top * (1 - w) + bottom * w).astype(np.uint8)[:, None, :]
    img[horizon:] = floor.astype(np.uint8)
    img[horizon:horizon + 1] = (floor * 0.8).astype(np.uint8)
    return img.tobytes()


def _backdrop(shot: Shot, width: int, height: int) -> Image.Image:
    """A quiet sky-and-floor backdrop for a layout drawing (cached: a feature has thousands of them)."""
    return Image.frombytes("RGB", (width, height), _backdrop_pixels(backdrop_key(shot), width, height))


def _jpeg_uri(img: Image.Image) -> str:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def keyframe_picture(shot: Shot, index: int, entities: dict[str, Entity], size: tuple[int, int],
                     image: np.ndarray | None = None) -> Image.Image:
    """One keyframe as a thumbnail: the rendered image (or a backdrop) with its layout drawn over it."""
    width, height = size
    objects = shot.keyframes[index].objects
    if image is None:
        return draw_layout_image(_backdrop(shot, width, height), objects, entities)
    frame = np.asarray(image)
    if frame.ndim != 3 or frame.shape[2] != 3 or frame.dtype != np.uint8:
        raise ValueError(f"keyframe image for shot {shot.id} #{index} must be (H, W, 3) uint8, got "
                         f"{frame.shape} {frame.dtype}")
    base = Image.fromarray(np.ascontiguousarray(frame)).resize((width, height), Image.Resampling.BILINEAR)
    if not objects:
        return base
    drawn = draw_layout_image(base.copy(), objects, entities)
    return Image.blend(base, drawn, OVERLAY_OPACITY)


def default_keyframes_per_shot(plan: FilmPlan) -> int:
    """How many keyframes a panel shows by default: three, or one in plans over `LONG_PLAN_SHOTS` shots."""
    return KEYFRAMES_PER_SHOT if len(plan.shots) <= LONG_PLAN_SHOTS else 1


def thumb_size(plan: FilmPlan, thumb_width: int = THUMB_WIDTH) -> tuple[int, int]:
    return thumb_width, max(1, round(thumb_width * plan.height / plan.width))


def shot_pictures(shot: Shot, entities: dict[str, Entity], size: tuple[int, int], count: int,
                  images: Mapping[int, np.ndarray] | None = None) -> list[Picture]:
    """One panel's pictures, drawn and JPEG-encoded: the costly part of a storyboard, and a function of the shot
    (its keyframes, its entities) and its rendered keyframe images only, so a pipeline keeps each shot's and
    re-draws only the panels of the shots that changed. `images`: keyframe index -> rendered frame."""
    pictures = []
    for k in panel_keyframes(shot, count):
        img = keyframe_picture(shot, k, entities, size, (images or {}).get(k))
        kf = shot.keyframes[k]
        pictures.append(Picture(k, kf.t, kf.prompt, _jpeg_uri(img), *size))
    return pictures


def build_sections(plan: FilmPlan, keyframe_images: KeyframeImages | None = None, *,
                   thumb_width: int = THUMB_WIDTH, keyframes_per_shot: int | None = None,
                   pictures: Mapping[str, list[Picture]] | None = None) -> list[SceneSection]:
    """The storyboard's content, scene by scene: everything the template shows, pictures already encoded.

    `pictures` (shot id -> `shot_pictures`) are used as they are; the other shots' pictures are drawn here."""
    entities = {e.id: e for e in plan.entities}
    per_shot = keyframes_per_shot or default_keyframes_per_shot(plan)
    size = thumb_size(plan, thumb_width)
    images = keyframe_images or {}
    sections: list[SceneSection] = []
    from .parsing.outline import scene_labels

    labels = scene_labels(plan.scenes)   # the numbering `director parse` and the studio show
    for number, (shot, span) in enumerate(zip(plan.shots, shot_spans(plan)), 1):
        if not sections or sections[-1].index != shot.scene:
            scene = plan.scenes[shot.scene - 1] if 0 < shot.scene <= len(plan.scenes) else None
            heading = (scene.heading if scene else None) or f"Scene {labels.get(shot.scene, shot.scene)}"
            sections.append(SceneSection(shot.scene, labels.get(shot.scene), heading))
        if pictures is not None and shot.id in pictures:
            shown = list(pictures[shot.id])
        else:
            wanted = panel_keyframes(shot, per_shot)
            shown = shot_pictures(shot, entities, size, per_shot,
                                  {k: images[(shot.id, k)] for k in wanted if (shot.id, k) in images})
        names = sorted({o.entity for kf in shot.keyframes for o in kf.objects})
        start = span.start / plan.fps
        sections[-1].panels.append(Panel(
            shot=shot, number=number, start=start, timecode=timecode(start, plan.fps),
            camera=camera_words(shot), pictures=shown,
            entities=[entities[n].name if n in entities else n for n in names],
            relations=relations_in_words(shot, entities),
            dialogue=[(entities[d.character].name if d.character in entities else d.character, d.text,
                       f"{d.start:.1f}–{d.end:.1f} s") for d in shot.dialogue],
            transition=transition_words(shot, number == 1),
        ))
    return sections


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("director", "templates"), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["rgb"] = lambda c: "#%02x%02x%02x" % tuple(c)
    return env


def cast_picture(image: np.ndarray, height: int = CAST_HEIGHT) -> tuple[str, int, int]:
    """A reference picture for the cast sheet: (data URI, width, height), `height` pixels tall."""
    img = Image.fromarray(np.ascontiguousarray(np.asarray(image, np.uint8)[..., :3]))
    width = max(1, round(img.width * height / img.height))
    return _jpeg_uri(img.resize((width, height), Image.Resampling.BILINEAR)), width, height


def render_storyboard(plan: FilmPlan, keyframe_images: KeyframeImages | None = None,
                      cast_images: Mapping[str, np.ndarray] | None = None, *,
                      pictures: Mapping[str, list[Picture]] | None = None, rendered: bool | None = None,
                      **options) -> str:
    """The storyboard page as a string (see `write_storyboard`)."""
    from .drawing import entity_color

    sections = build_sections(plan, keyframe_images, pictures=pictures, **options)
    # the legend lists who and what is on screen in these shots, in the bible's order: the cast sheet, with
    # each one's reference picture when the references stage made them
    seen = {o.entity for s in plan.shots for k in s.keyframes for o in k.objects}
    pictures = {eid: cast_picture(img) for eid, img in (cast_images or {}).items()}
    cast = [(e, entity_color(e.id, e), pictures.get(e.id)) for e in plan.entities if e.id in seen]   # the colour drawn
    return _environment().get_template("storyboard.html.j2").render(
        plan=plan, sections=sections, cast=cast,
        rendered=bool(keyframe_images) if rendered is None else rendered,
        total_shots=len(plan.shots), duration=timecode(plan.duration, plan.fps),
    )


def write_storyboard(plan: FilmPlan, path: str | Path, keyframe_images: KeyframeImages | None = None,
                     **options) -> Path:
    """Write `storyboard.html`: rendered keyframes with their layouts when given, layout drawings otherwise.

    Options: `thumb_width` (pixels), `keyframes_per_shot` (default: 3, or 1 for plans over LONG_PLAN_SHOTS),
    `pictures` (shot id -> `shot_pictures`, drawn earlier: only the other shots are drawn), `rendered` (the
    pictures are rendered frames, not layout drawings; default: whether `keyframe_images` were given) and
    `cast_images` (entity id -> its reference picture, shown on the cast sheet).
    """
    path = Path(path)
    html = render_storyboard(plan, keyframe_images, **options)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(path)  # never leave a half-written storyboard where a finished one is expected
    return path
