"""A real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions API, answering from a script.

The LLM planner's tests run the real langchain/openai client against it, so every byte goes through HTTP:
status codes, Retry-After headers, slow answers (client timeouts), usage blocks, finish reasons. A test gives a
`responder(request, n) -> Reply`; `competent` is a small deterministic "model" that reads each stage's INPUT
block and answers correctly, and tests wrap it to misbehave in one specific way. A reply can also misbehave at
the HTTP level: a raw body instead of a chat completion (`body`), a body sent a byte at a time (`trickle`), or a
chunked answer that never ends (`forever`).
"""
from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    content: str = ""
    status: int = 200
    delay: float = 0.0                    # seconds before answering (beyond the client's timeout: a timeout)
    headers: dict = field(default_factory=dict)
    finish_reason: str = "stop"
    error: str | None = None              # error message for non-200 replies
    body: bytes | None = None             # sent as it is instead of a chat completion (HTML, bad UTF-8, …)
    content_type: str = "application/json"
    trickle: float = 0.0                  # seconds between the body's bytes (0: all at once)
    forever: bool = False                 # a chunked body of spaces that never ends

class OpenAIServer:
    """`with OpenAIServer(responder) as server:` -> server.base_url, server.requests (the JSON bodies)."""

    def __init__(self, responder, reject_json_schema: bool = False):
        self.responder = responder
        self.reject_json_schema = reject_json_schema
        self.requests: list[dict] = []
        self._lock = threading.Lock()
        self._closing = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):   # keep test output clean
                pass

            def do_GET(self):
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, {"object": "list", "data": [{"id": "scripted", "object": "model"}]})
                else:
                    self._send(404, {"error": {"message": "not found", "type": "invalid_request_error"}})

            def do_POST(self):
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, {"error": {"message": "not found", "type": "invalid_request_error"}})
                    return
                with outer._lock:
                    n = len(outer.requests)
                    outer.requests.append(body)
                fmt = (body.get("response_format") or {}).get("type")
                if outer.reject_json_schema and fmt in ("json_schema", "json_object"):
                    self._send(400, {"error": {"message": f"response_format type '{fmt}' is not supported",
                                               "type": "invalid_request_error"}})
                    return
                reply = outer.responder(body, n)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.status != 200:
                    self._send(reply.status, {"error": {"message": reply.error or f"status {reply.status}",
                                                        "type": "server_error"}}, reply.headers)
                    return
                if reply.forever:
                    self._stream_forever(reply)
                    return
                if reply.body is not None:
                    self._send_raw(200, reply.body, reply)
                    return
                prompt = sum(len(m.get("content") or "") for m in body.get("messages", [])) // 4
                completion = max(1, len(reply.content) // 4)
                payload = {
                    "id": f"chatcmpl-{n}", "object": "chat.completion", "created": 0, "model": body.get("model"),
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": reply.content},
                                 "finish_reason": reply.finish_reason}],
                    "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                              "total_tokens": prompt + completion},
                }
                if reply.trickle:
                    self._send_raw(200, json.dumps(payload).encode(), reply)
                else:
                    self._send(200, payload, reply.headers)

            def _send_raw(self, status, data, reply):
                try:
                    self.send_response(status)
                    self.send_header("content-type", reply.content_type)
                    self.send_header("content-length", str(len(data)))
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    if not reply.trickle:
                        self.wfile.write(data)
                        return
                    for i in range(len(data)):
                        self.wfile.write(data[i:i + 1])
                        self.wfile.flush()
                        time.sleep(reply.trickle)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _stream_forever(self, reply):
                try:
                    self.send_response(200)
                    self.send_header("content-type", reply.content_type)
                    self.send_header("transfer-encoding", "chunked")
                    self.end_headers()
                    chunk = b" " * 65536
                    while not outer._closing.is_set():
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        if reply.trickle:
                            self.wfile.flush()
                            time.sleep(reply.trickle)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _send(self, status, payload, headers=None):
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(data)))
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):   # the client gave up (timeout)
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._closing.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def stages(self) -> list[str]:
        return [stage_of(r) for r in self.requests]


# ------------------------------------------------------------------------------------------------------------
# A competent scripted "model"
# ------------------------------------------------------------------------------------------------------------
def stage_of(request: dict) -> str:
    m = re.search(r"STAGE: (\w+)", request["messages"][0]["content"])
    return m.group(1) if m else "unknown"


def is_repair(request: dict) -> bool:
    return request["messages"][-1]["content"].startswith("Your answer has")


def stage_input(request: dict) -> dict:
    """The INPUT block of the stage prompt (the first user message)."""
    user = request["messages"][1]["content"]
    block = user.split("INPUT", 1)[1]
    return json.loads(block.split("```json", 1)[1].split("```", 1)[0])


def competent(request: dict, n: int = 0) -> Reply:
    stage, data = stage_of(request), stage_input(request)
    return Reply(json.dumps(ANSWERS[stage](data)))


def _shots(data: dict) -> dict:
    speakers = {}
    for line in data["elements"]:
        m = re.match(r"^([^:\[]+?)(?: \([^)]*\))?: \[(\d+)\]", line)
        if m:
            speakers[int(m.group(2))] = m.group(1).strip()
    shots = [{"description": f"Establishing view of {data['heading']}", "duration": 2.0,
              "camera": {"size": "LS", "angle": "eye_level", "movement": "static"}, "entities": [], "dialogue": []}]
    lines = list(range(data["dialogue_count"]))
    for i in range(0, len(lines), 2):
        chunk = lines[i:i + 2]
        shots.append({"description": "Two people talk.", "duration": 3.0,
                      "camera": {"size": "MS", "angle": "eye_level", "movement": "static"},
                      "entities": sorted({speakers[j] for j in chunk if j in speakers}), "dialogue": chunk})
    return {"shots": shots}


def _bible(data: dict) -> dict:
    return {"entities": [{"name": e["name"], "kind": "person" if e["name"].isupper() else "object",
                          "description": f"{e['name'].title()}, drawn in a simple flat style"} for e in data["names"]]}


def _layout(data: dict) -> dict:
    ents = data["entities"]
    keyframes = []
    for i, _t in enumerate(data["times"]):
        objects = []
        for j, e in enumerate(ents):
            x = 0.1 + 0.8 * (j + 0.5) / max(1, len(ents)) + 0.005 * i
            objects.append({"entity": e["id"], "box": [round(x - 0.08, 4), 0.2, round(x + 0.08, 4), 0.95],
                            "pose": "talk" if e["kind"] == "person" else None, "facing": "front"})
        keyframes.append({"prompt": data["description"], "objects": objects})
    graph = []
    if len(ents) >= 2:
        graph.append({"subject": ents[0]["id"], "predicate": "talks to", "object": ents[1]["id"],
                      "start": 0.0, "end": data["duration"]})
    return {"keyframes": keyframes, "scene_graph": graph}


ANSWERS = {"shots": _shots, "bible": _bible, "layout": _layout}
