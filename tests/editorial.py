"""Shared by the editorial tests (subtitles, timeline, storyboard): a hand-built plan and a headless Chromium.

The plan is built in code so those tests need no planner: three scenes, five shots, every transition type,
durations that do not land on whole frames (so rounding is exercised), dialogue that overruns its shot, people
with keypoints. The browser is Debian's Chromium driven by Playwright, as CI installs it.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path

import pytest

from director.models import (
    Background, Camera, Entity, FilmPlan, GraphEdge, Keyframe, PlanScene, SceneObject, Shot, ShotDialogue,
    Transition,
)


def standing_person(cx: float, top: float, height: float) -> list[tuple[float, float, float]]:
    """COCO-18 keypoints of an upright figure centred on cx, head at `top`, `height` tall (normalized)."""
    h, w = height, height * 0.35
    pts = {
        "nose": (cx, top + 0.08 * h), "neck": (cx, top + 0.18 * h),
        "r_shoulder": (cx - w / 2, top + 0.2 * h), "r_elbow": (cx - w / 2 - 0.02, top + 0.38 * h),
        "r_wrist": (cx - w / 2 - 0.02, top + 0.54 * h),
        "l_shoulder": (cx + w / 2, top + 0.2 * h), "l_elbow": (cx + w / 2 + 0.02, top + 0.38 * h),
        "l_wrist": (cx + w / 2 + 0.02, top + 0.54 * h),
        "r_hip": (cx - w / 4, top + 0.55 * h), "r_knee": (cx - w / 4, top + 0.77 * h), "r_ankle": (cx - w / 4, top + h),
        "l_hip": (cx + w / 4, top + 0.55 * h), "l_knee": (cx + w / 4, top + 0.77 * h), "l_ankle": (cx + w / 4, top + h),
        "r_eye": (cx - 0.01, top + 0.06 * h), "l_eye": (cx + 0.01, top + 0.06 * h),
        "r_ear": (cx - 0.02, top + 0.07 * h), "l_ear": (cx + 0.02, top + 0.07 * h),
    }
    from director.models import COCO18

    return [(round(pts[name][0], 4), round(pts[name][1], 4), 2.0) for name in COCO18]


def _person(entity: str, cx: float, top: float = 0.15, height: float = 0.8) -> SceneObject:
    w = height * 0.35
    return SceneObject(
        entity=entity, box=(round(cx - w / 2 - 0.04, 4), top, round(cx + w / 2 + 0.04, 4), min(1.0, top + height)),
        keypoints=standing_person(cx, top, height),
    )


def editorial_plan(fps: int = 12) -> FilmPlan:
    mara, tom, lamp = "mara", "tom", "lamp"
    return FilmPlan(
        title="The Lighthouse <Test> & Co",
        fps=fps, width=320, height=180, style="pencil animatic",
        title_page={"title": "The Lighthouse", "author": "A. Writer"},
        scenes=[
            PlanScene(index=1, number="1", heading="INT. LIGHTHOUSE - NIGHT"),
            PlanScene(index=2, number=None, heading="EXT. CLIFF - DAWN"),
            PlanScene(index=3, number="3A", heading="INT. KITCHEN - DAY"),
        ],
        entities=[
            Entity(id=mara, name="Mara", kind="person", description="keeper, grey coat"),
            Entity(id=tom, name="Tom", kind="person", description="boy, red scarf"),
            Entity(id=lamp, name="Lamp", kind="object", description="brass oil lamp"),
        ],
        shots=[
            Shot(
                id="s1-1", scene=1, description="Mara climbs to the lamp room.", duration=2.3,
                camera=Camera(size="LS", angle="low", movement="tilt_up"),
                background=Background(int_ext="INT", location="LIGHTHOUSE", time_of_day="NIGHT"),
                keyframes=[
                    Keyframe(t=0.0, prompt="Mara at the foot of the stairs", objects=[_person(mara, 0.3)]),
                    Keyframe(t=2.3, prompt="Mara beside the lamp",
                             objects=[_person(mara, 0.5), SceneObject(entity=lamp, box=(0.6, 0.4, 0.75, 0.6))]),
                ],
                scene_graph=[GraphEdge(subject=mara, predicate="walks toward", object=lamp, start=0.0, end=2.3)],
                dialogue=[ShotDialogue(character=mara, text="Every night, the same stairs.", start=0.4, end=2.0)],
                transition_in=Transition(type="fade", duration=0.5),
            ),
            Shot(
                id="s1-2", scene=1, description="Close on the lamp as Mara lights it.", duration=1.7,
                camera=Camera(size="CU", angle="eye_level", movement="static"),
                keyframes=[Keyframe(t=0.0, prompt="the lamp flares",
                                    objects=[SceneObject(entity=lamp, box=(0.3, 0.2, 0.7, 0.9))])],
                scene_graph=[GraphEdge(subject=mara, predicate="lights", object=lamp, start=0.2, end=1.5)],
                dialogue=[
                    ShotDialogue(character="MARA", text="There you are, old friend.", start=0.1, end=0.9),
                    ShotDialogue(character="TOM (V.O.)", text="Mara? Are you up there? It is very late and the "
                                 "storm is coming in from the north.", start=1.0, end=3.0),  # overruns: clipped
                ],
                transition_in=Transition(type="dissolve", duration=0.5),
            ),
            Shot(
                id="s2-1", scene=2, description="Tom waits on the cliff path.", duration=2.05,
                camera=Camera(size="MS", angle="high", movement="pan_right"),
                background=Background(int_ext="EXT", location="CLIFF", time_of_day="DAWN"),
                keyframes=[
                    Keyframe(t=0.0, prompt="Tom alone", objects=[_person(tom, 0.4)]),
                    Keyframe(t=1.0, prompt="Mara arrives", objects=[_person(tom, 0.4), _person(mara, 0.75)]),
                    Keyframe(t=2.05, prompt="they face the sea", objects=[_person(tom, 0.45), _person(mara, 0.65)]),
                ],
                scene_graph=[
                    GraphEdge(subject=tom, predicate="waits for", object=mara, start=0.0, end=1.0),
                    GraphEdge(subject=mara, predicate="stands next to", object=tom, start=1.0, end=2.05),
                ],
                dialogue=[ShotDialogue(character=tom, text="You kept it burning.", start=1.2, end=1.9)],
                transition_in=Transition(type="wipe", duration=0.4, direction="left"),
            ),
            Shot(
                id="s3-1", scene=3, description="The kitchen table, morning light.", duration=1.5,
                camera=Camera(size="ELS", angle="overhead", movement="zoom_in"),
                keyframes=[Keyframe(t=0.0, prompt="an empty kitchen", objects=[])],
                transition_in=Transition(type="dip_to_white", duration=0.5),
            ),
            Shot(
                id="s3-2", scene=3, description="Mara sits; the end.", duration=1.25,
                camera=Camera(size="MCU", angle="dutch", movement="handheld"),
                keyframes=[Keyframe(t=0.0, prompt="Mara sits", objects=[_person(mara, 0.5, 0.3, 0.7)])],
                scene_graph=[GraphEdge(subject=mara, predicate="sits on", object="chair", start=0.0, end=1.25)],
                dialogue=[ShotDialogue(character=mara, text="Home <at last> & warm.", start=0.2, end=1.0)],
                transition_in=Transition(type="cut"),
            ),
        ],
    )


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--allow-file-access-from-files"]


@contextmanager
def chromium(extra_args: tuple[str, ...] = ()):
    """A headless Chromium (Debian's, driven by Playwright) for one test module; skips with the reason where
    Chromium or Playwright is absent. Shared by the storyboard and studio browser tests."""
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium; CI installs it in .ci/run)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the 'dev' extra")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS + list(extra_args))
        try:
            yield browser
        finally:
            browser.close()


# Subtitles, read back independently of director.subtitles

TIME = r"(\d\d):(\d\d):(\d\d)[,.](\d\d\d)"
CUE_TIMES = re.compile(TIME + r" --> " + TIME)


def _seconds(h, m, s, ms) -> float:
    return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000


def parse_cues(text: str) -> list[tuple[float, float, str]]:
    """A deliberately independent reader: blocks split on blank lines; a block with a timing line is a cue."""
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.splitlines()
        for i, line in enumerate(lines):
            m = CUE_TIMES.fullmatch(line.strip())
            if m:
                out.append((_seconds(*m.groups()[:4]), _seconds(*m.groups()[4:]), "\n".join(lines[i + 1:])))
                break
    return out


def expected_lines(plan):
    """Dialogue on the film clock computed from the plan alone: running sum of durations, frame-snapped, clipped."""
    fps, elapsed, expected = plan.fps, 0.0, []
    for shot in plan.shots:
        first = round(elapsed * fps)
        elapsed += shot.duration
        last = round(elapsed * fps)
        for d in shot.dialogue:
            start = min(first + round(d.start * fps), last)
            end = min(first + round(d.end * fps), last)
            expected.append((start / fps, end / fps, d.text))
    return sorted(expected, key=lambda e: e[:2])
