"""What a sentence says a shot shows: the things it names and, clause by clause, what they do.

The grammar (`syntax.py`) gives each clause its subjects, verb, objects and prepositional phrases; this module
gives them meaning for a camera: which noun phrases are things in the shot (not settings such as "the grass",
not sounds such as "the sound of a drum"), whom "he", "she", "they", "it" and "its right" mean, which
prepositional phrases are relations between things ("to the left of a chair"), which are regions of the frame
("the upper left corner") or of another thing ("from the left of a bench to its right"), which verbs move their
subject, place their object ("sets the basket on the table"), bring it in or take it out, and when ("halfway
through", "only in the second half", "then"). The result is a `Reading`; staging turns it into boxes and nothing
here knows about frames.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import syntax
from .lexicon import BODY, COLLECTIVE, COLOURS, LOOKS, MATERIALS, MOST_INSTANCES, NOUNS, SHADES, SIZES, compound_head, gender_of_noun, hue
from .syntax import Clause, Phrase

# Verbs by what they do to a shot (lemmas, so "strolls", "strolled" and "strolling" read alike).
MOTION = {"walk", "run", "move", "fly", "drive", "roll", "swim", "hop", "crawl", "float", "glide", "ride", "go", "traverse",
          "buzz", "whirl", "twirl", "flap", "trundle", "rumble", "hurtle", "scuttle", "bob", "burrow",
          "come", "travel", "head", "race", "dash", "rush", "wander", "stroll", "sprint", "march", "pace", "drift",
          "zoom", "scurry", "flee", "hurry", "cross", "bounce", "chase", "follow", "trot", "gallop", "amble",
          "saunter", "stride", "jog", "skip", "slide", "sail", "cycle", "skate", "limp", "stagger", "creep",
          "sneak", "shuffle", "waddle", "scamper", "prowl", "roam", "proceed", "advance", "step", "cruise",
          "speed", "soar", "flutter", "swoop", "tiptoe", "dart", "scuttle", "slither", "glide", "paddle", "row",
          "steer", "taxi", "fly", "make", "pass", "journey", "patrol", "bolt", "charge", "lope", "trudge", "plod",
          "dance", "skid", "coast", "tumble", "storm", "wheel", "gallop", "career", "whiz", "whizz", "hurtle",
          "sweep", "roam", "migrate", "circle", "visit", "continue", "travel", "return", "end", "begin", "start",
          "finish", "arrive", "leave", "exit", "enter", "emerge", "approach", "retreat", "recede", "depart",
          "jump", "leap", "bound", "spring", "turn", "back", "swing", "veer", "swerve", "dodge", "duck",
          "burst", "barge", "slip", "stomp", "hobble", "stumble", "scramble", "file", "troop", "stream", "squeeze",
          "sidle", "slink", "mosey", "traipse", "breeze", "waltz", "shamble", "lumber", "scoot", "clamber",
          "hustle", "zip", "edge", "inch", "wade", "push", "elbow", "shoulder", "pop", "head", "loop", "orbit",
          "shoot", "streak", "rocket", "zigzag", "meander", "flit", "hover"}
# Places that stand for the people in them when they do what people do ('the room falls silent').
PEOPLED = {"room", "bar", "hall", "restaurant", "cafe", "café", "diner", "courtroom", "church", "theatre", "theater",
           "classroom", "office", "pub", "tavern", "saloon", "ballroom", "auditorium", "stadium", "arena", "chapel"}
HUMAN_DOINGS = {"stand", "turn", "look", "laugh", "cheer", "applaud", "clap", "gasp", "stare", "watch", "rise", "sing",
                "dance", "erupt", "murmur", "whisper", "freeze", "hush", "listen", "nod", "shout", "scream", "roar",
                "boo", "burst", "groan", "sigh", "giggle", "chant", "toast", "fall"}
# Rooms and buildings one comes into ('walks into the office'): where the scene is, not a thing in it.
INTERIORS = {"office", "kitchen", "bedroom", "bathroom", "hall", "hallway", "corridor", "lobby", "study", "library",
             "shop", "store", "bar", "cafe", "café", "restaurant", "church", "house", "building", "cabin", "barn",
             "garage", "cellar", "basement", "attic", "classroom", "ward", "lounge", "parlour", "parlor", "den",
             "studio", "diner", "pub", "saloon", "tavern", "room", "apartment", "flat", "chapel", "courtroom", "gym",
             "theatre", "theater", "hotel", "inn", "station", "warehouse", "workshop", "salon", "bakery"}
# Getting out of a vehicle: 'climbs out', 'gets off', 'steps down', 'piles out'.
ALIGHT = {"get", "climb", "step", "jump", "hop", "clamber", "pile", "pour", "spill", "tumble", "come", "file",
          "stream", "scramble", "emerge", "alight"}
# Pictures one can hold: in a screenplay's action a prop ('hands her the photo'), never the clip's own frame.
PICTURES = {"photo", "photograph", "picture", "painting", "drawing", "portrait", "snapshot", "polaroid"}
# Hearing: its objects are sounds, not things in the shot. Words that put what a clause names off the screen.
HEARING = {"hear", "overhear"}
OFF_SCREEN = {"off-screen", "offscreen", "o.s", "o.s.", "off-camera", "offstage", "off-stage"}
# What one passes through to come in or go out: 'comes through the door', 'heads out the back door'.
THRESHOLDS = {"door", "doorway", "gate", "entrance", "exit", "window", "hatch", "archway", "curtain", "doors",
              "threshold", "porch", "room"}
STATIC = {"sit", "stand", "lie", "rest", "wait", "sleep", "stay", "remain", "perch", "hang", "hover", "kneel",
          "crouch", "lean", "be", "have", "graze", "sit", "nap", "doze", "lounge", "squat", "idle", "linger",
          "loom", "sprawl", "huddle", "shelter", "hide", "park", "float"}
# Verbs of keeping still a while before going on ('waits, then sets off', 'pauses, then runs'): a stop in time
STILL_VERBS = {"wait", "pause", "hesitate", "linger", "idle", "freeze", "halt", "dawdle", "tarry", "loiter", "bide",
               "hold"}
PLACING = {"put", "set", "place", "lay", "drop", "leave", "hang", "throw", "toss", "slide", "rest", "stack",
           "prop", "plant", "slam", "park", "lean", "stand", "sit", "push", "pull", "move", "carry", "bring",
           "lower", "dump", "deposit", "position", "balance", "stick", "shove", "tuck", "pile", "spread", "plonk",
           "plop", "lay", "rest", "return", "load", "pour", "tip", "stash", "store", "hide", "drag", "lift"}
ENTER = {"enter", "arrive", "emerge", "join"}
EXIT = {"exit", "leave", "depart"}
APPEAR = {"appear", "emerge", "materialize", "materialise", "reappear", "surface", "breach"}
DISAPPEAR = {"disappear", "vanish", "fade", "evaporate", "dissolve", "melt"}
DOWN = {"fall", "drop", "sink", "descend", "tumble", "plummet", "dive", "plunge", "slump"}
UP = {"rise", "climb", "ascend", "soar", "lift", "levitate"}
AIMED = {"look", "stare", "glance", "smile", "wave", "point", "shout", "yell", "laugh", "nod", "bark", "growl",
         "aim", "wink", "frown", "throw", "gaze", "peer", "glare", "watch", "grin", "talk", "speak", "call", "sing"}
PERCEIVE = {"see", "show", "depict", "feature", "contain", "reveal", "notice", "spot", "observe", "include", "follow",
            "display", "present", "portray", "have", "find", "watch", "hold"}
VIEWERS = {"we", "you", "i", "us", "camera", "viewer", "audience", "picture", "image", "shot", "scene", "frame",
           "video", "clip", "screen", "painting", "photo", "photograph", "view", "animation", "footage", "film",
           "movie", "sequence", "drawing", "watercolour", "watercolor", "cartoon", "render", "rendering", "sketch",
           "illustration", "artwork", "snapshot", "depiction", "timelapse", "time-lapse"}
# Parts of a body a thing is held in or a body rests on ('a dog with a ball in its mouth', 'lies on its back'):
# no thing of their own.
HOLDING_PARTS = {"mouth", "paw", "paws", "beak", "jaws", "jaw", "teeth", "claws", "talons", "trunk", "snout", "hand",
                 "hands", "arms", "lap", "back", "belly", "side", "fist", "palm", "fingers", "grip", "tail", "head"}
RELATION_PREPS = {"above": "above", "over": "above", "below": "below", "under": "under", "beneath": "under",
                  "underneath": "under", "on": "on", "onto": "on", "upon": "on", "atop": "on", "behind": "behind",
                  "beside": "next_to", "besides": "next_to", "near": "next_to", "alongside": "next_to",
                  "by": "next_to", "next_to": "next_to", "in_front_of": "in_front_of", "inside": "in", "in": "in",
                  "into": "in", "at": "next_to", "against": "against", "among": "next_to", "amid": "next_to",
                  "between": "between", "within": "in", "opposite": "opposite"}


def _move_to_seat(actions: list[Action], act: Action) -> None:
    """'crosses the room and sits on the edge of the bed', 'limps over, then sinks onto the futon': a move with no
    place of its own, then the same subjects placed at a thing, ends at that thing (the move goes there)."""
    if not actions or not act.subjects or actions[-1].subjects != act.subjects or act.moves and act.path or \
            act.objects and (act.lemma in PLACING or act.places):
        return                # ('enters and sets the basket on the table': the basket's place, not hers)
    prev = actions[-1]
    target = next((r[1] for r in act.relations if r[0] in ("on", "in", "next_to", "against") and isinstance(r[1], int)
                   and r[1] not in act.subjects), None)
    if target is None or not (prev.moves or prev.enters) or prev.exits or prev.toward or prev.relations or \
            prev.start is not None or any(r != "across" for r in prev.path):
        return
    prev.path, prev.toward = [], ("thing", target)      # ('comes in and takes his place at the table': in, to it)


# Phrasal verbs of leaving with 'off' or 'out' and no object: 'takes off', 'sets off', 'makes off', 'bows out'.
_OFF_VERBS = {"take", "set", "make", "push", "shove", "bow", "move", "check", "ship", "sneak", "clock"}
# 'is the first to leave', 'is the last one to arrive': the infinitive is what the subject does.
_ORDER_ROLES = {"first", "last", "next", "one", "only"}
# Adverbs that say nothing of where a going goes: 'then goes', 'goes too', 'quietly goes'.
_PLAIN_ADVERBS = {"then", "finally", "too", "also", "again", "soon", "quietly", "silently", "alone", "now", "later",
                  "first", "next", "last", "reluctantly", "slowly", "quickly", "immediately", "eventually", "just"}
# Taking someone along, in or out: 'carries him out', 'leads Mara in', 'wheels Jonah into the room'.
CONVEYING = {"carry", "lead", "drag", "help", "usher", "wheel", "guide", "escort", "haul", "push", "walk",
             "steer", "bring", "take", "hustle", "shepherd", "march", "frogmarch", "chase", "shove", "hurry",
             "rush", "bundle", "sweep", "whisk", "coax"}
# ... of which a bare 'out' is something else: 'helps him out' is helping; 'helps him out the door' is going.
_NEEDS_A_WAY = {"help", "bring", "take", "sweep"}
_OUT_WORDS = {"out", "outside", "outdoors", "off", "away"}
# 'looks away', 'glances away', 'turns away': the gaze or the body turns, no one goes ('walks away' does)
_GAZE_AWAY = {"look", "glance", "stare", "gaze", "peer", "turn", "smile", "nod", "point", "wave"}
_IN_WORDS = {"in", "inside", "indoors"}


# ... and sending someone in or out, who goes alone: 'lets Mara in', 'shows him out', 'lets herself out'.
SENDING = {"let", "show", "see", "send", "wave", "beckon", "invite", "admit", "buzz", "kick", "order", "throw", "call"}
# Fetching a seat: one sits where it is put ('pulls up a chair at the table').
_FETCHING = {"pull", "draw", "drag", "bring", "grab", "fetch", "haul"}
# Verbs of facing, watching and talking, which 'across the room' places apart rather than moves.
_FACING = {"face", "watch", "eye", "see", "observe", "regard", "study", "glare", "gaze", "peer", "wave", "call", "shout",
           "smile", "nod", "play", "talk", "chat", "argue", "live", "work", "stare", "look", "glance", "sit", "stand",
           "wait", "be", "lie", "rest", "stay", "remain", "sleep", "park", "perch", "lounge", "squat", "crouch", "grin",
           "frown", "scowl", "signal", "gesture", "beckon", "whisper", "yell", "bark", "growl", "hiss", "glower"}
_ENDS = {"end", "edge", "foot", "base", "corner", "tip", "far end", "rim", "mouth", "entrance", "head"}
_RINGED = {"surrounded", "encircled", "ringed", "enclosed", "circled", "hemmed", "besieged", "encompassed"}
RINGING = {"surround", "encircle", "ring", "flank", "enclose", "hem", "besiege", "frame", "border"}
GATHERING = {"gather", "cluster", "crowd", "huddle", "assemble", "group", "bunch", "congregate", "arrange", "place",
             "set", "position", "line", "form", "sit", "stand", "dance"}
# Things other things are set on: 'in the middle of the table' is on it.
SURFACES = {"table", "desk", "bench", "counter", "shelf", "tray", "plate", "rug", "mat", "carpet", "bed", "sofa",
            "couch", "stool", "crate", "platform", "stage", "ledge", "windowsill", "sill", "dresser", "cabinet",
            "mantel", "mantelpiece", "workbench", "altar", "podium", "pedestal", "blanket", "towel", "tablecloth",
            "board", "dish", "platter", "saucer", "cushion", "pillow", "ottoman", "chest", "trunk", "sideboard",
            "nightstand", "countertop", "worktop", "tabletop", "roof", "deck", "pier", "dock", "raft"}
SEATS = {"chair", "stool", "seat", "bench", "crate", "cushion", "pillow", "box", "bucket", "ottoman", "armchair"}


def _conveys(act: Action, c: Clause, things: list, alone: bool = False) -> Action | None:
    """'carries Peter out', 'leads her out of the room', 'ushers Mara in': the one taken goes or comes with the one
    who takes them (both are the going's subjects); nothing else is said of where they end up. Sending (`alone`:
    'lets Mara in', 'shows him out') moves only the one sent, returned as an action of its own; 'lets herself out'
    is the subject going."""
    taken = [i for i in act.objects if things[i].kind in ("person", "animal")]
    if not taken and any(o.pronoun in ("himself", "herself", "themselves") for o in c.objects):
        taken = list(act.subjects)            # 'lets herself out'
    if not taken:
        return None
    words = set(c.particles) | set(c.adverbs) | {w.low for w in c.words if w.low in ("inside", "outside")}
    if act.lemma in _NEEDS_A_WAY:
        words = words & {"inside", "outside", "indoors", "outdoors"}
    way = "out" if act.exits or words & _OUT_WORDS else "in" if act.enters or words & _IN_WORDS else None
    for pp in c.pps:
        if way is None and pp.prep in ("out_of", "out") and pp.np is not None:
            way = "out"
        elif way is None and pp.prep in ("into", "inside") and pp.np is not None and (
                pp.np.head in INTERIORS or pp.np.head in THRESHOLDS or pp.np.setting):
            way = "in"
    if way is None:
        return None
    act.objects = [i for i in act.objects if i not in taken]
    act.relations = [r for r in act.relations if r[1] not in taken]
    if alone and not set(taken) <= set(act.subjects):
        act.exits = act.enters = None
        act.moves, act.path, act.toward = False, [], None
        return Action(subjects=taken, lemma="go", moves=True, exits="right" if way == "out" else None,
                      enters="left" if way == "in" else None, text=act.text)
    if way == "out":
        act.exits = act.exits or "right"
    else:
        act.enters = act.enters or "left"
    act.moves, act.path, act.toward = True, [], None
    act.subjects += [i for i in taken if i not in act.subjects]
    return None


# Verbs that say their subject is much bigger than the other thing ('towers over'), or smaller ('dwarfed by').
_LOOMING = {"tower", "loom", "dwarf", "overshadow"}
# Verbs by which a thing (not someone) bears its objects on itself: 'the shelf holds a vase', 'a tray carries cups'.
_HOLDING = {"hold", "carry", "support", "bear", "display"}
# Verbs whose object region is where their subject is: 'a van hugging the left edge', 'touching the top edge'.
_AT_VERBS = {"hug", "touch", "border", "occupy", "fill", "cover", "dominate",    # a region they name is where it is
             "take", "claim", "hold"}                 # 'a cat takes (claims, holds) the left' (space7)
_HOVERING = {"soar", "levitate"}       # rising verbs that, over a thing, keep above it (space7)
_KEEPS_TO = {"keeps", "keep", "kept", "keeping", "sticks", "stick", "stuck", "sticking", "stays", "stay", "stayed",
             "staying", "remains", "remain"}      # 'keeps (sticks) to the left': stays on that side (space7)
# Prepositions that stack: in 'a cup on a book on a box' the second one places the first one's object.
_STACKING = {"on", "atop", "upon"}
# Verbs whose 'with' names what lies on their subject: 'a table topped with a book', 'a bench covered with snow'.
_TOPPED = {"top", "cover", "crown", "pile", "stack", "heap", "load", "strew", "litter", "cap"}
_NOT_VERTICAL = {"end", "start", "begin", "finish", "wind", "show", "turn", "pick", "look", "line", "set", "sit",
                 "stand", "wake", "give", "make", "fill", "back", "slow", "calm", "settle", "shut", "lock", "sum"}


# Things that show or name other things: what their 'of' names is not in the shot ('a photo of her brother').
DEPICTIONS = PICTURES | {"image", "list", "map", "sketch", "poster", "postcard", "statue", "model", "figurine",
                         "letter", "note", "sign", "picture", "video", "recording", "tape", "file", "record"}


def _depicts(ph: Phrase | None) -> bool:
    return ph is not None and ph.head in DEPICTIONS


# Nouns of written or spoken words, and verbs of saying, reading and writing: a list after a colon that follows
# one of them is what is said or written ('reads the list aloud: milk, bread, …'), not things in the shot.
WORDED = {"list", "note", "sign", "letter", "message", "menu", "name", "word", "headline", "label", "notice",
          "card", "text", "email", "telegram", "order", "instruction", "question", "answer", "agenda", "schedule",
          "inscription", "caption", "title", "slogan", "board", "page", "screen", "chart", "diary", "journal",
          "choice", "option", "plan", "rule", "reason", "idea", "thought", "wish", "demand", "condition", "lesson"}
SAYING = {"read", "say", "write", "recite", "spell", "announce", "list", "scribble", "type", "whisper", "shout",
          "mutter", "dictate", "jot", "print", "scrawl", "sing", "repeat", "call"}


# Short moves that end where their phrase says ('steps in front of her', 'slips behind the curtain'), not a pass.
STEPPING = {"step", "slip", "jump", "leap", "hop", "dart", "edge", "inch", "squeeze", "sidle", "duck", "move",
            "shift", "scoot", "plant", "position", "get"}
# Taking a thing in hand: what is taken goes where the taker goes next ('grabs the bag and walks out').
TAKING = {"take", "grab", "pick", "snatch", "collect", "seize", "scoop", "gather", "carry", "lift", "hoist", "pocket"}
# Parts of a thing one sits, leans or stands at: a place at the thing itself.
PARTS_OF = {"edge", "arm", "head", "foot", "end", "corner", "side", "back", "top", "front", "rim", "lip", "base",
            "middle", "center", "centre", "far", "near"}


def _used_to(c: Clause) -> bool:
    """The clause's own subject has the past habit ('where his brother used to sit'; not 'finds boxes of products
    Edward used to sell', where the habit is a relative clause's)."""
    lows = [w.low for w in c.words]
    ends = {s.words[-1].low for s in c.subjects if s.words}
    return c.verb == "use" and any(a == "used" and b == "to" and k and lows[k - 1] in ends
                                   for k, (a, b) in enumerate(zip(lows, lows[1:])))


# Verbs whose object, or whose 'for' / 'about' phrase, is not here: 'misses her mother', 'waits for her brother',
# 'thinks about his wife', 'writes a letter to her son' (in a screenplay's action: the one meant stays off screen).
ABSENT_OBJECT = {"miss", "mourn", "remember", "recall", "imagine", "phone", "ring", "text", "email", "await"}
ABSENT_PP = {("wait", "for"), ("hope", "for"), ("long", "for"), ("pray", "for"), ("wish", "for"), ("look", "for"),
             ("search", "for"), ("think", "about"), ("think", "of"), ("ask", "about"), ("ask", "after"),
             ("talk", "about"), ("talk", "of"), ("speak", "of"), ("speak", "about"), ("worry", "about"),
             ("dream", "of"), ("dream", "about"), ("write", "to"), ("hear", "about"), ("hear", "of"),
             ("read", "about"), ("care", "about"), ("cry", "for"), ("yearn", "for")}


# Words for what one thinks or decides, never drawn: 'HUGO has three choices: …', 'she has a plan'.
ABSTRACT = {"choice", "option", "plan", "rule", "reason", "idea", "thought", "wish", "demand", "condition", "lesson",
            "decision", "question", "answer", "problem", "chance", "doubt", "fear", "hope", "memory", "secret"}


def _names_content(c: Clause) -> bool:
    """The clause before a colon ends in words, not things: a verb of saying, or a noun of words ('the note')."""
    nps = list(c.objects) + [pp.np for pp in c.pps if pp.np is not None] + list(c.subjects if not c.verb else [])
    return c.verb in SAYING or any(ph.head in WORDED for ph in nps)


def _with_pps(c: Clause, pps: list) -> Clause:
    """The clause with other prepositional phrases (a shallow copy: the parse itself is not changed)."""
    if pps == c.pps:
        return c
    return replace(c, pps=pps)


@dataclass
class Thing:
    """One noun phrase: `count` instances of `key` (a lexicon noun, or a character id when `character`)."""

    key: str
    count: int = 1
    kind: str = "object"
    attributes: dict = field(default_factory=dict)
    words: str = ""
    character: bool = False
    instance: int | None = None      # "the second cat" -> 1
    definite: bool = False           # "the cat" may be the cat already mentioned; "a cat" is a new one
    counted: bool = False            # the text gives a number ("three cats", "a cat"), not a bare plural
    crowd: bool = False              # "many other patrons", "all the guests", "several dogs"
    bare: bool = False               # no determiner, owner or number: 'waits at reception', 'sits in silence'
    owned: bool = False              # "Nora's mother", "his wife": someone's, so not that someone
    denied: bool = False             # "no cat is visible at first": the cat a later "a cat" / "one" means
    distinct: bool = False           # "the locals stare at Jonah": people other than the characters beside them
    members: bool = False            # "the usual crowd: Tomas, Peter, Mara": the characters the colon lists
    told: str | None = None          # "the left ball", "the bigger dog": told apart from another of its kind


@dataclass
class Action:
    """What one clause says its subjects do. A region is a frame region name ('left', 'upper right', 'center')
    or, relative to a thing, a pair ('left_of', thing index)."""

    subjects: list[int] = field(default_factory=list)
    verb: str | None = None
    lemma: str | None = None
    objects: list[int] = field(default_factory=list)
    relations: list[tuple] = field(default_factory=list)      # (predicate, thing) or ("between", a, b)
    start: object = None                                      # region the motion starts from
    path: list = field(default_factory=list)                  # regions it moves through, in order
    place: str | None = None                                  # region it stays in
    toward: object = None                                     # "camera", "away", ("thing", i), ("from", i)
    vertical: str | None = None                               # "down" (falls) or "up" (rises)
    enters: str | None = None
    exits: str | None = None
    appears: float | None = None
    disappears: float | None = None
    moves: bool = False
    seen: bool = False                                        # a viewer's clause: 'we see a cat …'
    denied: bool = False                                      # 'there is no cat until …': not there for a while
    depth: str | None = None                                  # passing 'in_front_of' or 'behind' a thing
    timed: bool = False                                       # its clause says when ('halfway through')
    passing: int | None = None                                # the thing it passes ('walks past the tree')
    circling: int | None = None                               # the thing it goes round ('circles the table')
    framed: bool = False                                      # its up/down is the frame's ('moves upward'), not a fall
    back: bool = False                                        # goes back the way it came ('walks back', 'returns')
    others_at: list = field(default_factory=list)             # (thing, region): 'towards a barn on the right'
    span: tuple | None = None                                 # a stay said for a part of the clip ('naps during the
    #                                                           first half'): when it is there, unless told otherwise
    places: bool = False          # the verb puts its object where the relations say ('plunks the jar on the shelf')
    source: int | None = None     # the thing it comes out of ('climbs out of the truck'): where it enters from
    boards: int | None = None     # the vehicle it gets into ('climbs into the taxi'): where it leaves by
    rank: int | None = None       # its place in an order of comings ('the second to arrive': 2; 'next', 'last')
    pause: float | None = None    # keeps still for this share of its time before it sets off ('waits, then goes')
    seq9_dest: int | None = None  # index in `path` of the stop its 'to' names, so a later 'via' stop comes before it
    seq9_lane: str | None = None  # 'upper'/'lower': the band of the frame it goes along ('along the bottom')
    text: str = ""


@dataclass
class Reading:
    things: list[Thing]
    actions: list[Action]


def _time_phrase(words: str) -> tuple[float, float] | None:
    """A visibility window from a phrase: 'only in the second half' -> (0.5, 1.0)."""
    table = (
        (r"not (?:until|till) (?:the )?(?:middle|midpoint|halfway|half way)", (0.5, 1.0)),
        (r"(?:until|till|up to) (?:the )?(?:middle|midpoint|halfway|half way)", (0.0, 0.5)),
        (r"from (?:the )?(?:middle|midpoint|halfway|half way)|after half of", (0.5, 1.0)),
        (r"first half|beginning half", (0.0, 0.5)), (r"second half|latter half|last half", (0.5, 1.0)),
        (r"first third", (0.0, 0.34)), (r"last third|final third", (0.66, 1.0)),
        (r"middle third", (0.33, 0.67)),
        (r"(?:latter|later|last|final|second) part", (0.5, 1.0)), (r"(?:first|early|earlier) part", (0.0, 0.5)),
        (r"early on|early in the (?:video|clip|shot|scene)", (0.0, 0.5)),
        (r"late in the (?:video|clip|shot|scene)", (0.7, 1.0)),
        (r"halfway|midway|half way|part ?way|midpoint|in the middle of the (?:shot|video|clip)", (0.5, 1.0)),
        (r"at the (?:very )?end|near the end|towards? the end|by the end|at the last moment|in the end", (0.7, 1.0)),
        (r"at the (?:very )?(?:start|beginning)|at first|immediately|from the (?:start|beginning)|"
         r"to (?:begin|start) with|(?:at|from) the outset", (0.0, 1.0)),
        (r"later(?: on)?|eventually|before long|in due course|in time|at (?:some|one) point", (0.4, 1.0)),
        (r"after a (?:moment|while|beat)|soon|a moment later|suddenly|after (?:a|an|some|several|a few) "
         r"(?:seconds?|moments?|time)|(?:seconds?|moments?|time) later", (0.3, 1.0)),
        (r"briefly|for a moment", (0.33, 0.67)),
    )
    for pattern, window in table:
        if re.search(r"\b(?:" + pattern + r")\b", words):
            return window
    return None


# Manner idioms that put the subjects beside one another.
_TOGETHER = {"next to each other", "next to one another", "side by side", "close together"} | set(syntax.TOGETHER_IDIOMS)
# Noun phrases that point back at a thing by its place in the order things were named.
_ORDINAL_REFS = {"former": "former", "latter": "latter", "first": 0, "second": 1, "third": 2}


# Group words that only gather people: what they count is someone even where the lexicon lacks the word.
PEOPLE_GROUPS = COLLECTIVE | {"team", "band", "troupe", "posse", "procession", "army", "queue", "gang", "mob"}


def _attr9_of_the_clip(pp) -> bool:
    """'(in the second half) of it', 'of the video': the rest of a time phrase, not a place (attr9: 'an empty
    playground at the start, and a boy in the second half of it')."""
    return pp.prep == "of" and pp.np is not None and (pp.np.frame or pp.np.pronoun == "it")


def _attr9_compared_phrase(c: Clause, than):
    """The noun phrase a comparative right after it is said of ('a lamp beside a dog bigger than it': the dog),
    when that is an object or a place's thing rather than the subject; None for the subject's own."""
    i = next((q for q, w in enumerate(c.words) if w.low in syntax.COMPARATIVES), None)
    if i is None or not i:
        return None
    j = i - 1
    while j > 0 and c.words[j].low in ("much", "far", "a", "lot", "bit", "little", "even", "way", "slightly"):
        j -= 1
    last = c.words[j]
    for ph in list(c.objects) + [q.np for q in c.pps if q is not than and q.np is not None]:
        if ph.words and ph.words[-1] is last and ph.pronoun is None and ph.head:
            return ph
    return None


def _material(ph) -> str | None:
    """What a noun phrase says its thing is made of: a material adjective or noun before the head (the colour words
    among them, 'golden', 'silver', stay its colour as well)."""
    for w in list(ph.adjs) + list(ph.modifiers):
        if w in MATERIALS:
            return w
    return None


_BORN_TOGETHER = {"twin": 2, "triplet": 3, "quadruplet": 4, "quintuplet": 5}
_TOLD_SIDES = {"left", "right", "upper", "lower", "center"}    # how 'the left ball', 'the upper kite' are told apart
_RIMS = ("end", "edge", "corner", "rim", "tip")


def _on_a_rim(ph, prep: str) -> bool:
    """'on the (left) end / edge / corner / rim / tip of X' puts a thing on X, whichever end: the part is a place on
    the thing, not a side of it ('on the left side of X' stays beside it)."""
    return prep in ("on", "onto", "upon", "atop") and ph.of.region is None and not ph.of.frame and \
        not ph.of.setting and (ph.head is None or ph.head in _RIMS) and \
        any(w.low in _RIMS for w in ph.words)


# attr9: size adjectives made with '-sized' / '-size': by the measure named ('pint-', 'bite-', 'pocket-sized' are
# small; 'king-', 'giant-', 'jumbo-sized' big), else by that noun's own size in the lexicon ('house-sized').
_ATTR9_SMALL_MEASURES = {"pint", "bite", "fun", "pocket", "palm", "thumb", "mini", "toy", "doll", "travel",
                         "snack", "baby", "kid", "hand", "fist", "coin", "button", "pea", "thimble", "sample"}
_ATTR9_BIG_MEASURES = {"king", "queen", "giant", "jumbo", "mega", "super", "over", "monster", "family", "economy",
                       "titan", "mammoth", "whale", "elephant"}


def _attr9_sized(adj: str) -> str | None:
    for tail in ("-sized", "-size", " sized"):
        if adj.endswith(tail):
            first = adj[: -len(tail)]
            break
    else:
        return None
    if first in _ATTR9_SMALL_MEASURES:
        return "small"
    if first in _ATTR9_BIG_MEASURES:
        return "big"
    known = NOUNS.get(first)
    if known is not None:
        side = (known[1] * known[2]) ** 0.5
        return "small" if side < 0.25 else "big" if side > 1.8 else None
    return None


def _adjective_attributes(adjs: list[str]) -> dict:
    """A noun phrase's adjectives as entity attributes: its colour, its size, the rest as traits."""
    attrs: dict = {}
    hues = [a for a in adjs if a in COLOURS and a not in SHADES]
    for a in adjs:
        if a in COLOURS:
            if not hues or a == hues[0]:
                attrs["color"] = hue(a)   # 'a red and white lighthouse' is red; 'a dark blue van' is blue
        elif a in SIZES:
            attrs["size"] = a
        elif _attr9_sized(a) is not None:
            attrs["size"] = _attr9_sized(a)      # 'a pint-sized helmet', 'a house-sized boulder'
        elif a in syntax.COMPARATIVES and "size" not in attrs:
            attrs["size"] = syntax.COMPARATIVES[a][0]   # 'a smaller vermilion helmet' beside another: the small one
        elif a not in ("left", "right", "top", "bottom", "upper", "lower", "center", "other", "same", "much"):
            attrs.setdefault("traits", []).append(a)
    return attrs


def _measured(key: str, side: str, std: Phrase) -> dict:
    """The size a measure gives a thing ('a horse as small as a cat'): its drawn scale, the measure's size over
    its own as the lexicon has them (the root of their areas), or, for a measure the lexicon does not know, a
    size word on the side the comparison says."""
    own = NOUNS.get(key) or NOUNS.get(compound_head(key) or "")
    other = NOUNS.get(std.head or "") or NOUNS.get(compound_head(std.head or "") or "")
    if own is None or other is None:
        return {"size": "tiny" if side == "small" else "huge"} if side in ("small", "big") else {}
    ratio = ((other[1] * other[2]) / (own[1] * own[2])) ** 0.5
    return {"scale": f"{min(max(ratio, 0.05), 12.0):.3g}"}


def _kind(key: str) -> str:
    if key in COLLECTIVE or key not in NOUNS and gender_of_noun(key):
        return "person"           # a word that says he or she names someone ('the widow', 'her niece')
    if key not in NOUNS and key.endswith(("ist", "ian")) and len(key) > 5 and compound_head(key) is None and \
            "noun" in syntax.open_class().get(key, {}):
        return "person"           # 'the geologists', 'a technician': one who practises something
    return NOUNS.get(key, NOUNS.get(compound_head(key) or "", ("object",)))[0]     # 'a schoolgirl': a girl


# -- scrA9: leaving a room -------------------------------------------------------------------------------------
# 'bolts from the room', 'rushes from the kitchen', 'dashes out of the house', 'flees the room', 'slams the door on
# his way out': in a screenplay one who goes from a room, a building or a doorway leaves the scene.
_SCRA9_FLEE = {"flee", "escape", "quit", "vacate", "abandon", "desert"}


def _scrA9_leaves_a_room(act: "Action", c: Clause) -> None:
    if act.exits or act.enters:
        return
    lemma = act.lemma or ""
    places = THRESHOLDS | INTERIORS
    from_place = any(pp.prep in ("from", "out_of") and pp.np is not None and pp.np.head in places and
                     not pp.np.owner for pp in c.pps)
    moving = act.moves or lemma in MOTION | STEPPING
    if from_place and moving and "back" not in c.adverbs + c.particles:
        act.exits, act.path = "right", []
    elif lemma in _SCRA9_FLEE and any(o.head in places for o in c.objects):
        act.exits, act.path, act.moves = "right", [], True
    elif any(pp.prep == "on" and pp.np is not None and pp.np.head == "way" and pp.np.owner is not None
             for pp in c.pps) and re.search(r"\bway out\b", c.text, re.I):
        act.exits, act.moves = "right", True


# scrA9: a counted crowd in a screenplay is one entity of that many figures ('two dozen pilgrims', 'forty or so
# commuters'): more than the instances one phrase draws
_SCRA9_MOST_IN_A_CROWD = 60
# ... and a plural no lexicon knows that does what people do ('the builders eat their lunch', 'two dozen pilgrims
# kneel', 'the cleaners drift out') is people; a sound's or a light's verbs are a machine's ('the printers whir')
_SCRA9_MACHINE_VERBS = {"hum", "buzz", "beep", "whir", "whirr", "blare", "blink", "flash", "glow", "flicker", "ring",
                        "chime", "click", "tick", "crackle", "hiss", "rattle", "clatter", "whine", "drone", "spin",
                        "roar", "rumble", "shine", "burn", "spark", "sputter", "purr", "squeal", "screech", "creak"}


def _scrA9_unknown_plurals_who_act(act: "Action", things: list) -> None:
    if (act.lemma or "") in _SCRA9_MACHINE_VERBS or not act.lemma or \
            (act.verb or "").lower().endswith(("ing", "ed")):
        return                    # ('lighters waving': no clause of their own)
    for i in act.subjects:
        t = things[i] if i < len(things) else None
        if t is None or t.character or t.kind != "object" or t.key in NOUNS or compound_head(t.key) is not None or \
                t.key in syntax.SOUND_NOUNS or t.key in ABSTRACT or not (t.count > 1 or t.crowd) or t.owned or \
                not _scrA9_agent_noun(t.key):
            continue
        t.kind = "person"


def _scrA9_agent_noun(noun: str) -> bool:
    """'builder', 'cleaner', 'mourner', 'roofer': a noun for one who does what its stem says (its stem a verb)."""
    oc = syntax.open_class()
    return len(noun) > 5 and noun.endswith("er") and "noun" in oc.get(noun, {}) and any(
        "verb" in oc.get(stem, {}) for stem in (noun[:-2], noun[:-1]))


class Reader:
    """Reads sentences into `Reading`s, remembering across sentences whom 'he', 'they', 'it' and 'the cat' mean.

    `names` maps lower-case name phrases ('brick', 'dick steel') to character ids; `kinds` gives an entity id's
    kind; `genders` a character's pronoun ('he'/'she') where the script says it.
    """

    def __init__(self, names: dict[str, str] | None = None, kinds: dict[str, str] | None = None,
                 genders: dict[str, str] | None = None, screenplay: bool = False):
        self.screenplay = screenplay      # a screenplay's 'walks away' leaves the scene (prose: recedes)
        self.names = dict(sorted((names or {}).items(), key=lambda kv: (-len(kv[0].split()), kv[0])))
        self.kinds = kinds or {}
        self.genders = genders or {}
        self.last_subject: list[Thing] = []
        self.last_moved = False
        self.scene_things: list[Thing] = []     # things named earlier in the scene, latest last
        self._split_rest: set[int] = set()      # groups down to their last instance by 'one red, one blue'
        self._bound: float | None = None        # where the sentence's last 'until …' / 'for the first half' ends
        self._came_in = False                   # someone entered earlier in the sentence
        self._out_of_cover = False              # the clause comes out of a cover into view (vis6)
        self._into_cover = False                # the clause goes into a cover, out of view (attr7)
        self._last_going: tuple | None = None   # the scene's last coming or going (enters, exits): what 'follows' does
        self._except: set[str] = set()          # characters a sentence leaves out: 'everyone but Mara', 'all but X'
        self._named: set[str] = set()           # characters the sentence names: not 'the others' 
        self._window: tuple | None = None       # the last time window the sentence named ('midway … is not seen again')
        self._extra: list[Action] = []          # actions a clause implies beside its own ('X is replaced by Y')
        self._framed_it = False                 # the sentence named the frame: 'walks into it' may mean it
        self._shot_things: list | None = None   # the things of the shot being read (its sentences share them)
        self._shot_moved: set = set()           # ... and which of them moved in its earlier sentences

    # -- reference ---------------------------------------------------------------------------------------------
    def _gender(self, t: Thing) -> str | None:
        if t.character:
            return self.genders.get(t.key)
        return gender_of_noun(t.key)

    def _pronoun(self, pronoun: str, things: list[Thing], exclude: set[int], counted: int = 0) -> list[int]:
        """The things a pronoun means: the last fitting character for he/she, the last plural subject (or every
        person) for they, the last thing that is not a person for it."""
        p = {"him": "he", "her": "she", "them": "they", "himself": "he", "herself": "she", "itself": "it",
             "themselves": "they", "us": "we"}.get(pronoun, pronoun)
        if p in ("he", "she"):
            for fit in (True, False):
                for idx in range(len(things) - 1, -1, -1):
                    t = things[idx]
                    if idx in exclude or t.kind != "person":
                        continue
                    g = self._gender(t)
                    if (g == p) if fit else (g is None):
                        return [idx]
            return []
        if pronoun == "them" and exclude:
            # an object 'them' after a subject: the last things named that are not the subject ('sets them down')
            plural = [i for i in range(len(things) - 1, -1, -1) if things[i].count > 1 and i not in exclude
                      and things[i].kind != "person"]
            if plural:
                return plural[:1]
        if p in ("everyone", "everybody") and self.screenplay:
            people = [i for i, t in enumerate(things) if t.character and t.kind == "person" and i not in exclude
                      and t.key not in self._except]
            if people:
                return people                        # 'Everyone except Peter heads out': the cast but Peter
        if p == "they" and counted and self.screenplay:
            people = [i for i in range(len(things) - 1, -1, -1) if things[i].character and things[i].kind == "person"
                      and i not in exclude]
            if len(people) >= counted:
                return sorted(people[:counted])      # 'the two leave', 'the pair head out': that many of the cast
        if p == "they":
            last = [things.index(t) for t in self.last_subject if t in things]
            if len(last) > 1 or (last and things[last[0]].count > 1):
                return last
            people = [i for i, t in enumerate(things) if t.kind == "person" and i not in exclude]
            if len(people) > 1:
                return people
            plural = [i for i in range(len(things) - 1, -1, -1) if things[i].count > 1 and i not in exclude]
            if not plural and len(last) == 1 and not self.screenplay and not exclude:
                other = next((i for i in range(len(things) - 1, -1, -1) if i not in exclude and i != last[0]), None)
                if other is not None:
                    return sorted([last[0], other])  # 'a kettle sits by a toaster; both are on a counter': the two
            return plural[:1] or last
        if p == "it":
            last = [things.index(t) for t in self.last_subject if t in things]
            if len(last) == 1 and last[0] not in exclude and (things[last[0]].kind != "person" or not (
                    things[last[0]].character or self._gender(things[last[0]]) or things[last[0]].count > 1)):
                return last       # 'a bird is perched on a branch, then it is gone', 'a robot …; it is': the subject
            for idx in range(len(things) - 1, -1, -1):
                if idx not in exclude and things[idx].kind != "person":
                    return [idx]
            if len(last) == 1 and last[0] not in exclude:
                return last       # 'A boy; it stands behind a fence': the only subject, whatever it is
            for idx in range(len(things) - 1, -1, -1):
                if idx not in exclude and not things[idx].character and things[idx].count == 1:
                    return [idx]          # 'a toy robot sits …; then it leaves': a thing the lexicon calls a person
            if self.scene_things:
                # 'He puts it on the table' a shot after 'picks up the basket': the scene's last thing
                old = self.scene_things[-1]
                return [self._add(Thing(key=old.key, count=old.count, kind=old.kind, attributes=dict(old.attributes),
                                        words=old.words, definite=True, counted=old.counted), things)]
        return []

    def _companions(self, act: Action, c: Clause, things: list[Thing], memo: dict, before: list[Action]) -> bool:
        """Who and what comes or goes along: 'comes in with her dog', 'walks in, her cat at her heels', 'walks out
        with the bag', 'grabs the bag and walks out', 'leaves, taking the lamp with her' — each joins the coming or
        going (its subjects). True when the clause is only that (the absolute phrase) and adds no action of its own."""
        def along(preps):
            return [j for pp in c.pps if pp.prep in preps and pp.np is not None and not pp.np.setting
                    for j in self._refs(pp.np, things, memo) if j not in act.subjects and things[j].kind != "vehicle"]
        going = [a for a in before if (a.enters or a.exits) and a.subjects]
        if going and going[-1] is before[-1] and c.link == "," and not c.verbs and not act.enters and \
                not act.exits and act.subjects and not set(act.subjects) & set(going[-1].subjects):
            going[-1].subjects += [j for j in act.subjects if things[j].kind in ("animal", "person", "object")]
            return True                       # 'walks in, her cat at her heels': an absolute phrase goes along
        if act.enters or act.exits:
            act.subjects += along(("with",))
            for a in before:                  # 'grabs the bag and walks out': what the same one took goes too
                if a.lemma in TAKING and set(a.subjects) & set(act.subjects):
                    act.subjects += [j for j in a.objects if j not in act.subjects and things[j].kind != "person"]
        elif act.lemma in TAKING and going and set(going[-1].subjects) & set(act.subjects):
            going[-1].subjects += [j for j in act.objects + along(("with",)) if j not in going[-1].subjects
                                   and things[j].kind != "person"]      # 'leaves, taking the lamp with her'
        return False

    def _members(self, c: Clause, before: Clause, things: list[Thing], memo: dict) -> None:
        """'The usual crowd is at the bar: Tomas, Peter, Mara.': a verbless list of characters after a colon names
        the people the clause before counted; that group is them, not more figures."""
        if c.verb is not None or c.copula or not c.subjects or not all(s.name for s in c.subjects):
            return
        for ph in list(before.subjects) + list(before.objects):
            for i in memo.get(id(ph), ()):
                if things[i].kind == "person" and not things[i].character:
                    things[i].members = True

    def _frame(self, ph: Phrase) -> bool:
        """The clip's own frame ('the screen', 'the video'); in a screenplay a photo or a picture is a prop."""
        return ph.frame and not (self.screenplay and ph.head in PICTURES and (
            ph.det is not None or ph.owner is not None or ph.count is not None or ph.plural))   # ('is painting')

    def _resolve(self, ph: Phrase, things: list[Thing], exclude: set[int] = frozenset()) -> list[int]:
        """Thing indices a noun phrase refers to (adding new things); [] for settings, sounds, regions."""
        if ph.pronoun:
            if ph.pronoun in ("one",) and ph.other:
                return self._other(things)
            if ph.pronoun == "one" and any(t.denied for t in things):
                return [max(i for i, t in enumerate(things) if t.denied)]   # 'no cat at first; then one appears'

            return self._pronoun(ph.pronoun, things, set(exclude), ph.count or 0)
        if ph.name:
            t = Thing(key=ph.name, kind=self.kinds.get(ph.name, "person"), character=True, words=ph.text,
                      definite=True)
            return [self._add(t, things)]
        if ph.det == "no" and not ph.name:
            return []                              # 'there is no cat', 'a street with no cars': absent
        if ph.head in syntax._COVERINGS and ph.region is None and (
                ph.of is not None or ph.owner is not None and ph.owner.pronoun == "it"):
            owner = self._resolve(ph.of, things, exclude) if ph.of is not None else self._pronoun("it", things,
                                                                                                   set(exclude))
            if owner and not any(things[i].character or things[i].kind == "person" for i in owner):
                for a in _adjective_attributes(ph.adjs).items():
                    if a[0] == "color":
                        things[owner[0]].attributes["color"] = a[1]
                return owner                       # 'the cat's fur is grey', 'its paint is red': the thing's look
        if self.screenplay and ph.det == "the" and ph.head in syntax.PAIR_WORDS and not ph.adjs and not ph.plural:
            people = [i for i in range(len(things) - 1, -1, -1) if things[i].character and things[i].kind == "person"
                      and i not in exclude]
            if len(people) >= syntax.PAIR_WORDS[ph.head]:
                return sorted(people[:syntax.PAIR_WORDS[ph.head]])    # 'the pair head out': two of the cast
        if self.screenplay and ph.det == "the" and ph.head in ("other", "others", "rest") and not ph.adjs and (
                ph.of is None or ph.of.pronoun in ("them", "us")) and (ph.plural or ph.head == "rest"):
            people = [i for i, t in enumerate(things) if t.character and t.kind == "person" and i not in exclude
                      and t.key not in self._except | self._named]
            if people:
                return people                        # 'The others file out, leaving Peter alone'
        if ph.det == "the" and ph.head in ("former", "latter") and not ph.modifiers:
            named = [i for i, t in enumerate(things) if not t.character or t.kind == "person"]
            if len(named) >= 2:
                return [named[-2] if ph.head == "former" else named[-1]]   # 'a hare and a fox: the former …'
        if ph.other and ph.det == "the" and not ph.modifiers and ph.region is None and (
                ph.head in COLOURS or ph.head in SIZES or ph.head in MATERIALS and ph.words and
                ph.words[-1].tag == "ADJ"):            # ('the other oak', from 'the other is oak': attr7)
            split = self._instance(things, ph.adjs + [ph.head])
            if split is not None:
                return split                       # 'two balloons: one pink, the other purple'
        if ph.one and not ph.other and ph.head is None and ph.adjs and ph.region is None:
            last = next((x for x in reversed(things) if not x.character), None)
            told = _adjective_attributes(ph.adjs)
            if ph.det is None and last is not None and ph.count and any(
                    k in told and last.attributes.get(k) not in (None, told[k]) for k in ("color", "size")):
                # 'two lavender lanterns and one maroon one', 'four amber hedgehogs and three scarlet ones': more
                # of the kind, told apart by what the group named before is not
                return [self._append(Thing(key=last.key, kind=last.kind, count=min(ph.count, MOST_INSTANCES), words=last.key,
                                           attributes=told, counted=True), things)]
            if ph.det is None:
                split = self._instance(things, ph.adjs, ph.count or 1)
                if split is not None:
                    return split                   # 'two cats: one black, one white', 'two black and two white'
            group = self.last_subject[0] if self.last_subject and len(self.last_subject) == 1 else None
            if ph.det in ("a", "an") and group is not None and group in things and not group.character and \
                    (group.count > 1 or id(group) in self._split_rest) and things[-1] is not group:
                split = self._instance(things, ph.adjs)
                if split is not None:
                    return split                   # 'two cats sit on the bench: a black one and a white one'
            return self._another(ph, things)       # 'a green ball and a purple one'
        if ph.one and ph.other and ph.count and ph.count > 1 and ph.head is None and ph.region is None:
            last = next((t for t in reversed(things) if not t.character), None)
            if last is not None:                                       # 'three dogs and two more'
                return [self._append(Thing(key=last.key, kind=last.kind, count=min(ph.count, MOST_INSTANCES), words=last.key,
                                           counted=True), things)]
        if ph.one and ph.other and ph.head is None and ph.region is None and not ph.adjs:
            return self._other(things, new=ph.det in ("another", "a", "an"))    # 'a vase and another one'
        if ph.region is not None or ph.setting or ph.sound or self._frame(ph) or ph.head is None or (
                self.screenplay and ph.head in ABSTRACT):
            return []                      # ('has three choices', 'a plan': nothing to draw)
        if ph.one and ph.other:
            return self._other(things)
        back = self._ordinal_reference(ph, things)
        if back is not None:
            return back
        key = ph.head
        if key == "face" and ph.plural and not ph.owner:
            key = "person"        # 'a sea of faces', 'familiar faces': the people they belong to
        count = ph.count if ph.count is not None else (2 if ph.plural else 1)
        if ph.plural and ph.count is None and ph.det in ("the", "these", "those", "their", "all"):
            count = 2
        attrs = _adjective_attributes(ph.adjs)
        if ph.measure is not None:
            attrs.update(_measured(key, *ph.measure))
        if ph.modifiers:
            attrs["type"] = " ".join(ph.modifiers)
        made = _material(ph)
        if made:
            attrs["material"] = made        # 'a paper lantern', 'a wooden chair'
        if ph.owner is not None and ph.owner.name:
            attrs["owner"] = ph.owner.name
        definite = ph.det in ("the", "this", "that", "these", "those", "his", "her", "its", "their", "both", "my",
                              "our", "your") and not ph.other
        quantity = any(w.low in syntax.QUANTITY for w in ph.words)
        crowd = ph.plural and (quantity or ph.other or ph.det == "all" or count >= 3)
        if key in COLLECTIVE and not ph.plural:
            crowd, count = True, max(count, 6)    # 'a crowd gathers', 'the audience': many figures
        if ph.plural and ph.det == "all" and ph.count is None:
            count = 5
        if key == "couple" and not ph.plural:
            count = 2                   # 'a young couple takes selfies': two people
        if ph.plural and ph.count is None and key in _BORN_TOGETHER:
            count = _BORN_TOGETHER[key]     # 'triplets sit on a bench': three of them
        if ph.det in ("every", "each") and ph.count is None and _kind(key) == "person":
            crowd, count = True, 5      # 'every guest in the room', 'each of the patrons': all of them
        kind = _kind(key)
        if kind == "object" and key not in NOUNS and ph.plural and crowd and key not in syntax.SOUND_NOUNS and \
                syntax.open_class().get(key, {}).get("adj") == key:      # ('numbers' is not 'numb')
            kind = "person"       # an adjective made a plural noun names people: 'a few regulars', 'the locals'
        if key not in NOUNS and getattr(ph, "modifiers_group", None) in PEOPLE_GROUPS:
            kind, crowd = "person", crowd or count >= 3     # 'a crowd of regulars': people, whatever the word
        most = _SCRA9_MOST_IN_A_CROWD if self.screenplay and crowd and ph.count is not None else MOST_INSTANCES
        t = Thing(key=key, count=max(1, min(count, most)), kind=kind, attributes=attrs,
                  words=" ".join(w.text for w in ph.words if w.tag not in ("DET", "POSS")) or key,
                  instance=ph.ordinal, definite=definite, counted=ph.count is not None or not ph.plural,
                  crowd=crowd, owned=ph.owner is not None,
                  bare=ph.det is None and ph.owner is None and ph.count is None and not ph.plural)
        if ph.other:
            t.definite = False
            return [self._append(t, things)]
        told = self._told_apart(ph, t, things)
        if told is not None:
            return told
        ranked = self._ranked(ph, t, things)
        if ranked is not None:
            return ranked
        return [self._add(t, things)]

    def _ranked(self, ph: Phrase, t: Thing, things: list[Thing]) -> list[int] | None:
        """'the third mug in the row', 'the fourth kettle' (prose): a thing counted by its place has as many of its
        kind before it. Named first, they are added before it; after a plural named without a number ('a row of
        kettles'), that group is at least as many. None where the ordinal says nothing of a count."""
        if self.screenplay or ph.ordinal is None or ph.ordinal < 1 or ph.det != "the" or ph.modifiers or \
                t.character or ph.plural:
            return None
        same = [i for i, x in enumerate(things) if x.key == t.key and not x.character]
        if not same:
            self._append(Thing(key=t.key, kind=t.kind, count=min(ph.ordinal, 11), words=t.key, counted=True),
                         things)
            return [self._append(t, things)]       # 'the third hamster in the row': two more before it
        group = next((i for i in same if things[i].count > 1 and not things[i].counted), None)
        if group is not None and things[group].count < ph.ordinal + 1:
            things[group].count, things[group].counted = min(ph.ordinal + 1, MOST_INSTANCES), True   # 'a row of jars; the fourth'
        return None

    def _told_apart(self, ph: Phrase, t: Thing, things: list[Thing]) -> list[int] | None:
        """'the left ball', 'the bigger dog' (syntax._told_apart gives every such shape this form): one of the
        things of its kind told apart by where it is or by its size. The one already told so; else one of a group
        named before ('two mugs: the left one …'), the rest of the group being the other; else, beside another one
        told apart otherwise, a new one. None where nothing tells it apart (the plain reading)."""
        if ph.det != "the" or ph.modifiers or ph.owner is not None or t.character:
            return None
        marks = [a for a in ph.adjs if a in _TOLD_SIDES] + [
            "big" if SIZES[a] > 1 else "small" for a in ph.adjs if a in SIZES]
        if not marks:
            return None
        t.told = marks[0]
        same = [i for i, x in enumerate(things) if x.key == t.key and not x.character]

        def mark(x: Thing) -> str | None:
            size = x.attributes.get("size")
            return x.told or (("big" if SIZES[size] > 1 else "small") if size in SIZES and t.told in ("big", "small")
                              else None)
        hit = [i for i in same if mark(things[i]) == t.told]
        if hit:
            for k, v in t.attributes.items():
                things[hit[0]].attributes.setdefault(k, v)
            return [hit[0]]
        if any(things[i].count > 1 or id(things[i]) in self._split_rest for i in same if mark(things[i]) is None):
            split = self._instance(things, ph.adjs)
            if split is not None:
                things[split[0]].told = t.told
                return split
        if any(mark(things[i]) is not None for i in same):
            return [self._append(t, things)]
        return None

    def _ordinal_reference(self, ph: Phrase, things: list[Thing]) -> list[int] | None:
        """'the former', 'the latter', 'the first', 'the second (one)': a thing named before, by its place in the
        order of mention (None when the phrase is not such a reference or nothing fits)."""
        head, adjs = ph.head, ph.adjs
        if head in COLOURS and adjs and adjs[0] in _ORDINAL_REFS:
            head, adjs = adjs[0], adjs[1:] + [head]           # 'the second yellow': the second, yellow
        elif head in COLOURS and ph.ordinal is not None and ph.ordinal >= 0:
            head, adjs = ("first", "second", "third")[min(ph.ordinal, 2)], adjs + [head]
        if ph.det != "the" or ph.modifiers or head not in _ORDINAL_REFS or not things:
            return None
        if len(things) == 1 and head == "second" and not things[0].character and things[0].count == 1 and \
                things[0].instance == 0:
            return [self._append(Thing(key=things[0].key, kind=things[0].kind, words=things[0].key,
                                       attributes=_adjective_attributes(adjs)), things)]  # 'the first ball …, the second'
        if len(things) < 2 or things[-1].count > 1 and not things[-1].character and head in ("first", "second",
                                                                                            "third"):
            return None if things[-1].count < 2 else self._instance(things, adjs)   # 'two cats; the first is red'
        place = _ORDINAL_REFS[head]
        if place == "former":
            idx = len(things) - 2
        elif place == "latter":
            idx = len(things) - 1
        elif place < len(things):
            idx = place
        else:
            return None
        for k, v in _adjective_attributes(adjs).items():
            things[idx].attributes.setdefault(k, v)     # 'the second yellow'
        return [idx]

    def _instance(self, things: list[Thing], adjs: list[str], many: int = 1) -> list[int] | None:
        """One (or `many`) of several things named together ('two statues: one red, one blue', 'four cats: two
        black and two white'), as a thing of its own with these adjectives: taken from the last thing counted more
        than once whose instances are not all told apart. None when there is no such thing."""
        for idx in range(len(things) - 1, -1, -1):
            t = things[idx]
            if (id(t) in self._split_rest or many > 1 and t.counted and not t.character) and t.count == many:
                self._split_rest.discard(id(t))        # the last of the group told apart is what is left of it
                t.attributes.update(_adjective_attributes(adjs))
                made = next((a for a in adjs if a in MATERIALS), None)
                if made:
                    t.attributes["material"] = made     # 'two spoons: a wooden one and a metal one' (attr7)
                return [idx]
            if t.character or t.count < many + 1:
                continue
            t.count -= many
            if t.count <= many:
                self._split_rest.add(id(t))
            one = Thing(key=t.key, kind=t.kind, attributes={**t.attributes, **_adjective_attributes(adjs)},
                        words=t.key, counted=True, count=many)
            made = next((a for a in adjs if a in MATERIALS), None)
            if made:
                one.attributes["material"] = made
            things.insert(idx, one)        # before what is left of the group: the first told apart comes first
            return [idx]
        return None

    def _another(self, ph: Phrase, things: list[Thing]) -> list[int]:
        """'a purple one': one more of the last thing named (not a character), with this phrase's colour or size."""
        last = next((t for t in reversed(things) if not t.character), None)
        if last is None:
            return []
        attrs = _adjective_attributes(ph.adjs)
        made = _material(ph)
        if made:
            attrs["material"] = made                   # 'a wooden chair and a plastic one'
        return [self._append(Thing(key=last.key, kind=last.kind, attributes=attrs, words=last.key), things)]

    def _other(self, things: list[Thing], new: bool = False) -> list[int]:
        """'the other one': the second instance of the last thing named; 'another', 'a third' (`new`): one more."""
        for idx in range(len(things) - 1, -1, -1):
            t = things[idx]
            if not t.character:
                same = [i for i, x in enumerate(things) if x.key == t.key and i != idx]
                if same and not new:
                    return [same[-1]]
                return [self._append(Thing(key=t.key, kind=t.kind, words=t.key), things)]
        return []

    @staticmethod
    def _append(t: Thing, things: list[Thing]) -> int:
        things.append(t)
        return len(things) - 1

    def _add(self, t: Thing, things: list[Thing]) -> int:
        for idx, old in enumerate(things):
            if t.instance is not None and old.instance is not None and t.instance != old.instance and \
                    t.instance >= 0 and old.instance >= 0 and not t.character:
                continue                           # 'behind the first mug stands a second mug': two mugs
            if old.key == t.key and t.definite and not t.character and not old.denied and any(
                    t.attributes.get(k) and old.attributes.get(k) and t.attributes[k] != old.attributes[k]
                    for k in ("color", "material")):
                continue                           # 'the red ball is bigger than the blue ball': two balls (attr7)
            if old.key == t.key and (t.character or t.definite or old.denied):
                if t.instance is not None or t.count <= old.count:
                    for k, v in t.attributes.items():
                        old.attributes.setdefault(k, v)
                    return idx
        return self._append(t, things)

    # -- clauses -----------------------------------------------------------------------------------------------
    def read(self, sentence: str, things: list[Thing] | None = None) -> Reading:
        """Read one sentence; `things` (shared across a shot's sentences) is extended and returned in the Reading."""
        things = things if things is not None else []
        if things is not self._shot_things:
            self._shot_things, self._shot_moved = things, set()
        clauses = _in_time_order(syntax.parse(sentence, self.names))
        self._bound, self._came_in, self._window, self._framed_it = None, False, None, False
        if self.screenplay:
            self._except, self._named = self._left_out(clauses)
        self._hidden_first: set[int] = set()     # things a clause of this sentence hid at first
        self._window_part = False                # the last window was a part of the clip ('the last third')
        self._empty_first = False                # a clause said the scene is empty at first ('Nobody is …')
        self._after_empty: list[Action] = []     # who came in after it, in the order told (seq7)
        actions: list[Action] = []
        memo: dict[int, list[int]] = {}
        placed: dict[tuple, Action] = {}
        relative: dict[tuple, Action] = {}
        lead_route = bool(clauses) and clauses[0].participle
        prev_clause: Clause | None = None
        content = False
        for k_, c in enumerate(clauses):
            if c.link == ":" and k_ and self.screenplay:
                content = content or _names_content(clauses[k_ - 1])
                self._members(c, clauses[k_ - 1], things, memo)
            if content or self.screenplay and _used_to(c):
                continue        # 'reads the list aloud: milk, bread, …', 'the note: call the doctor, …': words;
                #                 'the chair where his brother used to sit': a habit of the past, not this shot
            if self.screenplay and c.words and c.words[0].low == "followed" and actions and (
                    actions[-1].enters or actions[-1].exits):
                actions[-1].subjects += [j for pp in c.pps if pp.prep == "by" and pp.np is not None for j in
                                         self._refs(pp.np, things, memo) if j not in actions[-1].subjects]
                continue        # 'enters, followed by her parrot': the parrot comes in too
            if c.link in ("and", ",") and not c.times and prev_clause is not None and prev_clause.times and \
                    prev_clause.words and prev_clause.words[0].tag == "TIME" and not c.subord:
                c = replace(c, times=list(prev_clause.times))   # 'Halfway through, the fox leaves and a wolf arrives'
            self._extra = []
            self._out_of_cover = False           # the clause comes out of a cover into view (vis6)
            self._into_cover = False
            act = self._clause(c, things, memo, actions)
            if act is None:
                continue
            if self.screenplay:
                _scrA9_leaves_a_room(act, c)
                _scrA9_unknown_plurals_who_act(act, things)
            act.rank = next((w.value for w in c.words if w.tag == "ADV" and w.lemma == "rank"), None)
            ways = [r for r in act.path if isinstance(r, str) and r in ("left", "right")]
            if act.exits in ("left", "right") and ways and ways[-1] != act.exits and not act.enters:
                act.exits, act.path = ways[-1], []        # 'drives off screen to the left': out by the left
            if not self.screenplay and act.lemma == "get" and "there" in c.adverbs and not act.objects and \
                    act.enters is None:
                act.enters, act.moves = "left", True      # 'gets there first': arrives
            if not self.screenplay and act.lemma == "take" and "over" in c.particles + c.adverbs and \
                    not act.objects and act.enters is None:
                act.enters, act.moves = "left", True      # 'a robot takes over': comes in, in the other's place
            around = [x for x in self._arriving_around(act, c, things, memo) if not any(
                set(x.subjects) <= set(b.subjects) and (b.enters or b.appears is not None) for b in actions)]
            #     ('A van appears first; a taxi comes along after it': the van's coming is told already)
            others = around + self._followed_by(act, c, things, memo) + self._one_after_another(act, c, things, memo)
            if self._extra:
                actions.extend(self._extra)      # what a replacement removes
            if self.screenplay and self._companions(act, c, things, memo, actions):
                prev_clause = c
                continue
            if act.enters and act.path and not act.timed and any(
                    a_.subjects == act.subjects and a_.start is not None for a_ in actions):
                act.enters = None        # 'it came from the upper right; arrives in the upper left': from there
            stops = _region_list(c)
            if stops and act.moves and act.subjects:
                act.start, act.path, act.place = None, stops, None   # 'moves clockwise: top left, top right, …'
            if act.start is None and len(act.path) == 2 and {act.path[0], act.path[1]} == {"left", "right"} and \
                    not act.enters and not act.back:
                act.start, act.path = act.path[0], act.path[1:]     # 'walking left to right': from one to the other
            if act.place and act.path and act.moves and act.start is None and not act.enters:
                act.start, act.place = act.place, None   # 'a cat in the upper left runs to …': where it sets off
            if act.path == ["across"] and prev_clause is not None and prev_clause.participle and actions and \
                    actions[-1].subjects == act.subjects and any(isinstance(r, str) and r in ("left", "right")
                                                                 for r in actions[-1].path):
                act.path = []      # 'Walking from right to left, a woman crosses the street': one crossing
            ways = [r for r in act.path if isinstance(r, str) and r in ("left", "right")]
            if act.passing is not None and prev_clause is not None and prev_clause.participle and actions and \
                    actions[-1].subjects == act.subjects and actions[-1].passing is None:
                before_ways = [r for r in actions[-1].path if isinstance(r, str) and r in ("left", "right")]
                if before_ways:     # 'Moving leftward, a fox passes the tree': that way past it
                    _relative_route(act, before_ways[-1])
                    actions[-1].path, actions[-1].start = [], None
            elif c.participle and act.passing is not None and actions and actions[-1].subjects == act.subjects and \
                    actions[-1].passing is None and any(isinstance(r, str) and r in ("left", "right")
                                                        for r in actions[-1].path):
                before_ways = [r for r in actions[-1].path if isinstance(r, str) and r in ("left", "right")]
                _relative_route(act, before_ways[-1])       # 'runs from left to right, passing a tree': that way past it
                actions[-1].path, actions[-1].start = [], None
            elif ways and c.participle and actions and actions[-1].passing is not None and \
                    actions[-1].subjects == act.subjects:
                _relative_route(actions[-1], ways[-1])      # 'passes the tree, heading right'
                act.path, act.start = [], None
            if c.participle and not (act.path or act.start or act.place or act.toward or act.vertical or act.relations or
                                     act.objects or act.enters or act.exits or act.passing is not None or
                                     act.circling is not None or act.appears is not None or
                                     act.disappears is not None) and any(k_.subjects for k_ in clauses[1:2]):
                prev_clause = c            # 'Moving steadily, a donkey goes from left to right': only how
                continue
            if actions and actions[-1].subjects == act.subjects and (actions[-1].exits or
                                                                    actions[-1].toward == "away") and \
                    isinstance(act.toward, tuple) and act.toward[0] == "from" and not actions[-1].timed:
                actions[-1].exits = None           # 'heads off, leaving the bench behind': away from it, in view
                if actions[-1].toward == "away":
                    actions[-1].toward = None
            if c.link == "," and c.elided and actions and actions[-1].subjects == act.subjects and \
                    actions[-1].path == ["across"] and actions[-1].start is None and act.start is not None and act.path:
                actions[-1].path = []                  # 'cuts across the frame, lower right to upper left': that way
            if c.participle and actions and actions[-1].subjects == act.subjects and actions[-1].path == ["across"] \
                    and act.path and all(r in ("left", "right") for r in act.path) and not act.start:
                actions[-1].path = act.path[-1:]       # 'makes its way across the field, going left'
                prev_clause = c
                continue
            if lead_route and act.start is not None and not act.path and not act.toward and not act.vertical and \
                    actions and all(a_.subjects == act.subjects and a_.start is None for a_ in actions):
                actions[0].start, actions[0].moves = act.start, True   # 'Moving first to A and then B, it sets off from C'
                prev_clause = c
                continue
            if _seq9_sides_of_passing(actions, act, c):
                prev_clause = c        # 'walks past a tent, going from its right to its left': the passing's way
                continue
            if c.participle and act.lemma in ("start", "begin") and act.start is not None and actions and \
                    actions[-1].subjects == act.subjects and not isinstance(actions[-1].start, tuple) and \
                    not act.path and prev_clause is not None and not prev_clause.participle:
                actions[-1].start, actions[-1].moves = act.start, True    # 'goes to its left, starting on its right'
                prev_clause = c
                continue
            prev_clause = c
            if self.screenplay:
                _move_to_seat(actions, act)
            # 'first seen in the lower right, later in the lower left': places one after another are a route
            key = tuple(act.subjects)
            if act.place and key and key in self._shot_moved and not actions:
                act.path, act.place, act.moves = [act.place], None, True   # '… It then goes to B. At the end it is in C.'
            if act.moves and key:
                self._shot_moved.add(key)
            if act.place and key in placed and not act.path and not act.start:
                first = placed[key]
                if first.place:
                    first.start, first.place, first.moves = first.place, None, True
                act.path, act.place, act.moves = [act.place], None, True
                first.appears = first.disappears = act.appears = act.disappears = None
            elif act.place and key:
                placed[key] = act
            if act.back and key:
                ways = [r for a_ in actions + [act] if tuple(a_.subjects) == key for r in a_.path
                        if isinstance(r, str) and r in ("left", "right", "upper", "lower")] or [
                    r for a_ in actions for r in a_.path[-1:] if isinstance(r, str) and r in ("left", "right")][-1:]
                own = [r for r in act.path if isinstance(r, str) and r in ("left", "right", "upper", "lower")]
                if ways and not act.vertical and (not own or len(own) == 1 and own == ways[-1:] and len(ways) == 1 or own != ways[-1:]):
                    way = {"left": "right", "right": "left", "upper": "lower", "lower": "upper"}[
                        (ways[-2] if own and own == ways[-1:] and len(ways) > 1 else ways[-1]) if not own else own[-1]]
                    if not own or own[-1] != way:
                        act.path.append(way)       # 'goes right and then comes back', 'to the left and back again'
                    act.moves = True
            sided = [r for r in act.relations if r[0] in ("left_of", "right_of")]
            _sides_in_turn(act, sided)
            sided = [r for r in act.relations if r[0] in ("left_of", "right_of")]
            if sided and key and not act.moves:
                first = relative.get(key)
                if first is not None and first.relations and first.relations[0][1] == sided[0][1] and \
                        first.relations[0][0] != sided[0][0]:
                    # 'on the left of the house at first and on its right at the end'
                    first.start, first.relations, first.moves = tuple(first.relations[0]), [], True
                    act.path, act.moves = [tuple(sided[0])], True
                    act.relations = [r for r in act.relations if r is not sided[0]]
                elif first is None:
                    relative[key] = act
            actions.extend(x for x in others if x.rank is not None and x.rank < 0)
            actions.append(act)
            actions.extend(x for x in others if x.rank is None)
            for other, region in act.others_at:
                actions.append(Action(subjects=[other], place=region, text=act.text))
            # 'A tree with a bird above it': the relations held by the 'with' phrase are its own clause.
            held = [r for r in act.relations if r[0] == "held"]
            if held:
                act.relations = [r for r in act.relations if r[0] != "held"]
                for owner in dict.fromkeys(tuple(r[1]) for r in held):
                    actions.append(Action(subjects=list(owner), relations=[tuple(r[2:]) for r in held
                                                                           if tuple(r[1]) == owner], text=act.text))
        _in_and_out(actions)
        _row_of_verbless(actions)
        _told_across(actions, things, sentence)
        _ranked_row(actions, things, sentence)
        _stack_told(actions, things, sentence)
        _lend_the_way(actions)
        _away_before_a_coming(actions)
        comers = [a for a in self._after_empty if any(a is b for b in actions) and a.appears == 0.5]
        if len(comers) > 1:      # 'At first only a tree; then a deer walks in; then a wolf does': one after another
            for k, a in enumerate(comers):
                a.appears = round(0.3 + 0.6 * (k + 1) / (len(comers) + 1), 3)
        _seq9_follows_a_comer(actions)
        _seq9_lanes(actions)
        _sequence_events(actions)
        _stays_for_a_part(actions)
        _still_then_moves(actions)
        named = [t for t in things if not t.character and t.kind != "person"]
        if named:
            self.scene_things = (self.scene_things + named)[-8:]
        return Reading(things=things, actions=actions)

    def _arriving_around(self, act: Action, c: Clause, things, memo) -> list[Action]:
        """'gets there before a wheelbarrow', 'comes in after a penguin', 'arrives ahead of a bus': the thing of the
        'before' / 'after' phrase arrives too, after or before this one (an extra action; rank -1 goes first)."""
        if act.lemma == "come" and not act.enters and not act.path and act.start is None and not act.objects and \
                act.toward is None and not c.particles and not self.screenplay and any(
                    pp.prep in ("before", "after") and pp.np is not None and pp.np.pronoun is None for pp in c.pps):
            act.enters, act.moves = "left", True      # 'a squirrel comes after a zebra': it arrives after it
        if not (act.enters or act.appears is not None or act.lemma in ENTER | APPEAR) or self.screenplay:
            return []
        late = act.timed and act.appears is not None and act.appears >= 0.4 and act.disappears is None
        if act.timed and not late:
            return []
        out = []
        for pp in c.pps:
            if late and (pp.prep != "after" or pp.np is None or pp.np.pronoun is not None):
                continue          # 'shows up only in the second half, well after a penguin': the penguin before
            ahead = pp.prep in ("before",) or pp.prep == "of" and "ahead" in c.adverbs
            if pp.prep not in ("before", "after") and not ahead or pp.np is None or pp.np.frame or \
                    pp.np.region is not None or pp.np.setting:
                continue
            who = [i for i in self._refs(pp.np, things, memo, set(act.subjects)) if i not in act.subjects]
            if who:
                out.append(Action(subjects=who, enters=act.enters or "left", moves=True, text=act.text,
                                  rank=None if ahead else -1))
        return out

    def _followed_by(self, act: Action, c: Clause, things, memo) -> list[Action]:
        """'A penguin is followed by a police car': the car comes after the penguin (a passive of 'follow' with
        no way of its own is an order, not a chase)."""
        agent = [pp.np for pp in c.pps if pp.prep == "by" and pp.np is not None]
        if not self.screenplay and act.lemma == "precede" and not act.timed:
            # 'A precedes B': A comes in, then B; 'B is preceded by A': A first
            other = agent[0] if c.copula and agent else c.objects[0] if c.objects and not c.copula else None
            who = [i for i in self._refs(other, things, memo, set(act.subjects)) if i not in act.subjects] \
                if other is not None else []
            if not who:
                return []
            act.enters, act.moves, act.objects, act.relations = act.enters or "left", True, [], []
            return [Action(subjects=who, enters="left", moves=True, text=act.text, rank=-1 if c.copula else None)]
        if self.screenplay or act.lemma != "follow" or not c.copula or not agent or act.timed:
            return []
        who = [i for i in self._refs(agent[0], things, memo, set(act.subjects)) if i not in act.subjects]
        if not who:
            return []
        act.start, act.path, act.passing, act.moves, act.relations = None, [], None, bool(act.enters), []
        return [Action(subjects=who, enters="left", moves=True, text=act.text)]

    def _one_after_another(self, act: Action, c: Clause, things, memo) -> list[Action]:
        """'A penguin and a truck arrive one after the other (, the penguin first)': each comes in its turn, in
        the order told or with the one named 'first' first; the clause keeps the first, the rest are extras."""
        turn = {"one after the other", "one after another", "one by one", "in turn", "in succession"}
        if len(act.subjects) < 2 or not (act.enters or act.appears is not None) or not turn & set(c.adverbs):
            return []
        order = list(act.subjects)
        named = [i for o in c.objects if o.det == "the" for i in self._refs(o, things, memo) if i in order]
        if named and "first" in c.times + c.adverbs:
            order = named[:1] + [i for i in order if i != named[0]]
            act.objects = [i for i in act.objects if i not in named]
        act.subjects = order[:1]
        return [replace(act, subjects=[i], objects=[], relations=[]) for i in order[1:]]

    def _refs(self, ph: Phrase, things, memo, exclude=frozenset()) -> list[int]:
        """A phrase resolved once per sentence (an elided clause shares its subject's things)."""
        key = id(ph)
        if key not in memo:
            memo[key] = self._resolve(ph, things, exclude)
        return memo[key]

    def _clause(self, c: Clause, things: list[Thing], memo: dict, before: list[Action]) -> Action | None:
        act = Action(text=c.text)
        lemma = c.verb
        for ph in c.subjects:
            if ph.frame and ph.head in PICTURES and ph.of is None and not c.objects and lemma not in PERCEIVE and \
                    (lemma or c.copula) and any(pp.prep in RELATION_PREPS and pp.prep not in (
                        "in", "into", "inside", "within", "on", "at") and pp.np is not None for pp in c.pps):
                ph.frame = False       # 'a painting is hung above the bed', 'a photo sits beside a vase': a thing
        if c.copula and lemma and c.objects and all(o.head in _ORDER_ROLES and o.det == "the" for o in c.objects):
            c = replace(c, copula=False, objects=[])    # 'is the first to leave', 'the last to arrive': leaves, arrives
        if self._except and (any(s.name in self._except for s in c.subjects + c.objects) or any(
                pp.prep in ("except", "besides") for pp in c.pps)):
            # 'All but Elena leave', 'Everyone leaves but Lucia', 'everyone except Peter': the rest of the cast
            subjects = [s for s in c.subjects if s.name not in self._except]
            c = replace(c, subjects=subjects or [syntax.Phrase(pronoun="everyone")],
                        objects=[o for o in c.objects if o.name not in self._except])
            c = _with_pps(c, [pp for pp in c.pps if pp.prep not in ("except", "besides")])
        subjects_ph = list(c.subjects)
        objects_ph = list(c.objects)
        # 'The second half shows a cat': a part of the clip as the viewer, its time the clause's
        spans = [s for s in subjects_ph if lemma in PERCEIVE and _clip_part(s)]
        if spans:
            c = replace(c, times=c.times + [_part_time(spans[0])])
            subjects_ph = [s for s in subjects_ph if s not in spans] or [syntax.Phrase(pronoun="we")]
        spent = [s for s in subjects_ph + objects_ph if lemma in ("spend", "pass") and _clip_part(s)]
        if spent:
            # 'spends the first half in the corner and the second half by the door': where it is, and when
            c = replace(c, times=c.times + [_part_time(spent[0])])
            subjects_ph = [s for s in subjects_ph if s not in spent]
            objects_ph = [o for o in objects_ph if o not in spent]
            if not subjects_ph and self.last_subject:
                c = replace(c, elided=True)
        # 'there is no sign of the moose': no moose
        traced = [s for s in subjects_ph if s.head in ("sign", "trace", "hint") and s.det == "no"]
        of_pp = next((pp for pp in c.pps if pp.prep == "of" and pp.np is not None), None)
        if traced and (traced[0].of is not None or of_pp is not None):
            subjects_ph = [replace(traced[0].of or of_pp.np, det="no") if s is traced[0] else s for s in subjects_ph]
            if traced[0].of is None:
                c = _with_pps(c, [pp for pp in c.pps if pp is not of_pp])
        # "the robot's path runs from right to left": the way a thing goes is that thing going
        subjects_ph = [s.owner if s.head in _WAYS_OF_GOING and s.owner is not None and s.owner.pronoun is None
                       and not self.screenplay else s for s in subjects_ph]
        # "a mole's head pops out", "the fox's nose peeks out": the animal shows itself (vis6)
        subjects_ph = [(s.owner or s.of) if s.head in _SHOWN_PARTS and (s.owner or s.of) is not None and
                       (s.owner or s.of).pronoun is None and (s.owner or s.of).name is None and not self.screenplay
                       and lemma in _PEEKING and s.region is None else s for s in subjects_ph]
        if self.screenplay and {w.low for w in c.words} & OFF_SCREEN:
            return None        # 'A dog barks off-screen', 'a voice (O.S.)': heard, not seen
        if self.screenplay and heard_elsewhere_scrb9(c, subjects_ph):
            return None        # 'Somewhere below, a bell tolls', 'From the garden, Arjun shouts' (scrB9)
        if lemma in HEARING or c.verbs[:1] and c.verbs[0] in HEARING:
            # 'We hear a train pass', 'Mara hears a dog bark in the distance': what is heard is not on screen
            objects_ph, c = [], _with_pps(c, [])
            subjects_ph = [s for s in subjects_ph if s.pronoun not in VIEWERS]
            if not subjects_ph:
                return None
        # 'We see three cats', 'The picture shows a dog': what is seen is the subject of a verbless clause.
        viewer = subjects_ph and all((s.pronoun in VIEWERS) or (s.head in VIEWERS and s.frame or s.head in VIEWERS)
                                     for s in subjects_ph)
        if not viewer and subjects_ph and all(s.setting and s.head not in syntax.NOT_THINGS for s in subjects_ph) and \
                lemma and lemma not in PERCEIVE and any(pp.prep == "with" and pp.np is not None and not (
                    pp.np.setting or pp.np.frame or pp.np.region is not None) for pp in c.pps[:1]):
            viewer = True       # 'A lake with a duck that swims to the right': the setting frames the duck's clause
        if not viewer and subjects_ph and all(s.setting and s.head not in syntax.NOT_THINGS for s in subjects_ph) and \
                lemma in ("contain", "hold", "feature", "have", "include") and objects_ph and not self.screenplay:
            viewer = True       # 'The alley contains a bicycle only until halfway': what the place has is what we see
        pps = list(c.pps)
        if viewer and lemma in PERCEIVE:
            act.seen = True
        if viewer:
            # 'A video of a park with a red cat', 'Footage showing a horse going …', 'The picture shows two vans':
            # what the clip shows is the subject; the verbs that are not about showing are its.
            shown = [o for o in objects_ph if not (o.setting or o.frame)] if lemma in PERCEIVE or c.copula \
                or lemma in ("set", "film", "shoot") else []
            rest = []
            for pp in pps:
                if not shown and pp.np is not None and pp.prep in ("with", "of", "featuring", "showing") and \
                        not (pp.np.setting or pp.np.frame or pp.np.region is not None):
                    shown += [pp.np] + ([pp.np2] if pp.np2 is not None else [])
                elif shown or pp.prep not in ("of", "in", "at", "on") or not (pp.np and (pp.np.setting or pp.np.frame)):
                    rest.append(pp)
            pairs = [(v, t) for v, t in zip(c.verbs, c.verb_texts) if v not in PERCEIVE | {"set", "film", "shoot"}]
            if shown or lemma in PERCEIVE:
                subjects_ph, objects_ph, pps = shown, [o for o in objects_ph if o not in shown], rest
                lemma = pairs[0][0] if pairs else None
                c = replace(c, verbs=[v for v, _ in pairs], verb_texts=[t for _, t in pairs], verb=lemma,
                            verb_text=pairs[0][1] if pairs else "", copula=c.copula or not pairs)
        c = _with_pps(c, pps)
        if not subjects_ph and not c.elided and objects_ph and lemma in MOTION | STATIC and c.words and \
                c.words[0].tag in ("PREP", "PART", "ADV", "TIME"):
            subjects_ph, objects_ph = objects_ph, []     # 'In come Lucia and Peter', 'First comes a zebra'
        if self.screenplay and before and any(w.low == "followed" for w in c.words) and \
                any(pp.prep == "by" for pp in c.pps):
            # 'Elena enters, followed by Jonah': the one after 'by' does what the clause before says too
            for pp in c.pps:
                if pp.prep == "by" and pp.np is not None:
                    for i in self._refs(pp.np, things, memo):
                        if things[i].kind == "person" and i not in before[-1].subjects:
                            before[-1].subjects.append(i)
            return None
        # 'The path of the plane: …': the plane, moving.
        for k, sp in enumerate(subjects_ph):
            if sp.head in _STOPS and sp.owner is not None and (sp.owner.pronoun or sp.owner.name or sp.owner.head):
                subjects_ph[k] = sp.owner      # 'Its next stop is the upper right': it goes there
                act.moves = True
                continue
            if sp.head in ("path", "route", "trajectory", "journey", "course", "way"):
                if sp.of is not None:
                    subjects_ph[k] = sp.of
                    act.moves = True
                elif pps and pps[0].prep == "of" and pps[0].np is not None:
                    subjects_ph[k], pps = pps[0].np, pps[1:]
                    c = _with_pps(c, pps)
                    act.moves = True
        # 'then right', 'then to the upper left': a direction whose subject and verb are the clause before's.
        directions = [s.region for s in subjects_ph if s.region is not None and s.of is None]
        subjects_ph = [s for s in subjects_ph if not (s.region is not None and s.of is None)]
        if len(subjects_ph) > 2 and subjects_ph[0].name and _apposition(c, True) and all(
                not s.name and s.head is not None and _kind(s.head) == "person" for s in subjects_ph[1:]):
            subjects_ph = subjects_ph[:1]      # 'DICK STEEL, his former partner and fellow retiree, emerges'
        if len(subjects_ph) == 2 and sum(1 for s in subjects_ph if s.name) == 1 and _apposition(c):
            # "Leo's sister, JUNE, bursts in", 'JUNE, his sister, …': one person, named
            other = next(s for s in subjects_ph if not s.name)
            if other.head is not None and _kind(other.head) == "person" and not other.plural:
                subjects_ph = [s for s in subjects_ph if s.name]
        subjects: list[int] = []
        timed = any(syntax.time_span(t) for t in c.times) or _time_phrase(" ".join(c.times)) is not None
        for s in subjects_ph:
            if self.screenplay and s.head in PEOPLED and not s.plural and lemma in HUMAN_DOINGS and (
                    lemma != "fall" or {"silent", "quiet", "still"} & {w.low for w in c.words}):
                # 'Half the room stands up', 'the whole bar falls silent': the place's people
                subjects.append(self._add(Thing(key="person", count=6, kind="person", words="people", crowd=True,
                                                definite=True), things))
                continue
            if s.det == "no" and s.head and timed and not s.setting:
                # 'there is no cat until halfway', 'no dog can be seen in the first half': the dog comes later
                refs = self._refs(replace(s, det="a"), things, memo)
                for i in refs:
                    things[i].denied = True
                act.denied = True
            else:
                refs = self._refs(s, things, memo)
            subjects += [i for i in refs if i not in subjects]
        if not subjects and (c.elided or directions or not c.subjects) and self.last_subject:
            subjects = [things.index(t) for t in self.last_subject if t in things]
            if directions or (c.elided and lemma is None):
                act.moves = self.last_moved
        if not subjects and lemma is None and not c.copula and not c.pps:
            return None
        act.subjects = subjects
        if subjects:
            self.last_subject = [things[i] for i in subjects]
        act.lemma = lemma
        act.verb = c.verb_text or None if lemma else None
        if act.verb == "starts" or lemma == "start":
            act.verb = "starts"
        if c.copula and lemma == "leave":
            lemma = "rest"                # 'a cup has been left on the table' is where it rests, not an exit
        verbs = set(c.verbs) - ({"leave"} if lemma == "rest" else set()) | ({lemma} if lemma else set())
        negated = bool({"not", "never"} & set(c.adverbs)) and not _not_until(c)
        if negated:
            # 'sits on the right of a cup, not moving': the verb after 'not' does not happen
            verbs = set(c.verbs[:-1]) if len(c.verbs) > 1 else set()
        act.moves = act.moves or bool(verbs & MOTION - {"start", "begin", "end", "finish"})
        if len(directions) == 1 and directions[0] in ("left", "right") and len(c.subjects) == 1 and \
                c.subjects[0].det is None and any(
                pp.prep == "to" and pp.np is not None and pp.np.region is not None for pp in c.pps):
            act.start, directions = directions[0], []     # '…, right to left': from the first to the second
            act.moves = True
        for r in directions:
            act.path.append(r)
            act.moves = True
        if not act.moves and lemma not in MOTION and not act.path and (
                {"far", "away"} <= set(c.adverbs) or any(pp.prep == "up" and pp.np is not None and pp.np.head == "close"
                                                        for pp in c.pps)):
            act.place = "background" if "far" in c.adverbs else "foreground"    # 'a fence far away', 'a dog up close'
        if {"high", "low"} & set(c.adverbs) and not act.path:
            act.place = "upper" if "high" in c.adverbs else "lower"   # 'a plane high up', 'a mouse low in the frame'
        parts = set(c.particles) | {a for a in c.adverbs if a in ("up", "down", "in", "out", "off", "away")}
        # Objects: things acted on (a placing verb's relation is theirs); 'the frame' / 'the room' is where.
        said = [syntax.COMPARATIVES[a] for a in c.adjectives if a in syntax.COMPARATIVES]
        if said and subjects and not any(pp.prep == "than" for pp in c.pps):
            # 'a horse next to a cat; the horse is smaller': bigger or smaller than the other thing named
            other = next((i for i in range(len(things) - 1, -1, -1) if i not in subjects), None)
            if other is not None:
                things[subjects[0]].attributes["size"], things[other].attributes["size"] = said[0]
        for adj in c.adjectives:              # 'the truck is black', 'the dog is huge'
            for i in subjects:
                if adj in MATERIALS:
                    things[i].attributes["material"] = adj      # 'the lantern is made of wood', 'is copper'
                if adj in COLOURS:
                    things[i].attributes["color"] = hue(adj)
                elif adj in SIZES:
                    things[i].attributes["size"] = adj
                elif adj in LOOKS and not things[i].character and adj not in things[i].attributes.get("traits", []):
                    things[i].attributes.setdefault("traits", []).append(adj)   # 'the kitten is fluffy'
        for o in objects_ph:
            if o.sound and _put_sound_word_scrb9(o, c, lemma):
                o = replace(o, sound=False)      # scrB9: 'slips the ring into the drawer': a thing, put somewhere
            if o.pronoun in ("himself", "herself", "themselves", "itself") and subjects:
                continue       # 'plants herself between them': the subject goes there, no one else
            if o.head in ("camera", "viewer", "lens") and lemma in ("approach", "face", "near"):
                act.toward = "camera" if lemma != "face" else None
                act.moves = act.moves or lemma == "approach"
                continue
            if o.region is not None and o.of is not None:
                self._region_pp(act, "to", o, things, memo, subjects, lemma, None)     # 'is left of a dog'
                continue
            if o.region is not None and o.of is None and lemma in EXIT | {"quit", "vacate"}:
                act.start, act.moves = o.region, True      # 'leaves the lower left corner for the upper right'
                continue
            if o.region is not None and o.of is None and lemma in _AT_VERBS and not act.moves:
                if act.place:                               # 'occupies A for the first half and B for the second'
                    act.start, act.place, act.path, act.moves = act.place, None, [o.region], True
                else:
                    act.place = o.region                    # 'a van hugging the left edge': there, not going
                continue
            if o.region is not None and o.of is None:
                if any(pp.prep in ("to", "toward", "towards") and pp.np is not None and pp.np.region for pp in c.pps):
                    act.start = act.start or o.region       # 'walks left to right'
                else:
                    act.path.append(o.region)               # 'is heading right', 'moving left'
                act.moves = True
                continue
            if self._frame(o) or o.setting or (o.head in ("room", "frame", "screen", "door", "doorway", "building")
                                               and lemma in EXIT | ENTER | {"cross"}):
                if lemma in ("cross", "traverse") or (o.frame and lemma in MOTION):
                    act.path = act.path or ["across"]
                continue
            if o.head in COLOURS and o.head not in SHADES and c.copula and subjects and not o.of and o.det in ("a", "an"):
                for i in subjects:                  # 'its fur is a bright blue'
                    if not things[i].character and things[i].kind != "person":
                        things[i].attributes["color"] = o.head
                continue
            if lemma == "have" and o.head in syntax._COVERINGS and subjects and any(a in COLOURS for a in o.adjs):
                for i in subjects:                  # 'a wheelbarrow has blue paint': its colour
                    if not things[i].character and things[i].kind != "person":
                        things[i].attributes["color"] = next(a for a in o.adjs if a in COLOURS and a not in SHADES)
                continue
            if self.screenplay and lemma in ABSENT_OBJECT and not o.name and o.pronoun is None:
                continue                          # 'misses her mother', 'phones his son': someone not here
            refs = _it_as_the_thing_before_scrb9(o, c, before, subjects, things) or \
                [i for i in self._refs(o, things, memo, set(subjects)) if i not in subjects]
            if lemma in _HOLDING and subjects and refs and all(things[i].kind == "object" and not things[i].character
                                                                for i in subjects) and all(
                    pp.np is None or pp.np.setting or pp.np.frame for pp in c.pps):
                act.relations.append(("held", refs, "on", subjects[0]))   # 'the shelf holds a vase and a clock'
                continue
            act.objects += refs
        self._prepositions(act, c, things, memo, subjects, lemma, parts)
        _drop_denied_places(act, c)
        self._surrounds(act, c, things, subjects, lemma)
        act.places = _puts_object(act, c, lemma)
        if self.screenplay and not act.places:
            _attached_scrb9(act, c, things, memo, lemma)
        around = [j for pp in c.pps if pp.np is not None for j in memo.get(id(pp.np), ())]
        finite = not (c.verb_text or "").endswith(("ed", "en"))     # ('BRICK, retired police detective,' is him)
        for i in act.subjects if finite else ():    # one side of a verb is not the other: 'the locals look at Jonah'
            for j in set(act.objects) | set(around):
                pair = (things[i], things[j])
                if all(t.kind == "person" for t in pair) and pair[0].character != pair[1].character:
                    (pair[1] if pair[0].character else pair[0]).distinct = True
        if len(subjects) > 1 and all(things[i].count == 1 for i in subjects) and not any(
                r[0] in ("between", "held") for r in act.relations) and (_TOGETHER & set(c.adverbs) or re.search(
                    r"\b(?:beside|alongside|by|near) (?:each other|one another)\b", c.text.lower())):
            act.relations.append(("next_to", subjects[0]))     # 'a cat and a dog side by side'
        self._verb_meaning(act, c, lemma, verbs, parts)
        if self.screenplay and lemma in ALIGHT and ({"out", "off", "down"} & parts or any(
                pp.prep in ("out_of", "off", "from") for pp in c.pps)) and any(
                t.kind == "vehicle" for t in things + self.scene_things[-3:]) and not any(
                things[i].kind == "vehicle" for i in subjects):
            # 'the guests climb out' of the bus that stopped, 'gets out of the taxi': into the scene, not out of it
            act.exits, act.enters, act.vertical, act.path = None, act.enters or "left", None, []
            act.source = self._vehicle_left(c, things, memo)
        elif self.screenplay and (lemma in ALIGHT or act.moves) and not act.exits and not any(
                things[i].kind == "vehicle" for i in subjects):
            boarded = [j for pp in c.pps if pp.prep in ("into", "in", "aboard", "onto") and pp.np is not None
                       for j in memo.get(id(pp.np), ()) if things[j].kind == "vehicle"] or (
                [j for j in act.objects if things[j].kind == "vehicle"] if "aboard" in {w.low for w in c.words}
                else [])
            if boarded:
                # 'gets into the taxi', 'climbs aboard the bus': out of the scene, by way of the vehicle
                act.exits, act.enters, act.vertical, act.path, act.boards = "right", None, None, [], boarded[0]
                act.relations = [r for r in act.relations if boarded[0] not in r[1:]]
        if c.copula and (c.verb_text or "").endswith(("ed", "en")) and act.relations and act.moves and not any(
                pp.prep in ("to", "toward", "towards", "from", "across", "into", "through", "past", "away_from", "along")
                for pp in c.pps) and not (act.toward or act.enters or act.exits):
            # a passive with a place and no way: where it ended up ('a bike is pushed up against the wall')
            act.moves, act.path, act.start, act.vertical = False, [], None, None
        if negated and not verbs & MOTION:
            # where it is holds, the motion does not
            act.moves, act.path, act.start, act.toward, act.vertical, act.enters, act.exits = \
                False, [], None, None, None, None, None
        if not self.screenplay and "down" in parts | {pp.prep for pp in c.pps} and any(
                pp.prep == "from" and pp.np is not None and (pp.np.region in ("top", "upper") or pp.np.head in _HIGH)
                for pp in c.pps) and (act.moves or lemma in MOTION | DOWN | {"lower", "pounce", "let"}):
            act.vertical, act.moves, act.framed = "down", True, True   # 'pounces down from the top of the bookcase',
            #                                                           'lowers itself down from the ceiling' (vis6)
        if act.vertical and subjects and not act.framed and lemma not in (
                "float", "climb", "rise", "jump", "soar", "hop", "fly", "leap", "spring", "bound", "bounce"):
            grounded = [things[i] for i in subjects if things[i].kind in ("person", "animal", "vehicle")
                        and not NOUNS.get(things[i].key, ("", 0, 0, False))[3] and not _flies(things[i].key)]
            if grounded and not act.moves:
                act.vertical = None       # a person who falls or dives goes to the ground: a pose, not a drop
            elif grounded:
                act.vertical = None       # 'strolls down the hall': along the ground, not down the frame
                if not act.path and not act.start:
                    act.path.append("across")
        if act.vertical and not act.framed and any(isinstance(r, str) and r.split()[0] in ("upper", "lower")
                                                   for r in act.path):
            act.vertical = None               # 'climbs to the lower right corner': the corner says where
        if lemma in ("pass", "overtake") and act.objects and act.passing is None and act.circling is None:
            act.passing = act.objects[0]          # 'passes a lamppost', 'overtakes the bus'
        if lemma in ("circle", "orbit", "loop", "encircle", "round") and act.objects and act.circling is None:
            act.circling = act.objects[0]
        _relative_route(act)
        act.back = ("back" in c.adverbs or "back" in c.particles or lemma == "return" or
                    self.screenplay and c.copula and "back" in c.adjectives or     # "he's back a minute later"
                    "other way" in " ".join(w.low for w in c.words)) and not act.toward and act.start is None
        if ("back" in c.adverbs or "back" in c.particles) and isinstance(act.start, str) and act.path and \
                act.path[-1] != act.start and not act.toward and not c.objects:
            act.path.append(act.start)     # 'from the bottom left to the bottom right and back again': to where it began
        if self.screenplay and not act.enters and not act.exits and before:
            # 'the teacher hurries after them', 'Dev follows her out': going where the followed went, in or out
            led = list(act.objects) if lemma == "follow" else []
            led += [j for pp in c.pps if pp.prep == "after" and pp.np is not None for j in memo.get(id(pp.np), ())]
            for prev in reversed(before):
                if set(led) & set(prev.subjects) and (prev.enters or prev.exits):
                    act.enters, act.exits = prev.enters, prev.exits
                    act.path, act.toward = [], None
                    break
            else:
                self._follows(act, c, lemma, things)
        elif self.screenplay and not act.enters and not act.exits:
            self._follows(act, c, lemma, things)
        if self.screenplay and lemma in CONVEYING | SENDING:
            sent = _conveys(act, c, things, lemma in SENDING)
            if sent is not None:
                self._extra.append(sent)
        if self.screenplay and lemma in _FETCHING and act.relations and any(
                things[i].key in SEATS for i in act.objects):
            # 'pulls up a chair at the table', 'drags a stool over beside Mara': there with it, sitting
            self._extra.append(Action(subjects=list(act.subjects), lemma="sit", relations=list(act.relations),
                                      text=act.text))
        if len(act.subjects) == 1 and things[act.subjects[0]].told in _TOLD_SIDES and not (
                act.place or act.start or act.path or act.relations or act.moves or act.toward or act.enters):
            act.place = things[act.subjects[0]].told     # 'the left ball is red': it stands on the left
        _in_a_row(act, lemma, c)
        self._timing(act, c, lemma, verbs, before)
        self._replacement(act, c, lemma, things, memo)
        self._came_in = self._came_in or bool(act.enters or act.appears is not None)
        if act.enters or act.exits:
            self._last_going = (act.enters, act.exits)
        self.last_moved = bool(act.moves or act.path or act.vertical)
        return act

    def _left_out(self, clauses: list[Clause]) -> tuple[set[str], set[str]]:
        """The characters a sentence leaves out of a whole ('everyone but Mara', 'All but Elena leave', 'everybody
        except Peter'), and those it names."""
        out: set[str] = set()
        named: set[str] = set()
        for c in clauses:
            ws = c.words
            whole = any(w.low in ("everyone", "everybody", "all", "others", "rest") for w in ws)
            for k, w in enumerate(ws):
                if w.tag != "NAME":
                    continue
                named.add(w.value)
                lead = [x.low for x in ws[max(0, k - 4):k] if x.tag != "NAME" and x.low not in (",", "and", "for")]
                if whole and lead and lead[-1] in ("except", "but", "save", "besides", "than"):
                    out.add(w.value)
        return out, named

    def _follows(self, act: Action, c: Clause, lemma, things: list[Thing]) -> None:
        """'Lucia follows a moment later' after 'Peter leaves', 'follows him': the way the scene's last one went,
        in or out (not 'follows the path to the lake', 'follows her gaze')."""
        if lemma == "follow" and self._last_going is not None and not act.relations and not c.pps and all(
                things[i].kind == "person" for i in act.objects):
            act.enters, act.exits = self._last_going
            act.path, act.toward, act.objects = [], None, []

    def _vehicle_left(self, c: Clause, things: list[Thing], memo: dict) -> int | None:
        """The vehicle one gets out of: the one the clause names ('steps off the bus'), else the last one this
        sentence or the scene named ('The car stops. Mara gets out.'), brought into the shot where it was not."""
        for pp in c.pps:
            if pp.prep in ("out_of", "off", "from") and pp.np is not None:
                hit = [j for j in memo.get(id(pp.np), ()) if things[j].kind == "vehicle"]
                if hit:
                    return hit[0]
        mine = [j for j, t in enumerate(things) if t.kind == "vehicle"]
        if mine:
            return mine[-1]
        last = next((t for t in reversed(self.scene_things[-3:]) if t.kind == "vehicle"), None)
        if last is None:
            return None
        return self._append(Thing(key=last.key, kind=last.kind, attributes=dict(last.attributes), words=last.words,
                                  definite=True), things)

    def _prepositions(self, act: Action, c: Clause, things, memo, subjects, lemma, parts) -> None:
        into_view_here = _comes_into_view(lemma, c) and not self.screenplay
        if into_view_here:
            lemma, act.moves, act.path = "appear", False, []   # 'pops up to the right of a post': there (space7)
        moving = act.moves
        # 'We hear the clatter of a spoon against a pot': what follows a sound is where the sound is made
        skip_after_sound = any(ph.sound for ph in list(c.objects) + list(c.subjects))
        holder: list[int] | None = None       # 'a tree with a bird above it': the bird holds the relations
        host = subjects                       # ... and 'it' is the tree

        def points_back(pp) -> bool:
            np_ = pp.np
            return np_ is not None and (np_.pronoun == "it" or np_.of is not None and np_.of.pronoun == "it" or
                                        np_.owner is not None and np_.owner.pronoun == "it")   # 'on its right'

        if any(points_back(pp) for pp in c.pps):
            if lemma == "have" and act.objects:
                holder = list(act.objects)    # 'a bus that has a man next to it'
            elif len(subjects) > 1:
                holder, host = subjects[-1:], subjects[:1]     # 'A desk, and a bird above it'
        part_of: set[int] = set()
        nearer = bool({"closer", "nearer"} & set(c.adverbs)) or lemma == "close" and "in" in c.particles
        farther = bool({"farther", "further"} & set(c.adverbs))
        for k, pp in enumerate(c.pps):
            ph, prep = pp.np, pp.prep
            if ph is None:
                continue
            if into_view_here and prep == "up" and k == 0 and ph.region is not None:
                prep = "at"                   # 'shows up right of the post': there (space7)
            if not self.screenplay and prep == "into" and ph.head and (ph.head in _COVERS or (
                    ph.plural and {ph.head + "s", ph.head + "es"} & _COVERS)) and not ph.frame and (
                    lemma in MOTION | {"dive", "plunge", "jump", "hop", "dash", "slip", "crawl", "burrow", "sink"} or
                    _goes_somewhere(lemma, c)) and lemma not in APPEAR | ENTER:
                self._into_cover = True       # 'jumps into the pond halfway': out of view then (attr7)
            if prep == "with" and pp.np2 is not None and not self.screenplay and not (
                    pp.np2.frame or pp.np2.setting or pp.np2.sound or pp.np2.region or pp.np2.pronoun):
                self._refs(pp.np2, things, memo, set(subjects))   # 'a man with a dog and a cat': both drawn (attr7)
            if k in part_of:
                continue                      # the 'of the sofa' of 'on the arm of the sofa', read with it
            if ph.frame and ph.head in PICTURES and ph.of is None and ph.region is None and \
                    prep in RELATION_PREPS and prep not in ("in", "into", "inside", "within", "on", "at"):
                ph.frame = False              # 'a clock under a painting', 'beside a photo': a picture on a wall
            if self.screenplay and ph.of is not None and (ph.region is None and (ph.head is None or ph.head in PARTS_OF)
                                                          or prep in ("on", "onto", "upon", "at") and
                                                          ph.of.region is None and not ph.of.frame and
                                                          any(w.low in ("corner", "edge", "end") for w in ph.words)):
                ph = ph.of                    # 'sits on the edge of the bed', 'at the head of the table', 'on the
                #                               corner of the mattress': at it
            elif ph.of is not None and _on_a_rim(ph, prep):
                ph = ph.of                    # 'a crow on the left end of a fence', 'on the right edge of a plate'
            elif ph.of is not None and ph.region is None and ph.head in _ENDS and prep in ("at", "by", "near") and \
                    not (ph.of.frame or ph.of.region or ph.of.pronoun or syntax.both_sides(ph) or ph.other or
                         ph.count == 1 and any(w.low == "one" for w in ph.words)):
                ph = ph.of                    # 'stands at the end of the pier', 'at the foot of a ladder': there
            elif ph.of is None and ph.region is None and ph.head in _ENDS and prep in ("at", "by", "near") and any(
                    w.low == "of" for w in ph.words) and not (syntax.both_sides(ph) or ph.other or any(
                        w.low == "one" for w in ph.words)):
                continue                      # 'at the end of the driveway', 'at the edge of the pond': the ground's
            elif prep in ("on", "onto", "upon", "atop") and ph.head in _RIMS and k + 1 < len(c.pps) and \
                    c.pps[k + 1].prep == "of" and c.pps[k + 1].np is not None and c.pps[k + 1].np.region is None and \
                    not c.pps[k + 1].np.setting:
                ph = c.pps[k + 1].np          # 'a frog on the rim of a bucket', 'on the tip of a leaf'
                part_of.add(k + 1)
            elif ph.of is not None and ph.region is None and ph.head in syntax._BODY_PLACES and not ph.of.pronoun:
                ph = ph.of                    # 'a hat rests on a snowman's head': on the snowman
            elif self.screenplay and ph.head in PARTS_OF and k + 1 < len(c.pps) and c.pps[k + 1].prep == "of" and \
                    c.pps[k + 1].np is not None and c.pps[k + 1].np.region is None:
                ph = c.pps[k + 1].np          # 'perches on the arm of the sofa'
                part_of.add(k + 1)
            if self.screenplay and (lemma, prep) in ABSENT_PP and not ph.name:
                continue                      # 'waits for her brother', 'thinks about his wife': not here
            if prep == "of" and self.screenplay and _depicts(c.pps[k - 1].np if k else (c.objects or c.subjects or
                                                                                      [None])[-1]):
                continue                      # 'a photo of her brother', 'a list of names': what it shows is not here
            if ph.sound:
                skip_after_sound = True       # 'at the sound of a brush on a drum': no prop, no place
                continue
            if prep == "without" or ph.det in ("any",) and negated_visible(c):
                continue                      # 'begins without any car', 'there isn't any dog': not there
            if ph.head in ("scale", "size") and {"full", "life", "real", "true", "giant"} & set(ph.adjs + ph.modifiers):
                for i in subjects:            # 'a dragon in full scale'
                    things[i].attributes["size"] = "giant"
                continue
            if skip_after_sound and prep in ("on", "against", "of", "from", "in", "with"):
                continue
            skip_after_sound = False
            prev = c.pps[k - 1].np if k and c.pps[k - 1].prep in _STACKING else None
            if prep in _STACKING and prev is not None and holder is None and not (
                    prev.setting or prev.frame or prev.sound or prev.region or ph.setting or ph.frame or ph.region or
                    ph.head in syntax._AMBIENT or prev.pronoun or ph.pronoun):
                lower = self._refs(prev, things, memo, set(subjects))
                refs = [i for i in self._refs(ph, things, memo, set(subjects)) if i not in lower]
                if lower and refs:            # 'a cup on a book on a box': the book on the box
                    act.relations.append(("held", lower, "on", refs[0]))
                    continue
            seat = c.pps[k - 1].np if k and c.pps[k - 1].prep in ("on", "onto", "upon") else None
            if self.screenplay and prep in ("at", "by", "beside", "near") and seat is not None and holder is None and \
                    seat.head in SEATS and not (ph.setting or ph.frame or ph.region or ph.pronoun or ph.name):
                lower = self._refs(seat, things, memo, set(subjects))
                refs = [i for i in self._refs(ph, things, memo, set(subjects)) if i not in lower]
                if lower and refs:            # 'slides onto a stool at the bar': the stool at the bar
                    act.relations.append(("held", lower, "against", refs[0]))
                    continue
            if (prep == "with" or prep == "by" and (c.verb_text or "").endswith("ed")) and lemma in _TOPPED and \
                    subjects and ph.region is None and not ph.setting:   # ('topped by a vase', space7)
                refs = self._refs(ph, things, memo, set(subjects))
                if refs:                      # 'a table topped with a book': the book on the table
                    act.relations.append(("held", refs, "on", subjects[0]))
                continue
            if prep == "with" and ph.region is None and not ph.setting and k + 1 < len(c.pps) and \
                    (c.pps[k + 1].prep in RELATION_PREPS or c.pps[k + 1].prep == "to") and (
                        c.pps[k + 1].before_verb == pp.before_verb or points_back(c.pps[k + 1]) or
                        syntax.both_sides(c.pps[k + 1].np)):   # not 'a snowman with a nose stands beside a sled'
                holder = self._refs(ph, things, memo, set(subjects))
                if pp.np2 is not None:       # 'a table with a cup and a plate on it': both on it
                    holder = holder + [i for i in self._refs(pp.np2, things, memo, set(subjects)) if i not in holder]
                before = c.pps[k - 1].np if k else None
                if before is not None and before.region is not None and before.of is not None and \
                        before.of.region is None and not (before.of.setting or before.of.frame or before.of.sound):
                    before = before.of     # 'a lamp to the right of a sofa with a chair above it': the sofa (attr9)
                if before is not None and before.region is None and not (before.setting or before.frame or
                                                                          before.sound):
                    host = self._refs(before, things, memo, set(subjects)) or host
                    # 'a dog under a table with a cat on top of it': 'it' is the table, the nearest thing named
                continue
            if prep == "by" and lemma == "flank" and pp.np2 is not None:
                second = self._refs(pp.np2, things, memo, set(subjects))
                refs = self._refs(ph, things, memo, set(subjects))
                if refs and second:           # 'a bench flanked by a lamp and a tree'
                    act.relations.append(("between", refs[0], second[0]))
                continue
            if ph.head in HOLDING_PARTS and ph.owner is not None and ph.owner.pronoun and ph.region is None and \
                    ph.of is None and prep in ("in", "on", "between", "under", "at", "by", "with", "against") and (
                        holder or not act.objects or not self.screenplay):
                held = list(holder) if holder else [o for o in act.objects if o not in subjects]
                if held and (host or subjects):   # 'a dog with a ball in its mouth', 'holding a cup in her hands'
                    act.relations.append(("held", held, "on" if prep == "on" and ph.head in ("back", "head") else
                                          "next_to", host[0] if host else subjects[0]))
                holder = None                 # 'lies on its back': how, not where; what follows is the subject's
                continue
            if syntax.both_sides(ph) and (subjects or holder):
                self._both_sides(act, c, k, things, memo, subjects, holder, part_of)
                continue
            if holder is None and self._across(act, c, k, things, memo, subjects, lemma, part_of):
                continue
            if holder is None and self._ringed(act, c, k, things, memo, subjects, lemma):
                continue
            if self._one_side_or_other(act, c, k, things, memo, subjects):
                continue
            owner = holder if holder is not None else (
                None if moving or act.moves else self._nested_on(c, k, things, memo, subjects))
            prev_np = c.pps[k - 1].np if k else None
            if ph.region is not None and ph.of is None and prev_np is not None and not prev_np.region and \
                    prep in ("on", "at", "in") and c.pps[k - 1].prep in ("toward", "towards", "to", "past", "by",
                                                                         "away_from", "around") and \
                    ph.region in ("left", "right") and (act.toward is not None or act.passing is not None or
                                                        act.circling is not None):
                target = self._refs(prev_np, things, memo, set(subjects))
                if target:
                    act.others_at.append((target[0], ph.region))    # 'towards a barn on the right': the barn's side
                    continue
            if prep == "after" and ph.region is not None and ph.of is None:
                # 'After the lower right corner and the upper left one, a kite ends in …': stops before it
                act.path += [r for r in (ph.region, pp.np2.region if pp.np2 is not None else None) if r]
                act.moves = True
                continue
            if ph.region is not None:
                if (act.moves or pp.fronted and lemma in MOTION) and (
                        pp.before_verb and prep in ("on", "in", "at", "to") and not (prep == "to" and act.start) or
                        pp.fronted and prep in ("on", "in", "at") and ph.of is None):
                    prep = "from"              # 'A dog on the left of a fence rolls over to its right',
                    #                            'In the top left corner, a bird flies to …'
                elif act.moves and prep in ("on", "in", "at") and act.start is None and not act.path and any(
                        q.prep in ("to", "toward", "towards", "into", "onto") and q.np is not None and
                        q.np.region is not None for q in c.pps[k + 1:]):
                    prep = "from"              # 'A dog starting on the left of a car runs to the right of it'
                if prep == "for" and {"off", "out"} & set(c.particles + c.adverbs) and ph.of is None:
                    act.moves, lemma = True, "head"     # 'sets off for the upper right', 'starts out for …': there
                if prep == "to" and ph.of is None and ph.owner is None and act.start is None and not act.path and \
                        (c.verb_text or "").split()[:1] and c.verb_text.split()[0].lower() in _KEEPS_TO and \
                        not self.screenplay and act.toward is None:
                    act.moves = False          # 'keeps to the left', 'sticks to the right': on that side (space7)
                    self._region_pp(act, "at", ph, things, memo, subjects, None, owner, host, timed=bool(c.times))
                    continue
                if prep in ("to", "into", "onto") and act.start is None and not act.path and (
                        lemma in _SETTLED_INTO or c.copula and (c.verb_text or "").endswith(("ed", "en")) and
                        ph.of is not None and "been" in {w.low for w in c.words}):
                    # 'a fox tucked into a corner', 'a car has been moved to the left of a fence': where it is now
                    act.moves = False
                    self._region_pp(act, "at", ph, things, memo, subjects, None, owner, host, timed=bool(c.times))
                    continue
                self._region_pp(act, prep, ph, things, memo, subjects, lemma, owner, host, timed=bool(c.times))
                continue
            if ph.head in ("direction", "course", "heading") and set(ph.adjs + ph.modifiers) & set(_WAY_WORDS):
                way = _WAY_WORDS[next(a for a in ph.adjs + ph.modifiers if a in _WAY_WORDS)]   # 'in a leftward direction'
                if way in ("up", "down"):
                    act.vertical, act.framed = way, True
                else:
                    act.path.append(way)
                act.moves = True
                continue
            if prep == "between" and ph.pronoun in ("itself", "himself", "herself", "themselves") and \
                    pp.np2 is not None:
                other = self._refs(pp.np2, things, memo, set(subjects))
                if other:                          # 'narrows the gap between itself and the rock'
                    nearing = lemma in ("narrow", "close", "shrink", "reduce", "shorten", "cut") or nearer
                    act.toward, act.moves = ("thing" if nearing else "from", other[0]), True
                    continue
            if ph.pronoun == "it" and self._framed_it and prep in ("into", "in", "out_of") and (
                    lemma in MOTION | ENTER | EXIT):     # not 'On screen, the scene has four foxes in it'

                if prep == "out_of":              # 'walks out of the picture before a zebra walks into it'
                    act.exits, act.path = act.exits or "right", []
                else:
                    act.enters = act.enters or "left"
                act.moves = True
                continue
            if ph.frame:
                self._framed_it = True
            if prep in ("up", "down") and ph.head in _SLOPES and not ph.frame and (
                    moving or lemma in MOTION | UP | DOWN or c.copula and lemma in CONVEYING | {"tow", "winch", "hoist"}) \
                    and not self.screenplay and act.vertical != prep:
                act.vertical, act.moves, act.framed = prep, True, True    # 'bounces down the stairs' (vis6)
                if ph.setting or ph.frame:
                    continue
            if (ph.frame or ph.setting) and pp.np2 is not None and not (pp.np2.frame or pp.np2.setting):
                ph = pp.np2                   # 'above the mountains and a wolf': the wolf is the thing
            if ph.frame or ph.setting:
                if prep in ("up", "down") and (ph.frame or ph.head in _SLOPES) and (
                        moving or lemma in MOTION or ph.head in _SLOPES and lemma in UP | DOWN or
                        c.copula and lemma in CONVEYING | {"tow", "winch", "hoist"}):
                    act.vertical, act.moves, act.framed = prep, True, True      # 'flies down the frame'
                    continue
                if prep == "across":
                    act.path = act.path or ["across"]
                    act.moves = True
                elif prep in ("into", "to", "toward", "towards") and ph.head == "foreground" and (
                        moving or lemma in MOTION) and not self.screenplay:
                    act.toward, act.moves = "camera", True     # 'moves into the foreground': toward us (vis6)
                elif prep in ("in", "at") and ph.head in ("distance", "background", "foreground", "front") and k and \
                        c.pps[k - 1].prep == "with" and c.pps[k - 1].np is not None and not (
                        c.pps[k - 1].np.setting or c.pps[k - 1].np.frame or c.pps[k - 1].np.region) and \
                        self._refs(c.pps[k - 1].np, things, memo, set(subjects)):
                    other = self._refs(c.pps[k - 1].np, things, memo, set(subjects))[0]   # 'a van, with a duck in
                    act.others_at.append((other, "foreground" if ph.head in ("foreground", "front") else  # the back-
                                          "background"))                                  # ground': the duck's (space7)
                elif prep in ("in", "at") and ph.head in ("distance", "background", "foreground", "front") and not (
                        moving or lemma in MOTION) and ph.det == "the" and not ph.adjs or ph.head == "foreground":
                    act.place = "foreground" if ph.head in ("foreground", "front") else "background"  # 'a tree in the
                    #                                                 background': set back there, not going away
                elif prep in ("into", "in") and ph.head in ("distance", "background") or (
                        prep == "off" and ph.head == "distance") or prep in ("into", "in") and "deeper" in \
                        c.adverbs or prep in ("to", "toward", "towards") and ph.head == "horizon":
                    # 'moves deeper into the scene', 'heads off toward the horizon': away from the camera
                    act.toward = "away"
                    act.moves = True
                elif not self.screenplay and prep in ("out_of", "from") and ph.head in _COVERS and not ph.frame and (
                        lemma in MOTION | ENTER | APPEAR or _goes_somewhere(lemma, c)):
                    act.exits, act.path = None, []     # 'steps out of the woods': into view, not out of it (vis6)
                    self._out_of_cover = True
                elif prep == "out_of" and (lemma in EXIT | MOTION | UP | DOWN | STEPPING or ph.frame and _goes_somewhere(lemma, c)) or (
                        prep in ("off", "from") and ph.frame and lemma in EXIT | MOTION):
                    #                               ('climbs out of the frame', 'slips out of view': leaves it too)
                    act.exits = act.exits or "right"          # 'walks out of the room', 'runs off the screen'
                    act.path = []
                elif (prep == "into" or prep == "onto" and ph.frame and not self.screenplay) and (
                        ph.frame or ph.head in THRESHOLDS or self.screenplay and ph.setting and
                                         ph.head not in ("distance", "background", "night", "dark", "darkness")) \
                        and (lemma in ENTER | MOTION or ph.frame and _goes_somewhere(lemma, c) or
                             self.screenplay and prep == "into" and ph.head in INTERIORS and
                             _goes_by_its_manner_scrb9(lemma, c)) and \
                        not (self.screenplay and "out" in parts) and not into_view_here:
                    #                                   ('heads out into the rain' goes out)
                    act.enters = act.enters or "left"          # 'walks into frame', 'steps into the room'
                continue
            if prep == "out" and self.screenplay and (moving or lemma in EXIT | MOTION | UP or (
                    lemma == "be" or lemma is None and c.copula) and ph.head in THRESHOLDS) and not ph.frame:
                act.exits = act.exits or "right"       # 'slips out the back', 'climbs out the window'
                act.path, act.vertical = [], None
                continue
            if self.screenplay and prep == "into" and ph.head in INTERIORS and (
                    moving or lemma in ENTER | MOTION or _goes_by_its_manner_scrb9(lemma, c)):
                act.enters = act.enters or "left"      # 'walks into the office', 'hurries into the kitchen'
                continue                               # ('a piglet pads into the room': any verb of manner, scrB9)
            if ph.head in THRESHOLDS and prep in ("through", "out", "out_of", "in", "into", "inside") and (
                    moving or lemma in ENTER | EXIT | MOTION or self.screenplay and prep == "into" and
                    _goes_by_its_manner_scrb9(lemma, c)):
                # 'comes through the door', 'steps into the room': in; 'heads out the back door': out
                if prep in ("out", "out_of") or lemma in EXIT | {"go", "head"} or "out" in parts:
                    act.exits = act.exits or "right"
                    act.path = []
                else:
                    act.enters = act.enters or "left"
                continue
            if prep in ("among", "amid", "amongst") and not (ph.frame or ph.setting):
                for i in self._refs(ph, things, memo, set(subjects)):
                    if things[i].count > 1:           # 'stands among the dancers': a crowd around her
                        things[i].crowd, things[i].count = True, max(things[i].count, 5)
            if holder is not None and host and (ph.pronoun == "it" or ph.pronoun in ("him", "her") and all(
                    things[i].kind == "person" or things[i].character for i in host)):
                refs = host            # 'a tree with a bird above it': 'it' is the tree; 'a man with a goat in back
                #                        of him' (attr9): he is the man
            elif prep == "in" and ph.owner is not None and ph.owner.pronoun in ("he", "she", "they") and \
                    pp.before_verb:
                continue               # 'TOMAS, still in his coat, sets …': what he wears, not where he is
            else:
                # a preposition's pronoun is not the verb's object ('picks up the jar and sets it on it' aside,
                # 'crosses to the shelf and places the jar on it': the shelf)
                refs = [] if ph.head in ("camera", "viewer", "lens") and not ph.owner else \
                    self._refs(ph, things, memo, set(subjects) | (set(act.objects) if ph.pronoun else set()))
            # a comparative of distance makes its preposition's thing the goal or the source: 'gets closer to the
            # tree', 'draws nearer the well', 'moves farther from the rock'
            if nearer and prep in ("to", "toward", "towards", "on", "near"):
                prep = "toward"
            elif (farther or lemma in _FLEE) and prep in ("from", "away_from"):
                prep = "away_from"            # 'retreats from the rock', 'flees from the dog'
            if ph.head in ("camera", "viewer", "lens", "us") or ph.pronoun in ("us", "me"):
                if prep in ("next_to", "near", "by") and not (moving or lemma in MOTION):
                    act.place = "foreground"   # 'a dog close to the camera': near, not coming nearer
                    continue
                if prep in ("toward", "towards", "to") or prep in ("at", "next_to", "near", "by") and (
                        moving or lemma in MOTION):
                    act.toward = "camera"          # ('runs up close to the camera': it comes to us)
                elif prep == "away_from":
                    act.toward = "away"
                act.moves = True
                continue
            if not refs:
                continue
            target = refs[0]
            subj_refs = owner if owner is not None else subjects
            if prep in ("toward", "towards") or (prep in ("to", "up_to") and moving and (
                    lemma not in PLACING or not act.objects and not c.objects)):
                act.toward = ("thing", target)
                act.moves = True
                continue
            if prep == "away_from" and not self.screenplay and _keeps_away(act, c, lemma, moving, farther) and \
                    subj_refs and target not in subj_refs:
                if owner is not None:
                    act.relations.append(("held", owner, "opposite", target))
                else:
                    act.relations.append(("opposite", target))    # 'sits far from the well': a gap (space7)
                continue
            if prep == "away_from":
                act.toward = ("from", target)
                act.moves = True
                continue
            if prep == "with" and self.screenplay and (moving or lemma in MOTION | ENTER | EXIT) and all(
                    things[i].kind == "person" for i in refs):
                act.subjects += [i for i in refs if i not in act.subjects]    # 'comes in with Jonah': both do
                continue
            if prep == "at" and lemma in AIMED:
                act.objects.append(target)
                continue
            if prep == "past" or prep == "by" and (moving or lemma in MOTION) and lemma not in PLACING - MOTION:
                act.passing = target       # 'walks past the tree', 'drives by the house': one side to the other
                act.moves = True
                continue
            if prep == "behind" and not self.screenplay and _hides_behind(lemma, c):
                act.relations.append(("behind", target))   # 'ducks behind the shed': out of sight there (vis6)
                continue
            if prep in ("in_front_of", "behind") and (moving or lemma in MOTION) and lemma not in STATIC and \
                    not (self.screenplay and lemma in STEPPING) and \
                    not any(q.np is not None and q.np.region is not None for q in c.pps):
                act.passing, act.depth = target, prep      # 'passes in front of the tree', 'crosses behind it'
                act.moves = True
                continue
            if prep in ("around", "round") and (moving or lemma in MOTION) and refs:
                act.circling = target      # 'runs around the table'
                act.moves = True
                continue
            if prep == "than":
                # 'a cat smaller than a mouse', 'a dog much bigger than a horse': sizes that say which is bigger
                said = [syntax.COMPARATIVES[w.low] for w in c.words if w.low in syntax.COMPARATIVES]
                compared = subj_refs[0] if subj_refs else None
                holder = _attr9_compared_phrase(c, pp)
                if said and holder is not None and self._refs(holder, things, memo, set(subjects)):
                    compared = self._refs(holder, things, memo, set(subjects))[0]   # 'beside a dog bigger than it'
                    if compared == target and ph.pronoun:
                        other = self._pronoun(ph.pronoun, things, {compared}, ph.count or 0)
                        target = other[0] if other else target          # ('it' is the lamp, not the dog)
                if said and compared is not None and compared != target:
                    things[compared].attributes["size"], things[target].attributes["size"] = said[0]
                continue
            if prep == "from" and lemma in DOWN:
                continue                          # 'drops from the tree'
            if prep == "between":
                second = self._refs(pp.np2, things, memo, set(subjects))[0] if pp.np2 is not None and \
                    self._refs(pp.np2, things, memo, set(subjects)) else (refs[1] if len(refs) > 1 else None)
                if second is None and ph.pronoun in ("them", "they", "these", "those"):
                    # 'A lamp and a vase with a cat between them': the two things named last, not the one between
                    mine = set(subjects) | set(owner or [])
                    pair = [i for i in range(len(things)) if i not in mine][-2:]
                    if len(pair) == 2:
                        target, second = pair
                if owner is not None:
                    act.relations.append(("held", owner, "between", target, second))
                else:
                    act.relations.append(("between", target, second))
                continue
            if prep in ("out_of",):
                continue
            pred = RELATION_PREPS.get(prep)
            if lemma in _LOOMING and pred in ("above", "next_to") and subj_refs and owner is None:
                # 'a giraffe towers over a hut', 'a cat dwarfed by a dog': a size beside the other, not a height
                big, small = (target, subj_refs[0]) if lemma == "dwarf" else (subj_refs[0], target)
                if big != small:
                    things[big].attributes.setdefault("size", "huge")
                    things[small].attributes.setdefault("size", "small")
                pred = "next_to"
            if pred is None:
                continue
            if pred == "above" and moving and prep == "over":
                pred = "over"
            if owner is not None:
                act.relations.append(("held", owner, pred, target))
            else:
                act.relations.append((pred, target))
                if pp.np2 is not None and pred == "next_to" and \
                        prep not in ("among", "amid"):
                    for second in self._refs(pp.np2, things, memo, set(subjects)):
                        if second != target and second not in (subj_refs or []) and not things[second].character:
                            act.relations.append((pred, second))  # 'beside a blue ball and a green ball' (attr7)

    def _side_of(self, c: Clause, k: int, part_of: set[int] | None = None) -> Phrase | None:
        """The thing whose sides the phrase of c.pps[k] names: its own 'of' ('either side of a bench'), or the
        preposition after it ('opposite sides' + 'of a truck'); None for the frame."""
        ph = c.pps[k].np
        of = ph.of if ph is not None else None
        if of is None and k + 1 < len(c.pps) and c.pps[k + 1].prep == "of" and c.pps[k + 1].np is not None:
            of = c.pps[k + 1].np
            if part_of is not None:
                part_of.add(k + 1)
        return None if of is None or of.frame or of.setting or of.head in syntax.FRAME_WORDS else of

    def _both_sides(self, act: Action, c: Clause, k: int, things, memo, subjects, holder, part_of) -> None:
        """'A and B face each other from opposite sides of C', 'stand at either end of C', 'C with A and B on
        either side': C between them; without a thing ('from opposite sides', 'at opposite ends of the screen'),
        one at each side of the frame, a gap between."""
        members = list(holder) if holder and len(holder) >= 2 else list(subjects)
        if holder and len(holder) == 1 and subjects and holder[0] not in subjects:
            members = list(holder)            # 'a fence with a chair on each side': the chair, on both sides
        if len(members) < 2 and c.copula:
            members += [o for o in act.objects if o not in members]    # 'On opposite sides of C are A and B'
        if len(members) == 1 and things[members[0]].count == 2 and not things[members[0]].character:
            # 'two chairs stand on either side of a desk': the pair split, one on each side
            pair = things[members[0]]
            pair.count = 1
            other = self._append(Thing(key=pair.key, kind=pair.kind, attributes=dict(pair.attributes),
                                       words=pair.words, counted=True), things)
            members.append(other)
            if members[0] in act.subjects:
                act.subjects.append(other)
        of = self._side_of(c, k, part_of)
        middle = self._refs(of, things, memo, set(members)) if of is not None else (
            list(subjects) if holder and (len(holder) >= 2 or members == list(holder)) else [])
        if len(members) == 1 and middle and middle[0] != members[0] and self._on_both_sides(
                things[members[0]], c.pps[k].np):
            # 'two cats sit on either side of a dog', 'a cow on each side of the table': one of a kind on each side
            act.relations.append(("held", middle[:1], "between", members[0], members[0]))
            return
        if len(members) < 2:
            return
        if middle:
            act.relations.append(("held", middle[:1], "between", members[0], members[-1]))
        else:
            act.relations.append(("held", members[:1], "opposite", members[-1]))

    def _across(self, act: Action, c: Clause, k: int, things, memo, subjects, lemma, part_of: set[int]) -> bool:
        """Two things apart with a place between them, said by where one is seen from the other: 'A and B face
        each other across the room', 'A faces B across a table', 'A watches B from across the yard', 'A sits across
        the table from B', 'A is on the opposite (the other, the far) side of the stream from B'. A thing between
        them stands between them; a room, a setting or the frame only leaves a gap. Motion across is not this."""
        pp = c.pps[k]
        ph = pp.np
        if ph is None or not subjects or act.moves or lemma in MOTION and lemma not in STATIC:
            return False
        if not (lemma is None or c.copula or lemma in STATIC or lemma in AIMED or lemma in _FACING):
            return False                      # 'cutting an arc across the sunset' is a way, not a place
        sided = ph.head in ("side", "end") and not ph.plural and (
            ph.other or {"opposite", "other", "far", "farther"} & {w.low for w in ph.words})
        if not (pp.prep == "across" or sided and pp.prep in ("on", "at", "in")):
            return False
        a, b = subjects[0], None
        if len(subjects) > 1:
            b = subjects[-1]                                  # 'A and B face each other across …'
        elif act.objects and act.objects[0] != a:
            b = act.objects[0]                                # 'A faces B across …'
        for q in range(k + 1, len(c.pps)):
            if b is None and c.pps[q].prep == "from" and c.pps[q].np is not None and c.pps[q].np.pronoun is None:
                refs = [i for i in self._refs(c.pps[q].np, things, memo, set(subjects)) if i != a]
                if refs:                                      # '… across the table from B'
                    b = refs[0]
                    part_of.add(q)
        if b is None and things[a].count >= 2 and not things[a].character:
            b = a                                             # 'two men face each other across a table'
        if b is None:
            return False
        place = (ph.of if ph.of is not None else self._side_of(c, k, part_of)) if sided else ph
        if place is not None and not (place.setting or place.frame or place.region or place.pronoun or
                                      place.head in syntax.FRAME_WORDS or place.head in ("room", "way")):
            middle = [i for i in self._refs(place, things, memo, set(subjects)) if i not in (a, b)]
            if middle:                                        # the table between them
                act.relations.append(("held", middle[:1], "between", a, b))
                return True
        if a == b:
            return True                                       # two of a kind apart, standing, not crossing
        act.relations.append(("held", [a], "opposite", b))   # the room between them: a gap
        return True

    def _ringed(self, act: Action, c: Clause, k: int, things, memo, subjects, lemma) -> bool:
        """A thing with a group all round it: 'surrounded (encircled, ringed) by four cats', 'in the midst of five
        candles', 'in a ring (circle) of chairs', 'in the middle of six cats', and the group's side of it: 'three dogs
        stand (gather, are arranged) around a cake'. Drawn in a row, the group stands on both sides of the thing."""
        pp = c.pps[k]
        ph = pp.np
        if ph is None or not subjects or act.moves and lemma not in GATHERING:
            return False
        lows = {w.low for w in ph.words}
        if pp.prep == "by" and (lemma in RINGING or any(w.low in _RINGED for w in c.words)):
            group, middle = ph, subjects[:1]                  # 'a house surrounded by six cats'
        elif pp.prep in ("in", "at") and (ph.head in ("ring", "circle", "midst") or "midst" in lows or
                                          ph.region == "center") and ph.of is not None:
            group, middle = ph.of, subjects[:1]               # 'in a ring of three rabbits', 'in the midst of'
        elif pp.prep in ("in", "at") and "midst" in lows:
            group, middle = ph, subjects[:1]                  # ('the midst of four candles' read as the candles)
        elif pp.prep == "of" and (k and c.pps[k - 1].prep in ("in", "at") and c.pps[k - 1].np is not None and
                                  c.pps[k - 1].np.head in ("ring", "circle", "midst") or any(
                    w.low.startswith(("in a ring", "in a circle", "in a semicircle")) and j + 1 < len(c.words) and
                    c.words[j + 1].low == "of" for j, w in enumerate(c.words))):
            group, middle = ph, subjects[:1]                  # 'in a ring' (a manner) 'of three rabbits'
        elif pp.prep in ("around", "round") and ph.pronoun == "it" and k and c.pps[k - 1].prep == "with" and \
                c.pps[k - 1].np is not None and not (act.moves or lemma in MOTION):
            group, middle = c.pps[k - 1].np, subjects[:1]     # 'a house with three rabbits around it'
        elif pp.prep in ("around", "round") and (lemma is None or lemma in STATIC or lemma in GATHERING or
                                                 lemma == "be" or c.copula):
            group, middle = None, [i for i in self._refs(ph, things, memo, set(subjects)) if i not in subjects]
            if not middle or len(subjects) != 1:              # 'three dogs stand in a circle around a cake'
                return False
            if things[subjects[0]].count >= 2 and not things[subjects[0]].character:
                act.relations.append(("held", middle[:1], "between", subjects[0], subjects[0]))
                return True
            return False
        else:
            return False
        if group.setting or group.frame or group.region:
            return False
        refs = [i for i in self._refs(group, things, memo, set(subjects)) if i not in middle]
        if len(refs) == 1 and things[refs[0]].count >= 2 and not things[refs[0]].character:
            act.relations.append(("held", middle, "between", refs[0], refs[0]))
            return True
        if len(refs) >= 2:                                    # 'surrounded by a cat, a dog and a fox'
            act.relations.append(("held", middle, "between", refs[0], refs[-1]))
            return True
        return False

    @staticmethod
    def _surrounds(act: Action, c: Clause, things, subjects, lemma) -> None:
        """'Five cows surround a campfire', 'four chairs ring the table': the object between the group's members."""
        if lemma in RINGING and not c.copula and len(subjects) == 1 and act.objects and \
                act.objects[0] not in subjects and things[subjects[0]].count >= 2 and not things[subjects[0]].character \
                and not any(r[0] in ("held", "between") for r in act.relations):
            act.relations.append(("held", act.objects[:1], "between", subjects[0], subjects[0]))

    _NESTING = {"above", "over", "below", "under", "beneath", "underneath", "behind", "beside", "near", "alongside",
                "by", "next_to", "in_front_of", "opposite", "against"}

    def _nested_on(self, c: Clause, k: int, things, memo, subjects) -> list[int] | None:
        """A place said right after 'on X' / 'in X' is X's, the nearest thing named: 'a teapot on a shelf above a
        sink' (the shelf above the sink), 'a lamp on a table to the left of a sofa', 'a book in a box under the bed'.
        Not across a comma or a verb, not a setting or the frame ('on a bench in the park', 'on a mat on the
        left')."""
        if not k:
            return None
        first, pp = c.pps[k - 1], c.pps[k]
        prev, ph = first.np, pp.np
        if prev is None or ph is None or first.prep not in ("on", "onto", "upon", "atop", "in", "inside") or \
                first.before_verb != pp.before_verb or first.np2 is not None:
            return None
        if prev.setting or prev.frame or prev.region or prev.sound or prev.pronoun or prev.name or \
                prev.head in syntax._AMBIENT or prev.head in HOLDING_PARTS or prev.head in syntax._BODY_PLACES:
            return None
        if ph.setting or ph.frame or ph.sound or ph.pronoun and ph.pronoun != "it" or ph.head in ("camera", "viewer"):
            return None
        if ph.region is not None:
            if ph.region not in ("left", "right", "upper", "lower") or ph.of is None or ph.of.frame or \
                    ph.of.setting or ph.of.pronoun:
                return None                   # 'on a mat on the left': the frame's left
        elif pp.prep not in self._NESTING:
            return None
        ids = {id(w): j for j, w in enumerate(c.words)}
        end, start = ids.get(id(prev.words[-1])) if prev.words else None, ids.get(id(ph.words[0])) if ph.words else None
        if end is None or start is None or start <= end or any(
                w.tag in ("PUNCT", "CONJ", "VERB", "COP", "REL", "SUBORD") for w in c.words[end + 1:start]):
            return None
        lower = [i for i in self._refs(prev, things, memo, set(subjects)) if i not in subjects]
        return lower[:1] or None

    @staticmethod
    def _on_both_sides(t: Thing, sides: Phrase) -> bool:
        """A thing that can stand on two sides at once: counted two or more ('two cats', 'a pair of lamps'), or one
        said of each side ('a cow on each side', 'a lamp on either side of the door'), which makes it two."""
        if t.character:
            return False
        if t.count == 1 and sides.det in ("each", "either") and not sides.plural:
            t.count = 2
        return t.count >= 2

    def _one_side_or_other(self, act: Action, c: Clause, k: int, things, memo, subjects) -> bool:
        """'A is on one side of C and B on the other (side)', 'C, A on one side, B on the other': the first on
        one side of C (its left), the second, told by 'the other', on its right. Without an 'of', C is the last
        thing named before that is not the subject."""
        ph = c.pps[k].np
        if not subjects or ph is None or act.moves or c.pps[k].prep not in ("on", "at", "in", "by", "next_to"):
            return False                      # 'goes from one side of the frame to the other' is a move
        if ph.head in ("side", "end", "edge") and ph.count == 1 and not ph.plural:
            of = self._side_of(c, k)
            said = ph.of if ph.of is not None else c.pps[k + 1].np if k + 1 < len(c.pps) and \
                c.pps[k + 1].prep == "of" else None
            if of is None and len(subjects) > 1:
                anchor, who = list(subjects[:1]), list(subjects[1:])   # 'A desk, a mouse on one side'
            elif of is None and said is not None:
                anchor, who = [], list(subjects)      # 'at one end of the yard': of the frame
            else:
                anchor, who = self._refs(of, things, memo, set(subjects)) if of is not None else [
                    i for i in range(len(things)) if i not in subjects][-1:], list(subjects)
            if not anchor:
                # 'A stands at one end of the yard and B at the other': one side of the frame, then the other
                act.place = "left"
                memo["one side"] = "frame"
                return True
            act.relations.append(("held", who, "left_of", anchor[0]))
            memo["one side"] = anchor[0]
            return True
        if ph.other and ph.head in (None, "side", "end", "edge", "one") and ph.of is None and \
                memo.get("one side") is not None and memo["one side"] not in subjects:
            if memo["one side"] == "frame":
                act.place = "right"
            else:
                act.relations.append(("right_of", memo["one side"]))
            return True
        return False

    def _region_pp(self, act: Action, prep: str, ph: Phrase, things, memo, subjects, lemma, owner,
                   host=None, timed: bool = False) -> None:
        """A region: of the frame ('to the upper left'), or of a thing ('to the left of a chair', 'its right').
        `timed`: the clause says when, so a second place is a later one, not a closer look at the first."""
        region = ph.region
        relative = None
        if ph.of is not None and ph.of.pronoun == "it" and owner is not None and host:
            relative = host[0]                 # 'a bicycle with a boy at the right of it'
        elif ph.of is not None:
            refs = self._refs(ph.of, things, memo, set(subjects))
            if refs:
                relative = refs[0]
        elif ph.owner is not None and ph.owner.pronoun == "it" and owner is not None and host:
            relative = host[0]                 # 'a wheelbarrow, with a turtle to its left'
        elif ph.owner is not None and ph.owner.pronoun in ("it", "they"):
            # 'its right': the last thing named that is not the subject
            for idx in range(len(things) - 1, -1, -1):
                if idx not in subjects and things[idx].kind != "person" or (idx not in subjects and ph.owner.pronoun
                                                                            == "they"):
                    relative = idx
                    break
        if relative is not None and region in ("left", "right"):
            pred = f"{region}_of"
            if act.moves or lemma in MOTION or prep == "from" or act.start is not None:
                point = (pred, relative)
                if prep == "from" or (lemma in ("start", "begin") and not act.path):
                    act.start = point
                else:
                    act.path.append(point)
                act.moves = True
            elif owner is not None:
                act.relations.append(("held", owner, pred, relative))
            else:
                act.relations.append((pred, relative))
            return
        if relative is not None and region in ("upper", "lower"):
            pred = "above" if region == "upper" else "below"
            if region == "upper" and prep in ("at", "on") and not act.moves and things[relative].kind == "object":
                pred = "on"                   # 'rests at the top of a desk': on its top, not floating over it
            act.relations.append((pred, relative))
            return
        if region == "center" and prep in ("in", "at", "on") and not act.moves:
            surface = relative
            if surface is None and owner is not None and host and ph.owner is None and ph.of is None:
                surface = host[0]              # 'a table with a cup in the middle'
            if surface is not None and (things[surface].key in SURFACES or compound_head(things[surface].key) in SURFACES):
                # 'a vase in the middle of the table', 'at the centre of a tray': on it, in the middle
                act.relations.append(("held", owner, "on", surface) if owner is not None else ("on", surface))
                return
        if region is None:
            return
        if prep in ("along", "across") and region in ("upper", "lower") and relative is None and \
                (act.moves or lemma in MOTION):
            act.seq9_lane = region         # seq9: 'heads left along the bottom of the frame': in that band
            act.moves = True
            return
        static = not act.moves and (lemma is None or lemma in STATIC)
        if act.path == ["across"] and prep in ("to", "toward", "towards", "into"):
            act.path = []                  # 'across the screen toward the left': the region says which way
        if prep == "from" and act.start is not None and act.path:
            if act.path[-1] != region:
                act.path.append(region)        # 'from A to B, and from B to C': a route, not a new start
            act.moves = True
        elif prep == "from":
            act.start = region
            act.moves = True
        elif prep in ("to", "toward", "towards", "into", "onto") or prep == "for" and (act.start is not None or
                                                                                     lemma in ("head", "make", "aim")):
            if lemma in EXIT and act.start is None:
                act.exits = region
            elif static and prep == "to" and lemma not in ("start", "begin") and act.place and \
                    act.place != region and timed:
                # 'is in A at the beginning, the B in the middle, and the C at the end': one place after another
                act.start, act.place, act.moves = act.place, None, True
                act.path.append(region)
            elif static and prep == "to" and lemma not in ("start", "begin") and not act.path:
                act.place = region              # 'A lamp to the left', 'stands to the right'
            else:
                act.path.append(region)
                act.moves = True
                if prep == "to":
                    act.seq9_dest = len(act.path) - 1
        elif prep in ("on", "at", "via", "through") and lemma in EXIT and act.start is None and region in ("left", "right"):
            act.exits = region                  # 'exits on the left'
        elif prep in ("on", "at", "via", "through") and lemma in ENTER and region in ("left", "right"):
            act.start, act.moves = region, True  # 'enters on the right': from there
        elif prep in ("in", "at", "on", "near", "by", "within", "next_to", "along", "against"):
            if lemma in ("start", "begin") or (act.moves and prep == "at" and not act.path and lemma != "end"):
                act.start = region
                act.moves = True
            elif lemma in ("end", "finish", "stop", "arrive", "land", "settle", "halt", "reach") or (act.moves and act.start) or \
                    lemma in ("wind", "end") and "up" in act.text.lower().split() or \
                    lemma == "come" and re.search(r"\bcom(?:e|es|ing) to (?:rest|a stop|a halt)\b", act.text):
                act.path.append(region)
                act.moves = True
            elif act.place and act.place != region and timed:
                # 'is in the lower left at the start, in the upper right in the middle …': one place after another
                act.start, act.place, act.moves = act.place, None, True
                act.path.append(region)
            else:
                act.place = region
        elif prep == "across":
            act.path = act.path or ["across"]
            act.moves = True
        elif prep in ("via", "through", "past") and (act.moves or lemma in MOTION):
            if act.seq9_dest is not None and act.seq9_dest == len(act.path) - 1 and act.path[-1] != region:
                # 'from A to B via C' (seq9): C is on the way, so before B
                act.path.insert(act.seq9_dest, region)
                act.seq9_dest += 1
            else:
                act.path.append(region)           # 'from the lower left, via the upper left, to the upper right'
            act.moves = True

    def _verb_meaning(self, act: Action, c: Clause, lemma, verbs, parts) -> None:
        adverbs = set(c.adverbs)
        if not self.screenplay and c.copula and lemma in CONVEYING | {"pull", "tow", "winch", "hoist", "drag"} and \
                {"up", "down"} & parts and any(o.head in _SLOPES for o in c.objects):
            act.vertical, act.moves, act.framed = ("up" if "up" in parts else "down"), True, True
            act.objects = []                             # 'a sled is pulled up the hill' (vis6)
        compass = [_COMPASS_WAY[w.low] for w in c.words if w.low in _COMPASS_WAY]
        if compass and (act.moves or lemma in MOTION) and not act.path and not act.start:
            act.path.append(compass[0])     # 'moves in a westward direction', 'flies east'
            act.moves = True
        upward = [_COMPASS_UP[w.low] for w in c.words if w.low in _COMPASS_UP]
        if upward and (act.moves or lemma in MOTION) and not act.vertical and not act.path:
            act.vertical, act.moves, act.framed = upward[0], True, True     # 'flies north', 'drifts southward'
        if lemma in ("get", "grow", "become", "look", "appear", "shrink", "loom") and act.toward is None and {
                w.low for w in c.words} & {"smaller", "tinier", "shrinks", "shrinking"} or lemma == "shrink":
            act.toward, act.moves = "away", True          # 'speeds off, getting smaller and smaller'
        elif lemma in ("get", "grow", "become", "loom") and act.toward is None and {
                w.low for w in c.words} & {"bigger", "larger"}:
            act.toward, act.moves = "camera", True        # 'grows larger as it comes'
        for a in c.adverbs + [w.low for w in c.words if w.tag == "ADJ" and not act.path]:
            if a in ("leftward", "leftwards", "rightward", "rightwards") and act.path == ["across"]:
                act.path = []                 # 'rolls leftwards across the floor': the way it crosses
            if a in ("leftward", "leftwards", "rightward", "rightwards"):
                act.path.append("left" if a.startswith("left") else "right")
                act.moves = True
            elif a == "away" and not act.toward and lemma not in PLACING - MOTION and lemma not in _GAZE_AWAY:
                act.toward = "away"
                act.moves = True
            elif a in ("closer", "nearer"):
                if a == "nearer" and act.objects and act.toward in (None, "camera"):
                    act.toward = ("thing", act.objects.pop(0))      # 'keeps moving nearer the tree'
                act.toward = act.toward or "camera"
                act.moves = True
            elif a in ("farther", "further"):
                act.toward = act.toward or "away"
                act.moves = True
            elif a in ("upward", "upwards"):
                act.vertical, act.framed = "up", True
            elif a in ("downward", "downwards"):
                act.vertical, act.framed = "down", True
            elif a in ("left", "right") and (act.moves or lemma in MOTION):
                act.path.append(a)
                act.moves = True
        if "across" in parts:
            act.path = act.path or ["across"]
            act.moves = True
        if "away" in parts and not act.toward and lemma not in _GAZE_AWAY:
            act.toward = "away"
            act.moves = True
        own_pps = [pp for pp in c.pps if not (pp.np is not None and (pp.np.setting or pp.np.frame)) and
                   not _seq9_manner_pp(pp)]  # not 'in the sunshine', 'on screen', 'without a sound' (seq9)
        if verbs & (DOWN | UP) and c.elided and not own_pps and not c.objects and (
                {"up", "down"} & parts or {"again", "back"} & adverbs):
            act.framed = True                     # 'travels right, then drops down', '…, and sinks again': a leg
        if verbs & DOWN:
            act.vertical = "down"
        elif verbs & UP and "down" not in parts and lemma in _HOVERING and "up" not in parts and any(
                r[0] in ("above", "over") for r in act.relations) and act.vertical is None:
            pass                                  # 'an eagle soars high above a barn': over it, not rising (space7)
        elif verbs & UP and "down" not in parts:      # 'climbs back down': the particle says the way
            act.vertical = act.vertical or "up"
        elif "down" in parts and lemma not in _NOT_VERTICAL and (act.moves or lemma in ("jump", "hop", "climb")):
            act.vertical = "down"
            act.framed = (lemma in ("move", "go", "travel", "head") or c.elided or not self.screenplay and
                          lemma in MOTION) and not own_pps and not c.objects
            #                                                      'then moves down', '…, and comes back down'
        elif "up" in parts and lemma not in _NOT_VERTICAL and (act.moves or lemma in ("jump", "hop", "float")):
            act.vertical = "up"
            act.framed = (lemma in ("move", "go", "travel", "head") or c.elided or not self.screenplay and
                          lemma in MOTION) and not own_pps and not c.objects
        inward = {"inside", "indoors", "in", "into"} & (parts | adverbs)
        outward = {"outside", "outdoors"} & (parts | adverbs)
        elsewhere = {"upstairs", "downstairs", "home"} & (parts | adverbs)
        if elsewhere and self.screenplay and (act.moves or lemma in MOTION):
            (inward if lemma == "come" else outward).update(elsewhere)    # 'heads upstairs'; 'comes downstairs'
        # the way one goes ('down the corridor', 'into the night', 'without a word') is no place to stop at
        stops = [pp for pp in c.pps if pp.prep not in ("down", "along", "up", "through", "across", "into", "without",
                                                       "with", "past", "out_of", "in")]
        if self.screenplay and act.toward == "away" and act.moves and not act.path and not stops and not c.objects:
            act.toward, outward = None, {"away"}   # a character who walks away leaves the scene
        if self.screenplay and lemma in _OFF_VERBS and {"off", "out"} & parts and not c.objects and not c.pps and \
                not act.path and not act.toward:
            outward, act.moves = {"off"}, True      # 'takes off', 'sets off', 'bows out': leaves
        if lemma == "go" and not c.pps and not c.objects and not parts and not adverbs - _PLAIN_ADVERBS \
                and not act.path and not act.toward and self.screenplay:
            outward = {"go"}                       # 'grabs his keys and goes'
        if (lemma in ("go", "run", "fly", "move", "wander", "drift", "walk", "trot", "drive", "head") or
                lemma in _GOING_OFF) and {"away", "off"} & (adverbs | parts) and \
                syntax._manner_pps_only(_with_pps(c, [pp for pp in c.pps if not (
                    pp.np is not None and pp.np.frame and pp.prep in ("on", "in"))])) and not (c.participle and c.link in (",", None)) and not c.objects and (
                    c.times or c.link in _SEQUENCE_LINKS or c.subord) and \
                act.toward in (None, "away"):
            act.toward, outward = None, {"away"}   # 'goes away midway', 'then runs off': out of the picture
        if lemma in _BOLTING and not self.screenplay and not c.pps and not c.objects and not act.path and \
                not act.toward and not act.vertical and not {"in", "up", "back"} & (parts | adverbs):
            outward = {"away"}                     # 'the poodle bolts', 'then the deer flees': it runs off (vis6)
        # 'returns', 'comes back', 'is back': a screenplay's character comes back into the scene (not 'returns to
        # her desk', which stays in it, nor 'returns the book')
        back = self.screenplay and not act.objects and not act.relations and not act.toward and (
            lemma == "return" or lemma in ("come", "be", "get") and "back" in parts | adverbs | set(c.adjectives))
        enters = back or bool(verbs & ENTER) or (inward and lemma not in _NOT_IN and (act.moves or lemma in (
            "come", "step", "walk") or (lemma and not act.objects and lemma not in STATIC | AIMED | _NOT_IN and (
                not self.screenplay or lemma not in _NOT_IN_SCRIPT)))) or (
            lemma == "come" and "into" in {p.prep for p in c.pps} and any(
                p.np is not None and p.np.head in ("view", "frame", "shot", "picture") for p in c.pps))
        if enters and act.relations and not self.screenplay and not verbs & ENTER and _comes_into_view(lemma, c):
            enters = False                        # 'comes into view beside a tent': there, not walking in (space7)
        left_region = lemma in EXIT | {"quit", "vacate"} and isinstance(act.start, str) and any(
            o.region is not None and o.of is None for o in c.objects)
        exits = bool(verbs & EXIT) and not left_region and not any(lemma == "leave" and o for o in [act.objects]) or (
            ("out" in parts or "off" in parts or outward) and (act.moves or lemma in ("step", "go", "walk")) and
            lemma not in ("start", "begin", "end", "finish", "turn", "set") and not (   # 'starts out to the right of it'
                not self.screenplay and any(pp.prep in ("into", "onto") and pp.np is not None and pp.np.frame
                                            for pp in c.pps)))   # 'comes out into view': in, not out (vis6)
        if lemma == "leave" and (act.objects or c.copula):
            exits = False                         # 'leaves the cup on the table', 'has been left there': placing
        if exits and (act.toward == "away" or isinstance(act.toward, tuple) and act.toward[0] == "from") and \
                not self.screenplay and not verbs & EXIT and "out" not in parts and not outward:
            exits = False                         # 'heads off toward the horizon': away from us, still in view
        if enters:
            if act.start and isinstance(act.start, str):
                act.enters = act.start
            elif act.enters is None:
                act.enters = "right" if act.path and act.path[0] == "left" else "left"
        if exits:
            act.exits = act.exits or (act.path[-1] if act.path and isinstance(act.path[-1], str) and
                                      act.path[-1] in ("left", "right") else "right")
            act.path = []
        if lemma == "come" and ({"along", "by"} & parts or not parts and not own_pps and not act.path and
                                not act.toward and not adverbs - {"first", "then", "next", "later", "second", "third", "fourth",
                                                  "fifth", "last"}) and \
                not act.objects and act.enters is None and not self.screenplay:
            act.enters, act.moves = "left", True      # 'then a bee comes along', 'First comes a zebra': it arrives
        if lemma in ("pull", "draw", "roll") and "up" in parts and not c.objects and act.enters is None and \
                act.toward is None and not act.vertical:
            act.enters, act.moves = "left", True      # 'a taxi pulls up': it arrives
        made = next((o.head for o in c.objects if o.head in ("appearance", "entrance", "exit")), None) \
            if lemma == "make" else None
        if made == "exit":
            act.exits, act.objects = act.exits or "right", []       # 'makes its exit'
        elif made:
            act.enters, act.objects, act.moves = act.enters or "left", [], True   # 'makes an appearance'
        if lemma == "take" and any(o.head == "place" and o.owner is not None for o in c.objects) and \
                act.enters is None and not (self.screenplay and c.pps):      # ('takes his place at the table')
            act.enters, act.moves = "left", True      # 'later a zebra takes its place': comes in, where it was
        if lemma == "leave" and act.objects and "behind" in {w.low for w in c.words} and \
                not any(pp.prep == "behind" for pp in c.pps):
            act.toward, act.moves = ("from", act.objects[0]), True     # 'leaves the oak behind': away from it
            act.objects = act.objects[1:]
        if lemma in ("end", "finish", "wind") and act.toward is None and not act.path and not act.start and \
                any(r[0] == "next_to" for r in act.relations):
            r = next(r for r in act.relations if r[0] == "next_to")     # 'ends up right next to the tree'
            act.toward, act.moves = ("thing", r[1]), True
            act.relations = [x for x in act.relations if x is not r]
        if lemma == "approach" and act.toward is None:
            act.toward = ("thing", act.objects[0]) if act.objects else "camera"
            act.moves = True
        if lemma in ("retreat", "recede") and act.toward is None:
            act.toward = "away"
        if lemma == "follow" and not act.objects and self._came_in and not [
                pp for pp in c.pps if not (pp.np is not None and pp.np.setting)]:
            act.enters = act.enters or "left"     # 'a cat enters first; a dog follows later'
        if lemma in ("chase", "follow") and act.objects:
            act.relations.append(("follows", act.objects[0]))
            if not act.path and not act.start:
                act.path.append("across")
        if isinstance(act.start, str) and act.start in ("across",):
            act.start = None
        if act.vertical and act.subjects is not None and lemma not in ("float", "climb", "rise", "jump", "soar",
                                                                        "fly", "hop"):
            pass

    def _replacement(self, act: Action, c: Clause, lemma, things, memo) -> None:
        """'X is replaced by Y halfway through', 'Y replaces X', 'Y takes the place of X': one goes from view as
        the other comes into it, at the clause's time (the middle when it says none). The one that goes is an
        extra action, read after this one."""
        gone: list[int] = []
        come = list(act.subjects)
        if lemma == "replace":
            agent = [pp.np for pp in c.pps if pp.prep == "by" and pp.np is not None]
            if agent:
                gone, come = list(act.subjects), self._refs(agent[0], things, memo, set(act.subjects))
            else:
                gone = list(act.objects)
        elif lemma == "take" and any(o.head == "place" for o in c.objects):
            place = next(o for o in c.objects if o.head == "place")
            after = next((k for k, pp in enumerate(c.pps) if pp.prep in RELATION_PREPS and pp.np is not None and
                          not (pp.np.frame or pp.np.setting)), len(c.pps))      # ('takes his place at the table')
            other = place.of or next((pp.np for pp in c.pps[:after] if pp.prep == "of" and pp.np is not None), None) or (
                place.owner if place.owner is not None and not place.owner.pronoun else None)
            gone = self._refs(other, things, memo, set(act.subjects)) if other is not None else []
        gone = [i for i in gone if i not in come]
        if not gone or not come:
            return
        window = next((w for w in map(syntax.time_span, c.times) if w is not None), None) or \
            _time_phrase(" ".join(c.times))
        t = window[0] if window and 0 < window[0] < 1 else 0.5
        act.subjects, act.objects, act.appears, act.disappears, act.timed = come, [], t, None, True
        act.enters, act.moves, act.path, act.start = None, False, [], None
        act.relations = [r for r in act.relations if not set(r[1:]) & set(gone + come)]
        self._extra.append(Action(subjects=gone, disappears=t, timed=True, text=act.text))

    def _timing(self, act: Action, c: Clause, lemma, verbs, before: list[Action]) -> None:
        if lemma == "hide" and c.verb_text.lower() == "hiding" and "hidden" not in c.adjectives and not self.screenplay:
            c = replace(c, adjectives=c.adjectives + ["hidden"])   # 'is hiding under a leaf at the start' (vis6)
        if lemma == "fade" and "in" in set(c.particles) | set(c.adverbs):
            verbs = verbs - {"fade"} | {"appear"}        # 'a ghost fades in': comes into view
        if lemma in _GOING_OUT and "out" in set(c.particles) | set(c.adverbs) and not c.objects and \
                syntax._manner_pps_only(c) and \
                not self.screenplay:
            verbs = verbs | {"vanish"}                   # 'a lantern flickers out halfway through' (vis6)
        if lemma in ("reveal", "unveil", "uncover") and c.copula:
            verbs = verbs | {"appear"}                   # 'is revealed midway': comes into view
        if lemma in ("show", "reveal") and any(o.pronoun in _REFLEXIVE or o.text.lower() in _REFLEXIVE
                                               for o in c.objects):
            verbs = verbs | {"appear"}                   # 'eventually shows itself': comes into view
        if not self.screenplay and _hides_behind(lemma, c) and (c.times or c.link in _SEQUENCE_LINKS or c.subord):
            verbs = verbs | {"vanish"}                   # 'ducks behind the tent halfway': gone from then (vis6)
        if not self.screenplay and before and act.subjects and _stays_in(lemma, c):
            hid = next((b for b in reversed(before) if b.subjects == act.subjects and (
                b.passing is not None and b.depth == "behind" or b.lemma in _HIDING and b.disappears is None and
                any(r[0] == "behind" for r in b.relations))), None)
            if hid is not None:                          # 'goes behind the boulder and does not come out'
                if hid.passing is not None:
                    hid.relations.append(("behind", hid.passing))
                hid.passing, hid.depth, hid.start, hid.path = None, None, None, []
                hid.disappears, hid.timed = hid.disappears or 0.5, True
                act.lemma, act.back, act.moves, act.path, act.enters = None, False, False, [], None
                return
        if not self.screenplay and act.passing is not None and act.depth == "behind" and {"not", "never"} & set(
                c.adverbs) and set(c.verbs[1:]) & {"reappear", "emerge", "return", "reemerge", "come"}:
            act.relations.append(("behind", act.passing))   # 'runs behind the car and never reappears' (vis6)
            act.passing, act.depth, act.start, act.path = None, None, None, []
            act.disappears, act.timed = 0.5, True
            return
        came_out = False
        if act.exits and "out" in c.particles and set(act.subjects) & self._hidden_first and not any(
                pp.prep in ("of", "out_of") for pp in c.pps):
            act.exits, act.moves = None, False           # 'hidden at first, then comes out': into view, not away
            came_out = True
        if not self.screenplay and not any(map(syntax.time_span, c.times)) and act.subjects and not act.denied and (
                c.copula and "hidden" in c.adjectives or lemma == "hide" and c.verb_text.endswith("ing")) and \
                not negated_visible(c):
            self._hidden_first.update(act.subjects)      # 'is hidden behind the shed and later comes out' (vis6)
        if lemma == "come" and act.exits and "out" in c.particles and not self.screenplay and not any(
                pp.prep in ("of", "out_of") for pp in c.pps) and (c.link in _SEQUENCE_LINKS or before):
            act.exits, act.moves, act.path = None, False, []
            verbs = verbs | {"appear"}                   # '…, does the mouse come out': it comes out into view
        if lemma in ("land", "alight", "touch") and not act.objects and (c.times or c.link in _SEQUENCE_LINKS or before or
                                                                          _sequence_ahead(c)) and \
                not any(set(act.subjects) & set(b.subjects) for b in before):
            verbs = verbs | {"appear"}                   # 'a pigeon lands on it halfway through': it arrives
        text = " ".join(c.times) + " " + _PLACE_POINT.sub(" ", _without_points_of_things(c))
        window = next((w for w in map(syntax.time_span, c.times) if w is not None), None) or _time_phrase(text)
        if window is not None and self._window is not None and any({"rest", "remainder"} & set(t.split())
                                                                  for t in c.times):
            if 0 < self._window[1] < 1:
                window = (self._window[1], 1.0)  # 'for the opening third …; for the rest': after that part
            elif self._window[0] > 0 and self._window_part:
                window = (0.0, self._window[0])  # 'the last third shows a cat; the rest an empty street': before it
            elif self._window[0] > 0:
                window = (self._window[0], 1.0)  # 'emerges midway and is there for the remainder': from then on
        # 'later', 'after a while', 'soon' say 'after what came before', not a time of the shot's own
        act.timed = window is not None and not (c.times and all(_RELATIVE_TIME.fullmatch(t) or (
            t.startswith("after ") and "then" in c.times) for t in c.times))
        #                                   ('then, after a few seconds, a cat …': after the one before, not a time)
        if window is not None and (lemma in STATIC or c.copula) and any(
                w in t.split() for t in c.times for w in ("half", "part", "third")) and window != (0.0, 1.0):
            act.span = window
        elif window is not None and lemma in STATIC and window[0] <= 0 < window[1] < 1 and any(
                t.split()[:1] in (["until"], ["till"]) or t.split()[:2] == ["up", "to"] for t in c.times):
            act.span = window            # 'lounges on the rocks until the clip is half over': there until then
        there = c.existential or "there" in c.adverbs or "there" in c.adjectives or (
            not c.verb and bool(c.subjects) and not c.pps and not c.objects and bool(c.times) and
            not (c.copula and c.adjectives)) or (    # 'is not in the first half': a copula with only a time is 'is there'
            lemma not in MOTION and syntax._manner_pps_only(c) and any(w.tag == "TIME" and w.lemma == "part"
                                                                       for w in c.words)) or (
            not c.verb and not c.copula and bool(c.subjects) and not c.objects and bool(c.times) and not [
                pp for pp in c.pps if pp.prep not in ("with", "without") and not (pp.np is not None and pp.np.setting)
                and not _attr9_of_the_clip(pp)]) or (
            not self.screenplay and not c.verb and c.copula and bool(c.subjects) and not c.objects and
            not c.adjectives and bool(c.pps) and any(map(syntax.time_span, c.times)) and all(
                pp.np is not None and pp.np.setting for pp in c.pps))   # 'from halfway on, a kite is up in the sky'

        #                                          'fills the first half', 'takes up the opening third': is there then
        newcomer = any(s.det in ("a", "an") for s in c.subjects) and bool(act.subjects) and not any(
            set(act.subjects) & set(b.subjects) for b in before)
        if newcomer and self._empty_first and c.link in _SEQUENCE_LINKS and not c.times or newcomer and \
                self._empty_first and c.times and all(_RELATIVE_TIME.fullmatch(t) or t in ("later", "later on",
                                                                                       "then", "eventually")
                                                      for t in c.times):
            act.appears, act.timed = 0.5, True   # 'Nobody is on the bridge at first; later a man crosses it'
            self._after_empty.append(act)
            lows_ = [w.low for w in c.words]
            if any(a == "from" and b in ("behind", "beneath", "underneath", "inside") for a, b in zip(lows_, lows_[1:])):
                act.exits, act.passing, act.depth, act.start, act.path = None, None, None, None, []   # (vis6)
            return
        if newcomer and self._empty_first and window is not None and 0.2 < window[0] < 1 and not (
                verbs & (APPEAR | DISAPPEAR | ENTER | EXIT) or act.enters or act.exits or c.existential):
            # seq9: 'The video begins with an empty porch, and about halfway in a raccoon climbs onto it': one
            # first named at a time after an empty start comes then
            act.appears, act.timed = window[0], True
            self._after_empty.append(act)
            return
        if newcomer and c.times and all(t in ("right after", "just after", "right afterwards", "straight after",
                                              "soon afterwards", "soon after", "shortly after", "shortly afterwards")
                                        for t in c.times) and self._window is not None and 0 < self._window[0] < 0.9:
            act.appears, act.timed = round(self._window[0] + 0.05, 3), True   # '… halfway, and a moth right after'
            return
        if {"nobody", "nothing", "no-one", "empty", "deserted", "vacant"} & {w.low for w in c.words} and \
                (_at_first(c) or c.existential or c.copula or lemma in ("begin", "start", "open") and any(
                    s_.head in _CLIP_WORDS for s_ in c.subjects)):     # (seq9: 'the video begins with an empty …')
            self._empty_first = True             # the scene starts empty: who comes later comes in
        elif "only" in set(c.adverbs) | {w.low for w in c.words} and _at_first(c) and not self.screenplay:
            self._empty_first = True             # 'only a rock is there at first': who comes later comes in (vis6)
        if window is None and self._bound is not None and (c.link in _SEQUENCE_LINKS or c.times) and (
                verbs & (APPEAR | DISAPPEAR | ENTER | EXIT) or act.enters or act.exits or newcomer or
                c.existential and not c.elided and any(s_.det == "no" for s_ in c.subjects) or negated_visible(c) and (
                    {"seen", "visible", "there", "present"} & set(c.adjectives))):
            # '…; after that there is no trace of it', '… and is nowhere to be seen afterwards': gone from then
            window = (self._bound, 1.0)          # 'stands there until the middle, then leaves': at the middle
            if newcomer and not verbs & (APPEAR | DISAPPEAR | ENTER | EXIT) and not act.enters and not act.exits:
                act.appears, act.timed = window[0], True    # '… only a bench for a while; then a girl sits on it'
                return
        if window is None and not self.screenplay and c.elided and c.link == "and" and not c.times and \
                self._window is not None and 0 < self._window[0] < 1 and self._window[1] >= 1.0 and (
                    verbs & (DISAPPEAR | EXIT) or act.exits) and before and act.subjects and \
                set(act.subjects) <= set(before[-1].subjects) and before[-1].appears is None and \
                before[-1].disappears is None and not before[-1].exits and not before[-1].enters:
            window = self._window    # 'wakes up halfway and walks off': it goes then, right after (attr7)
        if _early_passing(act, c, lemma, window):
            return
        if window is not None and window[0] <= 0 < window[1] < 1:
            self._bound = window[1]
        lows_ = [w.low for w in c.words]
        if not self.screenplay and window is not None and 0 < window[0] < 1 and (c.copula or c.verb_text in syntax._SEEN) \
                and any(a == "last" and b in syntax._SEEN for a, b in zip(lows_, lows_[1:])):
            act.disappears, act.timed = window[0], True  # 'is last seen at the midpoint': gone from then (vis6)
            return
        if not self.screenplay and lemma in _PEEKING - {"come", "show", "appear"} and \
                window is not None and 0 < window[0] < 1 and any(
                pp.prep == "out_of" and pp.np is not None and not pp.np.frame for pp in c.pps):
            act.exits, act.moves, act.path = None, False, []
            act.appears, act.timed = window[0], True     # 'pokes out of the ground at the halfway mark' (vis6)
            return
        if not self.screenplay and "still" in c.adverbs + c.adjectives and c.copula and c.elided and \
                not negated_visible(c):
            return                                       # '… and is still there at the end': it stays (vis6)
        if came_out and act.appears is None:
            act.appears, act.timed = (window[0] if window and 0 < window[0] < 1 else (self._bound or 0.5)), True
            return                                       # ('… and eventually pops out': from then on, vis6)
        lows = [w.low for w in c.words]
        if self._out_of_cover and not self.screenplay and (window is not None or c.link or before):
            self._out_of_cover = False
            act.exits, act.disappears = None, None    # 'a fawn steps out of the woods in the second half' (vis6)
            act.appears, act.timed = (window[0] if window and 0 < window[0] < 1 else 0.5), True
            return
        self._out_of_cover = False
        if self._into_cover and not negated_visible(c) and not c.copula:
            self._into_cover = False
            act.enters, act.appears, act.path = None, None, []    # 'hops into its burrow halfway': gone then (attr7)
            act.disappears, act.timed = (window[0] if window and 0 < window[0] < 1 else (self._bound or 0.6)), True
            return
        if any(a == "from" and b in ("behind", "beneath", "underneath", "inside") for a, b in zip(lows, lows[1:])) and \
                (act.moves or verbs & APPEAR or lemma in ("peek", "peep", "poke", "pop") and window is not None) and \
                not negated_visible(c):
            # 'comes out from behind the mailbox': comes into view there, no pass and no exit ('a dog peeks out
            # from behind a car' with no time is where it is)
            if act.passing is not None:
                act.start, act.path, act.passing, act.depth = None, [], None, None
            act.exits, act.disappears = None, None
            act.appears = window[0] if window and 0 < window[0] < 1 else 0.5
            return
        if window is None and "again" in c.adverbs and negated_visible(c) and self._window is not None:
            act.disappears = self._window[0] if 0 < self._window[0] < 1 else 0.5    # '… and is not seen again'
            return
        if window is not None:
            self._window = window
            self._window_part = any(set(t.split()) & syntax._PART_SPANS for t in c.times)
        only = "only" in c.adverbs or " only " in f" {text} " or "no other time" in text
        lows = [w.low for w in c.words]
        if only and "only" in lows and all(k + 1 < len(lows) and c.words[k + 1].tag in ("DET", "NUM", "NAME", "POSS")
                                           for k, w in enumerate(lows) if w == "only"):
            only = False                          # 'only a heron is there': no one else, not only for a while
        brief = bool({"briefly", "momentarily"} & (set(c.adverbs) | set(c.times))) or bool(_BRIEF.search(text))
        if brief:
            p = window[0] if window and window[1] >= 1.0 and 0 < window[0] < 0.7 else 0.5
            window, only = (round(p - 0.2, 3), round(p + 0.2, 3)), True    # 'briefly appears in the middle'
        elif only and window == (0.0, 1.0) and not verbs & (APPEAR | ENTER):
            window = (0.0, 0.4)                   # 'visible only at the start'
        elif only and window == (0.5, 1.0) and not verbs & (APPEAR | ENTER) and lemma not in ("show", "come") and re.search(r"\b(?:at|around|in) the (?:middle|midpoint)\b", text):
            window = (0.3, 0.7)                   # 'only in the middle of the clip'
        gone = "gone" in c.adjectives or "gone" in text.split() or c.copula and c.subord in ("once", "after", "when") \
            and not negated_visible(c) and bool(re.search(r"\bout of (?:the )?(?:view|sight|frame|shot|picture)\b", text))
        #                                   ('once the zebra is out of the picture, …': it has left)
        visible = {"visible", "seen", "shown", "present", "there", "spotted", "glimpsed"} & (
            set(c.adjectives) | {c.verb_text or ""} |
                                                                      set(c.adverbs))
        if c.existential or act.seen or _IN_VIEW.search(text) and not (act.moves and lemma in MOTION) or \
                c.copula and _IN_CLIP.search(text) or there:     # ('On screen, … a balloon goes …': a move's time)
            visible = visible | {"there"}        # 'there is a cat …', 'we see a cat …', 'is on screen …'
        words_ = {w.low for w in c.words} | set(c.adverbs)
        elsewhere = window is not None and {"never", "nowhere"} & words_ and {"again", "else", "otherwise"} & words_
        if elsewhere:
            only = True                           # 'for the first quarter and never again', 'and nowhere else': only
        denied = (act.denied or negated_visible(c) or c.existential and not c.elided and any(
            s_.det == "no" for s_ in c.subjects)) and not elsewhere
        if denied and {"visible", "seen", "shown", "present", "there", "onscreen"} & set(c.adjectives) and \
                not only and c.times and all(
                re.fullmatch(r"(?:in|around|about|at) the (?:very )?(?:middle|midpoint)(?: of the \w+)?", t)
                for t in c.times) and act.subjects:
            # 'there at the start and at the end, but not in the middle': gone for the middle, back after it
            act.appears, act.timed = 0.65, True
            self._extra.append(Action(subjects=list(act.subjects), disappears=0.35, timed=True, text=act.text))
            for b in before:
                if b.subjects == act.subjects and not b.enters and b.appears is not None and b.appears >= 0.5:
                    b.appears = None               # ('… and at the end': there then too, not only from then)
            return
        if (lemma in APPEAR | ENTER | {"show", "come", "arrive"} or lemma in ("turn", "pop") and "up" in c.particles +
                c.adverbs) and {"not", "never"} & set(c.adverbs) and window and (window[0] <= 0 < window[1] < 1 or (
                    window[0] <= 0 and any(t.split()[:1] in (["until"], ["till"]) for t in c.times))):
            act.appears, act.timed = (window[1] if window[1] < 1 else 0.8), True
            return                  # 'the kettle does not appear until the midpoint', 'doesn't turn up until the end'
        if denied and visible and window and any(t.split()[:1] in (["until"], ["till"]) for t in c.times) and \
                window[0] <= 0 and not only:
            # 'the rabbit is not visible until the very end': it comes then
            act.appears, act.timed = (window[1] if window[1] < 1 else 0.75), True
            return
        becomes = lemma in ("become", "get", "come") and bool({"visible", "seen", "view"} & {w.low for w in c.words}) \
            or bool(_INTO_VIEW.search(text))
        if verbs & APPEAR or becomes or (lemma in ("show", "pop", "turn", "crop", "spring", "bob") and "up" in set(c.particles) | set(c.adverbs)) or (lemma == "come" and act.enters is None and "into" in text and "view" in text) or (
                not self.screenplay and _comes_into_view(lemma, c)):
            start = window[0] if window else 0.5
            if window and window[0] <= 0 < window[1] < 1 and {"absent", "missing", "invisible"} & set(c.adjectives):
                window = (window[1], 1.0)         # 'absent for the first half, appears in the second'
                start = window[0]
            if window and window[0] <= 0 and not only:
                start = 0.0                       # 'appears right at the start': there from the first frame
            if only and window:
                act.appears, act.disappears = window
                if window[1] >= 1.0:
                    act.disappears = None
            elif window is None and (act.relations or act.place or any(
                    pp.np is not None and pp.np.setting and pp.prep in ("in", "on", "at") and not _no_place(pp.np)
                    for pp in c.pps) or
                                     c.existential) and not before and c.link is None and \
                    not c.subord and not becomes and not self.screenplay and not _sequence_ahead(c) and \
                    not (act.relations and {"suddenly", "abruptly"} & set(c.adverbs)):
                # 'a cat appears next to a bench', 'three goats appear in the field': nothing says when, so it is
                # there (a screenplay's character who 'appears in the doorway' comes in)
                act.appears = None
            else:
                act.appears = start if start > 0 else (None if window else 0.25)
        elif verbs & DISAPPEAR or gone or (act.exits and window and (window[0] > 0 or window[1] < 1)) or (
                lemma in ("get", "become", "go") and "hide" in verbs) or (
                lemma == "hide" and window and 0 < window[0] < 1 and window[1] >= 1):  # 'later hides behind it'
            if window and window[0] <= 0 < window[1] < 1 and gone and c.copula and any(
                    {"rest", "remainder"} & set(t.split()) for t in c.times):
                act.appears = window[1]               # '…; for the rest it is gone': gone until that part
            elif window and window[0] <= 0 < window[1] < 1:
                act.disappears = window[1] - 0.05     # 'leaves before the middle of the video'
            elif window and window[0] > 0:
                act.disappears = window[0] if window[1] >= 1.0 or window[0] >= 0.5 else window[1]
            elif act.exits is None:
                act.disappears = 0.5
        elif act.enters and window and window[0] > 0:
            act.appears = window[0]
        elif window and (visible and ("no longer" in c.times or denied) or
                         {"absent", "missing", "invisible", "hidden"} & set(c.adjectives) or
                         (c.copula or lemma in ("stay", "remain", "keep")) and
                         re.search(r"\bout of (?:the )?(?:view|sight|frame|shot|picture)\b", text)):
            # 'is no longer visible in the second half', 'is not visible in the first half': the other part
            if window[0] >= 0.5:
                act.disappears = window[0]
            elif window[0] <= 0 < window[1] < 1:
                act.appears = window[1]                    # 'hidden until the final seconds': it comes then
                self._hidden_first.update(act.subjects)    # 'hidden until the middle, then steps out'
            elif window[0] <= 0 and window[1] >= 1.0 and any(t.split()[:1] in (["until"], ["till"]) for t in c.times):
                act.appears = 0.8                          # 'stays out of view until the (very) end': it comes then
                self._hidden_first.update(act.subjects)
            elif window[0] > 0 and window[1] >= 1.0:
                act.disappears = window[0]        # 'is later out of sight', 'later on it is hidden'
            elif window[0] <= 0 and _at_first(c):
                act.appears = self._bound or 0.5  # 'hidden at first', 'not visible to begin with': it comes later
                self._hidden_first.update(act.subjects)
        elif (only or visible) and window:
            act.appears, act.disappears = window
            if window[0] <= 0:
                act.appears = None
            if window[1] >= 1.0:
                act.disappears = None
        elif window and window[0] >= 0.5 and lemma in MOTION | {"walk"} and not act.path and act.enters is None and \
                act.passing is None and act.circling is None and not (lemma == "pop" and not c.particles) and \
                not (lemma in ("turn", "spin", "twirl", "whirl", "pivot", "swivel") and not {"on", "in"} & set(
                    c.particles)) and \
                not c.elided and not any(s.pronoun or s.det in ("the", "this", "that") for s in c.subjects) and \
                not any(set(act.subjects) & set(b.subjects) for b in before):
            act.appears = window[0]


# Verbs that go somewhere ('clears out of the frame', 'drops out of sight', 'slips into view'): any verb but
# those of staying, seeing, aiming or being (sixth session, vis6).
_NOT_GOING = STATIC | PERCEIVE | AIMED | {"keep", "be", "remain", "stay", "seem", "look", "peer", "peek", "peep",
                                          "hear", "cast", "shine", "glow", "photograph", "film", "shoot", "paint"}


_NOT_WORDS = {"not", "never", "n't", "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "nor", "neither"}
_SOFTENERS = {"just", "directly", "right", "exactly", "quite", "actually", "really", "even", "so", "far", "immediately"}
_SIDE_PRED = {"left": "left_of", "right": "right_of", "upper": "above", "top": "above", "lower": "below",
              "bottom": "below"}


_STILL_WORDS = {"still", "motionless", "stock-still", "put", "stationary", "frozen", "immobile"}
_NOT_MOVING = re.compile(r"\b(?:does not|doesn't|do not|don't|did not|didn't|not|never)\s+(?:move|moving|stir|budge|"
                         r"go|walk|stirring|budging)\b", re.I)
_THEN_WORDS = re.compile(r"^\W*(?:and\s+)?(?:then|after that|afterwards|next|later|only then|and then|eventually|"
                         r"finally|at last|before long|soon)\b", re.I)


_SEQ9_MANNER_HEADS = {"sound", "noise", "word", "hurry", "care", "fuss", "pause", "break", "stop", "hesitation",
                      "effort", "trace", "warning", "rush", "ease", "grace", "style", "flourish", "nothing", "else"}


def _seq9_manner_pp(pp) -> bool:
    """seq9: a preposition of manner ('without a sound', 'with ease', 'with nothing else around'): no place and no
    companion, so it leaves a leg such as 'then moves down' a leg of the frame."""
    if pp.prep not in ("without", "with"):
        return False
    return pp.np is None or pp.np.head in _SEQ9_MANNER_HEADS or pp.np.pronoun in ("nothing", "nobody")


def _seq9_sides_of_passing(actions: list[Action], act: Action, c: Clause) -> bool:
    """seq9: a participle or elided clause after a passing ('wanders by a kiosk, starting on its right and finishing
    on its left', 'limps past a tent, going from its right side to its left side') tells which side of the passed
    thing the passing starts and ends on: it sets the passing's own start and end instead of being a second leg."""
    if not actions or not (c.participle or c.elided) or c.link not in (",", "and"):
        return False
    prev = actions[-1]
    if prev.passing is None or prev.subjects != act.subjects or act.objects or act.vertical or act.toward:
        return False
    points = ([act.start] if act.start is not None else []) + list(act.path)
    if not points or any(not (isinstance(p, tuple) and p[0] in ("left_of", "right_of") and p[1] == prev.passing)
                         for p in points):
        return False
    if act.start is not None:
        prev.start = act.start
        if act.path or prev.path and prev.path[-1] == act.start:
            prev.path = list(act.path) or [("right_of" if act.start[0] == "left_of" else "left_of", prev.passing)]
    elif act.path:
        prev.path = list(act.path)
    prev.moves = True
    return True


def _still_then_moves(actions: list[Action]) -> None:
    """'The cat waits, then walks to the right', 'stands still at first and then starts moving', 'for a moment the
    dog does not move; then it heads left': one keeping still, then setting off, keeps still for a while first."""
    for a, b in zip(actions, actions[1:]):
        if not a.subjects or a.subjects != b.subjects or a.moves or a.path or a.start or a.enters or a.exits or \
                a.vertical or a.toward or a.relations or a.objects or not (b.moves and (b.path or b.start or b.toward
                                                                                    or b.exits or b.vertical)):
            continue
        words = set(re.findall(r"[a-z-]+", a.text.lower()))
        denied = bool(_NOT_MOVING.search(a.text))
        if not (a.lemma in STILL_VERBS or words & _STILL_WORDS and a.lemma in STATIC | STILL_VERBS or denied):
            continue
        if not (_THEN_WORDS.search(b.text) or re.search(r"\b(?:at first|to begin with|for a (?:moment|while|bit|"
                                                        r"second|few seconds)|initially)\b", a.text.lower())):
            continue
        if b.appears is not None or b.disappears is not None or b.pause is not None:
            continue
        if denied or a.timed and a.appears is not None and re.search(r"\bfor a (?:moment|while|bit|second)", a.text.lower()):
            a.appears, a.disappears, a.timed = None, None, False      # 'for a moment … does not move': a pause, not a visit
        b.pause = 0.35


def _denied_preds(c: Clause) -> list[str]:
    """The relations a clause says do not hold: the place right after 'not' ('is not above a lantern but below
    it', 'sits right of a kettle, not left of it', "isn't to the left of a cup"), as the reader names them."""
    out, words = [], c.words
    for k, w in enumerate(words):
        if w.low not in _NOT_WORDS and not w.low.endswith("n't"):
            continue
        j = k + 1
        while j < len(words) and words[j].low in _SOFTENERS:
            j += 1
        if j >= len(words) or words[j].tag != "PREP":
            continue
        prep = words[j].value if isinstance(words[j].value, str) else words[j].low
        if prep in ("to", "on", "at", "in") and j + 2 < len(words) and words[j + 1].tag == "DET" and \
                words[j + 2].tag == "REGION" and words[j + 2].low in _SIDE_PRED:
            out.append(_SIDE_PRED[words[j + 2].low])        # 'not to the left of it'
        elif prep in ("to", "on", "at", "in") and j + 1 < len(words) and words[j + 1].tag == "REGION" and \
                words[j + 1].low in _SIDE_PRED:
            out.append(_SIDE_PRED[words[j + 1].low])
        elif RELATION_PREPS.get(prep) and prep not in ("in", "at", "into"):
            out.append(RELATION_PREPS[prep])
    return out


def _drop_denied_places(act: Action, c: Clause) -> None:
    """A place said under 'not' is no place of the thing (space7): the first relation of each denied kind goes."""
    if not act.relations or not {"not", "never", "n't", "nor", "neither"} & set(c.adverbs) | {
            w.low for w in c.words if w.low in _NOT_WORDS or w.low.endswith("n't")}:
        return
    for pred in _denied_preds(c):
        kinds = {"under": ("under", "below"), "below": ("below", "under"), "above": ("above", "over")}.get(pred, (pred,))
        hit = next((r for r in act.relations if r[0] in kinds and len(r) == 2), None)
        if hit is not None:
            act.relations.remove(hit)


_UP_INTO_VIEW = {"pop", "turn", "show", "crop", "spring"}
_WAY_PREPS = {"from", "out_of", "across", "through", "past", "toward", "towards", "into", "onto", "along", "away_from",
              "around", "round", "over", "up", "down", "off", "via"}


def _comes_into_view(lemma, c: Clause) -> bool:
    """'pops up (turns up, shows up, crops up) beside a tent', 'comes into view left of a post': coming into view
    where the place says, not going there; a way ('pops up from behind a wall', 'comes into view over the hill')
    keeps its motion (space7)."""
    particle_pp = lemma in _UP_INTO_VIEW and bool(c.pps) and c.pps[0].prep == "up" and c.pps[0].np is not None \
        and c.pps[0].np.region is not None     # 'shows up right of the post': 'up' and then a place
    up = lemma in _UP_INTO_VIEW and ("up" in set(c.particles) | set(c.adverbs) or particle_pp or any(
        w.tag == "PREP" and w.low.split()[0] == "up" and len(w.low.split()) > 1 for w in c.words)) or \
        lemma == "come" and any(
        pp.prep == "into" and pp.np is not None and pp.np.head in ("view", "sight") for pp in c.pps)
    return up and not any(pp.prep in _WAY_PREPS and not (pp.prep == "into" and pp.np is not None and
                                                         pp.np.head in ("view", "sight")) and not (
        particle_pp and pp is c.pps[0]) for pp in c.pps) and \
        any(pp.prep not in ("into", "in", "at", "on") or pp.np is not None and (pp.np.of is not None or
                                                                              pp.np.owner is not None)
            for pp in c.pps if pp.np is not None and not pp.np.frame and not pp.np.setting)


def _keeps_away(act: Action, c: Clause, lemma, moving: bool, farther: bool) -> bool:
    """'sits far from the well', 'a goat a long way from the barn', 'is well away from it': a place at a distance,
    nothing going anywhere (space7); 'runs away from', 'backs farther from', 'flees from' are ways."""
    return not (moving or act.moves or farther or act.toward is not None or act.enters or act.exits) and (
        lemma is None or lemma in STATIC or lemma in _NOT_GOING - AIMED or c.copula) and lemma not in _FLEE | MOTION


def _goes_somewhere(lemma, c: Clause) -> bool:
    return bool(lemma) and lemma not in _NOT_GOING and not c.copula and not c.objects


# Things one goes up or down ('bounces down the stairs', 'rolls down the hill'): a way up or down the frame.
_SLOPES = {"window", "windowpane", "pane", "glass", "windscreen", "windshield", "stairs", "stair", "staircase", "stairway", "steps", "hill", "hillside", "slope", "ramp", "mountain",
           "mountainside", "cliff", "slide", "chute", "incline", "dune", "ladder", "waterfall", "escalator", "tree",
           "trunk", "pole", "mast", "rope", "wall", "drainpipe", "chimney", "stalk", "tower", "flagpole", "vine",
           "rock", "boulder", "crag", "ridge", "mound", "heap", "pile", "embankment", "bank", "steep"}


# Parts a creature shows itself by ('a mole's head pops out'), and the verbs of showing them.
_SHOWN_PARTS = {"head", "nose", "face", "snout", "beak", "paw", "paws", "ears", "tail", "eyes", "muzzle", "antennae"}
_PEEKING = {"pop", "poke", "peek", "peep", "stick", "emerge", "appear", "surface", "appear", "come", "show"}


# High places one comes down from ('jumps down from the wall', 'lowers itself down from the ceiling').
_HIGH = {"ceiling", "sky", "roof", "branch", "tree", "ledge", "shelf", "wall", "bookcase", "cliff", "rooftop",
         "treetop", "top", "mountain", "hill", "tower", "balcony", "cupboard", "wardrobe", "fence", "rafters", "beam"}
# What one comes out of into view ('steps out of the woods', 'emerges from the fog'): a cover, not the frame.
_COVERS = {"woods", "wood", "forest", "trees", "bushes", "undergrowth", "shadows", "shadow", "darkness", "dark", "fog",
           "mist", "smoke", "water", "sea", "lake", "river", "tunnel", "cave", "burrow", "hole", "den", "grass",
           "reeds", "jungle", "foliage", "thicket", "brush", "clouds", "cloud", "haze", "gloom", "night", "pond"}


# Lights and flames that go out ('flickers out', 'burns out', 'blinks out').
_GOING_OUT = {"flicker", "burn", "blink", "wink", "die", "snuff", "gutter", "fizzle", "sputter", "peter"}


# Verbs of running off that leave the shot without a way of their own ('bolts', 'flees', 'scarpers').
_BOLTING = {"bolt", "flee", "scram", "skedaddle", "scarper", "decamp", "abscond", "vamoose", "depart"}


# Verbs of going out of sight behind a thing ('ducks behind the shed', 'slips behind the hedge'), not of passing it.
_HIDING = {"duck", "hide", "slip", "retreat", "withdraw", "crouch", "dive", "tuck", "nip", "dodge", "disappear",
           "vanish", "hunker", "burrow", "shrink"}


def _hides_behind(lemma, c: Clause) -> bool:
    lows = [w.low for w in c.words]
    return lemma in _HIDING and not c.copula and not c.verb_text.endswith(("ing", "en")) and \
        (lemma != "hide" or c.verb_text.lower() in ("hides", "hide")) and any(pp.prep == "behind" for pp in c.pps) and not any(
        a == "from" and b == "behind" for a, b in zip(lows, lows[1:])) and not negated_visible(c)


def _stays_in(lemma, c: Clause) -> bool:
    """'… and does not come out', '… and never reappears', '… and stays there': still out of sight."""
    said = set(c.adverbs) | {w.low for w in c.words}
    return c.elided and ({"not", "never"} & said and lemma in ("come", "step", "reappear", "emerge", "return", "appear",
                                                              "walk", "reemerge", "get", "show") or
                         lemma in ("stay", "remain") and ({"there", "hidden"} & said))


# Verbs of going that 'away' / 'off' with a time makes a leaving ('dashes away midway', 'scurries off at the end').
_GOING_OFF = MOTION - {"make", "turn", "back", "end", "begin", "start", "finish", "pass", "return", "circle", "visit",
                       "continue", "follow", "chase", "push", "approach", "retreat", "recede", "loop", "orbit",
                       "hover", "swing", "come"} | {"melt", "slink", "slip", "scram", "bolt", "blow", "wash"}


# Adjectives of a way ('in a leftward direction', 'on a northward course'): the frame's side or up and down.
_WAY_WORDS = {"leftward": "left", "leftwards": "left", "rightward": "right", "rightwards": "right", "upward": "up",
              "upwards": "up", "downward": "down", "downwards": "down", "westward": "left", "eastward": "right",
              "northward": "up", "southward": "down", "westerly": "left", "easterly": "right"}

# Verbs of getting away: their 'from' is what they move away from, not where they start.
_FLEE = {"retreat", "flee", "escape", "withdraw", "recoil", "shrink", "back"}

# Nouns for where a mover goes next: 'its next stop is …', 'the bird's destination is …'.
_STOPS = {"stop", "destination", "goal", "target", "endpoint", "stopover"}

# Verbs whose 'in' is not coming in: 'the camera zooms in', 'she checks in', 'gives in'.
_NOT_IN = {"zoom", "pan", "tune", "log", "sign", "check", "give", "fill", "cave", "plug", "tuck", "settle", "lock",
           "join", "chime", "cut", "butt", "close", "hem", "rein", "pitch", "factor", "sink", "breathe"}
# ... and in a screenplay's action ('they dig in', 'she sleeps in'); any other verb with 'in' and no object comes
# in, known for moving or not ('the latecomers trickle in', 'two nuns scurry in').
_NOT_IN_SCRIPT = {"dig", "sleep", "move", "lean", "break", "fit", "blend", "cash", "hand", "turn", "kick", "set",
                  "phone", "call", "write", "smash", "bash", "box", "fence", "wall", "pen", "shut", "hole", "stay",
                  "live", "believe", "trust", "say", "jump", "barge", "burst", "pile", "crowd", "squeeze", "lock"}
_INTO_VIEW = re.compile(r"\binto (?:the )?(?:view|frame|shot|picture|sight)\b")
_IN_CLIP = re.compile(r"\bin the (?:video|clip|scene|shot|frame|picture|footage)\b")
_BRIEF = re.compile(r"\bfor (?:just |only |a mere |merely )?(?:a|one|two|a couple of) (?:moment|second|short while|little while|"
                    r"brief moment|few (?:seconds|moments)|seconds|moments|instant|split second|brief while)\b|"
                    r"\bfor (?:just |only )?a few (?:seconds|moments)\b|\bin and out\b")
_RELATIVE_TIME = re.compile(r"(?:a (?:moment|second|little|bit) |some time |moments |seconds |a few seconds |shortly |"
                            r"much |only )?later(?: on| still)?|eventually|soon|then|next|afterwards?|after that|"
                            r"after a (?:moment|while|beat|short while|bit)|a moment later|before long|finally|at last|"
                            r"(?:soon|shortly|not long) after(?:wards?)?|a (?:little|bit|little while|short while) later|"
                            r"(?:a few |several |some |two |three |a couple of )?(?:seconds|moments) "
                            r"(?:later|afterwards?|after that)")

# Links after which a clause happens later than the one before it.
_SEQUENCE_LINKS = {"then", ";", ":", "after that", "afterwards", "afterward", "later", "next", "finally", "eventually",
                   "at last", "and", ",", "before", "until", "a moment later", "after a while", "soon", "when"}
_IN_VIEW = re.compile(r"\b(?:on|in) (?:the )?(?:screen|view|frame|shot|picture|sight)\b|\bon-?screen\b")

# Compass directions of travel in a frame: west is left, east is right.
_COMPASS_WAY = {"west": "left", "westward": "left", "westwards": "left", "east": "right", "eastward": "right",
                "eastwards": "right"}
_COMPASS_UP = {"north": "up", "northward": "up", "northwards": "up", "south": "down", "southward": "down",
               "southwards": "down", "skyward": "up", "skywards": "up", "heavenward": "up", "heavenwards": "up",
               "earthward": "down", "earthwards": "down", "groundward": "down", "groundwards": "down",
               "uphill": "up", "downhill": "down"}
_FLIGHTLESS = {"penguin", "ostrich", "emu", "chicken", "hen", "rooster", "chick", "duckling", "gosling", "kiwi", "dodo"}


def _flies(key: str) -> bool:
    """A bird or a winged thing the lexicon knows ('a hawk plunges down': a dive through the frame, vis6)."""
    return BODY.get(key) in ("bird", "winged_quadruped") and key not in _FLIGHTLESS


def _in_a_row(act: Action, lemma: str | None, c: Clause) -> None:
    """'a cup, a vase and a book (lined up) from left to right': several things that do not move, given a way
    across, stand in that order, the way the words name the sides; it is no journey."""
    sides = [w.low for w in c.words if w.low in ("left", "right")]
    if len(sides) == 1 and not c.verbs and act.start == sides[0] and not act.path:
        sides.append("right" if sides[0] == "left" else "left")     # 'From the left: a cat, a dog and a horse'
    if len(act.subjects) < 2 or (lemma in MOTION and lemma not in ("line",)) or not (act.start or act.path) or \
            len(sides) != 2 or sides[0] == sides[1] or any(r not in ("left", "right") for r in act.path + [act.start]
                                                           if r is not None):
        return
    order = act.subjects if sides[0] == "left" else act.subjects[::-1]
    act.start, act.path, act.moves = None, [], False
    act.relations += [("held", [a], "left_of", b) for a, b in zip(order, order[1:])]


def _clip_part(ph: Phrase) -> bool:
    """A part of the clip named like a thing: 'the second half', 'the early part', 'the last third', 'the rest'."""
    return ph.head in syntax._PART_SPANS and (
        ph.ordinal is not None or bool(set(ph.adjs) & (syntax._T_EARLY | syntax._T_LATE | {"middle"}))) or \
        ph.head in ("rest", "remainder") and ph.det == "the"


def _part_time(ph: Phrase) -> str:
    """The time a part of the clip names, as a clause's time phrase ('in the first half', 'in the last third')."""
    if ph.head in ("rest", "remainder"):
        return "for the rest"
    said = [a for a in ph.adjs if a in syntax._T_EARLY | syntax._T_LATE | {"middle"}]
    if said:
        return f"in the {said[0]} {ph.head}"
    if ph.ordinal is not None and ph.ordinal in (-1, 0, 1, 2):
        return f"in the {('last', 'first', 'second', 'third')[ph.ordinal + 1]} {ph.head}"
    early = ph.ordinal == 0 or bool(set(ph.adjs) & syntax._T_EARLY)
    return f"in the {'first' if early else 'second'} {ph.head}"


def _relative_route(act: Action, way: str | None = None) -> None:
    """A pass ('walks past the tree', 'from one side to the other') starts on one side of the thing and ends on
    the other, left to right unless the clause says otherwise; a circle goes round it and comes back."""
    if act.circling is not None:
        i = act.circling
        act.start, act.path, act.moves = ("left_of", i), [("right_of", i), ("left_of", i)], True
        act.relations = [r for r in act.relations if i not in r[1:]]
        return
    if act.passing is None:
        return
    i = act.passing
    ways = [r for r in act.path if isinstance(r, str) and r in ("left", "right")]
    way = way or (ways[-1] if ways else act.start if act.start in ("left", "right") and False else None)
    if way is None and isinstance(act.start, str) and act.start in ("left", "right"):
        way = "right" if act.start == "left" else "left"
    way = way or "right"
    other = "left" if way == "right" else "right"
    act.start, act.path, act.moves = (f"{other}_of", i), [(f"{way}_of", i)], True
    act.relations = [r for r in act.relations if i not in r[1:]]
    if i in act.objects:
        act.objects.remove(i)


def _region_list(c: Clause) -> list[str] | None:
    """A clause that is only frame regions joined by commas and 'and' ('…: top left, top right, bottom right'): the
    regions in the order written (the stops of the verb it takes from the clause before). None for anything else."""
    if c.verb_text and any(w.low == c.verb_text.lower() for w in c.words):
        return None                        # a verb of its own
    chunks, cur = [], []
    for w in c.words:
        if w.low in (",", "and", "then", ";", ":"):
            if cur:
                chunks.append(cur)
            cur = []
        elif w.tag in ("DET", "REGION", "PREP") or w.low in ("corner", "one", "left-hand", "right-hand"):
            if w.tag != "PREP":
                cur.append(w.low)
        else:
            return None
    if cur:
        chunks.append(cur)
    regions = [syntax._region_of(ch) for ch in chunks]
    return regions if len(regions) >= 2 and all(regions) else None


def _sides_in_turn(act: Action, sided: list) -> None:
    """Both sides of one thing in one clause are where it is before and after ('is on the left of a house at first
    and on its right at the end', 'at first right of a table, finishes left of it'): a move from one to the other."""
    two = [r for r in act.path if isinstance(r, tuple) and r[0] in ("left_of", "right_of")]
    if act.start is None and len(two) == 2 and len(act.path) == 2 and two[0][1] == two[1][1] and two[0][0] != two[1][0]:
        act.start, act.path, act.moves = two[0], [two[1]], True
    elif not act.moves and act.start is None and act.timed and not act.objects and len(sided) == 2 and \
            sided[0][1] == sided[1][1] and sided[0][0] != sided[1][0]:
        # (only with times: 'a lamp left of the sofa and a vase right of it' is two places, not a move)
        act.start, act.path, act.moves = tuple(sided[0]), [tuple(sided[1])], True
        act.relations = [r for r in act.relations if r not in sided]


def _in_time_order(clauses: list[Clause]) -> list[Clause]:
    """Clauses in the order their events happen: 'Before moving to the corner, the cat waits' (the wait first),
    'the dog enters after the cat has left', 'once it has reached the corner …' (the reaching first)."""
    out = list(clauses)
    k = 0
    while k < len(out) - 1:
        c, nxt = out[k], out[k + 1]
        held_back = {"not", "never"} & set(c.adverbs) and (c.verb or c.copula) and (nxt.verb or nxt.copula) and \
            nxt.subjects and nxt.subord is None and (nxt.link in ("until", "till", "before") or nxt.link == "after" and
                                                     c.words and c.words[-1].low in ("until", "till"))
        #                              ("doesn't enter before the pony has gone": not until then either (seq7))
        if held_back and not any(pp.np is not None and (pp.np.frame or pp.np.region) for pp in nxt.pps if pp.prep == "of"):
            # 'A cat doesn't come in until the dog has left', '… does not enter until after X is gone': the other
            # first, then this one (the 'not' only holds it back)
            kept = [w for w in c.words if w.low not in ("not", "never", "until", "till")]
            out[k] = replace(nxt, link=c.link)
            out[k + 1] = replace(c, adverbs=[a for a in c.adverbs if a not in ("not", "never")], words=kept, link="then")
            k += 2
            continue
        if _past(nxt) and not _past(c) and nxt.link in (";", ",", "and") and c.verb_text.endswith("s"):
            if nxt.subjects and all(s.pronoun in ("it", "they", "he", "she") for s in nxt.subjects):
                nxt = replace(nxt, subjects=list(c.subjects))     # its 'it' is the subject told before it
            out[k], out[k + 1] = nxt, c          # 'arrives in the corner; it came from the left': the coming first
            k += 2
            continue
        if nxt.link == "when" and c.times and c.subord is None:
            k += 2                               # 'is in A until the middle, when it moves to B': then, not before
            continue
        if c.subord == "before" and (c.verb or c.copula):
            out[k], out[k + 1] = nxt, c          # 'Before it leaves, the cat sits': the sitting first
            k += 2
            continue
        if nxt.link in ("after", "once", "when") and nxt.subord is None and (nxt.verb or nxt.copula) and not (
                k + 2 < len(out) and out[k + 2].link == ","):     # 'A, and after it has gone, B': already in order
            out[k], out[k + 1] = nxt, c          # 'the dog comes in after the cat has left'
            k += 2
            continue
        k += 1
    return out


_REFLEXIVE = {"itself", "themselves", "himself", "herself"}
_AT_FIRST = {"first", "start", "beginning", "outset", "initially", "begin"}


def _sequence_ahead(c: Clause) -> bool:
    """Words of the clause that put it in a sequence ('first', 'then', 'later'): its appearing is an event."""
    return bool({"first", "then", "later", "next", "finally", "eventually", "suddenly", "soon", "in turn", "one by one",
                 "one after another", "one after the other"} &
                (set(c.adverbs) | set(c.times) | {w.low for w in c.words}))


def _at_first(c: Clause) -> bool:
    """The clause's time is its start ('at first', 'to begin with', 'at the start'), not the whole clip."""
    return any(_AT_FIRST & set(t.split()) and not {"from", "throughout"} & set(t.split()) for t in c.times)


def _past(c: Clause) -> bool:
    """The clause's verb is in the past ('it came from the left', 'had started'): told after, happened before."""
    text, lemma = (c.verb_text or "").lower(), c.verb
    if not text or not lemma or c.participle or text.endswith("ing") or any(
            w.low in ("is", "are", "am", "does", "do", "can", "will", "has", "have") for w in c.words):
        return False                     # 'is not seen again', 'has left': present, passive or perfect
    return any(w.low in ("had", "was", "were") for w in c.words) or text not in (lemma, lemma + "s", lemma + "es") \
        and not text.endswith("s") and not (lemma.endswith("y") and text == lemma[:-1] + "ies")


def _stays_for_a_part(actions: list[Action]) -> None:
    """'During the first half a ferret naps on the porch': a thing that only stays, and only for a part of the clip,
    is there for that part."""
    for act in actions:
        if act.span is None or act.appears is not None or act.disappears is not None:
            continue
        mine = [a for a in actions if set(a.subjects) & set(act.subjects)]
        if any(a.moves or a.enters or a.exits or a.appears is not None or a.disappears is not None for a in mine):
            continue
        later = actions[actions.index(act) + 1:]
        if any(set(a.objects) & set(act.subjects) or any(set(r[1:]) & set(act.subjects) for r in a.relations
                                                          if r and r[0] != "held") for a in later):
            continue                   # '… only a teacup; in the second half a saucer joins it': still there
        lo, hi = act.span
        act.appears, act.disappears = (lo if lo > 0 else None), (hi if hi < 1 else None)


# A point of a thing, not of the clip ('at the end of the parking lot', 'in the middle of the road'): no time.
def _without_points_of_things(c: Clause) -> str:
    """The clause's words without the point of a thing its phrases name: 'at the end of a pier' parses as a phrase
    'at the end' with 'of a pier' inside it, so the words alone would read as a time ('at the end' of the clip)."""
    words = " ".join(w.low for w in c.words)
    for pp in c.pps:
        if pp.np is not None and pp.np.of is not None and pp.np.head in ("end", "start", "beginning", "middle") and \
                pp.np.of.head not in _CLIP_WORDS:
            words = re.sub(r"\b" + re.escape(pp.prep.replace("_", " ")) + r" the (?:very |far |near )?" + pp.np.head +
                           r"\b", " ", words, count=1)
    return words


_CLIP_WORDS = {"video", "clip", "shot", "scene", "film", "footage", "animation", "sequence", "movie"}
_PLACE_POINT = re.compile(r"\b(?:at|in|near|by|towards?|to|on) the (?:very |far |near )?(?:end|start|beginning|middle) "
                          r"of (?:the |a |an |its |their |this )?(?!(?:video|clip|shot|scene|film|footage|animation|"
                          r"sequence|movie)\b)[a-z]")


def _row_of_verbless(actions: list[Action]) -> None:
    """'A car, then a bus, then a truck, from left to right': things named one after another with no verb and a
    way at the end stand in that order across the frame; nothing moves."""
    if len(actions) < 2 or any(a.lemma or a.verb or len(a.subjects) != 1 or a.enters or a.exits or a.appears
                               is not None or a.disappears is not None for a in actions):
        return
    last = actions[-1]
    if not (isinstance(last.start, str) and last.start in ("left", "right") and last.path == [
            {"left": "right", "right": "left"}[last.start]]) or any(a.moves for a in actions[:-1]):
        return
    order = [a.subjects[0] for a in actions]
    if last.start == "right":
        order = order[::-1]
    last.start, last.path, last.moves = None, [], False
    by_subject = {a.subjects[0]: a for a in actions}
    for a, b in zip(order, order[1:]):
        by_subject[a].relations.append(("left_of", b))


# Verbs whose 'into' a place is where the thing stays ('tucked into a corner', 'wedged into the gap').
_SETTLED_INTO = {"tuck", "wedge", "nestle", "cram", "jam", "stuff", "squeeze", "slot", "curl", "huddle", "snuggle", "nest"}
_STILL_ROWS = {None, "be", "line", "arrange", "stand", "sit", "rest", "lie", "place", "set", "position", "see", "show",
               "wait", "stay", "remain", "sleep", "perch", "display", "order", "read", "range", "go"}
_ACROSS_WAY = re.compile(r"\b(?:from (?:the )?)?(left|right) to (?:the )?(left|right)\b", re.I)


def _told_across(actions: list[Action], things: list[Thing], sentence: str) -> None:
    """'Lined up from right to left: a box, a chair and a fox', 'Right to left there are A, B and C', 'Reading from
    left to right: A, B, C': things that do not move, listed after a way across, stand in the order the list names
    them, the way the words say; the way is no journey."""
    m = _ACROSS_WAY.search(sentence)
    if not m or m.group(1).lower() == m.group(2).lower():
        return
    way = (m.group(1).lower(), m.group(2).lower())

    def the_way(a: Action) -> bool:
        return a.start in way and a.path in ([way[1]], []) and (a.lemma in _STILL_ROWS)

    if any((a.moves or a.path or a.start) and not the_way(a) or a.toward or a.enters or a.exits or a.vertical
           for a in actions):
        return
    listed: list[int] = []
    for a in actions:
        for i in a.subjects:
            if i not in listed and not things[i].character:
                listed.append(i)
    if len(listed) < 2 and all(not a.subjects for a in actions):
        listed = [i for i, t in enumerate(things) if not t.character]     # 'Right to left there are A, B and C'
    if len(listed) < 2 or any(r and r[0] in ("left_of", "right_of", "between", "held") for a in actions
                              for r in a.relations):
        return
    for a in actions:
        if the_way(a):
            a.start, a.path, a.moves = None, [], False
    order = listed if way[0] == "left" else listed[::-1]
    actions.append(Action(subjects=order[:1], relations=[], text=actions[-1].text if actions else ""))
    for x, y in zip(order, order[1:]):
        actions.append(Action(subjects=[x], relations=[("left_of", y)], text=actions[-1].text))


_ROW_CUE = re.compile(r"\b(?:first|second|third|fourth|fifth|last) (?:one )?(?:from|counting from|on) the (?:left|right)\b|"
                      r"\b(?:left|right)-?most\b|\bin a (?:row|line)\b|\b(?:left|right) end\b|\blined up\b", re.I)
_RANKS = [(re.compile(r"\b(?:left-?most|far left|extreme left|(?:at|on) the left end|left end)\b", re.I), 0, False),
          (re.compile(r"\b(?:right-?most|far right|extreme right|(?:at|on) the right end|right end)\b", re.I), 1000, False),
          (re.compile(r"\b(?:in the middle|the middle one|in the cent(?:re|er)|the cent(?:re|er) one|between them|"
                      r"between the two|middle)\b", re.I), 500, False),
          (re.compile(r"\b(?:first|1st)\b", re.I), 1, True), (re.compile(r"\b(?:second|2nd)\b", re.I), 2, True),
          (re.compile(r"\b(?:third|3rd)\b", re.I), 3, True), (re.compile(r"\b(?:fourth|4th)\b", re.I), 4, True),
          (re.compile(r"\b(?:fifth|5th)\b", re.I), 5, True), (re.compile(r"\b(?:last|final)\b", re.I), 999, True)]
_ROW_PARTS = re.compile(r"([,;:]|\band\b|\bthen\b|\bwhile\b|\bwith\b|\bnext\b)", re.I)


def _ranked_row(actions: list[Action], things: list[Thing], sentence: str) -> None:
    """A row told by rank (space7): 'A is the first from the left, B the second and C the third', 'B is in the
    middle, A the leftmost', 'the rightmost is C', 'In a row, A comes first from the left, then B, then C', 'A at
    the left end, B in the middle, C at the right end': each part of the sentence that names one thing and one rank
    puts it there, counted from the left unless the sentence counts from the right; the things stand in that
    order, and an arrival order or a way read from the same words is no longer theirs."""
    if not _ROW_CUE.search(sentence):
        return
    from_right = bool(re.search(r"\b(?:from|counting from) the right\b", sentence, re.I))
    keyed = [(i, t.key.lower()) for i, t in enumerate(things) if not t.character and t.count == 1]
    ranks: dict[int, float] = {}
    pieces = _ROW_PARTS.split(sentence)
    last, then = None, False          # the rank said last, and whether this part follows 'then' ('next')
    for part in pieces:
        low = part.lower().strip()
        if low in ("then", "next"):
            then = True
            continue
        if _ROW_PARTS.fullmatch(low or " "):
            continue
        here = [i for i, k in keyed if re.search(rf"\b{re.escape(k)}\b", low)]
        if len(here) != 1 or here[0] in ranks:
            then = False
            continue
        for rx, value, ordinal in _RANKS:
            if rx.search(part):
                ranks[here[0]] = last = (1000 - value if from_right and ordinal else value)
                break
        else:
            if then and last is not None and 0 < last < 500:
                ranks[here[0]] = last = last + 1     # '… comes first from the left, then B, then C'
            elif then and last is not None and 500 < last < 1000:
                ranks[here[0]] = last = last - 1     # (counted from the right)
        then = False
    if len(ranks) < 2 or len(set(ranks.values())) < len(ranks):
        return
    if any(a.toward or a.vertical or a.exits or a.passing is not None or a.circling is not None
           for a in actions if set(a.subjects) & set(ranks)):
        return
    order = sorted(ranks, key=lambda i: ranks[i])
    for a in actions:
        if set(a.subjects) & set(ranks):
            a.enters, a.appears, a.start, a.path, a.rank, a.moves, a.timed = None, None, None, [], None, False, False
            if a.lemma in MOTION:
                a.lemma = None                   # 'comes first from the left': stands first, goes nowhere
            if a.place in ("left", "right", "center"):
                a.place = None
            a.relations = [r for r in a.relations if r[0] not in ("left_of", "right_of", "between")]
    for x, y in zip(order, order[1:]):
        actions.append(Action(subjects=[x], relations=[("left_of", y)], text=actions[-1].text if actions else ""))


_TOP_DOWN = re.compile(r"\b(?:from (?:the )?)?(top|bottom) to (?:the )?(top|bottom)\b", re.I)
_STACK_CUE = re.compile(r"\b(?:stack|stacked|pile|piled|heap|heaped|tower)\b|\bon top\b(?! of)", re.I)
_STACK_TOP = re.compile(r"\b(?:on|at) (?:the )?(?:very )?top\b(?! of)", re.I)
_STACK_BOTTOM = re.compile(r"\b(?:on|at) the (?:very )?bottom\b(?! of)|\bunderneath it all\b", re.I)
_STACK_MIDDLE = re.compile(r"\bin the middle\b(?! of)|\bin between\b(?! \w)", re.I)


def _stack_told(actions: list[Action], things: list[Thing], sentence: str) -> None:
    """A stack told by its levels: 'From top to bottom: a box, a tray, a brick', 'a box at the bottom, a brick in
    the middle and a crate on top', 'a suitcase on top, then a tray, then a crate at the bottom', 'a book on top of
    a tray, with a brick at the bottom': each level stands on the one below it. Only where the sentence speaks of a
    stack ('on top' with nothing after it, 'stack', 'pile', a way from top to bottom, or a level beside a thing said
    to be on another), so 'a bird at the top, a dog at the bottom' stays two places in the frame."""
    way = _TOP_DOWN.search(sentence)
    if way and way.group(1).lower() == way.group(2).lower():
        way = None
    said_on = any(r and r[0] == "on" for a in actions for r in a.relations)
    if not way and not _STACK_CUE.search(sentence) and not (said_on and _STACK_BOTTOM.search(sentence)):
        return
    if any(a.toward or a.enters or a.exits or a.vertical for a in actions):
        return
    for a in actions:
        if (a.moves or a.path) and not (way and a.start in ("upper", "lower")):
            return
    listed = [i for i, t in enumerate(things) if not t.character and t.kind != "person" and
              t.key not in ("stack", "pile", "heap", "tower")]
    low = sentence.lower()
    rank: dict[int, float] = {}
    if not way:
        for i in listed:
            key = re.escape(things[i].key)
            near = r"\b" + key + r"s?\b(?: (?:is|sits|rests|lies|stands|goes|comes))?,? "
            if re.search(near + r"(?:on|at) (?:the )?(?:very )?top\b(?! of)", low):
                rank[i] = 0.0
            elif re.search(near + r"(?:on|at) the (?:very )?bottom\b(?! of)", low):
                rank[i] = 3.0
            elif re.search(near + r"in the middle\b(?! of)", low):
                rank[i] = 1.5
            elif re.search(r"(?:^|[;:.]\s*|\bwith\s+|\band\s+)(?:on|at) the (?:very )?bottom\b(?! of)[ ,:]+(?:is |sits |lies |"
                           r"rests )?(?:a|an|the) " + key + r"\b", low):
                rank[i] = 3.0                 # 'and at the bottom, a crate'
        if not any(v in (0.0, 3.0) for v in rank.values()):
            return
    if len(listed) < 2:
        return
    if way:
        order = listed if way.group(1).lower() == "top" else listed[::-1]
    else:
        order = sorted(listed, key=lambda i: (rank.get(i, 1.5), listed.index(i)))
    heaps = {i for i, t in enumerate(things) if t.key in ("stack", "pile", "heap", "tower")}
    for a in actions:           # 'A stack: a suitcase on top, …': on the stack is on the level below
        a.relations = [r for r in a.relations if not (r and r[0] == "on" and r[-1] in heaps)]
    on = {a.subjects[0]: r[1] for a in actions if len(a.subjects) == 1 for r in a.relations if r and r[0] == "on"}
    for a in actions:
        if way and a.start in ("upper", "lower"):
            a.start, a.path, a.moves = None, [], False
        if any(i in listed for i in a.subjects) and a.place in ("upper", "lower", "center"):
            a.place = None              # the levels are where they are, not places in the frame
    for x, y in zip(order, order[1:]):
        if x not in on and y not in on.values():
            actions.append(Action(subjects=[x], relations=[("on", y)], text=actions[-1].text if actions else ""))
            on[x] = y


_WAYS_OF_GOING = {"path", "route", "motion", "movement", "journey", "course", "trajectory", "trip"}


def _lend_the_way(actions: list[Action]) -> None:
    """A way said with no one going it ('Right to left, a drone crosses the frame', 'The motion is from right to
    left: a truck crosses'): the way of the one clause that moves without a way of its own."""
    for k, a in enumerate(list(actions)):
        if a.subjects or not a.moves or not a.path or a.enters or a.exits:
            continue
        movers = [b for b in actions if b.subjects and b.moves and b.path in ([], ["across"]) and b.start is None
                  and not b.enters and not b.exits and b.toward is None and not b.vertical]
        if len(movers) == 1:
            movers[0].start, movers[0].path = a.start, list(a.path)
            actions.remove(a)


def _side_of(act: Action, *slots: str) -> str | None:
    for slot in slots:
        v = getattr(act, slot)
        v = v[-1] if isinstance(v, list) and v else v
        if isinstance(v, str) and v in ("left", "right"):
            return v
    return None


def _in_and_out(actions: list[Action]) -> None:
    """Where a thing comes in and where it goes out, told in one sentence ('walks in from the right side and
    walks out on the left side', 'comes in on the left and leaves on the right', 'appears at the left side,
    crosses over and disappears at the right side'): it enters by the first side and exits by the second."""
    for k, a in enumerate(actions):
        if not a.subjects or a.timed or not (a.enters or a.lemma in APPEAR):
            continue
        later = [b for b in actions[k + 1:] if b.subjects == a.subjects and not b.timed and (
            b.exits or b.lemma in DISAPPEAR or b.lemma in EXIT)]
        if not later:
            continue
        b = later[0]
        came = _side_of(a, "start", "place", "enters") if not a.enters or a.start or a.place else a.enters
        went = _side_of(b, "place", "path", "exits") if (b.place or b.path) else _side_of(b, "exits")
        if came is None or went is None or came == went and not (b.place or b.path):
            continue
        a.enters, a.start, a.place, a.appears, a.moves = came, None, None, None, True
        b.exits, b.path, b.place, b.disappears, b.moves = went, [], None, None, True
        for mid in actions[k + 1:actions.index(b)]:
            if mid.subjects == a.subjects and mid.path in ([], ["across"]) and mid.start is None:
                mid.path = [went]                # '…, crosses over, and …': toward the side it goes out by


_THROUGH = {"by", "past", "through", "across"}
_EARLY_POINTS = {"at the start", "at the beginning", "at the very start", "at the very beginning", "at first",
                 "right at the start", "right at the beginning", "at the outset", "to begin with", "early on"}


def _early_passing(act: Action, c: Clause, lemma, window) -> bool:
    """'passes by early', 'runs through at the start', 'goes by in the first seconds', 'leaves early': a crossing or
    a going out told with an early time is over early (the thing is gone before the middle), not there throughout."""
    early = "early" in c.adverbs or any(t in _EARLY_POINTS for t in c.times) or (
        window is not None and window[0] <= 0 < window[1] <= 0.55 and not {"only", "until", "till"} & {
            w for t in c.times for w in t.split()})
    if not early or not act.subjects or act.passing is not None or act.circling is not None or act.appears is not None \
            or act.disappears is not None or c.copula or lemma not in MOTION | EXIT or act.objects and lemma != "cross":
        return False
    through = bool(_THROUGH & (set(c.particles) | set(c.adverbs))) or lemma in ("cross", "pass") or \
        any(pp.prep in ("through", "across", "past") and pp.np is not None and (pp.np.setting or pp.np.frame)
            for pp in c.pps)
    if not (through or act.exits):
        return False
    end = window[1] if window is not None and window[1] <= 0.55 else 0.4
    act.exits = act.exits or _side_of(act, "path") or "right"
    if {"by", "past", "through"} & (set(c.particles) | set(c.adverbs)) and not act.enters:
        act.enters = "left" if act.exits == "right" else "right"      # 'rides by': comes in, then goes out
    act.disappears, act.timed, act.moves = round(min(end, 0.45), 3), True, True
    return True


def _away_before_a_coming(actions: list[Action]) -> None:
    """'A tricycle goes away, and a wheelbarrow arrives': going away before another comes in is leaving the
    picture, not going off into the distance in it."""
    for k, a in enumerate(actions):
        if a.toward == "away" and a.moves and a.subjects and not a.exits and not a.path and a.start is None and \
                not a.timed and a.lemma in MOTION | {"pull", "move"} and any(
                    b.subjects and not set(b.subjects) & set(a.subjects) and (b.enters or b.appears is not None)
                    for b in actions[k + 1:]):
            a.toward, a.exits = None, "right"


def _seq9_lanes(actions: list[Action]) -> None:
    """seq9: a move along a band of the frame ('heads left along the bottom of the frame', 'runs right across the
    top'): from one end of the band to the other, the way it goes (rightward when no way is said)."""
    for act in actions:
        lane = act.seq9_lane
        if lane is None:
            continue
        ways = [r for r in act.path if r in ("left", "right", "across")]
        if len(ways) != len(act.path) or isinstance(act.start, tuple) or act.vertical:
            continue
        way = next((r for r in reversed(ways) if r != "across"), "right")
        other = "left" if way == "right" else "right"
        act.start = f"{lane} {other}" if act.start in (None, lane, other, "upper", "lower") else act.start
        act.path = [f"{lane} {way}"]
        act.moves = True


_SEQ9_FOLLOWING = {"follow", "trail", "tail", "shadow", "pursue", "chase"}


def _seq9_follows_a_comer(actions: list[Action]) -> None:
    """seq9: 'After a frog enters from the left, a hedgehog follows it': one who follows a thing that comes into the
    clip in this sentence, with no coming of its own, comes in after it, by the same side."""
    for k, act in enumerate(actions):
        if act.lemma not in _SEQ9_FOLLOWING or len(act.objects) > 1 or act.enters or act.appears is not None or \
                act.timed or act.start is not None or act.exits or not act.subjects or (act.verb or "").endswith("ing"):
            continue
        # 'follows it' names its lead; a bare 'follows' ('After the squirrel walks in, a zebra follows') the last comer
        lead = next((a for a in reversed(actions[:k]) if (a.subjects == act.objects if act.objects else
                                                           a.subjects and not set(a.subjects) & set(act.subjects))
                     and (a.enters or a.appears is not None) and not a.exits and a.disappears is None), None)
        if lead is None:
            continue
        act.enters = lead.enters if isinstance(lead.enters, str) else "left"
        act.moves = True
        if act.path == ["across"]:
            act.path = []              # it goes the way its lead came in, not across on its own


_SEQ9_OPENERS = re.compile(r"^\W*(?:to (?:begin|start) with|first(?: of all)?|firstly|initially|at first|in the "
                           r"beginning|at the (?:very )?(?:start|beginning|outset)|from the (?:start|outset)|"
                           r"right at the (?:start|beginning)),?\s", re.I)


def _seq9_opening_coming(actions: list[Action], events: list[Action]) -> Action | None:
    """seq9: 'To begin with a jeep comes into view; next, a sailor': a coming timed only by an opener of the clip,
    told before untimed comings of others, is the first of the order; it keeps its time, and they come after it."""
    first = actions.index(events[0])
    for a in actions[:first]:
        if a.subjects and a.timed and (a.enters or a.appears is not None and a.appears < 0.2) and \
                a.exits is None and a.disappears is None and _SEQ9_OPENERS.match(a.text) and \
                all(not set(a.subjects) & set(e.subjects) for e in events):
            return a
    return None


def _sequence_events(actions: list[Action]) -> None:
    """Several things coming and going in one sentence without a time of their own ('first a cat walks in, then a
    dog walks in', 'the fox leaves before a hare comes') come and go one after another, in the order told."""
    events = [a for a in actions if a.subjects and not a.timed and (
        a.enters or a.exits or a.appears is not None or a.disappears is not None)]
    if not events:
        return
    opener = _seq9_opening_coming(actions, events)
    if opener is not None:
        events.insert(0, opener)
    last = max(actions.index(a) for a in events)
    later = [b.appears for b in actions[last + 1:] if b.timed and b.appears is not None and 0.3 < b.appears < 1 and
             not set(b.subjects) & {s for a in events for s in a.subjects}]
    if len({tuple(a.subjects) for a in events}) < 2 and not (later and events[0].appears is not None and
                                                             events[0].appears >= min(later)):
        return                  # (one coming before a timed one: '…, well after a penguin' comes before it)
    if any(a.rank is not None for a in events):
        ranks, last = [], 0
        for a in events:
            last = a.rank if a.rank is not None else last
            ranks.append(last)                   # an unranked coming keeps its place after the one before it
        events = [a for _, a in sorted(zip(ranks, events), key=lambda ra: ra[0])]
    m = len(events)
    # a timed coming told after them ('…; a moment later a truck does; and at the end a cat does too'): they come
    # before it, spaced over the time up to it
    span = min(later) if later else 1.0
    for k, a in enumerate(events):
        u = round(span * (k + 1) / (m + 1), 3)
        if a is opener:
            continue                             # its own time is the start: the rest come after it
        if a.exits or a.disappears is not None and a.appears is None:
            a.disappears = u
        elif k or not a.enters:
            a.appears = u
        elif a.appears is not None:
            a.appears = min(a.appears, u)        # the first of them comes in before the second


def sequence_across_sentences(told: list[list[Action]]) -> list[Action]:
    """A shot told over several sentences ('A moose comes in. Then a beaver does. Finally an otter arrives.', 'Step
    1: … Step 2: …'): comings and goings without a time of their own, told in different sentences of one shot, come
    and go one after another in the order told, as those of one sentence do (`_sequence_events`) (seq7). Returns
    the shot's actions."""
    told = [acts for acts in told if acts]
    flat = [a for acts in told for a in acts]
    if len(told) < 2:
        return flat
    split = False
    for k, acts in enumerate(told[1:], 1):
        for r in acts:              # 'A beaver and a pony come in. Of the two, the pony is first.': it, then the other
            g = next((g for g in told[k - 1] if len(g.subjects) > 1 and set(r.subjects) < set(g.subjects) and
                      (g.enters or g.appears is not None) and not g.timed), None)
            if g is None or r.rank != 1 or r.enters or r.exits or r.moves or r.path or r.place or r.relations:
                continue
            then = replace(g, subjects=[s for s in g.subjects if s not in r.subjects], path=list(g.path),
                           relations=list(g.relations), rank=None, appears=None if g.enters else g.appears)
            g.subjects = list(r.subjects)
            flat.insert(next(i for i, a in enumerate(flat) if a is g) + 1, then)
            flat = [a for a in flat if a is not r]
            split = True
    said = [{s for a in acts if a.enters or a.exits or a.appears is not None or a.disappears is not None
             for s in a.subjects} for acts in told]
    if sum(1 for x in said if x) < 2 and not split:
        return flat             # the comings of one sentence only: that sentence ordered them already
    events = [a for a in flat if a.subjects and (a.enters or a.exits or a.appears is not None or
                                                 a.disappears is not None)]
    lead = events[0] if events and events[0].timed and (events[0].appears or 0) < 0.2 and events[0].enters and \
        not events[0].exits and all(not a.timed or (a.appears or 0) >= 0.3 for a in events[1:]) else None
    if lead is not None:
        lead.timed = False      # 'To start with, a koala comes in. Then a truck does.': the first of the order
    _sequence_events(flat)
    if lead is not None:
        lead.timed = True
    return flat


def _apposition(c: Clause, inner_and: bool = False) -> bool:
    """The clause's subjects before its verb are joined by a comma alone, not by 'and' ("Leo's sister, JUNE,");
    with `inner_and`, a comma right after the first name and an 'and' only inside what follows it."""
    head = []
    for w in c.words:
        if w.tag in ("VERB", "COP", "AUX"):
            break
        head.append(w)
    while head and head[0].tag in ("CONJ", "ADV", "TIME"):
        head = head[1:]                        # 'But BRICK BRADDOCK, retired police detective, …'
    if inner_and:
        k = next((i for i, w in enumerate(head) if w.tag == "NAME"), None)
        return k is not None and k + 1 < len(head) and head[k + 1].low == ","
    return any(w.low == "," for w in head) and not any(w.tag == "CONJ" for w in head)


# Where a put thing goes: 'on', 'onto', 'against', 'into' the place after the verb and its object.
_PUT_PREPS = {"on", "onto", "upon", "atop", "against", "into", "inside", "under", "beneath", "underneath"}


def _puts_object(act: Action, c: Clause, lemma) -> bool:
    """The clause puts its object somewhere: a placing verb ('sets', 'leans', 'hangs'), or any other verb that is
    not one of going, staying, looking or showing, with an object and a place after them ('plunks the jar on the
    shelf', 'wedges the chair under the handle') — English's caused-motion pattern, whatever the verb."""
    if not act.objects or not act.relations:
        return False
    if lemma in PLACING:
        return True
    if lemma in (MOTION | STATIC) - AIMED - PERCEIVE - {"be", "have"}:
        return _caused_motion_scrb9(c, lemma)
    if lemma is None or lemma in MOTION | STATIC | AIMED | PERCEIVE | {"be", "have", "meet", "join", "find", "greet"}:
        return False
    return any((pp.prep in _PUT_PREPS or pp.prep in _PUT_HIGH_PREPS_SCRB9 and _after_the_object_scrb9(c, pp)) and
               not pp.before_verb and not pp.fronted for pp in c.pps)


def _index_of_scrb9(c: Clause, word) -> int | None:
    return next((k for k, w in enumerate(c.words) if w is word), None)


def _after_the_object_scrb9(c: Clause, pp) -> bool:
    """scrB9: the place comes after the verb's object ('tacks the map above the fireplace'), not a particle right
    after the verb ('hands over the story')."""
    obj = next((o for o in c.objects if o.words), None)
    if obj is None or pp.np is None or not pp.np.words:
        return False
    a, b = _index_of_scrb9(c, obj.words[-1]), _index_of_scrb9(c, pp.np.words[0])
    return a is not None and b is not None and a < b and _object_right_after_the_verb_scrb9(c)


def _object_right_after_the_verb_scrb9(c: Clause) -> bool:
    """scrB9: the object follows its verb with nothing but a particle or an adverb between ('perches the jar on
    …'), not after a comma ('sleeps peacefully, just an oxygen tube under his nose')."""
    obj = next((o for o in c.objects if o.words), None)
    verb = next((k for k, w in enumerate(c.words) if w.tag == "VERB"), None)
    if obj is None or verb is None:
        return False
    at = _index_of_scrb9(c, obj.words[0])
    return at is not None and at > verb and all(w.tag in ("PART", "ADV") for w in c.words[verb + 1:at])


# scrB9: words that put a sound's source out of the shot ('Somewhere, a dog barks', 'Upstairs, someone sings')
_ELSEWHERE_SCRB9 = {"somewhere", "upstairs", "downstairs", "offstage", "offscreen", "off-screen", "elsewhere",
                    "outside", "next-door"}
_ELSEWHERE_PAIRS_SCRB9 = {("far", "off"), ("far", "away"), ("next", "door"), ("off", "screen"), ("off", "camera"),
                          ("off", "stage"), ("off", "frame")}
_OFF_PAIRS_SCRB9 = {("off", "screen"), ("off", "camera"), ("off", "stage"), ("off", "frame")}


def heard_elsewhere_scrb9(c: Clause, subjects=None) -> bool:
    """scrB9: a clause of a screenplay's action that only lets us hear something from out of the shot: off screen
    ('Off screen, the tinkle of a bell'); or a sound, a sounding verb or a verbless phrase with a place out of the
    shot: 'somewhere', 'upstairs', 'far off', 'next door', 'outside' (before the verb, after 'from' or 'in', or said
    of no one: 'Somewhere below, a bell tolls twice', 'Upstairs, someone is singing', 'a dog barks outside'), 'in
    the next room', 'in the distance', or 'from' a room or a place ('From the garden, Arjun shouts something', 'A
    voice calls from the hallway', 'The clatter of dishes comes from the kitchen'). A sound sent there by
    someone here is theirs ('Mara calls upstairs'), and coming from a place is coming in ('Mara comes from the
    kitchen')."""
    subjects = c.subjects if subjects is None else subjects
    lows = [w.low for w in c.words]
    pairs = set(zip(lows, lows[1:]))
    if pairs & _OFF_PAIRS_SCRB9:
        return True
    lemma = c.verbs[0] if c.verbs else None
    if lemma in HEARING:
        return False                 # 'we hear …', 'Mara hears …': the hearer's clause, read as such
    sound_subject = bool(subjects) and all(s.sound for s in subjects)
    sounding = sound_subject or lemma in syntax.SOUND_VERBS_SCRB9 or not c.verbs and not c.copula
    if not sounding:
        return False
    someone = any(s.name or s.pronoun in ("he", "she", "they", "i", "we", "you") for s in subjects)
    verb_at = next((k for k, w in enumerate(c.words) if w.tag in ("VERB", "COP", "AUX")), len(c.words))
    for k, low in enumerate(lows):
        pair = (low, lows[k + 1]) if k + 1 < len(lows) else None
        if low in _ELSEWHERE_SCRB9 or pair in _ELSEWHERE_PAIRS_SCRB9:
            if low == "outside" and (k + 1 < len(lows) and lows[k + 1] in ("the", "a", "his", "her", "their")):
                continue             # 'outside the door': a place by a thing, not out of the shot
            if low == "somewhere" or k < verb_at or k and lows[k - 1] in ("from", "in") or not someone:
                return True
    for pp in c.pps:
        ph = pp.np
        if ph is None:
            continue
        words = {w.low for w in ph.words} if ph.words else set()
        if pp.prep in ("in", "from") and ph.head == "room" and words & {"next", "other", "another", "adjoining"}:
            return True              # 'in the next room', 'from another room'
        if pp.prep == "in" and ph.head == "distance":
            return True
        if pp.prep in ("from", "out_of") and (ph.head in INTERIORS or ph.setting) and ph.head not in THRESHOLDS and \
                (sound_subject or lemma in syntax.SOUND_VERBS_SCRB9):
            return True              # 'shouts from the garden', 'comes from the kitchen' (a sound's)
    return False


# scrB9: verbs that hang a thing from another ('hangs the lantern from the beam', 'dangles the keys from a hook')
_HANGING_SCRB9 = {"hang", "dangle", "suspend", "sling", "string"}
# scrB9: verbs whose 'to' is where the thing goes along or to whom, never what it is fixed to
_NOT_FIXING_SCRB9 = {"bring", "send", "return", "give", "show", "read", "say", "explain", "point", "offer", "pass",
                     "hand", "lend", "sell", "mail", "post", "deliver", "throw", "toss", "hold", "raise", "lift",
                     "lower", "turn", "take", "carry", "move", "push", "pull", "drag", "lead", "wheel", "walk", "ride",
                     "drive", "tell", "sing", "play", "introduce", "wave", "nod", "blow", "shout", "call", "whisper",
                     "recommend", "add", "compare", "lock", "switch", "set", "put"}


def _attached_scrb9(act: Action, c: Clause, things: list, memo: dict, lemma) -> None:
    """scrB9: a thing fixed to or hung from another touches it: 'pins the note to the door', 'tapes the photo to
    the mirror', 'ties the rope to the post', 'hangs the lantern from the beam'. The 'to' of any verb that is not
    one of going, giving, showing or taking along ('carries the box to the door', 'hands the note to Mara')."""
    if not act.objects or act.relations or lemma is None:
        return
    if any(i >= len(things) or things[i].kind == "person" for i in act.objects) or c.copula or \
            not _object_right_after_the_verb_scrb9(c):
        return
    for pp in c.pps:
        if pp.np is None or pp.before_verb or pp.fronted or pp.np.setting or pp.np.frame or pp.np.region is not None:
            continue
        fixed = pp.prep == "to" and lemma not in MOTION | CONVEYING | TAKING | HANDING_SCRB9 | AIMED | PERCEIVE | \
            _NOT_FIXING_SCRB9 | STATIC
        hung = pp.prep == "from" and lemma in _HANGING_SCRB9
        if not (fixed or hung):
            continue
        if pp.np.det is None and pp.np.owner is None or any(things[i].bare for i in act.objects):
            continue                 # ('REVERSE to find', 'work to do': no thing fixed to another)
        targets = [j for j in memo.get(id(pp.np), ()) if j < len(things) and things[j].kind == "object" and
                   j not in act.objects and j not in act.subjects and not things[j].bare]
        if targets:
            act.relations.append(("against", targets[0]))
            act.places = True
            return


# scrB9: verbs of passing a thing from hand to hand (the planner's HANDING): their 'to' is someone
HANDING_SCRB9 = {"hand", "pass", "slide", "give", "offer", "toss"}


def _it_as_the_thing_before_scrb9(o, c: Clause, before: list, subjects: list[int], things: list) -> list[int]:
    """scrB9: 'takes a key from her pocket and sets it on the desk', 'lifts the lid off the pot and puts it down':
    an object 'it' in a clause going on with the same subject is the thing the clause before acted on, not the
    last noun said (where it came from)."""
    if o.pronoun != "it" or c.link not in ("and", ",", "then") or not before or not subjects:
        return []
    prev = before[-1]
    objs = [i for i in prev.objects if i < len(things) and things[i].kind != "person" and not things[i].character]
    if len(objs) != 1 or not set(prev.subjects) & set(subjects) or objs[0] in subjects:
        return []
    return objs


def _put_sound_word_scrb9(o, c: Clause, lemma) -> bool:
    """scrB9: a word for a sound that is also a thing ('ring', 'whistle', 'horn', 'bell'), the object of a verb
    that puts it somewhere ('slips the ring into the drawer', 'sets the horn on the shelf'): no sound is put, so it
    is the thing."""
    return o.head in NOUNS and o.of is None and lemma is not None and lemma not in HEARING and any(
        pp.prep in _PUT_PREPS and not pp.before_verb and not pp.fronted and pp.np is not None for pp in c.pps)


def _goes_by_its_manner_scrb9(lemma, c: Clause) -> bool:
    """scrB9: English's manner-of-motion pattern: a verb with no object and 'into the kitchen' / 'through the door'
    goes there, whatever the verb ('a piglet pads into the room', 'a calf clops through the door'); not a look, a
    call or a sound sent there ('peers into the room', 'shouts into the hallway'), nor 'is', nor a verb with its
    object ('puts the cat into the room' is the cat's)."""
    return bool(lemma) and not c.objects and not c.copula and \
        lemma not in AIMED | PERCEIVE | HEARING | STATIC | DISAPPEAR | EXIT | UP | DOWN and \
        lemma not in _NOT_GOING and lemma not in ("be", "have", "burst", "break", "fall", "call", "cry", "listen",
                                                  "lean", "reach", "shout", "yell", "whisper", "speak", "sing")


# scrB9: verbs of going whose object is the way gone, the one gone with or what is ridden, never a thing put
_WAY_VERBS_SCRB9 = {"cross", "traverse", "follow", "chase", "climb", "descend", "ascend", "mount", "pace", "round",
                    "circle", "approach", "enter", "exit", "leave", "pass", "skirt", "walk", "run", "ride", "drive",
                    "jog", "march", "roam", "wander", "patrol", "sail", "swim", "row", "paddle", "cycle", "skate",
                    "fly", "lead", "travel", "tour", "prowl", "stalk", "trail", "hike", "stride", "scale", "ford",
                    "race", "head", "go", "come", "proceed", "step"}
# scrB9: a thing put higher or lower than another ('tacks the map above the fireplace', 'pins a note over the bed')
_PUT_HIGH_PREPS_SCRB9 = {"above", "over", "below"}


def _caused_motion_scrb9(c: Clause, lemma) -> bool:
    """scrB9: a verb of going or staying used for putting a thing somewhere: 'slips the photograph into the
    envelope', 'perches the jar on the dresser', 'rolls the coin under the door', 'hides the key under the mat'.
    The object is a thing, never a person, an animal, a vehicle, a place or a way, and the verb is none whose object
    is the way gone or whom one goes with ('crosses the bridge into the park', 'climbs the ladder onto the roof',
    'follows Mara into the kitchen', 'rides the horse into the barn')."""
    obj = next((o for o in c.objects if o.head is not None), None)
    if obj is None or obj.name or obj.pronoun is not None or obj.setting or obj.frame and obj.head not in PICTURES or \
            obj.region is not None or obj.head in INTERIORS or obj.head in THRESHOLDS:
        return False
    if lemma in _WAY_VERBS_SCRB9 or obj.head in _SLOPES or not _object_right_after_the_verb_scrb9(c) or \
            obj.det is None and obj.owner is None and not obj.count:
        return False                 # ('Turned low, the radio …': no thing put, a bare word)
    entry = NOUNS.get(obj.head)
    if entry is not None and entry[0] != "object" or entry is None and _kind(obj.head) != "object":
        return False
    return any(pp.prep in _PUT_PREPS and not pp.before_verb and not pp.fronted and pp.np is not None and
               not (pp.np.setting or pp.np.frame or pp.np.head in INTERIORS) for pp in c.pps)


_NO_PLACES = {"day", "night", "morning", "evening", "afternoon", "dusk", "dawn", "noon", "midday", "twilight", "style",
              "sunshine", "sunlight", "moonlight", "light", "daylight", "weather", "manner", "fashion", "mood",
              "atmosphere", "lighting", "tone", "silence", "rain", "snow", "fog", "mist", "haze", "slow-motion"}


def _no_place(ph) -> bool:
    """A phrase after 'in'/'on' that names the frame, a style, a light or a time of day, not where a thing is ('appears
    in this shot', 'in a cartoon style', 'on a sunny day', 'in the sunshine'): an untimed 'appears' with it comes in."""
    return ph.frame or ph.head in _NO_PLACES


def _not_until(c: Clause) -> bool:
    """'Not until halfway does a dog appear': a 'not' that delays, not one that denies."""
    lows = [w.low for w in c.words]
    return any(a == "not" and b.startswith(("until", "till")) for a, b in zip(lows, lows[1:]))


def negated_visible(c: Clause) -> bool:
    """'is not visible', 'can't be seen', 'is never shown': the clause denies that something is in view."""
    return bool(_DENIALS & (set(c.adverbs) | {w.low for w in c.words})) and not _not_until(c)


_DENIALS = {"not", "never", "nowhere", "cannot", "can't", "isn't", "aren't", "wasn't", "weren't", "won't", "doesn't", "don't"}


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; keeps 'Mr.'/'Dr.' and initials together."""
    text = re.sub(r"\s+", " ", text.strip())
    parts = re.split(r"(?<![A-Z][a-z]\.)(?<!\b[A-Z]\.)(?<=[.!?])\s+(?=[\"'(A-Z0-9])", text)
    return [p.strip() for p in parts if p.strip()]
