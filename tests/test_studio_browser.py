"""A writer's session in a real headless Chromium against a real studio server (Playwright's Python client).

Upload a script, read the outline, plan it small (160×90 at 8 fps), review the storyboard, render with the
animatic and watch the progress bar reach 100 %, play the film to its end, edit one shot and see only that shot
re-render (the other shots' tasks arrive as cache hits), then restart the studio and find both jobs still there.
A screenshot of each step is saved under the test's tmp_path (and its path printed).
"""
from __future__ import annotations


import pytest

pytest.importorskip("fastapi")
sync_api = pytest.importorskip("playwright.sync_api")

from editorial import chromium  # noqa: E402
from studio_server import StudioServer  # noqa: E402


SCRIPT = """Title: The Night Ferry

EXT. HARBOUR - NIGHT

A small ferry waits at the pier. NINA (20s, red coat) runs along the quay with a suitcase.

NINA
Wait! Hold the boat!

INT. FERRY CABIN - NIGHT

OSCAR (60s, captain's cap) sits at the wheel. Nina stumbles in, out of breath.

OSCAR
Last crossing tonight. Sit down.

Nina sits next to the window.
"""


RECORD_PROGRESS = """
(() => {
  // Test instrumentation: remember every value the progress label shows, across the job page's reload.
  const load = Number(sessionStorage.getItem('loads') || 0) + 1;
  sessionStorage.setItem('loads', String(load));
  document.addEventListener('DOMContentLoaded', () => {
    const label = document.getElementById('percent');
    if (!label) return;
    new MutationObserver(() => {
      const seen = JSON.parse(sessionStorage.getItem('percents') || '[]');
      seen.push([location.pathname, load, label.textContent]);
      sessionStorage.setItem('percents', JSON.stringify(seen));
    }).observe(label, {childList: true, characterData: true, subtree: true});
  });
})();
"""


@pytest.fixture(scope="module")
def browser():
    with chromium(("--autoplay-policy=no-user-gesture-required",)) as browser:
        yield browser


def test_writer_session_in_a_real_browser(browser, tmp_path):
    shots_dir = tmp_path / "screenshots"
    shots_dir.mkdir()
    script_file = tmp_path / "night_ferry.fountain"
    script_file.write_text(SCRIPT, encoding="utf-8")
    root = tmp_path / "studio"

    def snap(page, name):
        path = shots_dir / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 1000
        print(f"screenshot: {path}")

    server = StudioServer(root).start()
    try:
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.add_init_script(RECORD_PROGRESS)
        # 1. upload → outline
        page.goto(server.url + "/")
        page.set_input_files("#script-file", str(script_file))
        page.click("#upload")
        page.wait_for_selector("#outline")
        assert page.inner_text("#title") == "The Night Ferry"
        assert page.inner_text("#scene-count") == "2 scenes"
        assert page.inner_text("#character-count") == "2 characters"
        assert "EXT. HARBOUR - NIGHT" in page.inner_text("#outline")
        project_url = page.url.split("#")[0]
        project_id = project_url.rstrip("/").rsplit("/", 1)[-1]
        snap(page, "01_outline")

        # 2. plan (small and fast) → storyboard panels with layout drawings
        page.fill("#plan-form input[name=fps]", "8")
        page.fill("#plan-form input[name=width]", "160")
        page.fill("#plan-form input[name=height]", "90")
        page.click("#plan")
        page.wait_for_selector("#storyboard .panel")
        plan = page.request.get(f"{server.url}/api/projects/{project_id}/plan").json()
        assert (plan["fps"], plan["width"], plan["height"]) == (8, 160, 90)
        panels = page.locator("#storyboard .panel")
        assert panels.count() == len(plan["shots"]) >= 2
        page.wait_for_function("[...document.querySelectorAll('#storyboard .panel img')]"
                               ".every(img => img.complete && img.naturalWidth > 0)")
        snap(page, "02_storyboard")

        # 3. render with the animatic; live progress over SSE reaches 100 %
        page.select_option("#render-form select[name=renderer]", "animatic")
        page.fill("#render-form input[name=width]", "160")
        page.fill("#render-form input[name=height]", "90")
        page.click("#render")
        page.wait_for_url("**/jobs/1")
        page.wait_for_selector("#events li", timeout=30_000)  # events stream in while it renders
        snap(page, "03_rendering")
        page.wait_for_selector("#film", timeout=60_000)        # the page reloads itself when the job ends
        assert page.inner_text("#state") == "done"
        seen = page.evaluate("JSON.parse(sessionStorage.getItem('percents') || '[]')")
        live_load = min(load for path, load, _ in seen if path == "/jobs/1")
        live = [int(text.rstrip("%")) for path, load, text in seen if path == "/jobs/1" and load == live_load]
        assert live == sorted(live) and live[-1] == 100  # the bar filled live, from SSE, before the reload
        assert page.inner_text("#percent") == "100%"
        assert page.get_attribute("#progress", "value") == "100"
        first_events = page.request.get(f"{server.url}/api/jobs/1/events").json()
        assert any(e["event"] == "task_finished" for e in first_events)
        downloads = {a.get_attribute("data-name") for a in page.locator("a.download").all()}
        assert {"film.mp4", "plan.json", "storyboard.html", "timeline.otio", "subtitles.srt"} <= downloads
        snap(page, "04_done")

        # 4. the <video> plays to its end (fast-forwarded), at the planned size and length
        played = page.evaluate("""() => new Promise((resolve, reject) => {
            const v = document.getElementById('film');
            v.muted = true;
            v.addEventListener('ended', () => resolve({ended: v.ended, t: v.currentTime, d: v.duration,
                                                       w: v.videoWidth, h: v.videoHeight}));
            v.addEventListener('error', () => reject(new Error('video error ' + (v.error && v.error.code))));
            const go = () => { v.playbackRate = 16; v.play().catch(reject); };
            if (v.readyState >= 1) go(); else v.addEventListener('loadedmetadata', go);
        })""")
        planned = sum(s["duration"] for s in plan["shots"])
        assert played["ended"] is True
        assert (played["w"], played["h"]) == (160, 90)
        assert abs(played["d"] - planned) <= 1.5 / 8 + 0.05
        snap(page, "05_played_to_end")
        third = page.locator("button.seek").nth(2)   # scrub shot by shot: the film jumps to that shot's start
        start = float(third.get_attribute("data-start"))
        seeked = page.evaluate("""() => new Promise(resolve => {
            const v = document.getElementById('film');
            v.playbackRate = 1;
            v.addEventListener('seeked', () => { v.pause(); resolve(v.currentTime); }, {once: true});
            document.querySelectorAll('button.seek')[2].click();
        })""")
        assert abs(seeked - start) < 0.2
        snap(page, "05b_scrubbed_to_third_shot")

        # 5. edit one shot and re-render: only that shot's tasks run, the rest are cache hits
        edited = plan["shots"][1]["id"]
        page.goto(project_url)
        panel = page.locator(f"#shot-{edited}")
        panel.locator("details.edit > summary").click()
        panel.locator("textarea[name=description]").fill("Nina drops the suitcase; it bursts open.")
        panel.locator("select[name=camera_movement]").select_option("zoom_in")
        snap(page, "06_editing_shot")
        panel.locator("button.rerender").click()
        page.wait_for_url("**/jobs/2")
        page.wait_for_selector("#film", timeout=60_000)
        assert page.inner_text("#state") == "done"
        events = page.request.get(f"{server.url}/api/jobs/2/events").json()
        computed = [e for e in events if e["event"] == "task_finished" and e.get("shot")]
        cached = [e for e in events if e["event"] == "task_cached" and e.get("shot")]
        assert computed and {e["shot"] for e in computed} == {edited}
        assert {e["shot"] for e in cached} == {s["id"] for s in plan["shots"]} - {edited}
        assert int(page.inner_text("#cache-hits").split()[0]) >= len(cached)
        assert page.locator(".event-task_cached").count() >= len(cached)
        shots_total = len(plan["shots"])
        page.wait_for_function(f"document.querySelector('#stages li[data-stage=keyframes]')?.textContent"
                               f".startsWith('keyframes {shots_total}/{shots_total}')", timeout=10_000)
        stage_line = page.inner_text("#stages li[data-stage=keyframes]")
        assert stage_line == f"keyframes {shots_total}/{shots_total} ({shots_total - 1} cached)"
        snap(page, "07_rerendered_one_shot")
    finally:
        server.stop()

    # 6. a restarted studio still has both jobs, their films and their event logs
    with StudioServer(root) as again:
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(again.url + "/")
        rows = page.locator("table.jobs tr.job")
        assert rows.count() == 2
        assert all("done" in t for t in rows.all_inner_texts())
        page.goto(again.url + "/jobs/2")
        assert page.inner_text("#state") == "done"
        page.wait_for_function("document.getElementById('film').readyState >= 1")
        assert page.locator("#events li").count() > 0 or page.wait_for_selector("#events li")
        snap(page, "08_after_restart")


FIX_SCRIPT = """Title: The Wrong Guest

INT. PARLOUR - EVENING

ANA (40s, green cardigan) sits in the armchair with a book.

A black cat sleeps on the rug by the fire.

ANA
Come here, you.
"""


def film_frame(path, index: int, width: int, height: int):
    """Frame `index` of an mp4, decoded by ffmpeg (the film as a viewer sees it, compression included)."""
    import imageio_ffmpeg
    import numpy as np

    reader = imageio_ffmpeg.read_frames(str(path))
    meta = next(reader)
    assert tuple(meta["size"]) == (width, height)
    for i, raw in enumerate(reader):
        if i == index:
            reader.close()
            return np.frombuffer(raw, np.uint8).reshape(height, width, 3)
    raise AssertionError(f"{path} has no frame {index}")


def region(frame, box):
    h, w = frame.shape[:2]
    return frame[int(box[1] * h):max(int(box[1] * h) + 1, int(box[3] * h)),
                 int(box[0] * w):max(int(box[0] * w) + 1, int(box[2] * w))].astype(float)


def vivid_share(frame, box) -> float:
    """The share of a box's pixels in full colour (max - min channel > 140): skeleton limbs and joints."""
    part = region(frame, box)
    return float(((part.max(axis=2) - part.min(axis=2)) > 140).mean())


def drawing(plan, shot, k: int):
    """Keyframe `k` of `shot` as the animatic draws it (a pure function of the shot, its entities and the size)."""
    from director.protocols import KeyframeRequest
    from renderers.animatic import AnimaticRenderer

    request = KeyframeRequest(shot=shot, entities={e.id: e for e in plan.entities}, times=[shot.keyframes[k].t],
                              width=plan.width, height=plan.height, fps=plan.fps, style=plan.style, seed=shot.seed)
    return AnimaticRenderer().keyframes(request)[0]


def difference(a, b, box=(0.0, 0.0, 1.0, 1.0)) -> float:
    """Mean absolute difference of two frames (0-255) inside a box."""
    return float(abs(region(a, box) - region(b, box)).mean())


def test_a_writer_moves_a_box_swaps_the_character_and_re_plans_the_shot(browser, tmp_path):
    """The wrong one in a shot, fixed in the layout editor: the cat's box dragged to the left, the cat swapped for
    Ana, the shot re-planned (the fixes kept) and re-rendered; the rendered keyframe shows Ana where the writer put
    her and no cat."""
    from PIL import Image

    from director.models import FilmPlan
    from director.timing import shot_spans

    shots_dir = tmp_path / "screenshots"
    shots_dir.mkdir()

    def snap(page, name, locator=None):
        path = shots_dir / f"{name}.png"
        (locator or page).screenshot(path=str(path))
        assert path.stat().st_size > 1000
        print(f"screenshot: {path}")

    with StudioServer(tmp_path / "studio") as server:
        page = browser.new_page(viewport={"width": 1200, "height": 1000})
        page.goto(server.url + "/")
        page.fill("#paste-text", FIX_SCRIPT)
        page.fill("#paste-name", "wrong_guest.fountain")
        page.click("#upload")
        page.wait_for_selector("#outline")
        project_url = page.url.split("#")[0]
        project = project_url.rstrip("/").rsplit("/", 1)[-1]
        page.fill("#plan-form input[name=fps]", "8")
        page.fill("#plan-form input[name=width]", "320")
        page.fill("#plan-form input[name=height]", "180")
        page.click("#plan")
        page.wait_for_selector("#storyboard .panel")
        plan = FilmPlan.model_validate(page.request.get(f"{server.url}/api/projects/{project}/plan").json())
        target = next(s for s in plan.shots if any(o.entity == "cat" for kf in s.keyframes for o in kf.objects))
        page.click("#render")
        page.wait_for_selector("#film", timeout=90_000)
        before_job = int(page.url.rsplit("/", 1)[-1])

        # 1. open the shot's layout editor: the cat is there
        page.goto(project_url)
        panel = page.locator(f"#shot-{target.id}")
        panel.locator("details.layout > summary").click()
        cat = panel.locator("svg.layout-canvas g.obj[data-entity=cat] rect.box")
        cat.wait_for()
        panel.scroll_into_view_if_needed()
        snap(page, "10_layout_editor_opened", panel)

        # 2. drag the cat's box to the left edge of the frame (on every keyframe)
        canvas = panel.locator("svg.layout-canvas").bounding_box()
        box = cat.bounding_box()
        start = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.move(*start)
        page.mouse.down()
        page.mouse.move(start[0] - canvas["width"] * 0.5, start[1], steps=8)
        page.mouse.up()
        moved = cat.bounding_box()
        assert moved["x"] < box["x"] - canvas["width"] * 0.2
        snap(page, "11_box_moved", panel)

        # 3. swap the cat for Ana
        panel.locator("select.swap[data-entity=cat]").select_option("ana")
        panel.locator("svg.layout-canvas g.obj[data-entity=ana]").first.wait_for()
        assert panel.locator("svg.layout-canvas g.obj[data-entity=cat]").count() == 0
        snap(page, "12_cat_swapped_for_ana", panel)

        # 4. save the layout: validated and kept, the writer's fixes marked
        panel.locator("button.save-layout").click()
        page.wait_for_function(f"document.querySelector('#shot-{target.id} .layout-status').textContent"
                               f".startsWith('saved')")
        saved = FilmPlan.model_validate(page.request.get(f"{server.url}/api/projects/{project}/plan").json())
        shot = next(s for s in saved.shots if s.id == target.id)
        mid = len(shot.keyframes) // 2
        ana_box = next(o.box for o in shot.keyframes[mid].objects if o.entity == "ana")
        old_box = next(o.box for o in target.keyframes[mid].objects if o.entity == "cat")
        centre = lambda b: (b[0] + b[2]) / 2   # noqa: E731
        assert centre(ana_box) < centre(old_box) - 0.2
        snap(page, "13_layout_saved", panel)

        # 5. re-plan the shot (the planner's new version keeps the cast and box the writer fixed) and re-render
        page.goto(project_url)
        panel = page.locator(f"#shot-{target.id}")
        panel.scroll_into_view_if_needed()
        assert "fixed: cast, " in panel.locator("h3").inner_text()
        panel.locator("details.edit > summary").click()
        snap(page, "14_replan", panel)
        panel.locator("button.replan-render").click()
        page.wait_for_url("**/jobs/*")
        page.wait_for_selector("#film", timeout=90_000)
        after_job = int(page.url.rsplit("/", 1)[-1])
        assert page.inner_text("#state") == "done"
        snap(page, "15_rerendered")
        replanned = FilmPlan.model_validate(page.request.get(f"{server.url}/api/projects/{project}/plan").json())
        shot = next(s for s in replanned.shots if s.id == target.id)
        assert {o.entity for kf in shot.keyframes for o in kf.objects} >= {"ana"}
        assert "cat" not in {o.entity for kf in shot.keyframes for o in kf.objects}
        assert next(o.box for o in shot.keyframes[mid].objects if o.entity == "ana") == ana_box
        events = page.request.get(f"{server.url}/api/jobs/{after_job}/events").json()
        assert {e["shot"] for e in events if e["event"] == "task_finished" and e.get("shot")} == {target.id}

        # 6. the rendered keyframe, decoded from each film: Ana (her colour) where the writer put her, no cat
        span = next(sp for sp in shot_spans(replanned) if sp.shot_id == target.id)
        index = span.start + round(shot.keyframes[mid].t * replanned.fps)
        folder = tmp_path / "studio" / "jobs"
        before = film_frame(folder / str(before_job) / "film.mp4", index, 320, 180)
        after = film_frame(folder / str(after_job) / "film.mp4", index, 320, 180)
        Image.fromarray(before).save(shots_dir / "16_keyframe_before.png")
        Image.fromarray(after).save(shots_dir / "17_keyframe_after.png")
        print(f"screenshot: {shots_dir / '17_keyframe_after.png'}")
        # Ana is a person: her OpenPose skeleton (saturated colours the set never has) fills her box now
        assert vivid_share(after, ana_box) > 5 * max(vivid_share(before, ana_box), 0.002)
        assert vivid_share(after, ana_box) > 0.02
        # each film's frame is the animatic's drawing of its plan's keyframe (compression aside), so the new film
        # shows the edited shot and not the planner's first version of it
        drawn_after, drawn_before = drawing(replanned, shot, mid), drawing(plan, target, mid)
        assert difference(before, drawn_before) < 6 and difference(after, drawn_after) < 6
        assert difference(after, drawn_before) > 2 * difference(after, drawn_after) + 3
        where_the_cat_was = (max(old_box[0], ana_box[2] + 0.02), old_box[1], old_box[2], old_box[3])
        assert difference(after, drawn_after, where_the_cat_was) < 8
        assert difference(before, after, where_the_cat_was) > 15
