"""Shot grammar: how a scene breaks into shots, how long each lasts, and how it comes in.

An establishing shot where the location changes (wider outside), coverage for dialogue (a two-shot to set up,
then singles and over-the-shoulders alternating with the speaker, reaction shots where a parenthetical
interrupts a speech), action beats as their own shots, inserts for props the action calls out, the script's
explicit directions (CLOSE ON, ANGLE ON, INSERT, POV, WIDE, TRACKING, PAN, ZOOM) and its transitions.
Durations come from the text: speech at about 2.75 words per second, action by its length, so a page of script
plays for about a minute.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from director.models import Camera, Scene, Transition

from .bible import Bible, cue_name
from .language import EXIT, HEARING, INTERIORS, MOTION, THRESHOLDS, heard_elsewhere_scrb9, split_sentences
from .lexicon import NOUNS, singular
from .syntax import SOUND_NOUNS, SOUND_VERBS_SCRB9, verb_lemma
from .syntax import parse as parse_clauses

WORDS_PER_SECOND = 2.75        # speech
ACTION_SECONDS_PER_WORD = 0.2  # screen time per word of action (a page of action plays about a minute)
MIN_SHOT, MAX_SHOT = 1.5, 12.0
MAX_BEAT_WORDS = 45
LINE_GAP = 0.25                # pause between two lines of dialogue in one shot
LEAD_IN = 0.3                  # a line starts this long after its shot does

_DIRECTION = re.compile(
    r"^(EXTREME CLOSE[- ]UP( ON)?|ECU( ON)?|CLOSE[- ]UP( ON)?|CLOSE ON|CLOSER ON|CLOSE SHOT( ON)?|ANGLE ON|"
    r"NEW ANGLE|REVERSE ANGLE|INSERT|POV|.{1,30}'S POV|WIDE( SHOT)?( ON)?|WIDE ON|WIDER|TRACKING( SHOT)?|"
    r"PAN( TO| ACROSS| OVER)?|ZOOM( IN| OUT)?( ON| TO)?|AERIAL( SHOT)?|OVERHEAD( SHOT)?|LOW ANGLE|HIGH ANGLE|"
    r"BACK TO SCENE|ON|WE SEE|ESTABLISHING( SHOT)?)\b[:\s\-–—.]*")


@dataclass
class Line:
    character: str          # entity id of the speaker (or the cue text for an unseen one)
    text: str
    visible: bool = True    # False for V.O. and O.S.
    simultaneous: bool = False
    extension: str | None = None      # the cue's (V.O.), (O.S.): how the voice is heard
    parenthetical: str | None = None  # (whispering), (calling): how it is said


@dataclass
class ShotSpec:
    kind: str                               # establishing, action, two_shot, single, ots, reaction, insert, card
    camera: Camera
    text: str = ""                          # what the staging reads
    description: str = ""
    focus: str | None = None
    shoulder: str | None = None
    cast: list[str] = field(default_factory=list)     # character ids on screen
    lines: list[Line] = field(default_factory=list)
    seconds: float = 2.0
    transition: Transition | None = None


def transition_for(text: str) -> Transition | None:
    """The script's transition as the next shot's `transition_in`; None for a plain cut."""
    t = text.upper()
    if "WHITE" in t:
        return Transition(type="dip_to_white", duration=0.8)
    if "FADE" in t and "CROSS" not in t:
        return Transition(type="fade", duration=1.0)
    if "DISSOLVE" in t or "CROSSFADE" in t or "CROSS FADE" in t or "TRANSITION" in t or "RIPPLE" in t:
        return Transition(type="dissolve", duration=1.0)
    if "WIPE" in t:
        direction = "left" if "LEFT" in t else "up" if " UP" in t else "down" if "DOWN" in t else "right"
        return Transition(type="wipe", duration=0.6, direction=direction)
    return None


def camera_for_direction(direction: str, default: Camera) -> Camera:
    d = direction.upper()
    cam = default.model_copy()
    if "EXTREME" in d or d.startswith("ECU"):
        cam.size = "ECU"
    elif "CLOSE" in d or d.startswith("INSERT"):
        cam.size = "CU"
    elif "WIDE" in d or "AERIAL" in d or "ESTABLISHING" in d:
        cam.size = "LS"
    elif "ANGLE ON" in d:
        cam.size = "MS"
    if "POV" in d:
        cam.angle = "pov"
    elif "LOW ANGLE" in d:
        cam.angle = "low"
    elif "HIGH ANGLE" in d:
        cam.angle = "high"
    elif "OVERHEAD" in d or "AERIAL" in d:
        cam.angle = "overhead"
    if "TRACKING" in d:
        cam.movement = "tracking"
    elif "PAN" in d:
        cam.movement = "pan_right"
    elif "ZOOM OUT" in d:
        cam.movement = "zoom_out"
    elif "ZOOM" in d:
        cam.movement = "zoom_in"
    return cam


def _inline_camera(text: str, cam: Camera) -> Camera:
    """Camera moves named inside action: 'we PULL BACK', 'PUSH IN', 'we PAN to', 'TRACKING with'."""
    if re.search(r"\bPULL(S|ING)? BACK\b|\bPULL OUT\b|\bZOOM(S)? OUT\b", text):
        cam = cam.model_copy(update={"movement": "dolly_out"})
    elif re.search(r"\bPUSH(ES|ING)? IN\b|\bMOVE IN\b|\bZOOM(S)? IN\b", text):
        cam = cam.model_copy(update={"movement": "dolly_in"})
    elif re.search(r"\bTRACK(S|ING)?\b", text):
        cam = cam.model_copy(update={"movement": "tracking"})
    elif re.search(r"\bPAN(S|NING)? (LEFT|ACROSS)\b", text):
        cam = cam.model_copy(update={"movement": "pan_left"})
    elif re.search(r"\bPAN(S|NING)?\b", text):
        cam = cam.model_copy(update={"movement": "pan_right"})
    if re.search(r"\bLOW ANGLE\b", text):
        cam = cam.model_copy(update={"angle": "low"})
    elif re.search(r"\bHIGH ANGLE\b|\bOVERHEAD\b|\bBIRD'S[- ]EYE\b", text):
        cam = cam.model_copy(update={"angle": "high"})
    return cam


_PROSE_SIZES = ((r"extreme close[- ]?up", "ECU"), (r"medium close[- ]?up", "MCU"), (r"close[- ]?up|close shot", "CU"),
                (r"medium long shot|full shot", "MLS"), (r"medium shot|mid shot", "MS"),
                (r"extreme (?:wide|long) shot|establishing shot|aerial (?:shot|view)", "ELS"),
                (r"wide shot|long shot", "LS"))
_PROSE_MOVES = ((r"pans? (?:to the )?left", "pan_left"), (r"pans?\b|panning", "pan_right"),
                (r"zooms? in|zooming in", "zoom_in"), (r"zooms? out|zooming out", "zoom_out"),
                (r"pushes in|dolly in|dollies in|moves in", "dolly_in"),
                (r"pulls back|pulls out|dolly out|dollies out", "dolly_out"),
                (r"tilts? up", "tilt_up"), (r"tilts? down", "tilt_down"),
                (r"tracks|tracking|camera follows", "tracking"), (r"handheld|hand-held", "handheld"))
_PROSE_ANGLES = ((r"low angle|from below", "low"), (r"overhead|bird'?s[- ]eye|top[- ]down", "overhead"),
                 (r"high angle|from above", "high"), (r"point of view|\bpov\b", "pov"), (r"dutch angle", "dutch"))


def prose_camera(text: str) -> Camera:
    """The camera a prose sentence asks for ('Close-up of a cat', 'the camera pans left'); a long shot if none."""
    low = text.lower()
    size = next((v for p, v in _PROSE_SIZES if re.search(r"\b(?:" + p + r")", low)), "LS")
    movement = next((v for p, v in _PROSE_MOVES if "camera" in low and re.search(r"\b(?:" + p + r")", low)), "static")
    angle = next((v for p, v in _PROSE_ANGLES if re.search(r"\b(?:" + p + r")", low)), "eye_level")
    return Camera(size=size, movement=movement, angle=angle)


def speech_seconds(text: str) -> float:
    return max(0.6, len(text.split()) / WORDS_PER_SECOND)


_LINGER = re.compile(r"\b(?:long beat|a beat|pause|silence|waits|stares|gazes|lingers|holds on|slowly|for a long moment|"
                     r"takes it in|watches)\b", re.I)
_QUICK = re.compile(r"\b(?:suddenly|runs|races|dashes|sprints|crashes|explodes|slams|punches|fires|shoots|jumps|leaps|"
                    r"grabs|lunges|bolts|snaps|smashes|whips)\b", re.I)


def action_seconds(text: str) -> float:
    """Screen time of an action beat: its length, stretched where it lingers and tightened where it is quick."""
    words = len(text.split())
    seconds = 1.2 + words * ACTION_SECONDS_PER_WORD
    if _LINGER.search(text):
        seconds += 1.5
    if _QUICK.search(text):
        seconds *= 0.8
    return min(max(seconds, 2.0), 8.0)


def dialogue_seconds(lines: list[Line]) -> float:
    if not lines:
        return 2.0
    if all(line.simultaneous for line in lines):
        return LEAD_IN + max(speech_seconds(line.text) for line in lines) + 0.4
    return LEAD_IN + sum(speech_seconds(line.text) for line in lines) + LINE_GAP * (len(lines) - 1) + 0.4


def _beats(text: str) -> list[str]:
    """A paragraph of action as beats of at most ~45 words, split at sentence ends."""
    beats, cur = [], []
    for sentence in split_sentences(text):
        if cur and len(" ".join(cur + [sentence]).split()) > MAX_BEAT_WORDS:
            beats.append(" ".join(cur))
            cur = []
        cur.append(sentence)
    if cur:
        beats.append(" ".join(cur))
    return beats


_CONTINUES = re.compile(r"^(?:it|they|then|after that|afterwards|afterward|finally|next|later|at last|eventually|first,? it|"
                        r"second(?:ly)?(?=,)|third(?:ly)?(?=,)|last(?: of all)?(?=,)|step (?:\d+|two|three|four|five)\b|"
                        r"lastly|once it|once they|when it|soon|suddenly|meanwhile|from there|in the end|by the end|"
                        r"(?:at|towards?|near|by) the (?:very )?end|(?:about |around )?(?:half ?way|half-way|midway|"
                        r"mid-way|part ?way)|(?:in|at|by|around|until|till) the (?:middle|midpoint|halfway)|"
                        r"(?:in|during|for) the (?:second|latter|last|final|closing) (?:half|part)|"
                        r"(?:a|some|a few) (?:moments?|seconds?|while) later|after (?:a|some|a few) "
                        r"(?:moments?|seconds?|while|time))\b", re.I)


_BACK_WORDS = {"it", "its", "itself", "they", "them", "their", "former", "latter", "both"}
_NOT_REFERENTS = {"left", "right", "top", "bottom", "middle", "center", "centre", "side", "corner", "edge", "frame",
                  "screen", "picture", "image", "scene", "video", "clip", "shot", "end", "start", "first", "second",
                  "other", "same", "ground", "sky", "background", "foreground", "beginning", "way"}


_BARE_REGION = re.compile(r"^(?:near|at|in|on|to|towards?|toward)\s+the\s+(?:very\s+)?(?:top|bottom|left|right|upper|"
                          r"lower|middle|center|centre)\b(?!\s+(?:of|half|side|part|corner|edge)\b)", re.I)


# A sentence about members of a group the one before counted ('There are two otters. One sits and the other
# stands.', 'Three cups. Each is red.'): the same picture.
_MEMBERS = re.compile(r"^(?:one|each|neither|either|the other|one of them|two of them|the rest)\b(?!\s+(?:day|morning|"
                      r"evening|night|time|moment|afternoon|week|year|more|by one|after another)\b)", re.I)
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|a pair of|a couple "
                      r"of|a dozen|twin|a trio of|both)\b", re.I)


def _refers_back(sentence: str, before: str) -> bool:
    """The sentence points at what the one before named: 'its left', 'it', 'the former', or 'the bench' after
    'a bench' (a definite noun phrase whose head came before), so it belongs to the same picture."""
    words = re.findall(r"[a-z]+", sentence.lower())
    if _MEMBERS.match(sentence) and _COUNTED.search(before):
        return True                      # 'There are two otters. One sits and the other stands.'
    if _BARE_REGION.match(sentence):
        return True                      # 'Near the top, a bird.': a region of no thing named is the same frame's
    if _BACK_WORDS & set(words) or re.search(r"\bthe (?:first|second|third)\b(?!\s+(?:half|part|third|time|one))",
                                             sentence.lower()):
        return True
    named = {singular(w) for w in re.findall(r"[a-z]+", before.lower())} - _NOT_REFERENTS
    for k, w in enumerate(words):
        if w in ("the", "this", "that", "these", "those"):
            for nxt in words[k + 1:k + 4]:
                if singular(nxt) in named and len(nxt) > 2:
                    return True
    return False


# A layout written as labelled parts ('Left: a vase. Middle: a lamp. Right: a book.'): one picture, one shot.
_LABELLED = re.compile(r"^(?:(?:on|in|at|to) the )?(?:(?:far|extreme|very) )?(?:left|right|middle|centre|center|top|bottom|foreground|background|"
                       r"(?:upper|lower|top|bottom)[ -](?:left|right))\s*:", re.I)
# The same for the parts of a clip ('First half: a kettle. Second half: a toaster.'): one shot over time.
_LABELLED_TIME = re.compile(r"^(?:(?:in|for|during|at) the )?(?:(?:first|second|third|opening|closing|final|last|"
                            r"middle|early|late|latter) (?:half|third|quarter|part)|start|beginning|middle|midpoint|"
                            r"end|rest)\s*:", re.I)
# A sentence that only sets an empty stage ('An empty field.'): what follows happens in it.
_EMPTY_SET = re.compile(r"^(?:(?:the (?:video|clip|scene|shot|film) (?:starts|begins|opens) (?:with|on)|we see|"
                        r"there is|it opens on)\s+)?(?:an?|the)\s+(?:empty|deserted|vacant|quiet|bare)\s+[\w\s-]{1,30}[.!]?$",
                        re.I)
# A sentence whose subject is followed by a word of sequence ('A truck then drives in.'): it goes on.
_THEN_AFTER_SUBJECT = re.compile(r"^(?:an?|the|one)\s+(?:[\w-]+\s+){1,3}(?:then|later|next|eventually|soon|finally|"
                                 r"afterwards|meanwhile)\b", re.I)


# A sentence whose verb is followed by a word of order at its end ('A panda arrives next.', 'A goat comes in last.',
# 'A lamb enters second.', 'A pony comes in after it.'): it goes on with the one before (seq7).
_ORDER_AT_END = re.compile(r"\b(?:next|last|second|third|fourth|afterwards|afterward|later(?: on| still)?|after (?:it|that|"
                           r"them|him|her)|in turn|thereafter)[.!]?$", re.I)


# A sentence that adds to the picture before ('There are also three chairs.', 'Additionally, a cat.', 'A dog is
# there too.'): one picture.
_ADDS = re.compile(r"^(?:(?:[\w']+\s+){0,3}also\b|(?:additionally|in addition|besides|plus|as well)\b|"
                   r".*\b(?:too|as well)[.!]?$)", re.I)


def _only_things(sentence: str) -> bool:
    """A sentence that only names things ('A turtle - crimson.', 'A red barn.'): no verb, no time, no reference."""
    if len(sentence.split()) > 12:
        return False
    clauses = parse_clauses(sentence)
    return bool(clauses) and all(not c.verbs and not c.copula and not c.times and not c.existential and c.subjects and
                                 all(s.pronoun is None and s.name is None and not s.frame for s in c.subjects)
                                 for c in clauses)


def _prose_beats(text: str) -> list[str]:
    """Prose: a shot per sentence, except that a sentence going on with the one before ('It first moves to …',
    'Then it turns', 'A dog sits on its left', 'The cat is red') stays in its shot."""
    beats: list[str] = []
    for sentence in split_sentences(text):
        if beats and (_CONTINUES.match(sentence) or _THEN_AFTER_SUBJECT.match(sentence) or _ADDS.match(sentence) or
                      _ORDER_AT_END.search(sentence) or
                      _only_things(sentence) and _only_things(beats[-1]) or
                      _refers_back(sentence, beats[-1]) or _EMPTY_SET.match(beats[-1]) or
                      _LABELLED.match(sentence) and _LABELLED.match(beats[-1]) or
                      _LABELLED_TIME.match(sentence) and _LABELLED_TIME.match(beats[-1])) and \
                len((beats[-1] + " " + sentence).split()) <= MAX_BEAT_WORDS:
            beats[-1] = beats[-1] + " " + sentence
        else:
            beats.append(sentence)
    return beats


def _location_key(scene: Scene) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (scene.location or scene.heading or "").lower()).strip()


class SceneCutter:
    """Breaks scenes into `ShotSpec`s, carrying what it must across scenes (location, pending transition)."""

    def __init__(self, bible: Bible, prose: bool = False):
        self.bible = bible
        self.prose = prose
        self.last_location: str | None = None
        self.pending: Transition | None = None
        self.first_shot = True
        self._scrA9_said: dict[str, str] = {}

    def _name_pattern(self) -> re.Pattern:
        """One regex for every character name, in UPPER or Title case, longest first; rebuilt when names grow."""
        if getattr(self, "_pattern_size", -1) != len(self.bible.names):
            self._name_ids = {p: c for p, c in self.bible.names.items()
                              if self.bible.entities.get(c) is not None and self.bible.entities[c].kind == "person"}
            variants = sorted({v for p in self._name_ids for v in (p.upper(), p.title())}, key=lambda v: (-len(v), v))
            body = "|".join(re.escape(v) for v in variants) or "(?!)"
            self._pattern = re.compile(r"(?<![A-Za-z])(?:" + body + r")(?![a-z])")
            self._pattern_size = len(self.bible.names)
        return self._pattern

    def _described_again(self, text: str, present: list[str]) -> list[tuple[int, str]]:
        """Characters the script introduced by a description ('A TALL WOMAN in a red coat', 'AN OLD MAN'), met
        again by a definite phrase with the description's noun ('the woman', 'the old man'): (position, id)."""
        out: list[tuple[int, str]] = []
        for cid in present:
            entity = self.bible.entities.get(cid)
            if entity is None or entity.kind != "person" or "count" in entity.attributes:
                continue
            noun = entity.attributes.get("noun") or ""
            if not noun or noun == "person":
                continue
            for m in re.finditer(r"\b(?:the|that|this)\s+(?:[a-z-]+\s+){0,2}?" + re.escape(noun) + r"\b(?![-'’])",
                                 text, re.I):
                out.append((m.start(), cid))
        return out

    def _heard_parts_scrb9(self, beat: str) -> tuple[list[str], list[str]]:
        """scrB9: a beat's words in two lists, what is only heard and what is seen: clauses of a sound from out of
        the shot ('From the garden, Arjun shouts something', 'Upstairs, someone is singing'), of a sound as the
        subject ('Kenji's voice drifts down the stairs', 'The clatter of dishes comes from the kitchen'), and what
        'we hear' ('We hear Kenji laughing in the next room'); the rest is seen ('Olek flinches')."""
        heard: list[str] = []
        seen: list[str] = []
        for sentence in split_sentences(beat):
            words = re.findall(r"[a-z]+", sentence.lower())
            sounding = bool(set(words) & SOUND_NOUNS) or any(
                a in SOUND_VERBS_SCRB9 and b == "of" for a, b in zip(words, words[1:])) or _HEARD_HINT_SCRB9.search(
                sentence) and any(verb_lemma(w) in SOUND_VERBS_SCRB9 for w in words if len(w) > 2)
            if not sounding and not _HEARING_HINT_SCRB9.search(sentence):
                seen.append(sentence)
                continue
            names = dict(sorted(self.bible.names.items(), key=lambda kv: (-len(kv[0].split()), kv[0])))
            for c in parse_clauses(sentence, names):
                text = " ".join(w.text for w in c.words)
                lemma = c.verbs[0] if c.verbs else None
                if lemma in HEARING and c.subjects:
                    at = next((k for k, w in enumerate(c.words) if w.tag == "VERB"), len(c.words))
                    seen.append(" ".join(w.text for w in c.words[:at]))
                    heard.append(" ".join(w.text for w in c.words[at:]))     # 'Mara hears Tom in the hall'
                elif heard_elsewhere_scrb9(c) or c.subjects and c.verbs and all(
                        x.sound and x.head not in _PAUSES_SCRB9 for x in c.subjects):
                    heard.append(text)
                else:
                    seen.append(text)
        return heard, seen

    def _pronoun_cast(self, beat: str, recent: list[str], here: list[str], named: list[str] | None = None) -> list[str]:
        """Who a beat's subject pronouns mean: the last character mentioned whose pronoun fits ('She walks back
        to her desk' after a man spoke is her), everyone here for 'they'; and its object pronouns, after them or
        after the characters it names (`named`: 'Rosa smiles at him', 'BEN hands her a loaf')."""
        out: list[str] = list(named or ())
        # who comes back ('he returns', 'she comes in again') is someone not here now: they are looked at first
        order = list(reversed(recent))
        if _ENTER.search(beat):
            order = [c for c in order if c not in here] + [c for c in order if c in here]
        # a sentence that names someone has its subject; the others' pronouns are resolved ('He freezes. Nadine
        # appears at the end of the aisle': him too)
        unnamed = " ".join(x for x in split_sentences(beat) if not self._name_pattern().search(x)) if out else beat
        for m in _SUBJECT_PRONOUN.finditer(unnamed):
            p = m.group(1).lower()
            if p == "they":
                out += [c for c in here if c not in out]
                continue
            genders = self.bible.genders
            pick = next((c for c in order if genders.get(c) == p), None) or \
                next((c for c in order if c not in genders), None)
            if pick is None:
                # scrA9: no one fits but one whose pronoun was only guessed from their name's ending, and who has
                # not been the other pronoun in this scene ('ILYA hauls … ZOFIA helps. She … He takes a swig')
                said = self._scrA9_said
                pick = next((c for c in order if c in here and c in self.bible.scrA9_weak and said.get(c, p) == p),
                            None)
            if pick is not None:
                self._scrA9_said.setdefault(pick, p)
            if pick is not None and pick not in out:
                out.append(pick)
        if named:
            out += [c for c in self._scrA9_pronouns_of_others(beat, recent, here, out) if c not in out]
        if out or _creature_subject_scrb9(beat):
            # 'He sits down next to her': an object pronoun is someone else here, the last one it fits; after a
            # creature's doing too ('A bison lumbers past him', 'The dog follows her': scrB9)
            for m in _OBJECT_PRONOUN.finditer(beat):
                p = "he" if m.group(1).lower() == "him" else "she"
                others = [c for c in reversed(recent) if c not in out and c in here]
                pick = next((c for c in others if self.bible.genders.get(c) == p), None) or \
                    next((c for c in others if c not in self.bible.genders), None)
                if pick is not None:
                    out.append(pick)
        return out[:4]

    def _scrA9_pronouns_of_others(self, beat: str, recent: list[str], here: list[str], named: list[str]) -> list[str]:
        """scrA9: in a sentence that names its subject, a 'he'/'she'/'his'/'her' that does not fit them is someone
        else here ('Sofía lifts his wallet while he isn't looking' puts Tariq on screen; 'Søren palms her keys'
        beside Giulia, when nothing says Søren is a she). A pronoun that fits a named one is theirs."""
        genders = self.bible.genders
        out: list[str] = []
        for sentence in split_sentences(beat):
            in_it = [c for c in named if self.bible.entities.get(c) is not None and re.search(
                r"(?<![A-Za-z])" + re.escape(self.bible.entities[c].name.split()[0]), sentence, re.I)]
            if not in_it:
                continue
            for m in _SCRA9_OWNER_PRONOUN.finditer(sentence):
                p = "she" if m.group(1).lower() in ("she", "her") else "he"
                if m.group(1).lower() == "her" and _OBJECT_PRONOUN.match(sentence, m.start()):
                    continue                  # an object ('kissing her'): the object rule's
                if any(genders.get(c) == p for c in named):
                    continue                  # (someone it fits is in the shot already)
                others = [c for c in reversed(recent) if c in here and c not in named and c not in out]
                fits = [c for c in others if genders.get(c) == p]
                pick = fits[0] if len(fits) == 1 else None     # only one it can be (not a crowd of men)
                if pick is None and len(others) == 1 and others[0] not in genders and all(
                        c in genders and c not in self.bible.scrA9_weak for c in in_it):
                    pick = others[0]          # the only other one here, whose pronoun nothing says
                if pick is not None:
                    out.append(pick)
        return out

    def _track(self, beat: str, cast: list[str], gone: set[str], apart: set[str]) -> None:
        """Who leaves, comes back, walks away from the others or rejoins them, sentence by sentence."""
        for sentence in split_sentences(beat):
            subject = [c for c in cast if self.bible.entities.get(c) is not None and
                       re.search(r"(?<![A-Za-z])" + re.escape(self.bible.entities[c].name.split()[0]), sentence, re.I)]
            if not subject and _THING_SUBJECT.match(sentence):
                continue                      # 'The frog hops out': a thing's doing, not the cast's
            subject = subject[:1] or cast[:1]
            taken = _TAKEN.search(sentence)
            if taken:
                # 'carries Peter out', 'lets Mara in', 'shows him out': the one taken goes or comes (and a carrier too)
                moved = [c for c in cast if c not in subject and self.bible.entities.get(c) is not None and re.search(
                    r"(?<![A-Za-z])" + re.escape(self.bible.entities[c].name.split()[0]), taken.group(2), re.I)]
                if taken.group(1).lower() not in _SENDS:
                    moved += subject
                for cid in moved:
                    (gone.add if taken.group(3).lower() in ("out", "outside", "off", "away") else gone.discard)(cid)
            scrA9_apart = _SCRA9_APART.search(sentence)
            for cid in subject:
                if scrA9_apart:
                    apart.add(cid)            # 'stalks off to the back of the warehouse': apart, still here (scrA9)
                    continue
                if (_EXIT.search(sentence) or _BOARDS.search(sentence) or _SCRA9_EXIT.search(sentence)) and \
                        not _MEASURED.search(sentence):
                    gone.add(cid)             # 'walks twenty paces away' is apart, not gone
                if _ENTER.search(sentence):
                    gone.discard(cid)
                if _AWAY.search(sentence):
                    apart.add(cid)
                elif _TOGETHER.search(sentence):
                    apart.discard(cid)

    def cut(self, scene: Scene) -> list[ShotSpec]:
        shots: list[ShotSpec] = []
        ext = (scene.int_ext or "").upper().startswith(("EXT", "EST"))
        location = _location_key(scene)
        new_location = scene.heading is not None and location != self.last_location
        self.last_location = location if scene.heading is not None else self.last_location
        # The scene's visible cast, in order of first appearance: that order gives each their side of the line.
        present: list[str] = []
        recent: list[str] = []          # characters by last mention, latest last: whom 'he' and 'she' mean
        gone: set[str] = set()          # left the scene
        apart: set[str] = set()         # walked away from the others ('twenty paces away')
        two_shot_done = False
        scrA9_carry = getattr(self, "_scrA9_carry", []) if not self.prose else []
        self._scrA9_said = {}                    # whom 'he' / 'she' meant in this scene (scrA9)
        scrA9_together: list[list[str]] = []      # characters named together in a beat, latest last
        scrA9_opening = True            # nothing of the scene read yet: a pronoun may mean who came from the last
        inserted: set[str] = set()
        spoke_last: str | None = None
        coverage_turn = 0

        def name_of(cid: str) -> str:
            entity = self.bible.entities.get(cid)
            return entity.name if entity is not None else cid

        def add(spec: ShotSpec) -> None:
            if self.pending is not None:
                spec.transition = self.pending
                self.pending = None
            shots.append(spec)
            self.first_shot = False

        def mentioned(text: str) -> list[str]:
            """Characters named in `text`, capitalised ("Will" the man, not "will" the verb), in order."""
            hits: list[tuple[int, str]] = []
            for m in self._name_pattern().finditer(text):
                cid = self._name_ids.get(m.group(0).lower())
                if cid:
                    hits.append((m.start(), cid))
            hits += self._described_again(text, present)
            found: list[str] = []
            for _, cid in sorted(hits):
                if cid not in found:
                    found.append(cid)
            return found

        if new_location and not self.prose:
            first = next((el for el in scene.elements if el.type in ("action", "dialogue")), None)
            if first is None or first.type == "dialogue":
                cast = [self.bible.character(el.character) for el in scene.elements
                        if el.type == "dialogue" and not _unseen(el.extension)][:3]
                cast = list(dict.fromkeys(cast))
                present.extend(cast)
                add(ShotSpec("establishing", Camera(size="ELS" if ext else "LS"), text="",
                             description=f"Establishing: {scene.heading}", cast=cast,
                             seconds=3.0 if ext else 2.5))

        elements = list(scene.elements)
        for idx, el in enumerate(elements):
            if el.type == "transition":
                tr = transition_for(el.text)
                if tr is not None or self.pending is None:
                    self.pending = tr
                continue
            if el.type == "centered":
                add(ShotSpec("card", Camera(size="ELS"), description=el.text.strip(), seconds=3.0))
                continue
            if el.type == "action":
                text = el.text.strip()
                if not text:
                    continue
                lead = re.match(r"^((?:FADE IN|FADE OUT|FADE TO BLACK|CUT TO|DISSOLVE TO|SMASH CUT TO|MATCH CUT TO)"
                                r"[:.]?)\s*", text)
                if lead:
                    # A transition typed as action ("FADE IN:" at the top of most scripts).
                    self.pending = transition_for(lead.group(1)) or self.pending
                    text = text[lead.end():].strip()
                    if not text:
                        continue
                beats = _prose_beats(text) if self.prose else _beats(text)
                for b, beat in enumerate(beats):
                    cam = Camera(size="LS" if self.prose else "MLS")
                    kind = "action"
                    m = _DIRECTION.match(beat)
                    if m and m.group(0).strip() and not self.prose and (m.group(0).strip().upper() == m.group(0).strip()):
                        cam = camera_for_direction(m.group(1), cam)
                        kind = "insert" if m.group(1).upper().startswith("INSERT") else "action"
                        beat = beat[m.end():].strip() or beat
                    elif new_location and not shots and b == 0 and not self.prose:
                        cam = Camera(size="ELS" if ext else "LS")
                        kind = "establishing"
                    cam = _inline_camera(beat, cam)
                    who = mentioned(beat)
                    heard_parts, seen_parts = self._heard_parts_scrb9(beat) if not self.prose else ([], [])
                    if heard_parts:
                        # scrB9: who is only heard ('From the garden, Arjun shouts') is not in the shot, nor here
                        seen_names = set(mentioned(" ".join(seen_parts)))
                        who = [c for c in who if c in seen_names or c not in mentioned(" ".join(heard_parts))]
                    if scrA9_opening and not who and scrA9_carry and _scrA9_means_someone(beat):
                        # 'EXT. STREET - CONTINUOUS / She hails a cab.', 'EXT. RIVERSIDE - LATER / The two stroll
                        # along the river.': who left the scene before (else who was in it) came here (scrA9)
                        present.extend(c for c in scrA9_carry if c not in present)
                        recent = [c for c in recent if c not in scrA9_carry] + list(scrA9_carry)
                    scrA9_opening = False
                    if len(who) >= 2:
                        scrA9_together.append(list(who))      # named together in one beat (scrA9)
                    for cid in who:
                        if cid not in present:
                            present.append(cid)
                        gone.discard(cid)
                    here = [c for c in present if c not in gone]
                    if not self.prose:
                        who = self._pronoun_cast(beat, recent, here, who)
                    counted = _COUNTED_GROUP.search(beat) if not self.prose else None
                    if counted:
                        # 'the two of them', 'both': that many, the latest mentioned of those here
                        n = _GROUP_SIZE.get(next(g for g in counted.groups() if g).lower(), 2)
                        sentence = next((x for x in split_sentences(beat) if counted.group(0) in x), beat)
                        lead = sentence[:sentence.find(counted.group(0))].split()
                        if not (lead and (lead[-1].lower() in _OBJECT_SLOT or lead[-1].lower().endswith("s") and
                                          lead[-1].lower() not in ("its", "his", "this", "has", "was", "is"))):
                            n -= len(mentioned(sentence))      # 'Mara and Tomas both laugh' names them already
                        #                                        ('Mara looks at the two of them' does not)
                        pair = next((g for g in reversed(scrA9_together) if len(g) == n and all(
                            c in here and c not in who for c in g)), None) if not who else None
                        if pair is not None:
                            who, n = who + pair, 0    # 'DMITRI and OKSANA arrive … The two of them sit': those two
                        for c in reversed(recent):
                            if n <= 0:
                                break
                            if c in here and c not in who:
                                who, n = who + [c], n - 1
                    elif not self.prose and _GROUP.search(beat):
                        # "They laugh", "sits between them": everyone still here
                        who = who + [c for c in here if c not in who]
                    for cid in who:
                        recent = [c for c in recent if c != cid] + [cid]
                    if heard_parts and not who:
                        # scrB9: a sound heard and no one named to see: who is here hears it ('The clatter of dishes
                        # comes from the kitchen.' after 'MATEUS reads by the lamp.')
                        who = [c for c in recent if c in here and c not in gone][-2:]
                    cast = who or ([spoke_last] if spoke_last and not self.prose else [])
                    if not self.prose:
                        self._track(beat, cast, gone, apart)
                    if self.prose:
                        cam = prose_camera(beat)
                    add(ShotSpec(kind, cam, text=beat, description=beat, cast=cast[:4],
                                 seconds=action_seconds(beat) if not self.prose else max(3.0, action_seconds(beat))))
                    prop = None if self.prose or kind == "insert" else _handled_prop(beat)
                    if prop and prop not in inserted:
                        inserted.add(prop)
                        add(ShotSpec("insert", Camera(size="CU"), text=f"The {prop}.",
                                     description=f"INSERT: the {prop}", seconds=1.5))
                continue
            if el.type in ("lyrics",):
                speaker = spoke_last or "singer"
                add(ShotSpec("single", Camera(size="MS"), description=el.text, cast=[speaker] if spoke_last else [],
                             focus=spoke_last, lines=[Line(speaker, el.text, visible=bool(spoke_last))],
                             seconds=0.0))
                continue
            if el.type != "dialogue":
                continue
            scrA9_opening = False
            name = cue_name(el.character)
            cid = self.bible.character(name)
            unseen = _unseen(el.extension)
            if not unseen and cid not in present:
                present.append(cid)
            if not unseen:
                gone.discard(cid)
                recent = [c for c in recent if c != cid] + [cid]
            listeners = [p for p in present if p != cid and p not in gone]
            # one is spoken to, not a crowd: 'two TRUCKERS' at a booth are no listener while MARGE is there
            singles = [p for p in listeners if "count" not in getattr(self.bible.entities.get(p), "attributes", {})]
            listener = (singles or listeners)[-1] if listeners else None
            if spoke_last and spoke_last != cid and spoke_last in present and spoke_last not in gone:
                listener = spoke_last
            if listener and (listener in apart or cid in apart):
                # the two are not together: coverage is singles, never a two-shot or an over-the-shoulder
                two_shot_done = True
                listener_apart = listener
                listener = None
            else:
                listener_apart = None
            # Dual dialogue: both blocks at once, in one two-shot.
            if el.dual and idx > 0 and elements[idx - 1].type == "dialogue" and elements[idx - 1].dual and shots \
                    and shots[-1].kind == "two_shot" and shots[-1].lines and shots[-1].lines[-1].simultaneous:
                speech = " ".join(l.text for l in el.lines if l.kind == "speech")
                shots[-1].lines.append(Line(cid, speech, not unseen, simultaneous=True, extension=el.extension))
                if cid not in shots[-1].cast and not unseen:
                    shots[-1].cast.append(cid)
                shots[-1].description = " and ".join(name_of(line.character) for line in shots[-1].lines) + \
                    " speak at once: " + " / ".join(line.text for line in shots[-1].lines)
                continue
            # Split the block at parentheticals that interrupt speech: each part becomes a shot.
            parts: list[tuple[str | None, str]] = []
            paren = None
            for dl in el.lines:
                if dl.kind == "parenthetical":
                    paren = dl.text
                    continue
                if dl.text.strip():
                    parts.append((paren, dl.text.strip()))
                paren = None
            if not parts:
                continue
            for p, (paren, speech) in enumerate(parts):
                for chunk in _speech_chunks(speech):
                    line = Line(cid, chunk, visible=not unseen, simultaneous=el.dual, extension=el.extension,
                                parenthetical=paren)
                    if el.dual:
                        add(ShotSpec("two_shot", Camera(size="MS"), description=f"{name_of(cid)}: {chunk}",
                                     cast=[c for c in [cid] + listeners[:1] if c], lines=[line]))
                        two_shot_done = True
                        continue
                    if unseen:
                        # Voice-over or off-screen: hold on who is in the scene (the listener reacts); with no
                        # one there, the narration plays over what the last action showed.
                        on = [listener] if listener else present[:2]
                        last_action = next((sp for sp in reversed(shots) if sp.kind in ("action", "establishing")
                                            and sp.text), None)
                        add(ShotSpec("reaction" if on else "action", Camera(size="MS" if on else "LS"),
                                     text="" if on or last_action is None else last_action.text,
                                     description=f"{name} ({el.extension}): {chunk}", cast=on,
                                     focus=on[0] if len(on) == 1 else None, lines=[line]))
                        continue
                    if p > 0 and paren and listener:
                        add(ShotSpec("reaction", Camera(size="MCU"), description=f"{name_of(listener)} reacts {paren}",
                                     cast=[listener], focus=listener, lines=[line]))
                        continue
                    if not two_shot_done and listener:
                        add(ShotSpec("two_shot", Camera(size="MS"), description=f"{name_of(cid)} and {name_of(listener)}: {chunk}",
                                     cast=[c for c in present if c in (cid, listener)], lines=[line]))
                        two_shot_done = True
                        continue
                    if listener:
                        coverage_turn += 1
                        if coverage_turn % 2:
                            add(ShotSpec("ots", Camera(size="MS", angle="over_the_shoulder"),
                                         description=f"Over {name_of(listener)}'s shoulder on {name_of(cid)}: {chunk}",
                                         cast=[c for c in present if c in (cid, listener)], focus=cid,
                                         shoulder=listener, lines=[line]))
                        else:
                            size = "CU" if chunk.rstrip().endswith(("!", "?!")) or (paren and "quiet" in paren) else "MCU"
                            add(ShotSpec("single", Camera(size=size), description=f"{name}: {chunk}",
                                         cast=[cid], focus=cid, lines=[line]))
                    else:
                        add(ShotSpec("single", Camera(size="MCU" if listener_apart else "MS"),
                                     description=f"{name_of(cid)}: {chunk}", cast=[cid], focus=cid, lines=[line]))
            spoke_last = cid if not unseen else spoke_last
        for spec in shots:
            if spec.lines:
                spec.seconds = max(spec.seconds, dialogue_seconds(spec.lines))
            # Dialogue may run past MAX_SHOT (one long sentence is never cut mid-line); action may not.
            spec.seconds = max(spec.seconds, MIN_SHOT) if spec.lines else min(max(spec.seconds, MIN_SHOT), MAX_SHOT)
        self._scrA9_carry = [c for c in recent if c in gone] or [c for c in recent if c in present and c not in gone]
        # Sides of the line: first to appear on screen left, second on screen right.
        self.sides = {cid: ("left" if i % 2 == 0 else "right") for i, cid in enumerate(present)}
        return shots


def _scrA9_means_someone(beat: str) -> bool:
    """scrA9: a beat whose subject is someone it does not name: 'She hails a cab', 'The two stroll', 'Both of them
    climb the hill', 'They walk on'."""
    first = split_sentences(beat)[:1] or [beat]
    return bool(re.match(r"^\W*(?:(?:\w+ly|then|now|still|outside|inside),?\s+)?(?:he|she|they|both|the (?:two|three|pair|"
                         r"couple|trio)|all (?:two|three|of them))\b", first[0], re.I))


def _third_person(lemma: str) -> str:
    """'walk' → 'walks', 'hurry' → 'hurries', 'rush' → 'rushes' (a screenplay's present tense)."""
    if re.search(r"(?:s|sh|ch|x|z|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


# Going somewhere on one's feet or wheels ('turns away', 'passes out' and 'ends up' are not leaving).
_MOVES = "|".join(sorted({_third_person(v) for v in MOTION - {"turn", "pass", "end", "start", "begin", "finish",
                                                               "continue", "visit", "swing", "spring", "career",
                                                               "wheel", "back", "make", "circle", "dance"}},
                         key=lambda v: (-len(v), v)))
# ... and coming in: not the verbs of leaving ('leaves through the side door' is going, not coming).
_ARRIVES = "|".join(sorted({_third_person(v) for v in MOTION - EXIT - {"turn", "pass", "end", "start", "begin",
                                                                     "finish", "continue", "visit", "swing", "spring",
                                                                     "career", "wheel", "back", "make", "circle",
                                                                     "dance", "retreat", "recede"}},
                           key=lambda v: (-len(v), v)))
_THRESHOLD = "|".join(sorted(THRESHOLDS, key=len, reverse=True))
# Who leaves and who comes in, as the reader reads it (language.py): 'leaves', 'storms out', 'slips out the back
# door', 'hurries away.', 'ducks outside', 'grabs his keys and goes.'; 'enters', 'barges in', 'steps inside',
# 'comes through the door', 'wanders into the room'.
_EXIT = re.compile(r"\b(?:leaves|exits|departs|disappears|vanishes|is gone|goes(?:\s+(?:too|again|alone|as well|first|last|quietly|silently|also))?(?=\s*(?:[.;!]|$))|"
                   r"(?:first|last|next|one) to (?:leave|go|exit|depart)\b|"
                   r"(?:" + _MOVES + r")\s+(?:out|off|outside|outdoors)\b(?!\s+(?:his|her|their|its)\b)|"
                   r"(?:" + _MOVES + r")\s+away(?=\s*(?:[.,;!]|$|and\b|then\b))|"
                   r"(?!(?:comes|returns|arrives|enters)\b)(?:" + _MOVES + r")\s+(?:up|down)stairs\b|"
                   r"out (?:of |through )?the (?:\w+ )?(?:" + _THRESHOLD + r"))\b", re.I)
# scrA9: going from a room ('bolts from the room', 'rushes from the kitchen', 'dashes out of the house'), fleeing it,
# or 'on his way out' (language.py's _scrA9_leaves_a_room reads the same)
_SCRA9_EXIT = re.compile(r"\b(?:(?:" + _MOVES + r")\s+(?:from|out of) the (?:\w+ )?(?:" + _THRESHOLD + "|" +
                         "|".join(sorted(INTERIORS, key=len, reverse=True)) + r")|"
                         r"(?:flees|escapes|quits|vacates) the (?:\w+ )?(?:" + _THRESHOLD + "|" +
                         "|".join(sorted(INTERIORS, key=len, reverse=True)) + r")|"
                         r"on (?:his|her|their|its) way out)\b", re.I)
# scrA9: going to a far part of the place, away from the others but still in the scene: 'stalks off to the back of
# the warehouse', 'retreats to the far corner of the hall', 'drifts away to the end of the jetty'
_SCRA9_APART = re.compile(r"\b(?:(?:" + _MOVES + r"|retreats|withdraws|backs|moves|drifts|wanders)\s+(?:\w+ly\s+)?"
                          r"(?:(?:off|away|back|over|across|out)\s+)?|[a-z]+s\s+(?:off|away)\s+)(?:to|towards?|into) the (?:very )?"
                          r"(?:far(?:thest)? (?:\w+ )?(?:corner|end|side|wall|edge|back|window)|other (?:side|end|corner)|"
                          r"opposite (?:side|end|corner|wall)|(?:back|rear|end|corner|edge) of the)\b", re.I)
_VEHICLES = "|".join(sorted((n for n, v in NOUNS.items() if v[0] == "vehicle"), key=len, reverse=True))
# Getting into a vehicle is leaving the scene: 'gets into the taxi', 'climbs back in the truck', 'hops aboard'.
_BOARDS = re.compile(r"\b(?:gets|climbs|hops|jumps|slides|piles|ducks|clambers|steps|slips)\s+(?:back\s+)?"
                     r"(?:into|in|aboard|onto)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:" + _VEHICLES + r")\b", re.I)
_ENTER = re.compile(r"\b(?:enters|arrives|returns|comes back|is back|appears|reappears|"
                    r"(?:" + _ARRIVES + r")\s+(?:in|inside|indoors)\b(?!\s+(?:the|a|an|his|her|their)\b)|"
                    r"(?:" + _ARRIVES + r")\s+(?:in\s+)?(?:through|into) the (?:\w+ )?(?:" + _THRESHOLD + r"))\b",
                    re.I)
# A distance walked: 'twenty paces', '30 yards', 'a few metres' (not toward someone: 'two steps closer').
_DISTANCE = (r"(?:\d+|a few|several|many|some|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozen|twelve|"
             r"fifteen|twenty|thirty|forty|fifty|a hundred|hundred)(?:[ -]odd)? (?:paces|yards|metres|meters|feet|"
             r"miles)\b(?! (?:toward|towards|closer|nearer|to|behind|after)\b)")
_MEASURED = re.compile(r"\b(?:(?:paces|yards|metres|meters|feet|steps|miles) away|" + _DISTANCE + r")", re.I)
_AWAY = re.compile(r"\b(?:" + _DISTANCE + r"|(?:paces|yards|metres|meters|feet|steps) (?:away|from)|away from|backs away|"
                   r"wanders off|across the room|"
                   r"far side|far end|other side of the|(?:on|at) the other(?: side| end)?(?=\s*[.,;]|$)|at a distance|from afar|keeps? (?:his|her|their) distance|"
                   r"yards away|metres away|meters away|feet away)\b", re.I)
_TOGETHER = re.compile(r"\b(?:walks back|comes back|returns|joins|approaches|goes over to|crosses to|steps closer|"
                       r"sits down next to|sits next to|beside (?:him|her|them))\b", re.I)
_OBJECT_PRONOUN = re.compile(r"\b(him|her)\b(?!\s+(?!(?:and|or|but|to|from|with|at|in|on|a|an|the|as|off|up|down|out|"
                             r"back|away|again|then|for|by|over|into|that|this|close|tight|gently|toward|towards|"
                             r"across|through|around|along|past|inside|outside|home|upstairs|downstairs|here|there|"
                             r"now|too|behind|onto|under|near|go|leave|come|in|some|something|his|their|its|my|your|"
                             r"our|what|why|how|where|when|if|while|until|before|after|because|so|first|once|twice|"
                             r"quietly|slowly|softly|hard|tightly|warmly|coldly|closely)\b)[a-z])", re.I)
# 'he', 'she', 'they' are nominative: a subject wherever they stand ('Without a word, she storms out', 'Slowly he
# sinks into his chair', 'the man she loves')
_SUBJECT_PRONOUN = re.compile(r"\b(he|she|they)\b", re.I)
# scrA9: pronouns that name an owner or a subject ('his wallet', 'while she isn't looking'), for a named sentence
_SCRA9_OWNER_PRONOUN = re.compile(r"\b(he|she|his|her)\b", re.I)
def _creature_subject_scrb9(beat: str) -> bool:
    """scrB9: the beat's subject is a creature the lexicon knows by its noun ('A bison lumbers past him',
    'The old dog follows her'), not a thing ('The door clicks shut behind him': he need not be there) nor a person
    ('The woman dives, terrified that a man is coming at her': herself)."""
    m = re.match(r"^\W*(?:(?:slowly|suddenly|then|now|quietly),?\s+)?(?:the|a|an|some|two|three|one)\s+((?:[\w-]+\s+){0,2}"
                 r"[\w-]+)", beat, re.I)
    if not m:
        return False
    return any(NOUNS.get(singular(w.lower()), ("",))[0] == "animal" for w in m.group(1).split())


# scrB9: a pause or the score, no sound of the scene's ('A long beat.', 'MUSIC BUILDS')
_PAUSES_SCRB9 = {"beat", "silence", "pause", "music", "score"}
# scrB9: words that may make a sentence one only heard (then parsed to know): hearing, a place out of the shot
_HEARING_HINT_SCRB9 = re.compile(r"\b(?:hear|hears|heard|overhears?|off[- ]?screen|off[- ]camera|offstage)\b", re.I)
_HEARD_HINT_SCRB9 = re.compile(r"\b(?:hear|hears|heard|overhears?|somewhere|upstairs|downstairs|off|outside|next|"
                               r"distance|from|elsewhere|offstage|offscreen|far)\b", re.I)

_GROUP = re.compile(r"\b(?:they|them|each other|one another|together|both|everyone|everybody|the others|nobody|"
                    r"no one|none of (?:them|us)|neither of (?:them|us)|each of (?:them|us)|not one of (?:them|us)|"
                    r"the rest of (?:them|us)|the rest\b(?= of them| go| leave)|(?:all|everyone|everybody) (?:but|except)|"
                    r"all (?:of them|"
                    r"two|three|four|five|six)|the (?:(?:whole|entire|little|small) )?(?:\w+ of them|men|women|two|three|"
                    r"four|five|boys|girls|kids|children|family|group|couple|company|party|gang|friends))\b", re.I)
# Taking or sending someone in or out ('carries Peter out', 'lets Mara in'); the senders stay.
_SENDS = {"lets", "shows", "sees", "sends", "waves", "beckons", "invites", "admits", "kicks", "throws", "orders"}
_TAKEN = re.compile(r"\b(carries|leads|drags|ushers|wheels|guides|escorts|hauls|walks|steers|hustles|"
                    + "|".join(sorted(_SENDS)) + r")\s+(\S+(?:\s+\S+)?)\s+(out|outside|off|away|in|inside)\b", re.I)
_THING_SUBJECT = re.compile(r"^\W*(?:the|a|an|some|two|three|four|its|this|that)\s", re.I)
_COUNTED_GROUP = re.compile(r"\b(?:the (two|three|four|five) of (?:them|us)|(both)\b|all (two|three|four|five)\b|"
                            r"the (two|three|four|five|pair|couple|duo|trio)\b(?!\s+of\b)(?!-)"
                            r"(?!\s+[a-z]*(?:s|men|people|children)\b))", re.I)      # ('the two men': a noun's)
_GROUP_SIZE = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "pair": 2, "couple": 2, "duo": 2, "trio": 3}
_OBJECT_SLOT = {"at", "to", "with", "between", "behind", "beside", "near", "toward", "towards", "past", "around",
                "for", "from", "of", "among", "them", "us"}
_HANDLING = re.compile(
    r"\b(?:picks up|holds up|hands (?:him|her|them)|grabs|takes out|pulls out|produces|opens|reads|unfolds|"
    r"shows (?:him|her|them)|pockets|slides|examines|inspects|pours|lights|drops|raises)\s+"
    r"(?:a|an|the|his|her|their|some|two|three)?\s*(?:(\w+)\s+)?(\w+)", re.I)


def _handled_prop(text: str) -> str | None:
    """The prop a beat has someone handle ('She opens the letter'): it earns an insert shot."""
    for m in _HANDLING.finditer(text):
        for word in (m.group(2), m.group(1)):
            if word:
                noun = singular(word.lower())
                if NOUNS.get(noun, ("",))[0] == "object" and NOUNS[noun][2] <= 0.6:
                    return noun
    return None


def _unseen(extension: str | None) -> bool:
    """A voice not in the shot: voice-over, off screen or off camera, over a phone, a speaker, a radio, an intercom,
    a walkie-talkie, a television or a recording."""
    return bool(extension) and bool(re.search(r"V\.?\s*O|O\.?\s*S|O\.?\s*C|PHONE|RADIO|FILTERED|SPEAKER|INTERCOM|"
                                              r"WALKIE|TELEVISION|\bTV\b|TAPE|RECORD|VOICEMAIL|PA\b|P\.A\.|"
                                              r"\bOFF\b|OFF[\s-]*(?:SCREEN|CAMERA|STAGE)|OFFSCREEN|OFFSTAGE",
                                              extension.upper()))


def _speech_chunks(speech: str) -> list[str]:
    """A long speech as chunks that each fit one shot (about 10 s), split at sentence ends."""
    limit = int(10 * WORDS_PER_SECOND)
    out, cur = [], []
    for sentence in split_sentences(speech) or [speech]:
        if cur and len(" ".join(cur + [sentence]).split()) > limit:
            out.append(" ".join(cur))
            cur = []
        cur.append(sentence)
    if cur:
        out.append(" ".join(cur))
    # A single sentence longer than the limit stays whole; its shot grows to fit.
    return out
