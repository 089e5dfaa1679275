"""The sound in timeline.otio: audio tracks referencing the stems in `sound/`, frame-aligned with the picture.

Dialogue lines are clips of `dialogue.wav`, each at its subtitle's frames (a second dialogue track takes
lines that overlap, as dual dialogue does); ambience and music are one film-long clip each. An editor who
opens the timeline hears what film.mp4 plays, and can move a line by moving its clip.
"""
from __future__ import annotations

import opentimelineio as otio

from ..models import FilmPlan
from ..subtitles import cues
from ..timing import film_frames

STEM_TRACKS = (("ambience", "A ambience"), ("music", "A music"))


def _ref(url: str, frames: int, fps: int) -> otio.schema.ExternalReference:
    return otio.schema.ExternalReference(
        target_url=url, available_range=otio.opentime.TimeRange(otio.opentime.RationalTime(0, fps),
                                                                otio.opentime.RationalTime(frames, fps)))


def audio_tracks(plan: FilmPlan, sound_dir: str = "sound") -> list[otio.schema.Track]:
    fps, total = plan.fps, film_frames(plan)
    rt = lambda f: otio.opentime.RationalTime(f, fps)        # noqa: E731
    lanes: list[tuple[otio.schema.Track, list[int]]] = []     # track, [frames filled]
    for cue in cues(plan):
        start, end = round(cue.start * fps), round(cue.end * fps)
        lane = next((lane for lane in lanes if lane[1][0] <= start), None)
        if lane is None:
            lane = (otio.schema.Track(name=f"A dialogue {len(lanes) + 1}", kind=otio.schema.TrackKind.Audio), [0])
            lanes.append(lane)
        track, filled = lane
        if start > filled[0]:
            track.append(otio.schema.Gap(source_range=otio.opentime.TimeRange(rt(0), rt(start - filled[0]))))
        track.append(otio.schema.Clip(
            name=f"{cue.shot_id} {cue.speaker}", media_reference=_ref(f"{sound_dir}/dialogue.wav", total, fps),
            source_range=otio.opentime.TimeRange(rt(start), rt(end - start)),
            metadata={"director": {"shot": cue.shot_id, "speaker": cue.speaker, "text": cue.text}}))
        filled[0] = end
    out = []
    for track, filled in lanes:
        if filled[0] < total:
            track.append(otio.schema.Gap(source_range=otio.opentime.TimeRange(rt(0), rt(total - filled[0]))))
        out.append(track)
    for stem, name in STEM_TRACKS:
        track = otio.schema.Track(name=name, kind=otio.schema.TrackKind.Audio)
        track.append(otio.schema.Clip(name=stem, media_reference=_ref(f"{sound_dir}/{stem}.wav", total, fps),
                                      source_range=otio.opentime.TimeRange(rt(0), rt(total))))
        out.append(track)
    return out
