"""A small grammar of English for stage directions: sentences into clauses of subjects, verbs, objects and
prepositional phrases, over a part-of-speech lexicon.

Why not a statistical dependency parser: the ones that install from the package registries without a model hub
ship their English models only as unofficial re-uploads, and the parse they give is still not the reading a
shot needs (which region a "to the left of" names, which clause a "then" elides). The grammar here is the
reading's first half: deterministic, microseconds a sentence, and every rule one a reader can check.

Pipeline: `tokens` → `tag` (the project's own lexicon first, then the lemma lexicon of LemmInflect for the rest
of English, then context: "the waves" is a noun, "she waves" a verb) → `phrases` (noun phrases with their
determiner, count, adjectives, head, possessor and "of" complement; regions such as "the upper left corner" or
"its right"; prepositional phrases) → `clauses` (split at ";", "then", "while", "and" + verb…; subjects carried
into elided clauses: "goes to the upper left corner and ends in the upper right one").
"""
from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import ADJECTIVES, COLOURS, COUNTS, NOUNS, SETTINGS, SIZES, VERBS, singular

_TOKEN = re.compile(r"[^\W\d_][\w'\-]*[^\W_]|[^\W\d_]|\d+(?:\.\d+)?|[,;:.!?()\"]", re.UNICODE)

DETS = {"a", "an", "the", "this", "that", "these", "those", "another", "each", "every", "some", "any", "no",
        "all", "both", "either", "neither"}
POSSESSIVES = {"his": "he", "her": "she", "its": "it", "their": "they", "my": "i", "our": "we", "your": "you"}
PRONOUNS = {"he", "she", "it", "they", "him", "them", "we", "us", "i", "you", "me", "everyone", "everybody",
            "someone", "somebody", "nobody", "one", "himself", "herself", "itself", "themselves", "nothing",
            "something", "everything", "anything", "none", "anyone", "anybody", "noone"}
# Nouns that name no thing a shot could draw: manner, light, style, time ('in a cartoon style', 'this time').
NOT_THINGS = {"thing", "scale", "style", "sunshine", "sunlight", "moonlight", "light", "time", "way", "moment", "kind", "sort",
              "type", "manner", "fashion", "bit", "lot", "silence", "daylight", "weather", "heat", "cold", "mood",
              "atmosphere", "color", "colour", "shape", "size", "motion", "speed", "direction", "distance", "while",
              "detail", "focus", "angle", "lighting", "tone", "look", "slow-motion", "background", "foreground"}
QUANTITY = {"many": 5, "several": 3, "few": 3, "numerous": 6, "dozens": 12, "lots": 5, "various": 4}
CONJ = {"and", "or", "but", "nor", "&"}
SUBORD = {"while", "whereas", "as", "when", "before", "after", "until", "once", "because", "though", "although"}
PREPS = {"to", "toward", "towards", "into", "onto", "on", "in", "at", "from", "of", "by", "with", "under", "over",
         "above", "below", "behind", "beside", "besides", "between", "near", "across", "through", "around", "along",
         "past", "inside", "outside", "upon", "atop", "beneath", "underneath", "alongside", "against", "within",
         "among", "amongst", "amid", "via", "throughout", "during", "beyond", "off", "out", "up", "down", "like",
         "without", "about", "for", "than", "except", "after", "before"}
# Multi-word prepositions, longest first; each normalised to one name.
COMPLEX_PREPS = [
    ("in front of", "in_front_of"), ("on top of", "on"), ("next to", "next_to"), ("close to", "next_to"),
    ("right next to", "next_to"), ("away from", "away_from"), ("out of", "out_of"), ("in between", "between"),
    ("right between", "between"), ("on to", "onto"), ("up to", "to"), ("over to", "to"), ("back to", "to"),
    ("in to", "into"), ("far from", "away_from"), ("all over", "over"), ("right behind", "behind"),
    ("just behind", "behind"), ("directly above", "above"), ("high above", "above"), ("directly below", "below"),
    ("just in front of", "in_front_of"), ("right in front of", "in_front_of"), ("directly under", "under"),
    ("directly in front of", "in_front_of"), ("far above", "above"), ("just above", "above"), ("just below", "below"),
    ("by the side of", "next_to"), ("at the side of", "next_to"),
]
REGION_WORDS = {"left", "right", "top", "bottom", "upper", "lower", "center", "centre", "middle", "corner",
                "side", "edge", "half", "part", "end"}
FRAME_WORDS = {"frame", "screen", "picture", "image", "shot", "scene", "video", "clip", "view", "canvas",
               "animation", "footage", "film", "movie", "sequence", "photo", "photograph", "painting", "drawing"}
SOUND_NOUNS = {"sound", "sounds", "noise", "noises", "thud", "crash", "bang", "ring", "ringing", "music", "song",
               "voice", "voices", "footsteps", "echo", "clatter", "clang", "rumble", "roar", "scream", "cry", "laugh",
               "laughter", "whistle", "chime", "hum", "buzz", "knock", "knocking", "applause", "murmur", "silence",
               "drumming", "tapping", "rhythm", "beat", "melody", "tune", "shout", "shouts", "whisper", "rattle",
               "cheers", "cheer", "clink", "creak", "crack", "cracks", "scrape", "squeal", "thump", "boom", "whoosh",
               "splash", "snap", "pop", "beep", "honk", "siren", "gunshot", "gunfire", "thunder", "screech", "crunch",
               "crackle", "sizzle", "slam", "smash", "shatter", "ding", "click", "hiss", "howl", "wail", "sob",
               "flute", "violin", "trumpet", "organ", "harp", "cello", "saxophone", "accordion", "banjo", "tuba",
               "clarinet", "harmonica", "chorus", "choir", "static", "feedback", "alarm", "horn", "whistles"}
# Time adverbials, as phrases: each becomes one TIME token; its value is the window or order it names.
TIME_PHRASES = [
    "halfway through the shot", "halfway through the video", "halfway through the clip", "halfway through the scene",
    "halfway through", "half way through", "midway through", "midway", "halfway", "in the middle of the shot",
    "at first", "at the start", "at the beginning", "in the beginning", "at the end", "in the end", "by the end",
    "near the end", "towards the end", "toward the end", "at last", "finally", "eventually", "after that",
    "afterwards", "afterward", "later", "then", "next", "first", "suddenly", "soon", "meanwhile", "a moment later",
    "after a moment", "after a while", "for a moment", "briefly", "immediately", "at the same time",
    "in the first half", "in the second half", "during the first half", "during the second half",
    "in the last third", "in the final third", "in the first third", "for the first half", "for the second half",
    "in the latter half", "only in the first half", "only in the second half", "by the second half",
    "in the first half of the shot", "in the second half of the shot", "in the first half of the video",
    "in the second half of the video", "at the very end", "at the very start", "from the start",
    "from the beginning", "all the time", "the whole time", "throughout", "by then", "this time", "all along",
    "after a few seconds", "after some seconds", "after several seconds", "after a second", "after a few moments",
    "after some time", "a few seconds later", "seconds later", "moments later", "a second later", "some time later",
    "part way through", "partway through", "part way", "partway", "at the midpoint", "at the halfway point",
    "in the middle of the video", "in the middle of the clip", "during the latter part", "in the latter part",
    "for the latter part", "in the later part", "in the last part", "in the final part", "in the early part",
    "in the first part", "during the first part", "during the last part", "for the first part",
    "for the last part", "no longer", "until the middle of the video", "until the middle of the clip",
    "until the middle of the shot", "until the middle", "until halfway", "until the midpoint", "until the halfway point",
    "up to the middle", "up to halfway", "in the last half", "during the last half", "for the last half",
    "in the final half", "in the later half", "in the earlier half",
]
# Idioms that are manner, not places or things: one ADV token each.
IDIOMS = ["side by side", "one after another", "one after the other", "one by one", "in a row", "in a line",
          "hand in hand", "face to face", "back to back", "nose to nose", "next to each other", "next to one another",
          "close together", "in single file", "in formation", "all together", "each other", "one another"]
_IDIOM_SEQ = sorted((p.split() for p in IDIOMS), key=len, reverse=True)
_TIME_SEQ = sorted((p.split() for p in TIME_PHRASES), key=len, reverse=True)
_PREP_SEQ = sorted(((p.split(), n) for p, n in COMPLEX_PREPS), key=lambda x: -len(x[0]))


def _by_first(seqs: list) -> dict[str, list]:
    """The sequences by their first word, each list still longest first: `_merge` tries only those that can
    match where it stands (one dict look-up a word, not every phrase of the table)."""
    out: dict[str, list] = {}
    for seq in seqs:
        out.setdefault((seq[0] if isinstance(seq[0], str) else seq[0][0]), []).append(seq)
    return out


_TIME_BY_FIRST, _IDIOM_BY_FIRST, _PREP_BY_FIRST = _by_first(_TIME_SEQ), _by_first(_IDIOM_SEQ), _by_first(_PREP_SEQ)
COPULA = {"is", "are", "was", "were", "be", "being", "been", "'s", "'re", "am"}
AUX = {"can", "could", "will", "would", "may", "might", "must", "should", "does", "do", "did", "has", "have",
       "had", "starts", "start", "begins", "begin", "continues", "keeps", "tries", "seems", "appears_to"}
ADVERB_WORDS = {"there", "here", "away", "back", "again", "together", "closer", "forward", "forwards", "home",
                "slowly", "quickly", "only", "just", "also", "too", "still", "now", "very", "gently", "quietly",
                "calmly", "exactly", "directly", "right", "straight", "steadily", "not", "never", "nearby",
                "around", "ahead", "apart", "aside", "upstairs", "downstairs", "inside", "outside", "rightward",
                "leftward", "rightwards", "leftwards", "upward", "upwards", "downward", "downwards", "onward",
                "sideways", "overhead", "below", "above", "alone", "even", "almost", "barely", "side", "by"}
PARTICLES = {"up", "down", "in", "out", "off", "away", "back", "over", "around", "along", "across", "through",
             "on", "aside", "about", "forward", "by"}
_INTERJECTION = re.compile(r"^(?:a+h+|o+h+|h+m+|s+h+|u+g+h+|e+h+|w+o+w+|y+a+y+|u+h+|u+m+|m+m+|a+r+g+h+|z+|"
                           r"o+w+|o+o+p+s+|w+h+o+a+|p+s+t+|b+r+r+|e+w+|h+a+(?:h+a+)*)$")
_PHRASAL = {"set", "put", "lay", "pick", "take", "turn", "switch", "hand", "give", "throw", "put", "lift", "hold",
            "bring", "pull", "push", "knock", "wipe", "pack", "fold", "roll", "hang", "tear", "cut", "clean", "shut",
            "lock", "open", "close", "write", "jot", "look", "fill", "empty", "pour", "call", "wake", "carry"}
# Nouns that count the ones after them ('a group of five dogs', 'a mob of protesters').
GROUP_WORDS = {"couple", "pair", "group", "herd", "flock", "pack", "crowd", "bunch", "row", "line", "dozen",
               "number", "lot", "handful", "team", "family", "gang", "swarm", "school", "mob", "throng", "horde",
               "gaggle", "troupe", "posse", "cluster", "procession", "army", "band", "queue", "sea", "stream", "trio",
               "quartet", "quintet"}
_CLOSED = DETS | set(POSSESSIVES) | PRONOUNS | CONJ | SUBORD | PREPS | COPULA | {
    "there", "not", "that", "which", "who", "whom", "whose", "what", "why", "how", "where", "when", "yes", "no",
    "okay", "ok", "hey", "hello", "please", "thanks", "sorry", "oh", "well"}


@lru_cache(maxsize=1)
def open_class() -> dict[str, dict[str, str]]:
    """word -> {pos: lemma} for English nouns, verbs, adjectives and adverbs (LemmInflect's lemma lexicon, MIT).

    Loaded once, lazily, on the first word the project's own lexicon does not know. Without the package the
    grammar still runs on the project's lexicon and word shapes.
    """
    from importlib.util import find_spec
    from pathlib import Path

    # The data file only: importing the package would run its spaCy hook-up, which the planner does not need.
    spec = find_spec("lemminflect")
    if spec is None or not spec.origin:
        return {}
    try:
        raw = (Path(spec.origin).parent / "resources" / "lemma_lu.csv.gz").read_bytes()
    except OSError:
        return {}
    out: dict[str, dict[str, str]] = {}
    keep = {"noun", "verb", "adj", "adv"}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        word, pos, lemma = line.split(",", 2)
        if pos in keep:
            cut = lemma.find("/")
            low = word.lower()
            entry = out.setdefault(low, {})
            entry[pos if word == low or pos != "noun" else "proper"] = lemma if cut < 0 else lemma[:cut]
    return out


def is_name_word(low: str, capitals: bool = False) -> bool:
    """A word English uses only as a name ('Jonah', 'Ruth'), or one no lexicon knows ('Elena', 'Tomas'); with
    `capitals` (a screenplay's capitalised introduction) also a name that is a common word too ('PETER', 'ROSE')."""
    entry = open_class().get(low)
    if low in VERBS or singular(low) in NOUNS or low in ADJECTIVES or low in _CLOSED or low in SOUND_NOUNS or \
            low in COUNTS or low in QUANTITY or len(low) < 2 or _INTERJECTION.match(low) or not low.isalpha():
        return False
    return entry is None or set(entry) == {"proper"} or (capitals and "proper" in entry)


_VERB_LEMMA_EXTRA = {"is": "be", "are": "be", "was": "be", "were": "be", "has": "have", "goes": "go", "does": "do"}


def verb_lemma(word: str) -> str:
    """'runs' -> 'run', 'flies' -> 'fly', 'sets' -> 'set' (the lemma lexicon, then spelling rules)."""
    w = word.lower()
    if w in _VERB_LEMMA_EXTRA:
        return _VERB_LEMMA_EXTRA[w]
    hit = open_class().get(w, {}).get("verb")
    if hit:
        return hit
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x"), ("oes", "o"),
                         ("s", ""), ("ied", "y"), ("ed", ""), ("ing", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            return w[: -len(suffix)] + repl
    return w


@dataclass
class Word:
    text: str
    low: str
    tag: str = "X"       # DET NUM POSS PRON NAME NOUN ADJ VERB ADV PREP CONJ SUBORD TIME REGION PUNCT COP AUX REL X
    lemma: str = ""
    value: object = None  # NUM: the count; NAME: the character id; PREP: the normalised preposition; TIME: phrase


@dataclass
class Phrase:
    """A noun phrase: a thing ('three red balls'), a character, a pronoun, a region ('the upper left corner',
    'its right', 'the left of a bench'), a setting ('the grass') or a sound ('the sound of a drum')."""

    words: list[Word] = field(default_factory=list)
    head: str | None = None            # singular lower-case head noun
    plural: bool = False
    det: str | None = None
    count: int | None = None
    adjs: list[str] = field(default_factory=list)
    modifiers: list[str] = field(default_factory=list)      # compound nouns before the head
    name: str | None = None            # character id
    pronoun: str | None = None
    owner: "Phrase | None" = None      # 'Mara's dog', 'her desk', 'its right'
    region: str | None = None          # 'left', 'upper right', 'center', 'top'…
    of: "Phrase | None" = None         # 'the left of a bench' -> the bench
    ordinal: int | None = None
    setting: bool = False
    sound: bool = False
    frame: bool = False                # 'the frame', 'the screen'
    one: bool = False                  # 'the upper right one'
    other: bool = False                # 'the other one', 'another'

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass
class PP:
    prep: str
    before_verb: bool = False          # 'A dog on the left of a fence rolls …': where the subject starts
    fronted: bool = False              # 'In the top left corner, a bird flies …': before subject and verb
    np: Phrase | None = None
    np2: Phrase | None = None          # 'between A and B'


@dataclass
class Clause:
    subjects: list[Phrase] = field(default_factory=list)
    verb: str | None = None            # lemma
    verb_text: str = ""
    verbs: list[str] = field(default_factory=list)      # every verb lemma of the clause (coordinated: 'turns and runs')
    verb_texts: list[str] = field(default_factory=list)  # the same verbs as written
    particles: list[str] = field(default_factory=list)
    objects: list[Phrase] = field(default_factory=list)
    pps: list[PP] = field(default_factory=list)
    adverbs: list[str] = field(default_factory=list)
    times: list[str] = field(default_factory=list)
    link: str | None = None            # how it joins the clause before: 'and', 'then', ';', 'while', ','…
    elided: bool = False               # subject carried from the clause before
    copula: bool = False               # 'is', 'are' (and passives: 'is placed', 'can be seen')
    adjectives: list[str] = field(default_factory=list)  # predicate adjectives: 'is visible', 'is red'
    participle: bool = False           # 'Starting from the upper left, …'
    words: list[Word] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


# Participles that give the colour after the noun: 'a cat colored orange', 'a box painted yellow'.
_COLOURING = {"colored", "coloured", "painted", "dyed", "tinted"}
# Comparatives of size: 'a cat smaller than a mouse' (subject's size, the other's).
COMPARATIVES = {"bigger": ("big", "small"), "larger": ("big", "small"), "taller": ("big", "small"),
                "greater": ("big", "small"), "smaller": ("small", "big"), "tinier": ("small", "big"),
                "shorter": ("small", "big"), "littler": ("small", "big")}
# Compass points of a frame: 'the northwest corner' is its upper left ('north-west', 'north west' alike).
_COMPASS = {"north": "top", "south": "bottom", "west": "left", "east": "right"}
_COMPASS_PAIR = re.compile(r"^(north|south)-?(west|east)$")


def _region_parts(low: str) -> list[str] | None:
    """'bottom-left' -> ['bottom', 'left'], 'left-hand' -> ['left'], 'northwest' -> ['top', 'left']: a written-together
    region of the frame as the words the grammar reads apart; None for any other word."""
    m = _COMPASS_PAIR.match(low)
    if m:
        return [_COMPASS[m.group(1)], _COMPASS[m.group(2)]]
    parts = low.split("-")
    if len(parts) == 2 and parts[0] in COLOURS and parts[1] in ("colored", "coloured", "tinted", "hued"):
        return parts[:1]                    # 'a red-coloured ball' is a red ball
    if len(parts) == 2 and parts[0] in ("dark", "light", "bright", "pale", "deep") and parts[1] in COLOURS:
        return parts                        # 'a dark-blue truck' as 'a dark blue truck'
    if len(parts) == 2 and parts[0] in ("extra", "super", "very") and parts[1] in SIZES:
        return parts[1:]                    # 'an extra-large dog'
    parts = low.split("-")
    if len(parts) > 1 and all(p in REGION_WORDS or p == "hand" for p in parts) and parts[0] != "hand":
        return [p for p in parts if p != "hand"]
    return None


# --------------------------------------------------------------------------------------------------- tagging
# A character's age in parentheses ('ELI (70s), …', 'ANNA (early 30s, tired)'): an aside, no part of the clause.
_AGE_ASIDE = re.compile(r"[(（]\s*(?:\d{1,3}s?|(?:early|mid|late)[- ]?\d0s|teens|twenties|thirties|forties|fifties|"
                        r"sixties|seventies|eighties|nineties)\b[^()（）]{0,40}[)）]", re.I)


def tokens(sentence: str) -> list[str]:
    out = []
    for t in _TOKEN.findall(_AGE_ASIDE.sub(" ", sentence) if "(" in sentence or "（" in sentence else sentence):
        low = t.lower()
        region = _region_parts(low)
        if region is not None:
            out += region
        elif low in _COMPASS and out and out[-1].lower() in ("north", "south") and low in ("west", "east"):
            out[-1:] = [_COMPASS[out[-1].lower()], _COMPASS[low]]      # 'the north west corner'
        elif low.endswith("'s") and len(t) > 2:
            out += [t[:-2], t[-2:]]
        elif low.endswith("s'") and len(t) > 2:
            out += [t[:-1], "'s"]
        else:
            out.append(t)
    return out


def _frame_region_at(lows: list[str], i: int) -> bool:
    """lows[i:] is a region of the frame, not of a thing: '(the) bottom right (corner)' with no 'of' after it
    but the frame's ('the top left of the screen')."""
    i += lows[i:i + 1] == ["the"]
    j = i
    while j < len(lows) and lows[j] in REGION_WORDS:
        j += 1
    if j == i or not {"left", "right", "upper", "lower", "top", "bottom"} & set(lows[i:j]):
        return False
    return not (j < len(lows) and lows[j] == "of") or (j + 2 < len(lows) and lows[j + 2] in FRAME_WORDS)


def _merge(words: list[Word]) -> list[Word]:
    """Multi-word time adverbials and prepositions into one token each."""
    out: list[Word] = []
    i, n = 0, len(words)
    lows = [w.low for w in words]
    while i < n:
        hit = None
        for seq in _TIME_BY_FIRST.get(lows[i], ()):
            if lows[i:i + len(seq)] == seq:
                hit = ("TIME", seq, " ".join(seq))
                break
        if hit is None:
            for seq in _IDIOM_BY_FIRST.get(lows[i], ()):
                if lows[i:i + len(seq)] == seq:
                    hit = ("ADV", seq, " ".join(seq))
                    break
        if hit is not None:
            tag, seq, value = hit
            if tag == "TIME" and value in ("first", "next", "then") and i + 1 < n and lows[i + 1] in ("time",):
                hit = None
            elif tag == "TIME" and value == "first" and out and out[-1].low in DETS | set(POSSESSIVES):
                hit = None          # 'the first cat'
            elif tag == "TIME" and value == "next" and i + 1 < n and lows[i + 1] in ("to",) and \
                    not _frame_region_at(lows, i + 2):
                hit = None          # 'next to the bench' (but 'first to the top left, next to the bottom left')
            elif tag == "TIME" and value == "throughout" and i + 1 < n and lows[i + 1] in DETS:
                hit = None
        if hit is None and lows[i:i + 2] == ["followed", "by"] and _frame_region_at(lows, i + 2):
            hit = ("TIME", ["followed", "by"], "then")     # 'to the top right, followed by the bottom right'
        if hit is None:
            for seq, name in _PREP_BY_FIRST.get(lows[i], ()):
                if lows[i:i + len(seq)] == seq:
                    hit = ("PREP", seq, name)
                    break
        if hit is not None:
            tag, seq, value = hit
            text = " ".join(w.text for w in words[i:i + len(seq)])
            out.append(Word(text, " ".join(seq), tag, value, value))
            i += len(seq)
            continue
        out.append(words[i])
        i += 1
    return out


def _noun_like(low: str) -> bool:
    return singular(low) in NOUNS or low in SETTINGS or "noun" in open_class().get(low, {})


def _verb_like(low: str) -> bool:
    return low in VERBS or "verb" in open_class().get(low, {})


def _after_do(words: list[Word], j: int) -> bool:
    """words[j] ends a noun phrase right after an inverting 'does'/'do'/'did' ('does a fox', 'did the two dogs')."""
    i = j - 1
    while i >= 0 and words[i].tag in ("ADJ", "NUM", "DET", "POSS", "NOUN") and j - i < 5:
        i -= 1
    return i >= 0 and i < j - 1 and words[i].tag == "AUX" and words[i].low in ("does", "do", "did")


def _after_one(words: list[Word], j: int) -> bool:
    """words[j] heads a singular noun phrase: 'the phone', 'her old phone' (not 'two walking …')."""
    i = j - 1
    while i >= 0 and words[i].tag == "ADJ":
        i -= 1
    return i >= 0 and (words[i].tag == "POSS" or words[i].tag == "DET" and words[i].low in (
        "the", "a", "an", "this", "that", "another", "each", "every"))


def tag(sentence: str, names: dict[str, str] | None = None) -> list[Word]:
    """Tagged words of a sentence; `names` maps lower-case name phrases to character ids (longest first)."""
    raw = tokens(sentence)
    words = [Word(t, t.lower()) for t in raw]
    names = names or {}
    # Character names first (multi-word, capitalised in the text).
    by_first: dict[str, list[tuple[list[str], str]]] = {}
    for phrase, cid in names.items():
        parts = phrase.split()
        if parts:
            by_first.setdefault(parts[0], []).append((parts, cid))
    merged: list[Word] = []
    i = 0
    while i < len(words):
        w = words[i]
        hit = None
        if w.text[:1].isupper() or not w.text[:1].isalpha() or w.text[:1].lower() == w.text[:1].upper():
            # (a caseless script's name, '王芳', has no capital to show)
            for parts, cid in sorted(by_first.get(w.low, ()), key=lambda pc: -len(pc[0])):
                if [x.low for x in words[i:i + len(parts)]] == parts:
                    hit = (parts, cid)
                    break
        if hit:
            parts, cid = hit
            merged.append(Word(" ".join(x.text for x in words[i:i + len(parts)]), " ".join(parts), "NAME", cid, cid))
            i += len(parts)
            continue
        merged.append(w)
        i += 1
    words = _merge(merged)
    n = len(words)
    for k, w in enumerate(words):
        if w.tag != "X":
            continue
        low = w.low
        if low == "'s":
            w.tag = "POS"
        elif not low[:1].isalnum():
            w.tag = "PUNCT"
        elif low.isdigit():
            w.tag, w.value = "NUM", int(low)
        elif low in COUNTS and low not in ("a", "an", "both", "some", "pair", "couple"):
            w.tag, w.value = "NUM", COUNTS[low]
        elif low == "dozen" and not (k + 1 < n and words[k + 1].low == "of"):
            w.tag, w.value = "NUM", 12     # 'a dozen eggs' (a count, so 'eggs' is their noun, not a verb)
        elif low in QUANTITY:
            w.tag, w.value = "NUM", QUANTITY[low]
        elif low in DETS:
            w.tag = "DET"
        elif low in POSSESSIVES:
            w.tag = "POSS"
        elif low in PRONOUNS:
            w.tag = "PRON"
        elif low in COPULA:
            w.tag = "COP"
        elif low in CONJ:
            w.tag = "CONJ"
        elif low in ("that", "which", "who", "whom", "whose", "where"):
            w.tag = "REL"
        elif low in REGION_WORDS and low not in ("end", "part", "half", "side"):
            w.tag = "REGION"
        elif low in SUBORD and not (low in ("after", "before") and k + 1 < n and (
                words[k + 1].low in ("them", "him", "her", "us", "me", "it") or
                words[k + 1].low in DETS | set(POSSESSIVES) and k + 3 < n and
                words[k + 3].low in (".", ",", ";", "!", "?"))):
            w.tag = "SUBORD"     # ('hurries after them', 'runs after the bus': a preposition, no clause)
        elif low in PREPS:
            w.tag = "PREP"
            w.value = low
        elif low in AUX:
            w.tag = "AUX"
        elif low in GROUP_WORDS and (k + 1 < n and words[k + 1].low == "of" or k and words[k - 1].low in
                                     DETS | set(POSSESSIVES) | set(COUNTS) | set(QUANTITY) or not _verb_like(low)):
            w.tag = "NOUN"           # 'a swarm of bees', 'the crowd' (but 'reporters swarm the steps')
        else:
            w.tag = "OPEN"
    for k, w in enumerate(words):
        nxt_prep = k + 1 < n and words[k + 1].tag == "PREP" and (words[k + 1].value or words[k + 1].low) in (
            "under", "over", "above", "below", "beside", "behind", "next_to", "in_front_of", "between", "by", "near",
            "on", "atop", "inside", "beneath", "underneath", "alongside", "upon")
        if w.low in ("right", "just", "directly", "straight", "way", "far", "up", "down") and nxt_prep and not (
                k and (words[k - 1].tag in ("DET", "POSS", "REGION") or words[k - 1].low in ("to", "from"))):
            w.tag = "ADV"                # 'right under a bird', 'up above it', 'down below the bench'
        if w.low == "that" and k and words[k - 1].tag in ("OPEN", "NOUN", "NAME") and k + 1 < n and \
                words[k + 1].tag in ("OPEN", "COP", "AUX"):
            w.tag = "REL"                # 'a car that ambles', 'a cat that is red'
    # Open-class words by lexicon and context, left to right.
    for k, w in enumerate(words):
        if w.tag == "PREP" and w.low in ("up", "down", "out", "off", "in", "on", "over", "back", "away", "around",
                                          "along", "across", "through", "by", "about", "past", "inside", "outside"):
            nxt = words[k + 1] if k + 1 < n else None
            prev = words[k - 1] if k else None
            if prev is not None and prev.tag == "VERB" and w.low in ("down", "up", "away", "out", "back", "off") and \
                    nxt is not None and nxt.tag in ("DET", "POSS", "NUM") and verb_lemma(prev.low) in _PHRASAL:
                w.tag = "PART"            # 'sets down her cup', 'picks up the keys', 'puts away the plates'
                continue
            if prev is not None and prev.tag == "VERB" and (nxt is None or nxt.tag in ("PUNCT", "CONJ", "TIME", "SUBORD")
                                                            or nxt.low in ("and", "then") or nxt.tag == "PREP"
                                                            and nxt.low not in ("of",)):
                w.tag = "PART"            # 'walks in', 'climbs out', 'looks up'
            continue
        if w.tag != "OPEN":
            continue
        low = w.low
        prev = words[k - 1] if k else None
        nxt = words[k + 1] if k + 1 < n else None
        lex = open_class().get(low, {}) if (low not in VERBS and singular(low) not in NOUNS) else {}
        can_noun = singular(low) in NOUNS or low in SETTINGS or low in SOUND_NOUNS or "noun" in lex
        can_verb = low in VERBS or "verb" in lex or (
            k >= 3 and words[k - 2].low == "of" and words[k - 3].low in GROUP_WORDS and low.endswith("s")
            and "verb" in open_class().get(low, {}))   # 'a group of tourists files in': the group's verb
        can_adj = low in ADJECTIVES or "adj" in lex
        can_adv = "adv" in lex or (low.endswith("ly") and len(low) > 4 and not can_noun)
        prev_plural = prev is not None and prev.tag == "NOUN" and (
            prev.low != singular(prev.low) or prev.low in ("sheep", "deer", "fish", "people", "police") or (
                k >= 2 and words[k - 2].tag == "NUM" and (words[k - 2].value or 0) > 1))
        after_np = prev is not None and prev.tag in ("NOUN", "NAME", "PRON") and prev.low not in ("it",) or (
            prev is not None and prev.low == "it")
        after_det = prev is not None and prev.tag in ("DET", "NUM", "POSS", "ADJ", "POS")
        if prev is not None and (prev.tag == "NAME" or prev.low in ("he", "she", "they", "we", "i", "you", "everyone",
                                                                    "someone", "everybody", "nobody")) and \
                not (k >= 2 and words[k - 2].tag in ("VERB", "PREP")) and \
                singular(low) in NOUNS and low.endswith("s") and low not in VERBS and \
                "verb" in open_class().get(low, {}) and (nxt is None or nxt.tag not in ("POS",)):
            w.tag = "VERB"               # a lexicon noun after its subject: 'TESS ducks', 'he pockets the key'
            continue
        if prev is not None and prev.tag == "NOUN" and prev.low == singular(prev.low) and low.endswith("s") and \
                singular(low) in NOUNS and low not in VERBS and "verb" in open_class().get(low, {}) and \
                not any(x.tag == "VERB" for x in words[:k]) and _after_one(words, k - 1) and (nxt is None or nxt.tag in (
                    "PUNCT", "PREP", "DET", "POSS", "ADV", "CONJ", "TIME", "NUM")):
            w.tag = "VERB"               # the clause's first verb, agreeing with its noun: 'the phone rings'
            continue
        if prev is not None and prev.tag in ("VERB", "ADV") and low.endswith("ing") and can_verb and nxt is not None \
                and nxt.tag in ("PREP", "PUNCT", "ADV", "DET"):
            w.tag = "VERB"               # 'stands resting on a desk', 'sits waiting by the door'
            continue
        if prev is not None and prev.tag == "VERB" and low in ADVERB_WORDS and low not in VERBS:
            w.tag = "ADV"            # 'stands still', 'waits there'
            continue
        if prev is not None and prev.low == "," and low in ADVERB_WORDS and nxt is not None and nxt.tag in (
                "PREP", "ADJ") and low not in VERBS:
            w.tag = "ADV"            # 'TOMAS, still in his coat, …': an aside, not a second subject
            continue
        if w.text[:1].isupper() and k > 0 and not can_noun and not can_verb and not can_adj and w.text.isalpha():
            w.tag = "NAME"
            continue
        if w.text.isupper() and len(w.text) > 1 and not (can_noun or can_verb or can_adj or can_adv):
            w.tag = "NAME"
            continue
        if prev is not None and prev.low == "of" and (can_noun or "noun" in open_class().get(low, {})) and not (
                can_adj and nxt is not None and
                                                                     nxt.tag in ("OPEN", "NOUN")):
            w.tag = "NOUN"               # 'a sea of faces', 'the sound of footsteps': what 'of' takes is a noun
            continue
        if after_det and low in ("whole", "entire") and nxt is not None and nxt.tag in ("OPEN", "NOUN", "VERB"):
            w.tag = "ADJ"                # 'the whole bar', 'the entire class'
            continue
        if after_det:
            if can_adj and nxt is not None and (nxt.tag in ("OPEN", "NOUN") and _noun_like(nxt.low) or
                                                nxt.low in ("and", ",") and k + 3 < n and words[k + 2].tag == "OPEN"
                                                and "adj" in open_class().get(words[k + 2].low, {})
                                                and _noun_like(words[k + 3].low)):
                w.tag = "ADJ"
            elif can_noun or not can_adj:
                w.tag = "NOUN"
            else:
                w.tag = "ADJ"
        elif after_np and can_verb and nxt is not None and nxt.tag == "PREP" and prev.tag == "NOUN" and (
                low.endswith(("ed", "en", "ing")) or prev.low in FRAME_WORDS):
            w.tag = "VERB"               # 'a house built on a hill', 'an animation set in a street'
        elif after_np and can_verb and (low.endswith("s") or low.endswith("ed") or low in VERBS or
                                        prev_plural or prev.tag == "PRON"
                                        or (prev.tag == "NOUN" and not can_noun)):
            if prev.tag == "NOUN" and can_noun and low.endswith("s") and prev.low != singular(prev.low) \
                    and low not in VERBS and not (k >= 3 and words[k - 2].low == "of" and words[k - 3].low in
                                                  GROUP_WORDS) and not _each_of(words, k - 1):
                # ('a mob of protesters chants', 'each of the guests raises': the verb agrees with one)
                w.tag = "NOUN"       # 'the dogs' tails' (rare); 'two dogs runs' is not English
            else:
                w.tag = "VERB"
        elif prev is not None and prev.low == "to" and can_verb and not can_noun:
            w.tag = "VERB"
        elif prev is not None and prev.tag == "COP" and low in ("gone", "visible", "present", "absent", "missing",
                                                                "hidden", "invisible", "seen", "there", "here"):
            w.tag = "ADJ"                # 'is gone by the end', 'is visible only …'
        elif prev is not None and prev.tag in ("AUX", "COP") and can_verb and low not in COLOURS and (
                low.endswith(("ing", "ed")) or lex.get("verb", low) != low or prev.tag == "AUX"):
            w.tag = "VERB"
        elif prev is not None and prev.tag in ("CONJ", "PUNCT", "TIME", "ADV", "REL", "SUBORD") and can_verb and (
                low in VERBS or low.endswith("s") or low.endswith("ing")) and not (after_det) and \
                (nxt is None or nxt.tag in ("DET", "POSS", "PREP", "PUNCT", "NUM", "PRON", "TIME", "ADV", "CONJ",
                                            "REGION", "NAME") or nxt.low in ADVERB_WORDS or nxt.tag == "OPEN"):
            w.tag = "VERB"
        elif k == 0 and can_verb and low.endswith("ing"):
            w.tag = "VERB"           # 'Starting from the corner, …'
        elif can_adv and not can_noun and not can_verb:
            w.tag = "ADV"
        elif low in ADVERB_WORDS and not can_noun:
            w.tag = "ADV"
        elif can_noun:
            w.tag = "NOUN"
        elif can_adj:
            w.tag = "ADJ"
        elif can_verb:
            w.tag = "VERB"
        elif low.endswith("ly"):
            w.tag = "ADV"
        else:
            w.tag = "NOUN" if after_det or prev is not None and prev.low == "of" else "X"   # 'a throng of roustabouts'
            if w.tag == "X" and _verb_position(words, k):
                w.tag = "VERB"       # a word no lexicon knows where a verb stands: 'PETER plunks the jar down'
    _verb_of_verbless(words)
    for k, w in enumerate(words):
        if w.tag == "NOUN" and k >= 2 and (w.low in VERBS or "verb" in open_class().get(w.low, {})) and \
                words[k - 1].tag == "NOUN" and _after_do(words, k - 1):
            w.tag = "VERB"          # 'does a fox show up': the verb after an inverted subject
        if w.tag == "NOUN" and w.low in COLOURS and (
                k + 1 < n and words[k + 1].low in ("one", "ones") or
                k + 1 < n and words[k + 1].tag == "NOUN" and k and words[k - 1].low == "," or
                k and words[k - 1].low in _COLOURING and words[k - 1].tag == "VERB"):
            w.tag = "ADJ"           # 'a purple one', 'a cat colored orange': the colour, not the fruit or the paint
        if w.tag == "AUX" and w.low in ("starts", "start", "begins", "begin") and not (
                k + 1 < n and words[k + 1].low == "to" or k + 1 < n and words[k + 1].tag == "VERB"):
            w.tag = "VERB"          # 'starts in the lower left corner' (not 'starts to run')
        if w.tag == "VERB":
            w.lemma = verb_lemma(w.low)
        elif w.tag == "NOUN":
            w.lemma = singular(w.low)
    return words


def _verb_of_verbless(words: list[Word]) -> None:
    """A stretch up to ':' / ';' with a plural subject and no verb has one: the verb-capable noun that ends a
    compound and takes a particle ('The first customers of the day shuffle in: …', not a 'day shuffle')."""
    start = 0
    for end in [i for i, w in enumerate(words) if w.low in (":", ";", ".", "!", "?")] + [len(words)]:
        part = words[start:end]
        if part and not any(w.tag in ("VERB", "COP", "AUX") for w in part):
            for k in range(start + 1, end - 1):
                w, prev, nxt = words[k], words[k - 1], words[k + 1]
                if w.tag == "NOUN" and prev.tag == "NOUN" and nxt.tag in ("PREP", "PART") and nxt.low in PARTICLES \
                        and _verb_like(w.low) and not w.low.endswith("s") and any(
                            x.tag == "NOUN" and x.low != singular(x.low) for x in words[start:k - 1]):
                    w.tag = "VERB"
                    if k + 2 >= end or words[k + 2].tag == "PUNCT":
                        nxt.tag = "PART"
                    break
        start = end + 1


def _each_of(words: list[Word], k: int) -> bool:
    """words[k] ends 'each of the guests', 'one of the men', 'every one of them': a singular subject."""
    lows = [w.low for w in words[max(0, k - 4):k]]
    return "of" in lows and any(x in ("each", "one", "every", "neither", "either") for x in lows[:lows.index("of")])


def _verb_position(words: list[Word], k: int) -> bool:
    """words[k], a word no lexicon knows, stands where a present-tense verb does: after its subject (a name, a
    pronoun) or after 'and' that follows a verb, and before what a verb takes (an object, a preposition, an end)."""
    w = words[k]
    if not (w.low.endswith("s") and w.low.isalpha() and len(w.low) > 3) or not k:
        return False
    prev = words[k - 1]
    nxt = words[k + 1] if k + 1 < len(words) else None
    subject = prev.tag == "NAME" or prev.low in ("he", "she", "they", "it") or (
        prev.tag == "CONJ" and any(x.tag == "VERB" for x in words[:k - 1]))
    return subject and (nxt is None or nxt.tag in ("DET", "POSS", "PREP", "PUNCT", "PART", "CONJ", "NUM", "PRON")
                        or nxt.low in PARTICLES)


# --------------------------------------------------------------------------------------------------- phrases
def _region_of(words: list[str]) -> str | None:
    """'upper left corner' -> 'upper left'; 'top' -> 'upper'; 'middle' -> 'center'."""
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


def _apposed(ws: list[Word], j: int) -> int | None:
    """After a name at ws[j]: ', retired police detective,' / ', his former partner and fellow retiree,' — a
    person noun phrase (or two joined by 'and') between commas, the name's apposition; the index after it."""
    n = len(ws)
    if not (j < n and ws[j].low == ","):
        return None
    k = j + 1
    for _ in range(2):
        inner, k2 = noun_phrase(ws, k)
        if inner is None or inner.name or inner.pronoun or inner.head is None or \
                NOUNS.get(inner.head, ("",))[0] != "person" and not inner.head.endswith(("ee", "ist", "ian")):
            return None
        k = k2
        if k < n and ws[k].low == ",":
            return k + 1
        if not (k < n and ws[k].low == "and"):
            return None
        k += 1
    return None


def _people_numbered(ws: list[Word], start: int, j: int, group: str | None, det: str | None):
    """'a family of four', 'a group of five' (ws[j] is the 'of'): that many people, when no noun follows the
    number ('a group of four dogs' counts dogs; 'a family of four eats' has a verb there)."""
    n = len(ws)
    if group not in GROUP_WORDS or not (j + 1 < n and ws[j + 1].tag == "NUM"):
        return None
    if j + 2 < n and ws[j + 2].tag in ("NOUN", "ADJ") and (singular(ws[j + 2].low) in NOUNS or
                                                           not _verb_like(ws[j + 2].low)):
        return None
    crowd = Phrase(words=ws[start:j + 2], head="person", plural=True, count=ws[j + 1].value, det=det)
    crowd.modifiers_group = group  # type: ignore[attr-defined]
    return crowd, j + 2


def _of_pronoun(ws: list[Word], i: int, j: int) -> tuple[Phrase, int]:
    """'the two of them', 'both of them', 'all of us': the pronoun is what the phrase refers to."""
    return Phrase(pronoun=ws[j].low, words=ws[i:j + 1]), j + 1


def noun_phrase(ws: list[Word], i: int) -> tuple[Phrase | None, int]:
    """The noun phrase starting at ws[i], or (None, i)."""
    n = len(ws)
    if i >= n:
        return None, i
    ph = Phrase()
    j = i
    w = ws[j]
    if w.tag == "PRON":
        ph.pronoun, ph.words = w.low, [w]
        if w.low == "one":
            ph.one = True
        return ph, j + 1
    if w.tag == "NAME":
        ph.name, ph.words = w.value, [w]
        j += 1
        k = _apposed(ws, j)
        if k is not None:
            ph.words = ws[i:k]                 # 'BRICK BRADDOCK, retired police detective, is sitting': him
            return ph, k
        if j < n and ws[j].tag == "POS":
            owned, k = noun_phrase(ws, j + 1)
            if owned is not None and owned.name is None and owned.pronoun is None:
                owned.owner = ph
                owned.words = ws[i:k]
                return owned, k
            return ph, j + 1
        return ph, j
    start = j
    if w.tag == "POSS":
        ph.owner = Phrase(pronoun=POSSESSIVES[w.low], words=[w])
        ph.det = w.low
        j += 1
    elif w.tag == "DET":
        ph.det = w.low
        if w.low == "another":
            ph.other = True
        j += 1
        if w.low in ("a", "an") and j < n and (ws[j].low == "few" or ws[j].low in GROUP_WORDS and (
                ws[j].low in ("couple", "pair", "dozen", "lot", "crowd", "family", "team") or
                j + 1 < n and ws[j + 1].low == "of")):
            ph.count = {"few": 3, "couple": 2, "pair": 2, "dozen": 12, "lot": 5, "trio": 3, "quartet": 4,
                         "quintet": 5}.get(ws[j].low, 4)   # 'a crowd of'
            if j + 1 < n and ws[j + 1].low == "of" and j + 2 < n and ws[j + 2].tag == "NUM":
                ph.count = None                   # 'a group of five dogs': the number says
            ph.modifiers_group = ws[j].low  # type: ignore[attr-defined]
            j += 1
            if j < n and ws[j].low == "of":
                crowd = _people_numbered(ws, i, j, ws[j - 1].low, ph.det)
                if crowd is not None:
                    return crowd
                j += 1
                if j < n and ws[j].tag == "DET":
                    j += 1
        elif w.low in ("all", "both", "each") and j < n and ws[j].low == "of":
            j += 1
            if j < n and ws[j].tag == "PRON":
                return _of_pronoun(ws, i, j)          # 'both of them', 'all of us'
            if j < n and ws[j].tag in ("DET", "POSS"):
                j += 1
        elif w.low == "all" and j < n and ws[j].tag in ("DET", "POSS"):
            j += 1
        if w.low == "both":
            ph.count = 2
    if j < n and ws[j].tag == "NUM":
        if ph.count is None or ws[j].low not in ("few",):
            ph.count = ws[j].value
        j += 1
        if j + 1 < n and ws[j].low == "or" and (ws[j + 1].low in ("so", "more") or ws[j + 1].tag == "NUM"):
            j += 2                            # 'ten or so students', 'two or three kids'
        if j < n and ws[j].low == "of":      # 'many of the guests'
            j += 1
            if j < n and ws[j].tag == "PRON":
                return _of_pronoun(ws, i, j)          # 'the two of them', 'three of us'
            if j < n and ws[j].tag in ("DET", "POSS"):
                j += 1
    elif j < n and ws[j].low in ("first", "second", "third", "last") and j + 1 < n and ws[j + 1].tag in (
            "NOUN", "ADJ", "OPEN"):
        ph.ordinal = {"first": 0, "second": 1, "third": 2, "last": -1}[ws[j].low]
        j += 1
    if j < n and ws[j].low == "other":
        ph.other = True
        j += 1
        if j < n and ws[j].tag == "NUM":
            ph.count = ws[j].value
            j += 1
    # adjectives and region words before the head
    regions: list[str] = []
    adjs: list[str] = []
    while j < n and (ws[j].tag in ("ADJ", "REGION") or (ws[j].tag == "NUM" and False)):
        if ws[j].tag == "REGION":
            regions.append(ws[j].low)
        else:
            adjs.append(ws[j].low)
        j += 1
        while j < n and ws[j].low in ("and", ",") and j + 1 < n and ws[j + 1].tag == "ADJ" and adjs:
            j += 1
    # the head: nouns (a compound keeps the last), or a region word, or 'one'
    heads: list[Word] = []
    while j < n and ws[j].tag == "NOUN":
        heads.append(ws[j])
        j += 1
    if not heads and j < n and ws[j].low in ("side", "end", "part", "half", "edge", "corner"):
        heads.append(ws[j])
        j += 1
    if not heads and j < n and ws[j].low == "one" and (ph.det or regions or adjs):
        ph.one = True
        j += 1
    if not heads and not ph.one:
        if regions:
            # 'the left', 'the upper left' (a bare region is the head)
            ph.region = _region_of(regions)
            ph.words = ws[start:j]
            return _of(ph, ws, j)
        if adjs and ph.det:
            # 'the red one' without 'one', or an adjective used as a noun ('the elderly'): the last adjective
            ph.head = adjs[-1]
            ph.adjs = adjs[:-1]
            ph.frame = ph.head in FRAME_WORDS
            ph.setting = ph.head in SETTINGS or ph.head in NOT_THINGS
            ph.words = ws[start:j]
            return ph, j
        if ph.owner is not None and ph.det in POSSESSIVES and not adjs:
            return None, i
        return None, i
    head_word = heads[-1] if heads else None
    if head_word is not None and head_word.low in ("side", "end", "part", "edge", "corner", "half") or (
            ph.one and regions):
        ph.region = _region_of(regions) if regions else None
        if head_word is not None and head_word.low == "end" and not regions:
            ph.region = None
        ph.words = ws[start:j]
        if head_word is not None and head_word.low == "half":
            ph.head = "half"
            ph.adjs = adjs
            return ph, j
        if ph.region is None and head_word is not None:
            ph.head = head_word.low
        return _of(ph, ws, j)
    if regions and head_word is not None:
        adjs = adjs + [r for r in regions if r in ("left", "right", "top", "bottom", "upper", "lower")]
    ph.adjs = adjs
    if head_word is not None:
        ph.head = singular(head_word.low) if head_word.low not in SETTINGS else head_word.low
        ph.plural = ph.head != head_word.low or head_word.low in ("sheep", "deer", "fish") and (ph.count or 1) > 1
        ph.modifiers = [h.low for h in heads[:-1]]
        ph.setting = head_word.low in SETTINGS or ph.head in SETTINGS or ph.head in NOT_THINGS
        ph.sound = head_word.low in SOUND_NOUNS
        ph.frame = head_word.low in FRAME_WORDS
    # colour after the head: 'a cat colored orange', 'a dog that is brown', 'a bus in red'
    if head_word is not None and j + 1 < n and ws[j].low in _COLOURING and ws[j + 1].low in COLOURS:
        ph.adjs = ph.adjs + [ws[j + 1].low]
        j += 2
    elif head_word is not None and j + 2 < n and ws[j].tag == "REL" and ws[j + 1].tag == "COP" and \
            ws[j + 2].low in COLOURS and (j + 3 >= n or ws[j + 3].tag in ("PUNCT", "CONJ", "PREP", "TIME")):
        ph.adjs = ph.adjs + [ws[j + 2].low]
        j += 3
    elif head_word is not None and j + 4 < n and ws[j].low == "," and ws[j + 1].low == "which" and \
            ws[j + 2].tag == "COP" and ws[j + 3].low in COLOURS and ws[j + 4].low in (",", ".", ";"):
        ph.adjs = ph.adjs + [ws[j + 3].low]      # 'a sofa, which is green, and …'
        j += 4 + (ws[j + 4].low == ",")
    ph.words = ws[start:j]
    if head_word is not None and not ph.plural and j < n and ws[j].tag == "NAME" and \
            NOUNS.get(ph.head or "", ("",))[0] == "person":
        # 'her son MATEO', 'Detective HARRIS', 'the waiter LUIS': the noun is a title, the name the one meant
        return Phrase(name=ws[j].value, words=ws[start:j + 1]), j + 1
    # 'a knot of reporters', 'the rest of the guests', 'a busload of pilgrims': a word no lexicon draws, counting
    # the plural after it, is a group word too (partitive)
    partitive = head_word is not None and not ph.plural and ph.head not in NOUNS and not (
        ph.setting or ph.sound or ph.frame) and j + 1 < n and ws[j].low == "of" and ph.det is not None
    if ph.sound or ph.head in GROUP_WORDS or partitive:
        if j < n and ws[j].low == "of":
            inner, k = noun_phrase(ws, j + 1)
            crowd = _people_numbered(ws, start, j, ph.head, ph.det) if not ph.sound else None
            if crowd is not None:
                return crowd
            if inner is not None and partitive and not ph.sound and ph.head not in GROUP_WORDS and (
                    not inner.plural or inner.name or inner.pronoun):
                return ph, j
            if inner is not None:
                if ph.sound:
                    ph.of = inner
                    ph.words = ws[start:k]
                    return ph, k
                # 'a group of five dogs': the dogs, counted
                group = ph.head
                inner.count = inner.count or {"couple": 2, "pair": 2, "dozen": 12}.get(group, inner.count)
                inner.count = inner.count or (ph.count if ph.count else None) or (4 if inner.plural else None)
                inner.words = ws[start:k]
                inner.modifiers_group = group  # type: ignore[attr-defined]
                return inner, k
    return ph, j


def _of(ph: Phrase, ws: list[Word], j: int) -> tuple[Phrase, int]:
    """A region's 'of' complement: 'the left of a bench' (a thing), 'the left side of the frame' (the frame)."""
    n = len(ws)
    if j < n and ws[j].low == "of":
        inner, k = noun_phrase(ws, j + 1)
        if inner is not None:
            if inner.frame or inner.head in FRAME_WORDS or inner.setting:
                ph.words = ws[ph_start(ph, ws):k]
                return ph, k
            ph.of = inner
            return ph, k
    return ph, j


def ph_start(ph: Phrase, ws: list[Word]) -> int:
    return ws.index(ph.words[0]) if ph.words else 0


# --------------------------------------------------------------------------------------------------- clauses
_HARD_SPLIT = {";", ":"}


def parse(sentence: str, names: dict[str, str] | None = None) -> list[Clause]:
    """Clauses of one sentence, in order, with elided subjects and verbs filled in from the clause before."""
    ws = tag(sentence, names)
    # Items: phrases and words, so clause rules see 'NP VERB PP' rather than tokens.
    items: list = []
    i, n = 0, len(ws)
    while i < n:
        w = ws[i]
        if w.tag in ("DET", "NUM", "POSS", "ADJ", "NOUN", "NAME", "PRON", "REGION"):
            ph, k = noun_phrase(ws, i)
            if ph is not None and k > i:
                items.append(("NP", ph))
                i = k
                continue
        items.append((w.tag, w))
        i += 1
    segments = _segments(items)
    clauses: list[Clause] = []
    for link, seg in segments:
        c = _clause(seg)
        if c is None:
            continue
        c.link = link
        clauses.append(c)
    # Ellipsis: a clause without subject takes the one before's; one without verb takes its verb too.
    carried: list[Phrase] = []
    last_verb: Clause | None = None
    for k, c in enumerate(clauses):
        prev = clauses[k - 1] if k else None
        if c.participle and k + 1 < len(clauses) and not c.subjects:
            c.subjects = [s for s in clauses[k + 1].subjects if s.region is None or s.of is not None]
            c.elided = True
        if not c.subjects and prev is not None:
            c.subjects = carried
            c.elided = True
        real = [s for s in c.subjects if s.region is None or s.of is not None]
        if real:
            carried = real
        directions_only = c.subjects and not real
        if c.verb is None and not c.copula and last_verb is not None and (c.elided or directions_only) and (
                c.pps or c.adverbs or c.objects or c.particles or directions_only):
            c.verb, c.verb_text, c.copula = last_verb.verb, last_verb.verb_text, last_verb.copula
        elif c.verb is None and not c.copula and prev is not None and not c.elided and prev.verb and c.pps and \
                c.link in ("and", ",", "but") and c.subjects and not prev.copula:
            c.verb, c.verb_text = prev.verb, prev.verb_text     # 'A stands on the left and B on the right'
        if c.verb is not None or c.copula:
            last_verb = c
    return clauses


def _has_verb(seg: list) -> bool:
    return any(t in ("VERB", "COP") for t, _ in seg)


def _segments(items: list) -> list[tuple[str | None, list]]:
    """Split items into clause segments, each with the word that links it to the one before."""
    segs: list[tuple[str | None, list]] = []
    cur: list = []
    link: str | None = None

    def flush(new_link):
        nonlocal cur, link
        if cur:
            segs.append((link, cur))
        cur, link = [], new_link

    n = len(items)
    for p, (t, x) in enumerate(items):
        nxt = items[p + 1] if p + 1 < n else (None, None)
        nxt2 = items[p + 2] if p + 2 < n else (None, None)
        low = x.low if t not in ("NP",) else None
        if t == "PUNCT" and low in _HARD_SPLIT:
            if low == ":" and cur and (cur[0][0] == "PREP" or cur[0][0] == "ADV" and len(cur) > 1 and
                                       cur[1][0] == "PREP") and not _has_verb(cur):
                continue                       # 'In front of a tree: a man.'
            flush(";")
            continue
        if t == "PUNCT" and low in (".", "!", "?", "(", ")", '"'):
            continue
        if t == "TIME" and x.value in ("then", "after that", "afterwards", "afterward", "finally", "eventually",
                                       "at last", "later", "next", "a moment later", "after a moment",
                                       "after a while", "meanwhile", "soon", "suddenly", "at the end", "in the end",
                                       "by the end", "at the very end") and cur and (
                _has_verb(cur) or any(tt == "PP" or tt == "PREP" for tt, _ in cur) or
                any(tt == "NP" for tt, _ in cur)):
            # 'moves to X, then to Y', 'sleeps, then wakes', 'A, and finally B'
            while cur and cur[-1][0] in ("CONJ", "PUNCT"):
                cur.pop()
            flush(x.value)
            cur.append((t, x))
            continue
        if t == "REL" and low in ("which", "where", "whom") and cur and (
                cur[-1][0] == "PREP" or low == "where" or cur[-1][0] == "NP" and cur[-1][1].frame):
            # 'A scene in which a cat appears', 'a clip where …': the frame, then what happens in it
            if cur[-1][0] == "PREP":
                cur.pop()
            flush(low)
            continue
        if t == "SUBORD" and low in ("while", "whereas", "before", "after", "until", "once", "when", "as") and cur \
                and nxt[0] in ("NP", "VERB", "TIME", "PUNCT", "PREP", "ADV"):
            flush(low)
            continue
        if t in ("CONJ", "PUNCT") and low in ("and", ",", "but", "&") and cur:
            nt = nxt[0]
            if nt == "TIME":
                continue                       # ', then' / 'and then': the TIME word splits
            split = False
            if nt == "VERB" and _has_verb(cur):
                split = True                   # 'goes to X and ends in Y' (subject elided)
            elif nt == "NP" and nxt2[0] in ("VERB", "COP", "AUX") and (_has_verb(cur) or _verbless_np_pp(cur)):
                split = True                   # 'a cat sits and a dog runs'
            elif nt == "NP" and _verbless_np_pp(cur) and low in ("and", ",") and _np_then_pp(items, p + 1):
                split = True                   # 'a cat on the left and a dog on the right'
            elif nt == "NP" and _has_verb(cur) and low in ("and", ",", "but") and _np_then_pp(items, p + 1) and \
                    not _inside_pp(cur):
                split = True                   # 'A stands on the left and B on the right'
            elif nt in ("PREP", "NP", "ADV", "VERB") and _has_verb(cur) and _inversion_ahead(items, p + 1):
                split = True                   # 'the fence stands still, and behind it there is a woman'
            elif nt == "PREP" and low == "," and _has_verb(cur) and _next_is_route(items, p + 1):
                split = True                   # 'moves to the upper right, to the lower left'
            if split:
                flush(low)
                continue
            participle = [q for q, (tt, xx) in enumerate(cur) if tt == "VERB" and xx.low.endswith("ing")]
            if low == "," and cur and cur[0][0] in ("TIME", "PREP", "ADV", "VERB") and \
                    not any(tt == "NP" and not _pp_object(cur, q) for q, (tt, _) in enumerate(cur)) and \
                    (not _has_verb(cur) or participle and all(tt != "VERB" for tt, _ in cur[:participle[0]])):
                # 'Halfway through, a dog walks in' / 'Starting from the left corner, the ball …': keep the
                # adverbial with the clause that follows, except a participle, which is its own clause.
                if participle:
                    flush(",")
                continue
        cur.append((t, x))
    flush(None)
    return segs


def _pp_object(seg: list, q: int) -> bool:
    return q > 0 and seg[q - 1][0] in ("PREP",)


def _verbless_np_pp(seg: list) -> bool:
    """A verbless clause 'NP PP…' (after any fronted phrases): 'a cat on the left', 'In the video, a dog in red'."""
    if _has_verb(seg):
        return False
    q = 0
    while q < len(seg) and (seg[q][0] in ("PUNCT", "TIME", "ADV") or seg[q][0] == "PREP" and q + 1 < len(seg)
                            and seg[q + 1][0] == "NP" and (seg[q + 1][1].frame or seg[q + 1][1].setting)):
        q += 2 if seg[q][0] == "PREP" else 1
    return q < len(seg) and seg[q][0] == "NP" and any(t == "PREP" for t, _ in seg[q:])


def _np_then_pp(items: list, p: int) -> bool:
    """items[p] is an NP followed (before any verb) by a preposition."""
    for t, x in items[p + 1:p + 4]:
        if t == "PREP":
            return True
        if t in ("VERB", "COP", "CONJ"):
            return False
    return False


def _inside_pp(seg: list) -> bool:
    """The segment ends inside 'between A' (so 'and B' is the preposition's second object)."""
    for t, x in reversed(seg):
        if t == "PREP":
            return x.value == "between"
        if t in ("VERB", "COP"):
            return False
    return False


def _inversion_ahead(items: list, p: int) -> bool:
    """items[p:] read 'PREP NP (PREP NP)* (there) VERB|COP NP': an inverted clause ('behind it there is a woman')."""
    q, n = p, len(items)
    seen = False
    while q < n and (items[q][0] == "ADV" or items[q][0] == "VERB" and items[q][1].low.endswith(("ed", "en"))):
        q += 1                          # 'and right beside it there is …', 'and hidden behind it …'
    while q + 1 < n and items[q][0] == "PREP" and items[q + 1][0] == "NP":
        q += 2
        seen = True
    if not seen and q < n and items[q][0] == "NP" and items[q][1].region is not None and items[q][1].of is not None:
        q += 1                          # 'left of it there is a cat'
        seen = True
    if not seen or q >= n:
        return False
    if items[q][0] != "NP" and items[q][1].low == "there":
        q += 1
    return q + 1 < n and items[q][0] in ("VERB", "COP") and items[q + 1][0] == "NP"


def _next_is_route(items: list, p: int) -> bool:
    t, x = items[p]
    if t != "PREP" or x.value not in ("to", "toward", "towards", "into"):
        return False
    return p + 1 < len(items) and items[p + 1][0] == "NP" and items[p + 1][1].region is not None


def _clause(seg: list) -> Clause | None:
    c = Clause()
    for t, x in seg:
        if t == "NP":
            c.words.extend(x.words)
        else:
            c.words.append(x)
    # Leading adverbials and an inverted prepositional phrase ('On the table sits a cat').
    p, n = 0, len(seg)
    lead_pps: list[PP] = []
    while p < n:
        t, x = seg[p]
        if t == "TIME":
            c.times.append(x.value)
            p += 1
        elif (t in ("ADV",) and not (x.low == "there" and p + 1 < n and seg[p + 1][0] in ("COP", "VERB", "AUX")))\
                or t == "PUNCT":
            c.adverbs.append(x.low) if t == "ADV" else None
            p += 1
        elif t == "PREP" and p + 1 < n and seg[p + 1][0] == "NP":
            pp, p = _pp(seg, p)
            pp.fronted = not c.participle      # not after one: 'finishing in the upper right'
            lead_pps.append(pp)
        elif t == "NP" and x.region is not None and x.of is not None and p + 1 < n and seg[p + 1][0] != "NP" and (
                seg[p + 1][1].low == "there" or seg[p + 1][0] in ("VERB", "COP")):
            lead_pps.append(PP(prep="to", np=x))      # 'left of it there is a cat'
            p += 1
        elif t == "AUX" and x.low in ("does", "do", "did") and p + 1 < n and seg[p + 1][0] == "NP" and (
                lead_pps or c.times or c.adverbs):
            p += 1                       # 'Only in the second half does a fox show up': the subject follows
        elif t == "VERB" and x.low.endswith(("ed", "en")) and p + 1 < n and seg[p + 1][0] == "PREP" and \
                not c.subjects and all(tt in ("PREP", "NP", "PUNCT", "TIME", "ADV") for tt, _ in seg[:p]):
            p += 1                       # 'hidden behind it there is a man': the participle only says how
        elif t == "VERB" and x.low.endswith("ing") and all(tt in ("PREP", "NP", "PUNCT", "TIME", "ADV")
                                                            for tt, _ in seg[:p]) and not c.subjects:
            c.participle = True
            c.verb, c.verb_text = x.lemma, x.low
            c.verbs.append(x.lemma)
            c.verb_texts.append(x.low)
            p += 1
        else:
            break
    # 'There is/are NP'
    if p + 1 < n and seg[p][0] != "NP" and seg[p][1].low == "there" and seg[p + 1][0] in ("COP", "VERB"):
        c.copula = seg[p + 1][0] == "COP"
        if seg[p + 1][0] == "VERB":
            c.verb, c.verb_text = seg[p + 1][1].lemma, seg[p + 1][1].low
            c.verbs.append(c.verb)
            c.verb_texts.append(c.verb_text)
        p += 2
        while p < n and seg[p][0] == "NP" and not (c.subjects and seg[p][1].region is not None):
            c.subjects.append(seg[p][1])
            p += 1
            if p + 1 < n and seg[p][0] in ("CONJ", "PUNCT") and seg[p + 1][0] == "NP":
                p += 1
        _rest(c, seg, p)
        c.pps = lead_pps + c.pps
        return c
    # Subjects: noun phrases joined by 'and' / ','.
    while p < n and seg[p][0] == "NP":
        if seg[p][1].region is not None and (c.subjects or seg[p][1].of is not None):
            if not c.subjects:
                lead_pps.append(PP(prep="at", np=seg[p][1]))   # 'Beginning left of the tree, a cat …'
                p += 1
                continue
            break                   # 'A book right of a bus': a region after the subject is where it is
        c.subjects.append(seg[p][1])
        p += 1
        if p + 1 < n and seg[p][0] in ("CONJ", "PUNCT") and seg[p][1].low in ("and", ",", "&") and seg[p + 1][0] == "NP":
            p += 1
        elif p + 2 < n and seg[p][0] == "PUNCT" and seg[p + 1][0] == "CONJ" and seg[p + 2][0] == "NP":
            p += 2
        # 'A cat that is red': a relative clause giving the subject a predicate adjective
        if p + 2 < n and seg[p][0] == "REL" and seg[p + 1][0] == "COP" and seg[p + 2][0] in ("ADJ", "OPEN", "NP"):
            adj = seg[p + 2][1]
            if isinstance(adj, Phrase):
                c.subjects[-1].adjs += adj.adjs + ([adj.head] if adj.head and adj.det is None else [])
            else:
                c.subjects[-1].adjs.append(adj.low)
            p += 3
    if lead_pps and p < n and seg[p][0] in ("VERB", "COP") and p + 1 < n and seg[p + 1][0] == "NP" and not c.subjects:
        # inversion: 'On the table sits a cat', 'To the left of the car stands a man'
        v = seg[p][1]
        c.copula = seg[p][0] == "COP"
        if not c.copula:
            c.verb, c.verb_text = v.lemma, v.low
            c.verbs.append(v.lemma)
            c.verb_texts.append(v.low)
        c.subjects.append(seg[p + 1][1])
        c.pps = lead_pps
        _rest(c, seg, p + 2)
        return c
    c.pps = lead_pps
    _rest(c, seg, p, verb_slot=True)
    if not c.subjects and not c.verb and not c.pps and not c.objects and not c.times and not c.adverbs:
        return None
    return c


def _pp(seg: list, p: int) -> tuple[PP, int]:
    t, x = seg[p]
    prep = x.value if isinstance(x.value, str) else x.low
    n = len(seg)
    pp = PP(prep=prep)
    if p + 1 < n and seg[p + 1][0] == "NP":
        pp.np = seg[p + 1][1]
        p += 2
        if p + 1 < n and seg[p][0] == "CONJ" and seg[p + 1][0] == "NP" and (
                prep == "between" or not (p + 2 < n and seg[p + 2][0] in ("VERB", "COP", "AUX", "PREP"))):
            pp.np2 = seg[p + 1][1]      # 'between A and B'; 'above the mountains and a wolf'
            p += 2
        return pp, p
    return pp, p + 1


def _rest(c: Clause, seg: list, p: int, verb_slot: bool = False) -> None:
    """Verb group, objects, prepositional phrases and adverbs after the subjects."""
    n = len(seg)
    seen_verb = c.verb is not None or c.copula
    while p < n:
        t, x = seg[p]
        if t in ("AUX",):
            if x.low in ("starts", "start", "begins", "begin") and p + 1 < n and seg[p + 1][0] == "PREP":
                c.verb, c.verb_text = "start", x.low       # 'starts in the lower left corner'
                c.verbs.append("start")
                c.verb_texts.append(x.low)
                seen_verb = True
            elif x.low in ("has", "have") and not (p + 1 < n and seg[p + 1][0] in ("VERB", "COP")):
                c.verb, c.verb_text = "have", x.low
                c.verbs.append("have")
                c.verb_texts.append(x.low)
                seen_verb = True
            p += 1
            continue
        if t == "COP":
            c.copula = True
            seen_verb = True
            p += 1
            continue
        if t == "VERB":
            if x.low.endswith("ing") and c.copula and c.verb is None:
                c.copula = False               # 'is moving'
            if c.verb is None or c.verb in ("be", "start", "begin") or (c.copula and x.low.endswith("ed")):
                c.verb, c.verb_text = x.lemma, x.low
                if x.low.endswith(("ed", "en")) and c.copula:
                    c.copula = True            # 'is placed', 'is seen': a static passive
            c.verbs.append(x.lemma)
            c.verb_texts.append(x.low)
            seen_verb = True
            p += 1
            continue
        if t in ("PART",):
            c.particles.append(x.low)
            p += 1
            continue
        if t == "PREP":
            nxt = seg[p + 1] if p + 1 < n else (None, None)
            colour = nxt[1].low if nxt[0] in ("ADJ", "OPEN") else (
                nxt[1].head if nxt[0] == "NP" and nxt[1].det is None and not nxt[1].adjs else None)
            if x.low in ("in", "painted", "coloured", "colored") and colour in COLOURS:
                c.adjectives.append(colour)      # 'a bus in yellow'
                p += 2
                continue
            if p + 1 < n and seg[p + 1][0] == "NP":
                pp, p = _pp(seg, p)
                pp.before_verb = not seen_verb and bool(c.subjects)
                c.pps.append(pp)
                continue
            if x.low in PARTICLES:
                c.particles.append(x.low)
            p += 1
            continue
        if t == "NP":
            if x.region is not None and (not seen_verb or c.copula or x.of is not None):
                c.pps.append(PP(prep="to", np=x))      # 'a book right of a bus', 'there is a boy left of …'
            elif not seen_verb and not c.subjects:
                c.subjects.append(x)
            elif c.copula and c.verb is None and x.det is None and x.head and not x.count:
                c.adjectives.append(x.head)     # 'is visible'
                c.objects.append(x) if x.head in NOUNS else None
            else:
                c.objects.append(x)
            p += 1
            continue
        if t == "TIME":
            c.times.append(x.value)
            p += 1
            continue
        if t in ("ADV",):
            c.adverbs.append(x.low)
            p += 1
            continue
        if t in ("ADJ", "OPEN") and c.copula:
            c.adjectives.append(x.low)
            p += 1
            continue
        if t == "REGION":
            c.adverbs.append(x.low)
            p += 1
            continue
        p += 1
