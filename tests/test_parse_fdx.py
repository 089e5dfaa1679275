"""Final Draft .fdx on documents written here: paragraph types (any case), styled runs, dual dialogue,
scene numbers, nested layout paragraphs ignored, title page, and hostile XML refused with a location."""
from __future__ import annotations

import pytest

import director
from director.errors import InputError
from director.models import DialogueElement
from director.parsing.fdx import parse_fdx

DOC = """<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5">
  <Content>
    <Paragraph Type="New Act"><Text>ACT ONE</Text></Paragraph>
    <Paragraph Number="12A" Type="Scene Heading">
      <SceneProperties Length="1/8" Page="1" Title="">
        <SceneArcBeats><CharacterArcBeat Name="ROSA">
          <Paragraph Alignment="Left" StartsNewPage="No"/>
        </CharacterArcBeat></SceneArcBeats>
      </SceneProperties>
      <Text>INT. BAKERY - </Text><Text>EARLY MORNING</Text>
    </Paragraph>
    <Paragraph Type="action">
      <Text>Flour </Text><Text Style="Bold+Underline">everywhere</Text><Text Style="AllCaps">. </Text><Text Style="Italic">Really.</Text>
    </Paragraph>
    <Paragraph Type="Shot"><Text>ANGLE ON THE OVEN</Text></Paragraph>
    <Paragraph Type="CHARACTER"><Text>ROSA (O.S.)</Text></Paragraph>
    <Paragraph Type="Parenthetical"><Text>(shouting)</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>The bread!</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>It's </Text><Text Style="Italic">burning</Text><Text>.</Text></Paragraph>
    <Paragraph Type="Action"/>
    <Paragraph>
      <DualDialogue>
        <Paragraph Type="Character"><Text>TOM</Text></Paragraph>
        <Paragraph Type="Dialogue"><Text>Coming!</Text></Paragraph>
        <Paragraph Type="Character"><Text>ANA</Text></Paragraph>
        <Paragraph Type="Dialogue"><Text>Not me.</Text></Paragraph>
      </DualDialogue>
    </Paragraph>
    <Paragraph Type="General" StartsNewPage="Yes"><Text>Later.</Text></Paragraph>
    <Paragraph Type="Transition"><Text>SMASH CUT TO:</Text></Paragraph>
    <Paragraph Type="End of Act"><Text>END OF ACT ONE</Text></Paragraph>
    <Paragraph Type="Something New"><Text>Unknown types read as action.</Text></Paragraph>
  </Content>
  <TitlePage><Content>
    <Paragraph Alignment="Center"><Text>THE BAKERY</Text></Paragraph>
    <Paragraph Alignment="Center"><Text>Written by</Text></Paragraph>
    <Paragraph Alignment="Center"><Text>Jo Baker</Text></Paragraph>
    <Paragraph><Text>jo@example.com</Text></Paragraph>
  </Content></TitlePage>
</FinalDraft>
"""


def test_paragraph_types_runs_and_scene_numbers():
    s = parse_fdx(DOC.encode(), source="bakery.fdx")
    pre, scene = s.scenes
    assert [(e.type, e.text, e.depth) for e in pre.elements] == [("section", "ACT ONE", 1)]
    assert (scene.number, scene.heading, scene.int_ext, scene.location, scene.time_of_day, scene.line) == \
        ("12A", "INT. BAKERY - EARLY MORNING", "INT", "BAKERY", "EARLY MORNING", 5)
    action, shot, rosa, tom, ana, brk, later, cut, end, unknown = scene.elements
    assert action.text == "Flour everywhere. Really."
    assert sorted((action.text[e.start:e.end], e.style) for e in action.emphasis) == [
        ("Really.", "italic"), ("everywhere", "bold"), ("everywhere", "underline")]
    assert (shot.type, shot.text) == ("action", "ANGLE ON THE OVEN")
    assert (rosa.character, rosa.extension, rosa.line) == ("ROSA", "O.S.", 17)
    assert [(ln.kind, ln.text) for ln in rosa.lines] == [("parenthetical", "(shouting)"),
                                                         ("speech", "The bread!\nIt's burning.")]
    speech = rosa.lines[1]
    assert [(speech.text[e.start:e.end], e.style) for e in speech.emphasis] == [("burning", "italic")]
    assert (tom.character, tom.dual, ana.character, ana.dual) == ("TOM", True, "ANA", True)
    assert brk.type == "page_break" and later.text == "Later."
    assert (cut.type, cut.text) == ("transition", "SMASH CUT TO:")
    assert (end.type, end.text) == ("centered", "END OF ACT ONE")
    assert unknown.type == "action"
    assert s.title_page == {"title": "THE BAKERY", "credit": "Written by", "author": "Jo Baker",
                            "contact": "jo@example.com"}


def test_dialogue_breaks_on_other_paragraphs():
    doc = DOC.replace('<Paragraph Type="Action"/>', '<Paragraph Type="Action"><Text>She runs.</Text></Paragraph>'
                      '<Paragraph Type="Dialogue"><Text>Orphan line.</Text></Paragraph>')
    s = parse_fdx(doc.encode())
    texts = [(e.type, getattr(e, "text", None)) for e in s.scenes[1].elements]
    assert ("action", "She runs.") in texts and ("action", "Orphan line.") in texts


def test_dtd_and_entities_refused():
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE FinalDraft [\n <!ENTITY a "aaaaaaaaaa">\n'
            ' <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n]>\n<FinalDraft><Content/></FinalDraft>')
    with pytest.raises(InputError) as err:
        parse_fdx(bomb.encode(), name="bomb.fdx")
    assert err.value.file == "bomb.fdx" and err.value.line == 2 and "DTD" in err.value.problem
    external = '<?xml version="1.0"?>\n<!DOCTYPE x SYSTEM "file:///etc/passwd">\n<FinalDraft/>'
    with pytest.raises(InputError):
        parse_fdx(external.encode(), name="x.fdx")


def test_malformed_xml_names_the_line():
    broken = DOC.replace("<Text>ANGLE ON THE OVEN</Text>", "<Text>ANGLE ON THE OVEN</Txet>")
    with pytest.raises(InputError) as err:
        parse_fdx(broken.encode(), name="broken.fdx")
    assert err.value.line == 16 and "mismatched tag" in err.value.problem
    with pytest.raises(InputError) as err:
        parse_fdx(b"<?xml version='1.0'?>\n<html><body/></html>", name="page.fdx")
    assert "not a Final Draft document" in err.value.problem


def test_sniffed_from_text_and_bytes():
    s = director.parse(DOC)  # XML text passed directly
    assert s.scenes[1].number == "12A"
    s = director.parse(DOC.encode("utf-8"))
    assert isinstance(s.scenes[1].elements[2], DialogueElement)
