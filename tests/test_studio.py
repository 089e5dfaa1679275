"""The studio over real HTTP: uploads and their errors, the outline, safety (size limit, names, token), the CLI's
loopback rule, shot edits that keep a plan valid, and the render queue (order, positions, cancel, outputs)."""
from __future__ import annotations

import html
import subprocess
import sys
import threading
import time

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from studio_server import REPO, StudioServer, ThreadedStudio  # noqa: E402

from director.errors import InputError  # noqa: E402
from director.studio.layout import StudioLayout, display_name, script_extension  # noqa: E402

SHORT_SCRIPT = """Title: Two Cups

INT. KITCHEN - MORNING

ANA pours coffee into two cups.

ANA
You're late.

BEN enters, shaking rain from his coat.

BEN
The bus was later.
"""

MALFORMED_FDX = """<?xml version="1.0" encoding="UTF-8"?>
<FinalDraft DocumentType="Script" Version="1">
<Content>
<Paragraph Type="Scene Heading"><Text>INT. ROOM - DAY</Text></Paragraph>
<Paragraph Type="Action"><Text>Unclosed
</Content>
</FinalDraft>
"""


@pytest.fixture(scope="module")
def studio(tmp_path_factory):
    """One studio for the module (starting a server costs a second or two): uploads limited to 64 KiB."""
    with StudioServer(tmp_path_factory.mktemp("studio") / "root", extra=["--max-upload-kib", "64"]) as server:
        yield server


def upload(client, name: str, text: str):
    return client.post("/projects", files={"script": (name, text.encode("utf-8"), "application/octet-stream")})


# -- names never become paths ------------------------------------------------------------------------------------

def test_upload_names_are_labels_not_paths(tmp_path):
    assert display_name("../../etc/passwd") == "passwd"
    assert display_name("C:\\Users\\me\\draft 3.fountain") == "draft 3.fountain"
    assert display_name("\x00\x1b[31m.fountain") == "[31m.fountain"
    assert script_extension("notes.FDX") == ".fdx"
    with pytest.raises(InputError, match="unsupported script format '.exe'"):
        script_extension("run_me.exe")
    layout = StudioLayout(tmp_path)
    for bad in ("../../etc", "abc", "0123456789ab/../.."):
        with pytest.raises(InputError):
            layout.project_dir(bad)
    with pytest.raises(InputError, match="not a deliverable"):
        layout.deliverable(1, "../studio.sqlite")


# -- uploads, outline, parse problems ------------------------------------------------------------------------------

def test_upload_shows_outline_and_bad_uploads_show_errors_in_the_page(studio):
    projects_before = len(list((studio.root / "projects").iterdir()))
    with studio.client() as client:
        ok = upload(client, "two_cups.fountain", SHORT_SCRIPT)
        assert ok.status_code == 200 and "/projects/" in str(ok.url)
        page = ok.text
        assert "Two Cups" in page and "INT. KITCHEN - MORNING" in page
        assert "1 scene<" in page and "2 characters" in page and "running time about 1 min" in page
        assert "ANA" in page and "BEN" in page

        bad = upload(client, "broken.fdx", MALFORMED_FDX)
        assert bad.status_code == 400
        assert 'role="alert"' in bad.text and "broken.fdx:" in bad.text
        assert "mismatched tag" in bad.text or "not well-formed" in bad.text or "line" in bad.text

        binary = upload(client, "image.fountain", "\x00\x01\x02PNG" * 10)
        assert binary.status_code == 400 and "image.fountain" in binary.text

        exe = upload(client, "virus.exe", "echo hi")
        assert exe.status_code == 400 and "unsupported script format" in exe.text

        empty = client.post("/projects", data={"text": "   "})
        assert empty.status_code == 400 and "choose a script file or paste" in empty.text

        pasted = client.post("/projects", data={"text": SHORT_SCRIPT, "name": "pasted.fountain"})
        assert pasted.status_code == 200 and "INT. KITCHEN - MORNING" in pasted.text

        example = REPO / "examples" / "the_lighthouse.fountain"
        lighthouse = upload(client, example.name, example.read_text(encoding="utf-8"))
        assert "The Lighthouse Keeper&#39;s Cat" in lighthouse.text
        assert '<span id="scene-count">3 scenes</span>' in lighthouse.text
        assert "MARA" in lighthouse.text and "TOMAS" in lighthouse.text and "EXT. ROCKY COAST - DAY" in lighthouse.text

        # nothing of the failed uploads is left behind: three good projects, three more folders
        assert len(list((studio.root / "projects").iterdir())) == projects_before + 3
        assert client.get("/").text.count("/projects/") >= 2


def test_upload_size_limit_is_a_page_not_a_500(studio):
    projects_before = sorted((studio.root / "projects").iterdir())
    with studio.client() as client:
        big = upload(client, "long.fountain", SHORT_SCRIPT * 600)  # ~90 KiB against a 64 KiB limit
        assert big.status_code == 413
        assert "limit of 64 KiB" in big.text and 'role="alert"' in big.text
        huge = upload(client, "longer.fountain", SHORT_SCRIPT * 2000)  # refused by the middleware, unread
        assert huge.status_code == 413 and "limit of 64 KiB" in huge.text
        assert sorted((studio.root / "projects").iterdir()) == projects_before


def test_downloads_cannot_leave_the_studio_folder(studio):
    with studio.client() as client:
        for path in ("/jobs/1/files/..%2Fstudio.sqlite", "/jobs/1/files/..%2F..%2Fstudio.sqlite",
                     "/jobs/1/files/film.mp4", "/projects/..%2F..%2Fetc", "/projects/0123456789ab"):
            response = client.get(path)
            assert response.status_code == 404, path
            assert b"SQLite format" not in response.content


def test_token_guards_every_request(tmp_path):
    token = "s3cret-token-42"
    with ThreadedStudio(tmp_path / "studio", token=token) as studio:
        import httpx

        anonymous = httpx.get(studio.url + "/")
        assert anonymous.status_code == 401 and "Token required" in anonymous.text
        assert httpx.get(studio.url + "/", headers={"Authorization": "Bearer wrong-token"}).status_code == 401
        with studio.client() as client:  # bearer header
            assert client.get("/").status_code == 200
        with httpx.Client(base_url=studio.url) as browser:  # ?token= once, then the cookie
            first = browser.get("/?token=" + token, follow_redirects=False)
            assert first.status_code == 303 and first.headers["location"] == "/"
            assert "HttpOnly" in first.headers["set-cookie"]
            assert browser.get("/").status_code == 200


def test_cli_refuses_to_expose_the_studio_without_a_token(tmp_path):
    result = subprocess.run([sys.executable, "-m", "director", "studio", "--root", str(tmp_path), "--host", "0.0.0.0"],
                            cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("director: error: --host 0.0.0.0 exposes the studio")
    assert "Traceback" not in result.stderr


# -- plans built in code, uploaded as plan.json (so the queue tests need no planner) -------------------------------

def small_plan(title: str, shots: int, seconds: float = 2.0, fps: int = 8, width: int = 160, height: int = 90,
               scenes: int = 1):
    """A valid plan: `shots` shots of `seconds` in `scenes` scenes, one walking person, six keyframes on frames."""
    from director.models import Background, Camera, Entity, FilmPlan, Keyframe, PlanScene, SceneObject, Shot, Transition

    frames = round(seconds * fps)
    times = [round(i * (frames - 1) / 5) / fps for i in range(6)]
    out = []
    for n in range(shots):
        keyframes = [Keyframe(t=t, prompt=f"{title} shot {n}", objects=[
            SceneObject(entity="walker", box=(0.1 + 0.05 * i, 0.2, 0.35 + 0.05 * i, 0.95))]) for i, t in enumerate(times)]
        out.append(Shot(id=f"sh{n + 1:02d}", scene=n * scenes // shots + 1, description=f"{title}, shot {n + 1}", duration=frames / fps,
                        camera=Camera(movement="pan_left" if n % 2 else "static"), keyframes=keyframes,
                        background=Background(int_ext="EXT", location="PIER", time_of_day="NIGHT"),
                        transition_in=Transition(type="dissolve", duration=0.5) if n else Transition(), seed=n))
    return FilmPlan(title=title, fps=fps, width=width, height=height,
                    scenes=[PlanScene(index=i, heading=f"EXT. PIER {i}") for i in range(1, scenes + 1)],
                    entities=[Entity(id="walker", name="WALKER", kind="person")], shots=out)


def new_project_with_plan(client, plan) -> str:
    page = upload(client, "script.fountain", SHORT_SCRIPT)
    project_id = str(page.url).rstrip("/").rsplit("/", 1)[-1]
    stored = client.post(f"/projects/{project_id}/plan/upload",
                         files={"plan": ("plan.json", plan.model_dump_json(indent=2).encode(), "application/json")})
    assert stored.status_code == 200 and 'id="storyboard"' in stored.text
    return project_id


def test_shot_edits_keep_the_plan_valid_and_bad_edits_say_why(studio):
    from director.layout import validate
    from director.models import FilmPlan
    from director.studio.editing import edit_shot

    plan = small_plan("Edits", 2)
    longer = edit_shot(plan, "sh02", {"duration": "3.1", "camera_size": "CU", "transition_type": "wipe",
                                      "transition_duration": "0.5", "transition_direction": "left"})
    shot = longer.shots[1]
    assert shot.duration == 25 / 8 and shot.camera.size == "CU" and shot.transition_in.direction == "left"
    assert [round(k.t * 8, 9) for k in shot.keyframes] == [0, 5, 10, 14, 19, 24]
    assert validate(longer) == [] and longer.shots[0] == plan.shots[0]
    with pytest.raises(InputError, match="duration must be a number"):
        edit_shot(plan, "sh01", {"duration": "long"})
    with pytest.raises(InputError, match="no shot 'sh09'"):
        edit_shot(plan, "sh09", {})

    with studio.client() as client:
        project_id = new_project_with_plan(client, plan)
        bad = client.post(f"/projects/{project_id}/shots/sh01", data={"duration": "-2"})
        assert bad.status_code == 400 and "duration must be positive" in bad.text
        short = client.post(f"/projects/{project_id}/shots/sh01", data={"duration": "0.25"})
        assert short.status_code == 400 and "fewer than its 6 keyframes" in short.text
        wrong = client.post(f"/projects/{project_id}/shots/sh01", data={"camera_size": "HUGE"})
        assert wrong.status_code == 400 and "camera.size" in wrong.text
        ok = client.post(f"/projects/{project_id}/shots/sh01", data={"description": "The pier, empty."})
        assert ok.status_code == 200
        saved = FilmPlan.model_validate(client.get(f"/api/projects/{project_id}/plan").json())
        assert saved.shots[0].description == "The pier, empty." and saved.shots[1] == plan.shots[1]
        board = client.get(f"/projects/{project_id}/storyboard.html")  # the printable one, from the edited plan
        assert board.headers["content-type"].startswith("text/html") and "The pier, empty." in board.text
        drawing = client.get(f"/projects/{project_id}/shots/sh02.png")
        assert drawing.headers["content-type"] == "image/png" and drawing.content.startswith(b"\x89PNG")

        broken = client.post(f"/projects/{project_id}/plan/upload",
                             files={"plan": ("edited.json", b'{\n  "title": "x",\n  "fps": "fast"\n}', "application/json")})
        assert broken.status_code == 400 and "edited.json:3: fps" in broken.text


def test_two_jobs_submitted_at_once_finish_in_order_with_their_own_outputs(studio):
    import imageio_ffmpeg

    from director.models import FilmPlan
    from director.timing import film_frames

    plans = {"Dawn": small_plan("Dawn", 2), "Dusk": small_plan("Dusk", 3, seconds=1.5)}
    with studio.client() as client:
        projects = {title: new_project_with_plan(client, plan) for title, plan in plans.items()}
        barrier = threading.Barrier(2)
        submitted: dict[str, int] = {}

        def submit(title):
            barrier.wait()
            response = client.post(f"/projects/{projects[title]}/render", data={"renderer": "animatic"})
            submitted[title] = int(str(response.url).rsplit("/", 1)[-1])

        threads = [threading.Thread(target=submit, args=(t,)) for t in plans]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        jobs = {title: studio.wait_job(client, job_id) for title, job_id in submitted.items()}
        assert all(j["state"] == "done" for j in jobs.values()), jobs
        one, two = sorted(jobs.values(), key=lambda j: j["id"])
        assert one["started"] < one["finished"] <= two["started"] < two["finished"]  # one at a time, in order

        for title, job in jobs.items():
            folder = studio.root / "jobs" / str(job["id"])
            snapshot = FilmPlan.model_validate_json((folder / "plan.json").read_text())
            assert snapshot == plans[title]
            frames, _ = imageio_ffmpeg.count_frames_and_secs(str(folder / "film.mp4"))
            assert frames == film_frames(plans[title])
            manifest = client.get(f"/jobs/{job['id']}/files/manifest.json").json()
            assert manifest["plan"]["title"] == title and manifest["plan"]["shots"] == len(plans[title].shots)
            film = client.get(f"/jobs/{job['id']}/files/film.mp4", headers={"Range": "bytes=0-99"})
            assert film.status_code == 206 and len(film.content) == 100  # seekable in a <video>
            for name in ("plan.json", "storyboard.html", "timeline.otio", "subtitles.srt", "subtitles.vtt"):
                assert client.get(f"/jobs/{job['id']}/files/{name}").status_code == 200, name  # (no dialogue here)
            assert client.get(f"/jobs/{job['id']}/files/timeline.otio").json()["OTIO_SCHEMA"].startswith("Timeline")
            assert FilmPlan.model_validate_json(client.get(f"/jobs/{job['id']}/files/plan.json").content) == plans[title]


def test_a_render_interrupted_by_a_studio_restart_resumes_from_its_finished_tasks(tmp_path):
    root = tmp_path / "studio"  # two app instances on one folder, one after the other: all state is on disk
    with ThreadedStudio(root) as first, first.client() as client:
        project = new_project_with_plan(client, small_plan("Resume", 8, seconds=3.0, fps=12))
        job_id = int(str(client.post(f"/projects/{project}/render", data={"renderer": "animatic"}).url).rsplit("/", 1)[-1])
        deadline = time.monotonic() + 60
        while True:
            finished = [e["task"] for e in client.get(f"/api/jobs/{job_id}/events").json()
                        if e["event"] == "task_finished"]
            if finished:
                break
            assert time.monotonic() < deadline, "no task finished"
            time.sleep(0.05)
    # the studio stopped mid-render (its render process with it); a new one picks the job up again
    with ThreadedStudio(root) as second, second.client() as client:
        job = second.wait_job(client, job_id)
        assert job["state"] == "done" and job["cache_hits"] >= 1
        events = client.get(f"/api/jobs/{job_id}/events").json()
        kinds = [e["event"] for e in events]
        assert "requeued" in kinds, "the first studio finished the job before it was stopped"
        resumed = events[kinds.index("requeued"):]
        assert finished[0] in {e["task"] for e in resumed if e["event"] == "task_cached"}
        assert (root / "jobs" / str(job_id) / "film.mp4").is_file()


def test_plan_with_the_llm_planner_when_configured_and_say_why_when_not(studio, tmp_path, monkeypatch):
    from openai_server import OpenAIServer, competent

    from director.layout import validate
    from director.models import FilmPlan

    with studio.client() as client:  # the module's studio has no LLM configured
        page = upload(client, "two_cups.fountain", SHORT_SCRIPT)
        project_id = str(page.url).rstrip("/").rsplit("/", 1)[-1]
        refused = client.post(f"/projects/{project_id}/plan", data={"planner": "llm"})
        assert refused.status_code == 400 and "planning failed" in refused.text and "llm" in refused.text.lower()

    with OpenAIServer(competent) as llm:
        for name, value in {"OPENAI_BASE_URL": llm.base_url, "OPENAI_MODEL": "scripted", "OPENAI_API_KEY": "test-key",
                            "XDG_CACHE_HOME": str(tmp_path / "cache")}.items():
            monkeypatch.setenv(name, value)  # the studio plans in its own process: its environment configures it
        with ThreadedStudio(tmp_path / "studio", start_worker=False) as configured, configured.client() as client:
            page = upload(client, "two_cups.fountain", SHORT_SCRIPT)
            project_id = str(page.url).rstrip("/").rsplit("/", 1)[-1]
            planned = client.post(f"/projects/{project_id}/plan", data={"planner": "llm", "fps": "12"})
            assert planned.status_code == 200 and 'id="storyboard"' in planned.text
            plan = FilmPlan.model_validate(client.get(f"/api/projects/{project_id}/plan").json())
            assert plan.fps == 12 and plan.shots and validate(plan) == []
            assert {d.text for s in plan.shots for d in s.dialogue} == {"You're late.", "The bus was later."}
        assert llm.requests, "the planner never reached the model server"


def sse_events(response):
    """(event, id, data) triples from a text/event-stream response, read as they arrive."""
    import json

    event, event_id, data = "message", None, []
    for line in response.iter_lines():
        if line == "":
            if data:
                yield event, event_id, json.loads("\n".join(data))
            event, event_id, data = "message", None, []
        elif line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("id:"):
            event_id = int(line[3:].strip())
        elif line.startswith("data:"):
            data.append(line[5:].strip())


def test_progress_streams_as_server_sent_events_and_replays_from_last_event_id(studio):
    with studio.client() as client:
        project = new_project_with_plan(client, small_plan("Stream", 3))
        job_id = int(str(client.post(f"/projects/{project}/render", data={"renderer": "animatic"}).url).rsplit("/", 1)[-1])
        statuses, tasks = [], []
        with client.stream("GET", f"/jobs/{job_id}/events") as response:
            assert response.headers["content-type"].startswith("text/event-stream")
            for event, event_id, data in sse_events(response):
                if event == "status":
                    statuses.append(data)
                elif event == "task":
                    tasks.append((event_id, data))
                elif event == "end":
                    break
        progress = [s["progress"] for s in statuses]
        assert progress == sorted(progress) and progress[-1] == 1.0 and statuses[-1]["state"] == "done"
        kinds = [d["event"] for _, d in tasks]
        assert kinds[0] == "queued" and "job_started" in kinds and kinds[-1] == "render_finished"
        started = next(d for _, d in tasks if d["event"] == "job_started")
        assert sum(started["totals"].values()) == statuses[-1]["tasks_total"]

        # a reconnecting EventSource sends Last-Event-ID and gets only what it missed, then `end`
        middle = tasks[len(tasks) // 2][0]
        with client.stream("GET", f"/jobs/{job_id}/events", headers={"Last-Event-ID": str(middle)}) as response:
            replay = [(i, d) for e, i, d in sse_events(response) if e == "task"]
        assert replay == [t for t in tasks if t[0] > middle]


def test_final_draft_upload_outline_matches_the_reference_counts(studio, samples):
    source = samples / "fdx" / "Brick-and-Steel.screenplain.fdx"
    with studio.client() as client:
        page = upload(client, source.name, source.read_text(encoding="utf-8"))
        assert page.status_code == 200
        assert '<span id="scene-count">8 scenes</span>' in page.text
        assert '<span id="character-count">7 characters</span>' in page.text
        assert "BRICK" in page.text and "STEEL" in page.text


def test_other_sites_can_neither_post_forms_nor_read_pages(studio):
    with studio.client() as client:
        evil = client.post("/projects", data={"text": SHORT_SCRIPT}, headers={"Origin": "https://evil.example"})
        assert evil.status_code == 403 and "another site" in evil.text
        referred = client.post("/projects", data={"text": SHORT_SCRIPT},
                               headers={"Referer": "http://attacker.test/page.html"})
        assert referred.status_code == 403
        own = client.post("/projects", data={"text": SHORT_SCRIPT}, headers={"Origin": studio.url})
        assert own.status_code == 200 and "INT. KITCHEN - MORNING" in own.text
        rebound = client.get("/", headers={"Host": f"attacker.test:{studio.port}"})  # DNS rebinding
        assert rebound.status_code == 400
        assert client.get("/", headers={"Host": f"localhost:{studio.port}"}).status_code == 200


def test_replan_one_shot_keeps_the_other_shots_edits_and_its_own(studio):
    import director
    from director.models import FilmPlan

    with studio.client() as client:
        page = upload(client, "two_cups.fountain", SHORT_SCRIPT)
        project_id = str(page.url).rstrip("/").rsplit("/", 1)[-1]
        client.post(f"/projects/{project_id}/plan", data={"planner": "rules", "fps": "8", "width": "160", "height": "90"})
        planned = FilmPlan.model_validate(client.get(f"/api/projects/{project_id}/plan").json())
        assert planned == director.plan(director.parse(SHORT_SCRIPT), fps=8, width=160, height=90)
        first, second = planned.shots[0].id, planned.shots[1].id
        for shot_id in (first, second):
            client.post(f"/projects/{project_id}/shots/{shot_id}", data={"camera_size": "ECU"})
        replanned = client.post(f"/projects/{project_id}/shots/{first}/replan")
        assert replanned.status_code == 200
        plan = FilmPlan.model_validate(client.get(f"/api/projects/{project_id}/plan").json())
        assert plan.shots[0].camera.size == "ECU"                        # the writer's camera, kept
        assert plan.shots[1].camera.size == "ECU" and plan.shots[1] != planned.shots[1]
        assert plan.shots[2:] == planned.shots[2:]
        released = client.post(f"/projects/{project_id}/shots/{first}/replan", data={"release": "1"})
        assert released.status_code == 200
        plan = FilmPlan.model_validate(client.get(f"/api/projects/{project_id}/plan").json())
        assert plan.shots[0].camera.size == "ECU"   # the camera is the shot's own: released, it is not re-chosen
        missing = client.post(f"/projects/{project_id}/shots/sc099_sh01/replan")
        assert missing.status_code == 400 and "no shot 'sc099_sh01'" in html.unescape(missing.text)


def test_pasted_prose_becomes_one_scene(studio):
    story = "Mara walks along the cliff at dawn. The wind pulls at her coat. She stops and looks at the sea."
    with studio.client() as client:
        page = client.post("/projects", data={"text": story})
        assert page.status_code == 200 and "pasted script" in page.text
        assert '<span id="scene-count">1 scene</span>' in page.text and "one scene of prose" in page.text
        project_id = str(page.url).rstrip("/").rsplit("/", 1)[-1]
        assert (studio.root / "projects" / project_id / "script.txt").read_text() == story
        planned = client.post(f"/projects/{project_id}/plan", data={"planner": "rules", "fps": "8"})
        assert planned.status_code == 200 and planned.text.count('class="panel"') >= 2


def test_a_long_storyboard_pages_by_scene(tmp_path):
    plan = small_plan("Feature", 64, scenes=2)
    with ThreadedStudio(tmp_path / "studio", start_worker=False, panels_per_page=40) as studio, \
            studio.client() as client:
        project_id = new_project_with_plan(client, plan)
        first = client.get(f"/projects/{project_id}").text
        assert first.count('class="panel"') == 32 and "scene 1: 32 of 64 shots" in first
        assert f'href="/projects/{project_id}?scene=2#storyboard"' in first
        second = client.get(f"/projects/{project_id}?scene=2").text
        assert second.count('class="panel"') == 32 and 'id="shot-sh64"' in second and 'id="shot-sh01"' not in second
        edited = client.post(f"/projects/{project_id}/shots/sh40", data={"description": "Later."},
                             follow_redirects=False)
        assert edited.headers["location"] == f"/projects/{project_id}?scene=2#shot-sh40"


def test_a_failing_render_fails_its_job_with_the_reason_and_the_queue_goes_on(tmp_path):
    from director.studio.layout import StudioLayout
    from director.studio.queue import JobQueue
    from director.studio.store import StudioStore

    layout = StudioLayout(tmp_path / "studio")
    store = StudioStore(layout.database)
    store.add_project("0123456789ab", "Broken", "broken.fountain")
    queue = JobQueue(store, layout)
    queue.start()
    try:
        bad = queue.submit("0123456789ab", small_plan("Broken", 2), "no-such-renderer", {})
        good = queue.submit("0123456789ab", small_plan("Fine", 2), "animatic", {})
        deadline = time.monotonic() + 60
        while not store.job(good.id).final:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        queue.stop()
    failed = store.job(bad.id)
    assert failed.state == "failed" and "unknown renderer 'no-such-renderer'" in failed.error
    assert [e["event"] for _, e in store.events(bad.id)][-1] == "error"
    assert store.job(good.id).state == "done" and (layout.job_dir(good.id) / "film.mp4").is_file()


def test_waiting_jobs_show_their_queue_position(tmp_path):
    with ThreadedStudio(tmp_path / "studio", start_worker=False) as studio, studio.client() as client:
        project = new_project_with_plan(client, small_plan("Queue", 2))
        ids = [int(str(client.post(f"/projects/{project}/render", data={"renderer": "animatic"}).url).rsplit("/", 1)[-1])
               for _ in range(3)]
        for position, job_id in enumerate(ids, 1):
            assert f"position {position} in the queue" in client.get(f"/jobs/{job_id}").text
        client.post(f"/jobs/{ids[0]}/cancel")  # cancelled before it started: it never runs
        assert [e["event"] for e in client.get(f"/api/jobs/{ids[0]}/events").json()] == ["queued", "cancelled"]
        assert "position 1 in the queue" in client.get(f"/jobs/{ids[1]}").text
        assert "position 2 in the queue" in client.get(f"/jobs/{ids[2]}").text
        index = client.get("/").text
        assert "queued (position 1 in queue)" in index and "cancelled" in index


def test_a_studio_killed_outright_leaves_no_render_running_behind_and_cancel_stops_a_render(tmp_path):
    import os

    def alive(pid: int) -> bool:
        try:
            state = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0]
        except OSError:
            return False
        return state != "Z"

    root = tmp_path / "studio"
    first = StudioServer(root).start()
    with first.client() as client:
        project = new_project_with_plan(client, small_plan("Orphan", 8, seconds=4.0, fps=24, width=640, height=360))
        job_id = int(str(client.post(f"/projects/{project}/render", data={"renderer": "animatic"}).url).rsplit("/", 1)[-1])
        deadline = time.monotonic() + 60
        while not any(e["event"] == "task_started" for e in client.get(f"/api/jobs/{job_id}/events").json()):
            assert time.monotonic() < deadline, "the render never started"
            time.sleep(0.05)
    pid = int((root / "jobs" / str(job_id) / "render.pid").read_text())
    first.proc.kill()  # SIGKILL: no shutdown code runs; the render process outlives the studio
    first.proc.wait()
    assert alive(pid)
    with StudioServer(root) as second, second.client() as client:
        assert not alive(pid)  # the new studio stopped the orphan before resuming the job
        deadline = time.monotonic() + 60
        while True:  # the job runs again ...
            events = client.get(f"/api/jobs/{job_id}/events").json()
            kinds = [e["event"] for e in events]
            if "requeued" in kinds and "task_started" in kinds[kinds.index("requeued"):]:
                break
            assert time.monotonic() < deadline, "the job did not resume"
            time.sleep(0.05)
        page = client.post(f"/jobs/{job_id}/cancel")  # ... and Cancel stops it mid-render
        assert page.status_code == 200
        job = second.wait_job(client, job_id)
        assert job["state"] == "cancelled" and job["progress"] < 1
        assert client.get(f"/api/jobs/{job_id}/events").json()[-1]["message"].startswith("cancelled while rendering")
        assert client.get(f"/jobs/{job_id}/files/film.mp4").status_code == 404
    assert not os.path.exists(root / "jobs" / str(job_id) / "film.mp4")
