"""Who in a screenplay is someone: decided by how the script uses a capitalised word, not by lists of names.

Screenplays write a character's first appearance in capitals, and also sounds ("A GUNSHOT", "CHEERS erupt"),
interjections ("OHH!"), verbs for emphasis ("the crowd CHEERS"), camera directions and titles. Many names are
ordinary words too (VICTOR, IRIS, HOPE, SKY), so what the word is in a dictionary cannot decide; what the
sentence does with it can. A capitalised phrase is someone when the script

- introduces it with an age or a description: "VICTOR (40s), a tired mechanic, …";
- makes it a subject that acts: a singular verb follows ("VICTOR waits", "ROSE slowly rises"), or a plural
  verb after a coordination ("RUTH and VICTOR arrive"), or it owns something ("IRIS's dog");
- gives it a person's role: the object of a verb or of a preposition people stand in, with no determiner
  ("meets DEAN at the bar", "sits between HUNTER and FAITH");
- puts it beside someone: coordinated with a character ("NADIA, IRIS and VICTOR arrive") or a subject whose
  verb is elided after a character's ("IRIS stands on the left and VICTOR on the right");

and it never is when every use is a noun phrase with a determiner ("a GUNSHOT", "the MUSIC"), a sound or an
interjection ("BANG!", "OHH"), a verb in capitals after its subject ("Edward LAUGHS", "the crowd CHEERS"), a
plural with a plural verb ("SIRENS wail", "CHEERS erupt"), or a common noun the script also writes in lower case
after a determiner ("the rain" elsewhere, so "RAIN lashes the window" is weather). A word the lexicon knows only
as a name ("RUTH", "NADIA", a word no lexicon knows) needs one plain use; a common word needs a role.

The same evidence decides names in title case ("Anna and Ben come in"), for words the lexicon knows only as
names; a title-case common word ("Rose") becomes someone only beside a character.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import COUNTS, FUNCTION_WORDS, NOUNS, SETTINGS, STOP_CAPS, VERBS, singular
from .syntax import (DETS, NAME_PARTICLES, POSSESSIVES, PREPS, SOUND_NOUNS, _INTERJECTION, _name_parts, is_name_word,
                     open_class, verb_lemma)


@lru_cache(maxsize=1)
def caps_pattern() -> re.Pattern:
    """Runs of words in capitals in any cased script ('BRICK BRADDOCK', 'JOSÉ', 'ДМИТРИЙ', 'DR. J'), not
    preceded by a letter or an apostrophe and not running on into lower case ('MARA's' gives 'MARA')."""
    def letters(pred) -> str:
        out, start = [], None
        for c in list(range(0x2000)) + list(range(0xFF21, 0xFF5B)) + [0x110000]:
            ok = c < 0x110000 and chr(c).isalpha() and pred(chr(c))
            if ok and start is None:
                start = c
            elif not ok and start is not None:
                out.append(re.escape(chr(start)) + ("-" + re.escape(chr(c - 1)) if c - 1 > start else ""))
                start = None
        return "".join(out)
    up, low = letters(str.isupper), letters(str.islower)
    word = f"[{up}][{up}'’\\.\\-]*[{up}]"
    return re.compile(f"(?<![\\w'’])({word}(?:\\s+{word}|\\s+[{up}]\\.?)*)(?![{low}])")


_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*|\d+|[^\w\s]")
_TITLE = re.compile(r"(?<![\w'’\-])([^\W\d_][^\W\d_'’\-]{2,})(?![\w'’\-])")
_BOUNDARY = re.compile(r"[.!?;:]\s|[.!?;:]$|\n")
MODALS = {"will", "would", "can", "could", "must", "should", "may", "might", "does", "did", "is", "was", "has",
          "had", "gets", "got"}
# Prepositions whose object may be someone ('sits between HUNTER and FAITH', 'dances with GRACE').
PERSON_PREPS = {"with", "between", "beside", "behind", "near", "for", "at", "toward", "towards", "among",
                "alongside", "to", "past", "around", "after", "like", "by", "watching", "than", "over", "above",
                "against", "from", "of", "across", "next"}
PERCEPTION = {"hear", "listen", "smell", "sense", "feel", "taste"}
_AGE_OR_DET = re.compile(r"^(?:a|an|the|his|her|their|\d|late|early|mid|about|around|now|still|aged?)\b", re.I)


def _lex(low: str) -> dict:
    return open_class().get(low, {})


def _is_sound(low: str) -> bool:
    parts = [p for p in re.split(r"[-'’]", low) if p]
    return any(p in SOUND_NOUNS or singular(p) in SOUND_NOUNS or _INTERJECTION.match(p) for p in parts) or (
        len(parts) > 1 and len(set(parts)) == 1)          # 'RING-RING', 'KNOCK-KNOCK'


def _finite(low: str) -> bool:
    """A verb form that agrees with one subject: 'waits', 'waited', 'sat', 'is', 'will'."""
    if low in MODALS or low in ("is", "was", "has"):
        return True
    if low in FUNCTION_WORDS or low.endswith("ing"):
        return False
    lex = _lex(low)
    verb = low in VERBS or "verb" in lex
    if not verb:
        return False
    if low.endswith("s") and not low.endswith("ss"):
        return True
    lemma = lex.get("verb") or verb_lemma(low)
    return lemma != low and (low.endswith("ed") or "noun" not in lex or low in VERBS)


def _base_verb(low: str) -> bool:
    if low in FUNCTION_WORDS and low not in ("come", "go"):
        return False
    lex = _lex(low)
    return (low in VERBS and not low.endswith("s")) or lex.get("verb") == low


def _adverb(low: str) -> bool:
    lex = _lex(low)
    return low.endswith("ly") and ("adv" in lex or not lex) or set(lex) == {"adv"} or low in (
        "then", "now", "still", "just", "finally", "suddenly", "also", "quickly", "slowly", "quietly", "never")


def _noun_like(low: str) -> bool:
    lex = _lex(low)
    return singular(low) in NOUNS or low in SETTINGS or low in SOUND_NOUNS or "noun" in lex


def could_name(low: str) -> bool:
    """A word a person could be called: not a thing the lexicon draws, a number, a function word or a sound
    ('JEAN-LUC', "O'BRIEN": each part)."""
    parts = _name_parts(low)
    if parts is not None:
        return any(len(p) > 2 for p in parts) and all(p in NAME_PARTICLES or could_name(p) for p in parts)
    return low.isalpha() and len(low) > 1 and not _is_sound(low) and low not in COUNTS and low not in SETTINGS and \
        singular(low) not in NOUNS and low not in FUNCTION_WORDS and not (low in VERBS and verb_lemma(low) != low)


@dataclass
class Use:
    """One capitalised occurrence and what its sentence does with it."""

    phrase: str                   # lower case
    words: list[str]
    title: bool = False           # 'Anna' rather than 'ANNA'
    strong: bool = False          # an age or a description follows
    acts: bool = False            # a subject with its verb, or an owner
    role: bool = False            # the object of a verb or a person's preposition
    det: bool = False             # 'a GUNSHOT', 'the MUSIC'
    verb_slot: bool = False       # 'Edward LAUGHS': a verb in capitals after its subject
    sound: bool = False
    written: bool = False         # words on a sign, a label, a screen or a title: 'a sign reads OPEN LATE'
    links: list[str] = field(default_factory=list)   # phrases coordinated with it or sharing its verb

    @property
    def plain(self) -> bool:
        return not (self.det or self.verb_slot or self.sound or self.written)


@lru_cache(maxsize=8)
def _boundary_ends(text: str) -> list[int]:
    """Where each sentence boundary of `text` ends, in order (found once per text, not once per name)."""
    return [m.end() for m in _BOUNDARY.finditer(text)]


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]: from just after the boundary before it to its closing mark. The left
    edge is a bisection of the text's boundaries (scanning from the start for every name was quadratic: 3,000
    sentences in one paragraph took 25 s)."""
    ends = _boundary_ends(text)
    k = bisect.bisect_right(ends, start)
    left = ends[k - 1] if k else 0
    if start and text[start - 1] in ".!?;:":
        left = start                  # a mark right before it ends the sentence before, whatever follows
    m = _BOUNDARY.search(text, end)
    return left, (m.start() + 1 if m else len(text))


def _plural_noun(low: str) -> bool:
    """'engines', 'sirens': the plural of a noun the lexicon knows ('IRIS', 'JAMES' are not)."""
    one = singular(low)
    return one != low and (one in NOUNS or "noun" in _lex(one) or one in SOUND_NOUNS)


def person_suffix(low: str) -> bool:
    """A noun that names someone by its ending: 'stewardess', 'dentist', 'librarian', 'mailman', 'landlady'
    (not '-er'/'-or': 'elevator', 'printer' do things too)."""
    return len(low) > 5 and not low.endswith("ness") and bool(
        re.search(r"(?:ess|ist|ian|man|men|woman|women|lady|wife|boy|girl)$", low))


# What a sign, a label, a screen or a title says is text, not someone: what follows a participle of writing
# ('titled THE LONG WINTER', 'marked PRIVATE'), a verb of showing words whose subject is a thing that bears them ('a
# neon sign says OPEN LATE', 'the screen flashes a warning: …'), or such a thing and a colon ('the headline: …').
_BEARERS = (r"sign|signs|banner|poster|label|headline|caption|screen|plaque|board|marquee|placard|note|message|"
            r"warning|words|letters|text|title|slogan|graffiti|sticker|display|readout|monitor|billboard|menu|card|"
            r"chalkboard|whiteboard|lettering|inscription|notice|tag|stencil|neon|cover|spine|envelope")
_WRITTEN = re.compile(
    r"(?:\b(?:titled|entitled|labell?ed|marked|stamped|reading|captioned|headlined|inscribed|engraved|printed|"
    r"painted|scrawled|written|spelling|spells|spelled|spelt)|"
    r"\b(?:" + _BEARERS + r")\b[^.!?]{0,40}?\b(?:says|say|reads|read|announces|flashes|shows|displays|proclaims|"
    r"declares|warns|blinks|spells|screams|blares|glows)(?:\s+(?:a|an|the)\s+[a-z]+)?|"
    r"\b(?:" + _BEARERS + r")\s*:)"
    r"\s*[:,—–-]?\s*[\"'“‘]?\s*(?:(?:the|a|an)\s+)?$", re.I)


def _use(text: str, start: int, end: int, words: list[str], title: bool, stripped_det: bool,
         known: set[str]) -> Use:
    phrase = " ".join(words).lower()
    use = Use(phrase=phrase, words=[w.lower().strip(".'’") for w in words], title=title)
    left, right = _sentence_span(text, start, end)
    before = _TOKEN.findall(text[left:start])
    after_text = text[end:right]
    after = _TOKEN.findall(after_text)
    prev = before[-3:]
    prev_low = [t.lower() for t in prev]
    last = use.words[-1]
    use.sound = any(_is_sound(w) for w in use.words) or (after_text[:1] == "!")
    use.written = bool(_WRITTEN.search(text[max(0, start - 90):start]))
    # Determiner before: 'a GUNSHOT', 'the sudden EXPLOSION', 'his FATHER' (names take none).
    use.det = stripped_det or bool(prev_low and prev_low[-1] in DETS | set(POSSESSIVES)) or (
        len(prev_low) >= 2 and prev_low[-2] in DETS | set(POSSESSIVES) and prev[-1].islower()
        and not _finite(prev_low[-1]) and prev_low[-1] not in PREPS)
    if use.det and not stripped_det and prev_low and prev_low[-1] in ("both", "either", "neither") and \
            re.match(r"^\s*,?\s*(?:and|&|or|nor)\b", after_text):
        use.det = False           # 'Both BJORN and KENJI stand': a coordination's lead, not a determiner (scrA9)
    # A verb in capitals after its subject: 'he SCREAMS', 'Edward LAUGHS', 'the boards SQUEAL'.
    if prev and not use.det and not title:
        p, pl = prev[-1], prev_low[-1]
        if pl in ("he", "she", "it", "they", "we", "i", "you"):
            use.verb_slot = True
        elif p[:1].isupper() and p[1:].islower() and len(p) > 1 and (pl in known or is_name_word(pl) or (
                _noun_like(pl) and not _adverb(pl) and pl not in FUNCTION_WORDS and pl not in DETS)):
            use.verb_slot = True
        elif p.islower() and _noun_like(pl) and pl not in FUNCTION_WORDS and not _finite(pl) and (
                len(prev_low) >= 2 and prev_low[-2] in DETS | set(POSSESSIVES) or len(prev_low) >= 3 and
                prev_low[-3] in DETS | set(POSSESSIVES) and "adj" in _lex(prev_low[-2])):
            use.verb_slot = True
    after_prep = bool(prev_low) and prev_low[-1] in PREPS and prev[-1].islower()
    # What follows: an age or a description.
    if re.match(r"^\s*[(（]\s*\d", after_text) or not title and (
            after_text.lstrip().startswith("(") or re.match(r"^\s*,\s*(?:\d|aged?\b)", after_text)):
        use.strong = True                                   # 'VICTOR (40s)', 'ANNA, 30, …'
    elif not title and re.match(r"^\s*,\s*([^,.;:!?]{3,90}?)\s*[,.;:!?]", after_text):
        desc = re.match(r"^\s*,\s*([^,.;:!?]{3,90}?)\s*[,.;:!?]", after_text).group(1)
        if re.match(r"^(?:a|an|the|\d+|late|early|mid|his|her|their|my|our)\b", desc, re.I) and not desc[:1].isupper():
            use.strong = True                               # 'VICTOR, a tired mechanic, …'
    # A subject that acts: its verb follows (not after a preposition: 'in Paris is …').
    coordinated = bool(prev_low) and prev_low[-1] in ("and", "&", "or")
    if re.match(r"^['’]s\b", after_text) and not after_prep:
        use.acts = True                                     # 'IRIS's dog'
    elif after and not after_prep:
        k = 0
        while k < len(after) - 1 and after[k].islower() and _adverb(after[k].lower()):
            k += 1                                          # 'ROSE slowly rises'
        head = after[k].lower()
        if after[k].islower() and _finite(head) and not (title and head in MODALS | {"is", "was", "has"}):
            use.acts = not (_plural_noun(last) and not head.endswith("s") and head not in MODALS)
        elif after[k].islower() and _base_verb(head) and not _plural_noun(last) and (
                coordinated or head in ("and",)):
            use.acts = True                                 # '… and VICTOR arrive'
        elif head in ("and", "&", "or") and not _plural_noun(last):
            use.acts = _acts_with_companion(after[k + 1:k + 6])    # else decided with its conjuncts (_links)
    # A name right after a person noun: 'her son MATEO', 'Detective HARRIS', 'the waiter LUIS'.
    if prev_low and NOUNS.get(singular(prev_low[-1]), ("",))[0] == "person" and not title and \
            all(is_name_word(w, True) for w in use.words):
        use.det, use.role, use.verb_slot = False, True, False
    # Named in apposition to someone: "Jonah's wife, ELENA, …", 'her brother, TOMAS'.
    if len(prev_low) >= 2 and prev_low[-1] == "," and NOUNS.get(singular(prev_low[-2]), ("",))[0] == "person" and \
            not use.det:
        use.role = True
    # A person's role: the object of a verb, or of 'with', 'between', 'beside' …; no determiner.
    if prev_low and not use.det and not _plural_noun(last) and prev[-1].islower():
        pl = prev_low[-1]
        if pl in PERSON_PREPS and not (pl == "to" and _base_verb(last)) or (
                _finite(pl) and pl not in ("is", "was", "are", "were", "has") and pl not in MODALS
                and verb_lemma(pl) not in PERCEPTION):
            use.role = True
        elif len(prev_low) >= 2 and prev_low[-2] in ("in", "out", "into", "up", "down", "through", "here", "there",
                                                       "inside", "outside", "back") and _base_verb(pl):
            use.role = use.acts = True      # 'In come MARA and TOMAS', 'Out steps JONAH': the inverted subject
    return use


def _acts_with_companion(tokens: list[str]) -> bool:
    """'TOMAS and his terrier come inside', 'MAUDE and the twins arrive': after 'and', a lower-case noun phrase
    with a determiner, then the plural verb they share."""
    words = []
    for t in tokens:
        if not t[:1].isalpha():
            break
        words.append(t)
    lows = [t.lower() for t in words]
    if not lows or lows[0] not in DETS | set(POSSESSIVES) or not all(t.islower() for t in words):
        return False
    return any(_noun_like(lows[j - 1]) and _base_verb(lows[j]) and not _plural_noun(lows[j])
               for j in range(2, len(lows)))


# -- scrA9: a name coordinated with a known name that follows it ----------------------------------------------
# 'BARTOSZ and Keiko face each other', 'Elif, Søren and their kids sit', 'Ahmet, LÉA and their sons': the cue
# name (known) comes second, written in title case, so it is no span of its own; the first is someone beside it.
# A comma joins only a list that goes on ('Elif, Søren and …'; not 'Smiling, Edward takes the ring').
_SCRA9_KNOWN_AFTER = re.compile(r"\s*(?:,\s*([^\W\d_][\w'’\-]*)(?![\w'’\-])(?=\s*(?:,|&|\band\b|\())|"
                                r"(?:and|&)\s+([^\W\d_][\w'’\-]*)(?![\w'’\-])(?=\s*(?:[,&(]|\band\b|[a-z])))")
_SCRA9_NOT_NAMES = {"he", "she", "it", "they", "we", "you", "i", "him", "her", "them", "us", "me", "his", "its",
                    "their", "our", "my", "your", "everyone", "everybody", "someone", "somebody", "nobody", "no one"}


def _scrA9_link_known_after(text: str, end: int, known: set[str], use: Use, start: int) -> None:
    m = _SCRA9_KNOWN_AFTER.match(text, end)
    if not m or use.phrase in _SCRA9_NOT_NAMES or any(w in _SCRA9_NOT_NAMES for w in use.words):
        return
    if re.search(r"[A-Z][\w'’\-]*\s+$", text[max(0, start - 40):start]):
        return                    # 'Wilbur Freeley and Ruthie': a word inside a longer name, not a name of its own
    name = m.group(1) or m.group(2)
    if name.lower() in known and name[:1].isupper():
        use.links.append(name.lower())


def _links(text: str, spans: list[tuple[int, int, str]], known: set[str], uses: dict[int, Use]) -> None:
    """Coordination ('NADIA, IRIS and VICTOR') and gapping ('IRIS stands left and VICTOR on the right').
    Conjuncts share what their phrase does: 'NADIA, IRIS and VICTOR arrive' all act, 'between HUNTER and
    FAITH' both have a person's place. A comma joins only a list that 'and' closes ('WILL BLOOM, AGE 3' is
    no list)."""
    joins: dict[int, str] = {}        # i -> how span i joins span i-1: 'and' or ','
    for i in range(1, len(spans)):
        left, _ = _sentence_span(text, spans[i][0], spans[i][1])
        between = text[spans[i - 1][1]:spans[i][0]]
        if spans[i - 1][1] < left:
            continue
        titled = re.fullmatch(r"\s*,?\s*(?:and|&)\s+(?:his|her|their|my|our|the)\s+([a-z]+)\s+", between)
        if re.fullmatch(r"\s*,?\s*(?:and|&|or)\s+|\s*&\s*", between) or (
                titled and NOUNS.get(singular(titled.group(1)), ("",))[0] == "person"):
            joins[i] = "and"          # ('ELENA and her sister LUCIA queue': both)
        elif re.fullmatch(r"\s*,\s*", between):
            joins[i] = ","
    conjuncts: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []
    for i in range(1, len(spans)):
        if i not in joins:
            pending = []
            continue
        pending.append((i - 1, i))
        if joins[i] == "and":
            conjuncts += pending
            pending = []
    for a, b in conjuncts:
        uses[a].links.append(spans[b][2])
        uses[b].links.append(spans[a][2])
    for i, (s, e, ph) in enumerate(spans):
        left, _ = _sentence_span(text, s, e)
        # a known name just before: 'Ruth and VICTOR arrive'
        m = re.search(r"([^\W\d_][\w'’\-]*)\s*,?\s*(?:\band|&)\s+$", text[left:s])
        if m and m.group(1).lower() in known:
            uses[i].links.append(m.group(1).lower())
        _scrA9_link_known_after(text, e, known, uses[i], s)
        # gapping: '… and VICTOR on the right', '…, ROSE to the right'
        gap = re.match(r"^\s+(?:on|in|at|to|by|near|beside|behind|next|under|against|across|from|with)\b"
                       r"[^.;!?,]*?(?:[.;!?]|$)", text[e:])
        if gap and re.search(r"(?:,|\band)\s*$", text[left:s]) and not any(
                _finite(t.lower()) or _base_verb(t.lower()) and t.lower() not in PREPS
                for t in _TOKEN.findall(gap.group(0)) if t.islower()):
            first = next(((ss, ee, pp) for ss, ee, pp in spans if left <= ss < s), None)
            m = re.match(r"\s*([^\W\d_][\w'’\-]*)\s+(?:[a-z]+ly\s+)?([a-z]+)", text[left:s])
            if m and _finite(m.group(2)):                  # the first clause has a subject and its verb
                uses[i].acts = True
                if first is not None and first[2] != ph:
                    uses[i].links.append(first[2])
                elif m.group(1).lower() in known:
                    uses[i].links.append(m.group(1).lower())
    for a, b in conjuncts + conjuncts[::-1]:
        for x, y in ((a, b), (b, a)):
            if uses[x].plain and uses[y].plain:
                uses[y].acts = uses[y].acts or uses[x].acts
                uses[y].role = uses[y].role or uses[x].role


# scrB9: pronouns, never someone's name ('She and Will are startled')
_PRONOUNS_SCRB9 = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your",
                   "him", "them", "us", "me", "this", "that", "these", "those", "everyone", "someone", "nobody"}


def _lower_common(texts: list[str]) -> set[str]:
    """Words the script writes in lower case after a determiner ('the rain', 'a hunter'): common nouns here."""
    out: set[str] = set()
    for text in texts:
        toks = _TOKEN.findall(text)
        for k in range(1, len(toks)):
            t = toks[k]
            if t.islower() and (toks[k - 1].lower() in DETS or k > 1 and toks[k - 2].lower() in DETS
                                and toks[k - 1].islower()):
                out.add(t)
    return out


def people(texts: list[str], known: set[str]) -> set[str]:
    """Lower-case phrases (in capitals or title case in `texts`, the script's action) that name someone, given
    the names `known` from cues."""
    uses: list[Use] = []
    for text in texts:
        spans: list[tuple[int, int, str]] = []
        found: list[Use] = []
        for m in caps_pattern().finditer(text):
            words = m.group(1).split()
            stripped = False
            while words and words[0].strip(".") in STOP_CAPS:
                stripped = stripped or words[0] in ("A", "AN", "THE")
                words = words[1:]
            if not words or any(w.strip(".") in STOP_CAPS for w in words):
                continue
            start = m.start() + m.group(1).index(words[0])
            found.append(_use(text, start, m.end(), words, False, stripped, known))
            spans.append((start, m.end(), found[-1].phrase))
        for m in _TITLE.finditer(text):
            w = m.group(1)
            if not (w[0].isupper() and w[1:].islower()):
                continue
            low = w.lower()
            if low in known or low in FUNCTION_WORDS or low in DETS or _adverb(low):
                continue
            found.append(_use(text, m.start(), m.end(), [w], True, False, known))
            spans.append((m.start(), m.end(), low))
        order = sorted(range(len(spans)), key=lambda k: spans[k][0])
        spans = [spans[k] for k in order]
        found = [found[k] for k in order]
        _links(text, spans, known, dict(enumerate(found)))
        uses += found
    common = _lower_common(texts)
    by_phrase: dict[str, list[Use]] = {}
    for u in uses:
        by_phrase.setdefault(u.phrase, []).append(u)
    yes: set[str] = set(known)
    for phrase, us in by_phrase.items():
        words = us[0].words
        core = [w for w in words if w not in NAME_PARTICLES]
        if len(words) > 1 and core and len(core) < len(words) and words[-1] not in NAME_PARTICLES:
            words = core                                    # 'VAN DER BERG', 'DE LA CRUZ': the name is its core
        if all(u.written for u in us):
            continue                                        # only ever words on a sign or a title
        if any(u.strong for u in us) and (could_name(words[-1]) or is_name_word(words[-1], True)):
            yes.add(phrase)                                 # an age or a description follows
            continue
        if any(u.sound for u in us) or len(words) > 2:
            continue
        plain = [u for u in us if u.plain]
        caps = [u for u in plain if not u.title]
        titled = [u for u in plain if u.title]
        ordinary = [w for w in words if set(_lex(w)) - {"proper"}]      # 'ROSE', 'SNOW': also common words
        if caps and all(is_name_word(w, capitals=True) for w in words) and (
                any(u.acts or u.role for u in caps) or all("proper" in _lex(w) and len(w) > 2 for w in words)) and \
                not any(w in SETTINGS or w in common for w in ordinary):
            yes.add(phrase)                                 # 'RUTH', 'NADIA waits': a name in plain use
        elif caps and all(could_name(w) for w in words) and not any(w in common for w in words) and \
                any(u.acts or u.role for u in caps):
            yes.add(phrase)                                 # 'VICTOR waits', 'meets DEAN'
        elif titled and all(is_name_word(w) for w in words) and any(u.acts or u.strong for u in titled):
            yes.add(phrase)                                 # 'Anna sits', 'Nadia (30) …'
        elif caps and len(caps) == len(us) and all(singular(w) == w and NOUNS.get(w, ("person",))[0] != "person"
                                                   for w in words) and not any(w in common for w in words) and \
                any(u.acts for u in caps) and not any(u.role and not u.acts for u in caps):
            yes.add(phrase)                                 # 'ROBIN feeds the fish' (never 'a ROBIN')
        elif any(u.det and u.acts and not u.title and not u.verb_slot for u in us) and \
                person_suffix(words[-1]) and could_name(words[-1]):
            yes.add(phrase)                                 # 'The tweedy ECONOMICS PROFESSOR continues'
    # Beside someone: coordinated with a character, or sharing a character's verb.
    changed = True
    while changed:
        changed = False
        for phrase, us in by_phrase.items():
            if phrase in yes or any(u.sound for u in us) or len(us[0].words) > 2:
                continue
            if any(u.plain and set(u.links) & yes and all(w.isalpha() and w not in FUNCTION_WORDS and w not in
                                                          COUNTS and singular(w) not in NOUNS for w in u.words)
                   and (not u.title or u.acts or u.role or u.links) for u in us):
                yes.add(phrase)
                changed = True
    return yes - set(known) | (set(known) & yes)
