"""The parts of a scene heading and of a character cue, shared by the Fountain and FDX readers so that twins
of one script agree field for field."""
from __future__ import annotations

import re

# The spec's list, exactly: INT, EXT, EST, INT./EXT, INT/EXT, I/E. (EXT/INT is not in it; Big Fish's reference
# count of 190 headings agrees: its two "EXT/INT." lines are action.)
HEADING = re.compile(r"^(INT\.?/EXT|I/E|INT|EXT|EST)(?:[.。]|\s|$)\s*(.*)$", re.IGNORECASE)  # 。: Japanese scripts
PREFIX = re.compile(
    r"^(INT\.?\s*/\s*EXT|EXT\.?\s*/\s*INT|I\.?\s*/\s*E|INTERIOR|EXTERIOR|INT|EXT|EST)(?:[.。]|\s|$)\s*(.*)$",
    re.IGNORECASE)
"""Reading the fields of a line already known to be a heading (a forced one, an FDX Scene Heading) is more
lenient than deciding that a Fountain line is one: EXT./INT, I./E. and INTERIOR count here."""
TIME_SPLIT = re.compile(r"(?<!\s)\s+[-–—]+\s+")  # (?<!\s): one try per run of spaces, not one per space
DOT_SPLIT = re.compile(r"(?<=\.)\s+")
TIMES_OF_DAY = frozenset({"DAY", "NIGHT", "DAWN", "DUSK", "MORNING", "AFTERNOON", "EVENING", "NOON", "MIDNIGHT",
                          "SUNRISE", "SUNSET", "TWILIGHT", "CONTINUOUS", "LATER", "MOMENTS LATER", "SAME TIME"})
CUE = re.compile(r"^(?P<name>[^()^]*)(?P<ext>(?:\([^)]*\)\s*)*)(?P<dual>\^)?$")
"""A cue: a name, extensions in parentheses, an optional ^. The name is greedy (it keeps its trailing spaces,
stripped by the callers) so the pattern never backtracks over a run of spaces: 'A' + 1,500 spaces + 'B' is
one linear match, where a lazy name followed by optional spaces took quadratic time."""
EXTENSION = re.compile(r"\(([^)]*)\)")
_INT_EXT = {"INT": "INT", "EXT": "EXT", "EST": "EST", "INTERIOR": "INT", "EXTERIOR": "EXT"}


def split_heading(heading: str) -> tuple[str | None, str | None, str | None]:
    """'INT. HOUSE - KITCHEN - NIGHT' → ('INT', 'HOUSE - KITCHEN', 'NIGHT'); INT./EXT, INT/EXT, I/E (and
    EXT./INT, I./E.) → 'INT/EXT'.

    The time of day is what follows the last ' - '; a forced heading with no INT/EXT prefix keeps it all
    as the location.
    """
    int_ext = None
    rest = heading
    m = PREFIX.match(heading)
    if m:
        prefix = re.sub(r"[.\s]", "", m.group(1).upper())
        int_ext = _INT_EXT.get(prefix, "INT/EXT")
        rest = m.group(2).lstrip("-–— ").strip()
    parts = TIME_SPLIT.split(rest)
    if len(parts) > 1:
        return int_ext, " - ".join(parts[:-1]).strip() or None, parts[-1].strip() or None
    # "NEW YORK CITY. DAY. CONTINUOUS. 1868." — no dash, but a time of day between full stops
    segments = [seg.strip() for seg in DOT_SPLIT.split(rest)]
    for k, seg in enumerate(segments[1:], start=1):
        if seg.upper().rstrip(".") in TIMES_OF_DAY:
            return int_ext, " ".join(segments[:k]).rstrip(".") or None, seg.rstrip(".")
    return int_ext, rest or None, None


def split_cue(cue: str) -> tuple[str, str | None, bool]:
    """'STEEL (V.O.) (CONT'D) ^' → ('STEEL', "V.O., CONT'D", True). Extensions are joined with ', '."""
    cue = cue.strip()
    m = CUE.match(cue)
    if not m:  # odd parentheses in a forced cue: keep it whole
        dual = cue.endswith("^")
        return cue.rstrip("^").strip(), None, dual
    extensions = [e.strip() for e in EXTENSION.findall(m.group("ext"))]
    return m.group("name").strip(), ", ".join(extensions) or None, bool(m.group("dual"))
