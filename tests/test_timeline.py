"""The timeline, written and read back with OpenTimelineIO's own adapters, must be the plan's cut frame for frame."""
from __future__ import annotations

import re

import opentimelineio as otio
import pytest

from director.errors import DirectorError
from director.models import Transition
from director.timeline import build_timeline, timeline_formats, write_timeline, write_timelines
from editorial import editorial_plan


def expected_frames(plan) -> list[int]:
    """Each shot's film frames from the plan alone: differences of the rounded running sum of durations."""
    out, elapsed = [], 0.0
    for shot in plan.shots:
        start = round(elapsed * plan.fps)
        elapsed += shot.duration
        out.append(round(elapsed * plan.fps) - start)
    return out


def _track(timeline) -> otio.schema.Track:
    assert len(timeline.tracks) == 1
    track = timeline.tracks[0]
    assert track.kind == otio.schema.TrackKind.Video
    return track


@pytest.mark.parametrize("fps", [12, 24])
def test_otio_file_matches_the_plan(tmp_path, fps):
    plan = editorial_plan(fps)
    path = write_timeline(plan, tmp_path / "timeline.otio")
    timeline = otio.adapters.read_from_file(str(path))
    track = _track(timeline)
    clips = [c for c in track if isinstance(c, otio.schema.Clip)]

    # clip count, order, durations and the film's total
    assert [c.name for c in clips] == [s.id for s in plan.shots]
    assert [c.source_range.duration.to_frames() for c in clips] == expected_frames(plan)
    assert timeline.duration().to_frames() == round(sum(s.duration for s in plan.shots) * fps)
    starts = [track.range_of_child(c).start_time.to_frames() for c in clips]
    assert starts == [sum(expected_frames(plan)[:i]) for i in range(len(clips))]

    # every clip points at its rendered file, and its handles fit inside what was rendered
    for clip in clips:
        ref = clip.media_reference
        assert ref.target_url == f"shots/{clip.name}.mp4"
        head, tail = track.handles_of_child(clip)
        available = ref.available_range
        assert clip.source_range.start_time - (head or otio.opentime.RationalTime(0, fps)) >= available.start_time
        assert (clip.source_range.end_time_exclusive() + (tail or otio.opentime.RationalTime(0, fps))
                <= available.end_time_exclusive())

    # the transition in front of each shot
    for shot, clip in zip(plan.shots, clips):
        index = track.index(clip)
        before = [c for c in track[max(0, index - 3):index]]
        n = round(shot.transition_in.duration * fps) if shot.transition_in.type != "cut" else 0
        transitions = [c for c in before if isinstance(c, otio.schema.Transition)]
        if shot.transition_in.type == "cut":
            assert not isinstance(track[index - 1], otio.schema.Transition)
        elif shot.transition_in.type == "dissolve":
            (t,) = transitions[-1:]
            assert t.transition_type == otio.schema.TransitionTypes.SMPTE_Dissolve
            assert (t.in_offset + t.out_offset).to_frames() == n
        elif shot.transition_in.type == "wipe":
            t = transitions[-1]
            assert t.name == f"wipe {shot.transition_in.direction}"
            assert (t.in_offset + t.out_offset).to_frames() == n
        else:  # fades and dips: out to an empty point, in from it, no time added, no handles used
            out, gap, into = track[index - 3:index] if index >= 3 else (None, *track[index - 2:index])
            assert isinstance(gap, otio.schema.Gap) and gap.duration().to_frames() == 0
            faded = into.out_offset.to_frames() + (out.in_offset.to_frames() if out is not None else 0)
            assert faded == n
            color = "white" if shot.transition_in.type == "dip_to_white" else "black"
            assert into.metadata["director"]["color"] == color

    # a marker per scene, on the scene's first clip, named by its heading
    markers = [m for c in clips for m in c.markers]
    assert [m.metadata["director"]["heading"] for m in markers] == [s.heading for s in plan.scenes]
    assert markers[2].name == "3A. INT. KITCHEN - DAY"

    # shot metadata an editor can read without the plan
    meta = clips[0].metadata["director"]
    assert meta["camera"] == {"size": "LS", "angle": "low", "movement": "tilt_up"}
    assert meta["prompt"] == "Mara at the foot of the stairs"
    assert {e["name"] for e in meta["entities"]} == {"Mara", "Lamp"}
    assert meta["dialogue"][0]["text"] == "Every night, the same stairs."

    # title card and head/tail fades are overlays: markers and metadata, not time
    names = [m.name for m in track.markers]
    assert names[0] == "Title card: The Lighthouse"
    assert {"Fade in from black", "Fade out to black"} <= set(names)
    fade_out = timeline.metadata["director"]["fade_out"]
    assert fade_out["start"] + fade_out["frames"] == timeline.duration().to_frames()


def test_edl_and_fcp_xml_are_written_and_read_back(tmp_path):
    plan = editorial_plan(24)
    written = write_timelines(plan, tmp_path)
    assert [p.name for p in written] == ["timeline.otio", "timeline.edl", "timeline.xml"]
    total = round(sum(s.duration for s in plan.shots) * 24)

    xml = otio.adapters.read_from_file(str(tmp_path / "timeline.xml"))
    xml_clips = [c for c in _track(xml) if isinstance(c, otio.schema.Clip)]
    assert [c.name for c in xml_clips] == [s.id for s in plan.shots]
    assert [c.duration().to_frames() for c in xml_clips] == expected_frames(plan)
    assert xml.duration().to_frames() == total

    edl = (tmp_path / "timeline.edl").read_text()
    events = re.findall(r"^(\d{3})\s+(\S+)\s+V\s+(C|D (\d{3}))\s+((?:\d\d:){3}\d\d) ((?:\d\d:){3}\d\d) "
                        r"((?:\d\d:){3}\d\d) ((?:\d\d:){3}\d\d)$", edl, re.M)
    dissolves = [int(e[3]) for e in events if e[2].startswith("D")]
    # fade in (12) from black, the dissolve (12), the wipe as a dissolve (10), the dip out (6) and in (6)
    assert dissolves == [12, 12, 10, 6, 6]
    last_record_out = otio.opentime.from_timecode(events[-1][7], 24).to_frames()
    assert last_record_out == total
    assert "* TO CLIP: shots/s1-2.mp4" in edl


def test_edl_reads_back_with_the_cmx_adapter(tmp_path):
    """OpenTimelineIO's EDL reader cannot read a fade in from black at the very start (its known limitation); a
    plan that opens on a cut round-trips, with every shot and the total length intact."""
    plan = editorial_plan(24)
    plan.shots[0].transition_in = Transition(type="cut")
    path = write_timeline(plan, tmp_path / "cut.edl")
    timeline = otio.adapters.read_from_file(str(path), rate=24)
    assert timeline.duration().to_frames() == round(sum(s.duration for s in plan.shots) * 24)
    names = [c.name for c in _track(timeline) if isinstance(c, otio.schema.Clip)]
    assert [n for n in dict.fromkeys(names)] == [s.id for s in plan.shots]


def test_formats_that_need_timecode_are_refused_at_other_rates(tmp_path):
    plan = editorial_plan(12)
    assert timeline_formats(plan) == [".otio"]
    with pytest.raises(DirectorError, match=r"cut\.edl: a CMX 3600 EDL needs a SMPTE timecode rate.*12 fps"):
        write_timeline(plan, tmp_path / "cut.edl")
    assert not (tmp_path / "cut.edl").exists()
    with pytest.raises(DirectorError, match="unknown timeline format '.aaf'"):
        write_timeline(plan, tmp_path / "cut.aaf")
    empty = editorial_plan(24).model_copy(update={"shots": []})
    assert [p.name for p in write_timelines(empty, tmp_path)] == ["timeline.otio"]
    assert otio.adapters.read_from_file(str(tmp_path / "timeline.otio")).duration().to_frames() == 0


def test_timeline_is_deterministic_and_relocatable(tmp_path):
    plan = editorial_plan(24)
    a = otio.adapters.write_to_string(build_timeline(plan), "otio_json")
    b = otio.adapters.write_to_string(build_timeline(plan), "otio_json")
    assert a == b
    moved = build_timeline(plan, shots_dir="renders/v2", title_card_seconds=0, edge_fade_seconds=0)
    clip = next(iter(moved.find_clips()))
    assert clip.media_reference.target_url == "renders/v2/s1-1.mp4"
    assert list(moved.tracks[0].markers) == []
    assert moved.duration().to_frames() == build_timeline(plan).duration().to_frames()


def long_transitions_plan():
    """Transitions longer than the shots around them: a 1.5 s dissolve into a 0.5 s shot, then a 2 s fade."""
    plan = editorial_plan(24)
    plan.shots[1].duration = 0.5
    plan.shots[1].transition_in = Transition(type="dissolve", duration=1.5)
    plan.shots[2].transition_in = Transition(type="fade", duration=2.0)
    plan.shots[0].transition_in = Transition(type="dip_to_white", duration=5.0)
    return plan


def test_overlong_transitions_are_shortened_to_fit_the_shots(tmp_path):
    plan = long_transitions_plan()
    timeline = otio.adapters.read_from_file(str(write_timeline(plan, tmp_path / "t.otio")))
    track = _track(timeline)
    assert timeline.duration().to_frames() == round(sum(s.duration for s in plan.shots) * 24)
    clips = [c for c in track if isinstance(c, otio.schema.Clip)]
    assert [c.source_range.duration.to_frames() for c in clips] == expected_frames(plan)
    # no transition reaches past the clip before or after it, and two never overlap inside a clip
    for i, item in enumerate(track):
        if isinstance(item, otio.schema.Clip):
            used_before = track[i - 1].out_offset if i and isinstance(track[i - 1], otio.schema.Transition) else None
            used_after = (track[i + 1].in_offset if i + 1 < len(track) and isinstance(track[i + 1], otio.schema.Transition)
                          else None)
            used = sum(t.to_frames() for t in (used_before, used_after) if t is not None)
            assert used <= item.duration().to_frames(), item.name
        head, tail = track.handles_of_child(item) if isinstance(item, otio.schema.Clip) else (None, None)
        if isinstance(item, otio.schema.Clip):
            ref = item.media_reference.available_range
            assert item.source_range.start_time - (head or otio.opentime.RationalTime(0, 24)) >= ref.start_time
            assert item.source_range.end_time_exclusive() + (tail or otio.opentime.RationalTime(0, 24)) \
                <= ref.end_time_exclusive()
    opening = [t for t in track if isinstance(t, otio.schema.Transition)][0]
    # the film fades the whole first shot in (an overlay); the track's fade stops where the dissolve begins
    assert opening.name == "fade in from white" and opening.metadata["director"]["frames"] == expected_frames(plan)[0]
    assert opening.out_offset.to_frames() == expected_frames(plan)[0] - track[3].in_offset.to_frames()


@pytest.mark.parametrize("make_plan", [editorial_plan, long_transitions_plan])
def test_timeline_joins_are_the_editors(make_plan):
    """The timeline and the editor must cut the same film: compare with the editor's own join rule."""
    editor = pytest.importorskip("director.editor", reason="the editor (issue 4) is not in this checkout")
    from director.timeline import transition_joins
    from director.timing import shot_spans

    plan = make_plan()
    spans = shot_spans(plan)
    ours = transition_joins(plan, spans)
    theirs = editor.plan_joins(plan, spans)
    assert [(j.kind, j.before, j.after) for j in theirs[1:]] == ours[1:]
    overlays = editor.Overlays(plan, burn_subtitles=False, title_card_seconds=0, edge_fade_seconds=0)
    assert overlays.open_frames == ours[0][2]


def test_a_planned_screenplay_round_trips(samples, tmp_path):
    """A real script planned by the rules planner: the timeline and subtitles carry every shot and line."""
    import director
    from director.subtitles import write_srt
    from editorial import expected_lines, parse_cues

    plan = director.plan(samples / "scripts" / "The-Last-Birthday-Card.fountain")
    assert len(plan.shots) > 100
    written = write_timelines(plan, tmp_path)
    timeline = otio.adapters.read_from_file(str(written[0]))
    clips = [c for c in _track(timeline) if isinstance(c, otio.schema.Clip)]
    assert [c.name for c in clips] == [s.id for s in plan.shots]
    assert [c.duration().to_frames() for c in clips] == expected_frames(plan)
    assert timeline.duration().to_frames() == round(plan.duration * plan.fps)
    fades = [t for t in _track(timeline) if isinstance(t, otio.schema.Transition)]
    assert len(fades) >= sum(s.transition_in.type == "fade" for s in plan.shots[1:])
    headings = [m.metadata["director"]["heading"] for c in clips for m in c.markers]
    assert headings == [plan.scenes[i - 1].heading for i in dict.fromkeys(s.scene for s in plan.shots)]
    if ".xml" in [p.suffix for p in written]:
        xml = otio.adapters.read_from_file(str(tmp_path / "timeline.xml"))
        assert xml.duration().to_frames() == timeline.duration().to_frames()

    srt = parse_cues(write_srt(plan, tmp_path / "film.srt").read_text(encoding="utf-8"))
    expected = expected_lines(plan)
    assert len(srt) == len(expected) == sum(len(s.dialogue) for s in plan.shots) > 50
    assert all(abs(a[0] - b[0]) <= 0.0005 and abs(a[1] - b[1]) <= 0.0005 for a, b in zip(srt, expected))


TWO_SCENES = """Title: Two Minutes

INT. KITCHEN - NIGHT

Mara sits at the table. Tom walks in.

TOM
You kept it burning.

MARA
Every night.

DISSOLVE TO:

EXT. CLIFF - DAWN

They watch the sea.
"""


def test_timeline_matches_the_rendered_files(tmp_path):
    """After `make_film`, every clip's media is a real file with exactly its available range of frames, and the
    film has exactly the timeline's frames: an editor relinking the shots gets the cut the film shows."""
    import imageio_ffmpeg

    import director

    script = tmp_path / "two.fountain"
    script.write_text(TWO_SCENES)
    out = tmp_path / "out"
    director.make_film(script, out, width=160, height=90, fps=12, progress=False)
    timeline = otio.adapters.read_from_file(str(out / "timeline.otio"))
    clips = [c for c in _track(timeline) if isinstance(c, otio.schema.Clip)]
    assert clips and any(isinstance(t, otio.schema.Transition) for t in _track(timeline))
    for clip in clips:
        media = out / clip.media_reference.target_url
        frames, _ = imageio_ffmpeg.count_frames_and_secs(str(media))
        assert frames == clip.media_reference.available_range.duration.to_frames(), clip.name
    film_frames, _ = imageio_ffmpeg.count_frames_and_secs(str(out / "film.mp4"))
    assert film_frames == timeline.duration().to_frames()
