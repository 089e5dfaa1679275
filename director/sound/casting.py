"""Casting: every speaking character gets a voice of their own, written into plan.json (`entities[].voice`).

A voice already in the plan is kept (the writer's edit, or an earlier casting), so casting is stable: the
same plan casts the same way in any process, and a character added later does not recast the others.
Characters are cast in order of their first line. The guess at gender and age reads the bible's words
("woman", "she", "beard", "70s", "old"); a writer who disagrees edits the voice in plan.json.

With several voices (eSpeak's variants), each character gets a different one of their kind. With one
neural voice (piper's joe), characters get different derived voices: presets of pitch, rate and timbre
spread apart, each new character taking the preset farthest from those already cast.
"""
from __future__ import annotations

import re

from ..models import Entity, FilmPlan, Voice

# (pitch semitones, rate, timbre dB/octave) for a voice that is itself adult male (piper's joe)
PRESETS = {
    "male": [(0.0, 1.0, 0.0), (-3.5, 0.94, -2.0), (2.5, 1.07, 1.5), (-6.0, 0.9, -3.0), (1.0, 1.12, 3.0),
             (-1.5, 1.04, 2.5)],
    "female": [(6.0, 1.04, 2.0), (8.5, 1.0, 0.5), (4.5, 1.09, 3.5), (10.0, 0.96, 1.0), (7.0, 1.12, -1.0)],
    "child": [(10.5, 1.06, 3.0), (12.0, 1.1, 2.0)],
}
PRESETS["unknown"] = PRESETS["male"][:3] + PRESETS["female"][:3]

_FEMALE = re.compile(r"\b(she|her|hers|herself|woman|women|girl|lady|mother|mom|mum|daughter|sister|wife|aunt|"
                     r"grandmother|grandma|queen|princess|mrs|ms|miss|madam|actress|waitress|widow|nun|bride)\b",
                     re.I)
_MALE = re.compile(r"\b(he|him|his|himself|man|men|boy|gentleman|father|dad|son|brother|husband|uncle|"
                   r"grandfather|grandpa|king|prince|mr|sir|actor|waiter|widower|monk|priest|groom|beard|"
                   r"bearded|moustache|mustache)\b", re.I)
_CHILD = re.compile(r"\b(child|kid|toddler|baby|boy of|girl of|little (?:boy|girl))\b", re.I)
_OLD = re.compile(r"\b(old|elderly|aged|ancient|grey|gray|white-haired|[6-9]0s)\b", re.I)


def speaking_order(plan: FilmPlan) -> list[str]:
    """Ids (or cues) of everyone who speaks, in order of their first line."""
    seen: dict[str, None] = {}
    for shot in plan.shots:
        for line in shot.dialogue:
            seen.setdefault(line.character, None)
    return list(seen)


def guess(entity: Entity) -> tuple[str, bool]:
    """(kind: male, female, child or unknown; old) from the entity's attributes and words."""
    attrs = {k.lower(): str(v).lower() for k, v in entity.attributes.items()}
    words = " ".join([entity.name, entity.description, *attrs.values()])
    age = attrs.get("age", "")
    old = bool(_OLD.search(words)) or bool(re.match(r"\s*[6-9]\d", age))
    if attrs.get("gender") in ("female", "male"):
        return attrs["gender"], old
    if _CHILD.search(words) or re.match(r"\s*(?:[1-9]|1[0-2])\s*$", age):
        return "child", False
    female, male = len(_FEMALE.findall(words)), len(_MALE.findall(words))
    if female != male:
        return ("female" if female > male else "male"), old
    first = entity.name.split()[0].lower() if entity.name.split() else ""
    if first.endswith("a") and len(first) > 2:      # Mara, Anna, Sofia: a weak guess, used only when the
        return "female", old                        # bible's words say nothing either way
    return "unknown", old


DISTINCT = 3.0
"""How far apart two derived voices must be (in the units of `_spread`) to count as distinct."""


def _spread(candidates, taken) -> tuple:
    """The first candidate (they are listed most natural first) at least `DISTINCT` from every voice already
    taken — pitch in 2-semitone, rate in 5 %, timbre in 2 dB units — or, when none is, the farthest one."""
    def dist(a, b):
        return (((a[0] - b[0]) / 2) ** 2 + ((a[1] - b[1]) / 0.05) ** 2 + ((a[2] - b[2]) / 2) ** 2) ** 0.5

    if not taken:
        return candidates[0]
    for c in candidates:
        if min(dist(c, t) for t in taken) >= DISTINCT:
            return c
    return max(candidates, key=lambda c: min(dist(c, t) for t in taken))


def cast(plan: FilmPlan, backend, backend_name: str | None = None) -> FilmPlan:
    """`plan` with a voice for every speaking entity that has none; entities that have one keep it."""
    name = backend_name or getattr(backend, "name", None)
    caps = backend.capabilities
    entities = {e.id: e for e in plan.entities}
    taken_derived = [(e.voice.pitch, e.voice.rate, e.voice.timbre) for e in plan.entities if e.voice]
    taken_names = {e.voice.voice for e in plan.entities if e.voice and e.voice.voice}
    changed: dict[str, Entity] = {}
    gender_of = getattr(backend, "gender", None)
    for cid in speaking_order(plan):
        entity = entities.get(cid)
        if entity is None or entity.voice is not None:
            continue
        kind, old = guess(entity)
        if len(caps.voices) > 1 and callable(gender_of):
            voice = _pick_named(caps.voices, gender_of, kind, taken_names)
            taken_names.add(voice)
            v = Voice(backend=name, voice=voice, rate=0.92 if old else 1.0, pitch=-1.0 if old else 0.0)
        else:
            candidates = PRESETS[kind]
            if old:         # older: a little lower, slower and darker than the same preset
                candidates = [(p - 1.0, round(r * 0.94, 3), t - 1.0) for p, r, t in candidates]
            pitch, rate, timbre = _spread(candidates, taken_derived)
            taken_derived.append((pitch, rate, timbre))
            v = Voice(backend=name, voice=caps.voices[0] if caps.voices else None, pitch=pitch, rate=rate,
                      timbre=timbre)
        changed[cid] = entity.model_copy(update={"voice": v})
    if not changed:
        return plan
    return plan.model_copy(update={"entities": [changed.get(e.id, e) for e in plan.entities]})


_CLASSIC = ("m3", "f2", "m1", "f3", "m2", "f4", "m4", "f1", "m6", "f5", "m7", "m5")
"""eSpeak's own numbered variants first (the clearest), in an order that alternates men and women."""


def _pick_named(voices, gender_of, kind: str, taken: set[str]) -> str:
    """A voice of the character's kind not yet taken; the classic variants before the rest."""
    by_variant = {v.partition("+")[2]: v for v in voices}
    ordered = [by_variant[c] for c in _CLASSIC if c in by_variant] + [v for v in voices if v not in taken]
    want = {"male": "male", "female": "female", "child": "female"}.get(kind)
    for v in ordered:
        if v not in taken and (want is None or gender_of(v) == want):
            return v
    for v in ordered:
        if v not in taken:
            return v
    return ordered[len(taken) % len(ordered)]
