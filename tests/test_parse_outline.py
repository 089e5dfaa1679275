"""`director parse` without --json: the writer's outline."""
from __future__ import annotations

import director
from director.parsing.outline import LINES_PER_PAGE, counts, eighths, outline, page_lines


def test_eighths():
    assert [eighths(n) for n in (0, 1, 7, 14, 28, 55, 62, 110)] == ["1/8", "1/8", "1/4", "3/8", "5/8", "1", "1 1/4", "2"]


def test_outline_of_a_script_written_here():
    text = """Title: Two Rooms
Author: A. Tester

INT. KITCHEN - DAY #3#

Mara stirs the soup.

MARA
Dinner!

TOM (O.S.)
Coming.

CUT TO:

EXT. GARDEN - NIGHT

TOM
(whispering)
Look up.

MARA
Stars.
"""
    script = director.parse(text)
    assert counts(script) == {"scenes": 2, "characters": 2, "dialogue": 4, "parentheticals": 1,
                              "transitions": 1, "dual_pairs": 0}
    text_out = outline(script)
    lines = text_out.splitlines()
    assert lines[0] == "Two Rooms" and lines[1] == "A. Tester"
    assert "      3     1/4  INT. KITCHEN - DAY  [MARA, TOM]" in lines
    assert "      2     1/4  EXT. GARDEN - NIGHT  [MARA, TOM]" in lines  # unnumbered: its position
    assert any(ln.split() == ["MARA", "2", "dialogue", "blocks"] for ln in lines)
    assert any(ln.split() == ["TOM", "2", "dialogue", "blocks"] for ln in lines)
    assert ("Totals: 2 scenes, 2 characters, 4 dialogue blocks, 1 parenthetical, 1 transition, "
            "0 dual-dialogue pairs") in lines


def test_page_estimate_on_a_real_script(samples):
    script = director.parse(samples / "scripts" / "Brick-and-Steel.fountain")
    pages = page_lines(script) / LINES_PER_PAGE
    assert 2.5 < pages < 3.5  # the PDF of Brick & Steel runs 3 pages
    assert "about 3.0 pages" in outline(script)


def test_outline_of_prose():
    text = outline(director.parse("A storm rolls in. The lamp flickers!\n\nMara climbs the stairs… She stops."))
    assert "  no scene headings: one scene of 2 paragraphs, 4 sentences" in text.splitlines()
