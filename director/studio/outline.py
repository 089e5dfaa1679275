"""What a writer sees right after an upload: scenes, characters, page count and the running time.

The numbers come from the parser's own outline helpers (`director.parsing.outline`: formatted-line arithmetic,
one page ≈ 55 lines ≈ a minute of screen time, and `scene_labels`, the scene numbering), so the studio and
`director parse` never disagree; this module only reshapes them into data a template can lay out. Once the
script is planned, the plan's total is the film's running time and the studio shows that one number
everywhere (`director.timing.running_time`); the page estimate is shown only while there is no plan.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from ..models import DialogueElement, Script
from ..parsing.outline import LINES_PER_PAGE, counts, page_lines, scene_labels

SECONDS_PER_PAGE = 60.0


@dataclass
class SceneSummary:
    index: int
    number: str
    heading: str
    line: int | None
    characters: list[str]
    dialogue_blocks: int


@dataclass
class Outline:
    title: str
    scenes: list[SceneSummary] = field(default_factory=list)
    characters: list[tuple[str, int]] = field(default_factory=list)  # (name, dialogue blocks), most first
    counts: dict[str, int] = field(default_factory=dict)
    pages: float = 0.0
    seconds: float = 0.0

    @property
    def estimate(self) -> str:
        """The page-count estimate, worded as `director parse` words it."""
        return f"about {max(1, round(self.pages))} min (from {self.pages:g} pages)"


def outline(script: Script, fallback_title: str = "Untitled") -> Outline:
    labels = scene_labels(script.scenes)
    scenes = []
    for index, scene in enumerate(script.scenes, 1):
        if scene.heading is None:
            continue
        cast = Counter(e.character for e in scene.elements if isinstance(e, DialogueElement))
        scenes.append(SceneSummary(index=index, number=labels[index], heading=scene.heading, line=scene.line,
                                   characters=sorted(cast), dialogue_blocks=sum(cast.values())))
    if not scenes and any(scene.elements for scene in script.scenes):
        # Prose (no scene headings): the planner makes it one scene, and so does the outline.
        elements = [e for scene in script.scenes for e in scene.elements]
        cast = Counter(e.character for e in elements if isinstance(e, DialogueElement))
        scenes.append(SceneSummary(index=1, number="1", heading="(one scene of prose, no scene headings)",
                                   line=elements[0].line, characters=sorted(cast),
                                   dialogue_blocks=sum(cast.values())))
    spoken = Counter(e.character for s in script.scenes for e in s.elements if isinstance(e, DialogueElement))
    pages = page_lines(script) / LINES_PER_PAGE
    title = (script.title or fallback_title).replace("\n", " — ")
    return Outline(title=title, scenes=scenes, characters=sorted(spoken.items(), key=lambda kv: (-kv[1], kv[0])),
                   counts=counts(script), pages=round(pages, 1), seconds=pages * SECONDS_PER_PAGE)


def outline_from_json(text: str) -> Outline:
    """The outline the parse worker wrote (`dataclasses.asdict` of `outline(script, fallback_title="")`)."""
    data = json.loads(text)
    scenes = [SceneSummary(**scene) for scene in data.pop("scenes")]
    characters = [(name, n) for name, n in data.pop("characters")]
    return Outline(scenes=scenes, characters=characters, **data)
