"""The shape of each stage's answer, as pydantic models: their JSON Schema goes to the server (response_format)
and into the prompt, and the same models validate what comes back.

These are deliberately smaller than the FilmPlan models: the model says what only it can judge (which shots,
what camera, who is where, in what pose); the planner computes what arithmetic can (ids, frame-exact times,
dialogue timing, keypoints from pose templates, seeds), so a weak model has less to get wrong.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from director.models import Camera

POSES = ("stand", "talk", "wave", "point", "walk", "run", "sit", "kneel", "lie", "jump", "fall", "reach")
TRANSITIONS = ("cut", "dissolve", "fade", "wipe", "dip_to_white")


class _Answer(BaseModel):
    # Weak models add chatter fields: ignoring them is harmless. A NaN or infinite number is a schema problem
    # (a repair turn), never a value that reaches a plan.
    model_config = ConfigDict(extra="ignore", allow_inf_nan=False)


# ----------------------------------------------------------------------------------------------------------
# Stage 1: scene -> shots
# ----------------------------------------------------------------------------------------------------------

class PlannedShot(_Answer):
    description: str = Field(min_length=1, description="What the camera sees, one or two sentences.")
    duration: float | None = Field(default=None, gt=0, le=60,
                                   description="Seconds; left out, the planner times it from the text.")
    camera: Camera = Field(default_factory=Camera)
    entities: list[str] = Field(default_factory=list, description="Names of the characters and props in view.")
    dialogue: list[int] = Field(default_factory=list, description="Indices of the scene's dialogue lines spoken in this shot.")
    transition_in: Literal["cut", "dissolve", "fade", "wipe", "dip_to_white"] = "cut"


class ShotList(_Answer):
    shots: list[PlannedShot] = Field(min_length=1)


# ----------------------------------------------------------------------------------------------------------
# Stage 2: film -> entity bible
# ----------------------------------------------------------------------------------------------------------

class BibleEntry(_Answer):
    name: str = Field(min_length=1, description="Exactly as given in the list of names.")
    kind: str = Field(description="person, animal, vehicle or object.")
    description: str = Field(default="", description="Appearance and wardrobe, used in every shot's prompt.")


class Bible(_Answer):
    entities: list[BibleEntry]


# ----------------------------------------------------------------------------------------------------------
# Stage 3: shot -> keyframe layouts and scene graph
# ----------------------------------------------------------------------------------------------------------

class LayoutObject(_Answer):
    entity: str = Field(description="An entity id from the list given.")
    box: list[float] = Field(min_length=4, max_length=4, description="[x0, y0, x1, y1] in 0..1, y down.")
    pose: str | None = Field(default=None, description="For persons: " + ", ".join(POSES) + ".")
    facing: Literal["left", "right", "front"] | None = None


class LayoutKeyframe(_Answer):
    prompt: str = ""
    objects: list[LayoutObject] = Field(default_factory=list, description="Entities visible at this time only.")


class LayoutEdge(_Answer):
    subject: str
    predicate: str
    object: str
    start: float = 0.0
    end: float = 0.0


class ShotLayout(_Answer):
    keyframes: list[LayoutKeyframe]
    scene_graph: list[LayoutEdge] = Field(default_factory=list)


def response_schema(model: type[BaseModel]) -> dict:
    """The JSON Schema sent as `response_format` and shown in the prompt."""
    return model.model_json_schema()
