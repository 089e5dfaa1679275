"""Fountain emphasis markup (`*italic*`, `**bold**`, `***bold italic***`, `_underline_`) → plain text + spans.

Markup is data, not text: downstream stages (prompts, subtitles, the storyboard) want the words, and a renderer
that can style them wants the spans. Writers also type lone asterisks ("5 * 3") and escape markup (`\\*`), so
only delimiters that pair up on the same line count, and an underscore inside a word (snake_case) is a
character, not markup; everything else stays literal.
"""
from __future__ import annotations

import re

from ..models import Emphasis

# A run of asterisks, an underscore, or a backslash escape of either.
_TOKEN = re.compile(r"\\([*_\\])|(\*{1,3}|_)")
_STYLES_OF = {"*": ("italic",), "**": ("bold",), "***": ("bold", "italic"), "_": ("underline",)}


def plain(text: str) -> tuple[str, list[Emphasis]]:
    """Strip emphasis markup from `text`; return the plain text and the styled spans (offsets into it).

    Spans never cross a line break (the spec forbids it). An opening delimiter must be followed by a non-space
    and a closing one preceded by a non-space, so arithmetic and bullet-like asterisks stay literal.
    """
    if "*" not in text and "_" not in text and "\\" not in text:
        return text, []
    out: list[str] = []
    spans: list[Emphasis] = []
    base = 0  # characters before this line, kept as a running count (summing `out` per line was quadratic)
    for n, line in enumerate(text.split("\n")):
        if n:
            out.append("\n")
            base += 1
        if "*" not in line and "_" not in line and "\\" not in line:
            out.append(line)
            base += len(line)
            continue
        line_text, line_spans = _plain_line(line)
        out.append(line_text)
        spans.extend(Emphasis(start=s + base, end=e + base, style=st) for s, e, st in line_spans)
        base += len(line_text)
    spans.sort(key=lambda e: (e.start, e.end, e.style))
    return "".join(out), spans


def strip(text: str) -> str:
    """Plain text only (for title-page values and names, where spans have nowhere to go)."""
    return plain(text)[0]


def _plain_line(line: str) -> tuple[str, list[tuple[int, int, str]]]:
    # Pass 1: tokenize into literal chunks and delimiter tokens; pair delimiters per style.
    pieces: list[list] = []  # [kind, text, styles, matched-flags]
    pos = 0
    for m in _TOKEN.finditer(line):
        if m.start() > pos:
            pieces.append(["lit", line[pos:m.start()], None, None])
        if m.group(1) is not None:
            pieces.append(["lit", m.group(1), None, None])
        else:
            run = m.group(2)
            before = line[m.start() - 1] if m.start() > 0 else " "
            after = line[m.end()] if m.end() < len(line) else " "
            if run == "_" and before.isalnum() and after.isalnum():
                pieces.append(["lit", run, None, None])  # snake_case and e-mail_names: not underline
                pos = m.end()
                continue
            pieces.append(["delim", run, _STYLES_OF[run], [False] * len(_STYLES_OF[run]),
                           not after.isspace(), not before.isspace()])
        pos = m.end()
    if pos < len(line):
        pieces.append(["lit", line[pos:], None, None])

    open_at: dict[str, tuple[int, int]] = {}  # style -> (piece index, slot)
    pairs: list[tuple[int, int, int, int, str]] = []
    for i, p in enumerate(pieces):
        if p[0] != "delim":
            continue
        can_open, can_close = p[4], p[5]
        for slot, style in enumerate(p[2]):
            if style in open_at and can_close:
                oi, oslot = open_at.pop(style)
                pieces[oi][3][oslot] = True
                p[3][slot] = True
                pairs.append((oi, oslot, i, slot, style))
            elif style not in open_at and can_open:
                open_at[style] = (i, slot)

    # Pass 2: emit text; unmatched delimiter characters stay literal.
    out: list[str] = []
    length = 0
    offset_of: dict[int, int] = {}
    for i, p in enumerate(pieces):
        offset_of[i] = length
        if p[0] == "lit":
            text = p[1]
        else:
            text = "".join(("**" if st == "bold" else "*" if st == "italic" else "_")
                           for st, matched in zip(p[2], p[3]) if not matched)
        out.append(text)
        length += len(text)
    spans = []
    for oi, _, ci, _, style in pairs:
        start = offset_of[oi] + len(_literal_part(pieces[oi]))
        end = offset_of[ci]
        if end > start:
            spans.append((start, end, style))
    return "".join(out), spans


def _literal_part(piece) -> str:
    if piece[0] != "delim":
        return ""
    return "".join(("**" if st == "bold" else "*" if st == "italic" else "_")
                   for st, matched in zip(piece[2], piece[3]) if not matched)
