"""The film in segments: split only where no transition is, re-encoded only where an edit touches, joined by
stream copy into one MP4 with every frame, even timestamps and no seam — through a real ffmpeg and a real
browser."""
from __future__ import annotations

import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

from director.editor import (
    Overlays, ShotClip, edit_film, encode_segment, ffmpeg_exe, film_pictures, join_segments, plan_joins,
    plan_segments, segment_pictures, segment_view,
)
from director.models import FilmPlan, Shot, ShotDialogue, Transition
from director.timing import film_frames, shot_spans

W, H = 96, 64
KINDS = [Transition(type="cut"), Transition(type="dissolve", duration=0.5), Transition(type="fade", duration=0.5),
         Transition(type="wipe", duration=0.25, direction="up"), Transition(type="dip_to_white", duration=0.5)]


def random_plan(seed: int, shots: int = 9, fps: int = 12, title: str = "Segments") -> FilmPlan:
    rng = np.random.default_rng(seed)
    out = []
    for i in range(shots):
        dur = round(float(rng.uniform(0.5, 2.5)) * fps) / fps
        tr = KINDS[int(rng.integers(len(KINDS)))] if i else Transition()
        out.append(Shot(id=f"S{i}", scene=1 + i // 3, duration=dur, transition_in=tr,
                        dialogue=[ShotDialogue(character="MARA", text=f"line {i}", start=0.0, end=dur / 2)]))
    return FilmPlan(title=title, fps=fps, width=W, height=H, shots=out, title_page={"title": title})


def textured(shot_index: int, n: int, version: int = 0) -> np.ndarray:
    """Frames with real texture and motion (x264 has something to code), distinct per shot and version."""
    rng = np.random.default_rng(1000 * version + shot_index)
    blocks = rng.integers(0, 200, (H // 8, W // 8, 3), dtype=np.uint8) + np.uint8(10 * (shot_index % 5))
    base = blocks.repeat(8, axis=0).repeat(8, axis=1)
    return np.stack([np.roll(base, 2 * t, axis=1) for t in range(n)])


def clips_for(plan: FilmPlan, versions: dict[int, int] | None = None) -> list[ShotClip]:
    versions = versions or {}
    return [ShotClip(s.id, textured(i, sp.rendered, versions.get(i, 0)), sp.head, sp.tail)
            for i, (s, sp) in enumerate(zip(plan.shots, shot_spans(plan)))]


def decode(path: Path) -> np.ndarray:
    raw = subprocess.run([ffmpeg_exe(), "-loglevel", "error", "-i", str(path), "-fps_mode", "passthrough",
                          "-f", "rawvideo", "-pix_fmt", "rgb24", "-"], capture_output=True, check=True).stdout
    return np.frombuffer(raw, np.uint8).reshape(-1, H, W, 3)


def packet_times(path: Path) -> tuple[str, list[int]]:
    """The video stream's time base and every packet's pts, as the container holds them (no decoding)."""
    out = subprocess.run([ffmpeg_exe(), "-loglevel", "error", "-i", str(path), "-map", "0:v:0", "-c", "copy",
                          "-f", "framecrc", "-"], capture_output=True, text=True, check=True).stdout
    tb = next(line.split(":")[1].strip() for line in out.splitlines() if line.startswith("#tb"))
    return tb, [int(line.split(",")[2]) for line in out.splitlines() if line and not line.startswith("#")]


def encode_all(plan, clips, folder: Path, only: set[int] | None = None, previous: list | None = None):
    """Encode every segment (or only those in `only`, reusing `previous` for the rest) as the director does."""
    spans = shot_spans(plan)
    joins = plan_joins(plan, spans)
    overlays = Overlays(plan, burn_subtitles=True, title_card_seconds=1.0, edge_fade_seconds=0.5, spans=spans)
    out = []
    for seg in plan_segments(plan, spans, joins):
        if only is not None and seg.index not in only:
            out.append(previous[seg.index])
            continue
        frames = segment_pictures(seg, spans, joins, lambda i: clips[i], overlays.window(seg.start, seg.end), W, H)
        out.append(encode_segment(frames, folder / f"{seg.index}.mp4", W, H, plan.fps, expected=seg.frames))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_segments_tile_the_film_and_never_split_a_transition(seed):
    plan = random_plan(seed, shots=12)
    spans = shot_spans(plan)
    joins = plan_joins(plan, spans)
    segments = plan_segments(plan, spans, joins)
    assert segments[0].start == 0 and segments[-1].end == film_frames(plan)
    assert all(a.end == b.start for a, b in zip(segments, segments[1:]))
    regions = [(span.start - join.before, span.start + join.after) for span, join in zip(spans, joins)]
    for seg in segments[1:]:
        b = seg.start
        assert not any(j0 <= b < j1 for j0, j1 in regions), f"boundary {b} splits or opens a transition"
        i = seg.first_shot
        at_cut = b == spans[i].start and joins[i].before + joins[i].after == 0
        assert at_cut or spans[i].start + joins[i].after <= b < spans[i].end, (b, spans[i])
    cuts = [i for i in range(1, len(spans)) if joins[i].kind == "cut"]
    assert {spans[i].start for i in cuts} <= {s.start for s in segments}, "every hard cut is a boundary"


def test_an_edit_reencodes_only_its_segments_and_the_rest_stays_bit_identical(tmp_path):
    plan = random_plan(3, shots=10)
    spans = shot_spans(plan)
    segments = plan_segments(plan)
    before = encode_all(plan, clips_for(plan), tmp_path / "a")
    join_segments(before, tmp_path / "before.mp4", plan.fps)

    edited = 5                                           # new pixels for one shot, as after editing it
    touched = {s.index for s in segments if edited in s.shots}
    assert 0 < len(touched) <= 2 and len(segments) > len(touched) + 3
    clips = clips_for(plan, {edited: 1})
    after = encode_all(plan, clips, tmp_path / "b", only=touched, previous=before)
    join_segments(after, tmp_path / "after.mp4", plan.fps)
    everything = encode_all(plan, clips, tmp_path / "c")
    join_segments(everything, tmp_path / "everything.mp4", plan.fps)
    # encoding is deterministic, so re-encoding only the touched segments is the same film, byte for byte
    assert (tmp_path / "after.mp4").read_bytes() == (tmp_path / "everything.mp4").read_bytes()

    a, b = decode(tmp_path / "before.mp4"), decode(tmp_path / "after.mp4")
    assert len(a) == len(b) == film_frames(plan)
    inside = np.zeros(len(a), bool)
    for s in segments:
        if s.index in touched:
            inside[s.start:s.end] = True
    assert np.array_equal(a[~inside], b[~inside]), "frames outside the re-encoded segments changed"
    shot = spans[edited]
    assert not np.array_equal(a[shot.start:shot.end], b[shot.start:shot.end])
    # the edited shot's frames are the new pixels (lossy, so compared by PSNR against the source)
    src = np.stack(list(film_pictures(plan, clips, burn_subtitles=True, title_card_seconds=1.0,
                                      edge_fade_seconds=0.5)))
    err = np.mean((b[shot.start:shot.end].astype(float) - src[shot.start:shot.end]) ** 2)
    assert 10 * np.log10(255 ** 2 / err) > 30


def test_a_later_shot_is_untouched_when_an_earlier_shot_changes_length():
    plan = random_plan(4, shots=10)
    longer = plan.model_copy(deep=True)
    longer.shots[2].duration += 1.0
    for p in (plan, longer):
        assert plan_segments(p)[-1].end == film_frames(p)

    def views(p):
        spans = shot_spans(p)
        joins = plan_joins(p, spans)
        overlays = Overlays(p, burn_subtitles=True, title_card_seconds=1.0, edge_fade_seconds=0.5, spans=spans)
        return {tuple(p.shots[i].id for i in s.shots): segment_view(s, spans, joins, overlays.window(s.start, s.end))
                for s in plan_segments(p, spans, joins)}

    old, new = views(plan), views(longer)
    same = [k for k in old if k in new and old[k] == new[k]]
    changed_or_gone = [k for k in old if k not in same]
    assert all("S2" in k or "S9" in k or "S0" in k for k in changed_or_gone), changed_or_gone
    assert len(same) >= len(old) - 4, "only the segments showing the edited shot or the film's ends differ"


@pytest.mark.parametrize("fps", [24, 25, 30])
def test_joined_film_has_every_frame_and_evenly_spaced_timestamps(tmp_path, fps):
    rng = np.random.default_rng(fps)
    segments = []
    for k, n in enumerate([1, 2, 5, 7, 11] + [int(x) for x in rng.integers(1, 40, 15)]):
        frames = textured(k, n)
        segments.append(encode_segment(iter(frames), tmp_path / f"{k}.mp4", W, H, fps, expected=n))
    film = join_segments(segments, tmp_path / "film.mp4", fps)
    total = sum(s.frames for s in segments)
    tb, pts = packet_times(film)
    assert len(pts) == total
    num, den = (int(x) for x in tb.split("/"))
    pts = sorted(pts)
    steps = set(np.diff(pts).tolist())
    assert pts[0] == 0 and len(steps) == 1, steps
    assert abs(steps.pop() * num / den - 1 / fps) < 1e-9
    assert len(decode(film)) == total


def test_film_frames_are_the_segments_frames_and_no_seam_shows(tmp_path):
    """Against the same pictures encoded in one piece: frames at the seams are coded about as well. A segment's
    last frames have no later frames for x264's lookahead, and lose up to ~2.5 dB on this noisy test picture
    (measured: 0.4-2.3 dB on the frame before a seam, while the frame after it, an IDR, gains 1-4 dB); the seam
    frames' mean is no lower and none drops by 3 dB or more."""
    from director.editor import VideoWriter

    plan = random_plan(5, shots=8)
    clips = clips_for(plan)
    dressing = dict(burn_subtitles=True, title_card_seconds=1.0, edge_fade_seconds=0.5)
    stats = edit_film(plan, clips, tmp_path / "film.mp4", **dressing)
    src = np.stack(list(film_pictures(plan, clips, **dressing)))
    with VideoWriter(tmp_path / "one_piece.mp4", W, H, plan.fps) as whole:
        for frame in src:
            whole.write(frame)
    film, one_piece = decode(stats.path), decode(tmp_path / "one_piece.mp4")
    assert len(film) == len(src) == film_frames(plan) == stats.frames

    def psnr(frames):
        mse = ((frames.astype(np.float32) - src) ** 2).reshape(len(frames), -1).mean(axis=1)
        return 10 * np.log10(255 ** 2 / np.maximum(mse, 1e-6))

    ours, theirs = psnr(film), psnr(one_piece)
    starts = [s.start for s in plan_segments(plan)[1:]]
    assert len(starts) >= 4
    near = sorted({f for b in starts for f in range(b - 2, b + 3)})
    assert (ours[near] > theirs[near] - 3.0).all(), list(zip(near, ours[near], theirs[near]))
    assert ours[near].mean() > theirs[near].mean() - 0.5
    assert ours.mean() > theirs.mean() - 0.5


def test_audio_is_muxed_beside_the_joined_picture_without_re_encoding_a_frame(tmp_path):
    plan = random_plan(6, shots=5)
    silent = edit_film(plan, clips_for(plan), tmp_path / "silent.mp4")
    rate, seconds = 48000, film_frames(plan) / plan.fps + 0.7      # a mix a little longer than the picture
    t = np.arange(int(rate * seconds)) / rate
    pcm = (0.3 * np.sin(2 * np.pi * 440 * t) * 32767).astype("<i2")
    with wave.open(str(tmp_path / "mix.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    voiced = edit_film(plan, clips_for(plan), tmp_path / "voiced.mp4", audio=tmp_path / "mix.wav")
    assert np.array_equal(decode(silent.path), decode(voiced.path))
    assert packet_times(silent.path) == packet_times(voiced.path)
    probe = subprocess.run([ffmpeg_exe(), "-i", str(voiced.path), "-map", "0:a:0", "-f", "null", "-"],
                           capture_output=True, text=True).stderr
    assert "Audio: aac" in probe
    decoded = subprocess.run([ffmpeg_exe(), "-loglevel", "error", "-i", str(voiced.path), "-map", "0:a:0",
                              "-f", "s16le", "-ac", "1", "-ar", str(rate), "-"], capture_output=True, check=True).stdout
    assert abs(len(decoded) / 2 / rate - film_frames(plan) / plan.fps) < 1024 / rate + 1e-3


def test_segmented_film_plays_to_its_end_in_chromium(tmp_path):
    from editorial import chromium

    plan = random_plan(7, shots=10)
    stats = edit_film(plan, clips_for(plan), tmp_path / "film.mp4")
    assert len(plan_segments(plan)) >= 4
    (tmp_path / "play.html").write_text('<video id="v" src="film.mp4" muted playsinline></video>')
    with chromium(("--autoplay-policy=no-user-gesture-required",)) as browser:
        page = browser.new_page()
        page.goto((tmp_path / "play.html").as_uri())
        played = page.evaluate("""() => new Promise((resolve, reject) => {
            const v = document.getElementById('v');
            v.addEventListener('error', () => reject(new Error('video error ' + (v.error && v.error.code))));
            v.addEventListener('ended', () => resolve({ended: v.ended, d: v.duration, t: v.currentTime,
                                                       w: v.videoWidth, h: v.videoHeight}));
            const go = () => { v.playbackRate = 4; v.play().catch(reject); };
            if (v.readyState >= 1) go(); else v.addEventListener('loadedmetadata', go);
        })""")
    assert played["ended"] and (played["w"], played["h"]) == (W, H)
    assert abs(played["d"] - stats.frames / plan.fps) < 1.5 / plan.fps


# -- through the director: an edit re-encodes only the segments showing the edited shot -------------------------

def test_an_edited_shot_re_encodes_only_its_segments_in_the_director(tmp_path):
    import json

    import director
    from director.pipeline import render_plan

    script = Path(__file__).resolve().parents[1] / "examples" / "the_lighthouse.fountain"
    plan = director.plan(script, width=W, height=H, fps=8)
    for i, tr in {2: Transition(type="dissolve", duration=0.5), 5: Transition(type="wipe", duration=0.5, direction="left"),
                  7: Transition(type="fade", duration=0.5)}.items():
        plan.shots[i].transition_in = tr
    out = tmp_path / "film"
    first = render_plan(plan, out)
    before = decode(out / "film.mp4")
    segments = plan_segments(plan)
    assert first.manifest["stages"]["segment"]["tasks"] == len(segments)

    edited = 2                                     # the shot a dissolve leads into: split inside it
    data = json.loads((out / "plan.json").read_text())
    data["shots"][edited]["camera"]["movement"] = "pan_left"
    (out / "plan.json").write_text(json.dumps(data))
    events: list[dict] = []
    again = render_plan(out / "plan.json", out, events=events.append)
    touched = [s for s in segments if edited in s.shots]
    assert len(touched) == 2
    seg_stats = again.manifest["stages"]["segment"]
    assert seg_stats["misses"] == len(touched) and seg_stats["hits"] == len(segments) - len(touched)
    # what else ran: the edited shot, and the shots sharing its segments, redrawn (the animatic keeps no frames)
    neighbours = {plan.shots[i].id for s in touched for i in s.shots}
    drawn = {e["shot"] for e in events if e["event"] == "task_finished" and e["stage"] in ("keyframes", "local")}
    assert drawn == neighbours and plan.shots[edited].id in drawn
    assert again.manifest["stages"]["clip"]["misses"] == 1 and again.manifest["stages"]["panel"]["misses"] == 1

    after = decode(out / "film.mp4")
    assert len(after) == len(before) == film_frames(plan)
    inside = np.zeros(len(after), bool)
    for s in touched:
        inside[s.start:s.end] = True
    assert np.array_equal(before[~inside], after[~inside])
    assert not np.array_equal(before[inside], after[inside])
    tb, pts = packet_times(out / "film.mp4")
    steps = set(np.diff(sorted(pts)).tolist())
    assert len(pts) == film_frames(plan) and min(pts) == 0 and len(steps) == 1


def test_a_voiced_films_picture_edit_re_encodes_only_its_segments_and_keeps_its_sound(tmp_path):
    """With voices, film.mp4 is the mux of the joined segments and the mix: editing one shot's camera re-encodes
    only that shot's segments, re-synthesizes and re-mixes nothing, and the muxed film keeps every other frame
    bit-identical, the exact frame count and its sound track."""
    import json

    import director
    from director.pipeline import load_plan, render_plan

    sound = pytest.importorskip("director.sound")
    voice = next((n for n in ("espeak", "piper") if n in sound.available() and sound.why_not(n) is None), None)
    if voice is None:
        pytest.skip("no voice backend installed (pip install 'director[voices]')")
    script = Path(__file__).resolve().parents[1] / "examples" / "the_lighthouse.fountain"
    out = tmp_path / "film"
    first = director.make_film(script, out, width=W, height=H, fps=8, voices=voice, progress=False)
    assert first.manifest["stages"]["mux"]["tasks"] == 1
    before = decode(out / "film.mp4")
    plan = load_plan(out / "plan.json")
    segments = plan_segments(plan)

    data = json.loads((out / "plan.json").read_text())
    edited = len(data["shots"]) // 2
    camera = data["shots"][edited]["camera"]
    camera["movement"] = "pan_left" if camera["movement"] != "pan_left" else "pan_right"
    (out / "plan.json").write_text(json.dumps(data))
    again = render_plan(out / "plan.json", out, voices=voice, progress=False)
    stages = again.manifest["stages"]
    touched = [s for s in segments if edited in s.shots]
    assert stages["segment"]["misses"] == len(touched) and stages["segment"]["hits"] == len(segments) - len(touched)
    assert stages["voice"]["misses"] == stages["mix"]["misses"] == stages["track"]["misses"] == 0   # no sound re-encoded
    assert stages["mux"]["misses"] == 1

    after = decode(out / "film.mp4")
    assert len(after) == len(before) == film_frames(plan)
    inside = np.zeros(len(after), bool)
    for s in touched:
        inside[s.start:s.end] = True
    assert np.array_equal(before[~inside], after[~inside]) and not np.array_equal(before[inside], after[inside])
    streams = subprocess.run([ffmpeg_exe(), "-hide_banner", "-i", str(out / "film.mp4")], capture_output=True,
                             text=True).stderr
    assert "Audio: aac" in streams
    tb, pts = packet_times(out / "film.mp4")
    assert len(pts) == film_frames(plan) and min(pts) == 0 and len(set(np.diff(sorted(pts)).tolist())) == 1


@pytest.mark.parametrize("closing", [None, Transition(type="fade", duration=1.0),
                                     Transition(type="dip_to_white", duration=0.5), Transition(type="cut")])
def test_each_segments_pictures_are_the_films_own_with_the_scripts_closing(closing):
    """Dressed one window at a time, the segments give exactly the frames of the film dressed as a whole — the
    title card, the opening, burned subtitles and the closing the script wrote (FADE OUT, a dip to white, CUT TO
    BLACK: none) included."""
    from director.timing import closing_fade

    plan = random_plan(8, shots=10).model_copy(update={"closing": closing})
    clips = clips_for(plan)
    spans = shot_spans(plan)
    joins = plan_joins(plan, spans)
    dressing = dict(burn_subtitles=True, title_card_seconds=1.0, edge_fade_seconds=0.5)
    whole = np.stack(list(film_pictures(plan, clips, **dressing)))
    overlays = Overlays(plan, spans=spans, **dressing)
    pieces = [np.stack(list(segment_pictures(s, spans, joins, lambda i: clips[i], overlays.window(s.start, s.end),
                                             W, H))) for s in plan_segments(plan, spans, joins)]
    assert np.array_equal(np.concatenate(pieces), whole)
    tail, colour = closing_fade(plan, 0.5)
    if closing is not None and closing.type == "cut":
        assert tail == 0
    else:
        assert tail > 0 and np.all(whole[-1] == (255 if colour == "white" else 0))
