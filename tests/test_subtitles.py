"""SRT and WebVTT written from a plan, parsed back, must carry every dialogue line at its film time."""
from __future__ import annotations

import re

from director.subtitles import cues, write_srt, write_vtt
from editorial import chromium, editorial_plan, expected_lines, parse_cues


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_srt_cues_match_plan_dialogue(tmp_path):
    plan = editorial_plan()
    path = write_srt(plan, tmp_path / "film.srt")
    parsed = parse_cues(path.read_text(encoding="utf-8"))
    expected = expected_lines(plan)
    assert len(parsed) == len(expected) == sum(len(s.dialogue) for s in plan.shots)
    numbers = [int(b.splitlines()[0]) for b in re.split(r"\n\s*\n", path.read_text().strip())]
    assert numbers == list(range(1, len(expected) + 1))
    for (start, end, body), (want_start, want_end, text) in zip(parsed, expected):
        assert abs(start - want_start) <= 0.0005 and abs(end - want_end) <= 0.0005
        assert end > start
        assert _squash(body).endswith(_squash(text))
        assert all(len(line) <= 42 for line in body.splitlines())
    # the speaker is named with the bible's name when the plan uses an entity id
    assert parsed[0][2].startswith("MARA: Every night")


def test_vtt_cues_match_plan_dialogue(tmp_path):
    plan = editorial_plan()
    text = write_vtt(plan, tmp_path / "film.vtt").read_text(encoding="utf-8")
    assert text.startswith("WEBVTT")
    assert text.splitlines()[0] == "WEBVTT - The Lighthouse <Test> & Co"
    parsed = parse_cues(text)
    expected = expected_lines(plan)
    assert len(parsed) == len(expected)
    for (start, end, body), (want_start, want_end, want_text) in zip(parsed, expected):
        assert abs(start - want_start) <= 0.0005 and abs(end - want_end) <= 0.0005
        m = re.fullmatch(r"<v ([^>]+)>(.*)</v>", body, re.S)
        assert m, body
        unescaped = m.group(2).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        assert _squash(unescaped) == _squash(want_text)
    assert "Home &lt;at last&gt; &amp; warm." in text  # markup characters in speech are escaped


def test_dialogue_overrunning_its_shot_is_clipped_to_the_cut():
    plan = editorial_plan()
    overrun = [c for c in cues(plan) if c.speaker == "TOM (V.O.)"][0]
    s1_1, s1_2 = plan.shots[0], plan.shots[1]
    assert overrun.end == round((s1_1.duration + s1_2.duration) * plan.fps) / plan.fps


def test_cues_are_deterministic_and_ordered():
    plan = editorial_plan()
    first, second = cues(plan), cues(plan)
    assert first == second
    assert [c.start for c in first] == sorted(c.start for c in first)
    assert [c.index for c in first] == list(range(1, len(first) + 1))


def test_a_plan_without_dialogue_writes_valid_empty_files(tmp_path):
    plan = editorial_plan()
    for shot in plan.shots:
        shot.dialogue = []
    assert write_srt(plan, tmp_path / "a.srt").read_text() == ""
    assert parse_cues(write_vtt(plan, tmp_path / "a.vtt").read_text()) == []


def test_chromium_reads_the_vtt_as_the_plan_says(tmp_path):
    """A real WebVTT parser (Chromium's, through a <track>) gets the same cues, times, speakers and text."""
    plan = editorial_plan()
    write_vtt(plan, tmp_path / "film.vtt")
    page_path = tmp_path / "player.html"
    page_path.write_text('<video muted><track id="t" kind="subtitles" src="film.vtt" default></video>')
    with chromium() as browser:
        page = browser.new_page()
        page.goto(page_path.as_uri())
        parsed = page.evaluate("""() => new Promise(resolve => {
            const el = document.getElementById('t');
            el.track.mode = 'hidden';
            const done = () => resolve([...el.track.cues].map(c => ({
                start: c.startTime, end: c.endTime,
                voice: c.getCueAsHTML().firstChild.title, text: c.getCueAsHTML().textContent})));
            if (el.readyState === 2) done();
            else { el.addEventListener('load', done); el.addEventListener('error', () => resolve(null)); }
        })""")
    assert parsed is not None, "Chromium could not load the VTT"
    expected = expected_lines(plan)
    assert len(parsed) == len(expected)
    for cue, (start, end, text) in zip(parsed, expected):
        assert abs(cue["start"] - start) <= 0.0005 and abs(cue["end"] - end) <= 0.0005
        assert _squash(cue["text"]) == _squash(text)
    assert [c["voice"] for c in parsed] == ["Mara", "MARA", "TOM (V.O.)", "Tom", "Mara"]
