"""How a line is said and where it is heard, read from the script's own marks.

- The parenthetical changes the *delivery* — what the voice does: "(whispering)" whispers, "(shouting)"
  and "(calling)" raise pitch and level, "(softly)" lowers them. Delivery goes into the line's synthesis.
- The cue's extension changes the *placement* — how the mix hears it: V.O. is dry and close (no room),
  O.S./O.C. is off-mic (muffled, quieter, in the room), PHONE/RADIO/FILTERED is band-limited. Placement is
  applied in the mix, so changing it re-mixes without re-synthesizing the line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Delivery:
    style: str = "normal"       # one of protocols.STYLES
    pitch: float = 0.0          # semitones added to the voice's
    rate: float = 1.0           # speed factor applied on top of the voice's
    gain: float = 0.0           # dB


_DELIVERIES: list[tuple[re.Pattern, Delivery]] = [
    (re.compile(r"\bwhisper|\bunder (?:his|her|their) breath|\bsotto voce|\bhushed|\bbarely audible", re.I),
     Delivery("whisper", 0.0, 0.92, -4.0)),
    (re.compile(r"\bshout|\byell|\bscream|\bbellow|\broar|\bfurious|\benraged|\bat the top of", re.I),
     Delivery("shout", 2.5, 1.06, 6.0)),
    (re.compile(r"\bcall(?:s|ing|ed)?\b|\bcalling out|\bholler|\bcrying out|\bhail", re.I),
     Delivery("call", 1.5, 0.9, 4.0)),
    (re.compile(r"\bsoft(?:ly)?\b|\bquiet(?:ly)?\b|\bgentl|\bmurmur|\bmumbl|\btender", re.I),
     Delivery("soft", -0.5, 0.95, -3.0)),
    (re.compile(r"\bangr|\bsnap|\bsharp", re.I), Delivery("normal", 1.0, 1.08, 2.0)),
    (re.compile(r"\bexcit|\beager|\bbright|\bsmil|\blaugh|\bcheer", re.I), Delivery("normal", 1.0, 1.05, 1.0)),
    (re.compile(r"\bsad|\bteary|\bcrying|\bsob|\btired|\bweary|\bslow", re.I), Delivery("normal", -1.0, 0.9, -1.0)),
    (re.compile(r"\bnervous|\bhurried|\bquick|\bfast|\brapid", re.I), Delivery("normal", 0.5, 1.12, 0.0)),
]


def delivery_of(parenthetical: str | None) -> Delivery:
    """The delivery a parenthetical asks for; the first matching kind wins ("(whispering, urgently)")."""
    if not parenthetical:
        return Delivery()
    for pattern, d in _DELIVERIES:
        if pattern.search(parenthetical):
            return d
    return Delivery()


@dataclass(frozen=True)
class Placement:
    kind: str = "on"            # on (on screen), over (V.O.), off (O.S./O.C.), filtered (phone, radio)
    gain: float = 0.0           # dB
    lowpass: float | None = None    # Hz
    highpass: float | None = None   # Hz
    room: float = 1.0           # how much of the scene's room the line gets (0 dry … 1)


PLACEMENTS = {
    "on": Placement("on"),
    "over": Placement("over", 1.0, None, 80.0, 0.0),
    "off": Placement("off", -5.0, 3200.0, 120.0, 2.0),
    "filtered": Placement("filtered", -2.0, 3400.0, 320.0, 0.2),
}


def placement_of(extension: str | None) -> Placement:
    """Where a line with this cue extension is heard ('V.O., CONT'D' is a voice-over)."""
    ext = (extension or "").upper()
    if re.search(r"PHONE|RADIO|FILTER|INTERCOM|\bTV\b|SPEAKER", ext):
        return PLACEMENTS["filtered"]
    if re.search(r"V\.?\s*O\b|V\.\s*O\.|VOICE", ext):
        return PLACEMENTS["over"]
    if re.search(r"O\.?\s*S\b|O\.\s*S\.|O\.?\s*C\b|O\.\s*C\.|OFF", ext):
        return PLACEMENTS["off"]
    return PLACEMENTS["on"]
