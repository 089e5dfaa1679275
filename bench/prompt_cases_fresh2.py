"""A second fresh held-back set (LVD's six categories), written in the fifth session by an author who never tuned
the rules planner and never read `prompt_cases.py`'s families or `prompt_cases_fresh.py`.

The first fresh set had been scored at five merge points, so it no longer tells whether a round generalises.
This one is scored only by the lead, at merge time. Its failures print only with `--show-fresh2-failures`, for
its author's check of its own expectations; whoever tunes the planner never runs that.

Every family below has its own sentence frame(s) and draws on the word lists of this file alone. A check looks
things up the way a reader of the text would, by head noun ("the fire truck" is any entity named "fire truck" or
"truck", singular or plural), never by a planner's ids, and judges the plan's boxes over time with the shared
helpers of `prompt_cases.py` and their tolerances.
"""
from __future__ import annotations

import random

from prompt_cases import (Case, appears_before, area, circles, crosses, cx, cy, legs, moves, nears, need,
                          passes, relation_holds, route, track)

FAMILIES: list[tuple[str, str, object]] = []
PER_FAMILY = 8


def family(category):
    def deco(fn):
        FAMILIES.append((category, fn.__name__, fn))
        return fn
    return deco


def cases(seed: int = 0, families=None) -> list[Case]:
    """The whole set, the same list in every process (each family seeded by its own name)."""
    out = []
    for category, name, fn in (FAMILIES if families is None else families):
        r = random.Random(f"fresh2:{seed}:{name}")
        texts: set[str] = set()
        for _ in range(PER_FAMILY * 30):
            if len(texts) >= PER_FAMILY:
                break
            text, check = fn(r)
            if text in texts:
                continue
            texts.add(text)
            out.append(Case(category, "fresh2", name, text, check, screenplay=category == "screenplay"))
    return out


# ------------------------------------------------------------------------------------------------ word lists
# (singular, plural); a compound's last word is its head noun.
ANIMALS = [("otter", "otters"), ("hedgehog", "hedgehogs"), ("badger", "badgers"), ("squirrel", "squirrels"),
           ("raccoon", "raccoons"), ("penguin", "penguins"), ("zebra", "zebras"), ("llama", "llamas"),
           ("beaver", "beavers"), ("tortoise", "tortoises"), ("frog", "frogs"), ("moose", "moose"),
           ("panda", "pandas"), ("kangaroo", "kangaroos"), ("goose", "geese"), ("donkey", "donkeys"),
           ("lamb", "lambs"), ("hamster", "hamsters"), ("giraffe", "giraffes"), ("poodle", "poodles")]
SMALL_ANIMALS = [("hedgehog", "hedgehogs"), ("squirrel", "squirrels"), ("hamster", "hamsters"), ("frog", "frogs"),
                 ("kitten", "kittens"), ("ferret", "ferrets"), ("chipmunk", "chipmunks"), ("poodle", "poodles")]
PEOPLE = [("chef", "chefs"), ("nurse", "nurses"), ("farmer", "farmers"), ("sailor", "sailors"),
          ("firefighter", "firefighters"), ("police officer", "police officers"), ("teenager", "teenagers"),
          ("toddler", "toddlers"), ("clown", "clowns"), ("knight", "knights"), ("astronaut", "astronauts"),
          ("jogger", "joggers"), ("postman", "postmen"), ("waiter", "waiters"), ("tourist", "tourists"),
          ("grandmother", "grandmothers"), ("ballerina", "ballerinas"), ("pirate", "pirates")]
SMALL_THINGS = [("lantern", "lanterns"), ("teapot", "teapots"), ("kettle", "kettles"), ("mug", "mugs"),
                ("candle", "candles"), ("backpack", "backpacks"), ("globe", "globes"), ("clock", "clocks"),
                ("pumpkin", "pumpkins"), ("toolbox", "toolboxes"), ("typewriter", "typewriters"),
                ("flowerpot", "flowerpots"), ("jar", "jars"), ("watering can", "watering cans"),
                ("teddy bear", "teddy bears"), ("helmet", "helmets"), ("radio", "radios"),
                ("pineapple", "pineapples"), ("loaf", "loaves"), ("candlestick", "candlesticks")]
GROUND_THINGS = [("traffic cone", "traffic cones"), ("mailbox", "mailboxes"), ("trash can", "trash cans"),
                 ("guitar", "guitars"), ("drum", "drums"), ("birdcage", "birdcages"), ("wheelbarrow", "wheelbarrows"),
                 ("fire hydrant", "fire hydrants"), ("snowman", "snowmen"), ("scarecrow", "scarecrows"),
                 ("hay bale", "hay bales"), ("cactus", "cacti"), ("treasure chest", "treasure chests"),
                 ("cannon", "cannons"), ("skateboard", "skateboards"), ("beach ball", "beach balls")]
SURFACES = [("shelf", "shelves"), ("coffee table", "coffee tables"), ("picnic table", "picnic tables"),
            ("workbench", "workbenches"), ("tree stump", "tree stumps"), ("piano", "pianos"),
            ("dresser", "dressers"), ("nightstand", "nightstands"), ("boulder", "boulders"),
            ("windowsill", "windowsills")]
FURNITURE = [("armchair", "armchairs"), ("park bench", "park benches"), ("picnic table", "picnic tables"),
             ("wardrobe", "wardrobes"), ("grand piano", "grand pianos"), ("dining table", "dining tables"),
             ("hammock", "hammocks"), ("bunk bed", "bunk beds"), ("coffee table", "coffee tables"),
             ("workbench", "workbenches")]
FLYERS = [("drone", "drones"), ("seagull", "seagulls"), ("crow", "crows"), ("bat", "bats"), ("parrot", "parrots"),
          ("blimp", "blimps"), ("hot air balloon", "hot air balloons"), ("dragonfly", "dragonflies"),
          ("hawk", "hawks"), ("pigeon", "pigeons"), ("paper plane", "paper planes"), ("airplane", "airplanes"),
          ("moth", "moths"), ("sparrow", "sparrows")]
VEHICLES = [("motorbike", "motorbikes"), ("tram", "trams"), ("jeep", "jeeps"), ("ambulance", "ambulances"),
            ("fire truck", "fire trucks"), ("school bus", "school buses"), ("pickup truck", "pickup trucks"),
            ("limousine", "limousines"), ("go-kart", "go-karts"), ("sports car", "sports cars"),
            ("minivan", "minivans"), ("forklift", "forklifts"), ("golf cart", "golf carts"),
            ("rickshaw", "rickshaws"), ("unicycle", "unicycles"), ("ice cream truck", "ice cream trucks")]
LANDMARKS = [("lighthouse", "lighthouses"), ("windmill", "windmills"), ("oak tree", "oak trees"),
             ("palm tree", "palm trees"), ("statue", "statues"), ("fountain", "fountains"), ("tent", "tents"),
             ("cottage", "cottages"), ("lamppost", "lampposts"), ("bus stop", "bus stops"),
             ("haystack", "haystacks"), ("signpost", "signposts"), ("pine tree", "pine trees"),
             ("church", "churches"), ("shed", "sheds"), ("phone booth", "phone booths"), ("cabin", "cabins")]
ROLLERS = [("beach ball", "beach balls"), ("pumpkin", "pumpkins"), ("tire", "tires"), ("barrel", "barrels"),
           ("coconut", "coconuts"), ("bowling ball", "bowling balls"), ("melon", "melons"), ("snowball", "snowballs")]
GARMENTS = ["coat", "jacket", "raincoat", "sweater", "scarf", "dress", "hat", "hoodie", "apron", "cape"]
SETTINGS = ["courtyard", "orchard", "playground", "parking lot", "backyard", "clearing", "plaza", "barnyard",
            "town square", "beach", "desert", "riverbank", "rooftop", "snowy field"]
MOVERS = ANIMALS + PEOPLE + VEHICLES
NATURAL = {"pumpkin", "pineapple", "loaf", "cactus", "snowman", "hay bale", "scarecrow"}
MADE = [t for t in SMALL_THINGS + GROUND_THINGS if t[0] not in NATURAL]
SMALL_MADE = [t for t in MADE if t in SMALL_THINGS]
SHE, HE = {"grandmother", "ballerina", "nurse"}, {"postman", "knight", "pirate"}

# colour word -> colour names a plan may give it
COLOURS = {"red": {"red"}, "blue": {"blue"}, "green": {"green"}, "yellow": {"yellow"}, "orange": {"orange"},
           "purple": {"purple", "violet"}, "pink": {"pink"}, "brown": {"brown"}, "black": {"black"},
           "white": {"white"}, "grey": {"grey", "gray"}, "silver": {"silver", "grey", "gray"},
           "golden": {"golden", "gold", "yellow"}, "crimson": {"crimson", "red"},
           "turquoise": {"turquoise", "cyan", "teal", "blue"}, "violet": {"violet", "purple"},
           "navy blue": {"navy blue", "navy", "blue"}, "dark green": {"dark green", "green"},
           "light blue": {"light blue", "blue", "sky blue"}, "beige": {"beige", "tan", "brown"}}
BASIC_COLOURS = ["red", "blue", "green", "yellow", "orange", "purple", "pink", "brown", "black", "white", "grey"]
ALL_COLOURS = list(COLOURS)
MATERIALS = {"wooden": {"wooden", "wood"}, "metal": {"metal", "metallic"}, "glass": {"glass"},
             "plastic": {"plastic"}, "stone": {"stone"}, "wicker": {"wicker"}, "leather": {"leather"},
             "ceramic": {"ceramic"}, "marble": {"marble"}, "paper": {"paper"}, "brass": {"brass"},
             "copper": {"copper"}, "bamboo": {"bamboo"}, "iron": {"iron"}, "cardboard": {"cardboard"}}
BIG = ["huge", "enormous", "giant", "massive", "big", "large", "gigantic", "oversized"]
SMALL = ["tiny", "little", "small", "miniature", "teeny", "minuscule"]
NUMBERS = [("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("2", 2), ("3", 3), ("4", 4), ("5", 5)]
WALKS = ["walks", "strolls", "wanders", "trots", "ambles", "hurries", "dashes", "moves", "paces"]
DRIVES = ["drives", "rolls", "speeds", "moves", "cruises", "rattles"]
FLIES = ["flies", "glides", "soars", "flutters", "drifts", "swoops"]
CORNER_NAMES = {"upper left": ["top left", "upper left", "top-left"], "upper right": ["top right", "upper right",
                                                                                        "top-right"],
                "lower left": ["bottom left", "lower left", "bottom-left"],
                "lower right": ["bottom right", "lower right", "bottom-right"]}


# ------------------------------------------------------------------------------------------------ text helpers
def a(word):
    w = word.lower()
    vowel = w[0] in "aeiou" and not w.startswith(("uni", "use", "eu", "one"))
    return ("an " if vowel or w.startswith("hour") else "a ") + word


def cap(s):
    return s[0].upper() + s[1:]


def head(noun):
    return noun.split()[-1]


def pick(r, *pools):
    """One (singular, plural) from each pool, no two sharing a head noun."""
    out, heads = [], set()
    for pool in pools:
        while True:
            item = r.choice(pool)
            if head(item[0]) not in heads and head(item[1]) not in heads:
                break
        heads |= {head(item[0]), head(item[1])}
        out.append(item)
    return out


def finish(r, s, casual=0.25):
    """A sentence as most writers end it, or now and then as a quick note (no capital, no full stop)."""
    s = cap(s)
    if r.random() < casual:
        return s[0].lower() + s[1:].rstrip(".")
    return s


def pron(r, noun):
    """The pronoun a writer uses for it: 'it' for things and animals; he, she or they for a person."""
    if not any(noun == p[0] for p in PEOPLE):
        return "it"
    return "she" if noun in SHE else "he" if noun in HE else r.choice(["he", "she", "they"])


def num(r, lo=2, hi=6):
    word, n = r.choice([x for x in NUMBERS if lo <= x[1] <= hi])
    return word, n


def walk(noun):
    item = next((x for x in VEHICLES if x[0] == noun), None)
    return DRIVES if item else (FLIES if any(x[0] == noun for x in FLYERS) else WALKS)


# ------------------------------------------------------------------------------------------------ plan look-ups
def _named(name, noun):
    """Does an entity name fit a noun as a reader would look it up: the phrase itself, its plural, or its head."""
    sing, plural = noun if isinstance(noun, tuple) else (noun, noun)
    n = name.lower().strip()
    forms = {sing, plural, head(sing), head(plural)}
    return n in forms or any(n.endswith(" " + f) for f in forms)


def ents(plan, noun):
    return [e for e in plan.entities if _named(e.name, noun)]


def the(plan, noun):
    """The one entity a noun names (fails if the plan has none or several)."""
    got = ents(plan, noun)
    word = noun[0] if isinstance(noun, tuple) else noun
    need(len(got) == 1, f"want one {word!r}, have {[e.name for e in plan.entities]}")
    return got[0]


def name_of(plan, noun):
    return the(plan, noun).name


def _present(shot, eid):
    boxes = track(shot, eid)
    need(all(b is not None for b in boxes), f"{eid} missing in some keyframe")
    return boxes


def _values(entity):
    out = []
    for v in entity.attributes.values():
        out += [str(x).lower() for x in (v if isinstance(v, (list, tuple)) else [v])]
    return out


def _colour_ok(entity, word):
    return str(entity.attributes.get("color", "")).lower() in COLOURS[word]


# ------------------------------------------------------------------------------------------------ checks
def all_of(*checks):
    def check(plan, shot):
        for c in checks:
            c(plan, shot)
    return check


def via(make, *nouns):
    """Run a shared helper of prompt_cases (which takes entity names) on the entities these nouns name."""
    def check(plan, shot):
        make(*[name_of(plan, n) for n in nouns])(plan, shot)
    return check


def exactly(noun, n):
    """n of a thing on screen throughout: n entities (or a group's figures), every one in every keyframe, no two
    drawn in the same place."""
    def check(plan, shot):
        got = ents(plan, noun)
        figures = sum(int(e.attributes.get("count", "1")) for e in got)
        need(figures == n, f"{n} {noun[1]}: {figures} ({[e.name for e in plan.entities]})")
        for e in got:
            _present(shot, e.id)
        for kf in shot.keyframes:
            boxes = [o.box for o in kf.objects if o.entity in {e.id for e in got}]
            for i, x in enumerate(boxes):
                for y in boxes[i + 1:]:
                    need(abs(cx(x) - cx(y)) > 0.02 or abs(cy(x) - cy(y)) > 0.02, f"{noun[1]} stacked")
    return check


def coloured(noun, word):
    def check(plan, shot):
        e = the(plan, noun)
        need(_colour_ok(e, word), f"{noun[0]} colour {e.attributes.get('color')!r}, want {word}")
        _present(shot, e.id)
    return check


def not_coloured(noun, word):
    def check(plan, shot):
        e = the(plan, noun)
        need(not _colour_ok(e, word), f"{noun[0]} given the colour {word} of something else")
    return check


def all_coloured(noun, word):
    def check(plan, shot):
        got = ents(plan, noun)
        need(got, f"no {noun[0]}")
        for e in got:
            need(_colour_ok(e, word), f"a {noun[0]} coloured {e.attributes.get('color')!r}, want {word}")
    return check


def colours_each(noun, *words):
    """Several of one noun, one colour each ('one red, the other blue'), in any order."""
    def check(plan, shot):
        got = ents(plan, noun)
        need(len(got) == len(words), f"{len(words)} {noun[1]}: {[e.name for e in plan.entities]}")
        left = list(got)
        for w in words:
            hit = next((e for e in left if _colour_ok(e, w)), None)
            need(hit is not None, f"no {w} {noun[0]}: {[e.attributes.get('color') for e in got]}")
            left.remove(hit)
        for e in got:
            _present(shot, e.id)
    return check


def made_of(noun, word, not_word=None):
    def check(plan, shot):
        e = the(plan, noun)
        words = {w for v in _values(e) for w in v.split()}  # 'leather picnic' still binds leather to the table
        need(words & MATERIALS.get(word, {word}), f"{noun[0]} not {word}: {e.attributes}")
        if not_word:
            need(not words & MATERIALS.get(not_word, {not_word}), f"{noun[0]} also given {not_word}: {e.attributes}")
    return check


def larger(big, small, factor=1.2):
    def check(plan, shot):
        A, B = _present(shot, the(plan, big).id), _present(shot, the(plan, small).id)
        need(all(area(x) > factor * area(y) for x, y in zip(A, B)), f"{big[0]} not drawn bigger than {small[0]}")
    return check


def sizes_differ(noun):
    """Two of one noun, one said big and one small: drawn at clearly different sizes, and where the plan tags a
    size, the one tagged small is the smaller."""
    def check(plan, shot):
        got = ents(plan, noun)
        need(len(got) == 2, f"two {noun[1]}: {[e.name for e in plan.entities]}")
        A, B = (_present(shot, e.id) for e in got)
        ratio = [area(x) / area(y) for x, y in zip(A, B)]
        need(all(q > 1.3 for q in ratio) or all(q < 1 / 1.3 for q in ratio), f"{noun[1]} drawn the same size")
        tags = [str(e.attributes.get("size", "")).lower() for e in got]
        if tags[0] in SMALL and tags[1] in BIG:
            need(ratio[0] < 1, "the small one drawn bigger")
        if tags[0] in BIG and tags[1] in SMALL:
            need(ratio[0] > 1, "the big one drawn smaller")
    return check


def where(a_, pred, b_, c_=None):
    """A relation held in every keyframe (the shared predicate and its tolerances)."""
    def check(plan, shot):
        A, B = _present(shot, the(plan, a_).id), _present(shot, the(plan, b_).id)
        C = _present(shot, the(plan, c_).id) if c_ else [None] * len(A)
        for x, y, z in zip(A, B, C):
            need(relation_holds(pred, x, y, z), f"{a_[0]} {pred} {b_[0]}: {x} vs {y}")
    return check


def frame_side(noun, side):
    """Stays in the left or right half of the frame."""
    def check(plan, shot):
        for b in _present(shot, the(plan, noun).id):
            need(cx(b) < 0.5 if side == "left" else cx(b) > 0.5, f"{noun[0]} not on the {side}: {b}")
    return check


def throughout(noun):
    def check(plan, shot):
        _present(shot, the(plan, noun).id)
    return check


def seen(noun, kind):
    """Visibility over the clip, u the keyframe's time over the last keyframe's:
    appears / disappears (absent first or last), appears_half / disappears_half (and not in the wrong half,
    with a margin round the middle), first_half / second_half, late (absent up to the middle, there at the end),
    middle_only (absent at both ends, seen in between)."""
    def check(plan, shot):
        boxes = track(shot, the(plan, noun).id)
        last = shot.keyframes[-1].t or 1.0
        us = [kf.t / last for kf in shot.keyframes]
        word = noun[0]
        if kind in ("appears", "appears_half", "late"):
            need(boxes[0] is None and boxes[-1] is not None, f"{word} should come into view: {boxes}")
        if kind in ("disappears", "disappears_half"):
            need(boxes[0] is not None and boxes[-1] is None, f"{word} should leave the view: {boxes}")
        if kind == "middle_only":
            need(boxes[0] is None and boxes[-1] is None and any(b is not None for b in boxes),
                 f"{word} should be seen only in the middle: {boxes}")
        for u, b in zip(us, boxes):
            if kind in ("appears_half", "second_half") and u < 0.4:
                need(b is None, f"{word} visible at u={u:.2f}, before halfway")
            if kind in ("appears_half", "second_half") and u > 0.65:
                need(b is not None, f"{word} absent at u={u:.2f}, after halfway")
            if kind in ("disappears_half", "first_half") and u > 0.6:
                need(b is None, f"{word} visible at u={u:.2f}, after halfway")
            if kind in ("disappears_half", "first_half") and u < 0.35:
                need(b is not None, f"{word} absent at u={u:.2f}, before halfway")
            if kind == "late" and u <= 0.5:
                need(b is None, f"{word} visible at u={u:.2f}, before the end part")
    return check


def hidden_after_half(noun, cover):
    """Seen in the first part; after the middle either gone or drawn inside the cover's box (hidden by it)."""
    def check(plan, shot):
        A, B = track(shot, the(plan, noun).id), _present(shot, the(plan, cover).id)
        last = shot.keyframes[-1].t or 1.0
        for kf, x, y in zip(shot.keyframes, A, B):
            u = kf.t / last
            if u < 0.35:
                need(x is not None, f"{noun[0]} absent at u={u:.2f}")
            if u > 0.65 and x is not None:
                ix = max(0.0, min(x[2], y[2]) - max(x[0], y[0])) * max(0.0, min(x[3], y[3]) - max(x[1], y[1]))
                need(ix >= 0.8 * area(x) and x[3] < y[3] + 0.005, f"{noun[0]} still in view at u={u:.2f}: {x} {y}")
    return check


def enters_from(noun, side):
    """First seen on that side of the frame."""
    def check(plan, shot):
        boxes = [b for b in track(shot, the(plan, noun).id) if b is not None]
        need(boxes, f"no {noun[0]} on screen")
        need(cx(boxes[0]) < 0.5 if side == "left" else cx(boxes[0]) > 0.5, f"{noun[0]} first seen at {boxes[0]}")
    return check


def order(*nouns):
    """Each comes into view after the one before it (first keyframe seen strictly later)."""
    def check(plan, shot):
        firsts = []
        for n in nouns:
            idx = [i for i, b in enumerate(track(shot, the(plan, n).id)) if b is not None]
            need(idx, f"{n[0]} never on screen")
            firsts.append(idx[0])
        need(all(x < y for x, y in zip(firsts, firsts[1:])), f"{[n[0] for n in nouns]} first seen at {firsts}")
        need(track(shot, the(plan, nouns[-1]).id)[-1] is not None, f"{nouns[-1][0]} not there at the end")
    return check


def gone_before(noun, other):
    """'By the time B turns up, A is long gone': B comes and stays; A is never seen, or is gone before B comes."""
    def check(plan, shot):
        ia = [i for i, b in enumerate(track(shot, the(plan, noun).id)) if b is not None]
        ib = [i for i, b in enumerate(track(shot, the(plan, other).id)) if b is not None]
        need(ib and ib[-1] == len(shot.keyframes) - 1, f"{other[0]} not there at the end: {ib}")
        need(not ia or ia[-1] < ib[0], f"{noun[0]} still there (until kf {ia[-1] if ia else None}) when "
                                       f"{other[0]} comes (kf {ib[0]})")
    return check


def to_and_away(noun, other):
    """Goes up to the other thing, then moves off from it: the gap closes to beside it, then opens again."""
    def check(plan, shot):
        A, B = track(shot, the(plan, noun).id), _present(shot, the(plan, other).id)
        pairs = [(x, y) for x, y in zip(A, B) if x is not None]
        need(len(pairs) >= 4, f"{noun[0]} seen too little")
        d = [abs(cx(x) - cx(y)) for x, y in pairs]
        k = min(range(len(d)), key=d.__getitem__)
        x, y = pairs[k]
        gap = max(x[0] - y[2], y[0] - x[2], 0.0)
        need(0 < k < len(d) - 1 and d[k] < d[0] - 0.1 and d[-1] > d[k] + 0.1 and gap < 0.12,
             f"{noun[0]} does not go up to {other[0]} and away: {[round(v, 2) for v in d]}")
    return check


def still_then(noun, way):
    """Keeps still at first, then moves that way (left/right) a real distance."""
    def check(plan, shot):
        boxes = [b for b in track(shot, the(plan, noun).id) if b is not None]
        need(len(boxes) >= 4, f"{noun[0]} seen in {len(boxes)} keyframes")
        xs = [cx(b) for b in boxes]
        s = 1 if way == "right" else -1
        need(abs(xs[1] - xs[0]) < 0.02, f"{noun[0]} not still at first: {[round(v, 2) for v in xs]}")
        need(s * (xs[-1] - xs[0]) > 0.2 and all(s * (b - a_) >= -1e-6 for a_, b in zip(xs, xs[1:])),
             f"{noun[0]} does not then move {way}: {[round(v, 2) for v in xs]}")
    return check


# ================================================================================================ numeracy
@family("numeracy")
def n_on_a_surface(r):
    (thing, surf) = pick(r, SMALL_THINGS, SURFACES)
    word, n = num(r)
    verb = r.choice(["sit", "are lined up", "rest", "stand", "have been left", "are arranged"])
    text = finish(r, f"{word} {thing[1]} {verb} on {a(surf[0])}.")
    return text, all_of(exactly(thing, n), exactly(surf, 1))


@family("numeracy")
def n_there_are_and(r):
    x, y = pick(r, ANIMALS + GROUND_THINGS, ANIMALS + PEOPLE)
    (w1, n1), (w2, n2) = num(r, 2, 4), num(r, 2, 3)
    place = r.choice(SETTINGS)
    text = finish(r, f"There are {w1} {x[1]} and {w2} {y[1]} in the {place}.")
    return text, all_of(exactly(x, n1), exactly(y, n2))


@family("numeracy")
def n_exactly(r):
    (x,) = pick(r, ANIMALS + SMALL_THINGS + VEHICLES + PEOPLE)
    word, n = num(r)
    frame = r.choice(["We see exactly {w} {p}, no more.", "Exactly {w} {p} can be seen.",
                      "The shot contains precisely {w} {p}.", "There should be {w} {p} in frame, exactly that many.",
                      "{w} {p} in total, nothing else."])
    return finish(r, frame.format(w=word, p=x[1])), exactly(x, n)


@family("numeracy")
def n_collective(r):
    x, lm = pick(r, ANIMALS + PEOPLE, LANDMARKS)
    word, n = r.choice([("a pair of", 2), ("a trio of", 3), ("a group of four", 4), ("a group of five", 5),
                        ("a couple of", 2), ("a family of three", 3)])
    verb = r.choice(["gather near", "wait close to", "huddle by", "are standing near", "linger beside"])
    text = finish(r, f"{word} {x[1]} {verb} {a(lm[0])}.")
    return text, all_of(exactly(x, n), exactly(lm, 1))


@family("numeracy")
def n_list_of_three_kinds(r):
    x, y, z = pick(r, LANDMARKS + GROUND_THINGS, ANIMALS, PEOPLE + VEHICLES)
    (w2, n2), (w3, n3) = num(r, 2, 4), num(r, 2, 3)
    text = finish(r, f"one {x[0]}, {w2} {y[1]}, and {w3} {z[1]}.", casual=0.5)
    return text, all_of(exactly(x, 1), exactly(y, n2), exactly(z, n3))


@family("numeracy")
def n_around_it(r):
    lm, x = pick(r, LANDMARKS + FURNITURE, ANIMALS + PEOPLE)
    word, n = num(r, 2, 5)
    frame = r.choice(["{A} with {w} {p} standing around it.", "{A}, and around it {w} {p}.",
                      "{A} surrounded by {w} {p}."])
    return finish(r, frame.format(A=a(lm[0]), w=word, p=x[1])), all_of(exactly(lm, 1), exactly(x, n))


@family("numeracy")
def n_video_shows_moving(r):
    (x,) = pick(r, ANIMALS + PEOPLE)
    word, n = num(r, 2, 5)
    verb = r.choice(["walking", "strolling", "marching", "trotting", "wandering"])
    opener = r.choice(["The video shows", "This clip shows", "We watch", "In this video we see"])
    text = finish(r, f"{opener} {word} {x[1]} {verb} across the {r.choice(SETTINGS)}.")
    return text, exactly(x, n)


@family("numeracy")
def n_fronted_place(r):
    x, y = pick(r, ANIMALS + SMALL_THINGS, PEOPLE + ANIMALS)
    word, n = num(r, 2, 6)
    place = r.choice(SETTINGS)
    single = r.choice(["a single", "just one", "one lone", "only one"])
    text = finish(r, f"In the {place}, {word} {x[1]} and {single} {y[0]} wait.")
    return text, all_of(exactly(x, n), exactly(y, 1))


@family("numeracy")
def n_informal(r):
    x, y = pick(r, ANIMALS + SMALL_THINGS + VEHICLES, ANIMALS + PEOPLE + LANDMARKS)
    (w1, n1), (w2, n2) = num(r, 2, 5), num(r, 1, 3) if r.random() < 0.5 else ("one", 1)
    if n2 == 1:
        w2 = r.choice(["one", "1", "a single"])
    frame = r.choice(["gimme {w1} {p1} and {w2} {q}", "ok so {w1} {p1}, plus {w2} {q}",
                      "just {w1} {p1} hanging out with {w2} {q}", "{w1} {p1} + {w2} {q}, that's it"])
    q = y[0] if n2 == 1 else y[1]
    return frame.format(w1=w1, p1=x[1], w2=w2, q=q), all_of(exactly(x, n1), exactly(y, n2))


@family("numeracy")
def n_passive(r):
    x, y = pick(r, VEHICLES + ANIMALS, PEOPLE)
    word, n = num(r, 2, 4)
    if x in VEHICLES:
        text = f"{word} {x[1]} are parked beside each other, watched by {a(y[0])}."
    else:
        text = f"{word} {x[1]} are being fed by {a(y[0])}."
    return finish(r, text), all_of(exactly(x, n), exactly(y, 1))


@family("numeracy")
def n_digits(r):
    x, y, z = pick(r, ANIMALS + FLYERS, SMALL_THINGS + GROUND_THINGS, LANDMARKS)
    n1, n2 = r.choice([2, 3, 4]), r.choice([2, 3])
    text = f"{n1} {x[1]}, {n2} {y[1]} and 1 {z[0]}"
    return finish(r, text, casual=0.6), all_of(exactly(x, n1), exactly(y, n2), exactly(z, 1))


@family("numeracy")
def n_each_holding(r):
    p, thing = pick(r, PEOPLE, [t for t in SMALL_THINGS if t[0] not in ("typewriter", "toolbox")])
    word, n = num(r, 2, 4)
    frame = r.choice(["{w} {p}, each holding {A}.", "{w} {p} stand in a line, and each of them carries {A}.",
                      "There are {w} {p}; every one of them has {A}."])
    return finish(r, frame.format(w=word, p=p[1], A=a(thing[0]))), all_of(exactly(p, n), exactly(thing, n))


# ================================================================================================ attribution
@family("attribution")
def a_two_colours(r):
    x, y = pick(r, MADE + VEHICLES, MADE + ANIMALS)
    c1, c2 = r.sample(ALL_COLOURS, 2)
    text = finish(r, f"{a(c1)} {x[0]} and {a(c2)} {y[0]}.")
    return text, all_of(coloured(x, c1), coloured(y, c2))


@family("attribution")
def a_painted_after(r):
    x, y = pick(r, MADE + VEHICLES + FURNITURE, MADE + VEHICLES)
    c1, c2 = r.sample(BASIC_COLOURS, 2)
    verb = r.choice(["painted", "coloured", "colored", "that has been painted"])
    text = finish(r, f"there is {a(x[0])} {verb} {c1} next to {a(c2)} {y[0]}.")
    return text, all_of(coloured(x, c1), coloured(y, c2))


@family("attribution")
def a_one_the_other(r):
    (x,) = pick(r, MADE + VEHICLES + ANIMALS)
    c1, c2 = r.sample(BASIC_COLOURS, 2)
    frame = r.choice(["Two {p}: one is {c1}, the other one is {c2}.", "two {p}, one {c1} and the other {c2}",
                      "We see two {p} - one of them {c1}, the other {c2}."])
    return finish(r, frame.format(p=x[1], c1=c1, c2=c2), 0), colours_each(x, c1, c2)


@family("attribution")
def a_materials(r):
    x, y = pick(r, MADE + FURNITURE, MADE)
    m1, m2 = r.sample(list(MATERIALS), 2)
    verb = r.choice(["sits beside", "stands next to", "is placed near", "rests next to"])
    text = finish(r, f"{a(m1)} {x[0]} {verb} {a(m2)} {y[0]}.")
    return text, all_of(made_of(x, m1, m2), made_of(y, m2, m1))


@family("attribution")
def a_big_and_small(r):
    (x,) = pick(r, SMALL_THINGS + GROUND_THINGS + ANIMALS)
    big, small = r.choice(BIG), r.choice(SMALL)
    if r.random() < 0.5:
        text = f"{a(big)} {x[0]} stands next to {a(small)} {x[0]}."
    else:
        text = f"The video shows {a(small)} {x[0]} and, beside it, {a(big)} one."
    return finish(r, text), sizes_differ(x)


@family("attribution")
def a_relative_clause(r):
    x, y = pick(r, MADE + VEHICLES + ANIMALS, MADE + ANIMALS)
    c1, c2 = r.sample(ALL_COLOURS, 2)
    rel1, rel2 = r.choice(["which is", "that is", "that's"]), r.choice(["which is", "that is", "whose colour is"])
    text = finish(r, f"we see {a(x[0])} {rel1} {c1} and {a(y[0])} {rel2} {c2}.")
    return text, all_of(coloured(x, c1), coloured(y, c2))


@family("attribution")
def a_wearing_holding(r):
    p, thing = pick(r, PEOPLE, SMALL_MADE)
    c1, c2 = r.sample(BASIC_COLOURS, 2)
    garment = r.choice(GARMENTS)
    verb = r.choice(["holds", "carries", "is holding", "clutches"])
    text = finish(r, f"{a(p[0])} in {a(c1)} {garment} {verb} {a(c2)} {thing[0]}.")
    return text, all_of(coloured(thing, c2), not_coloured(p, c2), not_coloured(thing, c1))


@family("attribution")
def a_three_with_sizes(r):
    x, y, z = pick(r, SMALL_MADE, MADE, SMALL_MADE)
    c1, c2, c3 = r.sample(ALL_COLOURS, 3)
    text = finish(r, f"{a(r.choice(['small', 'little', 'tiny']))} {c1} {x[0]}, {a(c2)} {y[0]} "
                     f"and a {r.choice(['large', 'big', 'huge'])} {c3} {z[0]}.")
    return text, all_of(coloured(x, c1), coloured(y, c2), coloured(z, c3), larger(z, x))


@family("attribution")
def a_copula(r):
    x, y = pick(r, MADE + VEHICLES + FURNITURE, MADE + LANDMARKS)
    c1, c2 = r.sample(BASIC_COLOURS, 2)
    frame = r.choice(["The {x} is {c1}, while the {y} is {c2}.", "The {x} is {c1} and the {y} is {c2}.",
                      "the {x} is {c1}; the {y}, {c2}"])
    return finish(r, frame.format(x=x[0], y=y[0], c1=c1, c2=c2), 0), all_of(coloured(x, c1), coloured(y, c2))


@family("attribution")
def a_counted_colours(r):
    x, y = pick(r, MADE + ANIMALS + VEHICLES, LANDMARKS + MADE + FURNITURE)
    c1, c2 = r.sample(BASIC_COLOURS, 2)
    word, n = num(r, 2, 4)
    text = finish(r, f"{word} {c1} {x[1]} next to {a(c2)} {y[0]}.")
    return text, all_of(exactly(x, n), all_coloured(x, c1), coloured(y, c2))


@family("attribution")
def a_comparative(r):
    x, y = pick(r, SMALL_THINGS, SMALL_THINGS)
    frame = r.choice(["{A} that is much bigger than the {y} beside it.", "{A}, far larger than the {y} next to it.",
                      "Next to {B} sits {A} twice its size."])
    text = frame.format(A=a(x[0]), y=y[0], B=a(y[0]))
    return finish(r, text), larger(x, y)


@family("attribution")
def a_colour_and_material(r):
    x, y = pick(r, MADE + FURNITURE, MADE)
    c = r.choice(BASIC_COLOURS)
    m1, m2 = r.sample(list(MATERIALS), 2)
    text = finish(r, f"{a(c)} {m1} {x[0]} and {a(m2)} {y[0]}, side by side.")
    return text, all_of(coloured(x, c), not_coloured(y, c), made_of(x, m1, m2), made_of(y, m2, m1))


# ================================================================================================ visibility
@family("visibility")
def v_halfway_appears(r):
    x, m = pick(r, ANIMALS + PEOPLE, LANDMARKS + GROUND_THINGS)
    when = r.choice(["Halfway through", "Midway through the clip", "Half way into the video", "At the halfway point",
                     "In the middle of the shot"])
    prep = r.choice(["next to", "beside", "near", "by"])
    text = finish(r, f"{when}, {a(x[0])} appears {prep} the {m[0]}.")
    return text, all_of(seen(x, "appears_half"), throughout(m))


@family("visibility")
def v_leaves_halfway(r):
    x, m = pick(r, ANIMALS + PEOPLE, LANDMARKS + FURNITURE)
    stay = r.choice(["stands", "waits", "sits", "lingers", "idles"])
    leave = r.choice(["leaves the frame halfway through", "walks out of shot halfway through",
                      "exits at the midpoint", "is gone from halfway on"])
    text = finish(r, f"{a(x[0])} {stay} by the {m[0]} and {leave}.")
    return text, all_of(seen(x, "disappears_half"), throughout(m))


@family("visibility")
def v_empty_then(r):
    (x,) = pick(r, ANIMALS + PEOPLE + VEHICLES)
    place = r.choice(SETTINGS)
    later = r.choice(["after a while", "eventually", "a little later", "after some time", "soon"])
    show = r.choice(["shows up", "turns up", "comes along", "arrives"])
    text = finish(r, f"At first the {place} is empty; {later} {a(x[0])} {show}.")
    return text, seen(x, "appears")


@family("visibility")
def v_only_first_half(r):
    (x,) = pick(r, ANIMALS + PEOPLE + FLYERS + VEHICLES)
    frame = r.choice(["{A} is visible only during the first half of the clip.",
                      "Only in the first half of the video can {a_} be seen.",
                      "{A} is on screen for the first half and then no longer.",
                      "you can see {a_} for the first half of the video only"])
    return finish(r, frame.format(A=cap(a(x[0])), a_=a(x[0])), 0), seen(x, "first_half")


@family("visibility")
def v_second_half(r):
    x, m = pick(r, ANIMALS + PEOPLE, LANDMARKS + GROUND_THINGS)
    frame = r.choice(["For the second half of the video, {a_} can be seen beside {b}.",
                      "{b} stands alone; during the latter half of the clip {a_} is next to it.",
                      "In the second half, {a_} is there beside {b}."])
    text = frame.format(a_=a(x[0]), b=a(m[0]))
    return finish(r, text), all_of(seen(x, "second_half"), throughout(m))


@family("visibility")
def v_vanishes_midway(r):
    x, m = pick(r, ANIMALS + SMALL_THINGS + FLYERS, LANDMARKS + FURNITURE)
    verb = r.choice(["vanishes", "disappears", "is gone", "fades away"])
    stays = r.choice(["stays put", "remains where it is", "stays in view", "is still there"])
    text = finish(r, f"the {x[0]} {verb} midway, while the {m[0]} {stays}.", 0.5)
    return text, all_of(seen(x, "disappears_half"), throughout(m))


@family("visibility")
def v_there_then_gone(r):
    (x,) = pick(r, ANIMALS + PEOPLE + VEHICLES + SMALL_THINGS)
    it = pron(r, x[0])
    be = {"it": "it's", "he": "he's", "she": "she's", "they": "they're"}[it]
    frame = r.choice(["There's {a_} at the start, but by the end {be} gone.",
                      "{A} is there at the beginning; {be} not there at the end.",
                      "At the start we see {a_}, {who} is no longer there by the end."])
    text = frame.format(a_=a(x[0]), A=cap(a(x[0])), be=be, who="which" if it == "it" else "who")
    return finish(r, text), seen(x, "disappears")


@family("visibility")
def v_toward_the_end(r):
    (x,) = pick(r, ANIMALS + PEOPLE + FLYERS + VEHICLES)
    when = r.choice(["Towards the end of the shot", "Near the end", "Late in the clip", "Just before the end"])
    verb = r.choice(["pops into view", "comes into view", "appears", "shows up"])
    return finish(r, f"{when}, {a(x[0])} {verb}."), seen(x, "late")


@family("visibility")
def v_one_leaves_one_arrives(r):
    x, y = pick(r, ANIMALS + PEOPLE, ANIMALS + PEOPLE + VEHICLES)
    leave = r.choice(["walks off", "leaves", "wanders away", "heads out of frame"])
    later = r.choice(["later", "some time after", "a moment later", "shortly afterwards"])
    come = r.choice(["arrives", "turns up", "comes in", "appears"])
    text = finish(r, f"{a(x[0])} {leave}, and {later} {a(y[0])} {come}.")
    return text, all_of(seen(x, "disappears"), seen(y, "appears"))


@family("visibility")
def v_hidden_behind(r):
    x, m = pick(r, ANIMALS + PEOPLE, LANDMARKS)
    verb = r.choice(["slips behind", "goes behind", "ducks behind", "moves behind"])
    text = finish(r, f"Halfway through, the {x[0]} {verb} the {m[0]} and is hidden from view.")
    return text, all_of(hidden_after_half(x, m), throughout(m))


@family("visibility")
def v_briefly(r):
    (x,) = pick(r, ANIMALS + FLYERS + PEOPLE + VEHICLES)
    frame = r.choice(["{A} is seen only briefly, in the middle of the clip.",
                      "For a brief moment in the middle of the video, {a_} is visible.",
                      "{A} appears for a moment mid-clip and is gone again before the end."])
    return finish(r, frame.format(A=cap(a(x[0])), a_=a(x[0]))), seen(x, "middle_only")


@family("visibility")
def v_nothing_but(r):
    m, x = pick(r, LANDMARKS + FURNITURE + GROUND_THINGS, ANIMALS + PEOPLE)
    come = r.choice(["comes in", "walks in", "wanders into frame", "enters"])
    text = finish(r, f"nothing but {a(m[0])} at first, then {a(x[0])} {come}", 0.5)
    return text, all_of(seen(x, "appears"), throughout(m))


# ================================================================================================ dynamics
@family("dynamics")
def d_left_to_right(r):
    (x,) = pick(r, MOVERS)
    way = r.choice(["right", "left"])
    other = "left" if way == "right" else "right"
    frame = r.choice(["{A} {v} from {o} to {w}.", "{A} {v} from the {o} side of the frame to the {w} side.",
                      "{A} {v} across the screen from {o} to {w}."])
    text = frame.format(A=cap(a(x[0])), v=r.choice(walk(x[0])), o=other, w=way)
    return finish(r, text), via(lambda n: moves(n, way), x)


@family("dynamics")
def d_heading(r):
    (x,) = pick(r, MOVERS)
    way = r.choice(["right", "left"])
    how, wards, place = r.choice(["", "steadily ", "slowly "]), r.choice(["wards", ""]), r.choice(SETTINGS)
    text = f"{a(x[0])} heading {how}{way}{wards} across the {place}"
    return text, via(lambda n: moves(n, way), x)


@family("dynamics")
def d_rise_fall(r):
    (x,) = pick(r, FLYERS)
    way = r.choice(["up", "down"])
    verb = r.choice(["rise slowly", "climb upward", "float up", "go up into the sky"] if way == "up"
                    else ["sink toward the ground", "drop down", "descend", "come down slowly"])
    opener = r.choice(["We watch the", "We see the", "The camera shows the"])
    return finish(r, f"{opener} {x[0]} {verb}."), via(lambda n: moves(n, way), x)


@family("dynamics")
def d_camera_depth(r):
    (x,) = pick(r, MOVERS)
    if r.random() < 0.5:
        verb = r.choice(["comes toward the camera", "approaches the camera", "moves closer to the viewer",
                         "heads straight at the camera"])
        way = "closer"
    else:
        verb = r.choice(["moves away from the camera", "recedes into the distance", "heads off into the distance",
                         "goes away from the viewer"])
        way = "away"
    return finish(r, f"{a(x[0])} {verb}."), via(lambda n: moves(n, way), x)


@family("dynamics")
def d_towards(r):
    x, m = pick(r, ANIMALS + PEOPLE + VEHICLES, LANDMARKS + GROUND_THINGS)
    prep = r.choice(["toward", "towards", "up to", "over to"])
    text = finish(r, f"{a(x[0])} {r.choice(walk(x[0]))} {prep} {a(m[0])}.")
    return text, via(lambda n, o: nears(n, o), x, m)


@family("dynamics")
def d_away_from(r):
    x, m = pick(r, ANIMALS + PEOPLE + VEHICLES, LANDMARKS + GROUND_THINGS)
    verb = r.choice(["runs away from", "moves away from", "backs away from", "hurries off, away from",
                     "retreats from"])
    return finish(r, f"The {x[0]} {verb} the {m[0]}."), via(lambda n, o: nears(n, o, closer=False), x, m)


@family("dynamics")
def d_relative_pass(r):
    x, m = pick(r, ANIMALS + PEOPLE + VEHICLES, LANDMARKS + GROUND_THINGS)
    first = r.choice(["left", "right"])
    then = "right" if first == "left" else "left"
    frame = r.choice(["{A} goes from the {f} of {b} to its {t}.", "{A} {v} from the {f} side of {b} to its {t} side.",
                      "Starting on the {f} of {b}, {a_} {v} over to its {t}."])
    text = frame.format(A=cap(a(x[0])), a_=a(x[0]), b=a(m[0]), f=first, t=then, v=r.choice(walk(x[0])))
    return finish(r, text), via(lambda n, o: passes(n, o, f"{first}_of", f"{then}_of"), x, m)


@family("dynamics")
def d_route_three_corners(r):
    (x,) = pick(r, ANIMALS + PEOPLE + VEHICLES + FLYERS)
    c1, c2, c3 = r.sample(list(CORNER_NAMES), 3)
    w = [r.choice(CORNER_NAMES[c]) for c in (c1, c2, c3)]
    frame = r.choice(["{A} starts in the {w0} corner, moves to the {w1} corner and finishes in the {w2} one.",
                      "{A} begins at the {w0}, then heads to the {w1}, and ends up in the {w2} corner.",
                      "the {x} goes {w0} corner -> {w1} corner -> {w2} corner"])
    text = frame.format(A=cap(a(x[0])), x=x[0], w0=w[0], w1=w[1], w2=w[2])
    return text, via(lambda n: route(n, c1, c2, c3), x)


@family("dynamics")
def d_circles(r):
    x, m = pick(r, ANIMALS + PEOPLE + FLYERS, LANDMARKS)
    verb = r.choice(["circles around", "walks in a circle around", "goes round", "loops around", "runs laps around"])
    return finish(r, f"{a(x[0])} {verb} the {m[0]}."), via(lambda n, o: circles(n, o), x, m)


@family("dynamics")
def d_opposite_ways(r):
    x, y = pick(r, MOVERS, MOVERS)
    w1 = r.choice(["left", "right"])
    w2 = "right" if w1 == "left" else "left"
    link = r.choice(["while", "as", "and at the same time"])
    v1, v2 = r.choice(walk(x[0])), r.choice(walk(y[0]))
    text = finish(r, f"{a(x[0])} {v1} to the {w1} {link} {a(y[0])} {v2} to the {w2}.")
    return text, all_of(via(lambda n: moves(n, w1), x), via(lambda n: moves(n, w2), y))


@family("dynamics")
def d_diagonal(r):
    (x,) = pick(r, FLYERS + ANIMALS + VEHICLES)
    c1 = r.choice(list(CORNER_NAMES))
    c2 = {"upper left": "lower right", "lower right": "upper left", "upper right": "lower left",
          "lower left": "upper right"}[c1]
    text = (f"{a(x[0])} {r.choice(walk(x[0]))} diagonally from the {r.choice(CORNER_NAMES[c1])} corner "
            f"to the {r.choice(CORNER_NAMES[c2])} corner.")
    return finish(r, text), via(lambda n: route(n, c1, c2), x)


@family("dynamics")
def d_passes_in_front_behind(r):
    x, m = pick(r, VEHICLES + PEOPLE + ANIMALS, LANDMARKS)
    side = r.choice(["in_front_of", "behind"])
    words = r.choice(["in front of", "right in front of"]) if side == "in_front_of" else r.choice(
        ["behind", "just behind", "at the back of"])
    verb = r.choice(["passes", "goes past", "crosses", "moves past"])
    text = finish(r, f"{a(x[0])} {verb} {words} the {m[0]}.")
    return text, via(lambda n, o: crosses(n, o, side), x, m)


# ================================================================================================ sequential
@family("sequential")
def s_first_then(r):
    x, y = pick(r, ANIMALS + PEOPLE + VEHICLES, ANIMALS + PEOPLE + FLYERS)
    frame = r.choice(["First {a_} appears, then {b}.", "first {a_} shows up and then {b} does",
                      "To begin with {a_} comes into view; next, {b}."])
    return finish(r, frame.format(a_=a(x[0]), b=a(y[0])), 0), via(lambda p, q: appears_before(p, q), x, y)


@family("sequential")
def s_there_and_back(r):
    (x,) = pick(r, ANIMALS + PEOPLE + VEHICLES)
    w1 = r.choice(["right", "left"])
    w2 = "left" if w1 == "right" else "right"
    v = r.choice(walk(x[0]))
    frame = r.choice(["{A} {v} to the {w1} and then {v} back to the {w2}.",
                      "{A} {v} {w1}, turns around, and heads back {w2}."])
    return finish(r, frame.format(A=cap(a(x[0])), v=v, w1=w1, w2=w2)), via(lambda n: legs(n, w1, w2), x)


@family("sequential")
def s_leaves_then_arrives(r):
    x, y = pick(r, ANIMALS + PEOPLE, ANIMALS + PEOPLE + VEHICLES)
    after = r.choice(["after that", "afterwards", "once it is gone", "then"])
    text = finish(r, f"the {x[0]} leaves; {after}, {a(y[0])} arrives.", 0.5)
    return text, via(lambda p, q: appears_before(p, q, gone=True), x, y)


@family("sequential")
def s_three_legs(r):
    (x,) = pick(r, FLYERS)
    ways = r.choice([("up", "right", "down"), ("down", "left", "up"), ("right", "up", "left"),
                     ("left", "down", "right"), ("up", "left", "down"), ("right", "down", "left")])
    frame = r.choice(["The {x} moves {0}, then {1}, then {2}.", "the {x} {v} {0} first, next {1}, and finally {2}",
                      "{A} goes {0}, after that {1}, and at last {2}."])
    text = frame.format(*ways, x=x[0], v=r.choice(FLIES), A=cap(a(x[0])))
    return text, via(lambda n: legs(n, *ways), x)


@family("sequential")
def s_follows_in(r):
    x, y = pick(r, ANIMALS + PEOPLE, ANIMALS + PEOPLE)
    side = r.choice(["left", "right"])
    it = {"it": "it", "he": "him", "she": "her", "they": "them"}[pron(r, x[0])]
    text = finish(r, f"After {a(x[0])} enters from the {side}, {a(y[0])} follows {it}.")
    return text, all_of(via(lambda p, q: appears_before(p, q), x, y), enters_from(x, side))


@family("sequential")
def s_to_and_away(r):
    x, m = pick(r, ANIMALS + PEOPLE, LANDMARKS + GROUND_THINGS)
    frame = r.choice(["{A} goes over to the {m}, then walks away from it.",
                      "{A} {v} up to the {m} and afterwards moves away from it again.",
                      "the {x} approaches the {m} before leaving it behind"])
    text = frame.format(A=cap(a(x[0])), x=x[0], m=m[0], v=r.choice(WALKS))
    return text, to_and_away(x, m)


@family("sequential")
def s_before_clause(r):
    x, y = pick(r, ANIMALS + PEOPLE + VEHICLES, ANIMALS + PEOPLE)
    frame = r.choice(["Before the {b} shows up, the {a_} has already left.",
                      "Before {B} arrives, {A} goes away.", "by the time the {b} turns up the {a_} is long gone"])
    text = frame.format(a_=x[0], b=y[0], A=a(x[0]), B=a(y[0]))
    if "long gone" in frame:  # it may have left before the clip began: unseen is a fair reading too
        return finish(r, text, 0), gone_before(x, y)
    return finish(r, text, 0), via(lambda p, q: appears_before(p, q, gone=True), x, y)


@family("sequential")
def s_still_then_moves(r):
    (x,) = pick(r, ANIMALS + PEOPLE + VEHICLES)
    way = r.choice(["left", "right"])
    frame = r.choice(["The {x} stands still at first and then starts moving to the {w}.",
                      "For a moment the {x} does not move; then it heads {w}.",
                      "The {x} waits, then sets off to the {w}."])
    return finish(r, frame.format(x=x[0], w=way)), still_then(x, way)


@family("sequential")
def s_one_after_another(r):
    x, y, z = pick(r, ANIMALS + PEOPLE, ANIMALS + VEHICLES, PEOPLE + ANIMALS)
    frame = r.choice(["One after another, {a_}, {b} and {c} appear.",
                      "{A} appears, then {b}, and finally {c}.",
                      "first {a_}, then {b}, last of all {c} - each one arriving after the one before"])
    text = frame.format(a_=a(x[0]), b=a(y[0]), c=a(z[0]), A=cap(a(x[0])))
    return finish(r, text, 0), order(x, y, z)


@family("sequential")
def s_falls_then_rolls(r):
    (x,) = pick(r, ROLLERS)
    way = r.choice(["left", "right"])
    fall = r.choice(["falls to the ground", "drops down", "tumbles down", "falls from above"])
    text = finish(r, f"{a(x[0])} {fall} and then rolls to the {way}.")
    return text, via(lambda n: legs(n, "down", way), x)


@family("sequential")
def s_only_after(r):
    x, y = pick(r, ANIMALS + PEOPLE, ANIMALS + PEOPLE + VEHICLES)
    frame = r.choice(["The {x} arrives only after the {y} has gone.", "only once the {y} has left does the {x} appear",
                      "The {x} turns up after the {y} is gone."])
    return finish(r, frame.format(x=x[0], y=y[0]), 0), via(lambda p, q: appears_before(p, q, gone=True), y, x)


@family("sequential")
def s_comes_back(r):
    (x,) = pick(r, ANIMALS + PEOPLE + VEHICLES)
    w1 = r.choice(["left", "right"])
    w2 = "right" if w1 == "left" else "left"
    it = pron(r, x[0])
    comes = "come" if it == "they" else "comes"
    text = finish(r, f"{a(x[0])} {r.choice(walk(x[0]))} off to the {w1}; later {it} {comes} back the other way.")
    return text, via(lambda n: legs(n, w1, w2), x)


# ================================================================================================ spatial
SIDE = {"left_of": ["to the left of", "left of", "on the left side of", "at the left of"],
        "right_of": ["to the right of", "right of", "on the right side of", "at the right of"]}
GROUNDED = ANIMALS + PEOPLE + VEHICLES + GROUND_THINGS + LANDMARKS


@family("spatial")
def p_verbless_side(r):
    x, y = pick(r, GROUNDED, GROUNDED)
    pred = r.choice(["left_of", "right_of"])
    text = finish(r, f"{a(x[0])} {r.choice(SIDE[pred])} {a(y[0])}.", 0.5)
    return text, where(x, pred, y)


@family("spatial")
def p_above(r):
    x, y = pick(r, FLYERS, LANDMARKS + VEHICLES + GROUND_THINGS)
    prep = r.choice(["above", "high above", "over", "directly above", "hovering above"])
    frame = r.choice(["There is {A} {p} {B}.", "{A} {p} {B}.", "We see {A} {p} {B}."])
    return finish(r, frame.format(A=a(x[0]), p=prep, B=a(y[0]))), where(x, "above", y)


@family("spatial")
def p_under(r):
    x, y = pick(r, SMALL_ANIMALS + SMALL_THINGS, FURNITURE)
    verb = r.choice(["sleeps", "is hiding", "lies", "sits", "has been left", "waits"]) if x in SMALL_ANIMALS else \
        r.choice(["lies", "sits", "has been left", "is stored", "rests"])
    prep = r.choice(["under", "underneath", "beneath", "below"])
    return finish(r, f"{a(x[0])} {verb} {prep} the {y[0]}."), where(x, "below", y)


@family("spatial")
def p_between(r):
    x, y, z = pick(r, ANIMALS + PEOPLE + GROUND_THINGS, GROUNDED, GROUNDED)
    frame = r.choice(["{A} between {B} and {C}.", "{A} stands between {B} and {C}.",
                      "In between {B} and {C} there is {A}.", "{A}, flanked by {B} and {C}."])
    text = frame.format(A=a(x[0]), B=a(y[0]), C=a(z[0]))
    return finish(r, text), where(x, "between", y, z)


@family("spatial")
def p_on_top(r):
    x, y = pick(r, SMALL_THINGS + SMALL_ANIMALS, SURFACES)
    prep = r.choice(["on top of", "on", "atop", "upon"])
    verb = r.choice(["sits", "rests", "stands", "is perched", "has been placed"])
    return finish(r, f"{a(x[0])} {verb} {prep} {a(y[0])}."), where(x, "on", y)


@family("spatial")
def p_front_behind(r):
    x, y = pick(r, PEOPLE + ANIMALS + VEHICLES, LANDMARKS)
    pred = r.choice(["in_front_of", "behind"])
    prep = r.choice(["in front of", "just in front of"]) if pred == "in_front_of" else r.choice(["behind",
                                                                                                 "right behind"])
    verb = r.choice(["stands", "waits", "is", "is parked" if x in VEHICLES else "is resting"])
    return finish(r, f"{a(x[0])} {verb} {prep} the {y[0]}."), where(x, pred, y)


@family("spatial")
def p_fronted_inversion(r):
    x, y = pick(r, GROUNDED, GROUNDED)
    pred = r.choice(["left_of", "right_of"])
    side = "left" if pred == "left_of" else "right"
    verb = r.choice(["stands", "sits", "is", "waits", "there is"])
    if verb == "there is":
        text = f"To the {side} of the {y[0]} there is {a(x[0])}."
    else:
        text = f"To the {side} of the {y[0]} {verb} {a(x[0])}."
    return finish(r, text), where(x, pred, y)


@family("spatial")
def p_with_it_on(r):
    x, y = pick(r, SMALL_THINGS + SMALL_ANIMALS, SURFACES)
    frame = r.choice(["We see {B} with {A} resting on it.", "{B} with {A} on it.",
                      "{B} that has {A} sitting on top of it."])
    return finish(r, frame.format(A=a(x[0]), B=a(y[0]))), where(x, "on", y)


@family("spatial")
def p_former_latter(r):
    x, y = pick(r, GROUNDED, GROUNDED)
    pred = r.choice(["left_of", "right_of"])
    side = "left" if pred == "left_of" else "right"
    frame = r.choice(["{A} and {B}; the former is to the {s} of the latter.",
                      "{A} and {B}, the latter to the {o} of the former.",
                      "There's {A} and {B} - the {x} is on the {s} of the {y}."])
    other = "right" if side == "left" else "left"
    text = frame.format(A=a(x[0]), B=a(y[0]), s=side, o=other, x=x[0], y=y[0])
    return finish(r, text, 0), where(x, pred, y)


@family("spatial")
def p_its_side(r):
    x, y = pick(r, GROUNDED, GROUNDED)
    pred = r.choice(["left_of", "right_of"])
    side = "left" if pred == "left_of" else "right"
    frame = r.choice(["The {y} has {A} on its {s}.", "{B}, with {A} on its {s}.", "{B} and, on its {s}, {A}."])
    return finish(r, frame.format(y=y[0], A=a(x[0]), B=a(y[0]), s=side)), where(x, pred, y)


@family("spatial")
def p_sides_of_frame(r):
    x, y = pick(r, GROUNDED, GROUNDED)
    frame = r.choice(["{A} on the left and {B} on the right.", "on the left {a_}, on the right {b}",
                      "{A} on the left-hand side of the frame, {b} on the right-hand side."])
    text = frame.format(A=cap(a(x[0])), B=a(y[0]), a_=a(x[0]), b=a(y[0]))
    return text, all_of(frame_side(x, "left"), frame_side(y, "right"), where(x, "left_of", y))


@family("spatial")
def p_relative_preposition(r):
    if r.random() < 0.5:
        y, x = pick(r, FURNITURE, SMALL_ANIMALS)
        text = f"{a(y[0])} beneath which {a(x[0])} is {r.choice(['hiding', 'sleeping', 'curled up'])}."
        return finish(r, text), where(x, "below", y)
    y, x = pick(r, LANDMARKS, PEOPLE + ANIMALS)
    text = f"{a(y[0])}, in front of which {a(x[0])} {r.choice(['waits', 'is standing', 'stands'])}."
    return finish(r, text), where(x, "in_front_of", y)


@family("spatial")
def p_passive_placed(r):
    x, y = pick(r, GROUND_THINGS + SMALL_THINGS, GROUNDED)
    pred = r.choice(["left_of", "right_of", "next_to"])
    words = {"left_of": "to the left of", "right_of": "to the right of", "next_to": r.choice(["next to", "beside"])}
    verb = r.choice(["has been placed", "is positioned", "was put", "is located"])
    return finish(r, f"{a(x[0])} {verb} {words[pred]} {a(y[0])}."), where(x, pred, y)
