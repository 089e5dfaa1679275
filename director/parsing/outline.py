"""`director parse FILE`: a writer's outline of a parsed script — title, scenes, cast, totals, length.

Length uses the industry rule of thumb (one formatted page ≈ 55 lines ≈ one minute of screen time): each
element is wrapped at the column width a screenplay page gives it, plus the blank line that follows it.
"""
from __future__ import annotations

import math
import re
from collections import Counter

from ..models import DialogueElement, Scene, Script

LINES_PER_PAGE = 55
SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+[\"'’”)]*(?=\s|$)")   # one try per run of stops: linear
WIDTH = {"action": 61, "heading": 61, "speech": 35, "parenthetical": 26, "transition": 16, "centered": 61,
         "lyrics": 35}
"""Characters per line on a formatted page (Courier 12, standard margins)."""


def counts(script: Script) -> dict[str, int]:
    """The headline numbers: scene headings, distinct characters, dialogue blocks, parentheticals,
    transitions and dual-dialogue pairs (characters are cue names without extensions)."""
    dialogue = [e for s in script.scenes for e in s.elements if isinstance(e, DialogueElement)]
    return {
        "scenes": sum(1 for s in script.scenes if s.heading is not None),
        "characters": len({d.character for d in dialogue}),
        "dialogue": len(dialogue),
        "parentheticals": sum(1 for d in dialogue for ln in d.lines if ln.kind == "parenthetical"),
        "transitions": sum(1 for s in script.scenes for e in s.elements if e.type == "transition"),
        "dual_pairs": sum(1 for d in dialogue if d.dual) // 2,
    }


def scene_labels(scenes) -> dict[int, str]:
    """The scene number a writer sees, by the scene's 1-based position: the script's own number, else its place
    among the scenes that have a heading (material before the first heading has none; prose, with no headings at
    all, is scene 1). One numbering for `director parse`, the studio, the storyboard and a plan's scenes
    (`Scene`s and `PlanScene`s alike)."""
    scenes = list(scenes)
    if not any(scene.heading is not None for scene in scenes):
        return {getattr(scene, "index", p): str(n) for n, (p, scene) in enumerate(enumerate(scenes, 1), 1)}
    labels, count = {}, 0
    for position, scene in enumerate(scenes, 1):
        if scene.heading is None:
            continue
        count += 1
        labels[getattr(scene, "index", position)] = scene.number or str(count)
    return labels


def page_lines(script: Script) -> int:
    """Formatted lines the script would fill, by the widths above."""
    total = 0
    for scene in script.scenes:
        total += scene_lines(scene, total)
    return total


def scene_lines(scene: Scene, before: int = 0) -> int:
    """Formatted lines one scene fills; `before` (lines already on the pages) places its page breaks."""
    def wrapped(text: str, width: int) -> int:
        return sum(max(1, math.ceil(len(part) / width)) for part in text.split("\n"))

    total = 0
    if scene.heading is not None:
        total += wrapped(scene.heading, WIDTH["heading"]) + 1
    for e in scene.elements:
        if isinstance(e, DialogueElement):
            total += 1 + sum(wrapped(ln.text, WIDTH[ln.kind]) for ln in e.lines) + 1
        elif e.type == "page_break":
            total += (-(before + total)) % LINES_PER_PAGE
        elif e.type in ("section", "synopsis", "note"):
            continue  # not printed
        else:
            total += wrapped(e.text, WIDTH.get(e.type, 61)) + 1
    return total


def eighths(lines: int) -> str:
    """A scene's length the way a production board writes it: pages and eighths ("1 3/8"), at least 1/8."""
    n = max(1, math.ceil(lines * 8 / LINES_PER_PAGE))
    pages, rest = divmod(n, 8)
    if not rest:
        return str(pages)
    frac = f"{rest // math.gcd(rest, 8)}/{8 // math.gcd(rest, 8)}"
    return f"{pages} {frac}" if pages else frac


def outline(script: Script) -> str:
    """A readable outline for the terminal."""
    out: list[str] = []
    tp = script.title_page
    title = tp.get("title") or (script.source if script.source not in (None, "-") else None) or "Untitled"
    out.append(title.replace("\n", " — "))
    byline = " ".join(v.replace("\n", ", ") for k in ("credit", "author", "authors") if (v := tp.get(k)))
    if byline:
        out.append(byline)
    c = counts(script)

    out.append("")
    out.append(f"Scenes ({c['scenes']})  — number, length in pages and eighths, heading, who speaks")
    labels = scene_labels(script.scenes)
    for position, scene in enumerate(script.scenes, 1):
        if scene.heading is None:
            if scene.elements:
                out.append(f"  {'':>5}  {eighths(scene_lines(scene)):>6}  (before the first scene: "
                           f"{_n(len(scene.elements), 'element')})")
            continue
        number = labels[position]
        cast = sorted({e.character for e in scene.elements if isinstance(e, DialogueElement)})
        who = f"  [{', '.join(cast)}]" if cast else ""
        out.append(f"  {number:>5}  {eighths(scene_lines(scene)):>6}  {scene.heading}{who}")

    if not c["scenes"] and not c["dialogue"]:  # prose: what the planner will make shots of
        paragraphs = [e for s in script.scenes for e in s.elements if e.type == "action"]
        sentences = sum(len(SENTENCE_END.findall(e.text)) or 1 for e in paragraphs)
        out.append(f"  no scene headings: one scene of {_n(len(paragraphs), 'paragraph')}, "
                   f"{_n(sentences, 'sentence')}")

    spoken = Counter(e.character for s in script.scenes for e in s.elements if isinstance(e, DialogueElement))
    out.append("")
    out.append(f"Characters ({c['characters']})")
    for name, n in sorted(spoken.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"  {name:<28} {_n(n, 'dialogue block'):>20}")

    lines = page_lines(script)
    pages = lines / LINES_PER_PAGE
    out.append("")
    out.append("Totals: " + ", ".join([
        _n(c["scenes"], "scene"), _n(c["characters"], "character"), _n(c["dialogue"], "dialogue block"),
        _n(c["parentheticals"], "parenthetical"), _n(c["transitions"], "transition"),
        _n(c["dual_pairs"], "dual-dialogue pair")]))
    out.append(f"Length: about {pages:.1f} pages ({lines} formatted lines at {LINES_PER_PAGE}/page; "
               f"≈ {max(1, round(pages))} min of screen time)")
    return "\n".join(out)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
