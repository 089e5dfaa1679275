"""Final Draft `.fdx` (XML) → `Script`.

Read with expat directly rather than ElementTree, for two reasons: every element keeps the XML line it starts
on (elements carry source lines, errors name them), and a document type declaration is refused outright —
an .fdx never needs one, and refusing it closes off entity expansion and external entities entirely.

Only `FinalDraft/Content` paragraphs are the script; paragraphs nested elsewhere (scene properties, headers,
footers) are layout metadata. `FinalDraft/TitlePage` paragraphs fill the title page. Paragraph types are
compared case-insensitively; types with no Fountain counterpart map to the nearest element (see `_TYPE`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from xml.parsers import expat

from .. import limits
from ..errors import InputError
from ..models import DialogueElement, DialogueLine, Emphasis, Scene, Script, TextElement
from .headings import split_cue, split_heading

_TYPE = {
    "scene heading": "heading",
    "action": "action",
    "general": "action",
    "shot": "action",        # a camera direction inside the scene ("ANGLE ON …"), not a new scene
    "cast list": "action",
    "character": "character",
    "dialogue": "speech",
    "parenthetical": "parenthetical",
    "transition": "transition",
    "new act": "section",    # an act opens: the outline's top level, like a Fountain `# ACT ONE`
    "end of act": "centered",  # printed centered on the page: "END OF ACT ONE"
    "lyrics": "lyrics",
    "centered": "centered",
}
_STYLE = {"bold": "bold", "italic": "italic", "underline": "underline"}


@dataclass
class _Node:
    tag: str
    attrs: dict
    line: int
    children: list["_Node"] = field(default_factory=list)
    text: list[str] = field(default_factory=list)


def _read_tree(data: bytes, name: str) -> _Node:
    parser = expat.ParserCreate()
    root = _Node("#document", {}, 0)
    stack = [root]

    def start(tag, attrs):
        node = _Node(tag, attrs, parser.CurrentLineNumber)
        stack[-1].children.append(node)
        stack.append(node)

    def end(tag):
        stack.pop()

    def chars(data):
        stack[-1].text.append(data)

    def doctype(*_):
        raise InputError("DTD declarations are not allowed in .fdx files", name, parser.CurrentLineNumber)

    def entity(*_):
        raise InputError("entity declarations are not allowed in .fdx files", name, parser.CurrentLineNumber)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.buffer_text = True
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise InputError(f"malformed .fdx XML: {expat.ErrorString(exc.code)}", name, exc.lineno) from None
    except LookupError as exc:   # <?xml … encoding="no-such-codec"?>: Python has no codec by that name
        raise InputError(f"the XML declaration names an encoding Python does not know ({exc}); save the "
                         "script as UTF-8", name, parser.CurrentLineNumber or 1) from None
    return root


def _child(node: _Node, tag: str) -> _Node | None:
    return next((c for c in node.children if c.tag == tag), None)


def _runs(paragraph: _Node, name: str | None = None) -> tuple[str, list[Emphasis]]:
    """Concatenate the paragraph's <Text> runs; each run's Style ('Bold+Underline') becomes spans."""
    parts: list[str] = []
    spans: list[Emphasis] = []
    length = 0
    for run in paragraph.children:
        if run.tag != "Text":
            continue
        text = "".join(run.text)
        if not text:
            continue
        styles = {_STYLE[s] for s in run.attrs.get("Style", "").lower().split("+") if s in _STYLE}
        for style in sorted(styles):
            if spans and spans[-1].style == style and spans[-1].end == length:
                spans[-1].end = length + len(text)  # adjacent runs in one style are one span
            else:
                spans.append(Emphasis(start=length, end=length + len(text), style=style))
        parts.append(text)
        length += len(text)
    text = "".join(parts)
    limits.at_most(len(text), limits.MAX_LINE_CHARS, "this paragraph's length in characters", name, paragraph.line)
    # Trim surrounding whitespace and keep the spans on the trimmed text.
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    out = []
    for s in spans:
        start, end = max(0, s.start - lead), min(len(text), s.end - lead)
        if end > start:
            out.append(Emphasis(start=start, end=end, style=s.style))
    return text, sorted(out, key=lambda e: (e.start, e.end, e.style))


def parse_fdx(data: bytes, source: str | None = None, name: str | None = None) -> Script:
    name = name or source or "<fdx>"
    root = _read_tree(data, name)
    doc = _child(root, "FinalDraft")
    if doc is None:
        top = root.children[0].tag if root.children else "nothing"
        raise InputError(f"not a Final Draft document (root element is <{top}>, expected <FinalDraft>)", name, 1)
    content = _child(doc, "Content")
    if content is None:
        raise InputError("Final Draft document has no <Content>", name, doc.line)
    return Script(title_page=_title_page(doc, name), scenes=_Body(name).run(content), source=source)


def _title_page(doc: _Node, name: str) -> dict[str, str]:
    """Final Draft's title page is free-form paragraphs: the first is the title; 'Written by'/'by' and the
    line after it are the credit and author; the rest (contact, draft) go under 'contact'."""
    tp = _child(doc, "TitlePage")
    content = _child(tp, "Content") if tp is not None else None
    if content is None:
        return {}
    lines = [_runs(p, name)[0] for p in content.children if p.tag == "Paragraph"]
    lines = [ln for ln in lines if ln]
    page: dict[str, str] = {}
    i = 0
    if lines:
        page["title"] = lines[0]
        i = 1
    rest: list[str] = []
    while i < len(lines):
        low = lines[i].lower()
        if low in ("written by", "by", "screenplay by", "story by") and "credit" not in page:
            page["credit"] = lines[i]
            if i + 1 < len(lines):
                page["author"] = lines[i + 1]
            i += 2
            continue
        rest.append(lines[i])
        i += 1
    if rest:
        page["contact"] = "\n".join(rest)
    return page


class _Body:
    def __init__(self, name: str):
        self.name = name
        self.scenes: list[Scene] = []
        self.current = Scene()
        self.dialogue: DialogueElement | None = None
        self.speech: tuple[DialogueLine, list[str], int] | None = None  # a speech line taking paragraphs
    def run(self, content: _Node) -> list[Scene]:
        for node in content.children:
            if node.tag != "Paragraph":
                continue
            dual = _child(node, "DualDialogue")
            if dual is not None:
                self.dialogue = None
                first = len(self.current.elements)
                for p in dual.children:
                    if p.tag == "Paragraph":
                        self._paragraph(p)
                for e in self.current.elements[first:]:
                    if isinstance(e, DialogueElement):
                        e.dual = True
                self.dialogue = None
                # A DualDialogue paragraph may also carry its own text runs after the block; rare, kept.
                if _runs(node, self.name)[0]:
                    self._paragraph(node)
                continue
            self._paragraph(node)
        self._end_speech()
        if self.current.heading is not None or self.current.elements:
            self.scenes.append(self.current)
        return self.scenes

    def _more_speech(self, line: DialogueLine, text: str, spans: list[Emphasis]) -> None:
        """Add a paragraph to a speech line; the parts are joined once (`text +=` per paragraph copied the
        whole speech each time)."""
        if self.speech is None or self.speech[0] is not line:
            self._end_speech()
            self.speech = (line, [line.text], len(line.text))
        _, parts, length = self.speech
        base = length + 1
        parts.append(text)
        self.speech = (line, parts, base + len(text))
        line.emphasis.extend(Emphasis(start=e.start + base, end=e.end + base, style=e.style) for e in spans)

    def _end_speech(self) -> None:
        if self.speech is not None:
            self.speech[0].text = "\n".join(self.speech[1])
            self.speech = None

    def _paragraph(self, p: _Node) -> None:
        kind = _TYPE.get(p.attrs.get("Type", "Action").strip().lower(), "action")
        text, spans = _runs(p, self.name)
        if p.attrs.get("StartsNewPage", "").lower() == "yes":
            # a forced page break: Fountain's `===` on the line before (so it ends the previous scene, as there)
            self.dialogue = None
            self.current.elements.append(TextElement(type="page_break", line=p.line))
        if kind in ("speech", "parenthetical") and self.dialogue is not None:
            if not text:
                return
            lines = self.dialogue.lines
            if kind == "speech" and lines and lines[-1].kind == "speech":
                self._more_speech(lines[-1], text, spans)
            else:
                lines.append(DialogueLine(kind=kind, text=text, emphasis=spans))
            return
        self.dialogue = None
        if not text:
            return  # an empty paragraph is spacing, not an element
        if kind == "action" and p.attrs.get("Alignment", "").lower() == "center":
            kind = "centered"  # Fountain's >THE END<: Final Draft centres an Action paragraph
        if kind == "heading":
            self._heading(text, p)
        elif kind == "character":
            name, extension, _ = split_cue(text)
            self.dialogue = DialogueElement(character=name, extension=extension, line=p.line)
            self.current.elements.append(self.dialogue)
        elif kind in ("speech", "parenthetical"):  # orphan dialogue with no cue: keep the words as action
            self.current.elements.append(TextElement(type="action", text=text, emphasis=spans, line=p.line))
        else:
            self.current.elements.append(TextElement(type=kind, text=text, emphasis=spans,
                                                     depth=1 if kind == "section" else None, line=p.line))

    def _heading(self, text: str, p: _Node) -> None:
        if self.current.heading is not None or self.current.elements:
            self.scenes.append(self.current)
        int_ext, location, time_of_day = split_heading(text)
        number = p.attrs.get("Number") or None
        self.current = Scene(number=number, heading=text, int_ext=int_ext, location=location,
                             time_of_day=time_of_day, line=p.line)
