"""How a scene is shown to the model: numbered dialogue, readable elements, and parts that fit the budget.

A feature-length scene can outgrow a local model's context. `split_scene` cuts a scene's elements into parts
whose stage prompt stays within the token budget, never inside an element, and numbers dialogue per part so
the model's indices are always small and local.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from director.models import DialogueElement, Scene, TextElement

SHOWN = ("action", "transition", "centered", "lyrics")   # notes, sections, synopses are not on screen


@dataclass
class DialogueLine:
    character: str
    text: str
    element: DialogueElement


@dataclass
class ScenePart:
    scene_index: int               # 1-based, into FilmPlan.scenes
    scene: Scene
    part: int                      # 1-based
    parts: int
    lines: list[str] = field(default_factory=list)        # what the model reads
    dialogue: list[DialogueLine] = field(default_factory=list)
    elements: list = field(default_factory=list)          # the script elements behind `lines`

    def input_json(self) -> str:
        return json.dumps({"heading": self.scene.heading or "(no heading)", "elements": self.lines,
                           "dialogue_count": len(self.dialogue)}, ensure_ascii=False)


def speech(element: DialogueElement) -> str:
    return " ".join(line.text for line in element.lines if line.kind == "speech").strip()


def _render(element, index: int | None) -> str | None:
    if isinstance(element, DialogueElement):
        paren = " ".join(line.text for line in element.lines if line.kind == "parenthetical").strip()
        ext = f" ({element.extension})" if element.extension else ""
        text = speech(element)
        return f"{element.character}{ext}: [{index}] " + (f"{paren} " if paren else "") + text
    if isinstance(element, TextElement) and element.type in SHOWN and element.text.strip():
        prefix = "TRANSITION: " if element.type == "transition" else ""
        return prefix + element.text.strip()
    return None


def split_scene(scene_index: int, scene: Scene, count, budget: int, max_element_tokens: int = 1500) -> list[ScenePart]:
    """Parts of `scene` whose elements cost at most `budget` tokens each (`count(text)` prices one line).

    An element too long for any part on its own is shortened (its text is cut, the cut said so) rather than
    dropped: the model then still knows it happened.
    """
    items = []   # (element, is_dialogue)
    for el in scene.elements:
        if isinstance(el, DialogueElement) and not speech(el):
            continue
        if _render(el, 0) is not None:
            items.append(el)

    parts: list[list] = [[]]
    used = 0
    for el in items:
        price = min(count(_render(el, 999)), max_element_tokens) + 2
        if parts[-1] and used + price > budget:
            parts.append([])
            used = 0
        parts[-1].append(el)
        used += price
    out = []
    for i, group in enumerate(parts, 1):
        part = ScenePart(scene_index, scene, i, len(parts), elements=group)
        for el in group:
            index = None
            if isinstance(el, DialogueElement):
                index = len(part.dialogue)
                part.dialogue.append(DialogueLine(el.character, speech(el), el))
            text = _render(el, index)
            if len(text) > max_element_tokens * 3:
                text = text[: max_element_tokens * 3] + " [...]"
            part.lines.append(text)
        out.append(part)
    return out

