"""The cast's references: one picture per entity of the bible, made once for the whole film.

Every entity that appears in a shot gets a task `references/<entity id>` whose artifact is `reference.png`:
the picture the plan names (`entities[].reference`, a path; relative paths are relative to plan.json's
folder), or else a picture the renderer makes from the entity's bible entry — a one-keyframe request showing
it alone, centred, front view, full figure, on a plain neutral background. The key is the entity's look (id,
name, kind, description, attributes) and the renderer's identity, or the named file's digest: one task per
entity however many shots it is in, made again only when its look or picture changes.

Provides `references` (entity id → task). When the renderer says it uses references
(`Capabilities.references`), the keyframes and local stages take the references of the entities in each shot
as inputs and pass them in every request (`KeyframeRequest.references`); renderers that do not, never wait
for them. The storyboard shows them as its cast sheet.
"""
from __future__ import annotations

import io
import zlib
from pathlib import Path
from typing import Any

import numpy as np

from .. import stages
from ..drawing import PERSON_KINDS, standing_keypoints
from ..errors import DirectorError
from ..hierarchy import ShotContext
from ..models import Background, Camera, Entity, Keyframe, SceneObject, Shot
from ..protocols import KeyframeRequest

PROMPT = "front view, full figure, plain neutral background"


def reference_shot(entity: Entity, aspect: float) -> Shot:
    """A one-keyframe shot of `entity` alone for its reference picture (a person standing, facing us)."""
    person = entity.kind.lower() in PERSON_KINDS and "body" not in entity.attributes
    if person:
        half = 0.9 * 0.36 / aspect / 2                     # a standing figure 90 % of the frame tall
        box = (0.5 - half, 0.05, 0.5 + half, 0.95)
    else:
        box = (0.2, 0.15, 0.8, 0.9)
    obj = SceneObject(entity=entity.id, box=box, keypoints=standing_keypoints(box) if person else None)
    look = ", ".join(x for x in (entity.name, entity.description.strip().rstrip(".")) if x)
    return Shot(id=f"reference-{entity.id}", scene=1, description=f"{look}; {PROMPT}", duration=1.0,
                camera=Camera(size="LS"), background=Background(description="plain neutral grey studio backdrop"),
                keyframes=[Keyframe(t=0.0, prompt=f"{look}, {PROMPT}", objects=[obj])],
                seed=zlib.crc32(f"reference\x00{entity.id}".encode()))


def render_reference(renderer: Any, entity: Entity, width: int, height: int, fps: int, style: str = "") -> np.ndarray:
    """The renderer's picture of `entity` from its description: (H, W, 3) uint8, from one keyframe request."""
    shot = reference_shot(entity, width / height)
    request = KeyframeRequest(shot=shot, entities={entity.id: entity}, times=[0.0], width=width, height=height,
                              fps=fps, style=style, seed=shot.seed)
    frames = np.asarray(renderer.keyframes(request))
    if frames.shape != (1, height, width, 3) or frames.dtype != np.uint8:
        raise DirectorError(f"renderer '{getattr(renderer, 'name', renderer)}' returned {frames.dtype}"
                            f"{list(frames.shape)} for the reference of {entity.id}; expected uint8[1, {height}, "
                            f"{width}, 3]")
    return frames[0]


def read_picture(path: Path, entity_id: str) -> np.ndarray:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            return np.array(img.convert("RGB"))
    except (OSError, UnidentifiedImageError) as exc:
        raise DirectorError(f"plan.json: entity '{entity_id}': reference picture {path} cannot be read: "
                            f"{exc}") from exc


def _named_file(entity: Entity, plan_dir: str | None) -> Path | None:
    if not entity.reference:
        return None
    path = Path(entity.reference).expanduser()
    if not path.is_absolute():
        path = Path(plan_dir or ".") / path
    if not path.is_file():
        raise DirectorError(f"plan.json: entity '{entity.id}': reference picture {entity.reference} not found"
                            f" (looked for {path.resolve()})")
    return path.resolve()


class ReferencesStage(stages.Stage):
    name = "references"
    after = ("plan",)
    renders = True

    def declare(self, graph) -> None:
        from ..store import file_digest

        plan, tasks = graph.product("plan"), {}
        in_view = set()
        for shot, _ in graph.shots():
            in_view |= set(ShotContext.from_plan(graph.plan, shot).entities)
        for entity in graph.plan.entities:
            if entity.id not in in_view:
                continue
            # `sound_base` is the job's folder for the plan's relative paths (plan.json's own folder)
            named = _named_file(entity, graph.options.get("sound_base"))
            look = entity.model_dump(mode="json", exclude={"voice", "reference"})
            if named is not None:
                key = {"entity": look, "picture": file_digest(named)}
            else:
                key = {"entity": look, "renderer": graph.renderer_identity, "width": graph.plan.width,
                       "height": graph.plan.height, "style": graph.plan.style}
            tasks[entity.id] = graph.add(self, f"references/{entity.id}", key, inputs=(plan,),
                                         params={"entity": entity.id, "file": str(named) if named else None})
        graph.provide("references", tasks)

    def compute(self, task, run, out) -> None:
        from PIL import Image

        entity = next(e for e in run.plan.entities if e.id == task.params["entity"])
        if task.params["file"]:
            picture, source = read_picture(Path(task.params["file"]), entity.id), "file"
        else:
            plan = run.plan
            picture = render_reference(run.renderer, entity, plan.width, plan.height, plan.fps, plan.style)
            source = "renderer"
        buf = io.BytesIO()
        Image.fromarray(picture).save(buf, format="PNG")
        out.write_bytes("reference.png", buf.getvalue())
        out.meta.update(entity=entity.id, source=source, size=list(picture.shape[:2]))


def shot_inputs(graph, shot: Shot) -> tuple:
    """The reference tasks a shot's render tasks read: those of the entities in it, when the renderer uses
    references (otherwise none, so a new picture never re-renders a shot that would not look at it)."""
    if not getattr(graph.capabilities, "references", False):
        return ()
    refs = graph.product("references")
    return tuple(refs[e] for e in sorted(ShotContext.from_plan(graph.plan, shot).entities) if e in refs)


def load(run, task) -> dict[str, np.ndarray]:
    """Entity id -> reference picture, for the task's reference inputs that exist (a failed one is left out)."""
    from PIL import Image

    failed = task.params.get("failed") or {}
    pictures = {}
    for task_id, _ in task.inputs:
        if not task_id.startswith("references/") or task_id in failed:
            continue
        with Image.open(run.input(task, task_id).path("reference.png")) as img:
            pictures[task_id.split("/", 1)[1]] = np.array(img.convert("RGB"))
    return pictures
