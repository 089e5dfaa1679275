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
        panel.locator("summary").click()
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
