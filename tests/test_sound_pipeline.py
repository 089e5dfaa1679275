"""Sound through the whole job: a film that speaks, one edited line re-synthesized alone, a silent film marked.

Real voices (piper or eSpeak NG from the `voices` extra), real ffmpeg, the real pipeline; skipped with a
reason where no voice backend is installed.
"""
from __future__ import annotations

import json
import subprocess

import numpy as np
import opentimelineio as otio
import pytest

from director.pipeline import load_plan, render_plan
from director.timing import film_frames

sound = pytest.importorskip("director.sound")
SCRIPT = """Title: Porch

EXT. PORCH - EVENING

JUNE, an old woman, rocks in her chair. Her grandson LEO, a boy of ten, sits on the steps.

JUNE
(softly)
Your grandfather built this porch.

LEO
By himself? The whole thing?

JUNE
Every board of it.
"""


def _voice():
    for name in ("espeak", "piper"):        # the fast one first: these tests are about the job, not the voice
        if name in sound.available() and sound.why_not(name) is None:
            return name
    pytest.skip("no voice backend installed (pip install 'director[voices]')")


def _streams(path):
    from director.editor import ffmpeg_exe

    err = subprocess.run([ffmpeg_exe(), "-hide_banner", "-i", str(path)], capture_output=True, text=True).stderr
    return [line.split(": ", 1)[1] for line in err.splitlines() if "Stream #" in line]   # "Video: h264 …"


@pytest.fixture(scope="module")
def film(tmp_path_factory):
    import director

    out = tmp_path_factory.mktemp("porch")
    voice = _voice()
    result = director.make_film(SCRIPT, out, width=128, height=72, fps=24, voices=voice, progress=False)
    return result, out, voice


def test_the_film_speaks_and_its_sound_is_as_long_as_its_picture(film):
    from director.sound.files import decode

    result, out, voice = film
    m = result.manifest
    assert m["sound"]["silent"] is False and m["sound"]["voices"] == voice and m["sound"]["lines"] == 3
    assert abs(m["sound"]["loudness"] - (-23.0)) < 0.5
    assert [s.split(":")[0] for s in _streams(out / "film.mp4")] == ["Video", "Audio"]
    assert "aac" in _streams(out / "film.mp4")[1]
    plan = load_plan(out / "plan.json")
    assert {e.id for e in plan.entities if e.voice} == {"june", "leo"}       # the cast is in plan.json
    picture = film_frames(plan) / plan.fps
    assert abs(len(decode(out / "film.mp4")) / 48000 - picture) <= 1 / plan.fps
    for shot in plan.shots:
        clip = out / "shots" / f"{shot.id}.mp4"
        assert len(_streams(clip)) == 2, clip
    for stem in ("dialogue", "ambience", "music", "mix"):
        assert (out / "sound" / f"{stem}.wav").is_file()


def test_the_timeline_has_audio_tracks_of_the_stems(film):
    _, out, _ = film
    timeline = otio.adapters.read_from_file(str(out / "timeline.otio"))
    audio = [t for t in timeline.tracks if t.kind == otio.schema.TrackKind.Audio]
    urls = {c.media_reference.target_url for t in audio for c in t.find_clips()}
    assert urls == {"sound/dialogue.wav", "sound/ambience.wav", "sound/music.wav"}
    video = next(t for t in timeline.tracks if t.kind == otio.schema.TrackKind.Video)
    assert all(t.duration() == video.duration() for t in audio)
    lines = [c for t in audio for c in t.find_clips() if c.name.endswith(("June", "Leo"))]
    assert len(lines) == 3


def test_editing_one_line_resynthesizes_that_line_and_remixes(film, tmp_path):
    import shutil

    result, out, voice = film
    work = tmp_path / "edit"
    shutil.copytree(out, work)
    data = json.loads((work / "plan.json").read_text())
    line = next(d for s in data["shots"] for d in s["dialogue"] if d["text"].startswith("Every board"))
    line["text"] = "Every single board of it, and the nails."
    (work / "plan.json").write_text(json.dumps(data, indent=2))
    again = render_plan(work / "plan.json", work, voices=voice, progress=False)
    stages = again.manifest["stages"]
    assert (stages["voice"]["misses"], stages["voice"]["hits"]) == (1, 2)
    assert stages["mix"]["misses"] == 1
    edited = next(s["id"] for s in data["shots"] if any(d["text"].startswith("Every") for d in s["dialogue"]))
    assert stages["keyframes"]["misses"] <= 1      # only the edited shot, if its length changed
    plan = load_plan(work / "plan.json")
    shot = next(s for s in plan.shots if s.id == edited)
    assert shot.dialogue[0].end - shot.dialogue[0].start > 2.0      # held for the longer line
    unchanged = render_plan(work / "plan.json", work, voices=voice, progress=False)
    assert unchanged.manifest["tasks"]["computed"] == 0


def test_a_film_without_voices_is_silent_and_says_so(tmp_path, monkeypatch, capsys):
    import director
    from director.cli import main

    monkeypatch.setattr(sound, "available", lambda: {})        # as if no voice backend were installed
    monkeypatch.delenv("DIRECTOR_VOICES")
    result = director.make_film(SCRIPT, tmp_path / "silent", width=128, height=72, progress=False)
    m = result.manifest
    assert m["sound"]["silent"] is True and "no voice backend" in m["sound"]["reason"]
    assert m["notes"].count(m["sound"]["reason"]) == 1
    assert [s.split(":")[0] for s in _streams(tmp_path / "silent" / "film.mp4")] == ["Video"]
    assert not (tmp_path / "silent" / "sound").exists()
    assert main(["render", str(tmp_path / "silent" / "plan.json"), "-q"]) == 0
    printed = capsys.readouterr().out
    assert printed.count("no voice backend is installed") == 1


def test_a_browser_plays_the_films_sound(film):
    """The studio shows film.mp4 in a plain <video controls> (no `muted`): Chromium decodes its AAC track."""
    from pathlib import Path

    from editorial import chromium

    template = (Path(__file__).resolve().parents[1] / "director" / "studio" / "templates" / "job.html").read_text()
    tag = next(line for line in template.splitlines() if "<video" in line)
    assert "muted" not in tag and "controls" in tag
    _, out, _ = film
    (out / "play.html").write_text('<video id="film" src="film.mp4" controls playsinline></video>')
    with chromium(("--autoplay-policy=no-user-gesture-required",)) as browser:
        page = browser.new_page()
        page.goto((out / "play.html").as_uri())
        page.evaluate("() => { const v = document.getElementById('film'); v.playbackRate = 4; return v.play(); }")
        page.wait_for_function("() => document.getElementById('film').currentTime > 3", timeout=20000)
        decoded = page.evaluate("() => document.getElementById('film').webkitAudioDecodedByteCount")
        assert decoded > 0
