"""The prompt bench's cases: prompts generated from templates and synonym lists, each with a geometric check.

Seven categories: LLM-grounded Video Diffusion's six (numeracy, attribution, visibility, dynamics, sequential,
spatial) and screenplay passages (placing verbs, entrances and exits, "sits between them", possessives, pronouns
across sentences, groups, animals, sounds). Every template family and every synonym list belongs to one half:

- `tune`: the half the rules planner may be tuned on (its failures are printed);
- `held`: the held-back half, written at the same time as the tuning half and never read while tuning (only its
  score per category is printed). A held-back prompt uses a held-back family *and* held-back synonyms, so
  neither its sentence shape nor its words occur in the tuning half.

A check reads only the plan: entity names and kinds, boxes per keyframe over time, the shot's cast, its scene
graph. It never looks at how the planner read the text.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

# ------------------------------------------------------------------------------------------------ word lists
# (singular, plural) per pool; every pool has a tuning list and a held-back list with no word in common.
POOLS = {
    "animal": {"tune": [("cat", "cats"), ("dog", "dogs"), ("horse", "horses"), ("rabbit", "rabbits"),
                        ("fox", "foxes"), ("pig", "pigs"), ("cow", "cows"), ("mouse", "mice"),
                        ("camel", "camels"), ("turtle", "turtles"), ("elephant", "elephants")],
               "held": [("goat", "goats"), ("wolf", "wolves"), ("deer", "deer"), ("bear", "bears"),
                        ("lion", "lions"), ("duck", "ducks"), ("puppy", "puppies"), ("sheep", "sheep")]},
    "object": {"tune": [("ball", "balls"), ("box", "boxes"), ("chair", "chairs"), ("lamp", "lamps"),
                        ("vase", "vases"), ("book", "books"), ("cup", "cups"), ("apple", "apples")],
               "held": [("suitcase", "suitcases"), ("bucket", "buckets"), ("barrel", "barrels"),
                        ("crate", "crates"), ("stool", "stools"), ("basket", "baskets"), ("bottle", "bottles"),
                        ("pillow", "pillows")]},
    "vehicle": {"tune": [("car", "cars"), ("bus", "buses"), ("truck", "trucks"), ("bicycle", "bicycles")],
                "held": [("van", "vans"), ("taxi", "taxis"), ("tractor", "tractors"), ("scooter", "scooters")]},
    "person": {"tune": [("man", "men"), ("woman", "women"), ("boy", "boys")],
               "held": [("girl", "girls"), ("child", "children"), ("stranger", "strangers")]},
    "flyer": {"tune": [("bird", "birds"), ("balloon", "balloons"), ("kite", "kites"), ("plane", "planes")],
              "held": [("butterfly", "butterflies"), ("owl", "owls"), ("helicopter", "helicopters"),
                       ("eagle", "eagles")]},
    "furniture": {"tune": [("table", "tables"), ("bench", "benches"), ("desk", "desks")],
                  "held": [("bed", "beds"), ("sofa", "sofas"), ("counter", "counters")]},
    "landmark": {"tune": [("tree", "trees"), ("house", "houses"), ("fence", "fences")],
                 "held": [("tower", "towers"), ("barn", "barns"), ("wall", "walls")]},
}
COLOURS = {"tune": ["red", "blue", "green", "yellow", "black"], "held": ["white", "orange", "purple", "pink", "brown"]}
BIG = {"tune": ["big", "large"], "held": ["huge", "giant"]}
SMALL = {"tune": ["small", "little"], "held": ["tiny", "miniature"]}
NUMBERS = {"tune": [("two", 2), ("three", 3), ("four", 4), ("5", 5)],
           "held": [("2", 2), ("3", 3), ("five", 5), ("six", 6)]}
WALK = {"tune": ["walks", "runs", "moves", "travels", "rolls", "trots", "jogs", "marches", "ambles", "glides",
                 "hops", "crawls", "zooms", "slides", "scurries", "flies"], "held": ["strolls", "goes", "hurries", "wanders",
                                                                          "drifts"]}
STAY = {"tune": ["sits", "stands", "rests", "stays", "remains"], "held": ["waits", "lies", "sleeps"]}
SETTING = {"tune": ["park", "field", "street"], "held": ["garden", "meadow", "yard"]}
LEFT_OF = {"tune": ["to the left of", "on the left of", "left of", "to the left side of", "at the left of"], "held": ["on the left side of", "just left of"]}
RIGHT_OF = {"tune": ["to the right of", "on the right of", "right of", "to the right side of", "at the right of"], "held": ["on the right side of",
                                                                               "just right of"]}
ABOVE = {"tune": ["above", "over", "up above", "hovering over"], "held": ["high above", "directly above"]}
BELOW = {"tune": ["below", "under", "down below", "right under"], "held": ["beneath", "underneath"]}
ON = {"tune": ["on", "on top of", "resting on"], "held": ["atop", "upon"]}
NEXT = {"tune": ["next to", "beside", "by the side of", "right beside"], "held": ["near", "alongside", "close to"]}
FRONT = {"tune": ["in front of", "right in front of", "directly in front of"], "held": ["just in front of"]}
BEHIND = {"tune": ["behind", "just behind", "hidden behind"], "held": ["right behind"]}
CORNERS = ["upper left", "upper right", "lower left", "lower right"]
CORNER_WORDS = {"tune": {"upper left": "upper left", "upper right": "upper right", "lower left": "lower left",
                         "lower right": "lower right"},
                "held": {"upper left": "top left", "upper right": "top right", "lower left": "bottom left",
                         "lower right": "bottom right"}}
NAMES = {"tune": [("MARA", "she"), ("TOMAS", "he"), ("ELENA", "she"), ("JONAH", "he"), ("LUCIA", "she"),
                  ("PETER", "he")],
         "held": [("RUTH", "she"), ("SAMUEL", "he"), ("IRIS", "she"), ("VICTOR", "he"), ("NADIA", "she"),
                  ("OSCAR", "he")]}
ROOMS = {"tune": ["KITCHEN", "OFFICE", "BAR"], "held": ["LIBRARY", "DINER", "STUDIO"]}
PLACE_VERB = {"tune": ["sets", "puts", "places", "rests", "slides", "tosses", "props"], "held": ["lays", "drops", "leaves"]}
PROPS = {"tune": ["basket", "cup", "book", "lamp"], "held": ["bottle", "vase", "box", "bag"]}
SURFACE = {"tune": ["table", "desk"], "held": ["counter", "bench"]}
QUADRUPEDS = {"tune": ["horse", "dog", "cow", "fox"], "held": ["goat", "wolf", "deer", "pig"]}
CROWD = {"tune": ["patrons", "guests", "customers"], "held": ["passengers", "workers", "dancers"]}
SOUND_SOURCES = {"tune": [("brush", "drum"), ("spoon", "glass")], "held": [("hammer", "anvil"), ("stick", "bell")]}


# ------------------------------------------------------------------------------------------------ plan access
def cx(b):
    return (b[0] + b[2]) / 2


def cy(b):
    return (b[1] + b[3]) / 2


def area(b):
    return (b[2] - b[0]) * (b[3] - b[1])


class Fail(AssertionError):
    pass


def need(cond, why):
    if not cond:
        raise Fail(why)


def ids_named(plan, name):
    return [e.id for e in plan.entities if e.name.lower() == name.lower()]


def one(plan, name):
    ids = ids_named(plan, name)
    need(len(ids) == 1, f"want one entity named {name!r}, have {[e.name for e in plan.entities]}")
    return ids[0]


def track(shot, eid):
    out = []
    for kf in shot.keyframes:
        hit = [o.box for o in kf.objects if o.entity == eid]
        out.append(hit[0] if hit else None)
    return out


def always(shot, eid):
    boxes = track(shot, eid)
    need(all(b is not None for b in boxes), f"{eid} missing in some keyframe")
    return boxes


def relation_holds(pred, x, y, z=None):
    if pred == "left_of":
        return x[2] <= y[0] + 0.01
    if pred == "right_of":
        return x[0] >= y[2] - 0.01
    if pred == "above":
        return x[3] <= y[1] + 0.01 and min(x[2], y[2]) - max(x[0], y[0]) > 0
    if pred == "below":
        return x[1] >= y[3] - 0.01 or (cy(x) > cy(y) and x[1] > y[1] and y[0] <= cx(x) <= y[2])
    if pred == "on":
        return y[1] - 0.02 <= x[3] <= y[1] + 0.3 * (y[3] - y[1]) and y[0] <= cx(x) <= y[2]
    if pred == "in_front_of":
        return x[3] > y[3] and min(x[2], y[2]) - max(x[0], y[0]) > 0
    if pred == "behind":
        return x[3] < y[3] and min(x[2], y[2]) - max(x[0], y[0]) > 0
    if pred == "next_to":
        gap = max(x[0] - y[2], y[0] - x[2])
        return -0.01 <= gap < 0.15 and abs(x[3] - y[3]) < 0.12
    if pred == "between":
        return min(cx(y), cx(z)) < cx(x) < max(cx(y), cx(z))
    raise ValueError(pred)


def rel(a, pred, b, c=None):
    def check(plan, shot):
        A, B = always(shot, one(plan, a)), always(shot, one(plan, b))
        C = always(shot, one(plan, c)) if c else [None] * len(A)
        for x, y, z in zip(A, B, C):
            need(relation_holds(pred, x, y, z), f"{a} {pred} {b}: {x} vs {y}")
    return check


def count(name, n):
    def check(plan, shot):
        ids = ids_named(plan, name)
        need(len(ids) == n, f"{n} {name}: entities {ids}")
        for kf in shot.keyframes:
            here = sorted(cx(o.box) for o in kf.objects if o.entity in ids)
            need(len(here) == n, f"{n} {name}: {len(here)} in a keyframe")
            need(all(b - a > 0.02 for a, b in zip(here, here[1:])), "instances stacked")
    return check


def colour(name, col):
    def check(plan, shot):
        eid = one(plan, name)
        need(plan.entity(eid).attributes.get("color") == col,
             f"{name} colour {plan.entity(eid).attributes.get('color')!r} != {col}")
        always(shot, eid)
    return check


def bigger(a, b):
    def check(plan, shot):
        A, B = always(shot, one(plan, a)), always(shot, one(plan, b))
        need(all(area(x) > area(y) * 1.2 for x, y in zip(A, B)), f"{a} not bigger than {b}")
    return check


def both(*checks):
    def check(plan, shot):
        for c in checks:
            c(plan, shot)
    return check


def window(name, kind):
    """Visibility over time: 'appears' (absent first, present last), 'appears_half' (absent through the first
    half), 'disappears', 'disappears_half', 'first_half', 'second_half'."""
    def check(plan, shot):
        eid = one(plan, name)
        boxes = track(shot, eid)
        last_t = shot.keyframes[-1].t
        us = [kf.t / last_t for kf in shot.keyframes]
        if kind in ("appears", "appears_half"):
            need(boxes[0] is None and boxes[-1] is not None, f"{name} should appear: {boxes}")
        if kind in ("disappears", "disappears_half"):
            need(boxes[0] is not None and boxes[-1] is None, f"{name} should disappear: {boxes}")
        for u, b in zip(us, boxes):
            if kind in ("appears_half", "second_half") and u < 0.45:
                need(b is None, f"{name} visible at u={u:.2f} before halfway")
            if kind in ("disappears_half", "first_half") and u > 0.55:
                need(b is None, f"{name} visible at u={u:.2f} after halfway")
            if kind in ("appears_half", "second_half") and u > 0.6:
                need(b is not None, f"{name} absent at u={u:.2f} after halfway")
            if kind in ("disappears_half", "first_half") and u < 0.4:
                need(b is not None, f"{name} absent at u={u:.2f} before halfway")
    return check


def moves(name, direction):
    def check(plan, shot):
        boxes = [b for b in track(shot, one(plan, name)) if b is not None]
        need(len(boxes) >= 3, f"{name} seen in {len(boxes)} keyframes")
        if direction in ("right", "left"):
            xs = [cx(b) for b in boxes]
            s = 1 if direction == "right" else -1
            need(all(s * (b - a) >= -1e-6 for a, b in zip(xs, xs[1:])) and s * (xs[-1] - xs[0]) > 0.3,
                 f"{name} not moving {direction}: {xs}")
        elif direction in ("down", "up"):
            ys = [cy(b) for b in boxes]
            s = 1 if direction == "down" else -1
            need(all(s * (b - a) >= -1e-6 for a, b in zip(ys, ys[1:])) and s * (ys[-1] - ys[0]) > 0.12,
                 f"{name} not moving {direction}: {ys}")
        elif direction == "closer":
            need(area(boxes[-1]) > area(boxes[0]) * 1.4, f"{name} not coming closer")
        elif direction == "away":
            need(area(boxes[-1]) < area(boxes[0]) * 0.75, f"{name} not going away")
    return check


def passes(name, other, first, then):
    """Relative motion: starts `first` of `other` (left_of/right_of), ends `then` of it."""
    def check(plan, shot):
        A, B = track(shot, one(plan, name)), always(shot, one(plan, other))
        pairs = [(a, b) for a, b in zip(A, B) if a is not None]
        need(len(pairs) >= 3, f"{name} seen too little")
        need(relation_holds(first, *pairs[0]), f"{name} not {first} {other} at the start: {pairs[0]}")
        need(relation_holds(then, *pairs[-1]), f"{name} not {then} {other} at the end: {pairs[-1]}")
    return check


QUAD = {"upper left": (0, 0), "upper right": (1, 0), "lower left": (0, 1), "lower right": (1, 1)}


def route(name, *corners):
    def check(plan, shot):
        boxes = [b for b in track(shot, one(plan, name)) if b is not None]
        where = [(int(cx(b) > 0.5), int(cy(b) > 0.5)) for b in boxes]
        k = 0
        for c in corners:
            while k < len(where) and where[k] != QUAD[c]:
                k += 1
            need(k < len(where), f"{name} never reaches {c} in order: {where}")
        need(where[-1] == QUAD[corners[-1]], f"{name} does not end in {corners[-1]}: {where}")
    return check


_PARTS = {"upper": lambda x, y: y < 0.45, "lower": lambda x, y: y > 0.55, "left": lambda x, y: x < 0.42,
          "right": lambda x, y: x > 0.58, "center": lambda x, y: 0.3 < x < 0.7,
          "corner": lambda x, y: (x < 0.42 or x > 0.58) and (y < 0.45 or y > 0.55)}


def at(name, region):
    """Where in the frame a thing stays: 'upper', 'lower', 'left', 'right', 'center', 'corner' or two of them
    ('upper left'), judged on its box centre in every keyframe."""
    def check(plan, shot):
        for b in always(shot, one(plan, name)):
            need(all(_PARTS[part](cx(b), cy(b)) for part in region.split()), f"{name} not {region}: {b}")
    return check


def at_least(name, n):
    """At least n of a thing on screen: instances (or a crowd's figures), each in every keyframe, not stacked."""
    def check(plan, shot):
        ids = ids_named(plan, name)
        figures = sum(int(plan.entity(i).attributes.get("count", "1")) for i in ids)
        need(figures >= n, f"at least {n} {name}: {figures} ({[e.name for e in plan.entities]})")
        for kf in shot.keyframes:
            here = sorted(cx(o.box) for o in kf.objects if o.entity in ids)
            need(len(here) == len(ids), f"{name}: {len(here)} of {len(ids)} in a keyframe")
            need(all(b - a > 0.02 for a, b in zip(here, here[1:])), "instances stacked")
    return check


def colours_of(name, *cols):
    """The things named `name` have exactly these colours, one each ('a red ball and a blue ball')."""
    def check(plan, shot):
        ids = ids_named(plan, name)
        have = sorted(str(plan.entity(i).attributes.get("color")) for i in ids)
        need(have == sorted(cols), f"{name} colours {have} != {sorted(cols)}")
        for i in ids:
            always(shot, i)
    return check


def every(name, pred, other):
    """Every thing named `name` holds `pred` with the one `other` ('two dogs in front of a house')."""
    def check(plan, shot):
        ids = ids_named(plan, name)
        need(ids, f"no {name}")
        B = always(shot, one(plan, other))
        for i in ids:
            for x, y in zip(always(shot, i), B):
                need(relation_holds(pred, x, y), f"{i} {pred} {other}: {x} vs {y}")
    return check


def only(*names):
    """No entity but these (a colour or a part read as a thing of its own fails)."""
    def check(plan, shot):
        extra = sorted({e.name.lower() for e in plan.entities} - {n.lower() for n in names})
        need(not extra, f"unexpected entities {extra}")
    return check


# ---------------------------------------------------------------------------------------------- screenplays
def shot_with(plan, marker):
    for s in plan.shots:
        if marker.lower() in (s.description or "").lower():
            return s
    raise Fail(f"no shot describes {marker!r}")


def on_screen(shot):
    return {o.entity for kf in shot.keyframes for o in kf.objects}


def cast_has(marker, *names, without=()):
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        seen = on_screen(s)
        for n in names:
            need(n.lower() in seen, f"{n} not on screen in {s.id} ({sorted(seen)})")
        for n in without:
            need(n.lower() not in seen, f"{n} on screen in {s.id} ({sorted(seen)})")
    return check


def placed_on(marker, thing, target, placer):
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        t, g = one(plan, thing), one(plan, target)
        last = {o.entity: o.box for o in s.keyframes[-1].objects}
        need(t in last and g in last, f"{thing}/{target} not in the last keyframe of {s.id}")
        need(relation_holds("on", last[t], last[g]), f"{thing} not on {target}: {last[t]} {last[g]}")
        edges = {(e.subject, e.predicate, e.object) for e in s.scene_graph}
        need((placer.lower(), "on", g) not in edges, f"{placer} put on the {target}")
    return check


def enters_scene(marker, name):
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        boxes = track(s, name.lower())
        need(boxes[0] is None and boxes[-1] is not None, f"{name} should enter in {s.id}: {boxes}")
    return check


def exits_scene(marker, name):
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        boxes = track(s, name.lower())
        need(boxes[0] is not None and boxes[-1] is None, f"{name} should leave in {s.id}: {boxes}")
    return check


def sits_between(marker, mid, a, b):
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        boxes = {o.entity: o.box for o in s.keyframes[-1].objects}
        for n in (mid, a, b):
            need(n.lower() in boxes, f"{n} not in the last keyframe of {s.id} ({sorted(boxes)})")
        need(relation_holds("between", boxes[mid.lower()], boxes[a.lower()], boxes[b.lower()]),
             f"{mid} not between {a} and {b}")
    return check


def crowd(marker, least=2):
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        figures = 0
        for eid in on_screen(s):
            e = plan.entity(eid)
            if e.kind == "person":
                figures += int(e.attributes.get("count", "1"))
        need(figures >= least, f"{figures} figures in {s.id}")
    return check


def creature(marker, noun, body):
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        ids = [eid for eid in on_screen(s) if plan.entity(eid).name.lower().endswith(noun)]
        need(ids, f"no {noun} on screen in {s.id}")
        e = plan.entity(ids[0])
        need(e.kind == "animal" and e.attributes.get("body") == body, f"{noun}: kind {e.kind}, {e.attributes}")
        need(all(o.keypoints is None for kf in s.keyframes for o in kf.objects if o.entity == e.id),
             f"{noun} drawn with a skeleton")
    return check


def no_props_from_sound(marker, nouns, who):
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        names = {plan.entity(e).name.lower() for e in on_screen(s)}
        for n in nouns:
            need(n not in names, f"the sound's {n} became a prop in {s.id}")
        need(not any(e.subject == who.lower() and e.predicate in ("on", "above", "in") for e in s.scene_graph),
             f"{who} placed on a sound")
    return check


def apart(marker, a, b):
    """After `b` walks away from `a`, no dialogue shot frames the two as together."""
    def check(plan, shot=None):
        s0 = shot_with(plan, marker)
        after = [s for s in plan.shots if s.scene == s0.scene and s.id > s0.id and s.dialogue]
        need(after, "no dialogue after the move")
        for s in after:
            seen = on_screen(s)
            if a.lower() in seen and b.lower() in seen:
                for kf in s.keyframes:
                    boxes = {o.entity: o.box for o in kf.objects}
                    if a.lower() in boxes and b.lower() in boxes:
                        gap = max(boxes[a.lower()][0] - boxes[b.lower()][2], boxes[b.lower()][0] - boxes[a.lower()][2])
                        need(gap > 0.2, f"{s.id} frames {a} and {b} side by side though they are apart")
    return check


# ----------------------------------------------------------------------------------------------- cases
@dataclass
class Case:
    category: str
    half: str
    family: str
    text: str
    check: Callable
    screenplay: bool = False


def _a(word):
    return ("an " if word[0] in "aeiou" else "a ") + word


def _cap(s):
    return s[0].upper() + s[1:]


FAMILIES: list[tuple[str, str, str, Callable]] = []


def family(category, half):
    def deco(fn):
        FAMILIES.append((category, half, fn.__name__, fn))
        return fn
    return deco


def pick(r, pool, half):
    return r.choice(POOLS[pool][half])


def two_distinct(r, pools, half):
    a = pick(r, pools[0], half)
    b = pick(r, pools[1], half)
    while b[0] == a[0]:
        b = pick(r, pools[1], half)
    return a, b


# -- numeracy ---------------------------------------------------------------------------------------------
@family("numeracy", "tune")
def num_plain(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h]), pick(r, r.choice(["animal", "object", "vehicle"]), h)
    return f"{_cap(w)} {p}.", count(s, n)


@family("numeracy", "tune")
def num_there_are(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h]), pick(r, "animal", h)
    return f"There are {w} {p} in the {r.choice(SETTING[h])}.", count(s, n)


@family("numeracy", "tune")
def num_two_kinds(r, h):
    (w1, n1), (w2, n2) = r.sample(NUMBERS[h], 2)
    a, b = two_distinct(r, ("animal", "object"), h)
    return f"{_cap(w1)} {a[1]} and {w2} {b[1]}.", both(count(a[0], n1), count(b[0], n2))


@family("numeracy", "tune")
def num_with_verb(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h]), pick(r, "animal", h)
    verb = r.choice(STAY[h])[:-1] if not r.choice(STAY[h]).endswith("es") else r.choice(STAY[h])[:-2]
    return f"{_cap(w)} {p} {verb} in a row.", count(s, n)


@family("numeracy", "held")
def num_we_see(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h]), pick(r, r.choice(["animal", "object"]), h)
    return f"We see exactly {w} {p} on the ground.", count(s, n)


@family("numeracy", "held")
def num_picture_shows(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h]), pick(r, r.choice(["vehicle", "animal"]), h)
    return f"The picture shows {w} {p} side by side.", count(s, n)


@family("numeracy", "held")
def num_one_and_many(r, h):
    (w, n) = r.choice(NUMBERS[h])
    a, b = two_distinct(r, ("object", "animal"), h)
    return f"{_a(a[0]).capitalize()} next to {w} {b[1]}.", both(count(a[0], 1), count(b[0], n))


@family("numeracy", "held")
def num_group_of(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h]), pick(r, "animal", h)
    return f"A group of {w} {p} in a {r.choice(SETTING[h])}.", count(s, n)


# -- attribution --------------------------------------------------------------------------------------------
@family("attribution", "tune")
def att_two_colours(r, h):
    c1, c2 = r.sample(COLOURS[h], 2)
    a, b = two_distinct(r, ("object", "animal"), h)
    return f"{_a(c1).capitalize()} {a[0]} and {_a(c2)} {b[0]}.", both(colour(a[0], c1), colour(b[0], c2))


@family("attribution", "tune")
def att_colour_relation(r, h):
    c1, c2 = r.sample(COLOURS[h], 2)
    a, b = two_distinct(r, ("animal", "furniture"), h)
    return (f"{_a(c1).capitalize()} {a[0]} {r.choice(STAY[h])} next to {_a(c2)} {b[0]}.",
            both(colour(a[0], c1), colour(b[0], c2)))


@family("attribution", "tune")
def att_sizes(r, h):
    a, b = two_distinct(r, ("animal", "animal"), h)
    return (f"{_a(r.choice(BIG[h])).capitalize()} {a[0]} and {_a(r.choice(SMALL[h]))} {b[0]}.", bigger(a[0], b[0]))


@family("attribution", "tune")
def att_size_and_colour(r, h):
    c1, c2 = r.sample(COLOURS[h], 2)
    a, b = two_distinct(r, ("vehicle", "vehicle"), h)
    return (f"{_a(r.choice(SMALL[h])).capitalize()} {c1} {a[0]} and {_a(r.choice(BIG[h]))} {c2} {b[0]}.",
            both(bigger(b[0], a[0]), colour(a[0], c1), colour(b[0], c2)))


@family("attribution", "held")
def att_that_is(r, h):
    c1 = r.choice(COLOURS[h])
    a, b = two_distinct(r, ("animal", "object"), h)
    return f"{_a(a[0]).capitalize()} that is {c1} waits beside {_a(b[0])}.", colour(a[0], c1)


@family("attribution", "held")
def att_colour_then_colour(r, h):
    c1, c2 = r.sample(COLOURS[h], 2)
    a, b = two_distinct(r, ("object", "vehicle"), h)
    return (f"On the left, {_a(c1)} {a[0]}; on the right, {_a(c2)} {b[0]}.",
            both(colour(a[0], c1), colour(b[0], c2)))


@family("attribution", "held")
def att_size_beside(r, h):
    a, b = two_distinct(r, ("animal", "animal"), h)
    return (f"{_a(r.choice(SMALL[h])).capitalize()} {a[0]} stands beside {_a(r.choice(BIG[h]))} {b[0]}.",
            bigger(b[0], a[0]))


@family("attribution", "held")
def att_colour_list(r, h):
    c1, c2, c3 = r.sample(COLOURS[h], 3)
    a, b, c = r.sample(POOLS["object"][h], 3)
    return (f"{_a(c1).capitalize()} {a[0]}, {_a(c2)} {b[0]} and {_a(c3)} {c[0]}.",
            both(colour(a[0], c1), colour(b[0], c2), colour(c[0], c3)))


# -- visibility -----------------------------------------------------------------------------------------------
@family("visibility", "tune")
def vis_appears_halfway(r, h):
    s = pick(r, r.choice(["animal", "person"]), h)[0]
    return f"{_a(s).capitalize()} appears halfway through.", window(s, "appears_half")


@family("visibility", "tune")
def vis_disappears_halfway(r, h):
    s = pick(r, r.choice(["animal", "object"]), h)[0]
    return f"{_a(s).capitalize()} disappears halfway through.", window(s, "disappears_half")


@family("visibility", "tune")
def vis_only_half(r, h):
    s = pick(r, r.choice(["animal", "flyer"]), h)[0]
    which = r.choice(["first", "second"])
    return f"{_a(s).capitalize()} is visible only in the {which} half.", window(s, which + "_half")


@family("visibility", "tune")
def vis_empty_then_walks_in(r, h):
    s = pick(r, r.choice(["animal", "person"]), h)[0]
    return (f"An empty {r.choice(SETTING[h])}; halfway through, {_a(s)} {r.choice(['walks', 'runs'])} in.",
            window(s, "appears_half"))


@family("visibility", "tune")
def vis_appears_end(r, h):
    s = pick(r, r.choice(["animal", "vehicle"]), h)[0]
    return f"{_a(s).capitalize()} appears at the end.", window(s, "appears")


@family("visibility", "held")
def vis_halfway_first(r, h):
    s = pick(r, r.choice(["animal", "person", "vehicle"]), h)[0]
    return f"Halfway through the shot, {_a(s)} appears.", window(s, "appears_half")


@family("visibility", "held")
def vis_stands_and_leaves(r, h):
    s = pick(r, r.choice(["animal", "person"]), h)[0]
    return (f"{_a(s).capitalize()} stands there and leaves the frame halfway through.",
            window(s, "disappears_half"))


@family("visibility", "held")
def vis_nothing_then(r, h):
    s = pick(r, r.choice(["animal", "flyer"]), h)[0]
    return f"At first there is nothing; then {_a(s)} appears.", window(s, "appears")


@family("visibility", "held")
def vis_vanishes_second_half(r, h):
    s = pick(r, r.choice(["object", "animal"]), h)[0]
    return f"The {s} vanishes in the second half.", window(s, "disappears_half")


@family("visibility", "held")
def vis_can_only_be_seen(r, h):
    s = pick(r, r.choice(["animal", "vehicle"]), h)[0]
    which = r.choice(["first", "second"])
    return f"{_a(s).capitalize()} can only be seen during the {which} half.", window(s, which + "_half")


# -- dynamics ---------------------------------------------------------------------------------------------
@family("dynamics", "tune")
def dyn_from_to(r, h):
    s = pick(r, r.choice(["animal", "vehicle", "person"]), h)[0]
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    return f"{_a(s).capitalize()} {r.choice(WALK[h])} from the {o} to the {d}.", moves(s, d)


@family("dynamics", "tune")
def dyn_bare_from_to(r, h):
    s = pick(r, r.choice(["animal", "vehicle"]), h)[0]
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    return f"{_a(s).capitalize()} {r.choice(WALK[h])} from {o} to {d}.", moves(s, d)


@family("dynamics", "tune")
def dyn_camera(r, h):
    s = pick(r, r.choice(["animal", "person"]), h)[0]
    if r.random() < 0.5:
        return f"{_a(s).capitalize()} {r.choice(WALK[h])} toward the camera.", moves(s, "closer")
    return f"{_a(s).capitalize()} {r.choice(WALK[h])} away from the camera.", moves(s, "away")


@family("dynamics", "tune")
def dyn_vertical(r, h):
    if r.random() < 0.5:
        s = pick(r, "object", h)[0]
        return f"{_a(s).capitalize()} falls to the ground.", moves(s, "down")
    s = pick(r, "flyer", h)[0]
    return f"{_a(s).capitalize()} rises into the sky.", moves(s, "up")


@family("dynamics", "tune")
def dyn_relative(r, h):
    s, b = two_distinct(r, ("animal", "furniture"), h)
    if r.random() < 0.5:
        return (f"{_a(s[0]).capitalize()} {r.choice(WALK[h])} from the left of {_a(b[0])} to its right.",
                passes(s[0], b[0], "left_of", "right_of"))
    return (f"{_a(s[0]).capitalize()} {r.choice(WALK[h])} from the right of the {b[0]} to its left.",
            passes(s[0], b[0], "right_of", "left_of"))


@family("dynamics", "held")
def dyn_across_frame(r, h):
    s = pick(r, r.choice(["animal", "vehicle", "person"]), h)[0]
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    return f"{_a(s).capitalize()} {r.choice(WALK[h])} {o} to {d} across the frame.", moves(s, d)


@family("dynamics", "held")
def dyn_crosses_side(r, h):
    s = pick(r, r.choice(["animal", "person"]), h)[0]
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    return f"{_a(s).capitalize()} crosses the screen from the {o} side to the {d} side.", moves(s, d)


@family("dynamics", "held")
def dyn_ward(r, h):
    s = pick(r, r.choice(["animal", "vehicle"]), h)[0]
    d = r.choice(["left", "right"])
    return f"{_a(s).capitalize()} is heading {d}ward.", moves(s, d)


@family("dynamics", "held")
def dyn_closer_or_off(r, h):
    s = pick(r, r.choice(["animal", "person"]), h)[0]
    if r.random() < 0.5:
        return f"{_a(s).capitalize()} comes closer and closer to the camera.", moves(s, "closer")
    return f"{_a(s).capitalize()} {r.choice(WALK[h])} off into the distance.", moves(s, "away")


@family("dynamics", "held")
def dyn_relative_of_it(r, h):
    s, b = two_distinct(r, ("animal", "landmark"), h)
    if r.random() < 0.5:
        return (f"{_a(s[0]).capitalize()} {r.choice(WALK[h])} from the right of {_a(b[0])} to the left of it.",
                passes(s[0], b[0], "right_of", "left_of"))
    return (f"Starting left of the {b[0]}, {_a(s[0])} {r.choice(WALK[h])} to its right side.",
            passes(s[0], b[0], "left_of", "right_of"))


# -- sequential -------------------------------------------------------------------------------------------
def _route(r, n):
    out = [r.choice(CORNERS)]
    while len(out) < n:
        c = r.choice([c for c in CORNERS if c != out[-1]])
        out.append(c)
    return out


@family("sequential", "tune")
def seq_then(r, h):
    s = pick(r, r.choice(["flyer", "object"]), h)[0]
    cs = _route(r, 2)
    w = CORNER_WORDS[h]
    return (f"{_a(s).capitalize()} moves to the {w[cs[0]]}, then to the {w[cs[1]]}.", route(s, *cs))


@family("sequential", "tune")
def seq_starts_goes_ends(r, h):
    s = pick(r, r.choice(["flyer", "animal"]), h)[0]
    cs = _route(r, 3)
    w = CORNER_WORDS[h]
    return (f"{_a(s).capitalize()} starts in the {w[cs[0]]} corner, goes to the {w[cs[1]]} corner and ends in "
            f"the {w[cs[2]]} one.", route(s, *cs))


@family("sequential", "tune")
def seq_first_then_finally(r, h):
    s = pick(r, "flyer", h)[0]
    cs = _route(r, 3)
    w = CORNER_WORDS[h]
    return (f"{_a(s).capitalize()} first flies to the {w[cs[0]]}, then to the {w[cs[1]]}, and finally to the "
            f"{w[cs[2]]}.", route(s, *cs))


@family("sequential", "tune")
def seq_from_to(r, h):
    s = pick(r, r.choice(["flyer", "animal"]), h)[0]
    cs = _route(r, 2)
    w = CORNER_WORDS[h]
    return f"{_a(s).capitalize()} {r.choice(WALK[h])} from the {w[cs[0]]} to the {w[cs[1]]}.", route(s, *cs)


@family("sequential", "held")
def seq_begins_travels_heads(r, h):
    s = pick(r, r.choice(["flyer", "animal"]), h)[0]
    cs = _route(r, 3)
    w = CORNER_WORDS[h]
    return (f"{_a(s).capitalize()} begins at the {w[cs[0]]}, travels to the {w[cs[1]]}, then heads to the "
            f"{w[cs[2]]}.", route(s, *cs))


@family("sequential", "held")
def seq_starting_from(r, h):
    s = pick(r, r.choice(["flyer", "object"]), h)[0]
    cs = _route(r, 3)
    w = CORNER_WORDS[h]
    return (f"Starting from the {w[cs[0]]} corner, the {s} {r.choice(WALK[h])} to the {w[cs[1]]} corner and "
            f"then to the {w[cs[2]]} corner.", route(s, *cs))


@family("sequential", "held")
def seq_after_that(r, h):
    s = pick(r, r.choice(["flyer", "animal"]), h)[0]
    cs = _route(r, 2)
    w = CORNER_WORDS[h]
    return (f"{_a(s).capitalize()} goes to the {w[cs[0]]}; after that it goes to the {w[cs[1]]}.",
            route(s, *cs))


@family("sequential", "held")
def seq_four_stops(r, h):
    s = pick(r, "flyer", h)[0]
    cs = _route(r, 4)
    w = CORNER_WORDS[h]
    return (f"The {s} visits the {w[cs[0]]}, the {w[cs[1]]}, the {w[cs[2]]} and at last the {w[cs[3]]}.",
            route(s, *cs))


# -- spatial ---------------------------------------------------------------------------------------------
def _spatial(r, h):
    """(a, pred, b, phrase): a relation between two different things, phrased from the half's lists."""
    kind = r.choice(["left_of", "right_of", "above", "below", "on", "next_to", "in_front_of", "behind"])
    if kind in ("left_of", "right_of", "next_to"):
        a, b = two_distinct(r, (r.choice(["animal", "object", "person"]), r.choice(["object", "vehicle", "landmark"])), h)
    elif kind == "above":
        a, b = two_distinct(r, ("flyer", r.choice(["vehicle", "furniture", "landmark"])), h)
    elif kind == "below":
        a, b = two_distinct(r, (r.choice(["animal", "object"]), r.choice(["furniture", "flyer"])), h)
    elif kind == "on":
        a, b = two_distinct(r, (r.choice(["object", "animal"]), "furniture"), h)
        if a[0] in ("chair", "stool", "suitcase"):
            a = ("cup", "cups") if h == "tune" else ("bottle", "bottles")
    else:
        a, b = two_distinct(r, (r.choice(["person", "animal"]), r.choice(["landmark", "vehicle"])), h)
    table = {"left_of": LEFT_OF, "right_of": RIGHT_OF, "above": ABOVE, "below": BELOW, "on": ON, "next_to": NEXT,
             "in_front_of": FRONT, "behind": BEHIND}
    return a[0], kind, b[0], r.choice(table[kind][h])


@family("spatial", "tune")
def sp_verb(r, h):
    a, p, b, ph = _spatial(r, h)
    return f"{_a(a).capitalize()} {r.choice(STAY[h])} {ph} {_a(b)}.", rel(a, p, b)


@family("spatial", "tune")
def sp_verbless(r, h):
    a, p, b, ph = _spatial(r, h)
    return f"{_a(a).capitalize()} {ph} {_a(b)}.", rel(a, p, b)


@family("spatial", "tune")
def sp_there_is(r, h):
    a, p, b, ph = _spatial(r, h)
    return f"There is {_a(a)} {ph} the {b}.", rel(a, p, b)


@family("spatial", "tune")
def sp_between(r, h):
    a = pick(r, r.choice(["animal", "person"]), h)[0]
    b, c = r.sample([x[0] for x in POOLS["object"][h] + POOLS["landmark"][h]], 2)
    return f"{_a(a).capitalize()} {r.choice(STAY[h])} between {_a(b)} and {_a(c)}.", rel(a, "between", b, c)


@family("spatial", "held")
def sp_inverted(r, h):
    a, p, b, ph = _spatial(r, h)
    return f"{_cap(ph)} the {b} {r.choice(STAY[h])} {_a(a)}.", rel(a, p, b)


@family("spatial", "held")
def sp_is_placed(r, h):
    a, p, b, ph = _spatial(r, h)
    return f"In this scene {_a(a)} is placed {ph} {_a(b)}.", rel(a, p, b)


@family("spatial", "held")
def sp_with_it(r, h):
    a, p, b, ph = _spatial(r, h)
    return f"{_a(b).capitalize()} with {_a(a)} {ph} it.", rel(a, p, b)


@family("spatial", "held")
def sp_we_see(r, h):
    a, p, b, ph = _spatial(r, h)
    return f"We see {_a(a)} {ph} {_a(b)} in the {r.choice(SETTING[h])}.", rel(a, p, b)


@family("spatial", "held")
def sp_between_verbless(r, h):
    a = pick(r, r.choice(["animal", "object"]), h)[0]
    b, c = r.sample([x[0] for x in POOLS["vehicle"][h] + POOLS["landmark"][h]], 2)
    return f"{_a(a).capitalize()} right between the {b} and the {c}.", rel(a, "between", b, c)


# -- screenplay passages ----------------------------------------------------------------------------------
def _names(r, h, n):
    return r.sample(NAMES[h], n)


def _heading(r, h):
    return f"INT. {r.choice(ROOMS[h])} - {r.choice(['DAY', 'NIGHT'])}"


@family("screenplay", "tune")
def sp_placing(r, h):
    (n1, _g), = _names(r, h, 1)
    verb, prop, surf = r.choice(PLACE_VERB[h]), r.choice(PROPS[h]), r.choice(SURFACE[h])
    text = f"{_heading(r, h)}\n\n{n1} enters and {verb} the {prop} on the {surf}.\n"
    return text, placed_on(f"{verb} the {prop}", prop, surf, n1)


@family("screenplay", "tune")
def sp_pronoun_after_speech(r, h):
    (she, _), (he, _) = r.choice([x for x in NAMES[h] if x[1] == "she"]), r.choice([x for x in NAMES[h] if x[1] == "he"])
    text = (f"{_heading(r, h)}\n\n{she} reads at her desk. {he} leans on the door.\n\n{he}\nAre you coming?\n\n"
            f"She walks back to her desk and sits.\n")
    return text, cast_has("walks back to her desk", she)


@family("screenplay", "tune")
def sp_they_sit(r, h):
    (a, _), (b, _) = _names(r, h, 2)
    text = f"{_heading(r, h)}\n\n{a} and {b} come in from the rain.\n\nThey sit at a table.\n"
    return text, cast_has("They sit at a table", a, b)


@family("screenplay", "tune")
def sp_enter_exit(r, h):
    (a, _), (b, _) = _names(r, h, 2)
    if r.random() < 0.5:
        text = f"{_heading(r, h)}\n\n{a} waits by the window.\n\n{b} enters from the left.\n"
        return text, enters_scene(f"{b} enters", b)
    text = f"{_heading(r, h)}\n\n{a} and {b} stand by the window.\n\n{b} leaves.\n"
    return text, exits_scene(f"{b} leaves", b)


@family("screenplay", "tune")
def sp_between_them(r, h):
    (a, _), (b, _), (c, _) = _names(r, h, 3)
    text = f"{_heading(r, h)}\n\n{a} and {b} stand at the bar.\n\n{c} sits between them.\n"
    return text, sits_between(f"{c} sits between", c, a, b)


@family("screenplay", "tune")
def sp_crowd(r, h):
    (a, _), = _names(r, h, 1)
    who = r.choice(CROWD[h])
    text = f"{_heading(r, h)}\n\n{a} sits at the counter among many other {who}.\n"
    return text, crowd(f"among many other {who}", 3)


@family("screenplay", "tune")
def sp_animal(r, h):
    (a, _), = _names(r, h, 1)
    animal = r.choice(QUADRUPEDS[h])
    text = f"EXT. FARM - DAY\n\n{a} feeds {_a(animal)} by the fence.\n"
    return text, creature(f"feeds {_a(animal)}", animal, "quadruped")


@family("screenplay", "tune")
def sp_sound(r, h):
    (a, _), = _names(r, h, 1)
    src, dst = r.choice(SOUND_SOURCES[h])
    text = f"{_heading(r, h)}\n\n{a} looks up at the loud sound of a {src} on a {dst}.\n"
    return text, no_props_from_sound("loud sound", [src, dst], a)


@family("screenplay", "held")
def sp_placing_his(r, h):
    (n1, g), = _names(r, h, 1)
    poss = "her" if g == "she" else "his"
    verb, prop, surf = r.choice(PLACE_VERB[h]), r.choice(PROPS[h]), r.choice(SURFACE[h])
    text = f"{_heading(r, h)}\n\n{n1} crosses the room. {g.capitalize()} {verb} {poss} {prop} on the {surf}.\n"
    return text, placed_on(f"{verb} {poss} {prop}", prop, surf, n1)


@family("screenplay", "held")
def sp_pronoun_he(r, h):
    (she, _), (he, _) = r.choice([x for x in NAMES[h] if x[1] == "she"]), r.choice([x for x in NAMES[h] if x[1] == "he"])
    text = (f"{_heading(r, h)}\n\n{he} waits at the window while {she} talks on the phone.\n\n{she}\n"
            f"I'll call you back.\n\nHe turns and walks out of the room.\n")
    return text, cast_has("He turns and walks out", he)


@family("screenplay", "held")
def sp_they_group(r, h):
    (a, _), (b, _), (c, _) = _names(r, h, 3)
    text = f"{_heading(r, h)}\n\n{a}, {b} and {c} arrive together.\n\nThey sit down around the fire.\n"
    return text, cast_has("They sit down", a, b, c)


@family("screenplay", "held")
def sp_apart(r, h):
    (a, _), (b, _) = _names(r, h, 2)
    text = (f"EXT. PARK - DAY\n\n{a} and {b} stand by the gate. {b} walks twenty paces away.\n\n{a}\n"
            f"Don't go.\n\n{b}\nI have to.\n")
    return text, apart(f"{b} walks twenty paces away", a, b)


@family("screenplay", "held")
def sp_all_climb_out(r, h):
    who = r.choice(CROWD[h])
    vehicle = r.choice(["The bus stops", "The ferry docks", "The train pulls in", "The coach halts"])
    verb = r.choice(["climb out", "get off", "pour out", "step down"])
    text = f"EXT. ROAD - DAY\n\n{vehicle}. All the {who} {verb}.\n"
    return text, crowd(f"All the {who}", 3)


@family("screenplay", "held")
def sp_possessive_animal(r, h):
    (a, _), = _names(r, h, 1)
    animal = r.choice(QUADRUPEDS[h])
    text = f"EXT. YARD - DAY\n\n{a}'s {animal} sleeps under the porch.\n"
    return text, creature(f"{animal} sleeps", animal, "quadruped")


@family("screenplay", "held")
def sp_exit_pronoun(r, h):
    (a, g), (b, _) = _names(r, h, 2)
    text = f"{_heading(r, h)}\n\n{a} and {b} talk quietly. {b} nods.\n\n{a} picks up the keys and {g} leaves.\n"
    return text, exits_scene("picks up the keys", a)


@family("screenplay", "held")
def sp_between_two(r, h):
    (a, _), (b, _), (c, _) = _names(r, h, 3)
    text = f"{_heading(r, h)}\n\n{a} stands on the left and {b} on the right.\n\n{c} steps in between them.\n"
    return text, sits_between(f"{c} steps in between", c, a, b)


# -- more tuning families (written after the first tuning round; the held-back half was not changed) -------
@family("numeracy", "tune")
def num_i_can_see(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h]), pick(r, r.choice(["animal", "object", "vehicle"]), h)
    lead = r.choice(["I can see", "The image shows", "You can see", "The scene contains", "There should be"])
    return f"{lead} {w} {p}.", count(s, n)


@family("numeracy", "tune")
def num_herd(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h]), pick(r, "animal", h)
    group = r.choice(["a herd of", "a flock of", "a row of", "a line of", "a pack of"])
    return f"{_cap(group)} {w} {p} {r.choice(STAY[h])[:-1]} in the {r.choice(SETTING[h])}.", count(s, n)


@family("numeracy", "tune")
def num_beside_many(r, h):
    (w, n) = r.choice(NUMBERS[h])
    a, b = two_distinct(r, ("landmark", "animal"), h)
    return f"{_a(a[0]).capitalize()} with {w} {b[1]} around it.", both(count(a[0], 1), count(b[0], n))


@family("numeracy", "tune")
def num_exactly(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h]), pick(r, r.choice(["animal", "vehicle"]), h)
    return f"Exactly {w} {p} are {r.choice(['parked', 'lined up', 'standing', 'waiting'])} in a row.", count(s, n)


@family("attribution", "tune")
def att_is_colour(r, h):
    c1, c2 = r.sample(COLOURS[h], 2)
    a, b = two_distinct(r, ("vehicle", "object"), h)
    return f"The {a[0]} is {c1} and the {b[0]} is {c2}.", both(colour(a[0], c1), colour(b[0], c2))


@family("attribution", "tune")
def att_painted(r, h):
    c1 = r.choice(COLOURS[h])
    a, b = two_distinct(r, ("animal", "furniture"), h)
    return f"{_a(a[0]).capitalize()} which is {c1} {r.choice(STAY[h])} near {_a(b[0])}.", colour(a[0], c1)


@family("attribution", "tune")
def att_bigger_than(r, h):
    a, b = two_distinct(r, ("animal", "object"), h)
    return (f"{_a(r.choice(BIG[h])).capitalize()} {a[0]} {r.choice(STAY[h])} next to {_a(r.choice(SMALL[h]))} {b[0]}.",
            bigger(a[0], b[0]))


@family("attribution", "tune")
def att_semicolon(r, h):
    c1, c2 = r.sample(COLOURS[h], 2)
    a, b = two_distinct(r, ("animal", "vehicle"), h)
    return (f"To the left, {_a(c1)} {a[0]}; to the right, {_a(c2)} {b[0]}.",
            both(colour(a[0], c1), colour(b[0], c2)))


@family("visibility", "tune")
def vis_comes_into_view(r, h):
    s = pick(r, r.choice(["animal", "vehicle", "person"]), h)[0]
    lead = r.choice(["Midway through the clip", "In the middle of the shot", "Halfway through the video"])
    return f"{lead}, {_a(s)} comes into view.", window(s, "appears_half")


@family("visibility", "tune")
def vis_walks_out_halfway(r, h):
    s = pick(r, r.choice(["animal", "person"]), h)[0]
    return f"{_a(s).capitalize()} waits, then walks out of the frame halfway through.", window(s, "disappears_half")


@family("visibility", "tune")
def vis_gone_by_end(r, h):
    s = pick(r, r.choice(["object", "animal"]), h)[0]
    return f"{_a(s).capitalize()} is there at first but is gone by the end.", window(s, "disappears")


@family("visibility", "tune")
def vis_shows_up(r, h):
    s = pick(r, r.choice(["animal", "flyer"]), h)[0]
    return f"Nothing happens at first; later {_a(s)} shows up.", window(s, "appears")


@family("dynamics", "tune")
def dyn_moving_rightward(r, h):
    s = pick(r, r.choice(["animal", "vehicle"]), h)[0]
    d = r.choice(["left", "right"])
    return f"{_a(s).capitalize()} moving {d}wards.", moves(s, d)


@family("dynamics", "tune")
def dyn_to_the_side(r, h):
    s = pick(r, r.choice(["animal", "person", "vehicle"]), h)[0]
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    return f"{_a(s).capitalize()} {r.choice(WALK[h])} from the {o} edge of the screen to the {d} edge.", moves(s, d)


@family("dynamics", "tune")
def dyn_passes_behind(r, h):
    s, b = two_distinct(r, ("animal", "vehicle"), h)
    if r.random() < 0.5:
        return (f"{_a(s[0]).capitalize()} {r.choice(WALK[h])} past {_a(b[0])}, from its left side to its right side.",
                passes(s[0], b[0], "left_of", "right_of"))
    return (f"{_a(s[0]).capitalize()} goes from the right of the {b[0]} over to the left of the {b[0]}.",
            passes(s[0], b[0], "right_of", "left_of"))


@family("dynamics", "tune")
def dyn_approaches_camera(r, h):
    s = pick(r, r.choice(["animal", "person", "vehicle"]), h)[0]
    if r.random() < 0.5:
        return f"{_a(s).capitalize()} approaches the camera.", moves(s, "closer")
    return f"{_a(s).capitalize()} {r.choice(WALK[h])} away into the distance.", moves(s, "away")


@family("sequential", "tune")
def seq_then_semicolon(r, h):
    s = pick(r, r.choice(["flyer", "animal"]), h)[0]
    cs = _route(r, 3)
    w = CORNER_WORDS[h]
    return (f"The {s} heads to the {w[cs[0]]} corner; next it goes to the {w[cs[1]]} corner; finally it reaches "
            f"the {w[cs[2]]} corner.", route(s, *cs))


@family("sequential", "tune")
def seq_begin_end(r, h):
    s = pick(r, r.choice(["flyer", "object"]), h)[0]
    cs = _route(r, 2)
    w = CORNER_WORDS[h]
    return (f"{_a(s).capitalize()} begins in the {w[cs[0]]} and ends up in the {w[cs[1]]}.", route(s, *cs))


@family("sequential", "tune")
def seq_list_of_stops(r, h):
    s = pick(r, "flyer", h)[0]
    cs = _route(r, 3)
    w = CORNER_WORDS[h]
    return (f"{_a(s).capitalize()} travels from the {w[cs[0]]} to the {w[cs[1]]} and then on to the {w[cs[2]]}.",
            route(s, *cs))


@family("sequential", "tune")
def seq_afterwards(r, h):
    s = pick(r, r.choice(["flyer", "animal"]), h)[0]
    cs = _route(r, 2)
    w = CORNER_WORDS[h]
    return (f"First the {s} is in the {w[cs[0]]} corner. Afterwards it moves to the {w[cs[1]]} corner.".replace(
        ". Afterwards", "; afterwards"), route(s, *cs))


@family("spatial", "tune")
def sp_placed_passive(r, h):
    a, p, b, ph = _spatial(r, h)
    verb = r.choice(["is standing", "is sitting", "can be seen", "is located", "is positioned"])
    return f"{_a(a).capitalize()} {verb} {ph} {_a(b)}.", rel(a, p, b)


@family("spatial", "tune")
def sp_image_of(r, h):
    a, p, b, ph = _spatial(r, h)
    return f"An image of {_a(a)} {ph} {_a(b)}.", rel(a, p, b)


@family("spatial", "tune")
def sp_and_there(r, h):
    a, p, b, ph = _spatial(r, h)
    return f"The {b} stands still, and {ph} it there is {_a(a)}.", rel(a, p, b)


@family("spatial", "tune")
def sp_photo_shows(r, h):
    a, p, b, ph = _spatial(r, h)
    return f"The photo shows {_a(a)} {ph} {_a(b)} on a sunny day.", rel(a, p, b)


@family("screenplay", "tune")
def sp_places_pronoun(r, h):
    (n1, g), = _names(r, h, 1)
    poss = "her" if g == "she" else "his"
    verb, prop, surf = r.choice(PLACE_VERB[h]), r.choice(PROPS[h]), r.choice(SURFACE[h])
    text = (f"{_heading(r, h)}\n\n{n1} comes in from the hall, tired. {g.capitalize()} {verb} {poss} {prop} on "
            f"the {surf} and sighs.\n")
    return text, placed_on(f"{verb} {poss} {prop}", prop, surf, n1)


@family("screenplay", "tune")
def sp_she_he_alternate(r, h):
    (she, _), (he, _) = r.choice([x for x in NAMES[h] if x[1] == "she"]), r.choice([x for x in NAMES[h] if x[1] == "he"])
    text = (f"{_heading(r, h)}\n\n{she} sorts the mail while {he} makes coffee.\n\n{she}\nAny letters for me?\n\n"
            f"He shakes his head and leaves the room.\n")
    return text, cast_has("He shakes his head", he)


@family("screenplay", "tune")
def sp_everyone_sits(r, h):
    (a, _), (b, _), (c, _) = _names(r, h, 3)
    text = f"{_heading(r, h)}\n\n{a} greets {b} and {c} at the door.\n\nThey all sit down at the long table.\n"
    return text, cast_has("They all sit down", a, b, c)


@family("screenplay", "tune")
def sp_far_apart(r, h):
    (a, _), (b, _) = _names(r, h, 2)
    text = (f"EXT. BEACH - DAY\n\n{a} and {b} walk along the shore. {b} stops and moves away from {a}, across the "
            f"sand.\n\n{b}\nLeave me alone.\n\n{a}\nPlease.\n")
    return text, apart(f"{b} stops and moves away", a, b)


@family("screenplay", "tune")
def sp_group_arrives(r, h):
    who = r.choice(CROWD[h])
    text = f"INT. HALL - NIGHT\n\nThe doors open and several {who} stream in.\n"
    return text, crowd(f"several {who}", 3)


@family("screenplay", "tune")
def sp_pet(r, h):
    (a, _), = _names(r, h, 1)
    animal = r.choice(QUADRUPEDS[h])
    text = f"EXT. GARDEN - DAY\n\n{a} throws a stick and {a.title()}'s {animal} chases it.\n"
    return text, creature(f"{animal} chases", animal, "quadruped")


# -- framed prompts: a clip described as a whole ('A video of a park with…', '… in which …') ---------------------
FRAMES = ["A short clip of a {s} with", "Footage of a {s} showing", "A video of a quiet {s} with",
          "An animation set in a {s} with"]
CLAUSE_FRAMES = ["A scene in which", "A clip where", "An animation in which", "Footage of a {s} where"]


@family("numeracy", "tune")
def fr_numeracy(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h]), pick(r, r.choice(["animal", "vehicle"]), h)
    return f"{r.choice(FRAMES).format(s=r.choice(SETTING[h]))} {w} {p}", count(s, n)


@family("attribution", "tune")
def fr_attribution(r, h):
    c1, c2 = r.sample(COLOURS[h], 2)
    a, b = two_distinct(r, ("animal", "object"), h)
    return (f"{r.choice(FRAMES).format(s=r.choice(SETTING[h]))} {_a(c1)} {a[0]} and {_a(c2)} {b[0]}",
            both(colour(a[0], c1), colour(b[0], c2)))


@family("visibility", "tune")
def fr_visibility(r, h):
    s = pick(r, r.choice(["animal", "vehicle"]), h)[0]
    which = r.choice(["first", "second"])
    return (f"{r.choice(CLAUSE_FRAMES).format(s=r.choice(SETTING[h]))} {_a(s)} is visible only during the {which} "
            f"half of the clip", window(s, which + "_half"))


@family("dynamics", "tune")
def fr_dynamics(r, h):
    s = pick(r, r.choice(["animal", "vehicle"]), h)[0]
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    return (f"{r.choice(FRAMES).format(s=r.choice(SETTING[h]))} {_a(s)} that {r.choice(WALK[h])} from the {o} "
            f"to the {d}", moves(s, d))


@family("dynamics", "tune")
def fr_relative(r, h):
    a, b = two_distinct(r, ("animal", "vehicle"), h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    return (f"{r.choice(FRAMES).format(s=r.choice(SETTING[h]))} {_a(a[0])} going from the {o} side of {_a(b[0])} "
            f"to its {d} side", passes(a[0], b[0], f"{o}_of", f"{d}_of"))


@family("sequential", "tune")
def fr_sequential(r, h):
    s = pick(r, r.choice(["animal", "flyer"]), h)[0]
    cs = _route(r, 3)
    w = CORNER_WORDS[h]
    return (f"{r.choice(CLAUSE_FRAMES).format(s=r.choice(SETTING[h]))} {_a(s)} sits in the {w[cs[0]]} part of the "
            f"frame. Then it travels to the {w[cs[1]]} part and after that to the {w[cs[2]]} part.",
            route(s, *cs))


@family("spatial", "tune")
def fr_spatial(r, h):
    a, p, b, ph = _spatial(r, h)
    return (f"{r.choice(FRAMES).format(s=r.choice(SETTING[h]))} {_a(a)} {ph} {_a(b)}", rel(a, p, b))


# -- a third round of tuning families: other common shapes of the same requests --------------------------------
@family("numeracy", "tune")
def num_can_be_seen(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h]), pick(r, r.choice(["animal", "object", "vehicle"]), h)
    shape = r.choice(["{W} {p} can be seen in the {set}.", "In the {set} there are {w} {p}.",
                      "A total of {w} {p} wait in the {set}.", "Only {w} {p} are visible.",
                      "{W} {p} stand next to one another.", "{W} {p} are lined up on the left."])
    return shape.format(W=_cap(w), w=w, p=p, set=r.choice(SETTING[h])), count(s, n)


@family("numeracy", "tune")
def num_and_one(r, h):
    (w, n) = r.choice(NUMBERS[h])
    a, b = two_distinct(r, ("furniture", "animal"), h)
    shape = r.choice(["{A} surrounded by {w} {p}.", "{W} {p} sit around {a}.", "{A} and, beside it, {w} {p}."])
    return (shape.format(A=_a(a[0]).capitalize(), a=_a(a[0]), W=_cap(w), w=w, p=b[1]),
            both(count(a[0], 1), count(b[0], n)))


@family("sequential", "tune")
def seq_clock(r, h):
    s = pick(r, r.choice(["flyer", "animal", "object"]), h)[0]
    cs = _route(r, 3)
    w = CORNER_WORDS[h]
    shape = r.choice(["The {s} goes to the {a}; it then goes to the {b} and finally to the {c}.",
                      "Moving from the {a} to the {b}, the {s} then continues to the {c}.",
                      "The {s} visits the {a} corner, then the {b} corner, then the {c} corner.",
                      "{S} is first seen in the {a}, later in the {b} and at the end in the {c}."])
    return (shape.format(s=s, S=_a(s).capitalize(), a=w[cs[0]], b=w[cs[1]], c=w[cs[2]]), route(s, *cs))


@family("sequential", "tune")
def seq_two_sentences(r, h):
    s = pick(r, r.choice(["flyer", "animal"]), h)[0]
    cs = _route(r, 3)
    w = CORNER_WORDS[h]
    return (f"{_a(s).capitalize()} starts out in the {w[cs[0]]} of the frame. It moves to the {w[cs[1]]} and then "
            f"to the {w[cs[2]]}.", route(s, *cs))


@family("dynamics", "tune")
def dyn_more_shapes(r, h):
    s = pick(r, r.choice(["animal", "vehicle", "person"]), h)[0]
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["{S} crosses from {o} to {d}.", "{S} is walking towards the {d} side of the frame.",
                      "{S} {v} off to the {d}.", "{S} moves across the screen toward the {d}.",
                      "{S} heads to the {d} edge.", "From {o} to {d}, {s} {v}.",
                      "{S} keeps {v2} to the {d}."])
    return (shape.format(S=_a(s).capitalize(), s=_a(s), o=o, d=d, v=r.choice(WALK[h]),
                         v2=r.choice(["moving", "going", "running", "walking"])), moves(s, d))


@family("dynamics", "tune")
def dyn_relative_more(r, h):
    a, b = two_distinct(r, ("animal", r.choice(["landmark", "furniture", "vehicle"])), h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["{A} on the {o} of {b} {v} over to its {d}.",
                      "{A} {v} from the {o} side of the {bn} to the {d} side of it.",
                      "Beginning to the {o} of {b}, {a} {v} to its {d}."])
    return (shape.format(A=_a(a[0]).capitalize(), a=_a(a[0]), b=_a(b[0]), bn=b[0], o=o, d=d,
                         v=r.choice(WALK[h])), passes(a[0], b[0], f"{o}_of", f"{d}_of"))


@family("spatial", "tune")
def sp_more_shapes(r, h):
    a, p, b, ph = _spatial(r, h)
    shape = r.choice(["{A} is {ph} {b}.", "{A}, {ph} {b}.", "{Ph} {b}: {a}.", "{A} that {v} {ph} {b}.",
                      "Here {a} {v} {ph} {b}.", "{A} {v} quietly {ph} {b} all the time."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), ph=ph, Ph=_cap(ph), v=r.choice(STAY[h])),
            rel(a, p, b))


@family("attribution", "tune")
def att_more_shapes(r, h):
    c1, c2 = r.sample(COLOURS[h], 2)
    a, b = two_distinct(r, (r.choice(["animal", "vehicle"]), "object"), h)
    shape = r.choice(["{A} in {c1} and {b} in {c2}.", "Two things: {a1} {a} and {a2} {b}.",
                      "{A1} {a} sits beside {a2} {b}.", "There is {a1} {a} and there is {a2} {b}."])
    return (shape.format(A=_a(a[0]).capitalize(), a=a[0], b=b[0] if "{b} in" not in shape else _a(b[0]),
                         c1=c1, c2=c2, a1=_a(c1), a2=_a(c2), A1=_a(c1).capitalize()),
            both(colour(a[0], c1), colour(b[0], c2)))


@family("screenplay", "tune")
def sp_more_passages(r, h):
    (a, ga), (b, gb) = _names(r, h, 2)
    prop, surf = r.choice(PROPS[h]), r.choice(SURFACE[h])
    kind = r.choice(["place", "they", "pronoun", "exit"])
    head = _heading(r, h)
    if kind == "place":
        return (f"{head}\n\n{a} and {b} come in. {a} {r.choice(PLACE_VERB[h])} a {prop} down on the {surf}.\n",
                placed_on(f"down on the {surf}", prop, surf, a))
    if kind == "they":
        return (f"{head}\n\n{a} finds {b} by the stove.\n\n{b}\nYou're late.\n\nThey both laugh.\n",
                cast_has("They both laugh", a, b))
    if kind == "pronoun":
        return (f"{head}\n\n{a} opens the window. {b} watches from the door.\n\n{b}\nCold, isn't it?\n\n"
                f"{ga.capitalize()} closes the window again.\n", cast_has("closes the window again", a)
                if ga != gb else cast_has("closes the window again"))
    return (f"{head}\n\n{a} and {b} argue. {b} storms out.\n", exits_scene(f"{b} storms out", b))


# -- a fourth round: more ways to say a route, a move, a place -----------------------------------------------
_ADVERBS = ["slowly", "quickly", "gracefully", "steadily", "calmly"]


@family("sequential", "tune")
def seq_more_routes(r, h):
    s = pick(r, r.choice(["flyer", "animal", "object"]), h)[0]
    cs = _route(r, 3)
    w = CORNER_WORDS[h]
    shape = r.choice(["{S} makes its way to the {a} corner, proceeds to the {b} corner and lastly to the {c} corner.",
                      "From the {a}, the {s} heads over to the {b} before ending in the {c}.",
                      "{S} {adv} moves on to the {a}, then on to the {b}, until it reaches the {c}.",
                      "The {s} is in the {a} of the screen, moves to the {b} of the screen, and stops in the {c} "
                      "of the screen.",
                      "{S} goes to the {a} part of the picture and later to the {b} part, finishing in the {c} part.",
                      "The path of the {s}: the {a}, then the {b}, then the {c}."])
    return (shape.format(s=s, S=_a(s).capitalize(), a=w[cs[0]], b=w[cs[1]], c=w[cs[2]], adv=r.choice(_ADVERBS)),
            route(s, *cs))


@family("dynamics", "tune")
def dyn_more_moves(r, h):
    s = pick(r, r.choice(["animal", "vehicle", "person"]), h)[0]
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    kind = r.choice(["lr", "lr", "near", "far"])
    if kind == "near":
        shape = r.choice(["{S} gets nearer and nearer to the camera.", "{S} comes toward us.",
                          "{S} {adv} walks up to the camera.", "{S} moves closer to the viewer."])
        return shape.format(S=_a(s).capitalize(), adv=r.choice(_ADVERBS)), moves(s, "closer")
    if kind == "far":
        shape = r.choice(["{S} recedes into the background.", "{S} moves farther and farther away.",
                          "{S} heads away from us.", "{S} {adv} goes off into the distance."])
        return shape.format(S=_a(s).capitalize(), adv=r.choice(_ADVERBS)), moves(s, "away")
    shape = r.choice(["{S} {adv} {v} from the {o} edge of the frame to the {d} edge.", "{S} is heading {d}.",
                      "{S} crosses over from the {o} to the {d}.", "{S} {v} {adv} to the {d} across the shot.",
                      "{S}, moving {d}, {v} through the frame.", "Going from {o} to {d}: {s}."])
    return (shape.format(S=_a(s).capitalize(), s=_a(s), o=o, d=d, v=r.choice(WALK[h]), adv=r.choice(_ADVERBS)),
            moves(s, d))


@family("spatial", "tune")
def sp_more_places(r, h):
    a, p, b, ph = _spatial(r, h)
    shape = r.choice(["{A} {v} {adv} {ph} {b}.", "You can see {a} {ph} {b}.", "{A} has been placed {ph} {b}.",
                      "{A} {v} {ph} {b}, not moving.", "A quiet picture: {a} {ph} {b}.",
                      "{A} is {ph} {b}, and nothing else happens."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), ph=ph, v=r.choice(STAY[h]),
                         adv=r.choice(["quietly", "still", "calmly"])), rel(a, p, b))


@family("screenplay", "tune")
def sp_scene_variety(r, h):
    (a, ga), (b, gb), (c, _) = _names(r, h, 3)
    prop, surf = r.choice(PROPS[h]), r.choice(SURFACE[h])
    head = _heading(r, h)
    kind = r.choice(["set_pron", "many", "between", "exit_then", "they_walk", "pet_possessive"])
    if kind == "set_pron":
        return (f"{head}\n\n{a} picks up the {prop}.\n\n{a}\nWhere does this go?\n\n{ga.capitalize()} "
                f"{r.choice(PLACE_VERB[h])} it on the {surf}.\n", placed_on(f"it on the {surf}", prop, surf, a))
    if kind == "many":
        who = r.choice(CROWD[h])
        return (f"{head}\n\nThe room is full. Dozens of {who} talk at once.\n", crowd(f"Dozens of {who}", 3))
    if kind == "between":
        return (f"{head}\n\n{a} sits on the left, {b} on the right. {c} squeezes in between them.\n",
                sits_between(f"{c} squeezes in between", c, a, b))
    if kind == "exit_then":
        return (f"{head}\n\n{a} waits. {b} looks at the clock, then walks out.\n", exits_scene("walks out", b))
    if kind == "they_walk":
        return (f"{head}\n\n{a} meets {b} at the gate.\n\n{a}\nReady?\n\nThey walk off together.\n",
                cast_has("They walk off together", a, b))
    animal = r.choice(QUADRUPEDS[h])
    return (f"EXT. FIELD - DAY\n\n{a}'s old {animal} lies in the grass.\n", creature(f"old {animal}", animal,
                                                                                         "quadruped"))


# -- screenplay passages again, written the way scripts vary: names in capitals only where introduced,
# parentheticals, continued cues, filler action --------------------------------------------------------------
def _script_reworded(fn):
    def varied(r, h):
        text, check = fn(r, h)
        lines = text.split("\n")
        names = [n for n, _ in NAMES[h] if n in text]
        out, seen = [], set()
        for ln in lines:
            is_cue = ln.strip() in names
            if not is_cue and not ln.startswith(("INT.", "EXT.")):
                for n in names:
                    if n in ln and n in seen and r.random() < 0.7:
                        ln = ln.replace(n, n.title())       # later mentions in title case
                    if n in ln:
                        seen.add(n)
            out.append(ln)
            if is_cue and r.random() < 0.3:
                out.append(r.choice(["(quietly)", "(beat)", "(smiling)"]))
        text = "\n".join(out)
        if r.random() < 0.4:
            text = text.replace("\n\n", "\n\n" + r.choice(["Rain taps on the glass.", "A clock ticks.",
                                                          "Somewhere a radio plays."]) + "\n\n", 1)
        return text, check
    varied.__name__ = fn.__name__ + "_reworded"
    return varied


for _cat, _half, _name, _fn in list(FAMILIES):
    if _half == "tune" and _cat == "screenplay":
        FAMILIES.append((_cat, "tune", _name + "_reworded", _script_reworded(_fn)))


@family("dynamics", "tune")
def dyn_regions_as_words(r, h):
    s, b = two_distinct(r, (r.choice(["animal", "vehicle"]), r.choice(["landmark", "furniture"])), h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    kind = r.choice(["bare", "bare", "beginning"])
    if kind == "bare":
        return (f"{_a(s[0]).capitalize()} {r.choice(WALK[h])} {o} to {d} across the {r.choice(['frame', 'screen'])}.",
                moves(s[0], d))
    return (f"Beginning {o} of the {b[0]}, {_a(s[0])} {r.choice(WALK[h])} to its {d} side.",
            passes(s[0], b[0], f"{o}_of", f"{d}_of"))


# -- a fifth round: inverted and 'with … it' relations, more scene shapes ---------------------------------------
@family("spatial", "tune")
def sp_inverted_tune(r, h):
    a, p, b, ph = _spatial(r, h)
    return f"{_cap(ph)} {_a(b)} {r.choice(STAY[h])} {_a(a)}.", rel(a, p, b)


@family("spatial", "tune")
def sp_with_it_tune(r, h):
    a, p, b, ph = _spatial(r, h)
    shape = r.choice(["{B} with {a} {ph} it.", "{B}, and {a} {ph} it.", "{B} that has {a} {ph} it."])
    return shape.format(B=_a(b).capitalize(), a=_a(a), ph=ph), rel(a, p, b)


# -- a fifth round (noun phrases and space): words the lexicon may not know, colours and sizes written after
# the noun, relations in parentheses or in a second sentence, regions of the frame, counts in many forms --------
ODD = {"tune": [("wheelbarrow", "wheelbarrows"), ("hydrant", "hydrants"), ("teapot", "teapots"),
                ("mailbox", "mailboxes"), ("statue", "statues"), ("snowman", "snowmen"), ("cactus", "cacti"),
                ("skateboard", "skateboards")],
       "held": [("lantern", "lanterns"), ("trolley", "trolleys"), ("kettle", "kettles"), ("easel", "easels"),
                ("scarecrow", "scarecrows"), ("typewriter", "typewriters"), ("wardrobe", "wardrobes")]}
BEASTS = {"tune": [("walrus", "walruses"), ("lemur", "lemurs"), ("sloth", "sloths"), ("warthog", "warthogs"),
                   ("wombat", "wombats"), ("tapir", "tapirs")],
          "held": [("ocelot", "ocelots"), ("marmot", "marmots"), ("aardvark", "aardvarks"),
                   ("anteater", "anteaters"), ("mongoose", "mongooses")]}
ODD_COLOURS = {"tune": ["maroon", "magenta", "lavender", "scarlet", "olive", "teal", "crimson"],
               "held": ["ivory", "khaki", "emerald", "mauve", "ochre", "lilac"]}
NUMBER_FORMS = {"tune": [("a pair of", 2), ("a couple of", 2), ("half a dozen", 6), ("a trio of", 3), ("7", 7),
                         ("seven", 7), ("eight", 8), ("4", 4), ("three", 3)],
                "held": [("two", 2), ("nine", 9), ("6", 6), ("exactly four", 4), ("five", 5)]}
GROUPS = {"tune": ["group", "bunch", "herd", "pack", "row"], "held": ["cluster", "flock", "line"]}
BIGGER = {"tune": ["larger", "bigger"], "held": ["taller"]}
SMALLER = {"tune": ["smaller", "tinier"], "held": ["shorter"]}
PARTS_OF = {"animal": ["fur", "coat", "body"], "object": ["paint", "surface"], "vehicle": ["paint", "body"]}
IT_REL = {"tune": {"left_of": ["to its left", "on its left", "on the left of it", "to the left of it"],
                   "right_of": ["to its right", "on its right", "at its right", "to the right of it"],
                   "above": ["above it", "over it", "high above it"], "below": ["under it", "below it"],
                   "on": ["on it", "on top of it"], "next_to": ["next to it", "beside it"],
                   "in_front_of": ["in front of it"], "behind": ["behind it"]},
          "held": {"left_of": ["on its left side", "left of it"], "right_of": ["on its right side", "right of it"],
                   "above": ["directly above it"], "below": ["beneath it", "underneath it"], "on": ["atop it"],
                   "next_to": ["alongside it", "near it"], "in_front_of": ["just in front of it"],
                   "behind": ["right behind it"]}}
FRAME_NOUN = {"tune": ["frame", "screen", "image"], "held": ["picture", "shot"]}


def _thing(r, h, pools=("animal", "object")):
    """A thing from the half's lists, now and then one the lexicon does not know."""
    roll = r.random()
    if roll < 0.3:
        return r.choice(ODD[h])
    if roll < 0.45:
        return r.choice(BEASTS[h])
    return pick(r, r.choice(pools), h)


def _odd_spatial(r, h):
    """_spatial with the subject (and now and then the other thing) a word the lexicon may not know."""
    a, kind, b, ph = _spatial(r, h)
    if kind not in ("above", "on") and r.random() < 0.5:
        new = _thing(r, h)[0]
        a = new if new != b else a
    if kind in ("left_of", "right_of", "next_to") and r.random() < 0.3:
        new = r.choice(ODD[h])[0]
        b = new if new != a else b
    return a, kind, b, ph


@family("spatial", "tune")
def sp_np_forms(r, h):
    a, p, b, ph = _odd_spatial(r, h)
    shape = r.choice(["{A} {ph} {b}", "{a} {ph} {b}.", "One {an} {ph} one {bn}.", "{A} {ph} the {bn}.",
                      "{A}, {ph} {b}, in the {set}.", "{A} which is {ph} {b}.", "{A} that {v} {ph} the {bn}",
                      "{A}, which {v} {ph} {b}.", "{Ph} {b} is {a}.", "{Ph} the {bn} there is {a}.",
                      "{Ph} {b} we see {a}.", "{A} can be seen {ph} {b}.", "{A} is positioned {ph} {b}.",
                      "In the {set}, {a} {v} {ph} {b}.", "The video shows {a} {ph} {b}.",
                      "there is {a} {ph} {b}", "{A} is standing {ph} {b}.", "{A} {adv} {v} {ph} {b}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), an=a, b=_a(b), bn=b, ph=ph, Ph=_cap(ph),
                         v=r.choice(STAY[h]), set=r.choice(SETTING[h]), adv=r.choice(["quietly", "calmly"])),
            rel(a, p, b))


@family("spatial", "tune")
def sp_parenthetical(r, h):
    a, p, b, ph = _odd_spatial(r, h)
    it = r.choice(IT_REL[h][p])
    shape = r.choice(["{B} and, {it}, {a}.", "{B} and {it} {a}.", "{B}; {it}, {a}.", "{B}, with {a} {it}.",
                      "{B} (with {a} {it}).", "{B} with, {it}, {a}.", "{B} and {a} {it}.",
                      "{B} stands there, and {it} {v} {a}.", "{B} is in the {set} and {a} {v} {it}."])
    return (shape.format(B=_a(b).capitalize(), a=_a(a), it=it, v=r.choice(STAY[h]), set=r.choice(SETTING[h])),
            rel(a, p, b))


@family("spatial", "tune")
def sp_second_sentence(r, h):
    a, p, b, ph = _odd_spatial(r, h)
    it = r.choice(IT_REL[h][p])
    shape = r.choice(["There is {b}. {A} {v} {it}.", "{B} stands in the {set}. {It}, {a}.", "We see {b}. {It} {v} {a}.",
                      "{B} is in the middle. {A} is {it}.", "{B}. {A} {it}.", "{B} is there. {It} is {a}.",
                      "There is {b} in the {set}. {A} {v} {ph} the {bn}.", "{B} sits still. {A} is {ph} the {bn}.",
                      "First we see {b}. {It} we also see {a}."])
    return (shape.format(B=_a(b).capitalize(), b=_a(b), bn=b, A=_a(a).capitalize(), a=_a(a), it=it, It=_cap(it),
                         ph=ph, v=r.choice(STAY[h]), set=r.choice(SETTING[h])), rel(a, p, b))


@family("spatial", "tune")
def sp_possessive_side(r, h):
    a, b = two_distinct(r, (r.choice(["animal", "object", "person"]), r.choice(["object", "vehicle", "landmark"])), h)
    a = _thing(r, h)[0] if r.random() < 0.4 and _thing(r, h)[0] != b[0] else a[0]
    a = a if isinstance(a, str) else a[0]
    side = r.choice(["left", "right"])
    shape = r.choice(["{A} on the {b}'s {s}.", "{A} {v} at the {b}'s {s} side.", "{A} is on the {s}-hand side of {bb}.",
                      "{A} to the {s} of the {b}", "{A} {v} to the {b}'s {s}.", "On the {b}'s {s} there is {a}.",
                      "{A} on the {s} of the {b}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=b[0], bb=_a(b[0]), s=side, v=r.choice(STAY[h])),
            rel(a, f"{side}_of", b[0]))


@family("spatial", "tune")
def sp_between_forms(r, h):
    a = _thing(r, h, ("animal", "person"))[0]
    b, c = r.sample([x[0] for x in POOLS["object"][h] + POOLS["landmark"][h] + ODD[h] if x[0] != a], 2)
    shape = r.choice(["{A} between {b} and {c}.", "Between {b} and {c} {v} {a}.", "{B} and {c} with {a} between them.",
                      "{B} on the left, {c} on the right, and {a} between them.", "{A} in between the {bn} and the {cn}",
                      "{A} is placed midway between {b} and {c}.", "There is {a} between the {bn} and the {cn}.",
                      "{B} and {c}; {a} {v} between them.", "Between the {bn} and the {cn}, {a}.",
                      "{A} {v} right in the middle, between {b} and {c}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), B=_a(b).capitalize(), b=_a(b), c=_a(c), bn=b, cn=c,
                         v=r.choice(STAY[h])), rel(a, "between", b, c))


@family("spatial", "tune")
def sp_frame_regions(r, h):
    a = _thing(r, h, ("animal", "object", "vehicle"))[0]
    fr = r.choice(FRAME_NOUN[h])
    kind = r.choice(["upper", "lower", "left", "right", "upper left", "upper right", "lower left", "lower right"])
    words = {"upper": ["top", "upper part", "top edge"], "lower": ["bottom", "lower part", "bottom edge"],
             "left": ["left side", "left half", "left-hand side"], "right": ["right side", "right half",
                                                                            "right-hand side"]}
    if " " in kind:
        v, s = kind.split()
        place = r.choice([f"the {v} {s} corner", f"the {'top' if v == 'upper' else 'bottom'}-{s} corner",
                          f"the {v} {s}", f"the corner at the {'top' if v == 'upper' else 'bottom'} {s}"])
        shape = r.choice(["{A} in {pl} of the {fr}.", "In {pl}, {a}.", "{A} {v} in {pl}.", "In {pl} of the {fr} sits {a}.",
                          "{A} can be seen in {pl}", "There is {a} in {pl}."])
    else:
        place = f"the {r.choice(words[kind])}"
        shape = r.choice(["{A} near {pl} of the {fr}.", "{A} at {pl} of the {fr}.", "Near {pl} of the {fr} there is {a}.",
                          "{A} {v} on {pl} of the {fr}." if kind in ("left", "right") else "{A} {v} near {pl} of the {fr}.",
                          "{A} is shown at {pl} of the {fr}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), pl=place, fr=fr, v=r.choice(STAY[h])), at(a, kind))


@family("spatial", "tune")
def sp_former_latter(r, h):
    a, p, b, ph = _odd_spatial(r, h)
    shape = r.choice(["{A} and {b}; the former is {ph} the latter.", "{B} and {a}. The {an} is {ph} the {bn}.",
                      "There are two things: {a} and {b}. The {an} is {ph} the {bn}.",
                      "{B} and {a}, the latter {ph} the former.", "{B} and {a}; the latter {v} {ph} the former.",
                      "{A} and {b}. The first {v} {ph} the second."])
    v = r.choice(STAY[h]) if ph.split()[0] not in ("resting", "hovering", "hidden") else "is"
    return (shape.format(A=_a(a).capitalize(), a=_a(a), an=a, B=_a(b).capitalize(), b=_a(b), bn=b, ph=ph, v=v),
            rel(a, p, b))


def _pair(r, h):
    """Two different things' names, the second now and then one the lexicon does not know."""
    a, b = two_distinct(r, ("animal", "object"), h)
    a, b = a[0], (r.choice(ODD[h])[0] if r.random() < 0.4 else b[0])
    return (a, b) if a != b else (a, "chair" if a != "chair" else "lamp")


@family("spatial", "tune")
def sp_two_places(r, h):
    a, b = _pair(r, h)
    left = r.choice([True, False])
    first, second = ("left", "right") if left else ("right", "left")
    shape = r.choice(["{A} on the {f} and {b} on the {s}.", "On the {f}, {a}; on the {s}, {b}.",
                      "{A} sits on the {f} while {b} is on the {s}.", "{A} on the {f} side, {b} on the {s} side.",
                      "To the {f} is {a} and to the {s} is {b}.", "{A} is at the {f} of the frame and {b} at the {s}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), f=first, s=second),
            both(rel(a, f"{first}_of", b), at(a, first), at(b, second)))


@family("attribution", "tune")
def att_colour_phrases(r, h):
    c = r.choice(COLOURS[h] + ODD_COLOURS[h])
    kind = r.choice(["animal", "object", "vehicle"])
    s = _thing(r, h, (kind,))[0] if kind != "vehicle" else pick(r, "vehicle", h)[0]
    part = r.choice(PARTS_OF["animal" if s in [x[0] for x in POOLS["animal"][h] + BEASTS[h]] else "object"])
    shape = r.choice(["{A} of a bright {c} color.", "{A} of a {c} colour.", "{A} whose {part} is {c}.",
                      "{A} that is {c} in color.", "{A}, {c} in colour.", "{A} painted in {c}.",
                      "{A} in a deep shade of {c}.", "{A} whose colour is {c}.", "{A} ({c}).",
                      "{A} with {c} {part}.", "{A} colored {c} sits in the {set}.", "There is {a}. It is {c}.",
                      "{A} in the {set}; the {s} is {c}.", "{A} that is completely {c}."])
    return (shape.format(A=_a(s).capitalize(), a=_a(s), s=s, c=c, part=part, set=r.choice(SETTING[h])),
            both(colour(s, c), only(s)))


@family("attribution", "tune")
def att_colour_pairs(r, h):
    c1, c2, c3 = r.sample(COLOURS[h] + ODD_COLOURS[h], 3)
    a, b = two_distinct(r, ("object", "animal"), h)
    a = r.choice(ODD[h])[0] if r.random() < 0.4 else a[0]
    b = b[0]
    shape = r.choice(["{A1} and {c2} {a} next to {b3} {b}.", "{A1}-and-{c2} {a} and {b3} {b}.",
                      "{A1} and {c2} {a}; {b3} {b} beside it.", "{B3} {b} and {a1} and {c2} {a}."])
    return (shape.format(A1=_a(c1).capitalize(), a1=_a(c1), c2=c2, a=a, b=b, b3=_a(c3), B3=_a(c3).capitalize()),
            both(colour(a, c1), colour(b, c3), only(a, b)))


@family("attribution", "tune")
def att_odd_words(r, h):
    c1, c2 = r.sample(ODD_COLOURS[h] + COLOURS[h], 2)
    a, b = r.sample(ODD[h] + BEASTS[h], 2)
    adj = r.choice(["shiny", "fluffy", "rusty", "wooden", "vintage", "old"])
    shape = r.choice(["{A1} {a} and {a2} {b}.", "{A1} {adj} {a} beside {a2} {b}.", "There is {a1} {a} and {a2} {b}.",
                      "We see {a1} {a} to the left of {a2} {b}.", "{A} in {c1} and {b2} in {c2}.",
                      "{A1} {a} stands next to {a2} {adj} {b}."])
    return (shape.format(A1=_a(c1).capitalize(), a1=_a(c1), a2=_a(c2), c1=c1, c2=c2, a=a[0], b=b[0], adj=adj,
                         A=_a(a[0]).capitalize(), b2=_a(b[0])),
            both(colour(a[0], c1), colour(b[0], c2)))


@family("attribution", "tune")
def att_comparatives(r, h):
    big, small = r.choice([("horse", "cat"), ("elephant", "mouse"), ("cow", "rabbit"), ("camel", "fox"),
                           ("bus", "ball"), ("truck", "cup")])
    if r.random() < 0.5:
        big, small = small, big          # the text overrides what things usually measure
    word = r.choice(BIGGER[h])
    shape = r.choice(["{Bg} {w} than the {sm}.", "{Bg} that is much {w} than {asm}.", "{Bg} is {w} than {asm}.",
                      "{Bg}, far {w} than {asm}, stands nearby.", "{Asm} {w2} than {bg}.",
                      "{Asm} next to {bg}; the {sm} is {w2}.", "{Huge} {bgn} next to {tiny} {sm}.",
                      "{Tiny} {sm} and {huge} {bgn}.", "{Asm} and {bg}, the {bgn} being much {w}."])
    return (shape.format(Bg=_a(big).capitalize(), bg=_a(big), bgn=big, sm=small, asm=_a(small),
                         Asm=_a(small).capitalize(), w=word, w2=r.choice(SMALLER[h]),
                         Huge=_a(r.choice(BIG[h] + ["huge"])).capitalize(), huge=_a(r.choice(BIG[h] + ["huge"])),
                         tiny=_a(r.choice(SMALL[h] + ["tiny"])), Tiny=_a(r.choice(SMALL[h] + ["tiny"])).capitalize()),
            bigger(big, small))


@family("attribution", "tune")
def att_second_sentence(r, h):
    c1, c2 = r.sample(COLOURS[h] + ODD_COLOURS[h], 2)
    a, b = two_distinct(r, ("animal", "object"), h)
    a, b = a[0], b[0]
    shape = r.choice(["{A} and {b}. The {a0} is {c1} and the {b0} is {c2}.",
                      "There is {a} next to {b}. The {a0} is {c1}; the {b0} is {c2}.",
                      "{A} sits beside {b}. The first is {c1}, the second {c2}.",
                      "{A} and {b} in the {set}: the {a0} {c1}, the {b0} {c2}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), a0=a, b0=b, c1=c1, c2=c2, set=r.choice(SETTING[h])),
            both(colour(a, c1), colour(b, c2)))


@family("numeracy", "tune")
def num_odd_nouns(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h] + [("seven", 7), ("6", 6)]), r.choice(ODD[h] + BEASTS[h])
    shape = r.choice(["{W} {p}.", "There are {w} {p} in the {set}.", "{W} {p} are lined up.", "I count {w} {p}.",
                      "The video shows {w} {p}.", "{W} {adj} {p} wait in the {set}.", "{w} {p} standing in a row",
                      "In the {set} we see {w} {p}.", "{W} {p} can be seen.", "There are {w} {p}; nothing else."])
    return (shape.format(W=_cap(w), w=w, p=p, set=r.choice(SETTING[h]), adj=r.choice(["rusty", "fluffy", "old"])),
            count(s, n))


@family("numeracy", "tune")
def num_groups(r, h):
    (s, p) = r.choice(ODD[h] + BEASTS[h] + POOLS["animal"][h])
    g = r.choice(GROUPS[h])
    if r.random() < 0.5:
        (w, n) = r.choice(NUMBERS[h])
        shape = r.choice(["A {g} of {w} {p}.", "There is a {g} of {w} {p} in the {set}.", "We see a {g} of {w} {p}.",
                          "A {g} of {w} {p} waits in the {set}."])
        return shape.format(g=g, w=w, p=p, set=r.choice(SETTING[h])), count(s, n)
    shape = r.choice(["A {g} of {p}.", "A {g} of {p} in the {set}.", "There is a {g} of {p}.",
                      "A {g} of {p} stands around.", "In the {set}, a {g} of {p}."])
    return shape.format(g=g, p=p, set=r.choice(SETTING[h])), at_least(s, 3)


@family("numeracy", "tune")
def num_forms(r, h):
    (w, n) = r.choice(NUMBER_FORMS[h])
    (s, p) = r.choice(POOLS["animal"][h] + POOLS["object"][h] + ODD[h])
    shape = r.choice(["{W} {p}.", "There are {w} {p}.", "{W} {p} in the {set}.", "We see {w} {p} on the ground.",
                      "{W} {p} sit together."])
    return shape.format(W=_cap(w), w=w, p=p, set=r.choice(SETTING[h])), count(s, n)


@family("numeracy", "tune")
def num_two_counts(r, h):
    (w1, n1), (w2, n2) = r.sample(NUMBERS[h] + [("one", 1), ("a single", 1)], 2)
    a, b = r.sample(POOLS["animal"][h] + ODD[h] + BEASTS[h], 2)
    pa = a[1] if n1 > 1 else a[0]
    pb = b[1] if n2 > 1 else b[0]
    c1, c2 = r.sample(COLOURS[h], 2)
    shape = r.choice(["{W1} {pa} and {w2} {pb}.", "There are {w1} {pa} and {w2} {pb} in the {set}.",
                      "{W1} {c1} {pa} next to {w2} {c2} {pb}.", "{W1} {pa} on the left and {w2} {pb} on the right.",
                      "{W1} {pa}, plus {w2} {pb}.", "We see {w1} {pa} and, beside {them}, {w2} {pb}."])
    return (shape.format(W1=_cap(w1), w1=w1, w2=w2, pa=pa, pb=pb, c1=c1, c2=c2, set=r.choice(SETTING[h]),
                         them="them" if n1 > 1 else "it"),
            both(count(a[0], n1), count(b[0], n2)))


@family("numeracy", "tune")
def num_with_relation(r, h):
    (w, n) = r.choice(NUMBERS[h])
    (s, p) = r.choice(POOLS["animal"][h] + ODD[h] + BEASTS[h])
    other = r.choice(POOLS["landmark"][h] + POOLS["vehicle"][h])[0]
    shape = r.choice(["{W} {p} next to {o}.", "{W} {p} stand in front of {o}.", "There are {w} {p} beside the {on}.",
                      "Next to {o}, {w} {p}.", "{O} with {w} {p} beside it.", "{O}. {W} {p} wait next to it."])
    return (shape.format(W=_cap(w), w=w, p=p, o=_a(other), O=_a(other).capitalize(), on=other),
            both(count(s, n), count(other, 1)))


@family("spatial", "tune")
def sp_more_relations(r, h):
    a, p, b, ph = _odd_spatial(r, h)
    shape = r.choice(["In the scene, {a} {v} {ph} {b}.", "the video shows {a} {ph} {b}", "{A} {v} {ph} {b} all day long.",
                      "{A} is visible {ph} {b}.", "Right there, {a} {ph} {b}.", "{A}; it {v} {ph} {b}.",
                      "{A}. It is {ph} {b}.", "{A} {v} {ph} the {bn} in the {set}.", "{Ph} the {bn}, {a}.",
                      "A {set} with {a} {ph} {b}.", "{A} sitting {ph} {b}.", "{A} positioned {ph} {b}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), bn=b, ph=ph, Ph=_cap(ph), v=r.choice(STAY[h]),
                         set=r.choice(SETTING[h])), rel(a, p, b))


@family("spatial", "tune")
def sp_corner(r, h):
    a = _thing(r, h, ("animal", "object"))[0]
    shape = r.choice(["{A} in the corner.", "{A} {v} in a corner of the {fr}.", "In one corner of the {fr}, {a}.",
                      "{A} tucked away in the corner.", "There is {a} in the corner of the {fr}."])
    return shape.format(A=_a(a).capitalize(), a=_a(a), v=r.choice(STAY[h]), fr=r.choice(FRAME_NOUN[h])), at(a, "corner")


@family("attribution", "tune")
def att_more_colours(r, h):
    c1, c2 = r.sample(COLOURS[h] + ODD_COLOURS[h], 2)
    a, b = _pair(r, h)
    shape = r.choice(["{A} that is {c1} and {b} that is {c2}.", "{A}, {c1}, next to {b}, {c2}.",
                      "{A} with {c1} fur beside {b} painted {c2}.", "a {c1} {a} and a {c2} {b}",
                      "{A} coloured {c1} and {b} in {c2}.", "The video shows {ac1} {a} and {ac2} {b}.",
                      "{Ac1} {a}. Next to it, {ac2} {b}."])
    return (shape.format(A=_a(a).capitalize(), a=a if "a {c1}" in shape or "{a}." in shape or "} {a}" in shape else _a(a),
                         b=b if "} {b}" in shape or "a {c2} {b}" in shape else _a(b), c1=c1, c2=c2,
                         ac1=_a(c1), ac2=_a(c2), Ac1=_a(c1).capitalize()),
            both(colour(a, c1), colour(b, c2)))


@family("numeracy", "tune")
def num_more_counts(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h]), r.choice(POOLS["animal"][h] + ODD[h] + BEASTS[h] + POOLS["object"][h])
    shape = r.choice(["the video shows {w} {p}", "{W} {p} in total.", "There are exactly {w} {p} here.",
                      "{W} {c} {p}.", "In the {set}, {w} {p} {v}.", "We can see {w} {p} in the {set}.",
                      "{W} {p}, all in a row.", "Look: {w} {p}!"])
    v = r.choice(STAY[h])
    return (shape.format(W=_cap(w), w=w, p=p, c=r.choice(COLOURS[h]), set=r.choice(SETTING[h]),
                         v=v[:-1] if not v.endswith("es") else v[:-2] if v.endswith("ches") else v[:-1]),
            count(s, n))


STATIC_VERBS = {"tune": ["is located", "can be found", "is seen", "lies", "is sitting", "is standing", "is resting",
                         "has been left"],
                "held": ["is situated", "appears", "is waiting"]}
FEW = {"tune": [("several", 3), ("a few", 2), ("many", 3), ("a number of", 3), ("lots of", 3), ("a bunch of", 3)],
       "held": [("numerous", 3), ("a handful of", 3), ("dozens of", 6)]}
SIZE_WORDS = {"tune": [("very large", "big"), ("gigantic", "big"), ("enormous", "big"), ("massive", "big"),
                       ("extremely small", "small"), ("teeny", "small"), ("mini", "small"), ("itty-bitty", "small")],
              "held": [("colossal", "big"), ("immense", "big"), ("minuscule", "small"), ("pint-sized", "small")]}


@family("spatial", "tune")
def sp_verb_phrases(r, h):
    a, p, b, ph = _odd_spatial(r, h)
    vp = r.choice(STATIC_VERBS[h])
    shape = r.choice(["{A} {vp} {ph} {b}.", "In the {set}, {a} {vp} {ph} {b}.", "{A} {vp} {ph} the {bn}",
                      "We notice that {a} {vp} {ph} {b}.", "{A} {vp} quietly {ph} {b}.",
                      "{Ph} {b}, {a} {vp}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), bn=b, ph=ph, Ph=_cap(ph), vp=vp,
                         set=r.choice(SETTING[h])), rel(a, p, b))


@family("spatial", "tune")
def sp_top_front_behind(r, h):
    kind = r.choice(["on", "in_front_of", "behind"])
    if kind == "on":
        a = r.choice(POOLS["object"][h] + [("teapot", "")])[0]
        a = "cup" if a in ("chair", "stool") else a
        b = r.choice(POOLS["furniture"][h])[0]
        shape = r.choice(["On top of the {b} is {a}.", "{A} sits on top of {bb}.", "{Bb} with {a} on top.",
                          "{Bb} topped with {a}.", "{A} placed on top of the {b}.", "{A} is on the {b}.",
                          "There's {a} on top of the {b}.", "{A} lying on {bb}."])
    else:
        a = _thing(r, h, ("animal", "person"))[0]
        b = r.choice(POOLS["landmark"][h] + POOLS["vehicle"][h])[0]
        word = "in front of" if kind == "in_front_of" else "behind"
        shape = r.choice([f"{_cap(word)} the {{b}}, {{a}}.", f"{{A}} hidden {word} {{bb}}." if kind == "behind" else
                          f"{{A}} waiting {word} {{bb}}.", f"{{A}} is parked {word} the {{b}}." if a in
                          [x[0] for x in POOLS["vehicle"][h]] else f"{{A}} stands {word} the {{b}}.",
                          f"{_cap(word)} {{bb}} there is {{a}}.", f"{{Bb}} with {{a}} {word} it.",
                          f"There is {{bb}}, and {{a}} is {word} it."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=b, bb=_a(b), Bb=_a(b).capitalize()), rel(a, kind, b))


@family("spatial", "tune")
def sp_two_regions(r, h):
    a, b = r.sample(POOLS["animal"][h] + ODD[h] + POOLS["flyer"][h], 2)
    a, b = a[0], b[0]
    fr = r.choice(FRAME_NOUN[h])
    v = r.choice([("upper", "lower", "top", "bottom"), ("lower", "upper", "bottom", "top")])
    shape = r.choice(["{A} near the {w1} of the {fr} and {b} near the {w2}.",
                      "{A} at the {w1} of the {fr}; {b} at the {w2}.", "Near the {w1} of the {fr}, {a}. Near the {w2}, {b}.",
                      "{A} in the {v1} part of the {fr}, {b} in the {v2} part."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), fr=fr, w1=v[2], w2=v[3], v1=v[0], v2=v[1]),
            both(at(a, v[0]), at(b, v[1])))


@family("numeracy", "tune")
def num_vague(r, h):
    (w, n), (s, p) = r.choice(FEW[h]), r.choice(POOLS["animal"][h] + ODD[h] + BEASTS[h])
    shape = r.choice(["{W} {p}.", "There are {w} {p} in the {set}.", "We see {w} {p}.", "{W} {p} wander around.",
                      "In the {set}, {w} {p}."])
    return shape.format(W=_cap(w), w=w, p=p, set=r.choice(SETTING[h])), at_least(s, n)


@family("numeracy", "tune")
def num_lists(r, h):
    picks = r.sample(POOLS["animal"][h] + ODD[h], 3)
    nums = [r.choice(NUMBERS[h] + [("one", 1), ("a", 1)]) for _ in picks]
    parts = [f"{w} {p[1] if n > 1 else p[0]}" if w != "a" else _a(p[0]) for (w, n), p in zip(nums, picks)]
    shape = r.choice(["{x}, {y} and {z}.", "There are {x}, {y}, and {z}.", "We see {x}, {y} and {z} in the {set}.",
                      "{x}; {y}; {z}."])
    text = shape.format(x=parts[0], y=parts[1], z=parts[2], set=r.choice(SETTING[h]))
    return _cap(text), both(*[count(p[0], n) for (w, n), p in zip(nums, picks)])


@family("attribution", "tune")
def att_size_words(r, h):
    (w1, k1), (w2, k2) = r.sample(SIZE_WORDS[h], 2)
    while k1 == k2:
        (w2, k2) = r.choice(SIZE_WORDS[h])
    a, b = two_distinct(r, ("animal", "animal"), h)
    a, b = a[0], b[0]
    shape = r.choice(["{A1} {a} and {a2} {b}.", "{A1} {a} next to {a2} {b}.", "There is {a1} {a} beside {a2} {b}.",
                      "{A1} {a} stands to the left of {a2} {b}."])
    big, small = (a, b) if k1 == "big" else (b, a)
    return (shape.format(A1=_a(w1).capitalize(), a1=_a(w1), a2=_a(w2), a=a, b=b), bigger(big, small))


@family("attribution", "tune")
def att_combined(r, h):
    c1, c2 = r.sample(COLOURS[h] + ODD_COLOURS[h], 2)
    a, b = two_distinct(r, ("object", "object"), h)
    a, b = a[0], b[0]
    big, small = r.choice(BIG[h]), r.choice(SMALL[h])
    side = r.choice(["left", "right"])
    shape = r.choice(["{Ab} {c1} {a} to the {s} of {as_} {c2} {b}.", "{Ab} {a} in {c1} sits to the {s} of {as_} {b} in {c2}.",
                      "To the {s} of {as_} {c2} {b} is {ab} {c1} {a}."])
    return (shape.format(Ab=_a(big).capitalize(), ab=_a(big), as_=_a(small), a=a, b=b, c1=c1, c2=c2, s=side),
            both(colour(a, c1), colour(b, c2), bigger(a, b), rel(a, f"{side}_of", b)))


SHADED = {"tune": [("navy blue", "blue"), ("sky blue", "blue"), ("forest green", "green"), ("jet black", "black"),
                   ("hot pink", "pink"), ("dark red", "red"), ("pale yellow", "yellow")],
          "held": [("royal blue", "blue"), ("lime green", "green"), ("snow white", "white")]}


@family("attribution", "tune")
def att_shades_and_forms(r, h):
    (c1, k1) = r.choice(SHADED[h])
    c2 = r.choice([c for c in COLOURS[h] if c != k1])
    a, b = two_distinct(r, ("vehicle", "object"), h)
    a, b = a[0], (r.choice(ODD[h])[0] if r.random() < 0.3 else b[0])
    shape = r.choice(["{A1} {a} and {a2} {b}.", "{A} in {c1} next to {b2} in {c2}.", "{A1} colored {a} beside {b2} painted {c2}.",
                      "{A} having {c1} paint and {b2} with {c2} paint.", "{A} of {c1} color and {b2} of {c2} color.",
                      "{A} which is painted {c1}, and {b2} which is {c2}."])
    text = shape.format(A1=_a(c1).capitalize(), a2=_a(c2), a=a, b=b, A=_a(a).capitalize(), b2=_a(b), c1=c1, c2=c2)
    return text, both(colour(a, k1), colour(b, c2))


@family("attribution", "tune")
def att_same_noun(r, h):
    c1, c2 = r.sample(COLOURS[h] + ODD_COLOURS[h], 2)
    s, p = r.choice(POOLS["animal"][h] + POOLS["object"][h] + ODD[h])
    shape = r.choice(["{A1} {s} and {a2} {s}.", "Two {p}: one {c1}, one {c2}.", "Two {p}, one {c1} and one {c2}.",
                      "{A1} {s} next to {a2} one.", "{A1} {s} on the left and {a2} {s} on the right.",
                      "There are two {p}; the first is {c1} and the second is {c2}."])
    return (shape.format(A1=_a(c1).capitalize(), a2=_a(c2), s=s, p=p, c1=c1, c2=c2), colours_of(s, c1, c2))


@family("spatial", "tune")
def sp_plural_relations(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h]), r.choice(POOLS["animal"][h] + ODD[h])
    kind = r.choice(["in_front_of", "next_to", "left_of", "right_of"])
    other = r.choice(POOLS["landmark"][h] + POOLS["vehicle"][h])[0]
    word = {"in_front_of": r.choice(FRONT[h]), "next_to": r.choice(NEXT[h]), "left_of": r.choice(LEFT_OF[h]),
            "right_of": r.choice(RIGHT_OF[h])}[kind]
    shape = r.choice(["{W} {p} {word} {o}.", "{W} {p} stand {word} {o}.", "There are {w} {p} {word} the {on}.",
                      "{Word} {o}, {w} {p}.", "{O} with {w} {p} {word} it."])
    return (shape.format(W=_cap(w), w=w, p=p, word=word, Word=_cap(word), o=_a(other), O=_a(other).capitalize(),
                         on=other), both(count(s, n), every(s, kind, other)))


@family("spatial", "tune")
def sp_has_on_its(r, h):
    a, p, b, ph = _odd_spatial(r, h)
    it = r.choice(IT_REL[h][p])
    shape = r.choice(["{B} has {a} {it}.", "{B} that has {a} {it}.", "{B} with {a} sitting {it}.",
                      "{B}, and {it} there is {a}."])
    return shape.format(B=_a(b).capitalize(), a=_a(a), it=it), rel(a, p, b)


@family("spatial", "tune")
def sp_centre(r, h):
    a = _thing(r, h, ("animal", "object", "vehicle"))[0]
    fr = r.choice(FRAME_NOUN[h])
    shape = r.choice(["{A} in the center of the {fr}.", "{A} right in the middle of the {fr}.", "In the centre, {a}.",
                      "{A} {v} in the middle.", "{A} positioned at the center of the {fr}."])
    return shape.format(A=_a(a).capitalize(), a=_a(a), fr=fr, v=r.choice(STAY[h])), at(a, "center")


@family("spatial", "tune")
def sp_flanks_and_parts(r, h):
    kind = r.choice(["flank", "either", "with_it", "foot", "head"])
    if kind in ("flank", "either"):
        a = _thing(r, h, ("animal", "object"))[0]
        b, c = r.sample([x[0] for x in POOLS["object"][h] + POOLS["landmark"][h] + ODD[h] if x[0] != a], 2)
        shape = (r.choice(["{A} flanked by {b} and {c}.", "{A} is flanked by {b} and {c}."]) if kind == "flank" else
                 r.choice(["{B} and {c} on either side of {a}.", "{B} and {c} stand on each side of {a}."]))
        return (shape.format(A=_a(a).capitalize(), a=_a(a), B=_a(b).capitalize(), b=_a(b), c=_a(c)),
                rel(a, "between", b, c))
    if kind == "with_it":
        a = r.choice(POOLS["animal"][h])[0]
        b = r.choice(POOLS["furniture"][h])[0]
        c = r.choice([x[0] for x in POOLS["object"][h] if x[0] not in ("chair",)])
        return (f"{_a(a).capitalize()} {r.choice(['sitting', 'sleeping', 'waiting'])} under {_a(b)} with {_a(c)} on "
                f"top of it.", both(rel(c, "on", b), rel(a, "below", b)))
    a = r.choice(POOLS["animal"][h])[0]
    b = r.choice(POOLS["furniture"][h] + [("snowman", ""), ("statue", "")])[0]
    if kind == "foot":
        return f"{_a(a).capitalize()} {r.choice(STAY[h])} at the foot of the {b}.", rel(a, "next_to", b)
    c = r.choice(["hat", "cup", "ball"])
    return f"{_a(c).capitalize()} rests on the {r.choice(['top', 'back'])} of the {b}.", rel(c, "on", b)


@family("attribution", "tune")
def att_markings_and_multiples(r, h):
    c1, c2 = r.sample(COLOURS[h], 2)
    kind = r.choice(["mark", "times"])
    if kind == "mark":
        s = r.choice(POOLS["animal"][h] + BEASTS[h])[0]
        mark = r.choice(["spots", "stripes", "patches"])
        return f"{_a(c1).capitalize()} {s} with {c2} {mark}.", both(colour(s, c1), only(s))
    big, small = r.choice([("horse", "cat"), ("elephant", "mouse"), ("cow", "rabbit"), ("bus", "ball")])
    if r.random() < 0.5:
        big, small = small, big
    shape = r.choice(["{Bg} twice as big as {sm}.", "{Bg} three times as large as {sm}.", "{Sm} half as big as {bg}.",
                      "{Bg}, twice as big as {sm}, stands nearby."])
    return (shape.format(Bg=_a(big).capitalize(), bg=_a(big), sm=_a(small), Sm=_a(small).capitalize()),
            bigger(big, small))


@family("numeracy", "tune")
def num_pairs_of(r, h):
    (w, n) = r.choice([("two", 2), ("three", 3), ("2", 2)])
    (s, p) = r.choice(POOLS["object"][h] + ODD[h] + POOLS["animal"][h])
    g, per = r.choice([("pairs", 2), ("trios", 3)])
    shape = r.choice(["{W} {g} of {p}.", "There are {w} {g} of {p} in the {set}.", "We see {w} {g} of {p}."])
    return shape.format(W=_cap(w), w=w, g=g, p=p, set=r.choice(SETTING[h])), count(s, n * per)


@family("spatial", "tune")
def sp_region_words(r, h):
    a = _thing(r, h, ("animal", "object", "flyer"))[0]
    fr = r.choice(FRAME_NOUN[h])
    kind = r.choice(["upper", "lower", "upper left", "upper right", "lower left", "lower right"])
    if " " in kind:
        v, sd = kind.split()
        vv = "top" if v == "upper" else "bottom"
        place = r.choice([f"the {v}-{sd} quadrant", f"the {v} {sd} quadrant of the {fr}", f"the {vv}-{sd} area"])
        shape = r.choice(["{A} in {pl}.", "{A} {v_} in {pl}.", "{Vv} {sd}: {a}.", "{Vv} {sd}, {a}."])
        if a in [x[0] for x in POOLS["flyer"][h]]:
            shape = r.choice([shape, "{A} is flying in {pl}.", "{A} hovers in {pl}."])
        return (shape.format(A=_a(a).capitalize(), a=_a(a), pl=place, v_=r.choice(STAY[h]), Vv=_cap(vv), sd=sd),
                at(a, kind))
    word = "high" if kind == "upper" else "low"
    shape = r.choice(["{A} {w} {ud} in the {fr}.", "{A} {w} in the {fr}.", "{A} {v_} {w} in the {fr}.",
                      "{A} in the {k} half of the {fr}.", "In the {k} half of the {fr}, {a}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), w=word if not (word == "low" and "up" in shape) else word,
                         fr=fr, v_=r.choice(STAY[h]), k=kind, ud='up' if word == 'high' else 'down'), at(a, kind))


@family("attribution", "tune")
def att_colour_words_more(r, h):
    kind = r.choice(["ish", "mix", "compound", "simile"])
    s = _thing(r, h, ("animal", "object"))[0] if kind != "compound" else r.choice(["bus", "truck", "car"])
    if kind == "ish":
        c = r.choice(["red", "blue", "green", "yellow"])
        word = {"red": "reddish", "blue": "bluish", "green": "greenish", "yellow": "yellowish"}[c]
        return r.choice([f"{_a(word).capitalize()} {s}.", f"{_a(s).capitalize()} that is {word}."]), colour(s, c)
    if kind == "mix":
        c1, c2 = r.sample(["blue", "green", "red", "yellow", "black"], 2)
        return f"{_a(c1).capitalize()}-{c2} {s} in the {r.choice(SETTING[h])}.", colour(s, c2)
    if kind == "compound":
        c = r.choice(COLOURS[h])
        mod = r.choice(["school", "fire", "delivery", "tour", "toy"])
        return f"{_a(c).capitalize()} {mod} {s} {r.choice(STAY[h])} by the road.", colour(s, c)
    c, like = r.choice([("black", "night"), ("white", "snow"), ("red", "a tomato"), ("green", "grass")])
    return f"{_a(s).capitalize()}, {c} as {like}, {r.choice(STAY[h])} in the {r.choice(SETTING[h])}.", colour(s, c)


@family("spatial", "tune")
def sp_together(r, h):
    a, b = _pair(r, h)
    shape = r.choice(["{A} and {b} next to each other.", "{A} and {b} side by side.", "{A} and {b} {v} beside each other.",
                      "{A} and {b} {v} close together.", "We see {a} and {b}, side by side.",
                      "{A} and {b} are next to one another in the {set}."])
    v = r.choice(STAY[h])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), v=v[:-1] if not v.endswith("es") else v[:-1],
                         set=r.choice(SETTING[h])), rel(b, "next_to", a))


COMPOUNDS = {"tune": [("traffic cones", "cone"), ("teddy bears", "bear"), ("fire trucks", "truck"),
                      ("tennis balls", "ball"), ("coffee mugs", "mug"), ("rubber ducks", "duck")],
             "held": [("garden gnomes", "gnome"), ("beach balls", "ball"), ("police cars", "car")]}


@family("numeracy", "tune")
def num_compounds_and_sizes(r, h):
    (w, n) = r.choice(NUMBERS[h])
    if r.random() < 0.7:
        p, head = r.choice(COMPOUNDS[h])
        shape = r.choice(["{W} {p}.", "There are {w} {p} on the ground.", "{W} {p} in a row.", "We see {w} {p}.",
                          "{W} {p} sit next to a {o}."])
        o = r.choice(POOLS["landmark"][h])[0]
        return shape.format(W=_cap(w), w=w, p=p, o=o), count(head, n)
    s, p = r.choice(POOLS["animal"][h] + BEASTS[h])
    shape = r.choice(["Two {p}: one big, one small.", "Two {p}, one tiny and one huge.", "Two {p}, one large, one little."])
    return shape.format(p=p), count(s, 2)


@family("spatial", "tune")
def sp_second_clause_more(r, h):
    a, p, b, ph = _odd_spatial(r, h)
    it = r.choice(IT_REL[h][p])
    shape = r.choice(["There's {b}, and {a} {v} {it}.", "{B}. {It}: {a}.", "{B} is in the {set}. {It}, {a} {v}.",
                      "There's {b} in the {set}; {a} is {it}.", "Look at {b}. {A} {v} {it}."])
    v = r.choice(STAY[h])
    return (shape.format(B=_a(b).capitalize(), b=_a(b), A=_a(a).capitalize(), a=_a(a), it=it, It=_cap(it), v=v,
                         set=r.choice(SETTING[h])), rel(a, p, b))


@family("attribution", "tune")
def att_appositive_and_linking(r, h):
    c = r.choice(COLOURS[h] + ODD_COLOURS[h])
    s = _thing(r, h, ("animal", "object"))[0]
    adj = r.choice(["fluffy", "shiny", "old", "wooden", "round"])
    shape = r.choice(["{A}, {c} and {adj}, {v} in the {set}.", "{A} that is both {c} and {adj}.",
                      "{A} which looks {c}.", "The {s} looks {c}.", "{A}, {adj} and {c}, {v} quietly.",
                      "{A} that seems {c} in the light."])
    return (shape.format(A=_a(s).capitalize(), s=s, c=c, adj=adj, v=r.choice(STAY[h]), set=r.choice(SETTING[h])),
            both(colour(s, c), only(s)))


# held-back families in the same style, with their own shapes and words (scores only, never debugged)
@family("spatial", "held")
def sp_held_np_forms(r, h):
    a, p, b, ph = _odd_spatial(r, h)
    shape = r.choice(["Picture {a} {ph} {b}.", "{A}, located {ph} {b}.", "There's {a} {ph} the {bn}",
                      "{A} lying {ph} {b}.", "Somewhere in the {set}: {a} {ph} {b}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), bn=b, ph=ph, set=r.choice(SETTING[h])),
            rel(a, p, b))


@family("spatial", "held")
def sp_held_pronoun(r, h):
    a, p, b, ph = _odd_spatial(r, h)
    it = r.choice(IT_REL[h][p])
    shape = r.choice(["{B} occupies the scene, and {a} waits {it}.", "Look at {b}: {a} is {it}.",
                      "{B} is visible. {A} can be found {it}."])
    return shape.format(B=_a(b).capitalize(), b=_a(b), A=_a(a).capitalize(), a=_a(a), it=it), rel(a, p, b)


@family("attribution", "held")
def att_held_after_noun(r, h):
    c = r.choice(COLOURS[h] + ODD_COLOURS[h])
    s = _thing(r, h, ("animal", "object"))[0]
    shape = r.choice(["{A} which has a {c} color.", "{A}, coloured entirely {c}.", "{A} whose whole body is {c}.",
                      "{A} of {c} hue."])
    return shape.format(A=_a(s).capitalize(), c=c), colour(s, c)


@family("attribution", "held")
def att_held_sizes(r, h):
    big, small = r.choice([("bear", "duck"), ("wolf", "puppy"), ("tractor", "bucket")])
    if r.random() < 0.5:
        big, small = small, big
    shape = r.choice(["{Bg} {w} than {sm}.", "{Sm} that is {w2} than {bg}.", "{Bg} towering, {w} than {sm}."])
    return (shape.format(Bg=_a(big).capitalize(), bg=_a(big), sm=_a(small), Sm=_a(small).capitalize(),
                         w=r.choice(BIGGER[h]), w2=r.choice(SMALLER[h])), bigger(big, small))


@family("spatial", "held")
def sp_held_regions(r, h):
    a = _thing(r, h, ("animal", "object"))[0]
    fr = r.choice(FRAME_NOUN[h])
    kind = r.choice(["upper left", "upper right", "lower left", "lower right", "upper", "lower"])
    words = {"upper left": "top left", "upper right": "top right", "lower left": "bottom left",
             "lower right": "bottom right", "upper": "top", "lower": "bottom"}[kind]
    shape = r.choice(["Towards the {w} of the {fr} sits {a}.", "{A} occupies the {w} of the {fr}.",
                      "Placed at the {w}: {a}."])
    return shape.format(A=_a(a).capitalize(), a=_a(a), w=words, fr=fr), at(a, kind)


@family("attribution", "held")
def att_held_colour_clauses(r, h):
    c1, c2 = r.sample(COLOURS[h] + ODD_COLOURS[h], 2)
    a, b = two_distinct(r, ("animal", "object"), h)
    a, b = a[0], b[0]
    shape = r.choice(["{A}, which is {c1}, waits beside {b}, which is {c2}.", "The {an} is {c1}; the {bn} is {c2}. "
                      "They rest together.", "{A} with {c1} colouring and {b} with {c2} colouring."])
    return (shape.format(A=_a(a).capitalize(), an=a, bn=b, b=_a(b), c1=c1, c2=c2), both(colour(a, c1), colour(b, c2)))


@family("numeracy", "held")
def num_held_lists(r, h):
    (w1, n1), (w2, n2) = r.sample(NUMBERS[h], 2)
    a, b = r.sample(POOLS["animal"][h] + ODD[h] + BEASTS[h], 2)
    shape = r.choice(["Picture {w1} {pa} together with {w2} {pb}.", "{W1} {pa} share the {set} with {w2} {pb}.",
                      "The {set} contains {w1} {pa} as well as {w2} {pb}."])
    return (shape.format(W1=_cap(w1), w1=w1, w2=w2, pa=a[1], pb=b[1], set=r.choice(SETTING[h])),
            both(count(a[0], n1), count(b[0], n2)))


@family("numeracy", "held")
def num_held_forms(r, h):
    (w, n) = r.choice(NUMBER_FORMS[h])
    (s, p) = r.choice(POOLS["animal"][h] + ODD[h] + BEASTS[h])
    shape = r.choice(["Exactly {w} {p} appear on screen.", "The scene holds {w} {p}.", "{W} {p} gathered together.",
                      "A {g} of {p}."])
    g = r.choice(GROUPS[h])
    check = at_least(s, 3) if "{g}" in shape else count(s, n)
    return shape.format(W=_cap(w), w=w, p=p, g=g), check


@family("screenplay", "tune")
def sp_scene_variety_2(r, h):
    (a, ga), (b, gb), (c, _) = _names(r, h, 3)
    head = _heading(r, h)
    kind = r.choice(["pron_exit", "they_stand", "between_step", "animal_poss", "apart_far", "crowd_some"])
    if kind == "pron_exit":
        return (f"{head}\n\n{a} reads a letter. {b} watches.\n\n{b}\nWell?\n\n{a.title()} folds the letter and "
                f"{ga} walks out of the room.\n", exits_scene("folds the letter", a))
    if kind == "they_stand":
        return (f"{head}\n\n{a}, {b} and {c} wait in silence.\n\nThey stand up together.\n",
                cast_has("They stand up together", a, b, c))
    if kind == "between_step":
        return (f"{head}\n\n{a} leans on the left wall, {b} on the right one.\n\n{c} walks in between them.\n",
                sits_between(f"{c} walks in between", c, a, b))
    if kind == "animal_poss":
        animal = r.choice(QUADRUPEDS[h])
        return (f"EXT. PORCH - DAY\n\n{a}'s {animal} dozes by the steps.\n",
                creature(f"{animal} dozes", animal, "quadruped"))
    if kind == "apart_far":
        return (f"EXT. FIELD - DAY\n\n{a} and {b} walk together. {b} stops and walks thirty paces away.\n\n{a}\n"
                f"What is it?\n\n{b}\nNothing.\n", apart(f"{b} stops and walks thirty paces away", a, b))
    who = r.choice(CROWD[h])
    return (f"{head}\n\n{a} pushes through a crowd of {who}.\n", crowd(f"crowd of {who}", 3))


# -- the tuning families again, reworded: frames and trailing phrases that change nothing the check reads -----
_PREFIXES = ["In this shot, ", "Here, ", "In the video, ", "We watch as ", "On screen, ", "This time, "]
_SUFFIXES = [" in the sunshine", " on a sunny day", " in the evening light", " without a sound", " all along",
             " side by side with nothing else around", " in a simple cartoon style"]


def _reworded(fn):
    def varied(r, h):
        text, check = fn(r, h)
        if text.count(".") > 1 or not text.endswith("."):
            return text, check
        body = text[:-1]
        if r.random() < 0.5:
            p = r.choice(_PREFIXES)
            body = p + (body[0].lower() + body[1:] if not body.startswith(("I ", "I'")) else body)
        if r.random() < 0.6 and " side by side" not in body:
            body += r.choice(_SUFFIXES) if "side by side" not in body else ""
        return body + ".", check
    varied.__name__ = fn.__name__ + "_reworded"
    return varied


for _cat, _half, _name, _fn in list(FAMILIES):
    if _half == "tune" and _cat != "screenplay":
        FAMILIES.append((_cat, "tune", _name + "_reworded", _reworded(_fn)))


# -- an external half: LLM-grounded Video Diffusion's own benchmark prompts -----------------------------------
# The prompt shapes of LVD's evaluation (TonyLianLong/LLM-groundedVideoDiffusion, utils/eval/lvd.py at commit
# 22d90d2), re-written here: their classes, colours, locations and sentence frames, checked with this bench's
# geometric checks. Written by other people for another system: the bench's third column, never tuned on.
LVD_PREFIX = "A realistic lively video of a scene"
LVD_TOP_DOWN = "A realistic lively video of a top-down viewed scene"
LVD_CLASSES = [("moving car", "car"), ("lively cat", "cat"), ("flying bird", "bird"), ("moving ball", "ball"),
               ("walking dog", "dog")]
LVD_COLOURS = ["red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "gray"]
_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
_PLURAL = {"car": "cars", "cat": "cats", "bird": "birds", "ball": "balls", "dog": "dogs"}


def lvd_cases() -> list[Case]:
    out = []
    for n in range(1, 6):
        for full, noun in LVD_CLASSES:
            words = full.split()
            phrase = f"{words[0]} {_PLURAL[noun]}" if n > 1 else full
            out.append(Case("numeracy", "lvd", "lvd_numeracy", f"{LVD_PREFIX} with {_WORDS[n]} {phrase}",
                            count(noun, n)))
    import numpy as np

    nouns = [noun for _, noun in LVD_CLASSES]
    for ind in range(100):
        rng = np.random.RandomState(ind)
        c1, c2 = rng.choice(LVD_COLOURS, 2, replace=False)
        o1, o2 = rng.choice(nouns, 2, replace=False)
        out.append(Case("attribution", "lvd", "lvd_attribution",
                        f"{LVD_PREFIX} with {_a(c1)} {o1} and {_a(c2)} {o2}",
                        both(colour(o1, c1 if c1 != "gray" else "gray"), colour(o2, c2))))
    for full, noun in LVD_CLASSES:
        out.append(Case("visibility", "lvd", "lvd_visibility",
                        f"{LVD_PREFIX} in which {_a(full)} appears only in the second half of the video",
                        window(noun, "second_half")))
        out.append(Case("visibility", "lvd", "lvd_visibility",
                        f"{LVD_PREFIX} in which {_a(full)} appears only in the first half of the video",
                        window(noun, "first_half")))
    for noun in nouns:
        for a, b in (("left", "right"), ("right", "left")):
            out.append(Case("dynamics", "lvd", "lvd_dynamics",
                            f"{LVD_PREFIX} with {_a(noun)} moving from the {a} to the {b}", moves(noun, b)))
    for ind in range(25):
        rng = np.random.RandomState(ind)
        o1, o2 = rng.choice(nouns, 2, replace=False)
        for a, b in (("left", "right"), ("right", "left")):
            out.append(Case("dynamics", "lvd", "lvd_2obj_dynamics",
                            f"{LVD_PREFIX} with {_a(o1)} moving from the {a} of {_a(o2)} to its {b}",
                            passes(o1, o2, f"{a}_of", f"{b}_of")))
    for noun in nouns:
        for l1, l2, l3 in (("lower left", "lower right", "upper right"), ("lower left", "upper left", "upper right"),
                           ("lower right", "lower left", "upper left"), ("lower right", "upper right", "upper left")):
            out.append(Case("sequential", "lvd", "lvd_sequential",
                            f"{LVD_TOP_DOWN} in which {_a(noun)} initially on the {l1} of the scene. It first moves "
                            f"to the {l2} of the scene and then moves to the {l3} of the scene.",
                            route(noun, l1, l2, l3)))
    seen, unique = set(), []
    for c in out:
        if c.text not in seen:
            seen.add(c.text)
            unique.append(c)
    return unique


PER_FAMILY = {"screenplay": 25}


def cases(per_family: int = 30, seed: int = 0) -> list[Case]:
    """Every case of both halves, the same list in every process (seeded per family)."""
    out = []
    for category, half, name, fn in FAMILIES:
        r = random.Random(f"{seed}:{name}")
        seen = set()
        n = PER_FAMILY.get(category, per_family)
        tries = 0
        while sum(1 for c in out if c.family == name) < n and tries < n * 20:
            tries += 1
            text, check = fn(r, half)
            if text in seen:
                continue
            seen.add(text)
            out.append(Case(category, half, name, text, check, screenplay=category == "screenplay"))
    return out + lvd_cases()


CATEGORIES = ["numeracy", "attribution", "visibility", "dynamics", "sequential", "spatial", "screenplay"]
