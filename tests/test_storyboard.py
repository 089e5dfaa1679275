"""The storyboard, opened in a real headless Chromium: every shot's panel, no broken images, nothing external."""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from director.storyboard import panel_keyframes, relations_in_words, write_storyboard
from editorial import chromium, editorial_plan

@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


def open_page(browser, path: Path):
    """Load the file, recording every request that is not the file itself or an inline data: URI."""
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    external: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(("data:", path.as_uri())) else external.append(r.url))
    page.goto(path.as_uri(), wait_until="load")
    return page, external


def panel_report(page) -> list[dict]:
    return page.evaluate("""() => [...document.querySelectorAll('article.panel')].map(p => ({
        id: p.dataset.shotId,
        scene: p.closest('section.scene').dataset.scene,
        images: [...p.querySelectorAll('img')].map(i => ({complete: i.complete, w: i.naturalWidth,
                                                          h: i.naturalHeight, src: i.src.slice(0, 22)})),
        text: p.innerText,
    }))""")


def test_storyboard_from_a_plan_alone_renders_in_chromium(browser, tmp_path):
    plan = editorial_plan(24)
    path = write_storyboard(plan, tmp_path / "storyboard.html")
    page, external = open_page(browser, path)
    shot_png = tmp_path / "storyboard.png"
    page.screenshot(path=str(shot_png), full_page=True)

    panels = panel_report(page)
    assert [p["id"] for p in panels] == [s.id for s in plan.shots]
    assert [int(p["scene"]) for p in panels] == [s.scene for s in plan.shots]
    for panel, shot in zip(panels, plan.shots):
        assert len(panel["images"]) == len(panel_keyframes(shot, 3)) >= 1
        for img in panel["images"]:
            assert img["complete"] and img["w"] > 0 and img["h"] > 0, (shot.id, img)
            assert img["src"] == "data:image/jpeg;base64"
    assert external == []

    # the screenshot is a real picture of the page, not a blank
    with Image.open(shot_png) as im:
        assert im.width == 1200 and im.height > 900
        assert np.asarray(im.convert("L")).std() > 10

    # what the panels say, as a reader sees it
    text = {p["id"]: p["text"] for p in panels}
    assert "long shot (LS), low angle, tilt up" in text["s1-1"]
    assert "fade in from black, 0.5 s" in text["s1-1"]
    assert "Mara walks toward the lamp (0.0–2.3 s)" in text["s1-1"]
    assert "wipe left, 0.4 s" in text["s2-1"]
    assert "dip to white, 0.5 s" in text["s3-1"]
    assert "Mara sits on the chair (0.0–1.2 s)" in text["s3-2"]
    assert "Home <at last> & warm." in text["s3-2"]  # escaped in HTML, shown as written
    assert "00:00:07:13" in text["s3-2"]  # its start in the film
    headings = page.eval_on_selector_all("section.scene h2", "hs => hs.map(h => h.innerText)")
    assert [h.split("\n")[0] for h in headings][2].startswith("3A")

    # printed: each scene starts a new page
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", landscape=True)
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) >= len(plan.scenes)
    page.close()


def test_storyboard_with_rendered_keyframes(browser, tmp_path):
    plan = editorial_plan(24)
    rng = np.random.default_rng(7)
    images = {}
    for shot in plan.shots:
        for k, _ in enumerate(shot.keyframes):
            frame = np.zeros((plan.height, plan.width, 3), dtype=np.uint8)
            frame[..., 0] = np.linspace(0, 255, plan.width, dtype=np.uint8)[None, :]
            frame[..., 2] = rng.integers(0, 255)
            images[(shot.id, k)] = frame
    rendered = write_storyboard(plan, tmp_path / "rendered.html", images, keyframes_per_shot=9)
    drawn = write_storyboard(plan, tmp_path / "drawn.html", keyframes_per_shot=9)
    assert rendered.read_text() != drawn.read_text()
    assert "rendered keyframes with layouts" in rendered.read_text()

    page, external = open_page(browser, rendered)
    panels = panel_report(page)
    assert [len(p["images"]) for p in panels] == [len(s.keyframes) for s in plan.shots]
    assert all(i["complete"] and i["w"] == 320 and i["h"] == 180 for p in panels for i in p["images"])
    assert external == []
    page.close()

    # the first thumbnail is the rendered frame (red ramp) with the layout over it, not a drawing
    src = re.search(r'src="data:image/jpeg;base64,([^"]+)"', rendered.read_text()).group(1)
    import base64

    thumb = np.asarray(Image.open(io.BytesIO(base64.b64decode(src))).convert("RGB")).astype(int)
    assert thumb[5, -5, 0] - thumb[5, 4, 0] > 150


def test_file_is_self_contained_and_deterministic(tmp_path):
    plan = editorial_plan(24)
    a = write_storyboard(plan, tmp_path / "a.html").read_text()
    b = write_storyboard(plan, tmp_path / "b.html").read_text()
    assert a == b
    refs = re.findall(r'(?:src|href)="([^"]*)"', a)
    assert refs and all(r.startswith(("data:", "#")) for r in refs)
    assert "<link" not in a and "<script" not in a
    assert "@media print" in a and "break-before: page" in a
    assert "The Lighthouse &lt;Test&gt; &amp; Co" in a


def test_keyframe_selection_and_graph_sentences():
    plan = editorial_plan(24)
    shot = plan.shots[2]
    assert panel_keyframes(shot, 3) == [0, 1, 2]
    shot.keyframes = shot.keyframes * 3  # nine keyframes
    assert panel_keyframes(shot, 3) == [0, 4, 8]
    assert panel_keyframes(shot, 1) == [0]
    entities = {e.id: e for e in plan.entities}
    assert relations_in_words(plan.shots[2], entities) == [
        "Tom waits for Mara (0.0–1.0 s)", "Mara stands next to Tom (1.0–2.0 s)"]


def test_cli_storyboard_from_plan_json(tmp_path):
    plan = editorial_plan(24)
    plan_path = tmp_path / "plan.json"
    plan_path.write_text(plan.model_dump_json(indent=2))
    run = subprocess.run([sys.executable, "-m", "director", "storyboard", str(plan_path)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    out = tmp_path / "storyboard.html"
    assert run.stdout.strip() == str(out)
    assert out.read_text().count('class="panel"') == len(plan.shots)

    custom = tmp_path / "review" / "board.html"
    run = subprocess.run([sys.executable, "-m", "director", "storyboard", str(plan_path), "-o", str(custom)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and custom.exists()


@pytest.mark.parametrize("content, expected", [
    ('{"title": "x",\n "shots": [\n  {"id": 1,, }]}', r"bad\.json:3: not valid JSON"),
    (json.dumps({"shots": [{"id": "a", "scene": 1}]}), r"bad\.json: not a FilmPlan: shots\.0\.duration: Field required"),
])
def test_cli_storyboard_bad_plan_is_one_line_exit_2(tmp_path, content, expected):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    run = subprocess.run([sys.executable, "-m", "director", "storyboard", str(bad)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr
    assert re.search(expected, run.stderr), run.stderr
    assert not (tmp_path / "storyboard.html").exists()


def test_storyboard_of_a_planned_screenplay(browser, samples, tmp_path):
    """A real script through the rules planner, then `director storyboard`: every shot's panel, every image."""
    import director

    plan = director.plan(samples / "scripts" / "The-Last-Birthday-Card.fountain")
    plan_path = tmp_path / "plan.json"
    plan_path.write_text(plan.model_dump_json())
    run = subprocess.run([sys.executable, "-m", "director", "storyboard", str(plan_path)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    page, external = open_page(browser, tmp_path / "storyboard.html")
    page.screenshot(path=str(tmp_path / "storyboard.png"))
    panels = panel_report(page)
    assert [p["id"] for p in panels] == [s.id for s in plan.shots]
    images = [i for p in panels for i in p["images"]]
    assert len(images) == sum(len(panel_keyframes(s, 3)) for s in plan.shots)
    assert all(i["complete"] and i["w"] > 0 for i in images)
    assert external == []
    page.close()
