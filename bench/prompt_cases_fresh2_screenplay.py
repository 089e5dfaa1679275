"""The second fresh held-back set's screenplay passages, written in the fifth session by an author who never
tuned the rules planner and never read `prompt_cases.py`'s families or `prompt_cases_fresh.py`.

Each case is a short Fountain passage checked on the plan's shots (who is on screen, where, what was placed).
Scored only by the lead, at merge time; failures print only with `--show-fresh2-failures`.

Every family is its own passage shape with its own word lists (written for this file). A check finds its shot by
a marker word that occurs once in the passage, and looks entities up by name in any script (accents and case
folded), so a correctly drawn thing is found whatever id the planner gave it. Checks ask only what a careful
reader of the passage would expect to see in that shot.
"""
from __future__ import annotations

import unicodedata

from prompt_cases import all_of, area, cx, need, on_screen, relation_holds, shot_with, track
from prompt_cases_fresh2 import cases as _cases

FAMILIES: list[tuple[str, str, object]] = []


def family(category="screenplay"):
    def deco(fn):
        def make(r):
            for _ in range(100):  # a marker names one shot: draw again until each occurs once in the passage
                text, check, markers = fn(r)
                if all(text.lower().count(m.lower()) == 1 for m in markers):
                    return text, check
            raise AssertionError(f"{fn.__name__}: no passage with its markers once each")
        make.__name__ = fn.__name__
        FAMILIES.append((category, fn.__name__, make))
        return make
    return deco


def cases(seed: int = 0):
    return _cases(seed, FAMILIES)


# ------------------------------------------------------------------------------------------------ word lists
WOMEN = ["Ingrid", "Amara", "Chiara", "Sofía", "Léa", "Zofia", "Keiko", "Priya", "Anaïs", "Fatima", "Noémie",
         "Dagny", "Ximena", "Oksana", "Thandiwe", "Mirela", "Aoife", "Giulia", "Inès", "Beatriz", "Halina",
         "Yaël", "Ngozi", "Elif"]
MEN = ["Tomás", "Kwame", "Matthias", "Rafael", "Björn", "Ahmet", "Luca", "Olek", "Émile", "Sipho", "Ravi",
       "Diego", "Mateus", "Kenji", "Ilya", "Farid", "Henrik", "Joaquín", "Yusuf", "Søren", "Dário", "Bartosz",
       "Tariq", "Wendell"]
NON_LATIN = [("美咲", "f"), ("李娜", "f"), ("Ольга", "f"), ("Σοφία", "f"), ("प्रिया", "f"), ("ليلى", "f"),
             ("Дмитрий", "m"), ("健太", "m"), ("अर्जुन", "m"), ("عمر", "m"), ("민준", "m"), ("Νίκος", "m"),
             ("王伟", "m"), ("지은", "f")]
PRON = {"f": ("she", "her", "her"), "m": ("he", "him", "his")}
AGES = ["20s", "30s", "40s", "50s", "60s", "early 30s", "late 40s", "17", "70"]

ROOMS_EN = ["KITCHEN", "LAUNDROMAT", "BOATHOUSE", "PHARMACY", "ATTIC", "BAKERY", "GREENHOUSE", "WAITING ROOM",
            "PAWN SHOP", "GARAGE", "MOTEL ROOM", "CHAPEL", "BARBERSHOP", "FERRY CABIN", "RECORD STORE",
            "SCHOOL CORRIDOR", "HOTEL LOBBY", "TAILOR'S WORKSHOP"]
OUTSIDE_EN = ["HARBOUR", "ROOFTOP", "VINEYARD", "PETROL STATION", "TRAIN PLATFORM", "COURTYARD", "ALLEY",
              "CAMPSITE", "MARKET SQUARE", "BUS DEPOT", "ORCHARD", "PIER"]
TIMES_EN = ["NIGHT", "DAY", "DAWN", "DUSK", "LATE AFTERNOON", "EARLY MORNING", "MAGIC HOUR", "EVENING", "NOON",
            "LATE NIGHT", "SUNSET", "MORNING"]
FOREIGN = {  # language: (interior places, exterior places, times)
    "es": (["COCINA", "TALLER", "CANTINA", "BIBLIOTECA", "FARMACIA"], ["AZOTEA", "MERCADO", "PLAYA", "PATIO"],
           ["NOCHE", "DÍA", "ATARDECER", "AMANECER", "MADRUGADA"]),
    "fr": (["CUISINE", "ATELIER", "CHAMBRE", "BOULANGERIE", "SALON"], ["GARE", "QUAI", "JARDIN", "PLACE"],
           ["NUIT", "JOUR", "AUBE", "SOIR", "CRÉPUSCULE"]),
    "de": (["KÜCHE", "WERKSTATT", "KNEIPE", "WOHNZIMMER", "TREPPENHAUS"], ["BAHNHOF", "HINTERHOF", "STRAND"],
           ["NACHT", "TAG", "ABEND", "MORGEN", "DÄMMERUNG"]),
    "it": (["CUCINA", "OFFICINA", "TRATTORIA", "SOFFITTA"], ["STAZIONE", "PIAZZA", "VIGNETO", "MOLO"],
           ["NOTTE", "GIORNO", "SERA", "ALBA", "TRAMONTO"]),
    "pt": (["COZINHA", "OFICINA", "PADARIA", "SALA"], ["ESTAÇÃO", "PRAÇA", "QUINTAL", "CAIS"],
           ["NOITE", "DIA", "TARDE", "MADRUGADA", "ENTARDECER"]),
}
SEPARATORS = [" - ", " -- ", "--", " – ", " — "]


def _name(r, gender, avoid=()):
    pool = WOMEN if gender == "f" else MEN
    while True:
        n = r.choice(pool)
        if n not in avoid:
            return n


def _pair(r):
    """Two people of different genders, so that 'he' and 'she' each fit one of them."""
    g = r.choice("fm")
    other = "m" if g == "f" else "f"
    return (_name(r, g), g), (_name(r, other), other)


def _intro(r, name):
    """How a script first names a character in action: plain, in capitals, with an age."""
    return r.choice([name, name.upper(), f"{name.upper()} ({r.choice(AGES)})"])


def _heading(r, inside=True, lang=None, places=None):
    """A scene heading as writers write it: INT./EXT., several separators, English or another language; `places`
    names the place where the action needs one (English, as an English-language script would)."""
    if lang is None:
        lang = "en" if places else r.choice(["en", "en", "en", "es", "fr", "de", "it", "pt"])
    if lang == "en":
        place = r.choice(places or (ROOMS_EN if inside else OUTSIDE_EN))
        time = r.choice(TIMES_EN)
    else:
        rooms, outs, times = FOREIGN[lang]
        place, time = r.choice(rooms if inside else outs), r.choice(times)
    prefix = "INT." if inside else "EXT."
    return f"{prefix} {place}{r.choice(SEPARATORS)}{time}"


def _cue(name, ext=""):
    return name.upper() + (f" ({ext})" if ext else "")


def _lines(*blocks):
    return "\n\n".join(b for b in blocks if b) + "\n"


def _say(name, line, paren=None, ext=""):
    return _cue(name, ext) + "\n" + (f"({paren})\n" if paren else "") + line


# ------------------------------------------------------------------------------------------------ plan access
def _fold(n):
    return "".join(ch for ch in unicodedata.normalize("NFKD", n.casefold()) if ch.isalnum())


def _ids(plan, name, kind=None):
    return [e.id for e in plan.entities if _fold(e.name) == _fold(name) and (kind is None or e.kind == kind)]


def _person(plan, name):
    ids = _ids(plan, name, "person")
    need(len(ids) == 1, f"want one person named {name!r}, have {[(e.name, e.kind) for e in plan.entities]}")
    return ids[0]


def _last_word(name):
    words = name.replace("'s ", " ").split()
    return _fold(words[-1]) if words else ""


def _things(plan, nouns, where=None, people=False):
    """Entities (not people, unless asked) whose name ends in one of `nouns` ('bag' finds 'bag', 'leather bag',
    "sister's bag")."""
    want = {_fold(n) for n in nouns}
    pool = plan.entities if where is None else [plan.entity(e) for e in sorted(where)]
    return [e.id for e in pool if (people or e.kind != "person") and _last_word(e.name) in want]


def _thing(plan, nouns):
    ids = _things(plan, nouns)
    need(len(ids) == 1, f"want one {nouns[0]}, have {[e.name for e in plan.entities]}")
    return ids[0]


def _last_boxes(shot):
    return {o.entity: o.box for o in shot.keyframes[-1].objects}


def seen(marker, *names, without=()):
    """The named people are on screen in the shot (any keyframe); those in `without` are not."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        here = on_screen(s)
        for n in names:
            need(_person(plan, n) in here, f"{n} not on screen in {s.id} ({sorted(here)})")
        for n in without:
            need(not set(_ids(plan, n)) & here, f"{n} on screen in {s.id} ({sorted(here)})")
    return check


def enters(marker, name):
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        boxes = track(s, _person(plan, name))
        need(boxes[0] is None and boxes[-1] is not None, f"{name} should enter in {s.id}: {boxes}")
    return check


def leaves(marker, name):
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        boxes = track(s, _person(plan, name))
        need(boxes[0] is not None and boxes[-1] is None, f"{name} should leave in {s.id}: {boxes}")
    return check


def not_before(marker, name):
    """Someone who comes in at `marker` is not on screen in the scene's earlier shots."""
    def check(plan, shot=None):
        s0 = shot_with(plan, marker)
        eid = _person(plan, name)
        for s in plan.shots:
            if s.scene == s0.scene and s.id < s0.id:
                need(eid not in on_screen(s), f"{name} on screen in {s.id} before coming in")
    return check


def gone_after(marker, name):
    """After leaving at `marker`, not on screen in the scene's later shots until they speak or are named again."""
    def check(plan, shot=None):
        s0 = shot_with(plan, marker)
        eid = _person(plan, name)
        later = [s for s in plan.shots if s.scene == s0.scene and s.id > s0.id]
        need(later, "no shot after the exit")
        for s in later:
            if any(d.character == eid for d in s.dialogue) or _fold(name) in _fold(s.description or ""):
                break
            need(eid not in on_screen(s), f"{name} still on screen in {s.id} after leaving")
    return check


def _placed(marker, noun, target, placer, how):
    """The thing ends `how` the target in the shot's last keyframe (looked up among what is drawn there), and the
    one who put it there is not put there too."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        last = _last_boxes(s)
        ts, gs = _things(plan, noun, last), _things(plan, target, last)
        need(ts and gs, f"{noun[0]}/{target[0]} not in the last keyframe of {s.id} ({sorted(last)})")

        def holds(x, y):
            if how == "on":
                return relation_holds("on", x, y)
            if how == "under":
                return relation_holds("below", x, y)
            if how == "in":  # inside (or resting in the mouth of) the container, seen side on
                return y[0] - 0.01 <= cx(x) <= y[2] + 0.01 and x[3] >= y[1] - 0.02 and x[1] <= y[3]
            return max(x[0] - y[2], y[0] - x[2], x[1] - y[3], y[1] - x[3]) < 0.03  # touching: against, hanging

        need(any(holds(last[t], last[g]) for t in ts for g in gs),
             f"{noun[0]} not {how} the {target[0]}: {[last[t] for t in ts]} {[last[g] for g in gs]}")
        pid = _person(plan, placer)
        edges = {(e.subject, e.predicate, e.object) for e in s.scene_graph}
        need(not any((pid, p, g) in edges for p in ("on", "in", "under", "below") for g in gs),
             f"{placer} put {how} the {target[0]}")
    return check


def put_on(marker, noun, target, placer):
    return _placed(marker, noun, target, placer, "on")


def put_under(marker, noun, target, placer):
    return _placed(marker, noun, target, placer, "under")


def put_in(marker, noun, target, placer):
    return _placed(marker, noun, target, placer, "in")


def put_at(marker, noun, target, placer):
    return _placed(marker, noun, target, placer, "at")


def between(marker, mid, a, b):
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        last = _last_boxes(s)
        ids = [_person(plan, n) for n in (mid, a, b)]
        for n, i in zip((mid, a, b), ids):
            need(i in last, f"{n} not in the last keyframe of {s.id} ({sorted(last)})")
        need(relation_holds("between", last[ids[0]], last[ids[1]], last[ids[2]]), f"{mid} not between {a} and {b}")
    return check


def beside(marker, a, b):
    """Sitting or standing next to each other at the end of the shot (a small gap between their boxes)."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        last = _last_boxes(s)
        ia, ib = _person(plan, a), _person(plan, b)
        need(ia in last and ib in last, f"{a}/{b} not in the last keyframe of {s.id}")
        x, y = last[ia], last[ib]
        need(max(x[0] - y[2], y[0] - x[2]) < 0.15, f"{a} and {b} not side by side: {x} {y}")
    return check


def apart_after(marker, a, b):
    """After one walks away from the other, no dialogue shot of the scene frames the two side by side."""
    def check(plan, shot=None):
        s0 = shot_with(plan, marker)
        ia, ib = _person(plan, a), _person(plan, b)
        after = [s for s in plan.shots if s.scene == s0.scene and s.id > s0.id and s.dialogue]
        need(after, "no dialogue after the move")
        for s in after:
            for kf in s.keyframes:
                boxes = {o.entity: o.box for o in kf.objects}
                if ia in boxes and ib in boxes:
                    x, y = boxes[ia], boxes[ib]
                    need(max(x[0] - y[2], y[0] - x[2]) > 0.2, f"{s.id} frames {a} and {b} side by side though apart")
    return check


def _figures(plan, ids, besides):
    skip = {i for n in besides for i in _ids(plan, n)}
    return sum(int(plan.entity(i).attributes.get("count", "1")) for i in ids
               if plan.entity(i).kind == "person" and i not in skip)


def crowd_of(marker, least, besides=()):
    """At least `least` figures besides the named characters are on screen in the shot."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        n = _figures(plan, on_screen(s), besides)
        need(n >= least, f"{n} figures besides {list(besides)} in {s.id} (want {least})")
    return check


def group_leaves(marker, besides=()):
    """A group there when the shot starts (two figures or more besides the named) is gone when it ends."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        first = {o.entity for o in s.keyframes[0].objects}
        last = {o.entity for o in s.keyframes[-1].objects}
        need(_figures(plan, first, besides) >= 2, f"no group at the start of {s.id} ({sorted(first)})")
        need(_figures(plan, last, besides) == 0, f"the group is still there at the end of {s.id} ({sorted(last)})")
    return check


def beast(marker, noun, body):
    """A creature of this kind on screen, drawn by its body plan, not as a human skeleton."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        ids = _things(plan, [noun], on_screen(s))
        need(ids, f"no {noun} on screen in {s.id} ({sorted(on_screen(s))})")
        e = plan.entity(ids[0])
        need(e.kind == "animal" and e.attributes.get("body") == body, f"{noun}: kind {e.kind}, {e.attributes}")
        need(all(o.keypoints is None for kf in s.keyframes for o in kf.objects if o.entity == e.id),
             f"{noun} drawn with a skeleton")
    return check


def beast_enters(marker, noun):
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        ids = _things(plan, [noun])
        need(len(ids) == 1, f"want one {noun}, have {[e.name for e in plan.entities]}")
        boxes = track(s, ids[0])
        need(boxes[0] is None and boxes[-1] is not None, f"the {noun} should come in in {s.id}: {boxes}")
    return check


def dwarfs(marker, noun, name):
    """The creature's box is bigger than the person's wherever both are on screen."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        ids = _things(plan, [noun], on_screen(s))
        need(ids, f"no {noun} on screen in {s.id}")
        pairs = [(x, y) for x, y in zip(track(s, ids[0]), track(s, _person(plan, name)))
                 if x is not None and y is not None]
        need(pairs, f"{noun} and {name} never on screen together in {s.id}")
        need(all(area(x) > area(y) for x, y in pairs), f"{noun} not bigger than {name}")
    return check


def looms(marker, noun, name):
    """A creature written as huge ('in full scale', 'towering over the trees') fills much of the frame (an eighth
    of it at least, where it is largest) and is bigger than the person wherever both are in the shot; the text
    does not say the person shares that shot, so it is not asked."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        ids = _things(plan, [noun], on_screen(s))
        need(ids, f"no {noun} on screen in {s.id}")
        boxes = [b for b in track(s, ids[0]) if b is not None]
        need(max(area(b) for b in boxes) >= 0.12, f"the huge {noun} is small: {max(boxes, key=area)}")
        for pid in _ids(plan, name, "person"):
            pairs = [(x, y) for x, y in zip(track(s, ids[0]), track(s, pid)) if x is not None and y is not None]
            need(all(area(x) > area(y) for x, y in pairs), f"{noun} not bigger than {name}")
    return check


def unheard_things(marker, nouns):
    """Things only heard: nothing named after them is on screen in the shot."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        hit = _things(plan, nouns, on_screen(s), people=True)
        need(not hit, f"heard {nouns} on screen in {s.id}: {[plan.entity(i).name for i in hit]}")
    return check


def off_screen_voice(marker, speaker, listener):
    """A line spoken off screen (O.S., V.O., on the phone): the listener is seen, the speaker is not."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        here = on_screen(s)
        need(_person(plan, listener) in here, f"{listener} not on screen in {s.id} ({sorted(here)})")
        need(not set(_ids(plan, speaker)) & here, f"off-screen {speaker} on screen in {s.id} ({sorted(here)})")
    return check


def heading_read(marker, place, time):
    """The heading's place and time come apart (separator, language)."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        bg = s.background
        need(bg is not None and _fold(bg.location or "") == _fold(place),
             f"location {getattr(bg, 'location', None)!r} != {place!r}")
        need(_fold(time) in _fold(bg.time_of_day or ""), f"time {bg.time_of_day!r} is not {time!r}")
    return check


def no_shot_says(*words):
    """Transitions, notes and title material are not shots."""
    def check(plan, shot=None):
        for s in plan.shots:
            for w in words:
                need(w.lower() not in (s.description or "").lower(), f"{s.id} is made of {w!r}: {s.description!r}")
    return check


def opens_with_fade():
    def check(plan, shot=None):
        need(plan.shots, "no shots")
        t = plan.shots[0].transition_in
        need(t is not None and t.type == "fade", f"the film opens with {t}")
    return check


def somebody_else(marker, name, least=1):
    """A person besides `name` is on screen ('her grandmother waves back')."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        n = _figures(plan, on_screen(s), [name])
        need(n >= least, f"{n} people besides {name} in {s.id} ({sorted(on_screen(s))})")
    return check


def nobody_named(marker, *nouns):
    """Someone only mentioned ('his sister's bag') is not drawn in the shot."""
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        names = {_last_word(plan.entity(e).name) for e in on_screen(s)}
        for n in nouns:
            need(_fold(n) not in names, f"the mentioned {n} is on screen in {s.id}")
    return check


def done(text, markers, *checks):
    return text, all_of(*checks), markers


# --------------------------------------------------------------------------------------- pronoun families
SHE_MOVES = [("walks back to {p} desk and sits", "desk"), ("crosses to the window and opens it", "window"),
             ("kneels by the stove and feeds it another log", "stove"),
             ("goes to the sink and rinses a mug", "sink"), ("drops onto the sofa and closes {p} eyes", "sofa"),
             ("returns to {p} easel and picks up a brush", "easel"),
             ("wanders over to the bookshelf and pulls out an atlas", "atlas"),
             ("steps out onto the balcony", "balcony")]
RETORTS = ["You could have called.", "I'm not doing this again.", "Fine. Have it your way.",
           "We leave at six.", "Nobody asked you.", "It's already paid for.", "Then go."]


@family()
def pron_after_other_speaks(r):
    """The pronoun's person acts right after the other one has spoken."""
    (a, ga), (b, gb) = _pair(r)
    move, marker = r.choice(SHE_MOVES)
    she, _, her = PRON[ga]
    text = _lines(
        _heading(r), f"{_intro(r, a)} and {_intro(r, b)} face each other across the room.",
        _say(b, r.choice(RETORTS), paren=r.choice([None, "coldly", "beat"])),
        f"{she.capitalize()} {move.format(p=her)}.")
    return done(text, [marker], seen(marker, a))


CHORES = [("unlocks the shed", False), ("hauls the canoe up the ramp", False),
          ("unloads the crates from the van", False), ("pins the map to the wall", True),
          ("strings the lanterns along the fence", False), ("sorts the mail on the hall table", True)]
AFTER = [("flicks on the lights", "flicks"), ("wipes {p} hands on {p} jeans", "wipes"),
         ("checks {p} watch", "watch"), ("lights a cigarette", "cigarette"), ("pulls off {p} gloves", "gloves"),
         ("rubs {p} eyes", "rubs"), ("takes a long swig of water", "swig")]


@family()
def pron_chain_paragraphs(r):
    """Two people; later paragraphs refer to each by 'he' or 'she' alone."""
    (a, ga), (b, gb) = _pair(r)
    (c1, inside) = r.choice(CHORES)
    (x, mx), (y, my) = r.sample(AFTER, 2)
    text = _lines(
        _heading(r, inside=inside), f"{_intro(r, a)} {c1}. {_intro(r, b)} helps without a word.",
        f"{PRON[gb][0].capitalize()} {x.format(p=PRON[gb][2])}.",
        f"{PRON[ga][0].capitalize()} {y.format(p=PRON[ga][2])}.")
    return done(text, [mx, my], seen(mx, b), seen(my, a))


ARRIVE = ["come in out of the rain", "push through the door, laughing", "arrive late", "stumble in from the cold",
          "come down the stairs together"]
SIT = [("sit at a corner table", "corner table"), ("sit down at the counter", "sit down"),
       ("squeeze into a booth by the window", "booth"), ("settle on the steps", "settle"),
       ("take the two stools at the end", "stools")]


@family()
def they_sit(r):
    """'They sit ...' after two people come in: both are seated in that shot."""
    (a, _), (b, _) = _pair(r)
    if r.random() < 0.5:
        b = _name(r, r.choice("fm"), avoid=(a,))
    arrive = r.choice(ARRIVE)
    act, marker = r.choice(SIT)
    extra = r.choice(["", " A waiter drifts over.", " The radio hums.", ""])
    text = _lines(_heading(r), f"{_intro(r, a)} and {_intro(r, b)} {arrive}.",
                  f"They {act}.{extra}")
    return done(text, [marker], seen(marker, a, b))


LEAVE_TOGETHER = [("climb into the truck", "truck"), ("head out into the snow", "snow"),
                  ("start down the hill", "hill"), ("carry the boxes to the car", "boxes"),
                  ("walk on toward the lighthouse", "lighthouse")]
TALK = [("So that's it?", "That's it."), ("Are you cold?", "Freezing."), ("Did you lock it?", "Twice."),
        ("Ready?", "No. Let's go anyway."), ("You drive.", "I always drive.")]


@family()
def they_after_talk(r):
    """A short exchange, then 'They ...': both are on screen."""
    (a, ga), (b, _) = _pair(r)
    q, ans = r.choice(TALK)
    act, marker = r.choice(LEAVE_TOGETHER)
    text = _lines(_heading(r, inside=False), f"{_intro(r, a)} waits by the gate. {_intro(r, b)} joins {PRON[ga][1]}.",
                  _say(a, q), _say(b, ans, paren=r.choice([None, "shrugging", "smiles"])),
                  f"They {act}.")
    return done(text, [marker], seen(marker, a, b))


# --------------------------------------------------------------------------------------- placing families
KIN = ["sister", "brother", "father", "mother", "uncle", "aunt", "grandmother", "cousin", "boss", "landlord"]
CARRY = [("bag", "bags"), ("suitcase", "suitcases"), ("satchel", "satchels"), ("toolbox", "toolboxes"),
         ("rucksack", "rucksacks"), ("briefcase", "briefcases"), ("hatbox", "hatboxes")]
SURFACES = [("counter", "counters"), ("table", "tables"), ("workbench", "workbenches"), ("desk", "desks"),
            ("dresser", "dressers"), ("trunk", "trunks")]
SET_VERBS = ["sets", "puts", "plonks", "heaves", "dumps", "lays"]


@family()
def place_possessive(r):
    """'sets his sister's bag on the counter': the bag lands on the counter; the sister is only mentioned."""
    (a, ga), _ = _pair(r)
    kin, (thing, things), (surf, surfs) = r.choice(KIN), r.choice(CARRY), r.choice(SURFACES)
    verb = r.choice(SET_VERBS)
    text = _lines(_heading(r), f"{_intro(r, a)} shoulders the door open, out of breath.",
                  f"{PRON[ga][0].capitalize()} {verb} {PRON[ga][2]} {kin}'s {thing} on the {surf}.")
    return done(text, [verb], put_on(verb, (thing, things), (surf, surfs), a), nobody_named(verb, kin))


UNDER_THINGS = [("suitcase", "suitcases"), ("shoebox", "shoeboxes"), ("rifle", "rifles"), ("duffel", "duffels"),
                ("envelope", "envelopes"), ("crate", "crates")]
UNDER_TARGETS = [("bed", "beds"), ("sofa", "sofas"), ("sink", "sinks"), ("bench", "benches"), ("cot", "cots"),
                 ("table", "tables")]
UNDER_VERBS = ["shoves", "slides", "kicks", "tucks", "pushes"]


@family()
def place_under(r):
    (a, ga), _ = _pair(r)
    (t, ts), (g, gs) = r.choice(UNDER_THINGS), r.choice(UNDER_TARGETS)
    verb = r.choice(UNDER_VERBS)
    lead = r.choice([f"{_intro(r, a)} glances at the door.", f"Footsteps on the stairs. {_intro(r, a)} freezes.",
                     f"{_intro(r, a)} looks around the empty room."])
    text = _lines(_heading(r), lead, f"{PRON[ga][0].capitalize()} {verb} the {t} under the {g}.")
    return done(text, [verb], put_under(verb, (t, ts), (g, gs), a))


IN_THINGS = [("keys", "key"), ("coins", "coin"), ("letter", "letters"), ("phone", "phones"), ("ring", "rings"),
             ("pistol", "pistols"), ("apples", "apple"), ("scarf", "scarves")]
IN_TARGETS = [("bowl", "bowls"), ("drawer", "drawers"), ("bucket", "buckets"), ("basket", "baskets"),
              ("tin", "tins"), ("handbag", "handbags"), ("jar", "jars")]
IN_VERBS = [("drops", "into"), ("tosses", "into"), ("stuffs", "into"), ("slips", "into"), ("puts", "in")]


@family()
def place_in(r):
    (a, ga), (b, gb) = _pair(r)
    (t, t2), (g, gs) = r.choice(IN_THINGS), r.choice(IN_TARGETS)
    verb, prep = r.choice(IN_VERBS)
    text = _lines(_heading(r), f"{_intro(r, b)} watches from the doorway as {_intro(r, a)} comes home.",
                  f"{a} {verb} the {t} {prep} the {g} and says nothing.")
    return done(text, [verb], put_in(verb, (t, t2), (g, gs), a), seen(verb, a))


AT_CASES = [("leans", "bicycle", "against the", ["wall", "railing", "fence", "lamppost"], False),
            ("leans", "ladder", "against the", ["wall", "tree", "shed"], False),
            ("props", "shovel", "against the", ["wall", "fence", "wheelbarrow"], False),
            ("hangs", "coat", "on the", ["hook", "peg", "door"], True),
            ("hangs", "lantern", "from the", ["beam", "branch", "hook"], False),
            ("rests", "guitar", "against the", ["amplifier", "sofa", "wall"], True)]


@family()
def place_against(r):
    (a, ga), _ = _pair(r)
    verb, t, prep, targets, inside = r.choice(AT_CASES)
    g = r.choice(targets)
    mine = r.choice(["the", PRON[ga][2]])
    text = _lines(_heading(r, inside=inside), f"{_intro(r, a)} arrives, red-faced and sweating.",
                  f"{a} {verb} {mine} {t} {prep} {g}.")
    return done(text, [verb], put_at(verb, (t, t + "s"), (g, g + "s"), a))


CROSS_PUT = [("table", "lamp"), ("piano", "vase"), ("counter", "jug"), ("desk", "typewriter"),
             ("windowsill", "candle"), ("bench", "helmet"), ("crate", "kettle")]
CROSS_VERB = ["puts", "sets", "places", "stands"]


@family()
def place_on_it(r):
    """'crosses to the table and sets the lamp on it': 'it' is the table."""
    (a, ga), _ = _pair(r)
    g, t = r.choice(CROSS_PUT)
    verb = r.choice(CROSS_VERB)
    intro = r.choice([f"{_intro(r, a)} enters with a {t}.", f"{_intro(r, a)} comes in, a {t} under one arm."])
    text = _lines(_heading(r), intro,
                  f"{PRON[ga][0].capitalize()} crosses to the {g} and {verb} the {t} on it.")
    return done(text, [verb + " the"], put_on(verb + " the", (t, t + "s"), (g, g + "s"), a))


GIVE = [("envelope", "pocket"), ("photograph", "wallet"), ("key", "coat"), ("note", "sleeve"),
        ("ticket", "purse"), ("coin", "fist")]


@family()
def hands_over(r):
    """'takes an envelope from her pocket and hands it to him': giver and taker are both in the shot."""
    (a, ga), (b, gb) = _pair(r)
    t, src = r.choice(GIVE)
    text = _lines(
        _heading(r), f"{_intro(r, a)} and {_intro(r, b)} stand in silence.",
        _say(b, r.choice(["Well?", "Show me.", "You said you had it.", "Let's see it."])),
        f"{PRON[ga][0].capitalize()} takes a {t} from {PRON[ga][2]} {src} and hands it to {PRON[gb][1]}.",
        f"{b} turns it over in {PRON[gb][2]} hands.")
    return done(text, ["hands it"], seen("hands it", a, b))


# --------------------------------------------------------------------------------------- entrances and exits
BURSTS = [("bursts in, soaked to the skin", "bursts"), ("storms in", "storms"),
          ("slips in through the back door", "slips in"), ("barges in with a bag of groceries", "barges"),
          ("wanders in, eating an apple", "wanders in"), ("limps in on a crutch", "limps"),
          ("strides in", "strides")]
ALONE = ["sits alone, staring at a cold cup of coffee.", "paces by the window.", "counts coins on the counter.",
         "is asleep in an armchair.", "irons a shirt."]


@family()
def enter_one_line(r):
    (a, ga), (b, gb) = _pair(r)
    act, marker = r.choice(BURSTS)
    text = _lines(_heading(r), f"{_intro(r, a)} {r.choice(ALONE)}",
                  f"{_intro(r, b)} {act}.",
                  _say(a, r.choice(["You're late.", "Shut the door.", "Where have you been?"])))
    return done(text, [marker], enters(marker, b), not_before(marker, b))


@family()
def enter_over_lines(r):
    """A knock, the door, and only then the person steps in: they come in in that last shot, not before."""
    (a, ga), (b, gb) = _pair(r)
    step, marker = r.choice([("steps inside and shakes off {p} umbrella", "umbrella"),
                             ("edges into the room", "edges"), ("ducks under the low beam and comes in", "ducks"),
                             ("walks in, snow on {p} shoulders", "snow on"), ("comes in backwards, dragging a sled",
                                                                              "sled")])
    text = _lines(
        _heading(r), f"{_intro(r, a)} {r.choice(ALONE)}",
        r.choice(["A knock at the door.", "Three sharp knocks.", "The doorbell rings."]),
        f"{a} looks up. {PRON[ga][0].capitalize()} waits.",
        r.choice(["The door creaks open.", "The latch lifts. The door swings open."]),
        f"{b} {step.format(p=PRON[gb][2])}.")
    return done(text, [marker], enters(marker, b), not_before(marker, b))


ENTER_TOGETHER = [("enter, arguing", "arguing"), ("come in together", "together"),
                  ("walk in arm in arm", "arm in arm"), ("hurry in, out of breath", "hurry in"),
                  ("troop in carrying a sofa between them", "troop")]


@family()
def enter_pair(r):
    (a, _), (b, _) = _pair(r)
    c = _name(r, r.choice("fm"), avoid=(a, b))
    act, marker = r.choice(ENTER_TOGETHER)
    text = _lines(_heading(r), f"{_intro(r, c)} {r.choice(ALONE)}",
                  f"{_intro(r, a)} and {_intro(r, b)} {act}.",
                  _say(c, r.choice(["Not now.", "Sit down, both of you.", "Finally."])))
    return done(text, [marker], enters(marker, a), enters(marker, b), not_before(marker, a),
                not_before(marker, b))


@family()
def exit_one_line(r):
    (a, ga), (b, gb) = _pair(r)
    grab = r.choice(["grabs {p} coat and leaves", "snatches up {p} keys and walks out",
                     "slams the door on {p} way out", "shoulders {p} bag and storms off",
                     "pulls on {p} boots and goes"])
    after = r.choice([f"{b} stares at the door.", f"{b} sinks into a chair.", f"{b} pours another drink.",
                      f"{b} picks up the broken plate."])
    text = _lines(_heading(r), f"{_intro(r, a)} and {_intro(r, b)} glare at each other.",
                  _say(a, r.choice(["I'm done.", "Don't wait up.", "Goodbye, then."])),
                  f"{a} {grab.format(p=PRON[ga][2])}.", after)
    marker = grab.split()[0]
    return done(text, [marker], leaves(marker, a), gone_after(marker, a))


@family()
def exit_pronoun_after_talk(r):
    """'He walks out without another word' just after the other one has spoken."""
    (a, ga), (b, gb) = _pair(r)
    out, marker = r.choice([("walks out without another word", "without another"),
                            ("turns on {p} heel and leaves", "heel"), ("heads out the back", "the back"),
                            ("slips away into the crowd outside", "slips away"), ("exits", "exits")])
    text = _lines(_heading(r), f"{_intro(r, a)} leans in the doorway. {_intro(r, b)} sorts papers.",
                  _say(a, r.choice(["I'll be outside.", "Think about it.", "You know where I'll be."])),
                  _say(b, r.choice(["Don't bother.", "Go, then.", "I already have."])),
                  f"{PRON[ga][0].capitalize()} {out.format(p=PRON[ga][2])}.",
                  f"{b} {r.choice(['goes back to the papers', 'lets out a breath', 'switches off the lamp'])}.")
    return done(text, [marker], leaves(marker, a), gone_after(marker, a))


# --------------------------------------------------------------------------------------- seating and two-shots
SEATS = ["bench", "sofa", "pew", "bus seat", "swing", "church step"]


@family()
def sits_between_named(r):
    (a, _), (b, _) = _pair(r)
    c = _name(r, r.choice("fm"), avoid=(a, b))
    verb, marker = r.choice([("sits down between", "sits down"), ("takes the seat between", "takes the seat"),
                             ("perches between", "perches"), ("wedges {r}self between", "wedges")])
    g = "f" if c in WOMEN else "m"
    verb = verb.format(r={"f": "her", "m": "him"}[g])
    text = _lines(_heading(r, inside=r.random() < 0.6),
                  f"{_intro(r, a)} and {_intro(r, b)} wait on the {r.choice(SEATS)}, a gap between them.",
                  f"{_intro(r, c)} {verb} {a} and {b}.")
    return done(text, [marker], between(marker, c, a, b))


@family()
def squeezes_between_them(r):
    (a, _), (b, _) = _pair(r)
    c = _name(r, r.choice("fm"), avoid=(a, b))
    seat = r.choice(SEATS)
    verb, marker = r.choice([("squeezes in between them", "squeezes"), ("sits between them", "sits between"),
                             ("plops down between them", "plops")])
    text = _lines(_heading(r), f"{_intro(r, a)} and {_intro(r, b)} share the {seat} in silence.",
                  f"{_intro(r, c)} arrives with three coffees.", f"{c} {verb}.")
    return done(text, [marker], between(marker, c, a, b))


@family()
def sits_beside(r):
    """'She sits down beside him': the two end side by side."""
    (a, ga), (b, gb) = _pair(r)
    where, inside, places = r.choice([("on the hospital bed", True, ["HOSPITAL WARD", "RECOVERY ROOM"]),
                                      ("on the bench", False, ["PARK", "BUS STOP", "CHURCHYARD"]),
                                      ("on the edge of the pier", False, ["PIER", "HARBOUR"]),
                                      ("on the bottom stair", True, ["STAIRWELL", "HALLWAY"]),
                                      ("on a bale of hay", True, ["BARN", "HAYLOFT"])])
    verb, marker = r.choice([("sits down beside", "beside"), ("sits next to", "next to"),
                             ("settles in next to", "settles")])
    text = _lines(_heading(r, inside=inside, places=places), f"{_intro(r, a)} sits {where}, alone.",
                  f"{_intro(r, b)} watches {PRON[ga][1]} for a long moment.",
                  f"Then {PRON[gb][0]} {verb} {PRON[ga][1]}.",
                  _say(a, r.choice(["Hi.", "Took you long enough.", "I didn't think you'd come."])))
    return done(text, [marker], beside(marker, a, b))


@family()
def walks_away_then_talk(r):
    """After one walks to the far end of the room, the dialogue does not frame them side by side."""
    (a, ga), (b, gb) = _pair(r)
    place, inside, places = r.choice([("the far end of the platform", False, ["TRAIN PLATFORM", "STATION"]),
                                      ("the other side of the yard", False, ["SCRAPYARD", "PRISON YARD"]),
                                      ("the far corner of the hall", True, ["DANCE HALL", "TOWN HALL"]),
                                      ("the end of the jetty", False, ["JETTY", "LAKESIDE"]),
                                      ("the back of the warehouse", True, ["WAREHOUSE"])])
    verb = r.choice(["walks off to", "stalks off to", "retreats to", "drifts away to"])
    text = _lines(_heading(r, inside=inside, places=places), f"{_intro(r, a)} and {_intro(r, b)} stand together.",
                  f"{b} {verb} {place}.",
                  _say(a, r.choice(["Don't be like that.", "Come back here.", "I'm sorry, alright?"]),
                       paren="calling after"),
                  _say(b, r.choice(["Leave me alone.", "No.", "Not now."])))
    marker = verb.split()[0]
    return done(text, [marker], apart_after(marker, a, b))


# --------------------------------------------------------------------------------------- crowds and groups
CROWD_WORDS = ["commuters", "tourists", "pilgrims", "mourners", "protesters", "shoppers", "spectators", "fans"]
POUR = [("pours onto the platform", "pours"), ("floods the square", "floods"), ("surges toward the gates", "surges"),
        ("spills out of the stadium", "spills"), ("mills about the station hall", "mills")]


@family()
def crowd_arrives(r):
    (a, ga), _ = _pair(r)
    who = r.choice(CROWD_WORDS)
    act, marker = r.choice(POUR)
    head = r.choice(["A crowd of", "A sea of", "Hundreds of", "A throng of", "A horde of"])
    if head == "Hundreds of":  # a plural subject: 'pour', 'flood'
        first, rest = act.split(" ", 1)
        act = f"{first[:-1]} {rest}"
    text = _lines(_heading(r, inside=False), f"{_intro(r, a)} waits under the clock.",
                  f"{head} {who} {act}.", f"{a} is swallowed up.")
    least = 200 if head == "Hundreds of" else 3  # what the words say at the least: a crowd is more than two
    return done(text, [marker], crowd_of(marker, least, besides=[a]))


GROUP_AT_WORK = [("fishermen", "mend nets on the quay", "mend"), ("nurses", "hurry past with trolleys", "trolleys"),
                 ("dockworkers", "unload a trawler", "trawler"), ("schoolchildren", "chase pigeons", "pigeons"),
                 ("monks", "sweep the temple steps", "sweep"), ("soldiers", "stand guard at the bridge", "guard"),
                 ("waiters", "lay the long table", "lay the"), ("cyclists", "swarm past", "swarm")]
QUANT = ["Dozens of", "A handful of", "Several", "A dozen", "A few", "Twenty"]
AT_LEAST = {"Dozens of": 24, "A handful of": 3, "Several": 3, "A dozen": 12, "A few": 2, "Twenty": 20}


@family()
def group_in_action(r):
    """'A handful of fishermen mend nets' while a character walks through: the group's figures are seen."""
    (a, ga), _ = _pair(r)
    who, act, marker = r.choice(GROUP_AT_WORK)
    q = r.choice(QUANT)
    text = _lines(_heading(r, inside=r.random() < 0.3),
                  f"{q} {who} {act}. {_intro(r, a)} pushes past them.")
    return done(text, [marker], crowd_of(marker, AT_LEAST[q], besides=[a]), seen(marker, a))


VEHICLES = [("bus", "shudders to a stop"), ("coach", "pulls in"), ("train", "grinds to a halt"),
            ("ferry", "bumps against the dock"), ("minibus", "lurches to a stop"), ("tram", "sighs to a halt")]
RIDERS = ["passengers", "tourists", "students", "travellers", "refugees", "schoolgirls"]
CLIMB = [("climb out", "climb"), ("spill out", "spill"), ("pile off", "pile off"), ("file off", "file off"),
         ("step down one by one", "step down")]


@family()
def all_climb_out(r):
    veh, stop = r.choice(VEHICLES)
    who = r.choice(RIDERS)
    act, marker = r.choice(CLIMB)
    a, ga = r.choice([(n, "f") for n in WOMEN] + [(n, "m") for n in MEN])
    text = _lines(_heading(r, inside=False), f"{_intro(r, a)} watches from a bench as the {veh} {stop}.",
                  f"{r.choice(['All the', 'The', 'All of the'])} {who} {act}.")
    return done(text, [marker], crowd_of(marker, 2, besides=[a]))


STAFF = [("waiters", "stack the chairs"), ("cleaners", "mop the floor"), ("dancers", "stretch at the barre"),
         ("builders", "eat their lunch"), ("nurses", "finish their coffee"), ("musicians", "pack up their cases")]
FILE_OUT = [("file out one by one", "file out"), ("leave together", "leave together"),
            ("troop out into the night", "troop out"), ("drift out", "drift out"), ("clock off and go", "clock off")]


@family()
def group_leaves_room(r):
    (a, ga), _ = _pair(r)
    who, act = r.choice(STAFF)
    out, marker = r.choice(FILE_OUT)
    text = _lines(_heading(r), f"{_intro(r, a)} counts the till while the {who} {act}.",
                  f"The {who} {out}.", f"{a} is alone.")
    return done(text, [marker], group_leaves(marker, besides=[a]))


# --------------------------------------------------------------------------------------- animals
FARM = [("mule", "quadruped"), ("goat", "quadruped"), ("donkey", "quadruped"), ("sheepdog", "quadruped"),
        ("pony", "quadruped"), ("ox", "quadruped"), ("greyhound", "quadruped"), ("llama", "quadruped"),
        ("alpaca", "quadruped"), ("tabby", "quadruped")]
RESTING = [("dozes by the trough", "dozes"), ("grazes by the fence", "grazes"), ("sniffs at the gate", "sniffs"),
           ("lies in the shade of the cart", "shade"), ("nuzzles the hay bales", "nuzzles")]


@family()
def pet_possessive(r):
    (a, ga), _ = _pair(r)
    animal, body = r.choice(FARM)
    act, marker = r.choice(RESTING)
    text = _lines(_heading(r, inside=False, places=["FARMYARD", "PADDOCK", "STABLES", "SMALLHOLDING"]),
                  f"{_intro(r, a)} fixes a broken hinge.",
                  f"{a}'s {animal} {act}.")
    return done(text, [marker], beast(marker, animal, body))


OTHERS = [("heron", "bird", "lands on the railing", "railing"), ("crow", "bird", "hops along the wall", "hops"),
          ("parrot", "bird", "flaps onto the perch", "perch"), ("gull", "bird", "swoops over the boat", "swoops"),
          ("carp", "fish", "circles in the pond", "pond"), ("trout", "fish", "flashes in the stream", "stream"),
          ("cobra", "serpent", "rises from the basket", "rises"), ("rattlesnake", "serpent",
                                                                   "coils on the warm rock", "coils"),
          ("adder", "serpent", "slithers across the path", "slithers"),
          ("chimpanzee", "biped_creature", "swings down from the tree", "swings")]


@family()
def other_bodies(r):
    """Birds, fish, snakes and apes each drawn by their own body plan."""
    (a, ga), _ = _pair(r)
    animal, body, act, marker = r.choice(OTHERS)
    text = _lines(_heading(r, inside=False), f"{_intro(r, a)} sits very still.",
                  f"A {animal} {act}.", f"{a} holds {PRON[ga][2]} breath.")
    return done(text, [marker], beast(marker, animal, body))


MYTH = [("dragon", "winged_quadruped", True), ("griffin", "winged_quadruped", True),
        ("wyvern", "winged_quadruped", True), ("unicorn", "quadruped", False),
        ("pegasus", "winged_quadruped", False)]
MYTH_ACT = [("lands in the clearing", "clearing"), ("unfurls its wings over the village", "unfurls"),
            ("steps out of the mist", "mist"), ("rears up on the hilltop", "rears")]


@family()
def myth_beast(r):
    (a, ga), _ = _pair(r)
    animal, body, huge = r.choice(MYTH)
    act, marker = r.choice(MYTH_ACT)
    scale = r.choice(["in full scale", "enormous", "vast", "towering over the trees"]) if huge else ""
    line = f"The {animal}, {scale}, {act}." if scale else f"A {animal} {act}."
    text = _lines(_heading(r, inside=False), f"{_intro(r, a)} kneels by the fire.", line,
                  f"{a} stares up at it.")
    checks = [beast(marker, animal, body)]
    if huge:
        checks.append(looms(marker, animal, a))
    return done(text, [marker], *checks)


BIG = ["elephant", "giraffe", "bison", "moose", "rhinoceros", "camel", "buffalo", "hippopotamus"]
BIG_ACT = [("lumbers past", "lumbers"), ("plods past", "plods"), ("ambles up to", "ambles"),
           ("blocks the road in front of", "blocks"), ("wanders right up to", "right up")]


@family()
def big_animal(r):
    (a, ga), _ = _pair(r)
    animal, (act, marker) = r.choice(BIG), r.choice(BIG_ACT)
    art = "An" if animal[0] in "aeiou" else "A"
    text = _lines(_heading(r, inside=False, places=["SAVANNAH", "GAME RESERVE", "DIRT ROAD", "WATERHOLE"]),
                  f"{_intro(r, a)} leans on the jeep with binoculars.",
                  f"{art} {animal} {act} {PRON[ga][1]}.")
    return done(text, [marker], beast(marker, animal, "quadruped"), dwarfs(marker, animal, a))


STRAYS = ["goat", "dog", "hen", "piglet", "lamb", "fox", "calf", "cat"]
STRAY_BODY = {"hen": "bird"}


@family()
def animal_enters(r):
    (a, ga), _ = _pair(r)
    animal = r.choice(STRAYS)
    act, marker = r.choice([("wanders in through the open door", "open door"),
                            ("trots in from the yard", "trots"), ("noses its way in", "noses"),
                            ("pads into the room", "pads")])
    text = _lines(_heading(r), f"{_intro(r, a)} peels potatoes at the table.",
                  f"A {animal} {act}.", f"{a} doesn't notice.")
    return done(text, [marker], beast_enters(marker, animal),
                beast(marker, animal, STRAY_BODY.get(animal, "quadruped")))


# --------------------------------------------------------------------------------------- sounds and voices
SOUNDS = [("the clatter of a spoon against a pot", ["spoon", "pot"]),
          ("the clang of a hammer on an anvil", ["hammer", "anvil"]),
          ("the scrape of a chair on tiles", ["chair", "tiles", "tile"]),
          ("the thump of a bass drum", ["drum"]), ("the rattle of a chain on a gate", ["chain", "gate"]),
          ("the whine of a drill", ["drill"]), ("the tinkle of a bell on a shop door", ["bell", "door"])]
SOURCES = ["From the next room comes", "Somewhere below: ", "Off screen, ", "Through the wall we hear",
           "From upstairs,"]


@family()
def sound_offscreen(r):
    """A sound from elsewhere: its instruments are not props in the shot, and the listener is there."""
    (a, ga), _ = _pair(r)
    sound, nouns = r.choice(SOUNDS)
    src = r.choice(SOURCES)
    react, marker = r.choice([("looks up", "looks up"), ("flinches", "flinches"), ("rolls {p} eyes", "rolls"),
                              ("stops typing", "stops typing")])
    text = _lines(_heading(r), f"{_intro(r, a)} works at a table by the window.",
                  f"{src} {sound}. {a} {react.format(p=PRON[ga][2])}.")
    return done(text, [marker], unheard_things(marker, nouns), seen(marker, a))


HEARD = [("a dog barking", ["dog"]), ("a rooster crowing", ["rooster"]), ("a baby crying", ["baby"]),
         ("a siren wailing", ["siren"]), ("church bells", ["bells", "bell"]), ("a train whistle", ["whistle", "train"]),
         ("a goat bleating", ["goat"]), ("a piano being played badly", ["piano"])]


@family()
def we_hear(r):
    (a, ga), _ = _pair(r)
    sound, nouns = r.choice(HEARD)
    where = r.choice(["in the distance", "somewhere outside", "off-screen", "(O.S.)", "far away"])
    text = _lines(_heading(r),
                  f"{_intro(r, a)} stands at the sink. We hear {sound} {where}.",
                  _say(a, r.choice(["Not again.", "Every single night.", "Who is that?"]), paren="muttering"))
    return done(text, ["we hear"], unheard_things("we hear", nouns), seen("we hear", a))


CALLERS = ["MOTHER", "GRANDPA", "THE LANDLADY", "DAD", "NURSE", "AUNT ROSA", "THE COOK"]
CALLS = [("Dinner's getting cold!", "cold"), ("Who's down there?", "down there"),
         ("Is that you, love?", "love"), ("Lock the back door!", "back door"), ("Turn that racket off!", "racket")]


@family()
def off_screen_call(r):
    """An (O.S.) line: the one who is seen listening is on screen, the voice is not."""
    (a, ga), _ = _pair(r)
    caller = r.choice(CALLERS)
    line, marker = r.choice(CALLS)
    ext = r.choice(["O.S.", "O.C.", "OFF"])
    text = _lines(_heading(r), f"{_intro(r, a)} tiptoes across the hall, shoes in hand.",
                  _say(caller, line, ext=ext),
                  f"{a} freezes.")
    return done(text, [marker], off_screen_voice(marker, caller.title(), a))


PHONE_LINES = [("Where are you? We said eight.", "eight"), ("They found the car.", "found the car"),
               ("Don't come home tonight.", "home tonight"), ("I need the money by Friday.", "Friday"),
               ("It's a girl. Seven pounds.", "seven pounds")]


@family()
def phone_voice(r):
    """One side of a phone call heard as (V.O.): the caller is nowhere on screen."""
    (a, ga), (b, gb) = _pair(r)
    line, marker = r.choice(PHONE_LINES)
    ring = r.choice([f"{a}'s phone buzzes in {PRON[ga][2]} pocket. {PRON[ga][0].capitalize()} answers.",
                     f"The phone rings. {_intro(r, a)} picks up.",
                     f"{_intro(r, a)} presses the phone to {PRON[ga][2]} ear."])
    ext = r.choice(["V.O.", "ON PHONE", "O.S."])
    text = _lines(_heading(r), ring, _say(b, line, paren=r.choice([None, "filtered", "on phone"]), ext=ext),
                  _say(a, r.choice(["I know.", "Slow down.", "Who is this?"])))
    return done(text, [marker], off_screen_voice(marker, b, a))


# --------------------------------------------------------------------------------------- headings and structure
@family()
def heading_styles(r):
    """The place and time of headings in many styles and languages come apart; the scene still plays."""
    lang = r.choice(["en", "es", "fr", "de", "it", "pt"])
    inside = r.random() < 0.6
    if lang == "en":
        place, time = r.choice(ROOMS_EN if inside else OUTSIDE_EN), r.choice(TIMES_EN)
    else:
        rooms, outs, times = FOREIGN[lang]
        place, time = r.choice(rooms if inside else outs), r.choice(times)
    sep = r.choice(SEPARATORS + [". "])
    prefix = "INT." if inside else "EXT."
    number = r.choice(["", "", f" #{r.randint(1, 90)}#"])
    heading = f"{prefix} {place}{sep}{time}{number}"
    (a, ga), _ = _pair(r)
    act, marker = r.choice([("lights a lamp", "lights a lamp"), ("pulls the shutters closed", "shutters"),
                            ("unrolls a sleeping bag", "sleeping bag"), ("counts the money twice", "twice"),
                            ("yawns and stretches", "yawns")])
    text = _lines(heading, f"{_intro(r, a)} {act}.")
    return done(text, [marker], heading_read(marker, place, time), seen(marker, a))


@family()
def non_latin_names(r):
    """Names in other scripts are distinct characters, introduced with who they are."""
    women = [n for n, g in NON_LATIN if g == "f"]
    men = [n for n, g in NON_LATIN if g == "m"]
    a, b = r.choice(women), r.choice(men)
    c = r.choice([n for n in WOMEN + MEN])
    act, marker = r.choice([("pours tea for both of them", "pours tea"), ("deals the cards", "deals"),
                            ("unfolds the map between them", "unfolds"), ("lights the candles", "candles")])
    text = _lines(_heading(r), f"{a}, a woman in a grey coat, sits across from {b}, a young man. {c} {act}.",
                  _say(b, r.choice(["Again?", "Your turn.", "Thank you."])),
                  _say(a, r.choice(["Always.", "Not yet.", "Drink it while it's hot."])))
    return done(text, [marker], seen(marker, a, b, c))


@family()
def transitions_and_fades(r):
    """FADE IN: opens the film from black; CUT TO: and FADE OUT. are not shots; each scene has its people."""
    (a, ga), (b, gb) = _pair(r)
    fade_in = r.choice(["FADE IN:", "FADE IN:", "> FADE IN:"])
    cut = r.choice(["CUT TO:", "DISSOLVE TO:", "SMASH CUT TO:", "CORTE A:", "> JUMP CUT TO:"])
    fade_out = r.choice(["FADE OUT.", "> FADE OUT.", "FADE TO BLACK.", "> FADE OUT"])
    act1, m1 = r.choice([("feeds the chickens", "chickens"), ("chops firewood", "firewood"),
                         ("hangs out the washing", "washing")])
    act2, m2 = r.choice([("stamps a passport", "passport"), ("sorts parcels", "parcels"),
                         ("fills out a form", "form")])
    text = _lines(fade_in, _heading(r, inside=False), f"{_intro(r, a)} {act1}.", cut,
                  _heading(r, inside=True), f"{_intro(r, b)} {act2}.", fade_out)
    words = [w.lstrip("> ").rstrip(".:") for w in (fade_in, cut, fade_out)]
    return done(text, [m1, m2], opens_with_fade(), no_shot_says(*words), seen(m1, a), seen(m2, b))


NOTES = ["Draft notes: the rain never stops in this film.", "NOTE TO PRODUCTION: all interiors shot on stage 4.",
         "Based on a true story.", "For Marguerite, who remembered everything.",
         "Revised pages in blue. Do not circulate."]


@family()
def notes_before_heading(r):
    """A title page and a bold note above the first heading are not shots."""
    (a, ga), _ = _pair(r)
    title = r.choice(["The Salt Road", "Lanterns", "Sleeper Car", "Nine Winters", "The Quiet Ward"])
    note = r.choice(NOTES)
    form = r.choice([f"**{note}**", f"[[{note}]]", f"**{note.upper()}**"])
    act, marker = r.choice([("oils the rusty hinge", "hinge"), ("scrubs the deck", "deck"),
                            ("tunes an old radio", "radio"), ("feeds coal into the furnace", "furnace")])
    text = _lines(f"Title: {title}\nCredit: written by\nAuthor: {r.choice(WOMEN + MEN)}\nDraft date: {r.randint(1, 28)} March",
                  form, _heading(r), f"{_intro(r, a)} {act}.")
    first_words = " ".join(note.split()[:3])
    return done(text, [marker], no_shot_says(first_words, title), seen(marker, a))


KIN_ACTS = [("grandmother", "waves back from the porch", "porch"), ("son", "runs up the path to meet {p}", "path"),
            ("sister", "leans out of the upstairs window", "upstairs"),
            ("father", "looks up from the tractor", "tractor"), ("uncle", "raises a glass from the terrace", "terrace")]


@family()
def kin_on_screen(r):
    """'Her grandmother waves back': someone besides the named character is seen."""
    (a, ga), _ = _pair(r)
    kin, act, marker = r.choice(KIN_ACTS)
    text = _lines(_heading(r, inside=False, places=["FARMHOUSE", "COTTAGE", "VILLA", "FRONT GARDEN"]),
                  f"{_intro(r, a)} climbs out of the taxi and waves.",
                  f"{PRON[ga][2].capitalize()} {kin} {act.format(p=PRON[ga][1])}.")
    return done(text, [marker], somebody_else(marker, a))


# --------------------------------------------------------------------------------------- written second, before scoring
HELD = [("vase", "mantelpiece"), ("jar", "shelf"), ("clock", "dresser"), ("radio", "windowsill"),
        ("bowl", "counter"), ("trophy", "cabinet"), ("candlestick", "piano")]
PICK = ["picks up", "lifts", "grabs", "takes down"]


@family()
def places_it(r):
    """'She picks up the vase. She sets it on the mantelpiece.': 'it' is the vase."""
    (a, ga), _ = _pair(r)
    t, g = r.choice(HELD)
    pick, verb = r.choice(PICK), r.choice(["sets it on", "puts it back on", "stands it on", "places it on"])
    she = PRON[ga][0].capitalize()
    first = f"{_intro(r, a)} {pick} the {t} and studies it."
    second = f"{she} {verb} the {g}."
    text = _lines(_heading(r), *([first + " " + second] if r.random() < 0.5 else [first, second]))
    marker = verb.split()[0] + " it"
    return done(text, [marker], put_on(marker, (t, t + "s"), (g, g + "s"), a))


PETS = ["Bruno", "Luna", "Kasimir", "Toto", "Milou", "Bodhi", "Pirata", "Schnitzel"]
BREEDS = [("terrier", "a scruffy"), ("spaniel", "an old"), ("mare", "a grey"), ("tomcat", "a one-eyed"),
          ("donkey", "a stubborn"), ("beagle", "a fat")]


@family()
def named_animal(r):
    """A pet introduced by name ('BRUNO, a scruffy terrier'): an animal on four legs, not a person."""
    (a, ga), _ = _pair(r)
    pet, (breed, adj) = r.choice(PETS), r.choice(BREEDS)
    act, marker = r.choice([("trots after {p}", "trots after"), ("watches {p} from the rug", "rug"),
                            ("follows {p} to the door", "follows"), ("sniffs at {p} boots", "sniffs")])
    act = act.format(p=PRON[ga][1] if "{p} boots" not in act else PRON[ga][2])
    text = _lines(_heading(r), f"{_intro(r, a)} pulls on a pair of boots.",
                  f"{pet.upper()}, {adj} {breed}, {act}.")
    return done(text, [marker], pet_drawn(marker, pet, breed))


def pet_drawn(marker, pet, breed):
    def check(plan, shot=None):
        s = shot_with(plan, marker)
        ids = [e for e in sorted(on_screen(s)) if _fold(plan.entity(e).name) == _fold(pet)
               or _last_word(plan.entity(e).name) == _fold(breed)]
        need(ids, f"neither {pet} nor the {breed} on screen in {s.id} ({sorted(on_screen(s))})")
        for i in ids:
            e = plan.entity(i)
            need(e.kind == "animal" and e.attributes.get("body") == "quadruped", f"{e.name}: kind {e.kind}, {e.attributes}")
            need(all(o.keypoints is None for kf in s.keyframes for o in kf.objects if o.entity == i),
                 f"{e.name} drawn with a skeleton")
    return check


NARRATORS = ["NARRATOR", "GRANDFATHER", "OLDER VOICE", "THE STORYTELLER"]
NARRATION = [("That was the summer the river froze.", "river froze"),
             ("Nobody in the village ever spoke of it again.", "spoke of it"),
             ("She had never seen the sea.", "the sea"), ("I was nine years old.", "nine years")]


@family()
def narrator_over(r):
    """A narrator's (V.O.) over a scene: whoever the scene shows is seen, the narrator is not."""
    (a, ga), _ = _pair(r)
    who = r.choice(NARRATORS)
    line, marker = r.choice(NARRATION)
    text = _lines(_heading(r, inside=False, places=["RIVERBANK", "FROZEN RIVER", "TOWPATH"]),
                  f"{_intro(r, a)} walks along the frozen riverbank alone.",
                  _say(who, line, ext=r.choice(["V.O.", "V.O.", "VO"])),
                  f"{a} stops and looks back.")
    return done(text, [marker], off_screen_voice(marker, who.replace("THE ", "").title(), a),
                off_screen_voice(marker, who.title(), a))


@family()
def continuous_next_scene(r):
    """Out of one scene and straight into the next: the one who left is the 'he' or 'she' outside."""
    (a, ga), (b, gb) = _pair(r)
    out, m1 = r.choice([("hurries out the door", "hurries out"), ("bolts from the room", "bolts"),
                        ("storms out", "storms out"), ("slips out through the kitchen", "slips out")])
    run, m2 = r.choice([("runs for the bus", "for the bus"), ("hails a cab", "hails"),
                        ("zips up {p} jacket against the wind", "zips"), ("unlocks {p} bicycle", "unlocks")])
    text = _lines(_heading(r), f"{_intro(r, a)} and {_intro(r, b)} finish their coffee in silence.",
                  f"{a} {out}.", r.choice(["CUT TO:", ""]),
                  f"EXT. {r.choice(['STREET', 'SIDEWALK', 'CALLE', 'RUE'])}{r.choice(SEPARATORS)}CONTINUOUS",
                  f"{PRON[ga][0].capitalize()} {run.format(p=PRON[ga][2])}.")
    return done(text, [m1, m2], leaves(m1, a), seen(m2, a, without=[b]))


FAMILY_NAMES = ["Okafor", "Novak", "Haddad", "Moreau", "Castellanos", "Lindqvist", "Tanaka", "Petrov"]
CHILDREN = [("three children", 3), ("two sons", 2), ("four daughters", 4), ("twin boys", 2), ("three kids", 3)]


@family()
def family_at_table(r):
    """'A, B and their three children sit down to dinner': the children are figures too; 'everyone' is all."""
    (a, ga), (b, gb) = _pair(r)
    kids, n = r.choice(CHILDREN)
    surname = r.choice(FAMILY_NAMES)
    sit, m1 = r.choice([("sit down to dinner", "to dinner"), ("crowd round the kitchen table", "crowd round"),
                        ("squeeze into the booth", "booth")])
    then, m2 = r.choice([("Everyone raises a glass", "raises a glass"), ("Everybody laughs", "laughs"),
                         ("They all bow their heads", "bow their heads")])
    text = _lines(_heading(r, places=["DINING ROOM", f"{surname.upper()} HOUSE", "DINER"]),
                  f"{_intro(r, a)}, {_intro(r, b)} and their {kids} {sit}.",
                  _say(b, r.choice(["Who's saying grace?", "Elbows off the table.", "Eat, before it's cold."])),
                  f"{then}.")
    return done(text, [m1, m2], seen(m1, a, b), crowd_of(m1, n, besides=[a, b]), crowd_of(m2, n + 2))


POCKET = [("lighter", "pockets"), ("keys", "palms"), ("wallet", "lifts"), ("letter", "reads"),
          ("glass", "drains"), ("pen", "borrows")]


@family()
def possessive_owner_present(r):
    """'pockets his lighter while he isn't looking': the owner is there, so both are seen."""
    (a, ga), (b, gb) = _pair(r)
    thing, verb = r.choice(POCKET)
    owner = r.choice([f"{b}'s", PRON[gb][2]])
    text = _lines(_heading(r, inside=False, places=["BUS STOP", "HIGH STREET", "COUNTRY ROAD", "BUS SHELTER"]),
                  f"{_intro(r, a)} and {_intro(r, b)} wait at the bus stop.",
                  f"{a} {verb} {owner} {thing} while {PRON[gb][0]} isn't looking.")
    return done(text, [verb], seen(verb, a, b))


@family()
def exit_and_return(r):
    """Out, a beat with the one who stayed, and back in: gone between, coming in again in the last shot."""
    (a, ga), (b, gb) = _pair(r)
    out, m1 = r.choice([("goes out to the car", "goes out"), ("steps outside to take a call", "steps outside"),
                        ("heads down to the cellar", "cellar")])
    back, m2 = r.choice([("comes back in with a bottle of wine", "bottle of wine"),
                         ("returns, shaking snow from {p} hair", "returns"),
                         ("reappears in the doorway", "reappears")])
    wait = r.choice([f"{b} straightens the cushions.", f"{b} checks {PRON[gb][2]} reflection in the window.",
                     f"{b} turns the music up."])
    text = _lines(_heading(r), f"{_intro(r, a)} and {_intro(r, b)} lay the table.", f"{a} {out}.", wait,
                  f"{a} {back.format(p=PRON[ga][2])}.")
    return done(text, [m1, m2], leaves(m1, a), gone_after(m1, a), enters(m2, a))
