"""Screenplay structure as writers write it: headings in any separator and language, front matter that is not
shots, FADE IN / FADE OUT opening and closing the film, transitions in other languages, names in any script.

Every script here was written for these tests (none is a sample the reader was tuned on)."""
from __future__ import annotations

import re

import numpy as np
import pytest

import director
from director.layout import validate
from director.parsing.fountain import parse_fountain
from director.parsing.headings import lighting, split_heading, transition_kind
from director.parsing.structure import film_structure
from planners.rules import RulesPlanner
from renderers.sets import SetKey, time_of_day

ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")     # the validator's entity id pattern


def plan_of(text: str):
    plan = RulesPlanner(fps=12).plan(parse_fountain(text))
    assert validate(plan) == []
    return plan


def scene_fields(text: str):
    s = parse_fountain(text)
    return [(sc.int_ext, sc.location, sc.time_of_day) for sc in s.scenes if sc.heading]


# --- headings ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sep", ["--", " -- ", "–", " – ", "—", " — ", " - ", ". ", ", "])
def test_every_separator_gives_place_and_time(sep):
    text = f"INT. BOATHOUSE{sep}NIGHT\n\nOars drip on the boards.\n"
    assert scene_fields(text) == [("INT", "BOATHOUSE", "NIGHT")]
    assert time_of_day(split_heading(f"INT. BOATHOUSE{sep}NIGHT")[2]) == "NIGHT"


def test_dashes_inside_a_place_stay_and_the_time_runs_from_the_first_time_part():
    assert split_heading("EXT. SEA-WALL - NIGHT") == ("EXT", "SEA-WALL", "NIGHT")
    assert split_heading("INT. FERRY - ENGINE ROOM - DAWN") == ("INT", "FERRY - ENGINE ROOM", "DAWN")
    assert split_heading("EXT. HARBOUR - NIGHT - RAIN") == ("EXT", "HARBOUR", "NIGHT - RAIN")
    assert split_heading("INT. GRANARY") == ("INT", "GRANARY", None)
    assert split_heading("INT GRANARY NIGHT") == ("INT", "GRANARY", "NIGHT")
    assert split_heading("INT. HOSTEL, THREE WEEKS LATER") == ("INT", "HOSTEL", "THREE WEEKS LATER")


@pytest.mark.parametrize("heading, want, light", [
    ("INT. COCINA - NOCHE", ("INT", "COCINA", "NOCHE"), "NIGHT"),               # Spanish
    ("EXT. AZOTEA - DÍA", ("EXT", "AZOTEA", "DÍA"), "DAY"),
    ("EXT. CAMPO – ATARDECER", ("EXT", "CAMPO", "ATARDECER"), "DUSK"),
    ("INT. GRENIER - NUIT", ("INT", "GRENIER", "NUIT"), "NIGHT"),                # French
    ("EXT. QUAI--AUBE", ("EXT", "QUAI", "AUBE"), "DAWN"),
    ("INT. SALON - JOUR", ("INT", "SALON", "JOUR"), "DAY"),
    ("INNEN. WOHNZIMMER - NACHT", ("INT", "WOHNZIMMER", "NACHT"), "NIGHT"),     # German
    ("AUSSEN. HOF – TAG", ("EXT", "HOF", "TAG"), "DAY"),
    ("INT. CUCINA - NOTTE", ("INT", "CUCINA", "NOTTE"), "NIGHT"),                # Italian (EST. is esterno)
    ("EST. COLLINA - TRAMONTO", ("EST", "COLLINA", "TRAMONTO"), "DUSK"),
    ("INT. QUARTO - NOITE", ("INT", "QUARTO", "NOITE"), "NIGHT"),                # Portuguese
    ("EXT. PRAIA - MANHÃ", ("EXT", "PRAIA", "MANHÃ"), "DAWN"),
    ("ИНТ. КУХНЯ – НОЧЬ", ("INT", "КУХНЯ", "НОЧЬ"), "NIGHT"),                  # Russian
    ("INT。 台所-夜", ("INT", "台所", "夜"), "NIGHT"),                              # Japanese
])
def test_heading_words_of_the_main_screenplay_languages(heading, want, light):
    assert scene_fields(f"{heading}\n\nAlgo pasa.\n") == [want]
    assert lighting(want[2]) == light


def test_the_spec_still_decides_what_a_fountain_heading_is():
    s = parse_fountain("Innen ist es dunkel.\n\nINTERIOR DECORATORS ARRIVE.\n\nEXT/INT. STILL NOT ONE\n\n"
                       "innen. kleingeschrieben\n\nINNEN. KELLER - NACHT\n\nKalt.\n")
    assert [sc.heading for sc in s.scenes] == [None, "INNEN. KELLER - NACHT"]
    assert [e.type for e in s.scenes[0].elements] == ["action"] * 4


@pytest.mark.parametrize("time, light", [
    ("DUSK", "DUSK"), ("DAWN", "DAWN"), ("SUNSET", "DUSK"), ("SUNRISE", "DAWN"), ("MAGIC HOUR", "DUSK"),
    ("GOLDEN HOUR", "DUSK"), ("EARLY MORNING", "DAWN"), ("LATE NIGHT", "NIGHT"), ("NOON", "DAY"),
    ("LATER", ""), ("CONTINUOUS", ""), ("MOMENTS LATER", ""), ("SAME TIME", ""), ("MÁS TARDE", ""),
    ("KITCHEN", None),
])
def test_times_beyond_the_basic_four(time, light):
    assert lighting(time) == light


def test_a_continuous_scene_keeps_the_night_it_continues():
    plan = plan_of("EXT. ORCHARD - NIGHT\n\nLanterns swing in the trees.\n\n"
                   "INT. BARN - CONTINUOUS\n\nHay bales, a ladder.\n\n"
                   "INT. LOFT - MOMENTS LATER\n\nA trapdoor creaks.\n")
    barn = [s for s in plan.shots if s.scene == 2]
    loft = [s for s in plan.shots if s.scene == 3]
    assert barn[0].background.time_of_day == "CONTINUOUS (NIGHT)"
    assert SetKey.of(barn[0], 64, 36).time == "NIGHT" and SetKey.of(loft[0], 64, 36).time == "NIGHT"
    assert "night" in barn[0].keyframes[0].prompt


def test_a_spanish_night_renders_at_night():
    plan = plan_of("INT. BODEGA--NOCHE\n\nUna vela parpadea.\n")
    assert {SetKey.of(s, 64, 36).time for s in plan.shots} == {"NIGHT"}


# --- transitions --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, kind", [
    ("CORTE A:", "cut"), ("CORTA PARA:", "cut"), ("COUPE :", "cut"), ("SCHNITT:", "cut"), ("STACCO SU:", "cut"),
    ("FUNDIDO A:", "fade"), ("FONDU :", "fade"), ("FUNDIDO ENCADENADO A:", "dissolve"),
    ("FONDU ENCHAÎNÉ :", "dissolve"), ("ÜBERBLENDUNG:", "dissolve"), ("DISSOLVENZA A:", "dissolve"),
    ("FUSÃO PARA:", "dissolve"), ("FUNDIDO A NEGRO.", "fade_out"), ("FONDU AU NOIR.", "fade_out"),
    ("ABBLENDE.", "fade_out"), ("AUFBLENDE:", "fade_in"), ("OUVERTURE EN FONDU :", "fade_in"),
    ("フェードイン：", "fade_in"), ("フェードアウト。", "fade_out"), ("CUT TO BLACK.", "cut_to_black"),
    ("Corre hacia la puerta.", None), ("THE CUTTER ARRIVES.", None), ("THE END", None),
])
def test_transition_words(line, kind):
    assert transition_kind(line) == kind


def test_transitions_in_other_languages_cut_and_dissolve_between_shots():
    plan = plan_of("INT. TALLER - DÍA\n\nMarta lija una mesa.\n\nFUNDIDO ENCADENADO A:\n\n"
                   "EXT. PATIO - NOCHE\n\nEl perro duerme.\n\nCORTE A:\n\nINT. TALLER - NOCHE\n\nLa mesa brilla.\n")
    firsts = {s.scene: s for s in reversed(plan.shots)}
    assert firsts[2].transition_in.type == "dissolve" and firsts[3].transition_in.type == "cut"


# --- what is not a shot, how the film opens and closes ---------------------------------------------------------------

FRONT_MATTER = """Title: The Ferryman
Author: Test Writer

**PRODUCTION NOTE: all river scenes are shot at the Glasgow tank; do not storyboard the tank itself.**

> A FILM IN THREE TIDES <

"The river keeps what it is given."
- Old saying

NOTE: Italics mark the ferryman's memories.

These pages are for the crew only.

====

FADE IN:

EXT. RIVER CROSSING - DAWN

An old FERRYMAN (70s, oilskin coat) poles a raft across the grey water.

FERRYMAN
Hold on to the rail.

FADE OUT.

THE END
"""


def test_notes_and_title_material_before_the_first_heading_are_not_shots():
    plan = plan_of(FRONT_MATTER)
    text = " ".join(s.description + " " + " ".join(k.prompt for k in s.keyframes) for s in plan.shots).lower()
    for words in ("production note", "glasgow", "three tides", "river keeps", "old saying", "italics", "crew only",
                  "the end"):
        assert words not in text, words
    assert plan.shots[0].scene == 2 and plan.shots[0].background.location == "RIVER CROSSING"
    assert not {e.id for e in plan.entities} & {"production_note", "tank", "glasgow"}


def test_fade_in_opens_the_film_and_fade_out_closes_it():
    plan = plan_of(FRONT_MATTER)
    assert plan.shots[0].transition_in.type == "fade"                  # from black, at the start
    assert all(s.transition_in.type == "cut" for s in plan.shots[1:])  # never a fade between two shots
    assert plan.closing is not None and plan.closing.type == "fade" and plan.closing.duration > 0
    from director import editor, timing

    frames, colour = timing.closing_fade(plan, 0.0)
    assert frames > 0 and colour == "black"
    overlays = editor.Overlays(plan, burn_subtitles=False, title_card_seconds=0, edge_fade_seconds=0)
    white = np.full((plan.height, plan.width, 3), 255, np.uint8)
    last = timing.film_frames(plan) - 1
    assert overlays.apply(white, last).max() < 40 and overlays.apply(white, last - frames - 1).min() == 255


def test_cut_to_black_ends_without_a_fade_and_a_cold_open_stays():
    plan = plan_of("Title: Night Bus\n\nOVER BLACK, an engine idles.\n\nDRIVER (V.O.)\nLast stop.\n\n"
                   "INT. BUS - NIGHT\n\nEmpty seats rattle.\n\nCUT TO BLACK.\n")
    assert plan.closing is not None and plan.closing.type == "cut"
    from director import timing

    assert timing.closing_fade(plan)[0] == 0
    assert plan.shots[0].scene == 1 and any(d.text == "Last stop." for s in plan.shots for d in s.dialogue)
    assert plan.shots[-1].description == "Empty seats rattle."


def test_the_structure_leaves_the_script_alone():
    script = parse_fountain(FRONT_MATTER)
    before = script.model_dump_json()
    structure = film_structure(script)
    assert script.model_dump_json() == before
    assert structure.opening is not None and structure.closing is not None
    assert any("PRODUCTION NOTE" in getattr(e, "text", "") for e in structure.front_matter)


# --- names in any script -----------------------------------------------------------------------------------------

NAMES = """INT. 駅 - 夜

ハナコ
どこへ行くの？

タロウ
家に帰る。

李明
我也去。

黎明
等等我。

김민수
같이 가요.

ДМИТРИЙ
Подождите.

JOSÉ
Vamos.

ZOË
Allons-y.

ハナコ
じゃあ、行こう。
"""


def test_names_in_any_script_are_distinct_entities_with_safe_ids():
    plan = plan_of(NAMES)
    people = {e.name: e.id for e in plan.entities if e.kind == "person"}
    assert set(people) >= {"ハナコ", "タロウ", "李明", "黎明", "김민수", "Дмитрий", "José", "Zoë"}
    assert len(set(people.values())) == len(people), people            # 李明 and 黎明 both read 'liming'
    assert all(ID.match(i) for i in people.values()), people
    assert people["José"] == "jose" and people["Дмитрий"] == "dmitriy"
    speakers = {d.character for s in plan.shots for d in s.dialogue}
    assert {people["ハナコ"], people["タロウ"], people["李明"], people["黎明"]} <= speakers
    assert "someone" not in people.values()


def test_plans_of_these_scripts_are_deterministic():
    for text in (FRONT_MATTER, NAMES):
        a = RulesPlanner(fps=12).plan(director.parse(text)).model_dump_json()
        b = RulesPlanner(fps=12).plan(director.parse(text)).model_dump_json()
        assert a == b
