"""Inputs that used to hang the parser or the planner (issue 19), each written here as our own text.

Every case is a few hundred KB of ordinary-looking text on which a backtracking pattern or a per-line re-scan
cost seconds to minutes. Each test carries a time limit (pytest-timeout) far above what the linear code needs
under load and far below what the quadratic code took at these sizes, so a regression fails here rather than
freezing a studio. Where a case is over a `director.limits` limit, `parse` refuses it in one line and the
reader itself is still run on it, to show the reader is linear too.
"""
from __future__ import annotations

import pytest

import director
from director import limits
from director.errors import InputError
from director.layout import validate
from director.models import DialogueElement, Entity, FilmPlan, TextElement
from director.parsing import parse, sniff
from director.parsing.fdx import parse_fdx
from director.parsing.fountain import parse_fountain
from director.parsing.prose import parse_prose
from planners.rules.bible import cue_name

pytestmark = pytest.mark.timeout(30)


def elements(script):
    return [e for s in script.scenes for e in s.elements]


# --- the parser -------------------------------------------------------------------------------------------------

def test_cue_with_thousands_of_spaces_inside():
    # "A" + 3,000 spaces + "B" above a line of dialogue: the cue pattern took quadratic time in the spaces.
    text = "INT. HALL - DAY\n\nK" + " " * 3000 + "Q\nWhere were you?\n"
    [cue] = elements(parse(text, format="fountain"))
    assert isinstance(cue, DialogueElement) and cue.character == "K" + " " * 3000 + "Q"


@pytest.mark.parametrize("rest", ["WAREHOUSE" + " " * 60_000 + "Z", "BARN (" + " " * 60_000 + "x",
                                  "MILL" + " ." * 30_000, "DOCK" + " -" * 30_000])
def test_heading_with_a_long_run_of_spaces_or_separators(rest):
    # the location/time split tried its dash pattern at every space of a run: quadratic (16 s at 16,000
    # spaces, minutes at these sizes); over the line limit for parse(), so the reader is run on it directly
    from director.parsing.headings import split_heading

    int_ext, location, _ = split_heading(f"INT. {rest}")
    assert int_ext == "INT" and location
    [scene] = parse(f"INT. {rest[:9_000]}\n\nThe wind.\n", format="fountain").scenes
    assert scene.int_ext == "INT"


@pytest.mark.parametrize("mark", ["*", "_"])
def test_one_emphasis_mark_in_a_50000_line_block(mark):
    body = "".join(f"the rain keeps falling on roof {i}\n" for i in range(50_000))
    action = body.replace("roof 777", f"roof {mark}777", 1)
    speech = "EXT. ROOF - NIGHT\n\nNORA\n" + action
    [block] = elements(parse("EXT. ROOF - NIGHT\n\n" + action, format="fountain"))
    assert block.text.count("\n") == 49_999 and mark in block.text
    [dialogue] = elements(parse(speech, format="fountain"))
    assert dialogue.lines[0].text.count("\n") == 49_999


def test_many_note_openings_and_many_notes_on_one_line():
    # One line of 200,000 "[[" (or 300,000 "[[x]]"): the note pattern re-read the rest of the text per "[[", and
    # each note re-read its line (the old code took minutes on these).
    opened = "Lena waits. " + "[[" * 200_000
    closed = "Lena waits. " + "[[cut]] " * 300_000
    with pytest.raises(InputError, match="length"):           # over the line limit: one line, at once
        parse(opened, format="fountain")
    assert elements(parse_fountain(opened))[0].text.startswith("Lena waits.")
    assert elements(parse_fountain(closed))[0].text == "Lena waits."
    # The same amount of text over 100,000 lines stays under the limits and goes through parse().
    spread = "\n".join(f"Lena waits [[cut {i}]] by door {i}." for i in range(100_000))
    script = parse("INT. HALL - DAY\n\n" + spread, format="fountain")
    assert "[[" not in elements(script)[0].text and "cut 5" not in elements(script)[0].text


def test_boneyards_back_to_back():
    text = "Lena waits. " + "x/**/" * 400_000                  # 82 s before, about 1 s now
    with pytest.raises(InputError, match="length"):
        parse(text, format="fountain")
    assert elements(parse_fountain(text))[0].text == "Lena waits. " + "x" * 400_000
    lines = "INT. HALL - DAY\n\n" + "\n".join(f"Lena /* cut {i} */ waits." for i in range(50_000))
    assert "cut" not in elements(parse(lines, format="fountain"))[0].text


def test_markdown_heading_with_thousands_of_spaces():
    script = parse("# The" + " " * 3000 + "Crossing ##\n\nA boat leaves at dawn.\n", format="prose")
    assert script.title_page["title"] == "The" + " " * 3000 + "Crossing"
    assert parse_prose("##" + " " * 5000 + "\n\ntext").scenes[0].elements[0].text == "text"


@pytest.mark.parametrize("line", [
    "> " + " " * 5000 + "THE END <",                           # centered text
    "INT. HOUSE" + " " * 5000 + "x",                          # a heading without scene number...
    "INT. HOUSE" + " " * 4000 + "#12A" + " " * 4000 + "#",    # ...and with one
    "INT. HOUSE" + " " * 5000 + "- DAY",                      # the time-of-day separator
    "@ANNA" + " " * 5000 + "(V.O." + " " * 3000,              # a forced cue whose extension never closes
])
def test_lines_with_long_runs_of_spaces(line):
    script = parse("\n\n" + line + "\nWords.\n", format="fountain")
    assert elements(script) or script.scenes


def test_sniffing_long_runs_of_spaces_and_colons():
    assert sniff(" " * 100_000 + "x") == "prose"
    assert sniff("\n" * 50_000 + "a: b\n" * 50_000) == "prose"
    assert sniff("\n\nK" + " " * 5000 + "Q\nHi.\n\nK" + " " * 5000 + "Q\nHi again.\n") == "fountain"


def test_fdx_speech_of_50000_paragraphs_and_unknown_encoding():
    paragraphs = "".join(f'<Paragraph Type="Dialogue"><Text>word {i}</Text></Paragraph>' for i in range(50_000))
    data = ('<?xml version="1.0"?><FinalDraft><Content><Paragraph Type="Character"><Text>NORA</Text></Paragraph>'
            f"{paragraphs}</Content></FinalDraft>").encode()
    [dialogue] = elements(parse_fdx(data))
    assert dialogue.lines[0].text.count("\n") == 49_999
    bad = b'<?xml version="1.0" encoding="x-no-such-codec"?><FinalDraft><Content/></FinalDraft>'
    with pytest.raises(InputError, match=r"^script\.fdx:1: .*encoding"):
        parse_fdx(bad, name="script.fdx")


def test_limits_are_one_line_errors_naming_the_place(tmp_path):
    huge = tmp_path / "huge.fountain"
    with huge.open("wb") as f:
        f.truncate(limits.MAX_SCRIPT_BYTES + 10)              # sparse: 16 MB of NUL, never read whole
    with pytest.raises(InputError, match=r"huge\.fountain: the script's size in bytes is 16,777,226; the limit"):
        parse(huge)
    long_line = tmp_path / "long.fountain"
    long_line.write_text("INT. A - DAY\n\nok\n" + "x" * (limits.MAX_LINE_CHARS + 1) + "\n")
    with pytest.raises(InputError, match=r"long\.fountain:4: this line's length"):
        parse(long_line)
    scenes = "".join(f"INT. ROOM {i} - DAY\n\nA.\n\n" for i in range(limits.MAX_SCENES + 1))
    with pytest.raises(InputError, match="number of scenes"):
        parse(scenes, format="fountain")


# --- planning -------------------------------------------------------------------------------------------------

def test_forced_cue_followed_by_100000_parentheses():
    assert cue_name("BOB " + "(" * 100_000) == "BOB " + "(" * 100_000
    assert cue_name("BOB (V.O.) (CONT'D)") == "BOB"
    with pytest.raises(InputError, match="length"):
        parse("\n\n@BOB " + "(" * 100_000 + "\nHello.\n", format="fountain")
    plan = director.plan("\n\n@BOB " + "(" * 9_000 + "\nHello.\n", planner="rules")
    assert plan.shots and validate(plan) == []


def test_a_100000_line_action_paragraph():
    lines = [f"Mara walks past window {i}" for i in range(100_000)]
    script = parse("INT. HALL - NIGHT\n\n" + "\n".join(lines) + "\n", format="fountain")
    [paragraph] = elements(script)
    assert isinstance(paragraph, TextElement) and paragraph.text.count("\n") == 99_999
    shorter = "INT. HALL - NIGHT\n\n" + "\n".join(f"Mara walks past window {i}." for i in range(3_000))
    plan = director.plan(shorter, planner="rules")
    assert len(plan.shots) > 10 and validate(plan) == []


def test_entities_by_the_hundred_thousand():
    many = FilmPlan(entities=[Entity(id="e", name="x", kind="object")] * 100_000)   # one object, 100,000 times
    [problem] = validate(many)
    assert problem.code == "too_many" and "100,000 entities" in problem.message
    dup = FilmPlan(entities=[Entity(id=f"e{i % 2500}", name="x", kind="object") for i in range(limits.MAX_ENTITIES)])
    found = [p for p in validate(dup) if p.code == "duplicate_entity"]
    assert len(found) == 2500
