"""Plain prose (a story, a treatment, a Markdown note) → a one-scene `Script`.

A writer who has no screenplay yet still gets a film: every paragraph becomes an action element of a single
scene with no heading, its sentences intact (the rules planner turns one sentence into one shot). Hard-wrapped
lines inside a paragraph are joined with a space; blank lines separate paragraphs. Markdown headings and list
markers are dropped as markup, its emphasis kept as emphasis spans; a leading `# Heading` becomes the title.
"""
from __future__ import annotations

import re

from ..models import Scene, Script, TextElement
from .emphasis import plain

_MD_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def parse_prose(text: str, source: str | None = None) -> Script:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    elements: list[TextElement] = []
    title_page: dict[str, str] = {}
    paragraph: list[str] = []
    start = 0

    def flush():
        if paragraph:
            body, spans = plain(" ".join(paragraph))
            elements.append(TextElement(type="action", text=body, emphasis=spans, line=start))
            paragraph.clear()

    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            flush()
            continue
        heading = _md_heading(raw)
        if heading is not None:
            flush()
            if not title_page and not elements:
                title_page["title"] = plain(heading)[0]
            continue
        bullet = _MD_BULLET.match(raw)
        if bullet:  # each list item is its own paragraph
            flush()
            line = raw[bullet.end():].strip()
        if not paragraph:
            start = number
        paragraph.append(line)
        if bullet:
            flush()
    flush()
    return Script(title_page=title_page, scenes=[Scene(heading=None, elements=elements, line=1)], source=source)


def _md_heading(raw: str) -> str | None:
    """The text of an ATX heading (`## Title ##`), or None. Written out rather than as one pattern: a lazy
    title followed by optional spaces and `#`s backtracked cubically on a heading with 3,000 spaces inside."""
    rest = raw.lstrip()
    if len(raw) - len(rest) > 3:
        return None
    text = rest.lstrip("#")
    if not 1 <= len(rest) - len(text) <= 6 or not text[:1].isspace():
        return None
    return text.strip().rstrip("#").rstrip()
