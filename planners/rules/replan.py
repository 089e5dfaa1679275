"""The rules planner's version of one shot of a plan: `plan_shot(planner, plan, shot_id, constraints, config)`.

Planning a film cuts the script into `ShotSpec`s (grammar.py) and turns each into a Shot with the planner's
per-shot code (`RulesPlanner._shot`: reading, staging, prompts, dialogue). Re-planning one shot reads the shot
back into a ShotSpec — its description is the text the staging reads (a writer's rewrite included), its
dialogue the lines, its camera the framing, the bible the plan's entities — and runs that same per-shot code,
so whatever the reader and the staging learn shows in a re-planned shot exactly as in a planned film.

What the writer fixed (`director.planning.ShotConstraints`) steers it: a fixed cast is the only cast the
staging may use (the text cannot bring anyone else in, and everyone in it is staged even if the text does not
name them); the camera is always the shot's own (a new size or angle re-frames the figures); pinned boxes are
put back afterwards by `director.planning.apply_constraints`. Only the plan's entities appear: something the
bible lacks is added to the bible first (the studio's Cast section), then named.
"""
from __future__ import annotations

import re
from typing import Any

from director.errors import DirectorError
from director.models import Entity, FilmPlan, SceneObject, Shot
from director.planning import ShotConstraints, refit_keypoints

from .bible import Bible, slug
from .grammar import Line, ShotSpec
from .language import Reader, Thing
from .lexicon import singular

ANGLE_VIEW = {"low": (1.15, "bottom"), "high": (0.85, "top"), "overhead": (0.6, "middle")}
"""How a camera angle changes the figures the staging framed at eye level: (scale, the edge that stays put).
From below, people tower (bigger, feet where they stood); from above they shrink toward the ground (heads
where they were); straight down, bodies foreshorten to their middle. Dutch, POV and over-the-shoulder keep
the staging's figures (the renderer tilts the set; the staging places the shoulder)."""


class PlanBible(Bible):
    """A rules-planner bible made from a plan's entities (no script needed); `only` limits who may appear.

    Characters are found by their name and by each longer word of it ("Old Tomas" is also "Tomas"); a noun
    the text names ("the cat", "two rocks") is the plan's entity of that noun, never a new one.
    """

    def __init__(self, entities: list[Entity], only: set[str] | None = None) -> None:
        super().__init__()
        for e in entities:
            if only is not None and e.id not in only:
                continue
            self.entities[e.id] = e.model_copy(deep=True)
            self._descriptions[e.id] = [d.strip() for d in e.description.split(";") if d.strip()]
        for e in self.entities.values():
            if e.kind == "person":
                self.names.setdefault(e.name.lower(), e.id)
                for word in e.name.lower().split():
                    if len(word) > 2 and word not in ("mr.", "mrs.", "dr.", "the", "young", "old"):
                        self.names.setdefault(word, e.id)
            elif e.attributes.get("noun") and e.name.lower() != e.attributes["noun"]:
                self.names.setdefault(e.name.lower(), e.id)     # a named thing: "the LIGHTHOUSE"

    def things(self, thing: Thing, taken: set[str]) -> list[str]:
        if thing.character:
            return [thing.key] if thing.key in self.entities else []
        key = slug(singular(thing.key))
        matches = [eid for eid, e in self.entities.items() if eid not in taken and (
            eid == key or re.fullmatch(re.escape(key) + r"_\d+", eid) or e.attributes.get("noun") == thing.key
            or slug(singular(e.name.lower())) == key)]
        return matches[:max(1, min(thing.count, 8))]


def _staging_text(description: str, speech: list[str]) -> str:
    """What the staging reads: the description without the spoken words a dialogue shot's description quotes."""
    text = description
    for line in speech:
        if line and line in text:
            text = text.replace(line, " ")
    text = re.sub(r"\s*[:/]\s*(?=\s*$)", "", text.strip())
    return re.sub(r"\s+", " ", text).strip(" :/")


def _sides(plan: FilmPlan, shot: Shot, persons: set[str]) -> dict[str, str]:
    """Each character's side of the 180° line in the shot's scene, as the planner gave them: by order of first
    appearance in the scene's shots (who speaks, who is on screen), the first on the left, the next on the
    right, and so on (grammar.SceneCutter's rule)."""
    order: list[str] = []
    for other in plan.shots:
        if other.scene != shot.scene:
            continue
        for eid in [d.character for d in other.dialogue] + [o.entity for kf in other.keyframes for o in kf.objects]:
            if eid in persons and eid not in order:
                order.append(eid)
    return {eid: ("left" if i % 2 == 0 else "right") for i, eid in enumerate(order)}


def _named(text: str, bible: PlanBible) -> list[str]:
    """The characters `text` names, in order (whole words, any case: 'MARA', 'Mara', "Tomas's")."""
    found = []
    for m in re.finditer(r"[A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z][A-Za-z\-]*)?", text):
        for phrase in (m.group(0).lower(), m.group(0).split()[0].lower()):
            eid = bible.names.get(phrase)
            if eid is not None and bible.entities[eid].kind == "person":
                found.append(eid)
                break
    return list(dict.fromkeys(found))


def _spec(shot: Shot, bible: PlanBible, constraints: ShotConstraints) -> ShotSpec:
    speech = [d.text.strip() for d in shot.dialogue]
    quoted = any(s and s in shot.description for s in speech)     # the planner's "NAME: line" description
    text = _staging_text(shot.description, speech) if speech else shot.description
    here = list(dict.fromkeys(o.entity for kf in shot.keyframes for o in kf.objects if o.entity in bible.entities))
    persons = [e for e in here if bible.entities[e].kind == "person"]
    named = _named(text, bible)
    if constraints.cast:
        cast = here
    elif named:
        cast = list(dict.fromkeys(named))   # the text says who is there
    else:
        cast = persons                  # "He sits down." keeps whoever was there
    speakers = [d.character for d in shot.dialogue if d.character in bible.entities]
    focus = speakers[0] if speakers else None
    shoulder = None
    kind = "action"
    if speakers and quoted:
        others = [p for p in dict.fromkeys(persons + named) if p != focus]
        if shot.camera.angle == "over_the_shoulder" and others:
            kind, shoulder = "ots", others[0]
        elif others and len(dict.fromkeys(persons + named)) >= 2:
            kind = "two_shot"
        else:
            kind = "single"
        text = "" if kind != "single" else text      # dialogue coverage is staged from its cast, not its words
        if not constraints.cast:
            cast = [p for p in dict.fromkeys(persons + named + [focus]) if p]
    lines = [Line(d.character, d.text, visible=d.character in here or d.character in named) for d in shot.dialogue]
    return ShotSpec(kind, shot.camera, text=text, description=shot.description, focus=focus, shoulder=shoulder,
                    cast=cast, lines=lines, seconds=shot.duration, transition=shot.transition_in)


def _angle_view(shot: Shot) -> Shot:
    """The figures as the shot's camera angle sees them (see ANGLE_VIEW), keypoints carried along."""
    view = ANGLE_VIEW.get(shot.camera.angle)
    if view is None:
        return shot
    scale, edge = view
    keyframes = []
    for kf in shot.keyframes:
        objects = []
        for o in kf.objects:
            x0, y0, x1, y1 = o.box
            cx, w, h = (x0 + x1) / 2, (x1 - x0) * scale, (y1 - y0) * scale
            if edge == "bottom":
                box = (cx - w / 2, y1 - h, cx + w / 2, y1)
            elif edge == "top":
                box = (cx - w / 2, y0, cx + w / 2, y0 + h)
            else:
                cy = (y0 + y1) / 2
                box = (cx - (x1 - x0) / 2, cy - h / 2, cx + (x1 - x0) / 2, cy + h / 2)
            clipped = tuple(round(min(max(v, 0.0), 1.0), 4) for v in box)
            if clipped[2] - clipped[0] <= 1e-3 or clipped[3] - clipped[1] <= 1e-3:
                continue
            keypoints = refit_keypoints(o.keypoints, o.box, box)
            if keypoints is not None:
                keypoints = [(x, y, v if clipped[0] - 0.01 <= x <= clipped[2] + 0.01
                              and clipped[1] - 0.01 <= y <= clipped[3] + 0.01 else 0.0) for x, y, v in keypoints]
            objects.append(SceneObject(entity=o.entity, box=clipped, keypoints=keypoints))
        keyframes.append(kf.model_copy(update={"objects": objects}))
    return shot.model_copy(update={"keyframes": keyframes})


def plan_shot(planner, plan: FilmPlan, shot_id: str, constraints: ShotConstraints | None,
              config: dict[str, Any] | None = None) -> Shot:
    """The rules planner's new version of shot `shot_id` of `plan` (see the module docstring)."""
    shot = next((s for s in plan.shots if s.id == shot_id), None)
    if shot is None:
        raise DirectorError(f"no shot '{shot_id}' in the plan")
    constraints = constraints or ShotConstraints()
    only = {o.entity for kf in shot.keyframes for o in kf.objects} if constraints.cast else None
    bible = PlanBible(plan.entities, only)
    spec = _spec(shot, bible, constraints)
    prose = all(s.heading is None for s in plan.scenes) and not any(s.dialogue for s in plan.shots)
    persons = {eid for eid, e in bible.entities.items() if e.kind == "person"}
    sides = {} if prose else _sides(plan, shot, persons)
    reader = Reader(bible.names, {e.id: e.kind for e in bible.entities.values()})
    style = (config or {}).get("style", plan.style) or ""
    new = planner._shot(shot.id, shot.scene, spec, sides, reader, bible, shot.background, plan.fps,
                        plan.width / plan.height, 0, prose, style)
    # the script's words stay as the plan has them (timing, extension, how a line is said): a re-plan is of the
    # picture
    new = new.model_copy(update={"description": shot.description, "seed": shot.seed, "dialogue": shot.dialogue,
                                 "transition_in": shot.transition_in, "camera": shot.camera})
    return _angle_view(new)


__all__ = ["ANGLE_VIEW", "PlanBible", "plan_shot"]
