"""Plain prose, Markdown, stdin and the format sniffing that decides between prose and Fountain."""
from __future__ import annotations

import subprocess
import sys

import director
from director.parsing import sniff

STORY = """The lighthouse stood alone on the cliff. Its lamp had been dark for years.
Nobody climbed the stairs anymore.

One night a girl with a lantern came up the path. She was *soaked* to the bone!

Did she know the way? She did."""


def test_prose_is_one_scene_of_paragraphs_with_sentences_intact():
    s = director.parse(STORY)
    assert len(s.scenes) == 1 and s.scenes[0].heading is None
    paras = s.scenes[0].elements
    assert [(e.type, e.line) for e in paras] == [("action", 1), ("action", 4), ("action", 6)]
    assert paras[0].text == ("The lighthouse stood alone on the cliff. Its lamp had been dark for years. "
                             "Nobody climbed the stairs anymore.")
    assert paras[1].text.endswith("She was soaked to the bone!")
    (span,) = paras[1].emphasis
    assert paras[1].text[span.start:span.end] == "soaked" and span.style == "italic"


def test_markdown_file(tmp_path):
    md = tmp_path / "treatment.md"
    md.write_text("# The Lighthouse\n\nA storm **rolls** in.\n\n- Mara climbs.\n- The lamp flickers.\n\n## Later\n\nDawn.\n",
                  encoding="utf-8")
    s = director.parse(md)
    assert s.title_page == {"title": "The Lighthouse"} and s.source == str(md)
    assert [e.text for e in s.scenes[0].elements] == ["A storm rolls in.", "Mara climbs.", "The lamp flickers.", "Dawn."]


def test_txt_is_sniffed(tmp_path):
    story, script = tmp_path / "story.txt", tmp_path / "script.txt"
    story.write_text(STORY, encoding="utf-8")
    script.write_text("Title: Cliff\n\nEXT. CLIFF - NIGHT\n\nRain.\n\nMARA\nHello?\n", encoding="utf-8")
    assert director.parse(story).scenes[0].heading is None
    s = director.parse(script)
    assert s.title == "Cliff" and s.scenes[0].heading == "EXT. CLIFF - NIGHT"


def test_sniff_rules():
    assert sniff(STORY) == "prose"
    assert sniff("INT. HOUSE - DAY\n\nHello.") == "fountain"
    assert sniff("Some words first.\n\nEXT. CLIFF - NIGHT\n\nMore.") == "fountain"
    assert sniff(".FLASHBACK\n\nIt rains.") == "fountain"
    assert sniff("Title: Cliff\nAuthor: Me\n\nA story.") == "fountain"
    assert sniff("Interior decoration was her passion.\n\nExternal things bored her.") == "prose"
    assert sniff("<?xml version='1.0'?><FinalDraft/>") == "fdx"
    # a conversation without headings: some cue speaks twice
    assert sniff("BOB\nHello.\n\nALICE\nHi.\n\nBOB (V.O.)\nBye.") == "fountain"
    assert sniff("CHAPTER ONE\nIt was dark.\n\nCHAPTER TWO\nIt was light.") == "prose"


def test_format_override(tmp_path):
    p = tmp_path / "script.txt"
    p.write_text("INT. HOUSE - DAY\n\nHello.", encoding="utf-8")
    s = director.parse(p, format="prose")
    assert [e.text for e in s.scenes[0].elements] == ["INT. HOUSE - DAY", "Hello."]


def test_stdin_through_the_cli():
    run = subprocess.run([sys.executable, "-m", "director", "parse", "-", "--json"], input=STORY.encode(),
                         capture_output=True, timeout=60)
    assert run.returncode == 0, run.stderr.decode()
    s = director.Script.model_validate_json(run.stdout)
    assert s.source == "-" and len(s.scenes[0].elements) == 3
    run = subprocess.run([sys.executable, "-m", "director", "parse", "-"],
                         input=b"EXT. CLIFF - NIGHT #4#\n\nMARA\nHello?\n", capture_output=True, timeout=60)
    assert run.returncode == 0 and "4     1/8  EXT. CLIFF - NIGHT  [MARA]" in run.stdout.decode()
