"""Adapters from the fixture formats in ../shared/samples/fixtures to one comparable token stream.

Each fixture project writes its expected parse differently (Jouvence: prefixed strings in YAML;
screenplay-tools: `KIND:"text"` dumps; jumpcut: JSON elements). Each adapter turns one of them — and our
`Script` — into a list of `(kind, text)` tokens, normalized so that only real disagreements remain:
emphasis markup is removed (we keep it as spans), whitespace runs collapse, parentheses around
parentheticals drop, consecutive action paragraphs merge (projects differ on splitting them), and empty
actions (blank-line bookkeeping) vanish.
"""
from __future__ import annotations

import json
import re

from director.models import DialogueElement, Script
from director.parsing.emphasis import strip as strip_markup
from director.parsing.headings import split_cue

_WS = re.compile(r"\s+")


def norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _paren(text: str) -> str:
    text = norm(text)
    return text[1:-1].strip() if text.startswith("(") and text.endswith(")") else text


def finish(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Drop empty actions; merge consecutive actions, and consecutive speech of one dialogue block."""
    out: list[tuple[str, str]] = []
    for kind, text in tokens:
        if kind == "action" and not text:
            continue
        if kind in ("action", "dialogue") and out and out[-1][0] == kind:
            out[-1] = (kind, norm(out[-1][1] + " " + text))
        else:
            out.append((kind, text))
    return out


def from_script(script: Script, notes: bool = True) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    for scene in script.scenes:
        if scene.heading is not None:
            tokens.append(("heading", norm(scene.heading)))
        for e in scene.elements:
            if isinstance(e, DialogueElement):
                tokens.append(("character", e.character))
                for ln in e.lines:
                    if ln.kind == "speech":
                        tokens.append(("dialogue", norm(ln.text)))
                    else:
                        tokens.append(("parenthetical", _paren(ln.text)))
            elif e.type == "note" and not notes:
                continue
            else:
                tokens.append((e.type, norm(e.text)))
    return finish(tokens)


# --- Jouvence (YAML: "!action", ".heading", "@CUE", "=speech", "_(paren)", ">transition", ...) -----------------
_JOUVENCE = [("<pagebreak>", "page_break"), ("!><", "centered"), ("!", "action"), (".", "heading"),
             ("@", "character"), ("=", "dialogue"), ("_", "parenthetical"), (">", "transition"),
             ("#", "section"), ("+", "synopsis"), ("~", "lyrics")]


def from_jouvence(out: list[str]) -> list[tuple[str, str]]:
    tokens = []
    for item in out or []:
        for prefix, kind in _JOUVENCE:
            if item.startswith(prefix):
                text = item[len(prefix):]
                break
        else:
            raise ValueError(f"unknown Jouvence token {item!r}")
        if kind == "character":
            text = split_cue(text)[0]
        elif kind == "parenthetical":
            text = _paren(text)
        tokens.append((kind, "" if kind == "page_break" else norm(strip_markup(text))))
    return finish(tokens)


# --- screenplay-tools (`KIND:"text" suffixes` records) -----------------------------------------------------------
_RECORD_START = re.compile(r'^(?:\[\[\d+\]\]|/\*\d+\*/)?([A-Z]+):(?=")', re.MULTILINE)
_SUFFIX = re.compile(r'^(?: "\([^"]*\)")?(?: \([^)]*\))*(?: \((?:centered|Dual)\))?(?: tags:\S+)?\s*$')
_MARKER = re.compile(r"\[\[\d+\]\]|/\*\d+\*/")
_TOOLS_KIND = {"HEADING": "heading", "ACTION": "action", "CHARACTER": "character", "DIALOGUE": "dialogue",
               "PARENTHETICAL": "parenthetical", "TRANSITION": "transition", "LYRIC": "lyrics",
               "PAGEBREAK": "page_break", "SECTION": "section", "SYNOPSIS": "synopsis", "NOTE": "note",
               "BONEYARD": "boneyard", "TITLEENTRY": "title", "TITLEPAGE": "title"}


def screenplay_tools_records(dump: str) -> list[tuple[str, str, str]]:
    """(KIND, text, suffix) per record; text is the first quoted string, suffix what follows it."""
    starts = list(_RECORD_START.finditer(dump))
    records = []
    for i, m in enumerate(starts):
        body = dump[m.end():starts[i + 1].start() if i + 1 < len(starts) else len(dump)].rstrip("\n")
        # the text is "…" up to the last quote after which only known suffixes remain
        for q in range(1, len(body)):
            if body[q] == '"' and _SUFFIX.match(body[q + 1:]):
                records.append((m.group(1), body[1:q], body[q + 1:].strip()))
                break
        else:
            raise ValueError(f"cannot read record {body[:60]!r}")
    return records


def from_screenplay_tools(dump: str, notes: bool = False) -> list[tuple[str, str]]:
    tokens = []
    for kind, text, suffix in screenplay_tools_records(dump):
        kind = _TOOLS_KIND[kind]
        if kind in ("title", "boneyard") or (kind == "note" and not notes):
            continue
        text = _MARKER.sub("", text)
        if kind == "action" and "(centered)" in suffix:
            kind = "centered"
        if kind == "parenthetical":
            text = _paren(text)
        tokens.append((kind, "" if kind == "page_break" else norm(strip_markup(text))))
    return finish(tokens)


# --- jumpcut (parsed-elements.json) ---------------------------------------------------------------------------
_JUMPCUT_KIND = {"Action": "action", "Scene Heading": "heading", "Character": "character",
                 "Dialogue": "dialogue", "Parenthetical": "parenthetical", "Transition": "transition"}


def from_jumpcut(path) -> list[tuple[str, str]]:
    tokens = []
    for e in json.loads(path.read_text(encoding="utf-8"))["elements"]:
        if e["starts_new_page"]:
            tokens.append(("page_break", ""))
        kind = _JUMPCUT_KIND[e["kind"]]
        text = e["text"]
        if kind == "character":
            text = split_cue(text)[0]
        elif kind == "parenthetical":
            text = _paren(text)
        tokens.append((kind, norm(text)))
    return finish(tokens)
