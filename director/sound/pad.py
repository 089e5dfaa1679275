"""`pad`: a built-in `director.music` backend, and the smallest real one — sustained chords from the prompt's
mood, so a scene can ask for music without a file (`"music": {"backend": "pad", "prompt": "sad, night"}`).

A generative model (MusicGen, Stable Audio…) plugs in the same way: a class with `name`, `identity` and
`compose(request) -> Audio`, registered under the `director.music` entry point.
"""
from __future__ import annotations

import re

import numpy as np

from .protocols import Audio, MusicRequest

_MINOR = re.compile(r"\b(sad|dark|night|grief|lonely|tense|danger|fear|mystery|rain|storm|cold|melanchol\w*)\b",
                    re.I)
# semitones above the root: i - VI - III - VII (minor) / I - V - vi - IV (major)
PROGRESSIONS = {"minor": [(0, 3, 7), (-4, 0, 3), (3, 7, 10), (-2, 2, 5)],
                "major": [(0, 4, 7), (7, 11, 14), (9, 12, 16), (5, 9, 12)]}


class PadMusic:
    name = "pad"
    identity = "pad/1"

    def __init__(self, root: float = 110.0, chord_seconds: float = 4.0):
        self.root, self.chord_seconds = float(root), float(chord_seconds)

    def compose(self, request: MusicRequest) -> Audio:
        rate = request.sample_rate
        n = max(1, round(request.seconds * rate))
        mode = "minor" if _MINOR.search(f"{request.prompt} {request.scene or ''}") else "major"
        chords = PROGRESSIONS[mode]
        t = np.arange(n) / rate
        out = np.zeros((n, 2), np.float32)
        span = round(self.chord_seconds * rate)
        rng = np.random.default_rng(request.seed)
        detune = rng.uniform(-0.3, 0.3, size=8)
        for k, start in enumerate(range(0, n, span)):
            stop = min(n, start + span + rate // 2)          # half a second of overlap between chords
            seg = t[start:stop] - t[start]
            env = np.minimum(1.0, seg / 1.2) * np.minimum(1.0, (t[stop - 1] - t[start] - seg + 1e-3) / 0.8)
            for j, semis in enumerate(chords[k % len(chords)]):
                f = self.root * 2 ** (semis / 12)
                for h, amp in ((1, 1.0), (2, 0.35), (3, 0.12)):
                    for c, cents in enumerate((-detune[j], detune[j])):
                        w = 2 * np.pi * f * h * 2 ** (cents / 1200)
                        out[start:stop, c] += (amp * 0.05 * env * np.sin(w * seg + j + h)).astype(np.float32)
        return Audio(out, rate)
