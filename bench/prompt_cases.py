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


# Time and motion beyond one direction: order of appearances, approaching and leaving a thing, passing it, going
# round it, legs of a journey, a crossing either way.
def seen_throughout(name):
    def check(plan, shot):
        always(shot, one(plan, name))
    return check


def _seen(shot, eid):
    return [i for i, b in enumerate(track(shot, eid)) if b is not None]


def appears_before(a, b, gone=False):
    """`a` is on screen before `b` is (with `gone`, `a` has left before `b` comes); `b` is there at the end."""
    def check(plan, shot):
        ia, ib = _seen(shot, one(plan, a)), _seen(shot, one(plan, b))
        need(ia and ib, f"{a} seen {ia}, {b} seen {ib}")
        need(ia[0] < ib[0], f"{a} (from kf {ia[0]}) not before {b} (from kf {ib[0]})")
        need(ib[-1] == len(shot.keyframes) - 1, f"{b} not there at the end: {ib}")
        if gone:
            need(ia[-1] < ib[0], f"{a} still there (until kf {ia[-1]}) when {b} comes (kf {ib[0]})")
    return check


def _gap(x, y):
    return max(x[0] - y[2], y[0] - x[2], 0.0)


def nears(name, other, closer=True):
    """Moves toward `other` and ends beside it (closer), or moves away from it (not closer)."""
    def check(plan, shot):
        A, B = track(shot, one(plan, name)), always(shot, one(plan, other))
        pairs = [(x, y) for x, y in zip(A, B) if x is not None]
        need(len(pairs) >= 3, f"{name} seen too little")
        d = [abs(cx(x) - cx(y)) for x, y in pairs]
        if closer:
            need(d[-1] < d[0] - 0.12 and _gap(*pairs[-1]) < 0.12, f"{name} does not approach {other}: {d}")
        else:
            need(d[-1] > d[0] + 0.12, f"{name} does not move away from {other}: {d}")
    return check


def crosses(name, other, where=None):
    """Passes `other`: on one side of it at the start, on the other at the end; `where` in_front_of/behind says
    which way round (the lower box bottom is the nearer one) where it is closest to it."""
    def check(plan, shot):
        A, B = track(shot, one(plan, name)), always(shot, one(plan, other))
        pairs = [(x, y) for x, y in zip(A, B) if x is not None]
        need(len(pairs) >= 3, f"{name} seen too little")
        s0, s1 = cx(pairs[0][0]) - cx(pairs[0][1]), cx(pairs[-1][0]) - cx(pairs[-1][1])
        need(s0 * s1 < 0 and abs(s0) > 0.05 and abs(s1) > 0.05, f"{name} does not pass {other}: {s0:.2f} -> {s1:.2f}")
        if where:
            x, y = min(pairs, key=lambda p: abs(cx(p[0]) - cx(p[1])))
            if where == "in_front_of":
                need(x[3] > y[3] + 0.005, f"{name} not in front of {other} when passing: {x} {y}")
            else:
                need(x[3] < y[3] - 0.005, f"{name} not behind {other} when passing: {x} {y}")
    return check


def circles(name, other):
    """Goes round `other`: seen on both sides of it, turning back on its way."""
    def check(plan, shot):
        A, B = track(shot, one(plan, name)), always(shot, one(plan, other))
        pairs = [(x, y) for x, y in zip(A, B) if x is not None]
        need(len(pairs) >= 4, f"{name} seen too little")
        sides = [cx(x) - cx(y) for x, y in pairs]
        need(min(sides) < -0.05 and max(sides) > 0.05, f"{name} not on both sides of {other}: {sides}")
        steps = [cx(b[0]) - cx(a[0]) for a, b in zip(pairs, pairs[1:])]
        need(max(steps) > 0.02 and min(steps) < -0.02, f"{name} never turns back round {other}: {steps}")
    return check


def crosses_frame(name):
    """Crosses the frame one way or the other (whichever the text leaves open)."""
    def check(plan, shot):
        xs = [cx(b) for b in track(shot, one(plan, name)) if b is not None]
        need(len(xs) >= 3, f"{name} seen in {len(xs)} keyframes")
        s = 1 if xs[-1] > xs[0] else -1
        need(all(s * (b - a) >= -1e-6 for a, b in zip(xs, xs[1:])) and abs(xs[-1] - xs[0]) > 0.3,
             f"{name} does not cross the frame: {xs}")
    return check


def legs(name, *ways):
    """Moves each way in turn ('right', 'left', 'up', 'down'), each leg a real move."""
    def check(plan, shot):
        boxes = [b for b in track(shot, one(plan, name)) if b is not None]
        need(len(boxes) >= 3, f"{name} seen in {len(boxes)} keyframes")
        k = 0
        for way in ways:
            axis = cx if way in ("left", "right") else cy
            sign = 1 if way in ("right", "down") else -1
            least = 0.2 if way in ("left", "right") else 0.12
            vals = [axis(b) for b in boxes]
            j = k + 1
            while j < len(vals) and sign * (vals[j] - vals[k]) < least:
                j += 1
            need(j < len(vals), f"{name}: no leg {way} after keyframe {k} in {[round(v, 2) for v in vals]}")
            while j + 1 < len(vals) and sign * (vals[j + 1] - vals[j]) > 1e-6:
                j += 1
            k = j
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


def placed_at(marker, thing, target, placer):
    """'leans the bike against the wall', 'hangs the coat on the hook': the thing ends touching the target (on it,
    against it or hanging from it) and the one who put it there is not put on the target."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        t, g = one(plan, thing), one(plan, target)
        last = {o.entity: o.box for o in s.keyframes[-1].objects}
        need(t in last and g in last, f"{thing}/{target} not in the last keyframe of {s.id}")
        x, y = last[t], last[g]
        gap = max(x[0] - y[2], y[0] - x[2], x[1] - y[3], y[1] - x[3])
        need(gap < 0.03, f"{thing} not at the {target}: {x} {y}")
        edges = {(e.subject, e.predicate, e.object) for e in s.scene_graph}
        need(not any((placer.lower(), p, g) in edges for p in ("on", "in", "next_to")),
             f"{placer} put at the {target}")
    return check


def _same(a, b):
    import unicodedata

    fold = lambda n: "".join(ch for ch in unicodedata.normalize("NFKD", n.casefold()) if ch.isalnum())  # noqa: E731
    return fold(a) == fold(b)


def cast_named(marker, *names, without=()):
    """Like cast_has, by the entity's name in any script ('José', '田中'), not by its id."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        seen = {plan.entity(e).name for e in on_screen(s)}
        for n in names:
            need(any(_same(n, x) for x in seen), f"{n} not on screen in {s.id} ({sorted(seen)})")
        for n in without:
            need(not any(_same(n, x) for x in seen), f"{n} on screen in {s.id} ({sorted(seen)})")
        people = [e for e in plan.entities if e.kind == "person" and any(_same(n, e.name) for n in names)]
        need(len(people) >= len(set(names)), f"{names}: characters {[e.name for e in plan.entities]}")
    return check


def someone_besides(marker, name, least=1):
    """'Mara's brother waits by the car': a person other than Mara is on screen."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        others = sum(int(plan.entity(e).attributes.get("count", "1")) for e in on_screen(s)
                     if plan.entity(e).kind == "person" and e != name.lower())
        need(others >= least, f"{others} people besides {name} in {s.id} ({sorted(on_screen(s))})")
    return check


def unseen(marker, noun, who=None):
    """A sound heard ('we hear a dog bark off-screen'): nothing of that name is on screen in the shot."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        names = {plan.entity(e).name.lower() for e in on_screen(s)}
        need(not any(n == noun or n.endswith(" " + noun) or n == noun + "s" for n in names),
             f"the heard {noun} is on screen in {s.id} ({sorted(names)})")
        if who is not None:
            need(not any(e.subject == who.lower() and e.predicate in ("on", "above", "in") for e in s.scene_graph),
                 f"{who} placed on a sound")
    return check


def larger_than(marker, noun, name):
    """'An elephant lumbers past Mara': the creature's box is bigger than the person's."""
    return _sized_beside(marker, noun, name, bigger=True)


def smaller_than(marker, noun, name):
    """larger_than() the other way round: a small creature's box is smaller than the person's."""
    return _sized_beside(marker, noun, name, bigger=False)


def _sized_beside(marker, noun, name, bigger):
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        ids = [e for e in on_screen(s) if plan.entity(e).name.lower().endswith(noun)]
        need(ids, f"no {noun} on screen in {s.id}")
        A, B = track(s, ids[0]), track(s, name.lower())
        pairs = [(x, y) for x, y in zip(A, B) if x is not None and y is not None]
        need(pairs, f"{noun} and {name} never on screen together in {s.id}")
        need(all((area(x) > area(y)) if bigger else (area(x) < area(y)) for x, y in pairs),
             f"{noun} not {'bigger' if bigger else 'smaller'} than {name}")
    return check


def all_of(*checks):
    """Every check of a screenplay passage (both() takes a prose shot)."""
    def check(plan, shot=None):
        for c in checks:
            c(plan)
    return check


def everyone_enters(marker, *names):
    def check(plan, shot=None):
        for n in names:
            enters_scene(marker, n)(plan)
    return check


def absent_after(marker, name):
    """After `name` leaves, the scene's later shots do not show them until they speak or come back."""
    def check(plan, shot=None):
        s0 = shot_with(plan, marker)
        later = [s for s in plan.shots if s.scene == s0.scene and s.id > s0.id]
        need(later, "no shot after the exit")
        for s in later:
            if any(d.character == name.lower() for d in s.dialogue) or name.lower() in (s.description or "").lower():
                break
            need(name.lower() not in on_screen(s), f"{name} still on screen in {s.id} after leaving")
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


# -- time and motion, phrased the many ways writers put them: when things are on screen, how they move, in
# what order. Words of their own (things the lexicon may not list, compounds, colours outside the pools), so a
# reading that works only on the pools' words fails here.
TM_MOVERS = {"tune": [("zebra", "zebra"), ("penguin", "penguin"), ("giraffe", "giraffe"), ("hedgehog", "hedgehog"),
                      ("donkey", "donkey"), ("squirrel", "squirrel"), ("ostrich", "ostrich"), ("robot", "robot"),
                      ("fire truck", "truck"), ("police car", "car"), ("tricycle", "tricycle"),
                      ("motorcycle", "motorcycle"), ("wheelbarrow", "wheelbarrow"), ("toy robot", "robot"),
                      ("striped cat", "cat"), ("fluffy dog", "dog"), ("rusty truck", "truck"), ("kangaroo", "kangaroo")],
             "held": [("llama", "llama"), ("raccoon", "raccoon"), ("badger", "badger"), ("walrus", "walrus"),
                      ("tram", "tram"), ("forklift", "forklift"), ("golf cart", "cart"), ("scruffy mule", "mule")]}
TM_FLIERS = {"tune": [("parrot", "parrot"), ("drone", "drone"), ("crimson kite", "kite"), ("paper lantern", "lantern"),
                      ("hot air balloon", "balloon"), ("teal umbrella", "umbrella"), ("bee", "bee"),
                      ("red balloon", "balloon"), ("paper plane", "plane")],
             "held": [("pelican", "pelican"), ("seagull", "seagull"), ("blimp", "blimp"), ("glider", "glider"),
                      ("lavender kite", "kite")]}
TM_PROPS = {"tune": [("kettle", "kettle"), ("teal umbrella", "umbrella"), ("lantern", "lantern"), ("toaster", "toaster"),
                     ("red wagon", "wagon"), ("teapot", "teapot"), ("skateboard", "skateboard"), ("shiny trophy", "trophy")],
            "held": [("anvil", "anvil"), ("accordion case", "case"), ("globe", "globe"), ("lunchbox", "lunchbox")]}
TM_LANDMARKS = {"tune": [("oak tree", "tree"), ("lamppost", "lamppost"), ("mailbox", "mailbox"), ("bench", "bench"),
                         ("fountain", "fountain"), ("parked car", "car"), ("red house", "house"), ("table", "table"),
                         ("rock", "rock"), ("statue", "statue")],
                "held": [("haystack", "haystack"), ("windmill", "windmill"), ("kiosk", "kiosk"), ("scarecrow", "scarecrow")]}
TM_SETTINGS = {"tune": ["street", "beach", "road", "field", "parking lot", "kitchen", "room", "playground", "stage"],
               "held": ["plaza", "courtyard", "riverbank", "hallway"]}
TM_MID = {"tune": ["halfway through", "midway through", "midway", "at the midpoint", "in the middle of the clip",
                   "halfway through the video", "at the halfway point", "about halfway through",
                   "around the middle of the video", "half way through", "partway through"],
          "held": ["at the halfway mark", "in the middle of the video", "midway through the scene"]}
TM_ENTER = {"tune": ["walks in", "wanders in", "enters", "comes in", "steps into the frame", "arrives",
                     "appears", "shows up", "trots into view", "comes into the picture", "enters the frame",
                     "comes into view", "pops up", "walks into the shot", "enters from the left", "runs in"],
            "held": ["strolls in", "turns up", "makes an entrance"]}
TM_LEAVE = {"tune": ["leaves the frame", "walks off", "exits", "walks out of shot", "disappears", "vanishes",
                     "goes away", "leaves", "exits the frame", "runs off", "walks out of the picture", "is gone",
                     "wanders off", "leaves the scene", "moves out of view", "exits to the right"],
            "held": ["slips away", "drifts out of view", "takes off"]}
TM_STAY = {"tune": ["stands there", "sits still", "waits", "is standing", "rests", "sits on the ground",
                    "stays put", "is sitting", "stands around", "idles"],
           "held": ["loiters", "lingers"]}
TM_GO = {"tune": ["walks", "runs", "moves", "travels", "races", "rolls", "trots", "goes", "heads",
                  "makes its way", "speeds", "zips", "scoots", "is moving", "is walking", "is traveling", "dashes",
                  "crawls", "creeps", "is running"],
         "held": ["meanders", "saunters", "shuffles"]}
TM_FLY = {"tune": ["flies", "floats", "drifts", "glides", "moves", "soars", "travels", "zooms", "is flying", "goes"],
          "held": ["flutters", "sails"]}
TM_ADV = {"tune": ["slowly", "quickly", "steadily", "gradually", "rapidly", "gently", "swiftly", "lazily", "briskly",
                   "at a leisurely pace", "at full speed", "very slowly", "fast"],
          "held": ["hastily", "leisurely"]}
TM_CORNER = {"tune": {"upper left": ["upper left", "upper-left", "upper left-hand", "northwest", "left upper"],
                      "upper right": ["upper right", "upper-right", "upper right-hand", "northeast", "right upper"],
                      "lower left": ["lower left", "lower-left", "lower left-hand", "southwest", "left lower"],
                      "lower right": ["lower right", "lower-right", "lower right-hand", "southeast", "right lower"]},
             "held": {"upper left": ["top-left"], "upper right": ["top-right"], "lower left": ["bottom-left"],
                      "lower right": ["bottom-right"]}}
TM_FRAMES = {"tune": ["", "In the scene, ", "The video shows ", "We see ", "In this clip, ", "There is ", "Here, ",
                      "The clip shows ", "In the animation, ", "On screen, "],
             "held": ["Picture this: ", "In the footage, "]}


def _tm(r, pool, h):
    """(phrase, entity name) from one of this section's pools."""
    return r.choice(pool[h])


def _loose(r, text):
    """Informal surface: no capital at the start, or no full stop at the end, now and then."""
    if r.random() < 0.2:
        text = text[0].lower() + text[1:]
    if r.random() < 0.2 and text.endswith("."):
        text = text[:-1]
    return text


def _framed(r, h, np_text, rest):
    """A clause after a frame: 'We see a zebra that walks …', 'There is a zebra walking …', or bare."""
    frame = r.choice(TM_FRAMES[h])
    if not frame:
        return f"{_cap(np_text)} {rest}"
    if frame in ("The video shows ", "We see ", "There is ", "The clip shows "):
        verb, _, tail = rest.partition(" ")
        return f"{frame}{np_text} {_ing(verb)} {tail}".rstrip() if verb.endswith("s") and verb not in ("is",) \
            else f"{frame}{np_text} that {rest}"
    return f"{frame}{np_text} {rest}"


def _ing(verb):
    """'walks' -> 'walking', 'races' -> 'racing', 'runs' -> 'running', 'flies' -> 'flying'."""
    base = verb[:-1]
    if verb.endswith("ies") and verb != "flies":
        base = verb[:-3] + "y"
    elif verb == "flies":
        base = "fly"
    elif verb.endswith(("shes", "ches", "xes", "sses", "zes")):
        base = verb[:-2]
    if base in ("run", "swim", "jog", "hop", "zip", "scoot", "trot", "skip", "shop"):
        return base + base[-1] + "ing" if base not in ("scoot",) else base + "ing"
    if base.endswith("e") and not base.endswith(("ee", "ye")):
        return base[:-1] + "ing"
    return base + "ing"


@family("visibility", "tune")
def vis_tm_empty_then_enters(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_MOVERS, TM_FLIERS]), h)
    where, mid, come = r.choice(TM_SETTINGS[h]), r.choice(TM_MID[h]), r.choice(TM_ENTER[h])
    shape = r.choice(["An empty {w}; {m}, {a} {c}.", "The {w} is empty at first; {m}, {a} {c}.",
                      "At the start the {w} is empty, and {m} {a} {c}.", "{M}, {a} {c} in the empty {w}.",
                      "An empty {w}. {M} {a} {c}.", "Nothing is in the {w} at first, then {m} {a} {c}.",
                      "For the first half the {w} is empty; then {a} {c}.", "{A} {c} {m}.",
                      "{A} {c} {m} (the {w} is empty before that).", "The {w} stays empty until {a} {c} {m}.",
                      "{M} {a} {c}.", "There is nobody in the {w} until {a} {c} {m}."])
    text = shape.format(w=where, m=mid, M=_cap(mid), a=_a(s), A=_cap(_a(s)), c=come)
    return _loose(r, text), window(name, "appears_half")


@family("visibility", "tune")
def vis_tm_leaves_timed(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    stay, mid, go = r.choice(TM_STAY[h]), r.choice(TM_MID[h]), r.choice(TM_LEAVE[h])
    shape = r.choice(["{A} {st} and {g} {m}.", "{A} {st}, then {g} {m}.", "{M}, the {s} {g}.",
                      "{M} {a} that was {sting} {g}.", "{A} {st} for the first half and then {g}.",
                      "{A} {st} until the middle of the clip, then {g}.", "{A} {st}; {m} it {g}.",
                      "{A} is there for the first half, then it {g}.", "The {s} {g} {m}, after standing around.",
                      "{A} {g} {m}; until then it {st}.", "{A} {st} and, {m}, {g}."])
    sting = {"stands there": "standing there", "sits still": "sitting still", "waits": "waiting",
             "is standing": "standing", "rests": "resting", "sits on the ground": "sitting on the ground",
             "stays put": "staying put", "is sitting": "sitting", "stands around": "standing around",
             "idles": "idling", "loiters": "loitering", "lingers": "lingering"}[stay]
    text = shape.format(A=_cap(_a(s)), a=_a(s), s=s, st=stay, sting=sting, m=mid, M=_cap(mid), g=go)
    return _loose(r, text), window(name, "disappears_half")


@family("visibility", "tune")
def vis_tm_gone_by_end(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_PROPS]), h)
    shape = r.choice(["{A} is gone by the end.", "By the end, the {s} has disappeared.",
                      "The {s} vanishes towards the end.", "{A} is visible at first, but not at the end.",
                      "At the end, the {s} is no longer there.", "{A} is there at the start and gone at the end.",
                      "{A} sits in the middle; eventually it disappears.", "Near the end of the clip the {s} vanishes.",
                      "{A} is present at the beginning but has vanished by the end.",
                      "At first we see {a}; by the end it is gone.", "{A} disappears after a while.",
                      "{A} slowly fades away toward the end of the video."])
    return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), s=s)), window(name, "disappears")


@family("visibility", "tune")
def vis_tm_only_part(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS, TM_PROPS]), h)
    which = r.choice(["first", "second"])
    alt = {"first": r.choice(["first", "first", "early", "opening"]),
           "second": r.choice(["second", "second", "latter", "last", "final"])}[which]
    shape = r.choice(["{A} is only visible in the {w} half.", "{A} can be seen only for the {w} half of the video.",
                      "Only during the {w} half is {a} visible.", "The {s} shows up only in the {w} half of the clip.",
                      "We see {a} only in the {w} half.", "{A}, visible only in the {w} half.",
                      "For the {w} half (and only then) {a} is on screen.", "{A} is on screen just for the {w} half.",
                      "There is {a} in the {w} half of the video only.", "In the {w} half only, {a} is visible.",
                      "{A} appears in the {w} half of the video and at no other time.",
                      "The {s} is visible during the {w} half only."])
    return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), s=s, w=alt)), window(name, which + "_half")


@family("visibility", "tune")
def vis_tm_negated(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_PROPS, TM_FLIERS]), h)
    mid = r.choice(["the midpoint", "halfway", "the middle", "halfway through", "the halfway point"])
    shape = r.choice(["Not until {m} is the {s} visible.", "No {s} is visible at the start; {mm}, {a} appears.",
                      "The {s} is not visible in the first half.", "The {s} isn't there during the first half.",
                      "There is no {s} until {m}.", "At first there is no {s}, but in the second half {a} is seen.",
                      "Not until {m} does {a} appear.", "Until {m}, no {s} can be seen; then one appears.",
                      "The {s} cannot be seen before {m}.", "There's no {s} in the first half of the video.",
                      "No {s} is in view until {m}, when one arrives.", "We don't see the {s} until {m}."])
    return (_loose(r, shape.format(s=s, a=_a(s), m=mid, mm=r.choice(TM_MID[h]))), window(name, "appears_half"))


@family("visibility", "tune")
def vis_tm_later(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    when = r.choice(["Towards the end", "Near the end of the clip", "After a while", "After a few seconds",
                     "Eventually", "Later", "Later on", "Toward the end of the video", "Some time later",
                     "After a short while", "Nothing is there at first; later", "At first nothing happens; then",
                     "The frame is empty at first, and then", "At the end"])
    come = r.choice(["appears", "shows up", "comes into view", "walks in", "enters the frame", "arrives",
                     "pops up", "becomes visible", "can be seen"])
    shape = r.choice(["{W}, {a} {c}.", "{W} {a} {c}.", "{A} {c} {w}."])
    w2 = when[0].lower() + when[1:]
    if ";" in when or "," in when or "then" in when:
        shape = "{W} {a} {c}."
    return _loose(r, shape.format(W=when, w=w2, a=_a(s), A=_cap(_a(s)), c=come)), window(name, "appears")


@family("visibility", "tune")
def vis_tm_first_half_then_gone(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_PROPS]), h)
    shape = r.choice(["For the first half {a} {st}; in the second half it is gone.",
                      "{A} is there until the middle and then disappears.",
                      "{A} {st} until halfway, and after that it is gone.",
                      "In the first half {a} {st}; then it vanishes.",
                      "{A} is visible up to the midpoint, then not any more.",
                      "Until the middle of the video {a} {st}; then it leaves.",
                      "{A} {st} for half of the clip and is gone for the rest.",
                      "{A} {st} only at the start and is gone from the midpoint on."])
    return (_loose(r, shape.format(a=_a(s), A=_cap(_a(s)), st=r.choice(TM_STAY[h]))), window(name, "disappears_half"))


@family("visibility", "tune")
def vis_tm_two_things(r, h):
    (s, name), (o, oname) = _tm(r, TM_MOVERS, h), _tm(r, TM_LANDMARKS, h)
    while oname == name:
        o, oname = _tm(r, TM_LANDMARKS, h)
    kind = r.choice(["appears", "leaves"])
    if kind == "appears":
        shape = r.choice(["{O} stands in the middle the whole time; {m}, {a} appears beside it.",
                          "There is {o} all along, and {m} {a} walks in.", "{O}. {M}, {a} comes into view next to it.",
                          "{A} appears {m}, next to {o} that is there from the start."])
        check = both(window(name, "appears_half"), seen_throughout(oname))
    else:
        shape = r.choice(["{A} waits by {o}; {m} it walks away and leaves the frame.",
                          "{O} is always there; {a} next to it leaves {m}.",
                          "{A} stands next to {o} and exits {m}, leaving the {on} alone."])
        check = both(window(name, "disappears_half"), seen_throughout(oname))
    m = r.choice(TM_MID[h])
    return (_loose(r, shape.format(A=_cap(_a(s)), a=_a(s), O=_cap(_a(o)), o=_a(o), on=oname, m=m, M=_cap(m))), check)


@family("dynamics", "tune")
def dyn_tm_left_right(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_MOVERS, TM_FLIERS]), h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    go = r.choice(TM_FLY[h] if (s, name) in TM_FLIERS[h] else TM_GO[h])
    how = r.choice(["from {o} to {d}", "from the {o} to the {d}", "from the {o} side of the frame to the {d} side",
                    "from the {o} edge to the {d} edge", "{o} to {d}", "across the frame from {o} to {d}",
                    "toward the {d}", "to the {d}", "in a {d}ward direction", "from the {o} of the screen to the {d}",
                    "{d}ward", "{d}wards", "across the screen toward the {d}", "from the far {o} to the far {d}",
                    "all the way from the {o} to the {d}", "to the {d} side of the picture",
                    "from the {o}-hand side to the {d}-hand side"]).format(o=o, d=d)
    adv = r.choice(TM_ADV[h]) if r.random() < 0.4 else ""
    rest = f"{go} {adv} {how}." if adv and r.random() < 0.5 else f"{go} {how}{(' ' + adv) if adv else ''}."
    if adv and (" " in adv or adv == "fast") and not rest.startswith(f"{go} {how}"):
        rest = f"{go} {how} {adv}."
    return _loose(r, _framed(r, h, _a(s), rest)), moves(name, d)


@family("dynamics", "tune")
def dyn_tm_vertical_compass(r, h):
    s, name = _tm(r, TM_FLIERS, h)
    d = r.choice(["up", "down", "left", "right"])
    words = {"up": ["north", "northward", "upward", "up the frame", "from the bottom to the top of the frame",
                    "from the bottom of the screen to the top", "up into the sky", "straight up", "upwards",
                    "towards the top of the frame"],
             "down": ["south", "southward", "downward", "down the frame", "from the top to the bottom of the frame",
                      "from the top of the screen to the bottom", "down to the ground", "straight down",
                      "downwards", "towards the bottom of the frame"],
             "left": ["west", "westward", "to the west"], "right": ["east", "eastward", "to the east"]}[d]
    verb = r.choice(TM_FLY[h])
    if d in ("up", "down") and r.random() < 0.3:
        verb, w = r.choice({"up": ["rises", "climbs", "ascends", "floats up", "goes up"],
                            "down": ["sinks", "descends", "drops", "falls", "comes down"]}[d]), ""
    else:
        w = r.choice(words)
    adv = r.choice([a for a in TM_ADV[h] if " " not in a and a != "fast"]) if r.random() < 0.3 else ""
    text = " ".join(x for x in (_cap(_a(s)), adv, verb, w) if x) + "."
    return _loose(r, text), moves(name, d)


@family("dynamics", "tune")
def dyn_tm_camera(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    if r.random() < 0.5:
        shape = r.choice(["{A} {g} towards the camera.", "{A} comes toward the viewer.", "{A} approaches the camera.",
                          "{A} moves closer to the lens.", "{A} gets closer and closer.",
                          "{A} grows larger as it approaches.", "{A} {g} straight at the camera.",
                          "{A} is coming towards us.", "The {s} {g} up to the camera.",
                          "{A} {g} toward the camera, getting bigger."])
        return _loose(r, shape.format(A=_cap(_a(s)), s=s, g=r.choice(TM_GO[h]))), moves(name, "closer")
    shape = r.choice(["{A} {g} away from the camera.", "{A} heads off into the distance.", "{A} moves away from us.",
                      "{A} retreats into the background.", "{A} gets smaller as it moves away.",
                      "The {s} {g} off into the distance.", "{A} {g} away from the viewer, shrinking.",
                      "{A} recedes into the distance."])
    return _loose(r, shape.format(A=_cap(_a(s)), s=s, g=r.choice(TM_GO[h]))), moves(name, "away")


@family("dynamics", "tune")
def dyn_tm_relative(r, h):
    (s, name), (b, bname) = _tm(r, TM_MOVERS, h), _tm(r, TM_LANDMARKS, h)
    while bname == name:
        b, bname = _tm(r, TM_LANDMARKS, h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["{A} {g} from the {o} of {b} to its {d}.",
                      "{A} {g} from the {o} side of the {bn} to the {d} side.",
                      "{A} starts {o} of the {bn} and ends up {d} of it.",
                      "{A} goes from {o} of the {bn} to {d} of the {bn}.",
                      "{A} is on the {o} of {b} at first and on its {d} at the end.",
                      "{A} begins to the {o} of {b} and finishes to its {d}.",
                      "Starting on the {o} of {b}, {a} {g} over to its {d} side.",
                      "{A} moving from the {o} of {b} to its {d}.",
                      "{A}, which starts to the {o} of {b}, {g} to the {d} of it.",
                      "{A} {g} from the {o} of {b} to the {d} of it."])
    return (_loose(r, shape.format(A=_cap(_a(s)), a=_a(s), b=_a(b), bn=b, o=o, d=d, g=r.choice(TM_GO[h]))),
            passes(name, bname, f"{o}_of", f"{d}_of"))


@family("dynamics", "tune")
def dyn_tm_past(r, h):
    (s, name), (b, bname) = _tm(r, TM_MOVERS, h), _tm(r, TM_LANDMARKS, h)
    while bname == name:
        b, bname = _tm(r, TM_LANDMARKS, h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    kind = r.choice(["dir", "dir", "front", "behind", "bare"])
    g = r.choice(TM_GO[h])
    if kind == "dir":
        shape = r.choice(["{A} {g} past {b} from {o} to {d}.", "{A} passes {b}, moving to the {d}.",
                          "{A} {g} by {b} toward the {d}.", "Moving {d}ward, {a} passes {b}.",
                          "{A} {g} past the {bn}, heading {d}."])
        return (_loose(r, shape.format(A=_cap(_a(s)), a=_a(s), b=_a(b), bn=b, o=o, d=d, g=g)),
                passes(name, bname, f"{o}_of", f"{d}_of"))
    if kind == "front":
        shape = r.choice(["{A} passes in front of {b}.", "{A} {g} in front of {b}, from one side to the other.",
                          "{A} crosses in front of the {bn}.", "{A} {g} across in front of {b}."])
        return _loose(r, shape.format(A=_cap(_a(s)), b=_a(b), bn=b, g=g)), crosses(name, bname, "in_front_of")
    if kind == "behind":
        shape = r.choice(["{A} passes behind {b}.", "{A} {g} behind {b}, from one side to the other.",
                          "{A} crosses behind the {bn}."])
        return _loose(r, shape.format(A=_cap(_a(s)), b=_a(b), bn=b, g=g)), crosses(name, bname, "behind")
    shape = r.choice(["{A} {g} past {b}.", "{A} passes {b}.", "{A} goes past the {bn}.", "{A} {g} by the {bn}.",
                      "There is {a} walking past {b}."])
    return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), b=_a(b), bn=b, g=g)), crosses(name, bname)


@family("dynamics", "tune")
def dyn_tm_approach_leave(r, h):
    (s, name), (b, bname) = _tm(r, TM_MOVERS, h), _tm(r, TM_LANDMARKS, h)
    while bname == name:
        b, bname = _tm(r, TM_LANDMARKS, h)
    if r.random() < 0.55:
        shape = r.choice(["{A} approaches {b}.", "{A} {g} up to {b}.", "{A} {g} towards {b}.", "{A} heads toward the {bn}.",
                          "{A} {g} over to the {bn}.", "{A} comes closer to {b}.", "{A} {g} to the {bn}.",
                          "{A} slowly approaches the {bn}.", "{A} makes its way to the {bn}.",
                          "{A} {g} toward {b} and stops next to it."])
        return _loose(r, shape.format(A=_cap(_a(s)), b=_a(b), bn=b, g=r.choice(TM_GO[h]))), nears(name, bname)
    shape = r.choice(["{A} moves away from {b}.", "{A} {g} away from the {bn}.", "{A} backs away from {b}.",
                      "{A} leaves the {bn} behind, moving away from it.", "Starting next to {b}, {a} {g} away from it.",
                      "{A} {g} off, away from the {bn}."])
    return (_loose(r, shape.format(A=_cap(_a(s)), a=_a(s), b=_a(b), bn=b, g=r.choice(TM_GO[h]))),
            nears(name, bname, closer=False))


@family("dynamics", "tune")
def dyn_tm_circle(r, h):
    (s, name), (b, bname) = _tm(r, TM_MOVERS, h), _tm(r, TM_LANDMARKS, h)
    while bname == name:
        b, bname = _tm(r, TM_LANDMARKS, h)
    shape = r.choice(["{A} circles {b}.", "{A} {g} around {b}.", "{A} {g} in a circle around the {bn}.",
                      "{A} goes round the {bn}.", "{A} circles around {b} once.", "{A} loops around the {bn}.",
                      "{A} makes a circle around {b}."])
    return _loose(r, shape.format(A=_cap(_a(s)), b=_a(b), bn=b, g=r.choice(["walks", "runs", "moves", "trots",
                                                                           "drives", "races"]))), circles(name, bname)


@family("dynamics", "tune")
def dyn_tm_across(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    shape = r.choice(["{A} crosses the frame from one side to the other.", "{A} {g} across the screen.",
                      "{A} {g} across the {w}.", "{A} crosses the {w}.", "{A} {g} from one side of the frame to the other.",
                      "{A} crosses the picture.", "{A} {adv} {g} across the frame.",
                      "From one side to the other, {a} {g} across the {w}."])
    return (_loose(r, shape.format(A=_cap(_a(s)), a=_a(s), g=r.choice(TM_GO[h]), w=r.choice(TM_SETTINGS[h]),
                                   adv=r.choice(TM_ADV[h]))), crosses_frame(name))


def _tm_corner(r, h, c):
    return r.choice(TM_CORNER[h][c])


@family("sequential", "tune")
def seq_tm_routes(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS, TM_PROPS]), h)
    cs = _route(r, 3)
    a, b, c = (_tm_corner(r, h, x) for x in cs)
    corner = r.choice(["corner", "corner", "", "part of the frame", "of the screen", "area", "quadrant"])
    k = {"": "", "corner": " corner", "part of the frame": " part of the frame", "of the screen": " of the screen",
         "area": " area", "quadrant": " quadrant"}[corner]
    shape = r.choice(["{S} starts in the {a}{k}, goes to the {b}{k} and ends in the {c}{k}.",
                      "{S} starts in the {a}{k}, goes to the {b}{k} and ends in the {c} one.",
                      "{S} begins at the {a}{k}, then moves to the {b}{k}, and finally reaches the {c}{k}.",
                      "First {s} is in the {a}{k}; then it goes to the {b}{k}; finally it ends up in the {c}{k}.",
                      "{S} moves from the {a}{k} to the {b}{k} and then to the {c}{k}.",
                      "{S} travels from the {a}{k} to the {b}{k}, and from there to the {c}{k}.",
                      "Starting in the {a}{k}, {s} heads to the {b}{k}, then on to the {c}{k}.",
                      "{S} is initially in the {a}{k}. It first moves to the {b}{k} and then to the {c}{k}.",
                      "{S} goes {a} → {b} → {c}.".replace(" →", ","),
                      "{S} visits the {a}{k} first, the {b}{k} second and the {c}{k} last.",
                      "The {n} starts out in the {a}{k}; it then makes its way to the {b}{k} and stops in the {c}{k}.",
                      "In the {a}{k} at first, {s} moves over to the {b}{k} and on to the {c}{k}.",
                      "{S} starts at the {a}, passes through the {b}{k}, and finishes at the {c}{k}."])
    if k != " corner":
        a, b, c = (x.replace("-hand", "") for x in (a, b, c))
    text = shape.format(S=_cap(_a(s)), s=_a(s) if r.random() < 0.5 else "the " + s, n=s, a=a, b=b, c=c, k=k)
    return _loose(r, text), route(name, *cs)


@family("sequential", "tune")
def seq_tm_first_then_finally(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    cs = _route(r, 3)
    a, b, c = (_tm_corner(r, h, x) for x in cs)
    g = r.choice(TM_FLY[h] if (s, name) in TM_FLIERS[h] else TM_GO[h])
    shape = r.choice(["First, the {n} {g} to the {a} corner. Then it {g} to the {b} corner. Finally, it {g} to the {c} corner.",
                      "At first the {n} is in the {a} corner; next it {g} to the {b} corner; lastly it ends up in the {c} corner.",
                      "{S} begins in the {a} corner, after which it {g} to the {b} corner, and it ends in the {c} corner.",
                      "{S} first {g} to the {a}, then to the {b}, and finally to the {c}.",
                      "The {n} {g} to the {a} corner first, then over to the {b} corner, and at last to the {c} corner.",
                      "Initially, {s} sits in the {a} corner. Next, it {g} to the {b} corner. In the end it reaches the {c} corner.",
                      "{S} {g} first to the {a} corner, second to the {b} corner, third to the {c} corner.",
                      "{S} is in the {a} corner at the start, in the {b} corner in the middle and in the {c} corner at the end."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), n=s, g=g, a=a, b=b, c=c)), route(name, *cs)


@family("sequential", "tune")
def seq_tm_before_after(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    cs = _route(r, r.choice([2, 3]))
    w = [_tm_corner(r, h, x) for x in cs]
    g = r.choice(["moves", "goes", "travels", "heads"])
    if len(cs) == 2:
        shape = r.choice(["Before moving to the {b} corner, the {n} waits in the {a} corner.",
                          "After starting in the {a} corner, {s} {g} to the {b} corner.",
                          "{S} {g} to the {b} corner after leaving the {a} corner.",
                          "The {n} stays in the {a} corner for a while before it {g} to the {b} corner.",
                          "Having started in the {a} corner, the {n} {g} to the {b} corner.",
                          "Once it has left the {a} corner, {s} {g} to the {b} corner."])
        text = shape.format(S=_cap(_a(s)), s=_a(s), n=s, g=g, a=w[0], b=w[1])
    else:
        shape = r.choice(["The {n} starts in the {a} corner. Once it has reached the {b} corner, it {g} to the {c} corner.",
                          "{S} {g} from the {a} corner to the {b} corner, and after that it {g} to the {c} corner.",
                          "After the {a} corner and the {b} corner, {s} ends in the {c} corner.",
                          "Before it reaches the {c} corner, {s} {g} from the {a} corner to the {b} corner.",
                          "{S} leaves the {a} corner for the {b} corner, and afterwards it {g} on to the {c} corner."])
        text = shape.format(S=_cap(_a(s)), s=_a(s), n=s, g=g, a=w[0], b=w[1], c=w[2])
    return _loose(r, text), route(name, *cs)


@family("sequential", "tune")
def seq_tm_directions(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    g = r.choice(["walks", "runs", "moves", "trots", "drives", "goes"])
    shape = r.choice(["{A} {g} to the {d}, then back to the {o}.", "{A} first {g} {d} and then {o}.",
                      "{A} goes {d} and then comes back to the {o}.", "{A} {g} {d}, turns around and {g} back {o}.",
                      "{A} {g} toward the {d} side; after that it heads to the {o} side.",
                      "First {a} {g} to the {d}. Then it {g} to the {o}.",
                      "{A} {g} {d}ward before turning back {o}ward."])
    return (_loose(r, shape.format(A=_cap(_a(s)), a=_a(s), g=g, d=d, o=o)), legs(name, d, o))


@family("sequential", "tune")
def seq_tm_two_things(r, h):
    (s, name), (t, tname) = _tm(r, TM_MOVERS, h), _tm(r, TM_MOVERS, h)
    while tname == name:
        t, tname = _tm(r, TM_MOVERS, h)
    kind = r.choice(["order", "order", "gone"])
    if kind == "order":
        shape = r.choice(["First {a} walks in, then {b} walks in.", "{A} appears, and after it {b}.",
                          "{A} enters first; {b} follows later.", "First {a} appears and then {b} appears.",
                          "{A} shows up; a little later {b} shows up too.",
                          "{A} comes into view, followed some time later by {b}.",
                          "After {a} has appeared, {b} appears as well.", "{B} arrives after {a}."])
        check = appears_before(name, tname)
    else:
        shape = r.choice(["{B} enters after the {an} has left.", "The {an} leaves the frame before {b} comes in.",
                          "Once the {an} has gone, {b} appears.", "{A} is there first and leaves; then {b} arrives.",
                          "After the {an} walks off, {b} walks in."])
        check = appears_before(name, tname, gone=True)
    return (_loose(r, shape.format(A=_cap(_a(s)), a=_a(s), an=s, B=_cap(_a(t)), b=_a(t))), check)


# -- held-back families in the same spirit: their own words and shapes, scores only -----------------------------
@family("visibility", "held")
def vis_tm_held_enters(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    w, m = r.choice(TM_SETTINGS[h]), r.choice(TM_MID[h])
    shape = r.choice(["The {w} is deserted until {a} {c} {m}.", "{M} {a} {c}; before that the {w} is deserted."])
    return shape.format(w=w, a=_a(s), c=r.choice(TM_ENTER[h]), m=m, M=_cap(m)), window(name, "appears_half")


@family("visibility", "held")
def vis_tm_held_leaves(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    m = r.choice(TM_MID[h])
    shape = r.choice(["{A} {st} and then {g} {m}.", "{M} the {s}, which {st} at first, {g}."])
    return (shape.format(A=_cap(_a(s)), s=s, st=r.choice(TM_STAY[h]), g=r.choice(TM_LEAVE[h]), m=m, M=_cap(m)),
            window(name, "disappears_half"))


@family("dynamics", "held")
def dyn_tm_held_moves(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["{A} {g} {adv} from the {o}-most edge to the {d}-most edge.",
                      "Heading {d}, {a} {g} {adv} through the {w}."])
    return (shape.format(A=_cap(_a(s)), a=_a(s), g=r.choice(TM_GO[h]), adv=r.choice(TM_ADV[h]), o=o, d=d,
                         w=r.choice(TM_SETTINGS[h])), moves(name, d))


@family("dynamics", "held")
def dyn_tm_held_relative(r, h):
    (s, name), (b, bname) = _tm(r, TM_MOVERS, h), _tm(r, TM_LANDMARKS, h)
    kind = r.choice(["near", "far", "past"])
    if kind == "near":
        return f"{_cap(_a(s))} {r.choice(TM_GO[h])} steadily toward the {b}.", nears(name, bname)
    if kind == "far":
        return f"{_cap(_a(s))} retreats from the {b}.", nears(name, bname, closer=False)
    return f"{_cap(_a(s))} {r.choice(TM_GO[h])} past the {b} without stopping.", crosses(name, bname)


@family("sequential", "held")
def seq_tm_held_route(r, h):
    s, name = _tm(r, TM_FLIERS, h)
    cs = _route(r, 3)
    a, b, c = (_tm_corner(r, h, x) for x in cs)
    shape = r.choice(["{S} sets off from the {a} corner, swings by the {b} corner and comes to rest in the {c} corner.",
                      "The {n} leaves the {a} corner, reaches the {b} corner and, last of all, the {c} corner."])
    return shape.format(S=_cap(_a(s)), n=s, a=a, b=b, c=c), route(name, *cs)


@family("sequential", "held")
def seq_tm_held_order(r, h):
    (s, name), (t, tname) = _tm(r, TM_MOVERS, h), _tm(r, TM_MOVERS, h)
    while tname == name:
        t, tname = _tm(r, TM_MOVERS, h)
    return f"{_cap(_a(s))} turns up; only later does {_a(t)} turn up.", appears_before(name, tname)


# -- time and motion, a second round: participles, relative clauses, plurals, two movers, legs --------------------
def moves_each(name, direction):
    """Every instance named `name` moves that way (a plural subject)."""
    def check(plan, shot):
        ids = ids_named(plan, name)
        need(len(ids) >= 2, f"want several {name}, have {[e.name for e in plan.entities]}")
        for eid in ids:
            xs = [cx(b) for b in track(shot, eid) if b is not None]
            s = 1 if direction == "right" else -1
            need(len(xs) >= 3 and all(s * (b - a) >= -1e-6 for a, b in zip(xs, xs[1:])) and s * (xs[-1] - xs[0]) > 0.2,
                 f"{eid} not moving {direction}: {xs}")
    return check


def window_each(name, kind):
    def check(plan, shot):
        ids = ids_named(plan, name)
        need(len(ids) >= 2, f"want several {name}, have {[e.name for e in plan.entities]}")
        for eid in ids:
            boxes = track(shot, eid)
            last_t = shot.keyframes[-1].t
            for kf, b in zip(shot.keyframes, boxes):
                u = kf.t / last_t
                if kind == "second_half" and u < 0.45 or kind == "first_half" and u > 0.55:
                    need(b is None, f"{eid} visible at u={u:.2f}")
                if kind == "second_half" and u > 0.6 or kind == "first_half" and u < 0.4:
                    need(b is not None, f"{eid} absent at u={u:.2f}")
    return check


def in_and_out(name, way):
    """Comes in, crosses the frame `way`, goes out: absent at both ends, seen between, moving that way."""
    def check(plan, shot):
        boxes = track(shot, one(plan, name))
        need(boxes[0] is None and boxes[-1] is None and any(boxes), f"{name} should come and go: {boxes}")
        xs = [cx(b) for b in boxes if b is not None]
        s = 1 if way == "right" else -1
        need(len(xs) >= 2 and s * (xs[-1] - xs[0]) > 0.2, f"{name} not crossing {way}: {xs}")
    return check


TM_PLURAL = {"tune": [("zebras", "zebra"), ("penguins", "penguin"), ("robots", "robot"), ("motorcycles", "motorcycle"),
                      ("donkeys", "donkey"), ("hedgehogs", "hedgehog"), ("tricycles", "tricycle")],
             "held": [("llamas", "llama"), ("raccoons", "raccoon"), ("trams", "tram")]}
TM_COUNT = {"tune": ["two", "Two", "2", "three", "a pair of", "a couple of"], "held": ["a trio of", "3"]}


@family("visibility", "tune")
def vis_tm2_participles(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    m = r.choice(TM_MID[h])
    w = r.choice(TM_SETTINGS[h])
    kind = r.choice(["in", "in", "out"])
    if kind == "in":
        shape = r.choice(["{A} entering the frame {m}.", "An empty {w} that {a} walks into {m}.",
                          "A shot of an empty {w}, with {a} coming in {m}.", "{A} arriving {m} in an empty {w}.",
                          "The {w}, empty until {a} shows up {m}.", "{A} walks into an empty {w} {m}.",
                          "{M}, {a} enters the scene from the left.", "{A}, which only shows up {m}.",
                          "A video in which {a} appears {m}.", "{A} who comes into the {w} {m}."])
        return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), m=m, M=_cap(m), w=w)), window(name, "appears_half")
    shape = r.choice(["{A} that leaves {m}.", "{A} standing in the {w} and leaving {m}.",
                      "A video in which {a} exits the frame {m}.", "{A}, which is gone from {mm} on.",
                      "{A} in the {w} that walks off {m}.", "{A} who is there until {mm} and then leaves."])
    mm = r.choice(["the midpoint", "the middle", "halfway"])
    return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), m=m, mm=mm, w=w)), window(name, "disappears_half")


@family("visibility", "tune")
def vis_tm2_states(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_PROPS]), h)
    kind = r.choice(["gone", "gone", "late"])
    if kind == "gone":
        shape = r.choice(["In the first half of the video there is {a}; in the second half it is gone.",
                          "The {s} is present at the beginning and disappears midway through.",
                          "At the beginning the frame shows {a}, which vanishes halfway through.",
                          "{A} is in the scene at the start but leaves halfway.",
                          "There is {a} during the first half, and then there is not.",
                          "{A} can be seen at first; from the midpoint on it is no longer there.",
                          "{A} is there in the first half of the clip and absent in the second."])
        return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), s=s)), window(name, "disappears_half")
    shape = r.choice(["In the first half of the video there is nothing; in the second half there is {a}.",
                      "The {s} is absent at the beginning and shows up midway through.",
                      "There is no {s} during the first half, and then there is one.",
                      "{A} is missing in the first half of the clip and present in the second.",
                      "The first half shows an empty frame and the second half shows {a}."])
    return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), s=s)), window(name, "appears_half")


@family("visibility", "tune")
def vis_tm2_plural(r, h):
    p, name = _tm(r, TM_PLURAL, h)
    n = r.choice(TM_COUNT[h])
    which = r.choice(["first", "second"])
    shape = r.choice(["{N} {p} appear only in the {w} half.", "{N} {p} are visible only during the {w} half.",
                      "Only in the {w} half are {n} {p} visible.", "We see {n} {p} in the {w} half only.",
                      "There are {n} {p}, seen only in the {w} half of the video."])
    return (_loose(r, shape.format(N=_cap(n), n=n, p=p, w=which)), window_each(name, which + "_half"))


@family("visibility", "tune")
def vis_tm2_after_before(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    if r.random() < 0.5:
        shape = r.choice(["{A} appears only after the midpoint.", "{A} is visible only after the middle of the video.",
                          "The {s} shows up after half of the video has passed.", "Only after halfway does {a} appear.",
                          "{A} comes in after the middle of the clip.", "After the midpoint, {a} is visible."])
        return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), s=s)), window(name, "second_half")
    shape = r.choice(["{A} is visible only before the midpoint.", "The {s} leaves before the middle of the video.",
                      "{A} can be seen only until halfway.", "Before the midpoint, {a} is visible; after it, not.",
                      "{A} is there only up to the middle of the clip."])
    return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), s=s)), window(name, "first_half")


@family("dynamics", "tune")
def dyn_tm2_participle(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    ving = r.choice(["moving", "running", "walking", "heading", "traveling", "going", "rolling", "racing", "drifting"])
    shape = r.choice(["{A} {v} from the {o} to the {d}.", "The video shows {a} {v} to the {d}.",
                      "Footage of {a} {v} {d}.", "A scene with {a} {v} from {o} to {d}.",
                      "{A} {v} across the frame from the {o} side to the {d} side.",
                      "A clip of {a} {v} towards the {d} of the frame.", "{A}, {v} {d}ward.",
                      "{A} that keeps {v} to the {d}.", "Here is {a} {v} steadily to the {d}.",
                      "A realistic video of {a} {v} from the {o} to the {d}."])
    return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), v=ving, o=o, d=d)), moves(name, d)


@family("dynamics", "tune")
def dyn_tm2_plural(r, h):
    p, name = _tm(r, TM_PLURAL, h)
    n = r.choice(["two", "Two", "2", "a pair of", "a couple of"])
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["{N} {p} walk from {o} to {d}.", "{N} {p} move to the {d}.", "{N} {p} travel from the {o} to the {d}.",
                      "We see {n} {p} heading {d}.", "{N} {p} are moving towards the {d}.",
                      "{N} {p} race across the frame to the {d}."])
    return _loose(r, shape.format(N=_cap(n), n=n, p=p, o=o, d=d)), moves_each(name, d)


@family("dynamics", "tune")
def dyn_tm2_two_movers(r, h):
    (s, name), (t, tname) = _tm(r, TM_MOVERS, h), _tm(r, TM_MOVERS, h)
    while tname == name:
        t, tname = _tm(r, TM_MOVERS, h)
    kind = r.choice(["toward", "away", "past"])
    if kind == "toward":
        shape = r.choice(["{A} runs toward {b}.", "{A} walks up to {b}, which stands still.", "{A} approaches {b}.",
                          "{A} moves closer to {b}.", "{B} stands still while {a} walks over to it."])
        return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), b=_a(t), B=_cap(_a(t)))), nears(name, tname)
    if kind == "away":
        shape = r.choice(["{A} runs away from {b}.", "{A} moves away from {b}, which does not move.",
                          "{B} stays put while {a} walks away from it.", "{A} backs away from {b}."])
        return (_loose(r, shape.format(A=_cap(_a(s)), a=_a(s), b=_a(t), B=_cap(_a(t)))),
                nears(name, tname, closer=False))
    shape = r.choice(["{A} walks past {b}.", "{A} goes past {b}, which is standing still.", "{A} passes {b}.",
                      "{B} stands still as {a} walks past it."])
    return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), b=_a(t), B=_cap(_a(t)))), crosses(name, tname)


@family("dynamics", "tune")
def dyn_tm2_sides(r, h):
    (s, name), (b, bname) = _tm(r, TM_MOVERS, h), _tm(r, TM_LANDMARKS, h)
    while bname == name:
        b, bname = _tm(r, TM_LANDMARKS, h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["{A} walks from the {o} side of {b} to the {d} side of the {bn}.",
                      "{A} passes from {o} of {b} to {d} of it.",
                      "{A} moving from the {o} of {b} to its {d}, slowly.",
                      "{A} goes around to the {d} of {b}, starting on its {o}.",
                      "{A} is first to the {o} of {b}, then to its {d}.",
                      "Starting on the {o} of the {bn}, {a} ends on the {d} of it.",
                      "{A}, at first {o} of {b}, finishes {d} of it."])
    return (_loose(r, shape.format(A=_cap(_a(s)), a=_a(s), b=_a(b), bn=b, o=o, d=d)),
            passes(name, bname, f"{o}_of", f"{d}_of"))


@family("sequential", "tune")
def seq_tm2_lvd(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS, TM_PROPS]), h)
    cs = _route(r, 3)
    w = [r.choice(["lower left", "lower right", "upper left", "upper right"]) for _ in cs]
    w = cs
    frame = r.choice(["scene", "frame", "screen", "picture", "image"])
    shape = r.choice(["{A} initially on the {a} of the {f}. It first moves to the {b} of the {f} and then moves to "
                      "the {c} of the {f}.",
                      "{A} is initially located in the {a} of the {f}; it first goes to the {b} of the {f} and then to "
                      "the {c}.",
                      "{A} starts off on the {a} of the {f}. First it moves to the {b}, and then it moves to the {c}.",
                      "Initially {a_} sits on the {a} of the {f}, then it moves to the {b} of the {f}, and after that "
                      "to the {c} of the {f}.",
                      "A top-down view of a {f} in which {a_} is initially on the {a}; it moves first to the {b}, then "
                      "to the {c}."])
    return (_loose(r, shape.format(A=_cap(_a(s)), a_=_a(s), a=w[0], b=w[1], c=w[2], f=frame)), route(name, *cs))


@family("sequential", "tune")
def seq_tm2_legs(r, h):
    s, name = _tm(r, r.choice([TM_FLIERS, TM_MOVERS]), h)
    h1 = r.choice(["left", "right"])
    v1 = r.choice(["up", "down"])
    ways = [h1, v1] if r.random() < 0.5 else [v1, h1]
    say = {"left": ["left", "to the left", "leftward"], "right": ["right", "to the right", "rightward"],
           "up": ["up", "upward", "upwards"], "down": ["down", "downward", "downwards"]}
    a, b = r.choice(say[ways[0]]), r.choice(say[ways[1]])
    shape = r.choice(["{S} moves {a} and then {b}.", "{S} first goes {a}, then {b}.", "{S} travels {a}; after that it travels {b}.",
                      "First {s} moves {a}. Then it moves {b}.", "{S} goes {a} before going {b}.",
                      "{S} moves {a} and, a moment later, {b}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), a=a, b=b)), legs(name, *ways)


@family("sequential", "tune")
def seq_tm2_in_across_out(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["{A} enters from the {o}, walks to the center, and then exits on the {d}.",
                      "{A} comes in from the {o}, crosses the frame and leaves on the {d}.",
                      "First {a} enters on the {o}; then it moves across; finally it exits to the {d}.",
                      "{A} walks in from the {o} side and walks out on the {d} side.",
                      "Entering from the {o}, {a} crosses over and leaves to the {d}."])
    return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), o=o, d=d)), in_and_out(name, d)


@family("dynamics", "held")
def dyn_tm2_held(r, h):
    p, name = _tm(r, TM_PLURAL, h)
    d = r.choice(["left", "right"])
    return f"{_cap(r.choice(TM_COUNT[h]))} {p} shuffle off to the {d}.", \
        moves_each(name, d)


@family("visibility", "held")
def vis_tm2_held(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    return (f"{_cap(_a(s))} lingers in the {r.choice(TM_SETTINGS[h])} only until the halfway mark.",
            window(name, "first_half"))


@family("sequential", "held")
def seq_tm2_held(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    return (f"{_cap(_a(s))} turns up on the {o}, wanders over and slips out on the {d}.", in_and_out(name, d))


# -- time and motion, a third round: mixed clauses, percent marks, via and 'to … to …' routes --------------------
@family("visibility", "tune")
def vis_tm3_mixed(r, h):
    (s, name), (t, tname) = _tm(r, TM_MOVERS, h), _tm(r, TM_MOVERS, h)
    while tname == name:
        t, tname = _tm(r, TM_MOVERS, h)
    m = r.choice(TM_MID[h] + ["at the 50% mark", "at the halfway mark", "at the midpoint of the video"])
    kind = r.choice(["both", "leave", "leave", "enter", "only"])
    if kind == "both":
        shape = r.choice(["{A} sits on a mat for the entire video while {b} only appears in the second half.",
                          "{A} is visible throughout, and {b} appears {m}.",
                          "{A} stays on screen the whole time; {b} joins it {m}.",
                          "{B} shows up {m}, while {a} is there from start to finish."])
        return (_loose(r, shape.format(A=_cap(_a(s)), a=_a(s), B=_cap(_a(t)), b=_a(t), m=m)),
                both(seen_throughout(name), window(tname, "appears_half")))
    if kind == "leave":
        shape = r.choice(["During the first half of the video {a} rests by the road; it leaves in the second half.",
                          "The {s} vanishes {m} and never comes back.",
                          "{A} is parked until the middle of the video, then it drives off.",
                          "{A} disappears from view {m}.", "{A} is visible at the beginning but is no longer visible {m}.",
                          "{A} that stays only until {m2}.", "There is {a} in the video, but only during its first half."])
        m2 = r.choice(["the midpoint", "halfway", "the middle of the clip"])
        return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), s=s, m=m, m2=m2)), window(name, "disappears_half")
    if kind == "enter":
        shape = r.choice(["In the latter half of the clip, {a} walks in.", "{A} walks in at the midpoint of the video.",
                          "{A} that appears {m}.", "{A} drives into the scene {m}.", "{A} enters {m}, not before.",
                          "From {m2} on, {a} is in the picture."])
        m2 = r.choice(["the midpoint", "halfway", "the middle"])
        return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), m=m, m2=m2)), window(name, "appears_half")
    which = r.choice(["first", "second"])
    span = {"first": r.choice(["between the start and the middle of the clip", "from the start until the middle",
                               "up to the midpoint", "before the halfway point"]),
            "second": r.choice(["between the middle and the end of the clip", "from the middle until the end",
                                "after the midpoint", "from halfway to the end"])}[which]
    return _loose(r, f"{_cap(_a(s))} is only visible {span}."), window(name, which + "_half")


@family("dynamics", "tune")
def dyn_tm3_more(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["{A} is driving from {o} to {d} on a road.", "{A} is rolling towards the {d} side of the frame.",
                      "{A} goes from the {o} of the screen to the {d} of the screen.",
                      "{A} bounces across the frame from {o} to {d}.", "{A} slowly moves {d}wards.",
                      "{A} travels in a straight line from {o} to {d}.", "{A} moves along the road from {o} to {d}.",
                      "{A} makes its way across the {w}, going {d}.", "{A} runs off towards the {d}.",
                      "{A} moves from the {o}-hand edge of the frame all the way to the {d}-hand edge.",
                      "On the {o} at first, {a} ends up on the {d}.", "{A} starts on the {o} and finishes on the {d}.",
                      "{A} begins on the {o} side and ends on the {d} side."])
    return (_loose(r, shape.format(A=_cap(_a(s)), a=_a(s), o=o, d=d, w=r.choice(TM_SETTINGS[h]))), moves(name, d))


@family("dynamics", "tune")
def dyn_tm3_relative_more(r, h):
    (s, name), (b, bname) = _tm(r, TM_MOVERS, h), _tm(r, TM_LANDMARKS, h)
    while bname == name:
        b, bname = _tm(r, TM_LANDMARKS, h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    kind = r.choice(["side", "past", "near"])
    if kind == "side":
        shape = r.choice(["{A} moves to the {d} of {b}, starting from its {o}.",
                          "{A} goes from {b}'s {o} to its {d}.", "{A} crosses from the {o} of the {bn} to its {d}.",
                          "{A} moves from being {o} of {b} to being {d} of it."])
        return (_loose(r, shape.format(A=_cap(_a(s)), b=_a(b), bn=b, o=o, d=d)),
                passes(name, bname, f"{o}_of", f"{d}_of"))
    if kind == "past":
        shape = r.choice(["{A} drives past {b} from {o} to {d}.", "{A} goes by {b}, moving from {o} to {d}.",
                          "{A} passes {b} on its way to the {d}.", "{A} walks past {b} towards the {d}."])
        return (_loose(r, shape.format(A=_cap(_a(s)), b=_a(b), o=o, d=d)), passes(name, bname, f"{o}_of", f"{d}_of"))
    shape = r.choice(["{A} moves closer to {b}.", "{A} gets closer and closer to the {bn}.", "{A} heads for {b}.",
                      "{A} goes straight for the {bn}.", "{A} is approaching {b}."])
    return _loose(r, shape.format(A=_cap(_a(s)), b=_a(b), bn=b)), nears(name, bname)


@family("sequential", "tune")
def seq_tm3_more(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS, TM_PROPS]), h)
    cs = _route(r, 3)
    a, b, c = cs
    shape = r.choice(["{S} moves from the {a} corner to the {b} corner, and then to the {c} corner.",
                      "{S} goes to the {a} corner of the frame, then to the {b} corner of the frame, then to the {c} "
                      "corner of the frame.",
                      "{S} first sits in the {a}, then goes to the {b}, and ends up in the {c}.",
                      "Initially at the {a}, {s} moves to the {b} and then the {c}.",
                      "{S} runs from the {a} corner to the {b} corner; it then runs to the {c} corner.",
                      "The {n} goes from the {a}, via the {b}, to the {c}.",
                      "The {n} travels from the {a} to the {b} to the {c}.",
                      "In the beginning the {n} is in the {a} corner; in the middle of the video it is in the {b} "
                      "corner; at the end it is in the {c} corner.",
                      "Moving first to the {b} and then to the {c}, {s} sets off from the {a}.",
                      "{S} in the {a} corner moves to the {b} corner, then on to the {c} corner.",
                      "{S} starts at the {a} corner and moves to the {b} corner, after which it goes to the {c} corner."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), n=s, a=a, b=b, c=c)), route(name, *cs)


@family("sequential", "held")
def seq_tm3_held(r, h):
    s, name = _tm(r, TM_FLIERS, h)
    cs = _route(r, 3)
    w = [_tm_corner(r, h, x) for x in cs]
    return (f"{_cap(_a(s))} hovers in the {w[0]} corner, darts to the {w[1]} corner, and winds up in the {w[2]} corner.",
            route(name, *cs))


# -- time and motion, a fourth round: brief windows, appear-then-vanish, there and back, people ---------------------
def middle_only(name):
    """Absent at both ends, present around the middle."""
    def check(plan, shot):
        boxes = track(shot, one(plan, name))
        need(boxes[0] is None and boxes[-1] is None, f"{name} should come and go: {boxes}")
        mid = min(range(len(boxes)), key=lambda k: abs(shot.keyframes[k].t / shot.keyframes[-1].t - 0.5))
        need(boxes[mid] is not None, f"{name} absent in the middle: {boxes}")
    return check


TM_PEOPLE = {"tune": [("man", "man"), ("woman", "woman"), ("boy", "boy"), ("cyclist", "cyclist"),
                      ("jogger", "jogger"), ("old man", "man"), ("young woman", "woman")],
             "held": [("girl", "girl"), ("mail carrier", "carrier")]}


@family("visibility", "tune")
def vis_tm4_brief(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS, TM_PEOPLE]), h)
    kind = r.choice(["start", "start", "middle", "middle", "end"])
    if kind == "start":
        shape = r.choice(["{A} is visible only at the start.", "{A} can be seen only at the beginning of the clip.",
                          "Only at the very start is {a} in the frame.", "{A} is there at the beginning and then vanishes.",
                          "{A} appears right at the start and soon disappears."])
        return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s))), window(name, "first_half")
    if kind == "middle":
        shape = r.choice(["{A} appears and then disappears.", "{A} briefly appears in the middle of the clip.",
                          "{A} shows up for a moment and is gone again.", "{A} pops in and out around the middle.",
                          "For a short while in the middle, {a} is visible.", "{A} comes into view, then vanishes."])
        return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s))), middle_only(name)
    shape = r.choice(["{A} appears only at the very end.", "Only at the end does {a} show up.",
                      "{A} becomes visible right before the end.", "In the last moments, {a} appears."])
    return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s))), window(name, "appears")


@family("dynamics", "tune")
def dyn_tm4_people(r, h):
    s, name = _tm(r, TM_PEOPLE, h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    kind = r.choice(["lr", "lr", "camera", "away"])
    if kind == "camera":
        shape = r.choice(["{A} walks toward the camera.", "{A} comes closer to the camera step by step.",
                          "{A} jogs straight towards us.", "{A} approaches the viewer."])
        return _loose(r, shape.format(A=_cap(_a(s)))), moves(name, "closer")
    if kind == "away":
        shape = r.choice(["{A} walks away from the camera.", "{A} strides off into the distance.",
                          "{A} walks further and further away from us.", "We see {a} from behind, walking away."])
        return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s))), moves(name, "away")
    shape = r.choice(["{A} walks from {o} to {d}.", "{A} is jogging to the {d}.", "{A} crosses the street from {o} to {d}.",
                      "{A} rides a bike to the {d}.", "{A} hurries towards the {d} edge of the frame.",
                      "We follow {a} walking {d}ward along the sidewalk.", "{A} runs {d} quickly."])
    return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), o=o, d=d)), moves(name, d)


@family("sequential", "tune")
def seq_tm4_there_and_back(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_PEOPLE]), h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["{A} walks to the {d}, turns around and walks back.", "{A} goes {d} and then returns.",
                      "{A} moves to the {d} side and back again.", "{A} runs {d}, then back {o}.",
                      "{A} heads {d}ward; later it comes back the other way.",
                      "First {a} moves towards the {d}, then it turns and moves towards the {o}."])
    return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), d=d, o=o)), legs(name, d, o)


@family("sequential", "tune")
def seq_tm4_enter_then_corner(r, h):
    s, name = _tm(r, r.choice([TM_FLIERS, TM_MOVERS]), h)
    corner = r.choice(["lower right", "lower left", "upper right", "upper left"])
    side = "right" if "left" in corner else "left"
    shape = r.choice(["{A} comes in from the {sd} and stops in the {c} corner.",
                      "{A} enters from the {sd} and settles in the {c} corner.",
                      "Entering from the {sd}, {a} ends up in the {c} corner.",
                      "{A} flies in from the {sd}, then lands in the {c} corner."])
    text = shape.format(A=_cap(_a(s)), a=_a(s), sd=side, c=corner)

    def check(plan, shot):
        boxes = track(shot, one(plan, name))
        need(boxes[0] is None and boxes[-1] is not None, f"{name} should come in: {boxes}")
        b = boxes[-1]
        need((int(cx(b) > 0.5), int(cy(b) > 0.5)) == QUAD[corner], f"{name} ends at {b}, not {corner}")
        first = next(x for x in boxes if x is not None)
        need(cx(first) < 0.35 if side == "left" else cx(first) > 0.65, f"{name} not in from the {side}: {first}")
    return _loose(r, text), check


# -- time and motion, a fifth round: openings, emerging, staying on, bys and overheads, legs with their own verbs ----
@family("visibility", "tune")
def vis_tm5_more(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_PEOPLE]), h)
    w = r.choice(TM_SETTINGS[h])
    m = r.choice(TM_MID[h])
    kind = r.choice(["in", "in", "out", "out"])
    if kind == "in":
        shape = r.choice(["The scene opens on an empty {w}. {M}, {a} roars into view.",
                          "{A} enters the frame at the halfway mark and stays until the end.",
                          "{A}, absent for the first half, appears in the second.",
                          "{A} is nowhere to be seen until {m2}, when it wanders in.",
                          "{A} emerges from behind a wall {m}.", "It is only in the second half that {a} turns up.",
                          "The {w} stays empty for the first half of the clip; after that {a} is there."])
        m2 = r.choice(["the midpoint", "halfway", "the middle of the video"])
        return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), w=w, M=_cap(m), m=m, m2=m2)), window(name, "appears_half")
    shape = r.choice(["The {s} is gone for the second half.", "Throughout the first half {a} is in the {w}; it has left by "
                      "the second half.", "{M}, the {s} walks off and does not return.",
                      "{A} remains only until {m2}.", "After {m2}, there is no {s} any more.",
                      "{A} is there at the start, but by the middle of the clip it has gone."])
    m2 = r.choice(["the midpoint", "halfway", "the middle of the video"])
    return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), s=s, w=w, M=_cap(m), m2=m2)), window(name, "disappears_half")


@family("dynamics", "tune")
def dyn_tm5_more(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["{A} zooms by from {o} to {d}.", "{A} dashes {d}ward.", "{A} rolls {d}wards across the floor.",
                      "{A} gallops off to the {d}.", "{A} flies overhead from {o} to {d}.",
                      "{A} sails slowly from the {o} side of the picture to the {d}.", "From {o} to {d}, {a} runs.",
                      "{A} keeps going {d} until it nearly reaches the edge.", "{A} drifts over to the {d} side.",
                      "Moving steadily, {a} goes from the {o} to the {d}.", "{A} shifts from the {o} to the {d}.",
                      "{A} passes through the frame from the {o} to the {d}."])
    return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), o=o, d=d)), moves(name, d)


@family("sequential", "tune")
def seq_tm5_more(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS, TM_PROPS]), h)
    cs = _route(r, 3)
    a, b, c = cs
    shape = r.choice(["Starting at the {a}, the {n} bounces to the {b}, then rolls to the {c}.",
                      "{S} runs to the {a} corner, and after that to the {b} corner, and finally to the {c} corner.",
                      "The {n} climbs from the {a} to the {b}, then drifts across to the {c}.",
                      "{S} begins in the {a}. It then goes to the {b}. At the end it is in the {c}.",
                      "Its route: {a}, {b}, {c}. {S} follows it.".replace("Its route: {a}, {b}, {c}. {S} follows it.",
                                                                         "{S} follows the route {a}, {b}, {c}."),
                      "{S} hops from the {a} corner over to the {b} corner and from there on to the {c} corner.",
                      "{S} is in the {a} at first; it moves to the {b} next, and it is in the {c} last.",
                      "{S} appears in the {a} corner, moves to the {b} corner and ends in the {c} corner."])
    return _loose(r, shape.format(S=_cap(_a(s)), n=s, a=a, b=b, c=c)), route(name, *cs)


# -- time and motion, a sixth round: prompt authors' clip descriptions, two movers at once, verbs of their own -----
@family("visibility", "tune")
def vis_tm6_clips(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_PEOPLE]), h)
    (o, oname) = _tm(r, TM_MOVERS, h)
    w = r.choice(TM_SETTINGS[h])
    kind = r.choice(["in", "out", "out", "in"])
    if kind == "in":
        shape = r.choice(["A video of a quiet {w} where {a} appears in the second half of the video.",
                          "A clip that starts with an empty {w}; {a} arrives in the second half.",
                          "The {s} is not in the video until the second half.",
                          "A realistic scene of a {w}: nothing at first, then, after the midpoint, {a}.",
                          "An empty {w} at the start of the video, and {a} in the second half of it."])
        return _loose(r, shape.format(a=_a(s), s=s, w=w)), window(name, "appears_half")
    shape = r.choice(["A realistic scene in which {a} is visible at first and then walks off screen.",
                      "{A} sitting in the {w} disappears halfway through the video.",
                      "{A} that is present in the first half of the video but not in the second half.",
                      "Halfway through the clip, the {s} that was sitting by the fence goes away.",
                      "The video begins with {a} standing alone, and it leaves at the midpoint."])
    check = window(name, "disappears" if "walks off screen" in shape else "disappears_half")
    return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), s=s, w=w)), check


@family("dynamics", "tune")
def dyn_tm6_two_at_once(r, h):
    (s, name), (t, tname) = _tm(r, TM_MOVERS, h), _tm(r, TM_MOVERS, h)
    while tname == name:
        t, tname = _tm(r, TM_MOVERS, h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    if r.random() < 0.6:
        shape = r.choice(["{A} moves to the {d} while {b} moves to the {o}.", "{A} heads {d} and {b} heads {o}.",
                          "{A} goes {d}; at the same time, {b} goes {o}.", "{A} runs {d}ward as {b} runs {o}ward.",
                          "While {a} travels to the {d}, {b} travels to the {o}.",
                          "{A} moves from {o} to {d}, and {b} moves the other way."])
        return (_loose(r, shape.format(A=_cap(_a(s)), a=_a(s), b=_a(t), d=d, o=o)),
                both(moves(name, d), moves(tname, o)))
    shape = r.choice(["{A} and {b} both run to the {d}.", "{A} and {b} move together from {o} to {d}.",
                      "Side by side, {a} and {b} head {d}.", "{A} and {b} travel to the {d} side of the frame."])
    return (_loose(r, shape.format(A=_cap(_a(s)), a=_a(s), b=_a(t), d=d, o=o)), both(moves(name, d), moves(tname, d)))


@family("dynamics", "tune")
def dyn_tm6_verbs(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_PROPS]), h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["{A} is pushed from the {o} to the {d}.", "{A} is kicked to the {d}.",
                      "{A} gets dragged {d}ward.", "{A} is pulled across the frame towards the {d}.",
                      "{A} slides over to the {d} edge of the frame.", "{A} is carried from {o} to {d}.",
                      "{A} drifts to the {d} side, pushed by the wind.", "{A} is blown {d}."])
    return _loose(r, shape.format(A=_cap(_a(s)), o=o, d=d)), moves(name, d)


@family("sequential", "tune")
def seq_tm6_verbs(r, h):
    s, name = _tm(r, r.choice([TM_FLIERS, TM_MOVERS, TM_PROPS]), h)
    cs = _route(r, 3)
    a, b, c = cs
    shape = r.choice(["{S} takes off from the {a}, flies to the {b}, and then lands in the {c}.",
                      "Initially in the {a}, the {n} is blown to the {b} and then falls to the {c}.",
                      "{S} walks from the {a} corner to the {b} corner and then climbs to the {c} corner.",
                      "{S} is carried from the {a} to the {b}, and then on to the {c}.",
                      "{S} drifts from the {a} to the {b}; later it settles in the {c}.",
                      "{S} slides from the {a} corner to the {b} corner before coming to rest in the {c} corner.",
                      "The {n} is first spotted in the {a}, next in the {b}, and finally in the {c}."])
    return _loose(r, shape.format(S=_cap(_a(s)), n=s, a=a, b=b, c=c)), route(name, *cs)


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


# -- a sixth round (space3, session 4): sizes said by comparison, lists after a colon, relations carried by verbs
# and said from the other thing's side, three things in a chain, rows and stacks, collectives and counts split
# over clauses, materials and patterns beside colours, attributes in passives and relative clauses, negation ------
def order_lr(*names):
    """The things stand left to right in this order (each one's box centre right of the one before)."""
    def check(plan, shot):
        tracks = [always(shot, one(plan, n)) for n in names]
        for boxes in zip(*tracks):
            xs = [cx(b) for b in boxes]
            need(all(b - a > 0.03 for a, b in zip(xs, xs[1:])), f"{names} not left to right: {xs}")
    return check


def nearer(a, b):
    """`a` is nearer the camera than `b` (its box stands lower in the frame), in every keyframe."""
    def check(plan, shot):
        for x, y in zip(always(shot, one(plan, a)), always(shot, one(plan, b))):
            need(x[3] > y[3] + 0.01, f"{a} not nearer than {b}: {x} vs {y}")
    return check


def stacked(*names):
    """Each thing stands on the one after it (the first on top)."""
    def check(plan, shot):
        for upper, lower in zip(names, names[1:]):
            rel(upper, "on", lower)(plan, shot)
    return check


def absent(name):
    def check(plan, shot):
        need(not ids_named(plan, name), f"{name} drawn although the text says there is none")
    return check


def not_colour(name, col):
    def check(plan, shot):
        eid = one(plan, name)
        need(plan.entity(eid).attributes.get("color") != col, f"{name} drawn {col} although it is not {col}")
        always(shot, eid)
    return check


SIZE_PAIRS = [("horse", "cat"), ("elephant", "mouse"), ("cow", "rabbit"), ("camel", "fox"), ("bus", "ball"),
              ("truck", "cup"), ("house", "dog"), ("tree", "pig")]
STANDARDS = {"small": ["a cup", "a coin", "a button", "a shoe", "an apple", "a teacup", "a thumb"],
             "big": ["a house", "a barn", "a truck", "a mountain", "a bus", "a tree"]}


@family("attribution", "tune")
def att_size_said_by_comparison(r, h):
    big, small = r.choice(SIZE_PAIRS)
    if r.random() < 0.6:
        big, small = small, big          # the text overrides what things usually measure
    if r.random() < 0.5:
        shape = r.choice(["{Bg} towering over {asm}.", "{Bg} towers over {asm}.", "{Asm} dwarfed by {bg}.",
                          "{Bg} looming over {asm}.", "{Asm} beside {bg}, the "
                          "{bgn} enormous and the {smn} little."])
        return (shape.format(Bg=_a(big).capitalize(), bg=_a(big), bgn=big, smn=small, Asm=_a(small).capitalize(),
                             asm=_a(small)), bigger(big, small))
    # a thing sized by a measure that is not in the scene, beside a person: the measure wins over the lexicon
    who = pick(r, "person", h)[0]
    thing = r.choice([x[0] for x in POOLS["animal"][h] + POOLS["vehicle"][h]])
    make_small = r.random() < 0.5
    std = r.choice(STANDARDS["small" if make_small else "big"])
    how = r.choice(["as small as {s}", "no bigger than {s}", "the size of {s}", "about the size of {s}",
                    "small, like {s}", "not much larger than {s}"] if make_small else
                   ["as big as {s}", "the size of {s}", "as large as {s}", "big, like {s}",
                    "about the size of {s}", "as tall as {s}"]).format(s=std)
    shape = r.choice(["{T} {how} stands beside {w}.", "{W} next to {t} {how}.", "{T}, {how}, rests next to {w}.",
                      "{W} and {t} {how}.", "There is {t} {how} by {w}."])
    text = shape.format(T=_a(thing).capitalize(), t=_a(thing), how=how, W=_a(who).capitalize(), w=_a(who))
    return text, both(only(thing, who), bigger(who, thing) if make_small else bigger(thing, who))


SURFACE_LIST = {"tune": [("table", ["cup", "plate", "fork", "bowl", "spoon", "candle"]),
                         ("desk", ["book", "lamp", "pen", "mug", "phone", "stapler"]),
                         ("shelf", ["vase", "clock", "jar", "book", "candle"])]}


@family("spatial", "tune")
def sp_colon_list(r, h):
    surf, things = r.choice(SURFACE_LIST["tune"])
    picks = r.sample(things, r.choice([2, 3]))
    listed = (", ".join(_a(p) for p in picks[:-1]) + r.choice([" and ", ", and "]) + _a(picks[-1]))
    shape = r.choice(["On the {s}: {l}.", "On top of the {s}: {l}.", "On the {s} there are {l}.",
                      "The {s} holds {l}.", "The {s} has {l} on it.", "Sitting on the {s}: {l}.",
                      "{L}, all on the {s}.", "A {s} with {l} on it.", "Things on the {s}: {l}.",
                      "On a wooden {s} we see {l}."])
    text = shape.format(s=surf, l=listed, L=_cap(listed))
    return text, both(only(surf, *picks), *[rel(p, "on", surf) for p in picks])


VERB_RELATIONS = {"above": ["hovers over", "floats above", "hangs above", "flies over", "circles above",
                            "dangles over", "is suspended above"],
                  "below": ["rests under", "naps under", "hides under", "crouches below", "is tucked under",
                            "shelters under"],
                  "left_of": ["stands to the left of", "sits on the left of", "leans to the left of",
                              "is parked left of"],
                  "right_of": ["stands to the right of", "sits on the right of", "is parked right of",
                               "rests to the right of"],
                  "next_to": ["stands beside", "leans against", "sits next to", "stands by", "rests beside",
                              "is propped against"],
                  "on": ["sits on", "is perched on", "rests on top of", "balances on", "stands on", "sits on top of"]}


@family("spatial", "tune")
def sp_verb_carries_relation(r, h):
    kind = r.choice(list(VERB_RELATIONS))
    verb = r.choice(VERB_RELATIONS[kind])
    if kind == "above":
        a, b = pick(r, "flyer", h)[0], pick(r, r.choice(["vehicle", "landmark", "furniture"]), h)[0]
    elif kind == "below":
        a, b = pick(r, "animal", h)[0], pick(r, "furniture", h)[0]
        if a in ("horse", "cow", "elephant", "camel"):
            a = "cat"
    elif kind == "on":
        a, b = r.choice(["cup", "book", "cat", "vase", "apple", "bird"]), pick(r, "furniture", h)[0]
    else:
        a, b = _pair(r, h)
    shape = r.choice(["{A} {v} {b}.", "In the {set}, {a} {v} {b}.", "{A} quietly {v} {b}.", "We see {a} that {v} {b}.",
                      "There is {a} which {v} {b}.", "{A} {v} the {bn} all day.", "Look: {a} {v} {b}!"])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), bn=b, v=verb, set=r.choice(SETTING[h])),
            rel(a, kind, b))


@family("spatial", "tune")
def sp_relative_which(r, h):
    kind = r.choice(["below", "on", "left_of", "right_of", "next_to", "behind"])
    word = {"below": r.choice(["under", "below"]), "on": r.choice(["on", "on top of"]),
            "left_of": "to the left of", "right_of": "to the right of", "next_to": r.choice(["beside", "next to"]),
            "behind": "behind"}[kind]
    if kind in ("below", "on"):
        b = pick(r, "furniture", h)[0]
        a = r.choice(["cat", "dog", "rabbit", "mouse"]) if kind == "below" else r.choice(["cup", "book", "vase"])
    else:
        a, b = _pair(r, h)
        if kind == "behind":
            a, b = pick(r, "animal", h)[0], pick(r, r.choice(["landmark", "vehicle"]), h)[0]
    shape = r.choice(["{B} {w} which {a} {v}.", "{B}, {w} which {a} {v}.", "{B} with {a} {v} {w} it.",
                      "{B} that has {a} {w} it.", "{B}; {w} it, {a} {v}.", "{B}. {W} the {bn}, {a} {v}.",
                      "{B} and, {w} that {bn}, {a}."])
    v = r.choice(STAY[h])
    return (shape.format(B=_a(b).capitalize(), bn=b, a=_a(a), w=word, W=_cap(word), v=v), rel(a, kind, b))


@family("spatial", "tune")
def sp_three_in_a_chain(r, h):
    a, b, c = r.sample([x[0] for x in POOLS["object"][h] + ODD[h]], 3)
    kind = r.choice(["regions", "relative", "lr_words"])
    if kind == "regions":
        shape = r.choice(["{A} on the left, {b} in the middle and {c} on the right.",
                          "On the left {a}, in the centre {b}, on the right {c}.",
                          "{A} at the left, {b} at the centre, and {c} at the right of the frame.",
                          "Left: {a}. Middle: {b}. Right: {c}."])
        return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), c=_a(c)),
                both(order_lr(a, b, c), at(a, "left"), at(c, "right")))
    if kind == "relative":
        shape = r.choice(["{A} on the left, {b} in the middle and {c} to the right of the {bn}.",
                          "{A} to the left of {b}, and {c} to the right of the {bn}.",
                          "{B} with {a} to its left and {c} to its right.",
                          "{B} stands between {a} on its left and {c} on its right.",
                          "{A} is left of {b}; {c} is right of the {bn}."])
        return (shape.format(A=_a(a).capitalize(), a=_a(a), B=_a(b).capitalize(), b=_a(b), bn=b, c=_a(c)),
                order_lr(a, b, c))
    shape = r.choice(["From left to right: {a}, {b} and {c}.", "{A}, {b} and {c}, lined up from left to right.",
                      "{A}, {b} and {c} stand in a row, left to right.", "Left to right we see {a}, {b}, {c}.",
                      "{A}, {b} and {c} in a row from left to right.", "From right to left: {c}, {b} and {a}."])
    return shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), c=_a(c)), order_lr(a, b, c)


@family("spatial", "tune")
def sp_depth_words(r, h):
    a = _thing(r, h, ("animal", "person"))[0]
    b = pick(r, r.choice(["landmark", "vehicle"]), h)[0]
    shape = r.choice(["{A} in the foreground and {b} in the background.", "In the foreground, {a}; in the background, {b}.",
                      "{B} in the background, {a} in the foreground.", "{A} stands in the foreground while {b} looms in the background.",
                      "{A} right by the camera, {b} far away.", "{B} far in the distance and {a} up close.",
                      "{A} by the camera with {b} behind it.", "In the background there is {b}, and in front of it {a}."])
    return shape.format(A=_a(a).capitalize(), a=_a(a), B=_a(b).capitalize(), b=_a(b)), nearer(a, b)


@family("spatial", "tune")
def sp_stacked(r, h):
    things = r.sample(["book", "box", "crate", "suitcase", "drawer", "brick", "tray"], 3)[:r.choice([2, 3])]
    if len(things) == 2:
        a, b = things
        shape = r.choice(["{A} stacked on {b}.", "{A} piled on top of {b}.", "{A} perched on {b}.",
                          "{B} with {a} stacked on it.", "{A} is balanced on {b}.", "{A} placed on top of {b}."])
        return shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), B=_a(b).capitalize()), stacked(a, b)
    a, b, c = things
    shape = r.choice(["{A} on {b} on {c}.", "{A} stacked on {b}, which is stacked on {c}.",
                      "{C} with {b} on it and {a} on top of the {bn}.", "{A} on top of {b}, and the {bn} on top of {c}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), bn=b, c=_a(c), C=_a(c).capitalize()),
            stacked(a, b, c))


COLLECTIVES = {"tune": [("a dozen", 12), ("a pair of", 2), ("a couple of", 2), ("a trio of", 3), ("a quartet of", 4),
                        ("ten", 10), ("twelve", 12), ("eleven", 11), ("half a dozen", 6), ("a single", 1)]}


@family("numeracy", "tune")
def num_collectives_and_adjectives(r, h):
    (w, n) = r.choice(COLLECTIVES["tune"])
    (s, p) = r.choice(POOLS["object"][h] + ODD[h] + POOLS["animal"][h])
    if n > 6 and s in ("horse", "cow", "elephant", "camel"):
        (w, n) = ("a pair of", 2)
    noun = s if n == 1 else p
    adj = r.choice(["", "small ", "shiny red ", "old wooden ", "fluffy ", "teeny ", "brand-new ", "striped "])
    shape = r.choice(["{W} {adj}{p}.", "There are {w} {adj}{p} in the {set}.", "We see {w} {adj}{p} on the ground.",
                      "{W} {adj}{p} sit side by side.", "The video shows {w} {adj}{p}.",
                      "In the {set}: {w} {adj}{p}."])
    if n == 1:
        shape = shape.replace("There are", "There is").replace(" sit side", " sits side")
    return (shape.format(W=_cap(w), w=w, adj=adj, p=noun, set=r.choice(SETTING[h])), count(s, n))


@family("numeracy", "tune")
def num_split_over_clauses(r, h):
    (s, p) = r.choice(POOLS["animal"][h] + POOLS["object"][h] + ODD[h])
    (w, n) = r.choice([("two", 2), ("three", 3), ("2", 2)])
    kind = r.choice(["another", "more", "one_more", "joined"])
    if kind == "another":
        shape = r.choice(["{W} {p} and another {s}.", "{W} {p}, and beside them another {s}.",
                          "There are {w} {p}; another {s} stands nearby.", "{W} {p} and one other {s}."])
        total = n + 1
    elif kind == "more":
        (w2, n2) = r.choice([("two", 2), ("three", 3)])
        shape = r.choice(["{W} {p} and {w2} more.", "{W} {p} on the left and {w2} more on the right.",
                          "{W} {p}, then {w2} more {p}.", "{W} {p} plus {w2} more {p}."])
        total = n + n2
        return shape.format(W=_cap(w), w=w, w2=w2, p=p, s=s), count(s, total)
    elif kind == "one_more":
        shape = r.choice(["{A} and {w} more {p}.", "{A}, and next to it {w} other {p}.", "One {s} and {w} more."])
        total = n + 1
        return shape.format(A=_a(s).capitalize(), w=w, p=p, s=s), count(s, total)
    else:
        shape = r.choice(["{A} and a second {s}.", "{A}, then another one.", "{A} and another one beside it.",
                          "One {s} on the left and another on the right."])
        return shape.format(A=_a(s).capitalize(), s=s), count(s, 2)
    return shape.format(W=_cap(w), w=w, p=p, s=s), count(s, total)


MATERIALS = {"tune": ["wooden", "glass", "metal", "plastic", "striped", "spotted", "leather", "stone", "woolen",
                      "checkered", "polka-dot", "velvet", "marble", "rubber"]}


@family("attribution", "tune")
def att_materials_and_colours(r, h):
    c = r.choice(COLOURS[h] + ["turquoise", "beige", "navy", "amber", "cyan", "indigo"])
    m1, m2 = r.sample(MATERIALS["tune"], 2)
    a, b = r.sample([x[0] for x in POOLS["object"][h] + ODD[h]], 2)
    shape = r.choice(["{A1} {m1} {a} and {a2} {b}.", "{Am1} {c} {a} beside {a2m} {b}.", "{Am1} {a} that is {c}.",
                      "{A} made of {mat}, painted {c}.", "{Am1} {a} in {c} next to {am2} {b}.",
                      "{A1}, {m1} {a}.", "{Am1}, {c} {a} stands on the ground."])
    mat = {"wooden": "wood", "glass": "glass", "metal": "metal", "plastic": "plastic", "stone": "stone",
           "leather": "leather", "marble": "marble", "rubber": "rubber"}.get(m1, "wood")
    text = shape.format(A1=_a(c).capitalize(), Am1=_a(m1).capitalize(), m1=m1, a=a, a2=_a(m2),
                        a2m=_a(m2), am2=_a(m2), b=b, A=_a(a).capitalize(), c=c, mat=mat)
    named = [a, b] if "{b}" in shape else [a]
    return text, both(colour(a, c), only(*named))


@family("attribution", "tune")
def att_passive_and_clauses(r, h):
    c1, c2 = r.sample(COLOURS[h] + ["turquoise", "beige", "silver", "gold"], 2)
    a, b = two_distinct(r, ("object", r.choice(["vehicle", "furniture"])), h)
    a, b = a[0], b[0]
    verb = r.choice(["painted", "coloured", "colored", "dyed", "sprayed", "tinted"])
    shape = r.choice(["{A} painted {c1} and {b} {v} {c2}.", "{A} that has been {v} {c1} sits by {b}.",
                      "{A} which someone {v} {c1}, next to {b} that was {v} {c2}.",
                      "{A}, freshly {v} {c1}, stands beside {b}.", "{A} that was {v} {c1} and {b} that is {c2}.",
                      "{A} whose paint is {c1} rests by {b} whose paint is {c2}.",
                      "{A} {v} a bright {c1}, and {b} {v} a dull {c2}."])
    text = shape.format(A=_a(a).capitalize(), b=_a(b), c1=c1, c2=c2, v=verb)
    return text, both(colour(a, c1), colour(b, c2)) if "{c2}" in shape else both(colour(a, c1), only(a, b))


@family("attribution", "tune")
def att_negation(r, h):
    (a, _), (b, bp) = two_distinct(r, ("animal", "object"), h)
    c1, c2 = r.sample(COLOURS[h], 2)
    kind = r.choice(["no_thing", "not_colour", "one_not_other"])
    if kind == "no_thing":
        shape = r.choice(["{A} but no {b}.", "{A}, and no {b} anywhere.", "{A} without any {bp}.",
                          "There is {a} and there is no {b}.", "{A}; no {bp} in sight.", "Only {a}, not {ab}."])
        return (shape.format(A=_a(a).capitalize(), a=_a(a), b=b, bp=bp, ab=_a(b)), both(only(a), seen_throughout(a)))
    if kind == "not_colour":
        shape = r.choice(["{A} that is not {c2} but {c1}.", "{A}, {c1} rather than {c2}.",
                          "{A} - not {c2}, {c1}.", "{A} which isn't {c2}; it is {c1}."])
        return shape.format(A=_a(a).capitalize(), c1=c1, c2=c2), both(colour(a, c1), only(a))
    shape = r.choice(["{A1} {a}, not {a2} one.", "{A1} {a} instead of {a2} one.", "{A1} {a} (not {c2})."])
    return shape.format(A1=_a(c1).capitalize(), a=a, a2=_a(c2), c2=c2), both(colour(a, c1), only(a))


def across_gap(a, b, least=0.1):
    """Across a gap from each other ('opposite', 'across from'): no horizontal overlap, at least `least` apart."""
    def check(plan, shot):
        for x, y in zip(always(shot, one(plan, a)), always(shot, one(plan, b))):
            need(max(x[0] - y[2], y[0] - x[2]) >= least, f"{a} not apart from {b}: {x} vs {y}")
    return check


@family("spatial", "tune")
def sp_edges_and_opposites(r, h):
    kind = r.choice(["opposite", "edge"])
    if kind == "opposite":
        a, b = _pair(r, h)
        shape = r.choice(["{A} {v} opposite {b}.", "{A} across from {b}.", "{A} and {b} face each other from opposite "
                          "sides.", "{A} sits across the way from {b}.", "Opposite {b}, {a}.",
                          "{A} stands on the far side, across from {b}."])
        return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), v=r.choice(STAY[h])), across_gap(a, b))
    a = _thing(r, h, ("animal", "object"))[0]
    side = r.choice(["left", "right", "top", "bottom"])
    region = {"left": "left", "right": "right", "top": "upper", "bottom": "lower"}[side]
    shape = r.choice(["{A} by the {s} edge of the {fr}.", "{A} {v} right by the {s} edge.", "{A} by the far {s} edge.",
                      "Right at the {s} edge of the {fr} is {a}.", "{A} hugging the {s} edge of the {fr}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), s=side, fr=r.choice(FRAME_NOUN[h]), v=r.choice(STAY[h])),
            at(a, region))


@family("numeracy", "tune")
def num_sets_twins_and_thirds(r, h):
    (s, p) = r.choice(POOLS["object"][h] + ODD[h] + POOLS["animal"][h])
    (w, n) = r.choice([("two", 2), ("three", 3), ("four", 4)])
    kind = r.choice(["twin", "set", "third", "each"])
    if kind == "twin":
        return r.choice([f"Twin {p}.", f"A pair of twin {p} in the {r.choice(SETTING[h])}.",
                         f"There are twin {p} side by side."]), count(s, 2)
    if kind == "set":
        return r.choice([f"A set of {w} {p}.", f"A set of {w} {p} on the ground.",
                         f"We see a set of {w} matching {p}."]), count(s, n)
    if kind == "third":
        return r.choice([f"Two {p} and a third one.", f"Two {p}, and then a third {s}.",
                         f"Two {p} with a third {s} beside them."]), count(s, 3)
    return r.choice([f"{_cap(w)} {p}, each a different colour.", f"{_cap(w)} {p}, each one on its own.",
                     f"{_cap(w)} {p}, every one of them still."]), count(s, n)


# -- a seventh round (space3): parts that carry the colour, colour as a predicate, counts framed in other words,
# verbs of position, relative clauses whose preposition is stranded ('the bench that a cat sleeps under') ---------
PARTS = {"animal": ["fur", "coat", "body", "hair"], "object": ["paint", "surface", "finish"],
         "vehicle": ["paint", "body", "paintwork"]}


def _part_of(s, h):
    kind = "animal" if s in [x[0] for x in POOLS["animal"][h] + BEASTS[h]] else (
        "vehicle" if s in [x[0] for x in POOLS["vehicle"][h]] else "object")
    return PARTS[kind]


@family("attribution", "tune")
def att_parts_and_possessives(r, h):
    c = r.choice(COLOURS[h] + ["turquoise", "beige", "silver", "maroon"])
    s = _thing(r, h, ("animal", "object", "vehicle"))[0]
    part = r.choice(_part_of(s, h))
    shape = r.choice(["The {s}'s {p} is {c}.", "{A}. Its {p} is {c}.", "{A} has {c} {p}.", "{A}, its {p} entirely {c}.",
                      "The {p} of the {s} is {c}.", "{A} whose {p} looks {c}.", "{A}; the {s}'s {p} is a bright {c}.",
                      "{A} with a {c} {p}."])
    return shape.format(s=s, A=_a(s).capitalize(), p=part, c=c), both(colour(s, c), only(s))


@family("attribution", "tune")
def att_colour_predicates(r, h):
    c, c2 = r.sample(COLOURS[h] + ["turquoise", "beige", "silver", "maroon"], 2)
    a, b = two_distinct(r, (r.choice(["object", "vehicle", "animal"]), "object"), h)
    a, b = a[0], b[0]
    shape = r.choice(["The {a} is painted {c}.", "The {a} has been painted {c}.", "The {a} is {c} all over.",
                      "{A} is mostly {c}.", "The {a}, {c} from top to bottom, stands still.",
                      "{A} stands by {bn}; the {a} is painted {c} and the {b} {c2}.",
                      "We see {an} and {bn}: the {a} has been coloured {c}, the {b} {c2}.",
                      "{A} is {c}, and so is nothing else."])
    text = shape.format(a=a, b=b, A=_a(a).capitalize(), an=_a(a), bn=_a(b), c=c, c2=c2)
    return text, (both(colour(a, c), colour(b, c2)) if "{c2}" in shape else colour(a, c))


@family("numeracy", "tune")
def num_counts_framed(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h] + [("seven", 7), ("eight", 8)]), r.choice(
        POOLS["animal"][h] + POOLS["object"][h] + ODD[h])
    other = r.choice([x for x in POOLS["object"][h] + POOLS["animal"][h] if x[0] != s])
    shape = r.choice(["{P}: {w} of them.", "{W} identical {p}.", "Nothing but {w} {p}.",
                      "{W} {p} and not a single {o}.", "{W} {p}, no more and no less.", "We count {w} {p} in the {set}.",
                      "The scene has {w} {p} in it.", "{W} {p} - that is all."])
    text = shape.format(P=_cap(p), p=p, w=w, W=_cap(w), o=other[0], set=r.choice(SETTING[h]))
    return text, (both(count(s, n), only(s)) if "{o}" in shape or "Nothing" in shape else count(s, n))


POSITION_VERBS = {"on": ["perches on", "is balanced on top of", "rests at the top of", "is sitting on top of"],
                  "behind": ["peeks out from behind", "is half hidden behind", "hides behind"],
                  "next_to": ["is parked beside", "stands at the side of", "is pushed up against"],
                  "below": ["hangs below", "dangles below", "is hanging under"]}


@family("spatial", "tune")
def sp_verbs_of_position(r, h):
    kind = r.choice(list(POSITION_VERBS))
    verb = r.choice(POSITION_VERBS[kind])
    if kind == "on":
        a, b = r.choice(["bird", "cat", "cup", "vase", "teapot"]), pick(r, "furniture", h)[0]
    elif kind == "behind":
        a, b = pick(r, "animal", h)[0], pick(r, r.choice(["landmark", "vehicle"]), h)[0]
    elif kind == "below":
        a, b = r.choice(["lamp", "ball", "kite", "cup"]), r.choice(["table", "desk", "bench"])
        kind = "below"
    else:
        a, b = _pair(r, h)
    shape = r.choice(["{A} {v} {b}.", "In the {set}, {a} {v} {b}.", "There is {a} that {v} {b}.", "{A} quietly {v} {b}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), v=verb, set=r.choice(SETTING[h])),
            rel(a, kind, b))


@family("spatial", "tune")
def sp_stranded_prepositions(r, h):
    kind = r.choice(["on", "below", "behind", "next_to", "in_front_of"])
    word = {"on": "on", "below": "under", "behind": "behind", "next_to": "next to", "in_front_of": "in front of"}[kind]
    if kind in ("on", "below"):
        b = pick(r, "furniture", h)[0]
        a = r.choice(["cup", "book", "vase"]) if kind == "on" else r.choice(["cat", "dog", "rabbit", "mouse"])
    else:
        a, b = pick(r, "animal", h)[0], pick(r, r.choice(["landmark", "vehicle"]), h)[0]
    v = r.choice(STAY[h])
    shape = r.choice(["{B} that {a} {v} {w}.", "{B}, which {a} {v} {w}.", "{B} which {a} is {w}.",
                      "There is {b} that {a} {v} {w}.", "{B}; {a} {v} {w} it.", "The {bn} is what {a} {v} {w}."])
    return (shape.format(B=_a(b).capitalize(), b=_a(b), bn=b, a=_a(a), v=v, w=word), rel(a, kind, b))


# held-back families of the sixth round (written with the tuning ones above, never debugged: scores only)
@family("spatial", "held")
def sp_held_verb_relations(r, h):
    kind = r.choice(["above", "below", "next_to"])
    verb = {"above": ["soars above", "drifts high over", "is hanging over"],
            "below": ["naps beneath", "is curled up underneath", "dozes below"],
            "next_to": ["leans beside", "is waiting alongside", "stays close to"]}[kind]
    a = pick(r, "flyer", h)[0] if kind == "above" else r.choice(["duck", "puppy", "goat", "sheep"])
    b = pick(r, "furniture" if kind == "below" else r.choice(["landmark", "vehicle"]), h)[0]
    shape = r.choice(["{A} {v} {b}.", "Out in the {set}, {a} {v} {b}.", "One can see {a} that {v} {b}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), v=r.choice(verb), set=r.choice(SETTING[h])),
            rel(a, kind, b))


@family("spatial", "held")
def sp_held_chain(r, h):
    a, b, c = r.sample([x[0] for x in POOLS["object"][h] + ODD[h]], 3)
    shape = r.choice(["At the far left {a}, at the centre {b}, at the far right {c}.",
                      "Arranged left to right are {a}, {b} and {c}.",
                      "{B} sits with {a} on its left-hand side and {c} on its right-hand side."])
    return shape.format(A=_a(a).capitalize(), a=_a(a), B=_a(b).capitalize(), b=_a(b), c=_a(c)), order_lr(a, b, c)


@family("numeracy", "held")
def num_held_split(r, h):
    (s, p) = r.choice(POOLS["animal"][h] + ODD[h])
    (w, n) = r.choice(NUMBERS[h])
    shape = r.choice(["{W} {p}, along with one further {s}.", "{W} {p} and a further {s} off to the side.",
                      "Some {p}: {w} of them."])
    total = n if "of them" in shape else n + 1
    return shape.format(W=_cap(w), w=w, p=p, s=s), count(s, total)


@family("attribution", "held")
def att_held_materials(r, h):
    c = r.choice(COLOURS[h])
    m = r.choice(["ceramic", "brass", "wicker", "tartan", "copper-plated"])
    a, b = r.sample([x[0] for x in POOLS["object"][h] + ODD[h]], 2)
    shape = r.choice(["{Am} {a} in {c} beside {b}.", "{A} of {m} make, tinted {c}, near {b}.",
                      "{Am}, {c} {a} and a plain {b}."])
    return (shape.format(Am=_a(m).capitalize(), m=m, a=a, A=_a(a).capitalize(), b=_a(b) if "plain" not in shape else b,
                         c=c), both(colour(a, c), only(a, b)))


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


# -- an eighth round (space4): properties told in an apposition, things facing each other from opposite sides,
# a possessive that refers back to the anchor of a 'with' phrase, counts told in unusual words or after the noun,
# counts in sentences that also move, relative positions by degree and comparison, 'respectively' ---------------
APPOSED_COLOUR = ["{A}, its {part} entirely {c}.", "{A}, {c} all over.", "{A} whose {part} is {c}.",
                  "{A}, its {part} a bright {c}.", "{A}, the whole thing {c}.", "{A} with its {part} {c}.",
                  "{A}, {c} from top to bottom.", "{A}, its {part} {c} throughout.", "{A}, {part} {c}.",
                  "{A}, its {part} painted {c}.", "{A}, which has {c} {part}.", "{A}, mostly {c}."]


@family("attribution", "tune")
def att_apposed_properties(r, h):
    c = r.choice(COLOURS[h] + ODD_COLOURS[h])
    s = _thing(r, h, ("animal", "object", "vehicle"))[0]
    other = r.choice([x[0] for x in POOLS["furniture"][h] + POOLS["landmark"][h]])
    shape = r.choice(APPOSED_COLOUR)
    tail = r.choice(["", " next to {o}", " beside {o}", " near {o}"]).format(o=_a(other))
    text = shape.format(A=_a(s).capitalize(), c=c, part=r.choice(_part_of(s, h)))
    if tail:
        text = text[:-1] + ("," if "," in text else "") + tail + "."
    return text, both(colour(s, c), only(s, other) if tail else only(s))


@family("attribution", "tune")
def att_respectively_and_order(r, h):
    c1, c2 = r.sample(COLOURS[h] + ODD_COLOURS[h], 2)
    a, b = two_distinct(r, ("animal", "object"), h)
    a, b = a[0], b[0]
    shape = r.choice(["{A} and {b}, {c1} and {c2} respectively.", "{A} and {b}, the first {c1} and the second {c2}.",
                      "{A} and {b}: the one {c1}, the other {c2}.", "{A} and {b}, in {c1} and {c2}.",
                      "{A} and {b} coloured {c1} and {c2} respectively.",
                      "There are {a} and {b}; the former is {c1}, and the latter is {c2}.",
                      "{A} and {b}. One is {c1} - the {an}. The other, the {bn}, is {c2}.",
                      "{A} in {c1} and, beside it, {b} in {c2}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), an=a, bn=b, c1=c1, c2=c2),
            both(colour(a, c1), colour(b, c2), only(a, b)))


@family("attribution", "tune")
def att_sizes_apposed(r, h):
    big, small = r.choice(SIZE_PAIRS)
    if r.random() < 0.5:
        big, small = small, big
    bw, sw = r.choice(BIG[h] + ["enormous", "massive"]), r.choice(SMALL[h] + ["minuscule", "teeny"])
    shape = r.choice(["{Bg}, {bw}, next to {sm}, {sw}.", "{Bg} ({bw}) and {sm} ({sw}).",
                      "{Bg} of {bw} size beside {sm} of {sw} size.", "{Bg} that is {bw}, and {sm} that is {sw}.",
                      "{Bg} and {sm}; the {bgn} is {bw}, the {smn} {sw}.", "{Sm}, {sw}, sits near {bg}, {bw}.",
                      "{Bg} and {sm}, {bw} and {sw} respectively."])
    return (shape.format(Bg=_a(big).capitalize(), bg=_a(big), Sm=_a(small).capitalize(), sm=_a(small), bgn=big,
                         smn=small, bw=bw, sw=sw), both(bigger(big, small), only(big, small)))


def flanked(mid, side):
    """`mid` stands between two things named `side` ('two cats sit on either side of a dog')."""
    def check(plan, shot):
        ids = ids_named(plan, side)
        need(len(ids) == 2, f"want two {side}s, have {[e.name for e in plan.entities]}")
        M, S1, S2 = always(shot, one(plan, mid)), always(shot, ids[0]), always(shot, ids[1])
        for m, x, y in zip(M, S1, S2):
            need(relation_holds("between", m, x, y), f"{mid} not between the {side}s: {m} {x} {y}")
    return check


def opposite(a, b, c=None):
    """`a` and `b` on opposite sides of `c` (either way round), or of the frame without `c`."""
    def check(plan, shot):
        A, B = always(shot, one(plan, a)), always(shot, one(plan, b))
        if c is None:
            for x, y in zip(A, B):
                need((cx(x) < 0.42 and cx(y) > 0.58) or (cx(y) < 0.42 and cx(x) > 0.58),
                     f"{a} and {b} not on opposite sides: {x} {y}")
            return
        C = always(shot, one(plan, c))
        for x, y, z in zip(A, B, C):
            need((relation_holds("left_of", x, z) and relation_holds("right_of", y, z))
                 or (relation_holds("right_of", x, z) and relation_holds("left_of", y, z)),
                 f"{a} and {b} not on opposite sides of {c}: {x} {y} {z}")
    return check


@family("spatial", "tune")
def sp_opposite_sides(r, h):
    a, b = two_distinct(r, ("animal", "animal"), h)
    a, b = a[0], b[0]
    c = pick(r, r.choice(["furniture", "landmark", "vehicle"]), h)[0]
    with_c = r.random() < 0.7
    if with_c:
        shape = r.choice(["{A} and {b} face each other from opposite sides of {c}.",
                          "{A} and {b} stand at opposite ends of {c}.", "{A} and {b} sit on either side of {c}.",
                          "{A} and {b} are on opposite sides of {c}.", "{A} and {b} wait at either end of {c}.",
                          "{A} is on one side of {c} and {b} is on the other.",
                          "{A} sits on one side of {c}, {b} on the other side.",
                          "On opposite sides of {c} are {a} and {b}.", "{C} stands between {a} and {b}.",
                          "{C} with {a} and {b} on either side.", "{C}, {a} on one side, {b} on the other."])
        return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), c=_a(c), C=_a(c).capitalize()),
                both(opposite(a, b, c), only(a, b, c)))
    shape = r.choice(["{A} and {b} face each other from opposite sides.", "{A} and {b} face each other from opposite "
                      "sides of the frame.", "{A} and {b} at opposite ends of the screen.",
                      "{A} and {b}, one at each side of the frame.", "{A} and {b} stand far apart, one on each side."])
    return shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b)), both(opposite(a, b), only(a, b))


@family("spatial", "tune")
def sp_anchor_possessives(r, h):
    t = pick(r, r.choice(["landmark", "furniture", "vehicle"]), h)[0]
    a, b = two_distinct(r, ("animal", "object"), h)
    a, b = a[0], b[0]
    shape = r.choice(["{T} with {a} on its left and {b} on its right.",
                      "{T} with {a} to its left and {b} to its right.",
                      "{T}, {a} to its left, {b} to its right.", "{T} has {a} on its left and {b} on its right.",
                      "{T} stands with {a} at its left side and {b} at its right side.",
                      "There is {t} with {a} to the left of it and {b} to the right of it.",
                      "{A} is left of {t} and {b} is right of it.", "{A} stands left of {t}, and {b} right of it.",
                      "On the left of {t} is {a}; on its right is {b}.", "{A} to the left of {t}, {b} to its right.",
                      "{T}: {a} on its left, {b} on its right."])
    return (shape.format(T=_a(t).capitalize(), t=_a(t), A=_a(a).capitalize(), a=_a(a), b=_a(b)),
            both(rel(a, "left_of", t), rel(b, "right_of", t), only(a, b, t)))


@family("spatial", "tune")
def sp_degrees_and_comparisons(r, h):
    a, b = _pair(r, h)
    kind = r.choice(["left_of", "right_of", "next_to", "in_front_of", "behind"])
    phr = {"left_of": ["slightly to the left of", "a little to the left of", "a short distance to the left of",
                       "some way to the left of", "farther left than", "further to the left than",
                       "well to the left of"],
           "right_of": ["slightly to the right of", "a bit to the right of", "a few steps to the right of",
                        "farther right than", "further to the right than", "well to the right of"],
           "next_to": ["right up against", "immediately beside", "very close to", "only inches from"],
           "in_front_of": ["a little in front of", "slightly in front of", "out in front of", "closer to the camera than"],
           "behind": ["a little behind", "slightly behind", "some way behind", "farther from the camera than"]}[kind]
    shape = r.choice(["{A} is {p} {b}.", "{A} {p} {b}.", "{A} stands {p} {b}.", "We see {a} {p} {b}.",
                      "{A} sits {p} {b} in the {set}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), p=r.choice(phr), set=r.choice(SETTING[h])),
            both(rel(a, kind, b), only(a, b)))


UNUSUAL_COUNTS = [("a pair of {p}", 2), ("a trio of {p}", 3), ("half a dozen {p}", 6), ("a dozen {p}", 12),
                  ("a couple of {p}", 2), ("twin {p}", 2), ("{p}, three of them", 3), ("{p} numbering four", 4),
                  ("{p}, {w} in all", None), ("{p}, {w} in total", None), ("a total of {w} {p}", None),
                  ("{w} {p} altogether", None), ("{p} - {w} of them", None), ("{p} ({w})", None),
                  ("one {s} and another {s}", 2), ("one {s} and then another", 2), ("one {s}, then another, then a third", 3),
                  ("{w} {p} in number", None), ("{p} to the number of {w}", None), ("{as_} and two others like it", 3)]


@family("numeracy", "tune")
def num_unusual_forms(r, h):
    (s, p) = r.choice(POOLS["animal"][h] + POOLS["object"][h] + ODD[h] + BEASTS[h])
    form, n = r.choice(UNUSUAL_COUNTS)
    w, m = r.choice(NUMBERS[h])
    n = n or m
    np = form.format(p=p, s=s, w=w, as_=_a(s))
    shape = r.choice(["{NP}.", "There are {np}.", "We see {np} in the {set}.", "In the {set}: {np}.",
                      "The picture shows {np}.", "{NP} on the grass."])
    if shape.startswith("There are") and np.startswith(("one ", "a ")) and "dozen" not in np and "of" not in np.split()[1:2]:
        shape = "There is {np}."
    return shape.format(NP=_cap(np), np=np, set=r.choice(SETTING[h])), count(s, n)


@family("numeracy", "tune")
def num_counts_that_move(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h] + [("a pair of", 2), ("a trio of", 3)]), pick(r, "animal", h)
    shape = r.choice(["{W} {p} walk slowly across the {set}.", "{W} {p} run from left to right.",
                      "{W} {p} gradually move to the right.", "Throughout the video, {w} {p} graze in the {set}.",
                      "For the whole clip, {w} {p} sit side by side.", "{W} {p} stay in the {set} the entire time.",
                      "{W} {p} keep still for the whole video.", "During the clip, {w} {p} play together.",
                      "{W} {p} wander around the {set} from start to finish.", "{W} {p} slowly walk to the left.",
                      "{W} {p} hurry across the {set} from left to right, one after another.",
                      "At first {w} {p} sit, then they stand up.", "{W} {p} are seen throughout."])
    return shape.format(W=_cap(w), w=w, p=p, set=r.choice(SETTING[h])), count(s, n)


@family("numeracy", "tune")
def num_counts_with_properties(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h]), r.choice(POOLS["animal"][h] + POOLS["object"][h] + ODD[h])
    c = r.choice(COLOURS[h])
    shape = r.choice(["{W} {p}, all of them {c}.", "{W} {p}, each one {c}.", "{W} {p}, every one {c}.",
                      "{W} {p}, one of which is {c}.", "{W} {p}, all {c}.", "{W} {p}; each of them is {c}.",
                      "{P}, {w} of them, all {c}.", "{W} {c} {p}, none of them moving.",
                      "{W} {p}, each the same size.", "{W} {p} of different sizes."])
    return shape.format(W=_cap(w), w=w, p=p, P=_cap(p), c=c), both(count(s, n), only(s))


@family("numeracy", "tune")
def num_two_kinds_unusual(r, h):
    (w1, n1), (w2, n2) = r.sample(NUMBERS[h] + [("a pair of", 2), ("a trio of", 3)], 2)
    a, b = two_distinct(r, ("animal", "object"), h)
    shape = r.choice(["{W1} {pa}, and {pb} numbering {w2}.", "{Pa} ({w1}) and {pb} ({w2}).",
                      "{W1} {pa} plus {w2} {pb}.", "{Pa}, {w1} of them, and {pb}, {w2} of them.",
                      "{W1} {pa} along with {w2} {pb}.", "{W1} {pa} alongside {w2} {pb}.",
                      "There are {w1} {pa}. There are also {w2} {pb}."])
    if "numbering" in shape and not w2[0].isalpha() or ("numbering" in shape and w2.startswith("a ")):
        w2, n2 = "three", 3
    if "({w" in shape and w1.startswith("a "):
        w1, n1 = "two", 2
    if "({w" in shape and w2.startswith("a "):
        w2, n2 = "four", 4
    if "of them" in shape and w1.startswith("a "):
        w1, n1 = "two", 2
    if "of them" in shape and w2.startswith("a "):
        w2, n2 = "four", 4
    if n1 == n2 and "(" in shape:
        pass
    return (shape.format(W1=_cap(w1), w1=w1, w2=w2, pa=a[1], pb=b[1], Pa=_cap(a[1])),
            both(count(a[0], n1), count(b[0], n2)))


# held-back families of the eighth round (written with the tuning ones above, never debugged: scores only)
@family("attribution", "held")
def att_held_apposed(r, h):
    c = r.choice(COLOURS[h] + ODD_COLOURS[h])
    s = r.choice([x[0] for x in POOLS["object"][h] + ODD[h] + POOLS["vehicle"][h]])
    shape = r.choice(["{A}, {c} through and through.", "{A} - its whole surface {c}.", "{A} whose finish looks {c}.",
                      "{A}, coated {c} on every side.", "{A}, entirely {c} in colour, by the {f}.",
                      "{A}, its outside completely {c}."])
    return shape.format(A=_a(s).capitalize(), c=c, f=pick(r, "furniture", h)[0]), colour(s, c)


@family("spatial", "held")
def sp_held_opposite(r, h):
    a, b = two_distinct(r, ("animal", "animal"), h)
    a, b = a[0], b[0]
    c = pick(r, r.choice(["furniture", "landmark"]), h)[0]
    shape = r.choice(["{A} and {b} occupy opposite sides of {c}.", "{A} and {b} rest at either end of {c}.",
                      "{A} waits at one end of {c}, while {b} waits at the other.",
                      "Flanking {c} on opposite sides: {a} and {b}."])
    return shape.format(A=_a(a).capitalize(), b=_a(b), c=_a(c), a=_a(a)), opposite(a, b, c)


@family("spatial", "held")
def sp_held_anchor(r, h):
    t = pick(r, r.choice(["landmark", "furniture"]), h)[0]
    a, b = two_distinct(r, ("animal", "object"), h)
    a, b = a[0], b[0]
    shape = r.choice(["{T} stands with {a} on its left side and {b} on its right side.",
                      "{A} lies on the left of {t} and {b} just right of it.",
                      "{T}, having {a} just left of it and {b} just right of it."])
    return (shape.format(T=_a(t).capitalize(), t=_a(t), A=_a(a).capitalize(), a=_a(a), b=_a(b)),
            both(rel(a, "left_of", t), rel(b, "right_of", t)))


@family("numeracy", "held")
def num_held_unusual(r, h):
    (s, p) = r.choice(POOLS["animal"][h] + POOLS["object"][h] + ODD[h])
    (w, n) = r.choice(NUMBERS[h])
    shape = r.choice(["{P}, {w} of them in all.", "{P} totalling {w}.", "Some {p} - {w}, to be exact.",
                      "{W} {p} drift slowly through the {set}.", "All through the clip, {w} {p} lie still.",
                      "One {s}, next to it another {s}."])
    total = 2 if shape.startswith("One") else n
    return shape.format(P=_cap(p), p=p, w=w, W=_cap(w), s=s, set=r.choice(SETTING[h])), count(s, total)


# -- a ninth round (space4): instructions ('Show …', 'Generate a video of …'), labels ('colour: red'), counts
# stated as facts ('the number of cats is three'), a group split by colour, relations with a coordinated or
# plural side, things held by a body part, a stressed noun ('the clock itself') --------------------------------
INSTRUCT = ["Show {x}.", "Generate a video of {x}.", "Draw {x}.", "Create a clip showing {x}.", "Render {x}.",
            "Make a short video with {x}.", "Depict {x}.", "Please show {x}.", "Animate {x}.",
            "I want to see {x}.", "A short clip: {x}.", "Video of {x}", "Film {x}, please."]


@family("spatial", "tune")
def sp_instructions(r, h):
    a, kind, b, ph = _odd_spatial(r, h)
    x = f"{_a(a)} {ph} {_a(b)}"
    return r.choice(INSTRUCT).format(x=x), both(rel(a, kind, b), only(a, b))


@family("attribution", "tune")
def att_instructions_and_labels(r, h):
    c1, c2 = r.sample(COLOURS[h] + ODD_COLOURS[h], 2)
    a, b = two_distinct(r, ("animal", "object"), h)
    a, b = a[0], b[0]
    kind = r.random()
    if kind < 0.5:
        x = r.choice(["{a1} {a} and {b1} {b}", "{a1} {a} next to {b1} {b}", "{a1} {a} beside {b1} {b}"]).format(
            a1=_a(c1), a=a, b1=_a(c2), b=b)
        return r.choice(INSTRUCT).format(x=x), both(colour(a, c1), colour(b, c2), only(a, b))
    shape = r.choice(["{A} (colour: {c1}) and {b} (colour: {c2}).", "{A}, colour {c1}; {b}, colour {c2}.",
                      "{A} - {c1}. {B} - {c2}.", "{A} whose colour is {c1}, and {b} whose colour is {c2}.",
                      "{A} ({c1}) next to {b} ({c2}).", "Colours: {a} {c1}, {b} {c2}.",
                      "{A}, the clock-like {c1} one, beside {b}, the {c2} one."])
    if "clock-like" in shape:
        shape = "{A}, a {c1} one, beside {b}, a {c2} one."
    return (shape.format(A=_a(a).capitalize(), a=_a(a) if "Colours" not in shape else "the " + a, B=_cap(_a(b)),
                         b=_a(b) if "Colours" not in shape else "the " + b, c1=c1, c2=c2),
            both(colour(a, c1), colour(b, c2), only(a, b)))


@family("numeracy", "tune")
def num_instructions_and_statements(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h] + [("seven", 7), ("eight", 8), ("ten", 10)]), r.choice(
        POOLS["animal"][h] + POOLS["object"][h] + ODD[h] + BEASTS[h])
    if r.random() < 0.4:
        return r.choice(INSTRUCT).format(x=f"{w} {p}"), count(s, n)
    shape = r.choice(["The number of {p} is {w}.", "The {p} number {w}.", "{P} count: {w}.",
                      "There are {w} {p} in total.", "{W} {p} are present.", "{W} {p} are visible in the {set}.",
                      "A group consisting of {w} {p}.", "A group made up of {w} {p}.", "Count them: {w} {p}.",
                      "{W} {p} in view, no others.", "Exactly {w} {p} and nothing else."])
    return shape.format(p=p, P=_cap(p), w=w, W=_cap(w), set=r.choice(SETTING[h])), count(s, n)


@family("numeracy", "tune")
def num_split_by_property(r, h):
    (s, p) = r.choice(POOLS["animal"][h] + POOLS["object"][h] + ODD[h])
    c1, c2 = r.sample(COLOURS[h], 2)
    n1, n2 = r.choice([(1, 1), (2, 1), (1, 2), (2, 2), (3, 1), (2, 3)])
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
    total = n1 + n2
    shape = r.choice(["{W} {p}: {w1} {c1} and {w2} {c2}.", "{W} {p}, {w1} {c1}, {w2} {c2}.",
                      "There are {w} {p} - {w1} {c1} and {w2} {c2}.", "{W} {p}; {w1} {c1}, the rest {c2}."])
    if "rest" in shape and n2 != total - n1:
        shape = "{W} {p}: {w1} {c1} and {w2} {c2}."
    text = shape.format(W=_cap(words.get(total, str(total))), w=words.get(total, str(total)), p=p, w1=words[n1],
                        w2=words[n2], c1=c1, c2=c2)
    return text, count(s, total)


@family("spatial", "tune")
def sp_coordinated_sides(r, h):
    a, b = two_distinct(r, ("animal", "animal"), h)
    a, b = a[0], b[0]
    c = pick(r, r.choice(["furniture", "landmark", "vehicle"]), h)[0]
    kind = r.choice(["left_of", "right_of", "in_front_of", "behind", "next_to"])
    word = {"left_of": r.choice(LEFT_OF[h]), "right_of": r.choice(RIGHT_OF[h]), "in_front_of": r.choice(FRONT[h]),
            "behind": r.choice(BEHIND[h]), "next_to": r.choice(NEXT[h])}[kind]
    shape = r.choice(["{A} and {b} both sit {w} {c}.", "{A} and {b} are {w} {c}.", "Both {a} and {b} stand {w} {c}.",
                      "{A}, as well as {b}, waits {w} {c}.", "{A} and also {b}: both {w} {c}.",
                      "{W} {c} there are {a} and {b}.", "{A} is {w} {c}, and so is {b}.",
                      "{A} is {w} {c}; {b} is too."])
    text = shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), c=_a(c), w=word, W=_cap(word))
    return text, both(every(a, kind, c), every(b, kind, c), only(a, b, c))


@family("spatial", "tune")
def sp_held_parts_and_stress(r, h):
    holder = r.choice(["dog", "cat", "fox", "horse", "man", "woman", "boy"])
    thing = r.choice(["ball", "cup", "book", "stick", "apple", "flag"])
    part = {"bird": "beak", "man": "hand", "woman": "hands", "boy": "hand"}.get(holder, "mouth")
    b = pick(r, "furniture", h)[0]
    kind = r.choice(["next_to", "in_front_of", "left_of", "right_of"])
    word = {"next_to": "next to", "in_front_of": "in front of", "left_of": "to the left of",
            "right_of": "to the right of"}[kind]
    shape = r.choice(["{H} with {t} in its {pt} sits {w} {b}.", "{H}, {t} in its {pt}, stands {w} {b}.",
                      "{H} holding {t} in its {pt} is {w} {b}.", "{H} {w} {b}, the {hn} itself {c}.",
                      "{H} is {w} {b}, with the {bn} itself {c}."])
    c = r.choice(COLOURS[h])
    if holder in ("man", "woman", "boy"):
        shape = shape.replace(" its ", " his " if holder != "woman" else " her ").replace("{hn} itself", "{bn} itself")
    text = shape.format(H=_a(holder).capitalize(), t=_a(thing), pt=part, w=word, b=_a(b), hn=holder, bn=b, c=c)
    check = [rel(holder, kind, b)]
    if "itself" in shape:
        check.append(colour(holder if "{hn}" in shape else b, c))
        check.append(only(holder, b))
    else:
        check.append(only(holder, thing, b))
    return text, both(*check)


# held-back families of the ninth round (written with the tuning ones above, never debugged: scores only)
@family("numeracy", "held")
def num_held_statements(r, h):
    (w, n), (s, p) = r.choice(NUMBERS[h]), r.choice(POOLS["animal"][h] + ODD[h] + BEASTS[h])
    shape = r.choice(["Produce footage of {w} {p}.", "In total the {set} holds {w} {p}.", "{P}, precisely {w}.",
                      "The {p} present number {w}.", "Visualise {w} {p} resting."])
    return shape.format(w=w, p=p, P=_cap(p), set=r.choice(SETTING[h])), count(s, n)


@family("attribution", "held")
def att_held_labels(r, h):
    c1, c2 = r.sample(COLOURS[h] + ODD_COLOURS[h], 2)
    a, b = r.sample([x[0] for x in POOLS["object"][h] + ODD[h]], 2)
    shape = r.choice(["Produce {a1} {a} beside {b1} {b}.", "{A} [{c1}] and {b} [{c2}].",
                      "{A} and {b}, coloured {c1} and {c2} in that order.", "{A}: {c1}. {B}: {c2}."])
    text = shape.format(a1=_a(c1), a=a, b1=_a(c2), b=b if "{b1}" in shape else _a(b), A=_a(a).capitalize(),
                        B=_a(b).capitalize(), c1=c1, c2=c2)
    return text, both(colour(a, c1), colour(b, c2))


@family("spatial", "held")
def sp_held_coordinated(r, h):
    a, b = two_distinct(r, ("animal", "animal"), h)
    a, b = a[0], b[0]
    c = pick(r, r.choice(["furniture", "landmark"]), h)[0]
    kind = r.choice(["next_to", "behind"])
    word = r.choice(NEXT[h]) if kind == "next_to" else r.choice(BEHIND[h])
    shape = r.choice(["{A} and {b} each rest {w} {c}.", "Not only {a} but also {b} sleeps {w} {c}.",
                      "{A} waits {w} {c}, as does {b}."])
    return shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), c=_a(c), w=word), both(every(a, kind, c),
                                                                                     every(b, kind, c))


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


# -- a sixth round of screenplay passages (tune-screen): the failure kinds of a real short script, phrased as
# many writers phrase them. Words of their own (the held-back half's lists are not used here) -----------------
SCREEN_WORDS = {
    "enter": {"tune": ["comes in", "steps inside", "walks in", "hurries in", "bursts in", "enters the room",
                       "comes in through the door", "strides into the room", "comes back in", "slips in",
                       "appears in the doorway", "wanders in", "returns", "shows up", "walks into the room"],
              "held": ["ambles in", "rushes inside", "sweeps into the room", "marches in", "reappears",
                       "pops in"]},
    "exit": {"tune": ["storms out", "slips away", "walks out", "heads out the door", "hurries off",
                      "leaves the room", "disappears through the door", "goes outside", "walks off", "steps out",
                      "exits", "rushes out of the room", "slips out the back", "walks out the door",
                      "heads for the door and is gone"],
             "held": ["stalks off", "marches out", "wanders away", "ducks out", "bolts out the door"]},
    "put": {"tune": ["sets", "puts", "places", "plunks", "stands", "parks", "dumps", "balances", "plants"],
            "held": ["deposits", "plops", "settles"]},
    "prop": {"tune": ["thermos", "lantern", "jar", "teapot", "parcel", "helmet", "mug", "candle", "tray",
                      "laptop"],
             "held": ["kettle", "radio", "bowl", "briefcase"]},
    "surface": {"tune": ["shelf", "windowsill", "crate", "dresser", "workbench", "nightstand"],
                "held": ["mantel", "trunk", "piano"]},
    "leaned": {"tune": [("bike", "wall"), ("broom", "fence"), ("ladder", "wall"), ("shovel", "door"),
                        ("rifle", "tree")],
               "held": [("umbrella", "doorframe"), ("guitar", "couch")]},
    "hung": {"tune": [("coat", "hook"), ("hat", "peg"), ("jacket", "rack"), ("scarf", "hook")],
             "held": [("cloak", "nail"), ("apron", "peg")]},
    "group": {"tune": ["a handful of kids", "the whole class", "a group of tourists", "a line of commuters",
                       "dozens of fans", "a few regulars", "half a dozen soldiers", "three old men",
                       "a bunch of teenagers", "the rest of the guests", "a knot of reporters",
                       "several nurses", "a gaggle of schoolgirls", "the other customers", "ten or so students"],
              "held": ["a busload of pilgrims", "a swarm of journalists", "the entire choir", "four firemen",
                       "a throng of shoppers"]},
    "creature": {"tune": [("a stray dog", "dog", "quadruped"), ("a crow", "crow", "bird"),
                          ("an old mare", "mare", "quadruped"), ("a zebra", "zebra", "quadruped"),
                          ("a donkey", "donkey", "quadruped"), ("a parrot", "parrot", "bird"),
                          ("a huge elephant", "elephant", "quadruped"), ("a grey pony", "pony", "quadruped"),
                          ("a seagull", "seagull", "bird"), ("a ginger cat", "cat", "quadruped"),
                          ("a black stallion", "stallion", "quadruped"), ("a hen", "hen", "bird")],
                 "held": [("a mule", "mule", "quadruped"), ("a heron", "heron", "bird"),
                          ("a brown bull", "bull", "quadruped"), ("a raven", "raven", "bird")]},
    "heard": {"tune": [("dog", "a dog bark"), ("train", "a train pass"), ("horse", "a horse whinny"),
                       ("baby", "a baby cry"), ("car", "a car pull up"), ("rooster", "a rooster crow")],
              "held": [("cow", "a cow low"), ("truck", "a truck rumble by")]},
    "names": {"tune": [("JOSÉ", "he"), ("ZOË", "she"), ("RENÉE", "she"), ("SØREN", "he"), ("田中", "he"),
                       ("ANNE-MARIE", "she"), ("NGOZI", "she"), ("MÜLLER", "he")],
              "held": [("ÉMILE", "he"), ("李明", "he"), ("BJÖRK", "she"), ("INÊS", "she")]},
}


def _w(r, key, h):
    return r.choice(SCREEN_WORDS[key][h])


def _gendered(r, h):
    she = r.choice([x for x in NAMES[h] if x[1] == "she"])[0]
    he = r.choice([x for x in NAMES[h] if x[1] == "he"])[0]
    return she, he


@family("screenplay", "tune")
def sp6_pronoun_after_dialogue(r, h):
    """'She walks back to her desk and sits.' after a man spoke: her, in many phrasings and both ways round."""
    she, he = _gendered(r, h)
    a, b = (she, he) if r.random() < 0.5 else (he, she)
    pa = "she" if a == she else "he"
    poss = "her" if a == she else "his"
    opener = r.choice([f"{a} works at {poss} desk. {b} leans in the doorway.",
                       f"{a} is at {poss} desk, typing. {b} waits by the door.",
                       f"{b} stands near the door while {a} reads at {poss} desk.",
                       f"{a} and {b} are in the room. {a} sorts papers; {b} watches."])
    line = r.choice(["Coming?", "Are you done yet?", "We need to talk.", "It's late."])
    reply = r.choice(["", f"{a}\n{r.choice(['Not now.', 'In a minute.', 'Go home.'])}\n\n{b}\nFine.\n\n"])
    end = r.choice([f"{pa.capitalize()} walks back to {poss} desk and sits.",
                    f"{pa.capitalize()} turns away and sits down again.",
                    f"{pa.capitalize()} goes back to work.",
                    f"Without a word, {pa} returns to {poss} chair.",
                    f"{pa.capitalize()} sighs, then sits back down at {poss} desk.",
                    f"Slowly {pa} sinks into {poss} chair."])
    text = f"{_heading(r, h)}\n\n{opener}\n\n{b}\n{line}\n\n{reply}{end}\n"
    return text, cast_has(end[:24], a)


@family("screenplay", "tune")
def sp6_hands_it_to_her(r, h):
    """'He hands it to her.': both of them on screen, the giver and the one given to."""
    she, he = _gendered(r, h)
    giver, getter = (he, she) if r.random() < 0.5 else (she, he)
    g, o = ("he", "her") if giver == he else ("she", "him")
    prop = _w(r, "prop", h)
    opener = r.choice([f"{she} and {he} sit across from each other. {giver} picks up the {prop}.",
                       f"{getter} waits at the table. {giver} comes over with a {prop}.",
                       f"{giver} finds the {prop} under a pile of papers while {getter} watches."])
    end = r.choice([f"{g.capitalize()} hands it to {o}.", f"{g.capitalize()} gives it to {o}.",
                    f"{g.capitalize()} passes the {prop} to {o}.", f"{g.capitalize()} slides it across to {o}.",
                    f"{g.capitalize()} holds it out to {o}, and {o} takes it." if o == "her" else
                    f"{g.capitalize()} offers it to {o}."])
    text = f"{_heading(r, h)}\n\n{opener}\n\n{giver}\n{r.choice(['Here.', 'This is yours.', 'Take it.'])}\n\n{end}\n"
    return text, cast_has(end[:16], giver, getter)


@family("screenplay", "tune")
def sp6_all_of_them(r, h):
    """'They sit at a table', 'the two of them', 'both', 'everyone': every one of them on screen."""
    n = r.choice([2, 2, 3])
    people = [x[0] for x in _names(r, h, n)]
    joined = " and ".join(people) if n == 2 else f"{people[0]}, {people[1]} and {people[2]}"
    arrive = r.choice([f"{joined} come in from the cold.", f"{joined} arrive at the house.",
                       f"{joined} wait outside the office.", f"{joined} meet at the door."])
    talk = f"{people[0]}\n{r.choice(['Finally.', 'Sit, please.', 'Well, here we are.'])}\n\n"
    group = r.choice(["They", "The two of them" if n == 2 else "The three of them", "Both of them" if n == 2 else
                      "All three of them", "Together they", "Everyone", "All of them", "They both" if n == 2 else
                      "They all"])
    verb = r.choice(["sit at a table", "sit down at the kitchen table", "take their seats", "sit on the sofa",
                     "sit at a corner table", "gather around the stove", "sit down to eat"])
    if group == "Everyone":
        verb = {"sit at a table": "sits at a table", "sit down at the kitchen table": "sits down at the kitchen table",
                "take their seats": "takes a seat", "sit on the sofa": "sits down", "sit at a corner table":
                "sits at a corner table", "gather around the stove": "gathers around the stove",
                "sit down to eat": "sits down to eat"}[verb]
    end = f"{group} {verb}."
    text = f"{_heading(r, h)}\n\n{arrive}\n\n{talk}{end}\n"
    return text, cast_has(end[:-1], *people)


@family("screenplay", "tune")
def sp6_placing_more(r, h):
    """Putting verbs, particles, pronouns and unknown nouns: the thing lands on the surface, the person does not."""
    (a, g), = _names(r, h, 1)
    poss = "her" if g == "she" else "his"
    verb, prop, surf = _w(r, "put", h), _w(r, "prop", h), _w(r, "surface", h)
    shape = r.choice(["{A} {v} the {p} on the {s}.", "{A} {v} the {p} down on the {s}.",
                      "{A} {v} {poss} {p} on top of the {s}.", "{A} crosses to the {s} and {v} the {p} on it.",
                      "{A}, still in {poss} coat, {v} the {p} on the {s}.",
                      "{A} picks up a {p} and {v} it on the {s}.", "Carefully, {A} {v} the {p} on the {s}.",
                      "{A} walks over and {v} a heavy {p} onto the {s}.",
                      "{A} {v} the {p} on the {s} and steps back.", "On the {s}, {A} {v} a {p}."])
    sent = shape.format(A=a, v=verb, p=prop, s=surf, poss=poss)
    text = f"{_heading(r, h)}\n\n{sent}\n"
    return text, placed_on(sent[:20], prop, surf, a)


@family("screenplay", "tune")
def sp6_lean_and_hang(r, h):
    """'leans the bike against the wall', 'hangs the coat on the hook': the thing is there, not the person."""
    (a, g), = _names(r, h, 1)
    poss = "her" if g == "she" else "his"
    if r.random() < 0.5:
        thing, target = r.choice(SCREEN_WORDS["leaned"][h])
        sent = r.choice([f"{a} leans the {thing} against the {target}.", f"{a} props {poss} {thing} against the "
                         f"{target}.", f"{a} rests the {thing} against the {target} and looks around.",
                         f"{a} comes in and leans {poss} {thing} up against the {target}."])
    else:
        thing, target = r.choice(SCREEN_WORDS["hung"][h])
        sent = r.choice([f"{a} hangs the {thing} on the {target}.", f"{a} hangs {poss} {thing} on a {target} by the "
                         f"door.", f"{a} takes off {poss} {thing} and hangs it on the {target}.",
                         f"{a} hangs up {poss} {thing} on the {target}."])
    text = f"{_heading(r, h)}\n\n{sent}\n"
    return text, placed_at(sent[:18], thing, target, a)


@family("screenplay", "tune")
def sp6_entrances(r, h):
    """Coming in, in many phrasings: absent when the shot starts, there when it ends."""
    (a, _), (b, gb) = _names(r, h, 2)
    phrase = _w(r, "enter", h)
    lead = r.choice([f"{a} waits by the window.", f"{a} sits alone, reading.", f"{a} paces the empty room."])
    line = r.choice(["", f"{a}\n{r.choice(['Where is everyone?', 'Hello?', 'Late again.'])}\n\n"])
    sent = r.choice([f"{b} {phrase}.", f"A moment later, {b} {phrase}.", f"Then {b} {phrase}.",
                     f"{b} {phrase}, out of breath."])
    text = f"{_heading(r, h)}\n\n{lead}\n\n{line}{sent}\n"
    return text, enters_scene(sent[:18], b)


@family("screenplay", "tune")
def sp6_exits(r, h):
    """Going out, in many phrasings, also after dialogue and by pronoun: there at the start, gone at the end."""
    (a, ga), (b, gb) = _names(r, h, 2)
    phrase = _w(r, "exit", h)
    lead = r.choice([f"{a} and {b} argue by the stove.", f"{b} stands by the table. {a} watches from the door.",
                     f"{a} and {b} sit in silence."])
    line = r.choice(["", f"{a}\n{r.choice(['Just go.', 'Get out.', 'Then leave.'])}\n\n"])
    subject = r.choice([b, b, gb.capitalize()]) if ga != gb else b     # a pronoun only where it is clear
    sent = r.choice([f"{subject} {phrase}.", f"Without a word, {subject.lower() if subject in ('He', 'She') else subject} "
                     f"{phrase}.", f"{subject} grabs {'her' if gb == 'she' else 'his'} keys and {phrase}."])
    text = f"{_heading(r, h)}\n\n{lead}\n\n{line}{sent}\n"
    return text, exits_scene(sent[:18], b)


@family("screenplay", "tune")
def sp6_apart_positions(r, h):
    """Positions: one at a desk, the other across the room; the dialogue that follows never pairs them as
    together."""
    (a, ga), (b, gb) = _names(r, h, 2)
    pa = "her" if ga == "she" else "his"
    where = r.choice([f"{b} stands by the window across the room.", f"{b} waits at the far end of the room.",
                      f"{b} keeps {'her' if gb == 'she' else 'his'} distance, over by the door.",
                      f"{b} walks to the other side of the room.", f"{b} sits alone at a table across the room.",
                      f"{b} moves off twenty paces and stops.", f"{b} backs away from {a}."])
    text = (f"{_heading(r, h)}\n\n{a} sits at {pa} desk. {where}\n\n{a}\n{r.choice(['Say something.', 'Well?'])}\n\n"
            f"{b}\n{r.choice(['No.', 'Not here.', 'Later.'])}\n\n{a}\n{r.choice(['Please.', 'Why not?'])}\n")
    return text, apart(where[:20], a, b)


@family("screenplay", "tune")
def sp6_together_two_shot(r, h):
    """Two people at one table: the first dialogue shot frames both."""
    (a, _), (b, _) = _names(r, h, 2)
    where = r.choice([f"{a} and {b} sit together at the bar.", f"{a} sits down next to {b}.",
                      f"{b} joins {a} at the window.", f"{a} and {b} share a bench by the fire.",
                      f"{a} sits beside {b} on the sofa."])
    line = r.choice(["You came back.", "I missed this place.", "It's been years."])
    text = f"{_heading(r, h)}\n\n{where}\n\n{a}\n{line}\n\n{b}\nI know.\n"
    return text, cast_has(line, a, b)


@family("screenplay", "tune")
def sp6_between(r, h):
    """'sits between them' in many phrasings: the one in the middle is between the other two."""
    (a, _), (b, _), (c, gc) = _names(r, h, 3)
    lead = r.choice([f"{a} and {b} sit at the counter.", f"{a} sits on the left, {b} on the right.",
                     f"{a} and {b} wait on the long sofa, a seat apart."])
    sent = r.choice([f"{c} sits down between them.", f"{c} takes the seat between {a} and {b}.",
                     f"{c} stands between the two of them.", f"{c} squeezes in between {a} and {b}.",
                     f"{c} comes over and sits between them.", f"{c} plants {'herself' if gc == 'she' else 'himself'} "
                     f"between {a} and {b}."])
    text = f"{_heading(r, h)}\n\n{lead}\n\n{sent}\n"
    return text, sits_between(sent[:18], c, a, b)


@family("screenplay", "tune")
def sp6_possessive_people(r, h):
    """'her brother', 'Mara's mother': someone else, a person on screen beside the character."""
    (a, g), = _names(r, h, 1)
    poss = "her" if g == "she" else "his"
    rel_ = r.choice(["brother", "mother", "father", "sister", "son", "daughter", "wife", "husband", "uncle", "aunt"])
    sent = r.choice([f"{a} walks in with {poss} {rel_}.", f"{a}'s {rel_} waits by the car.",
                     f"{a.title()}'s {rel_} sits at the table, reading.", f"{a} hugs {poss} {rel_}.",
                     f"{a} and {poss} {rel_} stand at the gate.", f"{_cap(poss)} {rel_} watches {a} from the porch."])
    text = f"EXT. HOUSE - DAY\n\n{a} gets out of a car.\n\n{sent}\n"
    return text, someone_besides(sent[:18], a)


@family("screenplay", "tune")
def sp6_groups(r, h):
    """Groups and crowds in many words: several figures on screen."""
    (a, _), = _names(r, h, 1)
    grp = _w(r, "group", h)
    sent = r.choice([f"{_cap(grp)} wait{'s' if grp.startswith(('the whole', 'a ')) else ''} by the door.",
                     f"{a} walks past {grp}.", f"{a} stands in front of {grp}.",
                     f"Behind {a}, {grp} look{'s' if grp.startswith(('the whole', 'a ')) else ''} on.",
                     f"{a} is surrounded by {grp}."])
    text = f"{_heading(r, h)}\n\n{sent}\n"
    return text, crowd(sent[:18], 3)


@family("screenplay", "tune")
def sp6_creatures(r, h):
    """Animals by kind: four legs, wings; named by the script or someone's."""
    (a, g), = _names(r, h, 1)
    phrase, noun, body = r.choice(SCREEN_WORDS["creature"][h])
    poss = "her" if g == "she" else "his"
    bare = phrase.split(" ", 1)[1]
    sent = r.choice([f"{_cap(phrase)} wanders into the yard.", f"{a} watches {phrase} by the fence.",
                     f"{a}'s {bare} waits by the gate.", f"{a} feeds {poss} {bare}.",
                     f"There is {phrase} in the yard.", f"{_cap(phrase)} stands in the mud, watching {a}."])
    text = f"EXT. FARM - DAY\n\n{sent}\n"
    return text, creature(sent[:18], noun, body)


@family("screenplay", "tune")
def sp6_heard_not_seen(r, h):
    """What is only heard is not on screen: 'we hear a dog bark off-screen', 'the sound of a train'."""
    (a, _), = _names(r, h, 1)
    noun, clause = r.choice(SCREEN_WORDS["heard"][h])
    sent = r.choice([f"We hear {clause} off-screen.", f"Off-screen, we hear {clause}.",
                     f"{a} listens. We hear {clause} in the distance.",
                     f"{a} looks up at the sound of a {noun} outside.", f"The distant sound of a {noun} reaches {a}.",
                     f"{a} freezes. The noise of a {noun} comes from outside."])
    text = f"{_heading(r, h)}\n\n{a} sits by the stove.\n\n{sent}\n"
    return text, unseen(sent[:16], noun, a)


@family("screenplay", "tune")
def sp6_names_any_script(r, h):
    """Names with accents, hyphens, CJK: distinct characters, on screen where the action names them."""
    (a, _), (b, _) = r.sample(SCREEN_WORDS["names"][h], 2)
    ta = a if not a.isupper() else a.title()
    sent = r.choice([f"{ta} smiles at {b.title() if b.isupper() else b}.", f"{ta} sits down across from "
                     f"{b.title() if b.isupper() else b}.", f"{ta} and {b.title() if b.isupper() else b} laugh."])
    text = (f"{_heading(r, h)}\n\n{a} waits at a table. {b} comes in.\n\n{b}\n{r.choice(['Sorry.', 'Hi.'])}\n\n"
            f"{a}\nSit.\n\n{sent}\n")
    return text, cast_named(sent[:14], a, b)


@family("screenplay", "tune")
def sp6_caps_intro(r, h):
    """A CAPS introduction with age and description, later mentions by first name in title case."""
    (a, g), (b, _) = _names(r, h, 2)
    surname = r.choice(["VOSS", "OKAFOR", "LINDQVIST", "MORETTI"])
    desc = r.choice(["a tired nurse", "a retired sailor", "the night manager", "an old friend"])
    intro = r.choice([f"{a} {surname} ({r.choice(['30s', '40s', '62'])}), {desc}, enters.",
                      f"{a} {surname}, {desc}, sits by the door.", f"In the corner sits {a} {surname} (50s)."])
    end = r.choice([f"{a.title()} stands and walks to the window.", f"{a.title()} puts down the phone.",
                    f"{a.title()} looks at {b.title()}."])
    text = f"{_heading(r, h)}\n\n{b} reads a paper.\n\n{intro}\n\n{b}\nEvening.\n\n{end}\n"
    return text, cast_named(end[:16], f"{a} {surname}")


for _fn in (sp6_pronoun_after_dialogue, sp6_hands_it_to_her, sp6_all_of_them, sp6_placing_more, sp6_entrances,
            sp6_exits, sp6_between, sp6_possessive_people, sp6_groups, sp6_creatures, sp6_heard_not_seen):
    FAMILIES.append(("screenplay", "tune", _fn.__name__ + "_reworded", _script_reworded(_fn)))


# held-back families of this round, in the same style and with their own words: scores only, never debugged
@family("screenplay", "held")
def sp6h_pronoun_turns(r, h):
    she, he = _gendered(r, h)
    text = (f"{_heading(r, h)}\n\n{he} polishes glasses behind the counter. {she} counts the till.\n\n{she}\n"
            f"We're short again.\n\n{he}\nI know.\n\nShe closes the drawer and walks over to the window.\n")
    return text, cast_has("closes the drawer", she)


@family("screenplay", "held")
def sp6h_settles_thing(r, h):
    (a, g), = _names(r, h, 1)
    verb, prop, surf = _w(r, "put", h), _w(r, "prop", h), _w(r, "surface", h)
    text = f"{_heading(r, h)}\n\n{a} hurries in and {verb} a {prop} on the {surf}.\n"
    return text, placed_on(f"{verb} a {prop}", prop, surf, a)


@family("screenplay", "held")
def sp6h_group_enters(r, h):
    grp = _w(r, "group", h)
    text = f"EXT. SQUARE - DAY\n\nThe bells ring. {_cap(grp)} cross the square.\n"
    return text, crowd(f"{_cap(grp)} cross", 3)


@family("screenplay", "held")
def sp6h_leaves_after(r, h):
    (a, _), (b, _) = _names(r, h, 2)
    phrase = _w(r, "exit", h)
    text = f"{_heading(r, h)}\n\n{a} and {b} finish their coffee.\n\n{b}\nSee you.\n\n{b} {phrase}.\n"
    return text, exits_scene(f"{b} {phrase}", b)


@family("screenplay", "held")
def sp6h_comes_in(r, h):
    (a, _), (b, _) = _names(r, h, 2)
    phrase = _w(r, "enter", h)
    text = f"{_heading(r, h)}\n\n{a} dozes in an armchair.\n\nSuddenly {b} {phrase}.\n"
    return text, enters_scene(f"{b} {phrase}", b)


@family("screenplay", "held")
def sp6h_creature(r, h):
    phrase, noun, body = r.choice(SCREEN_WORDS["creature"][h])
    text = f"EXT. PASTURE - DAY\n\n{_cap(phrase)} grazes near the trees.\n"
    return text, creature("grazes near", noun, body)


@family("screenplay", "held")
def sp6h_names(r, h):
    (a, _), (b, _) = r.sample(SCREEN_WORDS["names"][h], 2)
    text = f"{_heading(r, h)}\n\n{a} and {b} sit by the fire.\n\n{a}\nCold night.\n\n{b} nods.\n"
    return text, cast_named("nods", b)


# -- a seventh round (tune-screen): objects of pronouns, verbless positions, both arriving, size of creatures --
@family("screenplay", "tune")
def sp7_object_pronouns(r, h):
    """'She hands him the letter', 'He follows her out', 'She kisses him': both on screen."""
    she, he = _gendered(r, h)
    prop = _w(r, "prop", h)
    lead = r.choice([f"{she} and {he} stand in the hall.", f"{he} finds {she} in the kitchen.",
                     f"{she} sits across from {he}."])
    line = r.choice(["", f"{he}\n{r.choice(['Well?', 'Tell me.', 'What is it?'])}\n\n"])
    end = r.choice([f"She hands him the {prop}.", f"He gives her the {prop}.", "She kisses him on the cheek.",
                    "He watches her for a long moment.", "She pushes him away.", "He helps her up.",
                    "She waves him over.", "He pulls her close.", "She looks at him and smiles."])
    text = f"{_heading(r, h)}\n\n{lead}\n\n{line}{end}\n"
    return text, cast_has(end[:14], she, he)


@family("screenplay", "tune")
def sp7_verbless_positions(r, h):
    """'Mara at the bar, Tomas in a booth across the room.': a verbless line of positions; they are apart."""
    (a, _), (b, _) = _names(r, h, 2)
    where = r.choice([f"{a} at the bar, {b} in a booth across the room.",
                      f"{a} by the stove. {b} at the far end of the room, by the door.",
                      f"{a} on one side of the room, {b} on the other.",
                      f"{a} near the window; {b} thirty feet away, at the door."])
    text = (f"{_heading(r, h)}\n\n{where}\n\n{a}\n{r.choice(['You stayed.', 'Come here.'])}\n\n{b}\n"
            f"{r.choice(['I did.', 'No.'])}\n\n{a}\n{r.choice(['Why?', 'Please.'])}\n")
    return text, apart(where[:12], a, b)


@family("screenplay", "tune")
def sp7_arrive_together(r, h):
    """Two come in at once: 'Mara and Tomas come in', 'Mara enters, followed by Tomas'."""
    (a, _), (b, _), (c, _) = _names(r, h, 3)
    sent = r.choice([f"{a} and {b} come in.", f"{a} enters, followed by {b}.", f"{a} and {b} walk in together.",
                     f"{a} comes in with {b}.", f"In come {a} and {b}."])
    text = f"{_heading(r, h)}\n\n{c} is alone, reading.\n\n{sent}\n"
    return text, everyone_enters(sent[:10], a, b)


@family("screenplay", "tune")
def sp7_is_gone(r, h):
    """'When Mara looks up, Tomas is gone.': the one who is gone leaves the shot."""
    (a, _), (b, _) = _names(r, h, 2)
    sent = r.choice([f"When {a} looks up, {b} is gone.", f"{a} turns around. {b} is gone.",
                     f"{b} slips away while {a} is not looking.", f"By the time {a} turns, {b} has gone.",
                     f"{b} vanishes into the night."])
    text = f"EXT. STREET - NIGHT\n\n{a} and {b} walk side by side.\n\n{sent}\n"
    return text, exits_scene(sent[:12], b)


@family("screenplay", "tune")
def sp7_creature_scale(r, h):
    """Large creatures are large: 'An elephant lumbers past Mara', 'a horse stands beside him'."""
    (a, g), = _names(r, h, 1)
    noun = r.choice(["elephant", "horse", "camel", "bull", "giraffe", "moose", "bison", "dragon"])
    sent = r.choice([f"{_a(noun).capitalize()} lumbers past {a}.", f"{a} stands beside {_a(noun)}.",
                     f"{_a('huge ' + noun).capitalize()} looms over {a}.", f"{a} strokes the neck of {_a(noun)}.",
                     f"Next to {a} stands {_a(noun)}, enormous and calm."])
    text = f"EXT. FIELD - DAY\n\n{sent}\n"
    return text, all_of(larger_than(sent[:12], noun, a), creature(sent[:12], noun,
                                                               "winged_quadruped" if noun == "dragon" else "quadruped"))


@family("screenplay", "tune")
def sp7_flocks_and_herds(r, h):
    """'a flock of birds', 'a herd of cows', 'three dogs': several creatures of their kind."""
    (a, _), = _names(r, h, 1)
    group, noun, body = r.choice([("a flock of crows", "crow", "bird"), ("a herd of cows", "cow", "quadruped"),
                                  ("three stray dogs", "dog", "quadruped"), ("a pair of horses", "horse", "quadruped"),
                                  ("a dozen pigeons", "pigeon", "bird"), ("some goats", "goat", "quadruped")
                                  if h == "held" else ("some chickens", "chicken", "bird")])
    sent = r.choice([f"{a} walks past {group}.", f"{_cap(group)} block the road.", f"{a} watches {group} in the field."])
    text = f"EXT. ROAD - DAY\n\n{sent}\n"

    def check(plan, shot=None):
        s = shot_with(plan, sent[:12])
        n = 0
        for eid in on_screen(s):
            e = plan.entity(eid)
            if e.kind == "animal" and (e.attributes.get("noun", e.name).lower().startswith(noun) or
                                       e.name.lower().startswith(noun)):
                need(e.attributes.get("body") == body, f"{noun}: {e.attributes}")
                n += int(e.attributes.get("count", "1"))
        need(n >= 2, f"{n} {noun}s on screen in {s.id}")
    return text, check


@family("screenplay", "tune")
def sp7_walks_her_dog(r, h):
    """'Mara walks her dog', 'his old horse', 'the neighbour's cat': the pet on screen, by its kind."""
    (a, g), = _names(r, h, 1)
    poss = "her" if g == "she" else "his"
    noun = r.choice(["dog", "horse", "cat", "pony", "donkey", "parrot"])
    body = "bird" if noun == "parrot" else "quadruped"
    sent = r.choice([f"{a} walks {poss} {noun} along the fence.", f"{a} brushes {poss} {noun}.",
                     f"The neighbour's {noun} follows {a} home.", f"{a} sits on the step with {poss} {noun}.",
                     f"{a} calls {poss} {noun} over."])
    text = f"EXT. LANE - DAY\n\n{sent}\n"
    return text, all_of(creature(sent[:10], noun, body), cast_has(sent[:10], a))


@family("screenplay", "tune")
def sp7_more_groups(r, h):
    """'Mara and three friends', 'a family of four', 'kids run past', 'half the room stands up'."""
    (a, _), = _names(r, h, 1)
    sent = r.choice([f"{a} arrives with three friends.", "A family of four eats at the next table.",
                     f"Kids run past {a}.", "Half the room stands up.", f"Passers-by stare at {a}.",
                     f"The locals turn to look at {a}.", "A few old men play chess by the window.",
                     "Teenagers crowd around the jukebox."])
    text = f"{_heading(r, h)}\n\n{a} waits by the door.\n\n{sent}\n"
    return text, crowd(sent[:12], 3)


@family("screenplay", "tune")
def sp7_sounds_more(r, h):
    """Sounds that are no props: 'Thunder rumbles', 'footsteps on the stairs', 'the clink of glasses'."""
    (a, _), = _names(r, h, 1)
    noun, sent = r.choice([("stairs", "Footsteps on the stairs."), ("glass", "The clink of a glass somewhere."),
                           ("door", "A door slams off-screen."), ("dog", "A dog barks off-screen."),
                           ("bell", "Somewhere, a church bell rings.") if h == "held" else
                           ("siren", "We hear a siren in the distance."),
                           ("piano", "From the next room comes the sound of a piano.")])
    text = f"{_heading(r, h)}\n\n{a} sits at the table.\n\n{sent}\n"
    return text, unseen(sent[:12], noun, a)


@family("screenplay", "tune")
def sp7_titles_and_names(r, h):
    """Titles and compound names: 'DR. ELENA VOSS', 'JEAN-LUC', "O'BRIEN", 'MCKENZIE', '김민수', 'さくら'."""
    a = r.choice(["DR. AMARA VOSS", "JEAN-LUC", "O'BRIEN", "MCKENZIE", "김민수", "さくら", "MRS. HALE", "DE LA CRUZ"])
    (b, _), = _names(r, h, 1)
    later = {"DR. AMARA VOSS": "Dr. Voss", "MRS. HALE": "Mrs. Hale"}.get(a, a.title() if a.isupper() else a)
    later = {"O'Brien": "O'Brien", "Mckenzie": "McKenzie", "De La Cruz": "De La Cruz"}.get(later, later)
    text = (f"{_heading(r, h)}\n\n{a} sits at a desk.\n\n{b}\n{r.choice(['Morning.', 'You wanted me?'])}\n\n{a}\n"
            f"Sit down.\n\n{b} sits. {later} pushes a file across the desk.\n")
    return text, cast_named("pushes a file", a, b)


for _fn in (sp7_object_pronouns, sp7_arrive_together, sp7_is_gone, sp7_more_groups, sp7_walks_her_dog):
    FAMILIES.append(("screenplay", "tune", _fn.__name__ + "_reworded", _script_reworded(_fn)))


@family("screenplay", "held")
def sp7h_object_pronoun(r, h):
    she, he = _gendered(r, h)
    text = f"{_heading(r, h)}\n\n{he} paces by the fireplace. {she} comes down the stairs.\n\nHe takes her coat.\n"
    return text, cast_has("He takes her coat", she, he)


@family("screenplay", "held")
def sp7h_gone(r, h):
    (a, _), (b, _) = _names(r, h, 2)
    text = f"EXT. PIER - NIGHT\n\n{a} and {b} watch the boats.\n\n{a} glances down at a map. When she looks back, {b} is gone.\n"
    return text, exits_scene("glances down at a map", b)


@family("screenplay", "held")
def sp7h_herd(r, h):
    (a, _), = _names(r, h, 1)
    text = f"EXT. HILLSIDE - DAY\n\n{a} leads a herd of goats up the path.\n"

    def check(plan, shot=None):
        s = shot_with(plan, "herd of goats")
        n = sum(int(plan.entity(e).attributes.get("count", "1")) for e in on_screen(s)
                if plan.entity(e).kind == "animal" and plan.entity(e).attributes.get("body") == "quadruped")
        need(n >= 2, f"{n} goats")
    return text, check


# -- an eighth round (tune-screen): pronouns over several beats, compound props and surfaces, who stays gone ---
@family("screenplay", "tune")
def sp8_pronoun_chain(r, h):
    """'Mara picks up the phone. Tomas comes in. He stops. She hangs up.': each pronoun its own character."""
    she, he = _gendered(r, h)
    a = r.choice(["picks up the phone", "opens a letter", "stirs a pot", "reads the paper"])
    b = r.choice(["comes in", "appears at the door", "walks in"])
    mid = r.choice(["He stops.", "He waits.", "He clears his throat.", "He leans on the doorframe."])
    end = r.choice(["She hangs up.", "She puts it down.", "She doesn't look up.", "She turns to face him.",
                    "Finally she looks at him."])
    text = f"{_heading(r, h)}\n\n{she} {a}.\n\n{he} {b}.\n\n{mid}\n\n{end}\n"
    return text, cast_has(end[:12], she)


@family("screenplay", "tune")
def sp8_compound_things(r, h):
    """'sets the coffee mug on the kitchen table': compound nouns, the thing on the surface, the person not."""
    (a, _), = _names(r, h, 1)
    thing = r.choice([("coffee mug", "mug"), ("tea tray", "tray"), ("laptop", "laptop"), ("picnic basket", "basket"),
                      ("shoe box", "box") if h == "held" else ("flower pot", "pot"), ("soup pot", "pot")])
    surf = r.choice([("kitchen table", "table"), ("coffee table", "table"), ("writing desk", "desk"),
                     ("bedside table", "table"), ("front desk", "desk")])
    verb = r.choice(["sets", "puts", "places", "plunks", "lowers"])
    sent = r.choice([f"{a} {verb} the {thing[0]} on the {surf[0]}.", f"{a} {verb} a {thing[0]} on the {surf[0]}.",
                     f"{a} {verb} the heavy {thing[0]} down on the {surf[0]}."])
    text = f"{_heading(r, h)}\n\n{a} comes in.\n\n{sent}\n"
    return text, placed_on(sent[:20], thing[1], surf[1], a)


@family("screenplay", "tune")
def sp8_stays_gone(r, h):
    """Who left is not in the shots after, until they speak or return."""
    (a, ga), (b, gb) = _names(r, h, 2)
    exit_ = _w(r, "exit", h)
    text = (f"{_heading(r, h)}\n\n{a} and {b} argue by the window.\n\n{b} {exit_}.\n\n{a} sits down alone.\n\n"
            f"{a}\n{r.choice(['Good riddance.', 'Fine.', 'Typical.'])}\n")
    return text, absent_after(f"{b} {exit_}", b)


@family("screenplay", "tune")
def sp8_described_people(r, h):
    """'A WOMAN (40s) enters', 'an OLD MAN in a raincoat': people by description, later 'she' / 'the woman'."""
    (a, _), = _names(r, h, 1)
    who, pron = r.choice([("A WOMAN (40s)", "she"), ("AN OLD MAN in a raincoat", "he"), ("A YOUNG GIRL", "she"),
                          ("A TALL STRANGER", "he"), ("TWO POLICEMEN", "they")])
    first = r.choice(["enters", "comes in", "walks in from the street"])
    if pron == "they":
        first = {"enters": "enter", "comes in": "come in", "walks in from the street": "walk in from the street"}[first]
    s_ = "" if pron == "they" else "s"
    then = r.choice([f"{pron.capitalize()} sit{s_} at the end of the bar.", f"{pron.capitalize()} look{s_} around.",
                     f"{pron.capitalize()} take{s_} off {'their' if pron == 'they' else 'his' if pron == 'he' else 'her'}"
                     f" hat{'s' if pron == 'they' else ''}."])
    text = f"{_heading(r, h)}\n\n{a} wipes the counter.\n\n{who} {first}.\n\n{then}\n"
    least = 2 if pron == "they" else 1

    def check(plan, shot=None):
        s = shot_with(plan, then[:10])
        figs = sum(int(plan.entity(e).attributes.get("count", "1")) for e in on_screen(s)
                   if plan.entity(e).kind == "person" and e != a.lower())
        need(figs >= least, f"{figs} described people on screen in {s.id} ({sorted(on_screen(s))})")
    return text, check


@family("screenplay", "tune")
def sp8_hug_them_both(r, h):
    """Object groups: 'hugs them both', 'waves at all of them', 'looks at each of them': everyone on screen."""
    (a, _), (b, _), (c, _) = _names(r, h, 3)
    end = r.choice([f"{a} hugs them both.", f"{a} waves at both of them.", f"{a} looks at the two of them.",
                    f"{a} shakes hands with each of them.", f"{a} glares at them both."])
    text = f"{_heading(r, h)}\n\n{b} and {c} wait by the door.\n\n{a} comes in.\n\n{end}\n"
    return text, cast_has(end[:12], a, b, c)


@family("screenplay", "tune")
def sp8_animal_its(r, h):
    """'The dog wags its tail', 'her horse snorts', 'a crow caws from the fence': the creature, not a person."""
    (a, g), = _names(r, h, 1)
    noun, body = r.choice([("dog", "quadruped"), ("horse", "quadruped"), ("crow", "bird"), ("cat", "quadruped"),
                           ("rooster", "bird"), ("cow", "quadruped")])
    sent = r.choice([f"The {noun} wags its tail.", f"The {noun} lifts its head.", f"A {noun} watches {a} from the fence.",
                     f"{a} pats the {noun} on the head.", f"The old {noun} follows {a} everywhere."])
    text = f"EXT. YARD - DAY\n\n{a} crosses the yard.\n\n{sent}\n"
    return text, creature(sent[:14], noun, body)


for _fn in (sp8_pronoun_chain, sp8_compound_things, sp8_described_people, sp8_hug_them_both):
    FAMILIES.append(("screenplay", "tune", _fn.__name__ + "_reworded", _script_reworded(_fn)))


@family("screenplay", "held")
def sp8h_pronoun_chain(r, h):
    she, he = _gendered(r, h)
    text = (f"{_heading(r, h)}\n\n{he} waters the plants.\n\n{she} hurries in, soaked.\n\nHe hands her a towel.\n\n"
            f"She dries her hair.\n")
    return text, cast_has("She dries her hair", she)


@family("screenplay", "held")
def sp8h_gone(r, h):
    (a, _), (b, _) = _names(r, h, 2)
    text = f"{_heading(r, h)}\n\n{a} and {b} play cards.\n\n{b} marches out.\n\n{a} shuffles the deck.\n"
    return text, absent_after(f"{b} marches out", b)


# -- a ninth round (tune-screen): names never in capitals, curly apostrophes, named pets, more ways in and out --
@family("screenplay", "tune")
def sp9_title_case_names(r, h):
    """Writers who never capitalise a name in action: 'Mara reads at her desk. Tomas leans on the door.'"""
    she, he = _gendered(r, h)
    s_, h_ = she.title(), he.title()
    text = (f"{_heading(r, h)}\n\n{s_} reads at her desk. {h_} leans on the door.\n\n{he}\n"
            f"{r.choice(['Lunch?', 'You coming?', 'Still here?'])}\n\n"
            + r.choice([f"She shakes her head. {h_} shrugs and leaves.\n",
                        f"{s_} ignores him. He shrugs and leaves.\n",
                        "She waves him off. He goes.\n"]))
    marker = "shrugs and leaves" if "shrugs" in text else "He goes"
    return text, exits_scene(marker, he)


@family("screenplay", "tune")
def sp9_curly_possessive(r, h):
    """'Mara’s dog' with a typographic apostrophe, 'the Okafors’ cat': the pet, by its kind."""
    (a, g), = _names(r, h, 1)
    noun = r.choice(["dog", "cat", "horse", "goat" if h == "held" else "pony", "parrot"])
    body = "bird" if noun == "parrot" else "quadruped"
    sent = r.choice([f"{a.title()}’s {noun} sleeps by the door.", f"The neighbours’ {noun} wanders over.",
                     f"{a}’s old {noun} lifts its head.", f"{a.title()}’s {noun} barks at the mailman."
                     if noun == "dog" else f"{a.title()}’s {noun} watches the road."])
    text = f"EXT. PORCH - DAY\n\n{a} sits on the steps.\n\n{sent}\n"
    return text, creature(sent[:10], noun, body)


@family("screenplay", "tune")
def sp9_named_pet(r, h):
    """'BUSTER, a scruffy terrier, naps by the stove.': a named animal is an animal, not a person."""
    (a, _), = _names(r, h, 1)
    pet, kind, body = r.choice([("BUSTER", "terrier", "quadruped"), ("DUKE", "old horse", "quadruped"),
                                ("PEPPER", "grey cat", "quadruped"), ("CAPTAIN", "parrot", "bird"),
                                ("BISCUIT", "beagle", "quadruped"), ("ROSIE", "cow", "quadruped")])
    intro = r.choice([f"{pet}, a scruffy {kind}, naps by the stove.", f"{pet} (a {kind}) naps by the stove.",
                      f"{pet}, {a.title()}'s {kind}, naps by the stove."])
    text = f"INT. FARMHOUSE - DAY\n\n{a} reads the paper.\n\n{intro}\n\n{a}\nLazy thing.\n\n{pet.title()} yawns.\n"

    def check(plan, shot=None):
        s = shot_with(plan, "yawns")
        animals = [plan.entity(e) for e in on_screen(s) if plan.entity(e).kind == "animal"]
        need(animals and animals[0].attributes.get("body") == body,
             f"no {body} on screen in {s.id} ({[(plan.entity(e).name, plan.entity(e).kind) for e in on_screen(s)]})")
        need(all(o.keypoints is None for kf in s.keyframes for o in kf.objects if o.entity == animals[0].id),
             "the pet drawn with a skeleton")
    return text, check


@family("screenplay", "tune")
def sp9_more_exits(r, h):
    """'heads upstairs', 'leaves through the back door', 'exits the room', 'walks away down the corridor'."""
    (a, _), (b, gb) = _names(r, h, 2)
    phrase = r.choice(["heads upstairs", "leaves through the back door", "exits the room", "is out the door",
                       "walks away down the corridor", "hurries off down the hall", "disappears into the night",
                       "slams the door behind her" if gb == "she" else "slams the door behind him",
                       "walks out without a word", "takes her coat and goes" if gb == "she" else
                       "takes his coat and goes"])
    text = f"{_heading(r, h)}\n\n{a} and {b} stand by the fire.\n\n{a}\nGo, then.\n\n{b} {phrase}.\n"
    if "slams the door" in phrase:
        text = text.replace(f"{b} {phrase}.", f"{b} walks out and {phrase}.")
    return text, exits_scene(f"{b} {'walks out and ' if 'slams' in phrase else ''}{phrase}"[:20], b)


@family("screenplay", "tune")
def sp9_more_entrances(r, h):
    """'enters the kitchen', 'bursts through the door', 'walks into the office', 'steps in from the rain'."""
    (a, _), (b, _) = _names(r, h, 2)
    phrase = r.choice(["enters the kitchen", "bursts through the door", "walks into the office",
                       "steps in from the rain", "comes through the back door", "hurries into the room",
                       "arrives, out of breath", "pushes the door open and walks in", "sweeps in",
                       "strolls in, whistling"])
    text = f"{_heading(r, h)}\n\n{a} sorts the mail alone.\n\n{b} {phrase}.\n"
    return text, enters_scene(f"{b} {phrase}"[:20], b)


@family("screenplay", "tune")
def sp9_three_in_a_room(r, h):
    """Two together at a table, one across the room: the lines between the two at the table share a two-shot,
    the one across the room never shares a frame side by side with them."""
    (a, _), (b, _), (c, _) = _names(r, h, 3)
    text = (f"{_heading(r, h)}\n\n{a} and {b} sit together at a table. {c} sits alone at the far end of the room.\n\n"
            f"{c}\n{r.choice(['Hey!', 'Over here.'])}\n\n{a}\n{r.choice(['Ignore him.', 'Ignore her.'])}\n\n{b}\n"
            f"I'm trying.\n")
    return text, apart(f"{c} sits alone at the far", a, c)


@family("screenplay", "tune")
def sp9_more_crowds(r, h):
    """'People dance', 'the guests mingle', 'some kids', 'a sea of faces', 'dozens of people'."""
    (a, _), = _names(r, h, 1)
    sent = r.choice(["People dance around the fire.", "The guests mingle by the buffet.",
                     f"Some kids kick a ball past {a}.", f"{a} scans a sea of faces.", "Dozens of people wait in line.",
                     f"Shoppers hurry past {a}.", f"Strangers jostle {a} on the platform.",
                     "Couples sway on the dance floor."])
    text = f"INT. STATION - NIGHT\n\n{a} stands still.\n\n{sent}\n"
    return text, crowd(sent[:12], 3)


for _fn in (sp9_title_case_names, sp9_named_pet, sp9_more_exits, sp9_more_entrances, sp9_more_crowds):
    FAMILIES.append(("screenplay", "tune", _fn.__name__ + "_reworded", _script_reworded(_fn)))


@family("screenplay", "held")
def sp9h_named_pet(r, h):
    (a, _), = _names(r, h, 1)
    text = f"EXT. STABLE - DAY\n\n{a} brushes WILLOW, a chestnut mare.\n\nWillow stamps a hoof.\n"
    return text, _named_creature("stamps", "quadruped")


def _named_creature(marker, body):
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        animals = [plan.entity(e) for e in on_screen(s) if plan.entity(e).kind == "animal"]
        need(animals and animals[0].attributes.get("body") == body, f"no {body} on screen in {s.id}")
    return check


@family("screenplay", "held")
def sp9h_exit(r, h):
    (a, _), (b, gb) = _names(r, h, 2)
    text = (f"{_heading(r, h)}\n\n{a} and {b} finish the dishes.\n\n{b} dries {'her' if gb == 'she' else 'his'} hands "
            f"and heads out the side door.\n")
    return text, exits_scene("dries her hands", b)


# -- a tenth round (tune-screen): appositions, introduced groups referred to again, 'the two of them' among more --
@family("screenplay", "tune")
def sp10_apposition(r, h):
    """"Leo's sister, JUNE, bursts in", 'JUNE, his sister, …', 'Her grandfather, ELI (70s), …': one person."""
    (a, ga), (b, gb) = _names(r, h, 2)
    rel_ = {"she": r.choice(["sister", "mother", "aunt", "wife"]), "he": r.choice(["brother", "father", "uncle"])}[gb]
    poss = "her" if ga == "she" else "his"
    sent = r.choice([f"{a.title()}'s {rel_}, {b}, bursts in.", f"{b}, {poss} {rel_}, comes in.",
                     f"{_cap(poss)} {rel_}, {b} ({r.choice(['40s', '70s', '50'])}), walks in.",
                     f"{b} ({r.choice(['30s', '60s'])}), {a.title()}'s {rel_}, steps inside."])
    text = f"{_heading(r, h)}\n\n{a} sits alone at the table.\n\n{sent}\n"

    def check(plan, shot=None):
        s = shot_with(plan, sent[:10])
        people = [e for e in on_screen(s) if plan.entity(e).kind == "person"]
        need(b.lower() in people, f"{b} not on screen in {s.id} ({people})")
        need(len(people) <= 2, f"the {rel_} drawn beside {b}: {people}")
    return text, check


@family("screenplay", "tune")
def sp10_group_again(r, h):
    """'two TRUCKERS eat at a booth … the truckers get up and leave': the introduced group, not new people."""
    (a, _), = _names(r, h, 1)
    who, again = r.choice([("two TRUCKERS", "truckers"), ("three NUNS", "nuns"), ("two OLD MEN", "old men"),
                           ("four STUDENTS", "students"), ("two COPS", "cops")])
    text = (f"{_heading(r, h)}\n\n{a} wipes the counter. At a booth, {who} eat in silence.\n\n{a}\nMore coffee?\n\n"
            f"The {again} get up and leave.\n")

    def check(plan, shot=None):
        s = shot_with(plan, f"The {again} get up")
        people = [e for e in on_screen(s) if plan.entity(e).kind == "person" and e != a.lower()]
        need(len(people) == 1, f"the {again} drawn twice over in {s.id}: {people}")
        boxes = track(s, people[0])
        need(boxes[0] is not None and boxes[-1] is None, f"the {again} do not leave: {boxes}")
    return text, check


@family("screenplay", "tune")
def sp10_two_of_them_among_more(r, h):
    """'The two of them stare at each other' with a third person in the room: the two latest, not everyone."""
    (a, _), (b, _), (c, _) = _names(r, h, 3)
    text = (f"{_heading(r, h)}\n\n{c} dries glasses behind the counter.\n\n{a} comes in. {b} looks up from a table."
            f"\n\n{b}\n{r.choice(['You came.', 'Well, well.'])}\n\n"
            + r.choice(["The two of them stare at each other.\n", "Both of them freeze.\n",
                        "The two of them say nothing for a long moment.\n"]))
    marker = "The two of them" if "two of them" in text else "Both of them"
    return text, cast_has(marker, a, b, without=(c,))


@family("screenplay", "tune")
def sp10_speaks_to_one(r, h):
    """A line spoken where one person and a group are present: the two-shot pairs the speaker with the person."""
    (a, _), (b, _) = _names(r, h, 2)
    grp = r.choice(["two TRUCKERS eat at a booth", "a few REGULARS play cards", "three OLD MEN argue by the window"])
    line = r.choice(["Coffee, black.", "Is the kitchen open?", "One more, please."])
    text = (f"{_heading(r, h)}\n\n{a} wipes the bar. {_cap(grp)}.\n\n{b} comes in and sits at the bar.\n\n{b}\n{line}\n")
    return text, cast_has(line, a, b)


for _fn in (sp10_apposition, sp10_group_again, sp10_two_of_them_among_more):
    FAMILIES.append(("screenplay", "tune", _fn.__name__ + "_reworded", _script_reworded(_fn)))


# -- an eleventh round (tune-screen): creatures by scale, 'all the guests', names in other scripts --------------
def _size_vs(marker, noun, name, bigger_one):
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        ids = [e for e in on_screen(s) if plan.entity(e).name.lower().endswith(noun)]
        need(ids, f"no {noun} on screen in {s.id} ({sorted(on_screen(s))})")
        A, B = track(s, ids[0]), track(s, name.lower())
        pairs = [(x, y) for x, y in zip(A, B) if x is not None and y is not None]
        need(pairs, f"{noun} and {name} never together in {s.id}")
        ok = all((area(x) > area(y)) == bigger_one for x, y in pairs)
        need(ok, f"{noun} {'not bigger' if bigger_one else 'not smaller'} than {name}")
    return check


@family("screenplay", "tune")
def sp11_creature_scale(r, h):
    """'A DRAGON, in full scale, lands beside Mara', 'a tiny mouse runs past Mara': size by kind and by words."""
    (a, _), = _names(r, h, 1)
    noun, big, body = r.choice([("dragon", True, "winged_quadruped"), ("bear", True, "quadruped"),
                                ("mouse", False, "quadruped"), ("elephant", True, "quadruped"),
                                ("rabbit", False, "quadruped"), ("unicorn", True, "quadruped"),
                                ("sparrow", False, "bird"), ("horse", True, "quadruped")])
    sent = r.choice([f"{_a(noun).capitalize()} appears beside {a}.", f"{a} freezes. {_a(noun).capitalize()} is right "
                     f"next to {a if r.random() < 0.5 else 'her' if a in ('MARA', 'ELENA', 'LUCIA') else 'him'}.",
                     f"Next to {a}, {_a(noun)} waits.", f"{a} kneels beside {_a(noun)}."])
    if noun == "dragon":
        sent = r.choice([f"A DRAGON, in full scale, lands beside {a}.", f"A dragon lands next to {a}."])
    text = f"EXT. MEADOW - DAY\n\n{sent}\n"
    return text, all_of(creature(sent[:10], noun, body), _size_vs(sent[:10], noun, a, big))


@family("screenplay", "tune")
def sp11_all_the_guests(r, h):
    """'All the guests leave', 'every customer turns', 'each of the patrons raises a glass': many figures."""
    (a, _), = _names(r, h, 1)
    who = r.choice(CROWD[h])
    sing = who[:-1]
    sent = r.choice([f"All the {who} turn to look.", f"Every {sing} in the room turns.",
                     f"Each of the {who} raises a glass.", f"The {who} all stand up.", f"All of the {who} fall silent.",
                     f"The other {who} stop talking."])
    text = f"INT. RESTAURANT - NIGHT\n\n{a} stands up and taps a glass.\n\n{sent}\n"
    return text, crowd(sent[:12], 3)


@family("screenplay", "tune")
def sp11_names_scripts(r, h):
    """Names in other scripts and with accents, as cues and in action: 'MARÍA', 'ÁLVARO', '王芳', 'Ольга'."""
    a, b = r.sample(["MARÍA", "ÁLVARO", "NOËL", "王芳", "ОЛЬГА", "JÜRGEN", "FRANÇOIS", "ŁUKASZ"], 2)
    ta = a.title() if a.isupper() and a.isalpha() else a
    end = r.choice([f"{ta} hands {b.title() if b.isupper() else b} a cup.", f"{ta} and {b.title() if b.isupper() else b}"
                    f" sit down.", f"{ta} watches {b.title() if b.isupper() else b} leave."])
    text = (f"{_heading(r, h)}\n\n{a} pours tea. {b} waits at the table.\n\n{b}\n{r.choice(['Thank you.', 'Enough.'])}"
            f"\n\n{end}\n")
    return text, cast_named(end[:6], a, b)


for _fn in (sp11_creature_scale, sp11_all_the_guests, sp11_names_scripts):
    FAMILIES.append(("screenplay", "tune", _fn.__name__ + "_reworded", _script_reworded(_fn)))


# -- a twelfth round (tune-screen): pronouns beside names in one beat, things that leave, people who stay --------
@family("screenplay", "tune")
def sp12_pronoun_beside_name(r, h):
    """'He freezes. Mara appears at the end of the aisle.': the pronoun's man is on screen with her."""
    she, he = _gendered(r, h)
    a, b, pa = (he, she, "He") if r.random() < 0.5 else (she, he, "She")
    verb = r.choice(['freezes', 'stops dead', 'turns around', 'spins round'])
    text = (f"{_heading(r, h)}\n\n{a} tiptoes past the shelves.\n\n{b} (O.S.)\n{a.title()}!\n\n"
            f"{pa} {verb}. {b.title()} "
            f"{r.choice(['appears at the end of the aisle', 'steps out from behind a shelf', 'stands in the doorway'])}.\n")
    return text, cast_has(f"{pa} {verb}", a, b)


@family("screenplay", "tune")
def sp12_thing_leaves(r, h):
    """'The cat slips out', 'The bus pulls away': a thing goes; the character who was there stays."""
    (a, g), = _names(r, h, 1)
    thing = r.choice(["The cat slips out through the window.", "The dog runs off.", "The frog hops out.",
                      "The taxi drives away." if h == "held" else "The car drives off.", "The bird flies out."])
    text = (f"{_heading(r, h)}\n\n{a} opens the window. {thing}\n\n{a}\n{r.choice(['Good riddance.', 'Bye, then.'])}\n\n"
            f"{a} {r.choice(['sits back down', 'closes the window', 'shakes her head' if g == 'she' else 'shakes his head'])}.\n")
    return text, _stays(f"{a} opens the window", a)


def _stays(marker, name):
    """`name` is on screen at the end of the marked shot and in the next one of the scene."""
    def check(plan, shot=None):
        s0 = shot_with(plan, marker)
        boxes = track(s0, name.lower())
        need(boxes[-1] is not None, f"{name} gone at the end of {s0.id}: {boxes}")
        later = [s for s in plan.shots if s.scene == s0.scene and s.id > s0.id]
        need(later and name.lower() in on_screen(later[0]), f"{name} missing after {s0.id}")
    return check


@family("screenplay", "tune")
def sp12_hands_across(r, h):
    """'Kofi hands her the jar. She places it on the windowsill.': the giver's 'her' is the other one, and she
    is on screen placing it."""
    she, he = _gendered(r, h)
    prop, surf = _w(r, "prop", h), _w(r, "surface", h)
    text = (f"{_heading(r, h)}\n\n{she} and {he} stand by the {surf}.\n\n{he.title()} hands her the {prop}.\n\n"
            f"She places it carefully on the {surf}.\n")
    return text, all_of(cast_has("She places it", she), placed_on("She places it", prop, surf, she))


for _fn in (sp12_pronoun_beside_name, sp12_thing_leaves, sp12_hands_across):
    FAMILIES.append(("screenplay", "tune", _fn.__name__ + "_reworded", _script_reworded(_fn)))


@family("screenplay", "tune")
def sp12_titled_name(r, h):
    """'ROSA and her son MATEO queue', 'Detective HARRIS waits', 'the waiter LUIS': one person each."""
    (a, ga), (b, gb) = _names(r, h, 2)
    poss = "her" if ga == "she" else "his"
    rel_ = {"she": r.choice(["daughter", "sister", "wife"]), "he": r.choice(["son", "brother", "husband"])}[gb]
    sent = r.choice([f"{a} and {poss} {rel_} {b} queue at the gate.", f"{a} waits with {poss} {rel_} {b}.",
                     f"Detective {b} questions {a}.", f"The waiter {b} brings {a} the bill." if gb == "he" else
                     f"The waitress {b} brings {a} the bill."])
    text = f"{_heading(r, h)}\n\n{sent}\n"

    def check(plan, shot=None):
        s = shot_with(plan, sent[:12])
        people = sorted(e for e in on_screen(s) if plan.entity(e).kind == "person")
        need(people == sorted([a.lower(), b.lower()]), f"want {a} and {b}, have {people}")
    return text, check


FAMILIES.append(("screenplay", "tune", "sp12_titled_name_reworded", _script_reworded(sp12_titled_name)))


@family("screenplay", "tune")
def sp12_counted_strangers(r, h):
    """'Two or three patients doze in the corner', 'three guards stand at the gate' next to a named character:
    new people, drawn, not the character."""
    (a, _), = _names(r, h, 1)
    grp, n = r.choice([("Two or three patients", 2), ("Three guards", 3), ("Two nurses", 2), ("Four soldiers", 4),
                       ("Two old women", 2), ("A couple of kids", 2)])
    text = f"{_heading(r, h)}\n\n{a} waits by the desk. {grp} {r.choice(['doze', 'sit', 'chat'])} in the corner.\n"

    def check(plan, shot=None):
        s = shot_with(plan, grp[:10])
        figs = sum(int(plan.entity(e).attributes.get("count", "1")) for e in on_screen(s)
                   if plan.entity(e).kind == "person" and e != a.lower())
        need(figs >= n and a.lower() in on_screen(s), f"{figs} others beside {a} in {s.id} ({sorted(on_screen(s))})")
    return text, check


FAMILIES.append(("screenplay", "tune", "sp12_counted_strangers_reworded", _script_reworded(sp12_counted_strangers)))


@family("screenplay", "tune")
def sp12_group_enters(r, h):
    """'The first customers of the day shuffle in', 'three men in suits enter', 'a group of kids files in':
    people who were not there at the start are there at the end."""
    (a, _), = _names(r, h, 1)
    sent = r.choice(["The first customers of the day shuffle in.", "Three men in suits enter.",
                     "A group of kids files in.", "Two soldiers come through the door.", "Some tourists wander in.",
                     "The other guests arrive.", "A handful of students hurry inside."])
    text = f"{_heading(r, h)}\n\n{a} unlocks the door and turns on the lights.\n\n{sent}\n"

    def check(plan, shot=None):
        s = shot_with(plan, sent[:12])
        others = [e for e in on_screen(s) if plan.entity(e).kind == "person" and e != a.lower()]
        need(others, f"no one comes in ({sorted(on_screen(s))})")
        for e in others:
            boxes = track(s, e)
            need(boxes[0] is None and boxes[-1] is not None, f"{e} should come in: {boxes}")
    return text, check


FAMILIES.append(("screenplay", "tune", "sp12_group_enters_reworded", _script_reworded(sp12_group_enters)))


@family("screenplay", "tune")
def sp12_out_of_vehicle(r, h):
    """'The car stops. Mara gets out.', 'A bus pulls in and the guests pile out': out of a vehicle is into the
    scene."""
    (a, _), = _names(r, h, 1)
    veh = r.choice(["car", "bus", "truck", "van" if h == "held" else "jeep"])
    if r.random() < 0.5:
        sent = r.choice([f"{a} gets out.", f"{a} climbs out of the {veh}.", f"{a} steps out of the {veh}.",
                         f"{a} jumps down from the {veh}."])
        text = f"EXT. ROAD - DAY\n\nThe {veh} stops by the fence.\n\n{sent}\n" if "gets out." not in sent else \
            f"EXT. ROAD - DAY\n\nThe {veh} stops by the fence. {sent}\n"
        return text, enters_scene(sent[:12], a)
    who = r.choice(CROWD[h])
    sent = r.choice([f"The {who} pile out.", f"All the {who} climb out.", f"The {who} get off one by one."])
    text = f"EXT. ROAD - DAY\n\nA {veh} pulls in.\n\n{sent}\n"

    def check(plan, shot=None):
        s = shot_with(plan, sent[:12])
        ppl = [e for e in on_screen(s) if plan.entity(e).kind == "person"]
        need(ppl and sum(int(plan.entity(e).attributes.get("count", "1")) for e in ppl) >= 3, f"no crowd: {ppl}")
        need(all(track(s, e)[0] is None and track(s, e)[-1] is not None for e in ppl), "the crowd does not come out")
    return text, check



# -- a thirteenth round (screen3): who comes and goes within one paragraph, groups named again, getting out of
# vehicles, lists after a colon, people known only by description, hand-offs, positions by furniture and people,
# voices heard off screen ---------------------------------------------------------------------------------------
def leaves_and_returns(marker, name):
    """In one shot `name` is there at the start, gone for a while, and back at the end."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        boxes = track(s, name.lower())
        need(boxes[0] is not None and boxes[-1] is not None, f"{name} not there at both ends of {s.id}: {boxes}")
        need(any(b is None for b in boxes[1:-1]), f"{name} never away in {s.id}: {boxes}")
    return check


def same_group(first, later, noun):
    """A group named again ('the goats') is the group the scene introduced, not new figures."""
    def check(plan, shot=None):
        s0, s1 = shot_with(plan, first), shot_with(plan, later)
        def ours(s):
            return {e for e in on_screen(s) if plan.entity(e).name.lower().startswith(noun[:4])
                    or plan.entity(e).attributes.get("noun", "").startswith(noun[:4])}
        a, b = ours(s0), ours(s1)
        need(a, f"no {noun} on screen in {s0.id} ({sorted(on_screen(s0))})")
        need(b, f"no {noun} on screen in {s1.id} ({sorted(on_screen(s1))})")
        need(b <= a, f"the {noun} of {s1.id} {sorted(b)} are not the ones of {s0.id} {sorted(a)}")
    return check


def out_of_vehicle(marker, name, vehicle):
    """Getting out of a vehicle: absent at first, first seen at the vehicle, there at the end."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        boxes = track(s, name.lower())
        need(boxes[0] is None and boxes[-1] is not None, f"{name} should come out in {s.id}: {boxes}")
        vid = [e for e in on_screen(s) if plan.entity(e).name.lower() == vehicle]
        need(vid, f"no {vehicle} on screen in {s.id} ({sorted(on_screen(s))})")
        k = next(i for i, b in enumerate(boxes) if b is not None)
        v, p = track(s, vid[0])[k], boxes[k]
        need(v is not None and min(v[2], p[2]) - max(v[0], p[0]) > 0.3 * (p[2] - p[0]),
             f"{name} first seen at {p}, not at the {vehicle} {v}")
    return check


def people_exactly(marker, names, extra):
    """The named characters on screen and exactly `extra` other person figures (a list is not more people)."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        seen = on_screen(s)
        for n in names:
            need(n.lower() in seen, f"{n} not on screen in {s.id} ({sorted(seen)})")
        others = sum(int(plan.entity(e).attributes.get("count", "1")) for e in seen
                     if plan.entity(e).kind == "person" and e not in {n.lower() for n in names})
        need(others == extra, f"{others} other people in {s.id}, want {extra} ({sorted(seen)})")
    return check


def same_person(first, later):
    """The one person known by description in `first` is the one of `later` ('a tall woman', then 'the woman')."""
    def check(plan, shot=None):
        s0, s1 = shot_with(plan, first), shot_with(plan, later)
        named = {n.lower() for n, _ in NAMES["tune"] + NAMES["held"]}
        p0 = {e for e in on_screen(s0) if plan.entity(e).kind == "person" and e not in named}
        p1 = {e for e in on_screen(s1) if plan.entity(e).kind == "person" and e not in named}
        need(len(p1) == 1 and p1 <= p0, f"{sorted(p1)} in {s1.id} are not the one of {s0.id} {sorted(p0)}")
    return check


def thing_with(marker, name, noun):
    """A handed thing goes with its new holder: both on screen in the marked shot."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        seen = on_screen(s)
        need(name.lower() in seen, f"{name} not on screen in {s.id} ({sorted(seen)})")
        need(any(plan.entity(e).name.lower() == noun for e in seen), f"no {noun} in {s.id} ({sorted(seen)})")
    return check


def facing_across(marker, a, b, across):
    """'sits across from' puts the two on either side of the frame, 'kneels beside' next to each other."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        last = {o.entity: o.box for o in s.keyframes[-1].objects}
        need(a.lower() in last and b.lower() in last, f"{a}/{b} not both in the last keyframe of {s.id}")
        x, y = last[a.lower()], last[b.lower()]
        if across:
            need(abs(cx(x) - cx(y)) > 0.25, f"{a} and {b} not across from each other: {x} {y}")
        else:
            need(_gap(x, y) < 0.12 and abs(cx(x) - cx(y)) < 0.45, f"{a} not beside {b}: {x} {y}")
    return check


SCREEN13 = {
    "away": {"tune": ["walks out", "steps outside", "goes out", "leaves the room", "slips out", "ducks out into the hall",
                      "heads out to the car", "disappears through the door"],
             "held": ["wanders out", "hurries outside", "exits to the porch"]},
    "back": {"tune": ["comes back", "comes back in", "returns", "walks back in", "is back", "reappears",
                      "comes back with a bag", "returns with two mugs"],
             "held": ["strolls back in", "shows up again", "returns, out of breath"]},
    "between": {"tune": ["Mara_ tastes the soup.", "The kettle boils.", "Mara_ checks her phone.", "A long pause.",
                         "Mara_ waits, drumming on the table.", "Mara_ flips through a magazine."],
                "held": ["The clock ticks.", "Mara_ hums to herself."]},
    "herd": {"tune": [("three goats", "goats", "goat"), ("a few chickens", "chickens", "chicken"),
                      ("some ducks", "ducks", "duck"), ("two cows", "cows", "cow"), ("four pigeons", "pigeons", "pigeon"),
                      ("several dogs", "dogs", "dog"), ("three nurses", "nurses", "nurse"),
                      ("two soldiers", "soldiers", "soldier"), ("a group of kids", "kids", "kid")],
             "held": [("three geese", "geese", "goose"), ("two porters", "porters", "porter"),
                      ("some hens", "hens", "hen")]},
    "intro_verb": {"tune": ["wander into the yard", "wait by the gate", "stand near the fence", "come in",
                            "huddle in the corner", "sit on the steps"],
                   "held": ["loiter by the shed", "gather at the well"]},
    "again": {"tune": ["The {p} scatter.", "{a} shoos the {p} away.", "The {p} trot over to {a}.",
                       "{a} counts the {p}.", "The {p} watch {a} in silence.", "The {p} follow {a} inside."],
              "held": ["{a} waves at the {p}.", "The {p} turn their heads."]},
    "vehicle": {"tune": ["truck", "bus", "car", "van", "jeep", "taxi", "pickup"],
                "held": ["tractor", "cab", "minibus"]},
    "alight": {"tune": ["climbs out of the {v}", "steps off the {v}", "gets out of the {v}", "jumps down from the {v}",
                        "clambers out of the {v}", "emerges from the {v}", "hops out of the {v}"],
               "held": ["scrambles out of the {v}", "steps down from the {v}"]},
    "stops": {"tune": ["The {v} stops by the fence.", "A {v} pulls up outside.", "The {v} rolls to a halt.",
                       "A dusty {v} parks by the road."],
              "held": ["The {v} brakes hard."]},
    "desc": {"tune": [("A TALL WOMAN in a red coat", "the woman", "she"), ("AN OLD MAN with a cane", "the old man", "he"),
                      ("A YOUNG SOLDIER", "the soldier", "he"), ("A WAITRESS (20s)", "the waitress", "she"),
                      ("A STOOPED PRIEST", "the priest", "he"), ("A GIRL in a yellow raincoat", "the girl", "she")],
             "held": [("A BEARDED SAILOR", "the sailor", "he"), ("A NURSE in green scrubs", "the nurse", "she")]},
    "handed": {"tune": ["letter", "envelope", "key", "photo", "ticket", "folder", "phone"],
               "held": ["map", "parcel"]},
}


def _s13(r, key, h):
    return r.choice(SCREEN13[key][h])


@family("screenplay", "tune")
def sp13_out_and_back(r, h):
    """Someone leaves and comes back within one paragraph: away in between, not drawn once throughout."""
    (a, _), (b, _) = _names(r, h, 2)
    mid = _s13(r, "between", h).replace("Mara_", a.title())
    sent = r.choice([f"{b} {_s13(r, 'away', h)}. {mid} {b.title()} {_s13(r, 'back', h)}.",
                     f"{b} {_s13(r, 'away', h)}. {mid} A minute later, {b.title()} {_s13(r, 'back', h)}.",
                     f"{b} {_s13(r, 'away', h)}; {mid[:-1]}; then {b.title()} {_s13(r, 'back', h)}."])
    text = f"{_heading(r, h)}\n\n{a} and {b} sit at the table.\n\n{sent}\n"
    return text, leaves_and_returns(sent[:12], b)


@family("screenplay", "tune")
def sp13_group_named_again(r, h):
    """A group introduced in one shot and named again later ('the goats') is the same group."""
    (a, _), = _names(r, h, 1)
    intro, plural, noun = _s13(r, "herd", h)
    verb = _s13(r, "intro_verb", h)
    first = f"{_cap(intro)} {verb}."
    line = r.choice(["", f"{a}\n{r.choice(['Not again.', 'Shoo!', 'Who let them in?'])}\n\n"])
    again = _s13(r, "again", h).format(p=plural, a=a.title())
    text = f"EXT. FARMYARD - DAY\n\n{a} opens the gate. {first}\n\n{line}{r.choice(['', a.title() + ' sighs. '])}{again}\n"
    return text, same_group(first[:14], again[:12], noun)


@family("screenplay", "tune")
def sp13_out_of_vehicle(r, h):
    """Getting out of a vehicle is coming into the scene from the vehicle, not from the frame's edge."""
    (a, _), = _names(r, h, 1)
    v = _s13(r, "vehicle", h)
    stop = _s13(r, "stops", h).format(v=v)
    out = _s13(r, "alight", h).format(v=v)
    sent = r.choice([f"{a} {out}.", f"The door opens and {a} {out}.", f"After a moment, {a} {out}."])
    text = (f"EXT. COUNTRY ROAD - DAY\n\n{stop}\n\n{sent}\n" if r.random() < 0.5 else
            f"EXT. COUNTRY ROAD - DAY\n\n{stop} {sent}\n")
    return text, out_of_vehicle(sent[:12] if "\n\n" + sent in text else stop[:12], a, v)


@family("screenplay", "tune")
def sp13_colon_lists(r, h):
    """A list after a colon names what is read, written or already there: never extra people."""
    (a, ga), (b, _), (c, _) = _names(r, h, 3)
    poss = "her" if ga == "she" else "his"
    kind = r.choice(["read", "read", "members", "members", "things"])
    if kind == "read":
        sent = r.choice([f"{a} reads the list aloud: milk, bread, something for the kids.",
                         f"{a} writes three names on the board: Hale, Okafor and the new boy.",
                         f"{a} scans the guest list: the mayor, two bankers, {poss} cousin Ray.",
                         f"{a} checks the note again: call the doctor, feed the dog, pick up the girls.",
                         f"{a} studies the sign on the door: staff only, no children, no dogs."])
        return f"{_heading(r, h)}\n\n{sent}\n", people_exactly(sent[:14], [a], 0)
    if kind == "members":
        sent = r.choice([f"Everyone is here: {a}, {b} and {c}.",
                         f"The whole family sits at the table: {a}, {b} and {c}.",
                         f"Three of them wait by the door: {a}, {b} and {c}.",
                         f"The usual crowd is at the bar: {a}, {b}, {c}."])
        intro = f"{a} and {b} come in. {c} is already there."
        return (f"{_heading(r, h)}\n\n{intro}\n\n{sent}\n", people_exactly(sent[:14], [a, b, c], 0))
    sent = r.choice([f"{a} empties {poss} pockets onto the table: keys, a lighter, a photo of {poss} brother.",
                     f"{a} lays out the tools: a hammer, a saw, a picture of {poss} father for luck.",
                     f"{a} unpacks the box: plates, cups, a portrait of {poss} mother."])
    return f"{_heading(r, h)}\n\n{sent}\n", people_exactly(sent[:14], [a], 0)


@family("screenplay", "tune")
def sp13_described_person(r, h):
    """Someone known only by a description ('a tall woman in a red coat'), later 'the woman' or 'she'."""
    (a, _), = _names(r, h, 1)
    intro, later, pron = _s13(r, "desc", h)
    first = f"{intro} {r.choice(['enters', 'comes in', 'walks in from the street', 'steps inside'])}."
    then = r.choice([f"{_cap(later)} sits by the window.", f"{_cap(later)} orders a coffee.",
                     f"{a.title()} watches {later}.", f"{_cap(later)} looks around, then sits down."])
    text = (f"{_heading(r, h)}\n\n{a} wipes the counter.\n\n{first}\n\n{a}\n{r.choice(['Morning.', 'What can I get you?'])}"
            f"\n\n{then}\n")
    return text, same_person(first[:12], then[:12])


@family("screenplay", "tune")
def sp13_the_others(r, h):
    """'The others', 'the rest of them', 'everyone but X', 'each other' after one of three has left."""
    (a, _), (b, _), (c, _) = _names(r, h, 3)
    leave = r.choice(["leaves", "walks out", "storms off", "goes upstairs"])
    end = r.choice(["The others stare at each other.", "The other two look at one another.",
                    "The rest of them sit in silence.", f"{a.title()} and {b.title()} exchange a look.",
                    "The two who are left say nothing.", "Those who remain look at each other."])
    text = (f"{_heading(r, h)}\n\n{a}, {b} and {c} sit around the table.\n\n{c}\n{r.choice(['I am done.', 'Enough.'])}"
            f"\n\n{c.title()} {leave}.\n\n{end}\n")
    return text, cast_has(end[:14], a, b, without=(c,))


@family("screenplay", "tune")
def sp13_hand_off(r, h):
    """'hands the letter to X', 'X takes it': the thing goes with its new holder into the next shot."""
    (a, _), (b, gb) = _names(r, h, 2)
    thing = _s13(r, "handed", h)
    give = r.choice([f"{a} hands the {thing} to {b}.", f"{a} passes the {thing} to {b}.",
                     f"{a} gives {b} the {thing}.", f"{a} slides the {thing} across to {b}."])
    ga = dict(NAMES[h])[a]
    take = r.choice([f"{b.title()} takes it.", f"{b.title()} reads it slowly.", f"{b.title()} turns it over.",
                     f"{gb.capitalize() if gb != ga else b.title()} looks at it for a long time.",
                     f"{b.title()} pockets it."])
    text = f"{_heading(r, h)}\n\n{give}\n\n{a}\n{r.choice(['Read it.', 'For you.', 'Here.'])}\n\n{take}\n"
    return text, thing_with(take[:12], b, thing)


@family("screenplay", "tune")
def sp13_across_and_beside(r, h):
    """'sits across from', 'faces X across the table', 'kneels beside', 'crouches next to': where one is."""
    (a, ga), (b, gb) = _names(r, h, 2)
    across = r.random() < 0.5
    if across:
        sent = r.choice([f"{a} sits across from {b}.", f"{a} takes the chair opposite {b}.",
                         f"{a} sits down facing {b} across the table.", f"{a} sits opposite {b}."])
    else:
        sent = r.choice([f"{a} kneels beside {b}.", f"{a} crouches next to {b}.", f"{a} sits down beside {b}.",
                         f"{a} perches on the arm of the sofa, right next to {b}.", f"{a} settles in beside {b}."])
    text = f"{_heading(r, h)}\n\n{b} waits alone, {r.choice(['staring at the floor', 'reading', 'sipping tea'])}.\n\n{sent}\n"
    return text, facing_across(sent[:12], a, b, across)


@family("screenplay", "tune")
def sp13_only_heard(r, h):
    """A voice off screen (O.S., V.O., on the phone) is heard, not drawn, in the shots around it."""
    (a, _), (b, _) = _names(r, h, 2)
    ext = r.choice(["(O.S.)", "(V.O.)", "(O.C.)", "(ON PHONE)"])
    line = r.choice(["Dinner's ready!", "Are you coming down?", "Don't forget the keys."])
    end = r.choice([f"{a.title()} looks up from {r.choice(['the desk', 'the book', 'the sink'])}.",
                    f"{a.title()} rolls {r.choice(['her', 'his'])} eyes and keeps working.",
                    f"{a.title()} sighs and gets up."])
    text = f"{_heading(r, h)}\n\n{a} is alone, working.\n\n{b} {ext}\n{line}\n\n{end}\n"
    return text, cast_has(end[:12], a, without=(b,))


for _fn in (sp13_out_and_back, sp13_group_named_again, sp13_out_of_vehicle, sp13_colon_lists, sp13_the_others,
            sp13_hand_off):
    FAMILIES.append(("screenplay", "tune", _fn.__name__ + "_reworded", _script_reworded(_fn)))


# held-back families of this round, written with the tuning ones and never debugged (scores only)
@family("screenplay", "held")
def sp13h_out_and_back(r, h):
    (a, _), (b, _) = _names(r, h, 2)
    away = _s13(r, 'away', h)
    text = (f"{_heading(r, h)}\n\n{a} and {b} fold laundry.\n\n{b} {away}. "
            f"{_s13(r, 'between', h).replace('Mara_', a.title())} Soon {b.title()} {_s13(r, 'back', h)}.\n")
    return text, leaves_and_returns(f"{b} {away}", b)


@family("screenplay", "held")
def sp13h_group_again(r, h):
    (a, _), = _names(r, h, 1)
    intro, plural, noun = _s13(r, "herd", h)
    again = _s13(r, 'again', h).format(p=plural, a=a.title())
    text = (f"EXT. ORCHARD - DAY\n\n{_cap(intro)} {_s13(r, 'intro_verb', h)} while {a} picks apples.\n\n"
            f"{again}\n")
    return text, same_group(_cap(intro)[:10], again[:12], noun)


@family("screenplay", "held")
def sp13h_alight(r, h):
    (a, _), = _names(r, h, 1)
    v = _s13(r, "vehicle", h)
    out = _s13(r, 'alight', h).format(v=v)
    text = f"EXT. QUARRY - DAY\n\n{_s13(r, 'stops', h).format(v=v)}\n\n{a} {out}.\n"
    return text, out_of_vehicle(f"{a} {out}"[:14], a, v)


# -- a fourteenth round (screen3): people only talked or thought about, 'everyone but X', windows and back doors
# as ways out, crowds that grow or thin, places at furniture, action lines that answer dialogue ----------------
SCREEN14 = {
    "absent": {"tune": ["{a} waits for {poss} {rel}, who is late.", "{a} thinks about {poss} {rel}.",
                        "{a} stares at the empty chair where {poss} {rel} used to sit.", "{a} dials {poss} {rel}'s number.",
                        "{a} writes a letter to {poss} {rel}.", "{a} misses {poss} {rel}.",
                        "{a} asks about {poss} {rel}.", "{a} looks at the door, hoping for {poss} {rel}."],
               "held": ["{a} remembers {poss} {rel}.", "{a} phones {poss} {rel}."]},
    "rel": {"tune": ["brother", "sister", "mother", "father", "son", "daughter", "husband", "wife"],
            "held": ["uncle", "aunt", "grandson", "niece"]},
    "but": {"tune": ["Everyone but {c} laughs.", "All of them except {c} stand up.", "Everyone except {c} nods.",
                     "The others laugh, but not {c}.", "Everybody but {c} raises a glass."],
            "held": ["All but {c} cheer."]},
    "way_out": {"tune": ["climbs out the window", "slips out through the back door", "leaves by the kitchen door",
                         "steps out onto the balcony", "ducks out through the curtain", "disappears down the stairs",
                         "slips out the side door", "climbs through the window and is gone"],
                "held": ["squeezes out the window", "exits through the garden door"]},
    "more": {"tune": ["More {w} arrive.", "A few more {w} drift in.", "Two late {w} hurry in.",
                      "Latecomer {w} trickle in."],
             "held": ["Extra {w} pour in."]},
    "fewer": {"tune": ["The {w} leave one by one.", "The last of the {w} file out.", "The {w} drift out.",
                       "The {w} head for the door and go."],
              "held": ["The {w} trickle away."]},
    "seat": {"tune": [("sits on the edge of the {f}", "bed"), ("leans against the {f}", "counter"),
                      ("perches on the arm of the {f}", "sofa"), ("sits at the head of the {f}", "table"),
                      ("leans on the {f}", "desk"), ("sits down at the {f}", "piano"),
                      ("stands at the {f}", "counter"), ("kneels by the {f}", "bed")],
             "held": [("slumps against the {f}", "wall"), ("sits at the foot of the {f}", "bed")]},
}


def _s14(r, key, h):
    return r.choice(SCREEN14[key][h])


def crowd_comes(marker, names, leaving=False):
    """People other than the named ones come in (or, leaving, go out) over the marked shot (others who were there
    before may stay: the guests already greeted watch the late ones come in)."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        others = [e for e in on_screen(s) if plan.entity(e).kind == "person" and e not in {n.lower() for n in names}]
        need(others, f"no one but {names} in {s.id} ({sorted(on_screen(s))})")
        moving = [e for e in others if ((track(s, e)[0] is not None and track(s, e)[-1] is None) if leaving else
                                        (track(s, e)[0] is None and track(s, e)[-1] is not None))]
        need(moving, f"no one {'leaves' if leaving else 'comes in'} in {s.id}: {[(e, track(s, e)) for e in others]}")
    return check


def at_furniture(marker, name, noun):
    """Placed at a piece of furniture: the person's box touches or overlaps the furniture's in the last keyframe."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        last = {o.entity: o.box for o in s.keyframes[-1].objects}
        fid = [e for e in last if plan.entity(e).name.lower() == noun]
        need(name.lower() in last and fid, f"{name}/{noun} not in the last keyframe of {s.id} ({sorted(last)})")
        x, y = last[name.lower()], last[fid[0]]
        need(_gap(x, y) < 0.05, f"{name} not at the {noun}: {x} {y}")
    return check


@family("screenplay", "tune")
def sp14_absent_people(r, h):
    """People only waited for, thought of or written to are not in the shot."""
    (a, g), = _names(r, h, 1)
    poss = "her" if g == "she" else "his"
    sent = _s14(r, "absent", h).format(a=a, poss=poss, rel=_s14(r, "rel", h))
    text = f"{_heading(r, h)}\n\n{r.choice(['', 'The room is quiet. '])}{sent}\n"
    return text, people_exactly(sent[:12], [a], 0)


@family("screenplay", "tune")
def sp14_everyone_but(r, h):
    """'Everyone but Mara laughs': the others are on screen doing it."""
    (a, _), (b, _), (c, _) = _names(r, h, 3)
    sent = _s14(r, "but", h).format(c=c.title())
    text = (f"{_heading(r, h)}\n\n{a}, {b} and {c} sit at the bar.\n\n{a}\n{r.choice(['And then the goat ate it.', 'True story.'])}"
            f"\n\n{sent}\n")
    return text, cast_has(sent[:12], a, b)


@family("screenplay", "tune")
def sp14_windows_and_doors(r, h):
    """Windows, back doors, balconies and stairs as ways out: there at the start, gone at the end."""
    (a, _), (b, _) = _names(r, h, 2)
    way = _s14(r, "way_out", h)
    sent = r.choice([f"{b} {way}.", f"While {a} is not looking, {b} {way}.", f"Quietly, {b} {way}."])
    text = f"{_heading(r, h)}\n\n{a} and {b} wait in silence.\n\n{sent}\n"
    return text, exits_scene(sent[:14], b)


@family("screenplay", "tune")
def sp14_crowd_grows_and_thins(r, h):
    """More of a crowd come in; a crowd leaves: figures entering or going over the shot."""
    (a, _), = _names(r, h, 1)
    w = r.choice(CROWD[h])
    if r.random() < 0.5:
        sent = _s14(r, "more", h).format(w=w)
        text = f"INT. HALL - NIGHT\n\n{a} greets a few {w} at the door.\n\n{sent}\n"
        return text, crowd_comes(sent[:-1], [a])
    sent = _s14(r, "fewer", h).format(w=w)
    text = f"INT. HALL - NIGHT\n\n{a} stands among the {w}.\n\n{a}\nGood night, everyone.\n\n{sent}\n"
    return text, crowd_comes(sent[:-1], [a], leaving=True)


@family("screenplay", "tune")
def sp14_at_furniture(r, h):
    """Places at furniture ('sits on the edge of the bed', 'leans against the counter'): the person is there."""
    (a, _), = _names(r, h, 1)
    phrase, noun = _s14(r, "seat", h)
    sent = r.choice([f"{a} {phrase.format(f=noun)}.", f"{a} crosses the room and {phrase.format(f=noun)}.",
                     f"Exhausted, {a} {phrase.format(f=noun)}."])
    text = f"{_heading(r, h)}\n\n{sent}\n"
    return text, at_furniture(sent[:12], a, noun)


@family("screenplay", "tune")
def sp14_answers_dialogue(r, h):
    """Action lines that answer the dialogue by pronoun ('He ignores her.', 'She doesn't answer him.')."""
    she, he = _gendered(r, h)
    (c, _), = [x for x in _names(r, h, 3) if x[0] not in (she, he)][:1]
    lines = f"{she}\nTalk to me.\n\n{he}\nThere is nothing to say.\n\n{she}\nPlease.\n\n"
    end = r.choice(["He ignores her.", "She stares at him.", "He doesn't answer her.", "She turns away from him.",
                    "He won't look at her.", "She waits for him to speak."])
    text = f"{_heading(r, h)}\n\n{she} and {he} sit on the porch. {c} watches from the window.\n\n{lines}{end}\n"
    return text, cast_has(end[:10], she, he)


for _fn in (sp14_absent_people, sp14_everyone_but, sp14_windows_and_doors, sp14_crowd_grows_and_thins):
    FAMILIES.append(("screenplay", "tune", _fn.__name__ + "_reworded", _script_reworded(_fn)))


@family("screenplay", "held")
def sp14h_absent(r, h):
    (a, g), = _names(r, h, 1)
    sent = _s14(r, "absent", h).format(a=a, poss="her" if g == "she" else "his", rel=_s14(r, "rel", h))
    return f"{_heading(r, h)}\n\n{sent}\n", people_exactly(sent[:12], [a], 0)


@family("screenplay", "held")
def sp14h_way_out(r, h):
    (a, _), (b, _) = _names(r, h, 2)
    sent = f"{b} {_s14(r, 'way_out', h)}."
    return f"{_heading(r, h)}\n\n{a} and {b} argue.\n\n{sent}\n", exits_scene(sent[:14], b)


# -- a fifteenth round (screen3): getting into vehicles, places relative to people, taking things from someone,
# companions who come in too, carrying things out ----------------------------------------------------------------
SCREEN15 = {
    "board": {"tune": ["gets into the {v}", "climbs into the {v}", "hops into the {v}", "slides into the {v}",
                       "gets back in the {v}", "climbs aboard the {v}", "jumps into the {v}"],
              "held": ["piles into the {v}", "ducks into the {v}"]},
    "where": {"tune": [("stands behind {b}", "behind"), ("hides behind {b}", "behind"), ("waits behind {b}", "behind"),
                       ("crouches in front of {b}", "in_front_of"), ("kneels in front of {b}", "in_front_of"),
                       ("steps in front of {b}", "in_front_of"), ("stands to the left of {b}", "left_of"),
                       ("sits to the right of {b}", "right_of")],
              "held": [("lurks behind {b}", "behind"), ("plants herself in front of {b}", "in_front_of")]},
    "take": {"tune": ["{a} takes the {t} from {b}.", "{a} snatches the {t} out of {b}'s hand.",
                      "{a} grabs the {t} from {b}.", "{b} lets {a} take the {t}.", "{a} accepts the {t} from {b}."],
             "held": ["{a} plucks the {t} from {b}."]},
    "thing": {"tune": ["cup", "letter", "knife", "key", "bottle", "folder", "phone", "gun"],
              "held": ["torch", "coin"]},
    "pet": {"tune": [("dog", "quadruped"), ("cat", "quadruped"), ("parrot", "bird"), ("goat", "quadruped"),
                     ("puppy", "quadruped"), ("terrier", "quadruped")],
            "held": [("ferret", "quadruped"), ("hen", "bird")]},
    "carry_out": {"tune": ["takes the {t} and leaves", "grabs the {t} and walks out", "leaves, taking the {t} with her",
                           "picks up the {t} and heads out the door", "walks out with the {t}"],
                  "held": ["pockets the {t} and slips out"]},
}


def _s15(r, key, h):
    return r.choice(SCREEN15[key][h])


def gets_in(marker, name, vehicle):
    """Getting into a vehicle: there at the start, gone at the end, last seen at the vehicle."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        b = track(s, name.lower())
        need(b[0] is not None and b[-1] is None, f"{name} should get in and go in {s.id}: {b}")
        vid = [e for e in on_screen(s) if plan.entity(e).name.lower() == vehicle]
        need(vid, f"no {vehicle} in {s.id} ({sorted(on_screen(s))})")
        k = max(i for i, x in enumerate(b) if x is not None)
        v = track(s, vid[0])[k]
        need(v is not None and min(v[2], b[k][2]) - max(v[0], b[k][0]) > 0, f"{name} last seen at {b[k]}, not the {vehicle} {v}")
    return check


def rel_in(marker, a, pred, b):
    """In the last keyframe of the marked shot `a` holds `pred` with `b`."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        last = {o.entity: o.box for o in s.keyframes[-1].objects}
        need(a.lower() in last and b.lower() in last, f"{a}/{b} not both in the last keyframe of {s.id}")
        need(relation_holds(pred, last[a.lower()], last[b.lower()]), f"{a} not {pred} {b}: {last[a.lower()]} {last[b.lower()]}")
    return check


def goes_with(marker, name, noun, leaving):
    """A thing carried in or out goes with its carrier: on screen when the shot starts (leaving) or ends."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        ids = [e for e in on_screen(s) if plan.entity(e).name.lower().endswith(noun)]
        need(ids, f"no {noun} in {s.id} ({sorted(on_screen(s))})")
        b, p = track(s, ids[0]), track(s, name.lower())
        if leaving:
            need(p[0] is not None and p[-1] is None, f"{name} does not leave in {s.id}: {p}")
            need(b[-1] is None, f"the {noun} stays behind in {s.id}: {b}")
        else:
            need(p[0] is None and p[-1] is not None, f"{name} does not come in in {s.id}: {p}")
            need(b[0] is None and b[-1] is not None, f"the {noun} does not come in in {s.id}: {b}")
    return check


@family("screenplay", "tune")
def sp15_into_vehicle(r, h):
    """Getting into a vehicle leaves the scene at the vehicle."""
    (a, _), = _names(r, h, 1)
    v = _s13(r, "vehicle", h)
    sent = r.choice([f"{a} {_s15(r, 'board', h).format(v=v)}.", f"Without a word, {a} {_s15(r, 'board', h).format(v=v)}.",
                     f"{a} waves goodbye and {_s15(r, 'board', h).format(v=v)}."])
    text = f"EXT. STREET - DAY\n\nA {v} waits at the curb. {a} stands beside it.\n\n{sent}\n"
    return text, gets_in(sent[:12], a, v)


@family("screenplay", "tune")
def sp15_places_by_people(r, h):
    """Where one is relative to another: behind, in front of, to the left or right of someone."""
    (a, _), (b, _) = _names(r, h, 2)
    phrase, pred = _s15(r, "where", h)
    sent = f"{a} {phrase.format(b=b.title())}."
    if r.random() < 0.4:
        sent = f"{r.choice(['Quietly', 'Nervously', 'At once'])}, {a[0] + a[1:]} {phrase.format(b=b.title())}."
    text = f"{_heading(r, h)}\n\n{b} stands in the middle of the room.\n\n{sent}\n"
    return text, rel_in(sent[:14], a, pred, b)


@family("screenplay", "tune")
def sp15_takes_from(r, h):
    """Taking a thing from someone: both on screen with the thing."""
    (a, _), (b, _) = _names(r, h, 2)
    t = _s15(r, "thing", h)
    sent = _s15(r, "take", h).format(a=a, b=b.title(), t=t)
    text = f"{_heading(r, h)}\n\n{b} holds a {t}.\n\n{sent}\n"
    return text, all_of(cast_has(sent[:12], a, b), thing_with(sent[:12], a, t))


@family("screenplay", "tune")
def sp15_comes_in_with_pet(r, h):
    """'comes in with her dog', 'enters, followed by his parrot': the animal comes in too, as an animal."""
    (a, g), (b, _) = _names(r, h, 2)
    poss = "her" if g == "she" else "his"
    noun, body = _s15(r, "pet", h)
    sent = r.choice([f"{a} comes in with {poss} {noun}.", f"{a} enters, followed by {poss} {noun}.",
                     f"{a} walks in, {poss} {noun} at {poss} heels.", f"{a} and {poss} {noun} come inside."])
    text = f"{_heading(r, h)}\n\n{b} waits by the stove.\n\n{sent}\n"
    return text, all_of(creature(sent[:12], noun, body), goes_with(sent[:12], a, noun, leaving=False))


@family("screenplay", "tune")
def sp15_carries_out(r, h):
    """What one takes out goes out too: 'grabs the bag and walks out'."""
    (a, g), (b, _) = _names(r, h, 2)
    t = r.choice(["bag", "box", "suitcase", "basket", "lamp"])
    phrase = _s15(r, "carry_out", h).format(t=t)
    if g == "he":
        phrase = phrase.replace("with her", "with him")
    text = f"{_heading(r, h)}\n\n{a} and {b} stand by the table. A {t} sits on it.\n\n{a}\nI'm done.\n\n{a} {phrase}.\n"
    return text, goes_with(f"{a} {phrase}"[:14], a, t, leaving=True)


for _fn in (sp15_into_vehicle, sp15_places_by_people, sp15_takes_from, sp15_comes_in_with_pet):
    FAMILIES.append(("screenplay", "tune", _fn.__name__ + "_reworded", _script_reworded(_fn)))


@family("screenplay", "held")
def sp15h_into_vehicle(r, h):
    (a, _), = _names(r, h, 1)
    v = _s13(r, "vehicle", h)
    sent = f"{a} {_s15(r, 'board', h).format(v=v)}."
    return f"EXT. DEPOT - NIGHT\n\n{a} walks up to a {v}.\n\n{sent}\n", gets_in(sent[:12], a, v)


@family("screenplay", "held")
def sp15h_places_by_people(r, h):
    (a, _), (b, _) = _names(r, h, 2)
    phrase, pred = _s15(r, "where", h)
    sent = f"{a} {phrase.format(b=b.title())}."
    return f"{_heading(r, h)}\n\n{b} waits.\n\n{sent}\n", rel_in(sent[:14], a, pred, b)


# -- a sixteenth round (screen3): two groups in one room, 'they' for a group that is not the characters, leaving a
# thing behind -----------------------------------------------------------------------------------------------------
SCREEN16 = {
    "two_groups": {"tune": [(("three nurses", "nurses", "nurse"), ("two doctors", "doctors", "doctor")),
                            (("four sailors", "sailors", "sailor"), ("two priests", "priests", "priest")),
                            (("some kids", "kids", "kid"), ("three old women", "women", "woman")),
                            (("two cooks", "cooks", "cook"), ("a few waiters", "waiters", "waiter"))],
                   "held": [(("three monks", "monks", "monk"), ("two farmers", "farmers", "farmer"))]},
    "group_they": {"tune": ["salute {a}", "stare at {a}", "surround {a}", "nod to {a}", "wave at {a}",
                            "sit down near {a}"],
                   "held": ["bow to {a}", "crowd around {a}"]},
    "arrive": {"tune": [("Two soldiers", "enter"), ("Three strangers", "come in"), ("A few fishermen", "walk in"),
                        ("Two nuns", "arrive")],
               "held": [("Four miners", "stomp in")]},
    "leave_behind": {"tune": ["sets the keys on the table and leaves", "puts the letter on the desk and walks out",
                              "drops the bag on the bench and goes", "leaves the cup on the counter and heads out",
                              "places the box on the shelf, then walks out"],
                     "held": ["lays the map on the crate and exits"]},
}


def group_ids(plan, s, noun):
    return [e for e in on_screen(s) if plan.entity(e).kind == "person" and (
        plan.entity(e).name.lower().startswith(noun[:3]) or plan.entity(e).attributes.get("noun", "").startswith(noun[:3]))]


@family("screenplay", "tune")
def sp16_two_groups(r, h):
    """Two groups in one room; one of them leaves: it goes, the other stays."""
    (a, _), = _names(r, h, 1)
    (g1, p1, n1), (g2, p2, n2) = r.choice(SCREEN16["two_groups"][h])
    if r.random() < 0.5:
        (g1, p1, n1), (g2, p2, n2) = (g2, p2, n2), (g1, p1, n1)
    leave = r.choice(["leave", "walk out", "file out", "head for the door and go"])
    text = (f"{_heading(r, h)}\n\n{a} waits at the desk. {_cap(g1)} stand by the door. {_cap(g2)} sit by the window.\n\n"
            f"The {p1} {leave}.\n")

    def check(plan, shot=None):
        s = shot_with(plan, f"The {p1} {leave}")
        go, stay = group_ids(plan, s, n1), group_ids(plan, s, n2)
        need(go and stay, f"{p1} {go} / {p2} {stay} in {s.id} ({sorted(on_screen(s))})")
        for e in go:
            b = track(s, e)
            need(b[0] is not None and b[-1] is None, f"the {p1} do not leave: {b}")
        for e in stay:
            need(track(s, e)[-1] is not None, f"the {p2} leave too")
    return text, check


@family("screenplay", "tune")
def sp16_they_the_group(r, h):
    """'Two soldiers enter. They salute Mara.': 'they' is the group that just came, not the character alone."""
    (a, _), = _names(r, h, 1)
    grp, verb = r.choice(SCREEN16["arrive"][h])
    then = r.choice(SCREEN16["group_they"][h]).format(a=a.title())
    text = f"{_heading(r, h)}\n\n{a} sits alone.\n\n{grp} {verb}.\n\nThey {then}.\n"

    def check(plan, shot=None):
        s = shot_with(plan, f"They {then}")
        figs = sum(int(plan.entity(e).attributes.get("count", "1")) for e in on_screen(s)
                   if plan.entity(e).kind == "person" and e != a.lower())
        need(figs >= 2 and a.lower() in on_screen(s), f"{figs} of the group beside {a} in {s.id} ({sorted(on_screen(s))})")
    return text, check


@family("screenplay", "tune")
def sp16_leaves_it_behind(r, h):
    """'sets the keys on the table and leaves': the thing stays where it was put, the one who put it goes."""
    (a, _), (b, _) = _names(r, h, 2)
    phrase = r.choice(SCREEN16["leave_behind"][h])
    thing = phrase.split()[2]
    text = f"{_heading(r, h)}\n\n{a} and {b} stand in silence.\n\n{a} {phrase}.\n"

    def check(plan, shot=None):
        s = shot_with(plan, f"{a} {phrase}"[:16])
        ids = [e for e in on_screen(s) if plan.entity(e).name.lower() in (thing, singular_of(thing))]
        need(ids, f"no {thing} in {s.id} ({sorted(on_screen(s))})")
        need(track(s, ids[0])[-1] is not None, f"the {thing} leaves with {a}")
        p = track(s, a.lower())
        need(p[0] is not None and p[-1] is None, f"{a} does not leave: {p}")
    return text, check


def singular_of(word):
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


for _fn in (sp16_two_groups, sp16_they_the_group, sp16_leaves_it_behind):
    FAMILIES.append(("screenplay", "tune", _fn.__name__ + "_reworded", _script_reworded(_fn)))


@family("screenplay", "held")
def sp16h_two_groups(r, h):
    (a, _), = _names(r, h, 1)
    (g1, p1, n1), (g2, p2, n2) = r.choice(SCREEN16["two_groups"][h])
    text = f"EXT. MARKET - DAY\n\n{_cap(g1)} haggle at a stall. {_cap(g2)} rest in the shade.\n\nThe {p1} wander off.\n"

    def check(plan, shot=None):
        s = shot_with(plan, f"The {p1} wander off")
        go, stay = group_ids(plan, s, n1), group_ids(plan, s, n2)
        need(go and stay, f"{go} / {stay}")
        need(all(track(s, e)[-1] is None for e in go) and all(track(s, e)[-1] is not None for e in stay), "groups")
    return text, check


@family("screenplay", "held")
def sp16h_leaves_it(r, h):
    (a, _), = _names(r, h, 1)
    phrase = r.choice(SCREEN16["leave_behind"][h])
    thing = phrase.split()[2]
    text = f"{_heading(r, h)}\n\n{a} {phrase}.\n"

    def check(plan, shot=None):
        s = shot_with(plan, f"{a} {phrase}"[:16])
        ids = [e for e in on_screen(s) if plan.entity(e).name.lower() in (thing, singular_of(thing))]
        need(ids and track(s, ids[0])[-1] is not None and track(s, a.lower())[-1] is None, "left behind")
    return text, check


# -- a seventeenth round (screen4): settling at a part of furniture after a move in one sentence, capitalised words
# inside signs and titles, names no list knows (from many languages) and the pronouns that follow them, voices heard
# only over a phone or from off screen, group words ('everyone', 'the two', 'all three of them'), someone carried or
# led by another, people leaving one at a time, a two-shot of the two who are together -----------------------------
NEW_NAMES = {"tune": [("ZLATKO", "he"), ("AKOSUA", "she"), ("THANDIWE", "she"), ("KAORI", "she"), ("MIHAI", "he"),
                      ("SIOBHAN", "she"), ("BJORN", "he"), ("TEMUERA", "he"), ("OLUWASEUN", "he"), ("DAGNY", "she"),
                      ("FARID", "he"), ("XIOMARA", "she")],
             "held": [("NGOZI", "she"), ("DRAGOMIR", "he"), ("ISKRA", "she"), ("TAVITA", "he"), ("MAHSA", "she"),
                      ("KWAME", "he")]}
SCREEN17 = {
    "motion": {"tune": ["crosses the room", "walks over", "shuffles across the floor", "comes back in",
                        "paces for a while", "limps across the room", "wanders in from the hall", "turns off the light"],
               "held": ["strides over", "tiptoes across the carpet"]},
    "settle": {"tune": ["sits on the edge of the {f}", "perches on the end of the {f}", "sinks onto the {f}",
                        "flops down on the {f}", "curls up at the foot of the {f}", "sits down on the corner of the {f}",
                        "settles onto the {f}", "lies down on the {f}"],
               "held": ["collapses onto the {f}", "sprawls across the {f}"]},
    "soft": {"tune": ["bed", "couch", "ottoman", "bunk", "futon", "armchair", "mattress"],
             "held": ["divan", "settee", "cot"]},
    "sign": {"tune": ['A sign on the door reads "CLOSED FOR LUNCH".', "A neon sign in the window says OPEN LATE.",
                      "A banner over the stage reads: GRAND OPENING.", 'The poster on the wall says "WANTED".',
                      "A book lies there, titled THE LONG WINTER.", "The label on the jar says POISON.",
                      'A hand-painted board reads "NO VACANCY".', "The screen flashes a warning: SYSTEM FAILURE.",
                      "A plaque by the door reads 'MEMBERS ONLY'.", "The newspaper's headline: MAYOR RESIGNS."],
             "held": ['A chalkboard by the bar announces "HAPPY HOUR".', "The marquee reads TONIGHT ONLY."]},
    "voice": {"tune": ["(V.O.)", "(O.S.)", "(ON PHONE)", "(FILTERED)", "(ON SPEAKER)", "(OVER THE PHONE)"],
              "held": ["(O.C.)", "(OVER PHONE)"]},
    "phone": {"tune": ["paces by the window, phone to {p} ear.", "answers the phone.", "holds the receiver tight.",
                       "sits by the radio, listening.", "stares at the intercom."],
              "held": ["picks up the handset."]},
    "all3": {"tune": ["Everyone laughs.", "All three of them stand up.", "The three exchange a look.",
                      "The whole group falls silent.", "All of them turn to the window.", "Each of them raises a glass.",
                      "Everybody freezes."],
             "held": ["The trio bursts out laughing."]},
    "pair_go": {"tune": ["The two leave together.", "Both of them walk out.", "The pair head for the door and go.",
                         "The couple slip out.", "Together, the two of them leave.", "Both exit."],
                "held": ["The duo wander off."]},
    "carry": {"tune": [("carries {b} out", "out"), ("leads {b} out of the room", "out"), ("drags {b} outside", "out"),
                       ("helps {b} out the door", "out"), ("ushers {b} in", "in"), ("leads {b} in", "in"),
                       ("wheels {b} into the room", "in"), ("guides {b} inside", "in")],
              "held": [("hauls {b} out", "out"), ("escorts {b} in", "in")]},
    "then_go": {"tune": ["{c} follows a moment later.", "Then {c} goes too.", "{c} follows {o} out.",
                         "Soon {c} leaves as well.", "After a beat, {c} exits too."],
                "held": ["{c} trails after {o}."]},
}


def _s17(r, key, h):
    return r.choice(SCREEN17[key][h])


def _new_and_known(r, h):
    """A name no list knows and a known one of the other pronoun."""
    new, g = r.choice(NEW_NAMES[h])
    known = r.choice([x for x in NAMES[h] if x[1] != g])[0]
    return new, g, known


def no_people_but(*names):
    """No one in the plan's cast is a person but the named ones (the words of a sign are no one)."""
    def check(plan, shot=None):
        people = sorted(e.id for e in plan.entities if e.kind == "person")
        need(all(p in {n.lower() for n in names} for p in people), f"people {people}, want only {names}")
    return check


def never_on_screen(name):
    """A voice heard only (a phone, V.O., O.S.) is not in any shot."""
    def check(plan, shot=None):
        for s in plan.shots:
            need(name.lower() not in on_screen(s), f"{name} on screen in {s.id}")
    return check


def stays(marker, name):
    """Whoever did not go stays: if `name` is in the marked shot, they are there at its end."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        if name.lower() in on_screen(s):
            need(track(s, name.lower())[-1] is not None, f"{name} leaves too in {s.id}")
    return check


def two_shot_of(a, b, without):
    """Some dialogue shot frames `a` and `b` together, without `without`."""
    def check(plan, shot=None):
        ok = [s.id for s in plan.shots if s.dialogue and {a.lower(), b.lower()} <= on_screen(s)
              and without.lower() not in on_screen(s)]
        need(ok, f"no shot frames {a} and {b} without {without}: "
                 f"{[(s.id, sorted(on_screen(s))) for s in plan.shots]}")
    return check


@family("screenplay", "tune")
def sp17_move_then_settle(r, h):
    """'crosses the room and sits on the edge of the bed': the move ends at the furniture."""
    (a, _), = _names(r, h, 1)
    f = _s17(r, "soft", h)
    move, settle = _s17(r, "motion", h), _s17(r, "settle", h).format(f=f)
    sent = r.choice([f"{a} {move} and {settle}.", f"{a} {move}, then {settle}.", f"{a} {move} and slowly {settle}.",
                     f"Tired, {a} {move} and {settle}."])
    text = f"{_heading(r, h)}\n\n{r.choice(['', 'The lamp is low. ', 'A radio murmurs. '])}{sent}\n"
    return text, at_furniture(sent[:12], a, f)


@family("screenplay", "tune")
def sp17_signs(r, h):
    """Words in capitals on a sign, a poster, a label or a title are no one."""
    (a, _), = _names(r, h, 1)
    sign = _s17(r, "sign", h)
    first = r.choice([f"{a} stops at the door.", f"{a} looks up.", f"{a} waits by the counter."])
    text = f"{_heading(r, h)}\n\n{first} {sign}\n\n{a}\nTypical.\n"
    return text, all_of(no_people_but(a), cast_has(first[:12], a))


@family("screenplay", "tune")
def sp17_new_name_pronoun(r, h):
    """A name no list knows, introduced in capitals: the next 'he'/'she' that does not fit the other is them."""
    new, g, known = _new_and_known(r, h)
    kp = "she" if g == "he" else "he"
    intro = r.choice([f"{new} walks in behind {known.title()}.", f"{new} (40s), soaked to the skin, comes in.",
                      f"{new}, a neighbour, steps inside.", f"The door opens. {new} enters."])
    react = r.choice([f"{_cap(kp)} turns around.", f"{known.title()} looks up.", f"{_cap(kp)} says nothing.", ""])
    f = _s17(r, "soft", h)
    end, check = r.choice([(f"{_cap(g)} sits on the {f}.", lambda m: at_furniture(m, new, f)),
                           (f"{_cap(g)} leaves again.", lambda m: exits_scene(m, new)),
                           (f"{_cap(g)} sinks onto the {f}.", lambda m: at_furniture(m, new, f))])
    text = f"{_heading(r, h)}\n\n{known} reads by the window.\n\n{intro} {react}\n\n{end}\n"
    return text, all_of(check(end[:12]), stays(end[:12], known))


@family("screenplay", "tune")
def sp17_voice_only(r, h):
    """Someone heard only over a phone or from off screen is not in the shots."""
    (a, g), (b, _) = _names(r, h, 2)
    p = "her" if g == "she" else "his"
    ext = _s17(r, "voice", h)
    text = (f"{_heading(r, h)}\n\n{a} {_s17(r, 'phone', h).format(p=p)}\n\n{b} {ext}\nWhere are you?\n\n"
            f"{a}\nAlmost there.\n\n{b} {ext}\nHurry.\n\n{a} {r.choice(['hangs up.', 'sighs.', 'puts the phone down.'])}\n")
    return text, all_of(never_on_screen(b), cast_has(f"{a} ", a))


@family("screenplay", "tune")
def sp17_group_words(r, h):
    """'Everyone', 'all three of them', 'the three', 'the whole group': everyone here is in the shot."""
    (a, _), (b, _), (c, _) = _names(r, h, 3)
    sent = _s17(r, "all3", h)
    text = (f"{_heading(r, h)}\n\n{a}, {b} and {c} sit around the table.\n\n{a}\nAnd that was the last of the wine."
            f"\n\n{sent}\n")
    return text, cast_has(sent[:12], a, b, c)


@family("screenplay", "tune")
def sp17_pair_leaves(r, h):
    """'The two leave together', 'Both of them walk out': the two who were together go, the third stays."""
    (a, _), (b, _), (c, _) = _names(r, h, 3)
    sent = _s17(r, "pair_go", h)
    text = (f"{_heading(r, h)}\n\n{c} sits by the fire. {a} and {b} stand at the door.\n\n{a}\nWe should go.\n\n"
            f"{b}\nYes.\n\n{sent}\n")
    return text, all_of(exits_scene(sent[:12], a), exits_scene(sent[:12], b), stays(sent[:12], c))


@family("screenplay", "tune")
def sp17_carried_or_led(r, h):
    """Someone carried or led by another comes or goes with them."""
    (a, _), (b, _) = _names(r, h, 2)
    phrase, way = _s17(r, "carry", h)
    sent = f"{a} {phrase.format(b=b.title() if way == 'out' else b)}."
    if way == "out":
        text = f"{_heading(r, h)}\n\n{b} lies on the floor. {a} kneels beside {b.title()}.\n\n{sent}\n"
        return text, all_of(exits_scene(sent[:12], a), exits_scene(sent[:12], b))
    text = f"{_heading(r, h)}\n\nThe room is empty. Rain on the windows.\n\n{sent}\n"
    return text, all_of(enters_scene(sent[:12], a), enters_scene(sent[:12], b))


@family("screenplay", "tune")
def sp17_one_at_a_time(r, h):
    """People leaving one at a time: each goes in its own shot, the one who stays stays."""
    (a, _), (b, g), (c, _) = _names(r, h, 3)
    o = "her" if g == "she" else "him"
    first = r.choice([f"{b} leaves first.", f"{b} gets up and goes.", f"{b} is the first to leave."])
    then = _s17(r, "then_go", h).format(c=c.title(), o=o)
    text = (f"{_heading(r, h)}\n\n{a}, {b} and {c} sit in silence.\n\n{first}\n\n{then}\n\n"
            f"{a} {r.choice(['stays put.', 'pours another drink.', 'stares at the door.'])}\n")
    return text, all_of(exits_scene(first[:12], b), exits_scene(then[:12], c), stays(then[:12], a),
                        absent_after(first[:12], b))


@family("screenplay", "tune")
def sp17_two_shot_together(r, h):
    """Two who sit together talk: a two-shot frames them, not the one across the room."""
    (a, _), (b, _), (c, _) = _names(r, h, 3)
    f = r.choice(["sofa", "bench", "bed", "porch step"])
    text = (f"{_heading(r, h)}\n\n{a} and {b} sit side by side on the {f}. {c} {r.choice(['stands', 'waits', 'smokes'])}"
            f" by the far window, twenty paces away.\n\n{a}\nDid you hear that?\n\n{b}\nHear what?\n\n{a}\nNothing.\n")
    return text, two_shot_of(a, b, c)


for _fn in (sp17_move_then_settle, sp17_signs, sp17_group_words, sp17_carried_or_led, sp17_one_at_a_time):
    FAMILIES.append(("screenplay", "tune", _fn.__name__ + "_reworded", _script_reworded(_fn)))


@family("screenplay", "held")
def sp17h_move_then_settle(r, h):
    (a, _), = _names(r, h, 1)
    f = _s17(r, "soft", h)
    sent = f"{a} {_s17(r, 'motion', h)} and {_s17(r, 'settle', h).format(f=f)}."
    return f"{_heading(r, h)}\n\n{sent}\n", at_furniture(sent[:12], a, f)


@family("screenplay", "held")
def sp17h_signs(r, h):
    (a, _), = _names(r, h, 1)
    text = f"{_heading(r, h)}\n\n{a} comes in. {_s17(r, 'sign', h)}\n"
    return text, all_of(no_people_but(a), cast_has(f"{a} comes", a))


@family("screenplay", "held")
def sp17h_new_name(r, h):
    new, g, known = _new_and_known(r, h)
    text = f"{_heading(r, h)}\n\n{known} waits.\n\n{new} hurries in. {known.title()} stands.\n\n{_cap(g)} walks out.\n"
    return text, exits_scene(f"{_cap(g)} walks out", new)


@family("screenplay", "held")
def sp17h_voice_only(r, h):
    (a, g), (b, _) = _names(r, h, 2)
    ext = _s17(r, "voice", h)
    text = f"{_heading(r, h)}\n\n{a} {_s17(r, 'phone', h)}\n\n{b} {ext}\nIt's me.\n\n{a}\nI know.\n"
    return text, never_on_screen(b)


@family("screenplay", "held")
def sp17h_pair_and_carry(r, h):
    (a, _), (b, _), (c, _) = _names(r, h, 3)
    if r.random() < 0.5:
        sent = _s17(r, "pair_go", h)
        text = f"{_heading(r, h)}\n\n{a} and {b} stand by the door. {c} reads.\n\n{sent}\n"
        return text, all_of(exits_scene(sent[:10], a), exits_scene(sent[:10], b), stays(sent[:10], c))
    phrase, way = _s17(r, "carry", h)
    sent = f"{a} {phrase.format(b=b.title())}."
    if way == "out":
        return (f"{_heading(r, h)}\n\n{b} sleeps in a chair. {a} watches.\n\n{sent}\n",
                all_of(exits_scene(sent[:12], a), exits_scene(sent[:12], b)))
    return f"{_heading(r, h)}\n\nNobody is here.\n\n{sent}\n", all_of(enters_scene(sent[:12], a), enters_scene(sent[:12], b))


# -- an eighteenth round (screen4): someone let in or shown out by another, idioms of leaving and of coming in, a
# room that empties but for one, taking a seat at a piece of furniture, a pronoun for the one handed something,
# joining someone at a place and then talking there --------------------------------------------------------------
SCREEN18 = {
    "let": {"tune": [("lets {b} in", "in"), ("shows {b} out", "out"), ("sees {b} out", "out"), ("waves {b} inside", "in"),
                     ("lets {b} out", "out"), ("sends {b} out", "out"), ("beckons {b} in", "in")],
            "held": [("ushers {b} out", "out"), ("invites {b} in", "in")]},
    "exit_idiom": {"tune": ["heads off.", "takes off.", "is out the door.", "disappears into the night.", "storms off.",
                            "ducks out.", "lets {self} out.", "excuses {self} and leaves.", "slips away.", "walks off.",
                            "makes {poss} exit.", "heads out into the rain."],
                   "held": ["clears out.", "takes {poss} leave."]},
    "enter_idiom": {"tune": ["barrels in.", "lets {self} in.", "sweeps in.", "breezes in.", "shows up at the door.",
                             "turns up, out of breath.", "bursts through the door.", "steps in from the cold.",
                             "wanders in.", "makes {poss} entrance."],
                    "held": ["strolls in.", "slinks in."]},
    "all_but": {"tune": ["Everyone leaves but {a}.", "All but {a} leave.", "The others file out, leaving {a} alone.",
                         "Everyone except {a} heads out.", "The rest of them go. {a} stays."],
                "held": ["Only {a} remains as the others go."]},
    "seat": {"tune": [("takes a seat at the {f}", "table"), ("pulls up a chair at the {f}", "table"),
                      ("settles in behind the {f}", "desk"), ("hunches over the {f}", "workbench"),
                      ("takes {poss} place at the head of the {f}", "table"), ("sits down at the {f}", "easel"),
                      ("stands behind the {f}", "lectern"), ("leans over the {f}", "counter"),
                      ("sits down behind the {f}", "desk"), ("slides onto a stool at the {f}", "bar")],
             "held": [("plants {self} at the {f}", "podium"), ("bends over the {f}", "anvil")]},
    "handed": {"tune": ["{a} hands {b} a cup. {P} drinks it and leaves.", "{a} gives {b} the keys. {P} pockets them and goes.",
                        "{a} passes {b} a note. {P} reads it and walks out.", "{a} tosses {b} a coat. {P} puts it on and exits."],
               "held": ["{a} slips {b} an envelope. {P} tucks it away and departs."]},
}


def _s18(r, key, h):
    return r.choice(SCREEN18[key][h])


def _own(g):
    return {"self": "herself" if g == "she" else "himself", "poss": "her" if g == "she" else "his"}


@family("screenplay", "tune")
def sp18_let_in_or_out(r, h):
    """'lets Mara in', 'shows him out': the one let in comes in, the one shown out goes; the host stays."""
    (a, _), (b, _) = _names(r, h, 2)
    phrase, way = _s18(r, "let", h)
    if way == "in":
        sent = f"{a} {phrase.format(b=b)}."
        text = f"{_heading(r, h)}\n\nA knock. {a} opens the door.\n\n{sent}\n"
        return text, all_of(enters_scene(sent[:12], b), cast_has(sent[:12], a))
    sent = f"{a} {phrase.format(b=b.title())}."
    text = f"{_heading(r, h)}\n\n{a} and {b} stand by the door.\n\n{b}\nThank you for everything.\n\n{sent}\n"
    return text, all_of(exits_scene(sent[:12], b), stays(sent[:12], a))


@family("screenplay", "tune")
def sp18_exit_idioms(r, h):
    """Ways of leaving that name no door: 'heads off', 'is out the door', 'lets herself out', 'makes his exit'."""
    (a, _), (b, g) = _names(r, h, 2)
    sent = f"{b} {_s18(r, 'exit_idiom', h).format(**_own(g))}"
    text = f"{_heading(r, h)}\n\n{a} and {b} face each other.\n\n{a}\nThen go.\n\n{sent}\n\n{a} sits down.\n"
    return text, all_of(exits_scene(sent[:12], b), absent_after(sent[:12], b))


@family("screenplay", "tune")
def sp18_enter_idioms(r, h):
    """Ways of coming in: 'barrels in', 'lets himself in', 'shows up at the door', 'makes her entrance'."""
    (a, _), (b, g) = _names(r, h, 2)
    sent = f"{b} {_s18(r, 'enter_idiom', h).format(**_own(g))}"
    text = f"{_heading(r, h)}\n\n{a} sits alone, reading.\n\n{sent}\n"
    return text, all_of(enters_scene(sent[:12], b), cast_has(sent[:12], b))


@family("screenplay", "tune")
def sp18_all_but_one(r, h):
    """'Everyone leaves but Mara', 'The others file out, leaving Mara alone': they go, she stays."""
    (a, _), (b, _), (c, _) = _names(r, h, 3)
    sent = _s18(r, "all_but", h).format(a=a.title())
    text = (f"{_heading(r, h)}\n\n{a}, {b} and {c} sit around the table.\n\n{b}\nIt's late.\n\n{sent}\n")
    return text, all_of(exits_scene(sent[:12], b), exits_scene(sent[:12], c), stays(sent[:12], a),
                        cast_has(sent[:12], a))


@family("screenplay", "tune")
def sp18_takes_a_seat(r, h):
    """'takes a seat at the table', 'hunches over the workbench', 'stands behind the lectern': at the furniture."""
    (a, g), = _names(r, h, 1)
    phrase, f = _s18(r, "seat", h)
    sent = r.choice([f"{a} {phrase}.", f"{a} comes in and {phrase}.", f"Without a word, {a} {phrase}."]).format(
        f=f, **_own(g))
    text = f"{_heading(r, h)}\n\n{sent}\n"
    return text, at_furniture(sent[:12], a, f)


@family("screenplay", "tune")
def sp18_handed_pronoun(r, h):
    """'Mara hands Tomas a cup. He drinks it and leaves.': 'he' is the one handed it, who goes."""
    she, he = _gendered(r, h)
    a, b = (she, he) if r.random() < 0.5 else (he, she)
    p = "He" if b == he else "She"
    sent = _s18(r, "handed", h).format(a=a, b=b.title(), P=p)
    text = f"{_heading(r, h)}\n\n{a} and {b} stand at the counter.\n\n{sent}\n"
    return text, all_of(exits_scene(sent[:12], b), stays(sent[:12], a))


@family("screenplay", "tune")
def sp18_joins_then_talks(r, h):
    """'Mara joins Tomas at the bar' and they talk: a two-shot of the two of them, not of the one across the room."""
    (a, _), (b, _), (c, _) = _names(r, h, 3)
    place = r.choice(["bar", "window", "counter", "fire"])
    join = r.choice([f"{a} joins {c.title()} at the {place}.", f"{a} crosses to the {place} and sits beside {c.title()}.",
                     f"{a} walks over to {c.title()} at the {place}."])
    text = (f"{_heading(r, h)}\n\n{c} sits alone at the {place}. {a} waits by the door. {b} watches from across the "
            f"room.\n\n{join}\n\n{a}\nIs this seat taken?\n\n{c}\nIt is now.\n")
    return text, two_shot_of(a, c, b)


for _fn in (sp18_let_in_or_out, sp18_exit_idioms, sp18_enter_idioms, sp18_all_but_one, sp18_takes_a_seat):
    FAMILIES.append(("screenplay", "tune", _fn.__name__ + "_reworded", _script_reworded(_fn)))


@family("screenplay", "held")
def sp18h_exit_idioms(r, h):
    (a, _), (b, g) = _names(r, h, 2)
    sent = f"{b} {_s18(r, 'exit_idiom', h).format(**_own(g))}"
    return f"{_heading(r, h)}\n\n{a} and {b} talk quietly.\n\n{sent}\n", exits_scene(sent[:12], b)


@family("screenplay", "held")
def sp18h_seat_and_let(r, h):
    (a, g), (b, _) = _names(r, h, 2)
    if r.random() < 0.5:
        phrase, f = _s18(r, "seat", h)
        sent = f"{a} {phrase.format(f=f, **_own(g))}."
        return f"{_heading(r, h)}\n\n{sent}\n", at_furniture(sent[:12], a, f)
    phrase, way = _s18(r, "let", h)
    sent = f"{a} {phrase.format(b=b if way == 'in' else b.title())}."
    if way == "in":
        return f"{_heading(r, h)}\n\n{a} hears a knock.\n\n{sent}\n", enters_scene(sent[:12], b)
    return f"{_heading(r, h)}\n\n{a} and {b} finish their tea.\n\n{sent}\n", exits_scene(sent[:12], b)


@family("screenplay", "held")
def sp18h_all_but(r, h):
    (a, _), (b, _), (c, _) = _names(r, h, 3)
    sent = _s18(r, "all_but", h).format(a=a.title())
    text = f"{_heading(r, h)}\n\n{a}, {b} and {c} wait in the hall.\n\n{sent}\n"
    return text, all_of(exits_scene(sent[:10], b), exits_scene(sent[:10], c), stays(sent[:10], a))


# -- a nineteenth round (screen4): collective nouns of people who come in, names with particles, hyphens and
# apostrophes, resting places the lexicon may not know, 'nobody' / 'neither of them' / 'each of them' -----------------
SCREEN19 = {
    "swarm": {"tune": ["A gaggle of schoolkids spills in.", "A troupe of acrobats tumbles in.",
                       "A squad of cops bursts in.", "A swarm of reporters pushes inside.",
                       "A gang of bikers stomps in.", "A flock of tourists wanders in."],
              "held": ["A horde of fans floods in."]},
    "particle_name": {"tune": [("DE LA CRUZ", "he"), ("VAN DER BERG", "she"), ("O'BRIEN", "he"), ("JEAN-LUC", "he"),
                               ("MARIE-CLAIRE", "she"), ("MCGREGOR", "he"), ("D'ARCY", "she"), ("AL-FARSI", "he")],
                      "held": [("DI MARCO", "he"), ("ANNE-SOPHIE", "she")]},
    "rest_on": {"tune": [("sits cross-legged on the {f}", "rug"), ("kneels on the {f}", "mat"),
                         ("leans on the {f}", "railing"), ("perches on the {f}", "windowsill"),
                         ("sits on the {f}", "steps"), ("crouches beside the {f}", "crib"),
                         ("lies in the {f}", "hammock"), ("sits alone on the {f}", "pew"),
                         ("stretches out on the {f}", "bleachers")],
                "held": [("curls up on the {f}", "beanbag"), ("squats on the {f}", "doormat")]},
    "nobody": {"tune": ["Nobody moves.", "Neither of them speaks.", "Each of them takes a card.", "No one says a word.",
                        "None of them looks up.", "Both stay very still."],
               "held": ["Not one of them blinks."]},
}


def _s19(r, key, h):
    return r.choice(SCREEN19[key][h])


@family("screenplay", "tune")
def sp19_collective_comes_in(r, h):
    """A collective of people no list counts ('a gaggle of schoolkids', 'a troupe of acrobats') comes in: figures."""
    (a, _), = _names(r, h, 1)
    sent = _s19(r, "swarm", h)
    text = f"{_heading(r, h)}\n\n{a} mops the floor alone.\n\n{sent}\n"
    return text, all_of(crowd_comes(sent[:14], [a]), crowd(sent[:14], 3))


@family("screenplay", "tune")
def sp19_names_with_particles(r, h):
    """Names with particles, hyphens and apostrophes are one character each, and their pronoun follows them."""
    (name, g), = [r.choice(SCREEN19["particle_name"][h])]
    (b, _) = r.choice([x for x in NAMES[h] if x[1] != g])
    first = r.choice([f"{name} (50s) sits by the window.", f"{name} waits at the bar, alone.",
                      f"{name}, a retired pilot, reads the paper."])
    then = r.choice([f"{_cap(g)} stands and leaves.", f"{_cap(g)} gets up and walks out."])
    text = f"{_heading(r, h)}\n\n{first} {b} comes in.\n\n{b}\nMorning.\n\n{then}\n"

    def check(plan, shot=None):
        people = [e for e in plan.entities if e.kind == "person" and _same(e.name, name)]
        need(len(people) == 1, f"{name}: {[e.name for e in plan.entities]}")
        s = shot_with(plan, then[:12])
        t = track(s, people[0].id)
        need(t[0] is not None and t[-1] is None, f"{name} should leave in {s.id}: {t}")
    return text, check


@family("screenplay", "tune")
def sp19_resting_places(r, h):
    """Resting places the lexicon may not know ('the railing', 'the pew', 'the bleachers'): drawn, and she is at them."""
    (a, g), = _names(r, h, 1)
    phrase, f = _s19(r, "rest_on", h)
    sent = r.choice([f"{a} {phrase.format(f=f)}.", f"Later, {a} {phrase.format(f=f)}.",
                     f"{a} {phrase.format(f=f)}, lost in thought."])
    text = f"{_heading(r, h)}\n\n{sent}\n"
    return text, at_furniture(sent[:12], a, f)


@family("screenplay", "tune")
def sp19_nobody_moves(r, h):
    """'Nobody moves', 'Neither of them speaks', 'Each of them takes a card': everyone here is in the shot."""
    (a, _), (b, _) = _names(r, h, 2)
    sent = _s19(r, "nobody", h)
    text = f"{_heading(r, h)}\n\n{a} and {b} sit at the table.\n\n{a}\nDeal.\n\n{sent}\n"
    return text, cast_has(sent[:12], a, b)


for _fn in (sp19_collective_comes_in, sp19_resting_places, sp19_nobody_moves):
    FAMILIES.append(("screenplay", "tune", _fn.__name__ + "_reworded", _script_reworded(_fn)))


@family("screenplay", "held")
def sp19h_mixed(r, h):
    (a, g), (b, _) = _names(r, h, 2)
    pick = r.random()
    if pick < 0.34:
        sent = _s19(r, "swarm", h)
        return f"{_heading(r, h)}\n\n{a} waits.\n\n{sent}\n", crowd_comes(sent[:14], [a])
    if pick < 0.67:
        phrase, f = _s19(r, "rest_on", h)
        sent = f"{a} {phrase.format(f=f)}."
        return f"{_heading(r, h)}\n\n{sent}\n", at_furniture(sent[:12], a, f)
    sent = _s19(r, "nobody", h)
    return f"{_heading(r, h)}\n\n{a} and {b} wait.\n\n{sent}\n", cast_has(sent[:12], a, b)


@family("screenplay", "held")
def sp19h_particle_name(r, h):
    name, g = r.choice(SCREEN19["particle_name"][h])
    then = f"{_cap(g)} walks out."
    text = f"{_heading(r, h)}\n\n{name} drinks alone.\n\n{then}\n"

    def check(plan, shot=None):
        people = [e for e in plan.entities if e.kind == "person" and _same(e.name, name)]
        need(len(people) == 1, f"{name}")
        t = track(shot_with(plan, then), people[0].id)
        need(t[0] is not None and t[-1] is None, "leaves")
    return text, check


# -- a twentieth round (screen5): new passage structures, not variants: headings in several styles and languages
# around every passage, pronouns resolved across paragraphs and across dialogue, coordinated subjects at furniture,
# entrances and exits told over several lines, things placed with a possessive and 'it', stated numbers of people,
# creatures with body plans and scale, sounds and voices heard but not seen, fronted participles ('Still wearing
# ...'), 'the two' in the next scene. Own name pools (other languages), so no family leans on the old names. -------
NAMES20 = {"tune": [("AMARA", "she"), ("KENJI", "he"), ("SIOBHAN", "she"), ("BJORN", "he"), ("ZAINAB", "she"),
                    ("MATEUS", "he"), ("FATOU", "she"), ("ARJUN", "he")],
           "held": [("INGRID", "she"), ("RAFAEL", "he"), ("LEILA", "she"), ("DMITRI", "he")]}
HEAD20 = {"tune": [("INT. COCINA - NOCHE", "NIGHT"), ("INT. KÜCHE – NACHT", "NIGHT"), ("INT. SALON. NUIT", "NIGHT"),
                   ("EXT. PIAZZA -- NOTTE", "NIGHT"), ("INT. WAREHOUSE--DAY", "DAY"), ("EXT. ROOFTOP - DUSK", "DUSK"),
                   ("INT. CASA DE PRAIA - DIA", "DAY"), ("INT. APARTMENT - LATE NIGHT", "NIGHT")],
          "held": [("INT. QUARTO - NOITE", "NIGHT"), ("EXT. JARDIN – JOUR", "DAY"), ("INT. STALL--NACHT", "NIGHT")]}
SCREEN20 = {
    "leave_line": {"tune": ["{P} grabs {poss} coat and walks out.", "{P} pockets the keys and leaves.",
                            "Without another word, {p} heads out.", "{P} slips out the back.",
                            "{P} turns on {poss} heel and storms off."],
                   "held": ["{P} shrugs into {poss} jacket and goes."]},
    "seat_together": {"tune": [("sit down at the {f}", "table"), ("settle onto the {f}", "sofa"),
                               ("squeeze onto the {f}", "bench"), ("take seats around the {f}", "table"),
                               ("sink onto the {f}", "couch"), ("stand at the {f}", "counter")],
                      "held": [("gather at the {f}", "desk"), ("perch on the {f}", "bed")]},
    "gone": {"tune": ["And then {p}'s gone.", "A moment later {p} is out the door.", "{P} disappears into the night.",
                      "The door clicks shut behind {o}.", "{P} steps out and is gone."],
             "held": ["Then {p} is gone."]},
    "arrive": {"tune": ["The door creaks open. {B} steps in, dripping.", "Footsteps. {B} appears in the doorway.",
                        "A key turns in the lock. {B} lets {o} in.", "The curtain parts and {B} slips through.",
                        "{B} bursts in, out of breath."],
               "held": ["The latch lifts. {B} edges inside."]},
    "put_it": {"tune": [("takes a {t} from {poss} pocket and sets it on the {s}", "key", "desk"),
                        ("pulls out {poss} {t} and lays it on the {s}", "phone", "table"),
                        ("slips off {poss} {t} and drops it on the {s}", "watch", "dresser"),
                        ("finds a {t}. {P} puts it on the {s}", "letter", "shelf"),
                        ("picks up the {t} and places it on the {s}", "candle", "table")],
               "held": [("fishes a {t} out of {poss} bag and leaves it on the {s}", "coin", "counter")]},
    "number": {"tune": [("A dozen soldiers file in.", 12), ("Twenty children sit on the floor.", 20),
                        ("Dozens of pilgrims crowd the courtyard.", 24), ("Six nurses hurry past.", 6),
                        ("Half a dozen waiters stand by the wall.", 6), ("Fifteen dancers take the floor.", 15),
                        ("Forty or so commuters wait on the platform.", 40)],
               "held": [("A score of monks kneel in rows.", 20), ("Eight firemen rush in.", 8)]},
    "beast": {"tune": [("A moose lumbers out of the trees.", "moose", "quadruped", True),
                       ("A camel kneels beside {A}.", "camel", "quadruped", True),
                       ("An eagle swoops down onto the fence post.", "eagle", "bird", False),
                       ("A python coils around the branch.", "python", "serpent", False),
                       ("A rhinoceros charges across the clearing.", "rhinoceros", "quadruped", True),
                       ("A heron wades through the shallows.", "heron", "bird", False)],
              "held": [("An ox plods along the track.", "ox", "quadruped", True),
                       ("A cobra rears up in the grass.", "cobra", "serpent", False)]},
    "sound": {"tune": [("The drone of a distant lawnmower drifts in.", "lawnmower"),
                       ("{A} listens to the rattle of rain on the tin roof.", "roof"),
                       ("The clatter of dishes comes from the kitchen.", "dishes"),
                       ("Somewhere a car alarm wails.", "alarm"),
                       ("{A} hears the hiss of a kettle.", "kettle"),
                       ("The whine of a chainsaw starts up outside.", "chainsaw")],
              "held": [("The toll of a church bell carries over the rooftops.", "bell")]},
    "voice": {"tune": ["Upstairs, someone is singing.", "A voice calls from the hallway.",
                       "We hear {B} laughing in the next room.", "{B}'s voice drifts down the stairs.",
                       "From the garden, {B} shouts something."],
              "held": ["Somebody whistles out in the yard."]},
    "still": {"tune": ["Still wearing {poss} pajamas, {A} shuffles to the window.",
                       "Still half asleep, {A} fumbles for the light.",
                       "Barefoot and dripping, {A} pads across the floor.",
                       "Clutching {poss} briefcase, {A} hurries along.",
                       "Soaked to the skin, {A} waits by the door."],
              "held": ["Still in {poss} nightgown, {A} opens the fridge."]},
}


def _s20(r, key, h):
    return r.choice(SCREEN20[key][h])


def _names20(r, h, n, genders=None):
    pool = NAMES20[h]
    if genders:
        out = []
        for g in genders:
            out.append(r.choice([x for x in pool if x[1] == g and x not in out]))
        return out
    return r.sample(pool, n)


def _pro(g):
    return {"p": g, "P": _cap(g), "poss": "her" if g == "she" else "his", "o": "her" if g == "she" else "him"}


def lit(marker, light):
    """The marked shot's scene is lit as its heading says (NOCHE, NUIT, NACHT: night)."""
    def check(plan, shot=None):
        from director.parsing.headings import lighting

        s = shot_with(plan, marker)
        need(lighting(s.background.time_of_day) == light, f"{s.id}: time {s.background.time_of_day!r}, want {light}")
    return check


@family("screenplay", "tune")
def sp20_pronoun_across_dialogue(r, h):
    """A pronoun after two speeches resolves by gender, not to the last speaker; headings in several languages."""
    g = r.choice(["she", "he"])
    (a, ga), (b, gb) = _names20(r, h, 2, [g, "he" if g == "she" else "she"])
    head, light = r.choice(HEAD20[h])
    sent = _s20(r, "leave_line", h).format(**_pro(ga))
    mid = r.choice(["", "The kettle whistles.\n\n", f"{b} looks away.\n\n"])
    text = (f"{head}\n\n{a} and {b} face each other across the room.\n\n{a}\nYou knew.\n\n{b}\n"
            f"{r.choice(['I did.', 'Not until today.'])}\n\n{mid}{sent}\n")
    return text, all_of(exits_scene(sent[:14], a), stays(sent[:14], b), lit(sent[:14], light))


@family("screenplay", "tune")
def sp20_coordinated_seat(r, h):
    """Two or three coordinated subjects sit or stand at one piece of furniture: each of them is at it."""
    n = r.choice([2, 3])
    people = _names20(r, h, n)
    phrase, f = _s20(r, "seat_together", h)
    subj = " and ".join(p for p, _ in people) if n == 2 else f"{people[0][0]}, {people[1][0]} and {people[2][0]}"
    subj = r.choice([subj, subj, "Both " + subj]) if n == 2 else subj
    sent = f"{subj} {phrase.format(f=f)}."
    head, _ = r.choice(HEAD20[h])
    text = f"{head}\n\n{r.choice(['', 'Rain on the windows. '])}{sent}\n"
    return text, all_of(*[at_furniture(sent[:12], p, f) for p, _ in people])


@family("screenplay", "tune")
def sp20_exit_over_lines(r, h):
    """An exit told over three paragraphs: she gets ready, crosses, and only the last line says she is gone."""
    (a, g), (b, _) = _names20(r, h, 2)
    pro = _pro(g)
    last = _s20(r, "gone", h).format(**pro)
    text = (f"{r.choice(HEAD20[h])[0]}\n\n{a} and {b} sit in silence.\n\n{a} pulls on {pro['poss']} boots.\n\n"
            f"{pro['P']} crosses to the door{r.choice(['', ', hesitates', ' and looks back'])}.\n\n{last}\n")
    return text, all_of(exits_or_gone(last[:14], a), stays(last[:14], b))


def exits_or_gone(marker, name):
    """Gone by the end of the marked shot: leaves in it, or already left in the one before it."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        t = track(s, name.lower())
        need(t[-1] is None, f"{name} still there at the end of {s.id}: {t}")
        before = [x for x in plan.shots if x.scene == s.scene and x.id < s.id]
        need(any(name.lower() in on_screen(x) for x in before) or t[0] is not None, f"{name} never seen")
    return check


@family("screenplay", "tune")
def sp20_arrival_over_lines(r, h):
    """An arrival told over two sentences (the door, then the person), or a bursting in."""
    (a, _), (b, gb) = _names20(r, h, 2)
    line = _s20(r, "arrive", h).format(B=b, **_pro(gb))
    text = f"{r.choice(HEAD20[h])[0]}\n\n{a} waits by the stove.\n\n{line}\n"
    return text, all_of(enters_scene(line[:14], b), cast_has(line[:14], a))


@family("screenplay", "tune")
def sp20_place_with_it(r, h):
    """'takes a key from her pocket and sets it on the desk': the key ends on the desk, not the placer."""
    (a, g), = _names20(r, h, 1)
    phrase, t, s = _s20(r, "put_it", h)
    sent = f"{a} {phrase.format(t=t, s=s, **_pro(g))}."
    text = f"{r.choice(HEAD20[h])[0]}\n\n{r.choice(['', 'A clock ticks. '])}{sent}\n"
    return text, placed_on(sent[:12], t, s, a)


@family("screenplay", "tune")
def sp20_stated_numbers(r, h):
    """'A dozen soldiers', 'Twenty children', 'Dozens of pilgrims': at least that many figures."""
    (a, _), = _names20(r, h, 1)
    sent, n = _s20(r, "number", h)
    text = f"{r.choice(HEAD20[h])[0]}\n\n{a} waits, arms folded.\n\n{sent}\n"
    return text, crowd(sent[:12], n)


@family("screenplay", "tune")
def sp20_creatures(r, h):
    """Creatures by body plan; the big ones bigger than the person beside them."""
    (a, _), = _names20(r, h, 1)
    sent, noun, body, big = _s20(r, "beast", h)
    sent = sent.format(A=a)
    text = f"EXT. {r.choice(['VALLEY', 'RIVERBANK', 'SAVANNA'])} - DAY\n\n{a} stands still, watching.\n\n{sent}\n"
    checks = [creature(sent[:12], noun, body)]
    if big and a in sent:
        checks.append(larger_than(sent[:12], noun, a))
    return text, all_of(*checks)


@family("screenplay", "tune")
def sp20_sounds(r, h):
    """A sound is heard, not drawn; the one who hears it is on screen."""
    (a, _), = _names20(r, h, 1)
    sent, noun = _s20(r, "sound", h)
    sent = sent.format(A=a)
    text = f"{r.choice(HEAD20[h])[0]}\n\n{a} reads by the lamp.\n\n{sent}\n"
    return text, all_of(unseen(sent[:12], noun, a), cast_has(sent[:12], a))


@family("screenplay", "tune")
def sp20_voices(r, h):
    """A voice heard from elsewhere: the one who hears it is on screen, the voice's owner is not."""
    (a, _), (b, _) = _names20(r, h, 2)
    sent = _s20(r, "voice", h).format(B=b.title())
    text = f"{r.choice(HEAD20[h])[0]}\n\n{a} sits alone at the table.\n\n{sent}\n"
    return text, people_exactly(sent[:12], [a], 0)


@family("screenplay", "tune")
def sp20_fronted_participle(r, h):
    """'Still wearing his pajamas, Kenji ...': one person, no entity made of the fronted words."""
    (a, g), = _names20(r, h, 1)
    sent = _s20(r, "still", h).format(A=a, **_pro(g))
    text = f"{r.choice(HEAD20[h])[0]}\n\n{sent}\n"

    def check(plan, shot=None):
        people_exactly(sent[:12], [a], 0)(plan)
        bad = [e.name for e in plan.entities if e.name.lower().split()[0] in ("still", "barefoot", "soaked", "clutching")]
        need(not bad, f"entities from the fronted words: {bad}")
    return text, check


@family("screenplay", "tune")
def sp20_the_two_next_scene(r, h):
    """'The two' in the next scene, after both left the last one: both of them, not nobody."""
    (a, _), (b, _) = _names20(r, h, 2)
    sent = r.choice(["The two stroll along the river.", "The pair walk in silence.", "Both of them climb the hill.",
                     "The two of them wait at the bus stop."])
    text = (f"{r.choice(HEAD20[h])[0]}\n\n{a} and {b} finish their coffee and leave.\n\n"
            f"EXT. {r.choice(['RIVERSIDE', 'HILLTOP', 'STREET'])} - LATER\n\n{sent}\n")
    return text, cast_has(sent[:12], a, b)


@family("screenplay", "held")
def sp20h_pronoun_and_exit(r, h):
    g = r.choice(["she", "he"])
    (a, ga), (b, _) = _names20(r, h, 2, [g, "he" if g == "she" else "she"])
    sent = _s20(r, "leave_line", h).format(**_pro(ga))
    head, light = r.choice(HEAD20[h])
    text = f"{head}\n\n{a} and {b} argue.\n\n{b}\nGo, then.\n\n{sent}\n"
    return text, all_of(exits_scene(sent[:14], a), lit(sent[:14], light))


@family("screenplay", "held")
def sp20h_mixed(r, h):
    (a, g), (b, gb) = _names20(r, h, 2)
    pick = r.random()
    head = r.choice(HEAD20[h])[0]
    if pick < 0.25:
        phrase, t, s = _s20(r, "put_it", h)
        sent = f"{a} {phrase.format(t=t, s=s, **_pro(g))}."
        return f"{head}\n\n{sent}\n", placed_on(sent[:12], t, s, a)
    if pick < 0.5:
        sent, n = _s20(r, "number", h)
        return f"{head}\n\n{a} waits.\n\n{sent}\n", crowd(sent[:12], n)
    if pick < 0.75:
        line = _s20(r, "arrive", h).format(B=b, **_pro(gb))
        return f"{head}\n\n{a} reads.\n\n{line}\n", enters_scene(line[:14], b)
    phrase, f = _s20(r, "seat_together", h)
    sent = f"{a} and {b} {phrase.format(f=f)}."
    return f"{head}\n\n{sent}\n", all_of(at_furniture(sent[:12], a, f), at_furniture(sent[:12], b, f))


@family("screenplay", "held")
def sp20h_heard_and_seen(r, h):
    (a, g), (b, _) = _names20(r, h, 2)
    pick = r.random()
    head = r.choice(HEAD20[h])[0]
    if pick < 0.3:
        sent, noun, body, _ = _s20(r, "beast", h)
        return f"EXT. MEADOW - DAY\n\n{a} watches.\n\n{sent}\n", creature(sent[:12], noun, body)
    if pick < 0.55:
        sent, noun = _s20(r, "sound", h)
        return f"{head}\n\n{a} sleeps.\n\n{sent}\n", unseen(sent[:12], noun, a)
    if pick < 0.8:
        sent = _s20(r, "voice", h)
        return f"{head}\n\n{a} sits alone.\n\n{sent}\n", people_exactly(sent[:12], [a], 0)
    sent = _s20(r, "still", h).format(A=a, **_pro(g))
    return f"{head}\n\n{sent}\n", people_exactly(sent[:12], [a], 0)


@family("screenplay", "held")
def sp20h_gone_over_lines(r, h):
    (a, g), (b, _) = _names20(r, h, 2)
    pro = _pro(g)
    last = _s20(r, "gone", h).format(**pro)
    text = f"{r.choice(HEAD20[h])[0]}\n\n{a} and {b} eat.\n\n{a} stands.\n\n{pro['P']} goes to the door.\n\n{last}\n"
    return text, exits_or_gone(last[:14], a)


# -- a sixth round (time and motion): states in two parts joined by 'and'/'but' with the second elided, temporal
# clauses ('as soon as', 'by the time', 'while', 'meanwhile', 'eventually', 'in the end'), durations, verbs of
# appearing and vanishing, arrivals in relative clauses, nearing and leaving a thing, sides of a thing before and
# after, numbered steps. Shapes the earlier rounds do not have.
def brief(name):
    """On screen for a while in the middle only: absent in the first and last keyframes, present in between."""
    def check(plan, shot):
        boxes = track(shot, one(plan, name))
        need(boxes[0] is None and boxes[-1] is None and any(b is not None for b in boxes[1:-1]),
             f"{name} should be there only for a while: {boxes}")
    return check


def _t3(r, h):
    return _tm(r, r.choice([TM_MOVERS, TM_MOVERS, TM_PROPS, TM_FLIERS]), h)


@family("visibility", "tune")
def vis_t3_two_states(r, h):
    s, name = _t3(r, h)
    first = r.random() < 0.5
    shapes_first = ["{S} is there in the first half and absent in the second.",
                    "{S} is present during the first half and gone during the second.",
                    "{S} is visible for the first half of the video but not for the second.",
                    "{S} can be seen in the opening half, not in the closing half.",
                    "During the first half {s} is on screen; during the second it is not.",
                    "{S} is in view early on and missing from the second half."]
    shapes_second = ["{S} is absent in the first half and there in the second.",
                     "{S} is missing for the first half but present for the second.",
                     "{S} is hidden during the first half and in plain view during the second.",
                     "For the first half {s} is nowhere to be seen; for the second half it is there.",
                     "{S} is not in the first half of the clip, only in the second.",
                     "{S} cannot be seen in the first half, but can be seen in the second."]
    shape = r.choice(shapes_first if first else shapes_second)
    return (_loose(r, shape.format(S=_cap(_a(s)), s=_a(s))), window(name, "first_half" if first else "second_half"))


@family("visibility", "tune")
def vis_t3_temporal_clauses(r, h):
    s, name = _t3(r, h)
    kind = r.choice(["gone", "gone", "comes", "comes"])
    if kind == "gone":
        shape = r.choice(["By the time the clip ends, {s} has vanished.", "By the end of the video {s} has gone.",
                          "In the end, {s} {leave}.", "{S} stays for a while; in the end it {leave}.",
                          "As soon as the clip begins, {s} {leave}.", "{S} {leave} before the video is over.",
                          "Eventually {s} {leave}."])
        return (_loose(r, shape.format(S=_cap(_a(s)), s=_a(s), leave=r.choice(["leaves", "vanishes", "is gone",
                                                                               "walks away", "fades away"]))),
                window(name, "disappears"))
    shape = r.choice(["Eventually, {s} {enter}.", "At last {s} {enter}.", "In the end {s} {enter}.",
                      "Nothing is there until, at last, {s} {enter}.", "After a long wait, {s} finally {enter}.",
                      "The {w} stays empty for a while, and then eventually {s} {enter}."])
    return (_loose(r, shape.format(S=_cap(_a(s)), s=_a(s), w=r.choice(TM_SETTINGS[h]),
                                   enter=r.choice(["shows up", "arrives", "appears", "walks in", "comes into view"]))),
            window(name, "appears"))


@family("visibility", "tune")
def vis_t3_meanwhile(r, h):
    (s, name), (o, oname) = _tm(r, TM_LANDMARKS, h), _tm(r, TM_MOVERS, h)
    while oname == name:
        o, oname = _tm(r, TM_MOVERS, h)
    shape = r.choice(["{S} stands still while {o} {enter}.", "{S} is there the whole time; meanwhile {o} {enter}.",
                      "While {s} stays put, {o} {enter}.", "{S} remains in place as {o} {enter}.",
                      "Throughout the clip there is {s}, and at some point {o} {enter}."])
    return (_loose(r, shape.format(S=_cap(_a(s)), s=_a(s), o=_a(o), enter=r.choice(
        ["walks in", "comes into view", "shows up", "enters the frame", "appears"]))),
        both(seen_throughout(name), window(oname, "appears")))


@family("visibility", "tune")
def vis_t3_durations(r, h):
    s, name = _t3(r, h)
    kind = r.choice(["stay", "all", "brief"])
    if kind == "stay":
        shape = r.choice(["{S} appears {mid} and stays for the rest of the clip.",
                          "{Mid}, {s} shows up and remains there until the end.",
                          "{S} turns up {mid}; from then on it never leaves.",
                          "{S} emerges {mid} and is there for the remainder of the video."])
        mid = r.choice(TM_MID[h])
        return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), mid=mid, Mid=_cap(mid))), window(name, "appears_half")
    if kind == "all":
        shape = r.choice(["{S} is visible throughout the clip.", "{S} stays in view for the whole video.",
                          "Throughout the video, {s} never leaves the frame.", "From start to finish, {s} is there.",
                          "{S} is on screen the entire time."])
        return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s))), seen_throughout(name)
    shape = r.choice(["{S} pops up briefly in the middle of the clip.", "For a moment, {s} appears, then it is gone again.",
                      "{S} shows up for a brief moment and then disappears.",
                      "Only for a short while in the middle does {s} appear.",
                      "{S} appears for a few seconds and vanishes again."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s))), brief(name)


@family("visibility", "tune")
def vis_t3_appearing_verbs(r, h):
    s, name = _t3(r, h)
    mid = r.choice(TM_MID[h])
    kind = r.choice(["in", "out"])
    if kind == "in":
        shape = r.choice(["{Mid}, {s} emerges from behind the {o}.", "{S} pops into view {mid}.",
                          "{S} becomes visible {mid}.", "{Mid} {s} materialises out of nowhere.",
                          "{S} is hidden behind the {o} until {mid2}, then steps out.",
                          "{S} comes out from behind the {o} {mid}."])
    else:
        shape = r.choice(["{S} fades away {mid}.", "{Mid}, {s} drifts out of view.", "{S} slowly fades from view {mid}.",
                          "{Mid} {s} goes behind the {o} and is not seen again.", "{S} vanishes into thin air {mid}.",
                          "{S} disappears from sight {mid}."])
    o = _tm(r, TM_LANDMARKS, h)[0]
    return (_loose(r, shape.format(S=_cap(_a(s)), s=_a(s), mid=mid, Mid=_cap(mid), o=o, mid2="the middle of the clip")),
            window(name, "appears_half" if kind == "in" else "disappears_half"))


@family("visibility", "tune")
def vis_t3_where_untimed(r, h):
    (s, name), (o, oname) = _tm(r, TM_MOVERS, h), _tm(r, TM_LANDMARKS, h)
    while oname == name:
        o, oname = _tm(r, TM_LANDMARKS, h)
    p, phrase = r.choice([("next_to", "next to"), ("next_to", "beside"), ("left_of", "to the left of"),
                          ("right_of", "to the right of"), ("in_front_of", "in front of")])
    shape = r.choice(["{S} appears {p} {o}.", "There appears {s} {p} the {on}.", "{S} can be seen {p} {o}.",
                      "{S} shows up {p} {o}.", "{P} {o} we see {s}."])
    return (_loose(r, shape.format(S=_cap(_a(s)), s=_a(s), p=phrase, P=_cap(phrase), o=_a(o), on=o)),
            both(seen_throughout(name), rel(name, p, oname)))


@family("visibility", "tune")
def vis_t3_relative_arrival(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    w, mid = r.choice(TM_SETTINGS[h]), r.choice(TM_MID[h])
    shape = r.choice(["An empty {w} that {s} walks into {mid}.", "An empty {w} into which {s} wanders {mid}.",
                      "A quiet {w}, which {s} enters {mid}.", "We see an empty {w} where {s} turns up {mid}.",
                      "A deserted {w} that {s} comes into {mid}.", "A {w} with nobody in it, until {s} arrives {mid}."])
    return _loose(r, shape.format(w=w, s=_a(s), mid=mid)), window(name, "appears_half")


@family("dynamics", "tune")
def dyn_t3_nearing(r, h):
    (s, name), (o, oname) = _tm(r, TM_MOVERS, h), _tm(r, TM_LANDMARKS, h)
    while oname == name:
        o, oname = _tm(r, TM_LANDMARKS, h)
    closer = r.random() < 0.5
    if closer:
        shape = r.choice(["{S} gets closer and closer to the {o}.", "{S} draws nearer to the {o}.",
                          "{S} edges toward the {o}.", "{S} closes in on the {o}.", "{S} makes its way over to the {o}.",
                          "Little by little, {s} comes up to the {o}.", "{S} keeps moving nearer the {o}."])
    else:
        shape = r.choice(["{S} leaves the {o} behind.", "{S} moves farther and farther from the {o}.",
                          "{S} backs away from the {o}.", "{S} gets further away from the {o}.",
                          "Starting beside the {o}, {s} moves away from it.", "{S} heads off, leaving the {o} behind."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), o=o)), nears(name, oname, closer)


@family("dynamics", "tune")
def dyn_t3_sides(r, h):
    (s, name), (o, oname) = _tm(r, TM_MOVERS, h), _tm(r, TM_LANDMARKS, h)
    while oname == name:
        o, oname = _tm(r, TM_LANDMARKS, h)
    a = r.choice(["left", "right"])
    b = "right" if a == "left" else "left"
    shape = r.choice(["{S} moves from being {a} of {o} to being {b} of it.",
                      "{S}, at first {a} of {o}, finishes {b} of it.",
                      "{S} is on the {a} of {o} at first and on its {b} at the end.",
                      "{S} starts out to the {a} of {o} and ends up to its {b}.",
                      "{S} is {a} of the {on} at the start; by the end it is {b} of the {on}.",
                      "{S} begins on the {on}'s {a} and finishes on the {on}'s {b}.",
                      "{S} switches from the {a} side of {o} to its {b} side.",
                      "At the start {s} is to the {a} of {o}; at the end, to its {b}."])
    return (_loose(r, shape.format(S=_cap(_a(s)), s=_a(s), o=_a(o), on=o, a=a, b=b)),
            passes(name, oname, f"{a}_of", f"{b}_of"))


@family("dynamics", "tune")
def dyn_t3_camera(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    closer = r.random() < 0.5
    if closer:
        shape = r.choice(["{S} walks toward the viewer.", "{S} comes toward us.", "{S} moves closer to the camera.",
                          "{S} heads straight at the camera.", "{S} grows larger as it approaches us.",
                          "{S} comes nearer and nearer to the lens.", "{S} runs up to the camera."])
    else:
        shape = r.choice(["{S} walks away from us.", "{S} recedes into the background.", "{S} moves deeper into the scene.",
                          "{S} heads off toward the horizon.", "{S} shrinks into the distance.",
                          "{S} gets farther and farther from the camera.", "{S} moves away from the viewer."])
    return _loose(r, shape.format(S=_cap(_a(s)))), moves(name, "closer" if closer else "away")


@family("dynamics", "tune")
def dyn_t3_speed(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["{S} dashes across the frame from {o} to {d} at high speed.",
                      "Slowly, very slowly, {s} inches its way to the {d}.",
                      "{S} makes its way {d}ward.", "With great speed {s} zooms to the {d} edge.",
                      "{S}, moving quickly, goes from the {o} edge to the {d} edge.",
                      "Heading {d}, {s} picks up speed.", "{S} speeds up as it goes {d}.",
                      "At a snail's pace, {s} creeps from the {o} of the frame to the {d}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), d=d, o=o)), moves(name, d)


@family("dynamics", "tune")
def dyn_t3_vertical(r, h):
    s, name = _tm(r, TM_FLIERS, h)
    up = r.random() < 0.5
    if up:
        shape = r.choice(["{S} climbs up toward the top of the frame.", "{S} floats upward.",
                          "{S} rises from the bottom of the frame to the top.", "{S} lifts off and goes up.",
                          "{S} ascends slowly into the sky."])
    else:
        shape = r.choice(["{S} drops from the top of the frame to the bottom.", "{S} sinks toward the bottom.",
                          "{S} descends slowly.", "{S} comes down from the sky.", "{S} glides downward."])
    return _loose(r, shape.format(S=_cap(_a(s)))), moves(name, "up" if up else "down")


@family("sequential", "tune")
def seq_t3_numbered(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    cs = _route(r, 3)
    a, b, c = (_tm_corner(r, h, x) for x in cs)
    shape = r.choice(["First, {s} goes to the {a}. Second, it goes to the {b}. Finally, it reaches the {c}.",
                      "{S} goes to three places in turn: the {a}, the {b} and the {c}.",
                      "{S} starts at the {a}. Its next stop is the {b}. Its last stop is the {c}.",
                      "In step one {s} is in the {a}; in step two it is in the {b}; in step three it is in the {c}.",
                      "{S} visits the {a} first, the {b} second and the {c} third.",
                      "To begin with, {s} is in the {a}; after that it moves to the {b}; lastly it ends in the {c}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), a=a, b=b, c=c)), route(name, *cs)


@family("sequential", "tune")
def seq_t3_temporal(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS, TM_PROPS]), h)
    cs = _route(r, 2)
    a, b = (_tm_corner(r, h, x) for x in cs)
    shape = r.choice(["After spending a moment in the {a}, {s} moves to the {b}.",
                      "{S} waits in the {a} before heading to the {b}.",
                      "Having started in the {a}, {s} crosses to the {b}.",
                      "{S} is in the {a} until the middle of the clip, when it moves to the {b}.",
                      "{S} sits in the {a}, and eventually makes its way to the {b}.",
                      "By the end, {s}, which started in the {a}, has reached the {b}.",
                      "As soon as it leaves the {a}, {s} heads for the {b}.",
                      "{S} stays in the {a} for a while and then goes over to the {b}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), a=a, b=b)), route(name, *cs)


@family("sequential", "tune")
def seq_t3_turns(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    kind = r.choice(["back", "back", "updown"])
    if kind == "back":
        shape = r.choice(["{S} heads to the {d}, then turns around and heads {o}.",
                          "{S} runs to the {d} edge and back.",
                          "{S} moves {d} until it reaches the edge, then turns and goes {o}.",
                          "{S} goes {d}ward; then it changes direction and goes {o}ward.",
                          "{S} walks over to the {d}, turns round, and comes back to the {o}."])
        return _loose(r, shape.format(S=_cap(_a(s)), d=d, o=o)), legs(name, d, o)
    shape = r.choice(["{S} moves {d} and then goes down.", "{S} travels {d}, then drops down.",
                      "First {s} goes {d}, and after that it moves downward."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), d=d)), legs(name, d, "down")


@family("sequential", "tune")
def seq_t3_two_things(r, h):
    (a, an), (b, bn) = _tm(r, TM_MOVERS, h), _tm(r, TM_MOVERS, h)
    while bn == an:
        b, bn = _tm(r, TM_MOVERS, h)
    gone = r.random() < 0.5
    if gone:
        shape = r.choice(["{A} comes in; only after it has left does {b} arrive.",
                          "{B} arrives after {a} has already gone.", "Once {a} has walked off, {b} walks in.",
                          "{A} leaves, and only then does {b} show up.",
                          "{A} is there at first and goes away; later {b} takes its place."])
    else:
        shape = r.choice(["{A} is the first to appear and {b} the second.", "{A} enters, and a little later so does {b}.",
                          "{A} shows up first; {b} follows a bit later.", "{B} turns up some time after {a} does.",
                          "{A} arrives, followed shortly by {b}."])
    return (_loose(r, shape.format(A=_cap(_a(a)), a=_a(a), B=_cap(_a(b)), b=_a(b))), appears_before(an, bn, gone))


# held-back families of this round, written with the ones above and never debugged (scores only)
@family("visibility", "held")
def vis_t3h_until_then(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    shape = r.choice(["{S} lingers in the {w} up to the halfway mark and is absent after that.",
                      "Up to the halfway mark {s} is around; after it, there is no sign of it.",
                      "The {w} holds {s} only until the halfway mark."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), w=r.choice(TM_SETTINGS[h]))), window(name, "first_half")


@family("dynamics", "held")
def dyn_t3h_nearing(r, h):
    (s, name), (o, oname) = _tm(r, TM_MOVERS, h), _tm(r, TM_LANDMARKS, h)
    closer = r.random() < 0.5
    shape = r.choice(["{S} saunters up to the {o}.", "{S} creeps ever nearer to the {o}."] if closer else
                     ["{S} shuffles away from the {o}.", "{S} puts more and more distance between itself and the {o}."])
    return _loose(r, shape.format(S=_cap(_a(s)), o=o)), nears(name, oname, closer)


@family("sequential", "held")
def seq_t3h_stages(r, h):
    s, name = _tm(r, TM_FLIERS, h)
    cs = _route(r, 3)
    a, b, c = (_tm_corner(r, h, x) for x in cs)
    shape = r.choice(["Its journey: the {a}, then the {b}, ending at the {c} ({s}).",
                      "{S} sails to the {a}, lingers, sails on to the {b}, and winds up in the {c}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), a=a, b=b, c=c)), route(name, *cs)


# -- a seventh round (time and motion): replacement, 'for good', 'from … until …', 'late in the clip', 'by the
# midpoint'; crossing the frame told by its sides and edges; approach and retreat verbs; routes told from one stop
# to the next, participles after the main clause, possessive routes; two things ordered by 'before … does',
# 'only once', inverted 'First comes …'.
@family("visibility", "tune")
def vis_t4_more_states(r, h):
    s, name = _t3(r, h)
    w = r.choice(TM_SETTINGS[h])
    kind = r.choice(["appears_half", "disappears_half", "first_half", "second_half", "appears", "disappears"])
    shapes = {
        "appears_half": ["Until the midpoint the {w} is empty; then {s} comes along.",
                         "The {w} has nothing in it until halfway, when {s} arrives.",
                         "{S} joins the scene at the halfway mark."],
        "disappears_half": ["Midway, {s} leaves the picture for good.", "{S}, visible at first, is gone by the midpoint.",
                            "{S} gets hidden behind the {o} midway through.",
                            "Halfway through, {s} goes out of sight and does not come back."],
        "first_half": ["{S} stays for only the first half of the clip.",
                       "{S} is there from the beginning until halfway.",
                       "{S} is present up to the halfway point and not after."],
        "second_half": ["From the midpoint on, {s} can be seen.", "{S} is in the picture from halfway to the end.",
                        "{S} is only present from the halfway point onward."],
        "appears": ["{S} enters late in the clip.", "Towards the end, {s} comes into the frame.",
                    "There is no {n} at the start; one arrives later.",
                    "{S} is nowhere in sight at the beginning, but by the end it has arrived."],
        "disappears": ["{S} walks out of frame before the end.", "By the end of the clip {s} is no longer there.",
                       "{S} is in view at the start and has left the frame by the end."],
    }
    text = r.choice(shapes[kind]).format(S=_cap(_a(s)), s=_a(s), n=s, w=w, o=_tm(r, TM_LANDMARKS, h)[0])
    return _loose(r, text), window(name, kind)


@family("visibility", "tune")
def vis_t4_replaced(r, h):
    (a, an), (b, bn) = _t3(r, h), _t3(r, h)
    while bn == an:
        b, bn = _t3(r, h)
    shape = r.choice(["{A} is replaced by {b} halfway through.", "Midway through, {b} takes the place of the {an}.",
                      "In the first half we see {a}; in the second half, {b} instead.",
                      "{A} fills the first half of the clip and {b} the second."])
    return (_loose(r, shape.format(A=_cap(_a(a)), a=_a(a), b=_a(b), an=a)),
            both(window(an, "first_half"), window(bn, "second_half")))


@family("dynamics", "tune")
def dyn_t4_sides_of_frame(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["{S} goes from one side of the frame to the other, starting on the {o}.",
                      "{S} crosses over to the {d} side of the frame.", "{S} is carried {d}ward by the wind.",
                      "Moving {d}, {s} crosses the whole frame.", "{S} travels the width of the frame, {o} to {d}.",
                      "{S} starts near the {o} edge and finishes near the {d} edge.",
                      "{S} sets out from the {o} and makes it all the way to the {d}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), d=d, o=o)), moves(name, d)


@family("dynamics", "tune")
def dyn_t4_approach_verbs(r, h):
    (s, name), (o, oname) = _tm(r, TM_MOVERS, h), _tm(r, TM_LANDMARKS, h)
    while oname == name:
        o, oname = _tm(r, TM_LANDMARKS, h)
    closer = r.random() < 0.5
    if closer:
        shape = r.choice(["{S} walks up to the {o} and stops beside it.", "{S} runs over to the {o}.",
                          "{S} heads straight for the {o}.", "{S} makes a beeline for the {o}.",
                          "{S} goes up to the {o}.", "{S} comes over to the {o}."])
    else:
        shape = r.choice(["{S} retreats from the {o}.", "{S} walks off, putting distance between itself and the {o}.",
                          "Beginning next to the {o}, {s} wanders away from it.", "{S} flees from the {o}.",
                          "{S} moves off away from the {o}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), o=o)), nears(name, oname, closer)


@family("sequential", "tune")
def seq_t4_stop_to_stop(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS, TM_PROPS]), h)
    cs = _route(r, 3)
    a, b, c = (_tm_corner(r, h, x) for x in cs)
    shape = r.choice(["The {n} begins in the {a}. From there it travels to the {b}, and from the {b} on to the {c}.",
                      "Over the course of the clip, {s} moves from the {a} via the {b} to the {c}.",
                      "{S}'s route: the {a}, the {b}, the {c}.",
                      "{S} leaves the {a}, makes for the {b} and comes to rest in the {c}.",
                      "Starting off in the {a}, {s} passes through the {b} on its way to the {c}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), n=s, a=a, b=b, c=c)), route(name, *cs)


@family("sequential", "tune")
def seq_t4_after_main(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS, TM_PROPS]), h)
    cs = _route(r, 2)
    a, b = (_tm_corner(r, h, x) for x in cs)
    shape = r.choice(["{S} moves to the {b} after starting in the {a}.", "{S} ends up in the {b}, having started in the {a}.",
                      "{S} arrives in the {b}; it came from the {a}.", "{S} winds up in the {b} after leaving the {a}.",
                      "{S}, which was in the {a}, is now in the {b}.".replace("is now", "ends")])
    return _loose(r, shape.format(S=_cap(_a(s)), a=a, b=b)), route(name, *cs)


@family("sequential", "tune")
def seq_t4_order(r, h):
    (a, an), (b, bn) = _tm(r, TM_MOVERS, h), _tm(r, TM_MOVERS, h)
    while bn == an:
        b, bn = _tm(r, TM_MOVERS, h)
    gone = r.random() < 0.3
    if gone:
        shape = r.choice(["Not until {a} has left does {b} appear.", "{B} appears only after {a} is gone.",
                          "{A} departs; {b} then arrives."])
    else:
        shape = r.choice(["{A} arrives before {b} does.", "{B} arrives only once {a} is already there.",
                          "First comes {a}, then {b}.", "{A} and then {b} walk into the frame.",
                          "{A} enters first and {b} enters second."])
    return (_loose(r, shape.format(A=_cap(_a(a)), a=_a(a), B=_cap(_a(b)), b=_a(b))), appears_before(an, bn, gone))


@family("sequential", "tune")
def seq_t4_three_legs(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    d = r.choice(["left", "right"])
    shape = r.choice(["{S} goes up, then {d}, then down.", "{S} rises, drifts {d}, and sinks again.",
                      "{S} climbs up, moves over to the {d}, and comes back down."])
    return _loose(r, shape.format(S=_cap(_a(s)), d=d)), legs(name, "up", d, "down")


# held-back families of this round, never debugged (scores only)
@family("visibility", "held")
def vis_t4h_leaves_for_good(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    shape = r.choice(["At the halfway mark {s} departs for good.", "{S} hangs around until the halfway mark and then is gone."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s))), window(name, "disappears_half")


@family("dynamics", "held")
def dyn_t4h_edge_to_edge(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    return (_loose(r, r.choice(["{S} meanders from the {o} edge over to the {d} one.",
                                "Edge to edge, {o} to {d}: {s} shuffles across."]).format(S=_cap(_a(s)), s=_a(s),
                                                                                            d=d, o=o)),
            moves(name, d))


# -- an eighth round (time and motion): 'never to return', 'peeks out', 'out of view until', 'flickers into
# view', the halves as subjects; 'in a …ward direction', 'along the bottom', 'from one end to the other', 'pulls
# away', 'sidles up'; routes with 'from there', 'spends the first half in …', 'twice'; two things by 'After X walks
# out', 'joins it'.
@family("visibility", "tune")
def vis_t5_phrasings(r, h):
    s, name = _t3(r, h)
    o, w = _tm(r, TM_LANDMARKS, h)[0], r.choice(TM_SETTINGS[h])
    kind = r.choice(["appears_half", "disappears_half", "first_half", "appears", "disappears", "brief"])
    shapes = {
        "appears_half": ["{S} is out of view until the middle of the video.", "{S} peeks out from behind the {o} midway.",
                         "Only from the halfway mark on is {s} in the picture."],
        "disappears_half": ["{S} exits the frame at the halfway mark, never to return.",
                            "{S} departs at the midpoint and stays gone.",
                            "At the midpoint {s} steps out of the picture."],
        "first_half": ["The first half shows {s}; the second half shows an empty {w}.",
                       "{S} can be spotted during the first half only.",
                       "For the opening half we see {s}, and after that it is gone."],
        "appears": ["{S} flickers into view near the end.", "Just before the end, {s} turns up.",
                    "Late in the video {s} makes an appearance."],
        "disappears": ["{S} is visible from the start but vanishes before the clip ends.",
                       "{S} sits there at the beginning and is gone at the finish.",
                       "Towards the end, {s} slips out of the frame."],
        "brief": ["{S} is seen only briefly, around the middle.", "{S} makes a brief appearance midway and leaves again.",
                  "Around the midpoint, {s} shows up for just a moment."],
    }
    text = r.choice(shapes[kind]).format(S=_cap(_a(s)), s=_a(s), o=o, w=w)
    return _loose(r, text), (brief(name) if kind == "brief" else window(name, kind))


@family("dynamics", "tune")
def dyn_t5_phrasings(r, h):
    (s, name), (o, oname) = _tm(r, TM_MOVERS, h), _tm(r, TM_LANDMARKS, h)
    while oname == name:
        o, oname = _tm(r, TM_LANDMARKS, h)
    d = r.choice(["left", "right"])
    kind = r.choice(["way", "way", "near", "far"])
    if kind == "way":
        shape = r.choice(["{S} is moving in a {d}ward direction.", "{S} heads {d} along the bottom of the frame.",
                          "{S} makes its way from one end of the frame to the other, going {d}.",
                          "{S} gallops off to the {d}.", "{S} keeps going {d} the whole time.",
                          "Steadily, {s} advances toward the {d} side."])
        return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), d=d)), moves(name, d)
    if kind == "near":
        shape = r.choice(["{S} sidles up to the {o}.", "{S} walks all the way up to the {o}.",
                          "{S} narrows the gap between itself and the {o}.", "{S} ends up right next to the {o}."])
        return _loose(r, shape.format(S=_cap(_a(s)), o=o)), nears(name, oname, True)
    shape = r.choice(["{S} pulls away from the {o}.", "{S} walks off and leaves the {o} far behind.",
                      "{S} starts beside the {o} and ends up far from it.", "{S} drifts away from the {o}."])
    return _loose(r, shape.format(S=_cap(_a(s)), o=o)), nears(name, oname, False)


@family("sequential", "tune")
def seq_t5_routes(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS, TM_PROPS]), h)
    cs = _route(r, 3)
    a, b, c = (_tm_corner(r, h, x) for x in cs)
    kind = r.choice(["three", "three", "two"])
    if kind == "three":
        shape = r.choice(["From the {a}, {s} heads to the {b}, and from there to the {c}.",
                          "{S} zigzags: first to the {a}, next to the {b}, last to the {c}.",
                          "{S} is in the {a} at the beginning, the {b} in the middle, and the {c} at the end.",
                          "The {n} travels {a} to {b} to {c}."])
        return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), n=s, a=a, b=b, c=c)), route(name, *cs)
    shape = r.choice(["{S} spends the first half in the {a} and the second half in the {b}.",
                      "{S} moves once, from the {a} over to the {b}.",
                      "{S} starts off in the {a}; it finishes in the {b}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), a=a, b=b)), route(name, *cs[:2])


@family("sequential", "tune")
def seq_t5_two_things(r, h):
    (a, an), (b, bn) = _tm(r, TM_MOVERS, h), _tm(r, TM_MOVERS, h)
    while bn == an:
        b, bn = _tm(r, TM_MOVERS, h)
    gone = r.random() < 0.5
    if gone:
        shape = r.choice(["{A} leaves the frame, and then {b} enters it.", "After {a} walks out, {b} walks in.",
                          "{A} walks out of the picture before {b} walks into it."])
    else:
        shape = r.choice(["{A} appears; soon after, {b} joins it.", "{A} walks in, with {b} following close behind.",
                          "{B} arrives a few seconds after {a}."])
    return (_loose(r, shape.format(A=_cap(_a(a)), a=_a(a), B=_cap(_a(b)), b=_a(b))), appears_before(an, bn, gone))


# held-back, never debugged (scores only)
@family("sequential", "held")
def seq_t5h_order(r, h):
    (a, an), (b, bn) = _tm(r, TM_MOVERS, h), _tm(r, TM_MOVERS, h)
    while bn == an:
        b, bn = _tm(r, TM_MOVERS, h)
    shape = r.choice(["{A} turns up, and some while afterwards {b} does too.", "Hard on the heels of {a}, {b} strolls in."])
    return _loose(r, shape.format(A=_cap(_a(a)), a=_a(a), b=_a(b))), appears_before(an, bn)


# -- a ninth round (time and motion), plainer prompts as people type them: 'then back to', 'takes off from …
# and lands in', 'in the scene only during', 'floats in and then out again', 'enters from the right, stops in the
# middle, and then leaves', 'from east to west', 'at the bottom left at the beginning and at the top right at the
# end', 'A, and after it has gone, B', 'the fox leaves and a wolf arrives' after a fronted time.
@family("sequential", "tune")
def seq_t6_plain(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    cs = _route(r, 3)
    a, b, c = (_tm_corner(r, h, x) for x in cs)
    kind = r.choice(["back", "land", "ends", "three"])
    if kind == "back":
        text = f"{_cap(_a(s))} {r.choice(TM_GO[h])} from the {a} to the {b}, then back to the {a}."
        return _loose(r, text), route(name, cs[0], cs[1], cs[0])
    if kind == "land":
        text = f"{_cap(_a(s))} takes off from the {a} and lands in the {b}."
        return _loose(r, text), route(name, *cs[:2])
    if kind == "ends":
        text = f"{_cap(_a(s))} is at the {a} at the beginning and at the {b} at the end."
        return _loose(r, text), route(name, *cs[:2])
    text = (f"First the {s} is in the {a} corner, then it moves to the {b} corner, and finally it settles in the "
            f"{c} corner.")
    return _loose(r, text), route(name, *cs)


@family("visibility", "tune")
def vis_t6_plain(r, h):
    (s, name), (o, oname) = _t3(r, h), _tm(r, TM_MOVERS, h)
    while oname == name:
        o, oname = _tm(r, TM_MOVERS, h)
    kind = r.choice(["only", "inout", "stop", "swap", "bench"])
    if kind == "only":
        which = r.choice(["first", "second"])
        return (_loose(r, f"{_cap(_a(s))} is in the scene only during the {which} half."),
                window(name, which + "_half"))
    if kind == "inout":
        return _loose(r, f"{_cap(_a(s))} {r.choice(['floats', 'wanders', 'walks'])} in and then out again."), \
            brief(name)
    if kind == "stop":
        return (_loose(r, f"{_cap(_a(s))} enters from the right, stops in the middle, and then leaves to the left."),
                brief(name))
    if kind == "swap":
        return (_loose(r, f"{_cap(r.choice(TM_MID[h]))}, the {s} leaves and {_a(o)} arrives."),
                both(window(name, "disappears_half"), window(oname, "appears_half")))
    lm = _tm(r, TM_LANDMARKS, h)[0]
    return (_loose(r, f"For the first few seconds there is only {_a(lm)}; then {_a(o)} {r.choice(['sits down', 'stops'])} "
                      f"beside it."), window(oname, "appears"))


@family("dynamics", "tune")
def dyn_t6_plain(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    kind = r.choice(["compass", "sides", "up", "pond"])
    if kind == "compass":
        d = r.choice(["left", "right"])
        a, b = ("east", "west") if d == "left" else ("west", "east")
        return _loose(r, f"{_cap(_a(s))} {r.choice(TM_GO[h])} across the frame from {a} to {b}."), moves(name, d)
    if kind == "sides":
        d = r.choice(["left", "right"])
        o = "right" if d == "left" else "left"
        return _loose(r, f"{_cap(_a(s))} bounces from the {o} side to the {d} side."), moves(name, d)
    if kind == "up":
        s, name = _tm(r, TM_FLIERS, h)
        return _loose(r, f"{_cap(_a(s))} {r.choice(['shoots straight up', 'rises steadily', 'floats straight up'])}."), \
            moves(name, "up")
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    return (_loose(r, f"{_cap(_a(s))} goes from one side of the {r.choice(TM_SETTINGS[h])} to the other, {o} to {d}."),
            moves(name, d))


# -- sentences written one by one while reading time and motion by grammar (fourth session), as other people
# type prompts: each a fixed sentence with its check, so the tuning half keeps them.
_T7 = {
    "visibility": [
        ("A scene with a tree where a squirrel shows up in the second half.", lambda: window("squirrel", "appears_half")),
        ("A video in which a cat is present at the start and absent by the end.", lambda: window("cat", "disappears")),
        ("A clip showing an empty table; halfway through, a vase appears on it.", lambda: window("vase", "appears_half")),
        ("An owl sits on a branch for the first half of the video, then flies away.", lambda: window("owl", "disappears_half")),
        ("A mouse can be seen running across the floor only in the first half.", lambda: window("mouse", "first_half")),
        ("The dog only shows up after the video is half over.", lambda: window("dog", "appears_half")),
        ("A fox remains visible for the first half and then vanishes.", lambda: window("fox", "disappears_half")),
        ("A pig is there for the second half only.", lambda: window("pig", "second_half")),
        ("There's a sheep in the field, but it wanders out of view halfway through.", lambda: window("sheep", "disappears_half")),
        ("No car is visible in the first half of the video; a car drives in during the second half.", lambda: window("car", "appears_half")),
        ("At first the road is empty; then a cyclist rides into view.", lambda: window("cyclist", "appears")),
        ("A deer stands still throughout, never leaving the frame.", lambda: seen_throughout("deer")),
        ("A ladybug is on the leaf until the midpoint, after which it flies off.", lambda: window("ladybug", "disappears_half")),
        ("A jellyfish drifts into the frame in the middle of the video.", lambda: window("jellyfish", "appears_half")),
        ("The goat is visible during the first half but hidden in the second.", lambda: window("goat", "first_half")),
        ("A cat is in the frame in the beginning, but it is gone by the second half.", lambda: window("cat", "disappears_half")),
        ("A pelican is missing in the first half and present in the second half.", lambda: window("pelican", "second_half")),
        ("A bus drives past and leaves the frame before the end of the clip.", lambda: window("bus", "disappears")),
        ("A kitten appears in the last few seconds.", lambda: window("kitten", "appears")),
        ("From the start until the middle of the video there is a horse; after that, there is no horse.", lambda: window("horse", "first_half")),
        ("In the second half of the clip, a frog appears on the lily pad.", lambda: window("frog", "second_half")),
        ("A lantern is lit at the start and then vanishes halfway through.", lambda: window("lantern", "disappears_half")),
        ("For the first half only a table is visible; in the second half a chair appears beside it.", lambda: window("chair", "appears_half")),
        ("There is a dog in the first half of the video but not in the second half.", lambda: window("dog", "first_half")),
        ("A penguin waddles in partway through the clip and stays until the end.", lambda: window("penguin", "appears_half")),
        ("A cat leaves the room halfway through the scene.", lambda: window("cat", "disappears_half")),
        ("By the midpoint, the crow has flown away.", lambda: window("crow", "disappears_half")),
        ("A sheep becomes visible only toward the end.", lambda: window("sheep", "appears")),
        ("The rabbit is not visible until the very end.", lambda: window("rabbit", "appears")),
        ("A cup on the table disappears after a few seconds.", lambda: window("cup", "disappears")),
        ("Throughout the video, a lighthouse stands on the right while a boat sails from the left to the middle.", lambda: seen_throughout("lighthouse")),
        ("A deer grazes in the meadow until halfway through, when it runs off.", lambda: window("deer", "disappears_half")),
        ("After about half the clip has passed, a squirrel scampers in.", lambda: window("squirrel", "appears_half")),
        ("In the opening seconds a bee hovers, and then it flies away out of the frame.", lambda: window("bee", "disappears")),
        ("A cloud drifts across the sky and is gone by the end.", lambda: window("cloud", "disappears")),
        ("A moth flutters into the frame during the last third of the clip.", lambda: window("moth", "appears")),
        ("The camel is visible for the entire clip.", lambda: seen_throughout("camel")),
        ("For most of the video the porch is empty; near the end a cat steps onto it.", lambda: window("cat", "appears")),
        ("An owl is on the branch in the first half and flies off in the second.", lambda: window("owl", "disappears")),
        ("A dog is visible at the start of the video but leaves before the end.", lambda: window("dog", "disappears")),
        ("For the first few seconds there is only a bench; then a girl sits down on it.", lambda: window("girl", "appears")),
        ("A cat is in the scene only during the second half.", lambda: window("cat", "second_half")),
        ("During the first half of the video a lamp is on the table, and in the second half the table is empty.", lambda: window("lamp", "first_half")),
        ("A balloon floats in and then floats out again.", lambda: brief("balloon")),
        ("The dog disappears in the middle of the video.", lambda: window("dog", "disappears_half")),
        ("A squirrel emerges halfway through and stays.", lambda: window("squirrel", "appears_half")),
        ("A cow is grazing; halfway through, it wanders off.", lambda: window("cow", "disappears_half")),
        ("A bus enters from the right, stops in the middle, and then leaves to the left.", lambda: brief("bus")),
        ("At the start of the clip there is no bird, but around the middle a bird flies in.", lambda: window("bird", "appears_half")),
        ("Only in the first half of the clip can we see a lamp.", lambda: window("lamp", "first_half")),
        ("A ball is on the table for the first half of the video; after that, it is gone.", lambda: window("ball", "first_half")),
        ("The scene shows a tree; a deer appears next to it halfway through.", lambda: window("deer", "appears_half")),
        ("A fox is visible from the midpoint onward.", lambda: window("fox", "second_half")),
        ("A cat shows up in the last part of the video.", lambda: window("cat", "appears")),
        ("A goose waddles into the frame in the second half.", lambda: window("goose", "appears_half")),
        ("The girl stays on screen until the halfway point and then walks away out of the frame.", lambda: window("girl", "disappears_half")),
        ("The frame is empty at first; a rabbit then hops in.", lambda: window("rabbit", "appears")),
        ("A cup sits on a table; at the end of the video the cup is gone.", lambda: window("cup", "disappears")),
        ("A chicken is present at the start but disappears halfway.", lambda: window("chicken", "disappears_half")),
        ("A crab appears after the midpoint of the clip.", lambda: window("crab", "appears_half")),
        ("The video starts with an empty road. A truck then drives into view.", lambda: window("truck", "appears")),
        ("A lamp is only visible in the latter half of the clip.", lambda: window("lamp", "second_half")),
        ("Halfway through the clip, a balloon pops and vanishes.", lambda: window("balloon", "disappears_half")),
        ("A yacht can be seen in the first half of the video, but it sails away in the second half.", lambda: window("yacht", "disappears")),
        ("The monkey remains until the end.", lambda: seen_throughout("monkey")),
        ("A cat jumps onto the table halfway through.", lambda: window("cat", "appears_half")),
        ("A bird is perched on a branch and flies away at the end.", lambda: window("bird", "disappears")),
        ("There is a hen at first, but by halfway it has wandered off.", lambda: window("hen", "disappears_half")),
        ("A firefly appears in the second half of the video.", lambda: window("firefly", "appears_half")),
        ("The dog is not in the video at first; it only appears at the end.", lambda: window("dog", "appears")),
        ("A truck is parked in the first half and drives off in the second half.", lambda: window("truck", "disappears")),
        ("A ghost fades in slowly.", lambda: window("ghost", "appears")),
        ("A ghost fades out slowly.", lambda: window("ghost", "disappears")),
        ("The car drives out of the frame midway through the video.", lambda: window("car", "disappears_half")),
        ("A man is standing in the frame from the beginning, and he leaves at the very end.", lambda: window("man", "disappears")),
        ("A cat sleeps the whole time.", lambda: seen_throughout("cat")),
        ("A bird that disappears halfway through the video.", lambda: window("bird", "disappears_half")),
        ("A dog that only appears in the second half.", lambda: window("dog", "second_half")),
        ("A car that is visible only at the beginning.", lambda: window("car", "disappears")),
        ("An apple that appears at the end of the clip.", lambda: window("apple", "appears")),
        ("A squirrel visible throughout the whole video.", lambda: seen_throughout("squirrel")),
        ("A rabbit jumps in, sits for a moment, and jumps out again.", lambda: brief("rabbit")),
        ("In the second half of the video a man enters from the right.", lambda: window("man", "appears_half")),
        ("The lamp turns off and disappears in the middle of the video.", lambda: window("lamp", "disappears_half")),
        ("A tortoise is absent for the first half, then crawls in.", lambda: window("tortoise", "appears_half")),
    ],
    "dynamics": [
        ("A horse runs from left to right, passing a tree.", lambda: moves("horse", "right")),
        ("A fox darts to the left side of the frame.", lambda: moves("fox", "left")),
        ("A plane flies overhead from the left to the right.", lambda: moves("plane", "right")),
        ("A helicopter climbs into the sky.", lambda: moves("helicopter", "up")),
        ("An elephant walks toward the viewer, growing larger.", lambda: moves("elephant", "closer")),
        ("A cow moves away from us towards the horizon.", lambda: moves("cow", "away")),
        ("A tram moves steadily from the right side of the frame to the left side.", lambda: moves("tram", "left")),
        ("A scooter comes toward the camera, getting bigger.", lambda: moves("scooter", "closer")),
        ("A balloon rises higher and higher.", lambda: moves("balloon", "up")),
        ("A ferry sails away from the pier.", lambda: nears("ferry", "pier", False)),
        ("A dog trots over to a bowl.", lambda: nears("dog", "bowl")),
        ("A jogger overtakes a lamppost, moving left to right.", lambda: passes("jogger", "lamppost", "left_of", "right_of")),
        ("A hen wanders from the right of the barn to the left of the barn.", lambda: passes("hen", "barn", "right_of", "left_of")),
        ("A rolling ball goes left.", lambda: moves("ball", "left")),
        ("A car speeds off to the left.", lambda: moves("car", "left")),
        ("A ball bounces from the left side to the right side.", lambda: moves("ball", "right")),
        ("A boat sails leftward across the lake.", lambda: moves("boat", "left")),
        ("A car drives toward us.", lambda: moves("car", "closer")),
        ("A horse gallops away from the viewer into the distance.", lambda: moves("horse", "away")),
        ("A man walks past the tree from right to left.", lambda: passes("man", "tree", "right_of", "left_of")),
        ("A cat that starts to the left of a dog ends up to its right.", lambda: passes("cat", "dog", "left_of", "right_of")),
        ("Initially a fox is left of the barn; later it is right of the barn.", lambda: passes("fox", "barn", "left_of", "right_of")),
        ("Halfway through, the fox leaves and a wolf arrives.", lambda: both(window("fox", "disappears_half"), window("wolf", "appears_half"))),
        ("A leaf falls slowly from the top of the frame to the bottom.", lambda: moves("leaf", "down")),
        ("A rocket shoots straight up.", lambda: moves("rocket", "up")),
        ("The sun rises.", lambda: moves("sun", "up")),
        ("A man walks toward the house.", lambda: nears("man", "house")),
        ("A dog runs away from the cat.", lambda: nears("dog", "cat", False)),
        ("A duck swims from one side of the pond to the other, left to right.", lambda: moves("duck", "right")),
        ("A plane flies across the sky from east to west.", lambda: moves("plane", "left")),
        ("A balloon drifts upward and to the right.", lambda: moves("balloon", "right")),
        ("A video where a cat walks from the left edge of the frame all the way to the right edge.", lambda: moves("cat", "right")),
        ("The clip begins with a dog on the right side; the dog then trots over to the left side.", lambda: moves("dog", "left")),
        ("In this video, a red car is driving towards the left of the screen.", lambda: moves("car", "left")),
        ("A hot-air balloon slowly descends from the sky to the ground.", lambda: moves("balloon", "down")),
        ("Watch as a squirrel scampers up toward the top of the frame.", lambda: moves("squirrel", "up")),
        ("A horse approaches the barn, getting closer with every step.", lambda: nears("horse", "barn")),
        ("The boy walks away from the fountain, leaving it behind.", lambda: nears("boy", "fountain", False)),
        ("A bicycle passes behind the tree, moving from left to right.", lambda: crosses("bicycle", "tree", "behind")),
        ("A duck, initially to the right of the rock, swims to its left.", lambda: passes("duck", "rock", "right_of", "left_of")),
        ("The cat begins on the left side of the sofa and ends up on the right side of it.", lambda: passes("cat", "sofa", "left_of", "right_of")),
        ("A sailboat glides east.", lambda: moves("sailboat", "right")),
        ("A cat that is walking to the right.", lambda: moves("cat", "right")),
        ("A dog is running to the left side of the image.", lambda: moves("dog", "left")),
        ("a pig trots from the right to the left of the frame", lambda: moves("pig", "left")),
        ("A realistic video of a monkey swinging from the left to the right.", lambda: moves("monkey", "right")),
        ("There is a turtle crawling slowly toward the right edge.", lambda: moves("turtle", "right")),
        ("An owl flies down from the top of the screen to the bottom.", lambda: moves("owl", "down")),
        ("A jeep moves closer to the camera over time.", lambda: moves("jeep", "closer")),
        ("The tiger walks off into the background.", lambda: moves("tiger", "away")),
        ("A woman jogs toward a lamppost and stops beside it.", lambda: nears("woman", "lamppost")),
        ("A dog on the left of a car moves to the right of the car.", lambda: passes("dog", "car", "left_of", "right_of")),
        ("A goat moves from the left side of the tree to the right side of the tree.", lambda: passes("goat", "tree", "left_of", "right_of")),
        ("A boat drifts to the left while a swan swims to the right.", lambda: both(moves("boat", "left"), moves("swan", "right"))),
        ("A man walks right and a woman walks left.", lambda: both(moves("man", "right"), moves("woman", "left"))),
        ("A scooter zips from the far left of the frame to the far right.", lambda: moves("scooter", "right")),
        ("Moving quickly to the right, a hare crosses the meadow.", lambda: moves("hare", "right")),
        ("A fish swims leftwards through the water.", lambda: moves("fish", "left")),
        ("A bear lumbers toward the viewer.", lambda: moves("bear", "closer")),
        ("A truck drives away from the camera down a long road.", lambda: moves("truck", "away")),
        ("A child runs up to a tree.", lambda: nears("child", "tree")),
        ("A cow wanders away from the fence.", lambda: nears("cow", "fence", False)),
        ("A cyclist rides past a mailbox, going from left to right.", lambda: passes("cyclist", "mailbox", "left_of", "right_of")),
        ("A kitten starts to the right of a basket and ends to its left.", lambda: passes("kitten", "basket", "right_of", "left_of")),
        ("A parrot sits on the left of a cage for a while and then hops over to its right.", lambda: passes("parrot", "cage", "left_of", "right_of")),
        ("The statue is there the whole time, and a pigeon lands on it halfway through.", lambda: both(seen_throughout("statue"), window("pigeon", "appears_half"))),
        ("An airplane flying from the right side of the image to the left side.", lambda: moves("airplane", "left")),
        ("A bus heading left across the street.", lambda: moves("bus", "left")),
        ("A motorbike speeding to the right.", lambda: moves("motorbike", "right")),
        ("A dog walking to the left, away from a house.", lambda: nears("dog", "house", False)),
        ("A horse running toward a fence.", lambda: nears("horse", "fence")),
        ("A cat moving from the right of a chair to the left of it.", lambda: passes("cat", "chair", "right_of", "left_of")),
        ("A boy walking from the left side of a car to its right side.", lambda: passes("boy", "car", "left_of", "right_of")),
        ("A park in which a jogger runs past a bench from right to left.", lambda: passes("jogger", "bench", "right_of", "left_of")),
        ("A lake with a duck that swims to the right.", lambda: moves("duck", "right")),
        ("A field where a horse gallops toward the camera.", lambda: moves("horse", "closer")),
        ("A beach on which a crab walks sideways to the left.", lambda: moves("crab", "left")),
        ("A dog and a cat: the dog runs left, the cat runs right.", lambda: both(moves("dog", "left"), moves("cat", "right"))),
        ("A plane descends toward the bottom of the frame.", lambda: moves("plane", "down")),
        ("A hawk is flying upward.", lambda: moves("hawk", "up")),
        ("A car enters from the left and exits on the right.", lambda: crosses_frame("car")),
        ("A train passes through the frame from right to left.", lambda: moves("train", "left")),
    ],
    "sequential": [
        ("A drone hovers in the top left, moves to the top right, and descends to the bottom right.", lambda: route("drone", "upper left", "upper right", "lower right")),
        ("A robot rolls from the bottom right to the bottom left before climbing to the top left.", lambda: route("robot", "lower right", "lower left", "upper left")),
        ("The ball travels first to the top right, second to the bottom right, and third to the bottom left.", lambda: route("ball", "upper right", "lower right", "lower left")),
        ("Beginning in the upper right, a feather floats to the lower left.", lambda: route("feather", "upper right", "lower left")),
        ("A crab scuttles from the bottom left to the bottom right and back again.", lambda: route("crab", "lower left", "lower right", "lower left")),
        ("Starting from the lower left, the rocket flies to the upper left, then to the upper right, and finally to the lower right.", lambda: route("rocket", "lower left", "upper left", "upper right", "lower right")),
        ("A spider climbs from the bottom right corner to the top right corner.", lambda: route("spider", "lower right", "upper right")),
        ("A kite begins in the lower-right area and ends in the upper-left area.", lambda: route("kite", "lower right", "upper left")),
        ("The boat moves left, then moves right again.", lambda: legs("boat", "left", "right")),
        ("A squirrel runs up the frame and then to the left.", lambda: legs("squirrel", "up", "left")),
        ("A ball falls down and then rolls to the right.", lambda: legs("ball", "down", "right")),
        ("A car appears on the left, and then a bus appears on the right.", lambda: appears_before("car", "bus")),
        ("A dog comes in first; only then does a cat come in.", lambda: appears_before("dog", "cat")),
        ("After the horse leaves, a cow walks in.", lambda: appears_before("horse", "cow", True)),
        ("A goose flies from the top right corner to the top left corner, and then to the bottom left corner.", lambda: route("goose", "upper right", "upper left", "lower left")),
        ("A snowball rolls down from the upper left to the lower left, then rightward to the lower right.", lambda: route("snowball", "upper left", "lower left", "lower right")),
        ("A swan glides from the middle of the left edge to the bottom right corner.", lambda: route("swan", "lower right")),
        ("The lantern drifts up from the bottom left to the top left and then drifts right to the top right.", lambda: route("lantern", "lower left", "upper left", "upper right")),
        ("A bird perches in the upper right, then swoops down to the lower left.", lambda: route("bird", "upper right", "lower left")),
        ("The scene opens with a dog in the bottom left corner; it then runs to the top right corner.", lambda: route("dog", "lower left", "upper right")),
        ("Initially located at the top left, the balloon floats down to the bottom left, then over to the bottom right.", lambda: route("balloon", "upper left", "lower left", "lower right")),
        ("A frog sits in the bottom right corner, hops to the bottom left corner, and finally leaps to the top left corner.", lambda: route("frog", "lower right", "lower left", "upper left")),
        ("At the beginning a duck is at the upper right. It paddles to the lower right, and then to the lower left.", lambda: route("duck", "upper right", "lower right", "lower left")),
        ("The bee's path goes from the upper left to the lower left and then to the lower right.", lambda: route("bee", "upper left", "lower left", "lower right")),
        ("A toy plane loops from the bottom-right corner up to the top-right corner and across to the top-left corner.", lambda: route("plane", "lower right", "upper right", "upper left")),
        ("In sequence, a marble visits the top right, the top left, and the bottom left of the frame.", lambda: route("marble", "upper right", "upper left", "lower left")),
        ("A beetle moves to the right, and after that it moves up.", lambda: legs("beetle", "right", "up")),
        ("A snail crawls down, then right.", lambda: legs("snail", "down", "right")),
        ("A boy walks to the left side of the frame and then returns to the right side.", lambda: legs("boy", "left", "right")),
        ("A cat walks in from the right; shortly afterwards a dog walks in from the left.", lambda: appears_before("cat", "dog")),
        ("A man exits the shot, after which a woman enters.", lambda: appears_before("man", "woman", True)),
        ("A bird lands on the fence only after the cat has gone.", lambda: appears_before("cat", "bird", True)),
        ("A bird goes from the lower right corner to the upper left corner and finally to the upper right corner.", lambda: route("bird", "lower right", "upper left", "upper right")),
        ("First the cat sits in the lower left. Later it moves up to the upper left.", lambda: route("cat", "lower left", "upper left")),
        ("A butterfly flutters to the top right, then the bottom right, then the bottom left.", lambda: route("butterfly", "upper right", "lower right", "lower left")),
        ("The fish swims right, then up, then left.", lambda: legs("fish", "right", "up", "left")),
        ("A ball rolls left and then comes back.", lambda: legs("ball", "left", "right")),
        ("A dog arrives, then a cat, then a mouse.", lambda: both(appears_before("dog", "cat"), appears_before("cat", "mouse"))),
        ("The goat walks off before the sheep shows up.", lambda: appears_before("goat", "sheep", True)),
        ("Once the crow has flown away, a sparrow arrives.", lambda: appears_before("crow", "sparrow", True)),
        ("A lion enters; a moment later, a zebra follows.", lambda: appears_before("lion", "zebra")),
        ("A taxi pulls up, and after a few seconds a bus pulls up behind it.", lambda: appears_before("taxi", "bus")),
        ("A bird flies from the top left to the bottom right, then back to the top left.", lambda: route("bird", "upper left", "lower right", "upper left")),
        ("First the cat is in the top left corner, then it moves to the top right corner, and finally it settles in the bottom right corner.", lambda: route("cat", "upper left", "upper right", "lower right")),
        ("A frog hops from the lower right to the lower left and then up to the upper left.", lambda: route("frog", "lower right", "lower left", "upper left")),
        ("The drone takes off from the bottom left and lands in the top right.", lambda: route("drone", "lower left", "upper right")),
        ("A rabbit moves up and then to the left.", lambda: legs("rabbit", "up", "left")),
        ("The cat first appears on the left, then a dog appears on the right.", lambda: appears_before("cat", "dog")),
        ("A car drives in from the left, and after it has gone, a truck drives in from the right.", lambda: appears_before("car", "truck", True)),
        ("The ball rolls to the right, stops, and rolls back to the left.", lambda: legs("ball", "right", "left")),
        ("A cat is at the bottom left at the beginning and at the top right at the end.", lambda: route("cat", "lower left", "upper right")),
        ("A kite starts in the bottom-left, flies up to the top-left, and then across to the top-right.", lambda: route("kite", "lower left", "upper left", "upper right")),
        ("The ball moves clockwise: top left, top right, bottom right.", lambda: route("ball", "upper left", "upper right", "lower right")),
        ("A bee goes to the top right corner first and to the bottom left corner afterwards.", lambda: route("bee", "upper right", "lower left")),
        ("The bird starts at the bottom right. Then it flies to the top right. Finally, it lands in the top left.", lambda: route("bird", "lower right", "upper right", "upper left")),
        ("A robot first walks right, then walks down.", lambda: legs("robot", "right", "down")),
        ("A toy car drives to the left, turns around, and drives back to the right.", lambda: legs("car", "left", "right")),
        ("A cat enters the frame first, and only later does a dog enter.", lambda: appears_before("cat", "dog")),
        ("A dog leaves, and then a cat comes in.", lambda: appears_before("dog", "cat", True)),
        ("A bus arrives after a car has already left.", lambda: appears_before("car", "bus", True)),
        ("A hawk circles above a field, then dives down to the lower left.", lambda: route("hawk", "lower left")),
        ("Moving from the top right to the bottom left, a leaf drifts down.", lambda: route("leaf", "upper right", "lower left")),
        ("A skier goes downhill, from the upper left to the lower right.", lambda: route("skier", "upper left", "lower right")),
        ("A bat flies from the bottom right to the top right, and then to the top left.", lambda: route("bat", "lower right", "upper right", "upper left")),
        ("A ball rolls from the upper right corner to the lower right corner, and from there to the lower left corner.", lambda: route("ball", "upper right", "lower right", "lower left")),
        ("Starting at the top left, a fly buzzes to the bottom left and then to the bottom right.", lambda: route("fly", "upper left", "lower left", "lower right")),
        ("A pigeon lands in the bottom left corner after flying in from the top right corner.", lambda: route("pigeon", "upper right", "lower left")),
        ("A cat comes in from the left; after a while, a dog comes in from the right.", lambda: appears_before("cat", "dog")),
        ("A tram leaves the frame and, some seconds later, a bus enters.", lambda: appears_before("tram", "bus", True)),
        ("A beetle crawls from the top right corner down to the bottom right corner, then left to the bottom left corner.", lambda: route("beetle", "upper right", "lower right", "lower left")),
        ("The ball starts in the center and moves to the top left corner.", lambda: route("ball", "upper left")),
        ("The puck slides right, then bounces back left.", lambda: legs("puck", "right", "left")),
        ("The drone goes up first, and then moves to the right.", lambda: legs("drone", "up", "right")),
        ("A pony trots in from the left; later a donkey trots in from the right.", lambda: appears_before("pony", "donkey")),
        ("After the cat has walked out of the frame, a dog walks in.", lambda: appears_before("cat", "dog", True)),
        ("First a dove lands, and then a crow lands beside it.", lambda: appears_before("dove", "crow")),
        ("A leaf falls from the top left to the bottom right.", lambda: route("leaf", "upper left", "lower right")),
        ("A rocket flies from the bottom left corner to the top right corner of the frame.", lambda: route("rocket", "lower left", "upper right")),
        ("A kite moving from the bottom left to the top left and then to the top right.", lambda: route("kite", "lower left", "upper left", "upper right")),
        ("A ball going from the top right corner to the bottom right corner and then to the bottom left one.", lambda: route("ball", "upper right", "lower right", "lower left")),
        ("A bird initially in the top left, then flying to the bottom right.", lambda: route("bird", "upper left", "lower right")),
        ("A cat first appearing and then a dog appearing.", lambda: appears_before("cat", "dog")),
        ("A video of a street where a bus arrives and later a taxi arrives.", lambda: appears_before("bus", "taxi")),
    ],
}


def _own_sentences(table: dict, round_: str) -> None:
    """A tuning family per category drawing from sentences written one by one (`table`: category -> (sentence, a
    function making its check)), named '<vis|dyn|seq>_<round_>_own_sentences'."""
    for category, short in (("visibility", "vis"), ("dynamics", "dyn"), ("sequential", "seq")):
        def draw(r, h, sentences=table[category]):
            text, check = r.choice(sentences)
            return text, check()
        draw.__name__ = f"{short}_{round_}_own_sentences"
        family(category, "tune")(draw)


_own_sentences(_T7, "t7")


# -- a tenth round (time and motion, fifth session): the clip told by its parts ('the opening third', 'for the
# rest'), ordinals of appearance ('the first to appear', 'is next', 'the last to arrive'), hidden-then-out states,
# where a thing comes in and where it goes out in one sentence, and time mixed with counts and with still
# relations, so a time reading that fires on a counting or spatial sentence shows on the tuning half.
def during(name, lo, hi):
    """On screen over the window (lo, hi) of the shot and off it outside, with a margin of 0.1 either side."""
    def check(plan, shot):
        boxes = track(shot, one(plan, name))
        last_t = shot.keyframes[-1].t
        for kf, b in zip(shot.keyframes, boxes):
            u = kf.t / last_t
            if lo + 0.1 < u < hi - 0.1 or (u == 0 and lo == 0) or (u == 1 and hi == 1):
                need(b is not None, f"{name} absent at u={u:.2f}, should be there over {lo}-{hi}")
            if u < lo - 0.1 or u > hi + 0.1:
                need(b is None, f"{name} visible at u={u:.2f}, should be there only over {lo}-{hi}")
    return check


def in_order(*names):
    """Each comes on screen after the one before, and all are there at the end."""
    def check(plan, shot):
        firsts = []
        for n in names:
            seen = _seen(shot, one(plan, n))
            need(seen and seen[-1] == len(shot.keyframes) - 1, f"{n} not there at the end: {seen}")
            firsts.append(seen[0])
        need(all(a < b for a, b in zip(firsts, firsts[1:])), f"{names} come in at keyframes {firsts}")
    return check


def counted_throughout(name, n):
    """n of a thing, each on screen in every keyframe (a crowd's figures count)."""
    def check(plan, shot):
        ids = ids_named(plan, name)
        figures = sum(int(plan.entity(i).attributes.get("count", "1")) for i in ids)
        need(figures == n, f"{n} {name}: {figures} ({[e.name for e in plan.entities]})")
        for i in ids:
            always(shot, i)
    return check


def enters_and_leaves(name, way):
    """Comes in, crosses going `way`, and goes out: off at the first and last keyframes, moving `way` between."""
    def check(plan, shot):
        boxes = track(shot, one(plan, name))
        need(boxes[0] is None and boxes[-1] is None, f"{name} should come in and go out: {boxes}")
        xs = [cx(b) for b in boxes if b is not None]
        s = 1 if way == "right" else -1
        need(len(xs) >= 2 and all(s * (b - a) >= -1e-6 for a, b in zip(xs, xs[1:])) and s * (xs[-1] - xs[0]) > 0.2,
             f"{name} not crossing {way}: {xs}")
    return check


TM8_THIRDS = {"tune": [("opening third", 0, 1 / 3), ("first third", 0, 1 / 3), ("last third", 2 / 3, 1),
                       ("final third", 2 / 3, 1), ("first quarter", 0, 0.25), ("last quarter", 0.75, 1),
                       ("first half", 0, 0.5), ("second half", 0.5, 1)],
              "held": [("initial third", 0, 1 / 3), ("closing quarter", 0.75, 1)]}


@family("visibility", "tune")
def vis_t8_parts(r, h):
    s, name = _t3(r, h)
    part, lo, hi = r.choice(TM8_THIRDS[h])
    w = r.choice(TM_SETTINGS[h])
    shape = r.choice(["For the {p} of the clip {s} is there; for the rest it is gone.",
                      "{S} is on screen during the {p} only.",
                      "{S} occupies the {w} for the {p} and is absent otherwise.",
                      "Only during the {p} can {s} be seen.",
                      "The {p} of the video shows {s}; the rest shows an empty {w}.",
                      "{S} is there in the {p}, and nowhere else in the clip.",
                      "We see {s} for the {p} of the video and never again."
                      if lo == 0 else "We see {s} only in the {p} of the video."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), p=part, w=w)), during(name, lo, hi)


@family("visibility", "tune")
def vis_t8_split(r, h):
    (a, an), (b, bn) = _t3(r, h), _t3(r, h)
    while bn == an:
        b, bn = _t3(r, h)
    shape = r.choice(["{A} fills the first half and {b} the second.",
                      "{A} takes up the first half of the video, {b} the second half.",
                      "The first half belongs to {a}, the second to {b}.",
                      "For the opening half we see {a}; for the rest of the clip, {b}.",
                      "{A} is shown in the first half, {b} in the second.",
                      "First half: {a}. Second half: {b}.",
                      "{A} is there until the midpoint, and {b} from then on.",
                      "The clip shows {a} up to the halfway point and {b} after it."])
    return (_loose(r, shape.format(A=_cap(_a(a)), a=_a(a), b=_a(b))),
            both(window(an, "first_half"), window(bn, "second_half")))


@family("visibility", "tune")
def vis_t8_hidden_then(r, h):
    s, name = _t3(r, h)
    o = _tm(r, TM_LANDMARKS, h)[0]
    comes = r.random() < 0.6
    if comes:
        shape = r.choice(["{S} is hidden at first, then comes out.",
                          "At first out of sight, {s} is only later visible.",
                          "{S} is out of sight at first and only later comes into view.",
                          "{S} is hidden behind the {o} at first; later it comes out.",
                          "Invisible to begin with, {s} eventually shows itself.",
                          "Initially nowhere to be seen, {s} turns up later on.",
                          "{S} stays hidden for a while and then emerges.",
                          "{S} starts out hidden, but later we can see it."])
        return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), o=o)), window(name, "appears")
    shape = r.choice(["{S} is in plain sight at first and later hides behind the {o}.",
                      "Visible to begin with, {s} is later out of sight.",
                      "{S} is there at first but later goes into hiding.",
                      "At first {s} can be seen; later on it is hidden.",
                      "{S} starts out in view and is hidden by the end."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), o=o)), window(name, "disappears")


@family("visibility", "tune")
def vis_t8_counts_and_time(r, h):
    (p, pn), (s, name) = r.choice(TM_PLURAL[h]), _tm(r, TM_MOVERS, h)
    while name == pn:
        s, name = _tm(r, TM_MOVERS, h)
    w, n = r.choice([("two", 2), ("three", 3), ("2", 2), ("four", 4)])
    mid = r.choice(TM_MID[h])
    kind = r.choice(["late", "early", "still", "still"])
    if kind == "late":
        shape = r.choice(["{N} {p} stand in the {w}; {mid}, {s} walks in.",
                          "There are {n} {p} the whole time, and {s} joins them {mid}.",
                          "{N} {p} wait on the left; {s} shows up on the right {mid}.",
                          "{mid_}, {s} arrives beside the {n} {p}."])
        check = both(counted_throughout(pn, n), window(name, "appears_half"))
    elif kind == "early":
        shape = r.choice(["{N} {p} stay put while {s} leaves {mid}.",
                          "{S} stands near {n} {p} and walks off {mid}; the {p} remain.",
                          "{mid_}, {s} goes away, leaving the {n} {p} behind."])
        check = both(counted_throughout(pn, n), window(name, "disappears_half"))
    else:
        shape = r.choice(["{N} {p} appear in the {w}.", "{N} {p} show up in the {w}, next to each other.",
                          "In the {w} there appear {n} {p}.", "{N} {p} are visible in the {w} throughout.",
                          "{N} {p} can be seen, the first one on the left."])
        check = counted_throughout(pn, n)
    text = shape.format(N=_cap(w), n=w, p=p, s=_a(s), S=_cap(_a(s)), w=r.choice(TM_SETTINGS[h]), mid=mid,
                        mid_=_cap(mid))
    return _loose(r, text), check


@family("dynamics", "tune")
def dyn_t8_in_and_out(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["{S} walks in from the {o} side and walks out on the {d} side.",
                      "{S} comes in on the {o} and leaves on the {d}.",
                      "{S} enters from the {o} edge and exits through the {d} edge.",
                      "Entering on the {o}, {s} crosses the frame and exits on the {d}.",
                      "{S} appears at the {o} side, crosses over, and disappears at the {d} side.",
                      "{S} comes into the frame from the {o} and goes out of it to the {d}.",
                      "{S} arrives from the {o} and departs to the {d}.",
                      "From the {o}, {s} walks into the shot; it leaves the shot on the {d}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), d=d, o=o)), enters_and_leaves(name, d)


@family("dynamics", "tune")
def dyn_t8_motion_with_still(r, h):
    (s, name), (o, oname) = _tm(r, TM_MOVERS, h), _tm(r, TM_LANDMARKS, h)
    while oname == name:
        o, oname = _tm(r, TM_LANDMARKS, h)
    (p, pn) = r.choice(TM_PLURAL[h])
    while pn in (name, oname):
        p, pn = r.choice(TM_PLURAL[h])
    d = r.choice(["left", "right"])
    o2 = "right" if d == "left" else "left"
    w, n = r.choice([("two", 2), ("three", 3)])
    kind = r.choice(["count", "count", "rel"])
    if kind == "count":
        shape = r.choice(["While {n} {p} stand still, {s} moves from the {o2} to the {d}.",
                          "{N} {p} watch as {s} runs from {o2} to {d}.",
                          "{S} heads {d}, past {n} {p} that do not move.",
                          "{N} {p} sit in the middle and {s} travels toward the {d} edge."])
        check = both(counted_throughout(pn, n), moves(name, d))
    else:
        shape = r.choice(["{S} walks to the {d} while a {ob} stays in the middle of the frame.",
                          "The {ob} stands in the center; {s} rolls from the {o2} side to the {d} side.",
                          "{S} moves {d}ward; a {ob} stays where it is the whole time."])
        check = both(seen_throughout(oname), moves(name, d))
    text = shape.format(N=_cap(w), n=w, p=p, S=_cap(_a(s)), s=_a(s), d=d, o2=o2, ob=o)
    return _loose(r, text), check


@family("dynamics", "tune")
def dyn_t8_ways(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["{S} hurries across from the {o}-hand side to the {d}-hand side.",
                      "{S} goes {o}-to-{d} across the screen.", "{S} makes for the {d} edge of the frame.",
                      "{S}'s path runs from {o} to {d}.", "{O} to {d}, {s} crosses the frame.",
                      "{S} moves in the direction of the {d} edge.", "{S} is seen heading {d}.",
                      "{S} travels across the screen, starting on the {o}.",
                      "The motion is from {o} to {d}: {s} crosses the frame.",
                      "{S} keeps drifting toward the {d} of the picture."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), d=d, o=o, O=_cap(o))), moves(name, d)


@family("sequential", "tune")
def seq_t8_ordinals(r, h):
    (a, an), (b, bn), (c, cn) = _tm(r, TM_MOVERS, h), _tm(r, TM_MOVERS, h), _tm(r, TM_MOVERS, h)
    while bn == an:
        b, bn = _tm(r, TM_MOVERS, h)
    while cn in (an, bn):
        c, cn = _tm(r, TM_MOVERS, h)
    three = r.random() < 0.35
    if three:
        shape = r.choice(["{A} appears first, then {b}, and finally {c}.",
                          "First {a} arrives, then {b} shows up, and last of all {c} walks in.",
                          "{A} is the first to arrive, {b} the second and {c} the third.",
                          "One by one they come in: {a}, {b}, then {c}.",
                          "{A} enters, then {b} does, and {c} comes last."])
        return (_loose(r, shape.format(A=_cap(_a(a)), a=_a(a), b=_a(b), c=_a(c))), in_order(an, bn, cn))
    shape = r.choice(["{A} is the first to appear and {b} the second.",
                      "First comes {a}, then {b} shows up.",
                      "The first to arrive is {a}; the second is {b}.",
                      "{A} comes first and {b} comes second.",
                      "{A} appears first; {b} is the second to show up.",
                      "{A} shows up, and {b} is next.",
                      "{B} is the last to arrive, after {a}.",
                      "{A} gets there before {b}.",
                      "{B} comes in after {a}."])
    return (_loose(r, shape.format(A=_cap(_a(a)), a=_a(a), B=_cap(_a(b)), b=_a(b))), appears_before(an, bn))


@family("sequential", "tune")
def seq_t8_parts_route(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS, TM_PROPS]), h)
    cs = _route(r, 3)
    a, b, c = (_tm_corner(r, h, x) for x in cs)
    three = r.random() < 0.5
    if three:
        shape = r.choice(["{S} spends the opening third in the {a}, the middle third in the {b}, and the rest in the {c}.",
                          "For the first third {s} is in the {a}, for the second third in the {b}, and for the last "
                          "third in the {c}.",
                          "{S}: {a} at the start, {b} in the middle, {c} at the end."])
        return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), a=a, b=b, c=c)), route(name, *cs)
    shape = r.choice(["For the first half {s} is in the {a}; for the rest it is in the {b}.",
                      "{S} occupies the {a} for the first half and the {b} for the second.",
                      "{S} is in the {a} during the opening half and in the {b} during the closing half.",
                      "Until the midpoint {s} stays in the {a}; after that it is in the {b}.",
                      "The first half has {s} in the {a}, the second half has it in the {b}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), a=a, b=b)), route(name, *cs[:2])


@family("sequential", "tune")
def seq_t8_counts_in_order(r, h):
    (a, an) = _tm(r, TM_MOVERS, h)
    (p, pn) = r.choice(TM_PLURAL[h])
    while pn == an:
        p, pn = r.choice(TM_PLURAL[h])
    w, n = r.choice([("two", 2), ("three", 3), ("2", 2)])
    shape = r.choice(["{N} {p} are there from the start; later {a} joins them.",
                      "First there are {n} {p}, then {a} walks in.",
                      "{N} {p} stand on the left the whole time, and after a while {a} arrives on the right.",
                      "{A} shows up after a while; the {n} {p} were there all along."])
    return (_loose(r, shape.format(N=_cap(w), n=w, p=p, A=_cap(_a(a)), a=_a(a))),
            both(counted_throughout(pn, n), window(an, "appears")))


# held-back families of this round, written before any score and never debugged (scores only)
@family("visibility", "held")
def vis_t8h_parts(r, h):
    s, name = _t3(r, h)
    part, lo, hi = r.choice(TM8_THIRDS[h])
    shape = r.choice(["{S} is around for the {p} of the footage, and that is all.",
                      "Nothing but the {p} of the footage has {s} in it."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), p=part)), during(name, lo, hi)


@family("visibility", "held")
def vis_t8h_hidden(r, h):
    s, name = _t3(r, h)
    shape = r.choice(["{S} keeps out of sight early on, and only toward the end does it come into view.",
                      "Concealed at the outset, {s} reveals itself later."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s))), window(name, "appears")


@family("dynamics", "held")
def dyn_t8h_in_and_out(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["{S} strolls in at the {o} edge and strolls out at the {d} edge.",
                      "In from the {o}, out to the {d}: {s} passes through."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), d=d, o=o)), enters_and_leaves(name, d)


@family("sequential", "held")
def seq_t8h_ordinals(r, h):
    (a, an), (b, bn) = _tm(r, TM_MOVERS, h), _tm(r, TM_MOVERS, h)
    while bn == an:
        b, bn = _tm(r, TM_MOVERS, h)
    shape = r.choice(["{A} is the earliest arrival; {b} is the next.", "Second to turn up is {b}, after {a}."])
    return _loose(r, shape.format(A=_cap(_a(a)), a=_a(a), b=_a(b))), appears_before(an, bn)


# -- an eleventh round (fifth session): states with 'anymore', 'only until', 'from … onward', 'revealed', a
# relative clause with its own time, away and back ('vanishes, only to reappear'), perfect tenses ('has arrived
# by the midpoint'); motion by a passive or a carrier ('is blown to the right'), diagonals, 'until it reaches the
# edge'; routes told with arrows, 'before finally', 'moves on to'; two things by 'is followed by', 'takes over',
# 'one after the other, X first'.
def away_then_back(name):
    """There at the start and at the end, gone for a while in between."""
    def check(plan, shot):
        boxes = track(shot, one(plan, name))
        need(boxes[0] is not None and boxes[-1] is not None and any(b is None for b in boxes[1:-1]),
             f"{name} should go and come back: {boxes}")
    return check


@family("visibility", "tune")
def vis_t9_states(r, h):
    s, name = _t3(r, h)
    mid = r.choice(TM_MID[h])
    kind = r.choice(["first_half", "second_half", "appears_half", "disappears_half", "back"])
    shapes = {
        "first_half": ["{S} is visible only until the midpoint.", "In the second half, {s} can't be seen anymore.",
                       "{S} is on screen up until the halfway point, but not any longer after that.",
                       "From the midpoint onward, {s} is gone."],
        "second_half": ["{S} is revealed {mid} and stays in view.", "{S} is absent until the midpoint and visible from then on.",
                        "Only from the halfway point onward does {s} appear.", "{S} comes into the picture {mid}."],
        "appears_half": ["By the midpoint, {s} has arrived.", "{S} has shown up by the halfway mark of the clip.",
                         "{S}, which turns up {mid}, stays until the end."],
        "disappears_half": ["By the midpoint, {s} has already left.", "{S}, which is there at the start, is gone {mid}.",
                            "{S} blinks out of existence {mid}."],
        "back": ["{S} vanishes around the middle, only to reappear near the end.",
                 "{S} leaves for a while in the middle and then returns.",
                 "{S} is there at the start and at the end, but not in the middle."],
    }
    text = r.choice(shapes[kind]).format(S=_cap(_a(s)), s=_a(s), mid=mid)
    check = away_then_back(name) if kind == "back" else window(name, kind)
    return _loose(r, text), check


@family("dynamics", "tune")
def dyn_t9_carried(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS, TM_PROPS]), h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["{S} is blown to the {d} by the wind.", "{S} is pushed toward the {d}.",
                      "{S} gets carried off to the {d}.", "{S} is being pulled {d}ward.",
                      "{S} moves steadily {d} until it reaches the edge.", "{S} shifts over to the {d}.",
                      "{S} drifts from the {o}-hand edge toward the {d}-hand edge.",
                      "{S} heads off to the {d} and keeps going."])
    return _loose(r, shape.format(S=_cap(_a(s)), d=d, o=o)), moves(name, d)


@family("dynamics", "tune")
def dyn_t9_diagonal(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS, TM_PROPS]), h)
    a, b = r.choice([("upper left", "lower right"), ("upper right", "lower left"), ("lower left", "upper right"),
                     ("lower right", "upper left")])
    wa, wb = _tm_corner(r, h, a), _tm_corner(r, h, b)
    shape = r.choice(["{S} moves diagonally from the {a} to the {b}.", "{S} cuts diagonally across the frame, {a} to {b}.",
                      "{S} slides down and across from the {a} toward the {b}."
                      if a.startswith("upper") else "{S} climbs up and across from the {a} toward the {b}.",
                      "Starting at the {a}, {s} crosses the frame on a diagonal to the {b}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), a=wa, b=wb)), route(name, a, b)


@family("sequential", "tune")
def seq_t9_routes(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS, TM_PROPS]), h)
    cs = _route(r, 3)
    a, b, c = (_tm_corner(r, h, x) for x in cs)
    shape = r.choice(["{S} moves {a} -> {b} -> {c}.", "{S}: {a}, then {b}, then {c}.",
                      "{S} starts at the {a}. It then travels to the {b} before finally stopping at the {c}.",
                      "Beginning in the {a}, {s} makes its way to the {b} and finishes at the {c}.",
                      "{S} moves from the {a} to the {b}; later it moves on to the {c}.",
                      "{S} goes to the {a}, then heads over to the {b}, and lastly ends up in the {c}.",
                      "{S} first heads to the {a} and afterwards to the {b}, and at the very end to the {c}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), a=a, b=b, c=c)), route(name, *cs)


@family("sequential", "tune")
def seq_t9_two_things(r, h):
    (a, an), (b, bn) = _tm(r, TM_MOVERS, h), _tm(r, TM_MOVERS, h)
    while bn == an:
        b, bn = _tm(r, TM_MOVERS, h)
    gone = r.random() < 0.4
    if gone:
        shape = r.choice(["{A} leaves, and {b} takes over.", "{B} comes in once {a} is gone.",
                          "{A} is there first; after it leaves, {b} enters.",
                          "When {a} has gone, {b} arrives."])
    else:
        shape = r.choice(["{A} is followed by {b}.", "{A} arrives; shortly after that, {b} arrives as well.",
                          "After {a}, {b} arrives.", "{A} and {b} arrive one after the other, {an} first.",
                          "{A} walks in, and then {b} walks in too."])
    return (_loose(r, shape.format(A=_cap(_a(a)), a=_a(a), B=_cap(_a(b)), b=_a(b), an="the " + a.split()[-1])),
            appears_before(an, bn, gone))


# held-back families of this round, written before any score and never debugged (scores only)
@family("visibility", "held")
def vis_t9h_states(r, h):
    s, name = _t3(r, h)
    shape = r.choice(["{S} is no longer around once the clip is half over.", "{S} vanishes midway, only to come back at the end."])
    kind = "disappears_half" if "no longer" in shape else "back"
    return (_loose(r, shape.format(S=_cap(_a(s)))), window(name, kind) if kind != "back" else away_then_back(name))


@family("sequential", "held")
def seq_t9h_routes(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    cs = _route(r, 3)
    a, b, c = (_tm_corner(r, h, x) for x in cs)
    shape = r.choice(["{S} begins at the {a}, swings by the {b}, and comes to a stop at the {c}.",
                      "{a} first, {b} next, {c} last: that is the path {s} takes."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), a=a, b=b, c=c)), route(name, *cs)


# -- a twelfth round (fifth session): still sentences whose words could be read as times ('the far end of the
# road', 'the left half of the bench', 'the last one', 'at the start of the path', 'appear side by side'), so a
# time reading that fires on a counting or spatial sentence shows here; and counts that come and go.
@family("visibility", "tune")
def vis_t10_still_words(r, h):
    (p, pn), (s, name) = r.choice(TM_PLURAL[h]), _tm(r, TM_MOVERS, h)
    while name == pn:
        s, name = _tm(r, TM_MOVERS, h)
    o, oname = _tm(r, TM_LANDMARKS, h)
    while oname in (name, pn):
        o, oname = _tm(r, TM_LANDMARKS, h)
    w, n = r.choice([("two", 2), ("three", 3), ("2", 2), ("four", 4)])
    kind = r.choice(["count", "count", "one", "rel"])
    if kind == "count":
        shape = r.choice(["{N} {p} stand at the far end of the {w}.", "{N} {p} appear side by side in front of the {o}.",
                          "{N} {p} are lined up; the last one is a bit smaller.",
                          "{N} {p} remain in the {w} the entire time.",
                          "{N} {p} wait at the start of the path.", "{N} {p} can be seen at the end of the {w}.",
                          "There are {n} {p}, the first of them next to the {o}.",
                          "{N} {p} show up in the {w} together."])
        check = counted_throughout(pn, n)
    elif kind == "one":
        shape = r.choice(["{S} sits on the left half of the {o}.", "{S} is in the middle of the {w}, beside the {o}.",
                          "{S} waits at the end of the {o}'s shadow.", "{S} is the first thing we see, next to the {o}.",
                          "{S} appears beside the {o} and stays there.", "At the end of the {w} stands {s}."])
        check = seen_throughout(name)
    else:
        shape = r.choice(["{S} is to the left of the {o} for the whole clip.", "{S} stays in front of the {o} from start to end.",
                          "{S} rests on the right of the {o} the entire time, not moving.",
                          "First there is the {o}, and to its left {s}."])
        rel_ = "right_of" if "right of" in shape else "in_front_of" if "front" in shape else "left_of"
        check = both(seen_throughout(name), rel(name, rel_, oname))
    text = shape.format(N=_cap(w), n=w, p=p, S=_cap(_a(s)), s=_a(s), w=r.choice(TM_SETTINGS[h]), o=o)
    return _loose(r, text), check


@family("sequential", "tune")
def seq_t10_groups(r, h):
    (p, pn), (q, qn) = r.choice(TM_PLURAL[h]), r.choice(TM_PLURAL[h])
    while qn == pn:
        q, qn = r.choice(TM_PLURAL[h])
    w, n = r.choice([("two", 2), ("three", 3), ("2", 2)])
    w2, n2 = r.choice([("two", 2), ("three", 3)])
    gone = r.random() < 0.4
    if gone:
        shape = r.choice(["{N} {p} leave, and then {m} {q} arrive.", "After {n} {p} walk off, {m} {q} come in.",
                          "First {n} {p} are there; once they have gone, {m} {q} show up."])
        check = both(*(lambda k: [window_of_group(pn, "disappears"), window_of_group(qn, "appears")])(0))
    else:
        shape = r.choice(["{N} {p} arrive first, then {m} {q}.", "{N} {p} walk in; later {m} {q} join them.",
                          "First come {n} {p}, and after them {m} {q}."])
        check = both(window_of_group(pn, "appears_or_there"), window_of_group(qn, "appears"))
    return _loose(r, shape.format(N=_cap(w), n=w, p=p, m=w2, q=q)), both(check, group_count(pn, n), group_count(qn, n2))


def group_count(name, n):
    def check(plan, shot):
        ids = ids_named(plan, name)
        figures = sum(int(plan.entity(i).attributes.get("count", "1")) for i in ids)
        need(figures == n, f"{n} {name}: {figures}")
    return check


def window_of_group(name, kind):
    """Every one of a group comes ('appears': absent first, there last), goes ('disappears'), or is there at the
    end after coming or from the start ('appears_or_there')."""
    def check(plan, shot):
        ids = ids_named(plan, name)
        need(ids, f"no {name}")
        for i in ids:
            boxes = track(shot, i)
            if kind == "appears":
                need(boxes[0] is None and boxes[-1] is not None, f"{i} should come in: {boxes}")
            elif kind == "disappears":
                need(boxes[0] is not None and boxes[-1] is None, f"{i} should go: {boxes}")
            else:
                need(boxes[-1] is not None, f"{i} not there at the end")
    return check


# held-back, written before any score and never debugged
@family("visibility", "held")
def vis_t10h_still_words(r, h):
    (p, pn) = r.choice(TM_PLURAL[h])
    w, n = r.choice([("two", 2), ("three", 3)])
    shape = r.choice(["{N} {p} gather at the near end of the {w}.", "{N} {p} turn up side by side, the first slightly ahead."])
    return _loose(r, shape.format(N=_cap(w), p=p, w=r.choice(TM_SETTINGS[h]))), counted_throughout(pn, n)


# -- sentences written one by one in the fifth session, as other people type prompts (a fixed sentence and its
# check each, tuning half): lingering, hanging around, holding, a sign of something, journeys told as lists.
_T8 = {
    "visibility": [
        ("A heron loiters by the pond until the midpoint and is nowhere to be found afterwards.", lambda: window("heron", "first_half")),
        ("Up to the halfway point a beetle crawls about; after that there is no trace of it.", lambda: window("beetle", "first_half")),
        ("The alley contains a bicycle only until halfway.", lambda: window("bicycle", "first_half")),
        ("There is no sign of the moose until the second half.", lambda: window("moose", "appears_half")),
        ("A rooster hangs about for the first half and then wanders off for good.", lambda: window("rooster", "disappears_half")),
        ("The courtyard is deserted at first; a peacock struts in around the midpoint.", lambda: window("peacock", "appears_half")),
        ("At the halfway mark a swan glides into view and remains until the end.", lambda: window("swan", "appears_half")),
        ("For roughly the first half of the clip, a crab scuttles on the sand; after that it is gone.", lambda: window("crab", "first_half")),
        ("A tortoise is visible early on but has disappeared by the end.", lambda: window("tortoise", "disappears")),
        ("Initially absent, a hamster pops up in the second half.", lambda: window("hamster", "appears_half")),
        ("A lamb shows up late and stays.", lambda: window("lamb", "appears")),
        ("The scene opens with a toad on a log; midway the toad hops away out of frame.", lambda: window("toad", "disappears_half")),
        ("Only during the opening half is a yacht on screen.", lambda: window("yacht", "first_half")),
        ("During the latter half there's a pony in the paddock.", lambda: window("pony", "second_half")),
        ("A scooter appears at the midpoint and is gone again before the end.", lambda: brief("scooter")),
        ("In the first part of the video a cat sleeps on a mat; in the second part the mat is empty.", lambda: window("cat", "first_half")),
        ("The video begins with an empty porch, and about halfway in a raccoon climbs onto it.", lambda: window("raccoon", "appears_half")),
        ("A realistic video of a meadow in which a fox is present only during the second half.", lambda: window("fox", "second_half")),
        ("Halfway into the clip, the parrot flies off and is not seen again.", lambda: window("parrot", "disappears_half")),
        ("Early in the video a jogger passes by, and after that the path stays empty.", lambda: brief("jogger")),
        ("The lighthouse stands alone until a boat sails into view in the latter half.", lambda: both(seen_throughout("lighthouse"), window("boat", "appears_half"))),
        ("A squirrel is on the fence at the beginning; by the midpoint it has run away.", lambda: window("squirrel", "disappears_half")),
        ("Nothing happens for a while, then a bus pulls in during the second half.", lambda: window("bus", "appears_half")),
        ("Two ducks float on the pond for the whole video while a frog appears midway.", lambda: both(counted_throughout("duck", 2), window("frog", "appears_half"))),
        ("A van is parked on the left throughout, and three cyclists ride past it.", lambda: both(seen_throughout("van"), counted_throughout("cyclist", 3))),
        ("A goat makes its entrance at the midpoint.", lambda: window("goat", "appears_half")),
        ("A magician exits stage left halfway through.", lambda: window("magician", "disappears_half")),
        ("A hummingbird comes and goes in the middle of the clip.", lambda: brief("hummingbird")),
        ("A neighbour pays a brief visit around the middle.", lambda: brief("neighbour")),
        ("A cat is present throughout except at the very end.", lambda: window("cat", "disappears")),
        ("A fox stays out of frame until the final seconds.", lambda: window("fox", "appears")),
        ("A dove appears in the final seconds.", lambda: window("dove", "appears")),
        ("A horse is visible for most of the clip but leaves at the very end.", lambda: window("horse", "disappears")),
        ("A spider drops into the frame from above halfway through.", lambda: window("spider", "appears_half")),
        ("For most of the video a tent stands there; a hiker shows up only near the end.", lambda: both(seen_throughout("tent"), window("hiker", "appears"))),
        ("The first thing we see is a barn; a tractor rolls in afterwards.", lambda: both(seen_throughout("barn"), window("tractor", "appears"))),
        ("A lamp switches on halfway, and a moth flutters in right after.", lambda: window("moth", "appears_half")),
        ("In the second half of the clip, a badger emerges from its burrow.", lambda: window("badger", "appears_half")),
        ("A skunk wanders across the lawn during the opening half and is gone after that.", lambda: window("skunk", "first_half")),
        ("The parrot is perched on the branch for the entire first half, then flies off.", lambda: window("parrot", "disappears_half")),
        ("A tiger is hidden in the tall grass until halfway, when it steps into view.", lambda: window("tiger", "appears_half")),
        ("A scooter zips in at the very end.", lambda: window("scooter", "appears")),
        ("The gull remains visible right up to the end.", lambda: seen_throughout("gull")),
        ("Nobody is on the bridge at first; later a man crosses it.", lambda: window("man", "appears")),
        ("A cab pulls away from the curb and leaves the shot.", lambda: window("cab", "disappears")),
        ("An eagle swoops in from the top right.", lambda: window("eagle", "appears")),
        ("A bear lumbers out of the frame on the right side.", lambda: window("bear", "disappears")),
    ],
    "dynamics": [
        ("A camel plods from the right edge all the way over to the left one.", lambda: moves("camel", "left")),
        ("Edge to edge, left to right, a jeep rumbles across.", lambda: moves("jeep", "right")),
        ("A moth flits leftward the whole time.", lambda: moves("moth", "left")),
        ("A seal slides along the ice toward the right of the picture.", lambda: moves("seal", "right")),
        ("A tram trundles rightwards, gradually.", lambda: moves("tram", "right")),
        ("A bat swoops from the top of the frame down to the bottom.", lambda: moves("bat", "down")),
        ("A rocket blasts off and rises out of the bottom of the frame toward the top.", lambda: moves("rocket", "up")),
        ("A beagle trots toward the lamppost and stops right beside it.", lambda: nears("beagle", "lamppost")),
        ("A goose waddles off, away from the barrel.", lambda: nears("goose", "barrel", False)),
        ("A pickup truck drives toward the camera, getting bigger.", lambda: moves("truck", "closer")),
        ("A realistic video of a street in which a red car enters from the left side and exits on the right side.", lambda: enters_and_leaves("car", "right")),
        ("The video begins with a dog sitting next to a tree; then the dog runs off to the right.", lambda: moves("dog", "right")),
        ("A kite is carried by the breeze from the left of the frame over to the right.", lambda: moves("kite", "right")),
        ("A ship sails slowly across the horizon, moving west.", lambda: moves("ship", "left")),
        ("A skier glides down the slope from the top of the frame to the bottom.", lambda: moves("skier", "down")),
        ("A toddler crawls toward a ball and ends up next to it.", lambda: nears("toddler", "ball")),
        ("A deer bolts away from a hunter, heading left.", lambda: moves("deer", "left")),
        ("The train passes through the scene from right to left at speed.", lambda: moves("train", "left")),
        ("A jogger overtakes a bench, going from its left side to its right side.", lambda: passes("jogger", "bench", "left_of", "right_of")),
        ("Starting to the right of the well, a goat trots over to its left.", lambda: passes("goat", "well", "right_of", "left_of")),
        ("A cyclist rides past the fountain from left to right.", lambda: crosses("cyclist", "fountain")),
        ("A hare darts behind the hedge and out the other side, heading right.", lambda: moves("hare", "right")),
        ("A balloon floats upward, slowly, into the sky.", lambda: moves("balloon", "up")),
        ("A leaf drifts down to the ground.", lambda: moves("leaf", "down")),
        ("A toy car rolls steadily away from the viewer.", lambda: moves("car", "away")),
        ("A puppy runs up close to the camera.", lambda: moves("puppy", "closer")),
        ("A sailboat moves from the left side of the lighthouse to the right side of it.", lambda: passes("sailboat", "lighthouse", "left_of", "right_of")),
        ("A hedgehog shuffles toward the mailbox until it is right beside it.", lambda: nears("hedgehog", "mailbox")),
        ("A bus drives off screen to the left.", lambda: moves("bus", "left")),
        ("A horse gallops off to the right and out of the picture.", lambda: moves("horse", "right")),
        ("A boat drifts slowly from the right side of the frame toward the left side.", lambda: moves("boat", "left")),
        ("The wagon is pulled from left to right by a pony.", lambda: moves("wagon", "right")),
        ("A dog chases a ball to the right.", lambda: moves("dog", "right")),
        ("A moped crosses from the left of the picture to the right of it.", lambda: moves("moped", "right")),
        ("A sled slides down from the top-right corner to the bottom-left corner.", lambda: route("sled", "upper right", "lower left")),
        ("A ferry heads toward the pier and docks beside it.", lambda: nears("ferry", "pier")),
        ("A jeep backs away from the gate.", lambda: nears("jeep", "gate", False)),
    ],
    "sequential": [
        ("A wasp buzzes to the top left, hovers a while, buzzes on to the bottom left, and ends up in the bottom right.", lambda: route("wasp", "upper left", "lower left", "lower right")),
        ("The journey of the kite: top right first, then bottom right, finishing at bottom left.", lambda: route("kite", "upper right", "lower right", "lower left")),
        ("A hen turns up, and a little while afterwards a duck does as well.", lambda: appears_before("hen", "duck")),
        ("Right behind the goat, a sheep ambles in.", lambda: appears_before("goat", "sheep")),
        ("A frog starts in the bottom right corner, then hops over to the bottom left, then to the top left.", lambda: route("frog", "lower right", "lower left", "upper left")),
        ("A pigeon flies from the upper right corner down to the lower right corner and then across to the lower left.", lambda: route("pigeon", "upper right", "lower right", "lower left")),
        ("Once the horse has trotted out, a donkey trots in.", lambda: appears_before("horse", "donkey", True)),
        ("A cart rolls in, and only after it stops does a mule appear.", lambda: appears_before("cart", "mule")),
        ("A bird flies from the top left to the top right corner, then dives down to the bottom right corner.", lambda: route("bird", "upper left", "upper right", "lower right")),
        ("First a girl walks in, next a dog follows her, and finally a cat appears.", lambda: in_order("girl", "dog", "cat")),
        ("A ball bounces from the lower right to the lower left, and then up to the upper left.", lambda: route("ball", "lower right", "lower left", "upper left")),
        ("A drone takes off in the bottom left corner, flies to the top left corner and lands in the top right corner.", lambda: route("drone", "lower left", "upper left", "upper right")),
        ("The sheep arrives first and the goat arrives a few seconds later.", lambda: appears_before("sheep", "goat")),
        ("After the bus drives away, a taxi pulls up.", lambda: appears_before("bus", "taxi", True)),
        ("A snail starts at the top right, slowly makes its way down to the bottom right, and finally crosses to the bottom left.", lambda: route("snail", "upper right", "lower right", "lower left")),
        ("Two birds arrive, one after the other: first a robin, then a sparrow.", lambda: in_order("robin", "sparrow")),
        ("The order of arrival is a tractor, then a van.", lambda: appears_before("tractor", "van")),
        ("A goose enters before a swan, and a duck enters last.", lambda: in_order("goose", "swan", "duck")),
        ("A coyote appears, then disappears, and then a fox appears.", lambda: appears_before("coyote", "fox", True)),
        ("A balloon rises from the bottom left to the top left, drifts to the top right, and sinks to the bottom right.", lambda: route("balloon", "lower left", "upper left", "upper right", "lower right")),
        ("Starting in the top right, a fly buzzes to the top left and then down to the bottom left.", lambda: route("fly", "upper right", "upper left", "lower left")),
        ("A cat waits in the lower right for the first half, then walks to the lower left.", lambda: route("cat", "lower right", "lower left")),
        ("The rabbit hops in first; the turtle crawls in much later.", lambda: appears_before("rabbit", "turtle")),
        ("A bee visits the top left flower, then the top right one, then the bottom right one.", lambda: route("bee", "upper left", "upper right", "lower right")),
        ("A snake slithers in from the left, and later an owl lands in the middle.", lambda: appears_before("snake", "owl")),
        ("The dancer starts in the bottom left and ends in the top right after passing through the bottom right.", lambda: route("dancer", "lower left", "lower right", "upper right")),
        ("A kite first rises to the top left corner and afterwards drifts over to the top right corner.", lambda: route("kite", "upper left", "upper right")),
        ("A puppy trots rightward and then leftward.", lambda: legs("puppy", "right", "left")),
        ("A monkey climbs up, pauses, then climbs back down.", lambda: legs("monkey", "up", "down")),
        ("A lizard moves in a clockwise loop: top left, top right, bottom right, bottom left.", lambda: route("lizard", "upper left", "upper right", "lower right", "lower left")),
        ("First the duck swims to the left bank; afterwards it paddles to the right bank.", lambda: legs("duck", "left", "right")),
        ("An ant goes from the bottom right to the top right and finally to the top left.", lambda: route("ant", "lower right", "upper right", "upper left")),
        ("The bus arrives before the tram, which arrives before the taxi.", lambda: in_order("bus", "tram", "taxi")),
        ("A boy walks in; soon afterwards his dog follows.", lambda: appears_before("boy", "dog")),
        ("A truck leaves and, moments later, a van pulls in.", lambda: appears_before("truck", "van", True)),
        ("A cat enters the room after the dog leaves it.", lambda: appears_before("dog", "cat", True)),
    ],
}


_own_sentences(_T8, "t11")


# held-back families of the fifth session's last round, written before any score and never debugged
@family("visibility", "held")
def vis_t12h_mixed(r, h):
    (s, name), (p, pn) = _tm(r, TM_MOVERS, h), r.choice(TM_PLURAL[h])
    while pn == name:
        p, pn = r.choice(TM_PLURAL[h])
    shape = r.choice(["A pair of {p} mill about the whole time; {s} wanders in at the halfway mark.",
                      "{S} occupies the {w} during the initial third and then is absent."])
    if "pair" in shape:
        return (_loose(r, shape.format(p=p, s=_a(s), S=_cap(_a(s)), w=r.choice(TM_SETTINGS[h]))),
                both(counted_throughout(pn, 2), window(name, "appears_half")))
    return _loose(r, shape.format(S=_cap(_a(s)), w=r.choice(TM_SETTINGS[h]))), during(name, 0, 1 / 3)


@family("dynamics", "held")
def dyn_t12h_ways(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    shape = r.choice(["Pushed along by a gust, {s} ends up on the {d}, having begun on the {o}.",
                      "{S} hastily makes for the {d}-hand edge of the footage."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), d=d, o=o)), moves(name, d)


@family("sequential", "held")
def seq_t12h_ordinals(r, h):
    (a, an), (b, bn), (c, cn) = _tm(r, TM_MOVERS, h), _tm(r, TM_MOVERS, h), _tm(r, TM_MOVERS, h)
    while bn == an:
        b, bn = _tm(r, TM_MOVERS, h)
    while cn in (an, bn):
        c, cn = _tm(r, TM_MOVERS, h)
    shape = r.choice(["Arriving in this order: {a}, {b}, {c}.", "{A} leads the way in, {b} comes after, and {c} brings up the rear."])
    return _loose(r, shape.format(A=_cap(_a(a)), a=_a(a), b=_a(b), c=_a(c))), in_order(an, bn, cn)


# -- sentences written one by one while reading things, properties and places by grammar (fifth session,
# space4), as other people type prompts: each a fixed sentence with its check, so the tuning half keeps them.
_S5 = {
    "spatial": [
        ("On the table there is a cup, and under the table sleeps a cat.", lambda: both(rel("cup", "on", "table"), rel("cat", "below", "table"))),
        ("A cat is sitting to the immediate left of a dog.", lambda: rel("cat", "left_of", "dog")),
        ("There's a dog and, just to the right of it, a bench.", lambda: rel("bench", "right_of", "dog")),
        ("A bench; on it, a cat.", lambda: rel("cat", "on", "bench")),
        ("Sitting on top of the box is a cat.", lambda: rel("cat", "on", "box")),
        ("The ball lies under the chair.", lambda: rel("ball", "below", "chair")),
        ("A lamp stands at the right-hand side of a desk.", lambda: rel("lamp", "right_of", "desk")),
        ("To the rear of the car stands a horse.", lambda: rel("horse", "behind", "car")),
        ("A bird flies high over a truck.", lambda: rel("bird", "above", "truck")),
        ("A cup and a plate sit on a tray, the cup to the left of the plate.", lambda: rel("cup", "left_of", "plate")),
        ("The vase is located to the left of the clock, which is to the left of the lamp.", lambda: order_lr("vase", "clock", "lamp")),
        ("From the left: a cat, a dog and a horse.", lambda: order_lr("cat", "dog", "horse")),
        ("A dog is in between a cat and a horse.", lambda: rel("dog", "between", "cat", "horse")),
        ("A cat is perched on the roof of a car.", lambda: rel("cat", "on", "car")),
        ("A horse stands to the left, and a cow to its right.", lambda: rel("cow", "right_of", "horse")),
        ("A man leans against a fence.", lambda: rel("man", "next_to", "fence")),
        ("The kite is above the tree and the dog is below the kite.", lambda: both(rel("kite", "above", "tree"), rel("dog", "below", "kite"))),
        ("In front of the bus, two dogs.", lambda: every("dog", "in_front_of", "bus")),
        ("A cat sits on a chair that stands next to a table.", lambda: both(rel("cat", "on", "chair"), rel("chair", "next_to", "table"))),
        ("A lamp is to the left of a chair, and a book is to the left of the lamp.", lambda: order_lr("book", "lamp", "chair")),
        ("Behind the truck, partly hidden, is a cow.", lambda: rel("cow", "behind", "truck")),
        ("A dog and a cat stand on opposite sides of a tree, facing each other.", lambda: opposite("dog", "cat", "tree")),
        ("A fox sits with a rabbit on its left and a hedgehog on its right.", lambda: both(rel("rabbit", "left_of", "fox"), rel("hedgehog", "right_of", "fox"))),
        ("A table with a vase on it, and a chair to its left.", lambda: both(rel("vase", "on", "table"), rel("chair", "left_of", "table"))),
        ("A giraffe, and slightly behind it, a zebra.", lambda: rel("zebra", "behind", "giraffe")),
        ("Show me a clock hanging above a door.", lambda: rel("clock", "above", "door")),
        ("Two cats sit on either side of a dog.", lambda: flanked("dog", "cat")),
        ("The mailbox is a few feet to the left of the tree.", lambda: rel("mailbox", "left_of", "tree")),
        ("A boat floats below a bridge.", lambda: rel("boat", "below", "bridge")),
        ("The horse is to the left of the shed; the cow is to the shed's right.", lambda: both(rel("horse", "left_of", "shed"), rel("cow", "right_of", "shed"))),
        ("A kitten naps at the foot of a couch.", lambda: rel("kitten", "next_to", "couch")),
        ("A lamp is positioned directly to the right of a bookshelf.", lambda: rel("lamp", "right_of", "bookshelf")),
        ("There is a cat on the left side of the image and a dog on the right side of the image.", lambda: both(at("cat", "left"), at("dog", "right"))),
        ("A cat is to the left of a dog, which is to the left of a horse.", lambda: order_lr("cat", "dog", "horse")),
        ("A dog rests beneath an umbrella.", lambda: rel("dog", "below", "umbrella")),
        ("The bird is flying above the house.", lambda: rel("bird", "above", "house")),
        ("An alpaca stands in front of the shed, and a llama stands behind it.", lambda: both(rel("alpaca", "in_front_of", "shed"), rel("llama", "behind", "shed"))),
        ("A penguin to the right of an igloo.", lambda: rel("penguin", "right_of", "igloo")),
        ("A red car is parked to the left of a blue truck.", lambda: both(rel("car", "left_of", "truck"), colour("car", "red"), colour("truck", "blue"))),
        ("A dog in front of a house, a cat behind the house.", lambda: both(rel("dog", "in_front_of", "house"), rel("cat", "behind", "house"))),
        ("Between the two trees stands a bench.", lambda: at_least("tree", 2)),
        ("A monkey hangs below a branch.", lambda: rel("monkey", "below", "branch")),
        ("A lamp stands left of the couch; a plant stands right of it.", lambda: both(rel("lamp", "left_of", "couch"), rel("plant", "right_of", "couch"))),
        ("Next to the well is a pail.", lambda: rel("pail", "next_to", "well")),
        ("A snowman with a carrot nose stands beside a sled.", lambda: rel("snowman", "next_to", "sled")),
        ("A cat, sitting on a mat, to the left of a dog.", lambda: rel("cat", "left_of", "dog")),
        ("A cow positioned on the left, a horse positioned on the right.", lambda: both(at("cow", "left"), at("horse", "right"))),
        ("A crow is perched on top of a lamppost.", lambda: rel("crow", "on", "lamppost")),
        ("A dog lies in front of the fireplace.", lambda: rel("dog", "in_front_of", "fireplace")),
        ("A cat can be spotted sitting just below a shelf.", lambda: rel("cat", "below", "shelf")),
        ("Where the road bends, a fox waits beside a signpost.", lambda: rel("fox", "next_to", "signpost")),
        ("A chair has been placed to the left of the piano.", lambda: rel("chair", "left_of", "piano")),
        ("The cat sleeps; the dog, meanwhile, sits to its right.", lambda: rel("dog", "right_of", "cat")),
        ("In the scene, the hen is positioned below the cloud.", lambda: rel("hen", "below", "cloud")),
        ("On the right of the frame stands a tall lamp, and on the left a small chair.", lambda: both(at("lamp", "right"), at("chair", "left"))),
        ("A pig that is standing behind a bulldozer.", lambda: rel("pig", "behind", "bulldozer")),
        ("A jar sits on a carton which sits on a keg.", lambda: both(rel("jar", "on", "carton"), rel("carton", "on", "keg"))),
        ("A mouse peeks out from under a cot.", lambda: rel("mouse", "below", "cot")),
        ("A camel is seen walking behind a pyramid.", lambda: rel("camel", "behind", "pyramid")),
        ("A robot stands on a platform, with a drone hovering over it.", lambda: both(rel("robot", "on", "platform"), rel("drone", "above", "platform"))),
        ("A turtle lies to the left of a rock, and a crab lies to the left of the turtle.", lambda: order_lr("crab", "turtle", "rock")),
        ("There are two chairs; a cat sits on the left one.", lambda: at_least("chair", 2)),
        ("A goose waddles in front of a pond's edge.", lambda: seen_throughout("goose")),
        ("A jeep parked in front of a garage.", lambda: rel("jeep", "in_front_of", "garage")),
        ("A hat rests atop a snowman's head.", lambda: rel("hat", "on", "snowman")),
        ("A dragon flies over a castle.", lambda: rel("dragon", "above", "castle")),
        ("Left: a rose. Right: a tulip.", lambda: both(at("rose", "left"), at("tulip", "right"))),
        ("A rose on the left and a tulip on the right.", lambda: both(at("rose", "left"), at("tulip", "right"))),
        ("Positioned to the right of the oven is a fridge.", lambda: rel("fridge", "right_of", "oven")),
        ("Right next to the fridge, there's a bin.", lambda: rel("bin", "next_to", "fridge")),
        ("A pencil lies on a notebook, and an eraser lies beside the notebook.", lambda: both(rel("pencil", "on", "notebook"), rel("eraser", "next_to", "notebook"))),
        ("A cat sits on the left while a dog sits on the right.", lambda: both(at("cat", "left"), at("dog", "right"))),
        ("A cat and a dog sit side by side, the cat on the left.", lambda: rel("cat", "left_of", "dog")),
        ("A cat and a dog sit side by side, with the dog on the left.", lambda: rel("dog", "left_of", "cat")),
        ("A cat on a mat. A dog on a rug.", lambda: both(rel("cat", "on", "mat"), rel("dog", "on", "rug"))),
        ("A horse to the left of a shed, a cow to the right of the shed.", lambda: both(rel("horse", "left_of", "shed"), rel("cow", "right_of", "shed"))),
        ("A cup is on the left of the table and a plate is on the right of it.", lambda: both(rel("cup", "left_of", "table"), rel("plate", "right_of", "table"))),
        ("The cat is on the right of the dog.", lambda: rel("cat", "right_of", "dog")),
        ("The dog is on the cat's left.", lambda: rel("dog", "left_of", "cat")),
        ("The dog is to the cat's left.", lambda: rel("dog", "left_of", "cat")),
        ("A dog, and to the dog's right, a cat.", lambda: rel("cat", "right_of", "dog")),
        ("In the middle of the frame is a tree, with a dog to its left and a cat to its right.", lambda: both(rel("dog", "left_of", "tree"), rel("cat", "right_of", "tree"))),
        ("A cat, then to its right a dog, then to the dog's right a horse.", lambda: order_lr("cat", "dog", "horse")),
        ("a realistic photo of a cat to the left of a dog", lambda: rel("cat", "left_of", "dog")),
        ("a dog sitting to the right of a bench in a park, cinematic lighting", lambda: rel("dog", "right_of", "bench")),
        ("cat on the left, dog on the right, bird in the middle", lambda: both(at("cat", "left"), at("dog", "right"), at("bird", "center"))),
        ("an oil painting of a horse next to a windmill", lambda: rel("horse", "next_to", "windmill")),
        ("A watercolour of a fox under an oak tree.", lambda: rel("fox", "below", "tree")),
        ("a dog and a cat. the dog is on the left.", lambda: rel("dog", "left_of", "cat")),
        ("A cat. It is to the left of a dog.", lambda: rel("cat", "left_of", "dog")),
        ("There is a chair. To its right is a lamp.", lambda: rel("lamp", "right_of", "chair")),
        ("A bench stands in the park; to its left a bin, to its right a lamp post.", lambda: both(rel("bin", "left_of", "bench"), rel("post", "right_of", "bench"))),
        ("An umbrella over a table, a chair beside the table.", lambda: both(rel("umbrella", "above", "table"), rel("chair", "next_to", "table"))),
        ("A rubber hen floats to the left of a toy boat.", lambda: rel("hen", "left_of", "boat")),
    ],
    "attribution": [
        ("A ball that's red and a box that's blue.", lambda: both(colour("ball", "red"), colour("box", "blue"))),
        ("A red ball; the box beside it is blue.", lambda: both(colour("ball", "red"), colour("box", "blue"))),
        ("A dog with a beige coat and a cat with a grey coat.", lambda: both(colour("dog", "beige"), colour("cat", "grey"))),
        ("Two cups, a red one and a blue one.", lambda: colours_of("cup", "red", "blue")),
        ("There is a big dog and a small cat; the dog is black.", lambda: both(colour("dog", "black"), bigger("dog", "cat"))),
        ("A small elephant beside a big mouse.", lambda: bigger("mouse", "elephant")),
        ("A green apple and a red apple.", lambda: colours_of("apple", "green", "red")),
        ("A cat whose colour is a deep red.", lambda: colour("cat", "red")),
        ("The horse, painted entirely in black, stands by a fence.", lambda: colour("horse", "black")),
        ("A lamp with a red shade stands on a desk.", lambda: colour("lamp", "red")),
        ("A car, its doors and roof all blue.", lambda: colour("car", "blue")),
        ("Picture a teapot: it is green.", lambda: colour("teapot", "green")),
        ("The umbrella is yellow, and so is the pail.", lambda: both(colour("umbrella", "yellow"), colour("pail", "yellow"))),
        ("A cat and a dog, both black.", lambda: both(colour("cat", "black"), colour("dog", "black"))),
        ("A violet bicycle leans on a grey hedge.", lambda: both(colour("bicycle", "violet"), colour("hedge", "grey"))),
        ("A scarlet fox and, next to it, a grey hare.", lambda: both(colour("fox", "scarlet"), colour("hare", "grey"))),
        ("The alpaca is grey; its neighbour, a llama, is beige.", lambda: both(colour("alpaca", "grey"), colour("llama", "beige"))),
        ("A crimson kite flies above a green tent.", lambda: both(colour("kite", "crimson"), colour("tent", "green"))),
        ("Generate a video of a tall giraffe next to a short zebra.", lambda: bigger("giraffe", "zebra")),
        ("The bigger of the two is a horse; the smaller, a pony.", lambda: bigger("horse", "pony")),
        ("A blue mug sits on a table; the table is beige.", lambda: both(colour("mug", "blue"), colour("table", "beige"))),
        ("A cup and a bowl: the cup is red, while the bowl is yellow.", lambda: both(colour("cup", "red"), colour("bowl", "yellow"))),
        ("A ball coloured bright red rolls next to a box coloured dark blue.", lambda: both(colour("ball", "red"), colour("box", "blue"))),
        ("A magenta flamingo and a black crow.", lambda: both(colour("flamingo", "magenta"), colour("crow", "black"))),
        ("A grey cat and a black cat.", lambda: colours_of("cat", "grey", "black")),
        ("A violet elephant.", lambda: colour("elephant", "violet")),
        ("A car that is bright yellow.", lambda: colour("car", "yellow")),
        ("A yellow hen floats next to a green frog.", lambda: both(colour("hen", "yellow"), colour("frog", "green"))),
        ("The balloon, red in colour, floats above a grey rock.", lambda: both(colour("balloon", "red"), colour("rock", "grey"))),
        ("A horse with a shiny black coat.", lambda: colour("horse", "black")),
        ("A blue vase and a vase that is scarlet.", lambda: colours_of("vase", "blue", "scarlet")),
        ("A large dog next to a minuscule cat.", lambda: bigger("dog", "cat")),
        ("A tall tree and a short bush.", lambda: bigger("tree", "bush")),
        ("An enormous ant beside a small dog.", lambda: bigger("ant", "dog")),
        ("A ball, which is green, and a cube, which is red.", lambda: both(colour("ball", "green"), colour("cube", "red"))),
        ("The first ball is red and the second is blue.", lambda: colours_of("ball", "red", "blue")),
        ("One red balloon and one green balloon.", lambda: colours_of("balloon", "red", "green")),
        ("A beige panda with a magenta bow.", lambda: colour("panda", "beige")),
        ("An elephant as small as a mouse stands next to a mouse as large as an elephant.", lambda: bigger("mouse", "elephant")),
        ("A fluffy grey rabbit next to a beige hamper.", lambda: both(colour("rabbit", "grey"), colour("hamper", "beige"))),
        ("A rabbit that is grey and fluffy.", lambda: colour("rabbit", "grey")),
        ("A sky-blue kite.", lambda: colour("kite", "blue")),
        ("A lamp in bright scarlet next to a chair in dark green.", lambda: both(colour("lamp", "scarlet"), colour("chair", "green"))),
        ("A cat wearing a red collar.", lambda: only("cat", "collar")),
        ("The cat is black, the dog is grey, and the mouse is grey.", lambda: both(colour("cat", "black"), colour("dog", "grey"), colour("mouse", "grey"))),
        ("A green frog on a beige log.", lambda: both(colour("frog", "green"), colour("log", "beige"))),
        ("A yellow school bus.", lambda: colour("bus", "yellow")),
        ("An enormous teapot beside a minuscule house.", lambda: bigger("teapot", "house")),
        ("A mini giraffe standing beside a gigantic ladybug.", lambda: bigger("ladybug", "giraffe")),
        ("A mouse twice the size of a dog.", lambda: bigger("mouse", "dog")),
        ("A big blue box and a small red box.", lambda: colours_of("box", "blue", "red")),
        ("Two balloons: one magenta, the other violet.", lambda: colours_of("balloon", "magenta", "violet")),
        ("A gold coin and a silver coin.", lambda: colours_of("coin", "gold", "silver")),
        ("A dog, bigger than the cat beside it.", lambda: bigger("dog", "cat")),
        ("A black-and-grey cow grazes.", lambda: colour("cow", "black")),
        ("A blue ball is to the left of a red ball.", lambda: colours_of("ball", "blue", "red")),
        ("A red apple lies to the right of a green apple.", lambda: colours_of("apple", "red", "green")),
        ("A red car, a blue car and a green car.", lambda: colours_of("car", "red", "blue", "green")),
        ("A cat that is neither black nor grey but scarlet.", lambda: colour("cat", "scarlet")),
        ("a red bird and a yellow car in a park, cinematic", lambda: both(colour("bird", "red"), colour("car", "yellow"))),
        ("3d render of a blue cube on top of a green sphere", lambda: both(colour("cube", "blue"), colour("sphere", "green"), rel("cube", "on", "sphere"))),
        ("A cartoon of a violet cow above a yellow moon.", lambda: both(colour("cow", "violet"), colour("moon", "yellow"), rel("cow", "above", "moon"))),
        ("cinematic shot, a black cat sitting on a red couch", lambda: both(colour("cat", "black"), colour("couch", "red"), rel("cat", "on", "couch"))),
        ("A blue bird perched on a yellow bicycle.", lambda: both(colour("bird", "blue"), colour("bicycle", "yellow"), rel("bird", "on", "bicycle"))),
        ("A minuscule dragon sits beside a gigantic teacup.", lambda: bigger("teacup", "dragon")),
        ("A grey swan and a black swan.", lambda: colours_of("swan", "grey", "black")),
        ("A cat colored in light grey sits by a dog colored in dark beige.", lambda: both(colour("cat", "grey"), colour("dog", "beige"))),
        ("An apple which is green lies next to a banana which is yellow.", lambda: both(colour("apple", "green"), colour("banana", "yellow"))),
        ("A magenta pig and a grey elephant, the pig much smaller.", lambda: both(colour("pig", "magenta"), bigger("elephant", "pig"))),
        ("A dog of a golden colour.", lambda: colour("dog", "golden")),
        ("A horse that looks beige stands next to a cow that looks grey.", lambda: both(colour("horse", "beige"), colour("cow", "grey"))),
        ("An elephant smaller than the mouse next to it.", lambda: bigger("mouse", "elephant")),
        ("The mouse is larger than the cat.", lambda: bigger("mouse", "cat")),
        ("Two cars, the first red and the second black.", lambda: colours_of("car", "red", "black")),
        ("A vase painted with blue is on a shelf.", lambda: colour("vase", "blue")),
        ("A ball whose color is violet rolls beside a box whose color is scarlet.", lambda: both(colour("ball", "violet"), colour("box", "scarlet"))),
        ("A short giraffe beside a tall mouse.", lambda: bigger("mouse", "giraffe")),
        ("A cup, red; a plate, grey.", lambda: both(colour("cup", "red"), colour("plate", "grey"))),
    ],
    "numeracy": [
        ("Three cats and a dog.", lambda: both(count("cat", 3), count("dog", 1))),
        ("A cat, two dogs and three rabbits.", lambda: both(count("cat", 1), count("dog", 2), count("rabbit", 3))),
        ("Four cups stand on a table.", lambda: count("cup", 4)),
        ("Five birds sit on a fence.", lambda: count("bird", 5)),
        ("Two and only two dogs.", lambda: count("dog", 2)),
        ("Only one cat.", lambda: count("cat", 1)),
        ("A single horse stands in a field.", lambda: count("horse", 1)),
        ("Three identical red balls.", lambda: count("ball", 3)),
        ("Four cars parked in a row.", lambda: count("car", 4)),
        ("Three books stacked on a desk.", lambda: count("book", 3)),
        ("Two pairs of shoes.", lambda: count("shoe", 4)),
        ("Three dogs, one of them beige.", lambda: count("dog", 3)),
        ("A dozen apples.", lambda: count("apple", 12)),
        ("Seven candles on a cake.", lambda: count("candle", 7)),
        ("There are six chairs around a table.", lambda: count("chair", 6)),
        ("Show two cats playing with three balls.", lambda: both(count("cat", 2), count("ball", 3))),
        ("I'd like to see four penguins walking to the right.", lambda: count("penguin", 4)),
        ("Hens: three of them swim slowly across the pond.", lambda: count("hen", 3)),
        ("The video shows penguins, four in total, on the ice.", lambda: count("penguin", 4)),
        ("A herd of five cows grazes.", lambda: count("cow", 5)),
        ("One lamp, and another, and yet another.", lambda: count("lamp", 3)),
        ("Three kites fly over two houses.", lambda: both(count("kite", 3), count("house", 2))),
        ("Eight stones in a line.", lambda: count("stone", 8)),
        ("Two cats sleep while a third sits.", lambda: count("cat", 3)),
        ("There are exactly two zebras and no other animals.", lambda: count("zebra", 2)),
        ("Three apples on a plate.", lambda: count("apple", 3)),
        ("Two dogs and two cats play in a patio.", lambda: both(count("dog", 2), count("cat", 2))),
        ("A family of four hens.", lambda: count("hen", 4)),
        ("Five balloons float in the sky.", lambda: count("balloon", 5)),
        ("Exactly three cars.", lambda: count("car", 3)),
        ("Nine pins stand in a row.", lambda: count("pin", 9)),
        ("There are two birds perched on a wire.", lambda: count("bird", 2)),
        ("Two cats, one dog.", lambda: both(count("cat", 2), count("dog", 1))),
        ("A couple of rabbits munch on carrots.", lambda: count("rabbit", 2)),
        ("Three fish swim from left to right.", lambda: count("fish", 3)),
        ("Only two of the three lamps are on.", lambda: count("lamp", 3)),
        ("Four chairs surround a table.", lambda: count("chair", 4)),
        ("A pair of boots by a door.", lambda: count("boot", 2)),
        ("Six eggs in a hamper.", lambda: count("egg", 6)),
        ("Several hens - five - paddle in a pond.", lambda: count("hen", 5)),
        ("There are ten stars.", lambda: count("star", 10)),
        ("Four small boats float on the lake.", lambda: count("boat", 4)),
        ("Three cats sit on a fence, and two dogs sit under it.", lambda: both(count("cat", 3), count("dog", 2))),
        ("A lone coyote stands on a hill.", lambda: count("coyote", 1)),
        ("A few apples (three) on a table.", lambda: count("apple", 3)),
        ("Eleven candles.", lambda: count("candle", 11)),
        ("Two horses and a foal.", lambda: both(count("horse", 2), count("foal", 1))),
        ("Both cats are asleep.", lambda: count("cat", 2)),
        ("A trio of monkeys.", lambda: count("monkey", 3)),
        ("Exactly 4 hens swim in a line.", lambda: count("hen", 4)),
        ("I count three buses.", lambda: count("bus", 3)),
        ("Twin steeples stand side by side.", lambda: count("steeple", 2)),
        ("Dogs: 3.", lambda: count("dog", 3)),
        ("Three cats (all black).", lambda: count("cat", 3)),
        ("A boy stands between his two dogs.", lambda: at_least("dog", 2)),
        ("Two dogs: a large one and a small one.", lambda: count("dog", 2)),
        ("A shelf holds three books and a clock.", lambda: both(count("book", 3), count("clock", 1))),
        ("A bowl containing four plums.", lambda: count("plum", 4)),
        ("A woman with two toddlers.", lambda: count("toddler", 2)),
        ("Two green jars and one beige jar.", lambda: count("jar", 3)),
        ("4 apples on a table", lambda: count("apple", 4)),
        ("a photo of four apples in a hamper", lambda: count("apple", 4)),
        ("A high-quality video of three kittens playing on grass.", lambda: count("kitten", 3)),
        ("Top view of two cups next to a plate.", lambda: count("cup", 2)),
        ("A photograph showing exactly five pencils.", lambda: count("pencil", 5)),
        ("Imagine two crows on a branch.", lambda: count("crow", 2)),
        ("A close-up of a single rose.", lambda: count("rose", 1)),
        ("Wide shot of a herd of four elephants.", lambda: count("elephant", 4)),
        ("Three red apples and two green pears.", lambda: both(count("apple", 3), count("pear", 2))),
        ("Five cars drive along a road.", lambda: count("car", 5)),
        ("Four identical vases.", lambda: count("vase", 4)),
        ("Some cats - two of them - sit on a hedge.", lambda: count("cat", 2)),
        ("A pair of socks and a pair of shoes.", lambda: both(count("sock", 2), count("shoe", 2))),
        ("Ten coins.", lambda: count("coin", 10)),
        ("A hamper holding six eggs.", lambda: count("egg", 6)),
        ("Three trees, a house and two cars.", lambda: both(count("tree", 3), count("house", 1), count("car", 2))),
    ],
}


def _s5_family(category: str, part: list):
    def fn(r, h):
        text, check = r.choice(part)
        return text, check()
    return fn


# each list in parts of 25, so that every sentence is drawn (a family draws up to 30 distinct prompts)
for _cat, _short in (("spatial", "sp"), ("attribution", "att"), ("numeracy", "num")):
    for _k in range(0, len(_S5[_cat]), 25):
        _fn = _s5_family(_cat, _S5[_cat][_k:_k + 25])
        _fn.__name__ = f"{_short}_s5_own_sentences_{_k // 25 + 1}"
        FAMILIES.append((_cat, "tune", _fn.__name__, _fn))


# -- round 2 of the fifth session (space5): sentences written one by one in new shapes and words: things told
# apart by position only, a colour or a material in a phrase of its own, a relative clause that gives the holder
# a thing, things sharing a place ('both on …'), a part of a thing as the place, counted things on both sides,
# compound nouns named by their head. A third was set aside as held families before any was run.
def material(name, word):
    """The thing keeps the material it is made of (`a wooden chair`: 'wooden' among its traits or its material)."""
    def check(plan, shot):
        a = plan.entity(one(plan, name)).attributes
        need(word in a.get("traits", []) or a.get("material") == word, f"{name} lost {word!r}: {a}")
        always(shot, one(plan, name))
    return check


def uncoloured(name):
    """A compound's first word is no colour of the thing ('an ice cream truck' is not cream)."""
    def check(plan, shot):
        a = plan.entity(one(plan, name)).attributes
        need("color" not in a, f"{name} has colour {a.get('color')!r}")
        always(shot, one(plan, name))
    return check


_S6 = {
    "spatial": [
        ("A cat sleeps under a table that has a vase on it.", lambda: both(rel("cat", "below", "table"), rel("vase", "on", "table"))),
        ("A kettle next to a toaster, both on a counter.", lambda: both(rel("kettle", "next_to", "toaster"), rel("kettle", "on", "counter"), rel("toaster", "on", "counter"))),
        ("A crow sits on the left end of a fence.", lambda: rel("crow", "on", "fence")),
        ("Perched at the very top of a lighthouse, a gull looks out to sea.", lambda: rel("gull", "on", "lighthouse")),
        ("Underneath the wooden bridge, a canoe drifts.", lambda: rel("canoe", "below", "bridge")),
        ("The scooter has been left just in front of the mailbox.", lambda: rel("scooter", "in_front_of", "mailbox")),
        ("A parrot is perched on the back of a chair.", lambda: rel("parrot", "on", "chair")),
        ("A fire hydrant stands to the left of an ice cream truck.", lambda: rel("hydrant", "left_of", "truck")),
        ("A teapot sits on a shelf above a sink.", lambda: both(rel("teapot", "on", "shelf"), rel("shelf", "above", "sink"))),
        ("The lantern hangs from a hook above the door.", lambda: rel("lantern", "above", "door")),
        ("A squirrel is on the right, a chipmunk is on the left.", lambda: both(at("squirrel", "right"), at("chipmunk", "left"))),
        ("A skateboard lies beneath a park bench.", lambda: rel("skateboard", "below", "bench")),
        ("Between a cactus and a boulder sits a tortoise.", lambda: rel("tortoise", "between", "cactus", "boulder")),
        ("A hot air balloon floats high above a windmill.", lambda: rel("balloon", "above", "windmill")),
        ("A trash can is positioned to the right of the vending machine.", lambda: rel("can", "right_of", "machine")),
        ("A toddler stands behind a stroller.", lambda: rel("toddler", "behind", "stroller")),
        ("The goldfish bowl sits on top of the piano.", lambda: rel("bowl", "on", "piano")),
        ("A sailboat is to the left of a lighthouse, and a buoy is to its right.", lambda: both(rel("sailboat", "left_of", "lighthouse"), rel("buoy", "right_of", "lighthouse"))),
        ("A dog stands in front of a cat, which stands in front of a hedge.", lambda: both(rel("dog", "in_front_of", "cat"), rel("cat", "in_front_of", "hedge"))),
        ("A drone hovers next to a lamppost.", lambda: rel("drone", "next_to", "lamppost")),
        ("A mug rests on a coaster that sits on a desk.", lambda: both(rel("mug", "on", "coaster"), rel("coaster", "on", "desk"))),
        ("A sparrow and a finch, both on a branch.", lambda: both(rel("sparrow", "on", "branch"), rel("finch", "on", "branch"))),
        ("A spoon lies on the right edge of a plate.", lambda: rel("spoon", "on", "plate")),
    ],
    "attribution": [
        ("The left ball is red and the right ball is blue.", lambda: colours_of("ball", "red", "blue")),
        ("The ball on the left is green, while the one on the right is yellow.", lambda: colours_of("ball", "green", "yellow")),
        ("A kite in vivid red flies over a house.", lambda: colour("kite", "red")),
        ("Blue is the colour of the car.", lambda: colour("car", "blue")),
        ("A wooden chair stands beside a glass table.", lambda: both(material("chair", "wooden"), material("table", "glass"))),
        ("A paper lantern and a plastic cup.", lambda: both(material("lantern", "paper"), material("cup", "plastic"))),
        ("An ice cream truck parked by a fire hydrant.", lambda: both(uncoloured("truck"), rel("truck", "next_to", "hydrant"))),
        ("A teal scooter next to a maroon mailbox.", lambda: both(colour("scooter", "teal"), colour("mailbox", "maroon"))),
        ("A mug painted bright yellow sits beside a kettle.", lambda: colour("mug", "yellow")),
        ("The cat is grey, the dog black.", lambda: both(colour("cat", "grey"), colour("dog", "black"))),
        ("A glass vase holds a red rose.", lambda: both(material("vase", "glass"), colour("rose", "red"))),
        ("A cardboard box painted green.", lambda: both(material("box", "cardboard"), colour("box", "green"))),
        ("The car is red; so is the bus.", lambda: both(colour("car", "red"), colour("bus", "red"))),
        ("A huge tortoise crawls past a tiny snail.", lambda: bigger("tortoise", "snail")),
        ("Of the two lamps, the left one is black and the right one is yellow.", lambda: colours_of("lamp", "black", "yellow")),
        ("A kettle made of copper sits on a stove.", lambda: material("kettle", "copper")),
        ("A red fire truck is parked next to a green dumpster.", lambda: both(colour("truck", "red"), colour("dumpster", "green"))),
    ],
    "numeracy": [
        ("Three paper lanterns hang above a porch.", lambda: count("lantern", 3)),
        ("A pair of ice cream trucks.", lambda: count("truck", 2)),
        ("Four wooden chairs surround a table.", lambda: count("chair", 4)),
        ("There's a single kite and two birds.", lambda: both(count("kite", 1), count("bird", 2))),
        ("Seven penguins stand in a row.", lambda: count("penguin", 7)),
        ("Both kittens sleep on a rug.", lambda: count("kitten", 2)),
        ("Twin lamps stand on a mantel.", lambda: count("lamp", 2)),
        ("Half a dozen oranges lie on a table.", lambda: count("orange", 6)),
        ("A couple of fire hydrants line the street.", lambda: count("hydrant", 2)),
        ("Three red kites and one blue kite fly over the beach.", lambda: count("kite", 4)),
        ("Two chairs stand on either side of a desk.", lambda: flanked("desk", "chair")),
    ],
}
_S6_HELD = {
    "spatial": [
        ("A scarecrow stands on the right end of a hay bale.", lambda: rel("scarecrow", "on", "bale")),
        ("A lantern hangs beneath a beam that has a pigeon on it.", lambda: both(rel("lantern", "below", "beam"), rel("pigeon", "on", "beam"))),
        ("A teacup next to a saucer, both on a tray.", lambda: both(rel("teacup", "next_to", "saucer"), rel("teacup", "on", "tray"), rel("saucer", "on", "tray"))),
        ("A moth flutters beside a porch light.", lambda: rel("moth", "next_to", "light")),
        ("A pumpkin rests at the foot of a ladder.", lambda: rel("pumpkin", "next_to", "ladder")),
        ("Below the clock tower, a tram waits.", lambda: rel("tram", "below", "tower")),
        ("A wheelbarrow is parked to the right of a compost heap.", lambda: rel("wheelbarrow", "right_of", "heap")),
        ("The rowboat on the left is tied to a jetty.", lambda: seen_throughout("rowboat")),
        ("A candle burns on the left corner of a dresser.", lambda: rel("candle", "on", "dresser")),
    ],
    "attribution": [
        ("The upper kite is orange and the lower kite is purple.", lambda: colours_of("kite", "orange", "purple")),
        ("A jacket in bright orange hangs on a hook.", lambda: colour("jacket", "orange")),
        ("Purple is the colour of the umbrella.", lambda: colour("umbrella", "purple")),
        ("A plastic bottle stands next to a ceramic jug.", lambda: both(material("bottle", "plastic"), material("jug", "ceramic"))),
        ("The sofa on the right is pink and the sofa on the left is white.", lambda: colours_of("sofa", "pink", "white")),
        ("A school bus idles beside a traffic cone.", lambda: both(uncoloured("bus"), rel("bus", "next_to", "cone"))),
    ],
    "numeracy": [
        ("Two owls perch on either side of a lantern.", lambda: flanked("lantern", "owl")),
        ("Five glass jars sit on a shelf.", lambda: count("jar", 5)),
        ("A pair of rubber boots waits by the door.", lambda: count("boot", 2)),
        ("Half a dozen paper cranes hang from the ceiling.", lambda: count("crane", 6)),
    ],
}
for _cat, _short in (("spatial", "sp"), ("attribution", "att"), ("numeracy", "num")):
    for _half, _table in (("tune", _S6), ("held", _S6_HELD)):
        _fn = _s5_family(_cat, _table[_cat])
        _fn.__name__ = f"{_short}_s6_own_sentences" + ("_held" if _half == "held" else "")
        FAMILIES.append((_cat, _half, _fn.__name__, _fn))



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


# -- sentences written one by one in round 2 of the fifth session (time5), new sentence structures rather than
# variants: a clip's halves owned ('belongs to'), subordinate clauses of time ('until the clip is half over',
# 'once the first half is done', 'not until … does'), relative clauses that carry the earlier state, colon lists
# after a counted plural, an order told as a noun ('the order of arrival is …'), out-and-back legs, banks and
# shores as sides, trailing phrases around a route. The `held` table was written at the same time and never
# debugged (scores only).
_T9 = {
    "visibility": [
        ("The first half belongs to a llama, the second to a penguin.", lambda: both(window("llama", "first_half"), window("penguin", "second_half"))),
        ("The video begins with an empty dock; a pelican lands on it halfway.", lambda: window("pelican", "appears_half")),
        ("A cyclist rides by early, and after that the lane stays empty.", lambda: brief("cyclist")),
        ("Until the clip is half over, a walrus lounges on the rocks.", lambda: window("walrus", "first_half")),
        ("Once the first half is done, a flamingo wades in.", lambda: window("flamingo", "appears_half")),
        ("By the time the video ends, the canoe has drifted out of sight.", lambda: window("canoe", "disappears")),
        ("Not until the very end does a ferret appear.", lambda: window("ferret", "appears")),
        ("Whereas a lantern glows the whole time, a moth only shows up in the second half.", lambda: both(seen_throughout("lantern"), window("moth", "appears_half"))),
        ("A gull, which has been on the pier from the start, flies away at the halfway point.", lambda: window("gull", "disappears_half")),
        ("It is only in the latter half that a hedgehog can be spotted.", lambda: window("hedgehog", "second_half")),
        ("Halfway through, the gorilla that was eating leaves the frame.", lambda: window("gorilla", "disappears_half")),
        ("A kayak is in view for the first half only; the river is empty afterwards.", lambda: window("kayak", "first_half")),
        ("There's a mailbox on the corner the entire time, and a postman arrives towards the end.", lambda: both(seen_throughout("mailbox"), window("postman", "appears"))),
        ("The cow vanishes halfway through the clip and never comes back.", lambda: window("cow", "disappears_half")),
        ("At the start we see nothing but grass; in the second half a hare sits there.", lambda: window("hare", "second_half")),
        ("A llama steps out of view as soon as the clip reaches its midpoint.", lambda: window("llama", "disappears_half")),
        ("The goose arrives after the first half has passed.", lambda: window("goose", "appears_half")),
        ("From the middle of the video onward, a tractor is visible.", lambda: window("tractor", "appears_half")),
        ("An otter is seen up until the midpoint, but not after.", lambda: window("otter", "first_half")),
        ("Late in the clip, a deer wanders into the clearing.", lambda: window("deer", "appears")),
        ("The boy who was waiting by the door walks away in the second half.", lambda: window("boy", "disappears_half")),
        ("A drone hovers for the first half and then flies off screen.", lambda: window("drone", "disappears_half")),
        ("For the first half there is only a rock; then a lizard crawls onto it.", lambda: both(seen_throughout("rock"), window("lizard", "appears_half"))),
        ("A cat is never visible during the first half but is there for the second.", lambda: window("cat", "second_half")),
        ("The scene starts with a kettle on the stove and ends without it.", lambda: window("kettle", "disappears")),
        ("A mole pokes out of the ground at the halfway mark.", lambda: window("mole", "appears_half")),
        ("A yak is around only at the beginning.", lambda: window("yak", "disappears")),
    ],
    "dynamics": [
        ("A rocket rises out of the frame.", lambda: moves("rocket", "up")),
        ("An otter swims to the left bank.", lambda: moves("otter", "left")),
        ("The heron, flying leftwards, crosses the sky.", lambda: moves("heron", "left")),
        ("A sled slides down the hill from the top of the frame to the bottom.", lambda: moves("sled", "down")),
        ("Two ponies trot to the right side by side with nothing else around.", lambda: moves_each("pony", "right")),
        ("Heading left, a lorry rumbles along the road.", lambda: moves("lorry", "left")),
        ("A beetle makes its way from the right side to the left side of the frame.", lambda: moves("beetle", "left")),
        ("The dolphin leaps from left to right across the screen.", lambda: moves("dolphin", "right")),
        ("A squirrel scampers past the tree from left to right.", lambda: passes("squirrel", "tree", "left_of", "right_of")),
        ("A truck that starts on the right ends up on the left.", lambda: moves("truck", "left")),
        ("What we see is a kite drifting rightward.", lambda: moves("kite", "right")),
        ("A puppy bounds up to the camera, getting bigger.", lambda: moves("puppy", "closer")),
        ("The ship sails off into the distance.", lambda: moves("ship", "away")),
        ("A paper plane glides downward from the top.", lambda: moves("plane", "down")),
        ("A hot air balloon ascends slowly into the sky.", lambda: moves("balloon", "up")),
        ("A snail creeps from the rock's left side to its right side.", lambda: passes("snail", "rock", "left_of", "right_of")),
        ("A penguin waddles to the right until it reaches the edge of the ice.", lambda: moves("penguin", "right")),
        ("A cyclist rides right, from one edge of the frame to the other.", lambda: moves("cyclist", "right")),
        ("The fish swims toward the right bank of the river.", lambda: moves("fish", "right")),
        ("A lizard darts leftward along the wall and out of the frame.", lambda: moves("lizard", "left")),
        ("The boat, which starts at the right, travels to the far left.", lambda: moves("boat", "left")),
        ("An elevator goes up from the bottom to the top of the frame.", lambda: moves("elevator", "up")),
        ("A ball drops to the ground from the top of the frame.", lambda: moves("ball", "down")),
        ("The bee's flight takes it from right to left.", lambda: moves("bee", "left")),
        ("A motorbike speeds away from the viewer.", lambda: moves("motorbike", "away")),
        ("A swan paddles over to the right shore of the lake.", lambda: moves("swan", "right")),
    ],
    "sequential": [
        ("Two birds arrive, one after the other: first a finch, then a wren.", lambda: in_order("finch", "wren")),
        ("The order of arrival is a goat, a sheep, then a cow.", lambda: in_order("goat", "sheep", "cow")),
        ("A squirrel climbs up, pauses, then climbs back down.", lambda: legs("squirrel", "up", "down")),
        ("A duck swims to the left bank, then back to the right.", lambda: legs("duck", "left", "right")),
        ("A dog walks from the lower left to the upper right, side by side with nothing else around.", lambda: route("dog", "lower left", "upper right")),
        ("A crab moves to the right, then up, then to the left.", lambda: legs("crab", "right", "up", "left")),
        ("A van appears first; a taxi comes along after it.", lambda: appears_before("van", "taxi")),
        ("After the dog leaves, a cat comes in.", lambda: appears_before("dog", "cat", gone=True)),
        ("A bee flies from the top left to the bottom left and ends at the bottom right.", lambda: route("bee", "upper left", "lower left", "lower right")),
        ("A tortoise goes right, turns around, and comes back left.", lambda: legs("tortoise", "right", "left")),
        ("A rabbit, then a fox, then a hound run in, in that order.", lambda: in_order("rabbit", "fox", "hound")),
        ("A wagon enters from the left, stops in the middle, and leaves to the right.", lambda: enters_and_leaves("wagon", "right")),
        ("Three boats appear in turn: a canoe, a raft, and a yacht.", lambda: in_order("canoe", "raft", "yacht")),
        ("The hen comes in last, after a rooster and a chick.", lambda: both(appears_before("rooster", "hen"), appears_before("chick", "hen"))),
        ("Starting at the top right, a spider drops to the bottom right and then crawls to the bottom left.", lambda: route("spider", "upper right", "lower right", "lower left")),
        ("A mouse runs left and then, a moment later, right.", lambda: legs("mouse", "left", "right")),
        ("The first animal on screen is a zebra; a giraffe joins it later.", lambda: appears_before("zebra", "giraffe")),
        ("A pigeon lands, and only afterwards does a hawk show up.", lambda: appears_before("pigeon", "hawk")),
        ("A goat climbs up the rock and then jumps back down.", lambda: legs("goat", "up", "down")),
        ("A helicopter rises, hovers, then descends.", lambda: legs("helicopter", "up", "down")),
        ("The kite goes from the lower right corner up to the upper right, and from there over to the upper left.", lambda: route("kite", "lower right", "upper right", "upper left")),
        ("Arriving second, a pony follows a donkey into the field.", lambda: appears_before("donkey", "pony")),
        ("A car drives to the top left corner, having started in the bottom right.", lambda: route("car", "lower right", "upper left")),
        ("In the video, a drone flies up, then right, then down.", lambda: legs("drone", "up", "right", "down")),
        ("Four ducks waddle in one by one: a mallard, a teal, a pintail and a wigeon.", lambda: in_order("mallard", "teal", "pintail", "wigeon")),
    ],
}
_T9_HELD = {
    "visibility": [
        ("Only the second half features a panda.", lambda: window("panda", "second_half")),
        ("A bison lingers until roughly halfway and after that the prairie is bare.", lambda: window("bison", "first_half")),
        ("Nothing is in the alcove until, near the end, a kitten curls up there.", lambda: window("kitten", "appears")),
        ("When the clip is half done, the ostrich strolls off.", lambda: window("ostrich", "disappears_half")),
        ("Throughout the first half a stork stands still; it is absent afterwards.", lambda: window("stork", "first_half")),
        ("The buffalo doesn't show up until the second half.", lambda: window("buffalo", "appears_half")),
        ("A gecko is around at the start but not at the finish.", lambda: window("gecko", "disappears")),
        ("From halfway on, there is a sailboat on the lake.", lambda: window("sailboat", "second_half")),
        ("A koala sits in the tree during the first half, the branch empty in the second.", lambda: window("koala", "first_half")),
        ("A pheasant shows itself briefly in the middle and then hides again.", lambda: brief("pheasant")),
        ("The opening half has a camel; the closing half has none.", lambda: window("camel", "first_half")),
        ("Late on, a wombat emerges.", lambda: window("wombat", "appears")),
    ],
    "dynamics": [
        ("A glider soars to the right over the valley.", lambda: moves("glider", "right")),
        ("A rowboat paddles over to the left shore.", lambda: moves("rowboat", "left")),
        ("A comet streaks down from the top of the frame.", lambda: moves("comet", "down")),
        ("A firework shoots up out of the frame.", lambda: moves("firework", "up")),
        ("A hedgehog trundles past the stump from right to left.", lambda: passes("hedgehog", "stump", "right_of", "left_of")),
        ("Going right all the while, a locomotive pulls its cars.", lambda: moves("locomotive", "right")),
        ("A mole tunnels along leftward.", lambda: moves("mole", "left")),
        ("The moped ends up at the far right after starting at the far left.", lambda: moves("moped", "right")),
        ("A bulldog sprints at the camera.", lambda: moves("bulldog", "closer")),
        ("The sailboat shrinks into the distance.", lambda: moves("sailboat", "away")),
        ("Across the whole width of the screen, a fox runs left.", lambda: moves("fox", "left")),
        ("A tram, whose route runs from left to right, rolls along.", lambda: moves("tram", "right")),
    ],
    "sequential": [
        ("Three cars pull in one at a time: a jeep, a limo and a cab.", lambda: in_order("jeep", "limo", "cab")),
        ("A monkey scrambles up the pole, waits, and slides back down.", lambda: legs("monkey", "up", "down")),
        ("First comes a calf, after it a lamb.", lambda: in_order("calf", "lamb")),
        ("A wasp buzzes to the right, and then back to the left.", lambda: legs("wasp", "right", "left")),
        ("From the upper left, a pebble rolls to the lower left, then across to the lower right.", lambda: route("pebble", "upper left", "lower left", "lower right")),
        ("A shark swims up to the surface and dives back down again.", lambda: legs("shark", "up", "down")),
        ("The arrival order: a moose, then an elk.", lambda: in_order("moose", "elk")),
        ("A beetle heads left, reverses, and heads right.", lambda: legs("beetle", "left", "right")),
        ("A sparrow that came first is joined by a finch.", lambda: appears_before("sparrow", "finch")),
        ("A balloon goes up, right, and then down, one after another.", lambda: legs("balloon", "up", "right", "down")),
        ("With nobody else in sight, a tractor drives from the bottom left to the top left.", lambda: route("tractor", "lower left", "upper left")),
        ("The cab is the last to come, after a bus and a van.", lambda: both(appears_before("bus", "cab"), appears_before("van", "cab"))),
    ],
}
_own_sentences(_T9, "t13")
for _category, _short in (("visibility", "vis"), ("dynamics", "dyn"), ("sequential", "seq")):
    def _draw_held(r, h, sentences=_T9_HELD[_category]):
        text, check = r.choice(sentences)
        return text, check()
    _draw_held.__name__ = f"{_short}_t13h_own_sentences"
    family(_category, "held")(_draw_held)


# -- a sixth session's round (vis6): visibility and dynamics in shapes the bench did not have: verbs of appearing
# and vanishing from general English ('pops up', 'materialises', 'ducks out of sight', 'fades away'), the frame's
# nouns ('picture', 'shot', 'view', 'scene'), negations ('never leaves', 'not there at the start'), passives
# ('can be seen', 'is first seen'), hidden-then-out and only-then-later, nominal events ('its arrival comes …',
# 'a dog's run across the yard'), phrasal motion ('makes its way', 'heads off', 'drifts across'), speed and
# manner, the camera, rising and falling, relative motion, nearing and retreating, circling and turning back,
# crossing the frame. Own pools, so no prompt repeats an earlier family's words. The `held` families below were
# written at the same time and never debugged (scores only).
V6_ANIMALS = {"tune": ["otter", "lynx", "hare", "moose", "beaver", "coyote", "ferret", "panda", "koala", "rhino",
                       "bison", "boar", "lemur", "gazelle", "peacock", "goose", "poodle", "terrier", "pony", "lamb"],
              "held": ["marmot", "jackal", "porcupine", "alpaca", "tapir", "emu"]}
V6_VEHICLES = {"tune": ["jeep", "ambulance", "minivan", "sedan", "trolley", "bulldozer", "rickshaw", "motorbike"],
               "held": ["limousine", "moped", "hearse"]}
V6_PEOPLE = {"tune": ["jogger", "hiker", "skater", "postman", "nurse", "clown", "waiter", "farmer", "toddler"],
             "held": ["mailman", "ballerina", "lifeguard"]}
V6_FLIERS = {"tune": ["hawk", "crow", "pigeon", "sparrow", "moth", "dragonfly", "frisbee", "blimp"],
             "held": ["hornet", "parakeet", "zeppelin"]}
V6_ANCHORS = {"tune": ["boulder", "bush", "shed", "tent", "pillar", "hedge", "signpost", "doghouse"],
              "held": ["cabin", "stump", "billboard"]}
V6_MID = {"tune": ["halfway through", "at the halfway point", "in the middle of the shot", "midway through the clip",
                   "at around the midpoint", "half way in", "part way through the shot", "at mid-clip"],
          "held": ["at the clip's midpoint", "halfway into the video", "at the half-way mark"]}
V6_LATE = {"tune": ["late in the clip", "towards the end", "near the end", "just before the end", "in the final seconds",
                    "close to the end of the shot", "at the very end"],
           "held": ["shortly before the clip ends", "in the closing moments"]}
V6_FRAME = {"tune": ["frame", "shot", "picture", "view", "scene", "screen"], "held": ["image", "footage"]}


def _v6_mover(r, h):
    return r.choice(V6_ANIMALS[h] + V6_ANIMALS[h] + V6_VEHICLES[h] + V6_PEOPLE[h])


def _v6_two(r, h, pool_a, pool_b):
    a = r.choice(pool_a[h])
    b = r.choice(pool_b[h])
    while b == a:
        b = r.choice(pool_b[h])
    return a, b


@family("visibility", "tune")
def vis_v6_appear_verbs(r, h):
    s = _v6_mover(r, h)
    come = r.choice(["pops up", "materialises", "materializes", "emerges", "turns up", "crops up", "springs up",
                     "shows itself", "comes along", "bursts in", "strides in", "creeps into view", "slides into the picture",
                     "rolls into the shot", "wanders into the frame", "hurries into view", "appears out of nowhere",
                     "drifts into the scene", "makes its way in", "steps onto the screen", "arrives on the scene"])
    late = r.random() < 0.4
    when = r.choice(V6_LATE[h] if late else V6_MID[h])
    shape = r.choice(["{W}, {a} {c}.", "{A} {c} {w}.", "{A} suddenly {c} {w}.", "Nothing happens until, {w}, {a} {c}.",
                      "The {f} is empty, and {w} {a} {c}.", "{W} {a} quietly {c}."])
    text = shape.format(W=_cap(when), w=when, A=_cap(_a(s)), a=_a(s), c=come, f=r.choice(V6_FRAME[h]))
    return _loose(r, text), window(s, "appears" if late else "appears_half")


@family("visibility", "tune")
def vis_v6_vanish_verbs(r, h):
    s = _v6_mover(r, h)
    go = r.choice(["fades away", "ducks out of sight", "slips out of the frame", "disappears from view",
                   "drops out of sight", "wanders out of the picture", "scurries off", "dashes away", "bolts",
                   "heads off", "hurries out of the shot", "is lost from view", "melts away", "fades out",
                   "backs out of the frame", "trots off screen", "moves off", "gets out of the picture",
                   "clears out of the frame", "makes its exit", "departs"])
    late = r.random() < 0.4
    if late:
        when = r.choice(["by the end", "before the clip is over", "eventually", "in the end", "before the end",
                         "by the end of the shot"])
    else:
        when = r.choice(V6_MID[h])
    shape = r.choice(["{A} {g} {w}.", "{W}, {a} {g}.", "{A} is there at first but {g} {w}.",
                      "{A} sits in the {f} and then {g} {w}.", "{W} the {s} {g}."])
    text = shape.format(W=_cap(when), w=when, A=_cap(_a(s)), a=_a(s), s=s, g=go, f=r.choice(V6_FRAME[h]))
    return _loose(r, text), window(s, "disappears" if late else "disappears_half")


@family("visibility", "tune")
def vis_v6_frame_nouns(r, h):
    s, f = _v6_mover(r, h), r.choice(V6_FRAME[h])
    kind = r.choice(["first_half", "second_half", "throughout", "throughout"])
    shapes = {
        "first_half": ["{A} is in the {f} only for the first half.", "{A} is visible in the {f} until the midpoint.",
                       "{A} stays in {g} for the first half, then it is out of the {f}.",
                       "Only during the first half of the {f} is {a} visible.",
                       "The {f} holds {a} for its first half only.",
                       "{A} is in {g} until halfway, and out of {g} afterwards."],
        "second_half": ["{A} is visible only in the second half of the {f}.", "{A} is out of the {f} for the first half.",
                        "{A} enters the {f} halfway and stays in it.", "{A} is in the {f} only in the second half.",
                        "For the first half {a} is out of {g}; after that it is in {g}.",
                        "The {f} shows {a} only during its second half."],
        "throughout": ["{A} stays in the {f} for the whole clip.", "{A} is in {g} from start to finish.",
                       "{A} remains in view the entire time.", "{A} is visible throughout the {f}.",
                       "The {f} shows {a} from beginning to end.", "{A} is on screen all the way through."],
    }
    text = r.choice(shapes[kind]).format(A=_cap(_a(s)), a=_a(s), f=f, g=r.choice(["shot", "frame", "view"]))
    return _loose(r, text), (seen_throughout(s) if kind == "throughout" else window(s, kind))


@family("visibility", "tune")
def vis_v6_negations(r, h):
    s, f, mid = _v6_mover(r, h), r.choice(V6_FRAME[h]), r.choice(V6_MID[h])
    kind = r.choice(["throughout", "appears_half", "appears_half", "disappears", "second_half"])
    shapes = {
        "throughout": ["{A} never leaves the {f}.", "{A} does not leave the {f} at any point.",
                       "At no point does {a} leave the {f}.", "{A} never goes out of view.",
                       "{A} is never out of the {f}.", "{A} doesn't move out of the {f} at all."],
        "appears_half": ["{A} is not there at the start but arrives {m}.", "{A} does not appear until the second half.",
                         "{A} isn't in the {f} at first; it wanders in {m}.", "{A} is not in the {f} until {u}.",
                         "There is no {s} at the beginning; {m} one comes in.",
                         "No {s} can be seen at first, but {m} {a} walks in."],
        "disappears": ["{A} is there at the start but not at the end.", "{A} is present at first and not by the end.",
                       "{A} does not stay until the end; it leaves.", "{A} starts in the {f} but isn't there when it ends.",
                       "{A} is in the {f} at first, though not at the finish."],
        "second_half": ["{A} never shows up in the first half, only in the second.",
                        "{A} is not visible before the midpoint, but it is after it.",
                        "{A} does not appear in the first half; it is there in the second half.",
                        "In the first half there is no {s}; in the second half there is {a}."],
    }
    text = r.choice(shapes[kind]).format(A=_cap(_a(s)), a=_a(s), s=s, f=f, m=mid,
                                         u=r.choice(["halfway", "the midpoint", "the middle of the clip"]))
    return _loose(r, text), (seen_throughout(s) if kind == "throughout" else window(s, kind))


@family("visibility", "tune")
def vis_v6_passive_seen(r, h):
    s, mid = _v6_mover(r, h), r.choice(V6_MID[h])
    kind = r.choice(["first_half", "second_half", "appears_half", "disappears_half"])
    shapes = {
        "first_half": ["{A} can be seen only in the first half.", "{A} is last seen {m}.",
                       "{A} is no longer seen after the midpoint.", "{A} can only be spotted until the midpoint.",
                       "{A} is seen in the first half and not after it."],
        "second_half": ["{A} can be seen only in the second half.", "{A} can be spotted from the midpoint on.",
                        "{A} is only seen after the midpoint.", "{A} can't be seen until the second half, when it is there."],
        "appears_half": ["{A} is first seen {m}.", "{A} is first spotted {m}.", "{A} can first be seen {m}.",
                         "{A} is seen arriving {m}.", "{A} is seen coming in {m}."],
        "disappears_half": ["{A} is seen leaving {m}.", "{A} is seen walking off {m}.",
                            "{A} is seen going away {m}.", "{A} can be seen leaving the frame {m}."],
    }
    text = r.choice(shapes[kind]).format(A=_cap(_a(s)), a=_a(s), m=mid)
    return _loose(r, text), window(s, kind)


@family("visibility", "tune")
def vis_v6_hidden_emerges(r, h):
    s, y = _v6_mover(r, h), r.choice(V6_ANCHORS[h])
    kind = r.choice(["appears", "appears", "appears_half", "disappears_half", "disappears"])
    mid = r.choice(V6_MID[h])
    shapes = {
        "appears": ["{A} is hidden behind the {y} at first, then emerges.", "{A} is hiding behind the {y} and later comes out.",
                    "At first {a} is concealed behind the {y}; later it steps out.",
                    "{A} is behind the {y}, out of sight, until it emerges near the end.",
                    "Hidden by the {y} at the start, {a} eventually comes out into view.",
                    "{A} is tucked away behind the {y} and eventually pops out."],
        "appears_half": ["{M}, {a} steps out from behind the {y}.", "{A} emerges from behind the {y} {m}.",
                         "{A} comes out from behind the {y} in the second half.",
                         "{A} stays hidden behind the {y} until {u}, then comes out."],
        "disappears_half": ["{A} ducks behind the {y} {m}.", "{M}, {a} hides behind the {y}.",
                            "{A} slips behind the {y} {m} and is not seen again.",
                            "{A} disappears behind the {y} {m}."],
        "disappears": ["{A} ducks behind the {y} and stays there.", "{A} goes behind the {y} and does not come out.",
                       "{A} crawls behind the {y} and is hidden by the end.",
                       "By the end, {a} has vanished behind the {y}."],
    }
    text = r.choice(shapes[kind]).format(A=_cap(_a(s)), a=_a(s), y=y, M=_cap(mid), m=mid,
                                         u=r.choice(["halfway", "the midpoint", "the middle of the clip"]))
    return _loose(r, text), both(seen_throughout(y), window(s, kind))


@family("visibility", "tune")
def vis_v6_only_then(r, h):
    s, y = _v6_mover(r, h), r.choice(V6_ANCHORS[h])
    shape = r.choice(["At first only {y}; later {a} steps out from behind it.",
                      "At first there is only {y}; then {a} walks out from behind it.",
                      "To begin with we see only {y}. Later, {a} comes out from behind it.",
                      "Only {y} is visible at the start; {a} joins it later.",
                      "Initially just {y}, and later {a} appears beside it.",
                      "At the beginning the {f} shows only {y}, until {a} comes into view.",
                      "At first nothing but {y}; eventually {a} wanders in."])
    text = shape.format(y=_a(y), a=_a(s), f=r.choice(V6_FRAME[h]))
    return _loose(r, text), both(seen_throughout(y), window(s, "appears"))


@family("visibility", "tune")
def vis_v6_nominal(r, h):
    s, mid = _v6_mover(r, h), r.choice(V6_MID[h])
    come = r.random() < 0.5
    if come:
        shape = r.choice(["The {s}'s arrival comes {m}.", "{A} makes its entrance {m}.", "{A} makes an entrance {m}.",
                          "{M}, {a} makes its appearance.", "The arrival of {a} happens {m}.",
                          "{A}'s entrance happens {m}."])
    else:
        shape = r.choice(["The {s}'s exit happens {m}.", "{A} makes its exit {m}.", "{M}, {a} makes an exit.",
                          "The departure of the {s} comes {m}.", "The {s}'s departure comes {m}.",
                          "{A}'s exit is {m}."])
    text = shape.format(s=s, A=_cap(_a(s)), a=_a(s), m=mid, M=_cap(mid))
    return _loose(r, text), window(s, "appears_half" if come else "disappears_half")


_V6_LR = {"left": ["to the left", "leftward", "towards the left", "left", "over to the left side", "to the left edge"],
          "right": ["to the right", "rightward", "towards the right", "right", "over to the right side",
                    "to the right edge"]}


@family("dynamics", "tune")
def dyn_v6_phrasal(r, h):
    s, way = _v6_mover(r, h), r.choice(["left", "right"])
    other = "right" if way == "left" else "left"
    verb = r.choice(["makes its way", "heads off", "drifts across", "wanders over", "edges along", "inches along",
                     "sets off", "pushes on", "presses on", "carries on", "hurries along", "moves along",
                     "works its way", "picks its way", "threads its way", "rolls on"])
    shape = r.choice(["{A} {v} {w}.", "{A} {v} from the {o} {to} the {d}.", "{A} slowly {v} {w}.",
                      "{A} {v} {w} across the {f}.", "From the {o} side, {a} {v} {w}."])
    text = shape.format(A=_cap(_a(s)), a=_a(s), v=verb, w=r.choice(_V6_LR[way]), o=other, d=way,
                        to=r.choice(["to", "over to", "all the way to"]), f=r.choice(V6_FRAME[h]))
    return _loose(r, text), moves(s, way)


@family("dynamics", "tune")
def dyn_v6_nominal(r, h):
    s, way = _v6_mover(r, h), r.choice(["left", "right", "up", "down"])
    noun = r.choice(["run", "journey", "path", "trip", "walk", "route", "movement", "motion", "course", "progress"])
    if way in ("left", "right"):
        o = "right" if way == "left" else "left"
        shape = r.choice(["{S}'s {n} across the yard takes it from {o} to {d}.", "The {s}'s {n} goes from the {o} to the {d}.",
                          "The {n} of the {s} leads from {o} to {d}.", "{S}'s {n} is from {o} to {d}.",
                          "The {s}'s {n} carries it {d}ward.", "The {s} is on a {n} from the {o} side to the {d} side."])
    else:
        o = "bottom" if way == "up" else "top"
        d = "top" if way == "up" else "bottom"
        shape = r.choice(["The {s}'s {n} goes from the {o} to the {d}.", "The {n} of the {s} leads from the {o} of the frame to the {d}.",
                          "{S}'s {n} takes it from the {o} to the {d}.", "The {s}'s {n} carries it {w}."])
        way_word = "upward" if way == "up" else "downward"
        text = shape.format(S=_cap(_a(s)), s=s, n=noun, o=o, d=d, w=way_word)
        return _loose(r, text), moves(s, way)
    text = shape.format(S=_cap(_a(s)), s=s, n=noun, o=o, d=way)
    return _loose(r, text), moves(s, way)


@family("dynamics", "tune")
def dyn_v6_speed_manner(r, h):
    s, way = _v6_mover(r, h), r.choice(["left", "right"])
    verb = r.choice(["races", "ambles", "rushes", "dashes", "plods", "sprints", "strolls", "lumbers", "scampers",
                     "darts", "tiptoes", "stomps", "waddles", "bolts", "shuffles", "gallops", "limps", "coasts",
                     "cruises", "skids", "sweeps"])
    adv = r.choice(["rapidly", "lazily", "at great speed", "slowly and steadily", "in a hurry", "at a snail's pace",
                    "as fast as it can", "without hurrying", "at top speed", "cautiously", "clumsily", "gracefully",
                    "nervously", "happily", "quickly"])
    shape = r.choice(["{A} {v} {adv} {w}.", "{Adv}, {a} {v} {w}.", "{A} {v} {w} {adv}.",
                      "{A}, moving {adv}, heads {w}.", "{A} {v} {w}, {adv}."])
    text = shape.format(A=_cap(_a(s)), a=_a(s), v=verb, adv=adv, Adv=_cap(adv), w=r.choice(_V6_LR[way][:3]))
    return _loose(r, text), moves(s, way)


@family("dynamics", "tune")
def dyn_v6_camera(r, h):
    s = _v6_mover(r, h)
    closer = r.random() < 0.5
    if closer:
        p = r.choice(["comes straight at the camera", "heads toward the viewer", "gets nearer and nearer to the lens",
                      "draws closer to the camera", "approaches the lens", "walks up to the camera",
                      "moves into the foreground", "advances on the camera", "charges at the camera",
                      "comes towards us", "runs toward the lens, growing larger", "closes in on the camera"])
    else:
        p = r.choice(["recedes into the background", "moves off into the distance", "backs away from the camera",
                      "shrinks into the distance", "heads away from the viewer", "retreats from the lens",
                      "walks away from us", "disappears into the distance, getting smaller", "moves deeper into the scene",
                      "goes further and further from the camera", "travels away from the camera", "drives off into the distance"])
    shape = r.choice(["{A} {p}.", "Slowly, {a} {p}.", "We watch {a} as it {p}.", "{A} steadily {p}."])
    return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), p=p)), moves(s, "closer" if closer else "away")


@family("dynamics", "tune")
def dyn_v6_vertical(r, h):
    s = r.choice(V6_FLIERS[h] + ["rock", "leaf", "coin", "feather", "acorn", "snowball"])
    up = r.random() < 0.5
    if up:
        p = r.choice(["floats upward", "climbs to the top of the frame", "bobs upward", "soars higher and higher",
                      "rises from the bottom of the picture to the top", "lifts off and goes up", "shoots up into the sky",
                      "drifts skyward", "ascends", "climbs higher", "goes up toward the top of the screen",
                      "rises, lifted by the wind"])
    else:
        p = r.choice(["tumbles down from the top", "plummets", "sinks to the bottom of the picture",
                      "drops from the top of the screen", "falls to the ground", "comes down from above",
                      "descends to the bottom of the frame", "drifts downward", "plunges down", "dives toward the ground",
                      "sinks lower and lower", "is dropped from the top and falls"])
    shape = r.choice(["{A} {p}.", "{A} slowly {p}.", "All of a sudden {a} {p}.", "In the {f}, {a} {p}."])
    text = shape.format(A=_cap(_a(s)), a=_a(s), p=p, f=r.choice(V6_FRAME[h]))
    return _loose(r, text), moves(s, "up" if up else "down")


@family("dynamics", "tune")
def dyn_v6_relative(r, h):
    s, y = _v6_mover(r, h), r.choice(V6_ANCHORS[h])
    way = r.choice(["right", "left"])
    first, then = ("left_of", "right_of") if way == "right" else ("right_of", "left_of")
    a_side, b_side = ("left", "right") if way == "right" else ("right", "left")
    shape = r.choice(["{A} runs from the {a1} of the {y} to its {b1}.",
                      "{A} goes from the {y}'s {a1} side over to its {b1} side.",
                      "{A} starts {a1} of the {y} and finishes {b1} of it.",
                      "{A} moves from {a1} of the {y} to {b1} of it.",
                      "{A} begins on the {a1} side of the {y} and ends up on its {b1} side.",
                      "{A} travels from beside the {y} on its {a1} to beside it on its {b1}.",
                      "{A}, starting to the {a1} of the {y}, makes its way to the {b1} of it."])
    text = shape.format(A=_cap(_a(s)), y=y, a1=a_side, b1=b_side)
    return _loose(r, text), passes(s, y, first, then)


@family("dynamics", "tune")
def dyn_v6_nearing(r, h):
    s, y = _v6_mover(r, h), r.choice(V6_ANCHORS[h])
    closer = r.random() < 0.6
    if closer:
        p = r.choice(["creeps up on the {y}", "makes a beeline for the {y}", "heads over to the {y}",
                      "wanders toward the {y}", "hurries over to the {y}", "comes up to the {y}",
                      "closes the distance to the {y}", "edges closer to the {y}", "makes its way to the {y}",
                      "runs up to the {y}", "goes over to the {y}", "sidles up to the {y}"])
    else:
        p = r.choice(["backs off from the {y}", "scurries away from the {y}", "moves away from the {y}",
                      "retreats from the {y}", "walks off, away from the {y}", "gets farther and farther from the {y}",
                      "runs away from the {y}", "leaves the {y} behind", "distances itself from the {y}",
                      "steps back from the {y}"])
    shape = r.choice(["{A} {p}.", "{A} slowly {p}.", "In the {f}, {a} {p}.", "{A} quickly {p}."])
    text = shape.format(A=_cap(_a(s)), a=_a(s), p=p.format(y=y), f=r.choice(V6_FRAME[h]))
    return _loose(r, text), nears(s, y, closer)


@family("dynamics", "tune")
def dyn_v6_circles_turns(r, h):
    s, y = _v6_mover(r, h), r.choice(V6_ANCHORS[h])
    if r.random() < 0.5:
        p = r.choice(["runs in a circle around the {y}", "loops around the {y}", "orbits the {y}",
                      "does a lap around the {y}", "goes round and round the {y}", "walks all the way around the {y}",
                      "makes a circle around the {y}", "circles around the {y}", "travels in a loop around the {y}",
                      "goes around the {y} in a circle"])
        text = r.choice(["{A} {p}.", "{A} slowly {p}.", "In the {f}, {a} {p}."]).format(
            A=_cap(_a(s)), a=_a(s), p=p.format(y=y), f=r.choice(V6_FRAME[h]))
        return _loose(r, text), circles(s, y)
    way = r.choice(["right", "left"])
    back = "left" if way == "right" else "right"
    shape = r.choice(["{A} heads {w}, turns around, and heads back {b}.", "{A} goes {w}, then turns and comes back {b}.",
                      "{A} moves {w}, spins around and returns to the {b}.", "{A} walks {w} before turning back {b}.",
                      "{A} goes {w} and then doubles back to the {b}.", "{A} runs {w}, stops, and turns back {b}ward."])
    text = shape.format(A=_cap(_a(s)), w=way if r.random() < 0.5 else f"to the {way}", b=back)
    return _loose(r, text), legs(s, way, back)


@family("dynamics", "tune")
def dyn_v6_crosses_frame(r, h):
    s, f = _v6_mover(r, h), r.choice(V6_FRAME[h])
    p = r.choice(["crosses the {f}", "passes through the {f}", "cuts across the {f}", "traverses the {f}",
                  "sweeps across the {f}", "makes its way across the {f}", "travels across the whole {f}",
                  "goes from one side of the {f} to the other", "runs the width of the {f}", "moves across the {f}",
                  "zips across the {f}", "wanders across the {f}"])
    shape = r.choice(["{A} {p}.", "{A} slowly {p}.", "{A} quickly {p}.", "We watch {a} as it {p}."])
    return _loose(r, shape.format(A=_cap(_a(s)), a=_a(s), p=p.format(f=f))), crosses_frame(s)


@family("dynamics", "tune")
def dyn_v6_bounces_rolls(r, h):
    s = r.choice(["ball", "marble", "tire", "barrel", "beach ball", "pumpkin", "basketball", "wheel"])
    name = s.split()[-1]
    way = r.choice(["left", "right", "down"])
    if way == "down":
        p = r.choice(["bounces down the stairs", "rolls down the slope", "bounces down from the top of the frame",
                      "tumbles down the hill", "rolls down toward the bottom of the frame", "bounces downward"])
    else:
        p = r.choice(["bounces {w}", "rolls {w}", "bounces along {w}", "rolls along the floor {w}",
                      "bounces from the {o} to the {w2}", "goes bouncing {w}", "rolls away {w}"]).format(
            w=r.choice(_V6_LR[way][:3]), o="right" if way == "left" else "left", w2=way)
    text = r.choice(["{A} {p}.", "{A} slowly {p}.", "Then {a} {p}.", "{A} {p} in the {f}."]).format(
        A=_cap(_a(s)), a=_a(s), p=p, f=r.choice(V6_FRAME[h]))
    return _loose(r, text), moves(name, way)


# held families (written with the tuning ones, never debugged; scores only)
@family("visibility", "held")
def vis_v6_held_coming_and_going(r, h):
    s, mid = _v6_mover(r, h), r.choice(V6_MID[h])
    kind = r.choice(["appears_half", "disappears_half", "appears", "first_half"])
    shapes = {
        "appears_half": ["{M}, out of nowhere, {a} surfaces.", "{A} finally turns up {m}.",
                         "Up until {m} the {f} has no {s}; then one wanders in."],
        "disappears_half": ["{A} takes its leave {m}.", "{M}, {a} slinks out of the {f}.",
                            "{A} goes missing {m}."],
        "appears": ["{A} only comes into the {f} {l}.", "It isn't until {l} that {a} pops into view."],
        "first_half": ["{A} is around for the first half and nowhere in the {f} after that.",
                       "{A} lingers in the {f} up to the midpoint and is absent from then on."],
    }
    text = r.choice(shapes[kind]).format(A=_cap(_a(s)), a=_a(s), s=s, m=mid, M=_cap(mid), f=r.choice(V6_FRAME[h]),
                                         l=r.choice(V6_LATE[h]))
    return text, window(s, kind)


@family("visibility", "held")
def vis_v6_held_hidden(r, h):
    s, y = _v6_mover(r, h), r.choice(V6_ANCHORS[h])
    kind = r.choice(["appears", "disappears_half", "throughout"])
    shapes = {
        "appears": ["{A} lurks behind the {y} at first and later steps into the open.",
                    "For a while {a} is out of sight behind the {y}; then it shows itself."],
        "disappears_half": ["{A} retreats behind the {y} {m}, out of sight.", "{M} {a} tucks itself away behind the {y}."],
        "throughout": ["{A} stands next to the {y} and is never out of view.",
                       "Beside the {y}, {a} remains in the {f} without ever leaving."],
    }
    text = r.choice(shapes[kind]).format(A=_cap(_a(s)), a=_a(s), y=y, m=r.choice(V6_MID[h]), M=_cap(r.choice(V6_MID[h])),
                                         f=r.choice(V6_FRAME[h]))
    return text, both(seen_throughout(y), seen_throughout(s) if kind == "throughout" else window(s, kind))


@family("dynamics", "held")
def dyn_v6_held_moves(r, h):
    s, way = _v6_mover(r, h), r.choice(["left", "right", "up", "down", "closer", "away"])
    phrases = {"left": ["scuttles off toward the left", "{a}'s dash takes it leftward", "makes tracks to the left"],
               "right": ["hustles over to the right", "trundles rightward at a crawl", "heads off right in a hurry"],
               "up": ["is hoisted up to the top of the {f}", "floats up out of the bottom of the {f}"],
               "down": ["slumps down to the bottom of the {f}", "slides downward toward the bottom edge"],
               "closer": ["comes barrelling toward the lens", "looms closer and closer to the viewer"],
               "away": ["dwindles away into the background", "pulls away from the camera"]}
    s = r.choice(V6_FLIERS[h]) if way in ("up", "down") else s
    p = r.choice(phrases[way]).format(a=_a(s), f=r.choice(V6_FRAME[h]))
    text = _cap(p) + "." if p.startswith("{") or p.startswith(_a(s)) else f"{_cap(_a(s))} {p}."
    return text, moves(s, way)


@family("dynamics", "held")
def dyn_v6_held_relative(r, h):
    s, y = _v6_mover(r, h), r.choice(V6_ANCHORS[h])
    kind = r.choice(["nears", "leaves", "passes", "circles"])
    if kind == "nears":
        return f"{_cap(_a(s))} steadily homes in on the {y}.", nears(s, y, True)
    if kind == "leaves":
        return f"{_cap(_a(s))} edges away from the {y}, farther each moment.", nears(s, y, False)
    if kind == "passes":
        return (f"{_cap(_a(s))} slips past the {y}, from its left-hand side to its right-hand side.",
                passes(s, y, "left_of", "right_of"))
    return f"{_cap(_a(s))} wheels around the {y} in a full loop.", circles(s, y)


@family("dynamics", "held")
def dyn_v6_held_crossing(r, h):
    s, f = _v6_mover(r, h), r.choice(V6_FRAME[h])
    shape = r.choice(["{A} makes the trip across the {f} in one go.", "{A} strides clean across the {f}.",
                      "The {s} covers the full width of the {f}."])
    return shape.format(A=_cap(_a(s)), s=s, f=f), crosses_frame(s)


# -- sentences written one by one in the sixth session (vis6, round 2): visibility and dynamics in shapes people
# type, new structures rather than variants. The `held` table was written at the same time and never debugged.
_V6 = {
    "visibility": [
        ("A frog is nowhere in the picture until it hops in halfway through.", lambda: window("frog", "appears_half")),
        ("The pond is empty to begin with; midway a swan glides into the shot.", lambda: window("swan", "appears_half")),
        ("Out of nowhere, a rabbit pops into view near the end.", lambda: window("rabbit", "appears")),
        ("A squirrel scampers off the screen halfway through.", lambda: window("squirrel", "disappears_half")),
        ("By the final frame the balloon has floated out of the picture.", lambda: window("balloon", "disappears")),
        ("A tortoise is on screen during the first half, and afterwards it's gone.", lambda: window("tortoise", "first_half")),
        ("The heron remains in shot for the entire clip.", lambda: seen_throughout("heron")),
        ("Only in the second half can a lizard be seen on the wall.", lambda: window("lizard", "second_half")),
        ("A robot rolls into the frame at the halfway point and stays there.", lambda: window("robot", "appears_half")),
        ("Halfway in, the owl flaps away out of the picture.", lambda: window("owl", "disappears_half")),
        ("A cat sneaks out of the scene before the clip is over.", lambda: window("cat", "disappears")),
        ("The jellyfish fades from view in the middle of the video.", lambda: window("jellyfish", "disappears_half")),
        ("A submarine surfaces halfway through.", lambda: window("submarine", "appears_half")),
        ("There's nobody on the porch until a mailman shows up towards the end.", lambda: window("mailman", "appears")),
        ("A fox emerges from the bushes midway through the shot.", lambda: window("fox", "appears_half")),
        ("The goose is in the frame at the beginning and has left by the end.", lambda: window("goose", "disappears")),
        ("In the second half a deer comes into the picture from the left.", lambda: window("deer", "appears_half")),
        ("A beetle crawls out of sight at the midpoint.", lambda: window("beetle", "disappears_half")),
        ("Halfway through the scene a ghost materialises next to the fireplace.", lambda: window("ghost", "appears_half")),
        ("The bicycle is visible up until halfway and not afterwards.", lambda: window("bicycle", "first_half")),
        ("A pelican never appears in the first half; it flies in during the second.", lambda: window("pelican", "appears_half")),
        ("A dog that has been sleeping the whole time never leaves the picture.", lambda: seen_throughout("dog")),
        ("A mole's head pops out of the ground at the very end.", lambda: window("mole", "appears")),
        ("A van pulls away and is out of the shot by the midpoint.", lambda: window("van", "disappears_half")),
        ("The first half shows only a bench; a girl sits down on it in the second half.", lambda: both(seen_throughout("bench"), window("girl", "appears_half"))),
        ("A crow takes off and leaves the frame halfway through.", lambda: window("crow", "disappears_half")),
        ("A seal is under the water at first and bobs up to the surface later on.", lambda: window("seal", "appears")),
        ("From the halfway point onward, a kite is up in the sky.", lambda: window("kite", "appears_half")),
        ("A stranger walks into the picture late in the clip.", lambda: window("stranger", "appears")),
        ("A lamp is switched off and disappears in the second half.", lambda: window("lamp", "disappears_half")),
        ("A sparrow is perched on the fence for the first half, then flits off.", lambda: window("sparrow", "first_half")),
        ("The bear lumbers out of view partway through.", lambda: window("bear", "disappears_half")),
        ("A toad is hiding under a leaf at the start and comes out halfway through.", lambda: window("toad", "appears_half")),
        ("Nothing but a rock is there at first; later a lizard climbs onto it.", lambda: both(seen_throughout("rock"), window("lizard", "appears"))),
        ("A cow is grazing in view throughout the video.", lambda: seen_throughout("cow")),
        ("The taxi drives off in the middle of the clip.", lambda: window("taxi", "disappears_half")),
    ],
    "dynamics": [
        ("A fox runs across the clearing from left to right.", lambda: moves("fox", "right")),
        ("A leaf flutters down from the top of the screen.", lambda: moves("leaf", "down")),
        ("The tractor trundles slowly towards the left edge.", lambda: moves("tractor", "left")),
        ("A jogger passes the lamppost going from right to left.", lambda: passes("jogger", "lamppost", "right_of", "left_of")),
        ("A cat slinks along the wall towards the right.", lambda: moves("cat", "right")),
        ("A bubble floats up to the top of the frame.", lambda: moves("bubble", "up")),
        ("A horse gallops toward the viewer.", lambda: moves("horse", "closer")),
        ("The train pulls away from the camera into the distance.", lambda: moves("train", "away")),
        ("A skier zooms down the mountain.", lambda: moves("skier", "down")),
        ("The rocket blasts off and climbs straight up.", lambda: moves("rocket", "up")),
        ("A goose waddles past the bench, left to right.", lambda: passes("goose", "bench", "left_of", "right_of")),
        ("A dog trots over to the tree.", lambda: nears("dog", "tree")),
        ("A mouse scurries away from the cat.", lambda: nears("mouse", "cat", False)),
        ("A boy walks around the fountain.", lambda: circles("boy", "fountain")),
        ("A bee buzzes in circles around the flower.", lambda: circles("bee", "flower")),
        ("A puck slides across the ice from the right side to the left side.", lambda: moves("puck", "left")),
        ("A yacht sails leftwards across the bay.", lambda: moves("yacht", "left")),
        ("A motorcycle speeds off to the right.", lambda: moves("motorcycle", "right")),
        ("A squirrel darts up the tree trunk.", lambda: moves("squirrel", "up")),
        ("An apple drops from the branch to the ground.", lambda: moves("apple", "down")),
        ("The deer leaps from the right of the log to its left.", lambda: passes("deer", "log", "right_of", "left_of")),
        ("A toddler crawls toward the sofa.", lambda: nears("toddler", "sofa")),
        ("A snowball rolls down the slope, getting bigger.", lambda: moves("snowball", "down")),
        ("A wagon is pulled from the left side of the frame to the right side.", lambda: moves("wagon", "right")),
        ("A hawk swoops down from the sky.", lambda: moves("hawk", "down")),
        ("A car reverses away from the camera.", lambda: moves("car", "away")),
        ("The ball bounces along from right to left.", lambda: moves("ball", "left")),
        ("A crab scuttles sideways to the left.", lambda: moves("crab", "left")),
        ("An eagle soars higher and higher.", lambda: moves("eagle", "up")),
        ("A duck paddles across the pond.", lambda: crosses_frame("duck")),
        ("A child runs right, spins around, and runs back left.", lambda: legs("child", "right", "left")),
        ("The horse moves away from the barn.", lambda: nears("horse", "barn", False)),
        ("A bus drives past the stop from left to right.", lambda: passes("bus", "stop", "left_of", "right_of")),
        ("A snail inches its way to the right.", lambda: moves("snail", "right")),
        ("The helicopter descends slowly toward the helipad.", lambda: moves("helicopter", "down")),
        ("A man strolls in front of the statue from right to left.", lambda: crosses("man", "statue", "in_front_of")),
    ],
}
_V6_HELD = {
    "visibility": [
        ("A hen struts out of the shot halfway through.", lambda: window("hen", "disappears_half")),
        ("The pier is deserted until a fisherman turns up in the second half.", lambda: window("fisherman", "second_half")),
        ("A ferret peeps out of its burrow at the very end.", lambda: window("ferret", "appears")),
        ("A blimp drifts off out of the frame at the midpoint.", lambda: window("blimp", "disappears_half")),
        ("A parrot is visible in the first half and missing in the second.", lambda: window("parrot", "first_half")),
        ("A scooter stays in frame the whole way through.", lambda: seen_throughout("scooter")),
        ("Late in the video a camel plods into view.", lambda: window("camel", "appears")),
        ("A child is hidden behind a curtain until the middle, and then jumps out.", lambda: window("child", "appears_half")),
        ("Halfway through the shot, the puppy trots off out of sight.", lambda: window("puppy", "disappears_half")),
        ("A swan is not present at first but glides in later.", lambda: window("swan", "appears")),
    ],
    "dynamics": [
        ("A raccoon scurries from the left edge to the right edge.", lambda: moves("raccoon", "right")),
        ("A pebble tumbles down the cliff.", lambda: moves("pebble", "down")),
        ("The kayak drifts toward the left bank.", lambda: moves("kayak", "left")),
        ("A lamb bounds toward the camera.", lambda: moves("lamb", "closer")),
        ("A truck rumbles off into the distance.", lambda: moves("truck", "away")),
        ("A wasp circles the jar.", lambda: circles("wasp", "jar")),
        ("A donkey plods past the well from right to left.", lambda: passes("donkey", "well", "right_of", "left_of")),
        ("A bat flits upward into the night sky.", lambda: moves("bat", "up")),
        ("A pig wanders over to the trough.", lambda: nears("pig", "trough")),
        ("A goat backs away from the fence.", lambda: nears("goat", "fence", False)),
    ],
}
for _category, _short in (("visibility", "vis"), ("dynamics", "dyn")):
    def _draw_v6(r, h, sentences=_V6[_category]):
        text, check = r.choice(sentences)
        return text, check()
    _draw_v6.__name__ = f"{_short}_v6_own_sentences"
    family(_category, "tune")(_draw_v6)

    def _draw_v6_held(r, h, sentences=_V6_HELD[_category]):
        text, check = r.choice(sentences)
        return text, check()
    _draw_v6_held.__name__ = f"{_short}_v6h_own_sentences"
    family(_category, "held")(_draw_v6_held)


# -- round 3 of the sixth session (vis6): more sentences written one by one, as prompts are typed.
_V6B = {
    "visibility": [
        ("A hedgehog wanders onto the lawn halfway through the clip.", lambda: window("hedgehog", "appears_half")),
        ("Just before the end, a pigeon flutters down into the picture.", lambda: window("pigeon", "appears")),
        ("A kangaroo hops out of frame at the halfway point.", lambda: window("kangaroo", "disappears_half")),
        ("There is a llama in the field for the first half of the clip only.", lambda: window("llama", "first_half")),
        ("The otter dives under the water halfway through and doesn't come back up.", lambda: window("otter", "disappears_half")),
        ("A fawn steps out of the woods in the second half of the video.", lambda: window("fawn", "appears_half")),
        ("At the start there's a wheelbarrow; by the end it has been wheeled away.", lambda: window("wheelbarrow", "disappears")),
        ("A cyclist rides into shot midway and is still there at the end.", lambda: window("cyclist", "appears_half")),
        ("A moth is drawn in by the light halfway through.", lambda: window("moth", "appears_half")),
        ("Midway through, the magician vanishes in a puff of smoke.", lambda: window("magician", "disappears_half")),
        ("The ship sails over the horizon and is lost from sight by the end.", lambda: window("ship", "disappears")),
        ("A raccoon can't be seen during the first half, but shows up in the second.", lambda: window("raccoon", "second_half")),
        ("A truck enters the scene at the very end.", lambda: window("truck", "appears")),
        ("Two thirds of the way through, a heron flies in.", lambda: window("heron", "appears")),
        ("A mouse comes out of its hole halfway through.", lambda: window("mouse", "appears_half")),
        ("An umbrella blows away at the midpoint.", lambda: window("umbrella", "disappears_half")),
        ("The gorilla stays in the picture until the very end.", lambda: seen_throughout("gorilla")),
        ("A snake slithers out of view during the second half.", lambda: window("snake", "disappears")),
        ("The lighthouse is the only thing there until a boat sails in halfway.", lambda: both(seen_throughout("lighthouse"), window("boat", "appears_half"))),
        ("Halfway through the shot, a penguin slides into frame on its belly.", lambda: window("penguin", "appears_half")),
        ("A cat leaps off the fence and out of view in the middle of the video.", lambda: window("cat", "disappears_half")),
        ("The clown is visible from start to finish.", lambda: seen_throughout("clown")),
        ("An owl swoops in from the darkness late in the clip.", lambda: window("owl", "appears")),
        ("The kettle is on the stove at first and has been taken away by the second half.", lambda: window("kettle", "first_half")),
    ],
    "dynamics": [
        ("A deer bounds from the left side of the meadow to the right side.", lambda: moves("deer", "right")),
        ("A raindrop slides down the window.", lambda: moves("raindrop", "down")),
        ("A lorry heads off toward the left of the frame.", lambda: moves("lorry", "left")),
        ("A kite rises into the sky on the wind.", lambda: moves("kite", "up")),
        ("The runner sprints toward the finish line on the right.", lambda: moves("runner", "right")),
        ("A dolphin swims closer and closer to the camera.", lambda: moves("dolphin", "closer")),
        ("A car zooms off into the distance, shrinking.", lambda: moves("car", "away")),
        ("A goat scrambles down the rocky slope.", lambda: moves("goat", "down")),
        ("A bear wanders from the right of the tent to its left.", lambda: passes("bear", "tent", "right_of", "left_of")),
        ("A boy runs up to the ice cream van.", lambda: nears("boy", "van")),
        ("A hen scuttles away from the fox.", lambda: nears("hen", "fox", False)),
        ("A dog chases its tail around the post.", lambda: circles("dog", "post")),
        ("A skateboarder rolls past the bench going left.", lambda: passes("skateboarder", "bench", "right_of", "left_of")),
        ("A balloon drifts slowly upward.", lambda: moves("balloon", "up")),
        ("A sailboat glides across the lake from west to east.", lambda: moves("sailboat", "right")),
        ("A cat pounces down from the top of the bookcase.", lambda: moves("cat", "down")),
        ("The horse canters toward us.", lambda: moves("horse", "closer")),
        ("A tram rattles along to the left.", lambda: moves("tram", "left")),
        ("A parrot flies over to the perch.", lambda: nears("parrot", "perch")),
        ("A fish swims round the rock.", lambda: circles("fish", "rock")),
        ("A mouse runs left, then doubles back to the right.", lambda: legs("mouse", "left", "right")),
        ("A spider lowers itself down from the ceiling.", lambda: moves("spider", "down")),
        ("A man walks behind the car from left to right.", lambda: crosses("man", "car", "behind")),
        ("The plane takes off and climbs into the clouds.", lambda: moves("plane", "up")),
    ],
}
for _category, _short in (("visibility", "vis"), ("dynamics", "dyn")):
    def _draw_v6b(r, h, sentences=_V6B[_category]):
        text, check = r.choice(sentences)
        return text, check()
    _draw_v6b.__name__ = f"{_short}_v6b_own_sentences"
    family(_category, "tune")(_draw_v6b)


# -- round 4 of the sixth session (vis6): participles, clip frames, revealing, meeting and parting, bouncing.
_V6C = {
    "visibility": [
        ("A video of a hare appearing in the middle of the clip.", lambda: window("hare", "appears_half")),
        ("A clip of a crow disappearing halfway through.", lambda: window("crow", "disappears_half")),
        ("The scene starts with a sofa and a lamp and ends with just the sofa.", lambda: both(seen_throughout("sofa"), window("lamp", "disappears"))),
        ("A ghost gradually fades into view in the second half.", lambda: window("ghost", "appears_half")),
        ("Halfway through the clip, the bicycle is no longer there.", lambda: window("bicycle", "disappears_half")),
        ("A cow remains for the whole shot while a calf wanders off halfway.", lambda: both(seen_throughout("cow"), window("calf", "disappears_half"))),
        ("An acorn drops into the frame from above halfway through.", lambda: window("acorn", "appears_half")),
        ("A fox is seen at the start but has slipped away before the midpoint.", lambda: window("fox", "disappears_half")),
        ("A statue is revealed halfway through when the curtain falls.", lambda: window("statue", "appears_half")),
        ("The parrot only turns up for the final part of the video.", lambda: window("parrot", "appears")),
        ("During the second half, a pony trots into the paddock.", lambda: window("pony", "appears_half")),
        ("A tent stands in the field throughout, and a hiker arrives near the end.", lambda: both(seen_throughout("tent"), window("hiker", "appears"))),
        ("A baby elephant wanders away from the herd and out of the picture halfway through.", lambda: window("elephant", "disappears_half")),
        ("There's a bus at the stop at first, but it pulls out and is gone by the midpoint.", lambda: window("bus", "disappears_half")),
        ("A rainbow slowly appears in the sky over the second half.", lambda: window("rainbow", "appears_half")),
        ("The dog disappears into its kennel at the halfway point.", lambda: window("dog", "disappears_half")),
        ("Somewhere around the middle, a rabbit pops its head up.", lambda: window("rabbit", "appears_half")),
        ("A tractor is visible only during the opening half of the footage.", lambda: window("tractor", "first_half")),
        ("A monkey swings into view halfway through the clip.", lambda: window("monkey", "appears_half")),
        ("The bird that was sitting on the wire flies off at the midpoint.", lambda: window("bird", "disappears_half")),
        ("Partway through, a lorry rolls into the frame.", lambda: window("lorry", "appears_half")),
        ("An old man is in the shot only at the very end.", lambda: window("man", "appears")),
        ("A swan paddles out of the picture to the left halfway through.", lambda: window("swan", "disappears_half")),
        ("A fox sneaks in during the latter half of the shot.", lambda: window("fox", "appears_half")),
    ],
    "dynamics": [
        ("A horse running to the left.", lambda: moves("horse", "left")),
        ("A bird flying away from the camera.", lambda: moves("bird", "away")),
        ("A frog jumping toward the camera.", lambda: moves("frog", "closer")),
        ("A video of a ball rolling from left to right.", lambda: moves("ball", "right")),
        ("A lizard goes from being on the left to being on the right.", lambda: moves("lizard", "right")),
        ("A robot is moving to the right the entire time.", lambda: moves("robot", "right")),
        ("A cat approaches the bowl from the left.", lambda: nears("cat", "bowl")),
        ("A dog moves away from the kennel.", lambda: nears("dog", "kennel", False)),
        ("A truck is getting closer to the camera.", lambda: moves("truck", "closer")),
        ("A goat gets farther and farther away.", lambda: moves("goat", "away")),
        ("A ball bounces up and down.", lambda: legs("ball", "up", "down")),
        ("A snake zigzags across the frame.", lambda: crosses_frame("snake")),
        ("A pear falls from the tree.", lambda: moves("pear", "down")),
        ("Snow falls from the sky.", lambda: moves("snow", "down")),
        ("A rocket launches straight upward.", lambda: moves("rocket", "up")),
        ("A penguin slides to the left on the ice.", lambda: moves("penguin", "left")),
        ("A tortoise crawls slowly rightward.", lambda: moves("tortoise", "right")),
        ("A bee flies from the right side of the flower to its left side.", lambda: passes("bee", "flower", "right_of", "left_of")),
        ("A boy cycles past the tree, from right to left.", lambda: passes("boy", "tree", "right_of", "left_of")),
        ("A squirrel runs around the tree trunk.", lambda: circles("squirrel", "trunk")),
        ("A pig wanders toward the mud puddle.", lambda: nears("pig", "puddle")),
        ("A hot air balloon sinks toward the ground.", lambda: moves("balloon", "down")),
        ("The camera watches a horse gallop from right to left.", lambda: moves("horse", "left")),
        ("A lamb totters forward toward the lens.", lambda: moves("lamb", "closer")),
    ],
}
for _category, _short in (("visibility", "vis"), ("dynamics", "dyn")):
    def _draw_v6c(r, h, sentences=_V6C[_category]):
        text, check = r.choice(sentences)
        return text, check()
    _draw_v6c.__name__ = f"{_short}_v6c_own_sentences"
    family(_category, "tune")(_draw_v6c)


# -- round 5 of the sixth session (vis6): plurals, passives of motion, 'is seen …ing', film words for sides.
_V6D = {
    "visibility": [
        ("Two ducks waddle into the shot halfway through.", lambda: window_each("duck", "second_half")),
        ("Three sheep are in the field at first and have all wandered off by the midpoint.", lambda: window_each("sheep", "first_half")),
        ("A fox can be seen creeping in during the second half.", lambda: window("fox", "appears_half")),
        ("A dog enters frame left halfway through.", lambda: window("dog", "appears_half")),
        ("A waiter exits screen right at the midpoint.", lambda: window("waiter", "disappears_half")),
        ("A camel comes in from off-screen in the second half.", lambda: window("camel", "appears_half")),
        ("An empty stage, and then, midway, a dancer twirls on.", lambda: window("dancer", "appears_half")),
        ("The mouse is gone from the kitchen after the halfway mark.", lambda: window("mouse", "first_half")),
        ("A gecko is present for the whole video.", lambda: seen_throughout("gecko")),
        ("A lantern flickers out halfway through.", lambda: window("lantern", "disappears_half")),
        ("A tram arrives at the stop halfway and stays until the end.", lambda: window("tram", "appears_half")),
        ("A boy runs off the screen before the midpoint.", lambda: window("boy", "disappears_half")),
        ("A beetle is not visible at the start; it crawls in later.", lambda: window("beetle", "appears")),
        ("The goat wanders out of the picture and doesn't come back.", lambda: window("goat", "disappears")),
        ("A whale breaches halfway through the clip.", lambda: window("whale", "appears_half")),
        ("Halfway through, a hawk glides out of the picture.", lambda: window("hawk", "disappears_half")),
        ("A stray cat wanders into the alley towards the end of the clip.", lambda: window("cat", "appears")),
        ("By the halfway point, the ferry has sailed out of view.", lambda: window("ferry", "disappears_half")),
    ],
    "dynamics": [
        ("Two cars drive to the left.", lambda: moves_each("car", "left")),
        ("A cart is pushed from the left side to the right side.", lambda: moves("cart", "right")),
        ("A sled is pulled up the hill.", lambda: moves("sled", "up")),
        ("A fox can be seen running to the right.", lambda: moves("fox", "right")),
        ("A heron is seen flying away from the camera.", lambda: moves("heron", "away")),
        ("A bus travels from the far left to the far right.", lambda: moves("bus", "right")),
        ("A taxi comes in from off-screen left and drives right.", lambda: moves("taxi", "right")),
        ("A dog runs toward the right and slows down.", lambda: moves("dog", "right")),
        ("A mole burrows up out of the ground.", lambda: moves("mole", "up")),
        ("A coin rolls off the edge of the table and falls.", lambda: moves("coin", "down")),
        ("A pigeon flaps up onto the roof.", lambda: moves("pigeon", "up")),
        ("A cat tiptoes along the fence toward the left.", lambda: moves("cat", "left")),
        ("A horse trots right past the barn.", lambda: passes("horse", "barn", "left_of", "right_of")),
        ("A goose paddles over to the reeds.", lambda: nears("goose", "reeds")),
        ("A deer bolts away from the hunter.", lambda: nears("deer", "hunter", False)),
        ("A boat circles the buoy.", lambda: circles("boat", "buoy")),
        ("A lorry backs up toward the camera.", lambda: moves("lorry", "closer")),
        ("A skier speeds downhill.", lambda: moves("skier", "down")),
    ],
}
for _category, _short in (("visibility", "vis"), ("dynamics", "dyn")):
    def _draw_v6d(r, h, sentences=_V6D[_category]):
        text, check = r.choice(sentences)
        return text, check()
    _draw_v6d.__name__ = f"{_short}_v6d_own_sentences"
    family(_category, "tune")(_draw_v6d)


# -- round 6 of the sixth session (vis6): going and coming back, stopping, brief visits, meeting.
_V6E = {
    "visibility": [
        ("A dog runs off halfway through and comes back at the end.", lambda: away_then_back("dog")),
        ("A bird flies out of the frame and later returns.", lambda: away_then_back("bird")),
        ("A deer appears briefly in the middle of the clip.", lambda: brief("deer")),
        ("A jogger passes through the shot for just a few seconds midway.", lambda: brief("jogger")),
        ("The cat vanishes at the midpoint but reappears just before the end.", lambda: away_then_back("cat")),
        ("A crow lands on the fence halfway through the video.", lambda: window("crow", "appears_half")),
        ("A van drives into view, parks, and is still parked there at the end.", lambda: window("van", "appears")),
        ("An eagle is spotted circling overhead only in the latter half.", lambda: window("eagle", "second_half")),
        ("At first the street is deserted; after a while a cyclist pedals in.", lambda: window("cyclist", "appears")),
        ("A kitten tumbles out of the basket and scampers out of view halfway through.", lambda: window("kitten", "disappears_half")),
        ("The fox doesn't show itself until the second half.", lambda: window("fox", "second_half")),
        ("A heron wades into view halfway, then stands still.", lambda: window("heron", "appears_half")),
        ("A hiker is seen for the first half of the clip, after which she has gone.", lambda: window("hiker", "first_half")),
        ("A puppy bursts into the room halfway through.", lambda: window("puppy", "appears_half")),
        ("A lorry rumbles out of the yard at the halfway point.", lambda: window("lorry", "disappears_half")),
        ("The moon rises into view during the second half.", lambda: window("moon", "appears_half")),
    ],
    "dynamics": [
        ("A car drives to the right and comes to a stop.", lambda: moves("car", "right")),
        ("A dog runs left and stops in front of a bench.", lambda: moves("dog", "left")),
        ("A cyclist pedals from left to right, slowing down as it goes.", lambda: moves("cyclist", "right")),
        ("A tractor crawls along slowly toward the barn.", lambda: nears("tractor", "barn")),
        ("A horse and a rider gallop away from the camera.", lambda: moves("horse", "away")),
        ("A bus pulls away from the curb and heads left.", lambda: moves("bus", "left")),
        ("A ball rolls toward the goal on the right.", lambda: moves("ball", "right")),
        ("A cat creeps toward a mouse.", lambda: nears("cat", "mouse")),
        ("The boat drifts away from the pier.", lambda: nears("boat", "pier", False)),
        ("A kite climbs higher into the sky.", lambda: moves("kite", "up")),
        ("A pebble skips across the pond from right to left.", lambda: moves("pebble", "left")),
        ("A goat clambers up the rocks.", lambda: moves("goat", "up")),
        ("A feather drifts down onto the grass.", lambda: moves("feather", "down")),
        ("A man jogs around the park bench.", lambda: circles("man", "bench")),
        ("A seal swims toward the camera and then away again.", lambda: moves("seal", "closer")),
        ("A bee zips past the lamp from left to right.", lambda: passes("bee", "lamp", "left_of", "right_of")),
    ],
}
for _category, _short in (("visibility", "vis"), ("dynamics", "dyn")):
    def _draw_v6e(r, h, sentences=_V6E[_category]):
        text, check = r.choice(sentences)
        return text, check()
    _draw_v6e.__name__ = f"{_short}_v6e_own_sentences"
    family(_category, "tune")(_draw_v6e)

# -- a tenth round (attr6, sixth session): numeracy and attribution in shapes the bench did not have yet. Counts:
# a total before a colon list ('Two animals sit on the rug: a cat and a dog'), containers of a count ('a row of
# five chairs'), 'each of the four', 'one …, the other …', ordinals that imply a count ('the third mug'), mixed
# counts by property ('three red kites and one blue kite'), number words and collective counts, 'both the A and
# the B', 'neither … nor …'. Properties: two definites told apart by position only, materials after the noun
# ('made of copper'), a part's colour beside the whole's ('a red box with a green lid'), relative clauses on the
# right head, 'the bigger of the two', 'one is red, the other blue', shades, patterns and ages, 'respectively'
# with three. Each family's words are its own (tune and held lists share none); the held families (`half="held"`)
# were written at the same time and never debugged.
def coloured_order(name, *cols):
    """The things named `name` have these colours, one each, standing left to right in that order."""
    def check(plan, shot):
        ids = ids_named(plan, name)
        have = {str(plan.entity(i).attributes.get("color")): i for i in ids}
        need(len(ids) == len(cols) and sorted(have) == sorted(cols), f"{name} colours {sorted(have)} != {sorted(cols)}")
        boxes = [always(shot, have[c]) for c in cols]
        for k in range(len(shot.keyframes)):
            xs = [cx(b[k]) for b in boxes]
            need(all(x < y for x, y in zip(xs, xs[1:])), f"{name} colours not left to right {cols}: {xs}")
    return check


def coloured_stack(name, top, bottom):
    """Two things named `name`: the one coloured `top` higher in the frame than the one coloured `bottom`."""
    def check(plan, shot):
        ids = ids_named(plan, name)
        have = {str(plan.entity(i).attributes.get("color")): i for i in ids}
        need(len(ids) == 2 and sorted(have) == sorted([top, bottom]), f"{name} colours {sorted(have)}")
        for x, y in zip(always(shot, have[top]), always(shot, have[bottom])):
            need(cy(x) < cy(y), f"{top} {name} not above the {bottom} one: {x} {y}")
    return check


def bigger_coloured(name, big, small):
    """Two things named `name`: the one coloured `big` drawn bigger than the one coloured `small`."""
    def check(plan, shot):
        ids = ids_named(plan, name)
        have = {str(plan.entity(i).attributes.get("color")): i for i in ids}
        need(len(ids) == 2 and sorted(have) == sorted([big, small]), f"{name} colours {sorted(have)}")
        for x, y in zip(always(shot, have[big]), always(shot, have[small])):
            need(area(x) > area(y) * 1.2, f"the {big} {name} not bigger than the {small} one")
    return check


def trait(name, word):
    """The thing keeps a property word that is neither colour nor size ('a striped cat', 'an old man')."""
    def check(plan, shot):
        a = plan.entity(one(plan, name)).attributes
        need(word in a.get("traits", []) or word in a.values(), f"{name} lost {word!r}: {a}")
        always(shot, one(plan, name))
    return check


A6_ANIMALS = {"tune": [("hedgehog", "hedgehogs"), ("badger", "badgers"), ("otter", "otters"), ("kitten", "kittens"),
                       ("pony", "ponies"), ("hamster", "hamsters"), ("donkey", "donkeys")],
              "held": [("squirrel", "squirrels"), ("beaver", "beavers"), ("lamb", "lambs"), ("raccoon", "raccoons"),
                       ("ferret", "ferrets")]}
A6_THINGS = {"tune": [("mug", "mugs"), ("jar", "jars"), ("kettle", "kettles"), ("bowl", "bowls"),
                      ("teapot", "teapots"), ("lantern", "lanterns"), ("candle", "candles"), ("clock", "clocks")],
             "held": [("pitcher", "pitchers"), ("canister", "canisters"), ("urn", "urns"), ("goblet", "goblets"),
                      ("tray", "trays")]}
A6_SEATS = {"tune": ["rug", "mat", "bench", "sofa", "blanket"], "held": ["porch", "doormat", "pier"]}
A6_SHELVES = {"tune": ["shelf", "table", "counter", "desk"], "held": ["windowsill", "mantelpiece", "dresser"]}
A6_SHADES = {"tune": ["crimson", "navy", "teal", "turquoise", "maroon", "beige", "lavender", "olive", "scarlet",
                      "amber", "magenta", "ivory", "indigo", "charcoal", "mustard", "coral"],
             "held": ["burgundy", "cobalt", "lilac", "khaki", "emerald", "plum", "ochre", "taupe"]}
A6_MATERIALS = {"tune": ["copper", "wood", "glass", "brass", "clay", "stone", "plastic", "steel", "wicker", "bamboo"],
                "held": ["porcelain", "marble", "tin", "pewter", "iron"]}
A6_WORDS = {"tune": [("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("6", 6), ("two", 2), ("three", 3)],
            "held": [("eleven", 11), ("12", 12), ("four", 4), ("7", 7), ("five", 5)]}
A6_STAY = {"tune": ["sit", "rest", "sleep", "wait"], "held": ["lie", "doze", "huddle"]}
A6_HYPER = {"tune": {"animal": ("animal", "animals"), "thing": ("object", "objects")},
            "held": {"animal": ("creature", "creatures"), "thing": ("item", "items")}}


def _a6_pair(r, pool, h):
    a, b = r.sample(pool[h], 2)
    return a, b


@family("numeracy", "tune")
def num6_total_then_list(r, h):
    kind = r.choice(["animal", "thing"])
    pool = A6_ANIMALS if kind == "animal" else A6_THINGS
    xs = r.sample(pool[h], r.choice([2, 2, 3]))
    word = {2: "two", 3: "three"}[len(xs)]
    hyp = A6_HYPER[h][kind][1]
    where = r.choice(A6_SEATS[h] if kind == "animal" else A6_SHELVES[h])
    names = [_a(x[0]) for x in xs]
    listed = names[0] + " and " + names[1] if len(xs) == 2 else f"{names[0]}, {names[1]} and {names[2]}"
    verb = r.choice(A6_STAY[h])
    shape = r.choice(["{W} {hyp} {verb} on the {where}: {listed}.", "There are {w} {hyp} on the {where}: {listed}.",
                      "{W} {hyp}: {listed}.", "On the {where} {verb} {w} {hyp}: {listed}.",
                      "{W} {hyp} {verb} on the {where} - {listed}."])
    text = shape.format(W=_cap(word), w=word, hyp=hyp, verb=verb, where=where, listed=listed)
    checks = [count(x[0], 1) for x in xs]
    return text, both(*checks, only(*[x[0] for x in xs], *([where] if "{where}" in shape else [])))


@family("numeracy", "tune")
def num6_container_of(r, h):
    (w, n), (s, p) = r.choice(A6_WORDS[h]), r.choice(A6_THINGS[h] + A6_ANIMALS[h])
    box = r.choice(["row", "line", "stack", "circle", "set", "pile"] if h == "tune" else ["column", "ring", "cluster"])
    shape = r.choice(["A {box} of {w} {p}.", "There is a {box} of {w} {p} on the {where}.",
                      "We see a {box} of {w} {p}.", "A {box} of {w} {p} sits on the {where}."])
    return shape.format(box=box, w=w, p=p, where=r.choice(A6_SHELVES[h])), count(s, n)


@family("numeracy", "tune")
def num6_each_of(r, h):
    (w, n), (s, p) = r.choice([("three", 3), ("four", 4), ("five", 5), ("6", 6), ("seven", 7)]), r.choice(A6_ANIMALS[h])
    verb = r.choice(A6_STAY[h])
    verbs = verb + ("es" if verb.endswith("sh") else "s")
    shape = r.choice(["Each of the {w} {p} {verbs} on a {seat}.", "All {w} {p} {verb} on the {seat}.",
                      "All {w} of the {p} {verb} together.", "Every one of the {w} {p} {verbs} quietly.",
                      "The {w} {p} all {verb} on the {seat}."])
    return shape.format(w=w, p=p, verb=verb, verbs=verbs, seat=r.choice(A6_SEATS[h])), count(s, n)


@family("numeracy", "tune")
def num6_one_the_other(r, h):
    (s, p) = r.choice(A6_ANIMALS[h])
    c1, c2 = r.sample(A6_SHADES[h], 2)
    shape = r.choice([("Two {p}: one sleeps, the other waits.", 2), ("Two {p} sit here; one is awake and the other is asleep.", 2),
                      ("There are two {p}. One sits and the other stands.", 2),
                      ("Of the three {p}, one sleeps and the other two play.", 3),
                      ("Three {p}: one sits in front, the other two sit behind it.", 3),
                      ("One {s} sleeps while the other {s} plays.", 2)])
    return shape[0].format(p=p, s=s), count(s, shape[1])


@family("numeracy", "tune")
def num6_ordinals_imply(r, h):
    (s, p) = r.choice(A6_THINGS[h] + A6_ANIMALS[h])
    ordw, n = r.choice([("second", 2), ("third", 3), ("fourth", 4)])
    c = r.choice(A6_SHADES[h])
    shape = r.choice(["The {o} {s} in the row is {c}.", "In a row of {s}s, the {o} one is {c}.",
                      "A {s}, then a second {s}, then a third {s}.", "Behind the first {s} stands a second {s}."])
    if "then a third" in shape:
        n = 3
    if "second {s}." in shape and "third" not in shape:
        n = 2
    text = shape.format(o=ordw, s=s, c=c).replace(f"{s}s,", f"{p},")
    return text, at_least(s, n)


@family("numeracy", "tune")
def num6_mixed_by_property(r, h):
    (w1, n1), (w2, n2) = r.sample([("two", 2), ("three", 3), ("one", 1), ("four", 4)], 2)
    (s, p) = r.choice(A6_THINGS[h] + A6_ANIMALS[h])
    c1, c2 = r.sample(A6_SHADES[h], 2)
    b, sm = r.choice([("big", "small"), ("large", "little"), ("tall", "short")])
    n1p = p if n1 > 1 else s
    n2p = p if n2 > 1 else s
    shape = r.choice(["{W1} {c1} {n1p} and {w2} {c2} {n2p}.", "{W1} {b} {n1p} and {w2} {sm} {n2p} sit together.",
                      "There are {w1} {c1} {n1p} and {w2} {c2} ones.", "{W1} {c1} {n1p} stand beside {w2} {c2} {n2p}."])
    if "ones" in shape and n2 == 1:
        shape = shape.replace("ones", "one")
    if shape.startswith("There are") and n1 == 1:
        shape = "There is" + shape[len("There are"):]
    return shape.format(W1=_cap(w1), w1=w1, w2=w2, c1=c1, c2=c2, b=b, sm=sm, n1p=n1p, n2p=n2p), count(s, n1 + n2)


@family("numeracy", "tune")
def num6_number_words(r, h):
    (s, p) = r.choice(A6_THINGS[h] + A6_ANIMALS[h] + [("soldier", "soldiers"), ("duckling", "ducklings")])
    word, n = r.choice([("A dozen", 12), ("Half a dozen", 6), ("A pair of", 2), ("A couple of", 2),
                        ("A trio of", 3), ("A quartet of", 4), ("Twin", 2), ("Nine", 9), ("Eleven", 11),
                        ("Twelve", 12), ("Exactly seven", 7), ("8", 8)])
    tail = r.choice([".", " stand in a line.", " on the {w}.", " sit in the sun."]).format(w=r.choice(A6_SHELVES[h]))
    return f"{word} {p}{tail}", count(s, n)


@family("numeracy", "tune")
def num6_vague_counts(r, h):
    (s, p) = r.choice(A6_THINGS[h] + A6_ANIMALS[h])
    word = r.choice(["A handful of", "Several", "A few", "Some", "A number of", "A bunch of", "Lots of",
                     "Plenty of", "Many", "A lot of", "A group of"])
    tail = r.choice([".", " sit on the {w}.", " are scattered on the {w}."]).format(w=r.choice(A6_SHELVES[h]))
    return f"{word} {p}{tail}", at_least(s, 2)


@family("numeracy", "tune")
def num6_both_neither(r, h):
    a, b = _a6_pair(r, A6_ANIMALS, h)
    seat = r.choice(A6_SEATS[h])
    shape = r.choice(["Both the {a} and the {b} sit on the {seat}.", "Both a {a} and a {b} rest on the {seat}.",
                      "Neither the {a} nor the {b} moves.", "Neither a {a} nor a {b} is asleep on the {seat}.",
                      "The {a} and the {b} both sleep on the {seat}."])
    text = shape.format(a=a[0], b=b[0], seat=seat)
    checks = [count(a[0], 1), count(b[0], 1)]
    if "{seat}" in shape and "Neither" not in shape:
        checks += [rel(a[0], "on", seat), rel(b[0], "on", seat)]
    return text, both(*checks)


@family("attribution", "tune")
def att6_told_by_position(r, h):
    (s, p) = r.choice(A6_THINGS[h])
    c1, c2 = r.sample(A6_SHADES[h], 2)
    shape = r.choice(["The left {s} is {c1} and the right {s} is {c2}.",
                      "The {s} on the left is {c1}, and the {s} on the right is {c2}.",
                      "Two {p}: the left one is {c1}, the right one {c2}.",
                      "The left-hand {s} is {c1}; the right-hand {s} is {c2}.",
                      "Of the two {p}, the one on the left is {c1} and the one on the right is {c2}.",
                      "The {s} to the left is {c1} while the {s} to the right is {c2}."])
    return shape.format(s=s, p=p, c1=c1, c2=c2), coloured_order(s, c1, c2)


@family("attribution", "tune")
def att6_told_by_height(r, h):
    (s, p) = r.choice([("kite", "kites"), ("balloon", "balloons"), ("lantern", "lanterns"), ("bird", "birds")])
    c1, c2 = r.sample(A6_SHADES[h], 2)
    shape = r.choice(["The upper {s} is {c1} and the lower {s} is {c2}.",
                      "The {s} at the top is {c1}; the {s} at the bottom is {c2}.",
                      "Two {p}: the higher one is {c1}, the lower one {c2}."])
    return shape.format(s=s, p=p, c1=c1, c2=c2), coloured_stack(s, c1, c2)


@family("attribution", "tune")
def att6_made_of(r, h):
    (s, _), mat = r.choice(A6_THINGS[h]), r.choice(A6_MATERIALS[h])
    where = r.choice(A6_SHELVES[h])
    shape = r.choice(["A {s} made of {m} sits on the {w}.", "A {s} made from {m}.", "The {s} is made of {m}.",
                      "On the {w} stands a {s} made out of {m}.", "A {s}, made of {m}, rests on the {w}.",
                      "A {s} crafted from {m} is on the {w}.", "The {s} on the {w} is made from {m}."])
    checks = [material(s, mat)]
    if "{w}" in shape:
        checks.append(only(s, where))
    return shape.format(s=s, m=mat, w=where), both(*checks)


@family("attribution", "tune")
def att6_part_and_whole(r, h):
    s, part = r.choice([("box", "lid"), ("teapot", "lid"), ("mug", "handle"), ("kettle", "handle"),
                        ("lamp", "shade"), ("jar", "lid"), ("bicycle", "seat")])
    c1, c2 = r.sample(A6_SHADES[h], 2)
    where = r.choice(A6_SHELVES[h])
    shape = r.choice(["{A1} {s} with {a2} {part} sits on the {w}.", "{A1} {s} with {a2} {part}.",
                      "The {s} is {c1} with {a2} {part}.", "{As}, {c1}, with {a2} {part}, is on the {w}."])
    checks = [colour(s, c1)]
    checks.append(only(s, where) if "{w}" in shape else only(s))
    return shape.format(s=s, part=part, c1=c1, A1=_cap(_a(c1)), a2=_a(c2), As=_cap(_a(s)), w=where), both(*checks)


@family("attribution", "tune")
def att6_relative_head(r, h):
    (a, _), (b, _) = _a6_pair(r, A6_THINGS, h)
    c = r.choice(A6_SHADES[h])
    shape, target = r.choice([("A {a} sits next to a {b} that is {c}.", "b"), ("A {a} that is {c} sits next to a {b}.", "a"),
                              ("A {a} beside a {b} which is {c}.", "b"), ("The {a} which is {c} is beside the {b}.", "a"),
                              ("A {a} stands near a {b}, which is {c}.", "b"), ("A {a}, which is {c}, stands near a {b}.", "a"),
                              ("There is a {a} next to a {b} that looks {c}.", "b"),
                              ("The {b} that the {a} stands beside is {c}.", "b")])
    hit, miss = (a, b) if target == "a" else (b, a)
    return shape.format(a=a, b=b, c=c), both(colour(hit, c), uncoloured(miss))


@family("attribution", "tune")
def att6_bigger_of_two(r, h):
    (s, p) = r.choice(A6_ANIMALS[h] + A6_THINGS[h])
    c1, c2 = r.sample(A6_SHADES[h], 2)
    shape = r.choice(["Of the two {p}, the bigger one is {c1} and the smaller one is {c2}.",
                      "The bigger of the two {p} is {c1}; the smaller is {c2}.",
                      "Two {p}: the larger is {c1}, the smaller {c2}.",
                      "A big {c1} {s} and a small {c2} {s}.",
                      "The large {s} is {c1} and the little {s} is {c2}."])
    return shape.format(s=s, p=p, c1=c1, c2=c2), bigger_coloured(s, c1, c2)


@family("attribution", "tune")
def att6_one_other_colour(r, h):
    (s, p) = r.choice(A6_ANIMALS[h] + A6_THINGS[h])
    c1, c2 = r.sample(A6_SHADES[h], 2)
    shape = r.choice(["Two {p}: one is {c1}, the other {c2}.", "There are two {p}; one is {c1} and the other is {c2}.",
                      "One {s} is {c1} and the other {s} is {c2}.", "Two {p}, one {c1} and one {c2}.",
                      "Two {p} sit together, one of them {c1} and the other {c2}."])
    return shape.format(s=s, p=p, c1=c1, c2=c2), colours_of(s, c1, c2)


@family("attribution", "tune")
def att6_shades(r, h):
    (a, _), (b, _) = _a6_pair(r, A6_THINGS, h)
    c1, c2 = r.sample(A6_SHADES[h], 2)
    shape = r.choice(["A {c1} {a} next to a {c2} {b}.", "A {a} in {c1} and a {b} in {c2}.",
                      "The {a} is {c1}, the {b} {c2}.", "A {c1}-coloured {a} beside a {c2}-coloured {b}.",
                      "A {a} of a {c1} colour stands by a {b} of a {c2} colour."])
    return shape.format(a=a, b=b, c1=c1, c2=c2), both(colour(a, c1), colour(b, c2))


@family("attribution", "tune")
def att6_three_respectively(r, h):
    xs = r.sample(A6_THINGS[h], 3)
    cs = r.sample(A6_SHADES[h], 3)
    shape = r.choice(["A {a}, a {b} and a {c}, coloured {x}, {y} and {z} respectively.",
                      "The {a}, the {b} and the {c} are {x}, {y} and {z} respectively.",
                      "A {a}, a {b} and a {c}: {x}, {y} and {z}, in that order."])
    text = shape.format(a=xs[0][0], b=xs[1][0], c=xs[2][0], x=cs[0], y=cs[1], z=cs[2])
    return text, both(*[colour(x[0], c) for x, c in zip(xs, cs)])


@family("attribution", "tune")
def att6_patterns_and_ages(r, h):
    (s, _), word = r.choice(A6_ANIMALS[h]), r.choice(
        ["striped", "spotted", "old", "young", "fluffy", "shaggy", "elderly", "checkered", "wrinkled", "muddy"])
    if r.random() < 0.25:
        s, word = r.choice(["man", "woman"]), r.choice(["old", "young", "elderly", "wrinkled"])
    c = r.choice(A6_SHADES[h])
    shape = r.choice(["{A} {s} sits on a bench.", "{A} {c} {s}.", "The {s} is {w}.", "{As} that is {w} and {c}."])
    if s in ("man", "woman") and "{c}" in shape:
        shape = "{A} {s} sits on a bench."
    checks = [trait(s, word)]
    if "{c}" in shape:
        checks.append(colour(s, c))
    return shape.format(w=word, s=s, c=c, A=_cap(_a(word)), As=_cap(_a(s))), both(*checks)


# -- held families of the same round: their own words (the held lists above) and shapes, never debugged ----------
@family("numeracy", "held")
def num6_held_list_then_total(r, h):
    xs = r.sample(A6_ANIMALS[h], 2)
    where = r.choice(A6_SEATS[h])
    shape = r.choice(["A {a} and a {b} - two {hyp} in all - {verb} on the {where}.",
                      "On the {where} are two {hyp}, namely a {a} and a {b}.",
                      "The {where} holds two {hyp}: one {a}, one {b}."])
    text = shape.format(a=xs[0][0], b=xs[1][0], hyp=A6_HYPER[h]["animal"][1], verb=r.choice(A6_STAY[h]), where=where)
    return text, both(count(xs[0][0], 1), count(xs[1][0], 1), only(xs[0][0], xs[1][0], where))


@family("numeracy", "held")
def num6_held_arranged(r, h):
    (w, n), (s, p) = r.choice(A6_WORDS[h]), r.choice(A6_THINGS[h])
    shape = r.choice(["{W} {p} arranged in a {box} on the {where}.", "On the {where}, a {box} of {w} {p}.",
                      "The {where} has {w} {p} on it, set out in a {box}."])
    box = r.choice(["column", "ring", "cluster"])
    return shape.format(W=_cap(w), w=w, p=p, box=box, where=r.choice(A6_SHELVES[h])), count(s, n)


@family("numeracy", "held")
def num6_held_mixed(r, h):
    (s, p) = r.choice(A6_ANIMALS[h])
    c1, c2 = r.sample(A6_SHADES[h], 2)
    (w1, n1), (w2, n2) = r.sample([("two", 2), ("three", 3), ("four", 4)], 2)
    shape = r.choice(["{W1} {c1} {p} plus {w2} {c2} {p}.", "{W1} {c1} {p} huddle beside {w2} {c2} {p}.",
                      "Among the {p} are {w1} {c1} ones and {w2} {c2} ones."])
    return shape.format(W1=_cap(w1), w1=w1, w2=w2, c1=c1, c2=c2, p=p), count(s, n1 + n2)


@family("attribution", "held")
def att6_held_position(r, h):
    (s, p) = r.choice(A6_THINGS[h])
    c1, c2 = r.sample(A6_SHADES[h], 2)
    shape = r.choice(["The {s} on the right is {c2}; the one on the left, {c1}.",
                      "Left {s}: {c1}. Right {s}: {c2}.",
                      "Of the pair of {p}, the leftmost is {c1} and the rightmost is {c2}."])
    return shape.format(s=s, p=p, c1=c1, c2=c2), coloured_order(s, c1, c2)


@family("attribution", "held")
def att6_held_materials(r, h):
    (s, _), mat = r.choice(A6_THINGS[h]), r.choice(A6_MATERIALS[h])
    a, b = _a6_pair(r, A6_THINGS, h)
    c = r.choice(A6_SHADES[h])
    shape, checks = r.choice([("A {s} fashioned out of {m} stands on the {w}.", lambda: material(s, mat)),
                              ("The {s}, which is made of {m}, is on the {w}.", lambda: material(s, mat)),
                              ("A {a} beside a {b} whose colour is {c}.", lambda: both(colour(b[0], c), uncoloured(a[0])))])
    return shape.format(s=s, m=mat, w=r.choice(A6_SHELVES[h]), a=a[0], b=b[0], c=c), checks()


# -- the sixth session (seq6): order in time told by English's other means — subordinators fronted or trailing
# ('no sooner … than', 'only after … does', 'the moment …', 'by the time …'), linking words ('whereupon', 'after
# which', 'at which point', 'upon which'), an order told by a verb or a noun ('is followed by', 'precedes', 'comes
# after', 'A's arrival is followed by B's'), relative timing ('a moment later', 'shortly after', 'not long after'),
# ordinals with 'after' ('comes in last, after …'), 'in that order' lists, 'begins by … and ends by …', 'at first …
# eventually', participles ('having reached …', 'on reaching …', 'leaving … behind'), the clip's parts as subjects
# ('the first half sees …'), a passing early and an empty place after it, and one waiting while another comes.
# The held families after these were written at the same time and never debugged (scores only).
def _s6_two(r, h, pool=None):
    pool = pool or TM_MOVERS
    (a, an), (b, bn) = _tm(r, pool, h), _tm(r, pool, h)
    while bn == an:
        b, bn = _tm(r, pool, h)
    return a, an, b, bn


def _s6_fmt(shape, a, b, **kw):
    return shape.format(A=_cap(_a(a)), a=_a(a), B=_cap(_a(b)), b=_a(b), ta="the " + a, tb="the " + b,
                        TA="The " + a, TB="The " + b, **kw)


def early_only(name):
    """On screen at some point of the first half, and off screen from 0.6 of the clip on."""
    def check(plan, shot):
        boxes = track(shot, one(plan, name))
        last_t = shot.keyframes[-1].t
        us = [kf.t / last_t for kf in shot.keyframes]
        need(any(b is not None for u, b in zip(us, boxes) if u < 0.5), f"{name} never seen early: {boxes}")
        need(all(b is None for u, b in zip(us, boxes) if u >= 0.6), f"{name} still seen late: {boxes}")
    return check


@family("sequential", "tune")
def seq_s6_fronted_subordinate(r, h):
    a, an, b, bn = _s6_two(r, h)
    gone = r.random() < 0.6
    if gone:
        shape = r.choice(["As soon as {ta} has left, {b} comes in.", "The moment {ta} walks off, {b} walks in.",
                          "No sooner has {ta} left than {b} arrives.", "Only after {ta} has gone does {b} appear.",
                          "Not until {ta} leaves does {b} enter.", "By the time {b} arrives, {ta} has already gone.",
                          "When {ta} has gone, {b} shows up.", "Once {ta} is out of the picture, {b} walks into it.",
                          "Just after {ta} exits, {b} enters.", "Right after {ta} leaves the frame, {b} comes into it."])
    else:
        shape = r.choice(["Once {ta} has arrived, {b} comes in too.", "After {ta} walks in, {b} follows.",
                          "Soon after {ta} appears, {b} appears as well.", "When {ta} is already there, {b} arrives.",
                          "Shortly after {ta} enters, {b} enters too.", "Some time after {ta} comes in, {b} comes in.",
                          "A few seconds after {ta} shows up, {b} turns up."])
    return _loose(r, _s6_fmt(shape, a, b)), appears_before(an, bn, gone)


@family("sequential", "tune")
def seq_s6_trailing_subordinate(r, h):
    a, an, b, bn = _s6_two(r, h)
    gone = r.random() < 0.6
    if gone:
        shape = r.choice(["{B} comes in as soon as {ta} has left.", "{B} walks in the moment {ta} walks out.",
                          "{B} only shows up after {ta} has gone.", "{B} doesn't appear until {ta} has left.",
                          "{B} does not enter until after {ta} is gone.", "{B} arrives once {ta} has walked off.",
                          "{B} enters just after {ta} exits.", "{B} turns up when {ta} has already left.",
                          "{A} has left by the time {b} arrives."])
    else:
        shape = r.choice(["{B} comes in after {ta} has arrived.", "{B} appears a little while after {ta} does.",
                          "{B} shows up some time after {ta}.", "{B} enters shortly after {ta} does.",
                          "{B} walks in not long after {ta}.", "{B} arrives once {ta} is already there.",
                          "{A} is already there when {b} arrives."])
    return _loose(r, _s6_fmt(shape, a, b)), appears_before(an, bn, gone)


@family("sequential", "tune")
def seq_s6_order_verbs(r, h):
    a, an, b, bn = _s6_two(r, h)
    shape = r.choice(["{A} is followed into the frame by {b}.", "{B} comes after {a}.", "{A} precedes {b}.",
                      "{A} enters ahead of {b}.", "{B} is preceded by {a}.", "{B} follows {a} in.",
                      "{A}'s arrival is followed by that of {b}.", "{A} comes in, and {b} follows.",
                      "{A} leads the way in, and {b} follows.", "{B} trails in behind {a}.",
                      "{A} arrives ahead of {b}.", "{B} arrives after {a}.", "{A} is the first to come, {b} the second.",
                      "{B} enters later than {a}.", "{A} enters earlier than {b}."])
    return _loose(r, _s6_fmt(shape, a, b)), appears_before(an, bn)


@family("sequential", "tune")
def seq_s6_linking_words(r, h):
    a, an, b, bn = _s6_two(r, h)
    gone = r.random() < 0.6
    if gone:
        shape = r.choice(["{A} leaves, after which {b} enters.", "{A} walks off, whereupon {b} walks in.",
                          "{A} exits the frame, at which point {b} enters.", "{A} disappears, upon which {b} appears.",
                          "{A} walks out, and at that moment {b} walks in.", "{A} leaves the frame; thereupon {b} enters.",
                          "{A} goes away, and {b} then arrives.", "{A} leaves, and after a pause {b} comes in."])
    else:
        shape = r.choice(["{A} walks in, after which {b} walks in too.", "{A} arrives, whereupon {b} arrives as well.",
                          "{A} enters, at which point {b} also enters.", "{A} comes in; subsequently {b} comes in.",
                          "{A} shows up, and after a pause {b} shows up."])
    return _loose(r, _s6_fmt(shape, a, b)), appears_before(an, bn, gone)


@family("sequential", "tune")
def seq_s6_relative_timing(r, h):
    a, an, b, bn = _s6_two(r, h)
    e1, e2 = r.choice(TM_ENTER[h]), r.choice(TM_ENTER[h])
    shape = r.choice(["{A} {e1}, and a moment later {b} {e2}.", "{A} {e1}; shortly afterwards, {b} {e2}.",
                      "{A} {e1}, and not long after, {b} {e2}.", "{A} {e1}, and seconds later {b} {e2}.",
                      "{A} is first on the scene, with {b} arriving a little later.",
                      "{A} {e1} at the start, and {b} {e2} a bit later.", "{A} {e1}; a short while later {b} {e2}.",
                      "{A} {e1} early; {b} {e2} later on.", "{A} {e1}, then, after a few seconds, {b} {e2}.",
                      "Moments after {a} {e1}, {b} {e2}."])
    return _loose(r, _s6_fmt(shape, a, b, e1=e1, e2=e2)), appears_before(an, bn)


@family("sequential", "tune")
def seq_s6_ordinals_after(r, h):
    a, an, b, bn = _s6_two(r, h)
    c, cn = _tm(r, TM_MOVERS, h)
    while cn in (an, bn):
        c, cn = _tm(r, TM_MOVERS, h)
    kind = r.choice(["two", "two", "three"])
    if kind == "two":
        shape = r.choice(["{TB} comes in last, after {a}.", "{TB} arrives second, after {a}.",
                          "{TB} is the last to arrive, after {a}.", "Last to come in is {tb}, after {a}.",
                          "{TB} is the second to appear, following {a}.", "{TA} comes in first, {tb} second.",
                          "Of the two, {ta} arrives first.".replace(".", ", and {tb} after it."),
                          "{TA} is the first one in; {tb} is the last."])
        return _loose(r, _s6_fmt(shape, a, b)), appears_before(an, bn)
    shape = r.choice(["{TC} comes in last, after {a} and {b}.", "{TC} is the last to arrive, after {a} and {b}.",
                      "{TA} arrives first, {tb} second and {tc} third.",
                      "{TA} is first, {tb} is second, and {tc} comes in last.",
                      "{TC} enters last, following {ta} and {tb}, in that order."])
    text = _s6_fmt(shape, a, b, tc="the " + c, TC="The " + c)
    return _loose(r, text), in_order(an, bn, cn) if "{tc} third" in shape or "is second" in shape or \
        "in that order" in shape else both(appears_before(an, cn), appears_before(bn, cn))


@family("sequential", "tune")
def seq_s6_in_that_order(r, h):
    names = []
    while len(names) < 3:
        x = _tm(r, TM_MOVERS, h)
        if x[1] not in [n for _, n in names]:
            names.append(x)
    (a, an), (b, bn), (c, cn) = names
    shape = r.choice(["{A}, {b} and {c} walk in, in that order.", "{A}, then {b}, then {c} run in, in that order.",
                      "In this order, {a}, {b} and {c} come in.", "{A}, {b} and {c} enter one at a time, in that order.",
                      "{A}, {b}, and {c} appear in succession.", "{A}, {b} and {c} arrive, in this order.",
                      "One after another, {a}, {b} and {c} show up.", "In order: {a}, {b}, {c} enter the frame.",
                      "{A}, {b} and {c} come in, one after the other, in that order."])
    return _loose(r, shape.format(A=_cap(_a(a)), a=_a(a), b=_a(b), c=_a(c))), in_order(an, bn, cn)


@family("sequential", "tune")
def seq_s6_begins_by(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    cs = _route(r, 2)
    a, b = (_tm_corner(r, h, x) for x in cs)
    shape = r.choice(["{S} begins by going to the {a} and ends by going to the {b}.",
                      "{S} starts out by heading to the {a} and finishes by moving to the {b}.",
                      "{S} opens the clip in the {a} and closes it in the {b}.",
                      "{S} spends the early part in the {a} and the later part in the {b}.",
                      "{S} begins the video in the {a} and ends the video in the {b}.",
                      "{S} starts the clip off in the {a}, and ends it in the {b}.",
                      "The clip begins with {s} in the {a} and ends with it in the {b}.",
                      "The video opens on {s} in the {a} and closes on it in the {b}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), a=a, b=b)), route(name, *cs)


@family("sequential", "tune")
def seq_s6_at_first_eventually(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS, TM_PROPS]), h)
    cs = _route(r, 2)
    a, b = (_tm_corner(r, h, x) for x in cs)
    shape = r.choice(["At first {s} stays in the {a}, but eventually it moves to the {b}.",
                      "Initially {s} is in the {a}; later on it is in the {b}.",
                      "{S} is in the {a} at first and in the {b} eventually.",
                      "For a while {s} sits in the {a}; in the end it goes to the {b}.",
                      "{S} starts in the {a} and, in the end, reaches the {b}.",
                      "{S} lingers in the {a} before finally making for the {b}.",
                      "Early on {s} is in the {a}; by the end it has reached the {b}.",
                      "{S} remains in the {a} for some time, then eventually heads over to the {b}.",
                      "{S} waits in the {a} a while; at length it moves to the {b}.",
                      "{S} is in the {a} to begin with, and ultimately it ends up in the {b}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), a=a, b=b)), route(name, *cs)


@family("sequential", "tune")
def seq_s6_participles(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    cs = _route(r, 2)
    a, b = (_tm_corner(r, h, x) for x in cs)
    shape = r.choice(["After reaching the {a}, {s} heads to the {b}.", "On reaching the {a}, {s} turns toward the {b}.",
                      "Upon arriving in the {a}, {s} sets off for the {b}.", "Leaving the {a} behind, {s} goes to the {b}.",
                      "{S} reaches the {a} and, having rested there, continues to the {b}.",
                      "Having got to the {a}, {s} carries on to the {b}.",
                      "Having arrived in the {a}, {s} then moves on to the {b}.",
                      "{S}, after getting to the {a}, goes on to the {b}.",
                      "{S} makes it to the {a}, then, without stopping, to the {b}.",
                      "Once in the {a}, {s} turns and heads for the {b}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), a=a, b=b)), route(name, *cs)


@family("sequential", "tune")
def seq_s6_halves_see(r, h):
    a, an, b, bn = _s6_two(r, h)
    e1, e2 = r.choice(TM_ENTER[h]), r.choice(TM_ENTER[h])
    kind = r.choice(["sees", "sees", "parts"])
    if kind == "sees":
        shape = r.choice(["The first half sees {a} walk in; the second half sees {b} walk in.",
                          "In the first half {a} {e1}, and in the second half {b} {e2}.",
                          "{A} {e1} during the first half, {b} during the second.",
                          "{A} {e1} early in the clip and {b} {e2} in its second half.",
                          "The opening half brings {a}; the second half brings {b}.",
                          "{B} {e2} only in the second half, well after {a}."])
        return _loose(r, _s6_fmt(shape, a, b, e1=e1, e2=e2)), both(appears_before(an, bn), window(bn, "appears_half"))
    shape = r.choice(["{A} is in the frame for the first third, {b} for the last third.",
                      "The first third belongs to {a} and the last third to {b}.",
                      "For the first third we see {a}; for the final third, {b}."])
    return _loose(r, _s6_fmt(shape, a, b)), both(during(an, 0, 1 / 3), during(bn, 2 / 3, 1))


@family("sequential", "tune")
def seq_s6_legs_ordered(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    v = r.choice(["up", "down"])
    kind = r.choice(["back", "turn"])
    if kind == "back":
        shape = r.choice(["{S} heads {d}, and after that it comes back {o}.",
                          "{S} goes {d} to begin with and {o} afterwards.",
                          "{S} moves {d}; later it moves {o}.", "Having gone {d}, {s} turns back {o}.",
                          "{S} travels {d} before heading back to the {o}.", "{S} first goes {d}, then back {o}."])
        return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), d=d, o=o)), legs(name, d, o)
    shape = r.choice(["{S} moves {d}; after that it goes {v}.", "{S} goes {d} first and {v} second.",
                      "Having moved {d}, {s} goes {v}.", "{S} travels {d} before going {v}.",
                      "{S} moves {d} and, a moment later, {v}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), d=d, v=v)), legs(name, d, v)


@family("sequential", "tune")
def seq_s6_early_then_empty(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    w = r.choice(TM_SETTINGS[h])
    shape = r.choice(["{S} passes by early, and after that the {w} stays empty.",
                      "{S} crosses early on; afterwards the {w} is empty.",
                      "Early on, {s} runs through, and then the {w} is empty for the rest of the clip.",
                      "{S} hurries past at the start, leaving the {w} empty for the rest of the clip.",
                      "{S} goes by in the first seconds; after that nothing is in the {w}.",
                      "{S} comes and goes early, and the {w} is empty from then on.",
                      "Only at the start does {s} pass through; the {w} is empty after that."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), w=w)), early_only(name)


@family("sequential", "tune")
def seq_s6_waits_until(r, h):
    (a, an) = _tm(r, TM_MOVERS, h)
    (b, bn) = _tm(r, TM_MOVERS, h)
    while bn == an:
        b, bn = _tm(r, TM_MOVERS, h)
    stay = r.choice(TM_STAY[h])
    shape = r.choice(["{A} waits until {b} arrives.", "{A} {stay} until {b} shows up.",
                      "{A} is already there when {b} comes in.", "{B} joins {a}, who has been there all along.",
                      "{B} arrives to find {a} already there.", "{A} waits for {b}, who comes in at the end.",
                      "{A} {stay} the whole time; {b} walks in at the end.", "{B} walks in on {a}, who is already waiting.",
                      "{A} {stay}, and eventually {b} turns up."])
    return _loose(r, _s6_fmt(shape, a, b, stay=stay)), both(seen_throughout(an), window(bn, "appears"))


@family("sequential", "tune")
def seq_s6_three_events(r, h):
    names = []
    while len(names) < 3:
        x = _tm(r, TM_MOVERS, h)
        if x[1] not in [n for _, n in names]:
            names.append(x)
    (a, an), (b, bn), (c, cn) = names
    shape = r.choice(["{A} arrives first, {b} arrives next, and {c} arrives last.",
                      "First {a} comes in, after it {b}, and finally {c}.",
                      "{A} walks in; a moment later {b} does; and at the end {c} does too.",
                      "{A} enters at the start, {b} in the middle, and {c} near the end.",
                      "Step one: {a} comes in. Step two: {b} comes in. Step three: {c} comes in.".replace(". Step", "; step"),
                      "{A} shows up, then after a while {b}, and last of all {c}.",
                      "The first to arrive is {a}, followed by {b} and then {c}."])
    return _loose(r, shape.format(A=_cap(_a(a)), a=_a(a), b=_a(b), c=_a(c))), in_order(an, bn, cn)


# held-back families of this round, written with the ones above and never debugged (scores only)
@family("sequential", "held")
def seq_s6h_subordinate(r, h):
    a, an, b, bn = _s6_two(r, h)
    gone = r.random() < 0.6
    if gone:
        shape = r.choice(["The instant {ta} departs, {b} strolls in.", "Scarcely has {ta} gone when {b} turns up.",
                          "{B} holds off until {ta} has departed, then strolls in.",
                          "It is only once {ta} has slipped away that {b} makes an entrance."])
    else:
        shape = r.choice(["Not long after {ta} strolls in, {b} strolls in as well.",
                          "{B} turns up a little after {ta}.", "Hot on the heels of {ta}, {b} arrives."])
    return _loose(r, _s6_fmt(shape, a, b)), appears_before(an, bn, gone)


@family("sequential", "held")
def seq_s6h_order_words(r, h):
    a, an, b, bn = _s6_two(r, h)
    shape = r.choice(["{B} trails after {a} into the {w}.", "{A} gets in before {b} does.",
                      "{A}'s entrance comes before {b}'s.", "{B} is the later arrival and {a} the earlier one.",
                      "{A} turns up, {b} in its wake."])
    return _loose(r, _s6_fmt(shape, a, b, w=r.choice(TM_SETTINGS[h]))), appears_before(an, bn)


@family("sequential", "held")
def seq_s6h_route(r, h):
    s, name = _tm(r, r.choice([TM_MOVERS, TM_FLIERS]), h)
    cs = _route(r, 2)
    a, b = (_tm_corner(r, h, x) for x in cs)
    shape = r.choice(["Having lingered in the {a}, {s} drifts across to the {b}.",
                      "{S} kicks off in the {a} and wraps up in the {b}.",
                      "Upon leaving the {a}, {s} meanders over to the {b}.",
                      "{S} hangs about in the {a} at the outset; ultimately it settles in the {b}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), a=a, b=b)), route(name, *cs)


@family("sequential", "held")
def seq_s6h_three(r, h):
    names = []
    while len(names) < 3:
        x = _tm(r, TM_MOVERS, h)
        if x[1] not in [n for _, n in names]:
            names.append(x)
    (a, an), (b, bn), (c, cn) = names
    shape = r.choice(["In they come, in this sequence: {a}, {b}, {c}.",
                      "{A} turns up first; {b} is the runner-up; {c} arrives at the very end.",
                      "{C} is the final arrival, having been beaten by {a} and then by {b}."])
    return _loose(r, shape.format(A=_cap(_a(a)), a=_a(a), b=_a(b), c=_a(c), C=_cap(_a(c)))), in_order(an, bn, cn)


@family("sequential", "held")
def seq_s6h_early_and_waiting(r, h):
    s, name = _tm(r, TM_MOVERS, h)
    b, bn = _tm(r, TM_MOVERS, h)
    while bn == name:
        b, bn = _tm(r, TM_MOVERS, h)
    if r.random() < 0.5:
        w = r.choice(TM_SETTINGS[h])
        shape = r.choice(["{S} scurries through the {w} at the very start; from then on it is deserted.",
                          "Early in the footage {s} darts past, and the {w} is empty thereafter."])
        return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), w=w)), early_only(name)
    shape = r.choice(["{S} loiters the entire time, and {b} finally strolls in.",
                      "{S} lingers there throughout, until {b} turns up near the end."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), b=_a(b))), both(seen_throughout(name), window(bn, "appears"))


# -- the seventh session (seq7): order in time in shapes the bench lacked, written before any fix. An order among
# the objects of 'following' / 'after' ('following A and B, in that order'), one of two named first ('of the two,
# …', 'A and B come in, B first'), leading and trailing ('leads the way in', 'brings up the rear'), verbless
# ordinal lists ('First a moose, second a beaver, third an otter'), steps told over several sentences, linking
# words and participles ('upon which', ', preceded by X', 'having gone right, …'), routes through three and four
# places, subordinators of time in both places, and shapes in the manner of LLM-grounded Video Diffusion's own
# sequential prompts. Words come from lists of this block's own; the held families after them (shapes and words
# of their own) were written at the same time and are never debugged (scores only).
S7_MOVERS = {"tune": [("moose", "moose"), ("beaver", "beaver"), ("otter", "otter"), ("tortoise", "tortoise"),
                      ("panda", "panda"), ("goat", "goat"), ("lamb", "lamb"), ("pony", "pony"),
                      ("flamingo", "flamingo"), ("delivery van", "van"), ("scooter", "scooter"),
                      ("mail truck", "truck"), ("spotted dog", "dog"), ("grey cat", "cat"), ("wooden cart", "cart"),
                      ("koala", "koala")],
             "held": [("yak", "yak"), ("ferret", "ferret"), ("alpaca", "alpaca"), ("heron", "heron"),
                      ("bison", "bison"), ("ambulance", "ambulance"), ("sheepdog", "sheepdog")]}
S7_ROLLERS = {"tune": [("ball", "ball"), ("beach ball", "ball"), ("toy car", "car"), ("puck", "puck"),
                       ("orange", "orange"), ("soccer ball", "ball"), ("paper boat", "boat"), ("kite", "kite"),
                       ("bird", "bird"), ("butterfly", "butterfly")],
              "held": [("bowling ball", "ball"), ("frisbee", "frisbee"), ("moth", "moth"), ("sparrow", "sparrow")]}
S7_CORNER = {"tune": {"upper left": ["top left", "upper left", "top left corner"],
                      "upper right": ["top right", "upper right", "top right corner"],
                      "lower left": ["bottom left", "lower left", "bottom left corner"],
                      "lower right": ["bottom right", "lower right", "bottom right corner"]},
             "held": {"upper left": ["upper-left quadrant", "top left-hand corner"],
                      "upper right": ["upper-right quadrant", "top right-hand corner"],
                      "lower left": ["lower-left quadrant", "bottom left-hand corner"],
                      "lower right": ["lower-right quadrant", "bottom right-hand corner"]}}
S7_ENTER = {"tune": ["comes in", "walks in", "enters", "shows up", "appears", "arrives", "steps in", "ambles in",
                     "trots in", "comes along", "comes into shot", "enters the picture"],
            "held": ["saunters in", "marches in", "pokes its head in"]}
S7_LEAVE = {"tune": ["leaves", "walks away", "exits", "goes off", "heads out of the frame", "walks out",
                     "steps out of view", "wanders away"],
            "held": ["clears off", "trundles away"]}
S7_BASE = {"comes in": "come in", "walks in": "walk in", "enters": "enter", "shows up": "show up", "appears": "appear",
           "arrives": "arrive", "steps in": "step in", "ambles in": "amble in", "trots in": "trot in",
           "comes along": "come along", "comes into shot": "come into shot", "enters the picture": "enter the picture",
           "saunters in": "saunter in", "marches in": "march in", "pokes its head in": "poke its head in"}


def _s7_names(r, h, n, pool=None):
    pool = pool or S7_MOVERS
    out = []
    while len(out) < n:
        x = r.choice(pool[h])
        if x[1] not in [m for _, m in out]:
            out.append(x)
    return out


def _s7_fmt(shape, names, **kw):
    vals = {}
    for key, (w, _) in zip("abcd", names):
        vals.update({key: _a(w), key.upper(): _cap(_a(w)), "t" + key: "the " + w, "T" + key.upper(): "The " + w})
    return shape.format(**vals, **kw)


def _s7_corners(r, h, n):
    cs = _route(r, n)
    while len(set(cs)) < n:
        cs = _route(r, n)
    return cs, [r.choice(S7_CORNER[h][c]) for c in cs]


@family("sequential", "tune")
def seq_s7_object_order(r, h):
    names = _s7_names(r, h, 3)
    shape = r.choice(["{TC} comes in last, following {a} and {b}, in that order.",
                      "After {a} and {b}, in that order, {c} {e}.",
                      "{A} and {b} come in, in that order, followed by {c}.",
                      "{C} {e} after {a} and {b}, in this order.",
                      "Following {a} and then {b}, {c} {e}.",
                      "{TC} is the last to arrive, after {ta} and {tb}, in that order.",
                      "{C} {e} third, after {a} and {b} in that order.",
                      "Behind {a} and {b}, who come in in that order, {c} {e}."])
    return _loose(r, _s7_fmt(shape, names, e=r.choice(S7_ENTER[h]))), in_order(*(n for _, n in names))


@family("sequential", "tune")
def seq_s7_of_the_two(r, h):
    names = _s7_names(r, h, 2)
    (a, an), (b, bn) = names
    shape = r.choice(["{A} and {b} come in; of the two, {tb} arrives first.",
                      "{A} and {b} come in. Of the two, {tb} is first.",
                      "{A} and {b} walk in, {tb} first.",
                      "{A} and {b} arrive, {tb} ahead of {ta}.",
                      "{A} and {b} show up, with {tb} coming in first.",
                      "Of {a} and {b}, it is {tb} that enters first.",
                      "{A} and {b} come in, but not together: {tb} comes first.",
                      "{A} and {b} enter; the first of them is {tb}.",
                      "{A} and {b} both arrive, {ta} after {tb}.",
                      "Between {ta} and {tb}, {tb} is the first to arrive."])
    return _loose(r, _s7_fmt(shape, names)), appears_before(bn, an)


@family("sequential", "tune")
def seq_s7_leads(r, h):
    names = _s7_names(r, h, 2)
    (a, an), (b, bn) = names
    shape = r.choice(["{A} leads the way in, with {b} close behind.",
                      "{A} leads, and {b} follows it in.",
                      "{A} comes in, with {b} bringing up the rear.",
                      "{A} goes in first, {b} hard on its heels.",
                      "{A} is in the lead, and {b} trails in after it.",
                      "{A} {e}, and hot on its heels comes {b}.",
                      "Leading the way, {a} {e}; {b} follows.",
                      "{B} tags along after {a}.",
                      "{A} {e}, {b} following close behind.",
                      "{A} heads the line and {b} comes in after it."])
    return _loose(r, _s7_fmt(shape, names, e=r.choice(S7_ENTER[h]))), appears_before(an, bn)


@family("sequential", "tune")
def seq_s7_verbless_lists(r, h):
    names = _s7_names(r, h, 3)
    shape = r.choice(["First {a}, second {b}, third {c}.",
                      "First {a}, then {b}, and finally {c}.",
                      "{A} first, then {b}, then {c}.",
                      "First comes {a}, then {b}, then {c}.",
                      "In come {a}, {b} and {c}, one after the other.",
                      "Arriving in order: {a}, {b}, {c}.",
                      "{A} appears, followed by {b}, followed by {c}.",
                      "First up, {a}; next, {b}; last, {c}.",
                      "Appearing one by one: first {a}, then {b}, lastly {c}.",
                      "{A}, after it {b}, and after that {c}."])
    return _loose(r, _s7_fmt(shape, names)), in_order(*(n for _, n in names))


@family("sequential", "tune")
def seq_s7_steps(r, h):
    n = r.choice([2, 3, 3])
    names = _s7_names(r, h, n)
    es = [r.choice(S7_ENTER[h]) for _ in range(3)]
    shape = r.choice(["{A} {e1}. Then {b} {e2}. Finally {c} {e3}.",
                      "First, {a} {e1}. Next, {b} {e2}. Last, {c} {e3}.",
                      "Step 1: {a} {e1}. Step 2: {b} {e2}. Step 3: {c} {e3}.",
                      "{A} {e1}. After that, {b} {e2}. At the very end, {c} {e3}.",
                      "{A} {e1}. {B} {e2} next. {C} {e3} last.",
                      "{A} {e1}. A little later, {b} {e2}. Later still, {c} {e3}.",
                      "{A} {e1}. Soon {b} {e2} too. Then {c} {e3}.",
                      "To start with, {a} {e1}. Then {b} {e2}. In the end {c} {e3}."])
    if n == 2:
        shape = shape.rsplit(". ", 1)[0] + "."
    return _s7_fmt(shape, names, e1=es[0], e2=es[1], e3=es[2]), in_order(*(m for _, m in names))


@family("sequential", "tune")
def seq_s7_upon_preceded(r, h):
    names = _s7_names(r, h, 2)
    (a, an), (b, bn) = names
    gone = r.random() < 0.5
    if gone:
        shape = r.choice(["{A} {l}, upon which {b} {e}.", "{A} {l}; upon that, {b} {e}.",
                          "{A} {l}, and with that {b} {e}.", "{A} {l}, after which point {b} {e}.",
                          "{A} {l}, and thereafter {b} {e}.", "{A} {l}, and only then does {b} {eb}.",
                          "{A} {l}, on which {b} {e}.", "Upon {ta} leaving, {b} {e}."])
    else:
        shape = r.choice(["{B} {e}, preceded by {a}.", "Preceded by {a}, {b} {e}.",
                          "{B} {e}, having been preceded by {a}.", "{B} {e} in the wake of {a}.",
                          "{A} {e}, with {b} following a moment later.", "{A} {e}, {b} a moment later.",
                          "{B} {e}, but only after {a} has."])
    e = r.choice(S7_ENTER[h])
    return (_loose(r, _s7_fmt(shape, names, e=e, eb=S7_BASE[e], l=r.choice(S7_LEAVE[h]))),
            appears_before(an, bn, gone))


@family("sequential", "tune")
def seq_s7_having_legs(r, h):
    (s, name), = _s7_names(r, h, 1, r.choice([S7_ROLLERS, S7_MOVERS]))
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    v = r.choice(["up", "down"])
    second = r.choice([o, v])
    back = " back" if second == o and r.random() < 0.5 else ""
    shape = r.choice(["Having gone {d}, {s} now goes{back} {x}.", "After going {d}, {s} heads{back} {x}.",
                      "{S} heads {d}; having done so, it goes{back} {x}.",
                      "{S} goes {d}, and once it has, it goes{back} {x}.",
                      "After it has moved {d}, {s} moves{back} {x}.",
                      "{S} first heads {d}, and afterwards{back} {x}.",
                      "{S} travels {d} for a while before heading{back} {x}.",
                      "Once it has moved {d}, {s} goes{back} {x}.",
                      "{S} drifts {d} and then, without stopping,{back} {x}.",
                      "Having travelled {d}, {s} then makes its way{back} {x}."])
    return (_loose(r, shape.format(S=_cap(_a(s)), s=_a(s), d=d, x=second, back=back)), legs(name, d, second))


@family("sequential", "tune")
def seq_s7_waypoints(r, h):
    (s, name), = _s7_names(r, h, 1, r.choice([S7_ROLLERS, S7_MOVERS]))
    n = r.choice([3, 3, 4])
    cs, ws = _s7_corners(r, h, n)
    if n == 4:
        shape = r.choice(["{S} moves from the {a} to the {b}, from there to the {c}, and finally to the {d}.",
                          "{S} goes to the {a}, then the {b}, then the {c}, and last the {d}.",
                          "{S} starts in the {a}, visits the {b} and the {c}, and ends in the {d}.",
                          "{S} travels {a} to {b} to {c} to {d}."])
    else:
        shape = r.choice(["{S} goes from the {a} to the {b}, then on to the {c}.",
                          "{S} starts in the {a}, stops in the {b}, and ends up in the {c}.",
                          "Starting in the {a}, {s} passes through the {b} on its way to the {c}.",
                          "{S} visits the {a}, the {b} and the {c}, in that order.",
                          "{S} travels to the {a}, next to the {b}, and lastly to the {c}.",
                          "{S} begins in the {a}; it then heads to the {b}; it finishes in the {c}.",
                          "From the {a}, {s} makes its way to the {b} and then over to the {c}.",
                          "{S} goes to the {a} first, the {b} second and the {c} third.",
                          "{S} is in the {a}, then in the {b}, then in the {c}.",
                          "{S} goes {a} to {b} to {c}."])
    ws = ws + [""] * (4 - n)
    return (_loose(r, shape.format(S=_cap(_a(s)), s=_a(s), a=ws[0], b=ws[1], c=ws[2], d=ws[3])),
            route(name, *cs))


@family("sequential", "tune")
def seq_s7_subordinators(r, h):
    names = _s7_names(r, h, 2)
    (a, an), (b, bn) = names
    gone = r.random() < 0.55
    if gone:
        shape = r.choice(["Before {b} {e}, {ta} has already left.", "{B} waits for {ta} to leave before coming in.",
                          "{B} doesn't {eb} before {ta} has gone.", "{B} {e} only once {ta} has left.",
                          "{TA} has gone by the time {b} gets there.", "{A} {l}; not until then does {b} {eb}.",
                          "Until {ta} leaves, {b} stays out of sight.", "As soon as {ta} is gone, {b} {e}.",
                          "{B} {e} after {ta} {l}.", "With {ta} gone, {b} {e}."])
    else:
        shape = r.choice(["While {ta} is still there, {b} {e}.", "{B} {e} while {ta} is still in the frame.",
                          "{A} is already in view when {b} {e}.", "{B} {e} some seconds after {ta} does.",
                          "{A} has been there a while when {b} {e}.", "Soon after {ta} has come in, {b} {e}.",
                          "{B} {e} once {ta} has settled in.", "{A} {e} before {b} does."])
    e = r.choice(S7_ENTER[h])
    return (_loose(r, _s7_fmt(shape, names, e=e, eb=S7_BASE[e], l=r.choice(S7_LEAVE[h]))),
            appears_before(an, bn, gone))


@family("sequential", "tune")
def seq_s7_lvd_style(r, h):
    kind = r.choice(["legs", "route", "order"])
    if kind == "legs":
        (s, name), = _s7_names(r, h, 1, S7_ROLLERS)
        d = r.choice(["left", "right"])
        v = r.choice(["up", "down"])
        shape = r.choice(["{S} first rolls {d}, then bounces {v}.", "{S} moves {d} at first and then {v}.",
                          "{S} slides to the {d} and then moves {v}.", "{S} first goes {d}; then it goes {v}.",
                          "{S} is moving {d}, and then it moves {v}."])
        return _loose(r, shape.format(S=_cap(_a(s)), d=d, v=v)), legs(name, d, v)
    if kind == "route":
        (s, name), = _s7_names(r, h, 1, S7_MOVERS)
        cs, ws = _s7_corners(r, h, 3)
        shape = r.choice(["{S} drives from the {a} to the {b}, then to the {c}.",
                          "{S} goes from the {a} to the {b} and then to the {c}.",
                          "{S} moves from the {a} to the {b}, and after that to the {c}.",
                          "{S} begins at the {a}, moves to the {b}, and then moves to the {c}."])
        return _loose(r, shape.format(S=_cap(_a(s)), a=ws[0], b=ws[1], c=ws[2])), route(name, *cs)
    names = _s7_names(r, h, 2)
    (a, an), (b, bn) = names
    shape = r.choice(["{A} {e}, and later {b} follows.", "{A} {e}, and after a while {b} joins it.",
                      "{A} comes in first, then {b} follows it.", "{A} {e}; later, {b} {e}, too.",
                      "{A} {e} and, some time later, {b} {e}."])
    return _loose(r, _s7_fmt(shape, names, e=r.choice(S7_ENTER[h]))), appears_before(an, bn)


# held-back families of this round, written with the ones above and never debugged (scores only)
@family("sequential", "held")
def seq_s7h_lists(r, h):
    names = _s7_names(r, h, 3)
    shape = r.choice(["In order of arrival: {a}, {b}, {c}.", "Enter {a}, then {b}, then lastly {c}.",
                      "{A} leads off, {b} comes next, and {c} closes the procession.",
                      "The first on screen is {a}, the second {b}, the third {c}."])
    return _loose(r, _s7_fmt(shape, names)), in_order(*(n for _, n in names))


@family("sequential", "held")
def seq_s7h_paired(r, h):
    names = _s7_names(r, h, 2)
    (a, an), (b, bn) = names
    gone = r.random() < 0.4
    if gone:
        shape = r.choice(["{B} shows up only after {ta} has cleared off.",
                          "{A} {l}, and it is then that {b} {e}."])
    else:
        shape = r.choice(["Trailing {ta} by a few seconds, {b} {e}.", "Ahead of {tb}, {a} {e}.",
                          "{B} {e}, {ta} having come in just before.", "Of the pair, {ta} is quicker to arrive."
                          .replace(".", ", and {tb} comes in after.")])
    return (_loose(r, _s7_fmt(shape, names, e=r.choice(S7_ENTER[h]), l=r.choice(S7_LEAVE[h]))),
            appears_before(an, bn, gone))


@family("sequential", "held")
def seq_s7h_route(r, h):
    (s, name), = _s7_names(r, h, 1, r.choice([S7_ROLLERS, S7_MOVERS]))
    cs, ws = _s7_corners(r, h, 3)
    shape = r.choice(["{S} hops from the {a} over to the {b} and on to the {c}.",
                      "Beginning at the {a}, {s} goes via the {b} to the {c}.",
                      "{S} heads for the {a}, swings round to the {b}, and comes to rest in the {c}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), a=ws[0], b=ws[1], c=ws[2])), route(name, *cs)


@family("sequential", "held")
def seq_s7h_legs(r, h):
    (s, name), = _s7_names(r, h, 1, S7_ROLLERS)
    d = r.choice(["left", "right"])
    v = r.choice(["up", "down"])
    shape = r.choice(["{S} sweeps {d}ward and, having done that, goes {v}.",
                      "Only after drifting {d} does {s} head {v}.",
                      "{S} makes for the {d} side; when it gets there it travels {v}."])
    return _loose(r, shape.format(S=_cap(_a(s)), s=_a(s), d=d, v=v)), legs(name, d, v)


@family("sequential", "held")
def seq_s7h_steps(r, h):
    names = _s7_names(r, h, 3)
    e = r.choice(S7_ENTER[h])
    shape = r.choice(["To begin, {a} {e}. After a beat, {b} {e}. Last of all, {c} {e}.",
                      "{A} {e}. Next to arrive is {b}. The final one in is {c}."])
    return _s7_fmt(shape, names, e=e), in_order(*(n for _, n in names))


# -- the sixth session (space6): spatial shapes the bench lacked, written before any fix. Things on both sides of
# one counted twice ('two cats on either side of a dog'), chains whose second relation is the middle thing's ('a
# teapot on a shelf above a sink'), facing across a room or a thing, rings round a thing, the middle and the corners
# of things and rooms, compass words, thirds of the frame, rows told left to right, far sides and the viewer's side,
# degrees of height, placing passives, existentials with an aside, inverted clauses with posture verbs, one thing
# placed by two others. Words come from lists of this block's own; the `held` families (shapes and words of their
# own) were written at the same time and are never debugged (scores only).
SP6_SMALL = {"tune": ["cat", "dog", "rabbit", "fox", "pig", "mouse", "turtle", "teapot", "hydrant", "snowman",
                      "lamp", "vase", "ball", "statue"],
             "held": ["goose", "hen", "llama", "donkey", "parrot", "kitten", "robot", "drum", "guitar", "candle"]}
SP6_ANIMALS = {"tune": ["cat", "dog", "rabbit", "fox", "pig", "mouse", "cow", "horse", "turtle", "camel"],
               "held": ["goose", "hen", "llama", "donkey", "parrot", "kitten", "badger", "hedgehog"]}
SP6_ANCHOR = {"tune": ["tree", "house", "car", "bus", "truck", "fence", "bench", "mailbox", "statue", "table"],
              "held": ["cabin", "shed", "boulder", "bookcase", "stove", "piano", "fridge", "wagon"]}
SP6_SURFACE = {"tune": ["shelf", "table", "desk", "bench", "stool", "crate"],
               "held": ["cabinet", "dresser", "windowsill", "ledge"]}
SP6_UNDER = {"tune": ["sink", "bed", "fireplace", "dog", "rug", "chair", "basket", "radiator"],
             "held": ["bathtub", "oven", "sofa", "piano"]}
SP6_OVER = {"tune": ["window", "mirror", "clock", "painting", "shelf", "poster"],
            "held": ["chandelier", "calendar", "map", "banner"]}
SP6_ROOMS = {"tune": ["room", "yard", "hall", "kitchen", "field"], "held": ["courtyard", "studio", "attic"]}
SP6_POSTURE = {"tune": ["lurks", "crouches", "dozes", "naps", "lounges", "squats", "hides", "huddles", "perches"],
               "held": ["slumbers", "reclines", "loiters", "cowers"]}
SP6_COUNT = {"tune": [("two", 2), ("a pair of", 2), ("2", 2)], "held": [("twin", 2), ("a couple of", 2)]}
SP6_RING = {"tune": [("three", 3), ("four", 4), ("5", 5), ("six", 6)], "held": [("seven", 7), ("4", 4), ("eight", 8)]}


def _sp6_plural(noun):
    return {"mouse": "mice", "fox": "foxes", "bus": "buses", "box": "boxes", "goose": "geese", "bench": "benches",
            "cactus": "cacti", "candle": "candles"}.get(noun, noun + "s")


def surrounded(mid, side, n):
    """`n` things named `side`, some left of `mid` and some right of it ('a dog surrounded by four cats')."""
    def check(plan, shot):
        ids = ids_named(plan, side)
        figures = sum(int(plan.entity(i).attributes.get("count", "1")) for i in ids)
        need(figures == n, f"want {n} {side}s, have {figures} ({[e.name for e in plan.entities]})")
        M = always(shot, one(plan, mid))
        tracks = [always(shot, i) for i in ids]
        for k, m in enumerate(M):
            xs = [cx(t[k]) for t in tracks]
            need(min(xs) < cx(m) < max(xs), f"{mid} not amid the {side}s: {m} {xs}")
    return check


def column(*names):
    """The things stand one above another, first on top ('stacked one on another')."""
    def check(plan, shot):
        tracks = [always(shot, one(plan, n)) for n in names]
        for boxes in zip(*tracks):
            for up, low in zip(boxes, boxes[1:]):
                need(up[3] <= low[1] + 0.3 * (low[3] - low[1]) + 0.02 and min(up[2], low[2]) - max(up[0], low[0]) > 0,
                     f"{names} not one above another: {boxes}")
    return check


@family("spatial", "tune")
def spc6_counted_flank(r, h):
    mid = r.choice(SP6_ANCHOR[h] + SP6_SMALL[h][:6])
    side = r.choice([x for x in SP6_ANIMALS[h] + ["lamp", "vase", "chair", "tree"] if x != mid])
    w = r.choice(SP6_COUNT[h])[0]
    v = r.choice(["sit", "stand", "wait", "rest"])
    shape = r.choice(["{W} {ss} {v} on either side of {m}.", "{M} {vs} between two {ss}.", "{M} with {s} on each side.",
                      "{M}, flanked by two {ss}.", "{M} is flanked by {w} {ss}.", "There is {s} on each side of the {mn}.",
                      "{W} {ss}, one on each side of {m}.", "{M} sits between a pair of {ss}.",
                      "{W} {ss} {v} on both sides of {m}.", "On either side of the {mn} {v} {w} {ss}."])
    return (shape.format(W=_cap(w), w=w, ss=_sp6_plural(side), s=_a(side), v=v, vs=v + "s", m=_a(mid), M=_a(mid).capitalize(),
                         mn=mid), flanked(mid, side))


_SP6_SECOND = {"above": ["above", "over"], "below": ["below", "under"], "left_of": ["to the left of", "left of"],
               "right_of": ["to the right of", "right of"], "next_to": ["next to", "beside"], "behind": ["behind"]}


@family("spatial", "tune")
def spc6_nested_chain(r, h):
    kind = r.choice(list(_SP6_SECOND))
    b = r.choice(SP6_SURFACE[h])
    a = r.choice(["cup", "vase", "teapot", "book", "lamp", "clock", "cat", "plant", "jar"])
    c = r.choice([x for x in (SP6_UNDER[h] if kind == "above" else SP6_OVER[h] if kind == "below" else
                 [x for x in SP6_ANCHOR[h] + ["door", "window", "sofa"] if x not in (b, "table", "bench")]) if x != a])
    p2 = r.choice(_SP6_SECOND[kind])
    p1 = r.choice(["on", "on top of", "resting on"])
    v = r.choice(["sits", "stands", "rests", "is"])
    shape = r.choice(["{A} {v} {p1} {b} {p2} {c}.", "There is {a} {p1} {b} {p2} {c}.", "{A} {p1} {b} {p2} {c}.",
                      "{P1} {b} {p2} {c} {v} {a}.", "We see {a} {p1} the {bn} {p2} the {cn}.",
                      "{A} has been put {p1} {b} {p2} {c}."])
    if shape.startswith("{P1}") and v == "is":
        v = "sits"
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), bn=b, c=_a(c), cn=c, p1=p1, P1=_cap(p1), p2=p2, v=v),
            both(rel(a, "on", b), rel(b, kind, c)))


@family("spatial", "tune")
def spc6_across_room(r, h):
    a, b = r.sample(SP6_ANIMALS[h] + ["man", "woman", "boy"], 2)
    room = r.choice(SP6_ROOMS[h])
    shape = r.choice(["{A} and {b} face each other across the {rm}.", "{A} faces {b} across the {rm}.",
                      "{A} and {b} sit on opposite sides of the {rm}.", "{A} and {b}, at opposite ends of the {rm}.",
                      "{A} watches {b} from across the {rm}.", "{A} is across the {rm} from {b}.",
                      "{A} and {b} stare at each other from across the {rm}.",
                      "{A} stands at one end of the {rm} and {b} at the other."])
    return shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), rm=room), across_gap(a, b)


@family("spatial", "tune")
def spc6_across_thing(r, h):
    a, b = r.sample(SP6_ANIMALS[h] + ["man", "woman", "boy"], 2)
    c = r.choice(["table", "desk", "fence", "car", "bench", "fire", "hedge", "stream", "counter"])
    shape = r.choice(["{A} sits across the {c} from {b}.", "{A} and {b} face each other across {ca}.",
                      "{A} is on the opposite side of the {c} from {b}.", "{A} and {b} sit across {ca} from each other.",
                      "Across the {c} from {a} sits {b}.", "{A} and {b} look at each other across {ca}.",
                      "{A} stands on the other side of the {c} from {b}."])
    return shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), c=c, ca=_a(c)), opposite(a, b, c)


@family("spatial", "tune")
def spc6_surrounded(r, h):
    mid = r.choice(SP6_ANCHOR[h] + ["dog", "campfire", "cake", "well"])
    side = r.choice([x for x in SP6_ANIMALS[h] + ["chair", "lamp", "candle"] if x != mid])
    w, n = r.choice(SP6_RING[h])
    shape = r.choice(["{M} surrounded by {w} {ss}.", "{M} is surrounded by {w} {ss}.", "{W} {ss} surround {m}.",
                      "{M} sits in a ring of {w} {ss}.", "{M} is encircled by {w} {ss}.", "{W} {ss} gather around {m}.",
                      "{W} {ss} stand in a circle around {m}.", "{M} in the midst of {w} {ss}.",
                      "{W} {ss} are arranged around {m}."])
    return (shape.format(M=_a(mid).capitalize(), m=_a(mid), W=_cap(w), w=w, ss=_sp6_plural(side)),
            surrounded(mid, side, n))


@family("spatial", "tune")
def spc6_middle_of(r, h):
    if r.random() < 0.5:
        a = r.choice(["cup", "vase", "teapot", "book", "lamp", "cat", "plant", "jar", "ball"])
        b = r.choice(["table", "desk", "bench", "shelf", "tray", "counter"])
        shape = r.choice(["{A} {v} in the middle of {b}.", "{A} {v} right in the middle of the {bn}.",
                          "In the middle of the {bn} {v} {a}.", "{A} at the centre of {b}.", "{A} {v} at the center of the {bn}.",
                          "{B} with {a} in the middle.", "{B} with {a} in its centre."])
        return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), bn=b, B=_a(b).capitalize(),
                             v=r.choice(["sits", "stands", "rests"])), rel(a, "on", b))
    a = _thing(r, h, ("animal", "object", "vehicle"))[0]
    fr = r.choice(["frame", "screen", "image", "picture"])
    shape = r.choice(["{A} {v} dead centre.", "{A} {v} smack in the middle of the {fr}.", "{A} at the very centre of the {fr}.",
                      "Dead center: {a}.", "{A} {v} in the exact middle of the {fr}.", "{A} is centred in the {fr}.",
                      "{A} {v} squarely in the middle.", "In the very middle of the {fr}, {a}."])
    return shape.format(A=_a(a).capitalize(), a=_a(a), fr=fr, v=r.choice(STAY[h])), at(a, "center")


@family("spatial", "tune")
def spc6_corner_of_room(r, h):
    a = r.choice(SP6_SMALL[h] + ["chair", "plant", "broom"])
    room = r.choice(SP6_ROOMS[h])
    kind = r.choice(["corner", "upper left", "upper right", "lower left", "lower right"])
    v = r.choice(["sits", "stands", "rests", "waits"])
    if kind == "corner":
        shape = r.choice(["{A} {v} in the corner of the {rm}.", "{A} {v} in the far corner of the {rm}.",
                          "In a corner of the {rm}, {a}.", "{A} tucked into a corner of the {rm}.",
                          "There is {a} in the {rm}'s corner.", "{A} {v} in one corner of the {rm}."])
        return shape.format(A=_a(a).capitalize(), a=_a(a), rm=room, v=v), at(a, "corner")
    vv, sd = kind.split()
    word = r.choice([f"{vv} {sd}", f"{'top' if vv == 'upper' else 'bottom'} {sd}", f"{'top' if vv == 'upper' else 'bottom'}-{sd}"])
    shape = r.choice(["{A} {v} in the {w} corner of the {rm}.", "In the {w} corner of the {rm} {v} {a}.",
                      "{A} in the {rm}'s {w} corner.", "{A} is in the {w} corner of the {rm}."])
    return shape.format(A=_a(a).capitalize(), a=_a(a), rm=room, v=v, w=word), at(a, kind)


@family("spatial", "tune")
def spc6_compass(r, h):
    kind = r.choice(["east", "west", "corner", "side"])
    if kind in ("east", "west"):
        a, b = _pair(r, h)
        p = r.choice([f"to the {kind} of", f"{kind} of", f"due {kind} of", f"on the {kind} side of",
                      f"just {kind} of"])
        shape = r.choice(["{A} {v} {p} {b}.", "{A} is {p} {b}.", "{P} {b}, {a}.", "{A} {p} {b}."])
        return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), p=p, P=_cap(p), v=r.choice(STAY[h])),
                rel(a, "right_of" if kind == "east" else "left_of", b))
    a = _thing(r, h, ("animal", "object", "vehicle"))[0]
    if kind == "corner":
        ns, ew = r.choice(["north", "south"]), r.choice(["east", "west"])
        region = ("upper " if ns == "north" else "lower ") + ("right" if ew == "east" else "left")
        word = r.choice([f"{ns}{ew}", f"{ns}-{ew}", f"{ns} {ew}"])
        shape = r.choice(["{A} {v} in the {w} corner.", "In the {w} corner of the frame, {a}.",
                          "{A} is in the {w} corner of the screen.", "{A} {v} in the far {w}."])
        return shape.format(A=_a(a).capitalize(), a=_a(a), w=word, v=r.choice(STAY[h])), at(a, region)
    side = r.choice(["north", "south", "east", "west"])
    region = {"north": "upper", "south": "lower", "east": "right", "west": "left"}[side]
    word = r.choice([f"the {side} side", f"the {side}ern edge", f"the {side}ern part", f"the far {side}"])
    shape = r.choice(["{A} {v} on {w} of the frame.", "{A} is at {w} of the screen.", "On {w} of the image, {a}."])
    return shape.format(A=_a(a).capitalize(), a=_a(a), w=word, v=r.choice(STAY[h])), at(a, region)


@family("spatial", "tune")
def spc6_thirds(r, h):
    a = _thing(r, h, ("animal", "object", "flyer"))[0]
    kind = r.choice(["upper", "lower", "left", "right"])
    word = r.choice({"upper": ["top", "upper"], "lower": ["bottom", "lower"], "left": ["left", "left-hand"],
                     "right": ["right", "right-hand"]}[kind])
    fr = r.choice(["frame", "screen", "image", "picture"])
    shape = r.choice(["{A} in the {w} third of the {fr}.", "{A} {v} in the {w} third.", "{A} occupies the {w} third of the {fr}.",
                      "In the {w} third of the {fr}, {a}.", "{A} {v} within the {w} third of the {fr}.",
                      "{A} is placed in the {w} third."])
    return shape.format(A=_a(a).capitalize(), a=_a(a), w=word, fr=fr, v=r.choice(STAY[h])), at(a, kind)


@family("spatial", "tune")
def spc6_lined_up(r, h):
    a, b, c = r.sample(SP6_SMALL[h] + ["chair", "box", "bucket", "book"], 3)
    rev = r.random() < 0.3
    order = (c, b, a) if rev else (a, b, c)
    way = "right to left" if rev else "left to right"
    shape = r.choice(["Lined up from {way}: {a}, {b} and {c}.", "From {way} we see {a}, {b}, and {c}.",
                      "{A}, {b} and {c} stand in a row, in that order from {way}.", "{Way}: {a}, {b}, {c}.",
                      "{A}, {b}, and {c}, arranged {way}.", "{Way} there are {a}, {b} and {c}.",
                      "Reading from {way}: {a}, {b}, {c}.", "{A}, {b} and {c} are lined up {way}.",
                      "In a row from {way}: {a}, {b} and {c}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), c=_a(c), way=way, Way=_cap(way)),
            both(order_lr(*order), only(a, b, c)))


@family("spatial", "tune")
def spc6_far_sides(r, h):
    a, b = r.sample(SP6_SMALL[h] + ["bus", "car", "tree", "house"], 2)
    f, s = r.choice([("left", "right"), ("right", "left")])
    adv = r.choice(["far", "extreme", "very"])
    shape = r.choice(["{A} on the {x} {f} and {b} on the {x} {s}.", "{A} stands at the {x} {f} of the frame.",
                      "{X} {f}: {a}. {X} {s}: {b}.", "{A} is at the {x} {f}, {b} at the {x} {s}.",
                      "{A} {v} on the {f}-most edge of the frame.", "{A} sits {x} {f}, {b} {x} {s}."])
    text = shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), f=f, s=s, x=adv, X=_cap(adv), v=r.choice(STAY[h]))
    return text, (at(a, f) if "{b}" not in shape else both(at(a, f), at(b, s)))


@family("spatial", "tune")
def spc6_viewer_side(r, h):
    a, b = r.sample(SP6_SMALL[h] + ["bus", "car", "tree", "man", "woman"], 2)
    f, s = r.choice([("left", "right"), ("right", "left")])
    shape = r.choice(["{A} on the viewer's {f}, {b} on the viewer's {s}.", "{A} is on our {f} and {b} on our {s}.",
                      "{A} {v} screen {f}.", "{A} {v} camera {f}.", "{A} is seen frame {f}.",
                      "{A} on the {f} as we look, {b} on the {s}.", "{A} sits to our {f}; {b} sits to our {s}.",
                      "From where we stand, {a} is on the {f} and {b} on the {s}."])
    text = shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), f=f, s=s, v=r.choice(STAY[h]))
    return text, (at(a, f) if "{b}" not in shape else both(at(a, f), at(b, s)))


@family("spatial", "tune")
def spc6_vertical_degrees(r, h):
    if r.random() < 0.5:
        a = r.choice(["bird", "balloon", "kite", "lamp", "plane", "drone", "clock"])
        b = r.choice(SP6_ANCHOR[h] + ["desk"])
        p = r.choice(["a little above", "slightly above", "far above", "well above", "some way above",
                      "a few feet above", "a short way above", "just over", "a little over"])
        kind = "above"
    else:
        a = r.choice(["cat", "dog", "ball", "box", "rabbit", "cup", "mouse"])
        b = r.choice(["kite", "bird", "lamp", "balloon", "shelf", "branch", "window"])
        p = r.choice(["a little below", "slightly below", "far below", "well below", "just under",
                      "a few inches below", "some way below"])
        kind = "below"
    shape = r.choice(["{A} {v} {p} {b}.", "{A} is {p} {b}.", "{A} {p} {b}.", "{P} {b}, {a}.", "There is {a} {p} {b}."])
    v = "floats" if kind == "above" and a in ("balloon", "kite", "bird", "drone", "plane") else r.choice(STAY[h])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), p=p, P=_cap(p), v=v), rel(a, kind, b))


_SP6_PASSIVES = {"next_to": ["is propped against", "has been set down next to", "is parked beside", "is nestled beside",
                             "was left next to", "is leaning against", "has been pushed up next to"],
                 "behind": ["is tucked behind", "was dumped behind", "has been hidden behind", "is stashed behind"],
                 "above": ["is mounted above", "is hung above", "has been hung over", "is suspended above"],
                 "on": ["is perched on", "is balanced on top of", "has been laid on", "was set down on", "is placed on top of"],
                 "in_front_of": ["is stationed in front of", "has been parked in front of", "was left in front of",
                                 "is planted in front of"],
                 "left_of": ["is positioned to the left of", "has been moved to the left of", "is set to the left of"],
                 "right_of": ["is positioned to the right of", "was placed to the right of", "is set off to the right of"]}


@family("spatial", "tune")
def spc6_passive_placement(r, h):
    kind = r.choice(list(_SP6_PASSIVES))
    verb = r.choice(_SP6_PASSIVES[kind])
    if kind == "on":
        a, b = r.choice(["cup", "book", "vase", "lamp", "teapot", "cat"]), r.choice(SP6_SURFACE[h])
    elif kind == "above":
        a, b = r.choice(["lamp", "clock", "painting", "mirror", "sign"]), r.choice(SP6_UNDER[h][:4] + ["desk", "door"])
    else:
        a, b = r.choice(["bicycle", "ladder", "box", "bucket", "suitcase", "broom", "cat", "car"]), r.choice(SP6_ANCHOR[h])
        a = a if a != b else "sled"
    shape = r.choice(["{A} {v} {b}.", "In the {set}, {a} {v} {b}.", "{A} {v} the {bn}.", "We see that {a} {v} {b}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), bn=b, v=verb, set=r.choice(SETTING[h])),
            rel(a, kind, b))


_SP6_ASIDE = {"right_of": ["to its right", "just to the right of it", "a little to its right", "on its right"],
              "left_of": ["to its left", "just to the left of it", "a little to its left", "on its left"],
              "in_front_of": ["directly in front of it", "just in front of it", "in front of it"],
              "behind": ["just behind it", "behind it", "right behind it"], "next_to": ["right beside it", "next to it"]}


@family("spatial", "tune")
def spc6_existential_aside(r, h):
    kind = r.choice(list(_SP6_ASIDE))
    it = r.choice(_SP6_ASIDE[kind])
    if kind in ("in_front_of", "behind"):
        b, a = r.choice(SP6_ANCHOR[h]), r.choice(SP6_ANIMALS[h] + ["man", "woman"])
    else:
        a, b = r.sample(SP6_SMALL[h] + ["chair", "box", "bucket", "bicycle"], 2)
    shape = r.choice(["There is {b}, and {it}, {a}.", "There's {b} and, {it}, {a}.", "There stands {b}; {it}, {a}.",
                      "We see {b}, and {it} {a}.", "There is {b}. {It} stands {a}.", "There's {b}; {it} there is {a}.",
                      "There is {b} with {a} {it}.", "There sits {b}, and {it} sits {a}."])
    return (shape.format(b=_a(b), a=_a(a), it=it, It=_cap(it)), both(rel(a, kind, b), only(a, b)))


@family("spatial", "tune")
def spc6_inverted_posture(r, h):
    kind = r.choice(["left_of", "right_of", "behind", "in_front_of", "next_to", "below", "on"])
    word = {"left_of": r.choice(["To the left of", "Left of", "Just left of"]), "right_of": r.choice(["To the right of", "Right of"]),
            "behind": r.choice(["Behind", "Just behind", "Right behind"]), "in_front_of": r.choice(["In front of", "Just in front of"]),
            "next_to": r.choice(["Next to", "Beside", "Right beside"]), "below": r.choice(["Under", "Below"]),
            "on": r.choice(["On top of", "On", "Atop"])}[kind]
    if kind == "below":
        a, b = r.choice(SP6_ANIMALS[h][:8]), r.choice(["table", "desk", "bench", "truck", "bed"])
    elif kind == "on":
        a, b = r.choice(["cat", "bird", "owl", "crow", "lizard", "squirrel"]), r.choice(["wall", "fence", "roof", "table", "car"])
    else:
        a, b = r.choice(SP6_ANIMALS[h] + ["man", "boy"]), r.choice(SP6_ANCHOR[h])
    v = r.choice(SP6_POSTURE[h])
    shape = r.choice(["{W} the {b} {v} {a}.", "{W} {ba} {v} {a}.", "{W} the {b} there {v} {a}.", "{W} the {b}, {a} {v}."])
    return shape.format(W=word, b=b, ba=_a(b), v=v, a=_a(a)), rel(a, kind, b)


@family("spatial", "tune")
def spc6_two_anchors(r, h):
    a = r.choice(SP6_ANIMALS[h] + ["man", "boy", "woman"])
    b, c = r.sample([x for x in SP6_ANCHOR[h] if x != a], 2)
    d1 = r.choice(["in_front_of", "behind"])
    d2 = r.choice(["left_of", "right_of"])
    w1 = {"in_front_of": "in front of", "behind": "behind"}[d1]
    w2 = {"left_of": r.choice(["to the left of", "left of"]), "right_of": r.choice(["to the right of", "right of"])}[d2]
    shape = r.choice(["{A} {v} {w1} {b} and {w2} {c}.", "{A} is {w1} {b}, {w2} {c}.", "{A} {v} {w1} the {bn} and also {w2} the {cn}.",
                      "{A} {v} {w2} {c} and {w1} {b}.", "{A} stands {w1} {b}; it is {w2} {c} too."])
    return (shape.format(A=_a(a).capitalize(), b=_a(b), bn=b, c=_a(c), cn=c, w1=w1, w2=w2, v=r.choice(STAY[h])),
            both(rel(a, d1, b), rel(a, d2, c)))


@family("spatial", "tune")
def spc6_stacked_column(r, h):
    things = r.sample(["book", "box", "crate", "suitcase", "tray", "brick", "pillow", "drum"], 3)
    a, b, c = things
    shape = r.choice(["{A} on top of {b}, with {c} at the bottom.", "From top to bottom: {a}, {b}, {c}.",
                      "{C} at the bottom, {b} in the middle and {a} on top.", "{A} sits on {b}, and {b2} sits on {c}.",
                      "A stack: {a} on top, then {b}, then {c} at the bottom.", "{C} with {b} on it, and on the {bn}, {a}.",
                      "{A} is piled on {b}, which is piled on {c}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), b2="the " + b, bn=b, c=_a(c), C=_a(c).capitalize()),
            both(column(a, b, c), stacked(a, b, c)))


# held: written with the tuning families above, in shapes and words of their own; never debugged
@family("spatial", "held")
def spc6h_sandwiched(r, h):
    a, b, c = r.sample(SP6_SMALL["held"] + SP6_ANCHOR["held"][:4], 3)
    shape = r.choice(["{A} is sandwiched between {b} and {c}.", "{A} sits with {b} to one side and {c} to the other.",
                      "{A} is wedged in between {b} and {c}.", "{B} to one side, {c} to the other, and {a} in the middle."])
    return shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), B=_a(b).capitalize(), c=_a(c)), rel(a, "between", b, c)


@family("spatial", "held")
def spc6h_near_far_side(r, h):
    a, b = r.sample(SP6_ANIMALS["held"], 2)
    c = r.choice(SP6_ANCHOR["held"])
    shape = r.choice(["{A} waits on the near side of {c}, {b} on the far side.", "On the far side of {c} {v} {b}.",
                      "{A} {v} on this side of {c} and {b} beyond it.", "Beyond {c} stands {b}, while {a} is in front of it."])
    text = shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), c=_a(c), v=r.choice(SP6_POSTURE["held"]))
    return text, (rel(b, "behind", c) if "{a}" not in shape and "{A}" not in shape else both(rel(b, "behind", c), nearer(a, b)))


@family("spatial", "held")
def spc6h_above_and_below(r, h):
    a = r.choice(["parrot", "candle", "drum", "robot"])
    b = r.choice(SP6_OVER["held"])
    c = r.choice(SP6_UNDER["held"])
    shape = r.choice(["Below {b} and above {c} is {a}.", "{A} hangs somewhere between {b} above and {c} below.",
                      "{B} up high, {c} down low, and {a} halfway between them, one above the other.",
                      "{A} is higher than {c} but lower than {b}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=_a(b), B=_a(b).capitalize(), c=_a(c)),
            both(rel(a, "below", b), rel(a, "above", c)))


@family("spatial", "held")
def spc6h_counted_rows(r, h):
    w, n = r.choice(SP6_RING["held"])
    s = r.choice(SP6_ANIMALS["held"])
    c = r.choice(SP6_ANCHOR["held"])
    kind = r.choice(["behind", "in_front_of"])
    word = {"behind": r.choice(["line up behind", "queue behind", "wait in a line behind"]),
            "in_front_of": r.choice(["line up in front of", "stand in a row in front of"])}[kind]
    return (f"{_cap(w)} {_sp6_plural(s)} {word} the {c}.", both(at_least(s, n), every(s, kind, c)))


@family("spatial", "held")
def spc6h_immediate_sides(r, h):
    a, b = r.sample(SP6_SMALL["held"], 2)
    side = r.choice(["left", "right"])
    shape = r.choice(["{A} stands to the {b}'s immediate {s}.", "{A} is immediately to the {s} of {bb}.",
                      "{A} waits at the {b}'s {s}-hand side.", "At the {s} hand of {bb} {v} {a}."])
    return (shape.format(A=_a(a).capitalize(), a=_a(a), b=b, bb=_a(b), s=side, v=r.choice(SP6_POSTURE["held"])),
            rel(a, f"{side}_of", b))


# -- the seventh session (space7): spatial English as an independent prompt writer would put it, written before any
# fix. Relations carried by a relative clause on the subject, placing passives said from the lower thing's side
# ('is topped by'), relations told as nouns ('On its left is …', 'The X's left side has …'), chains of three 'on's,
# a side denied and the other said, things next to each other / side by side, ordinal rows ('second from the left',
# 'the leftmost'), distances ('far from', 'a few steps from', 'close to'), reference frames ('to its left', 'the
# other one'), two relations in one verbless phrase ('a lamp right of a sofa and a clock above it'), movers that
# stay in a relation ('a bird flying above a tree'), foreground and background, relations beside visibility words
# ('appears to the left of'). Words come from this block's own lists; the `held` families (shapes and words of
# their own) were written at the same time and are never debugged (scores only).
S7_SMALL = {"tune": ["otter", "lamb", "ferret", "puppy", "kettle", "lantern", "bucket", "basket", "globe", "trophy",
                     "pumpkin", "cactus", "toaster", "helmet"],
            "held": ["raccoon", "hamster", "weasel", "jug", "accordion", "typewriter", "umbrella", "saucepan"]}
S7_ANIMALS = {"tune": ["otter", "lamb", "ferret", "puppy", "beaver", "koala", "pony", "sheep", "goat", "duck"],
              "held": ["raccoon", "hamster", "weasel", "moose", "ostrich", "panda"]}
S7_ANCHOR = {"tune": ["wardrobe", "armchair", "tractor", "van", "barn", "tent", "pillar", "lamppost", "barrel", "well"],
             "held": ["caravan", "silo", "gazebo", "haystack", "kiosk", "totem"]}
S7_SURF = {"tune": ["table", "crate", "stool", "chest", "trunk", "box"], "held": ["cabinet", "pedestal", "suitcase"]}
S7_TOP = {"tune": ["kettle", "lantern", "vase", "cup", "pumpkin", "candle", "trophy", "globe"],
          "held": ["jug", "saucepan", "teacup", "hourglass"]}
S7_FLYER = {"tune": [("bird", "flying"), ("kite", "drifting"), ("balloon", "floating"), ("drone", "hovering"),
                     ("eagle", "soaring"), ("butterfly", "fluttering")],
            "held": [("hawk", "gliding"), ("blimp", "cruising"), ("bat", "flitting")]}


def rel_seen(a, pred, b):
    """`pred` holds in every keyframe where both are on screen, and they share at least one."""
    def check(plan, shot):
        A, B = track(shot, one(plan, a)), track(shot, one(plan, b))
        pairs = [(x, y) for x, y in zip(A, B) if x is not None and y is not None]
        need(pairs, f"{a} and {b} never on screen together")
        for x, y in pairs:
            need(relation_holds(pred, x, y), f"{a} {pred} {b}: {x} vs {y}")
    return check


def close_to(a, b, gap=0.15):
    """Near each other: a small horizontal gap between the boxes, in every keyframe."""
    def check(plan, shot):
        for x, y in zip(always(shot, one(plan, a)), always(shot, one(plan, b))):
            need(_gap(x, y) < gap, f"{a} not close to {b}: {x} vs {y}")
    return check


def far_from(a, b, least=0.3):
    """Far apart: box centres at least `least` of the frame's width apart, in every keyframe."""
    def check(plan, shot):
        for x, y in zip(always(shot, one(plan, a)), always(shot, one(plan, b))):
            need(abs(cx(x) - cx(y)) >= least, f"{a} not far from {b}: {x} vs {y}")
    return check


def _s7(word):
    return _a(word).capitalize()


_S7_WORDS = {"left_of": ["to the left of", "left of", "on the left side of"],
             "right_of": ["to the right of", "right of", "on the right side of"],
             "above": ["above", "over", "high above"], "below": ["below", "beneath", "underneath"],
             "behind": ["behind", "in back of"], "in_front_of": ["in front of", "before"],
             "next_to": ["next to", "beside", "alongside"]}


@family("spatial", "tune")
def space_s7_subject_relative(r, h):
    kind = r.choice(["left_of", "right_of", "behind", "in_front_of", "next_to", "below"])
    a = r.choice(S7_ANIMALS[h])
    b = r.choice([x for x in S7_ANCHOR[h] if x != a])
    p = r.choice(_S7_WORDS[kind] if kind != "in_front_of" else ["in front of"])
    v = r.choice(["sits", "stands", "waits", "is", "is standing", "is sitting"])
    tail = r.choice(["looks around", "yawns", "blinks", "sniffs the air", "watches quietly"])
    shape = r.choice(["The {a}, which {v} {p} the {b}, {tail}.", "{A} that {v} {p} {b} {tail}.",
                      "{A}, who {v} {p} {b}, {tail}.", "There is {a} which {v} {p} {b}.",
                      "We see {a} that {v} {p} the {b}.", "{A}, one that {v} {p} {b}."])
    return shape.format(a=a, A=_s7(a), b=b, p=p, v=v, tail=tail).replace("the " + b, "the " + b), rel(a, kind, b)


_S7_TOPPED = ["is topped by", "is topped with", "is crowned by", "is capped with", "has been topped with",
              "is crowned with"]


@family("spatial", "tune")
def space_s7_topped_passive(r, h):
    top, low = r.choice(S7_TOP[h]), r.choice(S7_SURF[h])
    v = r.choice(_S7_TOPPED)
    shape = r.choice(["{L} {v} {t}.", "{L}, {vv} {t}.", "In the corner, {l} {v} {t}.", "{L} {v} a single {tn}.",
                      "{L} has {t} on top.", "{L} has {t} sitting on top of it.", "{L} carries {t} on top.",
                      "{L} supports {t}.", "{L} with {t} on top of it."])
    vv = v.replace("is ", "").replace("has been ", "")
    return (shape.format(L=_s7(low), l=_a(low), v=v, vv=vv, t=_a(top), tn=top), rel(top, "on", low))


@family("spatial", "tune")
def space_s7_nominal_sides(r, h):
    a, b = r.sample(S7_SMALL[h], 2)
    side = r.choice(["left", "right"])
    kind = f"{side}_of"
    shape = r.choice(["To the {b}'s {s} is {a}.", "{B} has {a} on its {s}.", "{B}'s {s} side has {a}.",
                      "{B} has {a} to its {s}.", "On the {s} of the {b} is {a}.", "The space to the {s} of {b} holds {a}.",
                      "{S} of the {b}: {a}.", "{A} occupies the spot {s} of the {b}.", "At the {b}'s {s} is {a}.",
                      "{B}, and on its {s}, {a}."])
    return (shape.format(a=_a(a), A=_s7(a), b=b, B=_s7(b), s=side, S=_cap(side)), rel(a, kind, b))


@family("spatial", "tune")
def space_s7_frame_sides(r, h):
    a, b = r.sample(S7_SMALL[h], 2)
    f, s = r.choice([("left", "right"), ("right", "left")])
    shape = r.choice(["On the {f} is {a}; on the {s}, {b}.", "On the {f} is {a}, and on the {s} is {b}.",
                      "The {f} side of the frame holds {a}, the {s} side {b}.", "{A} takes the {f}, {b} the {s}.",
                      "{A} is over on the {f}, while {b} is over on the {s}.", "There is {a} on the {f} and {b} on the {s}.",
                      "{A} keeps to the {f} and {b} keeps to the {s}.", "{F}: {a}. {S}: {b}."])
    return (shape.format(a=_a(a), A=_s7(a), b=_a(b), f=f, s=s, F=_cap(f), S=_cap(s)),
            both(at(a, f), at(b, s), only(a, b)))


@family("spatial", "tune")
def space_s7_chain_of_three(r, h):
    a = r.choice(S7_TOP[h])
    b, c = r.sample(["book", "plate", "crate", "box", "tray", "stool", "chest", "table"], 2)
    if b == "table":
        b, c = c, b
    shape = r.choice(["{A} on {b} on {c}.", "{A} sits on {b} that sits on {c}.", "{A} rests on {b}, which rests on {c}.",
                      "{A} on top of {b} on top of {c}.", "There is {a} on {b} on {c}.", "{A} is balanced on {b} atop {c}.",
                      "{C} with {b} on it and {a} on the {bn}.", "{A} stands on {b}, and the {bn} stands on {c}."])
    return (shape.format(A=_s7(a), a=_a(a), b=_a(b), bn=b, c=_a(c), C=_s7(c)),
            both(stacked(a, b, c), only(a, b, c)))


@family("spatial", "tune")
def space_s7_denied_side(r, h):
    a, b = r.sample(S7_SMALL[h], 2)
    kind = r.choice(["left_of", "right_of", "above", "below"])
    other = {"left_of": "right_of", "right_of": "left_of", "above": "below", "below": "above"}[kind]
    w = {"left_of": "to the left of", "right_of": "to the right of", "above": "above", "below": "below"}
    it = {"left_of": "to its left", "right_of": "to its right", "above": "above it", "below": "below it"}
    shape = r.choice(["{A} is not {wo} {b} but {wk} it.", "{A} sits {wk} {b}, not {wo} it.",
                      "{A} is {wk} {b} rather than {wo} it.", "{A} isn't {wo} {b}; it is {ik}.",
                      "Not {wo} but {wk} {b} is {a}.", "{A} is placed {wk} {b}, and not {wo} it.",
                      "{A} stands {wk} {b} and never {wo} it."])
    text = shape.format(A=_s7(a), a=_a(a), b=_a(b), wk=w[kind], wo=w[other], ik=it[kind], io=it[other])
    return text, rel(a, kind, b)


@family("spatial", "tune")
def space_s7_together(r, h):
    a, b = r.sample(S7_SMALL[h], 2)
    w = r.choice(["next to each other", "side by side", "beside each other", "next to one another",
                  "right beside each other", "close together"])
    shape = r.choice(["{A} and {b} {v} {w}.", "{A} and {b}, {w}.", "{A} and {b} are {w}.", "There are {a} and {b} {w}.",
                      "{A} and {b} {v} {w}, the {an} on the left.", "{W}: {a} and {b}."])
    text = shape.format(A=_s7(a), a=_a(a), an=a, b=_a(b), w=w, W=_cap(w), v=r.choice(["sit", "stand", "rest", "wait"]))
    check = both(close_to(a, b), only(a, b))
    if "on the left" in text:
        check = both(check, rel(a, "left_of", b))
    return text, check


@family("spatial", "tune")
def space_s7_ordinal_row(r, h):
    a, b, c = r.sample(S7_SMALL[h], 3)
    shape = r.choice(["{A}, {b} and {c} stand in a row; the {an} is leftmost and the {cn} is rightmost.",
                      "Three things in a row: the leftmost is {a}, the middle one {b}, the rightmost {c}.",
                      "In a row, {a} comes first from the left, then {b}, then {c}.",
                      "{A} is the first from the left, {b} the second and {c} the third.",
                      "{B} stands in the middle, {a} on its left and {c} on its right.",
                      "{A} on the far left, {c} on the far right, and {b} between them.",
                      "A row: {a} at the left end, {b} in the middle, {c} at the right end.",
                      "{C} is the rightmost of the three, {a} the leftmost, and {b} sits between them."])
    return (shape.format(A=_s7(a), a=_a(a), an=a, B=_s7(b), b=_a(b), C=_s7(c), c=_a(c), cn=c),
            both(order_lr(a, b, c), only(a, b, c)))


@family("spatial", "tune")
def space_s7_distance(r, h):
    a, b = r.sample(S7_ANIMALS[h] + S7_ANCHOR[h][:5], 2)
    if r.random() < 0.5:
        p = r.choice(["far from", "far away from", "a long way from", "well away from", "at a distance from",
                      "a good distance from", "far off from"])
        check = far_from(a, b)
    else:
        p = r.choice(["close to", "near", "very near", "a few steps from", "just a step from", "near to",
                      "right up close to", "within a few feet of"])
        check = close_to(a, b)
    shape = r.choice(["{A} {v} {p} {b}.", "{A} is {p} {b}.", "{A}, {p} {b}.", "There is {a} {p} {b}.",
                      "{A} {p} the {bn}."])
    return (shape.format(A=_s7(a), a=_a(a), b=_a(b), bn=b, p=p, v=r.choice(["sits", "stands", "waits", "rests", "lingers"])),
            both(check, only(a, b)))


@family("spatial", "tune")
def space_s7_its_sides(r, h):
    mid = r.choice(S7_ANCHOR[h])
    a, b = r.sample(S7_SMALL[h], 2)
    shape = r.choice(["{M} with {a} to its left and {b} to its right.", "{M}; to its left {a}, to its right {b}.",
                      "{A} is to the left of {m}, and {b} is on the other side of it.",
                      "{M} stands between {a} on its left and {b} on its right.",
                      "{A} waits left of {m}, {b} right of it.", "{A} on one side of {m}, on the left, and {b} on the right side of it.",
                      "{M} has {a} on its left side and {b} on its right side."])
    return (shape.format(M=_s7(mid), m=_a(mid), A=_s7(a), a=_a(a), b=_a(b)),
            both(rel(a, "left_of", mid), rel(b, "right_of", mid)))


@family("spatial", "tune")
def space_s7_two_relations(r, h):
    a, b, c = r.sample(S7_SMALL[h][4:] + ["sofa", "chair", "clock", "lamp"], 3)
    k1 = r.choice(["left_of", "right_of", "in_front_of", "next_to"])
    k2 = r.choice(["above", "below", "left_of", "right_of"])
    w1 = {"left_of": "to the left of", "right_of": "to the right of", "in_front_of": "in front of", "next_to": "next to"}[k1]
    w2 = {"above": "above", "below": "below", "left_of": "to the left of", "right_of": "to the right of"}[k2]
    shape = r.choice(["{A} {w1} {b} and {c} {w2} it.", "{A} {w1} {b}, and {c} {w2} it.",
                      "{A} {w1} {b} with {c} {w2} it.", "{A} sits {w1} {b}; {c} is {w2} it.",
                      "{A} {w1} {b}, {c} {w2} the {bn}."])
    return (shape.format(A=_s7(a), b=_a(b), bn=b, c=_a(c), w1=w1, w2=w2),
            both(rel(a, k1, b), rel(c, k2, b)))


@family("spatial", "tune")
def space_s7_mover_in_relation(r, h):
    f, ving = r.choice(S7_FLYER[h])
    b = r.choice(S7_ANCHOR[h] + ["tree", "house"])
    p = r.choice(["above", "over", "high above", "just above", "high over"])
    shape = r.choice(["{F} {ving} {p} {b}.", "{F} is {ving} {p} {b}.", "{F} {vs} {p} {b}.", "There is {f} {ving} {p} {b}.",
                      "{P} {b}, {f} is {ving}.", "{F} keeps {ving} {p} the {bn}."])
    vs = {"flying": "flies", "drifting": "drifts", "floating": "floats", "hovering": "hovers", "soaring": "soars",
          "fluttering": "flutters", "gliding": "glides", "cruising": "cruises", "flitting": "flits"}[ving]
    return (shape.format(F=_s7(f), f=_a(f), ving=ving, vs=vs, p=p, P=_cap(p), b=_a(b), bn=b), rel(f, "above", b))


@family("spatial", "tune")
def space_s7_depth_planes(r, h):
    a, b = r.sample(S7_ANIMALS[h] + S7_ANCHOR[h][:4], 2)
    shape = r.choice(["{A} in the foreground and {b} in the background.", "In the foreground {v} {a}; in the background, {b}.",
                      "{B} stands in the background while {a} is in the foreground.", "{A} is close to the camera and {b} far behind it.",
                      "Nearest the camera is {a}, with {b} further back.", "{A} up front, {b} in the distance.",
                      "{B} in the distance and {a} close up."])
    return (shape.format(A=_s7(a), a=_a(a), B=_s7(b), b=_a(b), v=r.choice(["sits", "stands", "waits"])),
            both(nearer(a, b), only(a, b)))


# held: written with the tuning families above, in shapes and words of their own; never debugged
@family("spatial", "held")
def space_s7h_participle_aside(r, h):
    a, b = r.sample(S7_SMALL["held"], 2)
    c = r.choice(S7_ANCHOR["held"])
    shape = r.choice(["{A}, topped by {b}, stands to the left of {c}.", "Left of {c} there is {a}, and {b} sits on it.",
                      "{A} carrying {b} on top waits left of {c}.", "{C} has {a} on its left, and on the {an} rests {b}."])
    return (shape.format(A=_s7(a), a=_a(a), an=a, b=_a(b), c=_a(c), C=_s7(c)),
            both(rel(a, "left_of", c), rel(b, "on", a)))


@family("spatial", "held")
def space_s7h_stone_throw(r, h):
    a, b = r.sample(S7_ANIMALS["held"] + S7_ANCHOR["held"], 2)
    if r.random() < 0.5:
        p = r.choice(["miles from", "nowhere near", "on the far side of the frame from", "as far as possible from"])
        check = far_from(a, b)
    else:
        p = r.choice(["a stone's throw from", "within arm's reach of", "an inch from", "just by"])
        check = close_to(a, b)
    return f"{_s7(a)} {r.choice(['lies', 'stays', 'sleeps'])} {p} {_a(b)}.", check


@family("spatial", "held")
def space_s7h_ordinals(r, h):
    a, b, c = r.sample(S7_SMALL["held"], 3)
    shape = r.choice(["Counting from the right: {c}, then {b}, then {a}.", "Of the three, {b} is in the centre, {c} to the far right, {a} to the far left.",
                      "{C} is last on the right, {a} first on the left, {b} second.", "Furthest left is {a}; furthest right is {c}; {b} is between."])
    return shape.format(A=_s7(a), a=_a(a), b=_a(b), c=_a(c), C=_s7(c)), order_lr(a, b, c)


@family("spatial", "held")
def space_s7h_pronoun_frames(r, h):
    a, b = r.sample(S7_SMALL["held"], 2)
    c = r.choice(S7_ANCHOR["held"])
    shape = r.choice(["There's {c}. {A} is parked on its right, {b} on its left.", "Beside {c}, on the right, {a}; opposite it, on the left, {b}.",
                      "{A} sits to the right of {c}; the other one, {b}, sits to its left.", "{C} is flanked by {a} on the right and {b} on the left."])
    return (shape.format(A=_s7(a), a=_a(a), b=_a(b), c=_a(c), C=_s7(c)),
            both(rel(a, "right_of", c), rel(b, "left_of", c)))


@family("spatial", "held")
def space_s7h_vanishing_place(r, h):
    a = r.choice(S7_ANIMALS["held"])
    b = r.choice(S7_ANCHOR["held"])
    kind = r.choice(["left_of", "right_of", "in_front_of"])
    p = {"left_of": "on the left of", "right_of": "on the right-hand side of", "in_front_of": "just in front of"}[kind]
    shape = r.choice(["{A} resting {p} {b} vanishes midway.", "{A} waits {p} {b} before fading away.",
                      "Standing {p} {b}, {a} disappears partway through."])
    return shape.format(A=_s7(a), a=_a(a), b=_a(b), p=p), both(rel_seen(a, kind, b), window(a, "disappears"))


# -- the seventh session (attr7): counts, properties and visibility in classes of English the earlier families left
# out. Counts: irregular plurals ('oxen', 'cacti', 'loaves'), compound nouns counted by their head ('three fire
# trucks'), number words past twelve, counts told by comparison ('twice as many', 'as many', 'half as many', 'the
# same number of'), 'only / just / a single', 'no X', pairs of a thing, collective nouns with a count ('a flock of
# three geese'), bare plurals before a verb that is a noun too ('ten stars shine'). Properties: compound colours
# named by a thing ('canary-yellow', 'sky blue'), two definites of one kind compared ('the red ball is bigger than
# the blue ball'), 'the bigger of two X' with one property, 'one X is …, the other is …' with no count said, what
# a thing is made of by 'of' ('a chair of oak') and 'one oak, one pine', 'not … but …', 'neither … nor …', 'the
# colour of rust'. Visibility: into / out of existence, manners of appearing ('in a puff of smoke', 'into thin
# air', 'out of nowhere'), out of view until a time, going until no longer seen, 'from the midpoint onward', a
# time shared by coordinated verbs, the clip's halves as subjects with ellipsis. Each family's words are its own;
# the held families (`*_s7h_*`) were written at the same time, in other shapes and words, and never debugged.
A7_ANIMALS = {"tune": [("hen", "hens"), ("parrot", "parrots"), ("seal", "seals"), ("frog", "frogs"), ("crab", "crabs"),
                       ("penguin", "penguins"), ("llama", "llamas"), ("panda", "pandas"), ("koala", "koalas")],
              "held": [("chick", "chicks"), ("toad", "toads"), ("moth", "moths"), ("mole", "moles"),
                       ("weasel", "weasels"), ("heron", "herons"), ("yak", "yaks")]}
S7_THINGS = {"tune": [("plate", "plates"), ("spoon", "spoons"), ("cushion", "cushions"), ("jug", "jugs"),
                      ("brush", "brushes"), ("helmet", "helmets"), ("drum", "drums"), ("trophy", "trophies")],
             "held": [("tankard", "tankards"), ("flask", "flasks"), ("ladle", "ladles"), ("cauldron", "cauldrons"),
                      ("thimble", "thimbles"), ("saucer", "saucers")]}
S7_IRREGULAR = {"tune": [("ox", "oxen"), ("goose", "geese"), ("calf", "calves"), ("knife", "knives"),
                         ("cactus", "cacti"), ("loaf", "loaves"), ("woman", "women"), ("leaf", "leaves"),
                         ("mouse", "mice"), ("child", "children"), ("wife", "wives"), ("hippopotamus", "hippopotami")],
                "held": [("elf", "elves"), ("shelf", "shelves"), ("wolf", "wolves"), ("fungus", "fungi"),
                         ("die", "dice"), ("thief", "thieves"), ("scarf", "scarves"), ("tooth", "teeth")]}
S7_COMPOUNDS = {"tune": [("fire truck", "truck"), ("teddy bear", "bear"), ("traffic cone", "cone"),
                         ("sea lion", "lion"), ("tennis ball", "ball"), ("coffee mug", "mug"), ("paper lantern", "lantern"),
                         ("rocking chair", "chair"), ("soup bowl", "bowl"), ("alarm clock", "clock")],
                "held": [("police car", "car"), ("beach ball", "ball"), ("garden gnome", "gnome"), ("polar bear", "bear"),
                         ("toy soldier", "soldier"), ("street lamp", "lamp"), ("flower pot", "pot")]}
S7_WORDS = {"tune": [("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("8", 8),
                     ("9", 9), ("ten", 10), ("eleven", 11)],
            "held": [("2", 2), ("3", 3), ("4", 4), ("twelve", 12), ("nine", 9), ("eight", 8)]}
S7_BIG_WORDS = {"tune": [("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("twenty", 20),
                         ("14", 14), ("18", 18)],
                "held": [("seventeen", 17), ("nineteen", 19), ("eighteen", 18), ("16", 16), ("13", 13)]}
S7_PLACES = {"tune": ["lawn", "beach", "floor", "courtyard", "meadow", "dock"],
             "held": ["patio", "riverbank", "terrace", "hillside"]}
S7_SURFACES = {"tune": ["table", "shelf", "counter", "tray"], "held": ["workbench", "sideboard", "ledge"]}
S7_VERB_NOUNS = {"tune": ["graze", "shine", "rest", "float", "wait", "lie", "perch", "nap", "huddle", "gather"],
                 "held": ["doze", "idle", "linger", "bask"]}
S7_PAIRED = {"tune": [("sock", "socks"), ("boot", "boots"), ("glove", "gloves"), ("slipper", "slippers")],
             "held": [("shoe", "shoes"), ("skate", "skates"), ("mitten", "mittens"), ("sandal", "sandals")]}
S7_COLLECTIVE = {"tune": [("flock", [("goose", "geese"), ("hen", "hens"), ("pigeon", "pigeons")]),
                          ("herd", [("cow", "cows"), ("ox", "oxen"), ("llama", "llamas")]),
                          ("pack", [("wolf", "wolves"), ("dog", "dogs")]),
                          ("litter", [("kitten", "kittens"), ("piglet", "piglets")])],
                 "held": [("school", [("fish", "fish"), ("dolphin", "dolphins")]),
                          ("troop", [("monkey", "monkeys"), ("baboon", "baboons")]),
                          ("gaggle", [("goose", "geese")]), ("brood", [("chick", "chicks")])]}
S7_SHADES = {"tune": ["vermilion", "saffron", "mauve", "fuchsia", "cerise", "sienna", "aquamarine", "tangerine", "jade",
                      "cyan", "ruby", "sapphire", "mint", "peach", "slate", "azure"],
             "held": ["periwinkle", "chartreuse", "russet", "umber", "ultramarine", "apricot", "cinnamon", "mocha"]}
S7_COMPOUND_COLOURS = {"tune": [("navy blue", "blue"), ("sky blue", "blue"), ("canary yellow", "yellow"),
                                ("lime green", "green"), ("blood red", "red"), ("snow white", "white"),
                                ("jet black", "black"), ("cherry red", "red"), ("lemon yellow", "yellow"),
                                ("sea green", "green"), ("dark red", "red"), ("pale blue", "blue"),
                                ("light grey", "grey"), ("steel grey", "grey"), ("bottle green", "green"),
                                ("rose pink", "pink"), ("pea green", "green"), ("ink black", "black")],
                       "held": [("ice blue", "blue"), ("mustard yellow", "yellow"), ("pitch black", "black"),
                                ("moss green", "green"), ("charcoal grey", "grey"), ("deep purple", "purple"),
                                ("brick red", "red"), ("bone white", "white"), ("salmon pink", "pink")]}
S7_MATERIALS = {"tune": [("oak", "oak"), ("pine", "pine"), ("leather", "leather"), ("wool", "wool"),
                         ("ceramic", "ceramic"), ("velvet", "velvet"), ("silk", "silk"), ("cork", "cork"),
                         ("concrete", "concrete"), ("rubber", "rubber"), ("cardboard", "cardboard"), ("crystal", "crystal")],
                "held": [("granite", "granite"), ("jade", "jade"), ("linen", "linen"), ("walnut", "walnut"),
                         ("felt", "felt"), ("teak", "teak"), ("bronze", "bronze")]}
S7_COLOUR_NOUNS = {"tune": ["rust", "honey", "cream", "chocolate", "sand", "coal", "ivory", "caramel"],
                   "held": ["pearl", "ash", "lemon", "coffee"]}
S7_VIS = {"tune": [("deer", "deer"), ("badger", "badger"), ("lantern", "lantern"), ("ghost", "ghost"), ("genie", "genie"),
                   ("hare", "hare"), ("stork", "stork"), ("otter", "otter"), ("raven", "raven"), ("lynx", "lynx"),
                   ("fairy", "fairy"), ("robot", "robot")],
          "held": [("wizard", "wizard"), ("phantom", "phantom"), ("marmot", "marmot"), ("bison", "bison"),
                   ("puffin", "puffin"), ("drone", "drone")]}
A7_MOVERS = {"tune": ["drifts", "sails", "walks", "wanders", "floats", "trots"], "held": ["paddles", "plods", "coasts"]}


def _s7_pl(n, s, p):
    return s if n == 1 else p


def bigger_one_coloured(name, col, bigger=True):
    """Two things named `name`; the one coloured `col` is drawn bigger (or smaller) than the other, which has none."""
    def check(plan, shot):
        ids = ids_named(plan, name)
        need(len(ids) == 2, f"two {name}: {[e.name for e in plan.entities]}")
        cols = [plan.entity(i).attributes.get("color") for i in ids]
        need(sorted(map(str, cols)) == sorted([col, "None"]), f"{name} colours {cols}, want one {col}")
        hit, miss = (ids[0], ids[1]) if cols[0] == col else (ids[1], ids[0])
        for x, y in zip(always(shot, hit), always(shot, miss)):
            need(area(x) > area(y) * 1.2 if bigger else area(x) * 1.2 < area(y),
                 f"the {col} {name} not {'bigger' if bigger else 'smaller'} than the other")
    return check


def materials_of(name, *words):
    """The things named `name` are made of these, one each ('a wooden chair beside a metal one')."""
    def check(plan, shot):
        ids = ids_named(plan, name)
        need(len(ids) == len(words), f"{len(words)} {name}: {[e.name for e in plan.entities]}")
        left = list(words)
        for i in ids:
            a = plan.entity(i).attributes
            hit = [w for w in left if a.get("material") == w or w in a.get("traits", [])]
            need(hit, f"{name} {a} made of none of {left}")
            left.remove(hit[0])
            always(shot, i)
    return check


@family("numeracy", "tune")
def num_s7_irregular_plurals(r, h):
    (w, n), (s, p) = r.choice(S7_WORDS[h]), r.choice(S7_IRREGULAR[h])
    place = r.choice(S7_PLACES[h] if s not in ("knife", "loaf", "leaf") else S7_SURFACES[h])
    shape = r.choice(["{W} {p} on the {pl}.", "There are {w} {p} on the {pl}.", "{W} {p} can be seen on the {pl}.",
                      "The {pl} has {w} {p} on it.", "We see {w} {p}.", "On the {pl} there are {w} {p}.",
                      "I count {w} {p}.", "{W} {p}, no more and no fewer."])
    return shape.format(W=_cap(w), w=w, p=p, pl=place), count(s, n)


@family("numeracy", "tune")
def num_s7_compound_heads(r, h):
    (w, n), (c, head) = r.choice(S7_WORDS[h]), r.choice(S7_COMPOUNDS[h])
    cp = c + ("es" if c.endswith(("ch", "sh", "x", "s")) else "s")
    shape = r.choice(["{W} {cp} sit in a row.", "There are {w} {cp} on the {pl}.", "{W} {cp}.",
                      "A row of {w} {cp} stands on the {pl}.", "{W} {cp} are lined up on the {pl}.",
                      "Someone has left {w} {cp} on the {pl}."])
    return shape.format(W=_cap(w), w=w, cp=cp, pl=r.choice(S7_PLACES[h])), count(head, n)


@family("numeracy", "tune")
def num_s7_past_twelve(r, h):
    (w, n), (s, p) = r.choice(S7_BIG_WORDS[h]), r.choice(A7_ANIMALS[h] + S7_THINGS[h])
    shape = r.choice(["{W} {p} on the {pl}.", "There are {w} {p}.", "{W} {p} are scattered across the {pl}.",
                      "A line of {w} {p}.", "Exactly {w} {p} sit on the {pl}."])
    return shape.format(W=_cap(w), w=w, p=p, pl=r.choice(S7_PLACES[h])), count(s, n)


@family("numeracy", "tune")
def num_s7_times_as_many(r, h):
    (a, ap), (b, bp) = r.sample(A7_ANIMALS[h], 2)
    n = r.choice([1, 2, 3, 4])
    word = {1: "one", 2: "two", 3: "three", 4: "four"}[n]
    how, m = r.choice([("twice as many", 2 * n), ("as many", n), ("the same number of", n), ("double the number of", 2 * n)]
                      + ([("half as many", n // 2)] if n in (2, 4) else []) + ([("three times as many", 3 * n)] if n < 3 else []))
    if n == 1 and how in ("as many", "the same number of"):
        n, word = 2, "two"
        m = 2
    ys = _s7_pl(n, a, ap)
    shape = r.choice(["{W} {ys} and {how} {bp}.", "There are {w} {ys} and {how} {bp}.",
                      "{W} {ys} share the {pl} with {how} {bp}.", "On the {pl}: {w} {ys} and {how} {bp}.",
                      "{W} {ys} sit on the {pl}, with {how} {bp} beside them."])
    if m == 1:
        shape = shape.replace("{bp}", "{b}")
    text = shape.format(W=_cap(word), w=word, ys=ys, how=how, bp=bp, b=b, pl=r.choice(S7_PLACES[h]))
    if n == 1:
        text = text.replace("beside them", "beside it").replace(" share ", " shares ")
    return text, both(count(a, n), count(b, m))


@family("numeracy", "tune")
def num_s7_more_fewer(r, h):
    (a, ap), (b, bp) = r.sample(A7_ANIMALS[h], 2)
    n = r.choice([2, 3, 4, 5])
    word = {2: "two", 3: "three", 4: "four", 5: "five"}[n]
    d, dw = r.choice([(1, "one"), (2, "two")])
    more = r.random() < 0.5
    m = n + d if more else n - d
    if m < 1:
        more, m = True, n + d
    shape = r.choice(["There are {w} {ap}, and there are {dw} {cmp} {bp} than {ap}.",
                      "We see {w} {ap} and {dw} {cmp} {bx} than that.", "{W} {ap}, and {dw} {cmp} {bp} than {ap}."]
                     + ([] if more else ["There are {w} {ap} and {dw} {cmp} {bx}.", "{W} {ap} and {dw} {cmp} {bx}."]))
    cmp = "more" if more else "fewer"       # ('three hens and one more parrot' is one parrot more: only with 'than')
    bx = bp if (d > 1 or "than" in shape) else b
    return shape.format(W=_cap(word), w=word, ap=ap, dw=dw, cmp=cmp, bx=bx, bp=bp), both(count(a, n), count(b, m))


@family("numeracy", "tune")
def num_s7_only_just(r, h):
    (s, p) = r.choice(A7_ANIMALS[h] + S7_THINGS[h])
    word, n = r.choice([("Only one", 1), ("Just one", 1), ("A single", 1), ("A lone", 1), ("One solitary", 1),
                        ("Only two", 2), ("Just three", 3), ("No more than two", 2), ("Merely four", 4),
                        ("Just a single", 1), ("Only a couple of", 2)])
    noun = s if n == 1 else p
    verb = r.choice(["sits", "waits"]) if n == 1 else r.choice(["sit", "wait"])
    shape = r.choice(["{X} {noun} {verb} on the {pl}.", "{X} {noun}.", "There is {x} {noun} on the {pl}."])
    if shape.startswith("There is") and n > 1:
        shape = "There are {x} {noun} on the {pl}."
    if shape.startswith("There") and word.startswith("A "):
        word = word.replace("A ", "a ", 1)
    return shape.format(X=word, x=word[0].lower() + word[1:], noun=noun, verb=verb, pl=r.choice(S7_PLACES[h])), count(s, n)


@family("numeracy", "tune")
def num_s7_none_of_a_kind(r, h):
    (a, ap), (b, bp) = r.sample(A7_ANIMALS[h], 2)
    place = r.choice(S7_PLACES[h])
    shape = r.choice(["There are no {ap} on the {pl}, only {ab}.", "No {ap}, just {ab} on the {pl}.",
                      "{AB} sits on the {pl}; there are no {ap} anywhere.", "The {pl} has {ab} but no {ap}.",
                      "{AB} and not a single {a} on the {pl}.", "{AB} on the {pl}, without any {ap}.",
                      "Zero {ap} and one {b}."])
    return (shape.format(ap=ap, a=a, b=b, ab=_a(b), AB=_cap(_a(b)), pl=place),
            both(absent(a), count(b, 1)))


@family("numeracy", "tune")
def num_s7_pairs_of(r, h):
    (s, p) = r.choice(S7_PAIRED[h])
    word, n = r.choice([("A pair of", 2), ("Two pairs of", 4), ("Three pairs of", 6), ("One pair of", 2)])
    verb = "sits" if n == 2 else "sit"
    shape = r.choice(["{W} {p} {v} by the door.", "{W} {p}.", "There {be} {w} {p} on the {pl}."])
    be = "is" if n == 2 else "are"
    return shape.format(W=word, w=word.lower(), p=p, v=verb, be=be, pl=r.choice(S7_SURFACES[h])), count(s, n)


@family("numeracy", "tune")
def num_s7_collective_counted(r, h):
    coll, kinds = r.choice(S7_COLLECTIVE[h])
    (s, p), (w, n) = r.choice(kinds), r.choice([("three", 3), ("four", 4), ("five", 5), ("six", 6), ("2", 2)])
    shape = r.choice(["A {c} of {w} {p} on the {pl}.", "A {c} of {w} {p} crosses the {pl}.",
                      "There is a {c} of {w} {p} on the {pl}.", "{W} {p} form a small {c}."])
    return shape.format(c=coll, w=w, W=_cap(w), p=p, pl=r.choice(S7_PLACES[h])), count(s, n)


@family("numeracy", "tune")
def num_s7_plural_verb_nouns(r, h):
    (w, n), (s, p) = r.choice(S7_WORDS[h]), r.choice(A7_ANIMALS[h] + S7_IRREGULAR[h][:4])
    v = r.choice(S7_VERB_NOUNS[h])
    shape = r.choice(["{W} {p} {v} on the {pl}.", "{W} {p} {v} together.", "The {w} {p} {v}.",
                      "Here {w} {p} {v} quietly."])
    return shape.format(W=_cap(w), w=w, p=p, v=v, pl=r.choice(S7_PLACES[h])), count(s, n)


@family("attribution", "tune")
def attr_s7_compound_colours(r, h):
    (a, _), (b, _) = r.sample(S7_THINGS[h], 2)
    (c1, k1), (c2, k2) = r.sample(S7_COMPOUND_COLOURS[h], 2)
    if r.random() < 0.5:
        c1 = c1.replace(" ", "-")
    if r.random() < 0.5:
        c2 = c2.replace(" ", "-")
    shape = r.choice(["{A1} {a} and {a2} {b}.", "{A1} {a} sits beside {a2} {b}.", "The {a} is {c1} and the {b} is {c2}.",
                      "{Aa} painted {c1} next to {ab} painted {c2}.", "{Aa} in {c1} and {ab} in {c2}.",
                      "{Aa} that is {c1} stands near {ab} that is {c2}."])
    text = shape.format(A1=_cap(_a(c1)), a2=_a(c2), a=a, b=b, c1=c1, c2=c2, Aa=_cap(_a(a)), ab=_a(b))
    return text, both(colour(a, k1), colour(b, k2), only(a, b))


@family("attribution", "tune")
def attr_s7_shades_on_animals(r, h):
    (a, _), (b, _) = r.sample(A7_ANIMALS[h], 2)
    c1, c2 = r.sample(S7_SHADES[h], 2)
    shape = r.choice(["{A1} {a} and {a2} {b}.", "{A1} {a} waits next to {a2} {b}.", "The {a} is {c1}; the {b} is {c2}.",
                      "{Aa} coloured {c1} beside {ab} coloured {c2}.", "The {a} is {c1}, while the {b} is {c2}."])
    text = shape.format(A1=_cap(_a(c1)), a2=_a(c2), a=a, b=b, c1=c1, c2=c2, Aa=_cap(_a(a)), ab=_a(b))
    return text, both(colour(a, c1), colour(b, c2))


@family("attribution", "tune")
def attr_s7_compared_definites(r, h):
    (s, p) = r.choice(S7_THINGS[h] + A7_ANIMALS[h])
    c1, c2 = r.sample(S7_SHADES[h], 2)
    shape, big, small = r.choice([("The {c1} {s} is bigger than the {c2} {s}.", c1, c2),
                                  ("The {c1} {s} is larger than the {c2} one.", c1, c2),
                                  ("The {c2} {s} is smaller than the {c1} {s}.", c1, c2),
                                  ("A {c1} {s} that is bigger than a {c2} {s}.", c1, c2),
                                  ("The {c1} {s} is twice the size of the {c2} {s}.", c1, c2),
                                  ("There is a {c1} {s} and a smaller {c2} {s}.", c1, c2),
                                  ("A {c2} {s} sits next to a much larger {c1} {s}.", c1, c2),
                                  ("The {c2} {s} is tiny compared with the {c1} {s}.", c1, c2)])
    return shape.format(s=s, c1=c1, c2=c2), bigger_coloured(s, big, small)


@family("attribution", "tune")
def attr_s7_bigger_of_two(r, h):
    (s, p) = r.choice(S7_THINGS[h] + A7_ANIMALS[h])
    c = r.choice(S7_SHADES[h])
    shape, big = r.choice([("The bigger of two {p} is {c}.", True), ("The larger of the two {p} is {c}.", True),
                           ("Of two {p}, the smaller one is {c}.", False), ("The smaller of two {p} is {c}.", False),
                           ("There are two {p}, and the larger one is {c}.", True),
                           ("Two {p}; only the bigger one is {c}.", True)])
    return shape.format(p=p, c=c), bigger_one_coloured(s, c, big)


@family("attribution", "tune")
def attr_s7_one_the_other_bare(r, h):
    (s, p) = r.choice(S7_THINGS[h] + A7_ANIMALS[h])
    c1, c2, c3 = r.sample(S7_SHADES[h], 3)
    shape, cols = r.choice([("One {s} is {c1}, the other is {c2}.", (c1, c2)),
                            ("One {s} is {c1} and the other one is {c2}.", (c1, c2)),
                            ("One {s} is {c1} while the other is {c2}.", (c1, c2)),
                            ("One {s} is {c1}; the other is {c2}.", (c1, c2)),
                            ("One {s} is {c1}, another is {c2}.", (c1, c2)),
                            ("One {s} is {c1}, one is {c2} and one is {c3}.", (c1, c2, c3)),
                            ("One {s} is {c1}, a second is {c2}.", (c1, c2))])
    return shape.format(s=s, c1=c1, c2=c2, c3=c3), colours_of(s, *cols)


@family("attribution", "tune")
def attr_s7_materials_by_of(r, h):
    (a, _), (b, _) = r.sample(S7_THINGS[h], 2)
    (m1, k1), (m2, k2) = r.sample(S7_MATERIALS[h], 2)
    shape, two = r.choice([("{Aa} of {m1} sits on the {w}.", False), ("{Aa} of {m1} and {ab} of {m2}.", True),
                           ("There are two {ap}, one {m1} and one {m2}.", "same"),
                           ("Two {ap}: {a1} one and {a2} one.", "same"),
                           ("One {a} is {m1}, the other is {m2}.", "same"),
                           ("{A1} {a} beside {a2} one.", "same"),
                           ("{Aa} of {m1} stands beside {ab} of {m2}.", True)])
    text = shape.format(Aa=_cap(_a(a)), ab=_a(b), a=a, ap=a + ("es" if a.endswith(("sh", "ch")) else "s"),
                        m1=m1, m2=m2, a1=_a(m1), a2=_a(m2), A1=_cap(_a(m1)), w=r.choice(S7_SURFACES[h]))
    if two == "same":
        return text, both(materials_of(a, k1, k2), only(a))
    if two:
        return text, both(material(a, k1), material(b, k2), only(a, b))
    return text, material(a, k1)


@family("attribution", "tune")
def attr_s7_denied_colours(r, h):
    (s, _) = r.choice(S7_THINGS[h] + A7_ANIMALS[h])
    c1, c2, c3 = r.sample(S7_SHADES[h], 3)
    shape = r.choice(["The {s} is not {c1} but {c2}.", "The {s} is neither {c1} nor {c3}; it is {c2}.",
                      "The {s} isn't {c1}, it's {c2}.", "Not {c1} but {c2}: that is the {s}.",
                      "{As}, {c2} rather than {c1}.", "{As} that is {c2}, not {c1}."])
    return shape.format(s=s, c1=c1, c2=c2, c3=c3, As=_cap(_a(s))), both(colour(s, c2), only(s))


@family("attribution", "tune")
def attr_s7_colour_of_a_noun(r, h):
    (s, _) = r.choice(S7_THINGS[h] + A7_ANIMALS[h])
    c = r.choice(S7_COLOUR_NOUNS[h])
    shape = r.choice(["{As} the colour of {c}.", "{As} the color of {c} sits on the {w}.", "The {s} is the colour of {c}.",
                      "{As}, the colour of {c}, rests on the {w}.", "{A} {c}-coloured {s}."])
    text = shape.format(As=_cap(_a(s)), s=s, c=c, w=r.choice(S7_SURFACES[h]), A=_cap(_a(c)).split()[0])
    checks = [colour(s, c)]
    checks.append(only(s, *([text.rstrip(".").split()[-1]] if "{w}" in shape else [])))
    return text, both(*checks)


@family("visibility", "tune")
def vis_s7_into_existence(r, h):
    (s, _) = r.choice(S7_VIS[h])
    when, kind = r.choice([(" halfway through", "appears_half"), (" at the midpoint", "appears_half"), ("", "appears"),
                           (" at the end", "appears"), (" in the second half", "appears_half")])
    out = r.random() < 0.35
    verb = r.choice(["pops", "flickers", "blinks", "comes", "shimmers", "fades"] if not out else
                    ["blinks", "winks", "fades", "flickers"])
    noun = r.choice(["existence", "being"] if not out else ["existence"])
    if out:
        kind = {"appears_half": "disappears_half", "appears": "disappears"}[kind]
    shape = r.choice(["{A} {v} {d} {n}{t}.", "{T}{a} {v} {d} {n}.", "We watch as {a} {v} {d} {n}{t}."])
    t = when
    T = (_cap(when.strip()) + ", ") if when else ""
    text = shape.format(A=_cap(_a(s)), a=_a(s), v=verb, d="out of" if out else "into", n=noun, t=t, T=T)
    return _cap(text), window(s, kind)


@family("visibility", "tune")
def vis_s7_manner_of_appearing(r, h):
    (s, _) = r.choice(S7_VIS[h])
    when, half = r.choice([(" halfway through", True), (" at the midpoint", True), ("", False), (" at the end", False)])
    go = r.random() < 0.5
    how = r.choice(["in a puff of smoke", "in a flash of light", "in a cloud of dust", "in a burst of sparks",
                    "in a swirl of mist"] + (["into thin air", "without a trace"] if go else ["out of nowhere", "out of thin air"]))
    verb = r.choice(["vanishes", "disappears"] if go else ["appears", "shows up", "turns up"])
    shape = r.choice(["{A} {v} {how}{t}.", "{T}{a} {v} {how}."])
    T = (_cap(when.strip()) + ", ") if when else ""
    kind = ("disappears" if go else "appears") + ("_half" if half else "")
    return shape.format(A=_cap(_a(s)), a=_a(s), v=verb, how=how, t=when, T=T), both(window(s, kind), only(s))


@family("visibility", "tune")
def vis_s7_out_of_view_until(r, h):
    (s, _) = r.choice(S7_VIS[h])
    until, kind = r.choice([("until the end", "appears"), ("until halfway", "appears_half"),
                            ("until the second half", "appears_half"), ("until the midpoint", "appears_half"),
                            ("until the last few seconds", "appears"), ("until the very end", "appears")])
    shape = r.choice(["{A} stays out of view {u}.", "{A} remains out of sight {u}.", "{A} keeps out of sight {u}.",
                      "{A} is not seen {u}.", "{A} does not appear {u}.", "{A} is not visible {u}.",
                      "{A} stays hidden {u}, then shows itself.", "{A} cannot be seen {u}."])
    return shape.format(A=_cap(_a(s)), u=until), window(s, kind)


@family("visibility", "tune")
def vis_s7_until_no_longer_seen(r, h):
    (s, _) = r.choice(S7_VIS[h])
    v = r.choice(A7_MOVERS[h])
    tail = r.choice(["until it can no longer be seen", "until it is out of sight", "until it is gone",
                     "until it disappears from view", "until it is lost from view", "until it can't be seen anymore",
                     "until we can no longer see it", "until it is no longer visible"])
    shape = r.choice(["{A} {v} away {t}.", "{A} slowly {v} off {t}.", "{A} {v} into the distance {t}."])
    return shape.format(A=_cap(_a(s)), v=v, t=tail), window(s, "disappears")


@family("visibility", "tune")
def vis_s7_from_a_point_on(r, h):
    (s, _) = r.choice(S7_VIS[h])
    start, kind = r.choice([("From the halfway mark onward", "second_half"), ("From the midpoint onwards", "second_half"),
                            ("From halfway on", "second_half"), ("From the middle of the clip onward", "second_half"),
                            ("Up to the halfway mark", "first_half"), ("Until the halfway mark", "first_half"),
                            ("Up until the midpoint", "first_half"), ("Right up to the middle of the clip", "first_half")])
    rest = r.choice(["{a} is visible", "{a} sits on the {pl}", "{a} can be seen on the {pl}", "{a} waits by the {pl}",
                     "there is {a} on the {pl}"])
    return f"{start}, " + rest.format(a=_a(s), pl=r.choice(S7_PLACES[h])) + ".", window(s, kind)


@family("visibility", "tune")
def vis_s7_shared_time(r, h):
    (s, _) = r.choice(S7_VIS[h])
    when = r.choice(["at the midpoint", "halfway through", "halfway", "in the middle of the clip"])
    first = r.choice(["gets up", "stands up", "turns around", "takes off", "wakes up", "looks up"])
    then = r.choice(["leaves the frame", "walks off", "goes away", "heads out of view", "leaves", "exits the frame"])
    shape = r.choice(["{A} {f} {w} and {t}.", "{W}, {a} {f} and {t}.", "{A} {f} and {t} {w}."])
    return shape.format(A=_cap(_a(s)), a=_a(s), f=first, t=then, w=when, W=_cap(when)), window(s, "disappears_half")


@family("visibility", "tune")
def vis_s7_halves_with_ellipsis(r, h):
    (s, _) = r.choice(S7_VIS[h])
    shape, kind = r.choice([("The first half shows {a}; the second half does not.", "first_half"),
                            ("The second half shows {a}, but the first does not.", "second_half"),
                            ("{A} is in the first half but not in the second.", "first_half"),
                            ("{A} appears in the second half but not in the first.", "second_half"),
                            ("{A} is there in the first half, not the second.", "first_half"),
                            ("{A} can be seen in the second half and not before.", "second_half"),
                            ("{A} is visible in the first half and not after.", "first_half")])
    return shape.format(A=_cap(_a(s)), a=_a(s)), window(s, kind)


# held: written with the tuning families above, in shapes and words of their own; never debugged
@family("numeracy", "held")
def num_s7h_counted_kinds(r, h):
    (w, n), (s, p) = r.choice(S7_WORDS[h]), r.choice(S7_IRREGULAR[h] + [(c, c + "s") for c, _ in S7_COMPOUNDS[h][:0]])
    shape = r.choice(["Scattered over the {pl} are {w} {p}.", "You can make out {w} {p} there.",
                      "In total, {w} {p} appear in the frame."])
    return shape.format(w=w, p=p, pl=r.choice(S7_SURFACES[h])), count(s, n)


@family("numeracy", "held")
def num_s7h_heads_and_big_numbers(r, h):
    if r.random() < 0.5:
        (w, n), (c, head) = r.choice(S7_WORDS[h]), r.choice(S7_COMPOUNDS[h])
        noun = c + "s"
    else:
        (w, n), (head, noun) = r.choice(S7_BIG_WORDS[h]), r.choice(S7_THINGS[h])
    shape = r.choice(["The {pl} holds {w} {noun}.", "{W} {noun}, all in a neat line.", "Count them: {w} {noun}."])
    return shape.format(pl=r.choice(S7_PLACES[h]), w=w, W=_cap(w), noun=noun), count(head, n)


@family("numeracy", "held")
def num_s7h_compared_counts(r, h):
    (a, ap), (b, bp) = r.sample(A7_ANIMALS[h], 2)
    n = r.choice([2, 3])
    word = {2: "two", 3: "three"}[n]
    shape, m = r.choice([("{W} {ap}, plus double that number of {bp}.", 2 * n),
                         ("{W} {ap} and an equal number of {bp}.", n),
                         ("{W} {ap} accompanied by twice as many {bp}.", 2 * n),
                         ("The {pl} has {w} {ap} and one {b} fewer than that.", n - 1)])
    text = shape.format(W=_cap(word), w=word, ap=ap, bp=bp, b=b if n - 1 == 1 else bp, pl=r.choice(S7_PLACES[h]))
    return text, both(count(a, n), count(b, m))


@family("numeracy", "held")
def num_s7h_groups_and_pairs(r, h):
    if r.random() < 0.5:
        (s, p) = r.choice(S7_PAIRED[h])
        w, n = r.choice([("Four pairs of", 8), ("Two pairs of", 4), ("A single pair of", 2)])
        return f"{w} {p} are lined up on the {r.choice(S7_SURFACES[h])}.", count(s, n)
    coll, kinds = r.choice(S7_COLLECTIVE[h])
    (s, p), (w, n) = r.choice(kinds), r.choice([("four", 4), ("three", 3), ("5", 5)])
    return f"We see a small {coll} of {w} {p} near the {r.choice(S7_PLACES[h])}.", count(s, n)


@family("attribution", "held")
def attr_s7h_colours_and_sizes(r, h):
    (s, p) = r.choice(S7_THINGS[h] + A7_ANIMALS[h])
    (c1, k1), (c2, k2) = r.sample(S7_COMPOUND_COLOURS[h], 2)
    c3, c4 = r.sample(S7_SHADES[h], 2)
    shape, check = r.choice([
        ("{A1} {s} stands in front of {a2} {s2}.", lambda s2: both(colour(s, k1), colour(s2, k2))),
        ("The {s} has been painted {c1}.", lambda s2: colour(s, k1)),
        ("Of the {c3} {s} and the {c4} {s}, the {c3} one is larger.", lambda s2: bigger_coloured(s, c3, c4)),
        ("The {c4} {s} is the smaller of the two {p}; the other is {c3}.", lambda s2: bigger_coloured(s, c3, c4)),
    ])
    s2 = r.choice([x for x, _ in S7_THINGS[h] if x != s])
    text = shape.format(A1=_cap(_a(c1.replace(" ", "-"))), a2=_a(c2), s=s, s2=s2, p=p, c1=c1, c3=c3, c4=c4)
    return text, check(s2)


@family("attribution", "held")
def attr_s7h_materials_and_members(r, h):
    (s, p) = r.choice(S7_THINGS[h])
    (m1, k1), (m2, k2) = r.sample(S7_MATERIALS[h], 2)
    c1, c2 = r.sample(S7_SHADES[h], 2)
    shape, check = r.choice([
        ("The {w} holds a pair of {p}, one of {m1} and the other of {m2}.", lambda: materials_of(s, k1, k2)),
        ("Two {p} stand here; the first is {c1}, whereas the second is {c2}.", lambda: colours_of(s, c1, c2)),
        ("The {s} here is {c1} - not {c2}.", lambda: colour(s, c1)),
        ("One {s} is made of {m1}; the other one is made of {m2}.", lambda: materials_of(s, k1, k2)),
    ])
    return shape.format(w=r.choice(S7_SURFACES[h]), p=p, s=s, m1=m1, m2=m2, c1=c1, c2=c2), check()


@family("visibility", "held")
def vis_s7h_coming_and_going(r, h):
    (s, _) = r.choice(S7_VIS[h])
    shape, kind = r.choice([("{A} winks out of existence in the second half.", "disappears_half"),
                            ("Out of thin air, {a} materialises at the end.", "appears"),
                            ("{A} keeps well out of sight until the final seconds.", "appears"),
                            ("{A} is nowhere in sight until the midpoint.", "appears_half"),
                            ("{A} {v} further and further away until it has gone.", "disappears"),
                            ("Once past the midpoint, {a} is in view.", "second_half"),
                            ("Halfway in, {a} turns and leaves the scene.", "disappears_half"),
                            ("{A} is around for the first half; in the second it is not.", "first_half")])
    return shape.format(A=_cap(_a(s)), a=_a(s), v=r.choice(A7_MOVERS[h])), window(s, kind)



# -- round two of the seventh session (attr7): classes met while probing, each with new shapes: a part of a counted
# group ('half of the four', 'the tallest of the three'), a second thing after 'beside … and …' / 'with … and …', two
# colours and a look before a noun ('a red and white striped lighthouse'), 'painted in yellow' before the verb, a
# turn in place at a time before leaving. The held family after them was written with them and never debugged.
S7_LOOKS = {"tune": ["striped", "spotted", "checkered", "speckled", "dotted"], "held": ["mottled", "dappled", "plaid"]}


def part_coloured(name, total, col, hit):
    """`total` things named `name`, `hit` of them coloured `col`, the rest with none."""
    def check(plan, shot):
        ids = ids_named(plan, name)
        need(len(ids) == total, f"{total} {name}: {[e.name for e in plan.entities]}")
        have = sorted(str(plan.entity(i).attributes.get("color")) for i in ids)
        need(have == sorted([col] * hit + ["None"] * (total - hit)), f"{name} colours {have}")
        count(name, total)(plan, shot)
    return check


@family("numeracy", "tune")
def num_s7_part_of_a_group(r, h):
    (s, p) = r.choice(S7_THINGS[h] + A7_ANIMALS[h])
    c = r.choice(S7_SHADES[h])
    (w, n) = r.choice([("two", 2), ("four", 4), ("six", 6), ("three", 3), ("five", 5)])
    sup = r.choice(["biggest", "largest", "smallest", "tallest"])
    shape, hit = r.choice([("The {sup} of the {w} {p} is {c}.", 1), ("The {sup} of {w} {p} is {c}.", 1)]
                          + ([("Half of the {w} {p} are {c}.", n // 2)] if n % 2 == 0 and n > 2 else []))
    return shape.format(sup=sup, w=w, p=p, c=c).replace("The biggest of two", "The bigger of two"), \
        part_coloured(s, n, c, hit)


@family("attribution", "tune")
def attr_s7_coordinated_objects(r, h):
    (a, _), (b, _), (d, _) = r.sample(S7_THINGS[h], 3)
    c1, c2, c3 = r.sample(S7_SHADES[h], 3)
    shape, cols = r.choice([("{A1} {a} rests beside {a2} {b} and {a3} {d}.", True),
                            ("{A1} {a} stands next to {a2} {b} and {a3} {d}.", True),
                            ("There is {a1} {a} beside {a2} {b} and {a3} {d}.", True),
                            ("{Aa} with {ab} and {ad}.", False),
                            ("{Aa} sits on the {w} with {ab} and {ad}.", False)])
    text = shape.format(A1=_cap(_a(c1)), a1=_a(c1), a2=_a(c2), a3=_a(c3), a=a, b=b, d=d, Aa=_cap(_a(a)), ab=_a(b),
                        ad=_a(d), w=r.choice(S7_SURFACES[h]))
    if cols:
        return text, both(colour(a, c1), colour(b, c2), colour(d, c3))
    return text, both(count(a, 1), count(b, 1), count(d, 1))


@family("attribution", "tune")
def attr_s7_two_colours_and_a_look(r, h):
    (s, _) = r.choice(S7_THINGS[h] + A7_ANIMALS[h])
    c1, c2 = r.sample(S7_SHADES[h] + ["red", "white", "black", "yellow"], 2)
    look = r.choice(S7_LOOKS[h])
    shape = r.choice(["{A} {c1} and {c2} {l} {s}.", "{A} {c1}-and-{c2} {l} {s} sits on the {w}.",
                      "There is {a} {c1} and {c2} {l} {s} on the {w}."])
    text = shape.format(A=_cap(_a(c1)).split()[0], a=_a(c1).split()[0], c1=c1, c2=c2, l=look, s=s,
                        w=r.choice(S7_SURFACES[h]))
    return text, both(colour(s, c1), trait(s, look))


@family("attribution", "tune")
def attr_s7_painted_in(r, h):
    (a, _), (b, _) = r.sample(S7_THINGS[h], 2)
    c1, c2 = r.sample(S7_SHADES[h], 2)
    verb = r.choice(["stands", "sits", "rests", "waits", "lies"])
    shape = r.choice(["{Aa} painted in {c1} {v} next to {ab} painted in {c2}.",
                      "{Aa} coloured in {c1} {v} beside {ab}.", "{Aa} dyed in {c1} {v} on the {w}."])
    text = shape.format(Aa=_cap(_a(a)), ab=_a(b), c1=c1, c2=c2, v=verb, w=r.choice(S7_SURFACES[h]))
    checks = [colour(a, c1), only(a, *([b] if "{ab}" in shape else []), *([text.rstrip(".").split()[-1]]
                                                                        if "{w}" in shape else []))]
    if "{c2}" in shape:
        checks.append(colour(b, c2))
    return text, both(*checks)


@family("attribution", "held")
def attr_s7h_groups_and_companions(r, h):
    (s, p) = r.choice(S7_THINGS[h] + A7_ANIMALS[h])
    (a, _), (b, _), (d, _) = r.sample(S7_THINGS[h], 3)
    c1, c2, c3 = r.sample(S7_SHADES[h], 3)
    shape, check = r.choice([
        ("Of the five {p}, the largest is {c1}.", lambda: part_coloured(s, 5, c1, 1)),
        ("Next to {a1} {a} and {a2} {b} sits {a3} {d}.", lambda: both(colour(a, c1), colour(b, c2), colour(d, c3))),
        ("{Ad} lies alongside {a1} {a} as well as {a2} {b}.", lambda: both(colour(a, c1), colour(b, c2), count(d, 1))),
        ("{A1} and {c2} {l} {d} leans on the wall.", lambda: both(colour(d, c1), trait(d, r_look))),
    ])
    r_look = r.choice(S7_LOOKS[h])
    text = shape.format(p=p, c1=c1, c2=c2, a1=_a(c1), a2=_a(c2), a3=_a(c3), a=a, b=b, d=d, Ad=_cap(_a(d)),
                        A1=_cap(_a(c1)), l=r_look)
    return text, check()



# -- round three of the seventh session (attr7): going into a cover at a time ('hops into its burrow halfway'), and
# being covered ('is covered by a cloud in the second half'); the held family after them, written with them, never
# debugged.
S7_COVERS = {"tune": ["pond", "lake", "burrow", "forest", "bushes", "cave", "tunnel", "fog"],
             "held": ["river", "hole", "woods", "grass", "mist"]}
S7_DIVERS = {"tune": [("frog", "jumps"), ("otter", "dives"), ("rabbit", "hops"), ("fox", "runs"), ("badger", "crawls"),
                      ("duck", "dives"), ("hare", "darts")],
             "held": [("mole", "scurries"), ("toad", "leaps"), ("weasel", "slips"), ("beaver", "plunges")]}
S7_COVERERS = {"tune": ["cloud", "curtain", "sheet", "blanket", "wave"], "held": ["tarp", "shadow", "mist"]}


@family("visibility", "tune")
def vis_s7_into_a_cover(r, h):
    (s, v), cover = r.choice(S7_DIVERS[h]), r.choice(S7_COVERS[h])
    when, kind = r.choice([("halfway through", "disappears_half"), ("at the midpoint", "disappears_half"),
                           ("halfway", "disappears_half"), ("", "disappears"), ("at the end", "disappears")])
    det = r.choice(["the", "its"]) if cover in ("burrow", "cave", "tunnel") else "the"
    shape = r.choice(["{A} {v} into {d} {c}{t}.", "{T}{a} {v} into {d} {c}.", "{A} {v} into {d} {c}{t} and is gone."])
    text = shape.format(A=_cap(_a(s)), a=_a(s), v=v, d=det, c=cover, t=(" " + when) if when else "",
                        T=(_cap(when) + ", ") if when else "")
    return text, window(s, kind)


@family("visibility", "tune")
def vis_s7_covered_by(r, h):
    (s, _) = r.choice(S7_VIS[h])
    cov = r.choice(S7_COVERERS[h])
    when, kind = r.choice([("in the second half", "first_half"), ("halfway through", "disappears_half"),
                           ("at the midpoint", "disappears_half")])
    verb = r.choice(["is covered by", "is obscured by", "gets covered by", "is blotted out by", "becomes covered by"])
    shape = r.choice(["{A} {v} {c} {t}.", "{T}, {a} {v} {c}."])
    return shape.format(A=_cap(_a(s)), a=_a(s), v=verb, c=_a(cov), t=when, T=_cap(when)), window(s, kind)


@family("visibility", "held")
def vis_s7h_covers(r, h):
    (s, v), cover = r.choice(S7_DIVERS[h]), r.choice(S7_COVERS[h])
    cov = r.choice(S7_COVERERS[h])
    shape, kind = r.choice([("Midway through the clip {a} {v} into the {c} and stays there.", "disappears_half"),
                            ("{A} {v} into the {c} just as the clip ends.", "disappears"),
                            ("For the second half {a} is shrouded by {k}.", "first_half"),
                            ("Once the clip is half over, {a} {v} into the {c}.", "disappears_half")])
    return shape.format(A=_cap(_a(s)), a=_a(s), v=v, c=cover, k=_a(cov)), window(s, kind)



# -- round four (attr7): counted plurals after a material noun ('two brown leather boots', 'a couple of wooden
# chairs'), whose plural could be a verb.
S7_MATERIAL_PLURALS = {"tune": [("boot", "boots"), ("bag", "bags"), ("chair", "chairs"), ("box", "boxes"),
                                ("cup", "cups"), ("bench", "benches"), ("jug", "jugs"), ("sack", "sacks")],
                       "held": [("glove", "gloves"), ("crate", "crates"), ("pot", "pots"), ("stool", "stools")]}


@family("numeracy", "tune")
def num_s7_material_plurals(r, h):
    (s, p), (m, k) = r.choice(S7_MATERIAL_PLURALS[h]), r.choice(S7_MATERIALS[h] + [("wooden", "wooden"), ("metal", "metal")])
    (w, n) = r.choice([("two", 2), ("three", 3), ("A pair of", 2), ("A couple of", 2), ("four", 4)])
    c = r.choice(S7_SHADES[h] + ["brown", "black", "grey"])
    shape = r.choice(["{W} {m} {p}.", "{W} {c} {m} {p}.", "{W} {m} {p} on the {pl}."])
    text = shape.format(W=_cap(w), m=m, p=p, c=c, pl=r.choice(S7_PLACES[h]))
    return text, both(count(s, n), materials_of(s, *[k] * n))



@family("visibility", "tune")
def vis_s7_except_a_part(r, h):
    (s, _) = r.choice(S7_VIS[h])
    whole = r.choice(["for the entire video", "throughout", "the whole time", "for the whole clip", "all the time"])
    part, kind = r.choice([("the last few seconds", "disappears"), ("the final moments", "disappears"),
                           ("the first few seconds", "appears"), ("the opening seconds", "appears")])
    shape = r.choice(["{A} is visible {w} except {p}.", "{A} is there {w}, apart from {p}.",
                      "{A} can be seen {w} except for {p}."])
    return shape.format(A=_cap(_a(s)), w=whole, p=part), window(s, kind)



for _cat, _half, _name, _fn in list(FAMILIES):
    if _half == "tune" and _cat != "screenplay":
        FAMILIES.append((_cat, "tune", _name + "_reworded", _reworded(_fn)))


# (space7) after the rewordings on purpose: their trailing 'all along' or 'on screen' would deny the coming into view
@family("spatial", "tune")
def space_s7_visible_in_place(r, h):
    a = r.choice(S7_ANIMALS[h])
    b = r.choice(S7_ANCHOR[h])
    kind = r.choice(["left_of", "right_of", "in_front_of", "next_to", "behind"])
    p = r.choice(_S7_WORDS[kind] if kind != "in_front_of" else ["in front of"])
    vis = r.choice(["appears", "comes into view", "shows up", "pops up", "turns up"])
    shape = r.choice(["{A} {vis} {p} {b}.", "Halfway through, {a} {vis} {p} {b}.", "{A} suddenly {vis} {p} the {bn}.",
                      "Later, {a} {vis} {p} {b}.", "{P} {b}, {a} {vis}."])
    if kind == "behind" and vis == "comes into view":
        vis = "appears"
    if vis != "comes into view" and not shape.startswith(("Halfway", "Later")) and "suddenly" not in shape:
        vis = "comes into view"    # 'a gnome appears (shows up) beside a barrow' with no time is there throughout
        #                            (older tests and the visibility families say so)
    text = shape.format(A=_s7(a), a=_a(a), b=_a(b), bn=b, p=p, P=_cap(p), vis=vis)
    return text, both(rel_seen(a, kind, b), window(a, "appears"), seen_throughout(b))


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
