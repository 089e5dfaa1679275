"""Reading sentences without a language model: noun phrases, clauses, relations, motion and visibility.

The reader is deliberately small: regular tokens, a lexicon (`lexicon.py`) and patterns a screenwriter or a
prompt writer actually uses ("three cats", "a brown ball and an orange cat", "to the left of", "moves from the
left to the right", "appears only in the second half", "first moves to the upper right, then to the upper left").
What it returns is a `Reading`: the things mentioned and, per clause, what their subjects do. Staging turns a
reading into boxes; nothing here knows about frames.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import (ADJECTIVES, COLOURS, COUNTS, DETERMINERS, FUNCTION_WORDS, LOCOMOTION, NOUNS, NUMBER_WORDS,
                      PRONOUNS, SETTINGS, SIZES, VERBS, singular)

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+|[,;:.!?()]")


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


@dataclass
class Action:
    """What one clause says its subjects do. Regions are names like 'left', 'upper right', 'center'."""

    subjects: list[int] = field(default_factory=list)
    verb: str | None = None
    objects: list[int] = field(default_factory=list)
    relations: list[tuple] = field(default_factory=list)      # (predicate, thing) or ("between", a, b)
    start: str | None = None                                  # region the motion starts from
    path: list[str] = field(default_factory=list)             # regions it moves through, in order
    place: str | None = None                                  # region it stays in
    toward: object = None                                     # "camera", "away", ("thing", i), ("from", i)
    vertical: str | None = None                               # "down" (falls) or "up" (rises)
    enters: str | None = None
    exits: str | None = None
    appears: float | None = None
    disappears: float | None = None
    moves: bool = False
    text: str = ""


@dataclass
class Reading:
    things: list[Thing]
    actions: list[Action]


_VERTICAL_VERBS = {"falls", "fall", "drops", "drop", "sinks", "sink", "descends", "rises", "rise", "climbs", "climb",
                   "ascends", "floats", "float", "flies", "fly", "jumps", "jump", "hops", "bounces", "bounce"}
_AIMED = {"looks", "look", "stares", "glances", "smiles", "waves", "points", "shouts", "yells", "laughs", "nods",
          "barks", "growls", "aims", "winks", "frowns", "throws"}
_REGION_WORDS = {"left", "right", "top", "bottom", "upper", "lower", "center", "centre", "middle"}


def _region(words: list[str]) -> str | None:
    """'upper right corner' -> 'upper right'; 'top' -> 'upper'; 'middle' -> 'center'; None if no region."""
    v = h = None
    for w in words:
        if w in ("upper", "top"):
            v = "upper"
        elif w in ("lower", "bottom"):
            v = "lower"
        elif w in ("left", "right"):
            h = w
        elif w in ("center", "centre", "middle"):
            v = v or "center"
    if v == "center" and h:
        v = None
    if v is None and h is None:
        return None
    return " ".join(x for x in (v, h) if x)


def _time_phrase(words: str) -> tuple[float, float] | None:
    """A visibility window from a phrase: 'only in the second half' -> (0.5, 1.0)."""
    table = (
        (r"first half|beginning half", (0.0, 0.5)), (r"second half|latter half|last half", (0.5, 1.0)),
        (r"first third", (0.0, 0.34)), (r"last third|final third", (0.66, 1.0)),
        (r"middle third", (0.33, 0.67)), (r"halfway|midway|half way|in the middle", (0.5, 1.0)),
        (r"at the end|near the end|at the last moment|late", (0.7, 1.0)),
        (r"at the (?:start|beginning)|at first|immediately", (0.0, 1.0)),
        (r"after a (?:moment|while|beat)|soon|a moment later|suddenly", (0.3, 1.0)),
        (r"briefly|for a moment", (0.33, 0.67)),
    )
    for pattern, window in table:
        if re.search(r"\b(?:" + pattern + r")\b", words):
            return window
    return None


class Reader:
    """Reads sentences into `Reading`s, remembering who 'he', 'it' and 'the cat' were across sentences.

    `names` maps lower-case name phrases ('brick', 'dick steel') to character ids, longest phrases first.
    """

    def __init__(self, names: dict[str, str] | None = None, kinds: dict[str, str] | None = None):
        self.names = dict(sorted((names or {}).items(), key=lambda kv: -len(kv[0].split())))
        self.kinds = kinds or {}
        self._by_first: dict[str, list[tuple[list[str], str]]] = {}
        for phrase, cid in self.names.items():
            parts = phrase.split()
            if parts:
                self._by_first.setdefault(parts[0], []).append((parts, cid))
        self.last_subject: list[Thing] = []
        self.last_moved = False

    # -- noun phrases --------------------------------------------------------------------------------------
    def _noun_phrases(self, tokens: list[str]) -> list:
        items: list = []          # ("thing", Thing) or ("word", lower, original)
        low = [t.lower() for t in tokens]
        i, n = 0, len(tokens)
        while i < n:
            # A known character name (longest first).
            hit = None
            for parts, cid in self._by_first.get(low[i], ()):
                if low[i:i + len(parts)] == parts and tokens[i][:1].isupper():
                    hit = (cid, len(parts))
                    break
            if hit:
                j = i + hit[1]
                if j < n and low[j] in ("'s",):
                    j += 1
                items.append(("thing", Thing(key=hit[0], kind=self.kinds.get(hit[0], "person"), character=True,
                                             words=" ".join(tokens[i:j]))))
                i = j
                continue
            count, j = None, i
            if low[j] in ("a", "an") and j + 1 < n and low[j + 1] in ("few", "pair", "couple"):
                count, j = COUNTS[low[j + 1]], j + 2
                if j < n and low[j] == "of":
                    j += 1
            elif low[j] in COUNTS:
                count, j = COUNTS[low[j]], j + 1
            elif low[j].isdigit() and 0 < int(low[j]) <= 12:
                count, j = int(low[j]), j + 1
            elif low[j] in DETERMINERS:
                count, j = 1, j + 1
            ordinal = None
            if count is not None and j < n and low[j] in NUMBER_WORDS and j + 1 < n and low[j + 1] not in ("time",):
                ordinal, j = NUMBER_WORDS[low[j]], j + 1
            adjs: list[str] = []
            k = j
            while k < n and low[k] in ADJECTIVES and (singular(low[k]) not in NOUNS or (
                    k + 1 < n and (singular(low[k + 1]) in NOUNS or low[k + 1] in ADJECTIVES))):
                adjs.append(low[k])
                k += 1
                if k < n and low[k] == "and" and k + 1 < n and low[k + 1] in ADJECTIVES:
                    k += 1
            head = None
            if k < n and tokens[k].isalpha() or (k < n and "'" not in low[k] and "-" in low[k]):
                w = low[k]
                if singular(w) in NOUNS and not (count is None and not adjs and w in VERBS):
                    head = k
                    # compound: "police car", "screen door" -> the last lexicon noun
                    while head + 1 < n and singular(low[head + 1]) in NOUNS and low[head + 1] not in VERBS:
                        head += 1
                elif count is not None and w not in FUNCTION_WORDS and w not in VERBS and w not in PRONOUNS \
                        and w not in COUNTS and w not in DETERMINERS:
                    head = k
                    if head + 1 < n and singular(low[head + 1]) in NOUNS and low[head + 1] not in VERBS:
                        head += 1
            if head is None:
                items.append(("word", low[i], tokens[i]))
                i += 1
                continue
            word = low[head]
            key = singular(word)
            if key in SETTINGS or word in SETTINGS:
                items.append(("word", "<setting>", tokens[head]))
                i = head + 1
                continue
            plural = key != word
            if count is None:
                count = 2 if plural else 1
            elif plural and count == 1 and low[i] in DETERMINERS and low[i] in ("the", "these", "those", "their"):
                count = 2
            kind = NOUNS.get(key, ("object",))[0]
            attrs: dict = {}
            for a in adjs:
                if a in COLOURS:
                    attrs["color"] = a
                elif a in SIZES:
                    attrs["size"] = a
                else:
                    attrs.setdefault("traits", []).append(a)
            modifiers = [low[m] for m in range(k, head)]
            if modifiers:
                attrs["type"] = " ".join(modifiers)
            thing = Thing(key=key, count=count, kind=kind, attributes=attrs, words=" ".join(tokens[j:head + 1]),
                          instance=ordinal, definite=low[i] in DETERMINERS or low[i] == "both")
            items.append(("thing", thing))
            i = head + 1
        return items

    # -- clauses -------------------------------------------------------------------------------------------
    def read(self, sentence: str, things: list[Thing] | None = None) -> Reading:
        """Read one sentence; `things` (shared across a shot's sentences) is extended and returned in the Reading."""
        things = things if things is not None else []
        tokens = _TOKEN.findall(sentence)
        items = self._noun_phrases(tokens)

        def resolve(t: Thing) -> int:
            for idx, old in enumerate(things):
                if old.key == t.key and (t.character or t.definite):
                    if t.instance is not None or (t.count <= old.count):
                        if t.attributes:
                            for k, v in t.attributes.items():
                                old.attributes.setdefault(k, v)
                        return idx
            things.append(t)
            return len(things) - 1

        seq: list = []
        for it in items:
            if it[0] == "thing":
                seq.append(("thing", resolve(it[1])))
            else:
                seq.append(it)
        seq = _with_it(seq)
        # Split into clauses.
        clauses: list[list] = [[]]
        has_verb = False
        for pos, it in enumerate(seq):
            w = it[1] if it[0] == "word" else None
            nxt = seq[pos + 1] if pos + 1 < len(seq) else None
            nxt2 = seq[pos + 2] if pos + 2 < len(seq) else None
            split = w in (";", "then", "while", "whereas", "before", "after", "finally", "until") and clauses[-1]
            if w in ("and", ",", "but") and has_verb and nxt is not None:
                if nxt[0] == "word" and (nxt[1] in VERBS or nxt[1] == "then"):
                    split = True
                elif nxt[0] == "thing" and nxt2 is not None and nxt2[0] == "word" and nxt2[1] in VERBS:
                    split = True
                elif nxt[0] == "word" and nxt[1] in PRONOUNS:
                    split = True
            if w == "and" and not has_verb and nxt is not None and nxt[0] == "thing" and clauses[-1] \
                    and clauses[-1][0][0] == "thing" and any(x[0] == "word" for x in clauses[-1]):
                split = True          # "a cat on the left and a dog on the right": one clause each
            if split:
                carried: list = []
                if w == "," and nxt is not None and nxt[0] == "word" and nxt[1] in VERBS:
                    # "The door slides open and DICK STEEL, his partner, emerges": the subject of "emerges" is
                    # the thing after the last "and" that follows this clause's verb.
                    cur = clauses[-1]
                    verb_pos = next((p for p, x in enumerate(cur) if x[0] == "word" and x[1] in VERBS), None)
                    for p in range(len(cur) - 2, -1, -1):
                        if verb_pos is not None and p > verb_pos and cur[p][0] == "word" and cur[p][1] == "and" \
                                and cur[p + 1][0] == "thing":
                            carried = cur[p + 1:]
                            del cur[p:]
                            break
                if clauses[-1]:
                    clauses.append(carried)
                has_verb = False
                if w in ("and", ",", "but", ";", "then", "finally", "while", "whereas", "before", "after", "until"):
                    continue
            clauses[-1].append(it)
            if w in VERBS:
                has_verb = True
        actions = [self._clause(_canonical(c), things) for c in clauses if c]
        actions = [a for a in actions if a is not None]
        return Reading(things=things, actions=actions)

    def _clause(self, items: list, things: list[Thing]) -> Action | None:
        act = Action()
        words = [it[1] for it in items if it[0] == "word"]
        act.text = " ".join(it[1] if it[0] == "word" else things[it[1]].words
                            for it in items)
        # Subjects: things before the first verb; pronouns resolve to the last subject.
        verb_at = None
        for pos, it in enumerate(items):
            if it[0] == "word" and it[1] in VERBS:
                verb_at = pos
                break
        if verb_at is None:
            # An unknown verb: the first plain word after the first noun phrase that looks like one ("hangs").
            first_thing = next((p for p, it in enumerate(items) if it[0] == "thing"), None)
            if first_thing is not None:
                for pos in range(first_thing + 1, len(items)):
                    it = items[pos]
                    if it[0] == "thing":
                        break
                    w = it[1]
                    if w.isalpha() and w not in FUNCTION_WORDS and w not in ADJECTIVES and w not in COUNTS \
                            and w not in DETERMINERS and (w.endswith(("s", "ed")) or w.endswith("ing")):
                        verb_at = pos
                        break
        pre = items[:verb_at] if verb_at is not None else items
        subjects = [it[1] for it in pre if it[0] == "thing"]
        pronoun = next((it[1] for it in pre if it[0] == "word" and it[1] in ("he", "she", "it")), None)
        if not subjects and pronoun:
            found = _last_of(things, pronoun, exclude=())
            if found is not None:
                subjects = [found]
        if not subjects and any(it[0] == "word" and it[1] in PRONOUNS for it in pre) and self.last_subject:
            subjects = [things.index(t) for t in self.last_subject if t in things]
        if not subjects and self.last_subject and verb_at is not None:
            subjects = [things.index(t) for t in self.last_subject if t in things]
        inherited_motion = False
        if not subjects and verb_at is None:
            subjects = [it[1] for it in items if it[0] == "thing"][:1]
            if not subjects and self.last_subject and any(w in ("to", "toward", "towards") or w in _REGION_WORDS
                                                          or w in ("up", "down") for w in words):
                subjects = [things.index(t) for t in self.last_subject if t in things]
                inherited_motion = self.last_moved      # "moves up, then right, then down"
        act.subjects = subjects
        if subjects:
            self.last_subject = [things[s] for s in subjects]
        act.verb = items[verb_at][1] if verb_at is not None else None
        post = items[verb_at + 1:] if verb_at is not None else [it for it in items if not (it[0] == "thing" and it[1] in subjects)]
        # Object pronouns: "watches it", "hands him the key".
        post = [("thing", _last_of(things, it[1], exclude=subjects))
                if it[0] == "word" and it[1] in ("it", "him", "her") and _last_of(things, it[1], subjects) is not None
                else it for it in post]
        act.moves = inherited_motion
        self._predicates(act, post, words)
        self.last_moved = bool(act.moves or act.path or act.vertical)
        if act.vertical and subjects and act.verb not in ("floats", "float", "climbs", "climb", "rises", "jumps"):
            grounded = [things[i] for i in subjects if things[i].kind in ("person", "animal", "vehicle")
                        and not NOUNS.get(things[i].key, ("", 0, 0, False))[3]]
            if grounded and act.verb not in LOCOMOTION:
                act.vertical = None        # a person who falls or dives goes to the ground: a pose, not a drop
            elif grounded:
                # "strolls down the hall", "drives up the road": along the ground, not up or down the frame
                act.vertical = None
                if not act.path and not act.start:
                    act.path.append("across")
        return act

    def _predicates(self, act: Action, post: list, words: list[str]) -> None:
        text = " ".join(words)
        verb = act.verb or ""
        act.moves = act.moves or verb in LOCOMOTION
        i, n = 0, len(post)

        def word(k):
            return post[k][1] if 0 <= k < n and post[k][0] == "word" else None

        def thing_after(k):
            """Index of the first thing at or after k, skipping articles and 'the'; (None, k) if none."""
            while k < n and post[k][0] == "word" and (post[k][1] in ("the", "a", "an", "of") or (
                    post[k][1] == "<setting>" and k + 2 < n and post[k + 1][1] == "and")):
                k += 2 if post[k][1] == "<setting>" else 1     # "above the mountains and a wolf"
            if k < n and post[k][0] == "thing":
                return post[k][1], k + 1
            return None, k

        def region_after(k):
            ws = []
            while k < n and post[k][0] == "word" and (post[k][1] in _REGION_WORDS or post[k][1] in
                                                        ("the", "side", "corner", "edge", "of", "part", "hand")):
                if post[k][1] == "of" and not (k + 1 < n and post[k + 1][0] == "word" and post[k + 1][1] in
                                                ("the", "frame", "screen", "picture", "image")):
                    break
                ws.append(post[k][1])
                k += 1
            while k < n and post[k][0] == "word" and post[k][1] in ("frame", "screen", "picture", "image"):
                k += 1
            if k < n and post[k][0] == "word" and post[k][1] == "of":
                return None, k        # "in the middle of a phone call", "at the top of the stairs": not the frame
            return _region(ws), k

        while i < n:
            w = word(i)
            if w is None:
                if act.verb and i == 0 or (i > 0 and word(i - 1) is None):
                    act.objects.append(post[i][1])
                elif i == 0:
                    act.objects.append(post[i][1])
                i += 1
                continue
            nx = word(i + 1)
            # relations to things
            if w in ("left", "right") and nx == "of":
                t, k = thing_after(i + 2)
                if t is not None:
                    act.relations.append((f"{w}_of", t))
                    i = k
                    continue
            if w in ("to", "on") and nx == "the" and word(i + 2) in ("left", "right") and word(i + 3) == "of":
                t, k = thing_after(i + 4)
                if t is not None:
                    act.relations.append((f"{word(i + 2)}_of", t))
                    i = k
                    continue
            if w == "in" and nx == "front" and word(i + 2) == "of":
                t, k = thing_after(i + 3)
                if t is not None:
                    act.relations.append(("in_front_of", t))
                    i = k
                    continue
            if w == "on" and nx == "top" and word(i + 2) == "of":
                t, k = thing_after(i + 3)
                if t is not None:
                    act.relations.append(("on", t))
                    i = k
                    continue
            if w == "next" and nx == "to":
                t, k = thing_after(i + 2)
                if t is not None:
                    act.relations.append(("next_to", t))
                    i = k
                    continue
            if w == "between":
                t1, k = thing_after(i + 1)
                if t1 is not None and word(k) == "and":
                    t2, k2 = thing_after(k + 1)
                    if t2 is not None:
                        act.relations.append(("between", t1, t2))
                        i = k2
                        continue
                if t1 is not None:
                    act.relations.append(("between", t1, None))     # "between two cats": its own instances
                    i = k
                    continue
            if w == "at" and verb in _AIMED:
                t, k = thing_after(i + 1)
                if t is not None:
                    act.objects.append(t)          # "looks at the dog": the dog is what the look is aimed at
                    i = k
                    continue
            simple = {"above": "above", "over": "above", "below": "below", "under": "under", "beneath": "under",
                      "underneath": "under", "on": "on", "onto": "on", "upon": "on", "behind": "behind",
                      "beside": "next_to", "near": "next_to", "alongside": "next_to", "by": "next_to",
                      "inside": "in", "in": "in", "into": "in", "at": "next_to"}
            if w in simple:
                t, k = thing_after(i + 1)
                if t is not None:
                    pred = simple[w]
                    if pred == "above" and act.moves and w == "over":
                        pred = "over"
                    act.relations.append((pred, t))
                    i = k
                    continue
            if w in ("toward", "towards") or (w == "to" and act.moves and nx not in ("the", "a", "an", "left", "right")
                                              and word(i + 1) is None):
                t, k = thing_after(i + 1)
                if t is not None:
                    act.toward = ("thing", t)
                    i = k
                    continue
                if nx in ("the", "us") and word(i + 2) in ("camera", "viewer", "lens", "us") or nx == "us":
                    act.toward = "camera"
                    i += 2
                    continue
            if w == "away":
                if nx == "from":
                    t, k = thing_after(i + 2)
                    if t is not None:
                        act.toward = ("from", t)
                        i = k
                        continue
                act.toward = "away"
                i += 1
                continue
            if w == "into" and nx == "the" and word(i + 2) in ("distance", "background"):
                act.toward = "away"
                i += 3
                continue
            if w == "closer":
                act.toward = "camera"
            # "left to right" without "from"; "runs in from the right"
            if w in ("left", "right") and nx == "to" and word(i + 2) in ("left", "right") and not act.start:
                act.start = w
                act.path.append(word(i + 2))
                act.moves = True
                i += 3
                continue
            if w == "in" and nx == "from":
                r, k = region_after(i + 2)
                if r:
                    act.enters = r
                    i = k
                    continue
            # regions
            if w == "from":
                r, k = region_after(i + 1)
                if r:
                    act.start = r
                    act.moves = True
                    i = k
                    continue
            if w in ("to", "toward", "towards", "into"):
                r, k = region_after(i + 1)
                if r:
                    if act.verb in ("exits", "exit", "leaves", "leave"):
                        act.exits = r
                    else:
                        act.path.append(r)
                        act.moves = True
                    i = k
                    continue
            if w in ("in", "at", "on") and act.verb not in ("appears", "appear", "disappears"):
                r, k = region_after(i + 1)
                if r and not _time_phrase(" ".join(words)) or (r and act.verb not in ("appears",)):
                    if act.verb in ("starts", "begins") or (act.moves and w == "at" and not act.path):
                        act.start = r
                    else:
                        act.place = r
                    i = k
                    continue
            if w in ("left", "right", "leftward", "rightward", "leftwards", "rightwards") and act.moves:
                act.path.append("left" if w.startswith("left") else "right")
                i += 1
                continue
            if w == "across":
                if not act.path:
                    act.path.append("across")
                act.moves = True
            if w in ("up", "upward", "upwards") and (act.moves or verb in _VERTICAL_VERBS):
                act.vertical = "up"
            if w in ("down", "downward", "downwards") and (act.moves or verb in _VERTICAL_VERBS):
                act.vertical = "down"
            i += 1

        if verb in ("falls", "fall", "drops", "drop", "sinks", "sink", "descends", "tumbles", "plummets", "dives"):
            act.vertical = "down"
        if verb in ("rises", "rise", "climbs", "climb", "ascends", "floats", "float", "soars", "lifts"):
            act.vertical = act.vertical or "up"
        if verb in ("enters", "enter", "emerges", "arrives", "comes"):
            act.enters = act.start or ("right" if "right" in words and "from" in words else "left")
            if verb == "comes" and "in" not in words:
                act.enters = None
        if verb in ("exits", "exit", "leaves", "leave"):
            act.exits = act.exits or (act.path[-1] if act.path else "right")
            act.path = []
        if verb in ("approaches", "approach") and act.toward is None:
            act.toward = ("thing", act.objects[0]) if act.objects else "camera"
        if verb in ("retreats", "recedes"):
            act.toward = act.toward or "away"
        if verb in ("chases", "chase", "follows", "follow") and act.objects:
            act.relations.append(("follows", act.objects[0]))
            if not act.path and not act.start:
                act.path.append("across")
        window = _time_phrase(text)
        only = "only" in words
        if verb in ("appears", "appear", "emerges", "materializes", "pops"):
            start = window[0] if window else 0.5
            if only and window:
                act.appears, act.disappears = window
                if window[1] >= 1.0:
                    act.disappears = None
            else:
                act.appears = start if start > 0 else 0.25
        elif verb in ("disappears", "disappear", "vanishes", "vanish", "fades") or "gone" in words:
            if window and window[0] > 0:
                act.disappears = window[0] if window[1] >= 1.0 or window[0] >= 0.5 else window[1]
            else:
                act.disappears = 0.5
        elif only and window:
            act.appears, act.disappears = window
            if window[0] <= 0:
                act.appears = None
            if window[1] >= 1.0:
                act.disappears = None
        if act.start == "across":
            act.start = None


_LEADING_PREPOSITIONS = {"to", "on", "above", "below", "under", "beneath", "behind", "in", "next", "beside", "near",
                         "between", "over", "inside", "underneath", "at"}
_BE = {"is", "are", "was", "were"}


def _canonical(clause: list) -> list:
    """Subject first: 'There is a cat on the table' and 'On the table sits a cat' -> 'a cat is/sits on the table'."""
    if len(clause) >= 3 and clause[0][0] == "word" and clause[0][1] == "there" and clause[1][0] == "word" \
            and (clause[1][1] in VERBS) and clause[2][0] == "thing":
        return [clause[2], clause[1]] + clause[3:]
    if clause and clause[0][0] == "word" and clause[0][1] in _LEADING_PREPOSITIONS:
        for pos in range(1, len(clause) - 1):
            it, nxt = clause[pos], clause[pos + 1]
            if it[0] == "word" and it[1] in VERBS and nxt[0] == "thing" and any(x[0] == "thing" for x in clause[:pos]):
                return [nxt, it] + clause[:pos] + clause[pos + 2:]
    return clause


def _with_it(seq: list) -> list:
    """'A tree with a bird above it' -> 'A tree; a bird is above (the tree)'."""
    out = list(seq)
    for p in range(1, len(out) - 3):
        if out[p] == ("word", "with", "with") or (out[p][0] == "word" and out[p][1] == "with"):
            a, b = out[p - 1], out[p + 1]
            if a[0] == "thing" and b[0] == "thing":
                for q in range(p + 2, min(len(out), p + 8)):
                    if out[q][0] == "word" and out[q][1] in ("it", "them"):
                        out[q] = ("thing", a[1])
                        return out[:p] + [("word", ";", ";"), b, ("word", "is", "is")] + out[p + 2:]
    return out


def _last_of(things: list[Thing], pronoun: str, exclude) -> int | None:
    """The most recent thing a pronoun can mean: a person for he/she/him/her, anything else for it."""
    person = pronoun in ("he", "she", "him", "her")
    for idx in range(len(things) - 1, -1, -1):
        if idx in exclude:
            continue
        if (things[idx].kind == "person") == person:
            return idx
    return None


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; keeps 'Mr.'/'Dr.' and initials together."""
    text = re.sub(r"\s+", " ", text.strip())
    parts = re.split(r"(?<![A-Z][a-z]\.)(?<!\b[A-Z]\.)(?<=[.!?])\s+(?=[\"'(A-Z0-9])", text)
    return [p.strip() for p in parts if p.strip()]
