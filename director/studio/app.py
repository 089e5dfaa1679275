"""The studio's web app: `create_app(root_dir, token=None)` returns a FastAPI application.

Pages are server-rendered jinja2 templates with a little vanilla JS (static/studio.js: an EventSource for live
progress, shot-by-shot seeking of the <video>). Each route is a thin shell over the Python API — parse, plan,
`editing.edit_shot`, the job queue — and every user error (`DirectorError`) becomes a message in the page with
a 4xx status, never a 500. The app owns no state besides what is on disk under `root_dir`, so a restarted
studio shows everything the last one did.
"""
from __future__ import annotations

import asyncio
import io
import json
import os
import re
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..errors import DirectorError, InputError
from ..models import FilmPlan, Script
from .editing import edit_shot, replace_shot
from .layout import DELIVERABLES, SCRIPT_EXTENSIONS, StudioLayout, display_name, new_project_id, script_extension
from .outline import outline
from .queue import JobQueue
from .security import BodySizeLimit, SameOriginWrites, TokenGate
from .store import FINAL_STATES, StudioStore

HERE = Path(__file__).resolve().parent
DEFAULT_MAX_UPLOAD = 2 * 1024 * 1024   # a feature screenplay is ~200 KB as Fountain, ~1 MB as FDX
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9._~+/=-]{8,256}$")
PANELS_PER_PAGE = 60
"""Above this many shots the storyboard pages by scene (create_app's `panels_per_page`)."""
SSE_POLL_S = 0.25
SSE_HEARTBEAT_S = 15.0
PLAN_OPTIONS = ("fps", "width", "height")
"""Planner options the plan form offers; the plan's frame size and rate are fixed when it is planned."""


def _int_field(value: str | None, name: str, low: int, high: int) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except ValueError:
        raise DirectorError(f"{name} must be a whole number, not {value!r}") from None
    if not low <= number <= high:
        raise DirectorError(f"{name} must be between {low} and {high}, not {number}")
    return number


def _source_line(path: Path | None, line: int | None) -> str | None:
    """The text of the line an error points at, for showing beside the message."""
    if path is None or line is None or line < 1:
        return None
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for number, text in enumerate(f, 1):
                if number == line:
                    return text.rstrip("\r\n")[:200]
    except OSError:
        return None
    return None


def _backends(kind: str) -> list[str]:
    from ..registry import available

    names = sorted(available(kind))
    return names or (["rules"] if kind == "planner" else ["animatic"])


def create_app(root_dir: str | os.PathLike, token: str | None = None, *, max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
               workers: int = 1, start_worker: bool = True, allowed_hosts: list[str] | None = None,
               panels_per_page: int = PANELS_PER_PAGE) -> FastAPI:
    """The studio for the folder `root_dir` (created if missing).

    token: required on every request when set (see security.py); the CLI insists on one for non-loopback hosts.
    max_upload_bytes: request bodies above it get a 413 page.
    workers: renders run at the same time (one per worker); 1 suits one GPU or a small CPU.
    start_worker: False gives an app that queues jobs but never runs them (for inspecting a studio folder).
    allowed_hosts: `Host` header values accepted (others get 400), e.g. the loopback names when served on
    loopback, so a DNS-rebinding page cannot read the studio through a name it controls.
    panels_per_page: a storyboard with more shots than this shows one scene at a time.
    """
    if token is not None and not TOKEN_PATTERN.match(token):
        raise DirectorError("the studio token must be 8-256 characters of letters, digits and ._~+/=-")
    layout = StudioLayout(Path(root_dir))
    store = StudioStore(layout.database)
    queue = JobQueue(store, layout, workers=workers)
    templates = Jinja2Templates(directory=str(HERE / "templates"))

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if start_worker:
            queue.start()
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(queue.stop)

    app = FastAPI(title="Director studio", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.store, app.state.layout, app.state.queue = store, layout, queue
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("error", None)
        if "jobs" in context:
            context["project_names"] = {p.id: p.name for p in store.projects()}
        return templates.TemplateResponse(request, name, context, status_code=status)

    def error_page(request: Request, message: str, status: int = 400, **context: Any) -> HTMLResponse:
        return page(request, "error.html", status, error=message, **context)

    @app.exception_handler(DirectorError)
    async def director_error(request: Request, exc: DirectorError):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=400)
        return error_page(request, str(exc))

    # -- helpers over the folder ------------------------------------------------------------------------------

    def load_project(project_id: str):
        project = store.project(project_id) if re.fullmatch(r"[0-9a-f]{12}", project_id or "") else None
        if project is None:
            raise LookupError(f"no project '{project_id}'")
        return project

    def load_plan(project_id: str) -> FilmPlan | None:
        path = layout.plan_path(project_id)
        if not path.is_file():
            return None
        return FilmPlan.model_validate_json(path.read_text(encoding="utf-8"))

    def save_plan(project_id: str, plan: FilmPlan) -> None:
        path = layout.plan_path(project_id)
        tmp = path.with_suffix(".json.part")
        tmp.write_text(plan.model_dump_json(indent=2), encoding="utf-8")
        os.replace(tmp, path)

    def parse_project(project_id: str) -> Script:
        from .. import parse

        path = layout.script_path(project_id)
        if path is None:
            raise InputError("the project's script is missing")
        return parse(path)

    def job_plan(job_id: int) -> FilmPlan | None:
        path = layout.job_dir(job_id) / "plan.json"
        return FilmPlan.model_validate_json(path.read_text(encoding="utf-8")) if path.is_file() else None

    def shot_url(project_id: str, plan: FilmPlan, shot_id: str) -> str:
        """The project page at one shot's panel (on its scene's page when the storyboard pages by scene)."""
        scene = next((s.scene for s in plan.shots if s.id == shot_id), None)
        query = f"?scene={scene}" if scene is not None and len(plan.shots) > panels_per_page else ""
        return f"/projects/{project_id}{query}#shot-{shot_id}"

    def not_found(request: Request, what: str) -> HTMLResponse:
        return error_page(request, what, status=404)

    # -- pages ------------------------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request):
        return page(request, "index.html", projects=store.projects(), jobs=store.jobs()[:20],
                    extensions=SCRIPT_EXTENSIONS, max_upload_kib=max_upload_bytes // 1024)

    @app.post("/projects")
    async def upload(request: Request, script: UploadFile | None = File(None), text: str = Form(""),
                     name: str = Form("")):
        """A new project from an uploaded file or pasted text; a parse error is shown on the upload page."""
        if script is not None and script.filename:
            data = await script.read(max_upload_bytes + 1)
            source_name = display_name(script.filename)
            try:
                ext = script_extension(script.filename)
            except InputError as exc:
                return index_with_error(request, str(exc))
        elif text.strip():
            data, ext = text.encode("utf-8"), ".txt"  # .txt: the parser sniffs Fountain, FDX or prose
            source_name = display_name(name or None, "pasted script")
            if Path(source_name).suffix.lower() in SCRIPT_EXTENSIONS:
                ext = Path(source_name).suffix.lower()
        else:
            return index_with_error(request, "choose a script file or paste the script's text")
        if len(data) > max_upload_bytes:
            return index_with_error(request, f"{source_name}: larger than the studio's limit of "
                                    f"{max_upload_bytes // 1024} KiB", status=413)
        project_id = new_project_id()
        folder = layout.project_dir(project_id)
        folder.mkdir(parents=True)
        path = folder / f"script{ext}"
        path.write_bytes(data)
        try:
            from .. import parse

            script_model = await anyio.to_thread.run_sync(parse, path)
        except InputError as exc:
            line_text = _source_line(path, exc.line)
            for child in folder.iterdir():
                child.unlink()
            folder.rmdir()
            where = source_name + (f":{exc.line}" if exc.line is not None else "")
            return index_with_error(request, f"{where}: {exc.problem}", line=exc.line, line_text=line_text)
        title = (script_model.title or Path(source_name).stem or "Untitled").replace("\n", " ")
        store.add_project(project_id, title[:120], source_name)
        return RedirectResponse(f"/projects/{project_id}", status_code=303)

    def index_with_error(request: Request, message: str, status: int = 400, **extra: Any) -> HTMLResponse:
        return page(request, "index.html", status, error=message, projects=store.projects(), jobs=store.jobs()[:20],
                    extensions=SCRIPT_EXTENSIONS, max_upload_kib=max_upload_bytes // 1024, **extra)

    @app.get("/projects/{project_id}", response_class=HTMLResponse)
    def show_project(request: Request, project_id: str, scene: int | None = None):
        return project_page(request, project_id, scene=scene)

    def project_page(request: Request, project_id: str, error: str | None = None, status: int = 200,
                     scene: int | None = None):
        """The project page, with `error` shown at the top (the routes that refuse a form use this).

        A long film's storyboard shows one scene at a time (a feature has thousands of shots): `scene`
        picks it; short films show every panel.
        """
        try:
            project = load_project(project_id)
        except LookupError as exc:
            return not_found(request, str(exc))
        script_error, summary = None, None
        try:
            summary = outline(parse_project(project_id), fallback_title=project.name)
        except InputError as exc:
            script_error = str(exc)
        plan = load_plan(project_id)
        panels, scenes = (plan.shots if plan else []), []
        if plan and (scene is not None or len(plan.shots) > panels_per_page):
            counts: dict[int, int] = {}
            for shot in plan.shots:
                counts[shot.scene] = counts.get(shot.scene, 0) + 1
            scenes = [(sc.index, sc.heading or "(no heading)", counts.get(sc.index, 0)) for sc in plan.scenes]
            scene = scene if scene in counts else min(counts, default=None)
            panels = [s for s in plan.shots if s.scene == scene]
        jobs = store.jobs(project_id)
        last_options = jobs[0].options if jobs else {}
        return page(request, "project.html", status, project=project, outline=summary, script_error=script_error,
                    plan=plan, panels=panels, scenes=scenes, scene=scene, jobs=jobs, error=error,
                    planners=_backends("planner"),
                    renderers=_backends("renderer"), last_options=last_options,
                    last_renderer=jobs[0].renderer if jobs else "animatic", plan_duration=plan.duration if plan else None)

    @app.post("/projects/{project_id}/plan")
    def plan_project(request: Request, project_id: str, planner: str = Form("rules"), fps: str = Form(""),
                     width: str = Form(""), height: str = Form("")):
        try:
            load_project(project_id)
        except LookupError as exc:
            return not_found(request, str(exc))
        from .. import plan as make_plan

        try:
            options = {k: v for k, v in (("fps", _int_field(fps, "fps", 1, 120)),
                                          ("width", _int_field(width, "width", 16, 4096)),
                                          ("height", _int_field(height, "height", 16, 4096))) if v is not None}
            plan = make_plan(parse_project(project_id), planner=planner, **options)
        except DirectorError as exc:
            return project_page(request, project_id, error=f"planning failed: {exc}", status=400)
        save_plan(project_id, plan)
        planning = {"planner": planner, "options": {"fps": plan.fps, "width": plan.width, "height": plan.height}}
        (layout.project_dir(project_id) / "planning.json").write_text(json.dumps(planning), encoding="utf-8")
        return RedirectResponse(f"/projects/{project_id}#storyboard", status_code=303)

    @app.post("/projects/{project_id}/plan/upload")
    async def upload_plan(request: Request, project_id: str, plan: UploadFile | None = File(None)):
        """Replace the project's plan with a plan.json the writer edited by hand (checked before it is kept)."""
        from ..layout import validate
        from ..pipeline import load_plan as read_plan_file

        try:
            load_project(project_id)
        except LookupError as exc:
            return not_found(request, str(exc))
        if plan is None or not plan.filename:
            return project_page(request, project_id, error="choose a plan.json to upload", status=400)
        data = await plan.read(max_upload_bytes + 1)
        name = display_name(plan.filename, "plan.json")
        if len(data) > max_upload_bytes:
            return project_page(request, project_id, status=413,
                                error=f"{name}: larger than the studio's limit of {max_upload_bytes // 1024} KiB")
        staged = layout.project_dir(project_id) / ".uploaded-plan.json"
        staged.write_bytes(data)
        try:
            new_plan = read_plan_file(staged)
            problems = validate(new_plan)
            if problems:
                listed = "; ".join(str(p) for p in problems[:5])
                raise InputError(f"the plan has {len(problems)} problem(s): {listed}")
            if not new_plan.shots:
                raise InputError("the plan has no shots")
        except InputError as exc:
            where = name + (f":{exc.line}" if exc.line is not None else "")
            return project_page(request, project_id, error=f"{where}: {exc.problem}", status=400)
        finally:
            staged.unlink(missing_ok=True)
        save_plan(project_id, new_plan)
        return RedirectResponse(f"/projects/{project_id}#storyboard", status_code=303)

    @app.get("/projects/{project_id}/shots/{shot_id}.png")
    def shot_drawing(request: Request, project_id: str, shot_id: str, keyframe: int = -1):
        """A shot's layout drawing (boxes, skeletons, names) at one keyframe, from the shared drawing module."""
        from PIL import Image

        from ..drawing import draw_layout_image

        try:
            load_project(project_id)
        except LookupError:
            return Response(status_code=404)
        plan = load_plan(project_id)
        shot = next((s for s in plan.shots if s.id == shot_id), None) if plan else None
        if shot is None or not shot.keyframes:
            return Response(status_code=404)
        kf = shot.keyframes[keyframe if -len(shot.keyframes) <= keyframe < len(shot.keyframes) else len(shot.keyframes) // 2]
        width = 320
        height = max(1, round(width * plan.height / plan.width))
        img = Image.new("RGB", (width, height), (236, 232, 224))
        img = draw_layout_image(img, kf.objects, {e.id: e for e in plan.entities})
        buffer = io.BytesIO()
        img.save(buffer, format="PNG")
        return Response(buffer.getvalue(), media_type="image/png", headers={"Cache-Control": "no-cache"})

    @app.get("/projects/{project_id}/storyboard.html")
    def project_storyboard(request: Request, project_id: str):
        """The storyboard of the current plan, from the plan alone (editorial's writer), to open or print."""
        try:
            load_project(project_id)
        except LookupError as exc:
            return not_found(request, str(exc))
        plan = load_plan(project_id)
        if plan is None:
            return error_page(request, "plan the script first", status=404)
        from ..storyboard import write_storyboard

        target = layout.project_dir(project_id) / "storyboard.html"
        write_storyboard(plan, target)
        return FileResponse(target, media_type="text/html; charset=utf-8")

    @app.post("/projects/{project_id}/shots/{shot_id}")
    async def edit(request: Request, project_id: str, shot_id: str):
        """Edit one shot; with `render` set, queue a render (the pipeline's cache redoes only what changed)."""
        try:
            load_project(project_id)
        except LookupError as exc:
            return not_found(request, str(exc))
        form = dict((await request.form()).items())
        plan = load_plan(project_id)
        if plan is None:
            return project_page(request, project_id, error="plan the script before editing shots", status=400)
        from ..layout import validate

        try:
            edited = edit_shot(plan, shot_id, form)
        except InputError as exc:
            return project_page(request, project_id, error=str(exc), status=400)
        problems = [p for p in validate(edited) if p not in validate(plan)]
        if problems:
            listed = "; ".join(str(p) for p in problems[:3])
            return project_page(request, project_id, status=400,
                                error=f"that edit would break the plan, nothing saved: {listed}")
        save_plan(project_id, edited)
        if form.get("render"):
            jobs = store.jobs(project_id)
            renderer = jobs[0].renderer if jobs else "animatic"
            options = jobs[0].options if jobs else {}
            job = submit(project_id, edited, renderer, options, note=f"after editing {shot_id}")
            return RedirectResponse(f"/jobs/{job.id}", status_code=303)
        return RedirectResponse(shot_url(project_id, edited, shot_id), status_code=303)

    @app.post("/projects/{project_id}/shots/{shot_id}/replan")
    async def replan_shot(request: Request, project_id: str, shot_id: str):
        """Re-plan one shot with the planner that made the plan; the other shots keep the writer's edits."""
        from .. import plan as make_plan
        from ..layout import validate

        try:
            load_project(project_id)
        except LookupError as exc:
            return not_found(request, str(exc))
        form = dict((await request.form()).items())
        plan = load_plan(project_id)
        if plan is None:
            return project_page(request, project_id, error="plan the script first", status=400)
        record = layout.project_dir(project_id) / "planning.json"
        planning = json.loads(record.read_text(encoding="utf-8")) if record.is_file() else {
            "planner": "rules", "options": {"fps": plan.fps, "width": plan.width, "height": plan.height}}
        try:
            script = await anyio.to_thread.run_sync(parse_project, project_id)
            fresh = await anyio.to_thread.run_sync(
                lambda: make_plan(script, planner=planning["planner"], **planning["options"]))
            replanned = replace_shot(plan, fresh, shot_id)
        except DirectorError as exc:
            return project_page(request, project_id, error=f"re-planning {shot_id} failed: {exc}", status=400)
        problems = [p for p in validate(replanned) if p not in validate(plan)]
        if problems:
            listed = "; ".join(str(p) for p in problems[:3])
            return project_page(request, project_id, status=400,
                                error=f"the re-planned {shot_id} does not fit the edited plan: {listed}")
        save_plan(project_id, replanned)
        if form.get("render"):
            jobs = store.jobs(project_id)
            job = submit(project_id, replanned, jobs[0].renderer if jobs else "animatic",
                         jobs[0].options if jobs else {}, note=f"after re-planning {shot_id}")
            return RedirectResponse(f"/jobs/{job.id}", status_code=303)
        return RedirectResponse(shot_url(project_id, replanned, shot_id), status_code=303)

    def submit(project_id: str, plan: FilmPlan, renderer: str, options: dict[str, Any], note: str = ""):
        return queue.submit(project_id, plan, renderer, options, note)

    @app.post("/projects/{project_id}/render")
    def render(request: Request, project_id: str, renderer: str = Form("animatic"), width: str = Form(""),
               height: str = Form("")):
        try:
            load_project(project_id)
        except LookupError as exc:
            return not_found(request, str(exc))
        plan = load_plan(project_id)
        if plan is None:
            return project_page(request, project_id, error="plan the script before rendering", status=400)
        if renderer not in _backends("renderer"):
            return project_page(request, project_id, error=f"unknown renderer '{renderer}'", status=400)
        try:
            options = {k: v for k, v in (("width", _int_field(width, "width", 16, 4096)),
                                          ("height", _int_field(height, "height", 16, 4096))) if v is not None}
        except DirectorError as exc:
            return project_page(request, project_id, error=str(exc), status=400)
        job = submit(project_id, plan, renderer, options)
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    @app.get("/jobs/{job_id}", response_class=HTMLResponse)
    def job_page(request: Request, job_id: int):
        job = store.job(job_id)
        if job is None:
            return not_found(request, f"no job {job_id}")
        from ..timing import shot_spans

        plan = job_plan(job_id)
        spans = shot_spans(plan) if plan else []
        shots = [{"id": sp.shot_id, "start": sp.start / plan.fps, "duration": sp.frames / plan.fps,
                  "description": s.description} for sp, s in zip(spans, plan.shots)] if plan else []
        files = [n for n in DELIVERABLES if (layout.job_dir(job_id) / n).is_file()] if job.state == "done" else []
        return page(request, "job.html", job=job, project=store.project(job.project), shots=shots, files=files,
                    final=job.state in FINAL_STATES)

    @app.post("/jobs/{job_id}/cancel")
    def cancel(request: Request, job_id: int):
        if store.job(job_id) is None:
            return not_found(request, f"no job {job_id}")
        queue.cancel(job_id)
        return RedirectResponse(f"/jobs/{job_id}", status_code=303)

    @app.get("/jobs/{job_id}/files/{name}")
    def download(request: Request, job_id: int, name: str):
        job = store.job(job_id)
        if job is None or name not in DELIVERABLES:
            return not_found(request, f"no file '{name}' for job {job_id}")
        path = layout.deliverable(job_id, name)
        if not path.is_file():
            return not_found(request, f"job {job_id} has no {name} (yet)")
        disposition = "inline" if name in ("film.mp4", "storyboard.html") else "attachment"
        return FileResponse(path, media_type=DELIVERABLES[name], content_disposition_type=disposition,
                            filename=f"job{job_id}-{name}")

    @app.get("/jobs/{job_id}/events")
    async def events(request: Request, job_id: int):
        """Server-sent events: the job's stored events from `Last-Event-ID` on, then live ones, then `end`."""
        if await anyio.to_thread.run_sync(store.job, job_id) is None:
            return JSONResponse({"error": f"no job {job_id}"}, status_code=404)
        last = request.headers.get("last-event-id", "")
        after = int(last) if last.isdigit() else 0

        async def stream():
            nonlocal after
            status_sent, idle = None, 0.0
            yield "retry: 1000\n\n"
            while True:
                batch = await anyio.to_thread.run_sync(store.events, job_id, after)
                for event_id, data in batch:
                    after = event_id
                    yield f"id: {event_id}\nevent: task\ndata: {json.dumps(data)}\n\n"
                job = await anyio.to_thread.run_sync(store.job, job_id)
                status = {"state": job.state, "progress": job.progress, "tasks_total": job.tasks_total,
                          "tasks_done": job.tasks_done, "cache_hits": job.cache_hits,
                          "queue_position": job.queue_position, "error": job.error}
                if status != status_sent:
                    status_sent = status
                    yield f"event: status\ndata: {json.dumps(status)}\n\n"
                if job.state in FINAL_STATES and not batch:
                    yield "event: end\ndata: {}\n\n"
                    return
                if await request.is_disconnected():
                    return
                if batch:
                    idle = 0.0
                else:
                    idle += SSE_POLL_S
                    if idle >= SSE_HEARTBEAT_S:
                        idle = 0.0
                        yield ": keep-alive\n\n"
                await asyncio.sleep(SSE_POLL_S)

        return StreamingResponse(stream(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    # -- JSON for scripts ---------------------------------------------------------------------------------------

    @app.get("/api/jobs")
    def api_jobs():
        return [j.as_dict() for j in store.jobs()]

    @app.get("/api/jobs/{job_id}")
    def api_job(job_id: int):
        job = store.job(job_id)
        if job is None:
            return JSONResponse({"error": f"no job {job_id}"}, status_code=404)
        return job.as_dict()

    @app.get("/api/jobs/{job_id}/events")
    def api_events(job_id: int, after: int = 0):
        return [{"id": i, **e} for i, e in store.events(job_id, after, limit=100000)]

    @app.get("/api/projects/{project_id}/plan")
    def api_plan(project_id: str):
        try:
            load_project(project_id)
        except LookupError as exc:
            return JSONResponse({"error": str(exc)}, status_code=404)
        plan = load_plan(project_id)
        return JSONResponse(json.loads(plan.model_dump_json()) if plan else None)

    # Outermost first when a request arrives: token gate, same-origin check, size limit, then the routes.
    app.add_middleware(BodySizeLimit, max_bytes=max_upload_bytes, framing=64 * 1024)
    app.add_middleware(SameOriginWrites)
    if token is not None:
        app.add_middleware(TokenGate, token=token)
    if allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    return app
