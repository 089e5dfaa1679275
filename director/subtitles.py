"""Subtitles for the film: the plan's dialogue as timed cues, written as SRT or WebVTT.

Cue times come from `director.timing.shot_spans`, the same frame accounting the editor cuts the film with, so a
subtitle appears on the very frame its line starts. A line's times are relative to its shot; each is snapped to
a frame (`timing.frame_of`) and clipped to the shot, because a shot's dialogue cannot outlast the shot on screen.
A line that clipping leaves empty is dropped: no player would show it.

Speakers are named (`MARA: …` in SRT, a `<v Mara>` voice span in WebVTT) because the films have no voices yet:
the subtitles are the only place the dialogue lives.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

from .models import FilmPlan
from .timing import frame_of, shot_spans

MAX_LINE = 42
"""Characters per subtitle line: the common broadcast/Netflix limit for Latin scripts."""


@dataclass(frozen=True)
class Cue:
    """One subtitle: film times in seconds, the speaker's display name and the spoken text."""

    index: int        # 1-based, in film order
    start: float      # seconds from the film's first frame
    end: float
    speaker: str
    text: str
    shot_id: str

    @property
    def lines(self) -> list[str]:
        """The text wrapped to MAX_LINE characters a line (newlines in the text are kept)."""
        return _wrap(self.text)


def _wrap(text: str) -> list[str]:
    out: list[str] = []
    for para in text.splitlines() or [""]:
        out.extend(textwrap.wrap(para, MAX_LINE) or [""])
    return out


def _speaker_name(plan: FilmPlan, character: str) -> str:
    """A dialogue's `character` may be an entity id or the script's cue; show the bible's name when it is an id."""
    for entity in plan.entities:
        if entity.id == character:
            return entity.name
    return character


def cues(plan: FilmPlan) -> list[Cue]:
    """Every dialogue line of the plan as a cue on the film's clock, in order of appearance."""
    found: list[tuple[int, int, str, str, str]] = []
    for shot, span in zip(plan.shots, shot_spans(plan)):
        for line in shot.dialogue:
            start = min(max(span.start + frame_of(line.start, plan.fps), span.start), span.end)
            end = min(max(span.start + frame_of(line.end, plan.fps), start), span.end)
            if end <= start or not line.text.strip():
                continue
            found.append((start, end, _speaker_name(plan, line.character), line.text.strip(), shot.id))
    found.sort(key=lambda c: (c[0], c[1]))  # stable: lines starting together keep the plan's order
    return [
        Cue(i, start / plan.fps, end / plan.fps, speaker, text, shot_id)
        for i, (start, end, speaker, text, shot_id) in enumerate(found, 1)
    ]


def _timestamp(seconds: float, decimal: str) -> str:
    ms = round(seconds * 1000)
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{decimal}{ms:03d}"


def srt_text(plan: FilmPlan) -> str:
    """SubRip: numbered blocks, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, the speaker in capitals before the text."""
    blocks = []
    for cue in cues(plan):
        lines = _wrap(f"{cue.speaker.upper()}: {cue.text}" if cue.speaker else cue.text)
        blocks.append(
            f"{cue.index}\n{_timestamp(cue.start, ',')} --> {_timestamp(cue.end, ',')}\n" + "\n".join(lines) + "\n"
        )
    return "\n".join(blocks)


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def vtt_text(plan: FilmPlan) -> str:
    """WebVTT: a `WEBVTT` header naming the film, numbered cues, `HH:MM:SS.mmm` times, a `<v Speaker>` span."""
    title = " ".join(plan.title.split()).replace("-->", "->")
    out = [f"WEBVTT - {title}\n" if title else "WEBVTT\n"]
    for cue in cues(plan):
        body = "\n".join(_vtt_escape(line) for line in cue.lines)
        if cue.speaker:
            body = f"<v {_vtt_escape(cue.speaker)}>{body}</v>"
        out.append(f"{cue.index}\n{_timestamp(cue.start, '.')} --> {_timestamp(cue.end, '.')}\n{body}\n")
    return "\n".join(out)


def write_srt(plan: FilmPlan, path: str | Path) -> Path:
    path = Path(path)
    path.write_text(srt_text(plan), encoding="utf-8")
    return path


def write_vtt(plan: FilmPlan, path: str | Path) -> Path:
    path = Path(path)
    path.write_text(vtt_text(plan), encoding="utf-8")
    return path
