"""Layout geometry shared by every planner and renderer: validation with typed problems, and layout tokens.

`validate(plan)` never raises on a bad plan: it returns `Problem`s whose messages say what to change, because
the LLM planner feeds them back to the model for repair turns and the rules planner asserts there are none.
It is also the gate before rendering: whatever passes, every renderer can take — ids that may name files
(`director.limits.ID_PATTERN`), finite numbers everywhere, sizes, counts and durations within `director.limits`,
text that encodes as UTF-8. Its cost is linear in the plan, and a plan over a count limit is refused before
its parts are looked at.

Layout tokens are a compact, line-based text form of a shot's keyframe layouts for LLM prompts (VisorGPT-like),
round-trip exact with the JSON form: numbers are written with Python's shortest round-trip repr, so
`from_layout_tokens(to_layout_tokens(shot), shot) == shot.keyframes`.

    layout sc001_sh02; size MS; 7 keyframes; entities brick, steel
    kf 0; t 0.0; 2 instances; [brick xmin 0.1 ymin 0.2 xmax 0.4 ymax 0.98 kp 0.25 0.27 2.0, …] [steel …]; prompt "…"
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain

from . import limits
from .errors import InputError
from .limits import MAX_KEYFRAMES, MIN_KEYFRAMES, is_safe_id
from .models import FilmPlan, Keyframe, SceneObject, Shot

KEYPOINT_SLACK = 0.1          # a visible keypoint may sit this far outside its box (fraction of the box size)
TELEPORT_SPEED = 1.2          # frame widths per second a box centre may move between two keyframes of a shot
TELEPORT_MIN = 0.12           # … plus this much, so slow shots may still reposition a little
MAX_WORDS_PER_SECOND = 4.5    # faster than this no one can say (or read) the line in its span
_EPS = 1e-6


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a plan, located and phrased so a person or a model knows what to change."""

    code: str
    message: str
    shot: str | None = None
    keyframe: int | None = None
    entity: str | None = None

    def __str__(self) -> str:
        return self.message

    def as_dict(self) -> dict:
        return {"code": self.code, "shot": self.shot, "keyframe": self.keyframe, "entity": self.entity,
                "message": self.message}


def _fmt_box(box) -> str:
    return "[" + ", ".join(f"{v:.3f}" for v in box) + "]"


def _on_frame(t: float, fps: int) -> bool:
    return abs(t * fps - round(t * fps)) < 1e-6 * max(1.0, t * fps)


def _finite(x) -> bool:
    """A real number that is not NaN or ±inf (bools and strings are not numbers, whatever Python says)."""
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def _numbers(values) -> bool:
    """All finite numbers (at C speed: this runs over every box and keypoint of the film)."""
    try:
        return all(map(math.isfinite, values))
    except (TypeError, ValueError, OverflowError):   # a string, None, an int too large for a float, not a list
        return False


def _triples(keypoints) -> bool:
    try:
        return set(map(len, keypoints)) <= {3} and _numbers(chain.from_iterable(keypoints))
    except TypeError:
        return False


def _validate_shot(shot: Shot, plan: FilmPlan, known: set[str], problems: list[Problem]) -> None:
    sid, fps = _short(shot.id), plan.fps     # an id that failed its pattern still makes a one-line message
    raw_id = shot.id if isinstance(shot.id, str) else None

    def add(code, message, keyframe=None, entity=None):
        problems.append(Problem(code, message, raw_id, keyframe, entity if isinstance(entity, str) else None))

    if not _finite(shot.duration) or not 0 < shot.duration <= limits.MAX_SHOT_SECONDS:
        add("shot_duration", f"{sid} has duration {shot.duration}; give it a positive number of seconds, at "
            f"most {limits.MAX_SHOT_SECONDS:g}")
        return
    if not isinstance(shot.seed, int) or isinstance(shot.seed, bool) or not 0 <= shot.seed <= limits.MAX_SEED:
        add("seed_range", f"{sid} has seed {_short(shot.seed)}; seeds are whole numbers 0..{limits.MAX_SEED}")
    counts = [("keyframes", shot.keyframes, limits.MAX_KEYFRAMES), ("scene-graph edges", shot.scene_graph,
              limits.MAX_EDGES), ("dialogue lines", shot.dialogue, limits.MAX_DIALOGUE)]
    counts += [(f"objects in keyframe {i}", kf.objects, limits.MAX_OBJECTS) for i, kf in enumerate(shot.keyframes)]
    over = [(what, len(items), most) for what, items, most in counts if len(items) > most]
    if over:
        add("too_many", "; ".join(f"{sid} has {n:,} {what}; the limit is {most:,}" for what, n, most in over))
        return
    n = shot.duration * fps
    if abs(n - round(n)) > 1e-6 * max(1.0, n):
        add("duration_not_whole_frames",
            f"{sid} lasts {shot.duration} s = {n:.3f} frames at {fps} fps; make it a whole number of frames "
            f"(e.g. {round(n)}/{fps} = {round(n) / fps:.4f} s)")
    frames = max(1, round(n))
    last_t = (frames - 1) / fps
    if plan.scenes and not (1 <= shot.scene <= len(plan.scenes)):
        add("unknown_scene", f"{sid} has scene {shot.scene}; it must be 1..{len(plan.scenes)}")

    kfs = shot.keyframes
    if not (MIN_KEYFRAMES <= len(kfs) <= MAX_KEYFRAMES):
        add("keyframe_count", f"{sid} has {len(kfs)} keyframes; give it {MIN_KEYFRAMES} to {MAX_KEYFRAMES}")
    for i, kf in enumerate(kfs):
        if not _finite(kf.t):
            add("keyframe_outside_shot", f"keyframe {i} of {sid} has no time (t={kf.t}); give it t = n/{fps}", i)
            continue
        if i and _finite(kfs[i - 1].t) and not kf.t > kfs[i - 1].t:
            add("keyframe_times_not_increasing",
                f"keyframe {i} of {sid} is at t={kf.t} after keyframe {i - 1} at t={kfs[i - 1].t}; "
                f"times must strictly increase", i)
        if kf.t < -_EPS or kf.t > last_t + _EPS:
            add("keyframe_outside_shot",
                f"keyframe {i} of {sid} is at t={kf.t}, outside the shot's frames 0..{last_t:.4f} s", i)
        elif not _on_frame(kf.t, fps):
            add("keyframe_not_on_frame", f"keyframe {i} of {sid} is at t={kf.t}, between frames at {fps} fps; "
                f"use t = n/{fps}", i)
    if kfs and _finite(kfs[0].t) and abs(kfs[0].t) > _EPS:
        add("keyframe_span", f"the first keyframe of {sid} is at t={kfs[0].t}; put it at 0", 0)
    if kfs and _finite(kfs[-1].t) and abs(kfs[-1].t - last_t) > 1e-4:
        add("keyframe_span", f"the last keyframe of {sid} is at t={kfs[-1].t}; put it on the shot's last frame "
            f"t={last_t:.4f} ({frames - 1}/{fps})", len(kfs) - 1)

    good_boxes: list[dict[str, tuple]] = []   # per keyframe: entity -> box, for boxes that passed
    for i, kf in enumerate(kfs):
        placed: dict[str, tuple] = {}
        good_boxes.append(placed)
        for obj in kf.objects:
            e = obj.entity
            en = e if isinstance(e, str) and len(e) <= 60 and e.isprintable() else _short(e)
            if e not in known:
                add("unknown_entity", f"keyframe {i} of {sid} places '{en}', which is not in the entity "
                    f"list; use one of the entity ids or add the entity", i, e)
            if not _numbers(obj.box) or len(obj.box) != 4:
                add("box_outside_frame", f"box {_short(obj.box)} of '{en}' in keyframe {i} of {sid} is not "
                    f"four finite numbers; keep 0<=x0<x1<=1 and 0<=y0<y1<=1", i, e)
                continue
            x0, y0, x1, y1 = obj.box
            if min(obj.box) < -_EPS or max(obj.box) > 1 + _EPS:
                add("box_outside_frame", f"box {_fmt_box(obj.box)} of '{en}' in keyframe {i} of {sid} leaves the "
                    f"frame; keep 0<=x0<x1<=1 and 0<=y0<y1<=1", i, e)
            elif x1 - x0 <= _EPS or y1 - y0 <= _EPS:
                add("box_empty", f"box {_fmt_box(obj.box)} of '{en}' in keyframe {i} of {sid} has no area; "
                    f"need x0<x1 and y0<y1", i, e)
            else:
                placed[e] = obj.box
            if obj.keypoints is not None:
                if len(obj.keypoints) != 18:
                    add("keypoints_count", f"'{en}' in keyframe {i} of {sid} has {len(obj.keypoints)} keypoints; "
                        f"COCO-18 needs 18 [x, y, v] triples", i, e)
                elif not _triples(obj.keypoints):
                    add("keypoints_not_finite", f"'{en}' in keyframe {i} of {sid} has a keypoint that is not three "
                        f"finite numbers [x, y, v]; give each joint a place in the frame, or v=0", i, e)
                else:
                    sx, sy = (x1 - x0) * KEYPOINT_SLACK + 0.01, (y1 - y0) * KEYPOINT_SLACK + 0.01
                    far = [j for j, (kx, ky, v) in enumerate(obj.keypoints)
                           if v > 0 and not (x0 - sx <= kx <= x1 + sx and y0 - sy <= ky <= y1 + sy)]
                    if far:
                        add("keypoints_far_from_box",
                            f"{len(far)} keypoints of '{en}' in keyframe {i} of {sid} lie outside its box "
                            f"{_fmt_box(obj.box)} (joints {far[:4]}); move them into the box or set v=0", i, e)

    # Teleports: a box centre that jumps further than motion allows between consecutive keyframes.
    for i in range(1, len(kfs)):
        if not (_finite(kfs[i].t) and _finite(kfs[i - 1].t)):
            continue
        dt = kfs[i].t - kfs[i - 1].t
        if dt <= 0:
            continue
        before = good_boxes[i - 1]
        for entity, box in good_boxes[i].items():
            prev = before.get(entity)
            if prev is None:
                continue
            dx = (box[0] + box[2] - prev[0] - prev[2]) / 2
            dy = (box[1] + box[3] - prev[1] - prev[3]) / 2
            dist = math.hypot(dx, dy)
            if dist > TELEPORT_SPEED * dt + TELEPORT_MIN:
                add("teleport", f"'{_short(entity)}' jumps {dist:.2f} frame widths in {dt:.2f} s between keyframes "
                    f"{i - 1} and {i} of {sid}; move it gradually or split the shot with a cut", i, entity)

    nodes = {o.entity for k in kfs for o in k.objects if isinstance(o.entity, str)}
    for edge in shot.scene_graph:
        for node in (edge.subject, edge.object):
            if node not in known and node not in nodes:
                add("unknown_graph_node", f"scene-graph edge '{_short(edge.subject)} {_short(edge.predicate)} "
                    f"{_short(edge.object)}' of {sid} names '{_short(node)}', which is no entity; use entity ids",
                    entity=node if isinstance(node, str) else None)
        if not (_finite(edge.start) and _finite(edge.end)) or edge.start > edge.end + _EPS \
                or edge.start < -_EPS or edge.end > shot.duration + _EPS:
            add("graph_edge_time", f"edge '{_short(edge.subject)} {_short(edge.predicate)} {_short(edge.object)}' "
                f"of {sid} spans {edge.start}..{edge.end} s; keep 0<=start<=end<={shot.duration:.4f}")

    timed = []
    for d in shot.dialogue:
        if not (_finite(d.start) and _finite(d.end)) or d.start < -_EPS or d.end > shot.duration + _EPS \
                or d.start >= d.end:
            add("dialogue_outside_shot", f"{_short(d.character)}'s line \"{_short(d.text, 40)}\" in {sid} spans "
                f"{d.start}..{d.end} s; keep 0<=start<end<={shot.duration:.4f}")
            continue
        timed.append(d)
        words = len(d.text.split()) if isinstance(d.text, str) else 0
        if words / (d.end - d.start) > MAX_WORDS_PER_SECOND:
            add("dialogue_not_covered", f"{_short(d.character)}'s line of {words} words in {sid} gets only "
                f"{d.end - d.start:.2f} s; give it at least {words / 3:.1f} s (about 3 words/s) or lengthen the shot")
    for a, b in zip(timed, timed[1:]):
        if b.start < a.start - _EPS:
            add("dialogue_order", f"dialogue of {sid} is out of order: '{_short(b.text, 30)}' starts before "
                f"'{_short(a.text, 30)}'; sort lines by start")


def _frame_problems(plan: FilmPlan) -> list[Problem]:
    fps, w, h = plan.fps, plan.width, plan.height
    ints = all(isinstance(v, int) and not isinstance(v, bool) for v in (fps, w, h))
    if ints and limits.MIN_FPS <= fps <= limits.MAX_FPS and all(
            limits.MIN_FRAME_SIDE <= v <= limits.MAX_FRAME_SIDE for v in (w, h)) and w * h <= limits.MAX_FRAME_PIXELS:
        return []
    return [Problem("frame_format", f"the plan has fps={_short(fps)}, size {_short(w)}x{_short(h)}; give a frame "
                    f"rate of {limits.MIN_FPS}..{limits.MAX_FPS} and a frame of {limits.MIN_FRAME_SIDE}.."
                    f"{limits.MAX_FRAME_SIDE} pixels a side, at most {limits.MAX_FRAME_PIXELS:,} pixels")]


def _count_problems(plan: FilmPlan) -> list[Problem]:
    counts = [("shots", plan.shots, limits.MAX_SHOTS), ("entities", plan.entities, limits.MAX_ENTITIES),
              ("scenes", plan.scenes, limits.MAX_SCENES)]
    return [Problem("too_many", f"the plan has {len(items):,} {what}; the limit is {most:,}")
            for what, items, most in counts if len(items) > most]


def _id_problems(plan: FilmPlan) -> list[Problem]:
    """Ids name files: each must match `limits.ID_PATTERN`, and be unique among its kind (linear: a Counter)."""
    problems: list[Problem] = []
    rule = f"ids are 1-{limits.MAX_ID_CHARS} lower-case letters, digits, '_' or '-', starting with a letter or digit"
    for kind, items in (("entity", plan.entities), ("shot", plan.shots)):
        for item in items:
            if not is_safe_id(item.id):
                problems.append(Problem("bad_id", f"{kind} id '{_short(item.id)}' cannot name a file; {rule}",
                                        shot=item.id if kind == "shot" and isinstance(item.id, str) else None,
                                        entity=item.id if kind == "entity" and isinstance(item.id, str) else None))
        counts = Counter(item.id for item in items if isinstance(item.id, str))
        for dup in (i for i, n in counts.items() if n > 1):
            if kind == "entity":
                problems.append(Problem("duplicate_entity", f"entity id '{dup}' is used twice; ids must be unique",
                                        entity=dup))
            else:
                problems.append(Problem("duplicate_shot", f"shot id '{dup}' is used twice; ids must be unique", dup))
    return problems


def _texts(plan: FilmPlan):
    """(where, value) for every string of the plan, and every number outside the shots' own checks (voices,
    music, attributes), in the order a reader meets them."""
    yield "title", plan.title
    yield "style", plan.style
    for k, v in plan.title_page.items():
        yield "title page", k
        yield "title page", v
    yield from _music("the film's music", plan.music)
    for sc in plan.scenes:
        yield f"scene {sc.index}", sc.number
        yield f"scene {sc.index}", sc.heading
        yield from _music(f"scene {sc.index}'s music", getattr(sc, "music", None))
    for e in plan.entities:
        for v in (e.id, e.name, e.kind, e.description):
            yield f"entity {_short(e.id)}", v
        voice = e.voice
        if voice is not None and not isinstance(voice, str):
            for v in (voice.backend, voice.voice, voice.speaker, voice.pitch, voice.rate, voice.timbre, voice.gain):
                yield f"entity {_short(e.id)}'s voice", v
        else:
            yield f"entity {_short(e.id)}'s voice", voice
        for v in _leaves(e.attributes):
            yield f"entity {_short(e.id)}'s attributes", v
    for s in plan.shots:
        where = f"shot {_short(s.id)}"
        bg = s.background
        for v in (s.id, s.description, bg.int_ext, bg.location, bg.time_of_day, bg.description):
            yield where, v
        for kf in s.keyframes:
            yield where, kf.prompt
            for o in kf.objects:
                yield where, o.entity
        for e in s.scene_graph:
            for v in (e.subject, e.predicate, e.object):
                yield where, v
        for d in s.dialogue:
            for v in (d.character, d.text, getattr(d, "extension", None), getattr(d, "parenthetical", None)):
                yield where, v


def _music(where: str, music):
    if music is not None:
        for v in (music.path, music.backend, music.prompt, music.offset, music.gain, music.fade_in, music.fade_out):
            yield where, v


def _leaves(value, depth: int = 0):
    """Strings and numbers inside an attribute value (nested lists and dicts), iteratively and to a bounded
    depth, so a hostile attribute cannot recurse the validator to death."""
    stack = [(value, 0)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, dict):
            if d >= limits.MAX_JSON_DEPTH:
                yield _TOO_DEEP
                continue
            for k, x in v.items():
                stack.append((x, d + 1))
                stack.append((k, d + 1))
        elif isinstance(v, (list, tuple)):
            if d >= limits.MAX_JSON_DEPTH:
                yield _TOO_DEEP
                continue
            stack.extend((x, d + 1) for x in v)
        else:
            yield v


class _TooDeep:
    def __repr__(self) -> str:
        return f"a value nested over {limits.MAX_JSON_DEPTH} deep"


_TOO_DEEP = _TooDeep()
_UNENCODABLE = re.compile("[\ud800-\udfff\x00]")   # lone surrogates cannot be written as UTF-8; NUL ends C strings


def _text_problems(plan: FilmPlan) -> list[Problem]:
    """Strings a renderer, a file or a subtitle cannot take: not text, too long, a lone surrogate or NUL.
    Numbers inside attributes must be finite. One regex pass over all the text at once in the common case."""
    problems: list[Problem] = []
    strings: list[str] = []
    for where, v in _texts(plan):
        if v is None or isinstance(v, bool):
            continue
        if isinstance(v, str):
            if len(v) > limits.MAX_TEXT_CHARS:
                problems.append(Problem("text", f"a text of {where} has {len(v):,} characters; the limit is "
                                        f"{limits.MAX_TEXT_CHARS:,}"))
            strings.append(v)
        elif isinstance(v, (int, float)):
            if not _finite(v) or abs(v) > 2**63:
                problems.append(Problem("not_finite", f"{where} holds the number {_short(v)}; use a finite number "
                                        "of at most 2^63"))
        else:
            problems.append(Problem("text", f"{where} holds {_short(v)}; use text"))
    if _UNENCODABLE.search("".join(strings)):
        for where, v in _texts(plan):
            if isinstance(v, str) and _UNENCODABLE.search(v):
                problems.append(Problem("text", f"a text of {where} holds a lone surrogate or NUL character "
                                        f"({_short(v, 40)}); it cannot be written as UTF-8"))
                break
    return problems


def _str_or_none(value) -> str | None:
    return value if isinstance(value, str) else None


def _short(value, n: int = 60) -> str:
    """A value for a message: long or odd values cut down so that the message stays one line."""
    text = value if isinstance(value, str) else repr(value)
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")   # lone surrogates printed as \udXXX
    text = text.replace("\n", "\\n").replace("\r", "\\r").replace("\x00", "\\x00")
    return text if len(text) <= n else text[:n] + f"…({len(text):,} characters)"


def validate(plan: FilmPlan) -> list[Problem]:
    """Everything wrong with `plan`, as typed problems; an empty list means it is good to render."""
    try:
        return _validate(plan)
    except (TypeError, ValueError, AttributeError, OverflowError, KeyError) as exc:
        # A plan built or edited in code (model_construct, attribute assignment) can hold any object where
        # the model says number or list: still a problem to report, never a crash.
        return [Problem("malformed", f"the plan holds a value of the wrong type ({_short(str(exc))}); "
                        "build it through the models (FilmPlan.model_validate)")]


def _validate(plan: FilmPlan) -> list[Problem]:
    problems = _frame_problems(plan) or _count_problems(plan)
    if problems:
        return problems       # nothing else is measured against a frame, and counts bound the time spent here
    problems = _id_problems(plan) + _text_problems(plan)
    known = {e.id for e in plan.entities if isinstance(e.id, str)}
    total = 0.0
    for shot in plan.shots:
        try:
            _validate_shot(shot, plan, known, problems)
        except (TypeError, ValueError, AttributeError, OverflowError) as exc:   # located to its shot
            problems.append(Problem("malformed", f"shot {_short(shot.id)} holds a value of the wrong type "
                                    f"({_short(str(exc))}); rebuild it through the models", _str_or_none(shot.id)))
        total += shot.duration if _finite(shot.duration) and shot.duration > 0 else 0.0
    if total > limits.MAX_FILM_SECONDS:
        problems.append(Problem("too_long", f"the shots last {total:,.0f} s in all; the limit is "
                                f"{limits.MAX_FILM_SECONDS:,.0f} s"))
    for i, shot in enumerate(plan.shots):
        tr = shot.transition_in
        if tr.type == "cut":
            continue
        if tr.type == "wipe" and tr.direction is None:
            problems.append(Problem("transition_direction", f"the wipe into {shot.id} needs a direction "
                                    "(left, right, up, down)", shot.id))
        limits_ = [d for d in [shot.duration] + ([plan.shots[i - 1].duration] if i > 0 else []) if _finite(d)]
        shortest = min(limits_, default=0.0)
        if not _finite(tr.duration) or tr.duration < 0 or tr.duration >= shortest / 2:
            problems.append(Problem("transition_too_long", f"the {tr.type} into {shot.id} lasts {tr.duration} s; "
                                    f"keep it under half of the shorter adjacent shot ({shortest / 2:.2f} s)",
                                    shot.id))
    return problems


# ----------------------------------------------------------------------------------------------------------------
# Layout tokens
# ----------------------------------------------------------------------------------------------------------------

_PLAIN_ID = re.compile(r"^[A-Za-z0-9_.\-]+$")


def _num(v: float) -> str:
    return repr(float(v))


def _ident(s: str) -> str:
    return s if _PLAIN_ID.match(s) and s not in ("kp", "xmin") else json.dumps(s)


def _object_tokens(obj: SceneObject) -> str:
    x0, y0, x1, y1 = obj.box
    s = f"[{_ident(obj.entity)} xmin {_num(x0)} ymin {_num(y0)} xmax {_num(x1)} ymax {_num(y1)}"
    if obj.keypoints is not None:
        s += " kp " + ", ".join(" ".join(_num(v) for v in kp) for kp in obj.keypoints)
    return s + "]"


def to_layout_tokens(shot: Shot) -> str:
    """The shot's keyframe layouts as layout tokens: one header line, then one line per keyframe."""
    names = []
    for kf in shot.keyframes:
        for o in kf.objects:
            if o.entity not in names:
                names.append(o.entity)
    lines = [f"layout {_ident(shot.id)}; size {shot.camera.size}; {len(shot.keyframes)} keyframes; "
             f"entities {', '.join(_ident(n) for n in names)}"]
    for i, kf in enumerate(shot.keyframes):
        objs = " ".join(_object_tokens(o) for o in kf.objects)
        lines.append(f"kf {i}; t {_num(kf.t)}; {len(kf.objects)} instances; {objs}; prompt {json.dumps(kf.prompt)}")
    return "\n".join(lines)


_KF_HEAD = re.compile(r"kf (\d{1,9}); t (\S+); (\d{1,9}) instances;?\s*")
# An object opens at the start, after a space or after the previous "]": inside a run of "[" only the first can
# open one, so a line of 100,000 "[" is one attempt, not 100,000 (each re-reading the run).
_OBJ = re.compile(r"(?<![^\s\]])\[(\"(?:[^\"\\]|\\.)*\"|[^\s\]]+) xmin (\S+) ymin (\S+) xmax (\S+) ymax (\S+)"
                  r"(?: kp ([^\]]*))?\]")
_PROMPT = 'prompt "'


def from_layout_tokens(text: str, shot_template: Shot | None = None) -> list[Keyframe]:
    """Keyframes from layout tokens; a keyframe without a prompt takes the template keyframe's (or description).

    Raises `InputError` naming the line and the problem on malformed tokens, so an LLM can be asked to fix it.
    Linear in the text: the prompt is split off by position (the first `prompt "`, on a line that ends with a
    quote), not by a lazy pattern that re-scanned the line's tail at every character.
    """
    keyframes: list[Keyframe] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("layout "):
            continue
        m = _KF_HEAD.match(line)
        if not m:
            raise InputError(f"not a keyframe line (want 'kf N; t SECONDS; K instances; [entity xmin … ymax …] …'):"
                             f" {line[:80]!r}", "<layout tokens>", lineno)
        index, count = int(m.group(1)), int(m.group(3))
        if index != len(keyframes):
            raise InputError(f"keyframe {index} where {len(keyframes)} was expected", "<layout tokens>", lineno)
        objects_text, prompt_text = line[m.end():], None
        j = objects_text.find(_PROMPT)
        if j != -1 and objects_text.endswith('"') and len(objects_text) >= j + len(_PROMPT) + 2:
            objects_text, prompt_text = objects_text[:j], objects_text[j + len(_PROMPT) - 1:]
            objects_text = objects_text[:-1] if objects_text.endswith(" ") else objects_text
            objects_text = objects_text[:-1] if objects_text.endswith(";") else objects_text
        try:
            t = float(m.group(2))
            objects = []
            for om in _OBJ.finditer(objects_text):
                ent = json.loads(om.group(1)) if om.group(1).startswith('"') else om.group(1)
                box = tuple(float(om.group(k)) for k in range(2, 6))
                kps = None
                if om.group(6) is not None:
                    kps = [tuple(float(v) for v in p.split()) for p in om.group(6).split(",")]
                    if any(len(p) != 3 for p in kps):
                        raise ValueError("each keypoint needs three numbers 'x y v'")
                objects.append(SceneObject(entity=ent, box=box, keypoints=kps))
            prompt = json.loads(prompt_text) if prompt_text is not None else None
        except ValueError as exc:   # bad numbers (NaN and infinity too: the models refuse them), bad JSON strings
            detail = " ".join(str(exc).split())[:120]
            raise InputError(f"bad number or string in keyframe {index}: {detail}", "<layout tokens>", lineno) from None
        if len(objects) != count:
            raise InputError(f"keyframe {index} says {count} instances but lists {len(objects)} boxes",
                             "<layout tokens>", lineno)
        if prompt is None:
            if shot_template is not None and index < len(shot_template.keyframes):
                prompt = shot_template.keyframes[index].prompt
            else:
                prompt = shot_template.description if shot_template is not None else ""
        if not isinstance(prompt, str):
            raise InputError(f"the prompt of keyframe {index} is not a string", "<layout tokens>", lineno)
        keyframes.append(Keyframe(t=t, prompt=prompt, objects=objects))
    return keyframes


__all__ = ["Problem", "from_layout_tokens", "to_layout_tokens", "validate"]
