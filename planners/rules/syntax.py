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
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .lexicon import (ADJECTIVES, COLLECTIVE, COLOURS, COUNTS, HUE_NOUNS, LOOKS, MATERIALS, NOUNS, SETTINGS, SHADES, SIZES, VERBS, gender_of_noun,
                      singular)

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
              "detail", "focus", "angle", "lighting", "tone", "look", "slow-motion", "background", "foreground",
              "sight", "place", "places", "pace", "width", "breadth",
              "appearance", "debut", "gap"}
QUANTITY = {"many": 5, "several": 3, "few": 3, "numerous": 6, "dozens": 12, "lots": 5, "various": 4}
CONJ = {"and", "or", "but", "nor", "&"}
SUBORD = {"while", "whereas", "as", "when", "before", "after", "until", "once", "because", "though", "although"}
PREPS = {"to", "toward", "towards", "into", "onto", "on", "in", "at", "from", "of", "by", "with", "under", "over",
         "above", "below", "behind", "beside", "besides", "between", "near", "across", "through", "around", "along",
         "past", "inside", "outside", "upon", "atop", "beneath", "underneath", "alongside", "against", "within",
         "among", "amongst", "amid", "via", "throughout", "during", "beyond", "off", "out", "up", "down", "like",
         "without", "about", "for", "than", "except", "after", "before", "opposite"}
# Multi-word prepositions, longest first; each normalised to one name.
COMPLEX_PREPS = [
    ("in front of", "in_front_of"), ("on top of", "on"), ("across the way from", "opposite"),
    ("across from", "opposite"), ("opposite to", "opposite"), ("next to", "next_to"), ("close to", "next_to"),
    ("right next to", "next_to"), ("away from", "away_from"), ("out of", "out_of"), ("in between", "between"),
    ("right between", "between"), ("on to", "onto"), ("up to", "to"), ("over to", "to"), ("back to", "to"),
    ("in to", "into"), ("far from", "away_from"), ("all over", "over"), ("right behind", "behind"),
    ("just behind", "behind"), ("directly above", "above"), ("high above", "above"), ("directly below", "below"),
    ("just in front of", "in_front_of"), ("right in front of", "in_front_of"), ("directly under", "under"),
    ("directly in front of", "in_front_of"), ("far above", "above"), ("just above", "above"), ("just below", "below"),
    ("by the side of", "next_to"), ("at the side of", "next_to"),
    ("at the foot of", "next_to"), ("at the feet of", "next_to"), ("at the base of", "next_to"),
    ("to the rear of", "behind"), ("at the rear of", "behind"), ("in back of", "behind"),
    ("on the head of", "on"), ("on the back of", "on"), ("on the roof of", "on"), ("on the top of", "on"),
    ("in the direction of", "toward"), ("in the shade of", "next_to"), ("in the shadow of", "next_to"),
]
# Distances said as a preposition (space7): far ones are away from the thing (a clear gap when nothing moves, a
# way for a mover), near ones beside it.
DISTANCE_PREPS = [(f"{lead}{way} {prep}", "away_from") for lead in ("a ", "at a ", "some ", "at some ")
                  for way in ("long way", "good distance", "fair distance", "great distance", "distance", "good way")
                  for prep in ("from", "away from") if lead in ("a ", "at a ") or way == "distance"] + [
    ("far away from", "away_from"), ("well away from", "away_from"), ("far off from", "away_from"),
    ("some way from", "away_from"), ("a long way off from", "away_from"),
    ("a few steps from", "next_to"), ("a step from", "next_to"), ("a few steps away from", "next_to"),
    ("a few feet from", "next_to"), ("a few inches from", "next_to"), ("a foot from", "next_to"),
    ("within a few feet of", "next_to"), ("within a few steps of", "next_to"),
    ("up close to", "next_to"), ("right up close to", "next_to"), ("very close to", "next_to"),
    ("very near", "next_to"), ("near to", "next_to"), ("right near", "next_to"), ("close beside", "next_to"),
    ("close up against", "against"), ("only a step from", "next_to"), ("just a step from", "next_to"),
    ("high over", "above"), ("far over", "above"), ("way above", "above"), ("way over", "above"),
    ("high up above", "above"), ("high up over", "above"), ("way below", "below"), ("far beneath", "below"),
    ("deep below", "below"), ("way beneath", "below"), ("far under", "below")]
COMPLEX_PREPS.extend([d for d in DISTANCE_PREPS if d[0] not in {p for p, _ in COMPLEX_PREPS}])
REGION_WORDS = {"left", "right", "top", "bottom", "upper", "lower", "center", "centre", "middle", "corner",
                "side", "edge", "half", "part", "end", "quadrant"}
FRAME_WORDS = {"frame", "screen", "picture", "image", "shot", "scene", "video", "clip", "view", "sight", "canvas",
               "animation", "footage", "film", "movie", "sequence", "photo", "photograph", "painting", "drawing",
               "watercolour", "watercolor", "cartoon", "render", "rendering", "sketch", "illustration", "artwork",
               "snapshot", "depiction", "timelapse", "time-lapse"}
SOUND_NOUNS = {"sound", "sounds", "noise", "noises", "thud", "crash", "bang", "ring", "ringing", "music", "song",
               "voice", "voices", "footsteps", "echo", "clatter", "clang", "rumble", "roar", "scream", "cry", "laugh",
               "laughter", "whistle", "chime", "hum", "buzz", "knock", "knocking", "applause", "murmur", "silence",
               "drumming", "tapping", "rhythm", "beat", "melody", "tune", "shout", "shouts", "whisper", "rattle",
               "cheers", "cheer", "clink", "creak", "crack", "cracks", "scrape", "squeal", "thump", "boom", "whoosh",
               "splash", "snap", "pop", "beep", "honk", "siren", "gunshot", "gunfire", "thunder", "screech", "crunch",
               "crackle", "sizzle", "slam", "smash", "shatter", "ding", "click", "hiss", "howl", "wail", "sob",
               "flute", "violin", "trumpet", "organ", "harp", "cello", "saxophone", "accordion", "banjo", "tuba",
               "clarinet", "harmonica", "chorus", "choir", "static", "feedback", "alarm", "horn", "whistles"}
# scrB9: sounds English names by the verb that makes them ('the tinkle of a bell', 'the whine of a drill': a sound
# where 'of' follows, see noun_phrase; as words alone they stay verbs, 'a fan WHIRRS'), and the verbs of sound and voice (Levin's verbs of sound emission, of animal sounds, of manner of speaking): what a
# sentence only lets us hear ('Somewhere below, a bell tolls', 'Upstairs, someone is singing').
_SOUND_WORDS_SCRB9 = {"tinkle", "jingle", "jangle", "clank", "clunk", "clack", "whine", "purr", "chirp", "squeak", "squawk",
                "toll", "peal", "blare", "bleat", "bray", "neigh", "whinny", "yelp", "snarl", "snore", "giggle",
                "chuckle", "patter", "clop", "whirr", "whir", "clamour", "clamor", "din", "uproar",
                "thrum", "twang", "bellow", "shriek", "gurgle", "rustle", "wheeze", "cough", "sneeze",
                "clangour"}
SOUND_VERBS_SCRB9 = _SOUND_WORDS_SCRB9 | (SOUND_NOUNS - {"sound", "sounds", "noise", "noises", "music", "song", "voice", "voices",
                                    "footsteps", "silence", "rhythm", "beat", "melody", "tune", "static", "feedback",
                                    "alarm", "horn", "siren", "gunshot", "gunfire", "thunder", "applause", "laughter",
                                    "chorus", "choir", "flute", "violin", "trumpet", "organ", "harp", "cello",
                                    "saxophone", "accordion", "banjo", "tuba", "clarinet", "harmonica", "whistles"}) | {
    "sing", "call", "yell", "bark", "growl", "crow", "moo", "meow", "mew", "miaow", "cluck", "caw", "hoot", "tweet",
    "coo", "drone", "blast", "play", "talk", "speak", "argue", "chant", "mutter", "mumble", "quack", "oink", "baa",
    "roar", "trill", "warble", "sigh", "groan", "moan", "whimper", "cackle", "hum", "toll", "ring", "chime", "tick"}
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
    "after a couple of seconds", "after a couple of moments", "after a few more seconds", "after two seconds",
    "after some time", "a few seconds later", "seconds later", "moments later", "a second later", "some time later",
    "part way through", "partway through", "part way", "partway", "at the midpoint", "at the halfway point",
    "in the middle of the video", "in the middle of the clip", "during the latter part", "in the latter part",
    "for the latter part", "in the later part", "in the last part", "in the final part", "in the early part",
    "in the first part", "during the first part", "during the last part", "for the first part",
    "for the last part", "no longer", "until the middle of the video", "until the middle of the clip",
    "until the middle of the shot", "until the middle", "until halfway", "until the midpoint", "until the halfway point",
    "up to the middle", "up to halfway", "in the last half", "during the last half", "for the last half",
    "in the final half", "in the later half", "in the earlier half", "later on", "later still", "from then on",
    "for a short while", "for a little while", "for a few seconds", "for a second", "for a few moments",
    "early on", "at some point", "at one point", "from start to finish", "the entire time",
    "a little later", "a bit later", "a little while later", "a short while later", "much later",
    "shortly after", "shortly afterwards", "soon after", "soon afterwards", "not long after",
    "late in the video", "late in the clip", "late in the shot", "early in the video", "early in the clip",
    "to begin with", "to start with", "at the outset", "from the outset", "last of all", "first of all",
    "a little while afterwards", "a while afterwards", "a while later", "a little while after", "some while later",
    "a short time later", "a short while afterwards", "right after", "just after", "right afterwards",
    "straight after", "soon afterwards",
]
# 'a minute later', 'two hours later', 'after a beat', 'several days afterwards': an amount of time, then a lead.
_AMOUNTS = ["a", "one", "two", "three", "four", "five", "ten", "twenty", "a few", "several", "some", "a couple of"]
_TIME_UNITS = ["minute", "beat", "hour", "day", "week", "month", "year"]      # (seconds and moments: above)
TIME_PHRASES += sorted({f"{a} {u}{'s' if a not in ('a', 'one') else ''} {lead}" for a in _AMOUNTS for u in _TIME_UNITS
                        for lead in ("later", "afterwards", "afterward", "after that")} |
                       {f"after {a} {u}{'s' if a not in ('a', 'one') else ''}" for a in _AMOUNTS for u in _TIME_UNITS} |
                       {f"{u}s later" for u in _TIME_UNITS} - set(TIME_PHRASES))
# 'a few seconds afterwards', 'several moments after that', 'seconds afterwards': an amount of seconds, then a lead.
TIME_PHRASES += sorted({f"{a}{u} {lead}" for a in ("", "a few ", "several ", "some ", "two ", "three ", "a couple of ")
                        for u in ("seconds", "moments") for lead in ("later", "afterwards", "afterward", "after that")}
                       - set(TIME_PHRASES))
# Idioms that are manner, not places or things: one ADV token each.
IDIOMS = ["step by step", "little by little", "bit by bit", "side by side", "one after another", "one after the other", "one by one", "in a row", "in a line", "in turn", "for good", "at full speed", "at top speed",
          "at high speed", "at great speed", "at full tilt", "at a steady pace", "at a leisurely pace",
          "hand in hand", "face to face", "back to back", "nose to nose", "next to each other", "next to one another",
          "close together", "in single file", "in formation", "all together", "each other", "one another",
          "all day long", "all day", "all night", "all the while", "right there", "over there", "right here",
          "just there", "out there", "in there", "in its place", "in their place", "in his place", "in her place",
          "in a circle", "in a ring", "in a semicircle", "in a half circle", "in a loose circle", "in a tight circle",
          "in a rough circle", "in a huddle", "in a cluster"]   # ('in that order' and its kin: `_in_turn_at`)
# Two things close to each other, said of both (space7): one manner token each, like 'next to each other'.
TOGETHER_IDIOMS = [f"{lead}{prep} {other}" for lead in ("", "right ", "just ", "very ") for prep in (
    "next to", "beside", "alongside", "near", "close to", "close beside", "right beside") for other in (
    "each other", "one another")] + ["close together", "side by side", "right together", "close to one another"]
IDIOMS.extend([p for p in dict.fromkeys(TOGETHER_IDIOMS) if p not in IDIOMS])
# Near the camera and far from it, said as a manner (space7): 'a dog up front', 'a barn further back' are 'in the
# foreground', 'in the background' (`_depth_said`).
_NEAR_US = re.compile(r"(?<!\bto )(?<!\bwill )(?<!\bthey )(?<!\bwe )(?<!\bcan )\b(?:right )?(?:up front|close up|"
                      r"front and cent(?:re|er))\b", re.I)
_FAR_BACK = re.compile(r"\b(?:far|further|farther|way) back\b(?! (?:to|from|into|toward|towards|of)\b)", re.I)
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
ADVERB_WORDS = {"there", "here", "away", "back", "again", "together", "closer", "nearer", "farther", "further", "forward", "forwards", "home",
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


# Particles names are built with: 'd'Arcy', 'O'Brien', 'al-Farsi', 'van der Berg', 'de la Cruz', 'McGregor'.
NAME_PARTICLES = {"d", "o", "l", "al", "el", "de", "di", "da", "du", "del", "della", "der", "den", "van", "von", "la",
                  "le", "dos", "das", "bin", "ibn", "abu", "ben", "mc", "mac", "ter", "ten", "st", "san", "y"}


def _name_parts(low: str) -> list[str] | None:
    """The parts of a hyphenated or apostrophised name ('jean-luc', "d'arcy"), or None for a plain word."""
    parts = [p for p in re.split(r"[-'’]", low) if p]
    return parts if len(parts) > 1 and all(p.isalpha() for p in parts) else None


def is_name_word(low: str, capitals: bool = False) -> bool:
    """A word English uses only as a name ('Jonah', 'Ruth'), or one no lexicon knows ('Elena', 'Tomas'); with
    `capitals` (a screenplay's capitalised introduction) also a name that is a common word too ('PETER', 'ROSE');
    a name joined by hyphens or apostrophes when its parts are names or particles ('JEAN-LUC', "D'ARCY")."""
    parts = _name_parts(low)
    if parts is not None:
        return any(len(p) > 2 for p in parts) and all(p in NAME_PARTICLES or is_name_word(p, capitals)
                                                      for p in parts)
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
    measure: "tuple[str, Phrase] | None" = None   # 'as small as a cat': ('small', the cat), a measure, not a thing

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
    subord: str | None = None          # the subordinator a clause opens with: 'before', 'after', 'once', 'when'…
    existential: bool = False          # 'there is …'
    words: list[Word] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


# The basic colour terms, and words that only shade one when written before it ('navy blue', 'sky blue').
BASIC_COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "grey", "gray"}
COLOUR_PREFIXES = {"navy", "sky", "forest", "lime", "olive", "blood", "jet", "snow", "royal", "baby", "hot", "sea",
                   "midnight", "bottle", "neon", "electric", "powder", "steel", "emerald", "golden", "lemon", "cherry",
                   "fire", "brick", "rose", "mint", "pastel", "ice", "ocean", "grass", "apple", "candy", "dusty"}
# more things English names a hue by ('canary yellow', 'ink-black', 'pea green', 'salmon pink', 'slate grey'; attr7)
COLOUR_PREFIXES |= {"canary", "ink", "pea", "pitch", "moss", "bone", "salmon", "charcoal", "mustard", "slate", "ruby",
                    "wine", "plum", "chocolate", "coffee", "sand", "ash", "coal", "honey", "pearl", "cream", "ivory",
                    "leaf", "jade", "army", "hunter", "kelly", "bubblegum", "cornflower", "battleship", "dove", "smoke",
                    "silver", "blush", "flamingo", "tomato", "rust", "chestnut", "banana", "butter", "sunflower",
                    "sage", "avocado", "khaki", "amber", "turquoise", "cobalt", "teal", "coral", "peach", "lilac",
                    "lavender", "mauve", "cherry", "strawberry", "raspberry", "plum", "iron", "gun", "storm", "sun"}
# Participles that give the colour after the noun: 'a cat colored orange', 'a box painted yellow'.
_COLOURING = {"colored", "coloured", "painted", "dyed", "tinted", "sprayed", "stained", "repainted", "lacquered",
              "enamelled", "enameled", "glazed"}
# Comparatives of size: 'a cat smaller than a mouse' (subject's size, the other's).
COMPARATIVES = {"bigger": ("big", "small"), "larger": ("big", "small"), "taller": ("big", "small"),
                "greater": ("big", "small"), "smaller": ("small", "big"), "tinier": ("small", "big"),
                "shorter": ("small", "big"), "littler": ("small", "big")}
# Compass points of a frame: 'the northwest corner' is its upper left ('north-west', 'north west' alike).
_COMPASS = {"north": "top", "south": "bottom", "west": "left", "east": "right"}
_COMPASS_PAIR = re.compile(r"^(north|south)-?(west|east)$")


# '-ish' colours as the colour they lean to: 'a reddish fox' is drawn red.
_ISH = {"reddish": "red", "bluish": "blue", "blueish": "blue", "greenish": "green", "yellowish": "yellow",
        "purplish": "purple", "pinkish": "pink", "brownish": "brown", "blackish": "black", "whitish": "white",
        "greyish": "grey", "grayish": "gray", "orangish": "orange", "orangey": "orange"}


def _region_parts(low: str) -> list[str] | None:
    """'bottom-left' -> ['bottom', 'left'], 'left-hand' -> ['left'], 'northwest' -> ['top', 'left']: a written-together
    region of the frame as the words the grammar reads apart; None for any other word."""
    if low in _ISH:
        return [_ISH[low]]
    m = _COMPASS_PAIR.match(low)
    if m:
        return [_COMPASS[m.group(1)], _COMPASS[m.group(2)]]
    parts = low.split("-")
    if len(parts) == 2 and parts[0] in COLOURS and parts[1] in ("colored", "coloured", "tinted", "hued"):
        return parts[:1]                    # 'a red-coloured ball' is a red ball
    if len(parts) == 2 and parts[0] in ("dark", "light", "bright", "pale", "deep") and parts[1] in COLOURS:
        return parts                        # 'a dark-blue truck' as 'a dark blue truck'
    if len(parts) == 2 and parts[0] in COLOURS | set(_ISH) and parts[1] in COLOURS:
        return parts[1:]                    # 'a blue-green bottle': the colour it ends in
    if len(parts) == 2 and parts[0] in COLOUR_PREFIXES and parts[1] in BASIC_COLOURS:
        return parts[1:]                    # 'a sky-blue kite', 'a lime-green bag': the basic colour
    if len(parts) == 3 and parts[1] in ("and", "or") and parts[0] in COLOURS and parts[2] in COLOURS:
        return parts                        # 'a red-and-white lighthouse' as 'a red and white lighthouse'
    if len(parts) == 2 and parts[0] in ("extra", "super", "very") and parts[1] in SIZES:
        return parts[1:]                    # 'an extra-large dog'
    if len(parts) == 2 and parts[1] in SIZES and parts[0] not in SIZES and parts[0] not in COLOURS:
        return parts[1:]                    # 'a teeny-tiny mouse'
    parts = low.split("-")
    if len(parts) > 1 and all(p in REGION_WORDS or p == "hand" for p in parts) and parts[0] != "hand":
        return [p for p in parts if p != "hand"]
    return None


# --------------------------------------------------------------------------------------------------- tagging
_AS_BIG = re.compile(r"\b(?:(?:twice|thrice|half|(?:\w+) times)\s+)?as\s+(big|large|huge|tall|small|tiny|little|"
                     r"short)\s+as\b", re.I)


_TIMES_SIZE = re.compile(r"\b(twice|thrice|double|half|(?:two|three|four|five|ten|\d+) times)\s+the\s+(size|height)\s+of\b",
                         re.I)


def _times_size(m: re.Match) -> str:
    """'twice the size of' -> 'bigger than', 'half the size of' -> 'smaller than': two things compared."""
    return "smaller than" if m.group(1).lower() == "half" else "bigger than"


# attr9: 'a typewriter twice its size', 'a kettle half her height', 'a dog three times their size': bigger or
# smaller than the one the possessive names (the thing told before, not the one measured).
_ATTR9_TIMES_OWN_SIZE = re.compile(r"\b(twice|thrice|double|half|(?:two|three|four|five|ten|\d+) times)\s+"
                                   r"(its|his|her|their)\s+(?:own\s+)?(?:size|height)\b", re.I)
_ATTR9_OBJECT_OF = {"its": "it", "his": "him", "her": "her", "their": "them"}


def _attr9_times_own_size(m: re.Match) -> str:
    return ("smaller than " if m.group(1).lower() == "half" else "bigger than ") + _ATTR9_OBJECT_OF[m.group(2).lower()]


# attr9: 'We see that …', 'you can notice that …': what is seen is the clause after 'that'.
_ATTR9_SEE_THAT = re.compile(r"(?:^|(?<=[,;:]\s))(?:we|you|one|viewers?)\s+(?:can\s+|could\s+)?(?:see|notice|observe|"
                             r"spot|watch)\s+that\s+(?=(?:a|an|the|two|three|four|five|some|\d+)\s)", re.I)
# attr9: 'sits with a lamppost on one side and a scarecrow on the other': between the two.
_ATTR9_SIDE_NP = r"((?:the|a|an|one|two|three|\d+) (?:[a-z-]+ ){0,2}?[a-z-]+)"
_ATTR9_ONE_SIDE_OTHER = re.compile(r"\bwith " + _ATTR9_SIDE_NP + r" (?:on|at|to|by) (?:one|either) side(?: of (?:it|him|"
                                   r"her|them))?,? (?:and|while) (?:with )?" + _ATTR9_SIDE_NP +
                                   r" (?:on|at|to|by) the other(?: side| one)?\b", re.I)


def _as_big(m: re.Match) -> str:
    """'twice as big as' -> 'bigger than', 'half as big as' -> 'smaller than' ('as big as' alone says no bigger)."""
    said = m.group(0).lower()
    if not said.startswith(("twice", "thrice", "half")) and " times " not in said:
        return m.group(0)
    small = m.group(1).lower() in ("small", "tiny", "little", "short")
    return "smaller than" if small != said.startswith("half") else "bigger than"


# A coming or going told as a noun, after a word of time: the clause it stands for ('after the cat's exit' is 'after
# the cat exits'; 'following the departure of the bus' is 'after the bus leaves'; "A's arrival is followed by B's").
# (Each noun's verb: `_EVENT_VERBS`, below, shared with the reading of 'the fox's arrival comes halfway'.)
_EVENT_NOUN_WORDS = re.compile(r"\b(?:departure|exit|arrival|entrance|entry|appearance|disappearance)\b", re.I)
_EVENT_LEADS = r"(after|following|before|upon|on|with|until|till|once)"
_EVENT_OWNED = re.compile(_EVENT_LEADS + r" (the |a |an )?((?:[a-z]+ ){0,2}[a-z]+)'s (departure|exit|arrival|entrance|entry|"
                          r"appearance|disappearance)\b", re.I)
_EVENT_LED_OF = re.compile(_EVENT_LEADS + r" the (departure|exit|arrival|entrance|entry|appearance|disappearance) of "
                       r"((?:the |a |an )?(?:[a-z]+ ){0,2}?[a-z]+)(?=\s*(?:[,;.]|$| and | a | an | the ))", re.I)
_EVENT_FOLLOWED = re.compile(r"(^|[,;:]\s*)((?:the |a |an )?(?:[a-z]+ ){0,2}?[a-z]+)'s (departure|exit|arrival|entrance|"
                             r"entry|appearance|disappearance) (?:is|comes|gets) (?:(?:soon|quickly|shortly|then|closely) )?"
                             r"(followed|preceded) by (?:that of |the \3 of )?"
                             r"((?:the |a |an )?(?:[a-z]+ ){0,2}?[a-z]+?)(?:'s(?: \3)?)?(?=\s*(?:[,;.]|$))", re.I)
# the same told with 'of' ('the arrival of a donkey is followed by that of a zebra') (seq7)
_EVENT_OF_FOLLOWED = re.compile(r"(^|[,;:]\s*)the (departure|exit|arrival|entrance|entry|appearance|disappearance) of "
                                r"((?:the |a |an )?(?:[a-z]+ ){0,2}?[a-z]+) (?:is|comes|gets) (?:(?:soon|quickly|shortly|"
                                r"then|closely) )?(followed|preceded) by (?:that of |the \2 of )?"
                                r"((?:the |a |an )?(?:[a-z]+ ){0,2}?[a-z]+?)(?:'s(?: \2)?)?(?=\s*(?:[,;.]|$))", re.I)


def _events_as_clauses(sentence: str) -> str:
    lead = lambda w: "after" if w.lower() in ("following", "upon", "on", "with", "once") else w   # noqa: E731
    # (after a frame too: 'On screen, a donkey's arrival is followed by that of a zebra' (seq7); before vis6's
    # reading of an event noun as its verb, `_events_as_verbs`, which would leave 'followed by that of …' behind)
    sentence = _EVENT_FOLLOWED.sub(lambda m: f"{m.group(1)}{m.group(2)} {_EVENT_VERBS[m.group(3).lower()]}, {m.group(4)} "
                                             f"by {m.group(5)}", sentence)
    sentence = _EVENT_OF_FOLLOWED.sub(lambda m: f"{m.group(1)}{m.group(3)} {_EVENT_VERBS[m.group(2).lower()]}, "
                                                f"{m.group(4)} by {m.group(5)}", sentence)
    sentence = _EVENT_OWNED.sub(lambda m: f"{lead(m.group(1))} {m.group(2) or ''}{m.group(3)} "
                                          f"{_EVENT_VERBS[m.group(4).lower()]}", sentence)
    return _EVENT_LED_OF.sub(lambda m: f"{lead(m.group(1))} {m.group(3)} {_EVENT_VERBS[m.group(2).lower()]}", sentence)


_START_NOUN = re.compile(r"\b(from|at|in|leaves|leave) (?:its|the|a|an|their|his|her) (?:starting|initial|start|original|first|"
                         r"opening) (?:point|position|spot|place|location|perch|post) (?:in|at|on) (?:the )?", re.I)
_BEING = re.compile(r"\b(from|to|into)\s+being\s+(?:(?:on|in|at|to)\s+)?", re.I)
# A clause whose subject is the clip itself, or one of its parts, and whose verb says how far it has run ('after
# half the clip has passed', 'before the video is over', 'by the time the clip ends', 'until the clip is half over',
# 'as soon as the video reaches its midpoint', 'once the first half is done', 'when the second half begins'): a
# time of the main clause, read as its lead and the point it names (start, halfway, end).
_CLIP_NOUNS = r"(?:clip|video|shot|scene|film|footage|animation|sequence)"
_CLIP_LEADS = r"(before|by the time|until|till|as soon as|as|when|once|after|just as|the moment|right when)"
_CLIP_SUBJECT = (r"(?:(?:about |around |roughly )?(?:half (?:of )?)?the " + _CLIP_NOUNS +
                 r"|the (?:first|opening|second|latter|last|final|closing) half(?: of the " + _CLIP_NOUNS + r")?)")
_CLIP_PREDICATE = (r"(?:(?:is|has|has been|gets|is now) )?(?:(?:about|around|roughly|nearly|almost) )?"
                   r"((?:half |halfway )?(?:over|done|finished|through|gone|gone by|passed|elapsed|complete|"
                   r"ended|begun|started)|ends|finishes|closes|comes to an end|draws to a close|begins|starts|opens|"
                   r"(?:reaches|hits|gets to|arrives at|comes to) (?:its|the) (?:very )?(?:midpoint|mid-point|middle|"
                   r"halfway point|halfway mark|half-way point|end|final seconds|last seconds|finish))")
_CLIP_CLAUSE = re.compile(r"\b" + _CLIP_LEADS + r" " + _CLIP_SUBJECT.replace("(?:", "(?:", 1) + r" " + _CLIP_PREDICATE
                          + r"\b", re.I)
_CLIP_HALF_SUBJECT = re.compile(r"\bhalf (?:of )?the |\bthe (first|opening|second|latter|last|final|closing) half", re.I)


def _clip_clause(m: re.Match) -> str:
    """The time phrase a clip clause names: its lead (before / until / by / at) and its point."""
    lead, verb = m.group(1).lower(), m.group(2).lower()
    said = m.group(0).lower()
    half = _CLIP_HALF_SUBJECT.search(said)
    starting = verb in ("begins", "starts", "opens", "begun", "started")
    if any(w in verb for w in ("mid", "middle", "halfway", "half-way")) or verb.startswith("half "):
        point = "halfway"
    elif half is not None and half.group(1) in ("second", "latter", "last", "final", "closing"):
        point = "halfway" if starting else "end"
    elif half is not None:
        point = "start" if starting else "halfway"
    else:
        point = "start" if starting else "end"
    if point == "halfway":
        return {"before": "before halfway", "until": "until halfway", "till": "until halfway",
                "by the time": "by halfway"}.get(lead, "halfway through")
    return {"before": "before the ", "by the time": "by the ", "until": "until the ", "till": "until the "}.get(
        lead, "at the ") + point


# A part of the clip as the subject of a verb of having ('The first half belongs to a llama, the second to a
# penguin', 'the opening half features a camel'): what it has is there in that part; a gapped part after it ('the
# second to …', 'the second has …') likewise.
_PART_HAS = re.compile(r"\b(?:only )?the ((?:first|opening|early|second|latter|last|final|closing) (?:half|third|quarter|part))"
                       r"(?: of the " + _CLIP_NOUNS + r")? (?:belongs to|is given over to|is given to|goes to|is for|"
                       r"is devoted to|features|has|shows|contains|includes|holds|is about|brings in|brings|"
                       r"introduces) ", re.I)
_PART_GAPPED = re.compile(r"([,;]| and| while| but) the (second|latter|last|final|closing|other) "
                          r"(half |one |part |third |quarter )?"
                          r"(?:belongs to |goes to |is for |features |has |shows |contains |holds |to |brings in |brings |"
                          r"introduces )", re.I)


def _parts_having(sentence: str) -> str:
    if not _PART_HAS.search(sentence):
        return sentence
    sentence = _PART_HAS.sub(lambda m: f"in the {m.group(1)} there is ", sentence)
    return _PART_GAPPED.sub(lambda m: f"{m.group(1)} in the {m.group(2)} {(m.group(3) or 'half ').strip()} there is ",
                            sentence)


# A water's side named by the frame's side ('swims to the left bank', 'the right-hand shore of the lake'): that side.
_SIDED_SHORE = re.compile(r"\b(left|right)((?:-hand)?) (?:bank|shore|riverbank|shoreline|bank side)\b", re.I)
# An order told as a noun ('The order of arrival is a goat, a sheep, then a cow', 'The arrival order: …', 'the
# order in which they appear is …'): they come one by one, in the order listed.
_ORDER_NOUN = re.compile(r"\b(?:the )?(?:order of (?:arrival|appearance|entry|entrance)|(?:arrival|appearance|entry) "
                         r"order|order in which they (?:arrive|appear|come in|enter))(?: is| was)?\s*:?\s+", re.I)
_NEVER_AGAIN = re.compile(r"\b(?:never|not) to (?:return|come back|reappear|be seen again)\b", re.I)
_MORE_AND_MORE = re.compile(r"\b(?:ever\s+)?(closer|nearer|farther|further)(?:\s+and\s+\1)?\b", re.I)
_ARROW = re.compile(r"\s*(?:-+>|=>|\u2192)\s*(?:the\s+)?")
_ONLY_TO = re.compile(r",?\s+only to ([a-z]+)\b", re.I)


def _only_to(m: re.Match) -> str:
    verb = m.group(1)
    return ", and then " + (verb + "es" if verb.endswith(("s", "sh", "ch", "x")) else verb + "s")


_TO_BE_FOUND = re.compile(r"\bto be (?:found|spotted|glimpsed)\b", re.I)
_STAGE_SIDE = re.compile(r"\b(\w+ )?(?<!\bthe )(?<!\bits )(?<!\bof )(?<!\ba )(?<!\bthis )(?<!\bhis )(?<!\bher )(?<!\btheir )"
                         r"(?<!\bour )(?<!\bmy )(?<!\byour )(?<!\bfrom off-)(?<!\bfrom off )(?<!\bfrom off)"
                         r"(?:stage|screen|camera|frame|picture) (left|right)\b"   # ('from off-screen left': _OFF_SIDE)
                         r"(?![ -](?:now|away|here|there|side|edge|half|corner|part|of|hand|handed|-hand)\b)", re.I)
_STILL_WORDS = {"is", "are", "sits", "sit", "stands", "stand", "stays", "stay", "remains", "remain", "rests", "rest",
                "waits", "wait", "lies", "lie", "sleeps", "sleep", "seen", "placed", "positioned", "located", "set",
                "perches", "hangs", "hovers", "crouches", "lurks", "parked", "kept", "visible"}
_VIEWER_SIDE = re.compile(r"\b(?:the |a )?(?:viewer|viewers|camera|audience|spectator|onlooker|observer)(?:'s|s') "
                          r"(left|right)\b", re.I)


_MOST_SIDE = re.compile(r"\b(left|right|top|bottom)-?most\b", re.I)
_EXTREME_SIDE = re.compile(r"\b(?:extreme|very|outermost|utmost|furthest|farthest) (left|right|top|bottom)\b", re.I)
_FAR_LABEL = re.compile(r"(?:^|(?<=[.;!]\s))(?:far|extreme|very) (left|right|top|bottom)(?=\s*:)", re.I)
_BARE_FAR_SIDE = re.compile(r"\b([A-Za-z]+) far (left|right)\b(?![ -](?:of|side|edge|corner|half|hand|part|end)\b)", re.I)
_GOING_WORDS = {"walks", "walk", "runs", "run", "moves", "move", "goes", "go", "drives", "drive", "flies", "fly",
                "rolls", "roll", "travels", "travel", "heads", "head", "slides", "slide", "swims", "swim", "drifts",
                "drift", "hurries", "hurry", "turns", "turn", "steers", "steer", "veers", "veer", "crawls", "crawl",
                "marches", "march", "glides", "glide", "zooms", "zoom", "dashes", "dash", "races", "race", "moving",
                "walking", "running", "going", "flying", "rolling", "pans", "pan", "tilts", "tilt", "looks", "look"}
_ALREADY_PLACED = {"the", "on", "to", "at", "in", "from", "toward", "towards", "into", "onto", "its", "his", "her",
                   "their", "our", "my", "your", "a", "an", "and", "or", "far"}


_THIRD_PART = re.compile(r"\b(top|upper|bottom|lower|left|right)((?:-hand)?) "
                         r"(?:third|thirds|quarter|fifth|strip|band|portion)\b", re.I)
_COMPASS_SPLIT = re.compile(r"\b(north|south)[ -](east|west)\b", re.I)
_COMPASS_ADJ = re.compile(r"\b(north|south|east|west)ern (part|edge|side|half|corner|end|area|region|quadrant|border|"
                          r"rim|strip|third|fringe|margin|limit)", re.I)
_COMPASS_OF = re.compile(r"\b(?:(?:due|just|directly|slightly|a little|a bit|well|far) )?(east|west)(?:wards?)? of\b", re.I)
_COMPASS_SIDE = {"north": "top", "south": "bottom", "east": "right", "west": "left"}


def _far_side(m: re.Match) -> str:
    """'sits far left', 'a snowman far right': on the far left; 'drifts far right': to it."""
    lead = m.group(1)
    if lead.lower() in _ALREADY_PLACED:
        return m.group(0)
    return f"{lead} {'to' if lead.lower() in _GOING_WORDS else 'on'} the far {m.group(2)}"


def _stage_side(m: re.Match) -> str:
    """'exits stage left', 'walks off screen right': to that side; 'sits screen left', 'is camera right': on it."""
    lead = m.group(1) or ""
    return lead + ("on the " if lead.strip().lower() in _STILL_WORDS else "to the ") + m.group(2)
_COMES_AND_GOES = re.compile(r"\b(comes?|walks?|runs?|flies|fly|drives?|wanders?) and (goes|go|leaves?)\b(?! \w+ (?:to|into))",
                             re.I)
_BRIEF_VISIT = re.compile(r"\b(?:pays|makes) a (?:brief|short|quick|fleeting) (?:visit|appearance)\b", re.I)
_EXCEPT_AT = re.compile(r",?\s+except (?:for )?(at|in|during|near|towards?|toward) ", re.I)
_EXCEPT_PART = re.compile(r",?\s+(?:except|apart from) (?:for )?(?=(?:the|its) (?:very )?(?:last|final|first|opening|closing|"
                          r"early|late|latter|second) )", re.I)     # 'except the last few seconds' (attr7)
_WATCH_AS = re.compile(r"(?:^|(?<=[,;:]\s))(?:we|you)\s+(?:watch|see|observe|look on|notice)\s+(?:as|while|how)\s+",
                       re.I)
_OUT_OF_EXISTENCE = re.compile(r"\b(?:blinks|winks|pops|fades|goes) out of existence\b", re.I)
# Coming and going told by idioms (seventh session): into or out of existence or being ('flickers into being'), a
# manner of appearing that names no thing ('in a puff of smoke', 'into thin air', 'out of nowhere'), going on until
# no longer seen ('drifts away until it can no longer be seen'), a part of the clip from a point on or up to it
# ('from the halfway mark onward', 'right up to the middle of the clip'), 'and not before' / ', not the second'.
_INTO_EXISTENCE = re.compile(r"\b(?:[a-z]+s|comes|goes) into (?:existence|being)\b", re.I)
_OUT_OF_BEING = re.compile(r"\b[a-z]+s out of (?:existence|being)\b", re.I)
_MANNER_OF_COMING = re.compile(
    r"\s*,?\s+(?:in|with|amid|amidst) an? (?:puff|cloud|flash|burst|swirl|shower|plume|wisp|haze|blaze|flurry|shimmer|"
    r"twinkle|spray|pop) of (?:smoke|light|dust|sparks|mist|glitter|fog|steam|flame|flames|fire|magic|colou?r|"
    r"confetti|bubbles|feathers|leaves|snow|sparkles|stars)\b"
    r"|\s+(?:into thin air|without (?:a|any) trace|out of (?:thin air|nowhere)|from (?:thin air|nowhere))\b", re.I)
_COVERED_BY = re.compile(r"\b(is|are|gets|get|becomes|become)\s+(?:completely\s+|fully\s+|briefly\s+)?(?:covered|obscured|"
                         r"blocked|masked|shrouded|engulfed|swallowed|blotted out|hidden from view)(?:\s+up)?\s+by\b", re.I)
_FRONTED_NOWHERE = re.compile(r"^(?:out of|from) (?:thin air|nowhere),\s*", re.I)
_UNTIL_UNSEEN = re.compile(
    r"\buntil (?:it|he|she|they|we) (?:can(?:not| not|'t| no longer) (?:be seen|see (?:it|him|her|them))(?: any ?more| any longer)?|"
    r"(?:is|are) (?:out of (?:sight|view)|gone|lost from (?:view|sight)|no longer (?:visible|in (?:view|sight)))|"
    r"(?:disappears?|vanish(?:es)?)(?: from (?:view|sight))?|has gone|have gone|can no longer see (?:it|him|her|them))\b", re.I)
_FROM_POINT_ON = re.compile(
    r"\bfrom (?:the )?(?:halfway(?: mark| point)?|midpoint|mid-point|middle(?: of the (?:clip|video|shot|scene|animation))?)"
    r" (?:on(?:wards?)?|onwards?)\b", re.I)
_NOT_TAIL = r"\s+(?:side|in|on|at|with|without|all)\b"
_UP_TO_POINT = re.compile(
    r"\b(?:right )?up (?:un)?to the (?:middle|midpoint|mid-point|halfway (?:mark|point))"
    r"(?: of the (?:clip|video|shot|scene|animation))?", re.I)
_NOT_BEFORE = re.compile(r",?\s+(?:and|but)\s+not\s+(?:before(?: that| then| it)?|earlier)(?=\s*(?:[.,;!]|$)|" + _NOT_TAIL +
                         r")|,?\s+(?:but\s+)?not\s+(?:in\s+)?the\s+(?:first|second|other)(?:\s+half)?(?=\s*(?:[.;!]|$)|"
                         + _NOT_TAIL + ")", re.I)


def _coming_and_going_idioms(sentence: str) -> str:
    """The idioms of appearing and vanishing above, as the plain words the reader knows."""
    if " into " in sentence or " out of " in sentence:
        sentence = _INTO_EXISTENCE.sub("appears", sentence)        # 'pops into existence': appears
        sentence = _OUT_OF_BEING.sub("vanishes", sentence)         # 'flickers out of existence': vanishes
    if " by " in sentence:
        sentence = _COVERED_BY.sub(r"\1 hidden by", sentence)         # 'is covered by a cloud': hidden by it
    sentence = _FRONTED_NOWHERE.sub("", sentence)                  # 'Out of thin air, a marmot appears'
    sentence = _MANNER_OF_COMING.sub("", sentence)                 # 'vanishes in a puff of smoke': vanishes
    if "until" in sentence:
        sentence = _UNTIL_UNSEEN.sub("and disappears", sentence)     # 'drifts away until it is out of sight'
    if re.search(r"\b(?:on|onwards?)\b", sentence, re.I):
        sentence = _FROM_POINT_ON.sub("in the second half", sentence)  # 'from the halfway mark onward'
    if "up " in sentence.lower():
        sentence = _UP_TO_POINT.sub("until halfway", sentence)     # 'right up to the middle of the clip'
    if " not " in sentence:
        sentence = _NOT_BEFORE.sub(" only", sentence)               # '… in the second half and not before': only
    return sentence
_ANY_LONGER = re.compile(r"(?<!not)\s+(?:any ?more|any longer)\b", re.I)
_NOT_AFTER = re.compile(r",?\s+(?:and|but)\s+not\s+(?:any ?(?:longer|more)\s+)?(?:after(?:wards?)?(?: (?:it|this))?|later(?: on)?|beyond(?: that| it)?|thereafter|"
                        r"after that)(?=\s*(?:[.,;!]|$)|\s+(?:side|in|on|at|with|without|all)\b)", re.I)
_SIDE_TO_SIDE = re.compile(r"\b(left|right|top|bottom|east|west|north|south)-to-(left|right|top|bottom|east|west|"
                           r"north|south)\b", re.I)
_DASHES = re.compile(r"\s+-{1,2}\s+|[\u2013\u2014]|(?<=\w)--(?=\w)")


_CONTRACTED = {"can't": ["can", "not"], "cannot": ["can", "not"], "won't": ["will", "not"], "shan't": ["shall", "not"],
               "there's": ["there", "is"], "here's": ["here", "is"], "it's": ["it", "is"], "that's": ["that", "is"],
               "there're": ["there", "are"], "they're": ["they", "are"], "ain't": ["is", "not"]}
# A character's age in parentheses ('ELI (70s), …', 'ANNA (early 30s, tired)'): an aside, no part of the clause.
_AGE_ASIDE = re.compile(r"[(（]\s*(?:\d{1,3}s?|(?:early|mid|late)[- ]?\d0s|teens|twenties|thirties|forties|fifties|"
                        r"sixties|seventies|eighties|nineties)\b[^()（）]{0,40}[)）]", re.I)


_COUNT_ASIDE = re.compile(r"[(（]\s*\d{1,2}\s*[)）]")
_PLURAL_BEFORE = re.compile(r"\b[A-Za-z][a-z]+s\s*$")


def _age_aside(m: re.Match) -> str:
    """An age in parentheses is no part of the clause ('MARA (30s)'), but a bare number after a plural common noun
    is its count ('apples (5)')."""
    if _COUNT_ASIDE.fullmatch(m.group(0)) and _PLURAL_BEFORE.search(m.string[:m.start()]):
        return m.group(0)
    return " "


_DIMENSIONS = re.compile(r"\b[23]-?[dD]\b")


# -- sixth session (vis6): event nouns and frame words read as the clauses they stand for --------------------
# 'mid-clip' is the middle of the clip; an event told as a noun is its verb ('the fox's arrival comes halfway',
# 'the departure of the cat happens at the midpoint', 'a dog's run across the yard takes it from left to right',
# 'the sedan is on a trip from the left to the right'); 'at no point does X leave' is 'X never leaves'.
_MID_CLIP = re.compile(r"\b(?:(?:at|around|about|in|by) )?(?:the )?mid-?(clip|video|shot|scene|film|footage|sequence|"
                       r"animation|movie)\b", re.I)
_EVENT_VERBS = {"arrival": "arrives", "entrance": "enters", "entry": "enters", "appearance": "appears",
                "exit": "exits", "departure": "leaves", "disappearance": "disappears", "return": "returns",
                "reappearance": "reappears", "emergence": "emerges", "exodus": "leaves"}
_WAY_VERBS = {"run": "runs", "walk": "walks", "flight": "flies", "journey": "travels", "path": "goes", "trip": "travels",
              "route": "goes", "movement": "moves", "motion": "moves", "course": "goes", "progress": "moves",
              "ride": "rides", "drive": "drives", "swim": "swims", "crawl": "crawls", "climb": "climbs",
              "dash": "dashes", "stroll": "strolls", "march": "marches", "trek": "treks", "voyage": "travels",
              "passage": "passes", "descent": "descends", "ascent": "ascends", "fall": "falls", "glide": "glides",
              "sprint": "sprints", "jog": "jogs", "trot": "trots", "gallop": "gallops", "roll": "rolls",
              "trajectory": "goes", "travels": "travels", "waddle": "waddles", "amble": "ambles", "hike": "hikes",
              "commute": "travels", "crossing": "crosses", "approach": "approaches", "retreat": "retreats"}
_NP_RE = r"((?:the|a|an|this|that) (?:[a-z-]+ ){0,2}?[a-z-]+)"
_EVENT_OF = re.compile(r"\b" + _NP_RE + r"'s (" + "|".join(_EVENT_VERBS) + r") (?:comes|happens|is|occurs|takes place|"
                       r"follows|is timed)\b", re.I)
_OF_EVENT = re.compile(r"\bthe (" + "|".join(_EVENT_VERBS) + r") of " + _NP_RE + r" (?:comes|happens|is|occurs|"
                       r"takes place|follows|is timed)\b", re.I)
_WAY_AHEAD = (r"(?= (?:from|to|toward|towards|into|across|up|down|left|right|back|along|over|past|around|round|"
              r"leftward|rightward|upward|downward|away|out|off|through)\b)")
_WAY_TAIL = (r"((?: (?:across|along|through|over|around|past|down|up|round) (?:the |a |an )?[a-z-]+)?) "
             r"(?:(?:takes|carries|brings|sends|leads|moves|gets) (?:it|him|her|them|itself)\b|"
             r"(?:goes|leads|runs|is|heads|proceeds|extends|stretches|takes place|happens)" + _WAY_AHEAD + ")")
_WAY_OF = re.compile(r"\b" + _NP_RE + r"'s (" + "|".join(_WAY_VERBS) + r")" + _WAY_TAIL, re.I)
_OF_WAY = re.compile(r"\bthe (" + "|".join(_WAY_VERBS) + r") of " + _NP_RE + _WAY_TAIL, re.I)
_ANY_EVENT = re.compile(r"(?:'s|\bthe) (?:" + "|".join(_EVENT_VERBS) + r")\b", re.I)
_ANY_WAY = re.compile(r"(?:'s|\bthe|\bon (?:a|an|its|his|her|their)) (?:" + "|".join(_WAY_VERBS) + r")\b", re.I)
_ON_A_WAY = re.compile(r"\b(?:is|are) on (?:a|an|its|his|her|their) (" + "|".join(_WAY_VERBS) + r")\b" + _WAY_AHEAD,
                       re.I)
_AT_NO_POINT = re.compile(r"\bat no (?:point|time|moment|stage)(?: (?:in|during|of) the (?:clip|video|shot|scene|"
                          r"film))?\s*,?\s+(does|do|did) ", re.I)


_HIDDEN_WORDS = re.compile(r"\b(?:(?:concealed|obscured|masked|shielded|screened|tucked away|tucked)(?= (?:behind|by|under|"
                           r"beneath|underneath|inside|in|within)\b)|(?<=is )(?:out of sight|out of view)(?= (?:behind|"
                           r"under|beneath|underneath|inside)\b))", re.I)


# Idioms of motion read as their plain words: 'as fast as it can' (quickly), 'creeps up on X' / 'advances on X'
# (toward X), 'closes the distance to X' (moves toward X), 'steps back from X' (away from X), 'does a lap around
# X' / 'goes round and round X' (circles X), 'hurries along left' (to the left).
_AS_FAST = re.compile(r"\bas (fast|quickly|quick|rapidly|slowly|slow|carefully|quietly) as (?:it|he|she|they|one|you) "
                      r"(?:can|could|possibly can|is able)\b|\bas (fast|quickly|quick|rapidly|slowly|slow) as possible\b",
                      re.I)
_UP_ON = re.compile(r"\b(creeps|sneaks|steals|edges|advances|bears down|comes|tiptoes|sidles|stalks|moves) (?:up )?on"
                    r"(?= (?:the|a|an|its|his|her|their|us|me|him|them|it)\b)", re.I)
_CLOSES_GAP = re.compile(r"\b(?:closes|narrows|shrinks|reduces|cuts|shortens) the (?:distance|gap|space) "
                         r"(?:to|with|towards?|between (?:itself|himself|herself|themselves) and)\b", re.I)
_BACK_FROM = re.compile(r"\b(?!(?:comes|came|come|gets|got|get|is|are|was|were|be|returns|heads|goes)\b)([a-z]+s) "
                        r"back (?:away )?from\b", re.I)
_A_LAP = re.compile(r"\b(?:does|makes|runs|completes|takes|walks|drives|flies) (?:a|one|two|three|several|a full|a "
                    r"complete|full|laps|circles|loops)(?: full| complete| wide| slow| quick)? (?:lap|laps|circuit|"
                    r"circuits|loop|loops|circle|circles|round|rounds|ring) (?:around|round|of)\b|"
                    r"\bgoes (?:a)?round and (?:a)?round\b|\bgoes in (?:a )?circles? (?:around|round)\b", re.I)
_BARE_SIDE = re.compile(r"\b(along|on|onward|onwards) (left|right)\b(?![-\w]| of| side| edge| corner| half| bank| "
                        r"hand| one)", re.I)


def _idioms_of_motion(sentence: str) -> str:
    if " as " in sentence:
        sentence = _AS_FAST.sub(lambda m: "slowly" if (m.group(1) or m.group(2) or "").lower().startswith("slow")
                                else "quickly", sentence)
    if " on " in sentence:
        sentence = _UP_ON.sub(r"\1 toward", sentence)
        sentence = _BARE_SIDE.sub(r"\1 to the \2", sentence)
    if " the " in sentence:
        sentence = _CLOSES_GAP.sub("moves toward", sentence)
    if " back " in sentence:
        sentence = _BACK_FROM.sub(r"\1 away from", sentence)
    if "round" in sentence or " lap" in sentence or "circ" in sentence or "loop" in sentence:
        sentence = _A_LAP.sub("circles", sentence)
    if " along " in sentence:
        sentence = _BARE_SIDE.sub(r"\1 to the \2", sentence)
    return sentence


_IT_ENDS = re.compile(r"\b(when|as|once|by the time|before|until|till) it (ends|finishes|is over|comes to an end|"
                      r"closes)(?=\s*(?:[.,;!]|$)|\s+(?:side|in|on|at|with|without|all)\b)", re.I)


def _it_ends(m: re.Match) -> str:
    lead = m.group(1).lower()
    return {"before": "before the end", "until": "until the end", "till": "until the end"}.get(lead, "at the end")


_SUBMERGED = re.compile(r"(?:(?<=\bis )|(?<=\bare ))(?:underwater|underground|submerged|buried|under the water|under the "
                        r"ground|under the sand|under the snow|beneath the surface|below the surface|under the surface|"
                        r"under water)\b", re.I)
_IN_CIRCLES = re.compile(r"\bin (?:a |wide |slow |tight |lazy |little )?circles? (?=(?:a)?round\b)", re.I)
_LOST_FROM = re.compile(r"\b(is|are|gets|get) lost (?:from|to) (?:sight|view)\b|\b(?:has|have) been (?:taken|carried|"
                        r"wheeled|towed|driven|led|moved|pulled|dragged|removed|cleared|swept|blown|washed|chased|"
                        r"packed) (?:away|off|out)\b", re.I)
_UNDER_WATER = re.compile(r"\b(dives|sinks|ducks|slips|plunges|goes|disappears|vanishes|burrows|dips|submerges) "
                          r"(?:back )?(?:under|beneath|below|into) (?:the )?(?:water|surface|waves|ground|sand|snow|"
                          r"soil|earth|sea|lake|river|pond)\b", re.I)
_SEEING = {"see", "watch", "observe", "notice", "spot", "film", "show", "follow", "track", "catch", "glimpse"}
_UP_AND_DOWN = re.compile(r"\bup and down\b(?! (?:the|a|an|its|his|her|their|this|that)\b)(?!\s+(?:on|in|at|along)\b)",
                          re.I)
_OFF_SIDE = re.compile(r"\bfrom off[- ]?(?:screen|camera|frame|stage|shot) (left|right)\b", re.I)
_FILM_SIDE = re.compile(r"\b(enters|exits|leaves|enter|exit|leave|comes in|goes out|walks in|walks out)(?: from)? "
                        r"(?:frame|screen|camera|shot) (left|right)\b", re.I)
def _film_side(m: re.Match) -> str:
    inward = m.group(1).lower().startswith(("enter", "comes", "walks in"))
    return f"{m.group(1)} {'from' if inward else 'to'} the {m.group(2)}"


_ALL_DONE = re.compile(r"\b(have|has|had|are|were) (?:all|both) (?=[a-z]+(?:ed|en)\b)", re.I)
_NOTHING_BUT = re.compile(r"\b(?:nothing|nobody|no one|no-one|none) but\b(?= (?:a|an|the|one|two|some)\b)", re.I)


_STARTS_ENDS = re.compile(r"^(?:(?:the|this) (?:scene|clip|video|shot|footage|animation|film|sequence|picture) |it )"
                          r"(?:starts|begins|opens) (?:off )?with (?P<a>[^;:]+?),? and (?:then )?(?:it )?"
                          r"(?:ends|finishes|closes) (?:up )?(?P<how>with|without) (?:just |only |simply )?(?P<b>[^;:]+?)"
                          r"(?P<tail>[.!]?)$", re.I)
_NP_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _listed(text: str) -> list[str]:
    return [x.strip() for x in _NP_LIST.split(text.strip()) if x.strip()]


def _starts_and_ends(sentence: str) -> str:
    """'The scene starts with a sofa and a lamp and ends with just the sofa': the sofa is there throughout, the
    lamp is there at first and gone at the end; 'ends without the kettle': it goes; one only at the end comes."""
    m = _STARTS_ENDS.match(sentence.strip())
    if m is None:
        return sentence
    first, last = _listed(m.group("a")), _listed(m.group("b"))
    if m.group("how").lower() == "without" and [x.lower() for x in last] in (["it"], ["them"], ["any of them"]):
        last = list(first)                 # 'starts with a kettle on the stove and ends without it'
    if not all(re.fullmatch(r"(?:a|an|the|one|some|two|three) [a-z -]+", x, re.I) for x in first + last):
        return sentence
    head = lambda x: re.split(r" (?:on|in|at|with|without|side|all|under|near|by|beside|next|to|behind|from)\b", x)[0] \
        .split()[-1].lower()   # noqa: E731   ('the sofa side by side with nothing else around': the sofa)
    heads_last = {head(x) for x in last}
    parts = []
    for x in first:
        if (head(x) in heads_last) == (m.group("how").lower() == "with"):
            parts.append(f"{x} is there the whole time")
        else:
            parts.append(f"{x} is there at first and is gone at the end")
    if m.group("how").lower() == "with":
        heads_first = {head(x) for x in first}
        parts += [f"{x} appears later" for x in last if head(x) not in heads_first]
    return "; ".join(parts) + (m.group("tail") or ".")


def _conjugated(verb: str) -> str:
    if verb in ("go", "do"):
        return verb + "es"
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _at_no_point(sentence: str) -> str:
    """'At no point does the ferret leave the shot' -> 'the ferret never leaves the shot': the subject runs up to
    the first word after its determiner that is a verb and no noun of the lexicon."""
    m = _AT_NO_POINT.search(sentence)
    if m is None:
        return sentence
    rest = sentence[m.end():].split(" ")
    for k in range(1, min(len(rest), 6)):
        w = rest[k].lower().strip(",.;")
        if _verb_like(w) and w not in NOUNS and (k > 1 or rest[0].lower() in PRONOUNS):
            verb = w if m.group(1).lower() == "do" else _conjugated(w)
            head = " ".join(rest[:k])
            tail = " ".join(rest[k + 1:])
            return sentence[:m.start()] + head + " never " + verb + (" " + tail if tail else "")
    return sentence


def _events_as_verbs(sentence: str) -> str:
    if "mid" in sentence.lower():
        sentence = _MID_CLIP.sub(r"halfway through the \1", sentence)
    if " with" in sentence and (" ends " in sentence or " finishes " in sentence or " closes " in sentence):
        sentence = _starts_and_ends(sentence)   # 'The scene starts with A and B and ends with just A' (vis6)
    if ("'s " in sentence or " of " in sentence) and _ANY_EVENT.search(sentence):
        sentence = _EVENT_OF.sub(lambda m: f"{m.group(1)} {_EVENT_VERBS[m.group(2).lower()]}", sentence)
        sentence = _OF_EVENT.sub(lambda m: f"{m.group(2)} {_EVENT_VERBS[m.group(1).lower()]}", sentence)
    if ("'s " in sentence or " of " in sentence or " on " in sentence) and _ANY_WAY.search(sentence):
        sentence = _WAY_OF.sub(lambda m: f"{m.group(1)} {_WAY_VERBS[m.group(2).lower()]}{m.group(3)}", sentence)
        sentence = _OF_WAY.sub(lambda m: f"{m.group(2)} {_WAY_VERBS[m.group(1).lower()]}{m.group(3)}", sentence)
        sentence = _ON_A_WAY.sub(lambda m: _WAY_VERBS[m.group(1).lower()], sentence)
    if "no " in sentence.lower():
        sentence = _at_no_point(sentence)
    if " it " in sentence:
        sentence = _IT_ENDS.sub(_it_ends, sentence)      # "isn't there when it ends": at the end (of the clip)
    if "off" in sentence or "frame " in sentence or "screen " in sentence:
        sentence = _OFF_SIDE.sub(r"from the \1", sentence)     # 'comes in from off-screen left': from the left
        sentence = _FILM_SIDE.sub(_film_side, sentence)   # 'enters frame left', 'exits screen right'
    if " all " in sentence or " both " in sentence:
        sentence = _ALL_DONE.sub(r"\1 ", sentence)           # 'have all wandered off': have wandered off
    low = sentence.lower()
    if any(x in low for x in ("conceal", "obscur", "mask", "shield", "screen", "tuck", "out of sight", "out of view")):
        sentence = _HIDDEN_WORDS.sub("hidden", sentence)     # 'concealed behind the shed', 'tucked away behind it'
    if "but " in sentence:
        sentence = _NOTHING_BUT.sub("only", sentence)     # 'Nothing but a rock is there at first': only a rock
    if "under" in sentence or "merged" in sentence or "buried" in sentence or "surface" in sentence:
        sentence = _SUBMERGED.sub("hidden", sentence)     # 'is under the water at first': out of sight
    if " lost " in sentence or " been " in sentence:
        sentence = _LOST_FROM.sub(lambda m: f"{m.group(1) or 'is'} gone", sentence)   # 'is lost from sight': gone
    if "under" in sentence or "beneath" in sentence or "below" in sentence or " into the" in sentence:
        sentence = _UNDER_WATER.sub(r"\1 out of sight", sentence)  # 'dives under the water': out of sight
    if "circle" in sentence:
        sentence = _IN_CIRCLES.sub("", sentence)           # 'buzzes in circles around the flower': around it
    if "up and down" in sentence:
        sentence = _UP_AND_DOWN.sub("up and then back down", sentence)   # 'a ball bounces up and down': two legs
    return _idioms_of_motion(sentence)


# An ordinal heading an item of a list of things in time ('First a moose, second a beaver, third an otter';
# 'First up, a moose; next, …'): a word of sequence, as 'then' (seq7).
_ORDINAL_HEAD = re.compile(r"(^|[,;:]\s*)(?:(?:second|third|fourth|fifth)(?:ly)?|(first|next) up)(,?\s+)(?=(?:an?|the|one|"
                           r"two|three|some)\b)", re.I)


# -- seventh session (seq7): idioms of one following another in ('with a panda close behind', 'a flamingo hard on
# its heels', 'and hot on its heels comes a moose', 'with a koala bringing up the rear', 'tags along after a dog',
# 'in the wake of a pony'): what they say in time, as the words the reader knows ('and the panda follows it').
_FOLLOW_NP = r"((?:the|a|an) (?:[a-z-]+ ){0,2}?[a-z-]+)"
_HEELS = r"(?:close|right|just|hard|hot|closely) (?:behind|on (?:its|his|her|their) heels)"
_CLOSE_BEHIND = re.compile(r",\s*(?:with )?" + _FOLLOW_NP + r" (?:following |coming |trailing )?" + _HEELS +
                           r"(?= *(?:[,;.]|$| and | in | on | without | side | all ))", re.I)
_HEELS_COMES = re.compile(r"\b(?:and )?" + _HEELS.replace("behind|", "") + r",? (comes|follows|arrives|appears|"
                          r"enters|walks in|runs in) " + _FOLLOW_NP, re.I)
_REAR = re.compile(r",\s*(?:with )?" + _FOLLOW_NP + r" (?:bringing|brings) up the rear\b", re.I)
_TAGS_ALONG = re.compile(r"\b(tags?|tagging) along (?:after|behind)\b", re.I)
_IN_THE_WAKE = re.compile(r"\bin the wake of\b", re.I)


# A fronted phrase with a subject of its own that tells an event ('Upon the dog leaving, …', 'On the cat's
# arriving, …', 'With the otter gone, …'), and a gapped clause with only a time ('A pony enters, a lamb a moment
# later'): the clauses they stand for ('After the dog leaves, …', 'After the otter has gone, …', ', and a moment
# later a lamb does').
_GERUND_EVENT = re.compile(r"(^|[,;]\s*)(upon|on|after|following) " + _FOLLOW_NP + r"(?:'s)? ([a-z]+ing)\b"
                           r"((?: (?:off|away|out|in|up|down|back|over))?)(?=\s*,)", re.I)
_WITH_GONE = re.compile(r"(^|[,;]\s*)with " + _FOLLOW_NP + r" (gone|away|out of the (?:picture|frame|way)|off screen)"
                        r"(?=\s*,)", re.I)
_GAPPED_LATER = re.compile(r",\s*" + _FOLLOW_NP + r" ((?:a|one|some|a few|two|three) (?:moment|second|while|beat|"
                           r"instant)s?|moments|seconds|shortly|soon|a little|a bit|not long) (later|afterwards?|after)"
                           r"(?= *(?:[,;.]|$| in | on | without | side | all ))", re.I)


# 'waits for the truck to leave (before coming in)': waits until the truck leaves (, then comes in) (seq7).
_WAIT_FOR_TO = re.compile(r"\b(waits?|waiting|waited|holds? back|hangs? back) for " + _FOLLOW_NP + r" to ([a-z]+)\b"
                          r"((?: (?:off|away|out|in|up|down|back))?)((?: before ([a-z]+ing)\b)?)", re.I)


def _a_verb(lemma: str) -> bool:
    """A verb by the lexicons ('arrive' is one the small list lacks)."""
    return lemma in VERBS or bool(open_class().get(lemma, {}).get("verb")) or bool(
        open_class().get(_conjugated(lemma), {}).get("verb"))


def _wait_for_to(m: re.Match) -> str:
    lemma = m.group(3).lower()
    if not _a_verb(lemma):
        return m.group(0)
    then = f", then {_conjugated(verb_lemma(m.group(6)))}" if m.group(6) and _a_verb(verb_lemma(m.group(6))) else \
        m.group(5)
    return f"{m.group(1)} until {m.group(2)} {_conjugated(lemma)}{m.group(4)}{then}"


def _subject_gerunds(sentence: str) -> str:
    def gerund(m: re.Match) -> str:
        lemma = verb_lemma(m.group(4))
        if not _a_verb(lemma) or m.group(3).split()[-1].lower() in VERBS:
            return m.group(0)
        return f"{m.group(1)}after {m.group(3)} {_conjugated(lemma)}{m.group(5)}"
    sentence = _GERUND_EVENT.sub(gerund, sentence)
    sentence = _WITH_GONE.sub(lambda m: f"{m.group(1)}once {m.group(2)} has gone", sentence)
    return _GAPPED_LATER.sub(r", and \2 \3 \1 does too", sentence)


# Legs and lists of places told with ellipsis or with ordinals ('goes left, and once it has, it goes back right';
# 'heads left; having done so, it goes up'; '…, then the lower right, and last the top left'; 'goes to the bottom
# left first, the top right second and the bottom right third'), and one thing following another told with a
# pronoun ('A pony comes in first, then a moose follows it'): the words of sequence they stand for (seq7).
_ONCE_IT_HAS = re.compile(r"(?:,\s*and|;|,)\s*(?:once|when|after) (?:it|he|she|they) (?:has|have|had|is|are)(?: done "
                          r"(?:so|that|this))?,\s*", re.I)
_HAVING_DONE = re.compile(r"(?:,\s*and|;|,)\s*having done (?:so|that|this),\s*", re.I)
_AND_LAST = re.compile(r"(,\s*(?:and )?|\band )last(?:ly)?,? (?=(?:the|a|an|to the|into|onto|on to|over|in) )", re.I)
_REGION_NP = r"((?:[a-z-]+ ){0,2}?(?:left|right|corner|middle|center|centre|top|bottom|side|edge)(?: corner)?)"
_PLACES_RANKED = re.compile(r"\bthe " + _REGION_NP + r" first,? (?:and |then )?the " + _REGION_NP + r" second(?:,? "
                            r"(?:and |then )?the " + _REGION_NP + r" third)?\b", re.I)
_FOLLOWS_IT = re.compile(r"\b(then|and|later|soon|next),? " + _FOLLOW_NP + r" (follows|follow) (it|them|him|her)"
                         r"(?= *(?:[,;.]|$| in | on | without | side | all ))", re.I)


_WAY_LEG = re.compile(r"\b(make|makes|making|made) (?:its|his|her|their) way (up|down|upward|downward|upwards|downwards|"
                      r"left|right|leftward|rightward|back)\b(?! to\b| toward| towards| into| across| along| over)", re.I)
_WITHOUT_STOPPING = re.compile(r",? without (?:stopping|pausing|a pause|a break|slowing down|slowing),?(?= )", re.I)


_ONCE_THERE = re.compile(r"(?:\s+and)?,?\s*(?:once|when|after) (?:it is |it's |it gets |getting |being )?there,\s*", re.I)


# seq9: a stop on the way told by a participle or a phrase ('passing through the upper right corner', 'by way of
# the lower left', 'stopping at the top left corner on the way', 'with a stop in the bottom right'): a 'via' stop of
# the route, when what follows is a region of the frame (not 'passing through a tunnel', 'by way of the bridge').
_SEQ9_VIA = re.compile(r"\b(?:,\s*)?(?:(?:(?:while |and )?(?:passing|going|travell?ing|moving|cutting|swinging|looping|"
                       r"detouring|heading|dipping|sweeping|veering|curving|swerving|rolling|flying)(?: on the way| "
                       r"along the way| en route)?,? (?:through|via|by way of|across|past))|(?:(?:while |and )?"
                       r"(?:stopping(?: off)?|pausing|calling|touching(?: down)?)(?: on the way| along the way| en route)?"
                       r",? (?:at|in|by))|by way of|with a (?:brief |short |quick )?(?:stop|stopover|detour|pause|visit)"
                       r"(?: on the way)? (?:in|at|to|through|by|via)) (?=the )", re.I)
_SEQ9_ROUTE_BEFORE = re.compile(r"\b(?:from|to|towards?|starts?|starting|begins?|beginning|ends?|ending|finish(?:es)?|"
                                r"finishing)\b", re.I)
_SEQ9_REGION_WORDS = {"the", "top", "bottom", "upper", "lower", "left", "right", "far", "very", "top-left", "top-right",
                      "bottom-left", "bottom-right", "upper-left", "upper-right", "lower-left", "lower-right",
                      "left-hand", "right-hand", "hand", "corner", "side", "edge", "quadrant", "part", "area", "half"}


def _seq9_frame_region_next(rest: str) -> bool:
    words = re.findall(r"[\w-]+", rest.lower())[:7]
    k = 0
    while k < len(words) and words[k] in _SEQ9_REGION_WORDS:
        k += 1
    sided = {"left", "right", "top", "bottom", "upper", "lower"} & {p for w in words[:k] for p in w.split("-")}
    if not sided:
        return False
    return not (k < len(words) and words[k] == "of") or k + 2 < len(words) and words[k + 2] in (
        "frame", "screen", "picture", "shot", "video", "clip", "view", "image")


# seq9: a list of comers told without a verb, closed by a participle of order ('First a giraffe, then a beaver, last
# of all a panda - each one arriving after the one before'): the participle is the verb they share.
_SEQ9_EACH_AFTER = re.compile(r"\s*(?:[,;:]|\s[-\u2013\u2014]+)\s*(?:with |and )?(?:each|every)(?: one| of them| in turn)? "
                              r"([a-z]+ing)((?: in| up| along| into (?:view|sight|the frame|the picture))?),? "
                              r"(?:after|behind|following|later than) the (?:one|other|last|previous|previous one|one "
                              r"(?:before|ahead)(?: (?:it|them|him|her))?)(?=\s*[.!]?\s*$)", re.I)


# seq9: 'in the second half of it', where 'it' is the clip named before ('at the start of the video, and a cat in
# the second half of it'): the part of the clip.
_SEQ9_CLIP_NAMED = re.compile(r"\b(?:video|clip|footage|film|scene|shot|sequence|animation|movie)\b", re.I)
_SEQ9_PART_OF_IT = re.compile(r"\b((?:the )?(?:first|second|last|latter|opening|closing|final|early|later|middle|"
                              r"remaining) (?:half|third|part|quarter|portion|section|stretch)|the (?:start|beginning|"
                              r"middle|end|midpoint)) of it\b(?! (?:is|was|are|were)\b)", re.I)


# seq9: an absolute phrase of order after comings ('A goat and a lamb both arrive, the goat after the lamb', '…, with
# the cat ahead of the dog'): the first one's coming, told as a participle ('the goat arriving after the lamb'). Not
# 'behind', which is as often a place ('a deer walks in, the fawn behind the deer').
_SEQ9_ORDER_ABSOLUTE = re.compile(r"([,;:]\s*(?:with )?)" + _FOLLOW_NP + r" (after|before|ahead of) " + _FOLLOW_NP +
                                  r"(\s*[.!]?\s*)$", re.I)


def _seq9_order_absolute(sentence: str) -> str:
    m = _SEQ9_ORDER_ABSOLUTE.search(sentence)
    if m is None or not _A_COMING.search(sentence[:m.start()]) or re.search(r"\b(?:is|are|was|were|comes?|arrives?|"
                                                                           r"enters?|appears?)\s*$", m.group(2)):
        return sentence
    return sentence[:m.start()] + m.group(1) + m.group(2) + " arriving " + m.group(3) + " " + m.group(4) + \
        m.group(5) + sentence[m.end():]


def _seq9_each_after_the_one_before(sentence: str) -> str:
    m = _SEQ9_EACH_AFTER.search(sentence)
    if m is None:
        return sentence
    verb = verb_lemma(m.group(1).lower())
    if not verb or verb == m.group(1).lower():
        return sentence
    return sentence[:m.start()] + " " + verb + m.group(2) + sentence[m.end():]


def _seq9_route_stops(sentence: str) -> str:
    """'from A to B passing through C', 'to B by way of C', 'stopping at C on the way': C as a 'via' stop."""
    def repl(m: re.Match) -> str:
        if not _seq9_frame_region_next(sentence[m.end():]) or not _SEQ9_ROUTE_BEFORE.search(sentence):
            return m.group(0)
        return (" " if m.group(0)[:1] in (",", " ") else "") + "via "
    out = _SEQ9_VIA.sub(repl, sentence)
    return re.sub(r"\s+via ", " via ", out) if out != sentence else out


def _legs_told_short(sentence: str) -> str:
    if "there," in sentence:
        sentence = _ONCE_THERE.sub(" and then ", sentence)      # 'trots to the right and, once there, trots down'
    if "gone" in sentence:      # 'Having gone right, …': went that way, not away
        sentence = re.sub(r"\b(having|has|have|had) gone (left|right|up|down|leftward|rightward|upward|downward|back)\b",
                          r"\1 moved \2", sentence, flags=re.I)
    if "way" in sentence:
        sentence = _WAY_LEG.sub(lambda m: {"make": "move", "makes": "moves", "making": "moving", "made": "moved"}[
            m.group(1).lower()] + " " + m.group(2), sentence)      # 'then makes its way up': then moves up
    if "without" in sentence:
        sentence = _WITHOUT_STOPPING.sub("", sentence)             # 'and then, without stopping, down'
    sentence = _ONCE_IT_HAS.sub(", and then ", sentence)
    sentence = _HAVING_DONE.sub(", and then ", sentence)
    if "last" in sentence.lower():
        sentence = _AND_LAST.sub(r"\1finally ", sentence)
    if "second" in sentence:
        sentence = _PLACES_RANKED.sub(lambda m: f"the {m.group(1)}, then the {m.group(2)}" +
                                      (f", then the {m.group(3)}" if m.group(3) else ""), sentence)
    if "follow" in sentence and _A_COMING.search(sentence):
        sentence = _FOLLOWS_IT.sub(r"\1 \2 comes in after \4", sentence)
    return sentence


# ', preceded by a zebra' on a coming: after the zebra, which comes first ('arrives after a zebra'); fronted
# ('Preceded by a goat, a pony enters') the same as 'After a goat, …' (seq7).
_PRECEDED_BY = re.compile(r",\s*(?:having been |being )?preceded (?:(?:shortly|closely|just|a moment earlier|moments "
                          r"earlier) )?by " + _FOLLOW_NP + r"(?= *(?:[,;.]|$| in | on | without | side | all ))", re.I)
_PRECEDED_FRONT = re.compile(r"(^|[,;:]\s*)preceded (?:(?:shortly|closely|just) )?by (?=(?:the|a|an) )", re.I)


# 'and is soon joined by a woman': then the woman comes in; 'seconds after,' as 'seconds later'; 'and right behind
# it comes a puppy' as 'and then comes a puppy' (seq7).
_JOINED_BY = re.compile(r"\b(?:is|gets|are|get) ((?:soon|later|then|eventually|shortly|quickly|finally|presently) )?joined "
                        r"by " + _FOLLOW_NP, re.I)
_SECONDS_AFTER = re.compile(r"\b((?:a few |several |some |a couple of |two |three )?(?:seconds|moments|minutes)|a (?:moment|"
                            r"second|minute|beat)) after(?=\s*,)", re.I)
_BEHIND_IT_COMES = re.compile(r"\b(?:right|close|just|closely|hot|hard) behind (?:it|him|her|them),? (comes|follows|"
                              r"arrives|appears|walks in|runs in) ", re.I)


# A cleft ('it is the pony that enters first') and a rank told of a group ('the first of them is the flamingo'):
# the plain clause ('the pony enters first', 'the flamingo is first') (seq7).
_CLEFT = re.compile(r"\bit is " + _FOLLOW_NP + r" (?:that|which|who) (?=[a-z]+s\b)", re.I)
_RANK_OF_GROUP = re.compile(r"\bthe (first|second|last) (?:one )?of (?:them|the two|the pair|the three|these|those|both) "
                            r"(?:is|was) " + _FOLLOW_NP + r"(?= *(?:[,;.]|$| in | on | without | side | all ))", re.I)


_OF_PAIR = re.compile(r"(^|[,;:]\s*)(?:of|out of) " + _FOLLOW_NP + r" and " + _FOLLOW_NP + r", (?=.*\bfirst\b)", re.I)


# 'Until the truck leaves, a lamb stays out of sight': the lamb does not appear until the truck leaves (seq7).
_UNTIL_HIDDEN = re.compile(r"^((?:[a-z]+ ){0,2}[a-z]+, )?(?:until|till) ([^,]+), " + _FOLLOW_NP + r" (?:stays|remains|keeps|"
                           r"is kept|waits) (?:out of (?:sight|view|the (?:frame|picture|shot))|hidden|off[- ]?screen|"
                           r"away|outside)(.*)$", re.I)


def _following_idioms(sentence: str) -> str:
    if sentence[:5].lower() in ("until", "till ") or ", until" in sentence.lower():
        sentence = _UNTIL_HIDDEN.sub(lambda m: f"{m.group(1) or ''}{m.group(3) if m.group(1) else _cap_first(m.group(3))}"
                                               f" does not appear until {m.group(2)}{m.group(4)}", sentence)
    if sentence[:2].lower() == "of" or " of " in sentence:
        sentence = _OF_PAIR.sub(r"\1between \2 and \3, ", sentence)   # 'Of a dog and a pony, the pony … first'
    if "it is " in sentence.lower():
        sentence = _CLEFT.sub(r"\1 ", sentence)
    if " of " in sentence:
        sentence = _RANK_OF_GROUP.sub(r"\2 is \1", sentence)
    if "joined by" in sentence.lower():
        sentence = _JOINED_BY.sub(lambda m: f"{m.group(1) or 'then '}{m.group(2)} comes in", sentence)
    if " after," in sentence:
        sentence = _SECONDS_AFTER.sub(r"\1 later", sentence)
    if "behind" in sentence.lower():
        sentence = _BEHIND_IT_COMES.sub(r"then \1 ", sentence)
    if "preceded" in sentence.lower() and _A_COMING.search(sentence):
        sentence = _PRECEDED_FRONT.sub(r"\1after ", _PRECEDED_BY.sub(r" after \1", sentence))
    sentence = _CLOSE_BEHIND.sub(r", and then \1 comes in", sentence)
    sentence = _HEELS_COMES.sub(r"and then \1 \2", sentence)
    sentence = _REAR.sub(r", and \1 comes in last", sentence)
    sentence = re.sub(r"\b(?:brings|bringing) up the rear\b", "comes in last", sentence, flags=re.I)
    sentence = _TAGS_ALONG.sub(lambda m: ("comes" if m.group(1).lower() == "tags" else "coming" if
                                          m.group(1).lower() == "tagging" else "come") + " in after", sentence)
    return _IN_THE_WAKE.sub("after", sentence)


# -- seventh session (seq7): an order among the objects of 'after' / 'following' / 'behind' ('The moose comes in
# last, following a goat and a truck, in that order', 'After a lamb and a truck, in that order, a pony comes in',
# 'Following a cat and then a goat, an otter shows up'), on a clause that tells a coming: those things come in, in
# the order named, and then the clause's subject.
_ORDER_NP = r"((?:the|a|an) (?:[a-z-]+ ){0,2}?[a-z-]+)"
_ORDER_PAIR = (r"(?:after|following|behind) " + _ORDER_NP + r",? and (?:then |after it |next )?" + _ORDER_NP +
               r"(?:,? (?:who|which|that) (?:come|came|arrive|arrived|enter|entered) in)?(?:,? in (?:that|this|the same) "
               r"order)?")
_ORDER_FRONTED = re.compile(r"^((?:[a-z]+ ){0,2}[a-z]+, )?" + _ORDER_PAIR + r", (.+)$", re.I)
_ORDER_TRAILING = re.compile(r"^(.+?),? " + _ORDER_PAIR + r"([.!]?)$", re.I)
_A_COMING = re.compile(r"\b(?:comes?|arrives?|enters?|appears?|shows? up|turns? up|(?:walks?|steps?|trots?|runs?|ambles?|"
                       r"wanders?|strolls?|rolls?|drives?|marches?|saunters?) in|comes? (?:along|into)|enters the|"
                       r"(?:pulls?|draws?|drives?|rolls?) (?:up|in)|[a-z]+s in(?= *(?:[,;.]|$| and | then | from | at | "
                       r"through | too))|(?:first|last|second|third) to (?:arrive|appear|come|enter))\b", re.I)


def _no_verb_in(*nps: str) -> bool:
    """Noun phrases only ('the sheep leave' is a clause: 'After the goat and the sheep leave, …')."""
    return not any(verb_lemma(w) in VERBS and singular(w) not in NOUNS for np in nps for w in np.lower().split()[1:])


def _order_of_objects(sentence: str) -> str:
    m = _ORDER_FRONTED.match(sentence)
    if m and _A_COMING.search(m.group(4)) and not _A_COMING.search(m.group(2) + " " + m.group(3)) and not (
            m.group(1) and re.search(r"\b(?:after|following|behind|and)\b", m.group(1), re.I)) and \
            _no_verb_in(m.group(2), m.group(3)):
        return f"{m.group(1) or ''}{m.group(2) if m.group(1) else _cap_first(m.group(2))} comes in, then {m.group(3)} " \
               f"comes in, then {m.group(4)}"
    m = _ORDER_TRAILING.match(sentence)
    if m and _A_COMING.search(m.group(1)) and re.match(r"(?:the|a|an) ", m.group(1), re.I) and "," not in m.group(1) \
            and _no_verb_in(m.group(2), m.group(3)):
        main = m.group(1)
        return f"{_cap_first(m.group(2))} comes in, then {m.group(3)} comes in, then {main[0].lower() + main[1:]}{m.group(4)}"
    return sentence


def _cap_first(text: str) -> str:
    return text[0].upper() + text[1:]


_PLACE_WORDS = (r"(?:to the (?:left|right)(?: of)?|on the (?:left|right)(?: side)?(?: of)?|(?:left|right) of|above|below|"
                r"under|underneath|beneath|over|behind|in front of|beside|next to|on top of|on|atop|in back of)")
_NOT_BUT_PLACE = re.compile(rf"\b(not|never) ({_PLACE_WORDS}),? but ({_PLACE_WORDS})(?= )", re.I)


def _not_but_place(m: re.Match) -> str:
    """'not below but above a cat' -> 'above a cat': the place denied first is no place (space7)."""
    kept = m.group(3)
    return kept[0].upper() + kept[1:] if m.group(1)[0].isupper() else kept


_NEAREST_US = re.compile(r"(^|, |; )(nearest|closest|farthest|furthest) (?:to )?(?:the |us|you)(?:camera|viewer|lens)?\b",
                         re.I)
_A_ROW = re.compile(r"(^|, )((?:an? |(?:two|three|four|five|six) (?:things|objects|items|animals) )(?:in an? )?"
                   r"(?:row|line|lineup|line-up)):", re.I)      # 'A row: A, B, C', 'Three things in a row: …' (space7)
_SIDE_NAME = (r"(?:far |very |extreme )?(?:(?:upper|lower|top|bottom)[ -])?(?:left|right|top|bottom|upper|lower|"
              r"left-hand|right-hand)"
              r"(?: (?:side|half|part|third|edge|corner|end|portion))?")
_SIDE_HOLDS = re.compile(rf"\b([Tt]he|(?:[Tt]he|[Aa]n?) [a-z]+'s|[Ii]ts) "
                         rf"({_SIDE_NAME}(?: of the (?:frame|screen|picture|image|shot|scene|canvas))?) "
                         r"(holds|has|contains|shows|features|houses|displays|is home to|belongs to) ")
_SIDE_GAPPED = re.compile(rf"(,|;|,? and|,? while) the ({_SIDE_NAME}) (?=(?:a|an|the|two|three|four|some|one)\b)")


def _side_holds(sentence: str) -> str:
    """'The left side of the frame holds a cat, the right side a dog' -> 'On the left side of the frame is a cat,
    on the right side a dog': a side of the picture that holds (has, shows) a thing is where that thing is."""
    m = _SIDE_HOLDS.search(sentence)
    det = m.group(1)
    on = "On" if det[0].isupper() and not sentence[:m.start()].strip() else "on"
    det = det if det in ("the", "its") or not det[0].isupper() or sentence[:m.start()].strip() else det[0].lower() + det[1:]
    head = sentence[:m.start()] + f"{on} {det} {m.group(2)} is "
    return head + _SIDE_GAPPED.sub(lambda g: f"{g.group(1)} on the {g.group(2)} ", sentence[m.end():])


# Counts told by comparison (seventh session): 'three hens and twice as many geese', 'two dogs and the same number of
# cats', 'four jars and half as many lids', 'five cats and two fewer dogs', 'twice as many cats as dogs, and two
# dogs', 'three dogs and two more cats than dogs': the count each names, worked out, as a numeral.
_CARDINALS = {w: n for w, n in COUNTS.items() if w not in ("a", "an", "both", "several", "some", "few", "pair", "couple")}
_CARDINAL = r"(?:\d+|" + "|".join(sorted(_CARDINALS, key=len, reverse=True)) + r")"
_TIMES_AS_MANY = [
    (r"(?:twice|two times|double) (?:as many|the number of|that number of|that many)|double the number of|"
     r"twice (?:the|that) number of|double that number of", 2.0),
    (r"(?:three times|thrice|triple) (?:as many|the number of|that number of|that many)|triple the number of|"
     r"three times the number of|treble the number of", 3.0),
    (r"four times (?:as many|the number of|that number of)", 4.0),
    (r"half (?:as many|the number of|that number of|that many)", 0.5),
    (r"(?:just |exactly )?as many|the same number of|an equal number of|equally many|that same number of", 1.0)]
_TIMES_RE = re.compile(r"\b(" + "|".join(f"(?:{p})" for p, _ in _TIMES_AS_MANY) + r")\s+([a-z][\w-]*)"
                       r"(?:\s+(?:as|than)\s+(?:there are\s+|the\s+)?([a-z][\w-]*))?", re.I)
_MORE_FEWER_RE = re.compile(r"\b(" + _CARDINAL + r")\s+(more|fewer|less)\s+([a-z][\w-]*)"
                            r"(?:\s+than\s+(?:there are\s+|the\s+)?(that|those|them|[a-z][\w-]*))?", re.I)
_CARDINAL_RE = re.compile(r"\b(" + _CARDINAL + r")\b(?=\s+[a-z])", re.I)


_ZERO = re.compile(r"\bzero\b(?=\s+[a-z])", re.I)
# Colours said by what they are not, or as the colour of a thing (attr7): 'is not jade but cerise', 'is neither red
# nor blue; it is green', 'isn't red, it's blue', 'not red but blue: that is the ball', 'sienna rather than azure',
# 'that is teal, not navy'; 'a seal the colour of rust', 'is the color of honey'.
_W = r"([a-z][a-z-]*)"
_NEITHER_NOR = re.compile(r"\b(is|are)\s+neither\s+" + _W + r"\s+nor\s+" + _W + r"\s*[;,:]\s*(?:it|they)\s*(?:is|are|'s)\s+"
                          + _W + r"\b", re.I)
_NOT_BUT = re.compile(r"\b(is|are)\s+not\s+" + _W + r"\s*,?\s+but\s+(?:rather\s+)?" + _W + r"\b", re.I)
_ISNT_ITS = re.compile(r"\b(is|are)n't\s+" + _W + r"\s*[,;]\s*(?:it|they)(?:'s|'re| is| are)\s+" + _W + r"\b", re.I)
_NOT_BUT_THAT = re.compile(r"\bnot\s+" + _W + r"\s+but\s+" + _W + r"\s*:\s*that(?:'s| is)\s+(the|a|an)\s+" + _W, re.I)
_RATHER_THAN = re.compile(r"\b" + _W + r"\s+rather\s+than\s+" + _W + r"\b", re.I)
_COMMA_NOT = re.compile(r"\b" + _W + r"\s*(?:,|-+|\u2013|\u2014)\s*(?:and\s+|but\s+)?not\s+" + _W + r"\b", re.I)
_COLOUR_OF_COP = re.compile(r"\b(is|are|looks|seems)\s+the\s+colou?r\s+of\s+(?:a\s+|an\s+|the\s+)?" + _W + r"\b", re.I)
_COLOUR_OF = re.compile(r"\s*,?\s*\bthe\s+colou?r\s+of\s+(?:a\s+|an\s+|the\s+)?" + _W + r"\b(\s*,)?", re.I)


def _is_hue(word: str) -> bool:
    low = word.lower()
    return low in COLOURS or low in HUE_NOUNS


def _hued(word: str) -> str:
    return word if word.lower() in COLOURS else word + "-coloured"


def _colours_denied_and_likened(sentence: str) -> str:
    """The colours above as what the reader knows: 'is cerise', 'a seal, rust-coloured,'."""
    low = sentence.lower()
    if "neither" in low:
        sentence = _NEITHER_NOR.sub(lambda m: f"{m.group(1)} {m.group(4)}" if all(
            map(_is_hue, m.groups()[1:])) else m.group(0), sentence)
    if "not" in low or "n't" in low:
        sentence = _NOT_BUT_THAT.sub(lambda m: f"{m.group(3)} {m.group(4)} is {m.group(2)}" if _is_hue(m.group(1)) and
                                     _is_hue(m.group(2)) else m.group(0), sentence)
        sentence = _NOT_BUT.sub(lambda m: f"{m.group(1)} {m.group(3)}" if _is_hue(m.group(2)) and _is_hue(m.group(3))
                                else m.group(0), sentence)
        sentence = _ISNT_ITS.sub(lambda m: f"{m.group(1)} {m.group(3)}" if _is_hue(m.group(2)) and _is_hue(m.group(3))
                                 else m.group(0), sentence)
        sentence = _COMMA_NOT.sub(lambda m: m.group(1) if _is_hue(m.group(1)) and _is_hue(m.group(2)) else m.group(0),
                                  sentence)
    if "rather than" in low:
        sentence = _RATHER_THAN.sub(lambda m: m.group(1) if _is_hue(m.group(1)) and _is_hue(m.group(2)) else m.group(0),
                                    sentence)
    if "colour of" in low or "color of" in low:
        sentence = _COLOUR_OF_COP.sub(lambda m: f"{m.group(1)} {_hued(m.group(2))}" if _is_hue(m.group(2))
                                      else m.group(0), sentence)

        def apposed(m: re.Match) -> str:
            if not _is_hue(m.group(1)):
                return m.group(0)
            rest = sentence[m.end():].lstrip()
            return f", {_hued(m.group(1))}" + ("," if rest and rest[0] not in ",.;:!?" else "")
        sentence = _COLOUR_OF.sub(apposed, sentence)
    return sentence
_COMPARED = re.compile(r",?\s+(?:when |as |if )?compared (?:with|to)\b", re.I)


def _cardinal(word: str) -> int | None:
    low = word.lower()
    return int(low) if low.isdigit() else _CARDINALS.get(low)


def _count_of(before: str, noun: str | None, whole: str) -> int | None:
    """The count named for `noun` in the sentence (any adjective between), else the last count said before."""
    if noun:
        m = re.search(r"\b(" + _CARDINAL + r")\s+(?:[a-z][\w-]*\s+)?" + re.escape(noun) + r"\b", whole, re.I)
        if m and _cardinal(m.group(1)) is not None:
            return _cardinal(m.group(1))
    last = [m for m in _CARDINAL_RE.finditer(before) if not re.search(r"[.;:]", before[m.end():])]
    return _cardinal(last[-1].group(1)) if last else None


def _counts_by_comparison(sentence: str) -> str:
    if not re.search(r"\b(?:many|number|more|fewer|less)\b", sentence, re.I):
        return sentence
    out, at = [], 0
    for m in _TIMES_RE.finditer(sentence):
        how = m.group(1).lower()
        factor = next(f for p, f in _TIMES_AS_MANY if re.fullmatch(p, how))
        n = _count_of(sentence[:m.start()], m.group(3), sentence)
        if n is None:
            continue
        k = max(1, round(n * factor))
        out += [sentence[at:m.start()], f"{k} {m.group(2)}"]
        at = m.end()
    sentence = "".join(out) + sentence[at:]
    out, at = [], 0
    for m in _MORE_FEWER_RE.finditer(sentence):
        d, than = _cardinal(m.group(1)), m.group(4)
        more = m.group(2).lower() == "more"
        if d is None or more and not than:
            continue                      # ('three cats and one more dog': one dog, an extra one)
        n = _count_of(sentence[:m.start()], than if than and than.lower() not in ("that", "those", "them") else None,
                      sentence[:m.start()] + sentence[m.end():])
        if n is None:
            continue
        k = n + d if more else n - d
        out += [sentence[at:m.start()], f"{k} {m.group(3)}" if k > 0 else f"no {m.group(3)}"]
        at = m.end()
    return "".join(out) + sentence[at:]


# -- scrA9 ---------------------------------------------------------------------------------------------------
# 'round' as a preposition, before a determiner after a word that is no determiner ('crowd round the table',
# 'sit round a fire'; not 'a round table', 'the round the clock shift').
_SCRA9_ROUND = re.compile(r"(?<![A-Za-z])(?<!\ba )(?<!\bthe )(?<!\ban )(?<!\bone )(?<!\bits )(?<!\bhis )(?<!\bher )"
                          r"(?<!\btheir )(?<!another )(?<!\bfirst )(?<!\blast )(?<!\bnext )(?<!\byear )"
                          r"\bround (?=(?:the|a|an|his|her|their|its|my|our|this|that)\b)")


_SCRA9_BOTH_NAMES = re.compile(r"\b[Bb]oth (?=[^\W\d_][\w'’-]* (?:and|&) [^\W\d_])(?=[A-Z])|"
                               r"\b[Bb]oth (?=[A-Z][\w'’-]* (?:and|&) [A-Z])")


def _scrA9_plural_subject_verb(words: list[Word]) -> None:
    """scrA9: a plural noun, then a word whose plain form is a verb, in a sentence with no verb yet, before what a
    verb takes: that word is the plural subject's verb ('their three kids crowd around the table', 'the cleaners
    file out', 'the twins squeeze in'), not a compound ('kids crowd')."""
    n = len(words)
    if any(x.tag in ("VERB", "COP", "AUX") for x in words):
        return
    for k in range(1, n):
        w, prev = words[k], words[k - 1]
        if w.tag not in ("NOUN", "OPEN", "X") or prev.tag != "NOUN" or prev.low == singular(prev.low) or \
                w.low.endswith("s") or not _verb_like(w.low) or verb_lemma(w.low) != w.low:
            continue
        nxt = words[k + 1] if k + 1 < n else None
        if nxt is None or nxt.tag in ("PREP", "DET", "POSS", "PUNCT", "ADV", "PART", "TIME") or nxt.low in PARTICLES:
            w.tag, w.lemma = "VERB", verb_lemma(w.low)
            return


_ORDINAL_WORDS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                  "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth", "twentieth"]
_DIGIT_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b", re.I)


def _ordinal_in_words(m: re.Match) -> str:
    """'2nd', '3rd', '21st' as words ('second'), so the digits are no count and the suffix no noun ('the 2nd floor
    apartment' drew two things called 'nd'); past twenty, 'numbered' (a rank the reader need not know)."""
    n = int(m.group(1))
    return _ORDINAL_WORDS[n] if n < len(_ORDINAL_WORDS) else "numbered"


def tokens(sentence: str) -> list[str]:
    out = []
    if any(c.isdigit() for c in sentence):
        sentence = _DIGIT_ORDINAL.sub(_ordinal_in_words, sentence)
    if " and " in sentence and re.search(r"\b(?:after|following|behind)\b", sentence, re.I):
        sentence = _order_of_objects(sentence)     # 'comes in last, following A and B, in that order' (seq7)
    if "ond" in sentence or "ird" in sentence or " up" in sentence:
        sentence = _ORDINAL_HEAD.sub(lambda m: m.group(1) + (m.group(2) or "then") + m.group(3), sentence)
    sentence = _counts_by_comparison(sentence)      # 'three hens and twice as many geese': six geese
    if "oth " in sentence:
        sentence = _SCRA9_BOTH_NAMES.sub("", sentence)   # 'Both BJORN and KENJI stand': the two of them (scrA9)
    if "round " in sentence:
        sentence = _SCRA9_ROUND.sub("around ", sentence)   # 'crowd round the table' (British): around it (scrA9)
    sentence = _ZERO.sub("no", sentence)             # 'zero koalas': no koalas
    sentence = _colours_denied_and_likened(sentence)   # 'is not jade but cerise', 'the colour of rust'
    if "compared " in sentence:
        sentence = _COMPARED.sub(" beside", sentence)    # 'is tiny compared with the slate seal': beside it
    sentence = _coming_and_going_idioms(sentence)   # 'flickers into being', 'vanishes in a puff of smoke'
    if " as " in sentence:
        sentence = _AS_BIG.sub(_as_big, sentence)
    if " the size of" in sentence or " the height of" in sentence:
        sentence = _TIMES_SIZE.sub(_times_size, sentence)
    if " size" in sentence or " height" in sentence:
        sentence = _ATTR9_TIMES_OWN_SIZE.sub(_attr9_times_own_size, sentence)   # 'a typewriter twice its size'
    sentence = _ATTR9_SEE_THAT.sub("", sentence)     # 'We see that a painting is hung above a sink': the clause
    if " other" in sentence and " side" in sentence:
        sentence = _ATTR9_ONE_SIDE_OTHER.sub(r"between \1 and \2", sentence)   # 'with a lamp on one side and …'
    sentence = _DASHES.sub(" , ", sentence)      # 'The hedgehog — slow but steady — crawls': an aside, as commas
    sentence = _BEING.sub(r"\1 ", sentence)       # 'from being on the right of X to being on its left'
    sentence = _START_NOUN.sub(r"\1 the ", sentence)   # 'from its starting point in the lower left': from there
    if _EVENT_NOUN_WORDS.search(sentence):
        sentence = _events_as_clauses(sentence)      # 'after the cat's exit', 'following the arrival of a bus'
    sentence = _MORE_AND_MORE.sub(r"\1", sentence)   # 'closer and closer', 'ever nearer': one comparative
    sentence = _NEVER_AGAIN.sub("for good", sentence)  # 'leaves, never to return': an infinitive, not a denial
    sentence = _CLIP_CLAUSE.sub(_clip_clause, sentence)        # 'until the clip is half over': until halfway
    if "bank" in sentence or "shore" in sentence:
        sentence = _SIDED_SHORE.sub(r"\1\2 side", sentence)   # 'to the left bank': to the left side
    if "order" in sentence:
        sentence = _ORDER_NOUN.sub("one by one they come in: ", sentence)   # 'the order of arrival is …'
    sentence = _parts_having(sentence)                         # 'the first half belongs to a llama': then, a llama
    sentence = _OUT_OF_EXISTENCE.sub("vanishes", sentence)       # 'blinks out of existence': vanishes
    sentence = _TO_BE_FOUND.sub("to be seen", sentence)  # 'nowhere to be found': not to be seen
    sentence = _WATCH_AS.sub("", sentence)          # 'We watch as a cat walks in': a cat walks in (we see it)
    sentence = _STAGE_SIDE.sub(_stage_side, sentence)     # 'exits stage left': to the left
    sentence = _VIEWER_SIDE.sub(r"the \1", sentence)      # 'on the viewer's left': the frame's left
    if re.search(r"most|extreme|very|utmost|thest", sentence, re.I):
        sentence = _MOST_SIDE.sub(r"far \1", sentence)         # 'the right-most edge': the far right edge
        sentence = _EXTREME_SIDE.sub(r"far \1", sentence)      # 'at the extreme left', 'very right': far left
    if re.search(r"\b(?:far|extreme|very) ", sentence, re.I):
        sentence = _FAR_LABEL.sub(r"\1", sentence)           # 'Far left: a vase.': a label, as 'Left: a vase.'
    if "far " in sentence:
        sentence = _BARE_FAR_SIDE.sub(_far_side, sentence)      # 'sits far left': on the far left
    if "third" in sentence or "quarter" in sentence or "fifth" in sentence or "strip" in sentence or "band" in \
            sentence or "portion" in sentence:
        sentence = _THIRD_PART.sub(r"\1\2 part", sentence)       # 'in the top third of the frame': its top part
    if "east" in sentence.lower() or "west" in sentence.lower():
        sentence = _COMPASS_SPLIT.sub(r"\1\2", sentence)       # 'the south east corner': the southeast one
        sentence = _COMPASS_OF.sub(lambda m: "to the right of" if m.group(1).lower() == "east" else "to the left of",
                                   sentence)                   # 'due east of the barn': to its right
    if "ern " in sentence:
        sentence = _COMPASS_ADJ.sub(lambda m: _COMPASS_SIDE[m.group(1).lower()] + " " + m.group(2),
                                    sentence)                  # 'the western edge': the left edge
    sentence = _COMES_AND_GOES.sub(r"\1 in and \2 out", sentence)   # 'comes and goes': in, then out
    sentence = _BRIEF_VISIT.sub("briefly appears", sentence)         # 'pays a brief visit'
    if "except" in sentence or "apart from" in sentence:
        sentence = _EXCEPT_AT.sub(r", but not \1 ", sentence)    # 'throughout except at the very end'
        sentence = _EXCEPT_PART.sub(", but not in ", sentence)   # 'for the entire video except the last seconds'
    if "only to " in sentence:
        sentence = _ONLY_TO.sub(_only_to, sentence)   # 'vanishes, only to reappear': and then reappears
    if "n't " in sentence or " not " in sentence or "never" in sentence:
        sentence = _ANY_LONGER.sub("", sentence)        # "can't be seen anymore": is not seen (then)
    if " not " in sentence:
        sentence = _NOT_AFTER.sub(" only", sentence)   # 'is present up to the halfway point and not after': only then
    if "->" in sentence or "\u2192" in sentence:
        sentence = _ARROW.sub(", then to the ", sentence)    # 'moves A -> B -> C': to A, then to B, then to C
    if "-to-" in sentence:
        sentence = _SIDE_TO_SIDE.sub(r"\1 to \2", sentence)      # 'goes right-to-left': right to left
    sentence = _DIMENSIONS.sub(" ", sentence)         # 'a 3d render of …': a style, no count
    if "ot " in sentence and " but " in sentence:
        sentence = _NOT_BUT_PLACE.sub(_not_but_place, sentence)   # 'Not below but above a cat is …': above (space7)
    if " up" in sentence or " back" in sentence or "front and" in sentence:
        sentence = _FAR_BACK.sub("in the background", _NEAR_US.sub("in the foreground", sentence))   # (space7)
    if "est " in sentence and _NEAREST_US.search(sentence):
        sentence = _NEAREST_US.sub(lambda m: m.group(1) + ("In" if m.group(2)[0].isupper() else "in") + " the " +
                                   ("foreground" if m.group(2).lower() in ("nearest", "closest") else "background"),
                                   sentence)     # 'Nearest the camera is a van': in the foreground (space7)
    if ":" in sentence and _A_ROW.search(sentence):
        sentence = _A_ROW.sub(lambda m: m.group(1) + ("In" if m.group(2)[0].isupper() else "in") + " a row:", sentence)
    if _SIDE_HOLDS.search(sentence):
        sentence = _side_holds(sentence)    # 'The left side of the frame holds a cat': on the left is a cat (space7)
    sentence = _events_as_verbs(sentence)   # 'mid-clip', 'the fox's arrival comes …', 'at no point does …'
    if " for " in sentence and " to " in sentence:
        sentence = _WAIT_FOR_TO.sub(_wait_for_to, sentence)   # 'waits for the dog to leave': until it leaves (seq7)
    if "ing" in sentence or "gone" in sentence or "later" in sentence:
        sentence = _subject_gerunds(sentence)    # 'Upon the dog leaving, …', 'With the otter gone, …' (seq7)
    if " of it" in sentence and _SEQ9_CLIP_NAMED.search(sentence):
        sentence = _SEQ9_PART_OF_IT.sub(r"\1", sentence)   # '… of the video, and a cat in the second half of it' (seq9)
    if "after the" in sentence or "behind the" in sentence:
        sentence = _seq9_each_after_the_one_before(sentence)
    if re.search(r"\b(?:after|before|ahead of) the [^,;:]*$", sentence, re.I):
        sentence = _seq9_order_absolute(sentence)     # '…, the goat after the lamb': the goat arriving after it   # '…, each one arriving after the one before' (seq9)
    if re.search(r"ing |by way|with a ", sentence, re.I):
        sentence = _seq9_route_stops(sentence)   # 'passing through the upper right corner': via it (seq9)
    if re.search(r" has| have| had|done|last|second|follow|way|without|gone|there,", sentence, re.I):
        sentence = _legs_told_short(sentence)   # 'once it has, it goes back right', 'and last the top left' (seq7)
    if re.search(r"behind|heels|rear|tags? along|wake|preceded|joined by| after,|it is |\bof |until|till ", sentence, re.I):
        sentence = _following_idioms(sentence)   # ', with a panda close behind': and the panda follows it (seq7)
    for t in _TOKEN.findall(_AGE_ASIDE.sub(_age_aside, sentence) if "(" in sentence or "（" in sentence else sentence):
        low = t.lower()
        region = _region_parts(low)
        if region is not None:
            out += region
        elif low in _COMPASS and out and out[-1].lower() in ("north", "south") and low in ("west", "east"):
            out[-1:] = [_COMPASS[out[-1].lower()], _COMPASS[low]]      # 'the north west corner'
        elif low in ("colored", "coloured", "hued", "toned") and out and out[-1].lower() in COLOURS:
            continue                                    # 'a blue colored car' as 'a blue car'
        elif low in _COMPASS and out and out[-1].lower() in ("the", "from", "to", "toward", "towards"):
            out.append(_COMPASS[low])      # 'to the east': to the right of the frame
        elif low in _CONTRACTED:
            out += _CONTRACTED[low]      # "isn't" -> "is not", "there's" -> "there is"
        elif low.endswith("n't") and len(t) > 4:
            out += [t[:-3], "not"]
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


# Time expressions built from parts, so that any lead, point or span combines: 'until the midpoint', 'not until
# halfway', 'during the opening half of the video', 'from the middle onward', 'before the end of the clip', 'in the
# closing part'. Each becomes one TIME token whose value is its words; `time_span` gives the window it names.
_T_POINTS = {"start": 0.0, "beginning": 0.0, "outset": 0.0, "opening": 0.0, "middle": 0.5, "midpoint": 0.5,
             "mid-point": 0.5, "halfway": 0.5, "half-way": 0.5, "midway": 0.5, "mid-way": 0.5, "end": 1.0,
             "ending": 1.0, "close": 1.0, "finish": 1.0, "conclusion": 1.0, "finale": 1.0}
_T_HALFWAY = {"halfway", "half-way", "midway", "mid-way", "partway", "part-way"}
_T_EARLY = {"first", "opening", "early", "earlier", "initial", "beginning", "starting"}
_T_LATE = {"second", "latter", "later", "last", "final", "closing", "remaining", "concluding", "ending"}
_T_SPANS = {"half", "part", "portion", "section", "stretch", "segment", "third", "quarter", "phase", "bit", "moments",
            "seconds", "frames"}
_TURNING = {"turns", "turn", "turned", "turning", "spins", "spin", "spun", "swings", "swung", "looks", "look",
            "glances", "peers", "whirls", "twirls", "swivels", "pivots", "flips"}    # (in place: 'turns around')
_T_LEADS = {"in", "during", "for", "throughout", "within", "over", "at", "around", "about", "near", "by", "until",
            "till", "before", "after", "from", "since", "toward", "towards", "through", "past", "beyond",
            "following"}
_T_FRAMES = {"video", "clip", "shot", "scene", "film", "footage", "sequence", "animation", "movie", "take"}


# Verbs of coming into view or going from it: after one, 'around the middle' is a time ('vanishes around the middle').
_COMINGS_AND_GOINGS = {"in", "out", "off", "up", "by", "away",
                       "vanishes", "vanish", "disappears", "disappear", "appears", "appear", "reappears", "reappear",
                       "arrives", "arrive", "leaves", "leave", "exits", "exit", "enters", "enter", "emerges", "emerge",
                       "departs", "depart", "returns", "return"}


def _point_at(lows: list[str], k: int) -> int:
    """How many words from lows[k] name one point of the shot ('the middle of the clip', 'halfway', 'the end')."""
    n, j = len(lows), k
    j += j < n and lows[j] in ("the", "its")
    j += j < n and lows[j] == "very"
    if j < n and (lows[j] in _T_POINTS or lows[j] in _T_HALFWAY):
        j += 1
        j += j < n and lows[j] in ("point", "mark")
        if j + 2 < n and lows[j] == "of" and lows[j + 1] in ("the", "this") and lows[j + 2] in _T_FRAMES:
            j += 3
        return j - k
    return 0


def _time_expr(lows: list[str], i: int) -> int:
    """How many words from lows[i] make one time expression (0: none)."""
    n, j = len(lows), i
    if lows[i] == "in" and i + 2 < n and lows[i + 1] in ("around", "about", "roughly", "approximately") and \
            i and lows[i - 1] not in DETS:
        return 0                        # 'struts in around the midpoint': the particle, then the time
    if lows[i] == "in" and i + 1 < n and (lows[i + 1] in _T_HALFWAY or i + 2 < n and (
            lows[i + 1], lows[i + 2]) in (("half", "way"), ("part", "way"))) and i and lows[i - 1] not in DETS:
        return 0                        # 'hops in halfway through': the particle, then the time (vis6)
    if lows[i] in ("between", "from"):
        a = _point_at(lows, i + 1)
        if a and i + 1 + a < n and lows[i + 1 + a] in (("and",) if lows[i] == "between" else ("to", "until", "till")):
            b = _point_at(lows, i + 2 + a)
            if b:
                return 2 + a + b       # 'between the start and the middle of the clip', 'from halfway to the end'
    if j + 3 < n and lows[j] in ("at", "by", "around", "after", "before", "until") and lows[j + 1] == "the" and \
            lows[j + 2].isdigit() and lows[j + 3] in ("mark", "point", "percent"):
        return 4 + (j + 4 < n and lows[j + 4] in ("mark", "point"))      # 'at the 50% mark'
    if j + 1 < n and lows[j] == "not" and lows[j + 1] in ("until", "till", "before"):
        j += 1
    lead = None
    if i and (lows[i - 1] in DETS | set(POSSESSIVES) or lows[i - 1] in ("top", "bottom", "upper", "lower")) and \
            lows[i] in ("right", "left", "close", "just"):
        return 0                        # 'on its right at the end', 'at the top right at the end': the side first
    if j + 1 < n and (lows[j], lows[j + 1]) in (("up", "to"), ("right", "at"), ("close", "to"), ("just", "before"),
                                                 ("just", "after"), ("right", "after"), ("all", "through"),
                                                 ("right", "before"), ("shortly", "after"), ("shortly", "before"),
                                                 ("soon", "after"), ("just", "at")):
        lead, j = lows[j + 1], j + 2
    elif j < n and lows[j] in _T_LEADS:
        lead, j = lows[j], j + 1
    if lead in ("around", "about") and i and lows[i - 1] in _TURNING and j == i + 1:
        return 0                        # 'turns around halfway': the verb's particle, then the time (attr7)
    j += j < n and lead is not None and lows[j] in ("only", "just")    # 'for only the first half'
    k = j + (j < n and lows[j] in ("about", "around", "roughly", "approximately", "nearly", "almost"))
    k += k + 1 < n and lows[k] == "the" and lows[k + 1] in _T_HALFWAY     # 'at the halfway point'
    if k < n and lows[k] in _T_HALFWAY or k + 1 < n and (lows[k], lows[k + 1]) in (("half", "way"), ("part", "way")):
        k += 1 if lows[k] in _T_HALFWAY else 2
        if k < n and lows[k] in ("point", "mark"):
            k += 1
        if k < n and lows[k] in ("through", "into", "in") and not (
                lows[k] == "in" and lows[k - 1] in ("point", "mark") and k + 2 < n and lows[k + 1] in ("the", "a", "an")
                and lows[k + 2] not in _T_FRAMES):
            k += 1                      # (not 'at the halfway point in the sunshine', vis6)
            if k + 1 < n and lows[k] in ("the", "this") and lows[k + 1] in _T_FRAMES:
                k += 2
        if k < n and lows[k] in ("on", "onward", "onwards") and lead in ("from", "since", "after"):
            k += 1                      # 'from halfway on'
        return k - i if (lead is not None or k - j > 1 or lows[j] in _T_HALFWAY) else 0
    if lead is None:
        return 0
    article = k < n and lows[k] in ("the", "this", "its")
    k += article
    if k < n and lows[k] in ("very", "exact"):
        k += 1
    if not article and k < n and lows[k] in _T_POINTS and lows[k] not in ("midpoint", "mid-point"):
        return 0                        # 'before ending in the corner': a verb, not the end
    spanned = k + 1 < n and (lows[k + 1] in _T_SPANS or lows[k + 1] == "few")
    if k < n and lows[k] in _T_POINTS and lows[k] not in _T_HALFWAY and not spanned:
        point = lows[k]
        k += 1
        if k < n and lows[k] in ("point", "mark") and point in ("halfway", "half-way", "midway", "middle"):
            k += 1
        framed = k + 2 < n and lows[k] == "of" and lows[k + 1] in ("the", "this", "our") and lows[k + 2] in _T_FRAMES
        if k < n and lows[k] == "of" and not framed:
            return 0                    # 'the end of the street', 'the middle of the room': places
        if framed:
            k += 3
        if point == "middle" and not framed and lead in ("in", "at", "to", "toward", "towards", "through", "near",
                                                          "by", "within", "around", "about", "over") and not (
                i and lows[i - 1] == "not" and lead in ("in", "around", "about") and
                {"there", "visible", "seen", "present", "shown", "onscreen"} & set(lows[:i])) and not (
                lead in ("around", "about") and (i == 0 or lows[i - 1] in (",", ";", "but", "and", "then") or
                                                 lows[i - 1] in _COMINGS_AND_GOINGS)) and not (
                i and lows[i - 1] in ("left", "right", "left-hand", "right-hand", "corner", "upper", "lower", "top",
                                      "bottom") and lead in ("in", "at") and (k >= n or lows[k] != "of")):
            return 0                    # 'sits in the middle': a place ('the upper left in the middle': a time)
        if point in ("end", "start", "beginning", "ending", "close", "finish") and lead in (
                "to", "toward", "towards", "through", "over", "near") and not framed and point != "end":
            return 0
        if point == "close" and lead not in ("at", "by", "near", "toward", "towards", "until", "till", "before"):
            return 0
        if point == "opening" and k < n and lows[k] not in (",", ".", ";", "of", "on", "onward", "onwards"):
            return 0
        if k < n and lows[k] in ("on", "onward", "onwards") and lead in ("from", "since", "after"):
            k += 1
        return k - i
    if k < n and (lows[k] in _T_EARLY or lows[k] in _T_LATE) and article and (k + 1 >= n or lows[k + 1] in (
            ".", ",", ";", "and", "but", "too", "only")) and "half" in lows[:i]:
        return k + 1 - i                # 'in the first half … and absent in the second': the second half
    if k < n and (lows[k] in _T_EARLY or lows[k] in _T_LATE or lows[k] in ("middle", "next", "other") or
                  lows[k] == "third" and k + 1 < n and lows[k + 1] in ("third", "quarter")):
        k += 1
        if k < n and lows[k] in ("few",):
            k += 1
        if k < n and lows[k] in _T_SPANS:
            k += 1
            if k + 2 < n and lows[k] == "of" and lows[k + 1] in ("the", "this") and lows[k + 2] in _T_FRAMES:
                k += 3
            return k - i
        return 0
    if k < n and lows[k] in ("rest", "remainder") and lead in ("for", "during", "in", "throughout", "through"):
        k += 1
        if k + 2 < n and lows[k] == "of" and lows[k + 1] in ("the", "this") and lows[k + 2] in _T_FRAMES:
            k += 3
        return k - i
    return 0


def time_span(phrase: str) -> tuple[float, float] | None:
    """The window (start, end; fractions of the shot) a time expression of `_time_expr` names: 'until the
    midpoint' (0, 0.5), 'not until halfway' (0.5, 1), 'in the closing part' (0.5, 1), 'towards the end' (0.7, 1),
    'at the start' (0, 1: from the start). None for a phrase it does not know."""
    ws = phrase.split()
    neg = ws[:1] == ["not"]
    ws = ws[neg:]
    if not ws:
        return None
    if ws[0] in ("between", "from") and any(w in ("and", "to", "until", "till") for w in ws[1:]):
        cut = next(k for k, w in enumerate(ws) if k and w in ("and", "to", "until", "till"))
        a, b = time_span("at " + " ".join(ws[1:cut])), time_span("at " + " ".join(ws[cut + 1:]))
        if a is not None and b is not None:
            lo, hi = a[0], (1.0 if b[0] >= 0.7 else b[0])
            return (lo, hi) if hi > lo else None
    digits = [w for w in ws if w.isdigit()]
    if digits and any(w in ("mark", "point", "percent") for w in ws):
        ws = [ws[0], "the", "halfway"] if 40 <= int(digits[0]) <= 60 else ws
    lead = ws[0] if ws[0] in _T_LEADS else None
    if len(ws) > 1 and ws[0] in ("up", "right", "close", "just", "all", "shortly", "soon") and ws[1] in _T_LEADS | {"to"}:
        lead = ws[1] if ws[1] != "to" else "until" if ws[0] == "up" else "near"
        if ws[0] in ("right", "just", "shortly") and ws[1] == "before":
            lead = "near"                 # 'right before the end': a moment, not everything up to it
    point = span = None
    for k, w in enumerate(ws):
        if w in _T_HALFWAY or w == "way" and k and ws[k - 1] in ("half", "part"):
            point = 0.5
            break
        if w in _T_SPANS and k and (ws[k - 1] in _T_EARLY | _T_LATE | {"middle", "next", "other", "few", "third"}):
            prev = ws[k - 2] if ws[k - 1] == "few" and k > 1 else ws[k - 1]
            size = {"third": 1 / 3, "quarter": 0.25, "seconds": 0.25, "moments": 0.25, "frames": 0.25}.get(w, 0.5)
            if prev == "middle":
                span = (0.5 - size / 2, 0.5 + size / 2)
            elif prev in ("second", "third") and size < 0.5:
                place = {"second": 1, "third": 2}[prev]       # 'the second third', 'the third quarter'
                span = (round(place * size, 2), round((place + 1) * size, 2))
            elif prev in _T_EARLY or prev == "few" and ws[k - 2:k - 1] == ["first"]:
                span = (0.0, round(size, 2))
            else:
                span = (round(1 - size, 2), 1.0)
            break
        if w in ("rest", "remainder"):
            span = (0.5, 1.0)
            break
        if w in _T_POINTS and not (k + 1 < len(ws) and (ws[k + 1] in _T_SPANS or ws[k + 1] == "few")):
            point = _T_POINTS[w]
            break
    if span is None and point is None and ws[-1] in _T_EARLY | _T_LATE and ws[-2:-1] == ["the"]:
        span = (0.0, 0.5) if ws[-1] in _T_EARLY else (0.5, 1.0)       # 'in the second' (half, said before)
    if span is not None:
        a, b = span
        if neg:
            return (a if a > 0 else b, 1.0)
        if lead in ("until", "till", "before"):
            edge = a if a > 0 else b
            return (0.0, edge)
        if lead in ("after", "past", "beyond", "following"):
            return (b, 1.0) if b < 1 else None
        if lead in ("from", "since"):
            return (a, 1.0)
        return span
    if point is None:
        return None
    if neg:
        return (point, 1.0) if point > 0 else None
    if lead in ("until", "till", "before"):
        return (0.0, point) if point > 0 else None
    if lead in ("after", "from", "since", "past", "beyond", "following"):
        return (point, 1.0) if point < 1 else (0.7, 1.0)
    if point >= 1.0:
        return (0.7, 1.0)
    return (point, 1.0)


_PART_SPANS = {"half", "third", "quarter", "part", "portion", "stretch", "section", "segment"}


def _states_and_sightings(ws: list[Word]) -> list[Word]:
    """Tags by position for words of being in view: a predicative word no determiner leads is a state ('Visible to
    begin with, …', not a thing, nor 'a present'); an -ing word after 'is seen' is the verb ('is seen heading left':
    it heads left, in view)."""
    for q, w in enumerate(ws):
        if w.low in _PREDICATIVE and w.tag == "NOUN" and not (q and ws[q - 1].tag in ("DET", "POSS", "ADJ", "NUM")):
            w.tag = "ADJ"
        if q > 1 and w.low.endswith("ing") and w.tag != "VERB" and ws[q - 1].low in _SEEN and \
                ws[q - 2].tag == "COP" and "verb" in open_class().get(w.low, {}):
            w.tag, w.lemma = "VERB", verb_lemma(w.low)
    return ws


def _clip_parts_as_times(ws: list[Word]) -> list[Word]:
    """A part of the clip named as a thing after a verb or in a gapped clause ('fills the first half and a toaster
    the second', 'takes up the opening third of the video', 'spends the rest in the corner') is a time of its
    clause: one TIME word, its value a lead and the part ('in the first half', 'in the second half', 'for the
    rest'), so `time_span` reads it. A part as the subject ('The second half shows a cat') stays a noun phrase,
    and so does one of something else ('the second half of the sandwich')."""
    out: list[Word] = []
    n, k = len(ws), 0
    span_seen: str | None = None         # the span word of the last part named ('third'), for a bare 'the second'
    while k < n:
        w = ws[k]
        prev = out[-1] if out else None
        q = len(out)
        while q and out[q - 1].tag in ("NOUN", "ADJ", "DET", "NUM") and len(out) - q < 5:
            q -= 1
        after_verb = prev is not None and (prev.tag in ("VERB", "PART") or prev.tag == "NOUN" and 0 < q < len(out) and
                                           out[q - 1].tag in ("CONJ", "PUNCT"))    # ', a shiny trophy the second'

        gapped = prev is not None and prev.tag in ("CONJ", "PUNCT") and span_seen is not None
        if w.low == "the" and (after_verb or gapped) and k + 1 < n:
            j, span = k + 1, None
            adj = ws[j].low
            if adj in _T_EARLY | _T_LATE | {"middle", "other"} and j + 1 < n and ws[j + 1].low in _PART_SPANS:
                span, j = ws[j + 1].low, j + 2
            elif adj in _T_EARLY | _T_LATE | {"other"} and span_seen and (j + 1 >= n or ws[j + 1].tag in (
                    "PUNCT", "CONJ", "PREP", "TIME", "ADV")):
                span, j = span_seen, j + 1       # 'and a toaster the second': the second half
            elif adj in ("rest", "remainder") and (span_seen or any(x.tag == "TIME" for x in out)):
                span, j = "rest", j + 1
            if span is not None and not after_verb and j < n and ws[j].tag in ("VERB", "COP", "AUX"):
                span = None                      # ', the second half shows a dog': a part as the subject
            if span is not None and j < n and ws[j].low == "of" and not (
                    j + 2 < n and ws[j + 1].low in ("the", "this") and ws[j + 2].low in _T_FRAMES):
                span = None                      # 'the first half of the sandwich'
            if span is not None:
                if j + 2 < n and ws[j].low == "of":
                    j += 3
                text = " ".join(x.text for x in ws[k:j])
                value = "for the rest" if span == "rest" else f"in the {adj} {span}"
                if span != "rest":
                    span_seen = span
                out.append(Word(text, value, "TIME", "part", value))
                k = j
                continue
        if (k == 0 or ws[k - 1].tag == "PUNCT") and w.low in _T_EARLY | _T_LATE | {"middle"} and k + 2 < n and \
                ws[k + 1].low in _PART_SPANS and ws[k + 2].low == ":":
            value = f"in the {w.low} {ws[k + 1].low}"         # 'First half: a kettle.'
            out.append(Word(f"{w.text} {ws[k + 1].text}", value, "TIME", "part", value))
            span_seen, k = ws[k + 1].low, k + 2
            continue
        if w.low in _PART_SPANS and k and ws[k - 1].low in _T_EARLY | _T_LATE | {"middle"}:
            span_seen = w.low
            w.tag = "NOUN"                       # 'the last third of the video' (not the verb 'third')
            if ws[k - 1].tag not in ("ADJ", "NUM"):
                out[-1].tag = "ADJ"
        if w.tag == "TIME" and isinstance(w.value, str) and w.value.split()[-1:] and \
                w.value.split()[-1] in _PART_SPANS:
            span_seen = w.value.split()[-1]
        out.append(w)
        k += 1
    return out


_SEEN = {"seen", "shown", "spotted", "glimpsed", "filmed", "watched", "caught", "pictured", "visible"}
_RANKS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "next": 50, "last": 99, "final": 99}


_RANK_PARTICLES = {"in", "up", "out", "by", "along", "over", "through", "past", "round", "around", "off", "away", "on"}


def _rank(w: Word) -> Word:
    return Word(w.text, w.low, "ADV", "rank", _RANKS[w.low])


def _ordinal_roles(ws: list[Word]) -> list[Word]:
    """Ordinals that say in what order things come ('X is the first to appear and Y the second', 'The first to
    arrive is X; the second is Y', 'Y is next', 'Y comes last'): the verb with a rank adverb ('X appears [1st]',
    'Y [2nd]'), so the reader orders the comings by rank and an elided clause takes the verb before it."""
    if not any(w.low in _RANKS for w in ws):
        return ws
    out: list[Word] = []
    n, k, ranked = len(ws), 0, False

    def closes(j: int) -> bool:
        return j >= n or ws[j].tag in ("PUNCT", "CONJ", "PREP", "TIME") and ws[j].low != "to" or \
            ws[j].low in ("after", "before")

    while k < n:
        w = ws[k]
        low = w.low
        nxt = ws[k + 1] if k + 1 < n else None
        # 'is the first to appear', 'is the second one to show up'
        if w.tag == "COP" and k + 4 < n and ws[k + 1].low == "the" and ws[k + 2].low in _RANKS:
            j = k + 3 + (ws[k + 3].low == "one")
            if j + 1 < n and ws[j].low == "to" and ws[j + 1].tag in ("VERB", "NOUN", "X", "ADJ") and \
                    not ws[j + 1].low.endswith("ing"):
                verb = ws[j + 1]
                out.append(Word(verb.text, verb.low, "VERB", verb_lemma(verb.low) if verb.tag != "VERB" else
                                verb.lemma or verb_lemma(verb.low)))
                j += 2
                while j < n and ws[j].tag in ("PART",) or j < n and ws[j].low in ("up", "in", "along", "by"):
                    out.append(ws[j])
                    j += 1
                out.append(_rank(ws[k + 2]))
                ranked, k = True, j
                continue
        # 'The first to arrive is a kangaroo': the subject after the copula
        if low in _RANKS and low != "next" and not out and k + 3 < n and ws[k + 1].low == "to":
            ws = [Word("the", "the", "DET")] + ws[k:]     # 'Last to come in is the robot': the last to come in
            n, k = len(ws), 0
            low, nxt = "the", ws[1]
        if low == "the" and (not out or out[-1].tag == "PUNCT") and k + 4 < n and ws[k + 1].low in _RANKS and \
                ws[k + 2].low == "to":
            c = next((q for q in range(k + 3, min(n, k + 7)) if ws[q].tag == "COP"), None)
            if c is not None:
                e = c + 1
                while e < n and not (ws[e].tag in ("PUNCT", "CONJ")):
                    e += 1
                verb = ws[k + 3]
                out.extend(ws[c + 1:e])
                out.append(Word(verb.text, verb.low, "VERB", verb.lemma if verb.tag == "VERB" and verb.lemma
                                else verb_lemma(verb.low)))
                out.extend(ws[k + 4:c])
                out.append(_rank(ws[k + 1]))
                ranked, k = True, e
                continue
        # after a rank: 'the second is a police car', ', a giraffe the second', 'is next', 'comes second'
        if ranked and low == "the" and nxt is not None and nxt.low in _RANKS and k + 2 < n and ws[k + 2].tag == "COP" \
                and (not out or out[-1].tag in ("PUNCT", "CONJ")):     # (', and the last is a hare' too: seq7)
            e = k + 3
            while e < n and ws[e].tag not in ("PUNCT", "CONJ"):
                e += 1
            out.extend(ws[k + 3:e])
            out.append(_rank(nxt))
            k = e
            continue
        if ranked and low == "the" and nxt is not None and nxt.low in _RANKS and out and out[-1].tag == "NOUN" and \
                closes(k + 2):
            out.append(_rank(nxt))
            k += 2
            continue
        if w.tag == "COP" and k + 2 < n and ws[k + 1].low in _RANKS and ws[k + 1].low != "final" and out and \
                out[-1].tag in ("NOUN", "NAME"):
            lows_ = [x.low for x in ws[k + 2:k + 5]]
            j = k + 2 + (3 if lows_ == ["on", "the", "scene"] else 2 if lows_[:2] in (["on", "scene"], ["to", "arrive"],
                                                                                    ["to", "come"], ["to", "appear"])
                         else 1 if lows_[:1] in (["in"], ["here"], ["there"]) else 0)
            if j > k + 2 and closes(j):
                # 'X is first on the scene', 'Y is last in': X comes in first
                out += [Word(w.text, "comes", "VERB", "come"), Word("in", "in", "PART", "in", "in"), _rank(ws[k + 1])]
                ranked, k = True, j
                continue
        if w.tag == "COP" and nxt is not None and nxt.low in _RANKS and closes(k + 2) and out and \
                out[-1].tag in ("NOUN", "NAME", "PRON"):
            out.append(_rank(nxt))             # 'a giraffe is next'
            ranked, k = True, k + 2
            continue
        if low in _RANKS and low != "final" and out and len(out) > 1 and out[-2].tag == "VERB" and \
                out[-1].tag == "PREP" and out[-1].low in _RANK_PARTICLES and closes(k + 1):
            p = out[-1]
            out[-1] = Word(p.text, p.low, "PART", p.low, p.low)     # 'comes in last': 'in' is no preposition here
        if low in _RANKS and low != "final" and out and (out[-1].tag == "VERB" or out[-1].tag == "PART" and
                                                         len(out) > 1 and out[-2].tag == "VERB") and closes(k + 1):
            out.append(_rank(w))               # 'comes second', 'shows up last', 'appears first'
            ranked, k = True, k + 1
            continue
        if ranked and low in _RANKS and (not out or out[-1].tag == "PUNCT") and k + 2 < n and ws[k + 1].tag == "COP":
            e = k + 2
            while e < n and ws[e].tag not in ("PUNCT", "CONJ"):
                e += 1
            out.extend(ws[k + 2:e])
            out.append(_rank(w))               # '…; second is a swan': the second is a swan
            k = e
            continue
        if low in ("second", "third", "fourth", "last") and out and out[-1].low in _WAYS and out[-1].tag in (
                "REGION", "ADV", "PREP", "PART") and closes(k + 1) and any(x.tag == "VERB" for x in out):
            out.append(Word(w.text, w.low, "TIME", "then", "finally" if low == "last" else "then"))
            k += 1                             # 'goes left first and up second': the legs in turn
            continue
        if ranked and low in _RANKS and low != "final" and out and out[-1].tag in ("NOUN", "NAME") and closes(k + 1):
            out.append(_rank(w))               # '…comes in first, the donkey second'
            k += 1
            continue
        if w.tag == "COP" and k + 2 < n and ws[k + 1].low == "the" and ws[k + 2].low in _RANKS and out and \
                out[-1].tag in ("NOUN", "NAME"):
            j = k + 3 + (k + 3 < n and ws[k + 3].low == "one")
            inside = j < n and ws[j].low in ("in", "here", "there", "on", "through")
            if closes(j + inside) and (inside or ranked or any(x.low in _RANKS for x in ws[j:])):
                # 'X is the first one in; Y is the last': X comes in first, Y last
                out += [Word(w.text, "comes", "VERB", "come"), Word("in", "in", "PART", "in", "in"), _rank(ws[k + 2])]
                ranked, k = True, j + inside
                continue
        out.append(w)
        k += 1
    return out


# Ordinals that number the steps of what happens ('Second, it goes …', 'Lastly, it …'), not things.
_ORDINAL_PLACES = {"first": 0, "second": 1, "third": 2, "last": -1, "fourth": 3, "fifth": 4, "sixth": 5,
                   "seventh": 6, "eighth": 7, "ninth": 8, "tenth": 9}
_STEP_ORDINALS = {"second", "secondly", "third", "thirdly", "fourth", "lastly", "last"}


_THAN_ORDER = {"earlier": "before", "sooner": "before", "later": "after"}

# Links saying that what follows happens next, whatever their words: each a TIME token 'then'.
_THEN_SEQS = [["whereupon"], ["thereupon"], ["at", "which", "point"],
              ["at", "that", "moment"], ["at", "that", "point"], ["at", "this", "point"], ["after", "a", "pause"],
              ["after", "a", "short", "pause"], ["after", "a", "brief", "pause"], ["subsequently"], ["thereafter"],
              ["in", "due", "course"], ["at", "length"], ["ultimately"], ["not", "long", "afterwards"],
              ["not", "long", "afterward"], ["before", "long"], ["with", "that"], ["after", "this"]]
_THEN_SEQS.sort(key=len, reverse=True)


# Words saying that several things do something each in its turn, in the order they are named: one ADV token
# 'in turn' each ('in that order', 'in this order', 'in the order given', 'in succession', 'in sequence', 'one at a
# time', 'each in turn', 'in order' but not 'in order to' / 'in order of').
_IN_TURN_SEQS = [["in", "that", "order"], ["in", "this", "order"], ["in", "the", "same", "order"],
                 ["in", "the", "order", "given"], ["in", "the", "order", "listed"], ["in", "the", "order", "named"],
                 ["in", "the", "order", "shown"], ["in", "succession"], ["in", "sequence"], ["one", "at", "a", "time"],
                 ["each", "in", "turn"], ["in", "quick", "succession"], ["in", "rapid", "succession"]]


def _in_turn_at(lows: list[str], i: int) -> int:
    for seq in _IN_TURN_SEQS:
        if lows[i:i + len(seq)] == seq:
            return len(seq)
    if lows[i:i + 2] == ["in", "order"] and (i + 2 >= len(lows) or lows[i + 2] in (",", ".", ";", ":", "!")):
        return 2
    return 0


def _merge(words: list[Word]) -> list[Word]:
    """Multi-word time adverbials and prepositions into one token each."""
    out: list[Word] = []
    i, n = 0, len(words)
    lows = [w.low for w in words]
    text_ = " ".join(lows)
    timed_points = any(p in text_ for p in ("at the start", "at the beginning", "near the end", "at the end",
                                            "by the end", "towards the end", "toward the end"))
    while i < n:
        hit = None
        if timed_points and lows[i:i + 3] in (["in", "the", "middle"], ["around", "the", "middle"]) and \
                (i + 3 >= n or lows[i + 3] in (",", ".", ";", "and", "!")):
            out.append(Word(" ".join(w.text for w in words[i:i + 3]), " ".join(lows[i:i + 3]), "TIME",
                            "in the middle of the clip", "in the middle of the clip"))
            i += 3                  # 'enters at the start, a bus in the middle, and a van near the end': a time
            continue
        if lows[i] in _THAN_ORDER and i + 1 < n and lows[i + 1] == "than":
            out.append(Word(f"{words[i].text} {words[i + 1].text}", f"{lows[i]} than", "PREP", _THAN_ORDER[lows[i]],
                            _THAN_ORDER[lows[i]]))
            i += 2                  # 'enters earlier than a zebra', 'arrives later than a bus': before, after
            continue
        for seq in _IDIOM_BY_FIRST.get(lows[i], ()):
            if lows[i:i + len(seq)] == seq:
                hit = ("ADV", seq, " ".join(seq))      # before times: 'next to each other' is no 'next'
                break
        length = _time_expr(lows, i)
        if length and (hit is None or length > len(hit[1])):
            hit = ("TIME", lows[i:i + length], " ".join(lows[i:i + length]))
        if hit is None:
            for seq in _TIME_BY_FIRST.get(lows[i], ()):
                if lows[i:i + len(seq)] == seq:
                    j = i + len(seq)
                    if seq[-1] == "after" and len(seq) in (2, 3) and j < n and lows[j] not in (".", ",", ";", "!"):
                        break           # 'right after the dog leaves': a subordinate clause's lead, not 'then'
                    if seq[-1] in _T_POINTS and j < n and lows[j] == "of" and not (
                            j + 2 < n and lows[j + 1] in ("the", "this", "our") and lows[j + 2] in _T_FRAMES):
                        break           # 'at the end of the road', 'in the middle of the room': a place
                    hit = ("TIME", seq, " ".join(seq))
                    break
        if hit is not None:
            tag, seq, value = hit
            if tag == "TIME" and value in ("first", "next", "then") and i + 1 < n and lows[i + 1] in ("time",):
                hit = None
            elif tag == "TIME" and value in ("first", "next") and out and out[-1].low in DETS | set(POSSESSIVES):
                hit = None          # 'the first cat', 'its next stop'
            elif tag == "TIME" and value == "next" and i + 1 < n and lows[i + 1] in ("to",) and \
                    not _frame_region_at(lows, i + 2):
                hit = None          # 'next to the bench' (but 'first to the top left, next to the bottom left')
            elif tag == "TIME" and value == "throughout" and i + 1 < n and lows[i + 1] in DETS:
                hit = ("TIME", lows[i:i + 3], "throughout") if i + 2 < n and lows[i + 2] in _T_FRAMES | {
                    "time"} else None       # 'throughout the clip' is the whole time; 'throughout the room' a place
            elif tag == "TIME" and value.startswith("right ") and out and out[-1].low in ("and", ",", "then", "but") and \
                    "left" in lows[:i]:
                hit = None          # 'goes left to begin with and right afterwards': the other way, then
            elif tag == "ADV" and value.startswith("right ") and out and out[-1].low in DETS | {"'s", "its", "their"}:
                hit = None          # "on the car's right there is a book": the right, then 'there is'

        if hit is None and lows[i:i + 2] == ["on", "top"] and (i + 2 >= n or lows[i + 2] not in ("of", "left", "right")):
            out += [Word(words[i].text, "on", "PREP", "on", "on"), Word(words[i + 1].text, "it", "PRON")]
            i += 2                  # 'a desk with a teapot on top': on top of it
            continue
        if hit is None and i + 1 < n and lows[i] in COUNTS and COUNTS[lows[i]] > 1 and lows[i + 1] in ("dozen", "score") \
                and not (i + 2 < n and lows[i + 2] == "of"):
            out.append(Word(" ".join(w.text for w in words[i:i + 2]), lows[i] + " " + lows[i + 1], "NUM", "",
                            COUNTS[lows[i]] * (12 if lows[i + 1] == "dozen" else 20)))
            i += 2                  # 'two dozen pilgrims': twenty-four (scrA9)
            continue
        if hit is None and i + 2 < n and lows[i] in COUNTS and COUNTS[lows[i]] > 2 and lows[i + 1:i + 3] == ["or", "so"]:
            out.append(Word(" ".join(w.text for w in words[i:i + 3]), lows[i], "NUM", "", COUNTS[lows[i]]))
            i += 3                  # 'forty or so commuters': about forty (scrA9)
            continue
        if hit is None and lows[i:i + 3] == ["half", "a", "dozen"]:
            out.append(Word(" ".join(w.text for w in words[i:i + 3]), "half a dozen", "NUM", "", 6))
            i += 3
            continue
        if hit is None:
            length = _in_turn_at(lows, i)
            if length:
                out.append(Word(" ".join(w.text for w in words[i:i + length]), "in turn", "ADV", "in turn", "in turn"))
                i += length         # 'in that order', 'in succession', 'one at a time': each in its turn
                if not out[:-1] and i < n and lows[i] == ":":
                    i += 1          # 'In order: a zebra, a donkey, a truck enter': the list is the subject
                continue
        if hit is None and lows[i:i + 3] == ["as", "soon", "as"]:
            out.append(Word(" ".join(w.text for w in words[i:i + 3]), "once", "SUBORD"))
            i += 3                  # 'As soon as it leaves the corner, …': once it has
            continue
        if hit is None and lows[i] in _STEP_ORDINALS and (i == 0 or lows[i - 1] in (",", ";", "and", ":", ".")) and \
                i + 1 < n and (lows[i + 1] in (",", ":") or lows[i] in ("secondly", "thirdly", "lastly")):
            hit = ("TIME", [lows[i]], "finally" if lows[i] in ("lastly", "last") else "then")   # 'Second, it goes …'
        if hit is None and lows[i:i + 2] == ["followed", "by"] and _frame_region_at(lows, i + 2):
            hit = ("TIME", ["followed", "by"], "then")     # 'to the top right, followed by the bottom right'
        if hit is None and lows[i] == "followed" and "by" in lows[i + 1:i + 5] and i and lows[i - 1] == ",":
            by = lows.index("by", i + 1)
            if by + 1 < n and lows[by + 1] in DETS | set(COUNTS) and "," not in lows[i:by]:
                hit = ("TIME", lows[i:by + 1], "then")     # ', followed some time later by a dog'
        if hit is None:
            for seq in _THEN_SEQS:
                if lows[i:i + len(seq)] == seq and (len(seq) > 1 or seq[0] not in ("subsequently", "thereafter") or
                                                    i and lows[i - 1] in (",", ";", "and")):
                    hit = ("TIME", seq, "then")     # 'whereupon', ', at which point', 'after a pause': what comes next
                    break
        if hit is None and lows[i] in ("after", "following") and i + 1 < n and lows[i + 1] == "which" and i and \
                lows[i - 1] == ",":
            point = int(i + 2 < n and lows[i + 2] in ("point", "time", "moment"))   # ', after which point' (seq7)
            hit = ("TIME", lows[i:i + 2 + point], "after that")     # ', after which it is gone'
        if hit is None and lows[i] in ("after", "before") and i + 1 < n and lows[i + 1] in ("it", "this", "them") and \
                (i == 0 or lows[i - 1] in ("and", ",", ";")) and i + 2 < n and lows[i + 2] in DETS | set(COUNTS):
            hit = ("TIME", lows[i:i + 2], "after that" if lows[i] == "after" else "before that")   # 'and after it a dog'
        if hit is None:
            for seq, name in _PREP_BY_FIRST.get(lows[i], ()):
                if lows[i:i + len(seq)] == seq and not (name == "opposite" and seq[0] == "across" and i and
                                                         lows[i - 1] in ("and", "down", "up", "back", "diagonally")):
                    hit = ("PREP", seq, name)       # (not 'slides down and across from the corner': a way)
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


def _seq9_colour_noun_before_verb(words: list[Word], k: int) -> bool:
    """seq9: a colour word that is also a noun, after 'a'/'an' and before a plural-looking word that can be a verb,
    with no verb before it and a way, place or the end after it ('an orange slides to the right', 'an orange heads
    left', 'a lime rolls off'): the noun and its verb, not a colour of a plural noun after a singular article."""
    w = words[k]
    if w.tag != "ADJ" or w.low not in COLOURS or not (singular(w.low) in NOUNS or "noun" in open_class().get(
            w.low, {})) or k == 0 or \
            words[k - 1].low not in ("a", "an") or k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    if nxt.tag not in ("NOUN", "OPEN", "X") or not nxt.low.endswith("s") or nxt.low.endswith("ss") or \
            verb_lemma(nxt.low) == nxt.low or not (nxt.low in VERBS or "verb" in open_class().get(nxt.low, {})):
        return False
    after = words[k + 2] if k + 2 < len(words) else None
    return (after is None or after.tag in ("PREP", "PUNCT", "ADV", "TIME", "REGION", "PART", "DET")) and \
        not any(x.tag == "VERB" for x in words[:k] if x.tag == "VERB" and not x.low.endswith("ing"))


def _seq9_compound_head_before_verb(words: list[Word], k: int, low: str, known: bool) -> bool:
    """seq9: a hyphenated word no lexicon lists, right after a determiner and right before a word that is a verb in
    its -s form followed by a preposition, adverb, determiner or the end ('a go-kart rattles towards', 'the
    e-scooter zips past'), is the subject's head noun, not an adjective of the verb taken as a noun."""
    if "-" not in low or known or k == 0 or words[k - 1].tag not in ("DET", "NUM", "POSS") or k + 1 >= len(words):
        return False
    nxt = words[k + 1].low
    if not nxt.endswith("s") or nxt.endswith("ss") or "verb" not in open_class().get(nxt, {}) and nxt not in VERBS:
        return False
    after = words[k + 2] if k + 2 < len(words) else None
    return (after is None or after.tag in ("PREP", "PUNCT", "DET", "ADV", "TIME") or after.low in PARTICLES) and \
        not any(x.tag == "VERB" for x in words[:k])


def _noun_like(low: str) -> bool:
    return singular(low) in NOUNS or low in SETTINGS or "noun" in open_class().get(low, {})


def _adjectives_then_noun(words: list[Word], k: int) -> bool:
    """words[k:] are adjectives and then a noun ('shiny wooden mailbox'): so the word before them is one too."""
    i = k
    while i < len(words) and i < k + 3 and words[i].tag in ("OPEN", "ADJ") and _adj_like(words[i].low) and \
            not (i + 1 < len(words) and words[i + 1].tag in ("PUNCT", "CONJ", "PREP", "VERB", "COP")):
        i += 1
    return k < i < len(words) and words[i].tag in ("OPEN", "NOUN") and _noun_like(words[i].low)


def _coordinated_before(words: list[Word], k: int) -> bool:
    """words[:k] end in a subject of two noun phrases joined by 'and' ('a pig and a mailbox'), no verb yet: the
    word at k agrees with a plural subject ('… stay close together')."""
    for i in range(k - 2, max(-1, k - 7), -1):
        if words[i].tag in ("VERB", "COP", "AUX", "PREP", "PUNCT"):
            return False
        if words[i].low == "and":
            return i > 0 and words[i - 1].tag in ("NOUN", "NAME") and not _noun_like(words[k].low) or (
                i > 0 and words[i - 1].tag in ("NOUN", "NAME") and "verb" in open_class().get(words[k].low, {}) and
                words[k].low == verb_lemma(words[k].low))
    return False


def _adj_like(low: str) -> bool:
    return low in ADJECTIVES or "adj" in open_class().get(low, {})


def _places_then_comma(words: list[Word], k: int) -> bool:
    """words[k:] up to the next comma are frame regions joined by 'and' ('the lower-right corner and the upper
    left one,'): a list of places, no clause."""
    span = []
    for w in words[k:]:
        if w.low in (",", ";", "."):
            break
        span.append(w.low)
    else:
        return False
    parts = " ".join(span).split(" and ")
    return bool(span) and all(_region_of(p.split()) is not None and all(
        x in DETS or x in REGION_WORDS or x in ("one", "hand", "left-hand", "right-hand") for x in p.split())
        for p in parts)


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
            w.tag = "COP" if k and words[k - 1].low in ("there", "here", "it", "that", "what", "who", "he", "she",
                                                         "where", "this") else "POS"    # "there's a bench"
        elif not low[:1].isalnum():
            w.tag = "PUNCT"
        elif low.isdigit():
            w.tag, w.value = "NUM", int(low)
        elif low == "one" and k + 1 < n and words[k + 1].low.endswith("s") and _verb_like(words[k + 1].low) and \
                (not _noun_like(words[k + 1].low[:-1]) or singular(words[k + 1].low) != words[k + 1].low and (
                    k + 2 >= n or words[k + 2].low in (",", ".", ";", "and", "while", "but", "on", "in", "at", "by",
                                                       "beside", "near", "under", "behind", "quietly", "still"))) and \
                (k == 0 or words[k - 1].low in ("but", "and", ",", ";", "then", ".", ":", "while")):
            w.tag = "PRON"             # '…, but one appears midway': one of them, not a count
        elif low in COUNTS and low not in ("a", "an", "both", "some", "pair", "couple"):
            w.tag, w.value = "NUM", COUNTS[low]
        elif low == "twin" and k + 1 < n and words[k + 1].low.endswith("s") and (
                k == 0 or words[k - 1].low not in ("a", "an")) and "noun" in open_class().get(words[k + 1].low, {"noun": 1}):
            w.tag, w.value = "NUM", 2      # 'twin clocks', 'twin towers': two of them (not 'a twin')
        elif low == "score" and k and words[k - 1].low == "a" and k + 2 < n and words[k + 1].low == "of" and \
                words[k + 2].low.endswith("s"):
            w.tag, w.value = "NUM", 20     # 'a score of birds': twenty
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
        elif low == "plus" and k and k + 1 < n and words[k + 1].low in DETS | set(COUNTS) | set(QUANTITY) | {"one"} \
                or low == "plus" and k + 1 < n and words[k + 1].low.isdigit():
            w.low, w.tag = "and", "CONJ"     # 'three vases plus two more'
        elif low in CONJ:
            w.tag = "CONJ"
        elif low in ("that", "which", "who", "whom", "whose", "where"):
            w.tag = "REL"
        elif low == "left" and k and (words[k - 1].low in ("has", "have", "had", "having") or k > 1 and words[k - 1].low in (
                "already", "just", "finally", "now", "since", "long", "also") and words[k - 2].low in (
                "has", "have", "had", "having")) and not (
                k + 1 < n and words[k + 1].low in ("of", "side", "half", "corner", "edge", "part", "hand")):
            w.tag, w.lemma = "VERB", "leave"     # 'once it has left the corner': the verb, not the side
        elif low == "left" and k and words[k - 1].low in ("been", "be", "got", "gets", "get", "was", "were") and not (
                k + 1 < n and words[k + 1].low in ("of", "side", "half", "corner", "edge", "part", "hand")):
            w.tag = "VERB"           # 'a cup has been left on the table': the verb, not the side
        elif low in REGION_WORDS and low not in ("end", "part", "half", "side"):
            w.tag = "REGION"
        elif low in SUBORD and not (low in ("after", "before") and k + 1 < n and (
                words[k + 1].low in ("them", "him", "her", "us", "me", "it") and not (
                    k + 2 < n and words[k + 1].low == "it" and (words[k + 2].low in COPULA | AUX or
                                                               words[k + 2].low.endswith("s") and
                                                               _verb_like(verb_lemma(words[k + 2].low)))) or
                words[k + 1].low in DETS | set(POSSESSIVES) and k + 3 < n and
                words[k + 3].low in (".", ",", ";", "!", "?") or _places_then_comma(words, k + 1))):
            # ('hurries after them', 'runs after the bus', 'After the lower left corner and the upper one, …': a
            # preposition, no clause; 'before it reaches the corner' is a clause)
            w.tag = "SUBORD"
        elif low in PREPS:
            w.tag = "PREP"
            w.value = low
        elif low in AUX:
            w.tag = "AUX"
        elif low in GROUP_WORDS and (k + 1 < n and words[k + 1].low == "of" or k and words[k - 1].low in
                                     DETS | set(POSSESSIVES) | set(COUNTS) | set(QUANTITY) or not _verb_like(low)):
            w.tag = "NOUN"           # 'a swarm of bees', 'the crowd' (but 'reporters swarm the steps')
        elif low == "now" and k and k + 1 < n and words[k + 1].low.endswith("s") and \
                verb_lemma(words[k + 1].low) in VERBS and words[k + 1].low not in NOUNS and \
                words[k - 1].low not in (",", ";", ":", "and", "but", "from", "until", "till", "by", "right", "just"):
            w.tag, w.lemma, w.value = "TIME", "then", "then"   # 'a lamb now goes up': then, not part of the noun (seq7)
        else:
            w.tag = "OPEN"
    for k, w in enumerate(words):
        nxt_prep = k + 1 < n and words[k + 1].tag == "PREP" and (words[k + 1].value or words[k + 1].low) in (
            "under", "over", "above", "below", "beside", "behind", "next_to", "in_front_of", "between", "by", "near",
            "on", "atop", "inside", "beneath", "underneath", "alongside", "upon", "at")
        if w.low in ("right", "just", "directly", "straight", "way", "far", "up", "down", "close") and nxt_prep and not (
                k and (words[k - 1].tag in ("DET", "POSS", "REGION", "POS") or words[k - 1].low in ("to", "from"))):
            w.tag = "ADV"                # 'right under a bird', 'up above it', 'down below the bench'
        if w.low == "that" and k and words[k - 1].tag == "TIME" and k + 1 < n and words[k + 1].tag in (
                "DET", "NUM", "PRON", "NAME", "POSS"):
            w.tag = "REL"                # 'It is only in the second half that a dog turns up'
        if w.low == "that" and k and words[k - 1].tag in ("OPEN", "NOUN", "NAME") and k + 1 < n and \
                words[k + 1].tag in ("OPEN", "COP", "AUX"):
            w.tag = "REL"                # 'a car that ambles', 'a cat that is red'
        if w.low == "that" and k and words[k - 1].tag in ("OPEN", "NOUN") and k + 1 < n and \
                words[k + 1].low in ("a", "an", "the", "his", "her", "its", "their", "one", "some"):
            w.tag = "REL"                # 'a beach that a donkey walks into': no determiner before another
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
                                                            and nxt.low not in ("of", "opposite")):
                w.tag = "PART"            # 'walks in', 'climbs out', 'looks up'
            continue
        if w.tag == "OPEN" and w.low == "round" and k and words[k - 1].tag in ("VERB", "PART") and k + 1 < n and \
                words[k + 1].tag in ("DET", "POSS"):
            w.tag, w.value = "PREP", "around"      # 'goes round the fountain'
            continue
        if w.tag != "OPEN":
            continue
        low = w.low
        if low in COMPARATIVES:
            w.tag = "ADJ"                # 'the bus is smaller', 'a cat larger than the dog'
            continue
        if low in ("high", "low") and k and words[k - 1].tag in ("NOUN", "VERB", "COP", "ADV") and \
                k + 1 < n and (words[k + 1].tag == "PREP" or words[k + 1].low in ("up", "down")):
            w.tag, w.value = "ADV", ("upper" if low == "high" else "lower")   # 'a plane high up in the sky'
            continue
        if low in COLOUR_PREFIXES and k + 1 < n and words[k + 1].low in BASIC_COLOURS and k and (
                words[k - 1].tag in ("PREP", "COP") or words[k - 1].tag in ("DET", "NUM", "POSS", "ADJ") and
                k + 2 < n and words[k + 2].tag in ("OPEN", "NOUN") and _noun_like(words[k + 2].low)):
            w.tag = "ADJ"                # 'a sky blue bus'
            continue
        prev = words[k - 1] if k else None
        nxt = words[k + 1] if k + 1 < n else None
        lex = open_class().get(low, {}) if (low not in VERBS and singular(low) not in NOUNS) else {}
        can_noun = singular(low) in NOUNS or low in SETTINGS or low in SOUND_NOUNS or "noun" in lex
        can_verb = low in VERBS or "verb" in lex or (
            k >= 3 and words[k - 2].low == "of" and words[k - 3].low in GROUP_WORDS and low.endswith("s")
            and "verb" in open_class().get(low, {}) and words[k - 1].low != singular(words[k - 1].low))
        #                                                 'a group of tourists files in': the group's verb
        can_adj = low in ADJECTIVES or "adj" in lex
        if _seq9_compound_head_before_verb(words, k, low, can_noun or can_verb or can_adj):
            w.tag = "NOUN"               # seq9: 'a go-kart rattles towards a cactus': the compound is the head
            continue
        if "-" in low and not (can_noun or can_verb or can_adj) and not _noun_like(low.rsplit("-", 1)[-1]):
            can_adj = True               # a compound no lexicon lists is an adjective unless it ends in a noun:
            #                              'brand-new', 'sun-bleached', 'old-fashioned' (but 'a polka-dot tie')
        can_adv = "adv" in lex or (low.endswith("ly") and len(low) > 4 and not can_noun)
        prev_plural = prev is not None and prev.tag == "NOUN" and (
            prev.low != singular(prev.low) or prev.low in ("sheep", "deer", "fish", "people", "police") or (
                k >= 2 and words[k - 2].tag == "NUM" and (words[k - 2].value or 0) > 1))
        after_np = prev is not None and prev.tag in ("NOUN", "NAME", "PRON") and prev.low not in ("it",) or (
            prev is not None and prev.low == "it")
        after_det = prev is not None and (prev.tag in ("DET", "NUM", "POSS", "ADJ", "POS") or (
            prev.tag == "ADV" and (prev.low in DEGREE or prev.low.endswith("ly")) and k >= 2 and
            words[k - 2].tag in ("DET", "NUM", "POSS", "ADJ") and can_adj))     # 'an extremely small cow'
        if prev is not None and (prev.tag == "NAME" or prev.low in ("he", "she", "they", "we", "i", "you", "everyone",
                                                                    "someone", "everybody", "nobody")) and \
                not (k >= 2 and words[k - 2].tag in ("VERB", "PREP")) and \
                singular(low) in NOUNS and low.endswith("s") and low not in VERBS and \
                "verb" in open_class().get(low, {}) and (nxt is None or nxt.tag not in ("POS",)):
            w.tag = "VERB"               # a lexicon noun after its subject: 'TESS ducks', 'he pockets the key'
            continue
        if prev is not None and (prev.tag == "TIME" and prev.low in ("then", "later", "eventually", "finally") or
                                 prev.tag == "CONJ" and k >= 2 and not (words[k - 2].tag == "NOUN" and
                                                                       words[k - 2].low != singular(words[k - 2].low))) \
                and any(x.tag == "VERB" for x in words[:k]) and low.endswith("s") and singular(low) in NOUNS and \
                singular(low) != low and low not in VERBS and "verb" in open_class().get(low, {}) and \
                nxt is not None and (nxt.tag in ("PREP", "TIME") or nxt.low in PARTICLES or nxt.low in ADVERB_WORDS):
            w.tag = "VERB"               # '… and then ducks out of sight', 'sits, then ducks behind it' (vis6)
            continue
        if prev is not None and prev.tag == "NOUN" and prev.low == singular(prev.low) and low.endswith("s") and \
                singular(low) in NOUNS and singular(low) != low and low not in VERBS and \
                "verb" in open_class().get(low, {}) and \
                not any(x.tag == "VERB" for x in words[:k]) and _after_one(words, k - 1) and (nxt is None or nxt.tag in (
                    "PUNCT", "PREP", "DET", "POSS", "ADV", "CONJ", "TIME", "NUM")):
            w.tag = "VERB"               # the clause's first verb, agreeing with its noun: 'the phone rings'
            continue
        if prev_plural and singular(low) == low and not low.endswith("s") and can_noun and not can_adj and \
                "verb" in open_class().get(low, {}) and not any(x.tag == "VERB" for x in words[:k]) and \
                _after_one(words, k - 1) and nxt is not None and nxt.tag in ("PUNCT", "PREP", "DET", "POSS", "ADV"):
            w.tag = "VERB"               # ... and a plural one's: 'the customers file out', 'the guests mill about'
            continue
        if prev is not None and prev.tag == "NOUN" and low.endswith("ing") and (low in VERBS or "verb" in lex) and \
                not can_adj and (nxt is None or nxt.tag in ("TIME", "PUNCT", "CONJ", "ADV") or nxt.tag == "OPEN" and
                                 (nxt.low.endswith("ly") or nxt.low in ADVERB_WORDS) or
                                 nxt.tag == "PREP" and nxt.low in ("in", "out", "off", "away")):
            w.tag = "VERB"               # 'a fire truck coming in halfway through', 'a drone running steadily'
            continue
        if prev is not None and prev.tag in ("VERB", "ADV") and low.endswith("ing") and can_verb and nxt is not None \
                and nxt.tag in ("PREP", "PUNCT", "ADV", "DET"):
            w.tag = "VERB"               # 'stands resting on a desk', 'sits waiting by the door'
            continue
        if prev is not None and prev.tag == "VERB" and low in ADVERB_WORDS and low not in VERBS:
            w.tag = "ADV"            # 'stands still', 'waits there'
            continue
        if prev is not None and prev.low in ("and", ",", "or") and k >= 2 and words[k - 2].tag == "ADJ" and \
                can_adj and nxt is not None and (nxt.tag in ("OPEN", "NOUN") and _noun_like(nxt.low) or nxt.tag == "ADJ"
                                                 or nxt.tag == "OPEN" and nxt.low in LOOKS):   # ('… striped lighthouse')
            w.tag = "ADJ"                # the second of coordinated adjectives: 'a red and white lighthouse'
            continue
        if (low in COLOURS or low in SIZES and not low.endswith("ing")) and prev is not None and prev.tag == "NOUN" and (nxt is None or nxt.tag in (
                "PUNCT", "CONJ", "PREP", "TIME") or nxt.low in ADVERB_WORDS):
            w.tag = "ADJ"                # a colour or size after its noun, the verb left out: 'the cat crimson, the
            #                              dog small', 'a horse small, like a cup'
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
                                                                     nxt.tag in ("OPEN", "NOUN", "ADJ")):
            w.tag = "NOUN"               # 'a sea of faces', 'the sound of footsteps': what 'of' takes is a noun
            continue
        if prev is not None and prev.tag == "PREP" and can_adj and nxt is not None and (
                nxt.tag in ("OPEN", "NOUN") and _noun_like(nxt.low) and not _adj_like(nxt.low) or
                _adjectives_then_noun(words, k + 1)):
            w.tag = "ADJ"                # 'a trio of old wooden crates', 'with shiny boots': adjectives, then the noun
            continue
        if after_det and low in ("whole", "entire") and nxt is not None and nxt.tag in ("OPEN", "NOUN", "VERB"):
            w.tag = "ADJ"                # 'the whole bar', 'the entire class'
            continue
        if after_det and prev.tag == "ADJ" and low in ADVERB_WORDS and not can_noun:
            w.tag = "ADV"                # 'is gone again'
            continue
        if after_det and (low in DEGREE or can_adv and low.endswith("ly") and not can_adj) and nxt is not None and \
                nxt.tag == "OPEN" and _adj_like(nxt.low):
            w.tag = "ADV"                # 'an extremely small cow', 'a very large dog'
        elif after_det and low in COLOURS and prev.tag in ("DET", "NUM", "POSS", "ADJ") and nxt is not None and \
                nxt.tag == "OPEN" and (k + 2 >= n or words[k + 2].tag in ("PUNCT", "PREP", "CONJ", "COP", "TIME")):
            w.tag = "ADJ"                # 'a blue ottoman in the corner': the colour, then the noun it colours
        elif after_det and prev.tag == "ADJ" and prev.low in COLOURS and k >= 2 and \
                words[k - 2].tag in ("DET", "NUM", "POSS") and (nxt is None or nxt.tag in (
                    "PUNCT", "PREP", "CONJ", "COP", "TIME")):
            w.tag = "NOUN"               # ... 'ottoman', whatever else the word can be
        elif after_det and (low in COLOURS or low in SIZES) and prev.low == "one" and (nxt is None or nxt.tag in (
                "PUNCT", "CONJ", "PREP", "TIME") or nxt.low in ADVERB_WORDS):
            w.tag = "ADJ"                # 'two cats: one black, one white'
        elif after_det:
            if can_noun and nxt is not None and nxt.tag == "OPEN" and nxt.low.endswith("s") and \
                    _verb_like(nxt.low) and k + 2 < n and words[k + 2].tag in ("DET", "NUM", "POSS"):
                w.tag = "NOUN"           # 'the video shows a cat': a noun and its verb, not 'video shows'
            elif low in ("former", "latter", "first", "second", "third") and prev.low == "the" and nxt is not None \
                    and nxt.tag == "OPEN" and nxt.low.endswith(("s", "ing")) and _verb_like(nxt.low) and (
                        k + 2 >= n or words[k + 2].tag in ("PREP", "DET", "ADV", "PUNCT", "REGION")):
                w.tag = "NOUN"           # 'the latter stands to the left': the one meant, then its verb
            elif can_adj and nxt is not None and not (
                    singular(low) in NOUNS and nxt.low in COLOURS and (k + 2 >= n or words[k + 2].tag in (
                        "PUNCT", "CONJ", "TIME", "PREP"))) and (nxt.tag in ("OPEN", "NOUN") and _noun_like(nxt.low) or
                                                _adjectives_then_noun(words, k + 1) or
                                                nxt.low in ("and", ",") and k + 3 < n and words[k + 2].tag == "OPEN"
                                                and _adj_like(words[k + 2].low)
                                                and _noun_like(words[k + 3].low)):
                w.tag = "ADJ"
            elif can_noun or not can_adj:
                w.tag = "NOUN"
            else:
                w.tag = "ADJ"
        elif after_np and can_verb and nxt is not None and prev.tag == "NOUN" and low.endswith("ing") and (
                nxt.tag in ("REGION", "ADV") or nxt.low in ADVERB_WORDS and nxt.low != "side" or
                nxt.tag == "OPEN" and nxt.low.endswith(("ed", "en")) and k + 2 < n and words[k + 2].tag == "PREP"):
            w.tag = "VERB"               # 'a rabbit sitting left of a bus', 'a balloon floating up above it',
            #                              'a jogger standing alone' (an adverb the tagger has not reached yet)
        elif after_np and can_verb and nxt is not None and nxt.tag == "PREP" and prev.tag == "NOUN" and (
                low.endswith(("ed", "en", "ing")) or prev.low in FRAME_WORDS):
            w.tag = "VERB"               # 'a house built on a hill', 'an animation set in a street'
        elif after_np and can_verb and (low.endswith("s") or low.endswith("ed") or low in VERBS or
                                        prev_plural or prev.tag == "PRON"
                                        or (prev.tag == "NOUN" and not can_noun) or _coordinated_before(words, k)):
            if prev.tag == "NOUN" and can_noun and low.endswith("s") and prev.low != singular(prev.low) \
                    and low not in VERBS and not (k >= 3 and words[k - 2].low == "of" and words[k - 3].low in
                                                  GROUP_WORDS) and not _each_of(words, k - 1):
                # ('a mob of protesters chants', 'each of the guests raises': the verb agrees with one)
                w.tag = "NOUN"       # 'the dogs' tails' (rare); 'two dogs runs' is not English
            elif prev.tag == "NOUN" and can_noun and low.endswith("s") and low not in VERBS and k >= 2 and \
                    words[k - 2].tag == "NUM" and (words[k - 2].value or 0) > 1 and prev.low == singular(prev.low):
                w.tag = "NOUN"       # 'four traffic cones': a compound's plural head, not 'traffic cones (verb)'
            else:
                w.tag = "VERB"
        elif prev is not None and prev.low == "to" and can_verb and not can_noun:
            w.tag = "VERB"
        elif prev is not None and (prev.tag == "COP" or prev.low in ("stays", "stay", "stayed", "remains", "remain",
                                                                     "remained", "staying", "remaining")) and \
                low in ("gone", "visible", "present", "absent", "missing", "hidden", "invisible", "seen", "there",
                        "here"):
            w.tag = "ADJ"                # 'is gone by the end', 'is visible only …'
        elif prev is not None and prev.tag in ("AUX", "COP") and can_verb and low not in COLOURS and (
                low.endswith(("ing", "ed")) or lex.get("verb", low) != low or prev.tag == "AUX"):
            w.tag = "VERB"
        elif prev is not None and prev.low in ("not", "never", "ever") and k >= 2 and words[k - 2].tag == "AUX" and \
                can_verb:
            w.tag = "VERB"               # 'does not return', 'will never leave': the verb after a denied auxiliary
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
        elif prev is not None and prev.tag == "NOUN" and prev.low == singular(prev.low) and low.endswith("s") and \
                not any(x.tag == "VERB" for x in words[:k]) and (nxt is None or nxt.tag in ("PREP", "DET", "POSS",
                                                                                            "PUNCT", "ADV", "TIME")):
            w.tag = "VERB"               # an unknown word where the verb goes: 'a tugboat chugs from the right'
        else:
            w.tag = "NOUN" if after_det or prev is not None and prev.low == "of" else "X"   # 'a throng of roustabouts'
            if w.tag == "X" and _verb_position(words, k):
                w.tag = "VERB"       # a word no lexicon knows where a verb stands: 'PETER plunks the jar down'
    _verb_of_verbless(words)
    for k, w in enumerate(words):
        if w.tag == "NOUN" and k >= 2 and (w.low in VERBS or "verb" in open_class().get(w.low, {})) and \
                words[k - 1].tag == "NOUN" and _after_do(words, k - 1) and not (
                    k + 1 < n and words[k + 1].tag in ("OPEN", "VERB", "NOUN") and _verb_like(words[k + 1].low)):
            w.tag = "VERB"          # 'does a fox show up': the verb after an inverted subject
        if w.tag == "NOUN" and w.low in COLOURS and (
                k + 1 < n and words[k + 1].low in ("one", "ones") or
                k + 1 < n and words[k + 1].tag == "NOUN" and k and words[k - 1].low == "," or
                k and words[k - 1].low in _COLOURING and words[k - 1].tag == "VERB"):
            w.tag = "ADJ"           # 'a purple one', 'a cat colored orange': the colour, not the fruit or the paint
        if _seq9_colour_noun_before_verb(words, k):
            w.tag, words[k + 1].tag = "NOUN", "VERB"    # seq9: 'an orange slides to the right': the fruit moves
        if w.tag == "AUX" and w.low in ("starts", "start", "begins", "begin") and not (
                k + 1 < n and words[k + 1].low == "to" and not (k + 2 < n and words[k + 2].tag in ("DET", "POSS", "REGION"))
                or k + 1 < n and words[k + 1].tag == "VERB"):
            w.tag = "VERB"          # 'starts in the lower left corner' (not 'starts to run')
        if w.low == "gone" and w.tag != "ADJ" and not (k and words[k - 1].low in ("has", "have", "had", "having")):
            w.tag = "ADJ"           # 'is gone by the end', 'there at first and gone at the end'
        if w.tag in ("NOUN", "OPEN", "X") and w.low in _PREDICATIVE and k and words[k - 1].tag in ("NOUN", "NAME", "PRON"):
            w.tag = "ADJ"           # 'is the kettle visible': a predicate, not a compound's head
        if w.tag == "NOUN" and k >= 4 and words[k - 1].tag == "NOUN" and _verb_like(w.low) and verb_lemma(w.low) == w.low \
                and not (w.low in NOUNS and words[k - 1].low not in NOUNS) \
                and not any(x.tag in ("VERB", "COP") for x in words[:k]) and any(
                    words[j].low == "and" and words[j - 1].tag == "NOUN" for j in range(max(1, k - 6), k - 1)) and (
                    k + 1 >= n or words[k + 1].tag in ("PREP", "DET", "ADV", "PUNCT", "TIME", "REGION", "PART")):
            w.tag = "VERB"          # 'a zebra and a tricycle travel to the left': the plural subject's verb
        if w.low in ("former", "latter") and k and words[k - 1].low == "the":
            w.tag = "NOUN"          # 'the former runs left'
            if k + 1 < n and words[k + 1].tag in ("NOUN", "OPEN") and _verb_like(words[k + 1].low):
                words[k + 1].tag = "VERB"
        if w.low in ("both", "all", "each") and w.tag == "DET" and k and words[k - 1].tag in ("NOUN", "NAME", "PRON") \
                and k + 1 < n and words[k + 1].tag in ("NOUN", "OPEN") and _verb_like(words[k + 1].low):
            w.tag, words[k + 1].tag = "ADV", "VERB"     # 'a cat and a dog both run': a floating quantifier
        if w.low in ("north", "south", "east", "west") and w.tag in ("NOUN", "OPEN", "X") and not (
                k and words[k - 1].tag in ("DET", "POSS", "ADJ", "NUM")) and not (k + 1 < n and words[k + 1].tag == "NOUN"):
            w.tag = "ADV"           # 'walks north, then east': a way, not a thing
        if w.low == "back" and w.tag in ("NOUN", "OPEN", "X") and not (k and words[k - 1].tag in ("DET", "POSS", "ADJ")) \
                and (k + 1 >= n or words[k + 1].tag in ("PUNCT", "CONJ", "PREP", "REGION", "TIME", "ADV") or
                     words[k + 1].low in ("left", "right", "up", "down", "again", "home")):
            w.tag = "ADV"           # 'then back left', 'walks back'
        if w.low in ("fast", "slowly", "quickly") and w.tag in ("NOUN", "ADJ", "OPEN") and k and \
                words[k - 1].tag in ("NOUN", "REGION") and (k + 1 >= n or words[k + 1].tag in ("PUNCT", "CONJ", "PREP")):
            w.tag = "ADV"           # 'to the left edge fast'
        if w.low in ("first", "second", "third", "fourth", "last") and w.tag != "TIME" and k and (
                words[k - 1].tag in ("NOUN", "REGION") and (k + 1 >= n or words[k + 1].tag in ("PUNCT", "CONJ")) or
                words[k - 1].low == "," and k + 1 < n and words[k + 1].tag == "PREP"):
            w.tag = "ADV"           # 'visits the upper corner first, the lower one second …': the order
        if w.low == "as" and k + 1 < n and words[k + 1].low == "well" and (
                k + 2 >= n or words[k + 2].tag in ("PUNCT", "CONJ")):
            w.tag, words[k + 1].tag = "ADV", "ADV"     # 'leaves as well': too, not a clause about a well
        if _verb_after_counted_people(words, k):
            w.tag = "VERB"          # 'the two leave', 'the couple slip out': a plural subject with no noun of its own
        if w.tag == "NOUN" and w.low.endswith("s") and k >= 2 and words[k - 1].tag == "NOUN" and \
                words[k - 1].low != words[k - 1].lemma and words[k - 2].tag == "NUM" and _verb_like(w.low) \
                and verb_lemma(w.low) != w.low and (k + 1 >= n or words[k + 1].tag in ("PUNCT", "PREP", "ADV", "DET")):
            w.tag = "VERB"          # 'a herd of five cows grazes': the herd's verb, not a compound 'cows grazes'
            w.lemma = verb_lemma(w.low)
        if w.tag == "NOUN" and w.low.endswith("ing") and k and words[k - 1].tag == "NOUN" and k + 1 < n and \
                words[k + 1].tag in ("DET", "POSS", "NUM") and _verb_like(w.low):
            w.tag = "VERB"          # 'a fox holding a ball': a participle, not a compound's head
        if w.tag == "NOUN" and w.low.endswith("s") and k >= 2 and words[k - 1].low in ("left", "right") and \
                words[k - 2].low in ("the", "its") and _verb_like(w.low) and verb_lemma(w.low) != w.low and \
                any(x.tag == "REL" for x in words[:k]) and (k + 1 >= n or words[k + 1].tag in ("PREP", "ADV", "DET")):
            w.tag = "VERB"          # 'a truck that starts on the right ends up on the left': the main verb, after
            #                         the relative clause's side ('the right' is whole), not a compound 'right ends'
        if k == 0 and w.low in FRAME_WORDS and k + 1 < n and words[k + 1].low == "of":
            w.tag = "NOUN"          # 'render of a cube on a sphere', 'sketch of a fox': what it shows
        if w.low == "opposite" and k + 1 < n and words[k + 1].low in _SIDE_WORDS:
            w.tag = "ADJ"           # 'from opposite sides of a truck', 'at opposite ends': which sides, not a relation
        if w.tag == "NOUN" and k >= 3 and words[k - 1].tag == "NOUN" and words[k - 2].tag in ("DET", "NUM") and \
                words[k - 3].tag == "VERB" and verb_lemma(words[k - 3].low) in _SEEING and _verb_like(w.low) and \
                verb_lemma(w.low) == w.low and not w.low.endswith("s") and singular(w.low) not in NOUNS and \
                k + 1 < n and (words[k + 1].tag in ("PREP", "ADV", "PART", "TIME", "REGION") or
                               words[k + 1].low in PARTICLES):
            w.tag = "VERB"          # 'the camera watches a horse gallop from right to left': a bare infinitive (vis6)
        if w.tag == "NOUN" and k >= 2 and w.low.endswith("s") and w.low != singular(w.low) and \
                words[k - 1].tag in ("NOUN", "ADJ") and (words[k - 2].low in ("a", "an", "each", "every") or
                                                         words[k - 2].tag == "POS") and \
                (singular(words[k - 1].low) in NOUNS or "noun" in open_class().get(words[k - 1].low, {})) and \
                _verb_like(w.low) and verb_lemma(w.low) != w.low and \
                not any(x.tag in ("VERB", "COP") for x in words) and \
                (k + 1 >= n or words[k + 1].tag in ("PUNCT", "PREP", "TIME", "ADV", "PART") or
                 words[k + 1].low in PARTICLES):
            words[k - 1].tag, w.tag = "NOUN", "VERB"    # 'a submarine surfaces', "a mole's head pops out": 'a'
            words[k - 1].lemma = singular(words[k - 1].low)   # takes no plural, so the plural is the verb (vis6)
        if w.tag == "VERB":
            w.lemma = w.lemma if w.low == "left" and w.lemma else verb_lemma(w.low)
        elif w.tag == "NOUN":
            w.lemma = singular(w.low)
    _scrA9_plural_subject_verb(words)
    _nouns_as_modifiers(words)
    _verb_after_relative_predicate(words)
    _verb_after_the_other(words)
    _looks_after_copula(words)
    _verb_after_fronted_place(words)
    _hue_nouns_before_colours(words)
    _verb_after_apposed_adjective_scrb9(words)
    _attr9_compound_nouns(words)
    _attr9_each_participle(words)
    _attr9_fronted_place_lead(words)
    _attr9_her_object(words)
    return words


def _verb_after_apposed_adjective_scrb9(words: list[Word]) -> None:
    """scrB9: 'The horse, enormous, towers over her', 'The dog, wet and muddy, shakes': after a subject and an
    adjective set off by commas, a word that can be the verb in -s is the verb, when none came before."""
    n = len(words)
    for k in range(4, n):
        w = words[k]
        if w.tag != "NOUN" or not w.low.endswith("s") or words[k - 1].low != ",":
            continue
        j = k - 2
        while j > 0 and (words[j].tag == "ADJ" or words[j].low == "and"):
            j -= 1
        if j == k - 2 or words[j].low != "," or words[j - 1].tag not in ("NOUN", "NAME"):
            continue
        if any(x.tag in ("VERB", "COP", "AUX") for x in words[:k]):
            continue
        lemma = verb_lemma(w.low)
        if lemma != w.low and "verb" in open_class().get(lemma, {}):
            w.tag, w.lemma = "VERB", lemma


# ---- attr9: noun-noun compounds and hyphenated nouns ('a grey teddy bear', 'the bus stop is green', 'a watering
#      can which is purple', 'a paper beach ball', 'two go-karts'): the first noun modifies the head, so the count
#      and the colour said before it are the head's.
_ATTR9_PLURAL_DETS = {"these", "those", "some", "many", "all", "both", "several", "few", "various", "no", "any"}
_ATTR9_INVARIANT = {"sheep", "deer", "fish", "people", "police", "moose", "bison", "salmon", "aircraft", "series",
                    "species", "cattle"}
_ATTR9_BARE_PARTICIPLES = {"set", "put", "cut", "hit", "cast", "shut", "spread", "let", "split", "burst", "cost",
                           "hurt", "quit", "shed", "slit", "thrust", "upset", "bet", "bid", "broadcast", "fit", "knit",
                           "run", "come", "become", "overcome", "read", "offset", "inset", "outrun", "reset", "recast",
                           "typeset", "undercut", "beset"}   # irregular verbs whose participle is the bare form
_ATTR9_CAUSATIVE = _SEEING | {"let", "lets", "make", "makes", "help", "helps", "hear", "hears", "have", "has",
                              "feel", "feels", "bid", "watching", "seeing"}


_ATTR9_PLACE_TAILS = ("yard", "ground", "field", "land", "side", "front", "shore")


def _attr9_setting_compound(word: str | None) -> bool:
    """A closed compound the lexicon does not know whose head is a word of open ground ('barnyard', 'schoolyard',
    'playground', 'cornfield', 'lakeside'): a setting too (attr9; English compounds are head-final; not 'anthill',
    'flashlight': a hill or a light in a compound is often a thing)."""
    if not word or not word.isalpha() or word in NOUNS or word in SETTINGS:
        return False
    for tail in _ATTR9_PLACE_TAILS:
        first = word[: -len(tail)]
        if word.endswith(tail) and len(first) >= 3 and (first in NOUNS or "noun" in open_class().get(first, {}) or
                                                        "adj" in open_class().get(first, {})):
            return True
    return False


def _attr9_np_opening(words: list[Word], k: int) -> int | None:
    """Index of the determiner, count or possessive whose noun phrase has words[k] among its nouns: only
    adjectives, colour words, degree adverbs and nouns between (None if words[k] opens no such phrase)."""
    j = k - 1
    while j >= 0 and (words[j].tag in ("ADJ", "NOUN") or words[j].tag == "ADV" and words[j].low in DEGREE) and \
            k - j < 6:
        j -= 1
    return j if j >= 0 and words[j].tag in ("DET", "NUM", "POSS") else None


def _attr9_singular_opening(words: list[Word], o: int) -> bool:
    w = words[o]
    if w.tag == "NUM":
        return w.value == 1
    return w.low not in _ATTR9_PLURAL_DETS


def _attr9_perceived(words: list[Word], o: int) -> bool:
    """The noun phrase opening at o is the object of a verb of seeing or a causative ('we watch a horse gallop',
    'lets the dog run'), or follows an inverting auxiliary ('does the bus stop'): a bare verb may follow it."""
    return o > 0 and (words[o - 1].low in _ATTR9_CAUSATIVE or words[o - 1].tag == "VERB" and
                      verb_lemma(words[o - 1].low) in _SEEING or words[o - 1].tag == "AUX")


def _attr9_hyphen_noun(low: str) -> bool:
    """A hyphenated word that can head a noun phrase: the lexicon does not call it an adjective and its last part
    is no adjective, colour or participle ('go-kart', 'x-ray'; not 'brand-new', 'pint-sized', 'dark-blue')."""
    if "-" not in low or low in ADJECTIVES or "adj" in open_class().get(low, {}):
        return False
    last = low.rsplit("-", 1)[-1]
    if not last.isalpha() or last in COLOURS or last in SIZES or last in REGION_WORDS or \
            last.endswith(("ed", "ing", "ish", "ful", "less", "like", "est", "er")) and not _noun_like(last):
        return False
    return _noun_like(last) or not _adj_like(last)


def _attr9_compound_nouns(words: list[Word]) -> None:
    n = len(words)
    made: list[int] = []
    for k in range(1, n):
        w, prev = words[k], words[k - 1]
        nxt = words[k + 1] if k + 1 < n else None
        # an unknown word between a noun phrase's opening and its noun: 'a grey teddy bear'
        if w.tag in ("X", "OPEN") and nxt is not None and nxt.tag == "NOUN" and \
                _attr9_np_opening(words, k) is not None and w.low.isalpha():
            w.tag, w.lemma = "NOUN", w.low
            made.append(k)
            continue
        # a hyphenated noun that ends its noun phrase: 'two go-karts', 'a go-kart rattles towards a cactus'
        if w.tag in ("ADJ", "X", "OPEN") and _attr9_hyphen_noun(w.low) and \
                (nxt is None or nxt.tag not in ("NOUN", "ADJ", "X", "OPEN") or
                 nxt.low.endswith("s") and _verb_like(nxt.low)) and \
                _attr9_np_opening(words, k) is not None:
            w.tag, w.lemma = "NOUN", singular(w.low)
            made.append(k)
            o = _attr9_np_opening(words, k)
            if nxt is not None and nxt.tag in ("NOUN", "OPEN", "X") and nxt.low.endswith("s") and \
                    _verb_like(nxt.low) and w.low == singular(w.low) and _attr9_singular_opening(words, o):
                nxt.tag, nxt.lemma = "VERB", verb_lemma(nxt.low)      # 'a go-kart rattles': its verb
            continue
        # a bare verb form right after a singular noun, inside its noun phrase, is a noun of the compound: 'the bus
        # stop is green', 'a paper beach ball', 'a leather traffic cone' ('the bus stops' keeps its verb)
        if w.tag == "VERB" and prev.tag == "NOUN" and w.low.isalpha() and not w.low.endswith(("s", "ed", "ing")) and \
                verb_lemma(w.low) == w.low and _noun_like(w.low) and prev.low == singular(prev.low) and \
                prev.low not in _ATTR9_INVARIANT and prev.low not in COLOURS and prev.low not in GROUP_WORDS and \
                prev.low not in PAIR_WORDS and prev.low not in COLLECTIVE and w.low not in _RANKS and \
                w.low not in _ORDINAL_PLACES and \
                (nxt is None or nxt.tag in ("NOUN", "PUNCT", "CONJ", "COP", "REL", "PREP") or
                 nxt.tag == "AUX" and nxt.low not in ("can", "could", "will", "would", "may", "might", "must",
                                                      "should", "shall")) and \
                not (nxt is not None and nxt.tag == "PREP" and w.low in _ATTR9_BARE_PARTICIPLES) and \
                not (w.low in VERBS and nxt is not None and nxt.tag not in ("NOUN", "COP", "REL")):
            # ('an animation set in a field': a participle; 'one kettle stand beside …', 'the pair head for the
            #  door': a verb that writers let agree loosely)
            o = _attr9_np_opening(words, k - 1)
            b = o - 1 if o is not None else -1
            while b > 0 and words[b].tag in ("ADV", "TIME"):
                b -= 1                              # ('… and only one hedgehog wait', 'a car and then a van walk')
            coordinated = b >= 0 and words[b].low in ("and", "or", "nor", ",", "&")
            if o is not None and _attr9_singular_opening(words, o) and not _attr9_perceived(words, o) and not (
                    coordinated and nxt is not None and nxt.tag not in ("NOUN", "PUNCT", "CONJ", "COP", "REL") or
                    coordinated and w.low in VERBS and (nxt is None or nxt.tag != "NOUN")):
                # ('three donkeys and one hedgehog wait', 'a goose and a hen peck at …': the plural subject's verb;
                #  '… and 1 bus stop': a noun)
                w.tag, w.lemma = "NOUN", w.low
                made.append(k)
            continue
        # 'can' after a noun or an -ing word of a noun phrase, with no bare verb after it, is the noun: 'a watering
        # can which is purple', 'a green watering can, an orange globe …'
        if w.low == "can" and w.tag == "AUX" and (prev.tag == "NOUN" or prev.low.endswith("ing") and
                                                  prev.tag in ("VERB", "NOUN", "OPEN")) and \
                (nxt is None or nxt.tag in ("PUNCT", "CONJ", "REL", "COP", "PREP") and nxt.low not in ("be", "been") or
                 nxt.tag == "VERB" and nxt.low.endswith(("ing", "s")) and nxt.low not in ("is", "was")):
            o = _attr9_np_opening(words, k - 1) if prev.tag == "NOUN" else None
            if o is None and prev.tag != "NOUN":
                j = k - 2
                while j >= 0 and (words[j].tag == "ADJ" or words[j].tag == "NOUN" and words[j].low in COLOURS):
                    j -= 1
                o = j if j >= 0 and words[j].tag in ("DET", "NUM", "POSS") else None
            if o is not None:
                prev.tag, prev.lemma = "NOUN", prev.low
                w.tag, w.lemma = "NOUN", "can"
                made += [k - 1, k]
    for k in made:                       # a colour word before the compound colours it: 'a purple watering can'
        j = k - 1
        while j > 0 and words[j].tag == "NOUN" and j in made:
            j -= 1
        while j > 0 and (words[j].tag == "ADJ" or words[j].tag == "NOUN" and words[j].low in COLOURS and j not in made):
            if words[j].tag == "NOUN" and words[j].low in COLOURS and words[j - 1].tag in ("DET", "NUM", "POSS", "ADJ"):
                words[j].tag = "ADJ"
            j -= 1


def _hue_nouns_before_colours(words: list[Word]) -> None:
    """A noun that names a hue right before a basic colour word is that colour's shade, not a thing: 'a sea green
    cushion', 'in ink black', 'is pitch black' (COLOUR_PREFIXES; attr7); two colours before a look and a noun are
    the thing's ('a black and white spotted cow')."""
    n = len(words)
    for k in range(n - 1):
        w, c = words[k], words[k + 1]
        if w.low not in COLOUR_PREFIXES or w.tag != "NOUN" or c.low not in BASIC_COLOURS or not k:
            continue
        attributive = words[k - 1].tag in ("DET", "NUM", "POSS", "ADJ") and k + 2 < n and words[k + 2].tag in (
            "NOUN", "OPEN")                                          # 'a sea green cushion'
        predicative = (words[k - 1].tag in ("PREP", "COP") or words[k - 1].low in _COLOURING) and (
            k + 2 >= n or words[k + 2].tag in ("PUNCT", "CONJ", "PREP"))    # 'is pitch black', 'in ink black'
        if attributive or predicative:
            w.tag, c.tag = "ADJ", "ADJ"
    for k in range(1, n - 1):        # 'two brown leather boots', 'a couple of leather bags': the plural is the head
        w, h = words[k], words[k + 1]
        j = k - 1
        while j > 0 and words[j].tag == "ADJ":
            j -= 1
        counted = words[j].tag == "NUM" and isinstance(words[j].value, int) and words[j].value > 1 or \
            words[j].low in QUANTITY or words[j].low == "of" and j and words[j - 1].low in GROUP_WORDS
        if counted and w.low in MATERIALS and w.tag in ("NOUN", "ADJ") and h.tag in ("VERB", "NOUN") and \
                singular(h.low) != h.low and (singular(h.low) in NOUNS or "noun" in open_class().get(h.low, {})):
            w.tag, h.tag, h.lemma = "ADJ", "NOUN", singular(h.low)
    for k in range(2, n - 1):        # 'a car painted in yellow stands next to a bus': the verb after the colour
        w = words[k]
        if w.tag == "NOUN" and w.low.endswith("s") and words[k - 1].low in COLOURS and (
                words[k - 2].low == "in" and k >= 3 and words[k - 3].low in _COLOURING) and \
                "verb" in open_class().get(w.low, {}) and words[k + 1].tag in ("PREP", "ADV", "DET", "PUNCT", "TIME"):
            w.tag, w.lemma = "VERB", verb_lemma(w.low)
    for k in range(1, n - 3):        # 'a red and white striped lighthouse': two colours of one thing, before its noun
        if words[k].low in COLOURS and words[k - 1].tag in ("DET", "NUM", "POSS") and words[k + 1].low in ("and", "-") \
                and words[k + 2].low in COLOURS:
            e = k + 3
            while e < n and (words[e].tag == "ADJ" or words[e].low in LOOKS):
                e += 1
            if e > k + 3 and e < n and words[e].tag in ("NOUN", "OPEN") and _noun_like(words[e].low):
                for q in [k, k + 2] + list(range(k + 3, e)):
                    words[q].tag = "ADJ"


def _looks_after_copula(words: list[Word]) -> None:
    """'the hamster is wrinkled', 'the flag is checkered': a word of how things look after a copula is said of the
    subject (an adjective), not a passive ('is checkered by …' keeps its verb)."""
    for k in range(1, len(words)):
        w = words[k]
        if w.tag == "VERB" and w.low in LOOKS and words[k - 1].tag == "COP" and not (
                k + 1 < len(words) and words[k + 1].low == "by"):
            w.tag, w.lemma = "ADJ", w.low


def _verb_after_fronted_place(words: list[Word]) -> None:
    """'On the mat rest two animals', 'On the table wait a cup and a jar': after a fronted place, a word that can be
    a verb and is followed by the subject's determiner or number is the verb (the inverted clause)."""
    n = len(words)
    if n < 5 or words[0].tag != "PREP" or words[1].tag not in ("DET", "POSS"):
        return
    k = 2
    while k < n and words[k].tag in ("ADJ", "NOUN") and k < 5:
        k += 1
    v = k - 1
    if v >= 3 and k < n and words[k].tag in ("DET", "NUM") and "verb" in open_class().get(words[v].low, {}) and \
            _noun_like(words[v - 1].low) and words[v].tag in ("NOUN", "ADJ"):
        words[v - 1].tag, words[v - 1].lemma = "NOUN", singular(words[v - 1].low)
        words[v].tag, words[v].lemma = "VERB", verb_lemma(words[v].low)


def _verb_after_the_other(words: list[Word]) -> None:
    """'one sleeps, the other waits', 'the others play': after 'the other(s)' a word that can be a verb and stands
    where a verb would (before the clause ends or a preposition) is the verb, not a compound with 'other'."""
    n = len(words)
    for k in range(2, n):
        w = words[k]
        counted = words[k - 1].tag == "NUM" and k >= 3 and words[k - 2].low == "other" and words[k - 3].low == "the"
        if counted and w.tag == "NOUN" and "verb" in open_class().get(w.low, {}) and not w.low.endswith("s") and (
                k + 1 >= n or words[k + 1].tag in ("PUNCT", "PREP", "CONJ", "ADV", "DET", "PART", "TIME", "SUBORD")):
            w.tag, w.lemma = "VERB", verb_lemma(w.low)      # 'the other two sit behind it'
            continue
        if w.tag != "NOUN" or words[k - 1].low not in ("other", "others") or words[k - 2].low != "the" or \
                "verb" not in open_class().get(w.low, {}) or not w.low.endswith("s") and words[k - 1].low == "other":
            continue
        if k + 1 >= n or words[k + 1].tag in ("PUNCT", "PREP", "CONJ", "ADV", "DET", "PART", "TIME", "SUBORD"):
            words[k - 1].tag = "NOUN"
            w.tag, w.lemma = "VERB", verb_lemma(w.low)


def _verb_after_relative_predicate(words: list[Word]) -> None:
    """'A ball that is big and red rolls …': after a relative clause's predicate adjectives ('that is …', 'which
    are …'), a word that can be a verb and agrees with the head before 'that' is the main clause's verb, not a noun
    the adjectives qualify."""
    n = len(words)
    for k in range(3, n):
        w = words[k]
        if w.tag != "NOUN" or not w.low.endswith("s") or "verb" not in open_class().get(w.low, {}):
            continue
        j = k - 1
        while j > 0 and (words[j].tag == "ADJ" or words[j].low in ("and", ",") or words[j].low in COLOURS):
            j -= 1
        if j >= 3 and words[j - 2].low == "whose" and words[j - 1].tag == "NOUN":
            j -= 1                            # 'a cat whose tail is striped sleeps': the same, after 'whose X'
        if j < k - 1 and words[j].tag in ("COP", "NOUN") and j >= 2 and words[j - 1].low in ("that", "which", "whose") \
                and (words[j].tag == "COP" or words[j - 1].low == "whose" and words[j + 1].tag == "COP") and \
                words[j - 2].tag == "NOUN" and words[j - 2].low == singular(words[j - 2].low) and \
                (k + 1 >= n or words[k + 1].tag in ("PREP", "PUNCT", "ADV", "DET", "PART", "CONJ")):
            w.tag, w.lemma = "VERB", verb_lemma(w.low)


_SIDE_WORDS = {"side", "sides", "end", "ends", "edge", "edges", "corners", "flanks", "extremes", "extremities", "banks",
               "shores"}


def _compound_colour(before: list[str]) -> bool:
    """A colour word right after a noun that is neither a colour nor a material is part of a compound with it
    ('an ice cream truck' is not cream; 'a velvet navy ball' is navy)."""
    return bool(before) and before[-1] not in COLOURS and before[-1] not in MATERIALS


def _in_colour(words: list[Word], c: int) -> bool:
    """The colour at c is the object of 'in' ('in red', 'in vivid red', 'in a bright red'): a phrase of its own."""
    j = c - 1
    while j > 0 and (words[j].tag in ("ADJ", "ADV", "DET") or words[j].low in SHADES):
        j -= 1
    return j >= 0 and words[j].low == "in" and j < c


def _nouns_as_modifiers(words: list[Word]) -> None:
    """A noun that opens a noun phrase and is followed (after a comma or not) by adjectives and then the head is
    one of the head's modifiers, said the way adjectives are: 'a velvet, red cactus', 'a leather teal bag' (a list
    of things would put a determiner after the comma: 'a box, a cup'); so is a hyphenated word before the head
    ('a blue polka-dot scarf'), and a colour before either is the head's colour. A verb-like word after a colour
    that a participle gave ('that was dyed teal sits …') is the clause's verb."""
    n = len(words)
    for k in range(1, n - 2):
        if words[k].tag in ("X", "OPEN", "NOUN") and "-" in words[k].low and words[k + 1].tag == "NOUN" and \
                words[k - 1].tag in ("DET", "NUM", "POSS", "ADJ", "NOUN"):
            words[k].tag, words[k].lemma = "ADJ", words[k].low          # 'a polka-dot scarf'
    for k in range(1, n - 2):
        if words[k].tag != "NOUN" or words[k - 1].tag not in ("DET", "NUM", "POSS"):
            continue
        q = k + 1 + (words[k + 1].low == ",")
        first = q
        while q < n and (words[q].tag == "ADJ" or q > k + 1 and words[k + 1].low == "," and words[q].tag == "NOUN" and
                         q + 1 < n and words[q + 1].tag == "NOUN" and words[k].low in COLOURS):
            q += 1                                                      # ('an indigo, rubber apple')
        if q > first and q < n and words[q].tag == "NOUN":
            words[k].tag, words[k].lemma = "ADJ", words[k].low
    for k in range(1, n):
        w = words[k]
        if w.tag == "VERB" and words[k - 1].low in ("other", "another") and _noun_like(w.low) and \
                not w.low.endswith("ing"):
            w.tag, w.lemma = "NOUN", singular(w.low)                    # 'and one other cat'
        if w.tag == "NOUN" and w.low in COLOURS and words[k - 1].tag in ("DET", "NUM", "POSS") and k + 2 < n and \
                words[k + 1].tag == "ADJ" and words[k + 2].tag == "NOUN":
            w.tag = "ADJ"                                               # 'a blue polka-dot snowman'
        if w.tag == "NOUN" and w.low.endswith("s") and _verb_like(w.low) and k >= 2 and words[k - 1].tag == "ADJ" and \
                words[k - 1].low in COLOURS and words[k - 2].low in _COLOURING:
            w.tag, w.lemma = "VERB", verb_lemma(w.low)                  # 'that has been dyed teal sits by a van'
        if w.tag == "NOUN" and _verb_like(w.low) and not any(x.tag == "VERB" for x in words[:k]) and (
                words[k - 1].tag == "NOUN" and words[k - 1].low != singular(words[k - 1].low) and
                k + 1 < n and words[k + 1].tag in ("DET", "PREP", "ADV", "NUM", "POSS") or
                w.low.endswith("s") and words[k - 1].low in COLOURS and _in_colour(words, k - 1)):
            w.tag, w.lemma = "VERB", verb_lemma(w.low)    # 'two stone lions guard a gate', 'a kite in vivid red flies'
        if w.tag == "AUX" and w.low == "can" and words[k - 1].tag == "NOUN" and (
                k + 1 >= n or words[k + 1].tag in ("COP", "PUNCT", "PREP", "CONJ", "DET") and words[k + 1].low != "be" or
                words[k + 1].tag == "VERB" and words[k + 1].low.endswith("s") and words[k + 1].low != "is"):
            w.tag, w.lemma = "NOUN", "can"    # 'a trash can is by the door', 'a watering can.': a modal takes a bare verb


_WAYS = {"north", "south", "east", "west", "left", "right", "up", "down", "back", "upward", "upwards", "downward",
         "downwards", "leftward", "leftwards", "rightward", "rightwards", "northward", "southward", "eastward",
         "westward", "away", "closer", "forward"}
_PREDICATIVE = {"visible", "invisible", "present", "absent", "missing", "gone", "hidden", "onscreen", "offscreen"}


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
                if w.tag == "NOUN" and prev.tag == "NOUN" and w.low.endswith("s") and _verb_like(w.low) and \
                        prev.low != singular(prev.low) and nxt.low in PARTICLES and any(
                            words[q].low in GROUP_WORDS | COLLECTIVE and words[q + 1].low == "of"
                            for q in range(start, k - 1)):
                    w.tag = "VERB"         # 'A squad of cops bursts in': the verb agrees with the squad
                    if k + 2 >= end or words[k + 2].tag == "PUNCT":
                        nxt.tag = "PART"
                    break
                if w.tag == "NOUN" and prev.tag in ("NAME", "PRON") and w.low.endswith("s") and _verb_like(w.low) \
                        and nxt.tag in ("PREP", "PART", "PUNCT", "DET", "ADV"):
                    w.tag = "VERB"         # 'Everyone except Celestine files out': the only verb-shaped word
                    if nxt.low in PARTICLES and (k + 2 >= end or words[k + 2].tag == "PUNCT"):
                        nxt.tag = "PART"
                    break
        start = end + 1


PAIR_WORDS = {"pair": 2, "couple": 2, "duo": 2, "trio": 3}


def _verb_after_counted_people(words: list[Word], k: int) -> bool:
    """words[k] follows 'the two' / 'the three' / 'the pair' / 'the couple' and is a verb's plain form: a count
    takes a plural noun, so a singular one there is the verb ('the two leave together', 'the three exchange a
    look', 'the pair head for the door'), unless a noun or a verb follows it ('the couple car stops')."""
    w = words[k]
    if k < 1 or w.tag not in ("NOUN", "OPEN", "X") or w.low != singular(w.low) or not _verb_like(w.low):
        return False
    prev = words[k - 1]
    alone = prev.low == "both" and (k == 1 or words[k - 2].tag in ("PUNCT", "CONJ"))     # 'Both exit.'
    if not alone and (k < 2 or words[k - 2].low not in ("the", "these", "those", "all")):
        return False
    counted = alone or prev.tag == "NUM" and (prev.value or 0) > 1 or prev.low in PAIR_WORDS
    nxt = words[k + 1] if k + 1 < len(words) else None
    rest = next((words[k + 1:q] for q in range(k + 1, len(words)) if words[q].tag in ("CONJ", "PUNCT")), words[k + 1:])
    return counted and not any(x.tag in ("VERB", "COP", "AUX") for x in rest) and (
        nxt is None or nxt.tag not in ("NOUN", "VERB"))


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
        return "lower right" if "corner" in words else None    # 'in the corner': which one is not said
    return " ".join(x for x in (v, h) if x)


# Nouns that name a stretch of the frame when a region word comes before them ('the upper left quadrant').
_AREAS = ("area", "quadrant", "region", "zone", "section", "portion", "spot")


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


_ARRANGEMENTS = {"row", "line", "cluster", "stack", "pile", "circle", "ring", "column", "heap", "set", "queue"}


def _people_numbered(ws: list[Word], start: int, j: int, group: str | None, det: str | None):
    """'a family of four', 'a group of five' (ws[j] is the 'of'): that many people, when no noun follows the
    number ('a group of four dogs' counts dogs; 'a family of four eats' has a verb there)."""
    n = len(ws)
    if group not in GROUP_WORDS or not (j + 1 < n and ws[j + 1].tag == "NUM"):
        return None
    if j + 2 < n and ws[j + 2].tag in ("NOUN", "ADJ") and (singular(ws[j + 2].low) in NOUNS or
                                                           not _verb_like(ws[j + 2].low)):
        return None
    if group in _ARRANGEMENTS and j + 2 < n and "noun" in open_class().get(ws[j + 2].low, {}) and \
            singular(ws[j + 2].low) != ws[j + 2].low:
        return None          # 'a row of nine clocks': things set out that way, whatever else the plural could be
    k = j + 2
    while k < n and ws[k].tag in ("NOUN", "ADJ"):
        k += 1
    if k > j + 3 and singular(ws[k - 1].low) != ws[k - 1].low and (singular(ws[k - 1].low) in NOUNS or "noun" in
                                                                   open_class().get(ws[k - 1].low, {})):
        return None          # 'a row of three traffic cones': a compound's plural head counts (attr7)
    crowd = Phrase(words=ws[start:j + 2], head="person", plural=True, count=ws[j + 1].value, det=det)
    crowd.modifiers_group = group  # type: ignore[attr-defined]
    return crowd, j + 2


def _of_pronoun(ws: list[Word], i: int, j: int) -> tuple[Phrase, int]:
    """'the two of them', 'both of them', 'all of us': the pronoun is what the phrase refers to."""
    count = next((w.value for w in ws[i:j] if w.tag == "NUM" and isinstance(w.value, int)), None) or (
        2 if any(w.low == "both" for w in ws[i:j]) else None)
    return Phrase(pronoun=ws[j].low, words=ws[i:j + 1], count=count), j + 1


INSTRUMENTS = {"flute", "violin", "trumpet", "organ", "harp", "cello", "saxophone", "accordion", "banjo", "tuba",
               "clarinet", "harmonica"}
_HEARING_WORDS = {"hear", "hears", "heard", "hearing", "listen", "listens", "listening", "of"}


def _instrument_seen(ws: list[Word], i: int, head: str) -> bool:
    """An instrument is a thing one sees ('A violin rests on a chair', 'she holds a harp') unless it is heard ('we
    hear a violin', 'listens to the organ', 'the sound of a flute'): the word names both the object and its music."""
    if head not in INSTRUMENTS:
        return False
    k = i - 1
    while k >= 0 and ws[k].tag in ("DET", "ADJ", "NUM", "POSS") or k >= 0 and ws[k].low == "to":
        k -= 1
    return not (k >= 0 and ws[k].low in _HEARING_WORDS)


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
                         "quintet": 5, "crowd": 6}.get(ws[j].low, 4)   # 'a crowd of' (a crowd: many, scrA9)
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
            if j < n and (ws[j].tag in ("VERB", "AUX", "COP") or ws[j].tag == "ADV" and j + 1 < n and
                          ws[j + 1].tag == "VERB"):
                return Phrase(pronoun="them", count=2, words=ws[i:j]), j     # 'Both exit.'
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
        elif ph.det in ("the", "these", "those", "all") and (ph.count or 0) > 1 and j < n and (
                ws[j].tag in ("VERB", "AUX", "COP") or ws[j].tag == "ADV" and j + 1 < n and ws[j + 1].tag == "VERB"):
            return Phrase(pronoun="them", count=ph.count, words=ws[i:j]), j     # 'the two leave together'
    elif ph.det in ("a", "an") and j + 1 < n and ws[j].low in ("second", "third", "fourth", "fifth") and \
            ws[j + 1].low == "one":
        ph.one, ph.other = True, True                     # 'two cows and a third one': one more
        ph.words = ws[start:j + 2]
        return ph, j + 2
    elif ph.det in ("a", "an") and j < n and ws[j].low in ("second", "third", "fourth", "fifth") and (
            j + 1 >= n or ws[j + 1].tag in ("PUNCT", "CONJ", "PREP", "TIME", "VERB", "COP", "ADV")):
        ph.one, ph.other = True, True                     # 'one cat, then another, then a third': one more
        ph.words = ws[start:j + 1]
        return ph, j + 1
    elif j < n and ws[j].low in _ORDINAL_PLACES and j + 1 < n and ws[j + 1].tag in ("NOUN", "ADJ", "OPEN") and (
            ws[j].low in ("first", "second", "third", "last") or ph.det == "the"):
        ph.ordinal = _ORDINAL_PLACES[ws[j].low]           # ('the fifth lantern in the row': language._ranked)
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
    while j < n and (ws[j].tag in ("ADJ", "REGION") or _degree(ws, j)):
        if _degree(ws, j):
            j += 1                       # 'an extremely small cow': the degree says no more than the adjective
            continue
        if ws[j].tag == "REGION":
            regions.append(ws[j].low)
        else:
            if ws[j].low in BASIC_COLOURS and adjs and ws[j - 1].low == adjs[-1] and adjs[-1] not in SHADES and (
                    adjs[-1] in COLOURS or adjs[-1] in COLOUR_PREFIXES):
                adjs.pop()               # 'navy blue', 'sky blue', 'olive green': the basic colour names it
            adjs.append(ws[j].low)
        j += 1
        while j < n and ws[j].low in ("and", ",") and j + 1 < n and adjs and (ws[j + 1].tag == "ADJ" or ws[j].low == ","
                                                                              and ws[j + 1].tag == "NOUN" and j + 2 < n
                                                                              and ws[j + 2].tag == "NOUN"):
            j += 1                       # 'a red and white van', 'an amber, stone jug'
    # the head: nouns (a compound keeps the last), or a region word, or 'one'
    heads: list[Word] = []
    while j < n and ws[j].tag == "NOUN" and not (ws[j].low == "ones" and adjs and not heads):
        heads.append(ws[j])
        j += 1
    if not heads and j < n and ws[j].low in ("side", "end", "part", "half", "edge", "corner") + _AREAS:
        heads.append(ws[j])
        j += 1
    if not heads and j < n and ws[j].low == "one" and (ph.det or regions or adjs):
        ph.one = True
        j += 1
    elif not heads and j < n and ws[j].low == "ones" and adjs and (ph.count or ph.det):
        ph.one, ph.plural = True, True          # 'four amber hedgehogs and three scarlet ones': more of that kind
        j += 1
    if "more" in adjs and heads and ph.count:
        adjs.remove("more")
        ph.other = True                                     # 'three more vases': new ones
    if not heads and not ph.one and (ph.det == "another" or ph.det == "the" and ph.other and start and
                                     ws[start - 1].low in ("on", "at", "by", "upon")) and (
            j >= n or ws[j].tag in ("PREP", "PUNCT", "CONJ", "TIME")):
        ph.one, ph.other = True, True                       # 'one on the left and another on the right', 'the other'
    if len(heads) == 1 and heads[0].low in ("more", "others") and (ph.count or ph.det in ("some", "a")) and not adjs:
        heads, ph.one, ph.other = [], True, True           # 'two dogs and three more': more of the same
        ph.count = ph.count if ph.count and ph.count > 1 or ph.det != "some" else 2
    elif not heads and not ph.one and ph.det == "another" and ws[j - 1].low == "one":
        ph.one, ph.other, ph.count = True, True, None      # 'a vase and another one'
    if not heads and not ph.one and ph.count == 1 and adjs and j - len(adjs) - 1 >= start and \
            ws[start].low == "one" and (j >= n or ws[j].tag in ("PUNCT", "CONJ", "PREP", "ADV", "TIME")):
        ph.one, ph.adjs, ph.count = True, adjs, None      # 'two cats: one black, one white'
        ph.words = ws[start:j]
        return ph, j
    said = adjs + [h.low for h in heads]
    if not ph.one and ph.count and ph.count > 1 and said and ws[start].tag == "NUM" and \
            all(a in COLOURS or a in SIZES for a in said) and start and ws[start - 1].low in (":", ",", "and") and \
            (j >= n or ws[j].tag in ("PUNCT", "CONJ", "PREP", "ADV", "TIME")):
        ph.one, ph.adjs = True, said                     # 'four cats: two black and two white': part of the four
        ph.words = ws[start:j]
        return ph, j
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
    if head_word is not None and (head_word.low in ("side", "end", "part", "edge", "corner", "half") or
                                  head_word.low in _AREAS and regions) or (
            ph.one and regions):             # _AREAS: 'the bottom-right area' is a part of the frame, not a thing
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
        adjs = adjs + [r for r in regions if r in ("left", "right", "top", "bottom", "upper", "lower") or
                       r == "center" and ph.det == "the"]     # 'the center vase' (syntax._told_apart)
    ph.adjs = adjs
    if head_word is not None:
        ph.head = singular(head_word.low) if head_word.low not in SETTINGS else head_word.low
        ph.plural = ph.head != head_word.low or head_word.low in ("sheep", "deer", "fish") and (ph.count or 1) > 1
        ph.modifiers = [h.low for h in heads[:-1]]
        ph.adjs = ph.adjs + [m for i, m in enumerate(ph.modifiers) if m in COLOURS and m not in ph.adjs and
                             not _compound_colour(ph.modifiers[:i])]   # 'a velvet navy ball'
        ph.setting = head_word.low in SETTINGS or ph.head in SETTINGS or ph.head in NOT_THINGS or \
            _attr9_setting_compound(ph.head)                # 'in the barnyard', 'the playground': a yard, ground
        ph.sound = head_word.low in SOUND_NOUNS and not _instrument_seen(ws, i, head_word.low) or (
            head_word.low in SOUND_VERBS_SCRB9 and j < n and ws[j].low == "of" and ph.det in ("the", "a", "an"))
        #                          ('the drone of a lawnmower', 'a whirr of wings': a sound named by its verb, scrB9)
        ph.frame = head_word.low in FRAME_WORDS
    # colour after the head: 'a cat colored orange', 'a dog that is brown', 'a cup of a bright green color'
    if head_word is not None:
        after, j = colour_after(ws, j)
        if not after and ph.det == "the" and j < n and ws[j].low in COLOURS and ws[j].tag in ("ADJ", "NOUN") and (
                j + 1 >= n or ws[j + 1].tag not in ("NOUN", "DET", "ADJ", "NUM")) and start and \
                ws[start - 1].low in ("with", "having"):
            after, j = [ws[j].low], j + 1            # 'with the bench (itself) blue': the bench's colour
        ph.adjs = ph.adjs + after
        lows_ = [w.low for w in ws[j:j + 4]]
        if lows_[:1] == ["with"] and len(lows_) > 2 and lows_[1] in COLOURS and lows_[2] in _MARKINGS:
            ph.adjs = ph.adjs + [f"{lows_[1]} {lows_[2]}"]     # 'a white dog with black spots': how it looks
            j += 3
        else:
            part = _coloured_part(ws, j)
            if part is not None:
                ph.adjs = ph.adjs + [part[0]]     # 'a red box with a green lid': the lid's look, no thing of its own
                j = part[1]
    if head_word is not None:
        measured, j = _measure_after(ws, j)
        if measured is not None:
            ph.measure = measured
    if ph.head in _COVERINGS and j + 1 < n and ws[j].low == "of":
        inner, k = noun_phrase(ws, j + 1)
        if inner is not None and inner.head and not (inner.setting or inner.frame or inner.sound or inner.region):
            ph.of, j = inner, k                # 'the fur of the rabbit': the rabbit's, as its look
    if ph.head in ("rest", "other") and ph.det == "the" and j + 1 < n and ws[j].low == "of" and \
            ws[j + 1].tag == "PRON":
        ph.of, j = Phrase(pronoun=ws[j + 1].low, words=[ws[j + 1]]), j + 2     # 'the rest of them': who they are
    ph.words = ws[start:j]
    if head_word is not None and j < n and ws[j].tag == "POS":
        owned, k = noun_phrase(ws, j + 1)
        if owned is not None and (owned.region is not None or owned.head in _COVERINGS or owned.head in
                                  _BODY_PLACES and NOUNS.get(ph.head or "", ("",))[0] != "person") and \
                owned.of is None:
            owned.of = ph                 # "the bench's left side" is the left of the bench; "the cat's fur";
            #                               "a snowman's head"
            owned.words = ws[start:k]
            return owned, k
        if owned is not None and owned.region is None and owned.name is None and owned.pronoun is None and \
                owned.head is not None and not ph.plural and (NOUNS.get(ph.head or "", ("",))[0] == "person" or
                                                              gender_of_noun(ph.head or "")):
            owned.owner = ph              # "her husband's number", "the boy's bike": his, so he need not be here
            owned.words = ws[start:k]
            return owned, k
        if owned is not None and owned.head in NOT_THINGS and owned.region is None:
            owned.owner, owned.words = ph, ws[start:k]      # "at a snail's pace": a manner, not a snail
            return owned, k
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
                per = {"couple": 2, "pair": 2, "dozen": 12, "trio": 3, "quartet": 4}.get(group)
                if per and ph.count and ph.count > 1 and not inner.count:
                    inner.count = ph.count * per      # 'two pairs of socks'
                elif ph.count and ph.count > 1 and inner.count and ph.plural:
                    inner.count = ph.count * inner.count   # 'two groups of three dogs': six
                inner.count = inner.count or {"couple": 2, "pair": 2, "dozen": 12}.get(group, inner.count)
                inner.count = inner.count or (ph.count if ph.count else None) or (4 if inner.plural else None)
                inner.words = ws[start:k]
                inner.modifiers_group = group  # type: ignore[attr-defined]
                return inner, k
    return ph, j


# What a colour after a noun may be the colour of, or say it is one: 'whose fur is brown', 'with black feathers'.
_COVERINGS = {"fur", "coat", "feathers", "feather", "plumage", "skin", "hair", "paint", "paintwork", "body", "scales",
              "shell", "surface", "finish", "hide", "wool", "mane", "petals", "color", "colour", "hue", "shade", "tint",
              "tone", "exterior", "bodywork"}
_HUES = {"color", "colour", "hue", "shade", "tint", "tone"}
_LINKING = {"looks", "look", "appears", "appear", "seems", "seem", "looked", "appeared", "seemed"}
# Parts and markings a thing is drawn with, not things of their own: 'a white dog with black spots'.
_MARKINGS = {"spots", "stripes", "dots", "patches", "markings", "wings", "ears", "eyes", "tail", "legs", "paws",
             "wheels", "roof", "windows", "doors", "sails", "leaves", "petals", "horns", "antlers", "buttons", "trim",
             "stars", "polka", "flowers", "lines", "checks", "accents", "details", "spikes", "claws", "feet", "boots"}
# Parts of a thing that a colour can be said of without being the whole's ('a red box with a green lid').
_PARTS = {"lid", "handle", "spout", "knob", "cap", "seat", "saddle", "frame", "roof", "hood", "door", "sail", "mast",
          "hull", "strap", "straps", "brim", "band", "stem", "base", "cover", "tip", "beak", "mane", "belly", "chest",
          "nose", "handles", "lids", "wheel", "trunk", "rim", "sole", "soles", "laces", "cuffs", "buckle", "ribbon",
          "bow", "stripe", "border", "shutters", "chimney", "lampshade", "bristles", "blade", "string", "tassel",
          "shade"}


def _coloured_part(ws: list[Word], j: int) -> tuple[str, int] | None:
    """'with a green lid', 'with its handle painted black'… no: 'with (a|an|its) (dark) green lid' at ws[j]: the
    part's look and where it ends; None where ws[j] opens no such phrase."""
    n = len(ws)
    if j >= n or ws[j].low != "with":
        return None
    q = j + 1
    if q < n and ws[q].low in ("a", "an", "its", "their", "the"):
        q += 1
    if q < n and ws[q].low in _STRONG:
        q += 1
    if q + 1 < n and ws[q].low in COLOURS and ws[q + 1].low in _PARTS and not (
            q + 2 < n and ws[q + 2].tag == "NOUN"):
        e = q + 2
        if e + 2 < n and ws[e].low == "and":      # 'with a red roof and a green door': both parts
            more = _coloured_part([Word("with", "with", "PREP")] + ws[e + 1:], 0)
            if more is not None:
                return f"{ws[q].low} {ws[q + 1].low}", e + more[1]
        return f"{ws[q].low} {ws[q + 1].low}", e
    return None


def _in_front_alone(ws: list[Word]) -> list[Word]:
    """'one sits in front, the other two behind it': 'in front' with no 'of' is the nearer place, the foreground."""
    for k in range(len(ws) - 1):
        if ws[k].low == "in" and ws[k + 1].low == "front" and (k + 2 >= len(ws) or ws[k + 2].low not in ("of",)):
            return ws[:k + 1] + tag("the foreground") + _in_front_alone(ws[k + 2:])
    return ws


def _heads_left_out(ws: list[Word]) -> list[Word]:
    """A noun said once for a list of properties: 'a red, a blue and a green balloon' is three balloons, one of each
    colour; and a material before 'one' is said of it ('a new plastic one')."""
    n = len(ws)
    for k in range(n - 1):
        if ws[k].low in MATERIALS and ws[k].tag == "NOUN" and ws[k + 1].low in ("one", "ones") and k and \
                ws[k - 1].tag in ("DET", "ADJ", "NUM"):
            ws[k] = Word(ws[k].text, ws[k].low, "ADJ", ws[k].low)
    for k in range(n - 4):
        if ws[k].low not in ("a", "an") or ws[k + 1].low not in COLOURS or ws[k + 2].low not in (",", "and"):
            continue
        # the list of 'a COLOUR' items up to the one that has the noun
        bare, q = [k + 1], k + 2
        while q + 2 < n and ws[q].low in (",", "and"):
            q += 1
            if ws[q].low == "and":
                q += 1
            if q + 1 < n and ws[q].low in ("a", "an") and ws[q + 1].low in COLOURS:
                if q + 2 < n and ws[q + 2].tag == "NOUN" and ws[q + 2].low not in COLOURS:
                    noun = ws[q + 2]
                    out = list(ws[:k])
                    for b in bare:
                        out += [ws[b - 1], Word(ws[b].text, ws[b].low, "ADJ", ws[b].low), noun,
                                Word(",", ",", "PUNCT")]
                    out[-1] = Word("and", "and", "CONJ")
                    return out + ws[q:]
                bare.append(q + 1)
                q += 2
                continue
            break
    return ws


def _parts_after_colour(ws: list[Word]) -> list[Word]:
    """'The box is teal with a navy lid', 'a box, magenta, with a lavender lid, is …': a coloured part said after
    the whole's colour is no thing of its own (the whole keeps its colour)."""
    for k in range(1, len(ws) - 3):
        if ws[k].low != "with":
            continue
        prev = ws[k - 1].low if ws[k - 1].low != "," else (ws[k - 2].low if k >= 2 else "")
        if prev not in COLOURS:
            continue
        part = _coloured_part(ws, k)
        if part is not None:
            e = part[1]
            if ws[k - 1].low == "," and e < len(ws) and ws[e].low == ",":
                e += 1
            return _parts_after_colour(ws[:k] + ws[e:])
    return ws


_STRONG = {"bright", "deep", "dark", "light", "pale", "vivid", "rich", "soft", "brilliant", "completely", "entirely",
           "all", "totally", "fully", "mostly", "very", "wholly", "solid", "pure", "vibrant", "a", "an", "the",
           "dull", "muted", "faded", "glossy", "matte", "shiny", "warm", "cool", "bold", "strong"}


def _colours_at(lows: list[str], k: int) -> tuple[list[str], int]:
    """Colour words from lows[k] ('bright red', 'red and white', 'dark blue'), intensifiers skipped; ([], k) if none."""
    n, i = len(lows), k
    while i < n and lows[i] in _STRONG and not (lows[i] in COLOURS and (i + 1 >= n or lows[i + 1] not in COLOURS)):
        i += 1
    out: list[str] = []
    while i < n and (lows[i] in COLOURS or lows[i] in COLOUR_PREFIXES and i + 1 < n and lows[i + 1] in BASIC_COLOURS):
        if i + 1 < n and lows[i + 1] in BASIC_COLOURS and lows[i] not in SHADES:
            i += 1                      # 'navy blue', 'jet black': the basic colour
        out.append(lows[i])
        i += 1
        if i + 1 < n and lows[i] in ("and", ",", "or") and lows[i + 1] in COLOURS and not (
                i + 2 < n and lows[i + 2] not in _HUES and _noun_like(lows[i + 2]) and lows[i + 2] not in COLOURS):
            i += 1                      # 'red and white' (but not 'red, and a blue car')
    return (out, i) if out else ([], k)


def colour_after(ws: list[Word], j: int) -> tuple[list[str], int]:
    """A colour written after a noun phrase's head, as the words that say it and where they end: 'colored orange',
    'that is brown (in colour)', ', which is green,', 'whose fur is brown', 'of a bright green color', 'in a
    deep shade of blue', 'in bright blue', '(red)', ', red in colour,', 'with black fur', 'which has a red color'."""
    lows = [w.low for w in ws]
    n = len(lows)

    def hue_tail(k: int) -> int:          # '… in colour', '… in color', '… from top to bottom', '… all over'
        if lows[k:k + 4] in (["from", "top", "to", "bottom"], ["from", "head", "to", "toe"]):
            return k + 4
        if lows[k:k + 2] == ["all", "over"]:
            return k + 2
        if k < n and lows[k] == "all over":
            return k + 1
        return k + 2 if k + 1 < n and lows[k] == "in" and lows[k + 1] in _HUES else k

    def ends(k: int) -> bool:
        return k >= n or ws[k].tag in ("PUNCT", "CONJ", "PREP", "TIME", "VERB", "SUBORD", "ADV") or lows[k] == "and"

    if j >= n:
        return [], j
    k = _participle_at(ws, j)
    if k > j:
        cols, e = _colours_at(lows, k + (k < n and lows[k] == "in"))
        if cols:          # 'freshly dyed gold', 'that has been sprayed black', 'which someone colored red'
            return cols, e
    if j + 2 < n and lows[j] == "made" and lows[j + 1] in ("of", "from") and ws[j + 2].tag in ("NOUN", "ADJ", "OPEN"):
        k = j + 3 + (j + 3 < n and lows[j + 3] == ",")
        cols, e = colour_after(ws, k) if k < n and k > j + 3 or k < n and lows[k] in _COLOURING else ([], j)
        if cols:                                               # 'made of plastic, painted beige'
            return cols, e
    w = lows[j]
    if w in _COLOURING:                                        # 'colored orange', 'painted in bright red'
        cols, k = _colours_at(lows, j + 1 + (j + 1 < n and lows[j + 1] in ("in", "with")))
        if cols:
            return cols, k
    if w in ("that", "which") and j + 1 < n and (ws[j + 1].tag == "COP" or lows[j + 1] in _LINKING):
        k0 = j + 2 + (j + 2 < n and lows[j + 2] in _COLOURING | {"both", "all"})
        looks = []
        while k0 + 1 < n and (lows[k0] in LOOKS or lows[k0] in SIZES) and lows[k0 + 1] in ("and", ","):
            looks.append(lows[k0])                      # 'that is checkered and maroon': a look, then the colour
            k0 += 2
        cols, k = _colours_at(lows, k0)                 # 'which is painted red', 'that looks blue'
        cols = looks + cols if cols else cols
        if cols and k + 1 < n and lows[k] == "and" and _adj_like(lows[k + 1]) and not _noun_like(lows[k + 1]) or \
                cols and k + 1 < n and lows[k] == "and" and _adj_like(lows[k + 1]) and ends(k + 2):
            k += 2                                      # 'that is both red and shiny'
        if cols and ends(hue_tail(k)):                         # 'that is brown', 'which is red in color'
            return cols, hue_tail(k)
    if w in ("that", "which") and j + 2 < n and lows[j + 1] in ("has", "have") and lows[j + 2] in ("a", "an"):
        cols, k = _colours_at(lows, j + 3)
        if cols and k < n and lows[k] in _HUES:                # 'which has a red colour'
            return cols, k + 1
    if w == "," and j + 2 < n and lows[j + 1] in ("which", "that") and ws[j + 2].tag == "COP":
        cols, k = _colours_at(lows, j + 3)
        k = hue_tail(k)
        if cols and (k >= n or lows[k] in (",", ".", ";")):    # 'a sofa, which is green, and …'
            return cols, k + (k < n and lows[k] == ",")
    if w == "," and j + 1 < n:
        k = j + 1
        while k < n and (ws[k].tag == "ADJ" or lows[k] in COLOURS or lows[k] in ("and", "very") or
                         ws[k].tag in ("OPEN", "NOUN") and _adj_like(lows[k]) and k + 1 < n and lows[k + 1] in (
                             ",", "and", ".")):
            k += 1
        said = [lows[q] for q in range(j + 1, k) if lows[q] not in ("and", "very")]
        if said and k > j + 2 and any(a in COLOURS or a in SIZES for a in said) and (
                k >= n or lows[k] in (",", ".", ";")):
            return said, k + (k < n and lows[k] == ",")   # 'a dog, brown and fluffy, sleeps'
        k0 = j + 1 + (lows[j + 1] in _COLOURING)
        cols, k = _colours_at(lows, k0)
        k2 = hue_tail(k)
        if cols and k2 + 1 < n and lows[k2] == "as" and k2 == k:      # ', black as night', ', white as snow'
            k2 += 2 + (lows[k2 + 1] in ("a", "an", "the") and k2 + 2 < n)
        if cols and (k2 > k or k0 > j + 1 or k2 >= n or lows[k2] in (",", ".", ";")) and ends(k2):
            return cols, k2 + (k2 < n and lows[k2] == ",")     # ', red in colour,', ', coloured entirely red,'
    if w == "whose":
        k = j + 1
        while k < n and lows[k] not in _COVERINGS and k < j + 3:
            k += 1
        if k < n and lows[k] in _COVERINGS and k + 1 < n and (ws[k + 1].tag == "COP" or lows[k + 1] in _LINKING):
            cols, e = _colours_at(lows, k + 2)
            if cols:                                           # 'whose fur is brown', 'whose colour is teal'
                return cols, e
        k = j + 1
        if k + 2 < n and (lows[k] in _MARKINGS or lows[k] in _PARTS or lows[k] in _COVERINGS) and \
                ws[k + 1].tag == "COP" and lows[k + 2] in LOOKS and ends(k + 3):
            return [f"{lows[k + 2]} {lows[k]}"], k + 3         # 'a cat whose tail is striped': how it looks
    if w == "of":
        cols, k = _colours_at(lows, j + 1)
        if cols and k < n and lows[k] in _HUES:                # 'of a bright green color', 'of blue hue'
            return cols, k + 1
    if w == "in":
        k = j + 1
        while k < n and lows[k] in _STRONG | {"light", "lovely", "nice", "beautiful"} and lows[k] not in COLOURS:
            k += 1
        if k + 1 < n and lows[k] in _HUES and lows[k + 1] == "of":
            cols, e = _colours_at(lows, k + 2)
            if cols:                                           # 'in a deep shade of blue'
                return cols, e
        cols, e = _colours_at(lows, j + 1)
        if cols and e < n and lows[e] in _HUES:
            return cols, e + 1                                 # 'in blue color', 'in a red colour'
        if cols and (e >= n or not _noun_like(lows[e]) or lows[e] in COLOURS or ws[e].tag in ("VERB", "COP")) and \
                ends(e):
            return cols, e                                     # 'in bright blue' (not 'in red shoes')
    if w == "(":
        cols, k = _colours_at(lows, j + 1)
        if cols and k < n and lows[k] == ")":                  # 'a car (red)'
            return cols, k + 1
    if w in ("with", "having"):
        cols, k = _colours_at(lows, j + 1)
        if cols and k < n and lows[k] in _COVERINGS and ends(k + 1):
            return cols, k + 1                                 # 'with black fur', 'with red paint'
    return _apposed_colour(ws, j, hue_tail, ends)


_OWNER_WORDS = {"its", "their", "his", "her", "the", "whose"}
# Parts of a thing or a body that are places on it: 'on a snowman's head' is on the snowman.
_BODY_PLACES = {"head", "back", "nose", "roof", "lap", "shoulder", "shoulders", "hand", "hands", "paw", "paws", "top",
                "hood", "seat", "saddle", "trunk", "horns", "antlers"}


def _quantifier_end(lows: list[str], k: int) -> int:
    """Where a floating quantifier starting at lows[k] ends ('each one', 'every one of them', 'all', 'both of
    them', 'all of which are'), else k."""
    n, q = len(lows), k
    if q + 1 < n and lows[q] in ("each", "every") and lows[q + 1] == "one":
        q += 2
    elif q < n and lows[q] in ("all", "each", "both"):
        q += 1
    else:
        return k
    if q + 1 < n and lows[q] == "of" and lows[q + 1] in ("them", "these", "those", "which"):
        q += 2
    if q < n and lows[q] in ("is", "are", "being"):
        q += 1
    return q
_WHOLE = {"whole", "entire", "outer", "outside"}


def _apposed_colour(ws: list[Word], j: int, hue_tail, ends) -> tuple[list[str], int]:
    """A colour said of a head in an apposition or a relative clause about one of its parts, read by position
    rather than by its words: ', its paint entirely red', ', blue all over', ', the whole thing green', ', coat
    grey', 'whose glaze is green', 'with its finish maroon', 'which has teal fur'. The part (any noun) is its
    owner's look, never a thing of its own."""
    lows = [w.low for w in ws]
    n = len(ws)
    if j >= n or lows[j] not in (",", "whose", "with", "which", "that", "-", "--", "—", "(", "of"):
        return [], j
    k = j + 1
    if lows[j] == "(":
        while k < n and (lows[k] in _HUES or lows[k] in (":", "size", "-")):
            k += 1                                            # 'a fox (colour: olive)'
    if lows[j] == "," and k + 2 < n and lows[k] in ("a", "an") and lows[k + 1] not in ("few", "couple", "pair"):
        props, e = _property_at(lows, k + 1)                  # 'a rabbit, a yellow one, beside …'
        if props and e < n and lows[e] == "one" and ends(e + 1) and not (e + 1 < n and ws[e + 1].tag == "CONJ"):
            return props, e + 1 + (e + 1 < n and lows[e + 1] == ",")
    if lows[j] in ("(", "of"):
        props, e = _property_at(lows, k)                      # 'a dog (massive)', 'a cat of large size'
        close = ")" if lows[j] == "(" else None
        if props and e < n and (lows[e] == close or close is None and lows[e] in _HUES | {"size", "proportions"}):
            return props, e + 1
        return [], j
    if lows[j] in ("which", "that") and k < n and (ws[k].tag == "COP" or lows[k] in _LINKING):
        props, e = _property_at(lows, k + 1)                  # 'a mouse that is large'
        if props and ends(e) and not (e < n and lows[e] == "than"):
            return props, e
        return [], j
    if lows[j] in ("which", "that"):
        if not (k < n and lows[k] in ("has", "have", "had")):
            return [], j
        cols, e = _colours_at(lows, k + 1)
        if cols and e < n and (lows[e] in _COVERINGS or ws[e].tag == "NOUN" and lows[e] not in COLOURS) and \
                ends(hue_tail(e + 1)):
            return cols, hue_tail(e + 1)                        # 'which has teal fur', 'that has green paint'
        return [], j
    if k < n and lows[k] in ("which", "that") and lows[j] == ",":
        inner, e = _apposed_colour(ws, k, hue_tail, ends)
        return (inner, e + (e < n and lows[e] == ",")) if inner else ([], j)
    if lows[j] == ",":
        k = _quantifier_end(lows, k)                        # 'two mice, each one yellow', ', all of them red'
    if k < n and lows[k] in ("with", "having") and lows[j] != "with":
        k += 1
    owner = lows[k] if k < n and lows[k] in _OWNER_WORDS else None
    k += owner is not None
    whole = k < n and lows[k] in _WHOLE
    while k < n and lows[k] in _WHOLE:
        k += 1
    part = k < n and (ws[k].tag == "NOUN" or lows[k] in _COVERINGS or lows[k] in ("thing", "one")) and \
        lows[k] not in COLOURS and lows[k] not in SIZES
    mine = owner in ("its", "their", "his", "her") or lows[j] == "whose"
    if part and not (mine or lows[k] in _COVERINGS or whole):
        return [], j                   # ', the truck is green': a clause of its own, not a part of the head
    if part:
        k += 1
        if k + 1 < n and lows[k] == "and" and ws[k + 1].tag == "NOUN":
            k += 2                                              # ', its doors and roof all blue'
        k = _quantifier_end(lows, k)
    elif lows[j] in ("whose", "with") or owner is not None or k < n and lows[k] in ("a", "an", "the"):
        return [], j                   # ', a red ball': a thing of its own
    if k < n and (ws[k].tag in ("COP", "AUX") or lows[k] in _LINKING) and (mine or lows[j] in ("-", "--", "—")):
        k += 1
        while k < n and lows[k] in ("been", "being"):
            k += 1
    elif lows[j] == "whose":
        return [], j
    if k < n and lows[k] in _COLOURING:
        k += 1
    while k < n and ws[k].tag == "ADV" and lows[k] not in COLOURS and lows[k] not in ("then", "also"):
        k += 1                                                  # 'entirely', 'mostly', 'completely'
    cols, e = _colours_at(lows, k) if part else _property_at(lows, k)
    if not cols or e < n and lows[e] == "than":
        return [], j
    e = hue_tail(e)
    if e < n and lows[e] == "throughout" and (e + 1 >= n or ws[e + 1].tag == "PUNCT"):
        e += 1
    if e + 2 < n and lows[e] in ("on", "from") and lows[e + 1] in ("every", "all", "each") and \
            lows[e + 2] in ("side", "sides", "angle", "angles"):
        e += 3                                                  # 'green on every side'
    if not ends(e) or not part and e < n and ws[e].tag == "CONJ":
        return [], j
    return cols, e + (e < n and lows[e] == "," and lows[j] == ",")


_SIZE_SIDE = {"big": "big", "large": "big", "huge": "big", "tall": "big", "giant": "big", "high": "big",
              "small": "small", "tiny": "small", "little": "small", "short": "small", "bigger": "small",
              "larger": "small", "taller": "small", "smaller": "big", "tinier": "big"}


def _measure_after(ws: list[Word], j: int) -> tuple[tuple[str, Phrase] | None, int]:
    """A size said by a measure after a head, and where it ends: 'as small as a cat', '(about) the size of a
    house', 'no bigger than a coin', 'tiny, like a button'. The measure is how big the thing is drawn, not a
    thing in the shot ('bigger than a cat' without 'no' compares two things that are both there)."""
    n, k = len(ws), j
    lows = [w.low for w in ws]
    comma = k < n and lows[k] == ","
    k += comma
    while k < n and lows[k] in ("about", "roughly", "only", "just", "nearly", "almost", "barely", "approximately"):
        k += 1
    side, q = None, k
    if k + 1 < n and lows[k] == "as" and lows[k + 1] in _SIZE_SIDE and k + 2 < n and lows[k + 2] == "as":
        side, q = _SIZE_SIDE[lows[k + 1]], k + 3                         # 'as small as'
    elif k + 2 < n and lows[k] == "the" and lows[k + 1] in ("size", "height") and lows[k + 2] == "of":
        side, q = "same", k + 3                                          # 'the size of'
    elif k + 2 < n and lows[k] in ("no", "not") and lows[k + 1] in _SIZE_SIDE and lows[k + 2] == "than" and \
            lows[k + 1].endswith("er"):
        side, q = _SIZE_SIDE[lows[k + 1]], k + 3                         # 'no bigger than'
    elif k + 3 < n and lows[k] in ("no", "not") and lows[k + 1] == "much" and lows[k + 2] in _SIZE_SIDE and \
            lows[k + 3] == "than":
        side, q = _SIZE_SIDE[lows[k + 2]], k + 4                         # 'not much larger than'
    elif k + 2 < n and lows[k] in _SIZE_SIDE and lows[k + 1] in (",", "like") and lows[k + 1 + (lows[k + 1] == ",")] \
            == "like":
        side, q = _SIZE_SIDE[lows[k]], k + 2 + (lows[k + 1] == ",")     # 'tiny, like a button'
    if side is None:
        return None, j
    std, e = noun_phrase(ws, q)
    if std is None or std.head is None:
        return None, j
    e += comma and e < n and lows[e] == ","
    return (side, std), e


def _participle_at(ws: list[Word], j: int) -> int:
    """Where the colour of a colouring participle after a head starts, else j: an adverb before it ('freshly
    painted'), a relative clause's auxiliaries ('that has been sprayed', 'which was dyed') or its own subject
    ('which someone colored')."""
    n, k = len(ws), j
    if k < n and ws[k].low == ",":
        k += 1
    if k < n and ws[k].low in ("that", "which"):
        k += 1
        while k < n and (ws[k].tag in ("AUX", "COP") or ws[k].low in ("has", "have", "had", "been", "being", "got")):
            k += 1
        if k < n and ws[k].tag == "PRON" and ws[k].low not in ("it",):
            k += 1
    if k < n and ws[k].low.endswith("ly") and ws[k].tag in ("ADV", "OPEN") and k + 1 < n and ws[k + 1].low in _COLOURING:
        k += 1
    if k > j and k < n and ws[k].low in _COLOURING and (k > j + 1 or ws[j].low != ","):
        return k + 1
    return j


DEGREE = {"very", "extremely", "really", "quite", "incredibly", "super", "so", "rather", "fairly", "exceptionally",
          "unusually", "remarkably", "absolutely", "truly", "especially", "slightly", "somewhat", "ridiculously",
          "impossibly", "enormously", "tremendously", "amazingly", "exceedingly", "relatively", "surprisingly"}


def _degree(ws: list[Word], j: int) -> bool:
    """ws[j] is a degree adverb before an adjective of a noun phrase ('very large', 'extremely small')."""
    return ws[j].tag == "ADV" and (ws[j].low in DEGREE or ws[j].low.endswith("ly")) and j + 1 < len(ws) and \
        ws[j + 1].tag == "ADJ"


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


# Words that only say how long after or before ('right after', 'shortly before', 'a few seconds after', 'some time
# after', 'not long after'): dropped before a subordinate 'after' / 'before', which orders the events on its own.
_HOW_LONG = {"right", "just", "shortly", "soon", "immediately", "straight", "directly", "moments", "seconds",
             "minutes", "long", "well", "instants"}
_AMOUNT_LEADS = {"a", "some", "few", "several", "couple", "of", "not", "little", "short", "brief"}
_SPANS_OF_TIME = {"time", "while", "moment", "moments", "second", "seconds", "minute", "minutes", "beat", "bit"}
_SUBJECT_START = {"DET", "PRON", "NAME", "NUM", "POSS", "ADJ", "NOUN"}


def _subord(w: Word, low: str) -> Word:
    return Word(w.text, low, "SUBORD", low, low)


_MODALS = {"does", "do", "did", "can", "could", "will", "would", "should", "must", "may", "might", "shall"}


def _verb_after_modal(ws: list[Word]) -> list[Word]:
    """'does not show up', "won't turn up", 'did not come in': the base form after an auxiliary and its 'not' is the
    verb, whatever else the word could be ('show', 'turn')."""
    for k in range(2, len(ws)):
        w = ws[k]
        if w.tag in ("NOUN", "X", "ADJ") and ws[k - 1].low in ("not", "never") and ws[k - 2].tag == "AUX" and \
                ws[k - 2].low in _MODALS and _verb_like(w.low) and verb_lemma(w.low) == w.low:
            ws = ws[:k] + [Word(w.text, w.low, "VERB", w.low)] + ws[k + 1:]
    return ws


def _aux_as_motion(ws: list[Word]) -> list[Word]:
    """'continues to the lower right', 'keeps on toward the tree': a verb of going on, not an auxiliary, before a
    place ('continues to walk' keeps its auxiliary)."""
    for k, w in enumerate(ws):
        if w.tag == "AUX" and w.low in ("continues", "continue", "continued", "keeps", "keep", "kept") and \
                k + 2 < len(ws) and ws[k + 1].tag == "PREP" and ws[k + 1].low in (
                    "to", "toward", "towards", "on", "onto", "on to", "into", "across", "along", "over", "over to",
                    "up to", "back to", "through", "past") and ws[k + 2].tag in ("DET", "REGION", "POSS"):
            ws = ws[:k] + [Word(w.text, w.low, "VERB", "continue")] + ws[k + 1:]
        elif w.tag == "AUX" and w.low in ("keeps", "keep", "kept") and k + 1 < len(ws) and (
                ws[k + 1].low in ("out of", "hidden", "unseen", "invisible", "away", "well", "quiet", "still") or
                ws[k + 1].tag == "ADJ"):
            ws = ws[:k] + [Word(w.text, w.low, "VERB", "stay")] + ws[k + 1:]    # 'keeps out of sight': stays so
    return ws


_BOUNDS = {"begin": "begin", "start": "begin", "end": "end", "finish": "end", "open": "begin", "close": "end",
           "conclude": "end", "wrap": "end", "kick": "begin"}
_CLIP_WORDS = {"clip", "video", "shot", "scene", "film", "footage", "animation", "sequence", "movie"}


def _begins_and_ends(ws: list[Word]) -> list[Word]:
    """'begins by going to A and ends by moving to B', 'starts out by heading to A': the '-ing' verb after 'by' is
    what is done first or last (told in order); 'the video opens on X in A and closes on it in B' is 'begins with X
    … ends with it …'."""
    lows = [w.low for w in ws]
    if "by" not in lows and not {"opens", "closes", "open", "close"} & set(lows):
        return ws
    out: list[Word] = []
    k, n = 0, len(ws)
    opened = False
    while k < n:
        w = ws[k]
        lemma = verb_lemma(w.low) if w.tag in ("VERB", "AUX") else None
        if lemma in _BOUNDS:
            j = k + 1 + (k + 1 < n and lows[k + 1] in ("out", "off", "up"))
            if j + 1 < n and lows[j] == "by" and lows[j + 1].endswith("ing") and ws[j + 1].tag in ("VERB", "NOUN", "X"):
                v = ws[j + 1]
                base = verb_lemma(v.low)
                out.append(Word(v.text, base + ("es" if base.endswith(("s", "sh", "ch", "x", "o")) else "s"), "VERB", base))
                k = j + 2               # 'begins by heading to the corner': heads to the corner
                continue
            if lemma in ("open", "close") and j < n and lows[j] in ("on", "with") and out and (
                    out[-1].low in _CLIP_WORDS or opened and out[-1].low in ("and", ",", "then", "but")):
                opened = True
                out.append(Word(w.text, "begins" if lemma == "open" else "ends", "VERB", _BOUNDS[lemma]))
                out.append(Word(ws[j].text, "with", "PREP", "with", "with"))
                k = j + 1               # 'the video opens on a hedgehog in …': begins with it there
                continue
        out.append(w)
        k += 1
    return out


_FRAME_ITS = {"frame", "picture", "shot", "view", "screen", "scene"}


def _into_the_frame_it(ws: list[Word], lows: list[str]) -> list[Word]:
    """'Once the zebra is out of the picture, a motorcycle walks into it': an 'it' after 'into' in a clause of its
    own, the frame having been named in the clause before, is the frame (not the clause's subject, which would
    be 'itself')."""
    for k in range(1, len(ws)):
        if lows[k] == "it" and lows[k - 1] in ("into", "in") and (k + 1 >= len(ws) or ws[k + 1].tag == "PUNCT"):
            frame = max((j for j in range(k) if lows[j] in _FRAME_ITS and ws[j].tag in ("NOUN", "X")), default=None)
            if frame is not None and any(lows[j] in (",", ";", "and") for j in range(frame + 1, k)):
                ws = ws[:k] + [Word(ws[k].text, lows[frame], "NOUN", lows[frame])] + ws[k + 1:]
                ws = ws[:k] + [Word("the", "the", "DET")] + ws[k:]
                lows = [w.low for w in ws]
    return ws


def _temporal_subordinators(ws: list[Word]) -> list[Word]:
    """Subordinators of time English writes in several words, as the one-word subordinator they mean: 'by the
    time' + a clause is 'before' ('By the time a cat arrives, the dog has gone'); 'the moment' / 'the instant' + a
    clause is 'once'; 'no sooner has A left than B …' is 'once A has left, B …'; 'right after', 'shortly before',
    'a few seconds after', 'some time after', 'not long after' are 'after' / 'before'."""
    lows = [w.low for w in ws]
    if not {"after", "before", "time", "moment", "instant", "minute", "sooner", "once", "when", "as", "on", "upon"} & set(lows):
        return ws
    ws = _into_the_frame_it(ws, lows)
    lows = [w.low for w in ws]
    out: list[Word] = []
    n, k = len(ws), 0
    while k < n:
        w, low = ws[k], lows[k]
        # 'no sooner has the zebra left than a tricycle arrives'
        if low == "no" and k + 3 < n and lows[k + 1] == "sooner" and ws[k + 2].tag in ("AUX", "COP") and \
                "than" in lows[k + 3:]:
            t = lows.index("than", k + 3)
            j = k + 3
            while j < t and ws[j].tag in ("DET", "ADJ", "NUM", "POSS", "NOUN", "NAME", "PRON") and \
                    not (j > k + 3 and ws[j].tag in ("NOUN", "REGION") and ws[j - 1].tag == "NOUN" and j + 1 == t):
                j += 1
            if k + 3 < j < t:
                verb = ws[j]
                out.append(_subord(w, "once"))
                out.extend(ws[k + 3:j])
                out.append(ws[k + 2])
                out.append(Word(verb.text, verb.low, "VERB", verb_lemma(verb.low)) if verb.tag != "VERB" else verb)
                out.extend(ws[j + 1:t])
                out.append(Word(",", ",", "PUNCT"))
                k = t + 1
                continue
        clause_next = lambda j: j < n and ws[j].tag in _SUBJECT_START and lows[j] not in ("that", "this", "which")  # noqa: E731
        if low in ("on", "upon") and k + 1 < n and ws[k + 1].tag == "VERB" and lows[k + 1].endswith("ing") and \
                (not out or out[-1].tag in ("PUNCT", "CONJ")):
            out.append(_subord(w, "after"))        # 'On reaching the corner, …': after reaching it
            k += 1
            continue
        if low == "by" and lows[k + 1:k + 3] == ["the", "time"] and clause_next(k + 3):
            out.append(_subord(w, "before"))       # 'by the time X arrives': before it
            k += 3
            continue
        if low == "the" and k + 1 < n and lows[k + 1] in ("moment", "instant", "minute") and \
                (not out or out[-1].tag in ("PUNCT", "VERB", "PART", "CONJ") or out[-1].low in ("in", "out", "up")) and \
                (clause_next(k + 2) or lows[k + 2:k + 3] == ["that"] and clause_next(k + 3)):
            if out and out[-1].tag == "PREP" and out[-1].low in ("in", "out", "up"):
                p = out[-1]
                out[-1] = Word(p.text, p.low, "PART", p.low, p.low)    # 'walks in the moment …': 'in' a particle
            out.append(_subord(w, "once"))
            k += 2 + (lows[k + 2:k + 3] == ["that"])
            continue
        if low in _HOW_LONG | _AMOUNT_LEADS | _SPANS_OF_TIME and low not in ("a", "of"):
            j = k
            while j < n and lows[j] in _HOW_LONG | _AMOUNT_LEADS | _SPANS_OF_TIME:
                j += 1
            lead = lows[k:j]
            if j < n and lows[j] in ("after", "before") and j > k and (set(lead) & (_HOW_LONG | _SPANS_OF_TIME)) and \
                    not (lead[-1] in _AMOUNT_LEADS) and (clause_next(j + 1) or j + 1 < n and ws[j + 1].tag == "VERB") \
                    and not (lead[0] == "right" and out and out[-1].tag not in ("PUNCT", "CONJ", "NOUN", "PRON", "PART")
                             and not (out[-1].tag == "PREP" and out[-1].low in _RANK_PARTICLES)):
                #                   (not 'travels right before heading back', 'in the lower right before …': a way)
                while out and out[-1].low in ("a", "some", "not") and out[-1].tag in ("DET", "ADV", "X", "NUM"):
                    out.pop()
                k = j                              # 'shortly after the dog leaves': after it
                continue
        out.append(w)
        k += 1
    return out


_SEQ9_FRONTED_SUBORD = {"when", "once", "after", "before", "until", "till", "as", "while", "since", "whenever"}


def _seq9_fronted_subordinate_comma(items: list) -> list:
    """seq9: a fronted time clause written without its comma ('By the time the toddler turns up the waiter is long
    gone', 'Once the bus has left a dog walks in'): the main clause starts at the first plain noun phrase after the
    subordinate clause's verb that is itself followed by a verb; a comma goes there, as if written."""
    if len(items) < 5 or items[0][0] != "SUBORD" or items[0][1].low not in _SEQ9_FRONTED_SUBORD:
        return items
    seen_verb = False
    for j in range(1, len(items) - 1):
        t, x = items[j]
        if t in ("PUNCT", "CONJ", "SUBORD", "REL"):
            return items
        if t in ("VERB", "AUX", "COP"):
            seen_verb = True
            continue
        if t == "NP" and seen_verb and items[j - 1][0] != "PREP" and x.region is None and \
                (x.pronoun is None or x.pronoun in ("he", "she", "they", "we")) and items[j + 1][0] in ("VERB", "AUX",
                                                                                                      "COP"):
            comma = Word(",", ",", "PUNCT", ",", ",")
            return items[:j] + [("PUNCT", comma)] + items[j:]
    return items


def parse(sentence: str, names: dict[str, str] | None = None) -> list[Clause]:
    """Clauses of one sentence, in order, with elided subjects and verbs filled in from the clause before."""
    ws = _sided_between(_with_participles(_stranded_relatives(_prepositional_relatives(_without_denials(
        _counted_after(_ones_of_a_group(_one_and_the_other(_none_of_them(_respectively(_measured_places(_added_subjects(_without_intensifiers(
            _ordinal_roles(_clip_parts_as_times(_states_and_sightings(_instruction(_comparative_subjects(
                _colour_said_first(_told_apart(_made_of(_total_then_list(_parts_after_colour(_in_front_alone(_heads_left_out(
                    _temporal_subordinators(_begins_and_ends(_aux_as_motion(_verb_after_modal(
                        tag(sentence, names))))))))))))))))))))))))))))))
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
    items = _seq9_fronted_subordinate_comma(items)    # 'By the time the toddler turns up the waiter is gone'
    items = _time_of_a_thing_scrb9(items)
    for q in range(len(items) - 3):
        t, x = items[q]
        if t == "SUBORD" and x.low in ("after", "before") and (q == 0 or items[q - 1][0] == "PUNCT") and \
                items[q + 1][0] == "NP" and items[q + 1][1].pronoun is None and items[q + 2][0] == "PUNCT" and \
                items[q + 2][1].low == "," and _clause_ahead(items, q + 3):
            items[q] = ("PREP", Word(x.text, x.low, "PREP", x.low, x.low))   # 'After a truck, a robot arrives'
        elif t == "SUBORD" and _fronted_verbless_time_scrb9(items, q):
            items[q] = ("PREP", Word(x.text, x.low, "PREP", x.low, x.low))   # 'After a long look around, he …'
    segments = _segments(items)
    clauses: list[Clause] = []
    for link, seg in segments:
        c = _clause(seg)
        if c is None:
            continue
        if not c.subjects and c.copula and c.verb and (c.verb_text or "").endswith("ing") and len(c.objects) == 2 and \
                c.words and c.words[0].low == c.verb_text and not c.pps:
            # 'Flanking the fireplace are two armchairs', 'Surrounding the pond are four ducks': inverted
            c.subjects, c.objects, c.copula = c.objects[1:], c.objects[:1], False
        said = _depictive(seg) if len(segments) > 1 else None
        if said and not c.subjects:
            c.participle, c.copula = True, True     # the subject's, told before it: like a participle clause
            c.adjectives = list(dict.fromkeys(c.adjectives + said))
        c.link = link
        clauses.append(c)
    clauses = _fronted_together(_gapped_objects(_one_of_them_first(_verbless_order(_shared_verb_ahead(
        _listed_in_turn(_frame_before_subordinate(clauses)))))))
    # Ellipsis: a clause without subject takes the one before's; one without verb takes its verb too.
    carried: list[Phrase] = []
    last_verb: Clause | None = None
    for k, c in enumerate(clauses):
        prev = clauses[k - 1] if k else None
        if c.subord and k == 0 and k + 1 < len(clauses) and c.subjects and all(s.pronoun in ("it", "they") for s in c.subjects) \
                and clauses[k + 1].subjects and not any(s.pronoun for s in clauses[k + 1].subjects):
            c.subjects = list(clauses[k + 1].subjects)     # 'Once it has left the corner, a bird …': the bird
        if k == 0 and k + 1 < len(clauses) and not c.subjects and c.verb is None and not c.copula and c.pps and \
                clauses[k + 1].link == "," and clauses[k + 1].subjects and not c.times and \
                c.words and c.words[0].low.endswith("ed") and c.words[0].tag in ("VERB", "ADJ", "X", "OPEN"):
            c.participle = True        # 'Perched at the very top of a lighthouse, a gull looks out': the gull's place
        if c.participle and k + 1 < len(clauses) and not c.subjects:
            c.subjects = [s for s in clauses[k + 1].subjects if s.region is None or s.of is not None]
            c.elided = True
        if not c.subjects and prev is not None and c.verb in ("come", "appear", "arrive") and \
                len(c.objects) == 1 and c.objects[0].pronoun is None and c.objects[0].region is None and \
                c.words and c.words[0].tag in ("TIME", "ADV") and c.verb_text.endswith("s"):
            c.subjects, c.objects = list(c.objects), []     # '…, and then comes a rooster': the rooster comes
        if not c.subjects and prev is not None:
            c.subjects = carried
            c.elided = True
        real = [s for s in c.subjects if s.region is None or s.of is not None]
        if real and not (carried and k and c.link in ("until", "till", "before", "after", "once", "when", "while",
                                                      "whereas") and c.subord is None):
            carried = real          # (not a trailing subordinate clause's: 'waits until the cat is gone, then
            #                          scurries in' is the one who waits)
        directions_only = c.subjects and not real
        if directions_only and prev is not None and (prev.verb or prev.copula) and len(c.subjects) == 1 and \
                c.subjects[0].of is None and any(pp.prep in ("to", "toward", "towards") for pp in c.pps) and \
                not any(pp.prep == "from" for pp in c.pps) and c.link == "," and carried:
            # 'cuts diagonally across the frame, lower right to upper left': from the one to the other
            c.pps.insert(0, PP(prep="from", np=c.subjects[0]))
            c.subjects, c.elided, directions_only = carried, True, False
        if c.verb is None and not c.copula and last_verb is not None and (c.elided or directions_only) and (
                c.pps or c.adverbs or c.objects or c.particles or directions_only or c.adjectives or c.times):
            c.verb, c.verb_text, c.copula = last_verb.verb, last_verb.verb_text, last_verb.copula
            if c.copula and not c.adjectives:
                c.adjectives = list(last_verb.adjectives)     # 'is visible at first, but not at the end'
        elif c.verb is None and not c.copula and prev is not None and prev.verb and c.subjects and any(
                w.tag == "AUX" and w.low in ("does", "do", "did") for w in c.words) and _manner_pps_only(c) and not c.objects:
            c.verb, c.verb_text, c.verbs, c.verb_texts = prev.verb, prev.verb_text, [prev.verb], [prev.verb_text]
            c.particles = c.particles or list(prev.particles)     # 'turns up, and later a duck does': up too
            if not c.pps and not c.particles:
                c.pps = [pp for pp in prev.pps if pp.np is not None and pp.np.frame and pp.prep in (
                    "into", "onto", "in", "on")]      # seq9: 'comes into shot, a dog a moment later': into shot too
            #                                                'arrives before a cat does': the same verb
        elif c.verb is None and not c.copula and prev is not None and prev.verb and c.subjects and \
                _manner_pps_only(c) and not c.objects and (any(w.tag == "ADV" and w.lemma == "rank" for w in c.words) or
                                                           c.link in ("before", "after") and not c.times and
                                                           not c.adjectives):
            #                                       ('arrives before a zebra': before a zebra does)
            c.verb, c.verb_text, c.verbs, c.verb_texts = prev.verb, prev.verb_text, list(prev.verbs), list(prev.verb_texts)
            c.particles = list(prev.particles)     # 'and an ostrich the second', 'the second is a bus': the same verb
            c.adverbs += [a for a in prev.adverbs if a in ("there", "up", "in") and a not in c.adverbs]
        elif c.verb is None and not c.copula and prev is not None and not c.elided and prev.verb and c.pps and \
                c.link in ("and", ",", "but") and c.subjects and not prev.copula:
            c.verb, c.verb_text = prev.verb, prev.verb_text     # 'A stands on the left and B on the right'
        elif c.verb is None and not c.copula and prev is not None and not c.elided and prev.verb and c.subjects and \
                _manner_pps_only(c) and not c.objects and not c.adjectives and (c.link in (
                    "then", "after that", "later", "next", "afterwards", "finally") or c.link is not None and
                    c.link in c.times and time_span(c.link) is None or _seq9_next_after_semicolon(c)):
            #                                                     ('…, and last of all a giraffe'; '…; next, a dog')
            # 'A cat comes into view, then a dog': the same verb, where and how
            c.verb, c.verb_text, c.verbs, c.verb_texts = prev.verb, prev.verb_text, list(prev.verbs), list(prev.verb_texts)
            c.pps, c.particles = list(prev.pps), list(prev.particles)
        if c.verb is not None or c.copula:
            last_verb = c
    return _attr9_distributed(_denial_to_main(clauses))


# ---- attr9: a place said first ('Balanced on top of a stool is a bowl', 'Suspended over a snowman is a cloud',
#      'Way up over a piano is a seagull'): the participle or the intensified adverb before the fronted preposition
#      leaves the clause inverted, its subject after the verb.
def _attr9_fronted_place_lead(words: list[Word]) -> None:
    n = len(words)
    for k in range(n - 2):
        if k and words[k - 1].tag != "PUNCT":
            continue
        w, nxt = words[k], words[k + 1]
        if w.low in ("way", "far", "somewhere") and w.tag in ("NOUN", "ADJ", "OPEN", "X", "ADV") and \
                nxt.low in ("up", "down") and words[k + 2].tag == "PREP" and (words[k + 2].value or words[k + 2].low) in (
                    "over", "above", "under", "below", "beneath", "underneath", "atop", "on"):
            del words[k:k + 2]                  # 'Way up over a piano …': over it (where, not a way up)
            return
        if w.tag == "ADJ" and w.low.endswith(("ed", "en")) and nxt.tag == "PREP" and _verb_like(w.low) and \
                words[k + 2].tag in ("DET", "POSS", "NUM") and any(
                    x.tag in ("COP", "VERB") for x in words[k + 2:]):
            w.tag, w.lemma = "VERB", verb_lemma(w.low)                 # 'Balanced on top of a stool is a bowl'


def _attr9_her_object(words: list[Word]) -> None:
    """'her' after a preposition with no noun after it is the object pronoun, not a possessive: 'a dog in back of
    her', 'beside her.' (attr9; after a verb the reader's own rules stand: 'lets her in')."""
    n = len(words)
    for k, w in enumerate(words):
        if w.low == "her" and w.tag == "POSS" and k and words[k - 1].tag == "PREP" and (k + 1 >= n or words[k + 1].tag in (
                "PUNCT", "CONJ", "PREP", "SUBORD", "TIME", "REL") or words[k + 1].low in ("then", "while")):
            w.tag = "PRON"


# ---- attr9: distributive 'each' ('four postmen …, and each of them carries a mug', '4 nurses, each holding a
#      lantern', 'every one of them has a candle', 'two boys each carry a kite', 'hold a balloon each'): one of
#      the thing for every member of the group.
def _attr9_each_participle(words: list[Word]) -> None:
    """', each holding a lantern': after a comma, 'each' before an -ing verb is the distributive adverb and the
    -ing word the participle (not a noun 'each holding')."""
    for k in range(1, len(words) - 1):
        w, nxt = words[k], words[k + 1]
        if w.low == "each" and w.tag == "DET" and words[k - 1].low in (",", "and") and nxt.low.endswith("ing") and \
                _verb_like(nxt.low) and nxt.tag in ("NOUN", "OPEN", "X", "VERB"):
            w.tag = "ADV"
            nxt.tag, nxt.lemma = "VERB", verb_lemma(nxt.low)


def _attr9_distributive(c: Clause) -> bool:
    lows = [w.low for w in c.words]
    for i, low in enumerate(lows):
        after = lows[i + 1] if i + 1 < len(lows) else None
        if low == "apiece":
            return True
        if low == "each" and after not in ("other", "others") and (
                after in (None, "of", ".", ",", ";", "!") or c.words[i].tag == "ADV" or
                i + 1 < len(c.words) and c.words[i + 1].tag in ("VERB", "AUX", "COP")):
            return True                   # 'each of them', 'each carry', 'a balloon each' (not 'each side')
        if low == "every" and after == "one" and i + 2 < len(lows) and lows[i + 2] == "of":
            return True                   # 'every one of them'
    return False


def _attr9_group_size(clauses: list[Clause], k: int) -> int | None:
    """The size of the group a distributive clause is about: its own counted subject, else the last counted
    subject told before it ('Four postmen stand …, and each of them …')."""
    for s in clauses[k].subjects:
        if s.pronoun is None and s.count and s.count > 1 and s.head:
            return s.count
    if not all(s.pronoun in ("they", "them", None) for s in clauses[k].subjects):
        return None
    for c in reversed(clauses[:k]):
        counted = [s.count for s in c.subjects if s.pronoun is None and s.count and s.count > 1 and s.head]
        if counted:
            return counted[-1] if len(counted) == 1 else None
        counted = [o.count for o in c.objects if o.pronoun is None and o.count and o.count > 1 and o.head]
        if c.existential and len(counted) == 1:
            return counted[0]
    return None


def _attr9_distributed(clauses: list[Clause]) -> list[Clause]:
    for k, c in enumerate(clauses):
        if not c.objects or not _attr9_distributive(c):
            continue
        n = _attr9_group_size(clauses, k)
        if not n or n > 12:
            continue
        for o in c.objects:
            if o.pronoun is None and o.name is None and o.head and not o.plural and o.count in (None, 1) and \
                    o.det in ("a", "an", None) and o.region is None and not (o.setting or o.frame or o.sound):
                o.count, o.plural = n, True
    return clauses


_SEQ9_NEXT_WORDS = {"then", "next", "after that", "afterwards", "afterward", "later", "finally", "last", "lastly",
                    "last of all", "and then", "soon after", "shortly after", "after this", "subsequently"}


def _seq9_next_after_semicolon(c: Clause) -> bool:
    """seq9: '…; next, a sailor', '…: then a dog': a verbless clause after a semicolon or colon that opens with a
    word of sequence is the clause before's verb again, for a later one."""
    return c.link in (";", ":") and bool(c.times) and c.times[0] in _SEQ9_NEXT_WORDS and bool(c.words) and \
        c.words[0].tag in ("TIME", "ADV")


def _fronted_together(clauses: list[Clause]) -> list[Clause]:
    """'Next to each other: a cat and a dog', 'Side by side, a lamp and a vase': the manner said first, alone, is
    the clause after it's (space7)."""
    out: list[Clause] = []
    k = 0
    while k < len(clauses):
        c = clauses[k]
        if k + 1 < len(clauses) and not c.subjects and c.verb is None and not c.copula and not c.objects and \
                not c.pps and set(c.adverbs) & set(TOGETHER_IDIOMS) and all(
                    a in TOGETHER_IDIOMS or a in ("here", "there", "now", "again") for a in c.adverbs) and \
                clauses[k + 1].link in (":", ",") and len(clauses[k + 1].subjects) > 1:
            d = clauses[k + 1]
            out.append(replace(d, adverbs=list(c.adverbs) + list(d.adverbs), link=c.link, words=c.words + d.words))
            k += 2
            continue
        out.append(c)
        k += 1
    return out


def _gapped_objects(clauses: list[Clause]) -> list[Clause]:
    """'A cat takes the left, a dog the right', 'a van hugs the left edge and a bus the right one': a second subject
    with its own side after the verb's, the verb left out: a clause of its own with the same verb (space7)."""
    out: list[Clause] = []
    for c in clauses:
        o = c.objects
        if c.verb and not c.copula and len(o) == 3 and o[0].region is not None and o[0].of is None and \
                o[2].region is not None and o[2].of is None and o[1].region is None and o[1].pronoun is None and \
                not o[1].frame and not o[1].setting and not c.pps:
            cut = next((k for k, w in enumerate(c.words) if w.low in (",", ";", "and", "while") and k and
                        any(x is not None and x is o[1].words[0] for x in c.words[k + 1:k + 2])), None)
            if cut is not None:
                out.append(replace(c, objects=[o[0]], words=c.words[:cut]))
                out.append(replace(c, subjects=[o[1]], objects=[o[2]], words=c.words[cut + 1:], adverbs=[], times=[],
                                   link="," if c.words[cut].low in (",", ";") else "and", elided=False, subord=None,
                                   existential=False))
                continue
        if c.copula and not c.verb and len(o) == 1 and o[0].region is None and o[0].pronoun is None and \
                o[0].det in ("a", "an") and len(c.pps) == 2 and all(
                pp.np is not None and pp.np.region is not None and pp.np.of is None for pp in c.pps):
            # 'A lime is the far right, a plum the far left': the second thing with the second side
            cut = next((k for k, w in enumerate(c.words) if w.low in (",", ";", "and") and k + 1 < len(c.words) and
                        c.words[k + 1] is o[0].words[0]), None)
            if cut is not None:
                out.append(replace(c, objects=[], pps=c.pps[:1], words=c.words[:cut]))
                out.append(replace(c, subjects=[o[0]], objects=[], pps=c.pps[1:], words=c.words[cut + 1:],
                                   adverbs=[], times=[], link="," if c.words[cut].low in (",", ";") else "and",
                                   elided=False, subord=None, existential=False))
                continue
        out.append(c)
    return out


def _denial_to_main(clauses: list[Clause]) -> list[Clause]:
    """'A dog that has been sleeping the whole time never leaves the picture': the denial ending a relative clause
    belongs to the main verb after it (vis6)."""
    for k in range(len(clauses) - 1):
        c, d = clauses[k], clauses[k + 1]
        if c.words and c.words[-1].low in ("never", "not") and c.words[-1].low in c.adverbs and d.elided and \
                d.link == "," and d.words and d.words[0].tag == "VERB" and (c.verb is not None or c.copula):
            clauses[k] = replace(c, adverbs=[a for a in c.adverbs if a != c.words[-1].low], words=c.words[:-1])
            clauses[k + 1] = replace(d, adverbs=[c.words[-1].low] + d.adverbs, words=[c.words[-1]] + d.words)
    return clauses


_THEN_LINKS = {"then", "next", "after that", "afterwards", "finally", "later"}


def _bare_subject(c: Clause) -> bool:
    """A clause that only names things ('a rabbit', 'then a fox'): no verb, object, property or place of its own."""
    return c.verb is None and not c.copula and bool(c.subjects) and not c.objects and not c.adjectives and \
        not c.existential and not c.participle and all(
            pp.np is not None and pp.np.frame or _manner_pps_only(replace(c, pps=[pp])) for pp in c.pps) and \
        all(s.pronoun is None and s.region is None for s in c.subjects) and \
        all(time_span(t) is None for t in c.times)     # ('In the video, a fox, then …'; 'then after a while a cat')


def _shared_verb_ahead(clauses: list[Clause]) -> list[Clause]:
    """'A rabbit, then a fox, then a hound run in': subjects named one after another with a verb only after the
    last share that verb (its particles and places too), each in its own clause in the order told."""
    k = 0
    while k < len(clauses):
        j = k
        while j < len(clauses) and _bare_subject(clauses[j]) and not {"just", "only"} & set(clauses[j].adverbs) and (
                j == k or clauses[j].link in _THEN_LINKS | {",", "and"}):    # ('Initially just a bush, and later …':
            #                                                                    only it is there, nothing it does)
            j += 1
        ranked = any(w.tag == "ADV" and w.lemma == "rank" for c in clauses[k:j + 1] for w in c.words)
        if j > k and j < len(clauses) and (clauses[k].link is None or k and clauses[k].link in (";", ":")):
            last = clauses[j]
            links = [c.link for c in clauses[k + 1:j + 1]]
            if last.verb is not None and not last.copula and last.subjects and not last.objects and \
                    (ranked or any(lk in _THEN_LINKS for lk in links)) and \
                    all(lk in _THEN_LINKS | {",", "and"} for lk in links):
                for c in clauses[k:j]:
                    c.verb, c.verb_text, c.verbs, c.verb_texts = last.verb, last.verb_text, list(last.verbs), \
                        list(last.verb_texts)
                    c.particles, c.pps = list(last.particles), list(last.pps)
                    c.adverbs += [a for a in last.adverbs if a not in c.adverbs and a != "in turn"]
        k = max(j, k + 1)
    return clauses


# -- seventh session (seq7): a list of things in an order of time with no verb at all ('First a moose, then a
# beaver, and finally an otter.', 'A moose, after it a beaver, and after that an otter.', 'Appearing one by one:
# first a moose, then …'): each comes into view in the order told, as if each clause said 'appears'.
_ORDER_TIMES = {"first", "then", "next", "finally", "after that", "afterwards", "later", "last", "lastly", "after it",
                "after them", "in turn", "one by one", "one after another", "one after the other", "second", "third"}


def _frame_before_subordinate(clauses: list[Clause]) -> list[Clause]:
    """'On screen, once it has moved right, a panda goes left': a frame told first ('on screen', 'in the video',
    'here') is no clause of its own; the subordinate clause after it opens the sentence, as without it (seq7)."""
    if len(clauses) > 2 and clauses[1].link in SUBORD and clauses[1].subord is None and not clauses[0].subjects and \
            clauses[0].verb is None and not clauses[0].copula and not clauses[0].objects and not clauses[0].times and \
            set(clauses[0].adverbs) <= {"here"} and all(pp.np is not None and (pp.np.frame or pp.np.head in FRAME_WORDS)
                                                        for pp in clauses[0].pps) and (clauses[0].pps or
                                                                                        clauses[0].adverbs):
        return [replace(clauses[1], subord=clauses[1].link, link=None)] + clauses[2:]
    return clauses


def _verbless_order(clauses: list[Clause]) -> list[Clause]:
    head = 0
    verb, verb_text = "appear", "appears"
    if len(clauses) > 1 and clauses[1].link == ":" and clauses[0].verb and \
            clauses[0].words and clauses[0].words[0].low == (clauses[0].verb_text or "").lower() and \
            clauses[0].verb_text.lower().endswith("ing") and not clauses[0].objects and not clauses[0].pps:
        head = 1                     # 'Appearing one by one: first a moose, …': that verb, for each of them
        verb, verb_text = clauses[0].verb, _conjugated(clauses[0].verb)
    listed = clauses[head:]
    if len(listed) < 2 or not all(_bare_subject(c) and len(c.subjects) == 1 for c in listed):
        return clauses
    told = {t for c in listed for t in c.times} | {c.link for c in listed[1:]} | \
        {a for c in clauses[:head] for a in c.adverbs}
    heads = [c.subjects[0].head for c in listed]
    if not told & _ORDER_TIMES - {"then"} or len(set(heads)) < len(heads) or any(
            c.subjects[0].other or c.subjects[0].ordinal or c.subjects[0].pronoun or (c.subjects[0].count or 1) > 1
            or {"more", "another", "other"} & {w.low for w in c.words} for c in listed):
        return clauses      # ('A clock, then a second clock, then a third', 'Two cups, then two more': a count)
    if not all(c.link in _THEN_LINKS | {",", ";", "and", "after it", "then", "last", "lastly", ":"} or
               c.link in c.times for c in listed[1:]):
        return clauses
    for c in listed:
        c.verb, c.verb_text, c.verbs, c.verb_texts = verb, verb_text, [verb], [verb_text]
    return listed if head else clauses


# -- seventh session (seq7): things named coming together, then one of them told first ('A panda and a lamb come
# in; of the two, the lamb arrives first', 'walk in, the goat first', 'show up, with the lamb coming in first', 'both
# arrive, the panda after the lamb', 'arrive, the lamb ahead of the panda'): the one told first comes, then the
# others (the later clause says what they do, or the first clause's verb when it has none of its own).
_GROUP_WORDS = {"two", "pair", "both", "them", "they", "duo", "trio", "three"}


def _one_of_them_first(clauses: list[Clause]) -> list[Clause]:
    k = 0
    while k < len(clauses):
        g = clauses[k]
        heads = [s.head for s in g.subjects]
        pair = next((pp for pp in g.pps if pp.prep == "between" and pp.np is not None and pp.np2 is not None and
                     len(g.subjects) == 1 and g.subjects[0].head in (pp.np.head, pp.np2.head) and
                     pp.np.head != pp.np2.head), None)
        if pair is not None and g.verb is not None and not g.objects and "first" in set(g.adverbs) | set(g.times):
            # 'Between the koala and the cat, the cat is the first to arrive': the cat, then the koala
            other = pair.np if pair.np.head != g.subjects[0].head else pair.np2
            clauses[k] = replace(g, pps=[pp for pp in g.pps if pp is not pair])
            clauses.insert(k + 1, replace(g, subjects=[other], link="then", elided=False,
                                          pps=[pp for pp in g.pps if pp is not pair],
                                          adverbs=[a for a in g.adverbs if a != "first"],
                                          times=[t for t in g.times if t != "first"],
                                          words=[w for w in g.words if not (w.low == "first" or w.tag == "ADV" and
                                                                            w.lemma == "rank")]))
            k += 2
            continue
        if len(g.subjects) < 2 or g.verb is None or len(set(heads)) < len(heads) or \
                any(s.pronoun or s.name or s.region for s in g.subjects):
            k += 1
            continue
        q = next((j for j, w in enumerate(g.words) if j > 2 and w.low == "," and j + 3 < len(g.words) and
                  g.words[j + 1].tag == "DET" and g.words[j + 2].low in heads and g.words[j + 3].low == "first"), None)
        if q is not None and "first" in g.times + g.adverbs and all(o.head == g.words[q + 2].low for o in g.objects):
            first = next(s for s in g.subjects if s.head == g.words[q + 2].low)
            rest = [s for s in g.subjects if s is not first]
            later = replace(g, subjects=rest, link="then", elided=False, times=[t for t in g.times if t != "first"],
                            adverbs=[a for a in g.adverbs if a != "first"], words=g.words[:q], objects=[])
            clauses[k] = replace(g, subjects=[first], times=[t for t in g.times if t != "first"],
                                 adverbs=[a for a in g.adverbs if a != "first"], words=g.words[:q], objects=[])
            clauses.insert(k + 1, later)
            k += 2
            continue
        if g.objects:
            k += 1
            continue
        for j in range(k + 1, min(k + 3, len(clauses))):
            r = clauses[j]
            if not r.subjects and r.link == "and" and j > k + 1 and len(clauses[j - 1].subjects) == 1 and \
                    clauses[j - 1].subjects[0].head in heads:
                r = replace(r, subjects=list(clauses[j - 1].subjects))   # '…; the vole is quicker and comes first'
            if len(r.subjects) != 1 or r.subjects[0].head not in heads or r.objects or r.subord:
                continue
            said = set(r.adverbs) | set(r.times) | {w.low for w in r.words if w.tag == "ADV" and w.lemma == "rank"
                                                     and w.value == 1}
            named = [pp for pp in r.pps if pp.np is not None and pp.np.head in heads and pp.np.head != r.subjects[0].head]
            after = [pp for pp in named if pp.prep == "after"]
            ahead = [pp for pp in named if pp.prep == "before" or pp.prep == "of" and "ahead" in said]
            if not ("first" in said or after or ahead):
                continue
            one = next(s for s in g.subjects if s.head == r.subjects[0].head)
            rest = [s for s in g.subjects if s is not one]
            if after:                   # 'both arrive, the panda after the lamb': the lamb, then the panda
                clauses[k] = replace(g, subjects=rest)
                if r.verb is None and not r.copula:
                    clauses[j] = replace(r, verb=g.verb, verb_text=g.verb_text, verbs=list(g.verbs),
                                         verb_texts=list(g.verb_texts), particles=list(g.particles))
                break
            first, then = [one], rest
            verb = r.verb is not None and not r.copula
            group = [pp for pp in r.pps if pp.prep in ("of", "between") and pp.np is not None and
                     (pp.np.head in _GROUP_WORDS or pp.np.pronoun in ("them", "they") or pp.np.count == 2)]
            clauses[k] = replace(g, subjects=first)
            clauses[j] = replace(r, subjects=then, link="then", elided=False, copula=r.copula and not verb and
                                 bool(r.adjectives), verb=r.verb if verb else g.verb,
                                 verb_text=r.verb_text if verb else g.verb_text,
                                 verbs=r.verbs if verb else list(g.verbs), verb_texts=r.verb_texts if verb else
                                 list(g.verb_texts), particles=r.particles if verb else list(g.particles),
                                 adverbs=[a for a in r.adverbs if a not in ("first", "ahead")],
                                 times=[t for t in r.times if t != "first"],
                                 pps=[pp for pp in r.pps if pp not in named and pp not in group],
                                 words=[w for w in r.words if not (w.low == "first" or w.tag == "ADV" and
                                                                   w.lemma == "rank")])
            break
        k += 1
    return clauses


def _manner_pps_only(c: Clause) -> bool:
    """The clause's prepositional phrases say only how or in what light ('without a sound', 'on a sunny day')."""
    return all(pp.prep in ("with", "without") or pp.prep in ("in", "on", "at", "under", "during") and
               pp.np is not None and (pp.np.setting or pp.np.head in (
                   "day", "night", "evening", "morning", "afternoon", "light", "style", "sound", "sunshine"))
               for pp in c.pps)


def _listed_in_turn(clauses: list[Clause]) -> list[Clause]:
    """'One by one they come in: a fox, a deer, then a bear': a verbless list after a colon names who does what
    the clause before says its pronoun does, each in its own clause (so each comes in turn), with its verb."""
    out: list[Clause] = []
    listing: Clause | None = None         # the clause whose 'they' the list is
    for k, c in enumerate(clauses):
        prev = out[-1] if out else None
        lead = listing if c.link in (",", "then", "finally") else prev
        head = lead if lead is not None and lead.verb and lead.subjects and (all(
            s.pronoun in ("they", "them") for s in lead.subjects) or _counted_in_turn(lead)) else None
        if head is not None and c.verb is None and not c.copula and c.subjects and _manner_pps_only(c) and \
                not c.objects and (
                c.link == ":" or c.link in (",", "then", "finally") and prev is not None and prev.link in (":", ",", "then")
                and prev.verb == head.verb and prev.subjects is not head.subjects):
            if c.link == ":" and out and out[-1] is head and _counted_in_turn(head):
                out.pop()                 # 'Two birds arrive, one after the other: a finch, then a wren': the two
            for j, s in enumerate(c.subjects):
                out.append(replace(c, subjects=[s], verb=head.verb, verb_text=head.verb_text, verbs=list(head.verbs),
                                   verb_texts=list(head.verb_texts), particles=list(head.particles),
                                   link=c.link if j == 0 else ","))
            listing = head
            continue
        listing = None
        out.append(c)
    return out


_IN_TURN = {"in turn", "one by one", "one after another", "one after the other", "one at a time", "in succession"}


def _counted_in_turn(c: Clause) -> bool:
    """'Three boats appear in turn', 'Two birds arrive, one after the other': a plural subject that comes in one by
    one, so a list after a colon says who its members are, in order."""
    return len(c.subjects) == 1 and c.subjects[0].plural and c.subjects[0].pronoun is None and \
        bool(_IN_TURN & (set(c.adverbs) | set(c.times) | {" ".join(w.low for w in c.words[k:k + 3])
                                                          for k in range(len(c.words))} |
                         {" ".join(w.low for w in c.words[k:k + 4]) for k in range(len(c.words))}))


def _side_at(ws: list[Word], q: int) -> tuple[str | None, int]:
    """'on its left', 'to its right-hand side', 'on the left' at ws[q]: the side and where the phrase ends."""
    n = len(ws)
    if q + 2 < n and ws[q].low in ("on", "to", "at") and ws[q + 1].low in ("its", "the", "his", "her") and \
            ws[q + 2].low in ("left", "right"):
        e = q + 3
        while e < n and ws[e].low in ("side", "hand", "-hand", "hand-side") or e < n and ws[e].low.startswith("-"):
            e += 1
        return ws[q + 2].low, e
    return None, q


def _sided_between(ws: list[Word]) -> list[Word]:
    """'between a lamp on its left and a vase on its right': the sides say which of the two is on the left, so
    the phrase reads as 'between a lamp and a vase' in that order (the first object of 'between' is the left)."""
    n = len(ws)
    for k in range(n):
        if ws[k].tag != "PREP" or (ws[k].value or ws[k].low) != "between":
            continue
        q = k + 1
        while q < n and ws[q].tag in ("DET", "NUM", "ADJ", "NOUN"):
            q += 1
        side1, e1 = _side_at(ws, q)
        if side1 is None or e1 >= n or ws[e1].low != "and":
            continue
        r = e1 + 1
        while r < n and ws[r].tag in ("DET", "NUM", "ADJ", "NOUN"):
            r += 1
        side2, e2 = _side_at(ws, r)
        if side2 is None or side2 == side1 or r == e1 + 1 or q == k + 1:
            continue
        first, second = ws[k + 1:q], ws[e1 + 1:r]
        if side1 == "right":
            first, second = second, first
        return ws[:k + 1] + first + [ws[e1]] + second + ws[e2:]
    return ws


def _with_participles(ws: list[Word]) -> list[Word]:
    """'a suitcase with a crate stacked on it', 'a bench with a cat perched on it': the participle is the 'with'
    noun's, saying how it is there; the clause's verb it is not (the preposition after it says where)."""
    out = list(ws)
    for k in range(len(ws) - 2, 2, -1):
        w = ws[k]
        if w.tag == "VERB" and w.low.endswith(("ed", "en")) and ws[k - 1].tag == "NOUN" and ws[k + 1].tag == "PREP":
            q = k - 1
            while q > 0 and ws[q].tag in ("NOUN", "ADJ", "DET", "NUM"):
                q -= 1
            if ws[q].low == "with" and not any(x.tag in ("VERB", "COP") for x in ws[q:k]):
                del out[k]
    return out


# Distances said before a relation, which only say how far: 'a little in front of', 'a few steps to the right of'.
_UNITS = {"inch", "inches", "centimetre", "centimetres", "centimeter", "centimeters", "step", "steps", "foot", "feet",
          "yard", "yards", "metre", "metres", "meter", "meters", "pace", "paces", "distance", "way", "ways", "bit",
          "tad", "little", "stride", "strides", "length", "lengths"}
_NEAR_UNITS = {"inch", "inches", "centimetre", "centimetres", "centimeter", "centimeters", "step", "foot", "bit",
               "tad", "little"}
_PLACE_STARTS = {"to", "in front of", "behind", "above", "below", "under", "over", "beside", "next to", "left",
                 "right", "on", "beneath", "underneath", "in", "at", "off", "ahead", "back", "up", "down", "out"}
_CAMERA = {"camera", "viewer", "lens", "us", "foreground", "front"}


def _measure_span(ws: list[Word], k: int) -> int:
    """Where a distance starting at ws[k] ends ('a little', 'only inches', 'a few steps', 'a short distance',
    'some way', 'two metres'), else k."""
    lows, n, q = [w.low for w in ws], len(ws), k
    while q < n and lows[q] in ("only", "just", "about", "roughly", "barely", "mere", "merely"):
        q += 1
    if q < n and lows[q] in ("well", "far", "much", "slightly", "somewhat", "farther", "further") and \
            q + 1 < n and lows[q + 1] in ("to", "in front of", "behind", "above", "below", "over", "under"):
        return q + 1                                          # 'well to the right of', 'slightly behind'
    if q < n and (lows[q] in ("a", "an", "some", "one") or ws[q].tag == "NUM"):
        q += 1
    while q < n and lows[q] in ("few", "couple", "short", "long", "small", "little", "good", "mere", "of") and \
            q + 1 < n and lows[q + 1] in _UNITS | {"few", "of", "short", "small"}:
        q += 1
    if q == k and q < n and _verb_like(lows[q]):
        return k                 # 'a peacock steps out', 'inches along': a verb, not a bare measure (vis6)
    return q + 1 if q < n and lows[q] in _UNITS and q > k - 1 else k


def _comparative_place(lows: list[str], k: int) -> tuple[str, int] | None:
    """A place said by comparison, as the relation it names and where it ends: 'farther left than' (left of),
    'further to the right than', 'higher up than' (above), 'lower than' (below), 'closer to the camera than' (in
    front of), 'farther from the camera than' (behind)."""
    n, w = len(lows), lows[k]
    q = k + 1
    if w in ("farther", "further", "more"):
        while q < n and lows[q] in ("over", "off", "out", "to", "the"):
            q += 1
        if q + 1 < n and lows[q] in ("left", "right") and lows[q + 1] == "than":
            return f"to the {lows[q]} of", q + 2
        if w != "more" and q < n and lows[q] in ("away", "from", "back"):
            while q < n and lows[q] in ("away", "from", "back", "the"):
                q += 1
            q += q < n and lows[q] in _CAMERA
            if q < n and lows[q] == "than":
                return "behind", q + 1
        return None
    if w in ("higher", "lower") and q < n:
        q += q < n and lows[q] in ("up", "down")
        if q < n and lows[q] == "than":
            return ("above" if w == "higher" else "below"), q + 1
        return None
    if w in ("closer", "nearer"):
        while q < n and lows[q] in ("to", "the"):
            q += 1
        q += q < n and lows[q] in _CAMERA
        if q < n and lows[q] == "than" and q > k + 1 or q == k + 1 and q < n and lows[q] == "than":
            return "in front of", q + 1
    return None


# Instructions to the one making the film ('Show three cats', 'Generate a video of a dog', 'I want to see …'):
# what they ask for is what we see.
_DEPICTING = {"show", "draw", "depict", "render", "generate", "create", "make", "animate", "film", "produce",
              "visualise", "visualize", "picture", "imagine", "illustrate", "display", "present", "capture", "shoot",
              "paint", "sketch", "design", "include", "feature", "give", "envision", "envisage", "portray"}
_ASKING = (("i", "want", "to", "see"), ("i", "would", "like", "to", "see"), ("i", "'d", "like", "to", "see"),
           ("i", "would", "like"), ("i", "want"), ("let", "'s", "see"), ("let", "us", "see"), ("let", "me", "see"),
           ("we", "want", "to", "see"), ("can", "you", "show"), ("could", "you", "show"), ("please",), ("now",),
           ("just",), ("kindly",))


def _instruction(ws: list[Word]) -> list[Word]:
    """A sentence that asks for a picture reads as one that describes it: 'Show a cat under a table', 'Please
    draw two dogs', 'Generate a video of a fox', 'I want to see a kite above a tree' as 'We see …'."""
    lows = [w.low for w in ws]
    k, asked = 0, False
    comma = lows.index(",") if "," in lows[:5] else -1
    if 0 < comma and not any(w.tag in ("VERB", "COP") for w in ws[:comma]) and comma + 1 < len(ws) and (
            ws[0].tag in ("PREP", "ADV", "TIME") or lows[0] in ("here", "now", "next", "okay", "ok")) and \
            lows[comma + 1] in _DEPICTING | {"please", "i"}:
        k = comma + 1                                         # 'Here, show a cat …', 'In the video, I want to see …'
    frame = k
    while True:
        lead = next((t for t in _ASKING if tuple(lows[k:k + len(t)]) == t), None)
        if lead is None:
            break
        k += len(lead)
        asked = asked or lead[-1] == "see" or lead[-1] in ("want", "like")
        k += k < len(ws) and lows[k] == ","
    verb = k < len(ws) and verb_lemma(lows[k]) == lows[k] and lows[k] in _DEPICTING
    if not verb and not (asked and k > 0):
        return ws
    q = k + 1 if verb else k
    q += q < len(ws) and lows[q] in ("me", "us")
    if q >= len(ws) or ws[q].tag not in ("DET", "NUM", "ADJ", "NOUN", "POSS") and not lows[q][:1].isdigit():
        return ws
    return ws[:frame] + tag("we see") + ws[q:]         # a frame before it stays: 'Here, we see …'

def _first_np_end(ws: list[Word]) -> int | None:
    """Where the first clause's subject ends (after a frame: 'Here, a dog …', 'We watch as a cow …'), or None."""
    i = next((q for q, w in enumerate(ws) if w.tag in ("DET", "NUM") and (
        q == 0 or ws[q - 1].low in (",", "as", "see", "watch", "that"))), None)
    if i is None:
        return None
    k = i
    while k < len(ws) and ws[k].tag in ("DET", "NUM", "ADJ", "POSS", "NOUN"):
        k += 1
    return k if k > i and ws[k - 1].tag == "NOUN" else None


def _added_subjects(ws: list[Word]) -> list[Word]:
    """Another subject added to the clause's own, read as a coordinated subject: 'A cow is beside a table, and so
    is a mouse', 'A cat waits near a sofa, as does a dog', 'A fox is left of a truck; a horse is too', 'A pig, as
    well as a camel, waits …', 'Not only a cat but also a dog sleeps …', 'a dog and also a horse'."""
    lows = [w.low for w in ws]
    n = len(ws)
    for k in range(n - 1):
        if lows[k] == "and" and lows[k + 1] == "also":
            return _added_subjects(ws[:k + 1] + ws[k + 2:])
        if lows[k] == "both" and ws[k + 1].tag in ("DET", "NUM", "POSS") and "and" in lows[k + 2:k + 8]:
            return _added_subjects(ws[:k] + ws[k + 1:])       # 'Both a pig and a horse stand …'

        if lows[k:k + 3] == ["as", "well", "as"] and k >= 2:
            a = k - (lows[k - 1] == ",")
            if ws[a - 1].tag != "NOUN":
                continue
            rest = ws[k + 3:]
            q = next((i for i, w in enumerate(rest) if w.tag not in ("DET", "NUM", "ADJ", "NOUN", "POSS")), len(rest))
            if a < k and q < len(rest) and rest[q].low == ",":
                rest = rest[:q] + rest[q + 1:]                 # 'A pig, as well as a camel, waits': the aside's comma
            return _added_subjects(ws[:a] + tag("and") + rest)
        if k == 0 and lows[:2] == ["not", "only"]:
            q = next((i for i in range(2, n - 1) if lows[i] == "but"), None)
            if q is not None:
                e = q + 1 + (lows[q + 1] == "also")
                return _added_subjects(ws[2:q] + tag("and") + ws[e:])
    for k in range(2, n - 3):
        if lows[k - 1] == "," and lows[k] == "with" and lows[k + 1] == "the" and ws[k + 2].tag == "NOUN" and \
                k + 3 < n and ws[k + 3].tag == "PREP" and ws[k + 2].low in lows[:k - 1]:
            return _added_subjects(ws[:k] + ws[k + 1:])   # 'side by side, with the dog on the left': the dog's place
    end = _first_np_end(ws)
    if end is None:
        return ws
    for k in range(end + 1, n - 2):
        # ', and so is a mouse' / ', as does a dog' at the end
        if lows[k] in ("so", "as") and (ws[k + 1].tag in ("COP", "AUX") or lows[k + 1] in ("does", "do", "did")) and \
                (lows[k - 1] in (",", ";") or lows[k - 1] == "and" and lows[k - 2] == ","):   # not 'and later so does'

            q = k + 2
            while q < n and ws[q].tag in ("DET", "NUM", "ADJ", "NOUN", "POSS"):
                q += 1
            if q > k + 2 and ws[q - 1].tag == "NOUN" and (q >= n or lows[q] in (".", "!", ";") or
                                                          ws[q].tag in ("PREP", "TIME", "ADV")):
                a = k - (lows[k - 1] == "and") - (lows[k - 1 - (lows[k - 1] == "and")] == ",")
                return ws[:end] + tag("and") + ws[k + 2:q] + ws[end:a] + ws[q:]
        # '; a horse is too', '. a dog does as well'
        if lows[k] in (";", ",") and ws[k + 1].tag in ("DET", "NUM"):
            q = k + 1
            while q < n and ws[q].tag in ("DET", "NUM", "ADJ", "NOUN", "POSS"):
                q += 1
            if q < n and ws[q - 1].tag == "NOUN" and (ws[q].tag in ("COP", "AUX") or lows[q] in ("does", "do")):
                r = q + 1
                if r < n and lows[r] in ("too", "also") or lows[r:r + 2] == ["as", "well"]:
                    r += 1 if lows[r] != "as" else 2
                    if r >= n or lows[r] in (".", "!") or ws[r].tag in ("PREP", "TIME", "ADV"):
                        return ws[:end] + tag("and") + ws[k + 1:q] + ws[end:k] + ws[r:]
    return ws


_SUPERLATIVE = {"biggest": "big", "largest": "big", "tallest": "big", "smallest": "small", "tiniest": "small",
                "shortest": "small", "littlest": "small"}


def _colour_said_first(ws: list[Word]) -> list[Word]:
    """'Blue is the colour of the car' as 'the car is blue': a colour named before the thing whose colour it is."""
    lows = [w.low for w in ws]
    n = len(ws)
    for k in range(n - 5):
        if lows[k] not in COLOURS or k and lows[k - 1] not in (";", ",", ".", "and", "while") or \
                lows[k + 1] not in ("is", "was") or lows[k + 2] not in ("the", "a") or \
                lows[k + 3] not in ("colour", "color", "shade", "hue") or lows[k + 4] != "of":
            continue
        e = k + 5
        while e < n and ws[e].tag in ("DET", "NUM", "ADJ", "NOUN", "POSS"):
            e += 1
        if e > k + 5 and ws[e - 1].tag == "NOUN":
            return ws[:k] + ws[k + 5:e] + ws[k + 1:k + 2] + ws[k:k + 1] + _colour_said_first(ws[e:])
    return ws


# Words that tell one of two things of a kind apart by where it is or how big it is ('the left ball', 'the
# higher one', 'the bigger of the two dogs'), as the plain word a noun phrase carries.
_TELLING_SIDES = {"left": "left", "left-hand": "left", "leftmost": "left", "middle": "center", "central": "center",
                  "centre": "center", "center": "center", "middlemost": "center", "right": "right", "right-hand": "right",
                  "rightmost": "right", "upper": "upper", "top": "upper", "higher": "upper", "highest": "upper",
                  "uppermost": "upper", "topmost": "upper", "lower": "lower", "bottom": "lower", "lowest": "lower",
                  "lowermost": "lower", "bottommost": "lower"}
_TELLING_PLACES = {"left": "left", "right": "right", "top": "upper", "bottom": "lower", "upper": "upper",
                   "lower": "lower"}


def _antecedent(ws: list[Word], k: int) -> Word | None:
    """The noun a bare 'one' after `k` stands for: the last plural noun before it, else the last noun."""
    nouns = [w for w in ws[:k] if w.tag == "NOUN" and w.low not in COLOURS and w.low not in REGION_WORDS]
    plural = [w for w in nouns if w.lemma and w.lemma != w.low]
    pick = plural[-1] if plural else (nouns[-1] if nouns else None)
    return pick


def _told_apart(ws: list[Word]) -> list[Word]:
    """One of two things of a kind told apart by place or size, in the shapes a writer uses, as 'the left ball' /
    'the big dog': 'the ball on the left is green' (before a copula), 'the one on the right', 'the left one', 'the
    higher one', 'the bigger of the two dogs', 'the smaller one', 'the leftmost'. The noun of a bare 'one' is the
    plural named before ('Two mugs: the left one is red'). The reader keeps the two apart (language)."""
    lows = [w.low for w in ws]
    n = len(ws)
    for f in range(n - 6):
        if (ws[f].tag == "NUM" and isinstance(ws[f].value, int) or lows[f] == "half") and (
                f == 0 or lows[f - 1] in (",", "only", "exactly", "just")) and \
                lows[f + 1] == "of" and lows[f + 2] in ("the", "these", "those") and ws[f + 3].tag == "NUM" and \
                ws[f + 4].tag == "NOUN" and ws[f + 5].tag == "COP":
            # 'Exactly two of the four cups are blue': four cups, two of them blue ('half of the four': two; attr7)
            lead = f - (f > 0 and lows[f - 1] in ("only", "exactly", "just"))
            part = ws[f] if lows[f] != "half" else tag(str(max(1, (ws[f + 3].value or 2) // 2)))[0]
            said = [Word(w.text, w.low, "ADJ", w.low) if w.low in COLOURS else w for w in ws[f + 6:]]
            ws = ws[:lead] + ws[f + 3:f + 5] + [Word(":", ":", "PUNCT"), part] + said
            lows = [w.low for w in ws]
            n = len(ws)
            break
    for f in range(n - 5):
        if lows[f] in ("of", "among", "amongst") and (f == 0 or lows[f - 1] == ",") and \
                lows[f + 1] in ("the", "these", "those") and \
                ws[f + 2].tag == "NUM" and ws[f + 3].tag == "NOUN" and lows[f + 4] == ",":
            ws = ws[:f] + ws[f + 2:f + 4] + [Word(":", ":", "PUNCT")] + ws[f + 5:]   # 'Of the two lamps, the left
            lows = [w.low for w in ws]                                              # one …': two lamps: …
            n = len(ws)
            break
        if lows[f] in ("of", "among", "amongst") and _lead_in_only(ws, f) and ws[f + 1].tag == "NUM" and \
                ws[f + 2].tag == "NOUN" and lows[f + 3] == "," and lows[f + 4] == "the":
            ws = ws[:f] + ws[f + 1:f + 3] + [Word(":", ":", "PUNCT")] + ws[f + 4:]    # 'Of two parrots, the smaller …'
            lows = [w.low for w in ws]                                      # (no article; attr7)
            n = len(ws)
            break
    k = -1
    while k < n - 3:
        k += 1
        if lows[k] != "the" or k and lows[k - 1] not in (";", ",", ".", ":", "and", "while", "but", "whereas", "of", "-",
                                                         "only") \
                and not (ws[k - 1].tag == "PREP" and k + 2 < n and lows[k + 1] in COMPARATIVES and lows[k + 2] == "one"):
            continue                          # ('the larger box sits on the smaller one': the other of the two)
        word = None
        q = k + 1
        if lows[q] in _ORDINAL_PLACES and lows[q] != "last" and q + 1 < n and lows[q + 1] == "one" and not (
                q + 2 < n and lows[q + 2] == "to"):
            noun = _antecedent(ws, k)       # 'in a row of kettles, the fourth one is coral': the fourth kettle
            made = tag(f"the {lows[q]} {noun.lemma or noun.low}") if noun is not None else []
            if len(made) == 3 and made[2].tag == "NOUN":
                ws = ws[:k] + made + ws[q + 2:]
                lows = [w.low for w in ws]
                n = len(ws)
            continue
        if lows[q] in _TELLING_SIDES:
            word, q = _TELLING_SIDES[lows[q]], q + 1
        elif lows[q] in COMPARATIVES or lows[q] in _SUPERLATIVE:
            word = COMPARATIVES[lows[q]][0] if lows[q] in COMPARATIVES else _SUPERLATIVE[lows[q]]
            q += 1
        noun = None
        if word is not None:
            if q < n and lows[q] == "one":
                q += 1
            elif q < n and ws[q].tag == "NOUN" and lows[q] not in COLOURS and lows[q] not in _SIDE_WORDS and \
                    lows[q] not in _AREAS and lows[q] not in REGION_WORDS:
                noun, q = ws[q], q + 1
            elif q + 2 < n and lows[q] == "of" and (lows[q + 1] in ("the", "these", "those") and (
                    lows[q + 2] in ("two", "pair", "both") or ws[q + 2].tag == "NUM" and lows[q - 1] in _SUPERLATIVE)
                                                     or lows[q + 1] == "two" or ws[q + 1].tag == "NUM" and
                                                     lows[q - 1] in _SUPERLATIVE):
                many = next((w.value for w in ws[q + 1:q + 3] if w.tag == "NUM" and isinstance(w.value, int)), 2)
                q += 3 if lows[q + 1] in ("the", "these", "those") else 2
                if q < n and lows[q] == "of":
                    q += 1
                if q < n and ws[q].tag == "NOUN" and lows[q] not in COLOURS:
                    noun, q = ws[q], q + 1
                    if not any(w.tag == "NOUN" and (w.lemma or singular(w.low)) == (noun.lemma or singular(noun.low))
                               for w in ws[:k]) and _lead_in_only(ws, k):
                        pair = tag(f"{many} {noun.low} :")   # 'The bigger of two boxes is red': two boxes, the
                        ws, k, q = pair + ws, k + len(pair), q + len(pair)      # bigger one red (attr7)
                        lows = [w.low for w in ws]
                        n = len(ws)
                elif q < n and ws[q].tag == "COP" and q + 1 < n and ws[q + 1].tag in ("DET", "NUM"):
                    continue             # 'the bigger of the two is a horse': the thing named (_comparative_subjects)
            elif q + 1 < n and lows[q] == "of" and lows[q + 1] == "them":
                q += 2
            elif not (q < n and (ws[q].tag == "COP" or lows[q] in COLOURS or lows[q] in (",", ";") and not (
                    q + 1 < n and ws[q + 1].tag in ("DET", "NUM")))):
                continue                 # ('the smaller, a pony': the thing named after it)
        elif lows[q] == "one" or ws[q].tag == "NOUN" and lows[q] not in COLOURS:
            # 'the one on the left', 'the ball to the right' (then a copula): the place tells it apart
            r = q + 1
            if r + 2 < n and lows[r] in ("on", "to", "at", "in") and lows[r + 1] == "the" and \
                    lows[r + 2] in _TELLING_PLACES:
                e = r + 3
                if e + 1 < n and lows[e] in ("hand", "-hand") and lows[e + 1] in ("side",):
                    e += 2
                elif e < n and lows[e] in ("side", "end"):
                    e += 1
                if e < n and (ws[e].tag == "COP" or lows[q] == "one" and lows[e] in (",", ";", "is", "are")):
                    word = _TELLING_PLACES[lows[r + 2]]
                    noun = ws[q] if lows[q] != "one" else None
                    q = e
        if word is None:
            continue
        if noun is None:
            noun = _antecedent(ws, k)
            if noun is None:
                continue
        head = noun.lemma or noun.low
        made = tag(f"the {word} {head}")
        if len(made) == 3 and made[2].tag == "NOUN":
            if q < n and lows[q] in COLOURS and ws[q].tag == "NOUN":
                ws[q] = Word(ws[q].text, lows[q], "ADJ", lows[q])     # 'the smaller beige': its colour
            ws = ws[:k] + made + ws[q:]
            lows = [w.low for w in ws]
            n = len(ws)
    return ws


def _lead_in_only(ws: list[Word], k: int) -> bool:
    """Nothing but a lead-in before ws[k] ('In the video, ', 'Here, ', 'This time, '): no thing named yet."""
    return k == 0 or ws[k - 1].low == "," and all(w.tag != "NOUN" or w.low in FRAME_WORDS for w in ws[:k])


def _listed_items(ws: list[Word], a: int) -> tuple[int, int]:
    """From `a`, a list of counted noun phrases ('a cat and a dog', 'a jar, two cups and a bowl'): (how many things
    it names, where it ends); (0, a) where there is none. Every item opens with a/an/one or a number and ends in
    a noun other than 'one'."""
    n = len(ws)
    total, q = 0, a
    while q < n:
        w = ws[q]
        if w.low in ("a", "an", "one"):
            many = 1
        elif w.tag == "NUM" and isinstance(w.value, int):
            many = w.value
        else:
            return (0, a)
        e = q + 1
        while e < n and ws[e].tag in ("ADJ", "NOUN") and ws[e].low != "one":
            e += 1
        if e == q + 1 or ws[e - 1].tag != "NOUN" or (ws[e - 1].low in COLOURS or ws[e - 1].low in SIZES) and \
                w.low not in ("a", "an"):
            return (0, a)                        # ('six mugs: four white and two black': parts of the six)
        total += many
        if e < n and ws[e].low == "," and e + 1 < n and ws[e + 1].low == "and":
            e += 1
        if e < n and ws[e].low in (",", "and") and e + 1 < n and (ws[e + 1].low in ("a", "an", "one") or
                                                                    ws[e + 1].tag == "NUM"):
            q = e + 1
            continue
        return (total, e)
    return (0, a)


def _total_then_list(ws: list[Word]) -> list[Word]:
    """A count of things named by a general word and then listed ('Two animals sit on the rug: a cat and a dog',
    'There are three objects on the shelf - a jar, a cup and a bowl', 'Two pets, a cat and a dog, sleep'): the
    listed things are the counted ones, where the list names as many as the count says; the general word is no
    thing of its own."""
    n = len(ws)
    for k in range(n - 4):
        if ws[k].tag != "NUM" or not isinstance(ws[k].value, int) or ws[k].value < 2 or \
                ws[k + 1].tag != "NOUN" or not ws[k + 1].lemma or ws[k + 1].lemma == ws[k + 1].low or \
                k and ws[k - 1].tag in ("DET", "POSS", "ADJ", "NUM") and ws[k - 1].low not in ("are",):
            continue
        many = ws[k].value
        # right after it, between commas: 'Two pets, a cat and a dog, sleep …'
        if ws[k + 2].low == ",":
            total, e = _listed_items(ws, k + 3)
            if total == many and e < n and ws[e].low == ",":
                return ws[:k] + ws[k + 3:e] + ws[e + 1:]
        # at the end of the clause, after a colon or a dash: '… on the rug: a cat and a dog.'
        for c in range(k + 2, n - 2):
            if ws[c].low in (";", ".") or ws[c].tag == "NUM" and c > k + 2:
                break
            if ws[c].low not in (":", ",") or ws[c].low == "," and not any(w.tag == "VERB" for w in ws[k + 2:c]):
                continue                 # ('Three trees, a house and two cars': a list of its own)
            total, e = _listed_items(ws, c + 1)
            if total == many and (e >= n or ws[e].low in (".", ";", "!") or ws[e].tag in ("PREP", "ADV", "TIME") or
                                  ws[e].low in ("side", "all", "without")) and \
                    not {w.lemma for w in ws[c + 1:e] if w.tag == "NOUN"} & {ws[k + 1].lemma}:
                return ws[:k] + ws[c + 1:e] + ws[k + 2:c] + ws[e:]
    return ws


# Participles that say what a thing is made of: 'a kettle made of copper', 'a bowl carved from stone'.
_MAKING = {"made", "crafted", "carved", "built", "fashioned", "constructed", "formed", "cast", "woven", "moulded",
           "molded", "sculpted", "sculptured", "forged", "shaped", "hewn", "knitted", "sewn", "blown", "fabricated",
           "manufactured", "assembled", "whittled", "cut"}


# What holds or measures a stuff rather than being made of it: 'a bag of cement', 'a sheet of paper' (attr7).
_HOLDERS = {"bag", "sack", "box", "crate", "pile", "heap", "bucket", "jar", "bottle", "cup", "glass", "bowl", "roll",
            "stack", "bundle", "bale", "pot", "tub", "barrel", "basket", "can", "carton", "spool", "skein", "mound",
            "cloud", "puff", "pool", "sea", "lot", "kind", "type", "sort", "smell", "scent", "trace", "hint", "pair"}


def _made_of(ws: list[Word]) -> list[Word]:
    """What a thing is made of, said after it, as a material before its noun: 'a kettle made of copper' as 'a copper
    kettle', 'a bowl, carved out of stone, …', 'a chair made entirely from oak'; after a copula the material is what
    is said of the subject ('the lantern is made of wood': 'is wood', read as its material)."""
    lows = [w.low for w in ws]
    n = len(ws)
    for k in range(1, n - 1):
        if lows[k] == "of" and ws[k - 1].tag == "NOUN" and lows[k + 1] in MATERIALS and \
                (ws[k - 1].lemma or singular(lows[k - 1])) not in _HOLDERS and lows[k - 1] not in GROUP_WORDS and \
                lows[k + 1] not in ("wooden", "woollen", "woolen", "metallic", "golden", "leaden", "silken", "oaken",
                                    "earthen", "stainless") and (    # (not 'a couple of wooden chairs')
                k + 2 >= n or ws[k + 2].tag in ("PUNCT", "CONJ", "VERB", "COP", "PREP", "AUX", "TIME") or
                ws[k + 2].tag == "NOUN" and "verb" in open_class().get(lows[k + 2], {})):
            material = Word(ws[k + 1].text, lows[k + 1], "ADJ", lows[k + 1])    # 'a chair of oak': an oak chair
            e = k + 2
            if e < n and ws[e].tag == "NOUN" and lows[e].endswith("s"):
                ws[e] = Word(ws[e].text, lows[e], "VERB", verb_lemma(lows[e]))   # (… 'of oak stands by …'; attr7)
            return _made_of(ws[:k - 1] + [material] + ws[k - 1:k] + ws[e:])
        if lows[k] not in _MAKING:
            continue
        q = k + 1
        if q < n and ws[q].tag == "ADV" and lows[q] not in ("out",):
            q += 1                                   # 'made entirely of', 'made mostly from'
        if q < n and lows[q] == "out":
            q += 1
        if q >= n or lows[q] not in ("of", "from", "in", "out of", "out_of"):
            continue
        m = q + 1
        while m < n and lows[m] in ("solid", "pure", "real", "polished", "rough", "old", "recycled", "stainless",
                                     "brushed", "hammered", "carved", "woven", "thick", "thin", "fine", "sturdy",
                                     "shiny", "dark", "pale", "light", "cast", "red", "white", "black", "plain"):
            m += 1
        if m >= n or lows[m] not in MATERIALS:
            continue
        material = Word(ws[m].text, lows[m], "ADJ", lows[m])
        e = m + 1
        if lows[k - 1] in COPULA:
            return ws[:k] + [material] + _made_of(ws[e:])        # 'is made of wood': is wood
        # the noun the participle follows: 'a kettle made of', 'a bowl, carved from'
        h = k - 1
        comma = lows[h] == ","
        if comma:
            h -= 1
        if ws[h].tag != "NOUN":
            continue
        if comma and e < n and lows[e] == ",":
            e += 1                                   # 'a bowl, made of glass, rests': the second comma too
        elif comma and e < n and ws[e].tag not in ("PUNCT", "CONJ"):
            continue
        if e < n and ws[e].tag == "NOUN" and ws[e].low.endswith("s") and "verb" in open_class().get(ws[e].low, {}):
            ws[e] = Word(ws[e].text, lows[e], "VERB", verb_lemma(lows[e]))   # 'a spoon made of wood lies …'
        return _made_of(ws[:h] + [material] + ws[h:h + 1] + ws[e:])
    return ws


def _comparative_subjects(ws: list[Word]) -> list[Word]:
    """'The bigger of the two is a horse; the smaller, a pony' as 'a horse is big; a pony is small': a thing named
    by how it compares is that size."""
    lows = [w.low for w in ws]
    n = len(ws)
    for k in range(n - 3):
        if lows[k] != "the" or not (lows[k + 1] in COMPARATIVES or lows[k + 1] in _SUPERLATIVE) or \
                k and lows[k - 1] not in (";", ",", ".", "and", "while"):
            continue
        size = COMPARATIVES[lows[k + 1]][0] if lows[k + 1] in COMPARATIVES else _SUPERLATIVE[lows[k + 1]]
        q = k + 2
        for tail in (("of", "the", "two"), ("of", "them"), ("of", "the", "pair"), ("one",)):
            if tuple(lows[q:q + len(tail)]) == tail:
                q += len(tail)
                break
        if q < n and (ws[q].tag == "COP" or lows[q] in (",", ":")):
            q += 1
        e = q
        while e < n and ws[e].tag in ("DET", "NUM", "ADJ", "NOUN", "POSS"):
            e += 1
        if e > q and ws[q].tag in ("DET", "NUM") and ws[e - 1].tag == "NOUN":
            return _comparative_subjects(ws[:k] + ws[q:e] + tag(f"is {size}") + ws[e:])
    return ws


def _without_intensifiers(ws: list[Word]) -> list[Word]:
    """'the clock itself red', 'the cat herself': a reflexive right after its noun only stresses it (and a colour
    after it is said of the noun, as in 'the clock red')."""
    out: list[Word] = []
    for k, w in enumerate(ws):
        if k and w.tag == "PRON" and w.low in ("itself", "themselves", "himself", "herself") and \
                ws[k - 1].tag == "NOUN":
            if k + 1 < len(ws) and (ws[k + 1].low in COLOURS or ws[k + 1].low in SIZES):
                ws[k + 1].tag = "ADJ"
            continue
        out.append(w)
    return out


def _measured_places(ws: list[Word]) -> list[Word]:
    """A relation said with how far or by comparison reads as the relation: 'a little in front of', 'a few steps to
    the right of', 'right up against' (against); 'only inches from' is next to; 'farther left than' is left of,
    'higher up than' above, 'closer to the camera than' in front of (see _comparative_place)."""
    out: list[Word] = []
    k, n = 0, len(ws)
    lows = [w.low for w in ws]
    while k < n:
        comp = _comparative_place(lows, k) if k and ws[k - 1].tag in ("NOUN", "VERB", "COP", "ADV", "PRON") else None
        if comp is not None:
            out += tag(comp[0])
            k = comp[1]
            continue
        if (k and ws[k - 1].tag in ("NOUN", "VERB", "COP", "ADV") or (not k or lows[k - 1] in (",", ";", "and", "but")) and (
                lows[k] in ("a", "an", "some", "one", "only", "just", "about", "roughly", "well", "far", "much",
                            "slightly", "somewhat") or ws[k].tag == "NUM")) and lows[k] not in ("right", "left"):
            e = _measure_span(ws, k)
            if e > k and e < n and lows[e] in ("from", "away", "away from") and lows[e - 1] in _NEAR_UNITS | {
                    "inches", "centimetres", "centimeters"}:
                e += lows[e] == "away" and e + 1 < n and lows[e + 1] == "from"
                out += tag("next to")                         # 'only inches from a chair'
                k = e + 1
                continue
            if e > k and e < n and (lows[e] in _PLACE_STARTS or ws[e].tag == "REGION"):
                k = e                                          # 'a little in front of': in front of
                continue
        if k + 1 < n and lows[k] in ("leftward", "leftwards", "rightward", "rightwards") and lows[k + 1] == "of":
            out += tag("to the left of" if lows[k].startswith("left") else "to the right of")
            k += 2                                             # 'leftward of the tractor': left of it
            continue
        if k + 2 < n and lows[k] == "right" and lows[k + 1] == "up" and lows[k + 2] == "against":
            k += 2                                             # 'right up against': against
            continue
        if _intensified_place(ws, k):
            k += 1                                             # 'rests right in the middle', 'smack in the centre'
            continue
        out.append(ws[k])
        k += 1
    return out


_INTENSIFIERS = {"right", "smack", "slap", "bang", "squarely", "exactly", "precisely", "plumb", "dead"}
_LOCATIVE = {"in", "on", "at", "inside", "under", "over", "above", "below", "beneath", "underneath", "beside", "behind",
             "by", "near", "between", "among", "amid", "atop", "upon", "against", "alongside", "opposite", "within",
             "outside", "in_front_of", "next_to", "on top of"}
_STILL = {"be", "sit", "stand", "rest", "lie", "stay", "remain", "wait", "sleep", "perch", "hang", "hover", "lean",
          "crouch", "squat", "kneel", "lurk", "nap", "doze", "lounge", "sprawl", "huddle", "nestle", "loom", "float",
          "place", "put", "set", "position", "park", "locate", "situate", "center", "centre", "plant", "stick"}


def _intensified_place(ws: list[Word], k: int) -> bool:
    """A word that only sharpens the place after it: 'right in the middle', 'smack in the centre', 'squarely on the
    table', 'dead in the centre'. 'right' so only after a verb of staying or placing or a copula ('moves right in
    the second half' is a way), and never before 'of' ('right of the car')."""
    w = ws[k]
    if w.low not in _INTENSIFIERS or k + 1 >= len(ws) or not k:
        return False
    nxt = ws[k + 1]
    if not (nxt.tag == "PREP" and (nxt.low in _LOCATIVE or nxt.value in _LOCATIVE)):
        return False
    prev = ws[k - 1]
    if w.low != "right":
        return prev.tag in ("VERB", "COP", "NOUN", "ADV", "PUNCT", "PRON")
    return prev.tag == "COP" or prev.tag == "VERB" and (prev.lemma or verb_lemma(prev.low)) in _STILL or \
        prev.tag == "NOUN" or prev.low == ","


_LABELS = (("the", "one"), ("the", "other"), ("the", "first"), ("the", "second"), ("the", "third"),
           ("the", "former"), ("the", "latter"), ("one",), ("the", "other", "one"))


def _property_at(lows: list[str], k: int) -> tuple[list[str], int]:
    """A colour ('bright red', 'red and white') or a size word ('very big') from lows[k]; ([], k) if none."""
    cols, e = _colours_at(lows, k)
    if cols:
        return cols, e
    q = k + (k < len(lows) and lows[k] in DEGREE)
    if q < len(lows) and lows[q] in MATERIALS and q == k and (q + 1 >= len(lows) or lows[q + 1] not in NOUNS or
                                                              lows[q + 1] == "one"):
        return [lows[q]], q + 1          # what it is made of: 'one is oak, the other pine', 'a wooden one' (attr7)
    return ([lows[q]], q + 1) if q < len(lows) and (lows[q] in SIZES or lows[q] in LOOKS) else ([], k)


def _coordinated_heads(ws: list[Word], t: int, most: int) -> list[int]:
    """The heads of the noun phrases coordinated just before ws[t] ('a cat and a dog', 'A, B and C'), first first."""
    lows = [w.low for w in ws]
    heads, q = [], t - 1
    while q >= 0 and ws[q].tag == "NOUN" and len(heads) < most:
        heads.append(q)
        q -= 1
        while q >= 0 and ws[q].tag in ("NOUN", "ADJ", "NUM", "DET", "POSS"):
            q -= 1                                         # the rest of its noun phrase
        if q < 0 or lows[q] not in ("and", ",") or len(heads) == 1 and lows[q] != "and":
            break                                          # 'A, B and C': the last two joined by 'and'
        q -= 1
        q -= q >= 0 and lows[q] == ","                     # ', and'
    return sorted(heads)


def _shared_property(ws: list[Word], t: int) -> list[Word] | None:
    """'a cat and a dog, both black', 'a cup, a bowl and a jug, all red': the property is each one's."""
    lows = [w.low for w in ws]
    k = _quantifier_end(lows, t + 1)
    props, e = _property_at(lows, k)
    if not props or e < len(ws) and ws[e].tag in ("NOUN", "DET", "NUM"):
        return None
    heads = _coordinated_heads(ws, t, 6)
    if len(heads) < 2:
        return None
    out = list(ws[:t])
    for h in heads:
        out[out.index(ws[h]):out.index(ws[h])] = [Word(p, p, "ADJ", p) for p in props]
    return out + ws[e:]


def _respectively(ws: list[Word]) -> list[Word]:
    """Properties listed after the things they belong to, in the same order: 'a mouse and a chair, yellow and green
    respectively', 'a horse and a ball, in lavender and teal', 'a dog and a cup: the one olive, the other scarlet',
    'a cat and a horse, the first big and the second tiny'. Each property is moved before its own head, as if
    written 'a yellow mouse and a green chair'."""
    lows = [w.low for w in ws]
    n = len(ws)
    for t in range(2, n - 2):
        if lows[t] not in (",", ":", "in", "are", "were") and lows[t] not in _COLOURING or ws[t - 1].tag != "NOUN":
            continue
        if lows[t] == "," and lows[t + 1] in ("both", "all") and t + 2 < n and ws[t + 2].tag == "PREP" and \
                lows[t + 2] != "of" and not any(w.tag in ("VERB", "COP") for w in ws[t + 2:]):
            return ws[:t + 2] + [Word("of", "of", "PREP", "", "of"), Word("them", "them", "PRON")] + ws[t + 2:]
            #                                 'a kettle next to a toaster, both on a counter': both of them are there
        if lows[t] == "," and lows[t + 1] in ("both", "all", "each"):
            shared = _shared_property(ws, t)
            if shared is not None:
                return shared
        k = t + 1 if lows[t] in (",", ":", "are", "were") else t
        if k < n and (lows[k] in _COLOURING or lows[k] == "in" or ws[k].tag == "COP"):
            k += 1
        fronted = lows[k:k + 3] == [",", "respectively", ","] or lows[k:k + 2] == ["respectively", ","]
        if fronted:
            k += 3 if lows[k] == "," else 2      # 'are, respectively, orange, brown and green'
        props, labelled = [], False
        while k < n:
            lab = next((lb for lb in _LABELS if tuple(lows[k:k + len(lb)]) == lb), None)
            if lab is not None:
                labelled, k = True, k + len(lab)
                if k < n and (ws[k].tag == "COP" or lows[k] == "in"):
                    k += 1
            got, e = _property_at(lows, k)
            if not got:
                break
            props.extend(got)                                  # 'yellow and green' read as one pair: each
            k = e
            if k < n and lows[k] in (",", "and", ";") and k + 1 < n and lows[k + 1] in ("and",):
                k += 1
            if k < n and lows[k] in (",", "and", ";") and k + 1 < n and (
                    _property_at(lows, k + 1)[0] or any(tuple(lows[k + 1:k + 1 + len(lb)]) == lb for lb in _LABELS)):
                k += 1
                continue
            break
        said = k < n and lows[k] == "respectively"
        k += said
        said = said or fronted
        for order in ((",", "in", "that", "order"), ("in", "that", "order"), (",", "in", "the", "same", "order"),
                      ("in", "the", "same", "order"), (",", "in", "order"), ("in", "order"), (",", "respectively"),
                      (",", "in turn"), ("in turn",)):    # (the words of 'in that order' read as one, `_in_turn_at`)
            if not said and tuple(lows[k:k + len(order)]) == order:
                said, k = True, k + len(order)      # 'a jar, a cup and a bowl: red, blue and green, in that order'
        if len(props) < 2 or not (said or labelled or lows[t] == "," and t + 1 < n and lows[t + 1] == "in"):
            continue
        if k < n and ws[k].tag in ("NOUN", "DET", "NUM", "ADJ"):
            continue                                           # 'in red and blue shoes': a thing of their own
        heads = _coordinated_heads(ws, t, len(props))
        if len(heads) != len(props):
            continue
        out = list(ws[:t])
        for h, prop in zip(heads, props):
            out.insert(out.index(ws[h]), Word(prop, prop, "ADJ", prop))
        return out + ws[k:]
    return ws


_TALLY = (("in", "all"), ("in", "total"), ("altogether",), ("all", "told"), ("in", "number"), ("in", "count"),
          ("total",), ("to", "be", "exact"), ("exactly",))


def _tally_at(lows: list[str], k: int) -> int:
    """Where words that only say a number is the whole count ('in all', 'in total', 'altogether') end, else k."""
    for t in _TALLY:
        if tuple(lows[k:k + len(t)]) == t:
            return k + len(t)
    return k


def _count_after_noun(ws: list[Word], k: int) -> tuple[int, int] | None:
    """The count told after the bare plural ws[k], as (index of its number, end of the words that tell it):
    'dogs, three of them', 'mice, three in all', 'boxes - four of them', 'apples (5)', 'lamps numbering four',
    'rabbits to the number of four', 'sloths totalling three', 'some deer - five, to be exact'."""
    lows, n = [w.low for w in ws], len(ws)
    q = k + 1
    if q < n and lows[q] in ("numbering", "totalling", "totaling", "totaled", "totalled", "counting"):
        q += 1
    elif q + 3 < n and lows[q:q + 4] == ["to", "the", "number", "of"]:
        q += 4
    elif q < n and lows[q] in (",", ":", "-", "--", "—", "("):
        q += 1
    else:
        return None
    if q >= n or ws[q].tag != "NUM" or not isinstance(ws[q].value, int) or q == k + 1:
        return None
    num, e = q, q + 1
    if e + 1 < n and lows[e] == "of" and lows[e + 1] in ("them", "these", "those"):
        e += 2
    e = _tally_at(lows, e + (e < n and lows[e] == "," and _tally_at(lows, e + 1) > e + 1))
    if lows[k + 1] == "(":
        if e >= n or lows[e] != ")":
            return None
        e += 1
    elif lows[k + 1] in (",", ":", "-", "--", "—") and e == num + 1 and not (
            e >= n or ws[e].tag in ("PUNCT", "PREP", "ADV", "TIME") or lows[e] in ("all", "all along")):
        return None                                            # 'cats, two dogs': a list, not a count
    if lows[k + 1] == "," and e + 1 < n and lows[e] == "," and ws[e + 1].tag in ("VERB", "COP"):
        e += 1                                                 # 'Several ducks - five - paddle': the aside's end
    return num, e


def _count_stated(ws: list[Word], k: int) -> tuple[int, int] | None:
    """A count stated of a plural at ws[k] ('the turtles number five', 'pigs count: three', 'the cats total four',
    'the dogs are three in number'), as (index of the number, end of the words that state it)."""
    lows, n = [w.low for w in ws], len(ws)
    q = k + 1
    if q < n and lows[q] in ("number", "count", "total", "tally", "numbers", "counts", "totals"):
        q += 1
        q += q < n and lows[q] in (":", "is", "are", "-")
    elif q + 1 < n and lows[q] in ("are", ":") and ws[q + 1].tag == "NUM" and _tally_at(lows, q + 2) > q + 2:
        q += 1                                                # 'the dogs are three in number'
    else:
        return None
    if q >= n or ws[q].tag != "NUM" or not isinstance(ws[q].value, int):
        return None
    return q, _tally_at(lows, q + 1)


def _ones_of_a_group(ws: list[Word]) -> list[Word]:
    """'Two cups, a red one and a blue one': after a counted plural, 'a red one' is one of them ('one red')."""
    lows = [w.low for w in ws]
    for k in range(2, len(ws) - 3):
        if lows[k] in (",", ":") and ws[k - 1].tag == "NOUN" and ws[k - 1].low != ws[k - 1].lemma and \
                lows[k + 1] in ("a", "an"):
            out, q, told = list(ws[:k + 1]), k + 1, 0
            while q + 2 < len(ws) and lows[q] in ("a", "an") and _property_at(lows, q + 1)[0]:
                props, e = _property_at(lows, q + 1)
                if e >= len(ws) or lows[e] != "one":
                    break
                out += tag("one") + [Word(w.text, w.low, "ADJ", w.low) if w.low in MATERIALS else w for w in ws[q + 1:e]]
                told, q = told + 1, e + 1
                if q < len(ws) and lows[q] in ("and", ","):
                    out.append(ws[q])
                    q += 1
            if told >= 2:
                return out + ws[q:]
    return ws


def _none_of_them(ws: list[Word]) -> list[Word]:
    """'two cups, neither of them red', ', none of them blue': what no one of them is, is no property and no thing."""
    lows = [w.low for w in ws]
    for k in range(1, len(ws) - 3):
        if lows[k] in ("neither", "none") and lows[k - 1] == "," and lows[k + 1:k + 3] == ["of", "them"]:
            props, e = _property_at(lows, k + 3)
            if props:
                return ws[:k - 1] + ws[e + (e < len(ws) and lows[e] == ","):] if e < len(ws) and lows[e] == "," \
                    else ws[:k - 1] + ws[e:]
    return ws


def _one_and_the_other(ws: list[Word]) -> list[Word]:
    """'Two mugs; one is beige and the other is crimson', 'two kittens, one of them grey and the other white': after
    a counted plural, 'one (of them) (is) PROPERTY' and 'the other (one) (is) PROPERTY' as 'one PROPERTY' and 'the
    other PROPERTY', the shape the reader splits a group by."""
    ws = _uncounted_members(ws)
    lows = [w.low for w in ws]
    n = len(ws)
    counted = next((k for k in range(n - 1) if ws[k].tag == "NUM" and (ws[k].value or 0) > 1 and
                    ws[k + 1].tag in ("NOUN", "ADJ") or lows[k] in PAIR_WORDS and lows[k + 1] == "of"), None)
    if counted is None:
        return ws
    out: list[Word] = list(ws[:counted + 2])
    k = counted + 2
    changed = False
    while k < n:
        opened = lows[k - 1] in (",", ";", ":", "and", "while", "but", "whereas", ".") if k else False
        q = None
        if opened and (lows[k] == "one" or ws[k].tag == "NUM" and isinstance(ws[k].value, int) and k + 2 < n and
                       lows[k + 1:k + 3] == ["of", "them"]):
            q = k + 1                                   # ('five pencils, two of them red': two red ones)
            if lows[q:q + 2] == ["of", "them"]:
                q += 2
            lead = [ws[k]]
        elif opened and lows[k:k + 2] == ["the", "other"]:
            q = k + 2
            if q < n and lows[q] == "one":
                q += 1
            lead = list(ws[k:k + 2])
            if lows[k - 1] in ("while", "whereas", "but") and out and out[-1].low == lows[k - 1]:
                out[-1] = Word(",", ",", "PUNCT")      # '… one is red while the other is blue' (attr7)
        elif opened and k + 2 < n and (lows[k] == "another" and ws[k + 1].tag == "COP" or lows[k] == "a" and lows[
                k + 1] in ("second", "third", "fourth", "fifth") and ws[k + 2].tag == "COP"):
            q = k + 1 + (lows[k] == "a")                # 'one is red, another is blue', 'a second is green' (attr7)
            lead = tag("one")
        if q is not None and q < n:
            r = q + 1 if ws[q].tag == "COP" and lows[q] in ("is", "'s") else q
            props, e = _property_at(lows, r)
            if props and (r > q or q > k + 1 + (lows[k] == "the") or props[0] in MATERIALS and props[0] not in COLOURS
                          ) and (e >= n or lows[e] in (",", ";", ".", "and",
                                                                                           "while", "but") or
                                                                        ws[e].tag in ("PREP", "ADV", "TIME")):
                out += lead + [Word(w.text, w.low, "ADJ", w.low) if w.low in COLOURS or w.low in MATERIALS else w
                               for w in ws[r:e]]
                k, changed = e, True
                continue
        out.append(ws[k])
        k += 1
    return out if changed else ws


def _uncounted_members(ws: list[Word]) -> list[Word]:
    """'One mitten is pink, the other is white', 'One cup is red, another is blue, a third is green': members named
    one by one with no count said first are that many of the kind ('two mittens: one is pink, the other …'; attr7)."""
    lows = [w.low for w in ws]
    n = len(ws)
    k = next((i for i in range(n - 3) if lows[i] == "one" and _lead_in_only(ws, i)), None)
    if k is None or ws[k + 1].tag != "NOUN" or ws[k + 1].low != (ws[k + 1].lemma or ws[k + 1].low) or \
            ws[k + 2].tag != "COP":
        return ws
    members = 1
    for q in range(k + 3, n - 1):
        opened = lows[q - 1] in (",", ";", "and", "while", "but", "whereas", ":")
        if not opened:
            continue
        if lows[q:q + 2] == ["the", "other"]:
            r = q + 2
            many = ws[r].value if r < n and ws[r].tag == "NUM" and isinstance(ws[r].value, int) else 1
            r += many > 1 or r < n and lows[r] == "one"
            if r < n and (ws[r].tag == "COP" or lows[r] in (",", ".", ";") or lows[r] in COLOURS):
                members += many
        elif lows[q] in ("another", "one") and ws[q + 1].tag == "COP" or lows[q] == "a" and \
                lows[q + 1] in ("second", "third", "fourth") and q + 2 < n and ws[q + 2].tag == "COP":
            members += 1
    if members < 2:
        return ws
    return ws[:k] + tag(str(members)) + [ws[k + 1], Word(":", ":", "PUNCT"), ws[k]] + ws[k + 2:]


def _counted_after(ws: list[Word]) -> list[Word]:
    """A count told after its noun reads as one before it: 'Camels: five of them.', 'dogs, three of them', 'mice,
    three in all', 'apples (5)', 'lamps numbering four' as 'five camels' … (see _count_after_noun); 'a total of
    three cups', 'three cups in all' and 'nothing but three cups' as 'three cups'."""
    n = len(ws)
    lows = [w.low for w in ws]
    for k in range(n - 2):
        if ws[k].low == "nothing" and ws[k + 1].low == "but" and ws[k + 2].tag in ("NUM", "DET", "ADJ", "NOUN"):
            return _counted_after(ws[:k] + ws[k + 2:])
        if lows[k:k + 3] in (["a", "total", "of"], ["the", "total", "of"]) and ws[k + 3:k + 4] and \
                ws[k + 3].tag == "NUM":
            return _counted_after(ws[:k] + ws[k + 3:])         # 'a total of four books'
        if lows[k:k + 3] in (["the", "number", "of"], ["the", "count", "of"], ["the", "total", "of"]) and \
                k + 5 < n and ws[k + 3].tag == "NOUN" and lows[k + 4] in ("is", "was", ":", "equals") and \
                ws[k + 5].tag == "NUM":
            return _counted_after(ws[:k] + [ws[k + 5], ws[k + 3]] + ws[k + 6:])   # 'the number of balls is ten'
        if ws[k].tag == "NOUN" and ws[k].low != ws[k].lemma:
            stated = _count_stated(ws, k)
            if stated is not None:
                num, e = stated
                start = k - (k and lows[k - 1] in ("the", "these", "those"))
                return _counted_after(ws[:start] + [ws[num], ws[k]] + ws[e:])    # 'the turtles number five'
        if ws[k].tag == "NUM" and ws[k + 1].tag == "NOUN" and isinstance(ws[k].value, int):
            q = k + 2
            while q < n and ws[q].tag == "NOUN":
                q += 1
            e = _tally_at(lows, q)
            if e > q:
                return _counted_after(ws[:q] + ws[e:])        # 'three cups in all'
        vague = k and ws[k - 1].low in ("some", "several", "many", "a few", "few", "numerous")
        if ws[k].tag == "NOUN" and ws[k].low != ws[k].lemma and not (k and ws[k - 1].tag in ("NUM", "DET", "POSS")
                                                                     and not vague):
            told = _count_after_noun(ws, k)
            if told is not None:
                num, e = told
                start = k - bool(vague)
                return _counted_after(ws[:start] + [ws[num], ws[k]] + ws[e:])
    return ws


def _stranded_relatives(ws: list[Word]) -> list[Word]:
    """'a bench that a cat sleeps under', 'a car, which a dog stands in front of', 'the bench is what a cup sits
    on': the preposition left at the end takes the noun before the relative clause, so it reads as 'a bench; a cat
    sleeps under it'."""
    n = len(ws)
    for k in range(1, n - 3):
        rel = ws[k].low in ("that", "which", "what") and ws[k].tag in ("REL", "PRON", "DET", "X", "OPEN")
        if not rel:
            continue
        before = k - 1
        if ws[before].low == "," and before:
            before -= 1
        what = ws[k].low == "what" and before >= 1 and ws[before].tag == "COP" and ws[before - 1].tag == "NOUN"
        if not (ws[before].tag == "NOUN" and ws[k].low != "what" or what):
            continue
        q = k + 1
        if q >= n or ws[q].tag not in ("DET", "NUM"):
            continue
        while q < n and ws[q].tag in ("DET", "NUM", "ADJ"):
            q += 1
        if q >= n or ws[q].tag != "NOUN":
            continue
        while q < n and ws[q].tag == "NOUN":
            q += 1
        v = q + 1
        if v + 1 < n and ws[q].tag == "VERB" and ws[v].tag == "COP" and not what and ws[k - 1].tag == "NOUN":
            # 'The dog that the boy walks is brown': the head is the verb's object; its own clause first
            head = ws[:k]
            m = next((x for x in range(v, n) if ws[x].low in (".", ";", "!", "?")), n)
            again = [Word("the", "the", "DET"), ws[k - 1]]
            return head + ws[v:m] + [Word(";", ";", "PUNCT")] + ws[k + 1:v] + again + ws[m:]
        v = q
        while v < n and (ws[v].tag in ("VERB", "COP", "AUX") or ws[v].tag == "ADV" and ws[v].low.endswith("ly")):
            v += 1
        if v == q or v >= n or not (ws[v].tag == "PREP" or ws[v].tag == "PART" and ws[v].low in (
                "on", "in", "over", "under", "by", "behind", "inside")) or ws[v].low == "of":
            continue
        e = v + 1
        head = ws[:before] if what else ws[:k - (ws[k - 1].low == ",")]
        prep = ws[v] if ws[v].tag == "PREP" else Word(ws[v].text, ws[v].low, "PREP", value=ws[v].low)
        if e < n and ws[e].tag in ("COP", "VERB") and not what and k >= 2 and ws[k - 1].tag == "NOUN":
            # 'The bowl that the clock stands beside is indigo': the head's own clause first, then the relative one
            m = next((x for x in range(e, n) if ws[x].low in (".", ";", "!", "?")), n)
            again = [Word("the", "the", "DET"), ws[k - 1]]        # (the head by name: 'it' could be the rug)
            return head + ws[e:m] + [Word(";", ";", "PUNCT")] + ws[k + 1:v] + [prep] + again + ws[m:]
        if e < n and not (ws[e].tag in ("PUNCT", "TIME", "ADV", "CONJ") or ws[e].tag == "PREP" and e + 1 < n and
                          ws[e + 1].tag == "DET"):
            continue                                   # the preposition has its own object: not stranded
        return head + [Word(";", ";", "PUNCT")] + ws[k + 1:v] + [prep, Word("it", "it", "PRON")] + ws[e:]
    return ws


def _prepositional_relatives(ws: list[Word]) -> list[Word]:
    """'a table, under which a cat sleeps' / 'a box to the right of which a dog sits' as 'a table; under it a cat
    sleeps': a relative clause opened by a preposition is a clause of its own whose 'which' is the noun before."""
    for k in range(2, len(ws) - 2):
        if ws[k].low not in ("which", "whom") or ws[k].tag != "REL":
            continue
        start = None
        if ws[k - 1].tag == "PREP" and ws[k - 1].low != "of":
            start = k - 1                                  # 'under which'
        elif ws[k - 1].low == "of":
            for q in range(k - 2, max(0, k - 6), -1):      # 'to the right of which', 'on top of which'
                if ws[q].tag == "PREP" and ws[q].low != "of":
                    start = q
                    break
        if start is None or start == 0:
            continue
        noun = ws[start - 2] if start > 1 and ws[start - 1].low == "," else ws[start - 1]
        if noun.tag != "NOUN" or noun.low in FRAME_WORDS or noun.low in SETTINGS or \
                singular(noun.low) in NOT_THINGS:
            continue                                       # ('a scene in which a cat appears': the frame)
        it = Word(ws[k].text, "it", "PRON")
        semi = Word(";", ";", "PUNCT")
        before = ws[:start - 1] if ws[start - 1].low == "," else ws[:start]
        return before + [semi] + ws[start:k] + [it] + _prepositional_relatives(ws[k + 1:])
    return ws


_NEGATED_COPULAS = {"isn't", "aren't", "wasn't", "weren't"}


def _without_denials(ws: list[Word]) -> list[Word]:
    """The words less what they deny of a thing: 'a red cat, not a blue one', 'a dog (not black)', 'green rather
    than yellow', 'a jug instead of a vase', 'that is not red but green', 'which isn't blue; it is grey'. What is
    denied is not drawn; a denied verb or state ('is not visible', 'does not move') is kept for the reader."""
    out: list[Word] = []
    n, k = len(ws), 0
    while k < n:
        low = ws[k].low
        if low == "neither":                      # 'neither black nor white but orange': orange
            e = k + 1
            while e < n and (ws[e].low in COLOURS or ws[e].low in SIZES or ws[e].low == "nor" or ws[e].tag == "ADJ"):
                e += 1
            if e < n and e > k + 2 and "nor" in [w.low for w in ws[k:e]] and ws[e].low == "but":
                k = e + 1
                continue
        q = k + 1 if low in ("not", "never") or low in _NEGATED_COPULAS else (
            k + 2 if k + 1 < n and (low, ws[k + 1].low) in (("instead", "of"), ("rather", "than")) else k)
        e = q
        if q > k and q < n:
            e += ws[e].tag == "DET" and ws[e].low != "the"
            while e < n and (ws[e].tag == "ADJ" or ws[e].low in COLOURS or _degree(ws, e)):
                e += 1
            named = e > q
            while e < n and ws[e].tag == "NOUN" or e < n and ws[e].low == "one" and e > q:
                e += 1
            thing = e > q and (ws[e - 1].tag == "NOUN" or ws[e - 1].low == "one")
            ends = e >= n or ws[e].tag in ("PUNCT", "CONJ", "PREP", "ADV", "TIME") or ws[e].low in ("but", ")", "all")
            colour_only = named and all(ws[x].low in COLOURS or ws[x].tag == "DET" for x in range(q, e))
            if ends and (colour_only or thing and low not in _NEGATED_COPULAS and (ws[q].tag == "DET" or k and ws[
                    k - 1].low in (",", "(", "but", "and"))):
                but = e < n and ws[e].low == "but"
                if low == "not" and not but and len(out) > 1 and out[-1].tag == "COP" and out[-2].tag == "REL":
                    del out[-2:]                      # 'which is not blue; it is grey'
                if low in _NEGATED_COPULAS and out and out[-1].tag == "REL":
                    out.pop()                         # 'which isn't blue'
                k = e + but
                if out and out[-1].low == "," and k < n and ws[k].low == ",":
                    k += 1                            # 'a camel - not blue, yellow'
                if out and out[-1].low == "(" and k < n and ws[k].low == ")":
                    out.pop()
                    k += 1
                continue
        out.append(ws[k])
        k += 1
    return out


def _has_verb(seg: list) -> bool:
    return any(t in ("VERB", "COP") for t, _ in seg)


# Verbs of coming and going, and of where a thing is, for a relative clause on an object that tells something of
# its own ('…, who comes in at the end', 'a cat, which stands in front of a hedge'); not 'who fancies himself …'.
_COMING_VERBS = {"come", "arrive", "appear", "enter", "leave", "exit", "depart", "walk", "run", "fly", "drive", "land",
                 "turn", "show", "pop", "emerge", "return", "wander", "stroll", "trot", "hop", "crawl", "scuttle",
                 "creep", "sneak", "rush", "hurry", "dash", "step", "swim", "roll", "ride", "vanish", "disappear",
                 "stand", "sit", "lie", "rest", "hang", "perch", "wait", "stay", "remain", "sleep", "hover", "lean"}


def _present(low: str) -> bool:
    """A verb in the present tense ('comes', 'arrives', 'flies'), not the past ('missed', 'came')."""
    lemma = verb_lemma(low)
    return low in (lemma + "s", lemma + "es") or lemma.endswith("y") and low == lemma[:-1] + "ies"


_EXTENT_VERBS = {"runs", "run", "stretches", "stretch", "extends", "extend", "winds", "wind", "leads", "lead", "goes",
                 "go", "reaches", "reach", "spans", "span", "borders", "border", "lines", "line", "snakes", "curves"}


def _seq9_timed_relative(cur: list, items: list, p: int) -> bool:
    """seq9: items[p] is ', which'/', who' after a clause with its verb whose last noun (not a pronoun) it follows, and
    its own clause (up to the next punctuation) opens with a verb and says a time of its own ('which is no longer
    there by the end', 'who leaves halfway through')."""
    if items[p][1].low not in ("which", "who") or len(cur) < 3 or cur[-1][0] != "PUNCT" or cur[-1][1].low != "," or \
            cur[-2][0] != "NP" or cur[-2][1].pronoun is not None or cur[-2][1].region or not _has_verb(cur[:-2]) or \
            any(tt == "REL" for tt, _ in cur):
        return False
    rest = []
    for tt, x in items[p + 1:]:
        if tt in ("PUNCT", "CONJ", "SUBORD", "REL"):
            break
        rest.append((tt, x))
    return bool(rest) and rest[0][0] in ("VERB", "COP", "AUX") and any(tt == "TIME" for tt, _ in rest)


def _object_relative(cur: list, items: list, p: int) -> bool:
    """items[p] is 'that'/'which' after a clause with its verb, right after the noun of its last preposition (or a
    comma after it), and a verb of place or having follows: 'on a coaster that sits on a desk', 'under a table that
    has a vase on it', 'in front of a cat, which stands in front of a hedge'. Not 'that is red' (a colour, read
    with the noun) and not a relative whose own subject follows ('a beach that a donkey walks into')."""
    n = len(items)
    if cur[-1][0] == "NP":
        q = len(cur) - 1
    elif len(cur) > 2 and cur[-1][0] == "PUNCT" and cur[-1][1].low == "," and cur[-2][0] == "NP":
        q = len(cur) - 2
    else:
        return False
    if q < 1 or cur[q - 1][0] != "PREP" or cur[q][1].pronoun or cur[q][1].region or cur[q][1].frame or \
            cur[q][1].setting:
        return False
    nxt = items[p + 1] if p + 1 < n else (None, None)
    nxt2 = items[p + 2] if p + 2 < n else (None, None)
    if nxt[0] == "VERB":
        return nxt[1].low not in _EXTENT_VERBS and any(tt == "PREP" for tt, _ in items[p + 2:p + 5])   # 'which stands …'
    if nxt[0] == "AUX" and nxt[1].low in ("has", "have"):
        return nxt2[0] == "NP" and any(tt == "PREP" for tt, _ in items[p + 3:p + 5])   # 'that has a vase on it'
    if nxt[0] == "COP":
        return nxt2[0] == "PREP" or nxt2[0] == "VERB" and nxt2[1].low.endswith(("ed", "en", "ing")) and \
            any(tt == "PREP" for tt, _ in items[p + 3:p + 5])               # 'which is on a desk', 'is set on'
    return False


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
    relative = 0          # inside a subject's relative clause: 0 no, 1 before its verb, 2 after it
    for p, (t, x) in enumerate(items):
        nxt = items[p + 1] if p + 1 < n else (None, None)
        nxt2 = items[p + 2] if p + 2 < n else (None, None)
        low = x.low if t not in ("NP",) else None
        if t == "REL" and low in ("that", "which") and cur and (cur[-1][0] == "NP" or len(cur) > 1 and cur[-1][1].low ==
                                                            "," and cur[-2][0] == "NP") and not _has_verb(cur) and \
                nxt[0] == "NP" and nxt[1].pronoun is None and nxt2[0] in ("VERB", "AUX"):
            # 'an empty beach that a donkey walks into', 'a road, which a cart enters': the relative pronoun is the
            # verb's object; the noun after it is the clause's subject, the head noun a clause of its own
            while cur and cur[-1][0] == "PUNCT":
                cur.pop()
            flush("and")
            continue
        if t == "REL" and low in ("that", "which") and relative == 0 and _has_verb(cur) and _object_relative(cur, items, p):
            # 'A dog stands in front of a cat, which stands in front of a hedge', 'a cat sleeps under a table that has
            # a vase on it': the relative clause is the noun's own, with that noun as its subject
            head = cur[-1] if cur[-1][0] == "NP" else cur[-2]
            while cur and cur[-1][0] == "PUNCT":
                cur.pop()
            flush(",")
            cur.append(head)
            continue
        if t == "REL" and _seq9_timed_relative(cur, items, p):
            # seq9: 'At the start we see a raccoon, which is no longer there by the end', 'a kite hangs over a roof,
            # which vanishes halfway': a relative with a time of its own is the noun's own clause, after
            np_ = cur[-2]
            cur.pop()
            flush("and")
            cur.append(np_)
            continue
        if t == "REL" and low in ("who", "which") and len(cur) > 2 and cur[-1][0] == "PUNCT" and cur[-1][1].low == "," \
                and cur[-2][0] == "NP" and cur[-2][1].pronoun is None and _has_verb(cur[:-2]) and \
                nxt[0] == "VERB" and _present(nxt[1].low) and verb_lemma(nxt[1].low) in _COMING_VERBS and \
                not any(tt == "REL" for tt, _ in cur):
            # 'A tricycle waits for a hedgehog, who comes in at the end': the hedgehog comes in, a clause of its own
            np_ = cur[-2]
            cur.pop()
            flush("and")
            cur.append(np_)
            continue
        if t == "REL" and low in ("that", "which", "who") and cur and (
                cur[-1][0] == "NP" or low in ("which", "who") and len(cur) > 1 and cur[-1][0] == "PUNCT" and
                cur[-1][1].low == "," and cur[-2][0] == "NP") and not _has_verb(cur) and \
                nxt[0] in ("VERB", "COP", "AUX") and any(tt in ("VERB", "COP") for tt, _ in items[p + 2:]):
            relative = 1          # 'the zebra that was sitting by the fence goes away': the subject's own clause
            continue
        if relative == 1 and t in ("VERB", "COP", "AUX"):
            cur.append((t, x))
            if not (nxt[0] in ("VERB", "COP", "AUX")) or t == "VERB" and len(cur) > 1 and \
                    cur[-2][0] in ("COP", "AUX") and x.low.endswith(("ing", "ed", "en")):
                relative = 2      # 'the cat that was standing moves …': the relative's verb ends at 'standing'
            continue
        if relative == 2 and t in ("VERB", "COP") and not (t == "VERB" and x.low.endswith(("ing", "ed", "en")) and cur
                                                          and cur[-1][0] == "NP"):
            relative = 0
            fronted = []
            while cur and cur[0][0] in ("TIME", "PUNCT"):
                fronted.append(cur.pop(0))     # 'Halfway through, the cat that sat there leaves': the leaving's
            flush(",")            # the main verb: a clause of its own with the same subject
            cur.extend(f for f in fronted if f[0] == "TIME")
        if t == "AUX" and low in ("does", "did", "do") and link in ("until", "till", "after", "once", "when") and \
                (_has_verb(cur) or any(tt in ("AUX", "COP") for tt, _ in cur)) and nxt[0] == "NP" and nxt2[0] == "VERB":
            flush(",")            # 'Not until the fox has left does a hare appear': the inverted main clause
            continue
        if t == "PUNCT" and low == ":" and cur and any(tt == "TIME" for tt, _ in cur) and \
                all(tt in ("TIME", "ADV", "PUNCT") for tt, _ in cur):
            continue                           # 'First half: a kettle.', 'At the end: a dog.': its time
        if t == "PUNCT" and low in _HARD_SPLIT:
            if low == ":" and cur and cur[-1][0] == "NP" and cur[-1][1].region is not None and \
                    all(tt in ("ADV", "PUNCT", "TIME") for tt, _ in cur[:-1]):
                cur.append((t, x))             # 'Top left: a bird.'
                continue
            lead = next((q for q, (tt, _) in enumerate(cur) if tt not in ("ADV", "PUNCT")), len(cur))
            if low == ":" and len(cur) > lead + 2 and cur[lead][0] == "NP" and cur[lead][1].head in (
                    "thing", "object", "item") and cur[lead][1].plural and cur[lead + 1][0] == "PREP" and \
                    not _has_verb(cur):
                del cur[:lead + 1]             # 'Things on the table: a cup and a fork': what is on the table
            if low == ":" and cur and (cur[0][0] == "PREP" or cur[0][0] == "ADV" and len(cur) > 1 and
                                       cur[1][0] == "PREP") and not _has_verb(cur) and \
                    all(_pp_object(cur, q) for q, (tt, _) in enumerate(cur) if tt == "NP"):
                continue                       # 'In front of a tree: a man.'
            flush(low)                         # ':' says what the clause before names ('reads the list: …')
            continue
        if (t == "PUNCT" and low == "," or t == "CONJ" and low == "and" and cur and cur[-1][0] == "ADJ") and cur and \
                nxt[0] == "NP" and nxt[1].det == "the" and nxt[1].head and \
                nxt2[0] == "ADJ" and (nxt2[1].low in COLOURS or nxt2[1].low in SIZES) and (
                    p + 3 >= n or items[p + 3][0] in ("CONJ", "PUNCT", "PREP", "TIME", "ADV")):
            flush(";")                         # 'a cow beside a rabbit, the rabbit enormous and the cow tiny',
            #                                    'the bus is painted red and the van blue' (the verb left out)
            continue
        if t == "PUNCT" and low == "," and cur and nxt[0] == "NP" and nxt[1].det in ("a", "an") and nxt[1].head and \
                nxt2[0] == "ADV" and nxt2[1].low in ("far", "nearby") and not _has_verb(cur) and \
                any(tt == "NP" for tt, _ in cur):
            flush(";")                         # 'a dog close to the camera, a fence far away'
            continue
        if t == "PUNCT" and low in (".", "!", "?", "(", ")", '"'):
            continue
        if t == "PREP" and low == "with" and cur and _has_verb(cur) and nxt[0] == "NP" and nxt[1].pronoun is None \
                and nxt2[0] == "VERB" and nxt2[1].low.endswith("ing"):
            flush("and")                       # 'walks in, with a dog following close behind': the dog follows
            continue
        if t == "PREP" and low == "with" and cur and nxt[0] == "PUNCT" and _aside_ahead(items, p + 1):
            flush("and")                       # 'A tree with, in front of it, a man'
            continue
        if t == "TIME" and (x.value in ("then", "after that", "afterwards", "afterward", "finally", "eventually",
                                        "last of all",
                                        "at last", "later", "next", "a moment later", "after a moment",
                                        "after a while", "meanwhile", "soon", "suddenly", "at the end", "in the end",
                                        "by the end", "at the very end") or
                            x.value.startswith(("at the end of", "in the end of", "by the end of")) or
                            x.value.endswith((" later", " afterwards")) or x.value in ("shortly after", "soon after",
                                                                                       "not long after")) and cur and \
                not (len(cur) == 1 and cur[0][0] == "NP" and segs and nxt[0] in ("VERB", "AUX", "COP")) and (
                _has_verb(cur) or any(tt == "PP" or tt == "PREP" for tt, _ in cur) or
                any(tt == "NP" for tt, _ in cur)) and \
                any(tt not in ("PUNCT", "ADV", "CONJ") or tt == "ADV" and xx.low in _WAYS
                    for tt, xx in _without_manner(items[p + 1:])) and \
                not _route_in_participle(cur, items, p) and not (
                    x.value in ("later", "eventually", "soon") and (cur[-1][0] == "COP" or len(cur) > 1 and
                                                                    cur[-1][0] == "ADV" and cur[-2][0] == "COP")):
            # (not inside a predicate: 'is later out of sight', 'is only later visible')
            # not a last word: 'follows later'; but 'then east'
            # 'moves to X, then to Y', 'sleeps, then wakes', 'A, and finally B'
            denial = []
            while cur and (cur[-1][0] in ("CONJ", "PUNCT") or cur[-1][0] == "ADV" and cur[-1][1].low in ("not", "never")
                           and len(cur) > 1 and cur[-2][0] in ("CONJ", "PUNCT")):
                if cur[-1][0] == "ADV":
                    denial.insert(0, cur[-1])     # 'visible at first, but not at the end': the 'not' is the end's
                cur.pop()
            flush(x.value)
            cur.extend(denial)
            cur.append((t, x))
            continue
        if t == "REL" and low == "that" and len(cur) > 2 and cur[0][0] == "NP" and cur[0][1].pronoun == "it" and \
                cur[1][0] == "COP" and any(tt == "TIME" for tt, _ in cur):
            cur = [(tt, xx) for tt, xx in cur[2:] if tt in ("TIME", "ADV")]    # 'It is only in the second half that …'
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
            if nt == "TIME" and cur and (_has_verb(cur) or _verbless_np_pp(cur) or cur[0][0] == "NP" or
                                         len(cur) > 1 and cur[0][0] == "TIME" and cur[1][0] == "NP") and \
                    _clause_ahead(items, p + 2):
                flush(low)                     # 'There is a tree all along, and halfway through a dog walks in'
                continue
            if nt == "TIME":
                continue                       # ', then' / 'and then': the TIME word splits
            split = False
            if nt == "VERB" and _has_verb(cur):
                split = True                   # 'goes to X and ends in Y' (subject elided)
            elif nt == "ADV" and nxt2[0] == "NP" and p + 3 < n and items[p + 3][0] == "VERB" and \
                    low in ("and", ",", "but") and _has_verb(cur) and " " in nxt[1].low and nxt2[1].pronoun is None:
                split = True                   # 'exits, and in its place a mouse enters': a clause of its own
            elif nt == "ADV" and nxt2[0] == "VERB" and low in ("and", ",", "but") and _has_verb(cur) and \
                    nxt[1].low not in ("not", "never", "only"):
                split = True                   # 'comes back in and slowly perches on the bed'
            elif nt == "ADV" and low == "but" and nxt[1].low == "not" and nxt2[0] in ("TIME", "PREP") and (
                    _has_verb(cur) or segs and cur and all(tt in ("TIME", "PUNCT", "ADV") for tt, _ in cur)):
                split = True                   # 'present in the first half but not in the second half'
            elif _has_verb(cur) and any(tt == "TIME" for tt, _ in cur) and (
                    nt == "ADV" and nxt[1].low in ("not", "only", "never") and nxt2[0] == "TIME" or
                    nt == "ADJ" and nxt[1].low in _PREDICATIVE):
                split = True                   # 'is there in the first half and absent in the second', ', not in …'
            elif nt in ("COP", "AUX") and low in ("but", "and") and _has_verb(cur) and \
                    any(tt in ("ADJ", "TIME", "PREP", "ADV") for tt, _ in items[p + 2:p + 6]):
                split = True                   # 'is visible at first but is gone at the end'
            elif (nt == "NP" and nxt[1].region in ("left", "right") and nxt[1].of is None or
                  nt in ("ADV", "PREP", "PART") and nxt[1].low in _WAYS) and nxt2[0] == "TIME" and \
                    all(tt in ("PUNCT", "TIME") for tt, _ in _without_manner(items[p + 3:])) and _has_verb(cur) and any(
                        tt == "TIME" or _ranked((tt, xx)) for tt, xx in cur):
                split = True                   # 'goes right to begin with and left afterwards': a leg of its own
            elif nt == "NP" and nxt2[0] == "TIME" and p + 3 < n and items[p + 3][0] in ("VERB", "AUX") and \
                    _has_verb(cur) and nxt[1].region is None:
                split = True                   # 'goes away, and a wheelbarrow then arrives': its own 'then'
            elif nt == "NP" and nxt[1].region is None and nxt2[0] == "ADV" and " " not in nxt2[1].low and \
                    p + 3 < n and items[p + 3][0] in ("VERB", "COP", "AUX") and _has_verb(cur) and \
                    low in ("and", ",", "but"):
                split = True                   # seq9: '…, a moth only shows up', 'and a dog then walks in'
            elif nt == "NP" and nxt2[0] in ("VERB", "COP", "AUX") and (_has_verb(cur) or _verbless_np_pp(cur) or any(
                    tt == "AUX" and xx.low in ("does", "do", "did") for tt, xx in cur[-2:]) or any(map(_ranked, cur)) or (
                    low == "," and nxt[1].det == "the" and cur[0][0] == "NP")):
                split = True                   # 'a cat sits and a dog runs', 'A and B, the cat being larger'
            elif nt == "NP" and low in ("and", ",") and not _has_verb(cur) and cur[0][0] == "NP" and \
                    cur[-1][0] == "ADJ" and cur[-1][1].low in COLOURS | set(SIZES):
                split = True                   # 'the dog scarlet, the book black'
            elif nt == "NP" and _verbless_np_pp(cur) and low in ("and", ",") and _np_then_pp(items, p + 1) and \
                    not _inside_pp(cur, _pp_takes_it(items, p + 1)):
                split = True                   # 'a cat on the left and a dog on the right'
            elif nt == "NP" and _has_verb(cur) and low in ("and", ",", "but") and _np_then_pp(items, p + 1) and \
                    not _inside_pp(cur):
                split = True                   # 'A stands on the left and B on the right'
            elif nt == "NP" and nxt[1].region is None and (nxt2[0] == "TIME" and any(
                    tt == "TIME" or _ranked((tt, xx)) for tt, xx in cur) or
                                                            _ranked(nxt2)) and \
                    low in ("and", ",", "but") and (_has_verb(cur) or _ranked(nxt2) and any(map(_ranked, cur)) or
                                                     nxt2[0] == "TIME" and cur[0][0] == "NP") and (p + 3 >= n or items[p + 3][0] not in ("VERB", "COP", "AUX",
                                                                                          "NP")):
                split = True                   # 'A fills the first half and B the second': B, at its own time
                #                                ('A llama in the first half, a penguin in the second': no verb)
            elif nt in ("PREP", "NP", "ADV", "VERB") and (_has_verb(cur) or _attr9_opens_with_np(cur)) and \
                    _inversion_ahead(items, p + 1):
                split = True                   # 'the fence stands still, and behind it there is a woman'
            elif nt == "PREP" and low == "," and _has_verb(cur) and _next_is_route(items, p + 1):
                split = True                   # 'moves to the upper right, to the lower left'
            elif low in ("and", ",") and not _inside_pp(cur) and _aside_ahead(items, p + 1) and \
                    any(tt == "NP" for tt, _ in cur):
                split = True                   # 'A truck and, to its left, a tractor': its own verbless clause
            if split:
                carry = []
                while len(cur) > 1 and cur[-1][0] in ("TIME", "PUNCT") and any(tt == "TIME" for tt, _ in cur[-2:]) \
                        and cur[-2][0] in ("TIME", "PUNCT", "CONJ") and _has_verb(cur[:-1]):
                    carry.insert(0, cur.pop())
                while cur and cur[-1][0] in ("PUNCT", "CONJ") and carry:
                    cur.pop()
                flush(low)
                cur.extend(x_ for x_ in carry if x_[0] == "TIME")
                continue
            if low == "," and _depictive(cur) and _clause_ahead(items, p + 1, adverbs=True):
                flush(",")                     # 'Visible to begin with, a kettle …': a state of its own
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


def _without_manner(items: list) -> list:
    """Items less their manner phrases ('in the sunshine', 'in a cartoon style'), which say nothing of a clause."""
    out = []
    for q, (tt, xx) in enumerate(items):
        if tt == "PREP" and q + 1 < len(items) and items[q + 1][0] == "NP" and items[q + 1][1].setting and \
                items[q + 1][1].head in NOT_THINGS:
            continue
        if tt == "NP" and q and items[q - 1][0] == "PREP" and xx.setting and xx.head in NOT_THINGS:
            continue
        out.append((tt, xx))
    return out


def _route_in_participle(cur: list, items: list, p: int) -> bool:
    """'Moving first to A and then to B, a kite sets off from C': the 'then' at items[p] orders stops inside a
    leading participle phrase (no subject of its own, and only places up to its comma), not two clauses."""
    lead = [tt for tt, _ in cur if tt not in ("TIME", "ADV")]
    if not lead or lead[0] != "VERB" or not cur[[tt for tt, _ in cur].index("VERB")][1].low.endswith("ing") or \
            any(tt == "NP" and not _pp_object(cur, q) for q, (tt, _) in enumerate(cur)):
        return False
    for tt, xx in items[p + 1:]:
        if tt == "PUNCT" and xx.low == ",":
            return True
        if tt in ("VERB", "COP", "AUX"):
            return False
    return False


def _ranked(item) -> bool:
    """A rank adverb of `_ordinal_roles` ('second' in 'and Y the second')."""
    return item[0] == "ADV" and getattr(item[1], "lemma", "") == "rank"


def _depictive(seg: list) -> list[str] | None:
    """A fronted state of the subject that follows ('Visible to begin with, a kettle …', 'At first out of sight,
    a zebra …'): its predicative words when the segment has only times, adverbs and such a state, else None."""
    said: list[str] = []
    for q, (t, x) in enumerate(seg):
        if t in ("ADJ", "VERB") and x.low in _PREDICATIVE:
            said.append(x.low)                   # ('Hidden by the pillar at the start, …': a participle, vis6)
        elif said == ["hidden"] and t == "PREP" and x.value in ("by", "behind", "under", "beneath", "inside") and \
                q + 1 < len(seg) and seg[q + 1][0] == "NP":
            continue                             # 'Hidden by the pillar at first, a jogger …': what hides it
        elif said == ["hidden"] and t == "NP" and q and seg[q - 1][0] == "PREP":
            continue
        elif t == "PREP" and x.value == "out_of" and q + 1 < len(seg) and seg[q + 1][0] == "NP" and \
                seg[q + 1][1].head in ("sight", "view", "frame", "shot", "picture"):
            said.append("invisible")
        elif t == "NP" and q and seg[q - 1][0] == "PREP" and (seg[q - 1][1].value == "out_of" or x.frame or
                                                              x.head in FRAME_WORDS):
            continue
        elif t == "PREP" and q + 1 < len(seg) and seg[q + 1][0] == "NP" and (seg[q + 1][1].frame or
                                                                            seg[q + 1][1].head in FRAME_WORDS):
            continue                             # 'In this shot, visible at first, …'

        elif t not in ("TIME", "ADV", "PUNCT"):
            return None
    return said or None


def _time_of_a_thing_scrb9(items: list) -> list:
    """scrB9: 'After a moment's thought, …': a time with a possessive 's and the noun it measures is one time; the
    noun is no subject. Before the verb, a preposition right before a comma or colon has no object, it is an adverb
    ('Far off, we hear a dog', 'Somewhere below, a bell tolls': not 'below a bell')."""
    out = list(items)
    verb_at = next((k for k, (t, _) in enumerate(out) if t in ("VERB", "COP", "AUX")), len(out))
    for k in range(min(verb_at, len(out) - 1)):
        if out[k][0] == "PREP" and out[k + 1][0] == "PUNCT" and out[k + 1][1].low in (",", ":"):
            w = out[k][1]
            out[k] = ("ADV", Word(w.text, w.low, "ADV", w.low, w.low))   # 'Far off, we hear …', 'Somewhere below, …'
    q = 0
    while q + 3 < len(out):
        if out[q][0] == "TIME" and out[q + 1][0] == "POS" and out[q + 2][0] == "NP" and (out[q + 3][0] == "PUNCT" or (
                out[q + 3][0] == "NP" and q + 4 < len(out) and out[q + 4][0] in ("VERB", "COP", "AUX"))):
            del out[q + 1:q + 3]
        q += 1
    return out


def _fronted_verbless_time_scrb9(items: list, q: int) -> bool:
    """scrB9: 'After a long look around, he …', 'Before the second knock, she …': a fronted 'after'/'before' whose
    words up to the comma have no verb (noun phrases, particles, prepositions, adverbs) is a preposition of time,
    no clause; the clause after the comma has its own subject."""
    x = items[q][1]
    if x.low not in ("after", "before") or not (q == 0 or items[q - 1][0] == "PUNCT") or \
            q + 1 >= len(items) or items[q + 1][0] != "NP" or items[q + 1][1].pronoun is not None:
        return False
    k = q + 2
    while k < len(items) and items[k][0] in ("NP", "PREP", "PART", "ADV") and not (
            items[k][0] == "NP" and items[k][1].pronoun is not None):
        k += 1
    if not (k < len(items) and items[k][0] == "PUNCT" and items[k][1].low == "," and _clause_ahead(items, k + 1)):
        return False
    for j in range(q + 2, k):
        if items[j][0] == "PREP" and items[j + 1][0] != "NP":
            w = items[j][1]
            items[j] = ("ADV", Word(w.text, w.low, "ADV", w.low, w.low))      # 'a look around': no object
    return True


def _clause_ahead(items: list, p: int, adverbs: bool = False) -> bool:
    """items[p:] begin a clause of their own: (',') NP (VERB|COP|AUX); with `adverbs`, times and adverbs may come
    between the subject and its verb ('…, a robot eventually shows itself')."""
    while p < len(items) and items[p][0] == "PUNCT":
        p += 1
    q = p + 1
    while adverbs and q < len(items) and items[q][0] in ("TIME", "ADV"):
        q += 1
    if p + 1 < len(items) and items[p][0] == "ADV" and items[p][1].low == "there" and items[p + 1][0] in ("COP", "AUX"):
        return True               # '…, and in the second half there is a penguin': an existential clause
    return q < len(items) and items[p][0] == "NP" and items[q][0] in ("VERB", "COP", "AUX")


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


# What a prepositional phrase may say about the whole shot rather than where a thing is: 'in the evening light'.
_AMBIENT = {"sunshine", "sunlight", "moonlight", "light", "daylight", "weather", "style", "day", "night", "evening",
            "morning", "afternoon", "dusk", "dawn", "rain", "fog", "mist", "darkness", "manner", "fashion", "way",
            "silence", "mood", "atmosphere", "lighting", "slow-motion"}


def _np_then_pp(items: list, p: int) -> bool:
    """items[p] is an NP followed (before any verb) by a preposition that places it (not one that says the light
    or the day: 'a cup and a bowl in the evening light')."""
    for q, (t, x) in enumerate(items[p + 1:p + 4], start=p + 1):
        if t == "PREP":
            after = items[q + 1] if q + 1 < len(items) else (None, None)
            return not (after[0] == "NP" and after[1].setting and after[1].head in _AMBIENT)
        if t == "NP" and q == p + 1 and x.region is not None and x.of is not None:
            return True                       # '… and a chair right of it': a region of a thing places it
        if t in ("VERB", "COP", "CONJ"):
            return False
    return False


def _inside_pp(seg: list, ahead_it: bool = False) -> bool:
    """The segment ends inside 'between A' or 'flanked by A' (so 'and B' is the preposition's second object), or,
    when `ahead_it` (the next noun phrase's preposition takes 'it' or 'them'), inside 'with A' ('a table with a
    cup and a plate on it')."""
    for q in range(len(seg) - 1, -1, -1):
        t, x = seg[q]
        if t == "PREP":
            # 'between A', 'flanked by A': the preposition takes two objects
            return x.value == "between" or x.value == "by" and q and seg[q - 1][0] == "VERB" and \
                seg[q - 1][1].lemma in ("flank", "surround", "border", "frame", "sandwich") or \
                x.low == "with" and ahead_it and q + 1 < len(seg) and seg[q + 1][0] == "NP" and all(
                    tt == "PUNCT" for tt, _ in seg[q + 2:])                      # 'with A (,) and B on it'
        if t in ("VERB", "COP"):
            return False
    return False


def _pp_takes_it(items: list, p: int) -> bool:
    """items[p] is an NP whose next preposition's object is 'it' or 'them' ('… and a plate on it')."""
    for q in range(p + 1, min(p + 4, len(items) - 1)):
        if items[q][0] == "PREP":
            nxt = items[q + 1]
            return nxt[0] == "NP" and (nxt[1].pronoun in ("it", "them") or both_sides(nxt[1]))
    return False


def both_sides(ph: Phrase | None) -> bool:
    """'either side', 'opposite sides', 'each end', 'both edges', 'the two ends': one thing on each (of a thing named
    by its 'of', or of the frame)."""
    return ph is not None and ph.head in ("side", "end", "edge", "flank", "extreme", "extremity", "bank", "shore") and (
        ph.det in ("either", "each", "both") or ph.plural and ("opposite" in ph.adjs or ph.count == 2))


def _attr9_opens_with_np(cur: list) -> bool:
    """The clause so far opens with a noun phrase, after any time or lead-in said first ('This time, a teapot, and
    beside it there is a skateboard': attr9)."""
    for t, _ in cur:
        if t in ("TIME", "PUNCT", "ADV"):
            continue
        return t == "NP"
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


def _aside_ahead(items: list, p: int) -> bool:
    """items[p:] read '(,) PREP NP (,) NP' and then end or a comma: a thing placed by a fronted phrase, its verb
    left out ('and, to its left, a tractor', 'and above it a bird')."""
    q, n = p, len(items)
    while q < n and items[q][0] in ("PUNCT", "ADV") and items[q][1].low not in (";", ":"):
        q += 1
    seen = False
    while q + 1 < n and items[q][0] == "PREP" and items[q + 1][0] == "NP":
        q += 2
        seen = True
    if not seen:
        return False
    if q < n and items[q][0] == "PUNCT" and items[q][1].low == ",":
        q += 1
    if q >= n or items[q][0] != "NP" or items[q][1].region is not None:
        return False
    q += 1
    return q >= n or items[q][0] == "PUNCT" and items[q][1].low in (",", ".", "!", ";") or \
        items[q][0] in ("CONJ", "PREP", "ADV", "TIME")


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
        if t == "SUBORD" and p == 0:
            c.subord = x.low             # 'Before moving to the corner, …', 'once it has reached …'
            p += 1
        elif t == "TIME":
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
        elif t == "NP" and x.region is not None and p + 2 < n and seg[p + 1][0] == "PUNCT" and \
                seg[p + 1][1].low in (":", ",") and seg[p + 2][0] == "NP" and not c.subjects:
            lead_pps.append(PP(prep="in" if x.of is None else "to", np=x))   # 'Top left: a bird', 'Left of it: a dog'
            p += 2
        elif t == "NP" and x.region is not None and x.of is not None and p + 1 < n and seg[p + 1][0] != "NP" and (
                seg[p + 1][1].low == "there" or seg[p + 1][0] in ("VERB", "COP")):
            lead_pps.append(PP(prep="to", np=x))      # 'left of it there is a cat'
            p += 1
        elif t == "AUX" and x.low in ("does", "do", "did", "can", "could", "will", "would") and p + 1 < n and \
                seg[p + 1][0] == "NP" and (lead_pps or c.times or c.adverbs):
            p += 1                       # 'Only in the second half does a fox show up': the subject follows
        elif t == "VERB" and x.low.endswith(("ed", "en")) and p + 1 < n and seg[p + 1][0] == "PREP" and \
                not c.subjects and all(tt in ("PREP", "NP", "PUNCT", "TIME", "ADV") for tt, _ in seg[:p]):
            p += 1                       # 'hidden behind it there is a man': the participle only says how
        elif t == "VERB" and x.low.endswith("ing") and all(tt in ("PREP", "NP", "PUNCT", "TIME", "ADV", "SUBORD")
                                                            for tt, _ in seg[:p]) and not c.subjects:
            c.participle = True
            c.verb, c.verb_text = x.lemma, x.low
            c.verbs.append(x.lemma)
            c.verb_texts.append(x.low)
            p += 1
        else:
            break
    # 'There is/are NP'
    if p + 1 < n and seg[p][0] != "NP" and seg[p][1].low in ("there", "here") and seg[p + 1][0] in ("COP", "VERB"):
        c.copula = seg[p + 1][0] == "COP"
        c.existential = True
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
            elif p + 2 < n and seg[p][0] == "PUNCT" and seg[p + 1][0] == "CONJ" and seg[p + 2][0] == "NP":
                p += 2                   # 'there are a clock, and a vase'
        _rest(c, seg, p)
        c.pps = lead_pps + c.pps
        return c
    # Subjects: noun phrases joined by 'and' / ','; after a participle, a noun phrase is its object ('leaving the
    # house behind').
    while p < n and seg[p][0] == "NP" and not c.participle:
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
    if (lead_pps or c.times and seg[p:p + 1] and seg[p][0] == "COP") and p < n and seg[p][0] in ("VERB", "COP") and \
            p + 1 < n and seg[p + 1][0] == "NP" and not c.subjects:
        # inversion: 'On the table sits a cat', 'To the left of the car stands a man'
        v = seg[p][1]
        c.copula = seg[p][0] == "COP"
        if not c.copula:
            c.verb, c.verb_text = v.lemma, v.low
            c.verbs.append(v.lemma)
            c.verb_texts.append(v.low)
        c.subjects.append(seg[p + 1][1])
        c.pps = lead_pps
        q = p + 2
        while q + 1 < n and seg[q][0] in ("CONJ", "PUNCT") and seg[q][1].low in ("and", ",") and \
                seg[q + 1][0] == "NP" and seg[q + 1][1].region is None and not seg[q + 1][1].frame and \
                not seg[q + 1][1].setting and not (q + 2 < n and seg[q + 2][0] in ("VERB", "COP", "AUX")):
            c.subjects.append(seg[q + 1][1])    # 'On a table sit a lamp and a clock': both are the subjects
            q += 2
        _rest(c, seg, q)
        return c
    c.pps = lead_pps
    _rest(c, seg, p, verb_slot=True)
    if not c.subjects and not c.verb and not c.pps and not c.objects and not c.times and not c.adverbs and \
            not c.adjectives:
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
        if prep == "with" and p + 2 < n and seg[p][0] == "PUNCT" and seg[p][1].low == "," and seg[p + 1][0] == "CONJ" and \
                seg[p + 2][0] == "NP" and _pp_takes_it(seg, p + 2):
            p += 1                      # 'with a phone, and a mug on it'
        if p + 1 < n and seg[p][0] == "CONJ" and seg[p + 1][0] == "NP" and seg[p + 1][1].region in (
                "left", "right") and seg[p + 1][1].of is not None and prep not in ("between", "from", "to") and \
                pp.np.region is None:
            return pp, p + 1            # 'in front of a fence and left of a car': a second place, not a second thing
        if p + 1 < n and seg[p][0] == "CONJ" and seg[p + 1][0] == "NP" and (
                prep in ("between", "by") or not (p + 2 < n and seg[p + 2][0] in ("VERB", "COP", "AUX", "PREP")) or
                prep == "with" and _pp_takes_it(seg, p + 1)):     # 'with a cup and a plate on it'
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
            elif c.verb in ("look", "seem", "appear", "become", "turn") and x.det is None and x.head in COLOURS \
                    and not x.count:
                c.adjectives.append(x.head)     # 'the car looks red'
            elif c.copula and c.verb is None and x.det is None and x.head and not x.count:
                c.adjectives.append(x.head)     # 'is visible'
                c.objects.append(x) if x.head in NOUNS and not (x.head in COLOURS and len(x.words) == 1) else None
                #                         ('the cat is orange', 'is olive': a colour word alone is the colour)
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
        if t in ("ADJ", "OPEN") and (c.copula or not seen_verb and (
                c.subjects and x.low in COLOURS | set(SIZES) or x.low in _PREDICATIVE) or
                                     c.verb in ("look", "seem", "appear", "become", "turn") and x.low in COLOURS or
                                     c.verb in ("stay", "remain") and x.low in _PREDICATIVE):
            c.adjectives.append(x.low)      # 'is red'; 'the dog scarlet' (the copula left out); 'gone'; 'looks red';
            #                                 'stays hidden until halfway' (vis6)
            p += 1
            continue
        if t == "REGION":
            c.adverbs.append(x.low)
            p += 1
            continue
        p += 1
