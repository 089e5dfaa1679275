"""Fountain 1.1, element by element, on scripts written here (not from the samples): the parser follows the
spec at fountain.io/syntax, line numbers point at what the writer typed, and markup becomes data."""
from __future__ import annotations

import director
from director.models import DialogueElement, TextElement
from director.parsing.emphasis import plain
from director.parsing.fountain import parse_fountain


def elements(script):
    return [e for s in script.scenes for e in s.elements]


def kinds(script):
    return [e.type for e in elements(script)]


SHORT = """\
Title:
    _**THE LIGHTHOUSE KEEPER'S**_
    **LAST NIGHT**
Credit: Written by
Author: A. Tester
Draft date: 3 March 2026

FADE IN:

EXT. LIGHTHOUSE - NIGHT #1#

Waves *hammer* the rocks. MARA (60s) climbs the spiral stairs, lantern in hand.

MARA (V.O.)
Forty years I kept this light.
(beat)
Tonight it keeps me.

CUT TO:

INT./EXT. LANTERN ROOM / GALLERY - CONTINUOUS #1A#

MARA
Who's there?

THE STRANGER ^
Only the sea.

> THE END <
"""


def test_title_page_scene_headings_and_numbers():
    s = parse_fountain(SHORT)
    assert s.title_page == {"title": "THE LIGHTHOUSE KEEPER'S\nLAST NIGHT", "credit": "Written by",
                            "author": "A. Tester", "draft date": "3 March 2026"}
    assert s.title == "THE LIGHTHOUSE KEEPER'S\nLAST NIGHT"
    pre, one, two = s.scenes
    assert pre.heading is None and [e.text for e in pre.elements] == ["FADE IN:"]
    assert (one.number, one.heading, one.int_ext, one.location, one.time_of_day, one.line) == \
        ("1", "EXT. LIGHTHOUSE - NIGHT", "EXT", "LIGHTHOUSE", "NIGHT", 10)
    assert (two.number, two.int_ext, two.location, two.time_of_day) == \
        ("1A", "INT/EXT", "LANTERN ROOM / GALLERY", "CONTINUOUS")


def test_dialogue_extension_parenthetical_dual_and_lines():
    s = parse_fountain(SHORT)
    one, two = s.scenes[1], s.scenes[2]
    action, mara, cut = one.elements
    assert action.line == 12 and action.text.startswith("Waves hammer the rocks")
    assert [(e.start, e.end, e.style) for e in action.emphasis] == [(6, 12, "italic")]
    assert (mara.character, mara.extension, mara.dual, mara.line) == ("MARA", "V.O.", False, 14)
    assert [(ln.kind, ln.text) for ln in mara.lines] == [
        ("speech", "Forty years I kept this light."), ("parenthetical", "(beat)"), ("speech", "Tonight it keeps me.")]
    assert (cut.type, cut.text, cut.line) == ("transition", "CUT TO:", 19)
    a, b, end = two.elements
    assert (a.character, a.dual, b.character, b.dual) == ("MARA", True, "THE STRANGER", True)
    assert (end.type, end.text) == ("centered", "THE END")


def test_every_heading_prefix_and_forced_headings():
    text = "\n\n".join(["INT. A - DAY", "EXT. B - NIGHT", "EST. C", "INT./EXT. D - DAWN", "INT/EXT E",
                       "I/E. F - DUSK", "int. g - day", ".FLASHBACK SEQUENCE", "EXT/INT. NOT A HEADING",
                       "...and not a heading either", "INTERIOR DESIGN is not a heading"])
    s = parse_fountain(text)
    heads = [(sc.heading, sc.int_ext, sc.location) for sc in s.scenes if sc.heading]
    assert heads == [("INT. A - DAY", "INT", "A"), ("EXT. B - NIGHT", "EXT", "B"), ("EST. C", "EST", "C"),
                     ("INT./EXT. D - DAWN", "INT/EXT", "D"), ("INT/EXT E", "INT/EXT", "E"),
                     ("I/E. F - DUSK", "INT/EXT", "F"), ("int. g - day", "INT", "g"),
                     ("FLASHBACK SEQUENCE", None, "FLASHBACK SEQUENCE")]
    assert [e.text for e in s.scenes[-1].elements] == [
        "EXT/INT. NOT A HEADING", "...and not a heading either", "INTERIOR DESIGN is not a heading"]


def test_heading_needs_blank_line_before():
    s = parse_fountain("He opens the door.\nINT. HOUSE - DAY\n\nInside.")
    assert [sc.heading for sc in s.scenes] == [None]
    assert elements(s)[0].text == "He opens the door.\nINT. HOUSE - DAY"


def test_character_cues():
    text = """\
R2D2
Beep.

MR. O'HARA (CONT'D)
Top o' the morning.

BONNIE & CLYDE (O.S.) (V.O.)
Together.

@McGregor
Forced, mixed case.

HANS (on the radio)
Lower-case extensions are fine.

23
Digits alone are not a name.

SHOUTING
"""
    s = parse_fountain(text)
    cues = [(e.character, e.extension) for e in elements(s) if isinstance(e, DialogueElement)]
    assert cues == [("R2D2", None), ("MR. O'HARA", "CONT'D"), ("BONNIE & CLYDE", "O.S., V.O."),
                    ("McGregor", None), ("HANS", "on the radio")]
    tail = [e.text for e in elements(s) if isinstance(e, TextElement)]
    assert tail == ["23\nDigits alone are not a name.", "SHOUTING"]  # a cue needs dialogue after it


def test_blank_line_inside_dialogue_needs_two_spaces():
    s = parse_fountain("DEALER\nTen.\n  \nHit or stand?\n\nDEALER\nSeven.\n\nHit?")
    first, second, action = elements(s)
    assert first.lines[0].text == "Ten.\n\nHit or stand?"
    assert second.lines[0].text == "Seven." and action.type == "action"


def test_action_forced_and_indentation_kept():
    s = parse_fountain("!SCANNING THE ROOM\nNothing.\n\n\tTabbed in.\n    Four spaces.\n\n!INT. NOT A SCENE")
    a, b, c = elements(s)
    assert a.text == "SCANNING THE ROOM\nNothing."
    assert b.text == "\tTabbed in.\n    Four spaces."
    assert c.text == "INT. NOT A SCENE" and not [sc for sc in s.scenes if sc.heading]


def test_transitions():
    s = parse_fountain("Action.\n\nSMASH CUT TO:\n\n> FADE OUT.\n\nCut to:\n\nFADE TO BLACK.")
    assert [(e.type, e.text) for e in elements(s)] == [
        ("action", "Action."), ("transition", "SMASH CUT TO:"), ("transition", "FADE OUT."),
        ("action", "Cut to:"), ("action", "FADE TO BLACK.")]


def test_lyrics_centered_page_break_sections_synopsis():
    text = "# ACT ONE\n\n## The storm\n\n= Mara meets the stranger.\n\n~Row, row, row your boat\n~Gently down the stream\n\n>INTERMISSION<\n\n===\n\nAfter."
    s = parse_fountain(text)
    got = [(e.type, e.text, e.depth) for e in elements(s)]
    assert got == [("section", "ACT ONE", 1), ("section", "The storm", 2), ("synopsis", "Mara meets the stranger.", None),
                   ("lyrics", "Row, row, row your boat\nGently down the stream", None),
                   ("centered", "INTERMISSION", None), ("page_break", "", None), ("action", "After.", None)]


def test_notes_standalone_inline_and_multiline():
    text = "A line.[[inline note]] More.\n\n[[A standalone\nnote over\n  \nthree lines]]\n\nThis is an [[internal]] note.\n\nNot [[a note\n\nbecause of the empty line]]"
    s = parse_fountain(text)
    got = [(e.type, e.text, e.line) for e in elements(s)]
    assert got == [("action", "A line. More.", 1), ("note", "A standalone\nnote over\n\nthree lines", 3),
                   ("action", "This is an note.", 8), ("action", "Not [[a note", 10),
                   ("action", "because of the empty line]]", 12)]


def test_boneyard_removed_line_numbers_kept():
    text = "EXT. ROAD - DAY\n\n/* Buried:\n\nBOB\nCut line.\n*/\n\nA car /* a red one */ passes.\n\n/* outer /* inner */ still buried */\nLast."
    s = parse_fountain(text)
    got = [(e.type, e.text, e.line) for e in elements(s)]
    assert got == [("action", "A car passes.", 9), ("action", "Last.", 12)]


def test_line_endings_bom_and_space_only_lines():
    unix = "\ufeffINT. ROOM - DAY\n\nMARA\nHello.\n  \nAgain.\n\nShe leaves.\n"
    for text in (unix, unix.replace("\n", "\r\n"), unix.replace("\n", "\r")):
        s = parse_fountain(text)
        assert s.scenes[0].heading == "INT. ROOM - DAY"
        mara, leaves = s.scenes[0].elements
        assert mara.lines[0].text == "Hello.\n\nAgain." and (leaves.text, leaves.line) == ("She leaves.", 8)
    # a line of only spaces between paragraphs is a blank line
    s = parse_fountain("One.\n   \nTwo.")
    assert [e.text for e in elements(s)] == ["One.", "Two."]


def test_emphasis_spans_and_escapes():
    text, spans = plain("*italic* **bold** ***both*** _under_")
    assert [(text[e.start:e.end], e.style) for e in spans] == [
        ("italic", "italic"), ("bold", "bold"), ("both", "bold"), ("both", "italic"), ("under", "underline")]
    assert text == "italic bold both under"
    text, spans = plain(r"What the f\*ck! Escape\_escape\*escape.")
    assert (text, spans) == ("What the f*ck! Escape_escape*escape.", [])
    text, spans = plain(r"Escaped \*not italic\* here")
    assert (text, spans) == ("Escaped *not italic* here", [])
    assert plain("mail jo_the_fish@sea.org") == ("mail jo_the_fish@sea.org", [])
    text, spans = plain("5 * 3 * 2 = 30")
    assert (text, spans) == ("5 * 3 * 2 = 30", [])
    text, spans = plain("_**nested bold** in underline_")
    assert text == "nested bold in underline"
    assert sorted((text[e.start:e.end], e.style) for e in spans) == [
        ("nested bold", "bold"), ("nested bold in underline", "underline")]
    text, spans = plain("*no\nspan across lines*")  # emphasis never crosses a line break
    assert (text, spans) == ("*no\nspan across lines*", [])


def test_emphasis_in_dialogue_is_per_line():
    s = parse_fountain("MARA\n(*quietly*)\nI said **no**.")
    paren, speech = elements(s)[0].lines
    assert (paren.text, [(e.start, e.end, e.style) for e in paren.emphasis]) == ("(quietly)", [(1, 8, "italic")])
    assert (speech.text, [(e.start, e.end, e.style) for e in speech.emphasis]) == ("I said no.", [(7, 9, "bold")])


def test_not_a_title_page():
    s = parse_fountain("CUT TO:\n\nINT. A - DAY")
    assert s.title_page == {} and s.scenes[0].elements[0].type == "transition"
    s = parse_fountain("Note: the cat is asleep.\n\nShe wakes.")
    assert s.title_page == {} and elements(s)[0].text == "Note: the cat is asleep."


def test_parse_accepts_text_directly():
    s = director.parse("INT. KITCHEN - NIGHT\n\nThe kettle whistles.")
    assert s.source is None and s.scenes[0].location == "KITCHEN"


def test_dual_dialogue_pairs_with_previous_block_only():
    s = parse_fountain("A\nOne.\n\nB\nTwo.\n\nC ^\nThree.")
    assert [(e.character, e.dual) for e in elements(s)] == [("A", False), ("B", True), ("C", True)]


def test_boneyard_lines_vanish_but_buried_paragraphs_leave_a_blank():
    s = parse_fountain("BOB\nHello.\n/* a cut line */\nGoodbye.\n\nAfter.")
    bob, after = elements(s)
    assert bob.lines[0].text == "Hello.\nGoodbye." and (after.text, after.line) == ("After.", 6)
    s = parse_fountain("Dawn.\n\nCUT TO:\n/*\nINT. BURIED - DAY\n\nGone.\n*/\nEXT. FIELD - DAY\n\nThere.")
    assert [(e.type, e.text) for e in s.scenes[0].elements] == [("action", "Dawn."), ("transition", "CUT TO:")]
    assert (s.scenes[1].heading, s.scenes[1].line, s.scenes[1].elements[0].line) == ("EXT. FIELD - DAY", 9, 11)


def test_parenthetical_wrapped_over_lines():
    s = parse_fountain("MARA\n(looking at the door,\nthen back at him)\nFine.\n(beat)\nGo.")
    assert [(ln.kind, ln.text) for ln in elements(s)[0].lines] == [
        ("parenthetical", "(looking at the door,\nthen back at him)"), ("speech", "Fine."),
        ("parenthetical", "(beat)"), ("speech", "Go.")]


def test_heading_fields_for_any_known_heading():
    from director.parsing.headings import split_heading

    assert split_heading("EXT./INT. BOARDING HOUSE. NYC. DAY. 1868.") == ("INT/EXT", "BOARDING HOUSE. NYC", "DAY")
    assert split_heading("INT. ST. PAUL CATHEDRAL. NIGHT") == ("INT", "ST. PAUL CATHEDRAL", "NIGHT")
    assert split_heading("INTERIOR CASTLE - NIGHT") == ("INT", "CASTLE", "NIGHT")
    assert split_heading("I./E. CAR - DAY") == ("INT/EXT", "CAR", "DAY")
    assert split_heading("INT. DR. SMITH'S OFFICE") == ("INT", "DR. SMITH'S OFFICE", None)
    assert split_heading("ROOFTOP") == (None, "ROOFTOP", None)


def test_random_scripts_parse_with_valid_lines_and_spans():
    """Seeded shuffles of every construct (half-open notes, stray boneyard marks, lone asterisks…): the
    parser never fails on text, every line number is in the file, every span inside its text."""
    import random

    rng = random.Random(7)
    pieces = ["INT. HOUSE - DAY", "", "  ", "BOB", "BOB ^", "@bob", "(beat)", "(wrapped", "line)", "Hello *there*",
              "**bold", "_u_", "\\*", "[[note", "]]", "[[n]]", "/*", "*/", "/* x */", "===", "# Sec", "= syn",
              "~lyric", "> CUT <", "> FADE", "CUT TO:", ".FORCED", "!action", "Title: X", "Author:", "    cont",
              "\t\ttab", "INT. X #1A#", "^", "@", ">", "<", "*", "_", "(", ")", "[[", "/*/"]
    for _ in range(400):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        total = text.count("\n") + 1
        for e in elements(parse_fountain(text.replace("\n", rng.choice(["\n", "\r\n", "\r"])))):
            assert 1 <= e.line <= total, text
            spans = [(s, e.text) for s in e.emphasis] if isinstance(e, TextElement) else \
                [(s, ln.text) for ln in e.lines for s in ln.emphasis]
            assert all(0 <= s.start < s.end <= len(t) for s, t in spans), text


def test_dual_caret_without_dialogue_before_it_pairs_nothing():
    s = parse_fountain("A\nOne.\n\nShe turns.\n\nB ^\nTwo.")
    assert [(getattr(e, "character", None), getattr(e, "dual", None)) for e in elements(s)] == [
        ("A", False), (None, None), ("B", False)]
