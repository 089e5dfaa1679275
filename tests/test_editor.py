"""The editor: exact frame counts through a real ffmpeg, transitions blend as they should, memory stays flat."""
from __future__ import annotations

import os
import tracemalloc

import imageio_ffmpeg
import numpy as np
import pytest

from director.editor import (
    ShotClip, edit_film, encode_clip, film_pictures, plan_joins,
)
from director.errors import DirectorError
from director.models import FilmPlan, Shot, ShotDialogue, Transition
from director.timing import film_frames, shot_spans

W, H, FPS = 96, 64, 12
HEAD_COLOR, TAIL_COLOR = (255, 0, 0), (0, 0, 255)
NO_OVERLAYS = dict(title_card_seconds=0, edge_fade_seconds=0)


def make_plan(transitions, durations=None, title="", **kw):
    durations = durations or [2.0] * (len(transitions) + 1)
    shots = [Shot(id=f"S{i}", scene=1, duration=d, transition_in=(transitions[i - 1] if i else Transition()))
             for i, d in enumerate(durations)]
    return FilmPlan(title=title or "Untitled", fps=FPS, width=W, height=H, shots=shots, **kw)


def solid_clips(plan, values, *, mark_handles=False):
    """One clip per shot: the shot's frames a flat grey `value`; handles optionally red (head) / blue (tail)."""
    for shot, span, v in zip(plan.shots, shot_spans(plan), values):
        frames = np.full((span.rendered, H, W, 3), v, np.uint8)
        if mark_handles:
            frames[: span.head] = HEAD_COLOR
            frames[span.head + span.frames:] = TAIL_COLOR
        yield ShotClip(shot.id, frames, span.head, span.tail)


def pictures(plan, clips, **kw):
    return np.stack(list(film_pictures(plan, clips, **{**NO_OVERLAYS, **kw})))


def decode(path):
    gen = imageio_ffmpeg.read_frames(str(path))
    meta = next(gen)
    frames = [np.frombuffer(f, np.uint8).reshape(meta["size"][1], meta["size"][0], 3) for f in gen]
    return meta, np.stack(frames)


def test_film_decodes_with_exactly_the_plans_frames_size_and_fps(tmp_path):
    plan = make_plan([Transition(type="dissolve", duration=0.5), Transition(type="fade", duration=0.75),
                      Transition(type="wipe", duration=0.4, direction="left"), Transition(type="dip_to_white", duration=0.5)],
                     durations=[1.3, 0.7, 2.05, 1.0, 0.95], title_page={"title": "Night Ferry", "credit": "by A. Writer"})
    seen = []
    stats = edit_film(plan, solid_clips(plan, [40, 90, 140, 190, 240]), tmp_path / "film.mp4",
                      progress=lambda done, total: seen.append((done, total)))
    meta, frames = decode(stats.path)
    assert len(frames) == film_frames(plan) == stats.frames == round(plan.duration * FPS)
    assert tuple(meta["size"]) == (W, H) and meta["fps"] == FPS
    assert seen[-1] == (stats.frames, stats.frames)
    assert stats.transitions == {"dissolve": 1, "fade": 1, "wipe": 1, "dip_to_white": 1}
    assert not [p for p in os.listdir(tmp_path) if "partial" in p]


def test_cuts_show_no_handle_frames():
    plan = make_plan([Transition(type="cut"), Transition(type="fade", duration=0.5)])
    film = pictures(plan, solid_clips(plan, [60, 120, 180], mark_handles=True))
    assert len(film) == film_frames(plan)
    spans = shot_spans(plan)
    assert (film[: spans[0].end] == 60).all() and (film[spans[1].start: spans[1].start + 3] == 120).all()
    reds = np.all(film == HEAD_COLOR, axis=3).any(axis=(1, 2))
    assert not reds.any()


def test_dissolve_uses_handles_and_its_middle_is_the_average():
    plan = make_plan([Transition(type="dissolve", duration=1.0)])
    a, b = 40, 200
    film = pictures(plan, solid_clips(plan, [a, b])).astype(int)
    cut = shot_spans(plan)[1].start
    n = 12
    first = cut - n + n // 2
    ramp = film[first: first + n, 0, 0, 0]
    assert (np.diff(ramp) > 0).all(), "a monotone ramp from A to B"
    mid = (film[cut - 1, 0, 0, 0] + film[cut, 0, 0, 0]) / 2
    assert abs(mid - (a + b) / 2) <= 2
    assert (film[: first] == a).all() and (film[first + n:] == b).all()
    assert len(film) == film_frames(plan) == 48, "a dissolve adds no time"


def test_dissolve_blends_real_handle_pixels_through_the_encoder(tmp_path):
    plan = make_plan([Transition(type="dissolve", duration=1.0)])
    stats = edit_film(plan, solid_clips(plan, [40, 200]), tmp_path / "d.mp4", **NO_OVERLAYS)
    _, frames = decode(stats.path)
    cut = shot_spans(plan)[1].start
    middle = frames[cut - 1: cut + 1].astype(float).mean()
    assert abs(middle - 120) < 6, "the mid-dissolve frame decodes to the average of both shots"
    assert abs(frames[0].astype(float).mean() - 40) < 4 and abs(frames[-1].astype(float).mean() - 200) < 4


def test_fade_goes_through_black_and_dip_through_white():
    for kind, extreme in (("fade", 0), ("dip_to_white", 255)):
        plan = make_plan([Transition(type=kind, duration=1.0)])
        film = pictures(plan, solid_clips(plan, [120, 120])).astype(int)[:, 0, 0, 0]
        cut = shot_spans(plan)[1].start
        assert abs(film[cut - 1] - extreme) < abs(film[cut - 6] - extreme) < abs(120 - extreme)
        assert abs(film[cut] - extreme) < 25, f"{kind}: the cut point is at the extreme"
        assert film[0] == 120 and film[-1] == 120


def test_wipe_moves_an_edge_in_its_direction():
    for direction, side in (("left", np.s_[:, -4:]), ("right", np.s_[:, :4]), ("up", np.s_[-4:, :]), ("down", np.s_[:4, :])):
        plan = make_plan([Transition(type="wipe", duration=1.0, direction=direction)])
        film = pictures(plan, solid_clips(plan, [30, 220]))
        cut = shot_spans(plan)[1].start
        mid = film[cut]
        assert set(np.unique(mid)) == {30, 220}, "a wipe is a hard edge, not a blend"
        assert (mid[side] == 220).all(), f"wipe {direction} starts revealing from the opposite side"
        assert 0.3 < (mid == 220).mean() < 0.7


def test_title_card_and_edge_fades_add_no_time():
    plan = make_plan([Transition(type="cut")], durations=[4.0, 2.0], title_page={"title": "The Lighthouse"})
    plain = pictures(plan, solid_clips(plan, [128, 128]))
    dressed = np.stack(list(film_pictures(plan, solid_clips(plan, [128, 128]))))
    assert len(plain) == len(dressed) == film_frames(plan)
    assert dressed[0].max() == 0 and dressed[-1].max() == 0, "fade from black at the head, to black at the tail"
    assert dressed[len(dressed) // 2].astype(int).mean() == 128
    card = dressed[FPS + FPS // 2]  # inside the card, after the head fade
    assert not np.array_equal(card, plain[FPS + FPS // 2]) and card.max() > 200, "the title is superimposed"
    assert np.array_equal(dressed[4 * FPS], plain[4 * FPS]), "the card is gone after its seconds"


def test_first_shot_fades_in_from_its_transition():
    plan = make_plan([Transition(type="cut")])
    plan.shots[0].transition_in = Transition(type="fade", duration=1.0)
    film = pictures(plan, solid_clips(plan, [200, 200])).astype(int)[:, 0, 0, 0]
    assert film[0] == 0 and film[FPS // 2] < film[FPS - 1] < 200 and film[FPS] == 200


def test_burned_subtitles_show_while_the_line_is_spoken():
    plan = make_plan([Transition(type="cut")])
    plan.shots[1].dialogue = [ShotDialogue(character="MARA", text="Hold the light.", start=0.5, end=1.5)]
    plain = pictures(plan, solid_clips(plan, [90, 90]))
    burned = pictures(plan, solid_clips(plan, [90, 90]), burn_subtitles=True)
    start = shot_spans(plan)[1].start
    assert not np.array_equal(burned[start + FPS], plain[start + FPS])
    assert np.array_equal(burned[start], plain[start]) and np.array_equal(burned[start + 2 * FPS - 1], plain[-1])


def test_memory_does_not_grow_with_film_length(tmp_path):
    """Clips come from a generator; the editor may hold the outgoing and incoming clip, never the film."""
    def peak(n_shots):
        plan = make_plan([Transition(type="dissolve", duration=0.5)] * (n_shots - 1))
        tracemalloc.start()
        edit_film(plan, solid_clips(plan, [(37 * i) % 256 for i in range(n_shots)]), tmp_path / f"m{n_shots}.mp4")
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    clip_bytes = (2 * FPS + FPS // 2) * H * W * 3
    peak(2)  # one-time caches (fonts, ffmpeg path) are not film-length growth
    short, long = peak(4), peak(20)
    assert long < 4 * clip_bytes, "only the clips in flight are held"
    assert long < short * 1.3 + clip_bytes // 4, (short, long)


def test_memmap_clips_are_read_not_modified(tmp_path):
    plan = make_plan([Transition(type="dissolve", duration=0.5)])
    plan.shots[1].dialogue = [ShotDialogue(character="MARA", text="Again.", start=0.0, end=2.0)]
    clips = []
    for i, (shot, span) in enumerate(zip(plan.shots, shot_spans(plan))):
        mm = np.lib.format.open_memmap(tmp_path / f"{shot.id}.npy", mode="w+", dtype=np.uint8,
                                       shape=(span.rendered, H, W, 3))
        mm[:] = 70 + 100 * i
        mm.flush()
        clips.append(ShotClip(shot.id, np.load(tmp_path / f"{shot.id}.npy", mmap_mode="r"), span.head, span.tail))
    stats = edit_film(plan, clips, tmp_path / "film.mp4", burn_subtitles=True)
    assert stats.frames == film_frames(plan)
    assert (np.load(tmp_path / "S1.npy") == 170).all()


def test_bad_clips_are_named_and_leave_the_finished_film_intact(tmp_path):
    plan = make_plan([Transition(type="cut")])
    out = tmp_path / "film.mp4"
    edit_film(plan, solid_clips(plan, [10, 20]), out)
    before = out.read_bytes()
    clips = list(solid_clips(plan, [10, 20]))
    with pytest.raises(DirectorError, match="S1"):
        edit_film(plan, [clips[0], ShotClip("S1", clips[1].frames[:-3], 0, 0)], out)
    with pytest.raises(DirectorError, match="expected shot 'S0'"):
        edit_film(plan, clips[::-1], out)
    with pytest.raises(DirectorError, match="no clip for shot 'S1'"):
        edit_film(plan, clips[:1], out)
    assert out.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["film.mp4"], "no partial file left behind"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_output_folder_is_a_clear_error(tmp_path):
    plan = make_plan([Transition(type="cut")])
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(DirectorError, match="not writable"):
            edit_film(plan, solid_clips(plan, [10, 20]), locked / "film.mp4")
    finally:
        locked.chmod(0o700)


def test_output_folder_that_is_a_file_is_a_clear_error(tmp_path):
    plan = make_plan([Transition(type="cut")])
    (tmp_path / "taken").write_text("not a folder")
    with pytest.raises(DirectorError, match="taken"):
        edit_film(plan, solid_clips(plan, [10, 20]), tmp_path / "taken" / "film.mp4")


def test_transitions_longer_than_shots_are_clamped():
    plan = make_plan([Transition(type="dissolve", duration=3.0), Transition(type="fade", duration=3.0)],
                     durations=[1.0, 0.5, 1.0])
    joins = plan_joins(plan, shot_spans(plan))
    spans = shot_spans(plan)
    assert joins[1].after + joins[2].before <= spans[1].frames
    film = pictures(plan, solid_clips(plan, [50, 100, 150]))
    assert len(film) == film_frames(plan)


def test_encode_clip_round_trips_every_frame(tmp_path):
    frames = np.zeros((7, H, W, 3), np.uint8)
    frames[:, :, :, 1] = np.arange(7)[:, None, None] * 30
    path = encode_clip(frames, tmp_path / "shots" / "S0.mp4", FPS)
    meta, back = decode(path)
    assert len(back) == 7 and tuple(meta["size"]) == (W, H)
    assert np.abs(back[:, 10, 10, 1].astype(int) - frames[:, 10, 10, 1]).max() < 6


def test_clips_with_longer_handles_than_needed_are_cut_at_the_right_frames():
    plan = make_plan([Transition(type="cut")])
    spans = shot_spans(plan)
    clips = []
    for shot, span, v in zip(plan.shots, spans, (60, 160)):
        frames = np.full((3 + span.frames + 2, H, W, 3), v, np.uint8)
        frames[:3], frames[3 + span.frames:] = HEAD_COLOR, TAIL_COLOR
        clips.append(ShotClip(shot.id, frames, head=3, tail=2))
    film = pictures(plan, clips)
    assert (film[: spans[0].end] == 60).all() and (film[spans[1].start:] == 160).all()


DISK_FULL = """
import resource, sys
import numpy as np
sys.path.insert(0, {tests!r})
from test_editor import make_plan, shot_spans, ShotClip, Transition
from director.editor import edit_film
from director.errors import DirectorError
plan = make_plan([Transition(type="dissolve", duration=0.5)])
rng = np.random.default_rng(0)
clips = (ShotClip(s.id, rng.integers(0, 256, (sp.rendered, 64, 96, 3), dtype=np.uint8), sp.head, sp.tail)
         for s, sp in zip(plan.shots, shot_spans(plan)))
resource.setrlimit(resource.RLIMIT_FSIZE, (30_000, 30_000))   # the "disk" fills after 30 kB
try:
    edit_film(plan, clips, {out!r})
except DirectorError as exc:
    print("ERROR", exc)
"""


def test_a_full_disk_is_a_clear_error_and_keeps_the_previous_film(tmp_path):
    """A real ffmpeg hits a real file size limit (RLIMIT_FSIZE, what a full disk looks like to a writer)."""
    import subprocess
    import sys
    from pathlib import Path

    plan = make_plan([Transition(type="cut")])
    out = tmp_path / "film.mp4"
    edit_film(plan, solid_clips(plan, [10, 20]), out)
    before = out.read_bytes()
    code = DISK_FULL.format(tests=str(Path(__file__).parent), out=str(out))
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("ERROR") and "film.mp4" in run.stdout and "encoding failed" in run.stdout
    assert out.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["film.mp4"]


def test_odd_frame_sizes_are_padded_to_even_for_yuv420p(tmp_path):
    plan = make_plan([Transition(type="cut")]).model_copy(update={"width": 95, "height": 63})
    clips = [ShotClip(s.id, np.full((sp.rendered, 63, 95, 3), 80, np.uint8), sp.head, sp.tail)
             for s, sp in zip(plan.shots, shot_spans(plan))]
    stats = edit_film(plan, clips, tmp_path / "odd.mp4", **NO_OVERLAYS)
    meta, frames = decode(stats.path)
    assert tuple(meta["size"]) == (96, 64) and len(frames) == film_frames(plan)
    assert abs(frames[5, :63, :95].astype(float).mean() - 80) < 3


def _rss_file_kib() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("RssFile:"):
                return int(line.split()[1])
    raise AssertionError("no RssFile")


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux /proc")
def test_memory_mapped_clips_held_by_the_caller_do_not_stay_resident(tmp_path):
    """The pipeline holds every shot's memory map until the cut is done; the editor must not keep them paged in."""
    w, h, n = 320, 180, 12
    plan = make_plan([Transition(type="dissolve", duration=0.5)] * (n - 1)).model_copy(update={"width": w, "height": h})
    held = []
    for i, (shot, span) in enumerate(zip(plan.shots, shot_spans(plan))):
        mm = np.lib.format.open_memmap(tmp_path / f"{shot.id}.npy", mode="w+", dtype=np.uint8,
                                       shape=(span.rendered, h, w, 3))
        mm[:] = (20 * i) % 256
        mm.flush()
        del mm
        held.append(ShotClip(shot.id, np.load(tmp_path / f"{shot.id}.npy", mmap_mode="r"), span.head, span.tail))
    film_bytes = sum(c.frames.nbytes for c in held)
    before = _rss_file_kib()
    edit_film(plan, held, tmp_path / "film.mp4", preset="ultrafast")
    grown = (_rss_file_kib() - before) * 1024
    assert grown < 3 * held[0].frames.nbytes, f"{grown / 1e6:.1f} MB of {film_bytes / 1e6:.1f} MB of clips stayed resident"
    assert all(np.asarray(c.frames[0, 0, 0, 0]) == (20 * i) % 256 for i, c in enumerate(held)), "maps still readable"


def test_inline_and_threaded_writing_encode_the_same_film(tmp_path):
    plan = make_plan([Transition(type="dissolve", duration=0.5), Transition(type="wipe", duration=0.5)])
    a = edit_film(plan, solid_clips(plan, [30, 130, 230]), tmp_path / "thread.mp4")
    b = edit_film(plan, solid_clips(plan, [30, 130, 230]), tmp_path / "inline.mp4", queue_frames=0)
    _, fa = decode(a.path)
    _, fb = decode(b.path)
    assert np.array_equal(fa, fb) and len(fa) == film_frames(plan)
