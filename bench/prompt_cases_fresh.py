"""A fresh held-back set for the prompt bench, written by a second author who never tuned the rules planner.

The first bench's held-back half (`prompt_cases.py`) was written by the engineer who also tuned the planner and
saw that half's scores after every round, so it is no longer clean. This file is an independent re-write of
the same seven categories — LLM-grounded Video Diffusion's six (numeracy, attribution, visibility, dynamics,
sequential, spatial) and short Fountain screenplay passages — from template families and word lists of its
own: none of its sentence frames or synonym lists were taken from `prompt_cases.py`. The bench prints its
scores per category ("fresh held-back" column) and its failures only with `--show-fresh-failures`, so whoever
tunes the planner can run the bench without reading these cases. Do not tune on them: read the score only.

Each case's expectation is what a careful human reader of the text would expect, checked geometrically on the
plan (boxes over time, the shot's cast, entity kinds and attributes). Checks look entities up by name the way a
reader would: a thing by its head noun (singular or plural spelling), a character by the name the script gives
them (accents and non-Latin scripts kept, case ignored), never by an id the planner happened to choose.
"""
from __future__ import annotations

import random
import unicodedata

from prompt_cases import Case, Fail, area, bigger, cx, cy, moves, need, passes, relation_holds, route, track

# ============================================================================================ word lists
# Every list here was written for this file. Nouns are (singular, plural).

SMALL_THINGS = [("kettle", "kettles"), ("lantern", "lanterns"), ("teapot", "teapots"), ("candle", "candles"),
                ("mug", "mugs"), ("globe", "globes"), ("trophy", "trophies"), ("helmet", "helmets"),
                ("pumpkin", "pumpkins"), ("melon", "melons"), ("jar", "jars"), ("bowl", "bowls"),
                ("radio", "radios"), ("typewriter", "typewriters"), ("hat", "hats"), ("knife", "knives"),
                ("cactus", "cacti"), ("thermos", "thermoses"), ("toaster", "toasters"), ("suitcase", "suitcases")]
SURFACES = ["piano", "dresser", "stool", "barrel", "crate", "cabinet", "fridge", "table", "trunk", "workbench"]
ANCHORS = ["sofa", "armchair", "piano", "wardrobe", "bookcase", "fridge", "dresser", "tent", "van", "tractor",
           "statue", "fountain", "mailbox", "lamppost", "boulder", "wheelbarrow", "scarecrow", "snowman", "kiosk",
           "haystack"]
UNDER_ANCHORS = ["table", "desk", "bed", "piano", "bench", "wagon", "bridge", "trolley"]
HIGH_THINGS = ["kite", "balloon", "drone", "helicopter", "blimp", "eagle", "seagull", "chandelier", "cloud"]
LOW_THINGS = ["cat", "puppy", "suitcase", "bucket", "rabbit", "hedgehog", "crate", "kettle", "pumpkin", "duckling"]

# Counted things: (singular, plural) — a few irregular plurals on purpose.
COUNTABLE = [("kettle", "kettles"), ("lantern", "lanterns"), ("candle", "candles"), ("mug", "mugs"),
             ("pumpkin", "pumpkins"), ("goose", "geese"), ("mouse", "mice"), ("sheep", "sheep"),
             ("knife", "knives"), ("puppy", "puppies"), ("rabbit", "rabbits"), ("kitten", "kittens"),
             ("pigeon", "pigeons"), ("helmet", "helmets"), ("bottle", "bottles"), ("umbrella", "umbrellas"),
             ("child", "children"), ("woman", "women"), ("donkey", "donkeys"), ("canoe", "canoes"),
             ("tent", "tents"), ("barrel", "barrels"), ("snowman", "snowmen"), ("bicycle", "bicycles")]
ANIMATE = {"goose", "mouse", "sheep", "puppy", "rabbit", "kitten", "pigeon", "child", "woman", "donkey"}
COUNT_PLACES = ["on the lawn", "in the yard", "by the fence", "on the grass", "near the barn",
                "along the pier", "in the snow", "on the beach", "in front of the cottage", "on the porch"]
NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}

# Colour words, and the attribute values a reader would accept for each (a shade names its hue).
COLOUR_WORDS = {"crimson": {"crimson", "red"}, "scarlet": {"scarlet", "red"}, "red": {"red"},
                "navy": {"navy", "blue", "navy blue"}, "blue": {"blue"}, "green": {"green"},
                "emerald": {"emerald", "green"}, "yellow": {"yellow"}, "golden": {"golden", "gold", "yellow"},
                "orange": {"orange"}, "violet": {"violet", "purple"}, "purple": {"purple"}, "pink": {"pink"},
                "brown": {"brown"}, "black": {"black"}, "white": {"white"}, "ivory": {"ivory", "white"},
                "grey": {"grey", "gray"}, "silver": {"silver", "grey", "gray"}}
COLOURED = [("kettle", "kettles"), ("umbrella", "umbrellas"), ("bicycle", "bicycles"), ("lantern", "lanterns"),
            ("balloon", "balloons"), ("suitcase", "suitcases"), ("teapot", "teapots"), ("armchair", "armchairs"),
            ("van", "vans"), ("helmet", "helmets"), ("kite", "kites"), ("bucket", "buckets"),
            ("scooter", "scooters"), ("tent", "tents"), ("canoe", "canoes"), ("sofa", "sofas"),
            ("mailbox", "mailboxes"), ("tractor", "tractors")]
FUR = ["black", "white", "brown", "grey"]
FURRY = ["cat", "rabbit", "puppy", "goat", "pony", "horse", "lamb", "mouse"]
HUGE = ["enormous", "massive", "gigantic", "oversized", "colossal"]
TINY = ["teeny", "diminutive", "undersized", "pint-sized", "minuscule"]
# Pairs of things of about the same natural size, so that only the adjectives decide which is bigger.
SIZE_PAIRS = [("kettle", "teapot"), ("lantern", "bucket"), ("pumpkin", "melon"), ("helmet", "bowl"),
              ("armchair", "sofa"), ("van", "tractor"), ("cat", "rabbit"), ("suitcase", "crate"),
              ("drum", "barrel"), ("globe", "clock"), ("goat", "sheep"), ("kite", "umbrella")]

# Movers: (singular, kind, verb bases that suit it).
MOVERS = [("cat", "animal", ["pad", "slink", "trot", "stroll"]), ("puppy", "animal", ["scamper", "trot", "bound"]),
          ("rabbit", "animal", ["hop", "bound", "scamper"]), ("squirrel", "animal", ["scurry", "scamper", "dart"]),
          ("goose", "animal", ["waddle", "march", "stride"]), ("hedgehog", "animal", ["shuffle", "scurry"]),
          ("camel", "animal", ["plod", "lumber", "amble"]), ("elephant", "animal", ["lumber", "plod"]),
          ("zebra", "animal", ["trot", "gallop", "canter"]), ("donkey", "animal", ["plod", "trot", "amble"]),
          ("woman", "person", ["walk", "stroll", "hurry", "wander"]), ("man", "person", ["walk", "stride", "limp"]),
          ("girl", "person", ["skip", "run", "wander"]), ("boy", "person", ["dash", "sprint", "skip"]),
          ("jogger", "person", ["jog", "run"]), ("cyclist", "person", ["ride", "pedal", "cycle"]),
          ("skater", "person", ["skate", "glide"]), ("tram", "vehicle", ["glide", "roll", "rumble", "trundle"]),
          ("van", "vehicle", ["drive", "roll", "speed", "cruise"]), ("tractor", "vehicle", ["rumble", "trundle"]),
          ("taxi", "vehicle", ["drive", "speed", "zip", "cruise"]), ("motorcycle", "vehicle", ["roar", "speed"]),
          ("ambulance", "vehicle", ["speed", "race", "drive"]), ("kite", "flyer", ["fly", "drift", "float"]),
          ("balloon", "flyer", ["float", "drift"]), ("drone", "flyer", ["fly", "zip", "buzz"]),
          ("eagle", "flyer", ["soar", "glide", "fly"]), ("blimp", "flyer", ["drift", "float", "cruise"])]
# Verb forms: base -> (third person singular, past, -ing).
VERB = {"pad": ("pads", "padded", "padding"), "slink": ("slinks", "slunk", "slinking"),
        "trot": ("trots", "trotted", "trotting"), "stroll": ("strolls", "strolled", "strolling"),
        "scamper": ("scampers", "scampered", "scampering"), "bound": ("bounds", "bounded", "bounding"),
        "hop": ("hops", "hopped", "hopping"), "scurry": ("scurries", "scurried", "scurrying"),
        "dart": ("darts", "darted", "darting"), "waddle": ("waddles", "waddled", "waddling"),
        "march": ("marches", "marched", "marching"), "stride": ("strides", "strode", "striding"),
        "shuffle": ("shuffles", "shuffled", "shuffling"), "plod": ("plods", "plodded", "plodding"),
        "lumber": ("lumbers", "lumbered", "lumbering"), "amble": ("ambles", "ambled", "ambling"),
        "gallop": ("gallops", "galloped", "galloping"), "canter": ("canters", "cantered", "cantering"),
        "walk": ("walks", "walked", "walking"), "hurry": ("hurries", "hurried", "hurrying"),
        "wander": ("wanders", "wandered", "wandering"), "limp": ("limps", "limped", "limping"),
        "skip": ("skips", "skipped", "skipping"), "run": ("runs", "ran", "running"),
        "dash": ("dashes", "dashed", "dashing"), "sprint": ("sprints", "sprinted", "sprinting"),
        "jog": ("jogs", "jogged", "jogging"), "ride": ("rides", "rode", "riding"),
        "pedal": ("pedals", "pedalled", "pedalling"), "cycle": ("cycles", "cycled", "cycling"),
        "skate": ("skates", "skated", "skating"), "glide": ("glides", "glided", "gliding"),
        "roll": ("rolls", "rolled", "rolling"), "rumble": ("rumbles", "rumbled", "rumbling"),
        "trundle": ("trundles", "trundled", "trundling"), "drive": ("drives", "drove", "driving"),
        "speed": ("speeds", "sped", "speeding"), "cruise": ("cruises", "cruised", "cruising"),
        "zip": ("zips", "zipped", "zipping"), "roar": ("roars", "roared", "roaring"),
        "race": ("races", "raced", "racing"), "fly": ("flies", "flew", "flying"),
        "drift": ("drifts", "drifted", "drifting"), "float": ("floats", "floated", "floating"),
        "buzz": ("buzzes", "buzzed", "buzzing"), "soar": ("soars", "soared", "soaring"),
        "crawl": ("crawls", "crawled", "crawling"), "creep": ("creeps", "crept", "creeping"),
        "travel": ("travels", "travelled", "travelling"), "make": ("makes", "made", "making")}
ACROSS = ["across the square", "along the riverbank", "over the lawn", "across the beach", "along the platform",
          "through the courtyard", "across the car park", "over the frozen lake", ""]
LANDMARKS = ["fountain", "statue", "lamppost", "mailbox", "oak", "kiosk", "tent", "haystack", "scarecrow",
             "signpost"]
# Things that go up or down: (noun, verbs for up, verbs for down).
RISERS = [("balloon", ["rises", "floats upward", "drifts up into the sky", "climbs steadily"],
           ["sinks slowly", "drifts down", "comes down", "descends"]),
          ("drone", ["climbs", "rises straight up", "ascends", "lifts off and climbs"],
           ["descends", "drops lower and lower", "comes down to land", "sinks toward the ground"]),
          ("helicopter", ["lifts off and climbs", "rises", "ascends"], ["descends", "comes down to land"]),
          ("feather", ["is carried upward by the wind", "floats up"], ["drifts down", "floats down", "falls gently"]),
          ("parachute", ["is lifted upward by a gust"], ["drifts down", "descends slowly", "floats down"]),
          ("stone", [], ["falls", "drops", "plummets"]),
          ("kite", ["climbs higher", "soars upward", "rises"], ["dips down", "falls", "comes down"])]
NEAR_FAR_MOVERS = ["van", "taxi", "tram", "tractor", "jogger", "cyclist", "woman", "man", "camel", "elephant",
                   "zebra", "puppy", "motorcycle", "ambulance"]
CLOSER = ["heads straight toward the camera", "comes closer and closer to the camera", "approaches the camera",
          "moves toward the viewer", "gets nearer and nearer to the camera", "advances toward the lens"]
AWAY = ["heads away from the camera", "recedes into the distance", "moves off into the distance",
        "goes further and further away from the camera", "travels away from the viewer", "shrinks into the distance"]

# Corners of the frame, as people write them.
CORNER_SAY = {"upper left": ["top left", "top-left", "upper left", "upper-left", "top left-hand"],
              "upper right": ["top right", "top-right", "upper right", "upper-right", "top right-hand"],
              "lower left": ["bottom left", "bottom-left", "lower left", "lower-left", "bottom left-hand"],
              "lower right": ["bottom right", "bottom-right", "lower right", "lower-right", "bottom right-hand"]}
WANDERERS = [("beetle", "crawl"), ("mouse", "scurry"), ("ladybird", "crawl"), ("snail", "creep"),
             ("puppy", "trot"), ("cat", "pad"), ("drone", "fly"), ("balloon", "drift"), ("tortoise", "plod"),
             ("marble", "roll"), ("ball", "roll"), ("kitten", "scamper")]

# Spatial phrases per relation.
PHRASE = {"left_of": ["to the left of", "on the left-hand side of", "a little to the left of", "off to the left of",
                      "immediately to the left of"],
          "right_of": ["to the right of", "on the right-hand side of", "a little to the right of",
                       "off to the right of", "immediately to the right of"],
          "above": ["above", "high above", "floating above", "suspended over", "way up over"],
          "below": ["below", "beneath", "underneath", "under", "tucked beneath"],
          "on": ["on", "on top of", "perched on", "balanced on top of", "sitting on"],
          "in_front_of": ["in front of", "just in front of", "a step in front of", "right in front of"],
          "behind": ["behind", "partly hidden behind", "in back of", "tucked behind", "just behind"],
          "next_to": ["next to", "beside", "alongside", "right next to", "side by side with"]}
STAND = {"person": "stands", "animal": "sits", "object": "stands", "flyer": "hovers"}
_PARTICIPLES = ("floating", "suspended", "perched", "balanced", "sitting", "tucked", "partly")


def plain(pred):
    """The phrases of a relation that are bare prepositions (no participle), for frames that bring a verb."""
    return [p for p in PHRASE[pred] if not p.startswith(_PARTICIPLES)]

# ============================================================================================ grammar helpers
_A_EXCEPT = ("uni", "use", "eu", "one", "ewe")


def a(word):
    """The indefinite article a careful writer uses: 'an owl', 'a unicorn', 'a one-eyed cat'."""
    w = word.lower()
    vowel = w[0] in "aeiou" and not w.startswith(_A_EXCEPT)
    return ("an " if vowel or w.startswith(("hour", "honest")) else "a ") + word


def cap(s):
    return s[0].upper() + s[1:]


def plural(noun):
    for table in (COUNTABLE, COLOURED, SMALL_THINGS):
        for s, p in table:
            if s == noun:
                return p
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun in ("man", "woman", "snowman"):
        return noun[:-3] + "men"
    return noun + "s"


# ============================================================================================ plan access
def _fold(s):
    return unicodedata.normalize("NFC", s).casefold().strip()


def things(plan, noun):
    """Entities a reader would call `noun`: the name's last word is the noun, in its singular or plural spelling."""
    forms = {_fold(noun), _fold(plural(noun))}
    return [e for e in plan.entities if e.name and _fold(e.name).split()[-1] in forms]


def thing(plan, noun):
    found = things(plan, noun)
    need(len(found) == 1, f"want one {noun!r}, have {[e.name for e in plan.entities]}")
    return found[0].id


def character(plan, name):
    """The one entity named `name` as the script spells it (case ignored, accents and scripts kept)."""
    found = [e for e in plan.entities if _fold(e.name) == _fold(name)]
    need(len(found) == 1, f"want one character {name!r}, have {[e.name for e in plan.entities]}")
    return found[0].id


def count_of(plan, shot, noun):
    """How many `noun`s the shot shows in its every keyframe: separate entities, or a group with a count."""
    found = things(plan, noun)
    total = sum(int(e.attributes.get("count", 1)) for e in found)
    for kf in shot.keyframes:
        here = [o for o in kf.objects if o.entity in {e.id for e in found}]
        need(len(here) == len(found), f"{noun}: {len(here)} of {len(found)} entities in a keyframe")
        singles = sorted((cx(o.box), cy(o.box)) for o in here)
        need(all(abs(p[0] - q[0]) + abs(p[1] - q[1]) > 0.02 for p, q in zip(singles, singles[1:])),
             f"{noun}: instances stacked")
    return total


def last_boxes(shot):
    return {o.entity: o.box for o in shot.keyframes[-1].objects}


def seen(shot):
    return {o.entity for kf in shot.keyframes for o in kf.objects}


def shot_for(plan, marker):
    """The first shot whose description, or one of whose dialogue lines, contains `marker`."""
    m = _fold(marker)
    for s in plan.shots:
        if m in _fold(s.description or "") or any(m in _fold(d.text) for d in s.dialogue):
            return s
    raise Fail(f"no shot describes {marker!r}")


def gap(x, y):
    """Horizontal gap between two boxes (negative when they overlap)."""
    return max(x[0] - y[2], y[0] - x[2])


def inside(x, y):
    return y[0] <= cx(x) <= y[2] and y[1] <= cy(x) <= y[3] and area(x) < area(y)


def holds(pred, x, y):
    if pred == "inside":
        return inside(x, y)
    if pred == "near":
        return gap(x, y) <= 0.15
    return relation_holds(pred, x, y)


# ============================================================================================ prose checks
def named(make, nouns, *args):
    """One of prompt_cases' checkers (which look an entity up by its exact name), given the name of the entity a
    reader would call each of `nouns`."""
    def check(plan, shot):
        make(*(plan.entity(thing(plan, n)).name for n in nouns), *args)(plan, shot)
    return check


def larger(big, small):
    return named(bigger, (big, small))


def heading(noun, direction):
    """Monotonic motion: right/left (0.3 of the width), up/down (0.12 of the height), closer/away."""
    return named(moves, (noun,), direction)


def goes_past(noun, other, start, end):
    """Relative motion: `noun` starts `start` of `other` (left_of/right_of) and ends `end` of it."""
    return named(passes, (noun, other), start, end)


def path(noun, *corners):
    """Visits the corners (quadrants of the frame) in order and ends in the last one."""
    return named(route, (noun,), *corners)


def all_of(*checks):
    """Every check (prose checks take the shot; screenplay checks find their own shot and take none)."""
    def check(plan, shot=None):
        for c in checks:
            c(plan, shot)
    return check


def counted(noun, n):
    """Exactly n of `noun` on screen throughout (separate, unstacked entities or a group with that count)."""
    def check(plan, shot):
        total = count_of(plan, shot, noun)
        need(total == n, f"want {n} {noun}, have {total}")
    return check


def coloured(noun, word):
    def check(plan, shot):
        eid = thing(plan, noun)
        got = plan.entity(eid).attributes.get("color")
        need(got is not None and _fold(str(got)) in COLOUR_WORDS[word], f"{noun} colour {got!r}, text says {word}")
        need(all(b is not None for b in track(shot, eid)), f"{noun} missing in a keyframe")
    return check


def present(noun):
    def check(plan, shot):
        need(all(b is not None for b in track(shot, thing(plan, noun))), f"{noun} should be there throughout")
    return check


def visible(noun, kind):
    """Visibility over the clip: 'appears' (absent at the start, there at the end), 'disappears', 'second_half'
    (absent before halfway, there after), 'first_half', 'appears_half' / 'disappears_half' (the same windows,
    also requiring the arrival / departure itself), 'leaves_half' (the departure happens at halfway: there before,
    gone a little after, since leaving the frame takes a moment), 'late_half' (absent through the first half, there at the end:
    it arrives at some point after halfway), 'early_half' (there through the first half, gone at the end)."""
    def check(plan, shot):
        boxes = track(shot, thing(plan, noun))
        end = shot.keyframes[-1].t or 1.0
        if kind in ("appears", "appears_half"):
            need(boxes[0] is None and boxes[-1] is not None, f"{noun} should arrive: {boxes}")
        if kind in ("disappears", "disappears_half", "leaves_half"):
            need(boxes[0] is not None and boxes[-1] is None, f"{noun} should leave: {boxes}")
        for kf, b in zip(shot.keyframes, boxes):
            u = kf.t / end
            if kind in ("appears_half", "second_half"):
                need(not (u < 0.45 and b is not None), f"{noun} visible at u={u:.2f}, before halfway")
                need(not (u > 0.6 and b is None), f"{noun} absent at u={u:.2f}, after halfway")
            if kind in ("disappears_half", "first_half"):
                need(not (u > 0.55 and b is not None), f"{noun} visible at u={u:.2f}, after halfway")
                need(not (u < 0.4 and b is None), f"{noun} absent at u={u:.2f}, before halfway")
            if kind == "leaves_half":
                need(not (u > 0.7 and b is not None), f"{noun} still there at u={u:.2f}, well after halfway")
                need(not (u < 0.4 and b is None), f"{noun} absent at u={u:.2f}, before halfway")
            if kind == "late_half":
                need(not (u < 0.45 and b is not None), f"{noun} visible at u={u:.2f}, before halfway")
            if kind == "early_half":
                need(not (u < 0.45 and b is None), f"{noun} absent at u={u:.2f}, before halfway")
        if kind == "late_half":
            need(boxes[-1] is not None, f"{noun} should be there at the end: {boxes}")
        if kind == "early_half":
            need(boxes[-1] is None, f"{noun} should be gone at the end: {boxes}")
    return check


def related(x, pred, y, z=None):
    """x pred y in every keyframe ('between' takes z)."""
    def check(plan, shot):
        X, Y = track(shot, thing(plan, x)), track(shot, thing(plan, y))
        Z = track(shot, thing(plan, z)) if z else [None] * len(X)
        for bx, by, bz in zip(X, Y, Z):
            need(bx is not None and by is not None and (z is None or bz is not None), f"{x}/{y} missing somewhere")
            ok = relation_holds(pred, bx, by, bz) if pred == "between" else holds(pred, bx, by)
            need(ok, f"{x} {pred} {y}: {bx} vs {by}")
    return check


# ============================================================================================ screenplay checks
def on_screen(marker, *names, absent=()):
    """Characters (by name) visible in the shot for `marker`; `absent` ones not visible in it."""
    def check(plan, shot=None):
        s = shot_for(plan, marker)
        here = seen(s)
        for n in names:
            need(character(plan, n) in here, f"{n} not on screen in {s.id} ({sorted(here)})")
        for n in absent:
            ids = [e.id for e in plan.entities if _fold(e.name) == _fold(n)]
            need(not (set(ids) & here), f"{n} on screen in {s.id}")
    return check


def put(marker, obj, pred, target, placer):
    """After the placing action, `obj` is `pred` (on/above/below/inside/near) `target` in the shot's last keyframe,
    and the placer is not the one put on it."""
    def check(plan, shot=None):
        s = shot_for(plan, marker)
        o, t, p = thing(plan, obj), thing(plan, target), character(plan, placer)
        last = last_boxes(s)
        need(o in last and t in last, f"{obj}/{target} not in the last keyframe of {s.id} ({sorted(last)})")
        need(holds(pred, last[o], last[t]), f"{obj} not {pred} {target}: {last[o]} vs {last[t]}")
        need(not any(e.subject == p and e.object == t and e.predicate in ("on", "above", "in") for e in s.scene_graph),
             f"{placer} put {pred} the {target}")
    return check


def enters(marker, name):
    def check(plan, shot=None):
        s = shot_for(plan, marker)
        boxes = track(s, character(plan, name))
        need(boxes[0] is None and boxes[-1] is not None, f"{name} should come in during {s.id}: {boxes}")
    return check


def leaves(marker, name):
    """Leaves during the marker's shot, and is not seen in the scene's later shots."""
    def check(plan, shot=None):
        s = shot_for(plan, marker)
        eid = character(plan, name)
        boxes = track(s, eid)
        need(boxes[0] is not None and boxes[-1] is None, f"{name} should leave during {s.id}: {boxes}")
        later = [x for x in plan.shots[plan.shots.index(s) + 1:] if x.scene == s.scene]
        for x in later:
            need(eid not in seen(x), f"{name} left but is on screen again in {x.id}")
    return check


def beside(marker, name, noun):
    """A position phrase ('at her desk', 'by the window'): the person is by the thing at the shot's end."""
    def check(plan, shot=None):
        s = shot_for(plan, marker)
        p, t = character(plan, name), thing(plan, noun)
        last = last_boxes(s)
        need(p in last and t in last, f"{name}/{noun} not both in the last keyframe of {s.id}")
        need(gap(last[p], last[t]) <= 0.15, f"{name} not by the {noun}: {last[p]} vs {last[t]}")
    return check


def kept_apart(marker, x, y):
    """After `marker` puts distance between x and y, no later shot of the scene shows them side by side."""
    def check(plan, shot=None):
        s = shot_for(plan, marker)
        i, j = character(plan, x), character(plan, y)
        later = [t for t in plan.shots[plan.shots.index(s) + 1:] if t.scene == s.scene]
        need(any(t.dialogue for t in later), "no dialogue after the move")
        for t in [s] + later:
            for kf in (t.keyframes if t is not s else t.keyframes[-1:]):
                boxes = {o.entity: o.box for o in kf.objects}
                if i in boxes and j in boxes:
                    need(gap(boxes[i], boxes[j]) > 0.2, f"{t.id} frames {x} and {y} side by side; they are apart")
    return check


def between(marker, mid, left, right):
    def check(plan, shot=None):
        s = shot_for(plan, marker)
        ids = [character(plan, n) for n in (mid, left, right)]
        last = last_boxes(s)
        need(all(i in last for i in ids), f"not all of {mid}, {left}, {right} in the last keyframe of {s.id}")
        need(relation_holds("between", *(last[i] for i in ids)), f"{mid} not between {left} and {right}")
    return check


def figures(marker, least, named=()):
    """A crowd: at least `least` person figures on screen besides the named characters."""
    def check(plan, shot=None):
        s = shot_for(plan, marker)
        skip = {_fold(n) for n in named}
        n = sum(int(plan.entity(e).attributes.get("count", 1)) for e in seen(s)
                if plan.entity(e).kind == "person" and _fold(plan.entity(e).name) not in skip)
        need(n >= least, f"{n} figures in {s.id}, want at least {least}")
    return check


def creature(marker, noun, body, bigger_than=None, smaller_than=None):
    """An animal of the contract's body plan, drawn without a human skeleton; optionally scaled against a person."""
    def check(plan, shot=None):
        s = shot_for(plan, marker)
        eid = thing(plan, noun)
        e = plan.entity(eid)
        need(eid in seen(s), f"no {noun} on screen in {s.id}")
        need(e.kind == "animal" and e.attributes.get("body") == body, f"{noun}: kind {e.kind}, {e.attributes}")
        need(all(o.keypoints is None for kf in s.keyframes for o in kf.objects if o.entity == eid),
             f"{noun} drawn with a skeleton")
        for other, sign in ((bigger_than, 1), (smaller_than, -1)):
            if other:
                last = last_boxes(s)
                p = character(plan, other)
                need(eid in last and p in last, f"{noun} and {other} not both in the last keyframe of {s.id}")
                ratio = area(last[eid]) / max(area(last[p]), 1e-9)
                need(ratio > 1.2 if sign > 0 else ratio < 0.8, f"{noun} to {other} area ratio {ratio:.2f}")
    return check


def heard_only(marker, nouns, who):
    """A sound: its sources are not drawn as props in that shot, and nobody is placed on them; `who` is there."""
    def check(plan, shot=None):
        s = shot_for(plan, marker)
        here = seen(s)
        for n in nouns:
            need(not any(e.id in here for e in things(plan, n)), f"the sound's {n} became a prop in {s.id}")
        sources = {e.id for n in nouns for e in things(plan, n)}
        need(not any(e.object in sources for e in s.scene_graph), f"something placed relative to a sound in {s.id}")
        need(character(plan, who) in here, f"{who} not on screen in {s.id}")
    return check


def unseen_speaker(marker, speaker, listener=None):
    """A V.O. or O.S. line: the shot carries the line, the speaker is not on screen, the listener (if any) is."""
    def check(plan, shot=None):
        s = shot_for(plan, marker)
        sp = character(plan, speaker)
        need(any(d.character == sp for d in s.dialogue), f"{speaker}'s line not in {s.id}")
        need(sp not in seen(s), f"{speaker} is off screen but drawn in {s.id}")
        if listener:
            need(character(plan, listener) in seen(s), f"{listener} not on screen in {s.id}")
    return check


def distinct(*names):
    """Every name is its own character entity."""
    def check(plan, shot=None):
        ids = [character(plan, n) for n in names]
        need(len(set(ids)) == len(ids), f"{names} share entities {ids}")
    return check


# ============================================================================================ families
FAMILIES: list[tuple[str, str, object]] = []
PER_FAMILY = {"screenplay": 18}
DEFAULT_PER_FAMILY = 8


def family(category):
    def deco(fn):
        FAMILIES.append((category, fn.__name__, fn))
        return fn
    return deco


def two(r, pool):
    x = r.choice(pool)
    y = r.choice(pool)
    while y == x:
        y = r.choice(pool)
    return x, y


def _n(r, lo=2, hi=8, digits=False):
    n = r.randint(lo, hi)
    return n, (str(n) if digits else NUM_WORDS[n])


# ---------------------------------------------------------------------------------------------- numeracy
@family("numeracy")
def fr_num_noun_phrase(r):
    (s, p), place = r.choice(COUNTABLE), r.choice(COUNT_PLACES)
    n, w = _n(r)
    return f"{cap(w)} {p} {place}.", counted(s, n)


@family("numeracy")
def fr_num_there_were(r):
    (s, p), place = r.choice(COUNTABLE), r.choice(COUNT_PLACES)
    n, w = _n(r)
    lead = r.choice(["There were", "There are", "There are exactly", "You can see"])
    return f"{lead} {w} {p} {place}.", counted(s, n)


@family("numeracy")
def fr_num_digits(r):
    (s, p) = r.choice(COUNTABLE)
    n, w = _n(r, 2, 9, digits=True)
    frame = r.choice(["{w} {p} line up in a row.", "{w} {p} sit in a circle.", "{w} {p}, all facing the camera.",
                      "Exactly {w} {p} and nothing else."])
    return cap(frame.format(w=w, p=p)), counted(s, n)


@family("numeracy")
def fr_num_quantity_words(r):
    (s, p) = r.choice(COUNTABLE)
    word, n = r.choice([("A pair of", 2), ("A trio of", 3), ("Half a dozen", 6), ("A couple of", 2),
                        ("A dozen", 12), ("A lone", 1), ("A single", 1), ("Just one", 1)])
    noun = s if n == 1 else p
    place = r.choice(COUNT_PLACES)
    return f"{word} {noun} {place}.", counted(s, n)


@family("numeracy")
def fr_num_two_kinds(r):
    (s1, p1), (s2, p2) = two(r, COUNTABLE)
    (n1, w1), (n2, w2) = _n(r, 1, 5), _n(r, 1, 5)
    t1 = f"{w1} {s1 if n1 == 1 else p1}"
    t2 = f"{w2} {s2 if n2 == 1 else p2}"
    tail = r.choice(["", " in a garden", " beside a cottage", " on a hill"])
    return f"{cap(t1)} and {t2}{tail}.", all_of(counted(s1, n1), counted(s2, n2))


@family("numeracy")
def fr_num_relative_clause(r):
    (s, p) = r.choice(COUNTABLE)
    n, w = _n(r)
    verb = r.choice(["sit", "wait", "rest", "stand"])
    where = r.choice(["that {v} by a gate", "which {v} in a neat line", "that {v} outside the shop"]).format(v=verb)
    return f"{cap(w)} {p} {where}.", counted(s, n)


@family("numeracy")
def fr_num_only(r):
    (s, p) = r.choice(COUNTABLE)
    n, w = _n(r)
    frame = r.choice(["Only {w} {p} are left {place}.", "No more than {w} {p} remain {place}.",
                      "Just {w} {p} are still {place}."])
    return frame.format(w=w, p=p, place=r.choice(COUNT_PLACES)), counted(s, n)


@family("numeracy")
def fr_num_watcher(r):
    (s1, p1) = r.choice([c for c in COUNTABLE if c[0] in ANIMATE])
    (s2, p2) = r.choice([c for c in COUNTABLE if c[0] != s1])
    n, w = _n(r)
    verb = r.choice(["watches", "is looking at", "stares at", "keeps an eye on"])
    return f"{cap(a(s1))} {verb} {w} {p2}.", all_of(counted(s1, 1), counted(s2, n))


@family("numeracy")
def fr_num_past_progressive(r):
    (s, p) = r.choice(COUNTABLE)
    n, w = _n(r)
    verb = r.choice(["were waiting", "were resting", "were lying", "had been left"])
    return f"{cap(w)} {p} {verb} {r.choice(COUNT_PLACES)}.", counted(s, n)


@family("numeracy")
def fr_num_fronted_place(r):
    (s, p) = r.choice(COUNTABLE)
    n, w = _n(r)
    place = r.choice(COUNT_PLACES)
    verb = r.choice(["stand", "sit", "are", "wait"])
    return f"{cap(place)} {verb} {w} {p}.", counted(s, n)


# ---------------------------------------------------------------------------------------------- attribution
def _colours(r, k=2):
    return r.sample(sorted(COLOUR_WORDS), k)


@family("attribution")
def fr_att_and(r):
    (s1, _), (s2, _) = two(r, COLOURED)
    c1, c2 = _colours(r)
    verb = r.choice(["", " side by side", " sit together", " stand next to each other"])
    return f"{cap(a(c1))} {s1} and {a(c2)} {s2}{verb}.", all_of(coloured(s1, c1), coloured(s2, c2))


@family("attribution")
def fr_att_predicative(r):
    (s1, _), (s2, _) = two(r, COLOURED)
    c1, c2 = _colours(r)
    frame = r.choice(["The {s1} is {c1} and the {s2} is {c2}.", "The {s1} is {c1}, while the {s2} beside it is {c2}.",
                      "The {s1} is painted {c1}; the {s2} is {c2}."])
    return frame.format(s1=s1, s2=s2, c1=c1, c2=c2), all_of(coloured(s1, c1), coloured(s2, c2))


@family("attribution")
def fr_att_relative(r):
    (s1, _), (s2, _) = two(r, COLOURED)
    c1, c2 = _colours(r)
    frame = r.choice(["{A1} that is {c1} stands near {a2} that is {c2}.",
                      "{A1}, which is {c1}, waits beside {a2} painted {c2}.",
                      "{A1} painted {c1} next to {a2} painted {c2}."])
    return (frame.format(A1=cap(a(s1)), a2=a(s2), c1=c1, c2=c2), all_of(coloured(s1, c1), coloured(s2, c2)))


@family("attribution")
def fr_att_inverted(r):
    (s1, _), (s2, _) = two(r, COLOURED)
    c1, c2 = _colours(r)
    lead = r.choice(["Next to", "Beside", "Near", "Close to"])
    verb = r.choice(["stands", "sits", "is", "rests"])
    return f"{lead} {a(c2)} {s2} {verb} {a(c1)} {s1}.", all_of(coloured(s1, c1), coloured(s2, c2))


@family("attribution")
def fr_att_three(r):
    picks = r.sample(COLOURED, 3)
    cols = _colours(r, 3)
    items = [f"{a(c)} {s}" for (s, _), c in zip(picks, cols)]
    tail = r.choice([" in a row", "", " on the grass", " lined up"])
    return (f"{cap(items[0])}, {items[1]} and {items[2]}{tail}.",
            all_of(*(coloured(s, c) for (s, _), c in zip(picks, cols))))


@family("attribution")
def fr_att_fur(r):
    x, y = two(r, FURRY)
    c1, c2 = two(r, FUR)
    verb = r.choice(["chases", "follows", "sniffs at", "lies down beside", "walks behind"])
    return f"{cap(a(c1))} {x} {verb} {a(c2)} {y}.", all_of(coloured(x, c1), coloured(y, c2))


@family("attribution")
def fr_att_sizes(r):
    big, small = r.choice(SIZE_PAIRS)
    if r.random() < 0.5:
        big, small = small, big
    hw, tw = r.choice(HUGE), r.choice(TINY)
    frame = r.choice(["{A_h} {big} next to {a_t} {small}.", "{A_t} {small} beside {a_h} {big}.",
                      "There is {a_h} {big} and, next to it, {a_t} {small}."])
    text = frame.format(A_h=cap(a(hw)), a_h=a(hw), A_t=cap(a(tw)), a_t=a(tw), big=big, small=small)
    return text, larger(big, small)


@family("attribution")
def fr_att_comparative(r):
    x, y = r.choice(SIZE_PAIRS)
    if r.random() < 0.5:
        x, y = y, x
    frame, bigger_one = r.choice([("{X} three times the size of {y}.", "x"), ("{X}, much larger than the {yn} beside it.", "x"),
                                  ("{X} dwarfed by {y}.", "y"), ("{X} far smaller than {y} next to it.", "y"),
                                  ("{X} twice as big as {y}.", "x")])
    text = frame.format(X=cap(a(x)), y=a(y), yn=y)
    return text, larger(x, y) if bigger_one == "x" else larger(y, x)


@family("attribution")
def fr_att_colour_and_size(r):
    big, small = r.choice(SIZE_PAIRS)
    if r.random() < 0.5:
        big, small = small, big
    c1, c2 = _colours(r)
    hw, tw = r.choice(HUGE), r.choice(TINY)
    frame = r.choice(["{A_h} {c1} {big} and {a_t} {c2} {small}.", "{A_t} {c2} {small} sits by {a_h} {c1} {big}."])
    text = frame.format(A_h=cap(a(hw)), a_h=a(hw), A_t=cap(a(tw)), a_t=a(tw), big=big, small=small, c1=c1, c2=c2)
    return text, all_of(larger(big, small), coloured(big, c1), coloured(small, c2))


@family("attribution")
def fr_att_past(r):
    (s1, _), (s2, _) = two(r, COLOURED)
    c1, c2 = _colours(r)
    frame = r.choice(["Someone had left {a1} beside {a2}.", "{A1} was parked next to {a2}.",
                      "Yesterday {a1} stood beside {a2}."])
    a1, a2 = a(f"{c1} {s1}"), a(f"{c2} {s2}")
    return frame.format(a1=a1, a2=a2, A1=cap(a1)), all_of(coloured(s1, c1), coloured(s2, c2))


# ---------------------------------------------------------------------------------------------- visibility
KINDS = {"person": ["woman", "man", "jogger", "cyclist", "girl", "boy"],
         "animal": ["cat", "puppy", "rabbit", "goose", "donkey", "hedgehog", "zebra"],
         "vehicle": ["van", "taxi", "tram", "tractor", "motorcycle", "ambulance"],
         "flyer": ["kite", "drone", "eagle", "balloon", "blimp", "seagull"]}
ARRIVE = {"person": ["walks in", "steps into view", "comes into the frame", "wanders in"],
          "animal": ["wanders into view", "trots in", "creeps into the frame", "comes into view"],
          "vehicle": ["pulls into view", "drives in", "rolls into the frame", "comes into view"],
          "flyer": ["flies in", "swoops into view", "drifts into the frame", "comes into view"]}
DEPART = {"person": ["walks off", "leaves the frame", "steps out of view", "walks out of the shot"],
          "animal": ["runs off", "wanders out of view", "trots out of the frame", "scampers away out of sight"],
          "vehicle": ["drives off", "pulls away out of the frame", "rolls out of view", "drives out of the shot"],
          "flyer": ["flies off", "drifts out of sight", "flies out of the frame", "disappears from view"]}
SETTINGS = ["square", "beach", "courtyard", "meadow", "car park", "platform", "lawn", "harbour"]
IN = {"beach": "on", "platform": "on", "lawn": "on"}  # the preposition a setting takes, where not "in"


def where(place):
    return f"{IN.get(place, 'in')} the {place}"


PERSONAL = {"man": ("him", "his"), "woman": ("her", "her"), "boy": ("him", "his"), "girl": ("her", "her")}


def it(noun):
    """The object pronoun a writer uses for `noun`."""
    return PERSONAL.get(noun, ("it", "its"))[0]


def its(noun):
    return PERSONAL.get(noun, ("it", "its"))[1]


def the(noun):
    """How a later sentence refers back to a subject: 'the boy', 'the van'."""
    return f"the {noun}"
HALFWAY = ["Midway through the clip", "At the halfway mark", "Halfway into the video", "Once the video is half over",
           "At the midpoint of the video"]


def _subject(r):
    kind = r.choice(sorted(KINDS))
    return kind, r.choice(KINDS[kind])


@family("visibility")
def fr_vis_midway_arrival(r):
    kind, n = _subject(r)
    return f"{r.choice(HALFWAY)}, {a(n)} {r.choice(ARRIVE[kind])}.", visible(n, "appears_half")


@family("visibility")
def fr_vis_empty_at_first(r):
    kind, n = _subject(r)
    place = r.choice(SETTINGS)
    frame, when = r.choice([("The {p} is empty at first; {a} only shows up in the second half.", "late_half"),
                            ("For the first half the {p} is deserted, and then {a} {v}.", "late_half"),
                            ("Nothing happens in the {p} until halfway through, when {a} {v}.", "appears_half")])
    return frame.format(p=place, a=a(n), v=r.choice(ARRIVE[kind])), visible(n, when)


@family("visibility")
def fr_vis_leaves_midway(r):
    kind, n = _subject(r)
    frame = r.choice(["{A} is there from the start but {v} halfway through.",
                      "{A} waits {p} and, halfway through the video, {v}.",
                      "{A} {v} at the halfway point of the clip."])
    return (frame.format(A=cap(a(n)), p=where(r.choice(SETTINGS)), v=r.choice(DEPART[kind])),
            visible(n, "leaves_half"))


@family("visibility")
def fr_vis_first_half_only(r):
    kind, n = _subject(r)
    frame = r.choice(["We see {a} during the first half of the video only.",
                      "{A} can be seen in the first half of the clip and not after.",
                      "{A} is visible only for the opening half of the video."])
    return frame.format(a=a(n), A=cap(a(n))), visible(n, "first_half")


@family("visibility")
def fr_vis_after_half(r):
    kind, n = _subject(r)
    frame, when = r.choice([("After the first half of the video has passed, {a} {v}.", "late_half"),
                            ("Not until the second half does {a} appear.", "late_half"),
                            ("Only in the second half of the clip is {a} visible.", "second_half")])
    return frame.format(a=a(n), v=r.choice(ARRIVE[kind])), visible(n, when)


@family("visibility")
def fr_vis_until_midpoint(r):
    kind, n = _subject(r)
    frame = r.choice(["{A} stays in view until the midpoint, then {t} is gone.",
                      "{A} is {p} until halfway through; after that {t} is nowhere to be seen.",
                      "{A} was visible for the first half and then disappeared from the frame."])
    return frame.format(A=cap(a(n)), p=where(r.choice(SETTINGS)), t=the(n)), visible(n, "disappears_half")


@family("visibility")
def fr_vis_two_things(r):
    (k1, n1), (k2, n2) = _subject(r), _subject(r)
    while n2 == n1:
        k2, n2 = _subject(r)
    anchor = r.choice(["fountain", "statue", "kiosk", "lamppost"])
    if r.random() < 0.5:
        text = f"{cap(a(n1))} waits by {a(anchor)}; halfway through, the {n1} {r.choice(DEPART[k1])}."
        return text, all_of(visible(n1, "leaves_half"), present(anchor))
    text = f"{cap(a(anchor))} stands {where(r.choice(SETTINGS))}; halfway through, {a(n2)} {r.choice(ARRIVE[k2])}."
    return text, all_of(visible(n2, "appears_half"), present(anchor))


@family("visibility")
def fr_vis_late_arrival(r):
    kind, n = _subject(r)
    lead = r.choice(["Toward the end of the clip", "Just before the video ends", "Near the end",
                     "In the last few seconds"])
    return f"{lead}, {a(n)} {r.choice(ARRIVE[kind])}.", visible(n, "appears")


@family("visibility")
def fr_vis_early_departure(r):
    kind, n = _subject(r)
    frame = r.choice(["Shortly after the video begins, {a} {v}.", "{A} {v} soon after the start of the clip.",
                      "Right at the beginning {a} is there, but {t} soon {v}."])
    return frame.format(a=a(n), A=cap(a(n)), t=the(n), v=r.choice(DEPART[kind])), visible(n, "disappears")


@family("visibility")
def fr_vis_comes_and_goes_order(r):
    kind, n = _subject(r)
    if r.random() < 0.5:
        text = f"{cap(a(n))} is absent for the first half of the video and {r.choice(ARRIVE[kind])} in the second."
        return text, visible(n, "late_half")
    text = f"{cap(a(n))} is present in the first half of the video and {r.choice(DEPART[kind])} in the second."
    return text, visible(n, "early_half")


# ---------------------------------------------------------------------------------------------- dynamics
def _mover(r, kinds=("animal", "person", "vehicle", "flyer")):
    n, kind, verbs = r.choice([m for m in MOVERS if m[1] in kinds])
    base = r.choice(verbs)
    return n, VERB[base] + (base,)


@family("dynamics")
def fr_dyn_left_right(r):
    n, v = _mover(r)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    frame = r.choice(["{A} {v} from {o} to {d} {x}.", "{A} {v} {x} from the {o} to the {d}.",
                      "{A} {v} across the frame from {o} to {d}."])
    text = " ".join(frame.format(A=cap(a(n)), v=v[0], o=o, d=d, x=r.choice(ACROSS)).split())
    return text.replace(" .", "."), heading(n, d)


@family("dynamics")
def fr_dyn_direction_word(r):
    n, v = _mover(r)
    d = r.choice(["left", "right"])
    how = r.choice([f"{d}ward", f"towards the {d}", f"toward the {d} edge of the frame",
                    f"to the {d} side of the screen"])
    return f"{cap(a(n))} {v[0]} {how}.", heading(n, d)


@family("dynamics")
def fr_dyn_vertical(r):
    n, ups, downs = r.choice(RISERS)
    d = r.choice(["up", "down"] if ups else ["down"])
    phrase = r.choice(ups if d == "up" else downs)
    tails = ([" over the rooftops", " into the sky", " toward the top of the frame"] if d == "up"
             else [" onto the field", " toward the ground", " toward the bottom of the frame"])
    tail = "" if any(w in phrase for w in ("into", "land", "toward", "ground")) else r.choice([""] + tails)
    return f"{cap(a(n))} {phrase}{tail}.", heading(n, d)


@family("dynamics")
def fr_dyn_depth(r):
    n = r.choice(NEAR_FAR_MOVERS)
    d = r.choice(["closer", "away"])
    phrase = r.choice(CLOSER if d == "closer" else AWAY)
    return f"{cap(a(n))} {phrase}.", heading(n, d)


@family("dynamics")
def fr_dyn_passes(r):
    n, v = _mover(r, ("animal", "person", "vehicle"))
    lm = r.choice(LANDMARKS)
    s, e = r.choice([("left", "right"), ("right", "left")])
    frame = r.choice(["{A} {v} past {b}, going from its {s} side to its {e} side.",
                      "{A} {v} from the {s} of {b} to its {e}.",
                      "{A} {v} by {b}, starting on its {s} and finishing on its {e}."])
    return frame.format(A=cap(a(n)), v=v[0], b=a(lm), s=s, e=e), goes_past(n, lm, f"{s}_of", f"{e}_of")


@family("dynamics")
def fr_dyn_starts_ends(r):
    n, v = _mover(r, ("animal", "person", "vehicle"))
    lm = r.choice(LANDMARKS)
    s, e = r.choice([("left", "right"), ("right", "left")])
    frame = r.choice(["{A} starts to the {s} of {b} and ends up on its {e}.",
                      "{A} begins on the {s} side of {b} and {v} over to the {e} side of it.",
                      "Starting to the {s} of {b}, {a} {v} until {t} is to the {e} of it."])
    return (frame.format(A=cap(a(n)), a=a(n), t=the(n), v=v[0], b=a(lm), s=s, e=e),
            goes_past(n, lm, f"{s}_of", f"{e}_of"))


@family("dynamics")
def fr_dyn_possessive(r):
    n, v = _mover(r, ("animal", "person", "vehicle"))
    lm = r.choice(LANDMARKS)
    s, e = r.choice([("left", "right"), ("right", "left")])
    text = f"{cap(a(n))} {v[0]} from the {lm}'s {s} to the {lm}'s {e}."
    return text, goes_past(n, lm, f"{s}_of", f"{e}_of")


@family("dynamics")
def fr_dyn_fronted(r):
    n, v = _mover(r)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    frame = r.choice(["From {o} to {d}, {a} {v} {x}.", "Moving from {o} to {d}, {a} crosses the frame.",
                      "From the {o} edge to the {d} edge, {a} {v}."])
    text = " ".join(frame.format(a=a(n), v=v[0], o=o, d=d, x=r.choice(ACROSS)).split())
    return text.replace(" .", "."), heading(n, d)


@family("dynamics")
def fr_dyn_tenses(r):
    n, v = _mover(r)
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    frame = r.choice(["{A} is {ing} from {o} to {d}.", "{A} {past} from {o} to {d}.",
                      "{A} has been {ing} {d}wards the whole time.", "{A} will {base} from {o} to {d}."])
    return frame.format(A=cap(a(n)), ing=v[2], past=v[1], base=v[3], o=o, d=d), heading(n, d)


@family("dynamics")
def fr_dyn_enter_exit_sides(r):
    n, v = _mover(r, ("animal", "person", "vehicle"))
    d = r.choice(["left", "right"])
    o = "right" if d == "left" else "left"
    frame = r.choice(["{A} enters from the {o} and leaves on the {d}.",
                      "{A} comes in on the {o} side of the frame and {v} out on the {d} side."])
    return frame.format(A=cap(a(n)), v=v[0], o=o, d=d), heading(n, d)


# ---------------------------------------------------------------------------------------------- sequential
def _corners(r, k=3):
    return r.sample(sorted(CORNER_SAY), k)


def _say(r, corner, bare=False):
    """A corner as written; `bare` (no 'corner' after it) leaves out the 'left-hand' forms."""
    return r.choice([w for w in CORNER_SAY[corner] if not (bare and w.endswith("-hand"))])


def _wanderer(r):
    n, base = r.choice(WANDERERS)
    return n, VERB[base]


# {a}: the mover with its article, {v}/{past}: its verb, {w0}.. the corners in order. `bare`: the frame writes
# no "corner" after a corner word, so "left-hand" forms are left out.
ROUTE_FRAMES = {
    "fr_seq_begins_then": ("{A} begins in the {w0} corner, then {v} to the {w1} corner, and then on to the {w2} "
                           "corner.", False, 3),
    "fr_seq_first_next_last": ("First {a} is in the {w0}; next it {v} to the {w1}; last, it stops in the {w2}.",
                               True, 3),
    "fr_seq_before": ("Before ending up in the {w2} corner, {a} {v} from the {w0} corner to the {w1} corner.", False, 3),
    "fr_seq_by_way_of": ("{A} {v} from the {w0} corner to the {w2} corner {via} the {w1} corner.", False, 3),
    "fr_seq_past_tense": ("{A} started at the {w0}, {past} to the {w1} and finished at the {w2}.", True, 3),
    "fr_seq_four_corners": ("{A} visits the four corners in turn: {w0}, {w1}, {w2}, and finally {w3}.", True, 4),
    "fr_seq_after_reaching": ("{A} leaves the {w0} corner for the {w1} corner; after reaching it, it turns toward the "
                              "{w2} corner and stays there.", False, 3),
    "fr_seq_seen_from_above": ("Seen from above, {a} sets out from the {w0} of the scene, crosses to the {w1}, and "
                               "comes to rest in the {w2}.", True, 3),
    "fr_seq_two_sentences": ("{A} sits in the {w0} corner of the frame. It {v} to the {w1} corner and from there to "
                             "the {w2} corner.", False, 3),
    "fr_seq_frame_possessive": ("Starting in the frame's {w0} corner, {a} {v} to the frame's {w1} corner, then makes "
                                "its way to the {w2} corner.", False, 3),
}


def route_family(name, frame, bare, k):
    def fn(r):
        (n, v), cs = _wanderer(r), _corners(r, k)
        words = {f"w{i}": _say(r, c, bare) for i, c in enumerate(cs)}
        via = r.choice(["by way of", "via", "passing through"])
        text = frame.format(A=cap(a(n)), a=a(n), v=v[0], past=v[1], via=via, **words)
        return text, path(n, *cs)
    fn.__name__ = name
    family("sequential")(fn)


for _name, (_frame, _bare, _k) in ROUTE_FRAMES.items():
    route_family(_name, _frame, _bare, _k)


# ---------------------------------------------------------------------------------------------- spatial
def _pair(r, pred):
    """(x, y, x's kind) for `x pred y`, with things that suit the relation."""
    if pred == "above":
        return r.choice(HIGH_THINGS), r.choice(ANCHORS + UNDER_ANCHORS), "flyer"
    if pred == "below":
        x = r.choice(LOW_THINGS)
        return x, r.choice(UNDER_ANCHORS), "animal" if x in ("cat", "puppy", "rabbit", "hedgehog", "duckling") else "object"
    if pred == "on":
        return r.choice(SMALL_THINGS)[0], r.choice(SURFACES), "object"
    x, y = two(r, ANCHORS + ["cat", "puppy", "goat", "woman", "man"])
    return x, y, "person" if x in ("woman", "man") else "animal" if x in ("cat", "puppy", "goat") else "object"


PREDS = ["left_of", "right_of", "above", "below", "on", "in_front_of", "behind", "next_to"]


@family("spatial")
def fr_sp_noun_phrase(r):
    pred = r.choice(PREDS)
    x, y, _ = _pair(r, pred)
    return f"{cap(a(x))} {r.choice(PHRASE[pred])} {a(y)}.", related(x, pred, y)


@family("spatial")
def fr_sp_there_was(r):
    pred = r.choice(PREDS)
    x, y, _ = _pair(r, pred)
    lead = r.choice(["There was", "There is", "There's", "We can see", "The picture shows"])
    return f"{lead} {a(x)} {r.choice(PHRASE[pred])} {a(y)}.", related(x, pred, y)


@family("spatial")
def fr_sp_fronted(r):
    pred = r.choice(PREDS)
    x, y, kind = _pair(r, pred)
    phrase = r.choice(PHRASE[pred])
    own = {"chandelier": "hangs", "cloud": "floats"}.get(x, STAND.get(kind, "stands"))
    verb = "is" if phrase.startswith(_PARTICIPLES) else r.choice(["is", own])
    return f"{cap(phrase)} {a(y)} {verb} {a(x)}.", related(x, pred, y)


@family("spatial")
def fr_sp_progressive(r):
    pred = r.choice(PREDS)
    x, y, kind = _pair(r, pred)
    verb = {"person": "standing", "animal": "sitting", "flyer": "hovering"}.get(kind, "standing")
    verb = {"chandelier": "hanging", "cloud": "floating"}.get(x, verb)
    return f"{cap(a(x))} is {verb} {r.choice(plain(pred))} {a(y)}.", related(x, pred, y)


@family("spatial")
def fr_sp_which_clause(r):
    pred = r.choice(PREDS)
    x, y, _ = _pair(r, pred)
    tail = r.choice(["catches the light", "is covered in dust", "looks brand new", "has seen better days"])
    return f"{cap(a(x))}, which is {r.choice(PHRASE[pred])} {a(y)}, {tail}.", related(x, pred, y)


@family("spatial")
def fr_sp_its_side(r):
    pred = r.choice(["left_of", "right_of"])
    x, y, _ = _pair(r, pred)
    side = "left" if pred == "left_of" else "right"
    frame = r.choice(["{Y} stands in the middle of the shot; to {its} {s} is {x}.", "{Y} has {x} on {its} {s}.",
                      "{Y} with {x} to {its} {s}.", "There is {y}, and on {its} {s} side, {x}."])
    return frame.format(Y=cap(a(y)), y=a(y), x=a(x), s=side, its=its(y)), related(x, pred, y)


@family("spatial")
def fr_sp_pronoun_it(r):
    pred = r.choice(["above", "below", "on", "in_front_of", "behind", "next_to"])
    x, y, _ = _pair(r, pred)
    ph = r.choice(plain(pred))
    frame = r.choice(["There is {y}, and {ph} {it} is {x}.", "{Y} stands alone, with {x} {ph} {it}.",
                      "Look at {y}: {ph} {it} is {x}."])
    return frame.format(Y=cap(a(y)), y=a(y), x=a(x), ph=ph, it=it(y)), related(x, pred, y)


@family("spatial")
def fr_sp_between(r):
    x, y, z = r.sample(ANCHORS, 3)
    frame = r.choice(["{X} between {y} and {z}.", "{X} stands in between {y} and {z}.",
                      "{X} sits with {y} on one side and {z} on the other.",
                      "Between {y} and {z} there is {x}."])
    return frame.format(X=cap(a(x)), x=a(x), y=a(y), z=a(z)), related(x, "between", y, z)


@family("spatial")
def fr_sp_passive(r):
    pred = r.choice(PREDS)
    x, y, _ = _pair(r, pred)
    verb = r.choice(["is placed", "has been set", "was put", "is positioned", "has been left"])
    return f"{cap(a(x))} {verb} {r.choice(plain(pred))} {a(y)}.", related(x, pred, y)


@family("spatial")
def fr_sp_two_relations(r):
    p1, p2 = r.choice([("left_of", "right_of"), ("right_of", "left_of"), ("on", "next_to"), ("below", "left_of")])
    x, y, _ = _pair(r, p1)
    z = r.choice([n for n in ANCHORS + ["goat", "cat"] if n not in (x, y)])
    text = f"{cap(a(x))} is {r.choice(plain(p1))} {a(y)}, and {a(z)} is {r.choice(plain(p2))} the {y}."
    return text, all_of(related(x, p1, y), related(z, p2, y))


# ============================================================================================ screenplays
# Characters: (name as written, pronoun). Several origins; accents and non-Latin scripts kept.
WOMEN = ["Inés", "Siobhán", "Zofia", "Mei", "Aiko", "Priya", "Fatima", "Chloé", "Oksana", "Greta", "Margot",
         "Beatriz", "Ngozi", "Leilani", "Anaïs", "Dagmar", "Ruth", "Yasmin", "Astrid", "Małgorzata", "さくら",
         "Thandiwe", "Carmen"]
MEN = ["Kwame", "Joaquín", "Søren", "François", "Dmitri", "Arjun", "Tadhg", "Youssef", "Haruto", "Mateusz", "Raúl",
       "Emeka", "Björn", "Ömer", "Walter", "Gus", "Cormac", "Luca", "陈伟", "Nikolai", "Thabo", "Ignacio"]
POSS = {"she": "her", "he": "his"}
OBJ = {"she": "her", "he": "him"}
AGES = ["20s", "30s", "40s", "50s", "60s", "early 30s", "late 40s", "70s"]
HABITS = ["rolls up {p} sleeves", "checks {p} watch", "pushes {p} glasses up {p} nose", "unwinds {p} scarf",
          "rubs {p} eyes", "tucks {p} hands into {p} pockets", "smooths {p} collar", "shakes the rain off {p} coat"]
PLACES = [("INT.", "BAKERY", "MORNING"), ("INT.", "TRAIN CARRIAGE", "NIGHT"), ("INT.", "PHARMACY", "DAY"),
          ("INT.", "BOATHOUSE", "DUSK"), ("INT.", "CLASSROOM", "AFTERNOON"), ("INT.", "GREENHOUSE", "DAY"),
          ("INT.", "HOTEL LOBBY", "NIGHT"), ("INT.", "POST OFFICE", "DAY"), ("INT.", "ATTIC", "EVENING"),
          ("INT.", "WORKSHOP", "LATE NIGHT"), ("INT.", "FARMHOUSE KITCHEN", "DAWN"), ("INT.", "CHAPEL", "DAY"),
          ("INT.", "COCINA", "NOCHE"), ("INT.", "APPARTEMENT", "NUIT"), ("INT.", "WOHNZIMMER", "TAG")]
SEPARATORS = [" - ", "--", " – ", " - ", ". "]
LINES = ["You're late.", "I brought the keys.", "It can wait till morning.", "Did anyone call?", "Not tonight.",
         "We should go.", "Is it still raining?", "Leave it there.", "I'll be right back.", "That's the last one.",
         "Have you eaten?", "Nobody told me.", "Then we wait.", "Don't start.", "It's cold in here."]
CARRY = ["kettle", "lantern", "toolbox", "parcel", "jar", "teapot", "radio", "helmet", "ledger", "typewriter",
         "bowl", "tray", "briefcase", "thermos", "birdcage", "suitcase"]
PLACE_ON = ["table", "counter", "desk", "dresser", "windowsill", "workbench", "cabinet", "stool", "trunk", "shelf"]
# (verb, particle, preposition)
PLACING = [("sets", " down", "on"), ("plants", "", "on"), ("plonks", " down", "on"), ("deposits", "", "on"),
           ("balances", "", "on"), ("lowers", "", "onto"), ("heaves", "", "onto"), ("slaps", " down", "on"),
           ("stands", "", "on"), ("puts", " down", "on"), ("parks", "", "on"), ("perches", "", "on")]
HANGING = [("painting", "hangs", "above"), ("mirror", "hangs", "above"), ("clock", "mounts", "above"),
           ("wreath", "hangs", "over"), ("lantern", "hangs", "above"), ("banner", "pins", "above"),
           ("map", "tacks", "above")]
HANG_TARGETS = ["fireplace", "sofa", "bed", "doorway", "desk", "sink", "piano"]
UNDERS = [("suitcase", "slides", "under"), ("box", "shoves", "under"), ("crate", "pushes", "beneath"),
          ("rifle", "hides", "under"), ("envelope", "tucks", "beneath"), ("backpack", "stows", "under"),
          ("shoebox", "slips", "underneath")]
UNDER_TARGETS = ["bed", "table", "desk", "sofa", "counter", "bench", "seat"]
INTO = [("letter", "drops", "into", "tin"), ("coin", "drops", "into", "jar"), ("apple", "tosses", "into", "basket"),
        ("key", "drops", "into", "bowl"), ("photograph", "slips", "into", "envelope"), ("book", "packs", "into", "suitcase")]
SPOTS = [("at {p} desk", "desk"), ("by the window", "window"), ("beside the stove", "stove"),
         ("next to the fireplace", "fireplace"), ("at the counter", "counter"), ("near the door", "door"),
         ("by the piano", "piano"), ("at the sink", "sink"), ("beside the bookcase", "bookcase"),
         ("by the easel", "easel")]
COME_IN = ["comes in", "walks in", "bursts in", "slips in through the back door", "shuffles in", "strides in",
           "steps inside", "hurries in out of the rain", "enters", "comes in from the street"]
GO_OUT = ["leaves", "walks out", "storms out", "slips out the back", "heads out the door", "exits",
          "hurries off", "marches out", "goes out into the night", "leaves without a word"]
FAR = ["walks twenty paces away", "crosses to the far end of the room", "moves fifty feet off",
       "backs away a good thirty feet", "wanders off to the other end of the hall", "retreats to the far corner"]


def heading_line(r):
    ie, loc, tod = r.choice(PLACES)
    return f"{ie} {loc}{r.choice(SEPARATORS)}{tod}"


def people(r, k=2, genders=None):
    """k characters, distinct names. The first two differ in gender (so a 'she' or 'he' has one reading);
    `genders` fixes them."""
    first = r.choice([("she", "he"), ("he", "she")])
    out, used = [], set()
    for i in range(k):
        g = genders[i] if genders else first[i] if i < 2 else r.choice(["she", "he"])
        name = r.choice(WOMEN if g == "she" else MEN)
        while name in used:
            name = r.choice(WOMEN if g == "she" else MEN)
        used.add(name)
        out.append((name, g))
    return out


def caps(name):
    return name.upper()


def intro(r, name, g):
    """First appearance, in capitals, with a gendered possessive a reader can resolve pronouns by."""
    habit = r.choice(HABITS).format(p=POSS[g])
    return f"{caps(name)} ({r.choice(AGES)}) {habit}."


def say(name, line, ext=None, paren=None):
    cue = caps(name) + (f" ({ext})" if ext else "")
    return "\n".join([cue] + ([f"({paren})"] if paren else []) + [line])


def fountain(r, *paras):
    return "\n\n".join([heading_line(r), *paras]) + "\n"


def lines(r, k):
    return r.sample(LINES, k)


@family("screenplay")
def fr_scr_place_on(r):
    (x, gx), (y, gy) = people(r)
    obj, surf = r.choice(CARRY), r.choice(PLACE_ON)
    verb, part, prep = r.choice(PLACING)
    l1, l2 = lines(r, 2)
    style = r.randrange(4)
    if style == 0:
        act = f"{x} picks up the {obj} and {verb} it{part} {prep} the {surf}."
        marker = f"{verb} it{part} {prep} the {surf}"
    elif style == 1:
        act = f"Without a word, {gx} {verb} the {obj}{part} {prep} the {surf}."
        marker = f"{verb} the {obj}{part} {prep} the {surf}"
    elif style == 2:
        act = f"{cap(gx)} {verb} {POSS[gx]} {obj}{part} {prep} the {surf} and steps back."
        marker = f"{verb} {POSS[gx]} {obj}{part} {prep} the {surf}"
    else:
        act = f"{x} {verb} the {obj}{part} {prep} the {surf}."
        marker = act[:-1]
    text = fountain(r, f"{intro(r, x, gx)} A {obj} waits by the door.", f"{caps(y)} watches from a chair.",
                    say(y, l1), say(x, l2), act)
    return text, put(marker, obj, "on", surf, x)


@family("screenplay")
def fr_scr_hang_and_slide(r):
    (x, gx), = people(r, 1)
    if r.random() < 0.5:
        obj, verb, prep = r.choice(HANGING)
        target, pred = r.choice(HANG_TARGETS), "above"
    else:
        obj, verb, prep = r.choice(UNDERS)
        target, pred = r.choice(UNDER_TARGETS), "below"
    subj = r.choice([x, cap(gx)])
    act = f"{subj} {verb} the {obj} {prep} the {target}."
    lead = r.choice(["", "Carefully, ", "After a long look around, ", "Then "])
    if lead:
        act = lead + act[0].lower() + act[1:] if subj == cap(gx) else lead + act
    text = fountain(r, intro(r, x, gx), f"{x} carries a {obj} across the room.", act)
    return text, put(f"the {obj} {prep} the {target}", obj, pred, target, x)


@family("screenplay")
def fr_scr_put_inside(r):
    (x, gx), (y, gy) = people(r)
    obj, verb, prep, box = r.choice(INTO)
    subj = r.choice([x, cap(gx)])
    act = f"{subj} {verb} the {obj} {prep} the {box}."
    text = fountain(r, f"{intro(r, x, gx)} {cap(a(box))} sits on the table in front of {OBJ[gx]}.",
                    say(y, r.choice(LINES)), f"{x} turns a {obj} over in {POSS[gx]} fingers.", act)
    return text, put(f"the {obj} {prep} the {box}", obj, "inside", box, x)


@family("screenplay")
def fr_scr_entrance(r):
    (x, gx), (y, gy) = people(r)
    come = r.choice(COME_IN)
    lead = r.choice(["", "A moment later, ", "Just then, ", "The door opens. "])
    act = f"{lead}{caps(y)} {come}."
    tail = r.choice(["", f" {cap(gy)} shakes out an umbrella.", f" {cap(gy)} looks around."])
    text = fountain(r, intro(r, x, gx), f"{x} works alone for a while.", act + tail,
                    say(x, r.choice(LINES)), say(y, r.choice(LINES)))
    return text, all_of(enters(f"{caps(y)} {come}", y), distinct(x, y))


@family("screenplay")
def fr_scr_exit(r):
    (x, gx), (y, gy) = people(r)
    go = r.choice(GO_OUT)
    l1, l2 = lines(r, 2)
    act = r.choice([f"{y} {go}.", f"{cap(gy)} {go}.", f"With a shrug, {y} {go}."])
    marker = act[:-1] if not act.startswith("With") else f"{y} {go}"
    text = fountain(r, f"{intro(r, x, gx)} {intro(r, y, gy)}", say(x, l1), say(y, l2), act,
                    f"{x} sits down and stares at the floor.")
    return text, all_of(leaves(marker, y), on_screen("stares at the floor", x, absent=[y]))


@family("screenplay")
def fr_scr_position(r):
    (x, gx), (y, gy) = people(r)
    spot, noun = r.choice(SPOTS)
    spot = spot.format(p=POSS[gx])
    verb = r.choice(["sits", "stands", "waits", "works", "lingers"])
    act = r.choice([f"{x} {verb} {spot}.", f"{cap(gx)} {verb} {spot}, lost in thought."])
    text = fountain(r, intro(r, x, gx), act, say(y, r.choice(LINES), ext="O.S."), say(x, r.choice(LINES)))
    return text, beside(f"{verb} {spot}", x, noun)


@family("screenplay")
def fr_scr_far_apart(r):
    (x, gx), (y, gy) = people(r)
    far = r.choice(FAR)
    l1, l2, l3 = lines(r, 3)
    text = fountain(r, f"{intro(r, x, gx)} {caps(y)} stands close beside {OBJ[gx]}.", say(y, l1),
                    f"{y} {far}.", say(x, l2, paren="calling after " + OBJ[gy]), say(y, l3, paren="shouting back"))
    return text, kept_apart(f"{y} {far}", x, y)


@family("screenplay")
def fr_scr_between_them(r):
    (x, gx), (y, gy), (z, gz) = people(r, 3)
    seat = r.choice(["on the bench", "on a sofa", "at the bar", "on the steps", "on the low wall"])
    acts = [f"{z} sits down between them.", f"{z} squeezes in between {x} and {y}.",
            f"{z} takes the seat between the two of them."]
    if gz not in (gx, gy):  # a pronoun only where it has one reading
        acts.append(f"{cap(gz)} sits between them.")
    act = r.choice(acts)
    text = fountain(r, f"{caps(x)} and {caps(y)} sit side by side {seat}.", say(x, r.choice(LINES)),
                    f"{caps(z)} arrives.", act, say(z, r.choice(LINES)))
    return text, between(act[:-1].split(" between")[0] + " between", z, x, y)


@family("screenplay")
def fr_scr_pronoun_after_speech(r):
    (x, gx), (y, gy) = people(r, 2, r.choice([("she", "he"), ("he", "she")]))
    l1, l2, l3 = lines(r, 3)
    act = r.choice(["{P} walks back to {p} desk and sits.", "{P} turns away and picks up the phone.",
                    "{P} crosses to the window and looks out.", "{P} goes back to {p} crossword.",
                    "{P} shrugs and leaves the room.", "{P} pours {o}self a glass of water."])
    act = act.format(P=cap(gx), p=POSS[gx], o="her" if gx == "she" else "him")
    l4 = r.choice([line for line in LINES if line not in (l1, l2, l3)])
    text = fountain(r, f"{intro(r, x, gx)} {intro(r, y, gy)}", say(x, l1), say(y, l2), say(x, l3), say(y, l4), act)
    return text, on_screen(act[:-1], x)


@family("screenplay")
def fr_scr_pronoun_chain(r):
    (x, gx), (y, gy) = people(r, 2, r.choice([("she", "he"), ("he", "she")]))
    obj, surf = r.choice([("kettle", "stove"), ("jug", "table"), ("lamp", "desk"), ("vase", "mantelpiece"),
                          ("radio", "shelf"), ("candle", "windowsill")])
    text = fountain(r, f"{intro(r, x, gx)} {caps(y)} reads a newspaper in the corner.",
                    say(y, r.choice(LINES)),
                    f"{cap(gx)} picks up the {obj}. {cap(gx)} wipes it clean and sets it on the {surf}.",
                    say(x, r.choice(LINES)))
    return text, all_of(put(f"sets it on the {surf}", obj, "on", surf, x), on_screen(f"wipes it clean", x))


@family("screenplay")
def fr_scr_they(r):
    (x, gx), (y, gy), (w, gw) = people(r, 3)
    come = r.choice(["come in", "arrive together", "walk in arm in arm", "hurry in from the cold"])
    act = r.choice(["They sit at a table by the window.", "They sit down on the sofa.",
                    "Together they stand at the bar.", "The two of them sit at a corner table.",
                    "They both sit down at the counter.", "They take a table near the door."])
    text = fountain(r, f"{caps(w)}, the owner, wipes down the counter.", f"{caps(x)} and {caps(y)} {come}.",
                    say(w, r.choice(LINES)), act, say(x, r.choice(LINES)))
    return text, on_screen(act[:-1], x, y)


CROWDS = [("The regulars look up from their drinks.", 2), ("A dozen soldiers march past the window.", 12),
          ("Five nurses hurry down the corridor.", 5), ("The passengers crowd toward the doors.", 2),
          ("A handful of tourists drift in, cameras raised.", 3), ("Dozens of commuters push past.", 6),
          ("The whole choir rises to its feet.", 3), ("Several fishermen mend their nets on the quay.", 3),
          ("Three old men play cards in the corner.", 3), ("A crowd of students spills in through the doors.", 5),
          ("Eight dancers take their places.", 8), ("The other guests fall silent.", 2),
          ("Two dozen pilgrims kneel in the aisle.", 24), ("A group of children chase each other round the tables.", 3)]


@family("screenplay")
def fr_scr_crowd(r):
    (x, gx), = people(r, 1)
    line, least = r.choice(CROWDS)
    text = fountain(r, intro(r, x, gx), line, say(x, r.choice(LINES)))
    return text, figures(line[:-1], least, named=[x])


CREATURES = [("horse", "quadruped", "big"), ("donkey", "quadruped", None), ("goat", "quadruped", None),
             ("camel", "quadruped", "big"), ("lion", "quadruped", None), ("elephant", "quadruped", "big"),
             ("unicorn", "quadruped", "big"), ("cat", "quadruped", "small"), ("dog", "quadruped", "small"),
             ("crow", "bird", "small"), ("owl", "bird", "small"), ("parrot", "bird", "small"), ("heron", "bird", None),
             ("carp", "fish", None), ("trout", "fish", None), ("snake", "serpent", None), ("cobra", "serpent", None),
             ("dragon", "winged_quadruped", "big"), ("griffin", "winged_quadruped", "big"),
             ("gorilla", "biped_creature", None), ("ape", "biped_creature", None), ("rabbit", "quadruped", "small")]
# (action, whether it puts the creature beside the person, so that their sizes compare)
CREATURE_ACTS = {"quadruped": [("{A} wanders in and stops beside {x}.", True), ("{X}'s {n} lies at {p} feet.", False),
                               ("{A} stands next to {x}, flicking its tail.", True)],
                 "bird": [("{A} lands on the windowsill next to {x}.", False), ("{A} perches on {x}'s shoulder.", True)],
                 "fish": [("{A} circles slowly in the tank beside {x}.", False), ("{X} watches {a} in the pond.", False)],
                 "serpent": [("{A} coils on the floor near {x}.", False), ("{A} slides across the rug toward {x}.", False)],
                 "winged_quadruped": [("{A}, in full scale, lands behind {x}.", True),
                                      ("A huge {n} settles beside {x}.", True)],
                 "biped_creature": [("{A} knuckle-walks up to {x}.", True), ("{A} sits down beside {x}.", True)]}


@family("screenplay")
def fr_scr_creature(r):
    (x, gx), = people(r, 1)
    noun, body, scale = r.choice(CREATURES)
    act, side_by_side = r.choice(CREATURE_ACTS[body])
    act = act.format(n=noun, x=x, X=x, p=POSS[gx], a=a(noun), A=cap(a(noun)))
    text = fountain(r, intro(r, x, gx), act, say(x, r.choice(LINES)))
    marker = act[:-1]
    scale = scale if side_by_side else None
    kwargs = {"bigger_than": x} if scale == "big" else {"smaller_than": x} if scale == "small" else {}
    return text, all_of(creature(marker, noun, body, **kwargs), on_screen(marker, x))


SOUNDS = [("We hear the clang of a hammer on an anvil from the forge next door.", ["hammer", "anvil"]),
          ("From the next room comes the clatter of a spoon in a teacup.", ["spoon", "teacup"]),
          ("Somewhere below, a bell tolls twice.", ["bell"]),
          ("The distant whistle of a train drifts in.", ["train"]),
          ("Outside, the wail of a siren rises and fades.", ["siren"]),
          ("We HEAR the scrape of a chair on the floor upstairs.", ["chair"]),
          ("The muffled thump of a drum comes through the wall.", ["drum"]),
          ("A typewriter clacks away in the office across the hall.", ["typewriter"]),
          ("Far off, we hear a dog barking.", ["dog"]),
          ("The rattle of a key in a lock, somewhere down the corridor.", ["key", "lock"]),
          ("From the street below comes the blare of a car horn.", ["car", "horn"]),
          ("The tinny sound of a radio playing in another flat.", ["radio"])]


@family("screenplay")
def fr_scr_sound(r):
    (x, gx), = people(r, 1)
    line, nouns = r.choice(SOUNDS)
    react = r.choice(["{X} looks up.", "{X} freezes, listening.", "{P} keeps working.", "{X} glances at the wall."])
    react = react.format(X=x, P=cap(gx))
    text = fountain(r, intro(r, x, gx), line + " " + react, say(x, r.choice(LINES)))
    return text, heard_only(line[:-1], nouns, x)


@family("screenplay")
def fr_scr_names(r):
    (x, gx), (y, gy), (z, gz) = people(r, 3)
    obj = r.choice(["a table", "a rolled carpet", "a long ladder", "a heavy trunk"])
    text = fountain(r, f"{caps(x)} and {caps(y)} carry {obj} in. {caps(z)} holds the door.",
                    say(z, r.choice(LINES)), say(x, r.choice(LINES)), say(y, r.choice(LINES)),
                    f"{z} lets the door swing shut.")
    return text, all_of(distinct(x, y, z), on_screen(f"carry {obj} in", x, y), on_screen("lets the door swing", z))


@family("screenplay")
def fr_scr_offscreen(r):
    (x, gx), (y, gy) = people(r)
    l1, l2 = lines(r, 2)
    ext = r.choice(["V.O.", "O.S.", "O.C."])
    if ext == "V.O.":
        text = fountain(r, intro(r, x, gx), say(y, l1, ext="V.O."), f"{x} opens a drawer and takes out a letter.",
                        say(y, l2, ext="V.O."))
        check = all_of(unseen_speaker(l1, y, x), unseen_speaker(l2, y))
    else:
        text = fountain(r, intro(r, x, gx), say(y, l1, ext=ext), f"{x} turns toward the hallway.",
                        say(x, l2))
        check = all_of(unseen_speaker(l1, y, x), on_screen("turns toward the hallway", x, absent=[y]))
    return text, all_of(check, distinct(x, y))


@family("screenplay")
def fr_scr_possessive(r):
    (x, gx), (y, gy) = people(r, 2)
    obj, surf = r.choice(CARRY), r.choice(PLACE_ON)
    act = r.choice([f"{x} lifts {y}'s {obj} off the floor and sets it on the {surf}.",
                    f"{x} takes {y}'s {obj} and puts it on the {surf}.",
                    f"{cap(gx)} picks up {y}'s {obj} and places it on the {surf}."])
    text = fountain(r, f"{intro(r, x, gx)} {caps(y)} drops a {obj} by the door and flops into a chair.",
                    say(y, r.choice(LINES)), act)
    return text, put(f"it on the {surf}", obj, "on", surf, x)


# ============================================================================================ the set
def cases(seed: int = 0) -> list[Case]:
    """The whole fresh set, the same list in every process (each family seeded by its own name)."""
    out = []
    for category, name, fn in FAMILIES:
        r = random.Random(f"fresh:{seed}:{name}")
        want = PER_FAMILY.get(category, DEFAULT_PER_FAMILY)
        texts: set[str] = set()
        for _ in range(want * 30):
            if len(texts) >= want:
                break
            text, check = fn(r)
            if text in texts:
                continue
            texts.add(text)
            out.append(Case(category, "fresh", name, text, check, screenplay=category == "screenplay"))
    return out
