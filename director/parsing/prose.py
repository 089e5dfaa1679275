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

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
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
        heading = _MD_HEADING.match(raw)
        if heading:
            flush()
            if not title_page and not elements:
                title_page["title"] = plain(heading.group(1))[0]
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
