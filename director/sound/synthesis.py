"""One line of dialogue, spoken: a voice backend's samples made into the character's voice at 48 kHz.

What the backend cannot do itself is done here, the same way for every backend:
- pitch, for backends without it (piper): synthesize slower by the pitch factor p, then play back p times
  faster — one resampling that raises pitch and formants together (a smaller or larger speaker), duration
  kept. That is how one neural voice becomes several;
- timbre: a spectral tilt (brighter or darker);
- delivery styles it lacks: a whisper resynthesizes the same words with random phases (breath, no voicing);
  a shout adds soft saturation and brightness; a call, brightness;
- level: every line is normalised to `LINE_LEVEL` LUFS before the voice's and the delivery's gains, so a
  character is as loud in every shot and the mix decides the balance.
"""
from __future__ import annotations

import hashlib

import numpy as np

from ..models import Voice
from .delivery import Delivery
from .dsp import RATE, db, resample, saturate, tilt, trim, whisperize
from .loudness import speech_level
from .protocols import SpeechRequest

LINE_LEVEL = -20.0
"""LUFS of a line at 0 dB gain, before the mix."""


def line_seed(character: str, text: str) -> int:
    """A line's noise seed: the same words from the same character sound the same in any shot."""
    return int.from_bytes(hashlib.sha256(f"{character}\n{text}".encode()).digest()[:4], "big")


def speak(backend, text: str, voice: Voice, delivery: Delivery = Delivery(), seed: int = 0) -> np.ndarray:
    """`text` in `voice` with `delivery`: mono float32 at `RATE`, silence trimmed, levelled."""
    caps = backend.capabilities
    pitch = voice.pitch + delivery.pitch
    rate = voice.rate * delivery.rate
    factor = 2.0 ** (pitch / 12.0)
    native_style = delivery.style if delivery.style in caps.styles else "normal"
    request = SpeechRequest(
        text=text, voice=voice.voice, speaker=voice.speaker,
        pitch=pitch if caps.pitch else 0.0,
        rate=rate if caps.rate and caps.pitch else (rate / factor if caps.rate else 1.0),
        style=native_style, seed=seed)
    audio = backend.speak(request)
    x = np.asarray(audio.samples, dtype=np.float32).reshape(-1)
    played_at = audio.rate * (1.0 if caps.pitch else factor)
    if not caps.rate:
        played_at *= rate           # no rate control: speed changes pitch too (better than nothing)
    x = resample(x, played_at, RATE)
    x = trim(x, RATE)
    brightness = voice.timbre
    if delivery.style == "whisper" and native_style != "whisper":
        x = whisperize(x, RATE, seed)
    elif delivery.style == "shout":
        x = saturate(x, 2.0)
        brightness += 2.0
    elif delivery.style == "call":
        brightness += 1.0
    elif delivery.style == "soft":
        brightness -= 1.5
    x = tilt(x, RATE, brightness)
    level = speech_level(x, RATE)
    if np.isfinite(level):
        x = x * np.float32(db(LINE_LEVEL - level + voice.gain + delivery.gain))
    peak = float(np.max(np.abs(x))) if len(x) else 0.0
    if peak > 0.98:                 # a very loud delivery may not clip the line itself
        x = x * np.float32(0.98 / peak)
    return x.astype(np.float32)
