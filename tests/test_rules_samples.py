"""The rules planner on real screenplays and on scripts built in code: grammar, bible, timing, determinism."""
from __future__ import annotations

import functools
import json
import math
import os
import subprocess
import sys

import pytest

import director
from director.errors import DirectorError
from director.layout import validate
from director.models import DialogueElement, DialogueLine, Scene, Script, TextElement
from director.planning import InvalidPlan
from planners.rules import RulesPlanner, keyframe_times, shot_seed

SCRIPT_SUFFIXES = (".fountain", ".spmd", ".fdx", ".txt", ".md")


@functools.lru_cache(maxsize=None)
def planned(path: str):
    """(script, plan) of a sample file, planned once per test session: Big Fish is used by several tests."""
    script = director.parse(path)
    return script, RulesPlanner().plan(script)


def estimated_pages(script: Script) -> float:
    """Pages as a typeset screenplay would run: action wraps at ~60 columns, dialogue at ~35, 55 lines a page."""
    lines = 0
    for sc in script.scenes:
        lines += 2 if sc.heading else 0
        for el in sc.elements:
            if el.type == "dialogue":
                lines += 2 + sum(math.ceil(max(1, len(dl.text)) / 35) for dl in el.lines)
            elif el.type in ("action", "centered", "lyrics", "transition"):
                lines += 1 + sum(math.ceil(max(1, len(p)) / 60) for p in el.text.split("\n"))
    return lines / 55


def test_every_sample_plans_with_zero_problems(samples):
    n_planned, seen = 0, set()
    for path in sorted(samples.rglob("*")):
        if path.suffix not in SCRIPT_SUFFIXES or path.name == "SOURCES.txt":
            continue
        content = path.read_bytes()
        if content in seen:
            continue          # the same file under two names plans the same
        seen.add(content)
        try:
            script, plan = planned(str(path))
        except DirectorError:
            continue          # the parser's tests own what it rejects
        assert validate(plan) == [], path
        speech = [d for s in plan.shots for d in s.dialogue]
        script_speech = [el for s in script.scenes for el in s.elements if el.type == "dialogue"
                         and any(dl.kind == "speech" and dl.text.strip() for dl in el.lines)]
        assert len(speech) >= len(script_speech), f"{path}: dialogue lost"
        n_planned += 1
    assert n_planned >= 40


@pytest.mark.parametrize("name", ["Brick-and-Steel.fountain", "The-Last-Birthday-Card.fountain",
                                  "little-women.fountain", "Big-Fish.fountain"])
def test_running_time_is_about_a_minute_a_page(samples, name):
    script, plan = planned(str(samples / "scripts" / name))
    minutes_per_page = plan.duration / 60 / estimated_pages(script)
    assert 0.6 <= minutes_per_page <= 1.5, minutes_per_page
    # frame-exact shots, keyframes on frames from the first to the last
    for shot in plan.shots:
        n = round(shot.duration * plan.fps)
        assert abs(n / plan.fps - shot.duration) < 1e-9
        assert 6 <= len(shot.keyframes) <= 9
        assert shot.keyframes[0].t == 0 and abs(shot.keyframes[-1].t - (n - 1) / plan.fps) < 1e-9


def test_plans_are_identical_across_processes(samples, tmp_path):
    """Same script, same options, different hash seeds: byte-identical plan.json."""
    src = samples / "scripts" / "The-Last-Birthday-Card.fountain"
    outs = []
    for hash_seed in ("1", "2"):
        out = tmp_path / f"plan{hash_seed}.json"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        proc = subprocess.run([sys.executable, "-m", "director", "plan", str(src), "-o", str(out), "--seed", "7"],
                              env=env, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert "shots in 48 scenes" in proc.stderr   # as `director parse` counts them (the title page is none)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    plan = json.loads(outs[0])
    assert plan["shots"][0]["seed"] == shot_seed(7, plan["shots"][0]["id"])
    assert len({s["seed"] for s in plan["shots"]}) == len(plan["shots"])


def test_brick_and_steel_bible_and_coverage(samples):
    plan = director.plan(samples / "scripts" / "Brick-and-Steel.fountain")
    brick, steel = plan.entity("brick"), plan.entity("steel")
    assert brick.name == "Brick Braddock" and "retired police detective" in brick.description
    assert steel.name == "Dick Steel" and "former partner" in steel.description
    assert plan.title == "BRICK & STEEL" and plan.scenes[0].heading == "EXT. BRICK'S PATIO - DAY"
    shots = [s for s in plan.shots if s.scene == 1]
    assert shots[0].id == "sc001_sh01" and shots[0].camera.size in ("ELS", "LS")      # establishing, exterior
    sizes = [s.camera.size for s in shots if s.dialogue]
    assert sizes[0] == "MS" and len({o.entity for o in [*shots[2].keyframes[0].objects]}) >= 2   # two-shot first
    assert any(s.camera.angle == "over_the_shoulder" for s in shots) and "MCU" in sizes or "CU" in sizes
    # 180° rule: within the scene Brick stays on one side of the frame and Steel on the other
    sides = {"brick": set(), "steel": set()}
    for s in shots:
        for o in s.keyframes[0].objects:
            if o.entity in sides and s.camera.angle != "over_the_shoulder" and len(s.keyframes[0].objects) >= 1:
                sides[o.entity].add((o.box[0] + o.box[2]) / 2 < 0.5)
    assert len(sides["brick"]) == 1 and len(sides["steel"]) == 1 and sides["brick"] != sides["steel"]
    # SMASH CUT TO: is a cut; scene 2 opens on a new location
    assert all(s.transition_in.type == "cut" for s in plan.shots if s.scene == 2)


def scene(heading, *elements, int_ext="INT", location="KITCHEN"):
    return Scene(heading=heading, int_ext=int_ext, location=location, time_of_day="DAY", elements=list(elements))


def act(text):
    return TextElement(type="action", text=text)


def say(who, *lines, extension=None, dual=False):
    out = []
    for ln in lines:
        kind = "parenthetical" if ln.startswith("(") else "speech"
        out.append(DialogueLine(kind=kind, text=ln))
    return DialogueElement(character=who, lines=out, extension=extension, dual=dual)


def test_grammar_on_a_script_built_in_code():
    script = Script(title_page={"title": "Test"}, scenes=[
        scene("EXT. FARM - NIGHT",
              TextElement(type="transition", text="FADE IN:"),
              act("ANNA (30s), a tired farmer in muddy boots, walks to the barn. A black dog follows her."),
              say("ANNA", "Come on, Rex. Time for bed."),
              say("TOM", "(from the barn)", "Is that you?", extension="O.S."),
              say("ANNA", "Who else would it be at this hour of the night, Tom?"),
              act("TOM steps out, a lantern in his hand."),
              say("TOM", "You're late.", "(beat)", "Again."),
              say("ANNA", "I know."),
              TextElement(type="transition", text="DISSOLVE TO:"),
              int_ext="EXT", location="FARM"),
        scene("INT. KITCHEN - LATER",
              act("CLOSE ON the lantern, flickering on the table."),
              act("Anna, now in a bathrobe, pours two cups of tea."),
              act("Tom opens a letter and frowns. A phone rings UNDER THE TABLE and Tom EXITS FRAME."),
              TextElement(type="transition", text="WIPE TO:")),
        scene("INT. KITCHEN - LATER", act("Tom drinks."), TextElement(type="centered", text="THE END")),
    ])
    plan = RulesPlanner(fps=12).plan(script)
    assert validate(plan) == []
    anna = plan.entity("anna")
    assert anna.attributes.get("age") == "30s" and "tired farmer in muddy boots" in anna.description
    assert "now in a bathrobe" in anna.description            # accumulated, not overwritten
    assert not {"under_the_table", "exits_frame"} & {e.id for e in plan.entities}   # directions are not entities
    dog = [e for e in plan.entities if e.kind == "animal"]
    assert dog and dog[0].attributes.get("color") == "black"
    s1 = [s for s in plan.shots if s.scene == 1]
    assert s1[0].transition_in.type == "fade" and s1[0].camera.size == "ELS"
    # the O.S. line holds on the listener; the parenthetical (beat) cuts to Anna's reaction
    os_shot = next(s for s in s1 if any(d.text == "Is that you?" for d in s.dialogue))
    assert {o.entity for o in os_shot.keyframes[0].objects} == {"anna"}
    again = next(s for s in s1 if any(d.text == "Again." for d in s.dialogue))
    assert again.description.startswith("Anna reacts") and {o.entity for o in again.keyframes[0].objects} == {"anna"}
    # dialogue placed inside its shot, at a speaking pace
    for s in plan.shots:
        for d in s.dialogue:
            assert 0 <= d.start < d.end <= s.duration
            assert len(d.text.split()) / (d.end - d.start) <= 3.2
    s2 = [s for s in plan.shots if s.scene == 2]
    assert s2[0].transition_in.type == "dissolve" and 0 < s2[0].transition_in.duration < s2[0].duration / 2
    assert s2[0].camera.size == "CU"                       # CLOSE ON
    assert any(o.entity.startswith("cup") for s in s2 for k in s.keyframes for o in k.objects)
    insert = next(s for s in s2 if s.description == "INSERT: the letter")        # a handled prop gets an insert
    assert insert.camera.size == "CU" and [o.entity for o in insert.keyframes[0].objects] == ["letter"]
    box = insert.keyframes[0].objects[0].box
    assert box[3] - box[1] > 0.4                                                   # and fills the frame
    s3 = [s for s in plan.shots if s.scene == 3]
    assert s3[0].transition_in.type == "wipe" and s3[0].transition_in.direction
    # the script's last words (THE END) are no shot: the film closes on its last picture
    assert s3[-1].description == "Tom drinks." and plan.closing is None
    # a person's keypoints sit in their box; close shots mark cut-off joints absent
    for s in plan.shots:
        for k in s.keyframes:
            for o in k.objects:
                if plan.entity(o.entity).kind == "person":
                    assert o.keypoints and len(o.keypoints) == 18


def test_dual_dialogue_is_one_two_shot_with_overlapping_lines():
    script = Script(scenes=[scene("INT. GARDEN - DAY", act("ADAM and EVE stand under a tree."),
                                  say("ADAM", "Yes.", dual=True), say("EVE", "No, never.", dual=True),
                                  say("ADAM", "Fine."))])
    plan = RulesPlanner(fps=12).plan(script)
    assert validate(plan) == []
    dual = [s for s in plan.shots if len(s.dialogue) == 2]
    assert len(dual) == 1 and dual[0].camera.size == "MS"
    a, b = dual[0].dialogue
    assert a.start == b.start and {a.character, b.character} == {"adam", "eve"}
    assert {o.entity for o in dual[0].keyframes[0].objects} >= {"adam", "eve"}
    assert "speak at once" in dual[0].description


def test_keyframe_times_cover_the_shot_on_frames():
    for frames in (6, 9, 36, 37, 100, 289):
        for fps in (8, 12, 24, 30):
            times = keyframe_times(frames, fps, frames / fps)
            assert 6 <= len(times) <= 9
            assert times[0] == 0 and abs(times[-1] - (frames - 1) / fps) < 1e-12
            assert all(b > a for a, b in zip(times, times[1:]))
            assert all(abs(t * fps - round(t * fps)) < 1e-9 for t in times)


def test_plan_api_accepts_paths_text_and_scripts_and_reports_unknown_planners(tmp_path):
    src = tmp_path / "s.txt"
    src.write_text("A cat sits on a mat.\n")
    by_path = director.plan(src)
    by_text = director.plan("A cat sits on a mat.")
    assert [s.model_dump() for s in by_path.shots] == [s.model_dump() for s in by_text.shots]
    with pytest.raises(DirectorError, match="unknown planner 'nope'"):
        director.plan(by_text and "A cat.", planner="nope")
    assert issubclass(InvalidPlan, DirectorError)


def test_cli_plan_errors_are_one_line(tmp_path):
    missing = tmp_path / "nope.fountain"
    proc = subprocess.run([sys.executable, "-m", "director", "plan", str(missing)], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and str(missing) in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "director", "plan", "-", "--fps", "0"], input="A cat.",
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "must be positive" in proc.stderr and "Traceback" not in proc.stderr
    out = tmp_path / "p" / "plan.json"
    proc = subprocess.run([sys.executable, "-m", "director", "plan", "-", "-o", str(out), "--fps", "12"],
                          input="A dog runs from the left to the right.", capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    plan = json.loads(out.read_text())
    assert plan["fps"] == 12 and len(plan["shots"]) == 1 and not (tmp_path / "p" / "plan.json.part").exists()


@pytest.mark.parametrize("name", ["Brick-and-Steel.fountain", "The-Last-Birthday-Card.fountain"])
def test_composition_rules_in_dialogue_coverage(samples, name):
    plan = director.plan(samples / "scripts" / name)
    singles = ots = 0
    for shot in plan.shots:
        people = [o for o in shot.keyframes[0].objects if plan.entity(o.entity).kind == "person"]
        if shot.dialogue and shot.camera.size in ("MCU", "CU") and len(people) == 1:
            box, kps = people[0].box, people[0].keypoints
            centre = (box[0] + box[2]) / 2
            assert min(abs(centre - 1 / 3), abs(centre - 2 / 3)) < 0.06, (shot.id, box)    # on a third
            assert 0.05 < kps[0][1] < 0.4 and kps[0][2] == 2, (shot.id, kps[0])           # headroom: the face high
            assert box[3] - box[1] > 0.85                                                  # the figure fills the height
            assert (kps[0][0] - kps[1][0]) * (0.5 - centre) > 0, shot.id     # lead room: looks across the frame
            singles += 1
        if shot.camera.angle == "over_the_shoulder":
            near = [o for o in people if o.box[0] <= 0.0 or o.box[2] >= 1.0]
            far = [o for o in people if o not in near]
            assert near and far, shot.id
            # the speaker is on the far side of the frame from the shoulder, with room to look across
            assert ((near[0].box[0] <= 0.0) == ((far[0].box[0] + far[0].box[2]) / 2 > 0.5)), shot.id
            ots += 1
        raised = {e.subject for e in shot.scene_graph if e.predicate in ("on", "above", "over", "in")}
        grounded = [o for o in people if o.entity not in raised]
        if shot.camera.size in ("ELS", "LS") and grounded:
            assert all(o.box[3] >= 0.75 for o in grounded), shot.id                      # standing on the ground
    assert singles >= 3 and ots >= 3


def test_random_word_soup_never_breaks_the_planner():
    """Garbage in, a valid plan out: random words through prose and through a screenplay scene."""
    import random

    words = ("a an the two three cat cats dog man ball red big tiny on under above below left right of to from "
             "upper lower corner then first and , . ; runs walks flies falls rises appears disappears only in "
             "second half between next behind front toward away camera enters exits across it they BOB Bob "
             "halfway finally sits table tree car middle top bottom up down back X 12 ( ) ' -- ! ? CLOSE ON "
             "INSERT POV").split()
    rng = random.Random(11)
    for i in range(150):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
        if i % 2:
            plan = RulesPlanner(fps=12).plan(director.parse(text + "."))
        else:
            elements = [act(text), say(rng.choice(["BOB", "ALICE", "X AND Y"]), text, extension=rng.choice([None, "V.O."]),
                                       dual=rng.random() < 0.3),
                        say("ALICE", "(beat)", text or "ok", "(beat)", "ok", dual=rng.random() < 0.3),
                        TextElement(type="transition", text=rng.choice(["CUT TO:", "DISSOLVE TO:", "WIPE TO:"]))]
            plan = RulesPlanner(fps=rng.choice([8, 12, 24, 30])).plan(
                Script(scenes=[scene("INT. ROOM - DAY", *elements)] * 2))
        assert validate(plan) == [], text


@pytest.mark.parametrize("text,field,value", [
    ("CLOSE ON Anna, smiling.", "size", "CU"),
    ("EXTREME CLOSE UP on Anna's eye.", "size", "ECU"),
    ("ANGLE ON Anna, not sure what to do.", "size", "MS"),
    ("WIDE ON the farm as the sun sets.", "size", "LS"),
    ("ANNA'S POV: the barn door swings open.", "angle", "pov"),
    ("TRACKING SHOT: Anna runs through the corn.", "movement", "tracking"),
    ("Anna waits, and as we PULL BACK, we see the whole valley.", "movement", "dolly_out"),
    ("From a very LOW ANGLE, we look up at Anna.", "angle", "low"),
    ("PAN ACROSS the empty field.", "movement", "pan_right"),
    ("ZOOM IN on the lantern.", "movement", "zoom_in"),
])
def test_explicit_camera_directions_are_honoured(text, field, value):
    script = Script(scenes=[scene("EXT. FARM - DAY", act("Anna stands by the barn."), act(text),
                                  say("ANNA", "Hello."), int_ext="EXT", location="FARM")])
    plan = RulesPlanner(fps=12).plan(script)
    assert validate(plan) == []
    shot = plan.shots[1]
    assert getattr(shot.camera, field) == value, (shot.description, shot.camera)


def test_planned_shots_round_trip_through_layout_tokens(samples):
    from director.layout import from_layout_tokens, to_layout_tokens

    plan = director.plan(samples / "scripts" / "Brick-and-Steel.fountain")
    for shot in plan.shots:
        back = from_layout_tokens(to_layout_tokens(shot), shot)
        assert [k.model_dump() for k in back] == [k.model_dump() for k in shot.keyframes]


def test_action_durations_follow_length_and_kind_of_beat():
    from planners.rules.grammar import action_seconds

    plain = action_seconds("Anna crosses the yard to the old barn and opens the door.")
    assert action_seconds("Anna crosses the yard.") < plain                       # shorter text, shorter shot
    assert action_seconds("Anna stares at the old barn and the door for a long moment.") > plain   # lingering
    assert action_seconds("Suddenly Anna races across the yard and slams the barn door.") < plain  # quick
    assert 2.0 <= action_seconds("Go.") and action_seconds("word " * 300) <= 8.0


def test_introduction_in_parentheses_gives_age_look_and_wardrobe():
    """ "MARA (30s, yellow raincoat, windswept hair)": the age is an attribute, the rest her description."""
    plan = RulesPlanner(fps=12).plan(director.parse(
        "EXT. COAST - DAY\n\nMARA (30s, yellow raincoat, windswept hair) climbs the path.\n\n"
        "OLD TOMAS (late seventies, grey beard and a wool sweater) waits by the door.\n\nMARA\nHello!\n\n"
        "TOMAS\nYou came.\n"))
    mara, tomas = plan.entity("mara"), plan.entity("tomas")
    assert mara.attributes["age"] == "30s" and mara.description == "yellow raincoat, windswept hair"
    assert tomas.attributes["age"] == "late seventies" and "wool sweater" in tomas.description
