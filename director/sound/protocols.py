"""The sound plug-in points: voice backends speak one line, music backends compose one cue.

Both are found through entry points (`director.voices`, `director.music`) and have the renderers' shape: a
`name`, `capabilities`, an `identity` that goes into every task key, and one call. A backend never sees the
film: a voice backend gets a line's text and how to say it; a music backend gets a cue's length and prompt.
Samples are float32 in [-1, 1] at the backend's own rate; the mixer resamples to the film's 48 kHz.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Protocol, runtime_checkable

import numpy as np

STYLES = ("normal", "whisper", "shout", "call", "soft")
"""Deliveries a line can ask for (from its parenthetical); a backend does what it can natively."""


@dataclass(frozen=True)
class VoiceCapabilities:
    voices: tuple[str, ...]             # voice names it speaks; the first is its default
    speakers: int = 1                   # speakers per voice (multi-speaker models)
    pitch: bool = False                 # shifts pitch itself (else the synthesis layer resamples)
    rate: bool = True                   # changes speed itself
    styles: tuple[str, ...] = ()        # deliveries it renders natively (e.g. "whisper")
    neural: bool = False                # a trained model (preferred by casting) rather than formant synthesis
    sample_rate: int = 22050
    languages: tuple[str, ...] = ("en",)
    device: str = "cpu"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SpeechRequest:
    """One line to speak. `pitch` (semitones) and `rate` (speed factor) are only sent where the capabilities
    say the backend handles them; otherwise they arrive as 0 and 1 and the synthesis layer applies them."""

    text: str
    voice: str | None = None
    speaker: int | None = None
    pitch: float = 0.0
    rate: float = 1.0
    style: str = "normal"
    seed: int = 0


@dataclass
class Audio:
    samples: np.ndarray     # (n,) mono or (n, channels) float32 in [-1, 1]
    rate: int               # samples per second

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate if self.rate else 0.0


@runtime_checkable
class VoiceBackend(Protocol):
    name: str

    @property
    def capabilities(self) -> VoiceCapabilities: ...

    @property
    def identity(self) -> str:
        """Goes into every voice task's key: change it when the same request would sound different."""
        ...

    def speak(self, request: SpeechRequest) -> Audio: ...


@dataclass(frozen=True)
class MusicRequest:
    """One cue to compose: `seconds` long, from `prompt` (the plan's Music.prompt) and the scene it plays under."""

    seconds: float
    prompt: str = ""
    scene: str | None = None        # the scene heading, for mood
    sample_rate: int = 48000
    seed: int = 0


@runtime_checkable
class MusicBackend(Protocol):
    name: str

    @property
    def identity(self) -> str: ...

    def compose(self, request: MusicRequest) -> Audio:
        """-> samples (n,) mono or (n, 2) stereo float32 at any rate; the mixer fits it to the cue."""
        ...
