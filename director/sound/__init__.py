"""Sound: the characters speak, each scene has its bed, the film is mixed.

    voices (one task per line) ─▶ re-timed plan ─▶ picture …
    voices + music cues ─▶ mix (dialogue, ambience, music stems; mix.wav at the loudness target) ─▶ muxed
    into film.mp4 and shots/<id>.mp4

Modules, in the order sound flows: `protocols` (the voice and music backend seams), `casting` (a voice for
every speaking character, into plan.json), `delivery` (parentheticals and cue extensions), `synthesis` (one
line in a character's voice), `retime` (shots hold their lines), `ambience` and `music` (the beds and the
cues), `mix` (stems and loudness), `files` (WAV, decoding, the mux), `analysis` (how different two voices
sound). Voice backends live in the top-level `voices` package (`director.voices` entry points).
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass

from ..errors import DirectorError
from ..models import FilmPlan, Voice
from .delivery import delivery_of
from .synthesis import line_seed

AUTO = "auto"
NONE = "none"
PREFERENCE = ("piper", "espeak")
"""`voices="auto"`: the first of these that is installed and ready (a neural voice before formant synthesis)."""


def available() -> dict:
    from ..registry import available as eps

    return eps("voice")


def resolve(name: str | None) -> str | None:
    """The voice backend a job uses: a name, or for "auto" the preferred installed one; None for no voices
    ("none", or "auto" with none installed: the film is silent). No name: $DIRECTOR_VOICES, else "auto"."""
    if name is None:
        name = os.environ.get("DIRECTOR_VOICES") or AUTO
    if name == NONE:
        return None
    installed = available()
    if name != AUTO:
        if name not in installed:
            known = ", ".join(sorted(installed)) or "none"
            raise DirectorError(f"unknown voice backend '{name}' (installed: {known})")
        return name
    for candidate in [*PREFERENCE, *sorted(installed)]:
        if candidate in installed and why_not(candidate) is None:
            return candidate
    return None


def why_not(name: str) -> str | None:
    """Why voice backend `name` cannot speak here (a missing package or library), or None."""
    try:
        backend = load(name)
    except DirectorError as exc:
        return str(exc)
    except (ImportError, OSError) as exc:
        return f"{type(exc).__name__}: {exc}"
    ready = getattr(backend, "ready", None)
    return ready() if callable(ready) else None


_LOADED: dict = {}
_LOADING = threading.Lock()


def load(name: str, **options):
    """The voice backend `name` (one instance per name and options in a process, shared by its threads:
    a model loads once)."""
    from ..registry import load as load_entry

    key = (name, tuple(sorted((k, repr(v)) for k, v in options.items())))
    with _LOADING:
        if key not in _LOADED:
            _LOADED[key] = load_entry("voice", name, **options)
        return _LOADED[key]


@dataclass(frozen=True)
class LineVoice:
    """Everything that decides how one line sounds when synthesized: a voice task's inputs."""

    key: str                # "shot_id/index"
    shot: str
    character: str
    text: str
    backend: str
    voice: Voice
    style: str
    pitch: float
    rate: float
    gain: float
    seed: int

    def as_key(self) -> dict:
        return {"text": self.text, "backend": self.backend, "voice": self.voice.model_dump(mode="json"),
                "style": self.style, "pitch": self.pitch, "rate": self.rate, "gain": self.gain, "seed": self.seed}


def lines(plan: FilmPlan, default_backend: str) -> list[LineVoice]:
    """Every line of `plan` with the voice and delivery it is spoken in."""
    voices = {e.id: e.voice for e in plan.entities if e.voice is not None}
    out = []
    for shot in plan.shots:
        for i, d in enumerate(shot.dialogue):
            if not d.text.strip():
                continue
            v = voices.get(d.character) or Voice()
            how = delivery_of(d.parenthetical)
            out.append(LineVoice(f"{shot.id}/{i}", shot.id, d.character, d.text.strip(), v.backend or default_backend,
                                 v, how.style, how.pitch, how.rate, how.gain, line_seed(d.character, d.text.strip())))
    return out
