"""What of a parsed script is the film: front matter set aside, how the film opens and closes, transitions and
times of day understood in the script's language.

A parser keeps everything the writer typed (`director parse` shows it all); a planner needs to know which of it
becomes pictures. Before the first heading sit a title, an epigraph, a production note ("**This draft …**"),
notes to the reader: not shots. `FADE IN:` opens the film from black and `FADE OUT.` / `FADE TO BLACK.` after
the last scene closes it: not a fade between two shots. `CORTE A:`, `FONDU ENCHAÎNÉ :`, `SCHNITT:` are
transitions even where the Fountain spec (which knows only caps ending in `TO:`) reads them as action.
`INT. HOUSE - CONTINUOUS` after a night scene is still night. Planners call `film_structure(script)` and plan
its `story`; the rules planner does, and any other planner can.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Element, Scene, Script, TextElement, Transition
from .headings import (CONTINUITY, CUT_TO_BLACK, FADE_IN, FADE_OUT, fold, is_end_mark, lighting, lighting_words,
                       transition_kind)

CANONICAL = {"cut": "CUT TO:", "dissolve": "DISSOLVE TO:", "fade": "FADE TO:", "wipe": "WIPE TO:",
             "dip_to_white": "FADE TO WHITE.", FADE_IN: "FADE IN:", FADE_OUT: "FADE OUT.",
             CUT_TO_BLACK: "CUT TO BLACK."}
"""A transition in any language, written the English way every planner reads (the rules planner's grammar)."""

FADE_SECONDS = 1.0
NOT_SHOWN = frozenset({"note", "section", "synopsis", "page_break"})
"""Elements that never become pictures (outline and layout); they neither open nor close anything."""
_NOTE_HEAD = re.compile(r"^[*_]*(?:(?:A |AN |PRODUCTION |AUTHOR'S |WRITER'S |DIRECTOR'S |TECHNICAL )?NOTES?|NOTA|NOTAS|"
                        r"NOTE DE L'AUTEUR|REMARQUE|ANMERKUNGE?N?|HINWEIS|AVVERTENZA|ПРИМЕЧАНИЕ|注|備考|메모)"
                        r"(?: TO (?:THE )?READERS?| ON [^:]{1,40})?[*_]*\s*[:：]", re.IGNORECASE)
_CREDIT = re.compile(r"^(?:(?:ORIGINAL )?(?:SCREENPLAY|STORY|TELEPLAY|WRITTEN|BASED ON|ADAPTED|REVISED|DRAFT)\b|BY\s|"
                     r"COPYRIGHT\b|©|\(C\)\s)", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"^[-–—~]+\s*\S")


@dataclass
class FilmStructure:
    story: Script
    """The script as the film plays it: front matter, the opening and closing transitions and end marks taken
    out, every transition written the English way (`CANONICAL`), continuity times given the light they keep."""
    opening: Transition | None = None
    """How the film opens: a fade from black for FADE IN (the first shot's `transition_in`), else None."""
    closing: Transition | None = None
    """How it closes after its last shot: 'fade' (FADE OUT, FADE TO BLACK), 'cut' (CUT TO BLACK), 'dip_to_white'
    (FADE TO WHITE, a burn), or None when the script says nothing."""
    front_matter: list[Element] = field(default_factory=list)
    """What was set aside before the story starts, in order (title material, epigraphs, notes)."""


def film_structure(script: Script) -> FilmStructure:
    """`script` read as a film; the script itself is not changed."""
    scenes = [sc.model_copy(update={"elements": [_understood(el) for el in sc.elements]}) for sc in script.scenes]
    front: list[Element] = []
    opening = None
    if any(sc.heading is not None for sc in scenes):
        for sc in scenes:
            if sc.heading is not None:
                break
            kept, set_aside, opened = _front_matter(sc.elements, script.title_page.get("title", ""))
            sc.elements = kept
            front += set_aside
            opening = opening or opened
    opening = _opening(scenes) or opening
    closing = _closing(scenes)
    _light_continuity(scenes)
    story = script.model_copy(update={"scenes": scenes})
    return FilmStructure(story=story, opening=opening, closing=closing, front_matter=front)


def _understood(el: Element) -> Element:
    """A transition (or a one-line action that is one, as `FADE IN:` and `CORTE A:` are in Fountain) written the
    English way; everything else unchanged."""
    if el.type not in ("transition", "action"):
        return el
    kind = transition_kind(el.text)
    if kind is None:
        return el
    return TextElement(type="transition", text=CANONICAL[kind], line=el.line)


def _front_matter(elements: list[Element], title: str = "") -> tuple[list[Element], list[Element], Transition | None]:
    """Split what precedes the first heading into (the story, what is set aside, the opening fade).

    A FADE IN there starts the story: everything above it is front matter (Big Fish's epigraph). Without one,
    what reads as a note or as title material is set aside: centered text, a paragraph in bold, italics or
    underline throughout (a production note), a paragraph starting 'NOTE:' with the paragraphs under it up to
    the next page break, an epigraph with its attribution ('- Louisa May Alcott'), the title or a credit line.
    Dialogue, other action and other transitions stay: a cold open over black is the film's."""
    fades = [i for i, el in enumerate(elements) if el.type == "transition" and el.text == CANONICAL[FADE_IN]]
    if fades:
        i = fades[-1]
        return elements[i + 1:], elements[:i], Transition(type="fade", duration=FADE_SECONDS)
    kept: list[Element] = []
    aside: list[Element] = []
    in_note = False
    for k, el in enumerate(elements):
        nxt = elements[k + 1] if k + 1 < len(elements) else None
        if el.type in ("page_break", "dialogue", "transition"):
            in_note = False         # a note runs to the end of its page
        note = el.type == "action" and _NOTE_HEAD.match(el.text.strip()) is not None
        in_note = in_note or note
        front = (el.type in NOT_SHOWN or el.type == "centered" or (el.type == "action" and (
            in_note or _all_emphasised(el) or _CREDIT.match(el.text.strip()) is not None
            or (title and fold(el.text.strip().strip("*_ ")) == fold(title))
            or _ATTRIBUTION.match(el.text.strip()) is not None
            or (nxt is not None and nxt.type == "action" and _ATTRIBUTION.match(nxt.text.strip()) is not None))))
        (aside if front else kept).append(el)
    return kept, aside, None


def _all_emphasised(el: TextElement) -> bool:
    """Every letter of the paragraph inside bold, italic or underline spans: a production note, an epigraph."""
    if not el.emphasis:
        return False
    covered = [False] * len(el.text)
    for span in el.emphasis:
        for k in range(max(0, span.start), min(len(el.text), span.end)):
            covered[k] = True
    return all(c or not ch.isalnum() for ch, c in zip(el.text, covered))


def _opening(scenes: list[Scene]) -> Transition | None:
    """A FADE IN before anything of the story is shown (under the first heading, too) opens the film."""
    for sc in scenes:
        for k, el in enumerate(sc.elements):
            if el.type in NOT_SHOWN:
                continue
            if el.type == "transition" and el.text == CANONICAL[FADE_IN]:
                del sc.elements[k]
                return Transition(type="fade", duration=FADE_SECONDS)
            return None
        if sc.heading is not None:
            return None       # a heading is shown (an establishing shot) before anything under it
    return None


_CLOSING = {FADE_OUT: "fade", "fade": "fade", "dissolve": "fade", "wipe": "fade", CUT_TO_BLACK: "cut", "cut": "cut",
            "dip_to_white": "dip_to_white"}


def _closing(scenes: list[Scene]) -> Transition | None:
    """The transitions and end marks after the last thing shown (FADE OUT., THE END) close the film."""
    if not scenes:
        return None
    last = scenes[-1]
    closing: str | None = None
    k = len(last.elements)
    while k > 0:
        el = last.elements[k - 1]
        if el.type in NOT_SHOWN or (el.type in ("centered", "action", "transition") and is_end_mark(el.text)):
            k -= 1
            continue
        if el.type == "transition":
            kind = next((kd for kd, text in CANONICAL.items() if text == el.text), None)
            if kind in _CLOSING and closing is None:
                closing = _CLOSING[kind]
            k -= 1
            continue
        break
    last.elements = last.elements[:k] + [el for el in last.elements[k:] if el.type in NOT_SHOWN]
    if closing is None:
        return None
    return Transition(type=closing, duration=0.0 if closing == "cut" else FADE_SECONDS)


def _light_continuity(scenes: list[Scene]) -> None:
    """'CONTINUOUS', 'MOMENTS LATER', 'MÁS TARDE' keep the light of the scene before: 'CONTINUOUS (NIGHT)'."""
    previous = None
    for sc in scenes:
        if sc.heading is None:
            continue
        if lighting(sc.time_of_day) == CONTINUITY and previous:
            sc.time_of_day = f"{sc.time_of_day} ({previous})"
        # a heading with no time renders in daylight, so what follows it continues daylight
        previous = (lighting_words(sc.time_of_day) or previous) if sc.time_of_day else None


__all__ = ["CANONICAL", "FilmStructure", "film_structure"]
