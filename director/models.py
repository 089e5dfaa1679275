"""The data model every stage speaks: a parsed `Script` and a `FilmPlan`.

Field names here are a contract: `director parse --json`, `plan.json`, the storyboard, the timeline and third-party
backends all read them. Change a name only with a reason recorded in the README.
"""
from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field


class _Model(BaseModel):
    # No NaN or infinity anywhere: no renderer, timeline or subtitle file can place a frame at t=NaN.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


_ID_RULE = ("Lower-case ASCII letters, digits, '_' and '-', starting with a letter or digit, at most 64 characters "
            "(it names files: shots/<id>.mp4); see director.limits.ID_PATTERN.")


# --------------------------------------------------------------------------------------------------------------
# Script: what the parsers produce
# --------------------------------------------------------------------------------------------------------------

class Emphasis(_Model):
    """A styled span of an element's plain text (`text[start:end]`); markup never stays in the text."""

    start: int
    end: int
    style: Literal["bold", "italic", "underline"]


TextElementType = Literal[
    "action", "transition", "centered", "lyrics", "section", "synopsis", "note", "page_break"
]


class TextElement(_Model):
    """Every element that is a run of text: action, transitions, centered text, lyrics, sections, notes…"""

    type: TextElementType
    text: str = ""
    emphasis: list[Emphasis] = Field(default_factory=list)
    depth: int | None = Field(default=None, description="Section level (number of #); null for other types.")
    line: int | None = Field(default=None, description="1-based source line where the element starts.")


class DialogueLine(_Model):
    kind: Literal["speech", "parenthetical"]
    text: str
    emphasis: list[Emphasis] = Field(default_factory=list)


class DialogueElement(_Model):
    """One character's dialogue block: the cue, then speech and parentheticals in order."""

    type: Literal["dialogue"] = "dialogue"
    character: str = Field(description="The cue without its extension, e.g. 'BRICK'.")
    extension: str | None = Field(default=None, description="e.g. 'V.O.', 'O.S.', 'CONT'D'.")
    dual: bool = Field(default=False, description="True for both blocks of a dual-dialogue pair.")
    lines: list[DialogueLine] = Field(default_factory=list)
    line: int | None = None


Element = Annotated[Union[TextElement, DialogueElement], Field(discriminator="type")]


class Scene(_Model):
    number: str | None = Field(default=None, description="The script's own scene number ('12', '1A'), or null.")
    heading: str | None = Field(default=None, description="Null only for material before the first heading.")
    int_ext: str | None = Field(default=None, description="INT, EXT, INT/EXT or EST.")
    location: str | None = None
    time_of_day: str | None = None
    elements: list[Element] = Field(default_factory=list)
    line: int | None = None


class Script(_Model):
    title_page: dict[str, str] = Field(default_factory=dict, description="Keys lower-cased; multi-line values joined with newlines.")
    scenes: list[Scene] = Field(default_factory=list)
    source: str | None = Field(default=None, description="Path the script was read from, '-' for stdin, null for text.")

    @property
    def title(self) -> str | None:
        return self.title_page.get("title")


# --------------------------------------------------------------------------------------------------------------
# FilmPlan: what planners produce and renderers consume
# --------------------------------------------------------------------------------------------------------------

Box = tuple[float, float, float, float]
"""[x0, y0, x1, y1], normalized to [0, 1] of the frame, y down."""

Keypoint = tuple[float, float, float]
"""[x, y, v]: normalized position and visibility (0 absent, 1 occluded, 2 visible)."""

COCO18 = (
    "nose", "neck", "r_shoulder", "r_elbow", "r_wrist", "l_shoulder", "l_elbow", "l_wrist",
    "r_hip", "r_knee", "r_ankle", "l_hip", "l_knee", "l_ankle", "r_eye", "l_eye", "r_ear", "l_ear",
)
"""Keypoint order: COCO-18 as OpenPose writes it."""


class Voice(_Model):
    """How a character sounds: written by casting (`director.sound.casting`), editable in plan.json."""

    backend: str | None = Field(default=None, description="Voice backend (a `director.voices` entry point: "
                                "'piper', 'espeak', …); null: the job's.")
    voice: str | None = Field(default=None, description="The backend's voice ('en_US-joe-medium', 'en+f3'); "
                              "null: its default.")
    speaker: int | None = Field(default=None, description="Speaker of a multi-speaker voice model.")
    pitch: float = Field(default=0.0, ge=-12, le=12, description="Semitones above (+) or below (-) the voice's own.")
    rate: float = Field(default=1.0, ge=0.5, le=2.0, description="Speaking speed: 1 as the voice speaks, 1.2 a "
                        "fifth faster.")
    timbre: float = Field(default=0.0, ge=-12, le=12, description="Brightness: dB of spectral tilt per octave "
                          "from 1 kHz (+ brighter, - darker).")
    gain: float = Field(default=0.0, ge=-24, le=12, description="dB added to the character's lines in the mix.")


def _voice_from_text(value: Any) -> Any:
    """'espeak:en+f3' or 'en+f3' in plan.json is short for a Voice naming that backend and voice."""
    if isinstance(value, str):
        backend, _, name = value.rpartition(":")
        return {"backend": backend or None, "voice": name or None}
    return value


class Entity(_Model):
    """One entry of the film's bible: stable across every shot it appears in."""

    id: str = Field(description=_ID_RULE, json_schema_extra={"pattern": "^[a-z0-9][a-z0-9_-]{0,63}$"})
    name: str
    kind: str = Field(description="person, animal, vehicle, object, …")
    description: str = ""
    attributes: dict[str, Any] = Field(default_factory=dict)
    voice: Annotated[Voice | None, BeforeValidator(_voice_from_text)] = None
    reference: str | None = Field(default=None, description="a picture of this entity (a path; relative to plan.json's "
                                  "folder); without one the renderer makes one from the description")


class Camera(_Model):
    size: Literal["ECU", "CU", "MCU", "MS", "MLS", "LS", "ELS"] = "MS"
    angle: Literal["eye_level", "high", "low", "overhead", "dutch", "pov", "over_the_shoulder"] = "eye_level"
    movement: Literal[
        "static", "pan_left", "pan_right", "tilt_up", "tilt_down", "zoom_in", "zoom_out",
        "dolly_in", "dolly_out", "tracking", "handheld",
    ] = "static"


class Background(_Model):
    int_ext: str | None = None
    location: str | None = None
    time_of_day: str | None = None
    description: str = ""


class SceneObject(_Model):
    entity: str
    box: Box
    keypoints: list[Keypoint] | None = Field(default=None, description="COCO-18, for persons.")


class Keyframe(_Model):
    t: float = Field(description="Seconds from the shot's start.")
    prompt: str = ""
    objects: list[SceneObject] = Field(default_factory=list, description="An entity absent at this keyframe is not listed.")


class GraphEdge(_Model):
    subject: str
    predicate: str
    object: str
    start: float
    end: float


class ShotDialogue(_Model):
    character: str
    text: str
    start: float
    end: float
    extension: str | None = Field(default=None, description="The cue's extension: 'V.O.', 'O.S.', …")
    parenthetical: str | None = Field(default=None, description="How the line is said: 'whispering', …")


class Transition(_Model):
    """How a shot comes in from the previous one (or from black, for the first shot)."""

    type: Literal["cut", "dissolve", "fade", "wipe", "dip_to_white"] = "cut"
    duration: float = 0.0
    direction: Literal["left", "right", "up", "down"] | None = Field(default=None, description="For wipes.")


class Shot(_Model):
    id: str = Field(description=_ID_RULE, json_schema_extra={"pattern": "^[a-z0-9][a-z0-9_-]{0,63}$"})
    scene: int = Field(description="1-based index into FilmPlan.scenes.")
    description: str = ""
    duration: float
    camera: Camera = Field(default_factory=Camera)
    background: Background = Field(default_factory=Background)
    keyframes: list[Keyframe] = Field(default_factory=list)
    scene_graph: list[GraphEdge] = Field(default_factory=list)
    dialogue: list[ShotDialogue] = Field(default_factory=list)
    transition_in: Transition = Field(default_factory=Transition)
    seed: int = Field(default=0, description="0 .. 2^32-1.")

    def graph(self):
        """The scene graph as a `networkx.MultiDiGraph` (nodes: entity ids; edges keyed by predicate)."""
        import networkx as nx

        g = nx.MultiDiGraph()
        for obj in {o.entity for k in self.keyframes for o in k.objects}:
            g.add_node(obj)
        for e in self.scene_graph:
            g.add_edge(e.subject, e.object, key=e.predicate, predicate=e.predicate, start=e.start, end=e.end)
        return g


class Music(_Model):
    """A music cue under a scene or the film: a track file, or a `director.music` backend's composition."""

    path: str | None = Field(default=None, description="Audio file (any format ffmpeg reads), relative to plan.json.")
    backend: str | None = Field(default=None, description="A `director.music` entry point that composes the cue.")
    prompt: str = Field(default="", description="What the backend should compose.")
    offset: float = Field(default=0.0, ge=0, description="Seconds into the track where the cue starts.")
    gain: float = Field(default=0.0, ge=-40, le=20, description="dB above (+) or below (-) the default bed level.")
    fade_in: float = Field(default=1.0, ge=0)
    fade_out: float = Field(default=2.0, ge=0)
    loop: bool = Field(default=True, description="Repeat a track shorter than its cue (else silence after it).")


class PlanScene(_Model):
    """The scene a shot belongs to, carried so nothing downstream re-reads the script."""

    index: int = Field(description="1-based position in the script.")
    number: str | None = None
    heading: str | None = None
    music: Music | None = Field(default=None, description="This scene's music, in place of the film's.")


class FilmPlan(_Model):
    title: str = "Untitled"
    fps: int = 24
    width: int = 640
    height: int = 360
    style: str = ""
    title_page: dict[str, str] = Field(default_factory=dict)
    scenes: list[PlanScene] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    shots: list[Shot] = Field(default_factory=list)
    closing: Transition | None = Field(
        default=None, description="How the film ends after its last shot: 'fade' to black (FADE OUT, FADE TO BLACK), "
        "'cut' to black (CUT TO BLACK), 'dip_to_white'; null: the editor's default fade. (How it opens is the first "
        "shot's transition_in: a fade from black for FADE IN.)")
    music: Music | None = Field(default=None, description="Music under the whole film (scenes may override it).")

    @property
    def duration(self) -> float:
        return sum(s.duration for s in self.shots)

    def entity(self, entity_id: str) -> Entity:
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)


SCHEMAS = {"script": Script, "plan": FilmPlan}
