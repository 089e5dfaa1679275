"""Fountain 1.1 (https://fountain.io/syntax) → `Script`.

One forward pass over the lines, after two text-level passes that the spec defines across line breaks:
boneyard `/* … */` is deleted and notes `[[ … ]]` are lifted out (a note alone on its line(s) becomes a
`note` element; a note inside other text is removed from it). Every surviving line keeps its 1-based source
line number so errors and elements point back at what the writer typed.

Element rules follow the spec, not any one implementation: a scene heading, transition or character cue needs
a blank line before it (a cue also needs text after it); forced markers (`.`, `!`, `@`, `>`, `~`, `#`, `=`)
win everywhere; a line of two or more spaces inside dialogue is a blank line of that dialogue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import DialogueElement, DialogueLine, Scene, Script, TextElement
from .emphasis import plain, strip
from .headings import CUE, HEADING, split_cue, split_heading

# --- line classifiers (precompiled; the parser is one pass over lines) -----------------------------------------
FORCED_HEADING = re.compile(r"^\.(?=[^.\s])(.*)$")
SCENE_NUMBER = re.compile(r"[\w.\-]+")  # between the last two '#' of a heading: "INT. HOUSE #12A#"
TRANSITION = re.compile(r"^[^a-z]*TO:$")
PAGE_BREAK = re.compile(r"^={3,}$")
SECTION = re.compile(r"^(#+)\s*(.*)$")
PARENTHETICAL = re.compile(r"^\(.*\)$")
TITLE_KEY = re.compile(r"^([^\s:：][^:：]*)[:：]\s*(.*)$")  # full-width colon too: Japanese title pages
NOTE = re.compile(r"\[\[((?:(?!\]\]|\n\n)[\s\S])*)\]\]")  # an empty line ends a note; "  " lines don't
BONEYARD_TOKEN = re.compile(r"/\*|\*/")
EMPTY_LINE = re.compile(r"\n[ \t]*\n")
HAS_LETTER = re.compile(r"[^\W\d_]")

TITLE_KEYS = frozenset({"title", "credit", "author", "authors", "source", "draft date", "date", "contact",
                        "notes", "copyright", "revision", "episode", "format", "font"})
"""A title page names at least one of the spec's keys (other keys may follow)."""

_NOTE_LINE = "\x00note:"  # marks a line that held only a note; never occurs in decoded text (NUL is rejected)


@dataclass
class _Line:
    text: str
    number: int


@dataclass
class _Builder:
    """Collects elements into scenes in reading order."""

    scenes: list[Scene] = field(default_factory=list)

    def __post_init__(self):
        self.current = Scene(heading=None, line=None)

    def add(self, element) -> None:
        self.current.elements.append(element)

    def new_scene(self, scene: Scene) -> None:
        if self.current.heading is not None or self.current.elements:
            self.scenes.append(self.current)
        self.current = scene

    def finish(self) -> list[Scene]:
        self.new_scene(Scene())
        return self.scenes


def parse_fountain(text: str, source: str | None = None) -> Script:
    """Parse Fountain text (any line endings, optional BOM) into a `Script`."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text, notes = _lift_notes(_remove_boneyard(text))
    lines = _numbered_lines(text)
    title_page, first, end = _title_page(lines)
    body = lines[:first] + lines[end:]  # notes above the title page stay in the body
    return Script(title_page=title_page, scenes=_Body(body, notes).parse(), source=source)


# --- text-level passes ----------------------------------------------------------------------------------------

def _remove_boneyard(text: str) -> str:
    """Delete `/* … */` (nested pairs too: writers bury text that already holds a boneyard), leaving a
    marker per swallowed line break so line numbers survive; an unclosed `/*` runs to the end.

    A boneyard that fills whole lines vanishes with its lines, so the text around it reads as if it had
    never been there ("Hello.\n/* cut */\nGoodbye." stays one speech) — except that burying whole
    paragraphs (an empty line inside) leaves one blank line, so a "CUT TO:" above a buried scene stays a
    transition instead of becoming the cue of the next heading.

    One forward pass: each token is read once, and the edges of the lines around each cut come from `_Lines`,
    which never re-reads a line (200,000 boneyards on one line cost what one does)."""
    if "/*" not in text:
        return text
    out: list[str] = []
    lines = _Lines(text)
    pos = 0
    while True:
        start = text.find("/*", pos)
        if start == -1:
            break
        depth, i = 1, start + 2
        while depth and i < len(text):
            j = BONEYARD_TOKEN.search(text, i)
            if j is None:
                i = len(text)
                break
            depth += 1 if j.group(0) == "/*" else -1
            i = j.end()
        line_start = lines.start_of(start)
        line_end = lines.end_of(i)
        whole_lines = lines.blank_before(start) and lines.blank_after(i)
        cut_from = start
        if whole_lines and line_start > pos and not EMPTY_LINE.search(text, start, i):
            cut_from, i = line_start - 1, line_end  # take the lines themselves, joining their neighbours
        out.append(text[pos:cut_from])
        out.append("\x01" * text.count("\n", cut_from, i))
        pos = _swallow_space(text, start, i) if not whole_lines else i
    out.append(text[pos:])
    return "".join(out)


class _Lines:
    """Line edges and blankness around positions that only move forward, each character looked at O(1)
    times: the text-level passes ask about every cut, and re-scanning a long line per cut is quadratic."""

    _NON_SPACE = re.compile(r"\S")

    def __init__(self, text: str):
        self.text = text
        self._start_pos, self._start = 0, 0      # the start of the line holding _start_pos
        self._end_from, self._end = -1, -1        # the line end found from _end_from
        self._lead_line, self._lead = -1, -1      # a line's first non-space

    def start_of(self, pos: int) -> int:
        if pos < self._start_pos:                 # never happens in a forward pass; stay correct anyway
            self._start_pos, self._start = 0, 0
        nl = self.text.rfind("\n", self._start_pos, pos)
        if nl != -1:
            self._start = nl + 1
        self._start_pos = pos
        return self._start

    def end_of(self, pos: int) -> int:
        if not (self._end_from <= pos <= self._end):
            self._end_from = pos
            end = self.text.find("\n", pos)
            self._end = len(self.text) if end == -1 else end
        return self._end

    def blank_before(self, pos: int) -> bool:
        """Nothing but spaces between the start of pos's line and pos (which holds a `/` or `[`)."""
        start = self.start_of(pos)
        if self._lead_line != start:              # a line's first non-space: found once per line
            m = self._NON_SPACE.search(self.text, start, pos + 1)
            self._lead_line, self._lead = start, m.start()
        return self._lead >= pos

    def blank_after(self, pos: int) -> bool:
        """Nothing but spaces between pos and the end of its line."""
        return self._NON_SPACE.search(self.text, pos, self.end_of(pos)) is None


def _swallow_space(text: str, start: int, end: int) -> int:
    """After cutting text[start:end] out of a line, skip one space if it would leave two ("an  note")."""
    if start > 0 and text[start - 1] in " \t" and end < len(text) and text[end] == " ":
        return end + 1
    return end


def _lift_notes(text: str) -> tuple[str, list[str]]:
    """Replace notes: a note filling its line(s) becomes a marker line; an inline note disappears."""
    if "[[" not in text:
        return text, []
    notes: list[str] = []
    out: list[str] = []
    lines = _Lines(text)
    pos = 0
    for start, end in _notes(text):
        alone = lines.blank_before(start) and lines.blank_after(end)
        breaks = text.count("\n", start, end)
        out.append(text[pos:start])
        if alone:
            body = "\n".join(s.strip() for s in text[start + 2:end - 2].split("\n")).strip()
            out.append(f"{_NOTE_LINE}{len(notes)}" + "\x01" * breaks)
            notes.append(body)
        else:
            out.append("\x01" * breaks)
        pos = end if alone else _swallow_space(text, start, end)
    out.append(text[pos:])
    return "".join(out), notes


def _notes(text: str):
    """(start, end) of each note `[[ … ]]`, left to right, as `NOTE.finditer` finds them, in linear time.

    A note opens at `[[` and closes at the first `]]` after it, unless an empty line (`\n\n`) comes first;
    a failed opening is retried at the next `[[`. The next `]]` and `\n\n` are found once and reused until
    passed, so `[[` repeated 100,000 times is one scan, not 100,000 (the regex re-read the rest per `[[`)."""
    close = gap = -2
    pos = 0
    n = len(text)
    while True:
        start = text.find("[[", pos)
        if start == -1:
            return
        body = start + 2
        if close < body:
            close = text.find("]]", body)
            if close == -1:
                return                                # no `]]` after here: no later `[[` closes either
        if gap < body and gap != -1:
            gap = text.find("\n\n", body)
        if gap != -1 and gap < close:
            pos = gap + 2                              # every `[[` before the empty line fails the same way
            continue
        yield start, close + 2
        pos = close + 2
        if pos >= n:
            return


def _numbered_lines(text: str) -> list[_Line]:
    """Split into lines; `\\x01` markers stand for deleted line breaks and advance the line number only."""
    lines: list[_Line] = []
    number = 1
    for raw in text.split("\n"):
        if "\x01" in raw:
            lines.append(_Line(raw.replace("\x01", ""), number))
            number += raw.count("\x01") + 1
        else:
            lines.append(_Line(raw, number))
            number += 1
    return lines


def _title_page(lines: list[_Line]) -> tuple[dict[str, str], int, int]:
    """The title page is the first block of `Key: value` lines (values may continue on indented lines),
    naming at least one of the spec's keys. Returns the page and the [first, end) range of its lines."""
    i = 0
    while i < len(lines) and (not lines[i].text.strip() or lines[i].text.startswith(_NOTE_LINE)):
        i += 1  # a note may sit above the title page; it stays in the body
    if i >= len(lines) or not TITLE_KEY.match(lines[i].text) or HEADING.match(lines[i].text):
        return {}, 0, 0
    page: dict[str, list[str]] = {}
    key = None
    j = i
    while j < len(lines) and lines[j].text.strip():
        raw = lines[j].text
        m = TITLE_KEY.match(raw)
        if m and not raw[0].isspace():
            key = m.group(1).strip().lower()
            page[key] = [m.group(2).strip()] if m.group(2).strip() else []
        elif key is not None and raw[0].isspace():
            page[key].append(raw.strip())
        else:
            break  # the body starts without a blank line: "Not a title entry." right under "Contact:"
        j += 1
    if not TITLE_KEYS.intersection(page):
        return {}, 0, 0  # "CUT TO:" or "Note: …" opening a script is not a title page
    return {k: strip("\n".join(v)) for k, v in page.items()}, i, j


# --- the body -------------------------------------------------------------------------------------------------

class _Body:
    def __init__(self, lines: list[_Line], notes: list[str]):
        self.lines = lines
        self.notes = notes
        self.out = _Builder()
        self.block: TextElement | DialogueElement | None = None  # the element still taking lines
        self.parts: list[str] = []  # the lines of the block's text (or of its last dialogue line), joined once
        self.paren_open = False  # a parenthetical wrapped onto more lines, waiting for its ")"

    def parse(self) -> list[Scene]:
        lines = self.lines
        n = len(lines)
        prev_blank = True
        for i in range(n):
            raw = lines[i].text
            number = lines[i].number
            stripped = raw.strip()
            if not stripped:
                if isinstance(self.block, DialogueElement) and len(raw) >= 2 and i + 1 < n \
                        and lines[i + 1].text.strip():
                    self._speech("", number)  # two spaces: an intentional blank line inside dialogue
                    continue
                self._close()
                prev_blank = True
                continue
            next_blank = i + 1 >= n or not lines[i + 1].text.strip()
            self._line(raw, stripped, number, prev_blank, next_blank)
            prev_blank = False
        self._close()
        return self.out.finish()

    # one non-blank line
    def _line(self, raw: str, s: str, number: int, prev_blank: bool, next_blank: bool) -> None:
        if s.startswith(_NOTE_LINE):
            body = self.notes[int(s[len(_NOTE_LINE):])]
            if not isinstance(self.block, DialogueElement):
                self._close()
            self.out.add(TextElement(type="note", text=body, line=number))
            return
        if isinstance(self.block, DialogueElement):
            if self.paren_open:
                self.parts.append(s)
                self.paren_open = not s.endswith(")")
            elif PARENTHETICAL.match(s):
                self._parenthetical(s)
            elif s[0] == "(" and ")" not in s:  # "(looking at the door, then" … "back at her)"
                self._parenthetical(s)
                self.paren_open = True
            elif s[0] == "~":  # a sung line: still this character's words (subtitles, timing), without the marker
                self._speech(s[1:].lstrip(), number)
            else:
                self._speech(s, number)
            return
        first = s[0]
        if first == "!":
            return self._text("action", raw.replace("!", "", 1), number, prev_blank)
        if first == "=" and PAGE_BREAK.match(s):
            self._close()
            self.out.add(TextElement(type="page_break", line=number))
            return
        if first == "=":
            return self._single("synopsis", s[1:].strip(), number)
        if first == "#":
            m = SECTION.match(s)
            self._close()
            text, spans = plain(m.group(2).strip())
            self.out.add(TextElement(type="section", text=text, emphasis=spans, depth=len(m.group(1)), line=number))
            return
        if first == "~":
            return self._text("lyrics", s[1:].lstrip(), number, prev_blank)
        if first == ">":
            if len(s) > 1 and s[-1] == "<":  # >THE END<
                return self._text("centered", s[1:-1].strip(), number, prev_blank)
            return self._single("transition", s[1:].strip(), number)
        if first == "@" and not next_blank:
            return self._cue(s[1:], number)
        if first == "." and FORCED_HEADING.match(s):
            return self._heading(s[1:].strip(), number)
        if prev_blank:
            if HEADING.match(s):  # the spec wants a blank line after, but writers don't: a heading is never a cue
                return self._heading(s, number)
            if next_blank and TRANSITION.match(raw.lstrip()):  # "TO:" must end the line, trailing spaces and all
                return self._single("transition", s, number)
            if not next_blank and self._is_cue(s):
                return self._cue(s, number)
        self._text("action", raw.rstrip(), number, prev_blank)

    @staticmethod
    def _is_cue(s: str) -> bool:
        m = CUE.match(s)
        if not m:
            return False
        name = m.group("name")
        return bool(name) and name == name.upper() and bool(HAS_LETTER.search(name))

    # element builders
    def _close(self) -> None:
        self.paren_open = False
        if self.block is not None:
            if isinstance(self.block, TextElement):
                self.block.text, self.block.emphasis = plain("\n".join(self.parts))
            else:
                self._end_dialogue_line()
                self._finish_dialogue(self.block)
            self.block = None
            self.parts = []

    def _single(self, kind: str, text: str, number: int) -> None:
        self._close()
        text, spans = plain(text)
        self.out.add(TextElement(type=kind, text=text, emphasis=spans, line=number))

    def _text(self, kind: str, text: str, number: int, prev_blank: bool) -> None:
        """Start a paragraph of `kind`, or continue the one above it (same kind, no blank line between)."""
        block = self.block
        if not prev_blank and isinstance(block, TextElement) and block.type == kind:
            self.parts.append(text)     # joined at _close: `text +=` per line copies the block each time
            return
        self._close()
        self.block = TextElement(type=kind, line=number)
        self.parts = [text]
        self.out.add(self.block)

    def _heading(self, s: str, number: int) -> None:
        self._close()
        scene_number = None
        s = s.rstrip()
        opening = s.rfind("#", 0, len(s) - 1) if s.endswith("#") else -1
        if opening != -1 and SCENE_NUMBER.fullmatch(s, opening + 1, len(s) - 1):
            s, scene_number = s[:opening], s[opening + 1:-1]
        heading = strip(s.strip())
        int_ext, location, time_of_day = split_heading(heading)
        self.out.new_scene(Scene(number=scene_number, heading=heading, int_ext=int_ext, location=location,
                                 time_of_day=time_of_day, line=number))

    def _cue(self, s: str, number: int) -> None:
        self._close()
        name, extension, dual = split_cue(s)
        if dual:  # "^" pairs this block with the dialogue right before it; with none there, nothing to pair
            before = self.out.current.elements[-1] if self.out.current.elements else None
            if isinstance(before, DialogueElement):
                before.dual = True
            else:
                dual = False
        element = DialogueElement(character=strip(name), extension=extension, dual=dual, line=number)
        self.block = element
        self.out.add(element)

    def _speech(self, text: str, number: int) -> None:
        lines = self.block.lines
        if lines and lines[-1].kind == "speech":
            self.parts.append(text)
        elif text:  # a "  " blank line right after the cue or a parenthetical has nothing to separate
            self._dialogue_line("speech", text)

    def _parenthetical(self, text: str) -> None:
        self._dialogue_line("parenthetical", text)

    def _dialogue_line(self, kind: str, text: str) -> None:
        self._end_dialogue_line()
        self.block.lines.append(DialogueLine(kind=kind, text=""))
        self.parts = [text]

    def _end_dialogue_line(self) -> None:
        if self.block.lines:
            self.block.lines[-1].text = "\n".join(self.parts)
        self.parts = []

    def _finish_dialogue(self, element: DialogueElement) -> None:
        for dl in element.lines:
            dl.text, dl.emphasis = plain(dl.text)
