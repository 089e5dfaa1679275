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
from .lexicon import (BODY, FUNCTION_WORDS, NOUNS, STOP_CAPS, VERBS, gender_by_ending, gender_of_name,
                      gender_of_noun, singular)
from .lexicon import COUNTS, MOST_INSTANCES
from .syntax import NAME_PARTICLES
from .names import caps_pattern, people
from .syntax import verb_lemma
_APPOSITIVE = re.compile(r"^\s*(\((?:[^)]{1,160})\))?\s*(?:,\s*([^,.;:!?]{3,90}?)\s*(?=[,.;:!?]|$))?")
_AGE = re.compile(r"^(?:about |around |early |mid-?|late )?(?:\d{1,3}s?|teens|twenties|thirties|forties|fifties|"
                  r"sixties|seventies|eighties|nineties)$", re.I)
# '(20)', '（30岁）', '(40s, grey beard)': an age in parentheses, ASCII or full-width, and what follows it there.
_AGE_AFTER = re.compile(r"\s*[(（]\s*(\d{1,3})[^\d,，、)）]{0,3}\s*(?:[,，、]\s*([^)）]{1,80}))?[)）]")
# A description after the parentheses: ', a tired fisherman,' / '、疲れた漁師、'.
_DESC_AFTER = re.compile(r"\s*[,，、]\s*([^,，、.。;:!?！？()（）]{2,60}?)\s*[,，、]")
# Letters of one caseless script (Han, kana, Hangul…): the name just before an age in such a script.
_CASELESS_WORD = re.compile(r"(?:(?<=[\s(\"“])|^)([\u4e00-\u9fff\u3400-\u4dbf\u30a0-\u30ff\u31f0-\u31ff\u3040-\u309f"
                            r"\uac00-\ud7af]{1,8})(?=[\s,.;:!?'’)]|$)")
_LATIN_WORD = re.compile(r"\b[A-Za-z]{2,}\b")
_CASELESS_RUN = re.compile(r"(?:[\u4e00-\u9fff\u3400-\u4dbf]+|[\u30a0-\u30ff\u31f0-\u31ff]+|[\uac00-\ud7af]+|"
                           r"[\u3040-\u309f]+)$")


PREPOSITIONS = {"to", "at", "by", "with", "beside", "behind", "near", "from", "of", "for", "past", "toward", "towards",
                "around", "between", "among", "like", "after", "before", "over", "under"}
_CAMERA_WORDS = {"shot", "shots", "close", "closer", "angle", "frame", "camera", "pov", "wide", "very", "louder",
                 "roar", "sfx", "vfx", "super", "title", "card", "cu", "ecu", "ms", "ls", "ots", "insert"}


# A sentence in which someone comes in: the next sentence's pronoun may well be the one who was there, reacting.
_CAME_IN = re.compile(r"\b(?:enters|arrives|appears|comes (?:in|back)|[a-z]+s (?:in|inside|into the room)\b)", re.I)


def _not_a_name(words: list[str]) -> bool:
    """Capitals that are directions or sounds, not someone: 'UNDER THE TABLE', 'EXITS FRAME', 'GRABBING THE SNAKE'."""
    particles = len(words) > 1 and words[-1].lower() not in NAME_PARTICLES
    for w in words:
        low = w.lower().strip(".'")
        if particles and low in NAME_PARTICLES:
            continue                  # 'DE LA CRUZ', 'VAN DER BERG'
        if low in FUNCTION_WORDS or low in VERBS and verb_lemma(low) != low or low in _CAMERA_WORDS or (
                low.endswith("ing") and len(low) > 5):
            return True
    return False


def _names_someone(desc: str) -> bool:
    """A description that says who someone is: 'a huge bearded biker', 'her younger brother'."""
    return any(NOUNS.get(singular(w), ("",))[0] == "person" or gender_of_noun(w)
               for w in re.findall(r"[a-z]+", desc.lower()))


def _agent_noun(noun: str) -> bool:
    """'welder', 'painter', 'violinist': a noun for one who does what its stem says (its stem is a verb)."""
    from .syntax import open_class

    if noun.endswith("er") and len(noun) > 4:
        return any("verb" in open_class().get(stem, {}) for stem in (noun[:-2], noun[:-1], noun[:-3]))
    return noun.endswith(("ist", "ian")) and "noun" in open_class().get(noun, {})


def _acts(desc: str) -> bool:
    """'creeps between the shelves': what follows the name's commas is its verb phrase, not a description."""
    first = (re.findall(r"[a-z]+", desc.lower()) or [""])[0]
    return first.endswith("s") and first in VERBS or (
        first.endswith("s") and verb_lemma(first) != first and first not in FUNCTION_WORDS and
        singular(first) not in NOUNS)


def _animal_in(desc: str) -> str | None:
    """The animal a description names ('a scruffy terrier', "Lucia's grey cat", '(an old horse)'), or None."""
    words = re.findall(r"[a-z]+", desc.lower())
    noun = singular(words[-1]) if words else ""
    return noun if NOUNS.get(noun, ("",))[0] == "animal" else None     # its head, last: not 'a rabbit waits'


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
        self.scrA9_families: set[str] = set()    # groups of people that are someone's ('their kids'; scrA9)
        self.scrA9_weak: set[str] = set()        # ... of those, the ones guessed from a name's ending only
        self._descriptions: dict[str, list[str]] = {}
        self._people: set[str] = set()           # phrases the action uses as someone's name (names.people)

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
        actions = [el.text for scene in script.scenes for el in scene.elements if el.type == "action"]
        joint = {part.strip() for el in (e for sc in script.scenes for e in sc.elements if e.type == "dialogue")
                 for part in re.split(r"\s+(?:and|&)\s+|\s*/\s*|\s*&\s*", cue_name(el.character).lower())
                 if part.strip() and part.strip() != cue_name(el.character).lower()}
        bible._people = people(actions, set(bible.names) | joint)      # 'DAISY AND DEMI' speak: both are someone
        cue_words = {}
        for phrase, cid in list(bible.names.items()):
            for w in phrase.split():
                if len(w) > 2 and w not in ("mr.", "mrs.", "dr.", "the", "young", "old"):
                    cue_words.setdefault(w, cid)
        for text in actions:
            bible._introductions(text, cue_words)
        bible._later_descriptions(script)
        bible._title_case_introductions(script)
        bible._introductions_in_any_script(actions)
        bible._caseless_names_in_latin_text(actions)
        bible._genders(script)
        return bible

    def _introductions_in_any_script(self, texts: list[str]) -> None:
        """A name followed by an age in parentheses, in any script: 'ジョン（20）が入院。', '李明（30岁）走进来',
        '김민수(30)가', 'Дмитрий (50), старый рыбак, …'. A known character gets the age and the description
        after it; in a script without capitals (CJK) the run of one script just before the parentheses is a new
        character. Capitalised introductions in cased scripts are `_introductions`' work."""
        known = sorted(((e.name, cid) for cid, e in self.entities.items() if e.kind == "person"),
                       key=lambda nc: -len(nc[0]))
        for text in texts:
            for m in _AGE_AFTER.finditer(text):
                before = text[:m.start()]
                cid = next((c for name, c in known if before.lower().endswith(name.lower())
                            and not before[:len(before) - len(name)][-1:].isalpha()), None)
                if cid is None:
                    run = _CASELESS_RUN.search(before)
                    if run is None or run.group(0) in self.names:
                        cid = self.names.get(run.group(0)) if run else None
                    else:
                        cid = self.character(run.group(0))
                if cid is None:
                    continue
                self.entities[cid].attributes.setdefault("age", m.group(1))
                rest = (m.group(2) or "").strip()
                if rest:
                    self.describe(cid, rest)
                desc = _DESC_AFTER.match(text, m.end())
                if desc and not desc.group(1)[:1].isupper():
                    self.describe(cid, desc.group(1))

    def _caseless_names_in_latin_text(self, texts: list[str]) -> None:
        """'王芳 pours tea. Łukasz waits.': in action written in a Latin script, a word of a caseless script (Han,
        kana, Hangul) standing alone between Latin words is someone's name (no English word is written so)."""
        for text in texts:
            if len(_LATIN_WORD.findall(text)) < 3:
                continue                  # a script in that language: its words are not names
            for m in _CASELESS_WORD.finditer(text):
                run = m.group(1)
                if run not in self.names:
                    self.character(run)

    def _title_case_introductions(self, script: Script) -> None:
        """'Anna (40s) enters.', 'Anna and Ben come in': a name written in title case that the action uses as
        someone's (names.people) is a character too (not every writer capitalises the first appearance)."""
        for scene in script.scenes:
            for el in scene.elements:
                if el.type != "action":
                    continue
                for m in re.finditer(r"(?<![\w'’\-])([^\W\d_][^\W\d_'’\-]{2,})(?![\w'’\-])", el.text):
                    word = m.group(1)
                    low = word.lower()
                    if not (word[0].isupper() and word[1:].islower()) or low in self.names:
                        continue
                    alias = self._word_of_name(low) if low in self._people or gender_of_name(word) else None
                    if low not in self._people and alias is None:
                        continue      # 'Peter' for PETER MORETTI: a given name, though 'peter' is a verb too
                    if alias is not None:
                        self.names[low] = alias           # 'Bennett' for DR. BENNETT, 'Don' for DON PRICE
                        continue
                    cid = self.character(word)
                    age = re.match(r"\s*\((\d{1,3}s?)\)", el.text[m.end():])
                    if age:
                        self.entities[cid].attributes.setdefault("age", age.group(1))

    def _word_of_name(self, low: str) -> str | None:
        """The character whose (longer) name has this word: 'bennett' of 'dr. bennett', 'don' of 'don price'."""
        for phrase, cid in sorted(self.names.items()):
            entity = self.entities.get(cid)
            if entity is not None and entity.kind == "person" and low in phrase.replace(".", " ").split() \
                    and phrase != low and not re.search(r"\band\b|&|'s\b", phrase):
                return cid
        return None

    def _known_gender(self, cid: str, votes: dict[str, dict[str, int]]) -> str | None:
        """A character's pronoun as far as the script has said it yet: its votes, else its given name."""
        v = votes.get(cid)
        if v:
            return max(sorted(v), key=lambda g: v[g])
        entity = self.entities.get(cid)
        return (gender_of_name(entity.name) or gender_by_ending(entity.name)) if entity is not None else None

    def _scrA9_pronoun_of_another(self, who: str, g: str, votes: dict[str, dict[str, int]], here: list[str]) -> bool:
        """scrA9: a pronoun after a named subject that is no vote for them: their given name says the other
        pronoun ('Sofía lifts his wallet': his is someone else's). Where the name says nothing, the pronoun is
        theirs ('BJORN pulls on his boots')."""
        said = gender_of_name(self.entities[who].name)
        return said is not None and said != g

    def _genders(self, script: Script) -> None:
        """Each character's pronoun: what the action says after naming them alone ('MARA reads at her desk',
        'Tom nods. He leaves'), else a noun of their description ('a tired woman'), else their given name."""
        people = {p: c for p, c in self.names.items() if self.entities.get(c) is not None
                  and self.entities[c].kind == "person"}
        if not people:
            return
        body = "|".join(re.escape(p) for p in sorted(people, key=len, reverse=True))
        name_re = re.compile(r"(?<![A-Za-z])(" + body + r")(?![a-z])", re.I)
        # Pronouns that point back to the sentence's subject: 'he', 'she', 'his', 'her' before a noun ('her desk'),
        # reflexives; not an object ('MAYA watches him', 'he hands her the cup' name someone else).
        pron_re = re.compile(r"\b(he|she|his|himself|herself|her(?=\s+(?!(?:and|or|but|to|from|with|at|in|on|"
                             r"a|an|the|as|off|up|down|out|back|away|again|then|for|by|over|into|that|this)\b)"
                             r"[a-z]))\b", re.I)
        votes: dict[str, dict[str, int]] = {}
        weak: dict[str, dict[str, int]] = {}     # from the paragraph before ('A TALL STRANGER comes in.' / 'He …')
        for scene in script.scenes:
            carried = None
            here: list[str] = []          # the scene's characters so far: a pronoun that fits one of them is theirs
            for el in scene.elements:
                if el.type != "action":
                    carried = None
                    if el.type == "dialogue" and people.get(cue_name(el.character).lower()):
                        here.append(people[cue_name(el.character).lower()])
                    continue
                last_alone = None
                came_in = False           # the last sentence that named someone had them come in
                for k, sentence in enumerate(re.split(r"(?<=[.!?])\s+", el.text)):
                    named = []
                    for m in name_re.finditer(sentence):
                        if not m.group(1)[:1].islower():    # (a caseless script: 陈伟, さくら; scrA9)
                            cid = people.get(m.group(1).lower())
                            if cid and cid not in named:
                                named.append(cid)
                    pron = pron_re.search(sentence)
                    if pron:
                        before = [c for c in named if name_re.search(sentence[:pron.start()]) and
                                  any(people.get(m.group(1).lower()) == c for m in name_re.finditer(sentence[:pron.start()]))]
                        who = before[0] if len(before) == 1 else (last_alone if not named else None)
                        g = "she" if pron.group(1).lower() in ("she", "her", "herself") else "he"
                        if who and not named and gender_of_name(self.entities[who].name) not in (None, g):
                            who = None    # 'Mara waters the trays. He's back …': he is someone else, not Mara
                        if who and not named and came_in and gender_of_name(self.entities[who].name) is None and any(
                                c != who and self._known_gender(c, votes) == g for c in here):
                            who = None    # 'ZLATKO enters. She turns around.': the one who was here turns, not him
                        if who and named and self._scrA9_pronoun_of_another(who, g, votes, here):
                            who = None    # 'Sofía lifts his wallet while he isn't looking': his is Tariq's
                        if who:
                            votes.setdefault(who, {}).setdefault(g, 0)
                            votes[who][g] += 1
                        elif k == 0 and not named and carried and not any(
                                c != carried and self._known_gender(c, votes) == g for c in here):
                            # ('AMARA looks away.' / 'He heads out.': he is KENJI, who is here, not her)
                            weak.setdefault(carried, {}).setdefault(g, 0)
                            weak[carried][g] += 1
                    if named:
                        came_in = len(named) == 1 and bool(_CAME_IN.search(sentence))
                    last_alone = named[0] if len(named) == 1 else (None if named else last_alone)
                    here += [c for c in named if c not in here]
                # carried over only from a sentence with no one else in it ('Kofi hands her the jar' has her)
                carried = last_alone if not re.search(r"\b(?:him|her|them)\b", sentence, re.I) else None
        for cid, entity in self.entities.items():
            if entity.kind != "person":
                continue
            said = [gender_of_noun(w) for w in re.findall(r"[a-z]+", entity.name.lower())]
            if any(said):
                self.genders[cid] = next(g for g in said if g)    # 'OLD WOMAN', 'YOUNG BOY': the name says
                continue
            v = votes.get(cid)
            if v:
                self.genders[cid] = max(sorted(v), key=lambda g: v[g])
                continue
            for word in [entity.attributes.get("noun", "")] + re.findall(r"[a-z]+", entity.description.lower()):
                g = gender_of_noun(word)
                if g:
                    self.genders[cid] = g
                    break
            else:
                g = gender_of_name(entity.name)
                w = weak.get(cid)
                if g or w:
                    self.genders[cid] = g or max(sorted(w), key=lambda x: w[x])
                elif gender_by_ending(entity.name):
                    self.genders[cid] = gender_by_ending(entity.name)     # 'HELGA': likely she
                    self.scrA9_weak.add(cid)      # only a guess from the name's ending (scrA9)

    def _later_descriptions(self, script: Script) -> None:
        """'Anna, now in a bathrobe, pours tea': appositives after a known name add to the description."""
        titles = {}
        for phrase, cid in self.names.items():
            if self.entities.get(cid) is not None and self.entities[cid].kind == "person":
                titles[phrase.title()] = cid
        if not titles:
            return
        body = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
        pattern = re.compile(r"(?<![^\W\d_])(" + body + r"),\s+([^\W\d_][^,.;:!?()]{2,70}),")
        for scene in script.scenes:
            for el in scene.elements:
                if el.type == "action":
                    for m in pattern.finditer(el.text):
                        if not m.group(2)[0].isupper() and \
                                not re.match(r"(and|but|who|as|then|when|which|where|while)\b", m.group(2)):
                            self.describe(titles[m.group(1)], m.group(2))

    def _introductions(self, text: str, cue_words: dict[str, str]) -> None:
        for m in caps_pattern().finditer(text):
            words = m.group(1).split()
            while words and words[0].strip(".") in STOP_CAPS:
                words = words[1:]
            phrase = " ".join(words)
            if not words or _not_a_name(words):
                continue
            if all(w.strip(".") in STOP_CAPS for w in words) or len(phrase) < 2 or (
                    len(phrase) == 2 and phrase.lower() not in self._people and phrase.lower() not in self.names):
                continue          # two letters only when they name someone: 'JO looks up', not 'OK'
            low = phrase.lower()
            after = text[m.end():]
            app = _APPOSITIVE.match(after)
            age, desc = (app.group(1), app.group(2)) if app else (None, None)
            cid = self.names.get(low)
            lead = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 12):m.start()])
            pet = _animal_in(" ".join(x for x in (age, desc) if x)) if cid is None and len(words) <= 2 and not (
                lead and lead[-1].lower() in PREPOSITIONS) else None
            if pet is not None and not _not_a_name(words):
                # 'BUSTER, a scruffy terrier, …', 'DUKE (an old horse)': a named animal, drawn as its kind
                eid = slug(phrase)
                if eid not in self.entities:
                    self.entities[eid] = Entity(id=eid, name=phrase.title(), kind="animal",
                                                attributes={"noun": pet, **({"body": BODY[pet]} if pet in BODY else {})})
                    self._descriptions[eid] = []
                self.names.setdefault(low, eid)
                self.describe(eid, (desc or age or "").strip("()"))
                continue
            if cid is None:
                if " and " in f" {low} " or "'s" in low or "’s" in low or "&" in low:
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
                lead = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 12):m.start()])
                if head not in NOUNS and _agent_noun(head) and lead and COUNTS.get(lead[-1].lower(), 0) > 1:
                    head = "person"   # 'three WELDERS': who welds is someone
                if head in NOUNS and not (NOUNS[head][0] != "person" and (
                        age or desc and _names_someone(desc) or low in self._people)):
                    kind = NOUNS[head][0]
                    eid = slug(phrase)
                    if eid not in self.entities:
                        attrs = {"noun": head, **({"body": BODY[head]} if head in BODY else {})}
                        before = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 12):m.start()])
                        many = (COUNTS.get(words[0].lower(), 0) if len(words) > 1 else 0) or (
                            COUNTS.get(before[-1].lower(), 0) if before else 0)     # 'two TRUCKERS' too
                        if many > 1 and singular(words[-1].lower().strip(".'")) != words[-1].lower():
                            attrs["count"] = str(many)   # 'TWO POLICEMEN': a pair of figures, one entity
                        self.entities[eid] = Entity(id=eid, name=phrase.title(), kind=kind, attributes=attrs)
                        self._descriptions[eid] = []
                    self.names.setdefault(low, eid)
                    continue
                if len(words) >= 2 and (age or desc) and not any(w.strip(".") in STOP_CAPS for w in words[:1]):
                    cid = self.character(phrase)
                elif len([w for w in words if w.lower() not in NAME_PARTICLES]) <= 2 and (
                        low in self._people or head in NOUNS and (age or _names_someone(desc or ""))):
                    # the action uses it as someone's name (names.people): 'PETER leaves.', 'VICTOR waits',
                    # 'RUTH and SAMUEL arrive'; sounds and emphasis in capitals ('BANG', 'CHEERS erupt') are not
                    cid = self.character(phrase)
                else:
                    continue
            if age:
                # "(70s, grey beard, wool sweater)": the age, then the look and wardrobe for the description.
                parts = [p.strip() for p in age.strip("()").split(",") if p.strip()]
                if parts and _AGE.match(parts[0]):
                    self.entities[cid].attributes.setdefault("age", parts.pop(0))
                if parts:
                    self.describe(cid, ", ".join(parts))
            if desc and _AGE.match(desc.strip()):
                self.entities[cid].attributes.setdefault("age", desc.strip())     # 'PILAR, 60, kneads …'
            elif desc and not re.match(r"^\s*(and|but|who|as|then|when)\b", desc, re.I) and not _acts(desc):
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
        count = max(1, min(thing.count, MOST_INSTANCES))     # the reader's limit too: 'ten stars' are ten
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
