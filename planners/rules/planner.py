"""The rules planner: a screenplay (or a sentence of prose) to a FilmPlan, offline and deterministic.

Data flows one way: the bible (who and what is in the film) → the shot grammar (which shots, how long) → the
reader (what each shot's text says) → staging (boxes, poses, scene graph per keyframe) → timing of dialogue and
transitions. The same script and options always give the same plan, byte for byte.
"""
from __future__ import annotations

import hashlib
import re
from typing import Any

from director.errors import DirectorError
from director.models import Background, FilmPlan, PlanScene, Script, Shot, ShotDialogue, Transition
from director.parsing.headings import time_words
from director.parsing.structure import film_structure

from .bible import Bible, slug
from .grammar import LEAD_IN, LINE_GAP, SceneCutter, ShotSpec, speech_seconds
from .language import Reader, Thing, sequence_across_sentences
from .lexicon import COLLECTIVE, NOUNS, compound_head
from .staging import Cast, stage
from .syntax import open_class

MAX_CAST = 12
MAX_CAST_PROSE = 24     # one sentence's shot: 'twenty stars' are twenty (lexicon.MOST_INSTANCES), and a thing or two
SIZE_WORDS = {"ECU": "extreme close-up", "CU": "close-up", "MCU": "medium close-up", "MS": "medium shot",
              "MLS": "medium long shot", "LS": "long shot", "ELS": "extreme long shot"}


def shot_seed(film_seed: int, shot_id: str) -> int:
    """A stable 31-bit seed from the film seed and the shot id (not Python's salted hash())."""
    digest = hashlib.sha256(f"{film_seed}:{shot_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


def keyframe_times(frames: int, fps: int, seconds: float) -> list[float]:
    """6–9 keyframe times on frame boundaries: the first frame, the last, evenly between (longer shots get more)."""
    k = 6 if seconds < 3 else 7 if seconds < 5 else 8 if seconds < 8 else 9
    k = min(k, frames)
    idx = [round(i * (frames - 1) / (k - 1)) for i in range(k)]
    return [i / fps for i in idx]


def _title(script: Script) -> str:
    raw = script.title_page.get("title") or ""
    first = next((ln for ln in raw.splitlines() if ln.strip()), "")
    return re.sub(r"[*_]+", "", first).strip() or "Untitled"


class RulesPlanner:
    """Entry point `director.planners: rules`. Options: fps, width, height, seed, style."""

    name = "rules"

    def __init__(self, fps: int = 24, width: int = 640, height: int = 360, seed: int = 0, style: str = "",
                 **_ignored: Any) -> None:
        self.options = {"fps": fps, "width": width, "height": height, "seed": seed, "style": style}

    def plan(self, script: Script, config: dict[str, Any] | None = None) -> FilmPlan:
        opts = {**self.options, **{k: v for k, v in (config or {}).items() if v is not None}}
        try:
            fps, width, height, seed = int(opts["fps"]), int(opts["width"]), int(opts["height"]), int(opts["seed"])
        except (TypeError, ValueError) as exc:
            raise DirectorError(f"rules planner: fps, width, height and seed must be integers ({exc})") from None
        if fps <= 0 or width <= 0 or height <= 0:
            raise DirectorError(f"rules planner: fps ({fps}), width ({width}) and height ({height}) must be positive")
        aspect = width / height
        structure = film_structure(script)    # front matter aside, FADE IN/OUT, transitions and times in any language
        script = structure.story
        bible = Bible.from_script(script)
        prose = all(s.heading is None for s in script.scenes) and not any(
            el.type == "dialogue" for s in script.scenes for el in s.elements)
        cutter = SceneCutter(bible, prose=prose)
        scenes: list[PlanScene] = []
        shots: list[Shot] = []
        for s_index, scene in enumerate(script.scenes, 1):
            scenes.append(PlanScene(index=s_index, number=scene.number, heading=scene.heading))
            specs = cutter.cut(scene)
            groups: dict[str, list[str]] = {}    # the scene's groups by noun: 'the goats' are the goats it named
            bible.scrA9_families = set()          # ... and those of them that are someone's ('their kids'; scrA9)
            reader = Reader(bible.names, {e.id: e.kind for e in bible.entities.values()}, bible.genders,
                            screenplay=not prose)
            background = Background(int_ext=scene.int_ext, location=scene.location, time_of_day=scene.time_of_day,
                                    description=scene.heading or "")
            for n, spec in enumerate(specs, 1):
                shot_id = f"sc{s_index:03d}_sh{n:02d}"
                shots.append(self._shot(shot_id, s_index, spec, cutter.sides, reader, bible, background, fps,
                                        aspect, seed, prose, opts["style"], groups))
        if structure.opening is not None and shots:
            shots[0].transition_in = structure.opening    # FADE IN: the film fades up from black
        _fit_transitions(shots, fps)
        closing = structure.closing
        if closing is not None and closing.type != "cut" and shots:
            closing = closing.model_copy(update={"duration": min(closing.duration,
                                                                 int(shots[-1].duration * fps / 2) / fps)})
        used = {o.entity for sh in shots for k in sh.keyframes for o in k.objects}
        used |= {e.subject for sh in shots for e in sh.scene_graph} | {e.object for sh in shots for e in sh.scene_graph}
        speakers = {d.character for sh in shots for d in sh.dialogue}
        entities = [e for e in bible.entities.values() if e.id in used or e.id in speakers or e.kind == "person"]
        return FilmPlan(title=_title(script), fps=fps, width=width, height=height, style=opts["style"],
                        title_page=dict(script.title_page), scenes=scenes, entities=entities, shots=shots,
                        closing=closing)

    def plan_shot(self, plan: FilmPlan, shot_id: str, constraints=None, config: dict[str, Any] | None = None) -> Shot:
        """One shot of `plan` planned again from the shot as it stands, keeping what the writer fixed (replan.py)."""
        from .replan import plan_shot

        return plan_shot(self, plan, shot_id, constraints, config)

    def _shot(self, shot_id: str, scene_index: int, spec: ShotSpec, sides: dict[str, str], reader: Reader,
              bible: Bible, background: Background, fps: int, aspect: float, seed: int, prose: bool,
              style: str, groups: dict[str, list[str]] | None = None) -> Shot:
        frames = max(6, round(spec.seconds * fps))
        duration = frames / fps
        times = keyframe_times(frames, fps, duration)

        # Who is on screen: the spec's characters, then what the text names.
        cast: list[Cast] = []
        ids_taken: set[str] = set()

        def add_cast(eid: str, kind: str, key: str, attributes: dict) -> None:
            key = key if key in NOUNS else compound_head(key) or key      # 'armchair' the size of a chair
            if eid not in ids_taken and len(cast) < (MAX_CAST_PROSE if prose else MAX_CAST):
                ids_taken.add(eid)
                cast.append(Cast(id=eid, kind=kind, key=key, attributes=attributes,
                                 side=sides.get(eid) if not prose else None))

        for cid in spec.cast:
            if cid in bible.entities:
                entity = bible.entities[cid]   # a re-planned shot's fixed cast may hold props (replan.py)
                if entity.kind == "person":
                    add_cast(cid, "person", "person", {})
                else:
                    add_cast(cid, entity.kind, entity.attributes.get("noun", cid), entity.attributes)
        # The shot's characters are what its pronouns can mean ('She sits' in a shot of Mara).
        things: list[Thing] = [Thing(key=c.id, kind=c.kind, character=True, words=bible.entities[c.id].name,
                                     definite=True) for c in cast if c.id in bible.entities]
        if not prose and groups and spec.text and _SCRA9_EVERYONE.search(spec.text):
            for eid in _scrA9_groups_here(groups, bible):
                e = bible.entities[eid]
                add_cast(eid, e.kind, e.attributes.get("noun", "person"), e.attributes)
        if not prose and groups and spec.text and _THEY.search(spec.text) and \
                sum(c.kind == "person" for c in cast) < 2:
            things += _group_for_they(groups, bible)
        actions = []
        if spec.text:
            told: list[list] = []
            for sentence in _sentences(spec.text):
                reading = reader.read(sentence, things)
                actions.extend(reading.actions)
                told.append(reading.actions)
            if prose:
                actions = sequence_across_sentences(told)     # 'A moose comes in. Then a beaver does.' (seq7)
        if not prose:
            _stayers(actions, things)
        handled = _placed_things(actions, things)
        thing_ids: dict[int, list[str]] = {}
        for i, thing in enumerate(things):
            if thing.members and not prose:
                continue          # 'the usual crowd: Tomas, Peter, Mara' is those three, drawn as themselves
            if thing.character:
                entity = bible.entities.get(thing.key)
                if entity is not None and "size" in thing.attributes and entity.kind != "person":
                    entity.attributes.setdefault("size", thing.attributes["size"])
                if entity is not None:
                    thing_ids[i] = [thing.key]
                    add_cast(thing.key, entity.kind, entity.attributes.get("noun", "person"), entity.attributes)
                continue
            described = [c.id for c in cast if c.id in spec.cast and thing.definite and thing.count == 1 and
                         thing.kind == "person" and not thing.owned and
                         bible.entities[c.id].attributes.get("noun") == thing.key] if not prose else []
            if described:
                thing_ids[i] = described[:1]     # 'Jonah watches the woman': the TALL WOMAN the script introduced
                continue
            again = _group_again(thing, groups, bible) if not prose else []
            if again:
                for eid in again:
                    add_cast(eid, bible.entities[eid].kind, bible.entities[eid].attributes.get("noun", thing.key),
                             bible.entities[eid].attributes)
                thing_ids[i] = [e for e in again if e in ids_taken]
                continue
            plural = next((w for w in (slug(thing.words), thing.words.split()[-1].lower()) if w in bible.entities),
                          "") if thing.words and thing.count > 1 else ""
            if not prose and plural and plural in bible.entities and (bible.entities[plural].kind == thing.kind or
                                                                              "count" in bible.entities[plural].attributes):
                entity = bible.entities[plural]     # 'the truckers' are the two TRUCKERS the script introduced
                add_cast(plural, entity.kind, entity.attributes.get("noun", thing.key), entity.attributes)
                thing_ids[i] = [plural] if plural in ids_taken else []
                continue
            if not prose and thing.key not in NOUNS and compound_head(thing.key) is None and \
                    thing.key not in COLLECTIVE and thing.key not in bible.entities and (
                    i not in handled or thing.key in BODY_PARTS) and thing.kind != "person":
                continue      # a noun no lexicon draws is a thing only where someone places it, or on it (people
                #               the reader knows for people are drawn whatever the word: 'a crowd of regulars')
            named_here = any(c.kind == "person" and _figures_of(c) == 1 for c in cast)
            if not prose and (thing.crowd and thing.kind == "person" or not thing.counted and thing.count > 1 and (
                    thing.kind != "person" or not named_here)):
                # a crowd ('many other patrons') or a bare plural ('black rocks'): one entity of many figures
                eid = bible.group(thing, thing.count if thing.counted or thing.count > 2 else 3)
                entity = bible.entities[eid]
                add_cast(eid, entity.kind, thing.key, entity.attributes)
                thing_ids[i] = [eid] if eid in ids_taken else []
                continue
            if not prose and thing.kind == "person" and not thing.owned and not thing.distinct and not (
                    thing.counted and thing.count > 1 and not thing.definite) and sum(
                    c.kind == "person" and c.id in spec.cast for c in cast) >= min(thing.count, 2):
                # ('two or three patients doze' are more people; 'the customers shuffle in' beside one character
                # cannot be that character)
                continue  # "the men", "a detective" next to named characters are those characters ("her
                # father" is someone else)
            if thing.key in bible.entities and not prose and not (
                    thing.count > 1 and thing.counted and not thing.definite and bible.entities[thing.key].kind != "person"
                    and "count" not in bible.entities[thing.key].attributes):
                # (not 'several of his paintings' after 'the painting on the wall': more than that one, space7)
                ids = [thing.key]
                entity = bible.entities[thing.key]
                key = entity.attributes.get("noun", thing.key)
                if "size" in thing.attributes:       # 'a DRAGON in full scale': this shot's scale
                    entity.attributes.setdefault("size", thing.attributes["size"])
                for eid in ids:
                    add_cast(eid, entity.kind, key, entity.attributes)
                thing_ids[i] = ids
                continue
            ids = bible.things(thing, ids_taken)
            size_key = thing.key if thing.key in NOUNS else compound_head(thing.key) or (
                thing.key if i not in handled else PROXY[handled[i]])
            for eid in ids:
                add_cast(eid, thing.kind, size_key, thing.attributes)
            thing_ids[i] = [e for e in ids if e in ids_taken]     # past MAX_CAST a thing stays off screen
        if groups and not prose and any((act.exits or act.enters) and any(
                i < len(things) and not things[i].character and things[i].kind == "person" for i in act.subjects)
                for act in actions):
            # a group comes or goes: the room's other groups, still here, watch it ('The cooks leave.' with the
            # waiters at the window)
            for key, ids in list(groups.items()):
                if not key.startswith(GONE):
                    for eid in ids:
                        if eid in bible.entities and bible.entities[eid].kind == "person":
                            e = bible.entities[eid]
                            add_cast(eid, e.kind, e.attributes.get("noun", key), e.attributes)
        if groups is not None:
            for i, ids in thing_ids.items():
                if ids and not things[i].character and (things[i].count > 1 or things[i].crowd):
                    groups.pop(things[i].key, None)
                    groups[things[i].key] = ids      # what a later 'the goats' in this scene means (latest last)
                    if things[i].owned and things[i].kind == "person":
                        bible.scrA9_families.update(ids)     # 'their three kids': a family's, for 'everyone' (scrA9)
            for act in actions:
                if act.exits:                        # a group that left is no one a later 'they' means
                    for i in act.subjects:
                        if i < len(things) and not things[i].character and things[i].key in groups:
                            groups[GONE + things[i].key] = groups.pop(things[i].key)
        keyframes, edges = stage(cast, actions, thing_ids, spec.camera.size, times, aspect,
                                 focus=spec.focus, shoulder=spec.shoulder,
                                 groups_of=[ids for ids in thing_ids.values() if len(ids) > 1])

        # Prompts: the shot's framing and what happens, with where and when.
        where = ", ".join(x for x in (background.location, time_words(background.time_of_day)) if x)
        names = {c.id: (bible.entities[c.id].name if c.id in bible.entities else c.id) for c in cast}
        looks = {}
        for c in cast:
            entity = bible.entities.get(c.id)
            if entity is not None:
                colour = entity.attributes.get("color")
                look = entity.description.split(";")[0].strip() if entity.description else ""
                label = " ".join(x for x in (colour if colour and colour not in names[c.id] else "", names[c.id]) if x)
                if look and (look.lower() in label.lower() or label.lower() in look.lower()):
                    label, look = (look if len(look) > len(label) else label), ""
                looks[c.id] = label + (f" ({look})" if look else "")
        visual = _visual(spec, names)
        for k, kf in enumerate(keyframes):
            u = kf.t / times[-1] if times[-1] else 0.0
            clause = actions[min(int(u * len(actions)), len(actions) - 1)].text if actions else ""
            who = ", ".join(looks.get(o.entity, names[o.entity]) for o in kf.objects)
            what = visual or spec.description or clause
            parts = [SIZE_WORDS[spec.camera.size], what, f"with {who}" if who else "", where, style]
            kf.prompt = "; ".join(p for p in parts if p)

        dialogue = _place_dialogue(spec, duration, bible)
        for d in dialogue:
            listeners = [c.id for c in cast if c.id != d.character and c.kind == "person"]
            if d.character in bible.entities:
                for other in listeners[:1]:
                    edges.append(_edge(d.character, "talks_to", other, d.start, d.end))
        return Shot(id=shot_id, scene=scene_index, description=spec.description or spec.text, duration=duration,
                    camera=spec.camera, background=background, keyframes=keyframes, scene_graph=edges,
                    dialogue=dialogue, transition_in=spec.transition or Transition(), seed=shot_seed(seed, shot_id))


# Sizes for a noun the lexicon does not know, by its part in a placing ('sets a jar on the shelf'): what is
# placed is hand-sized, what it is placed on is furniture-sized.
PROXY = {"placed": "cup", "support": "counter", "seat": "couch"}
# Verbs by which someone takes a seat or a resting place ('sinks onto the futon', 'curls up on the bunk'): what they
# sit or lie on is furniture, drawn whatever the word.
SETTLING = {"sit", "lie", "perch", "sink", "flop", "settle", "curl", "collapse", "sprawl", "slump", "kneel", "lounge",
            "recline", "stretch", "drop", "climb", "crawl", "rest", "plop", "plonk", "sag", "nestle", "huddle", "squat",
            "stand", "wait", "hunch", "bend", "crouch", "hover", "lean", "stoop", "loiter", "slide", "hop", "jump"}
BODY_PARTS = {"hand", "hands", "head", "arm", "arms", "shoulder", "face", "eye", "eyes", "foot", "feet", "leg", "legs",
              "finger", "fingers", "hair", "lip", "lips", "mouth", "knee", "knees", "back", "chest", "neck", "cheek",
              "forehead", "chin", "nose", "ear", "ears", "wrist", "hip", "hips", "lap", "fist", "palm", "elbow",
              "thumb", "tongue", "tooth", "teeth", "heart", "brow", "shoulders", "body", "breath", "temple"}


# Verbs that put a thing somewhere by hand ('lays the scarf on the mantel'); with the place they put it.
PUTTING = {"put", "set", "place", "lay", "lean", "hang", "toss", "slide", "drop", "stack", "prop", "plant", "tuck",
           "stash", "shove", "plonk", "plop", "dump", "deposit", "balance", "rest", "pile", "position", "slam",
           "throw", "stand", "leave"}
# Verbs that pass a thing from hand to hand: what they pass is a prop, whatever the word.
HANDING = {"hand", "pass", "slide", "give", "offer", "toss"}
SPATIAL = {"on", "in", "under", "next_to", "against", "above", "behind", "in_front_of", "below", "between"}


def _stayers(actions, things) -> None:
    """Who stays does not go: 'The rest of them go. Mara stays.', 'The others file out, leaving Peter alone' take
    Mara and Peter out of the going."""
    for k, act in enumerate(actions):
        if not act.exits:
            continue
        for later in actions[k + 1:] + actions[:k]:
            if later.exits or later.enters:
                continue
            staying = list(later.subjects) if later.lemma in ("stay", "remain", "linger", "wait") else []
            if later.lemma == "leave" and re.search(r"\b(?:alone|behind)\b", later.text):
                staying += [i for i in later.objects if i < len(things) and things[i].kind == "person"]
            if staying and len(set(act.subjects) - set(staying)) >= 1:
                act.subjects = [i for i in act.subjects if i not in staying]


def _placed_things(actions, things) -> dict[int, str]:
    """Thing indices a putting verb moves to a place ('placed') and the things it goes on, in or beside
    ('support'): a noun the lexicon does not draw is drawn there, sized by that part."""
    out: dict[int, str] = {}
    for act in actions:
        rels = [r for r in act.relations if r[0] in SPATIAL]
        if (act.lemma in PUTTING or act.places) and act.objects and rels:
            for i in act.objects:
                out.setdefault(i, "placed")
            for rel in rels:
                for j in rel[1:]:
                    if isinstance(j, int):
                        out.setdefault(j, "support")
        if act.lemma in SETTLING and any(i < len(things) and things[i].kind == "person" for i in act.subjects):
            for rel in rels:
                if rel[0] in ("on", "in", "against", "next_to", "behind", "in_front_of", "under") and \
                        isinstance(rel[1], int) and rel[1] < len(things) \
                        and things[rel[1]].kind == "object" and not things[rel[1]].bare and not (
                            rel[0] == "in" and things[rel[1]].owned):
                    out.setdefault(rel[1], "seat")     # (not 'waits at reception', 'sits in his pajamas')
        to_someone = any(t.kind == "person" for i, t in enumerate(things) if i not in act.subjects)
        if act.lemma in HANDING and (act.lemma == "hand" or to_someone):
            handed = [i for i in act.objects if i < len(things) and things[i].kind != "person"][:1]
            for i in handed:           # 'hands the ticket to Mara', 'gives Tomas the photo': a thing in the hand
                if i < len(things) and things[i].kind != "person" and (act.lemma not in ("give", "offer") or
                                                                       things[i].definite) and (
                        things[i].key in NOUNS or "noun" in open_class().get(things[i].key, {})) and (
                        things[i].key in NOUNS or re.search(r"\b" + re.escape(things[i].key), act.text.lower())):
                    out.setdefault(i, "placed")      # ('gives him a look' is no thing: a given thing is definite;
                    #                                  'passes a sign' is walking past it)
    for act in actions:
        if any(out.get(i) == "seat" for i in act.subjects):      # 'onto a stool at the bar': what the seat stands at
            for rel in act.relations:
                for j in rel[1:]:
                    if isinstance(j, int) and j < len(things) and things[j].kind == "object":
                        out.setdefault(j, "seat")
    return {i: part for i, part in out.items() if i < len(things) and (
        "noun" in open_class().get(things[i].key, {}) or not open_class().get(things[i].key) or part == "seat" or
        _noun_by_use_scrb9(things[i], part))}
    #                                                     ('windowsill'; 'the ottoman' one sits on)


def _noun_by_use_scrb9(thing, part: str) -> bool:
    """scrB9: what a putting verb puts a thing into or onto, with a determiner ('drops the letter into the tin'),
    is a noun by its use, whatever the lemma lexicon lists for the word ('tin' only as a verb there)."""
    return part == "support" and not thing.bare and thing.kind == "object" and thing.key.isalpha()


_THEY = re.compile(r"\b(?:they|them|their)\b", re.I)
GONE = "gone:"       # the groups memory's key prefix for a group that left the scene


# -- scrA9: everyone here ----------------------------------------------------------------------------------------
# 'Everyone raises a glass', 'They all bow their heads', 'The whole family laughs': the scene's groups of people
# that are someone's ('Elif, Søren and their three kids sit down' / …), still here, are in the shot beside its
# characters (a crowd named again is not added twice: 'Everyone turns. The crowd parts').
_SCRA9_EVERYONE = re.compile(r"\b(?:everyone|everybody|all of (?:them|us)|(?:they|we) all|the whole (?:family|"
                             r"group|room|table|lot of them))\b", re.I)


def _scrA9_groups_here(groups: dict[str, list[str]], bible: Bible) -> list[str]:
    return [eid for key, ids in groups.items() if not key.startswith(GONE) for eid in ids
            if eid in bible.entities and bible.entities[eid].kind == "person" and eid in bible.scrA9_families]


def _group_for_they(groups: dict[str, list[str]], bible: Bible) -> list[Thing]:
    """'Two soldiers enter. … They salute Mara.': with fewer than two characters on screen, 'they' are the last
    group of people the scene brought in (and did not see leave), given to the reader as a thing it can mean."""
    for key, ids in reversed(list(groups.items())):
        people = [e for e in ids if e in bible.entities and bible.entities[e].kind == "person"]
        if key.startswith(GONE) or not people:
            continue
        figures = sum(int(bible.entities[e].attributes.get("count", "1")) for e in people)
        return [Thing(key=key, count=max(2, min(figures, 12)), kind="person", words=bible.entities[people[0]].name,
                      definite=True, counted=False, crowd=len(people) == 1)]
    return []


def _group_again(thing: Thing, groups: dict[str, list[str]] | None, bible: Bible) -> list[str]:
    """'Three goats wander in. … The goats scatter.': a definite plural without a number of its own, or with the
    group's number, is the group the scene named before (its ids), not new figures; [] when it names none."""
    if not groups or thing.character or not thing.definite or thing.owned or thing.count < 2 and not thing.crowd:
        return []
    ids = [e for e in groups.get(thing.key, []) if e in bible.entities]
    if not ids:
        return []
    figures = sum(int(bible.entities[e].attributes.get("count", "1")) for e in ids)
    return ids if not thing.counted or thing.count == figures else []


def _figures_of(c: Cast) -> int:
    try:
        return int(c.attributes.get("count", 1))
    except (TypeError, ValueError):
        return 1


def _visual(spec: ShotSpec, names: dict[str, str]) -> str:
    """What a dialogue shot shows, in words a renderer can draw (the line itself is for subtitles, not pixels)."""
    speaker = spec.lines[0].character if spec.lines else None
    name = names.get(speaker, speaker.title() if speaker else "")
    if spec.kind == "two_shot":
        return " and ".join(names[c] for c in spec.cast if c in names) + " talking"
    if spec.kind == "ots" and spec.shoulder in names:
        return f"over {names[spec.shoulder]}'s shoulder on {name} speaking"
    if spec.kind == "single" and spec.lines:
        return f"{name} speaking"
    if spec.kind == "reaction" and spec.focus in names:
        return f"{names[spec.focus]} listening"
    if spec.kind == "insert":
        return spec.description.replace("INSERT: ", "insert of ")
    return ""


def _edge(subject, predicate, obj, start, end):
    from director.models import GraphEdge

    return GraphEdge(subject=subject, predicate=predicate, object=obj, start=start, end=end)


def _sentences(text: str) -> list[str]:
    from .language import split_sentences

    return split_sentences(text)


def _place_dialogue(spec: ShotSpec, duration: float, bible: Bible) -> list[ShotDialogue]:
    """Lines one after another from a short lead-in (dual dialogue overlaps), squeezed to fit if needed."""
    if not spec.lines:
        return []
    spans, t = [], LEAD_IN
    for line in spec.lines:
        length = speech_seconds(line.text)
        if line.simultaneous and spans:
            spans.append((spans[0][0], spans[0][0] + length))
            continue
        spans.append((t, t + length))
        t += length + LINE_GAP
    end = max(e for _, e in spans)
    room = duration - 0.05
    scale = min(1.0, room / end) if end > 0 else 1.0
    out = []
    for line, (s, e) in zip(spec.lines, spans):
        speaker = line.character if line.character in bible.entities else line.character
        out.append(ShotDialogue(character=speaker, text=line.text, start=round(s * scale, 3),
                                end=round(min(e * scale, room), 3), extension=line.extension,
                                parenthetical=line.parenthetical))
    return out


def _fit_transitions(shots: list[Shot], fps: int) -> None:
    """Whole-frame transitions shorter than half of either adjacent shot; too short to read becomes a cut."""
    for i, shot in enumerate(shots):
        tr = shot.transition_in
        if tr.type == "cut":
            continue
        limit = min([shot.duration] + ([shots[i - 1].duration] if i else [])) / 2
        frames = min(round(tr.duration * fps), int(limit * fps - 1e-9) - 1)
        if frames < 2:
            shot.transition_in = Transition()
        else:
            shot.transition_in = tr.model_copy(update={"duration": frames / fps})
