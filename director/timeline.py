"""The film as an editable timeline: OpenTimelineIO, and from it CMX 3600 EDL and Final Cut Pro 7 XML.

An editor who wants to recut the film opens `timeline.otio` (or the EDL / XML in their own tool) and finds one
video track that says exactly what `film.mp4` shows:

- one clip per shot, named by shot id, referencing `shots/<id>.mp4` (relative, so the output folder can move).
  The clip files are rendered with their handles, so a reference's `available_range` is the whole rendered clip
  (head + frames + tail) and the clip's `source_range` starts after the head handle;
- every frame count comes from `director.timing.shot_spans`, the accounting the editor cuts the film with, so the
  track's duration is `timing.film_frames(plan)` frame for frame;
- dissolves and wipes are `otio.schema.Transition`s between the two clips. OpenTimelineIO's `in_offset` is the
  part before the cut (played from the incoming clip's head handle) and `out_offset` the part after it (from the
  outgoing clip's tail handle), so they are set from the spans' `head` and `tail` and the handles always fit.
  Dissolves are `SMPTE_Dissolve`; wipes are `Custom_Transition` named e.g. "wipe left" (EDL and FCP XML can only
  say "dissolve", and that is what they get);
- fades through black and dips to white happen in place, using no handles. They are modelled the way editing
  systems model a fade: the outgoing clip dissolves into an empty (zero-length) gap and the gap dissolves into
  the incoming clip, each half a transition with one zero offset. That adds no time, needs no media, and
  exports as CMX "BL" (black) dissolves and FCP `end-black`/`start-black` transitions. A dip to white is the same
  structure named "dip to white" with `color: white` in its metadata (no interchange format can say white).
  A fade's frames are split like a dissolve's: `head`-style `n - n//2` before the cut, `n//2` after it. The
  first shot's transition, whatever its type, is a fade in from black over its whole length. A transition
  longer than its shots allow is shortened exactly as the editor shortens it (`transition_joins`);
- a marker on the first clip of each scene (its heading), shot metadata under `metadata["director"]` (prompt,
  keyframe prompts, camera, entities, description, dialogue, seed, transition), and the editor's title card and
  head/tail fades — superimposed on the picture, adding no time — as track markers and timeline metadata.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import opentimelineio as otio

from .errors import DirectorError, MissingExtra
from .models import FilmPlan, Shot
from .timing import (EDGE_FADE_SECONDS, FADE_COLORS, TITLE_CARD_SECONDS, ShotSpan, closing_fade, film_frames,
                     plan_joins, shot_spans, transition_frames)

ADAPTERS = {".otio": "otio_json", ".edl": "cmx_3600", ".xml": "fcp_xml"}
"""Timeline file suffix -> OpenTimelineIO adapter. EDL and FCP XML adapters are separate packages."""

TIMECODE_ADAPTERS = {"cmx_3600": "a CMX 3600 EDL", "fcp_xml": "FCP 7 XML"}
"""Formats that count in SMPTE timecode, so they exist only at SMPTE rates."""

ADAPTER_PACKAGES = {"cmx_3600": "otio-cmx3600-adapter", "fcp_xml": "otio-fcp-adapter"}

def _rt(frames: int, fps: int) -> otio.opentime.RationalTime:
    return otio.opentime.RationalTime(frames, fps)


def _range(start: int, frames: int, fps: int) -> otio.opentime.TimeRange:
    return otio.opentime.TimeRange(_rt(start, fps), _rt(frames, fps))


def reel_names(plan: FilmPlan) -> list[str]:
    """EDL reel names, one per shot: the shot ids where they are valid 8-character reels, else S0001, S0002, …

    CMX 3600 reels are at most 8 characters of letters, digits and underscores; the adapter would otherwise
    truncate ids and could make two shots share a reel. The clip name and file stay in the EDL's comments.
    """
    ids = [re.sub(r"[^A-Za-z0-9_]", "_", s.id).upper() for s in plan.shots]
    if all(len(i) <= 8 for i in ids) and len(set(ids)) == len(ids):
        return ids
    return [f"S{i:04d}" for i in range(1, len(plan.shots) + 1)]


def _entity_names(plan: FilmPlan) -> dict[str, str]:
    return {e.id: e.name for e in plan.entities}


def shot_metadata(plan: FilmPlan, shot: Shot, span: ShotSpan) -> dict[str, Any]:
    """What an editor needs to know about a clip without opening the plan: all JSON-safe."""
    names = _entity_names(plan)
    entities = sorted({o.entity for k in shot.keyframes for o in k.objects})
    scene = plan.scenes[shot.scene - 1] if 0 < shot.scene <= len(plan.scenes) else None
    prompts = [k.prompt for k in shot.keyframes if k.prompt]
    return {
        "shot_id": shot.id,
        "scene": shot.scene,
        "scene_heading": scene.heading if scene else None,
        "description": shot.description,
        "prompt": prompts[0] if prompts else shot.description,
        "keyframe_prompts": [{"t": k.t, "prompt": k.prompt} for k in shot.keyframes],
        "camera": shot.camera.model_dump(),
        "entities": [{"id": e, "name": names.get(e, e)} for e in entities],
        "dialogue": [d.model_dump() for d in shot.dialogue],
        "transition_in": shot.transition_in.model_dump(),
        "seed": shot.seed,
        "duration": shot.duration,
        "frames": {"start": span.start, "end": span.end, "head": span.head, "tail": span.tail},
    }


def _fade(name: str, before: int, after: int, fps: int, color: str) -> otio.schema.Transition:
    return otio.schema.Transition(
        name=name, transition_type=otio.schema.TransitionTypes.SMPTE_Dissolve,
        in_offset=_rt(before, fps), out_offset=_rt(after, fps), metadata={"director": {"color": color}},
    )


def _fade_gap(fps: int, lead_in: int) -> otio.schema.Gap:
    """The empty point a fade passes through. Its source range starts at `lead_in`, the frames of the fade-out
    before it, so tools that measure a gap's "material" from its source start (the EDL writer) never go negative."""
    return otio.schema.Gap(source_range=_range(lead_in, 0, fps))


def _transition_name(shot: Shot) -> str:
    t = shot.transition_in
    if t.type == "wipe":
        return f"wipe {t.direction}" if t.direction else "wipe"
    return t.type.replace("_", " ")


def transition_joins(plan: FilmPlan, spans: list[ShotSpan] | None = None) -> list[tuple[str, int, int]]:
    """(kind, frames before the cut, frames after it) for the join into each shot, as the editor cuts it
    (`timing.plan_joins`). Index 0 is the film's opening: (the first shot's kind, 0, frames faded in), or a cut."""
    spans = spans if spans is not None else shot_spans(plan)
    if not plan.shots:
        return []
    first = plan.shots[0].transition_in
    opening = min(transition_frames(first, plan.fps), spans[0].frames)
    joins = [(first.type if opening > 0 else "cut", 0, opening)]
    return joins + [(j.kind, j.before, j.after) for j in plan_joins(plan, spans)[1:]]


def _scene_marker(plan: FilmPlan, shot: Shot, head: int) -> otio.schema.Marker:
    scene = plan.scenes[shot.scene - 1] if 0 < shot.scene <= len(plan.scenes) else None
    label = (scene.heading if scene and scene.heading else None) or f"Scene {shot.scene}"
    number = scene.number if scene else None
    return otio.schema.Marker(
        name=f"{number}. {label}" if number else label,
        marked_range=_range(head, 0, plan.fps),
        color=otio.schema.MarkerColor.RED,
        metadata={"director": {"scene": shot.scene, "number": number, "heading": scene.heading if scene else None}},
    )


def _editor_markers(plan: FilmPlan, total: int, title_card_seconds: float, edge_fade_seconds: float):
    """The title card and the head/tail fades, which the editor lays over the picture without adding time."""
    fps, markers, meta = plan.fps, [], {}
    title_frames = min(total, round(title_card_seconds * fps))
    if title_frames > 0:
        text = plan.title_page.get("title") or plan.title
        meta["title_card"] = {"text": text, "start": 0, "frames": title_frames,
                              "credit": {k: v for k, v in plan.title_page.items() if k != "title"}}
        markers.append(otio.schema.Marker(
            name=f"Title card: {text}", marked_range=_range(0, title_frames, fps),
            color=otio.schema.MarkerColor.CYAN, metadata={"director": {"kind": "title_card", "text": text}},
        ))
    fade_frames = min(total // 2, round(edge_fade_seconds * fps))
    if fade_frames > 0:
        meta["fade_in"] = {"start": 0, "frames": fade_frames, "color": "black"}
        markers.append(otio.schema.Marker(
            name="Fade in from black", marked_range=_range(0, fade_frames, fps),
            color=otio.schema.MarkerColor.BLACK, metadata={"director": {"kind": "fade_in"}},
        ))
    tail_frames, tail_color = closing_fade(plan, edge_fade_seconds)   # the script's FADE OUT / CUT TO BLACK
    if tail_frames > 0:
        meta["fade_out"] = {"start": total - tail_frames, "frames": tail_frames, "color": tail_color}
        markers.append(otio.schema.Marker(
            name=f"Fade out to {tail_color}", marked_range=_range(total - tail_frames, tail_frames, fps),
            color=otio.schema.MarkerColor.BLACK, metadata={"director": {"kind": "fade_out"}},
        ))
    return markers, meta


def build_timeline(
    plan: FilmPlan,
    shots_dir: str = "shots",
    *,
    title_card_seconds: float = TITLE_CARD_SECONDS,
    edge_fade_seconds: float = EDGE_FADE_SECONDS,
    sound_dir: str | None = None,
) -> otio.schema.Timeline:
    """The plan's cut as an OpenTimelineIO timeline whose duration is the film's, frame for frame; with
    `sound_dir`, audio tracks of the stems there (`director.sound.tracks`)."""
    fps = plan.fps
    spans = shot_spans(plan)
    reels = reel_names(plan)
    track = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
    first_of_scene: set[int] = set()
    for i, shot in enumerate(plan.shots):
        if i == 0 or shot.scene != plan.shots[i - 1].scene:
            first_of_scene.add(i)

    joins = transition_joins(plan, spans)
    for i, (shot, span) in enumerate(zip(plan.shots, spans)):
        kind, before, after = joins[i]
        name = _transition_name(shot)
        if i == 0 and after > 0:
            # The film lays its opening fade over the picture, so it may overlap the first dissolve; OTIO
            # transitions may not overlap, so the track's fade stops where that dissolve starts (metadata: all).
            color = FADE_COLORS.get(kind, "black")
            room = span.frames - (joins[1][1] if len(joins) > 1 else 0)
            fade_in = _fade(f"fade in from {color}", 0, max(0, min(after, room)), fps, color)
            fade_in.metadata["director"]["frames"] = after
            track.append(_fade_gap(fps, 0))
            track.append(fade_in)
        elif kind in FADE_COLORS:
            color = FADE_COLORS[kind]
            if before:
                track.append(_fade(f"{name} (out)", before, 0, fps, color))
            track.append(_fade_gap(fps, before))
            if after:
                track.append(_fade(f"{name} (in)", 0, after, fps, color))
        elif kind != "cut":
            meta = {"director": {**shot.transition_in.model_dump(), "frames": before + after}}
            track.append(otio.schema.Transition(
                name=name,
                transition_type=(otio.schema.TransitionTypes.SMPTE_Dissolve if kind == "dissolve"
                                 else otio.schema.TransitionTypes.Custom),
                in_offset=_rt(before, fps), out_offset=_rt(after, fps), metadata=meta,
            ))

        clip = otio.schema.Clip(
            name=shot.id,
            media_reference=otio.schema.ExternalReference(
                target_url=f"{shots_dir}/{shot.id}.mp4" if shots_dir else f"{shot.id}.mp4",
                available_range=_range(0, span.rendered, fps),
            ),
            source_range=_range(span.head, span.frames, fps),
            metadata={"director": shot_metadata(plan, shot, span), "cmx_3600": {"reel": reels[i]}},
        )
        if i in first_of_scene:
            clip.markers.append(_scene_marker(plan, shot, span.head))
        track.append(clip)

    total = film_frames(plan)
    markers, editor_meta = _editor_markers(plan, total, title_card_seconds, edge_fade_seconds)
    track.markers.extend(markers)
    timeline = otio.schema.Timeline(
        name=plan.title,
        global_start_time=_rt(0, fps),
        metadata={"director": {
            "title": plan.title, "fps": fps, "width": plan.width, "height": plan.height, "style": plan.style,
            "film_frames": total, "shots": len(plan.shots), "shots_dir": shots_dir, **editor_meta,
        }},
    )
    timeline.tracks.append(track)
    if sound_dir:
        from .sound.tracks import audio_tracks

        timeline.tracks.extend(audio_tracks(plan, sound_dir))
    if track.duration().to_frames() != total:  # the contract with film.mp4; a bug here, not bad input
        raise AssertionError(f"timeline has {track.duration().to_frames()} frames, the film {total}")
    return timeline


def adapter_for(path: str | Path, plan: FilmPlan | None = None) -> str:
    """The OpenTimelineIO adapter a timeline path's suffix asks for, checked to be installed and, given the plan,
    able to hold it (EDL and FCP XML count in SMPTE timecode, which exists only at 24, 25, 30, 48, 50, 60 fps)."""
    suffix = Path(path).suffix.lower()
    if suffix not in ADAPTERS:
        known = ", ".join(sorted(ADAPTERS))
        raise DirectorError(f"{path}: unknown timeline format '{suffix or '(none)'}' (known: {known})")
    adapter = ADAPTERS[suffix]
    if adapter not in otio.adapters.available_adapter_names():
        raise MissingExtra("timeline", ADAPTER_PACKAGES[adapter].replace("-", "_"), f"writing {suffix} timelines")
    if adapter in TIMECODE_ADAPTERS and plan is not None and not plan.shots:
        raise DirectorError(f"{path}: the plan has no shots, so there is no cut to write as {TIMECODE_ADAPTERS[adapter]}")
    if adapter in TIMECODE_ADAPTERS and plan is not None and not otio.opentime.RationalTime.is_valid_timecode_rate(
            plan.fps):
        raise DirectorError(
            f"{path}: {TIMECODE_ADAPTERS[adapter]} needs a SMPTE timecode rate (24, 25, 30, 48, 50 or 60 fps) and "
            f"the plan is {plan.fps} fps; write timeline.otio instead"
        )
    return adapter


def write_timeline(plan: FilmPlan, path: str | Path, shots_dir: str = "shots", **options) -> Path:
    """Write the timeline in the format its suffix names: `.otio`, `.edl` (CMX 3600) or `.xml` (FCP 7 XML)."""
    path = Path(path)
    adapter = adapter_for(path, plan)
    # built fresh for every file: the EDL writer moves source ranges around in the timeline it is given
    timeline = build_timeline(plan, shots_dir, **options)
    if adapter == "cmx_3600":
        text = otio.adapters.write_to_string(timeline, adapter, rate=plan.fps)
    else:
        text = otio.adapters.write_to_string(timeline, adapter)
    path.write_text(text, encoding="utf-8")
    return path


def timeline_formats(plan: FilmPlan) -> list[str]:
    """Suffixes this installation can write for this plan: `.otio` always; `.edl` and `.xml` when their adapters
    are installed, the plan has shots and its frame rate has SMPTE timecode."""
    formats = []
    for suffix in ADAPTERS:
        try:
            adapter_for(f"timeline{suffix}", plan)
        except DirectorError:
            continue
        formats.append(suffix)
    return formats


def write_timelines(plan: FilmPlan, out_dir: str | Path, shots_dir: str = "shots", stem: str = "timeline",
                    **options) -> list[Path]:
    """`timeline.otio`, plus `timeline.xml` and `timeline.edl` where `timeline_formats` says they can be written."""
    out_dir = Path(out_dir)
    return [write_timeline(plan, out_dir / f"{stem}{suffix}", shots_dir, **options) for suffix in timeline_formats(plan)]
