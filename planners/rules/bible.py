"""The entity bible: every character, animal, vehicle and prop of the film, with stable ids.

Characters come from dialogue cues and from their introduction in action (screenplays capitalise a character's
first appearance and follow it with a description: "BRICK BRADDOCK, retired police detective, …"). Props,
animals and vehicles come from the nouns the action names. Descriptions accumulate across the script — a later
"Brick, now in a bathrobe" adds to Brick's entry instead of replacing it.
"""
from __future__ import annotations

import re

from director.limits import safe_id
from director.models import Entity, Script
from director.parsing.headings import fold

from .language import Thing
from .lexicon import BODY, FUNCTION_WORDS, NOUNS, STOP_CAPS, VERBS, gender_of_name, gender_of_noun, singular
from .lexicon import COUNTS
from .syntax import SOUND_NOUNS, is_name_word, open_class

_CAPS = re.compile(r"(?<![A-Za-z'])([A-Z][A-Z'\.\-]*[A-Z](?:\s+[A-Z][A-Z'\.\-]*[A-Z]|\s+[A-Z]\.?)*)(?![a-z])")
_APPOSITIVE = re.compile(r"^\s*(\((?:[^)]{1,160})\))?\s*(?:,\s*([^,.;:!?]{3,90}?)\s*(?=[,.;:!?]|$))?")
_AGE = re.compile(r"^(?:about |around |early |mid-?|late )?(?:\d{1,3}s?|teens|twenties|thirties|forties|fifties|"
                  r"sixties|seventies|eighties|nineties)$", re.I)


_CAMERA_WORDS = {"shot", "shots", "close", "closer", "angle", "frame", "camera", "pov", "wide", "very", "louder",
                 "roar", "sfx", "vfx", "super", "title", "card", "cu", "ecu", "ms", "ls", "ots", "insert"}


def _not_a_name(words: list[str]) -> bool:
    """Capitals that are directions or sounds, not someone: 'UNDER THE TABLE', 'EXITS FRAME', 'GRABBING THE SNAKE'."""
    for w in words:
        low = w.lower().strip(".'")
        if low in FUNCTION_WORDS or low in VERBS or low in _CAMERA_WORDS or (low.endswith("ing") and len(low) > 5):
            return True
    return False


def _acts(after: str) -> bool:
    """The words after a capitalised name make it someone: a verb ('leaves'), 'and NAME', or a possessive."""
    m = re.match(r"\s*('s\b|and\s+[A-Z]{2,}|,\s+[A-Z]{2,}|\(|([a-z]+))", after)
    if not m:
        return False
    word = m.group(2)
    if word is None:
        return True
    lex = open_class().get(word, {})
    return (word in VERBS or "verb" in lex) and (word.endswith("s") or word in VERBS) and word not in FUNCTION_WORDS


def _could_name(low: str) -> bool:
    """A capitalised word a person could be called: a noun or a word no lexicon knows, not a sound, a number or a
    thing the lexicon draws ('VICTOR', 'HUNTER'; not 'CHEERS', 'FIVE', 'DOG')."""
    entry = open_class().get(low)
    return low.isalpha() and len(low) > 1 and low not in SOUND_NOUNS and low not in COUNTS and \
        singular(low) not in NOUNS and low not in FUNCTION_WORDS and low not in VERBS and (
            entry is None or "noun" in entry or "proper" in entry)


def slug(name: str) -> str:
    """A safe ASCII id for a name in any script ('José' → 'jose', '田中' → 'tianzhong'; director.limits)."""
    return safe_id(name, "someone")


def same_name(a: str, b: str) -> bool:
    """'MR. SMITH' and 'Mr Smith', 'JOSE' and 'JOSÉ' are one name; '李明' and '黎明' (both 'liming') are two."""
    key = lambda n: re.sub(r"[\W_]+", "", fold(n))  # noqa: E731
    return key(a) == key(b)


def cue_name(character: str) -> str:
    """A cue without extensions or trailing punctuation: "BRICK (CONT'D)" -> "BRICK"."""
    # The extensions run from the first "(" on the last line to a closing ")" at the end: found without a regex
    # search, whose one try per "(" was quadratic ("@BOB " and 100,000 "(").
    tail = character.rstrip()
    start = tail.find("(", tail.rfind("\n") + 1, len(tail) - 1) if tail.endswith(")") else -1
    name = character[:start] if start != -1 else character
    return name.strip().rstrip(".:").strip() or character.strip()


class Bible:
    """Builds and holds the film's entities; hands out ids for the things a shot's text names."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.names: dict[str, str] = {}          # lower-case name phrase -> character id
        self.genders: dict[str, str] = {}        # character id -> 'he' / 'she', where the script says
        self._descriptions: dict[str, list[str]] = {}

    # -- characters -------------------------------------------------------------------------------------------
    def character(self, name: str) -> str:
        name = cue_name(name)
        cid = self.names.get(name.lower()) or self._id_for(name)
        if cid not in self.entities:
            self.entities[cid] = Entity(id=cid, name=name.title(), kind="person")
            self._descriptions[cid] = []
        if not re.search(r"\band\b|&|/", name.lower()):
            self.names.setdefault(name.lower(), cid)   # "EDWARD AND WILL" speaks, but is no name to find in action
        return cid

    def _id_for(self, name: str) -> str:
        """The id a new name gets: its ASCII form, numbered when another name already transliterates to it."""
        base = slug(name)
        cid, n = base, 1
        while cid in self.entities and not same_name(self.entities[cid].name, name):
            n += 1
            cid = f"{base}_{n}"
        return cid

    def describe(self, eid: str, text: str) -> None:
        text = text.strip(" ,.-")
        if text and eid in self.entities and text.lower() not in (d.lower() for d in self._descriptions[eid]):
            self._descriptions[eid].append(text)
            self.entities[eid].description = "; ".join(self._descriptions[eid])

    @classmethod
    def from_script(cls, script: Script) -> "Bible":
        """Characters from cues first, then capitalised introductions in action with their descriptions."""
        bible = cls()
        for scene in script.scenes:
            for el in scene.elements:
                if el.type == "dialogue" and cue_name(el.character):
                    bible.character(el.character)
        cue_words = {}
        for phrase, cid in list(bible.names.items()):
            for w in phrase.split():
                if len(w) > 2 and w not in ("mr.", "mrs.", "dr.", "the", "young", "old"):
                    cue_words.setdefault(w, cid)
        for scene in script.scenes:
            for el in scene.elements:
                if el.type == "action":
                    bible._introductions(el.text, cue_words)
        bible._later_descriptions(script)
        bible._title_case_introductions(script)
        bible._genders(script)
        return bible

    def _title_case_introductions(self, script: Script) -> None:
        """'Anna (40s) enters.': a name written in title case that only names people, introduced with an age or
        acting, is a character too (not every writer capitalises the first appearance)."""
        for scene in script.scenes:
            for el in scene.elements:
                if el.type != "action":
                    continue
                for m in re.finditer(r"(?<![\w'])([A-Z][a-z]{2,})(?![\w'])", el.text):
                    low = m.group(1).lower()
                    if low in self.names or not is_name_word(low) or low in FUNCTION_WORDS:
                        continue
                    after = el.text[m.end():]
                    starts = re.search(r"(?:^|[.!?:;]\s*|\n\s*)$", el.text[:m.start()]) is not None
                    if re.match(r"\s*\(\d", after) or (_acts(after) and not starts):
                        cid = self.character(m.group(1))
                        age = re.match(r"\s*\((\d{1,3}s?)\)", after)
                        if age:
                            self.entities[cid].attributes.setdefault("age", age.group(1))

    def _genders(self, script: Script) -> None:
        """Each character's pronoun: what the action says after naming them alone ('MARA reads at her desk',
        'Tom nods. He leaves'), else a noun of their description ('a tired woman'), else their given name."""
        people = {p: c for p, c in self.names.items() if self.entities.get(c) is not None
                  and self.entities[c].kind == "person"}
        if not people:
            return
        body = "|".join(re.escape(p) for p in sorted(people, key=len, reverse=True))
        name_re = re.compile(r"(?<![A-Za-z])(" + body + r")(?![a-z])", re.I)
        pron_re = re.compile(r"\b(he|she|his|her|him|himself|herself)\b", re.I)
        votes: dict[str, dict[str, int]] = {}
        for scene in script.scenes:
            for el in scene.elements:
                if el.type != "action":
                    continue
                last_alone = None
                for sentence in re.split(r"(?<=[.!?])\s+", el.text):
                    named = []
                    for m in name_re.finditer(sentence):
                        if m.group(1)[:1].isupper():
                            cid = people.get(m.group(1).lower())
                            if cid and cid not in named:
                                named.append(cid)
                    pron = pron_re.search(sentence)
                    if pron:
                        before = [c for c in named if name_re.search(sentence[:pron.start()]) and
                                  any(people.get(m.group(1).lower()) == c for m in name_re.finditer(sentence[:pron.start()]))]
                        who = before[0] if len(before) == 1 else (last_alone if not named else None)
                        if who:
                            g = "she" if pron.group(1).lower() in ("she", "her", "herself") else "he"
                            votes.setdefault(who, {}).setdefault(g, 0)
                            votes[who][g] += 1
                    last_alone = named[0] if len(named) == 1 else (None if named else last_alone)
        for cid, entity in self.entities.items():
            if entity.kind != "person":
                continue
            v = votes.get(cid)
            if v:
                self.genders[cid] = max(sorted(v), key=lambda g: v[g])
                continue
            for word in re.findall(r"[a-z]+", entity.description.lower()):
                g = gender_of_noun(word)
                if g:
                    self.genders[cid] = g
                    break
            else:
                g = gender_of_name(entity.name)
                if g:
                    self.genders[cid] = g

    def _later_descriptions(self, script: Script) -> None:
        """'Anna, now in a bathrobe, pours tea': appositives after a known name add to the description."""
        titles = {}
        for phrase, cid in self.names.items():
            if self.entities.get(cid) is not None and self.entities[cid].kind == "person":
                titles[phrase.title()] = cid
        if not titles:
            return
        body = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
        pattern = re.compile(r"(?<![A-Za-z])(" + body + r"),\s+([a-z][^,.;:!?()]{2,70}),")
        for scene in script.scenes:
            for el in scene.elements:
                if el.type == "action":
                    for m in pattern.finditer(el.text):
                        if not re.match(r"(and|but|who|as|then|when|which|where|while)\b", m.group(2)):
                            self.describe(titles[m.group(1)], m.group(2))

    def _introductions(self, text: str, cue_words: dict[str, str]) -> None:
        for m in _CAPS.finditer(text):
            words = m.group(1).split()
            while words and words[0].strip(".") in STOP_CAPS:
                words = words[1:]
            phrase = " ".join(words)
            if not words or _not_a_name(words):
                continue
            if all(w.strip(".") in STOP_CAPS for w in words) or len(phrase) < 2 or (
                    len(phrase) == 2 and not _acts(text[m.end():])):
                continue          # two letters only when they act: 'JO looks up', not 'OK'
            low = phrase.lower()
            after = text[m.end():]
            app = _APPOSITIVE.match(after)
            age, desc = (app.group(1), app.group(2)) if app else (None, None)
            cid = self.names.get(low)
            if cid is None:
                if " and " in f" {low} " or "'s" in low or "&" in low:
                    continue      # "WILL AND SANDRA", "WILL'S DATE": not one character's name
                hits = [cue_words[w] for w in low.split() if w in cue_words]
                if hits and len(words) <= 3:
                    cid = hits[0]
                    self.names.setdefault(low, cid)
                    # The first full-name introduction names the character ("BRICK BRADDOCK" for cue BRICK);
                    # later variants ("GROWN-UP EDWARD") only become aliases.
                    entity = self.entities[cid]
                    cue_is_name = entity.name.lower() in low.split()
                    if len(words) > 1 and cue_is_name and (low.split()[0] == entity.name.lower()
                                                           or low.split()[-1] == entity.name.lower()) \
                            and not any(w in ("young", "old", "grown-up", "little", "adult", "older") for w in low.split()):
                        entity.name = phrase.title()
            if cid is None:
                head = singular(words[-1].lower().strip(".'"))
                if head in NOUNS:
                    kind = NOUNS[head][0]
                    eid = slug(phrase)
                    if eid not in self.entities:
                        attrs = {"noun": head, **({"body": BODY[head]} if head in BODY else {})}
                        self.entities[eid] = Entity(id=eid, name=phrase.title(), kind=kind, attributes=attrs)
                        self._descriptions[eid] = []
                    self.names.setdefault(low, eid)
                    continue
                if len(words) >= 2 and (age or desc) and not any(w.strip(".") in STOP_CAPS for w in words[:1]):
                    cid = self.character(phrase)
                elif len(words) <= 2 and not any(w.strip(".") in STOP_CAPS for w in words) and (
                        all(is_name_word(w.lower().strip(".'"), capitals=True) for w in words)
                        or _acts(after) and all(_could_name(w.lower().strip(".'")) for w in words)):
                    # a capitalised word that English uses as a name ('ELENA', 'JONAH', 'PETER'), or a noun that
                    # acts like someone ('VICTOR waits', 'IRIS nods'); sounds and emphasis in capitals ('BANG',
                    # 'CHEERS erupt', 'NEVER') are no one's name
                    cid = self.character(phrase)      # 'PETER leaves.', 'RUTH and SAMUEL arrive'
                else:
                    continue
            if age:
                # "(70s, grey beard, wool sweater)": the age, then the look and wardrobe for the description.
                parts = [p.strip() for p in age.strip("()").split(",") if p.strip()]
                if parts and _AGE.match(parts[0]):
                    self.entities[cid].attributes.setdefault("age", parts.pop(0))
                if parts:
                    self.describe(cid, ", ".join(parts))
            if desc and not re.match(r"^\s*(and|but|who|as|then|when)\b", desc, re.I):
                self.describe(cid, desc)

    # -- things the action names ------------------------------------------------------------------------------
    def group(self, thing: Thing, count: int) -> str:
        """One entity for a crowd or a bare plural ('many other patrons', 'black rocks'): drawn as `count`
        figures inside one box (attributes["count"], the crowd contract)."""
        eid = slug(thing.key) + "_group"
        if eid not in self.entities:
            attrs = {k: v for k, v in thing.attributes.items()}
            attrs["count"] = str(count)
            if thing.kind == "animal" and thing.key in BODY:
                attrs["body"] = BODY[thing.key]
            plural = thing.words.split()[-1] if thing.words else thing.key
            self.entities[eid] = Entity(id=eid, name=plural.lower(), kind=thing.kind, attributes=attrs)
            self._descriptions[eid] = []
        return eid

    def things(self, thing: Thing, taken: set[str]) -> list[str]:
        """Entity ids for a noun phrase: one per instance, reusing the film's ids, distinct within a shot."""
        if thing.character:
            return [thing.key]
        count = max(1, min(thing.count, 8))
        base = slug(thing.key)
        if base in self.names.values() and self.entities.get(base, None) is not None \
                and self.entities[base].kind == "person" and thing.kind != "person":
            base = base + "_" + thing.kind
        if count == 1 and base not in taken:
            ids = [base]
        else:
            ids, n = [], 1
            while len(ids) < count:
                cand = f"{base}_{n}"
                if cand not in taken:
                    ids.append(cand)
                n += 1
        name = thing.key
        for eid in ids:
            if eid not in self.entities:
                attrs = {k: v for k, v in thing.attributes.items()}
                if thing.kind == "animal" and thing.key in BODY:
                    attrs["body"] = BODY[thing.key]
                self.entities[eid] = Entity(id=eid, name=name, kind=thing.kind, attributes=attrs)
                self._descriptions[eid] = []
            else:
                for k, v in thing.attributes.items():
                    self.entities[eid].attributes.setdefault(k, v)
            if thing.words and thing.words.lower() != name:
                self.describe(eid, thing.words)
        return ids
