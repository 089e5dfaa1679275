"""Frame accounting shared by the director, the editor and the timeline, so they can never disagree.

A shot of duration d at f fps owns frames [start, end) of the film, with start/end rounded from the running
sum of durations: the film has round(total · f) frames whatever the per-shot rounding. Transitions follow
OpenTimelineIO's model: a dissolve or wipe of n frames is centred on the cut; its `in_offset` frames lie before
the cut (played from the incoming clip's head handle) and its `out_offset` frames after it (played from the
outgoing clip's tail handle) — those frames are the shots' handles. Fades through black and dips to white happen in place and need no handles.
"""
from __future__ import annotations

from dataclasses import dataclass

from .models import FilmPlan, Transition

CENTRED = ("dissolve", "wipe")

FADE_COLORS = {"fade": "black", "dip_to_white": "white"}
"""In-place transitions and the colour they pass through."""

TITLE_CARD_SECONDS = 3.0
"""How long the editor superimposes the title card over the opening shots (seconds)."""

EDGE_FADE_SECONDS = 1.0
"""How long the editor fades up from black at the film's head and down to black at its tail (seconds)."""


def closing_fade(plan: FilmPlan, default_seconds: float = EDGE_FADE_SECONDS) -> tuple[int, str]:
    """(frames, colour) of the film's last fade: the plan's `closing` as the script wrote it (FADE OUT: to black
    over its duration; FADE TO WHITE: to white; CUT TO BLACK: no fade at all), else the default fade to black."""
    closing = plan.closing
    if closing is not None and closing.type == "cut":
        return 0, "black"
    seconds = default_seconds if closing is None else closing.duration
    colour = "black" if closing is None else FADE_COLORS.get(closing.type, "black")
    return max(0, min(film_frames(plan) // 2, round(seconds * plan.fps))), colour


@dataclass(frozen=True)
class ShotSpan:
    shot_id: str
    start: int   # first film frame of the shot
    end: int     # one past its last film frame
    head: int    # handle frames rendered before the shot's first frame
    tail: int    # handle frames rendered after its last frame

    @property
    def frames(self) -> int:
        return self.end - self.start

    @property
    def rendered(self) -> int:
        """Frames the renderer makes for this shot: handles included."""
        return self.head + self.frames + self.tail


def transition_frames(transition: Transition, fps: int) -> int:
    return 0 if transition.type == "cut" else max(0, round(transition.duration * fps))


def transition_offsets(transition: Transition, fps: int) -> tuple[int, int]:
    """(in_offset, out_offset): frames before the cut (incoming head handle) and after it (outgoing tail handle)."""
    n = transition_frames(transition, fps)
    if transition.type not in CENTRED:
        return 0, 0
    return n // 2, n - n // 2


def running_time(seconds: float) -> str:
    """A running time as a writer reads one, the same in every place that shows it: "6:29", "1:02:05".

    Whole seconds are counted as a player's clock counts them (6:29.8 is still 6:29), so the studio, the CLI and
    the <video> under the running time never disagree."""
    total = max(0, int(seconds + 1e-9))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def film_frames(plan: FilmPlan) -> int:
    return round(plan.duration * plan.fps)


def shot_spans(plan: FilmPlan) -> list[ShotSpan]:
    """Each shot's place in the film and the handles its neighbours' transitions need."""
    spans, elapsed = [], 0.0
    for i, shot in enumerate(plan.shots):
        start = round(elapsed * plan.fps)
        elapsed += shot.duration
        end = round(elapsed * plan.fps)
        head = transition_offsets(shot.transition_in, plan.fps)[0] if i > 0 else 0
        nxt = plan.shots[i + 1] if i + 1 < len(plan.shots) else None
        tail = transition_offsets(nxt.transition_in, plan.fps)[1] if nxt is not None else 0
        spans.append(ShotSpan(shot.id, start, end, head, tail))
    return spans


def frame_of(t: float, fps: int) -> int:
    """Index, within a shot (0 = its first frame, negative = head handle), of the frame shown at `t` seconds."""
    return round(t * fps)


def fade_split(frames: int) -> tuple[int, int]:
    """(frames fading out before the cut, frames fading in after it): the split a centred dissolve gets."""
    return frames - frames // 2, frames // 2


@dataclass(frozen=True)
class Join:
    """The transition into shot i: film frames [cut - before, cut + after) are blended."""

    kind: str
    before: int
    after: int
    color: str = "black"
    direction: str | None = None


def plan_joins(plan: FilmPlan, spans: list[ShotSpan] | None = None) -> list[Join]:
    """The join into each shot as the film is cut (index 0, the film's opening, is a cut here).

    Dissolves and wipes take `head` frames before the cut and `tail` after; fades and dips split in place
    (`fade_split`). A transition longer than its shots allow is shortened, never allowed to reach past a
    neighbouring transition: a short shot between two long dissolves still shows at least its own middle.
    The editor cuts the film and the timeline describes it with this one rule, so they cannot disagree.
    """
    spans = spans if spans is not None else shot_spans(plan)
    joins: list[Join] = [Join("cut", 0, 0)] if plan.shots else []
    consumed = 0  # frames at the start of the previous shot already used by the join into it
    for i in range(1, len(plan.shots)):
        tr = plan.shots[i].transition_in
        n = transition_frames(tr, plan.fps)
        prev, cur = spans[i - 1], spans[i]
        if n <= 0 or tr.type == "cut":
            before = after = 0
        elif tr.type in FADE_COLORS:
            before, after = fade_split(n)
        else:
            before, after = cur.head, prev.tail
        before = max(0, min(before, prev.frames - consumed))
        after = max(0, min(after, cur.frames))
        kind = tr.type if before + after > 0 else "cut"
        joins.append(Join(kind, before, after, FADE_COLORS.get(tr.type, "black"), tr.direction))
        consumed = after
    return joins
