"""Sound on real voices and real ffmpeg: casting, delivery, re-timing, beds, music, the mix and its loudness.

Skipped with a reason where the `voices` extra is not installed. Loudness is checked with ffmpeg's own
ebur128 filter, an implementation independent of the mixer's meter.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pytest

import director
from director.layout import validate
from director.models import Music, Voice

sound = pytest.importorskip("director.sound")
pytest.importorskip("scipy", reason="the voices extra is not installed: pip install 'director[voices]'")

from director.sound import casting, delivery, files, mix, retime, synthesis  # noqa: E402
from director.sound.analysis import voiceprint  # noqa: E402
from director.sound.dsp import RATE  # noqa: E402
from director.subtitles import cues  # noqa: E402
from director.timing import film_frames, shot_spans  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SCRIPT = """Title: Two Voices

INT. KITCHEN - NIGHT

ANNA, a tired woman in a bathrobe, pours coffee. Her brother BEN, a bearded man, sits at the table.

ANNA
(whispering)
Did you hear that?

BEN
Hear what? I heard nothing at all.

ANNA (O.S.)
(shouting)
Ben! The door!

EXT. BACK GARDEN - DAY

Ben runs across the lawn.

BEN (V.O.)
I never locked it again.
"""


def _backend(name):
    why = sound.why_not(name) if name in sound.available() else f"voice backend '{name}' is not installed"
    if why:
        pytest.skip(why)
    return sound.load(name)


@pytest.fixture(scope="module")
def piper():
    return _backend("piper")


@pytest.fixture(scope="module")
def espeak():
    return _backend("espeak")


@pytest.fixture(scope="module")
def spoken(piper):
    """The script planned, cast with piper, every line synthesized, the plan re-timed to the audio."""
    plan = director.plan(SCRIPT, fps=24, width=160, height=90)
    plan = casting.cast(plan, piper, "piper")
    audio = {}
    for lv in sound.lines(plan, "piper"):
        how = delivery.Delivery(lv.style, lv.pitch, lv.rate, lv.gain)
        audio[lv.key] = synthesis.speak(sound.load(lv.backend), lv.text, lv.voice, how, lv.seed)
    timed = retime.retime(plan, {k: len(v) / RATE for k, v in audio.items()})
    return plan, timed, audio


def ebur128(path: Path) -> float:
    """Integrated loudness (LUFS) as ffmpeg's ebur128 filter measures it."""
    from director.editor import ffmpeg_exe

    proc = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path), "-af", "ebur128",
                           "-f", "null", "-"], capture_output=True, text=True)
    found = re.findall(r"I:\s+(-?[\d.]+) LUFS", proc.stderr)
    assert found, proc.stderr[-500:]
    return float(found[-1])


def test_piper_is_reproducible_and_the_seed_matters(piper):
    from director.sound.protocols import SpeechRequest, VoiceBackend

    assert isinstance(piper, VoiceBackend) and piper.capabilities.neural
    a = piper.speak(SpeechRequest("The lamp is lit.", seed=5))
    b = piper.speak(SpeechRequest("The lamp is lit.", seed=5))
    c = piper.speak(SpeechRequest("The lamp is lit.", seed=6))
    assert a.rate == 22050 and 0.5 < a.seconds < 3.0
    assert np.array_equal(a.samples, b.samples)
    assert not (len(a.samples) == len(c.samples) and np.array_equal(a.samples, c.samples))


def test_espeak_speaks_variants_at_their_rate(espeak):
    from director.sound.protocols import SpeechRequest

    caps = espeak.capabilities
    assert len(caps.voices) > 20 and "whisper" in caps.styles
    slow = espeak.speak(SpeechRequest("Come back here right now.", voice="en-us+f3", rate=0.8))
    fast = espeak.speak(SpeechRequest("Come back here right now.", voice="en-us+f3", rate=1.4))
    assert slow.seconds > fast.seconds * 1.4
    assert espeak.gender("en-us+f3") == "female" and espeak.gender("en-us+m3") == "male"


def test_casting_gives_distinct_stable_voices_and_keeps_edits(spoken, piper, espeak):
    plan, _, _ = spoken
    voices = {e.id: e.voice for e in plan.entities if e.voice}
    assert set(voices) == {"anna", "ben"}
    assert voices["anna"].pitch > voices["ben"].pitch + 3           # a woman's voice derived from joe's
    assert casting.cast(director.plan(SCRIPT, fps=24), piper, "piper").entities == \
        director.plan(SCRIPT, fps=24).model_copy(update={"entities": plan.entities}).entities
    edited = plan.model_copy(update={"entities": [e.model_copy(update={"voice": Voice(backend="espeak",
                                                                                       voice="en-us+m7")})
                                                  if e.id == "ben" else e for e in plan.entities]})
    assert casting.cast(edited, piper, "piper").entity("ben").voice.voice == "en-us+m7"
    named = casting.cast(director.plan(SCRIPT), espeak, "espeak")
    assert espeak.gender(named.entity("anna").voice.voice) == "female"
    assert espeak.gender(named.entity("ben").voice.voice) == "male"


def test_two_characters_voices_differ_measurably(spoken, piper):
    """The same sentence in Anna's and Ben's voices differs more than Ben's voice across two sentences."""
    plan, _, _ = spoken
    anna, ben = plan.entity("anna").voice, plan.entity("ben").voice
    s1, s2 = "I heard something by the door.", "Nobody has been here all night."
    a1 = voiceprint(synthesis.speak(piper, s1, anna, seed=1))
    b1 = voiceprint(synthesis.speak(piper, s1, ben, seed=1))
    b2 = voiceprint(synthesis.speak(piper, s2, ben, seed=2))
    across, within = a1.distance(b1), b1.distance(b2)
    assert across["pitch"] > 4.0, (across, within)          # semitones between the median pitches
    assert across["combined"] > 1.5 * within["combined"], (across, within)


def test_whisper_and_shout_change_the_delivery(piper):
    voice = Voice()
    normal = synthesis.speak(piper, "Did you hear that?", voice, delivery.delivery_of(None), seed=3)
    whisper = synthesis.speak(piper, "Did you hear that?", voice, delivery.delivery_of("(whispering)"), seed=3)
    shout = synthesis.speak(piper, "Did you hear that?", voice, delivery.delivery_of("(shouting)"), seed=3)
    assert voiceprint(whisper).voiced < 0.5 * voiceprint(normal).voiced      # no voicing left
    from director.sound.loudness import speech_level

    assert speech_level(shout, RATE) > speech_level(normal, RATE) + 4 > speech_level(whisper, RATE) + 6


def test_lines_are_heard_as_their_extensions_say():
    assert delivery.placement_of("V.O.").kind == "over" and delivery.placement_of("V.O., CONT'D").kind == "over"
    assert delivery.placement_of("O.S.").kind == "off" and delivery.placement_of("O.C.").kind == "off"
    assert delivery.placement_of("ON PHONE").kind == "filtered"
    assert delivery.placement_of("CONT'D").kind == "on" and delivery.placement_of(None).kind == "on"


def test_shots_hold_their_lines(spoken):
    plan, timed, audio = spoken
    assert validate(timed) == []
    assert retime.retime(timed, {k: len(v) / RATE for k, v in audio.items()}) == timed      # idempotent
    for shot in timed.shots:
        for i, line in enumerate(shot.dialogue):
            seconds = len(audio[f"{shot.id}/{i}"]) / RATE
            assert abs(line.start * timed.fps - round(line.start * timed.fps)) < 1e-6      # on a frame
            assert line.end - line.start >= seconds - 1e-6
            assert line.end <= shot.duration
        frames = [k.t * timed.fps for k in shot.keyframes]
        assert frames[0] == 0 and abs(frames[-1] - (round(shot.duration * timed.fps) - 1)) < 1e-6
    assert [s.id for s in timed.shots] == [s.id for s in plan.shots]
    assert any(abs(a.duration - b.duration) > 0.1 for a, b in zip(plan.shots, timed.shots) if a.dialogue)


@pytest.fixture(scope="module")
def mixed(spoken, tmp_path_factory):
    _, timed, audio = spoken
    out = tmp_path_factory.mktemp("mix")
    return timed, audio, mix.render(timed, audio.__getitem__, out), out


def test_mix_is_as_long_as_the_picture_and_at_its_loudness(mixed):
    plan, _, result, out = mixed
    assert result.samples == round(film_frames(plan) * RATE / plan.fps)
    for name in ("dialogue", "ambience", "music", "mix"):
        x, rate = files.read_wav(out / f"{name}.wav")
        assert rate == RATE and x.shape == (result.samples, 2), name
    assert abs(ebur128(out / "mix.wav") - (-23.0)) <= 1.0
    stems = sum(files.read_wav(out / f"{n}.wav")[0] for n in ("dialogue", "ambience", "music"))
    m, _ = files.read_wav(out / "mix.wav")
    assert np.max(np.abs(stems - m)) < 0.05          # the stems sum to the mix (up to the limiter)


def test_each_line_sounds_inside_its_shot_from_its_subtitle(mixed):
    plan, _, result, out = mixed
    spf = RATE / plan.fps
    spans = {s.id: sp for s, sp in zip(plan.shots, shot_spans(plan))}
    placed = {p["line"]: p for p in result.lines}
    by_start = {round(c.start * plan.fps): c for c in cues(plan)}
    assert len(placed) == len(by_start) == 4
    d, _ = files.read_wav(out / "dialogue.wav")
    level = np.abs(d).max(axis=1)
    for p in placed.values():
        span = spans[p["shot"]]
        assert span.start * spf <= p["start"] < p["end"] <= span.end * spf
        frame = p["start"] / spf
        assert frame == int(frame) and int(frame) in by_start          # starts on its subtitle's frame
        # the stem is silent just before the line and sounds within its first 60 ms
        assert level[p["start"] - 2400:p["start"] - 480].max() < 0.003
        assert level[p["start"]:p["start"] + 2880].max() > 0.01


def test_web_loudness_and_a_music_cue_ducked_under_dialogue(spoken, tmp_path):
    _, timed, audio = spoken
    track = tmp_path / "theme.ogg"
    from director.editor import ffmpeg_exe

    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i",
                    "sine=frequency=330:duration=3", "-ac", "2", "-c:a", "libvorbis", str(track)], check=True)
    plan = timed.model_copy(update={"music": Music(path=track.name, fade_in=0.5, fade_out=1.0)})
    lay = mix.layout(plan)
    from director.sound import music

    cue = music.compose(plan.music, lay.total / RATE, tmp_path)
    assert cue.shape == (lay.total, 2)
    assert np.abs(cue[: round(0.05 * RATE)]).max() < 0.5 * np.abs(cue[RATE:2 * RATE]).max()      # fades in
    result = mix.render(plan, audio.__getitem__, tmp_path / "out", cues={"film": cue}, target=-16.0)
    assert abs(ebur128(tmp_path / "out" / "mix.wav") - (-16.0)) <= 1.0
    m, _ = files.read_wav(tmp_path / "out" / "music.wav")
    inside = [m[p["start"]:p["end"]] for p in result.lines]
    first = min(p["start"] for p in result.lines)
    before = m[RATE: first - RATE]          # after the fade-in, before the duck starts
    rms = lambda x: float(np.sqrt(np.mean(np.concatenate(x) ** 2)))      # noqa: E731
    assert 20 * np.log10(rms([before]) / rms(inside)) > 6.0                  # ducked under the lines


def test_beds_follow_the_location():
    from director.sound.ambience import Bed, recipe
    from director.sound.loudness import integrated

    coast, room = recipe("EXT", "ROCKY COAST", "DAY"), recipe("INT", "LIGHTHOUSE", "NIGHT")
    assert coast.outside and coast.water and not room.outside and room.night
    a = Bed(coast).read(10 * RATE)
    b = Bed(room).read(10 * RATE)
    assert integrated(a) > integrated(b) + 8          # the coast is louder than a room at night
    again = Bed(coast)
    assert np.array_equal(np.concatenate([again.read(3 * RATE), again.read(7 * RATE)]), a)   # blocks, no seams


def test_mux_adds_an_aac_track_as_long_as_the_picture(mixed, tmp_path):
    from director.editor import encode_clip

    plan, _, result, out = mixed
    frames = np.zeros((film_frames(plan), plan.height, plan.width, 3), np.uint8)
    video = encode_clip(frames, tmp_path / "picture.mp4", plan.fps)
    film = files.mux(video, out / "mix.wav", tmp_path / "film.mp4")
    back = files.decode(film)
    assert abs(len(back) - result.samples) <= RATE / plan.fps          # within one frame


def _scene_cut(plan):
    """(index of the first shot of the second scene, its first film sample)."""
    i = next(k for k, s in enumerate(plan.shots) if s.scene != plan.shots[0].scene)
    return i, round(shot_spans(plan)[i].start * RATE / plan.fps)


def test_the_beds_follow_the_pictures_transitions(spoken, tmp_path):
    """A fade through black takes the bed down to silence at the cut; a dissolve keeps a bed sounding there."""
    from director.models import Transition

    _, timed, audio = spoken
    i, cut = _scene_cut(timed)
    rms = lambda x: float(np.sqrt(np.mean(x.astype(np.float64) ** 2)))       # noqa: E731
    levels = {}
    for kind in ("fade", "dissolve"):
        shots = list(timed.shots)
        shots[i] = shots[i].model_copy(update={"transition_in": Transition(type=kind, duration=1.0)})
        plan = timed.model_copy(update={"shots": shots})
        mix.render(plan, audio.__getitem__, tmp_path / kind)
        bed, _ = files.read_wav(tmp_path / kind / "ambience.wav")
        levels[kind] = (rms(bed[cut - 96:cut + 96]), rms(bed[cut - 2 * RATE:cut - RATE]))
    at_cut, before = levels["fade"]
    assert at_cut < before * 0.05                     # silent at the black frame
    assert levels["dissolve"][0] > levels["dissolve"][1] * 0.3      # still sounding through the dissolve


def test_a_scene_can_have_its_own_music_from_a_music_backend(spoken, tmp_path):
    """`director.music`'s built-in `pad`, named on the second scene, plays there in place of the film's cue."""
    from director.models import Music
    from director.sound import music

    _, timed, audio = spoken
    scenes = list(timed.scenes)
    second = timed.shots[_scene_cut(timed)[0]].scene
    scenes[second - 1] = scenes[second - 1].model_copy(update={"music": Music(backend="pad", prompt="calm night")})
    plan = timed.model_copy(update={"scenes": scenes})
    lay = mix.layout(plan)
    (k, samples), = lay.scene_music.items()
    cue = music.compose(plan.scenes[second - 1].music, samples / RATE, tmp_path, scene="the garden")
    assert cue.shape == (samples, 2)
    mix.render(plan, audio.__getitem__, tmp_path / "out", cues={f"scene/{k}": cue})
    m, _ = files.read_wav(tmp_path / "out" / "music.wav")
    seg = lay.segments[k]
    inside = m[seg.start + RATE: seg.end - RATE]
    outside = m[: lay.segments[0].end - RATE]
    assert np.abs(inside).max() > 0.005 and np.abs(outside).max() == 0.0
