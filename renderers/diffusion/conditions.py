"""What one frame asks of the diffusion model: its prompt (in tagged pieces), its layout and its pose map.

A renderer request carries a shot and times; the backend wants per-frame text and control. This module is the
translation, pure Python: no torch here, so it is cheap to test and shared by every backend.

Prompts are kept as pieces tagged with the entity they describe, so a backend can tokenize piece by piece and
know exactly which tokens name which entity (box guidance pulls those tokens' attention into the entity's box)
without offsets from the tokenizer. Entity phrases come first: CLIP reads 77 tokens, and who is in the frame
matters more than the style suffix when a long prompt is cut.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass, field

from director.models import Entity, SceneObject, Shot
from director.motion import layout_at


@dataclass(frozen=True)
class PromptPiece:
    text: str
    entity: str | None = None   # the entity this piece names (its tokens carry box guidance)


@dataclass
class FrameCondition:
    """Everything the model is told about one frame."""

    t: float
    pieces: list[PromptPiece]
    objects: list[SceneObject] = field(default_factory=list)

    @property
    def prompt(self) -> str:
        return " ".join(p.text for p in self.pieces if p.text)


def _keyframe_prompt(shot: Shot, t: float, fps: int) -> str:
    """The planner's own prompt for the keyframe shown at `t`, if `t` is one (within half a frame)."""
    for k in shot.keyframes:
        if abs(k.t - t) <= 0.5 / max(fps, 1) and k.prompt:
            return k.prompt
    return ""


def active_actions(shot: Shot, entities: dict[str, Entity], t: float) -> list[str]:
    """Scene-graph edges holding at `t`, as 'subject predicate object' with entity names."""
    def name(node: str) -> str:
        return entities[node].name if node in entities else node.replace("_", " ")

    return [f"{name(e.subject)} {e.predicate.replace('_', ' ')} {name(e.object)}"
            for e in shot.scene_graph if e.start <= t <= e.end]


def frame_condition(shot: Shot, entities: dict[str, Entity], t: float, fps: int, style: str = "") -> FrameCondition:
    """The prompt and layout at time `t`: entities present (name + bible description), actions, shot, place, style."""
    objects = layout_at(shot, t)
    pieces: list[PromptPiece] = []
    for obj in objects:
        ent = entities.get(obj.entity)
        name = ent.name if ent else obj.entity
        pieces.append(PromptPiece(name, obj.entity))
        desc = ent.description.strip().rstrip(".") if ent else ""
        pieces.append(PromptPiece(f"({desc})," if desc else ","))
    actions = active_actions(shot, entities, t)
    if actions:
        pieces.append(PromptPiece("; ".join(actions) + "."))
    lead = _keyframe_prompt(shot, t, fps) or shot.description
    if lead:
        pieces.append(PromptPiece(lead.strip()))
    bg = shot.background
    place = ", ".join(x for x in (bg.description, bg.location, bg.time_of_day) if x)
    if place:
        pieces.append(PromptPiece(place.lower() + "."))
    if style:
        pieces.append(PromptPiece(style.strip()))
    return FrameCondition(t=t, pieces=pieces, objects=objects)


def frame_conditions(shot: Shot, entities: dict[str, Entity], times: list[float], fps: int,
                     style: str = "") -> list[FrameCondition]:
    return [frame_condition(shot, entities, t, fps, style) for t in times]


def entity_seed(entity: Entity | str) -> int:
    """A seed fixed by the entity's identity and look, so its noise is the same in every shot it appears in."""
    if isinstance(entity, Entity):
        key = f"{entity.id}\x00{entity.description}"
    else:
        key = entity
    return zlib.crc32(key.encode("utf-8"))


def reference_condition(entity: Entity) -> FrameCondition:
    """What a reference picture shows, as a prompt: the entity alone, its bible description, front view."""
    desc = entity.description.strip().rstrip(".")
    return FrameCondition(t=0.0, pieces=[PromptPiece(entity.name, entity.id),
                                         PromptPiece(f"({desc})," if desc else ","),
                                         PromptPiece("front view, full figure, plain neutral background.")])
