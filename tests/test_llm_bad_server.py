"""The LLM planner against real local HTTP servers that misbehave (issue 19): every request ends by its deadline,
an answer never grows past the byte cap, and every malformed answer ends in a repair turn or a fallback for that
part of the film, never a traceback or a hang. The servers are real sockets (tests/openai_server.py); the client
is the real langchain/openai/httpx stack."""
from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from openai_server import OpenAIServer, Reply, competent, is_repair, stage_of  # noqa: E402

import director  # noqa: E402
from director.errors import DirectorError  # noqa: E402
from director.layout import validate  # noqa: E402

pytest.importorskip("langchain_openai")
from planners.llm import LLMPlanner  # noqa: E402
from planners.llm.cache import cache_key  # noqa: E402
from planners.llm.client import ChatClient, RequestRejected, ServerUnavailable  # noqa: E402
from planners.llm.config import LLMConfig  # noqa: E402
from planners.llm.transport import completion_body, MalformedAnswer  # noqa: E402
from planners.llm.usage import Usage  # noqa: E402

pytestmark = pytest.mark.timeout(60)

SCRIPT = """EXT. QUAY - DAWN

IDA waits with a LANTERN.

IDA
The boat is late.
"""
MESSAGES = [{"role": "user", "content": "Plan this."}]
ANSWER = json.dumps({"shots": [{"description": "Ida waits."}]})


def client(server, timeout=1.5, retries=0, **kw) -> ChatClient:
    cfg = LLMConfig(model="local", base_url=server.base_url, api_key="x", timeout=timeout, max_retries=retries,
                    backoff=0.01, cache=False, **kw)
    return ChatClient(cfg, Usage(model="local", base_url=server.base_url))


def ask(chat: ChatClient):
    return chat.complete("shots", MESSAGES, {}, "ShotList")


@pytest.mark.parametrize("reply", [
    Reply(content=ANSWER, trickle=0.4),              # 200, then a byte every 0.4 s: each read is quick
    Reply(forever=True, trickle=0.3),                # a chunked answer that never ends, slowly
    Reply(body=b'{"choices": []}', trickle=5.0),     # headers, then nothing for longer than the deadline
], ids=["trickle", "slow-forever", "stall"])
def test_a_request_ends_at_its_deadline(reply):
    with OpenAIServer(lambda request, n: reply) as server:
        chat = client(server, timeout=1.5)
        assert chat.http.sockets_bounded
        started = time.monotonic()
        with pytest.raises(ServerUnavailable, match="timed out after 1.5s"):
            ask(chat)
        assert time.monotonic() - started < 1.5 + 1.0   # the deadline, plus a scheduling margin, not 2x


def test_an_endless_fast_answer_stops_at_the_byte_cap():
    """Spaces as fast as the socket takes them (the 400 MB-of-whitespace case, unannounced): the read stops at
    MAX_ANSWER_BYTES, and the request is refused for that part of the film, not retried."""
    with OpenAIServer(lambda request, n: Reply(forever=True)) as server:
        with pytest.raises(RequestRejected, match="passed 8,388,608 bytes"):
            ask(client(server, timeout=20, retries=2))
        assert len(server.requests) == 1


def test_an_announced_huge_answer_is_refused_before_reading():
    reply = Reply(body=b" " * (64 * 2**20))                       # 64 MB, with its Content-Length
    with OpenAIServer(lambda request, n: reply) as server:
        with pytest.raises(RequestRejected, match="announced an answer of 67,108,864 bytes"):
            ask(client(server, timeout=20))


@pytest.mark.parametrize("body,why", [
    (b"<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>", "web page"),
    (b"[1, 2, 3]", "JSON list"),
    (b'{"choices": []}', "no choices"),
    (b'{"id": "x", "object": "chat.completion"}', "no choices"),
    (b'{"choices": [{"text": "old completions API"}]}', "no message"),
    (b"", "not JSON"),
    (b"\xff\xfe\x00garbage", "not JSON"),
])
def test_malformed_answers_are_refused_in_one_line(body, why):
    with OpenAIServer(lambda request, n: Reply(body=body, content_type="text/html")) as server:
        with pytest.raises(RequestRejected, match=why) as err:
            ask(client(server))
    assert "\n" not in str(err.value)


def test_invalid_utf8_inside_the_answer_is_replaced_and_read():
    body = (b'{"choices": [{"message": {"role": "assistant", "content": "{\\"shots\\": [{\\"description\\": '
            b'\\"Ida \xff\xfe waits\\"}]}"}, "finish_reason": "stop"}]}')
    with OpenAIServer(lambda request, n: Reply(body=body)) as server:
        answer = ask(client(server))
    assert json.loads(answer.text)["shots"][0]["description"] == "Ida \ufffd\ufffd waits"


@pytest.mark.parametrize("header", ["-5", "nan", "inf", "1e999", "soon", "Wed, 21 Oct 2015 07:28:00 GMT", " "])
def test_a_retry_after_that_makes_no_sense_is_ignored(header):
    def respond(request, n):
        return Reply(status=429, headers={"Retry-After": header}) if n == 0 else Reply(content=ANSWER)

    with OpenAIServer(respond) as server:
        started = time.monotonic()
        answer = ask(client(server, retries=1))
    assert json.loads(answer.text) and time.monotonic() - started < 5


def test_completion_bodies_never_raise_anything_else():
    for body in (b"null", b'"x"', b"{}", b'{"choices": null}', b'{"choices": [null]}', b'{"choices": [{"message": 3}]}',
                 b'{"choices": [{"message": {"content": 7}}]}', b"[" * 100_000, b'{"a": ' + b"[" * 100_000):
        with pytest.raises(MalformedAnswer):
            completion_body(body)
    clean = json.loads(completion_body(b'{"choices": [{"message": {"content": null}}], "usage": {"prompt_tokens": -1}}'))
    assert clean["choices"][0]["message"]["content"] == "" and "usage" not in clean


def misbehaving(kind: str):
    """A server that answers some requests of each stage badly and the rest competently."""
    bad = {"html": Reply(body=b"<html>oops</html>", content_type="text/html"),
           "array": Reply(body=b"[]"), "nochoices": Reply(body=b'{"choices": []}'),
           "deep": Reply(content='{"shots": ' + "[" * 100_000),
           "unclosed": Reply(content="[" * 100_000),
           "nan": Reply(content='{"shots": [{"description": "x", "duration": NaN}]}'),
           "huge": Reply(forever=True)}[kind]
    lock, seen = threading.Lock(), {}

    def respond(request, n):
        stage = stage_of(request)
        with lock:
            first = stage not in seen and not is_repair(request)
            seen.setdefault(stage, 0)
        return bad if first else competent(request)
    return respond


@pytest.mark.parametrize("kind", ["html", "array", "nochoices", "deep", "unclosed", "nan", "huge"])
def test_the_planner_gets_a_valid_plan_from_a_misbehaving_server(kind, tmp_path):
    script = director.parse(SCRIPT)
    with OpenAIServer(misbehaving(kind)) as server:
        planner = LLMPlanner(base_url=server.base_url, model="local", cache_dir=str(tmp_path), max_retries=1,
                             backoff=0.01, timeout=10, concurrency=1)
        plan = planner.plan(script)
    assert validate(plan) == [] and plan.shots
    report = planner.report
    if kind in ("html", "array", "nochoices", "huge"):      # no answer at all: that scene is planned by the rules
        assert report["fallbacks"] and report["notes"], report
    else:                                                  # an answer whose JSON is unusable: a repair turn
        assert all(stage.get("repairs") == 1 for stage in report["stages"].values()), report


def test_two_servers_serving_the_same_model_name_do_not_share_answers(tmp_path):
    messages, params = MESSAGES, {"temperature": 0}
    assert cache_key("http://a:8000/v1", "local", messages, params) != cache_key("http://b:8000/v1", "local",
                                                                                 messages, params)
    answers = []
    for text in ("first server", "second server"):
        reply = Reply(content=json.dumps({"shots": [{"description": text}]}))
        with OpenAIServer(lambda request, n, reply=reply: reply) as server:
            cfg = LLMConfig(model="local", base_url=server.base_url, api_key="x", timeout=5, cache=True,
                            cache_dir=str(tmp_path))
            answers.append(ChatClient(cfg, Usage(model="local", base_url=server.base_url)).complete(
                "shots", MESSAGES, {}, "ShotList").text)
    assert "first server" in answers[0] and "second server" in answers[1]


@pytest.mark.parametrize("timeout", [0, -5, float("nan"), float("inf")])
def test_a_senseless_timeout_is_one_line(timeout):
    with pytest.raises(DirectorError, match="LLM timeout must be"):
        ChatClient(LLMConfig(model="local", base_url="http://127.0.0.1:9/v1", api_key="x", timeout=timeout),
                   Usage(model="local", base_url=""))
