"""The rules planner on short screenplay passages written for these tests: who is on screen, where, doing what.

Each test is a scene a writer could type, checked on the plan: the shot's cast, its boxes over time and its scene
graph. None of these passages comes from the prompt bench.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import director
from director.layout import validate
from planners.rules import RulesPlanner

ROOT = Path(__file__).resolve().parents[1]


def plan_of(text: str):
    plan = RulesPlanner(fps=12, width=320, height=180).plan(director.parse(text, format="fountain"))
    assert validate(plan) == []
    return plan


def shot_with(plan, words):
    hits = [s for s in plan.shots if words.lower() in s.description.lower()]
    assert hits, (words, [s.description for s in plan.shots])
    return hits[0]


def on_screen(shot):
    return {o.entity for kf in shot.keyframes for o in kf.objects}


def boxes(shot, entity):
    return [next((o.box for o in kf.objects if o.entity == entity), None) for kf in shot.keyframes]


def cx(b):
    return (b[0] + b[2]) / 2


def test_a_placing_verb_puts_the_placed_thing_on_the_target():
    plan = plan_of("INT. GALLEY - DAY\n\nNORA comes in from the deck. She drops the bag on the counter.\n")
    shot = shot_with(plan, "drops the bag")
    edges = {(e.subject, e.predicate, e.object) for e in shot.scene_graph}
    assert ("bag", "on", "counter") in edges and ("nora", "on", "counter") not in edges
    last = {o.entity: o.box for o in shot.keyframes[-1].objects}
    bag, counter = last["bag"], last["counter"]
    assert counter[1] - 0.02 <= bag[3] <= counter[1] + 0.3 * (counter[3] - counter[1])      # resting on its top
    assert counter[0] <= cx(bag) <= counter[2]


def test_the_demo_film_puts_the_basket_on_the_table_and_lists_rock_once():
    plan = director.plan(ROOT / "examples" / "the_lighthouse.fountain")
    edges = {(e.subject, e.predicate, e.object) for s in plan.shots for e in s.scene_graph}
    assert ("basket", "on", "table") in edges and ("mara", "on", "table") not in edges
    names = [e.name.lower() for e in plan.entities]
    assert sum("rock" in n for n in names) == 1, names
    assert len(names) == len(set(names))


def test_she_after_a_man_speaks_is_her():
    plan = plan_of("INT. NEWSROOM - NIGHT\n\nGRETA types at her desk. HAL leans on the doorframe.\n\nHAL\nCoffee?\n\n"
                   "She walks back to her desk and sits.\n")
    shot = shot_with(plan, "walks back to her desk")
    assert "greta" in on_screen(shot) and "hal" not in on_screen(shot)


def test_he_and_his_exit_follow_the_pronoun():
    plan = plan_of("INT. STUDY - DAY\n\nIDA and RUFUS wait by the fire. Rufus rubs his hands.\n\nIDA\nWell?\n\n"
                   "He shrugs and walks out.\n")
    shot = shot_with(plan, "He shrugs")
    assert "rufus" in on_screen(shot)
    track = boxes(shot, "rufus")
    assert track[0] is not None and track[-1] is None          # he leaves during the shot


def test_they_seats_all_of_them():
    plan = plan_of("INT. DINER - NIGHT\n\nBEA and CAL come in from the cold.\n\nThey sit at a table.\n")
    shot = shot_with(plan, "They sit at a table")
    assert {"bea", "cal", "table"} <= on_screen(shot)


def test_sits_between_them():
    plan = plan_of("INT. BAR - NIGHT\n\nANA and BEN lean on the counter.\n\nCARL sits between them.\n")
    shot = shot_with(plan, "sits between them")
    last = {o.entity: o.box for o in shot.keyframes[-1].objects}
    assert {"ana", "ben", "carl"} <= set(last)
    assert min(cx(last["ana"]), cx(last["ben"])) < cx(last["carl"]) < max(cx(last["ana"]), cx(last["ben"]))


def test_entering_and_leaving_over_the_shot():
    plan = plan_of("INT. HALL - DAY\n\nMAX waits by the window.\n\nZOE enters from the left.\n\nMAX leaves.\n")
    enter = boxes(shot_with(plan, "ZOE enters"), "zoe")
    assert enter[0] is None and enter[-1] is not None
    assert next(b for b in enter if b is not None)[0] < 0.1              # from the left edge
    leave = boxes(shot_with(plan, "MAX leaves"), "max")
    assert leave[0] is not None and leave[-1] is None


def test_a_two_shot_frames_two_people_who_are_together_and_not_two_who_are_apart():
    together = plan_of("EXT. GATE - DAY\n\nDORA and FINN stand at the gate.\n\nDORA\nHi.\n\nFINN\nHello.\n")
    first = next(s for s in together.shots if s.dialogue)
    assert {"dora", "finn"} <= on_screen(first)
    apart = plan_of("EXT. GATE - DAY\n\nDORA and FINN stand at the gate. FINN walks twenty paces away.\n\n"
                    "DORA\nCome back.\n\nFINN\nNo.\n")
    for shot in (s for s in apart.shots if s.dialogue):
        for kf in shot.keyframes:
            here = {o.entity: o.box for o in kf.objects}
            if "dora" in here and "finn" in here:
                a, b = here["dora"], here["finn"]
                assert max(a[0] - b[2], b[0] - a[2]) > 0.2, shot.id         # never side by side


@pytest.mark.parametrize("line,who", [("LENA sits among many other patrons.", "patrons"),
                                      ("The ferry docks. All the passengers climb out.", "passengers")])
def test_a_crowd_has_figures(line, who):
    plan = plan_of(f"EXT. HARBOUR - DAY\n\n{line}\n")
    shot = shot_with(plan, who)
    crowd = [plan.entity(e) for e in on_screen(shot) if plan.entity(e).name == who]
    assert crowd and crowd[0].kind == "person" and int(crowd[0].attributes["count"]) >= 3
    box = next(o.box for o in shot.keyframes[0].objects if o.entity == crowd[0].id)
    one_figure = (box[3] - box[1]) * 0.36 / (320 / 180)                  # a standing person of that height
    assert box[2] - box[0] > 2.5 * one_figure                             # room for its figures side by side
    assert all(o.keypoints is None for kf in shot.keyframes for o in kf.objects if o.entity == crowd[0].id)


def test_animals_are_not_skeletons_and_a_dragon_in_full_scale_is_large():
    plan = plan_of("EXT. MEADOW - DAY\n\nA horse grazes by the fence. A UNICORN steps out of the trees.\n\n"
                   "A DRAGON in full scale circles above the castle.\n")
    for name, body in (("horse", "quadruped"), ("unicorn", "quadruped"), ("dragon", "winged_quadruped")):
        e = next(e for e in plan.entities if e.name.lower() == name)
        assert e.kind == "animal" and e.attributes["body"] == body
        assert all(o.keypoints is None for s in plan.shots for kf in s.keyframes for o in kf.objects
                   if o.entity == e.id)
    dragon = next(o.box for o in shot_with(plan, "DRAGON").keyframes[0].objects if o.entity == "dragon")
    assert dragon[2] - dragon[0] > 0.3 and dragon[3] - dragon[1] > 0.3


def test_a_sound_is_not_a_prop():
    plan = plan_of("INT. CLUB - NIGHT\n\nJO looks up at the loud sound of a brush on a drum.\n")
    shot = shot_with(plan, "loud sound")
    assert on_screen(shot) == {"jo"}
    assert not any(e.subject == "jo" and e.predicate in ("on", "in", "above") for e in shot.scene_graph)


def test_a_possessive_names_the_owner_and_it_reaches_back_a_shot():
    plan = plan_of("EXT. YARD - DAY\n\nOMAR's dog sleeps under the bench.\n\nOMAR picks up the cup.\n\nOMAR\n"
                   "Whose is this?\n\nHe puts it on the table.\n")
    dog = next(e for e in plan.entities if e.name == "dog")
    assert dog.attributes.get("owner") == "omar" and dog.attributes["body"] == "quadruped"
    shot = shot_with(plan, "dog sleeps")
    last = {o.entity: o.box for o in shot.keyframes[-1].objects}
    assert last[dog.id][1] > last["bench"][1] and last["bench"][0] <= cx(last[dog.id]) <= last["bench"][2]
    put = shot_with(plan, "He puts it on the table")
    assert ("cup", "on", "table") in {(e.subject, e.predicate, e.object) for e in put.scene_graph}
