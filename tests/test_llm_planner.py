"""The LLM planner end to end: the real langchain/openai client against a real local HTTP server (tests/
openai_server.py) answering from a script. Each misbehaviour must still end in a valid plan (or, for a server
that is down, one clear error) with the right entries in the planner's report (manifest["planner"])."""
from __future__ import annotations

import json
import math
import re
import socket
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from openai_server import OpenAIServer, Reply, competent, is_repair, stage_input, stage_of  # noqa: E402

import director  # noqa: E402
from director.errors import DirectorError, InputError  # noqa: E402
from director.layout import validate  # noqa: E402

pytest.importorskip("langchain_openai")
from planners.llm import AutoPlanner, LLMPlanner  # noqa: E402

SCRIPT = """Title: The Harbour

EXT. HARBOUR - DAY

MAYA, thirties in a red raincoat, waits by a bollard with a SUITCASE.

MAYA
He said noon.

TOM (O.S.)
I'm here! Sorry, the ferry was late.

Tom runs along the pier toward her.

INT. CAFE - NIGHT

Maya and Tom sit at a table by the window.

TOM
You kept it.

MAYA
Of course I kept it.
"""


@pytest.fixture(scope="module")
def script():
    return director.parse(SCRIPT)


def make(server, tmp_path, **options):
    opts = dict(base_url=server.base_url, model="scripted", cache_dir=str(tmp_path / "cache"), max_retries=2,
                backoff=0.01, timeout=10, concurrency=2)
    opts.update(options)
    return LLMPlanner(**opts)


def assert_valid(plan, script):
    assert validate(plan) == []
    assert len(plan.scenes) == len(script.scenes)
    spoken = [d.text for s in plan.shots for d in s.dialogue]
    assert len(spoken) == sum(1 for sc in script.scenes for el in sc.elements if el.type == "dialogue")


def first_of(stage, bad, times=1):
    """A responder that answers the first `times` requests of `stage` with `bad(request)`, the rest competently
    (`bad` returning None means "not applicable to this request")."""
    seen = {"n": 0}

    def respond(request, n):
        if stage_of(request) == stage and seen["n"] < times and not is_repair(request):
            reply = bad(request)
            if reply is not None:
                seen["n"] += 1
                return reply
        return competent(request)
    return respond


# ------------------------------------------------------------------------------------------------------------
def test_valid_plan_then_rerun_from_cache(script, tmp_path):
    with OpenAIServer(competent) as server:
        planner = make(server, tmp_path)
        plan = planner.plan(script)
        first = planner.report
        assert server.requests[0]["response_format"]["type"] == "json_schema"
        layout_prompt = next(r for r in server.requests if stage_of(r) == "layout")["messages"][1]["content"]
        assert "kf 0; t 0.0; 2 instances; [mara xmin 0.2 ymin 0.25 xmax 0.42 ymax 1.0]" in layout_prompt
        assert server.requests[0]["model"] == "scripted"
        rerun = make(server, tmp_path)
        again = rerun.plan(script)
        second = rerun.report
    assert_valid(plan, script)
    assert [e.id for e in plan.entities] == ["maya", "tom"]
    assert {e.kind for e in plan.entities} == {"person"}
    people = [o for s in plan.shots for k in s.keyframes for o in k.objects if o.entity in ("maya", "tom")]
    assert people and all(o.keypoints is not None and len(o.keypoints) == 18 for o in people)
    assert first["calls"] == len(server.requests) - 0 and first["calls"] >= 1 + 2 + len(plan.shots)
    assert set(first["stages"]) == {"shots", "bible", "layout"}
    assert first["stages"]["layout"]["calls"] == len(plan.shots)
    assert first["tokens_in"] > 0 and first["tokens_out"] > 0 and first["fallbacks"] == []
    # The re-run makes no calls at all and plans the same film.
    assert second["calls"] == 0 and second["cache_hits"] == first["calls"]
    assert again == plan


def test_json_in_prose_and_code_fences(script, tmp_path):
    def chatty(request, n):
        answer = competent(request).content
        if n % 2:
            return Reply(f"Sure! Here is the layout you asked for:\n```json\n{answer}\n```\nLet me know if it helps.")
        return Reply(f"Of course. {answer} I hope this plan works for your film.")

    with OpenAIServer(chatty) as server:
        planner = make(server, tmp_path)
        plan = planner.plan(script)
    assert_valid(plan, script)
    report = planner.report
    assert report["fallbacks"] == [] and all(s["repairs"] == 0 for s in report["stages"].values())


def test_truncated_json_is_closed_and_repaired(script, tmp_path):
    def truncated(request):
        text = competent(request).content
        return Reply(text[: int(len(text) * 0.6)], finish_reason="length")

    with OpenAIServer(first_of("layout", truncated, times=2)) as server:
        planner = make(server, tmp_path, concurrency=1)
        plan = planner.plan(script)
    assert_valid(plan, script)
    layout = planner.report["stages"]["layout"]
    assert layout["repaired_json"] == 2
    # The closed JSON lacks keyframes, so the model was asked again, with the count it must give.
    assert layout["repairs"] == 2
    repairs = [r for r in server.requests if is_repair(r)]
    assert all("give exactly" in r["messages"][-1]["content"] for r in repairs)
    assert planner.report["fallbacks"] == []


def test_boxes_outside_the_frame_are_repaired(script, tmp_path):
    def outside(request):
        answer = json.loads(competent(request).content)
        if not answer["keyframes"][2]["objects"]:
            return None
        answer["keyframes"][2]["objects"][0]["box"] = [0.7, 0.2, 1.35, 0.9]
        return Reply(json.dumps(answer))

    with OpenAIServer(first_of("layout", outside)) as server:
        planner = make(server, tmp_path, concurrency=1)
        plan = planner.plan(script)
    assert_valid(plan, script)
    repairs = [r for r in server.requests if is_repair(r)]
    assert len(repairs) == 1 and "leaves the frame" in repairs[0]["messages"][-1]["content"]
    assert planner.report["stages"]["layout"]["repairs"] == 1 and planner.report["fallbacks"] == []


def test_unknown_entity_ids_are_repaired(script, tmp_path):
    def ghost(request):
        answer = json.loads(competent(request).content)
        answer["keyframes"][0]["objects"].append({"entity": "ghost", "box": [0.4, 0.1, 0.6, 0.5]})
        return Reply(json.dumps(answer))

    with OpenAIServer(first_of("layout", ghost)) as server:
        planner = make(server, tmp_path, concurrency=1)
        plan = planner.plan(script)
    assert_valid(plan, script)
    repairs = [r for r in server.requests if is_repair(r)]
    assert len(repairs) == 1 and "'ghost'" in repairs[0]["messages"][-1]["content"]
    assert all(o.entity != "ghost" for s in plan.shots for k in s.keyframes for o in k.objects)


def test_wrong_schema_is_repaired(script, tmp_path):
    def wrong(request):
        shots = json.loads(competent(request).content)["shots"]
        return Reply(json.dumps({"scenes": [{"shot_list": shots}]}))

    with OpenAIServer(first_of("shots", wrong)) as server:
        planner = make(server, tmp_path, concurrency=1)
        plan = planner.plan(script)
    assert_valid(plan, script)
    repairs = [r for r in server.requests if is_repair(r)]
    assert len(repairs) == 1 and "shots: Field required" in repairs[0]["messages"][-1]["content"]
    assert planner.report["stages"]["shots"]["repairs"] == 1


def test_dialogue_left_out_is_sent_back(script, tmp_path):
    def forgetful(request):
        answer = json.loads(competent(request).content)
        for shot in answer["shots"]:
            shot["dialogue"] = []
        return Reply(json.dumps(answer))

    with OpenAIServer(first_of("shots", forgetful)) as server:
        planner = make(server, tmp_path, concurrency=1)
        plan = planner.plan(script)
    assert_valid(plan, script)
    repair = next(r for r in server.requests if is_repair(r))["messages"][-1]["content"]
    assert "is in no shot" in repair and "MAYA" in repair


def test_429_then_success(script, tmp_path):
    with OpenAIServer(first_of("shots", lambda r: Reply(status=429, error="slow down",
                                                        headers={"retry-after": "0"}))) as server:
        planner = make(server, tmp_path, concurrency=1)
        plan = planner.plan(script)
    assert_valid(plan, script)
    assert planner.report["stages"]["shots"]["retries"] == 1
    assert len(server.requests) == planner.report["calls"] + 1


def test_5xx_then_success(script, tmp_path):
    with OpenAIServer(first_of("bible", lambda r: Reply(status=503, error="overloaded"), times=2)) as server:
        planner = make(server, tmp_path)
        plan = planner.plan(script)
    assert_valid(plan, script)
    assert planner.report["stages"]["bible"]["retries"] == 2


def test_timeout_is_retried(script, tmp_path):
    slow = first_of("bible", lambda r: Reply(competent(r).content, delay=2.5))
    with OpenAIServer(slow) as server:
        planner = make(server, tmp_path, timeout=1.0)
        plan = planner.plan(script)
    assert_valid(plan, script)
    assert planner.report["stages"]["bible"]["retries"] == 1


def test_server_down_is_one_clear_error(script, tmp_path):
    with socket.socket() as s:             # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    planner = LLMPlanner(base_url=f"http://127.0.0.1:{port}/v1", model="m", cache_dir=str(tmp_path), max_retries=1,
                         backoff=0.01, timeout=5)
    with pytest.raises(DirectorError, match=rf"cannot reach the LLM server at http://127.0.0.1:{port}/v1"):
        planner.plan(script)
    assert planner.report["stages"]["shots"]["retries"] >= 1


def test_server_without_json_schema_support(script, tmp_path):
    with OpenAIServer(competent, reject_json_schema=True) as server:
        planner = make(server, tmp_path)
        plan = planner.plan(script)
    assert_valid(plan, script)
    formats = [(r.get("response_format") or {}).get("type") for r in server.requests]
    assert "json_schema" in formats and "json_object" in formats and formats[-1] is None
    assert any("using none" in n for n in planner.report["notes"])
    # The schema still reaches the model: described in the prompt.
    assert '"keyframes"' in server.requests[-1]["messages"][0]["content"]


def test_long_scene_is_split_to_fit_the_context_budget(tmp_path):
    lines = ["EXT. FIELD - DAY", ""]
    for i in range(24):
        lines += [f"The wind bends the grass, wave {i}, across the long empty field." , "",
                  "ANNA" if i % 2 else "BEN", f"Line number {i} of a long argument about the harvest.", ""]
    script = director.parse("\n".join(lines))
    with OpenAIServer(competent) as server:
        planner = make(server, tmp_path, context_budget=1500)
        plan = planner.plan(script)
    parts = [stage_input(r) for r in server.requests if stage_of(r) == "shots"]
    assert len(parts) > 1
    assert all("part" in r["messages"][1]["content"] for r in server.requests if stage_of(r) == "shots")
    assert validate(plan) == []
    assert [d.text for s in plan.shots for d in s.dialogue] == [
        f"Line number {i} of a long argument about the harvest." for i in range(24)]


def test_user_prompt_folder_overrides_one_stage(script, tmp_path):
    from planners.llm.templates import SHIPPED

    folder = tmp_path / "prompts"
    folder.mkdir()
    text = (SHIPPED / "bible.j2").read_text().replace("You are the production designer", "HOUSE STYLE: noir.\nYou are the production designer")
    (folder / "bible.j2").write_text(text)
    with OpenAIServer(competent) as server:
        planner = make(server, tmp_path, prompts_dir=str(folder))
        planner.plan(script)
    systems = {stage_of(r): r["messages"][0]["content"] for r in server.requests}
    assert systems["bible"].startswith("HOUSE STYLE: noir.")
    # The override changes the planner's identity (what a plan cache must key on), the model name too.
    assert planner.identity != make(server, tmp_path).identity
    assert make(server, tmp_path).identity != make(server, tmp_path, model="other").identity
    assert "HOUSE STYLE" not in systems["shots"] and "HOUSE STYLE" not in systems["layout"]


def test_a_shot_the_model_cannot_fix_falls_back_to_rules(script, tmp_path):
    def hopeless(request):
        answer = json.loads(competent(request).content)
        if "runs" not in stage_input(request)["description"] and "Two people" in stage_input(request)["description"]:
            answer["keyframes"] = answer["keyframes"][:2]
        return Reply(json.dumps(answer))

    def respond(request, n):
        return hopeless(request) if stage_of(request) == "layout" else competent(request)

    with OpenAIServer(respond) as server:
        planner = make(server, tmp_path, repair_rounds=1)
        plan = planner.plan(script)
    assert validate(plan) == []
    report = planner.report
    assert report["fallbacks"] and all(f["stage"] == "layout" for f in report["fallbacks"])
    assert "give exactly" in report["fallbacks"][0]["reason"]
    # Only the hopeless shots came from the rules planner; the others kept the model's layout.
    assert any(k.prompt == "Establishing view of EXT. HARBOUR - DAY" for s in plan.shots for k in s.keyframes)


def test_missing_configuration_says_what_to_set(tmp_path, monkeypatch):
    for var in ("OPENAI_MODEL", "OPENAI_BASE_URL", "OPENAI_API_KEY", "DIRECTOR_LLM_CONFIG"):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(DirectorError, match="set OPENAI_MODEL plus OPENAI_API_KEY"):
        LLMPlanner()
    monkeypatch.setenv("OPENAI_MODEL", "gpt-4o-mini")
    with pytest.raises(DirectorError, match="no server"):
        LLMPlanner()


def test_configuration_from_toml_env_and_options(tmp_path, monkeypatch):
    from planners.llm.config import load_config

    cfg_file = tmp_path / "director.toml"
    cfg_file.write_text('[llm]\nmodel = "qwen2.5"\nbase_url = "http://127.0.0.1:11434/v1"\ntemperature = 0.0\n'
                        'concurrency = 8\nprompts_dir = "my_prompts"\n')
    env = {"OPENAI_MODEL": "env-model", "OPENAI_API_KEY": "sk-env", "DIRECTOR_LLM_CONFIG": str(cfg_file)}
    cfg = load_config({"llm_temperature": 0.7}, environ=env)
    assert (cfg.model, cfg.base_url, cfg.api_key, cfg.temperature, cfg.concurrency) == (
        "qwen2.5", "http://127.0.0.1:11434/v1", "sk-env", 0.7, 8)
    assert cfg.source["model"] == str(cfg_file) and cfg.source["api_key"] == "$OPENAI_API_KEY"
    assert cfg.prompts_dir == str(tmp_path / "my_prompts")

    bad = tmp_path / "bad.toml"
    bad.write_text('[llm]\nmodel = "x"\ntemperature = = 2\n')
    with pytest.raises(InputError) as err:
        load_config({"config": str(bad)}, environ={})
    assert err.value.file == str(bad) and err.value.line == 3
    unknown = tmp_path / "unknown.toml"
    unknown.write_text('model = "x"\nmodle = "y"\n')
    with pytest.raises(InputError, match="unknown LLM setting"):
        load_config({"config": str(unknown)}, environ={})


def test_auto_planner_picks_and_says_which(script, tmp_path, monkeypatch, capsys):
    for var in ("OPENAI_MODEL", "OPENAI_BASE_URL", "OPENAI_API_KEY", "DIRECTOR_LLM_CONFIG"):
        monkeypatch.delenv(var, raising=False)
    with OpenAIServer(competent) as server:
        auto = AutoPlanner(base_url=server.base_url, model="scripted", cache_dir=str(tmp_path))
        plan = auto.plan(script)
    assert "planner auto -> llm" in capsys.readouterr().err
    assert validate(plan) == [] and auto.report["auto"]["chose"] == "llm" and auto.report["calls"] > 0

    auto = AutoPlanner()
    assert "planner auto -> rules: no LLM configured" in capsys.readouterr().err
    assert validate(auto.plan(script)) == [] and auto.report["auto"]["chose"] == "rules"


def test_real_sample_scripts_plan_valid(samples, tmp_path):
    """Real screenplays through every stage (a competent scripted model): valid plans, dialogue all placed."""
    for name in ("scripts/Brick-and-Steel.fountain", "fdx/TestFDX-FD.fdx"):
        script = director.parse(samples / name)
        with OpenAIServer(competent) as server:
            planner = make(server, tmp_path / Path(name).stem, concurrency=4)
            plan = planner.plan(script)
        assert_valid(plan, script)
        assert planner.report["fallbacks"] == []
        assert all(re.fullmatch(r"sc\d{3}_sh\d{2}", s.id) for s in plan.shots)


def test_a_scene_the_model_cannot_cut_falls_back_to_rules(script, tmp_path):
    def respond(request, n):
        if stage_of(request) == "shots" and "CAFE" in stage_input(request)["heading"]:
            return Reply("I would open on a wide shot of the cafe, then cut to Tom.")   # never any JSON
        return competent(request)

    with OpenAIServer(respond) as server:
        planner = make(server, tmp_path, repair_rounds=1)
        plan = planner.plan(script)
    assert_valid(plan, script)
    report = planner.report
    assert [(f["stage"], f["target"]) for f in report["fallbacks"]] == [("shots", "scene 2")]
    assert "no JSON object" in report["fallbacks"][0]["reason"]
    assert report["stages"]["shots"]["repairs"] == 1
    cafe = [s for s in plan.shots if s.scene == 2]
    assert cafe and all(s.id.startswith("sc002_") for s in cafe)
    # The rules planner's people are the film's people: one id per character across both scenes.
    ids = [e.id for e in plan.entities]
    assert len(ids) == len(set(ids)) and {"maya", "tom"} <= set(ids)


def test_keyframe_times_sit_on_the_frame_grid():
    from director.models import FilmPlan, Keyframe, PlanScene, Shot
    from planners.llm.planner import keyframe_times

    for fps in (6, 12, 24, 25, 30, 60):
        for frames in (9, 10, 17, 24, 61, 200, 721):
            times = keyframe_times(frames / fps, fps)
            assert 6 <= len(times) <= 9 and times[0] == 0 and times[-1] == (frames - 1) / fps
            shot = Shot(id="s", scene=1, duration=frames / fps, keyframes=[Keyframe(t=t) for t in times])
            plan = FilmPlan(fps=fps, scenes=[PlanScene(index=1)], shots=[shot])
            assert validate(plan) == [], (fps, frames)


def test_bad_api_key_is_one_clear_error(script, tmp_path):
    with OpenAIServer(lambda r, n: Reply(status=401, error="Incorrect API key provided")) as server:
        planner = make(server, tmp_path)
        with pytest.raises(DirectorError, match="answered 401: Incorrect API key provided; check OPENAI_API_KEY"):
            planner.plan(script)
        assert len(server.requests) <= len(script.scenes)          # one per scene at most: never retried


def test_a_request_the_server_refuses_falls_back_for_that_shot_only(script, tmp_path):
    def respond_any_two_people(request, n):
        if stage_of(request) == "layout" and stage_input(request)["description"] == "Two people talk.":
            return Reply(status=400, error="This model's maximum context length is 2048 tokens")
        return competent(request)

    with OpenAIServer(respond_any_two_people) as server:
        planner = make(server, tmp_path)
        plan = planner.plan(script)
    assert validate(plan) == []
    fallbacks = planner.report["fallbacks"]
    assert fallbacks and all("maximum context length" in f["reason"] for f in fallbacks)
    assert any(k.prompt.startswith("Establishing view") for s in plan.shots for k in s.keyframes)


def test_missing_llm_extra_names_it(script, tmp_path, monkeypatch):
    from director.errors import MissingExtra

    monkeypatch.setitem(sys.modules, "langchain_openai", None)     # as if `pip install director[llm]` never ran
    planner = LLMPlanner(base_url="http://127.0.0.1:9/v1", model="m", cache_dir=str(tmp_path))
    with pytest.raises(MissingExtra, match=r"pip install 'director\[llm\]'"):
        planner.plan(script)


def test_a_bare_list_is_taken_as_the_one_field_asked_for(script, tmp_path):
    def bare(request, n):
        answer = json.loads(competent(request).content)
        return Reply(json.dumps(answer["entities"])) if stage_of(request) == "bible" else Reply(json.dumps(answer))

    with OpenAIServer(bare) as server:
        planner = make(server, tmp_path)
        plan = planner.plan(script)
    assert_valid(plan, script)
    assert planner.report["stages"]["bible"]["repairs"] == 0
    assert plan.entity("maya").description == "Maya, drawn in a simple flat style"


def test_a_shot_without_duration_is_timed_by_the_planner(script, tmp_path):
    def no_durations(request, n):
        answer = json.loads(competent(request).content)
        if stage_of(request) == "shots":
            for shot in answer["shots"]:
                del shot["duration"]
        return Reply(json.dumps(answer))

    with OpenAIServer(no_durations) as server:
        planner = make(server, tmp_path)
        plan = planner.plan(script)
    assert_valid(plan, script)
    assert planner.report["stages"]["shots"]["repairs"] == 0
    establishing = plan.shots[0]       # 1.5 s plus its description's words read at 2.5 words/s, whole frames
    words = len(establishing.description.split())
    assert establishing.duration == math.ceil((1.5 + words / 2.5) * 24) / 24


def test_names_in_any_script_get_the_rules_planners_ascii_ids(tmp_path):
    """CJK, kana, accented and Cyrillic cues become distinct ASCII ids ('entity' for none of them), as the rules
    planner names them; '李明' and '黎明' both transliterate to 'liming' and stay two entities."""
    script = director.parse("INT. 駅 - 夜\n\n李明\n我也去。\n\n黎明\n等等我。\n\nジョン\nはい。\n\nJOSÉ\nVamos.\n\n"
                            "ДМИТРИЙ\nПодождите.\n")
    with OpenAIServer(competent) as server:
        plan = make(server, tmp_path).plan(script)
    assert validate(plan) == []
    ids = {e.name: e.id for e in plan.entities}
    assert ids["ジョン"] == "jiyon" and ids["JOSÉ"] == "jose" and ids["ДМИТРИЙ"] == "dmitriy"
    assert {ids["李明"], ids["黎明"]} == {"liming", "liming_2"}
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9_]*", i) for i in ids.values()) and "entity" not in ids.values()
    shown = {o.entity for s in plan.shots for k in s.keyframes for o in k.objects}
    assert {ids["李明"], ids["黎明"]} <= shown
