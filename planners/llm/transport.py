"""HTTP for the LLM client, bounded: one deadline per request, a cap on answer bytes, and only well-formed chat
completions passed on to the openai/langchain stack.

httpx's timeouts are per operation: a server that answers 200 and then sends a byte every half second, or
streams forever, never trips a read timeout, and a 400 MB answer is read whole into memory. So:

- a deadline (the configured timeout, counted from the start of each request: connect and the whole answer)
  bounds every socket operation — each read waits at most until the deadline, not a fresh timeout — and is
  checked again after every chunk; past it the request fails with httpx.ReadTimeout, which the client retries
  like any timeout;
- answers are read through a counter: past `MAX_ANSWER_BYTES` (or a Content-Length announcing more) the
  request fails with `AnswerTooLarge`; compression is refused (`Accept-Encoding: identity`), since a small
  gzip body can inflate a thousandfold;
- a 200 answer to /chat/completions is checked before anything else reads it: it must be a JSON object with a
  non-empty `choices` list whose first entry has a message. Anything else (HTML, a bare array, `choices: []`)
  is `MalformedAnswer`; invalid UTF-8 inside an otherwise good answer is replaced (U+FFFD) and the answer
  goes on, so the planner's JSON reader and repair turns deal with the text.

The deadline sits in a context variable set around each `send`, and a network backend wraps httpcore's socket
streams to respect it, so the bound holds in every thread and for every connection in the pool.
"""
from __future__ import annotations

import contextvars
import json
import time

import httpcore
import httpx

from director.limits import MAX_ANSWER_BYTES

_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("llm_deadline", default=None)


class AnswerTooLarge(Exception):
    """The server's answer passed the byte cap (or announced that it would)."""


class MalformedAnswer(Exception):
    """A 200 answer that is not a chat completion: HTML, a bare array, no choices, not JSON at all."""


def _budget(timeout: float | None, error: type[Exception]) -> float | None:
    """The time one socket operation may take: its own timeout, cut to what is left before the deadline."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the request's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _budget(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _budget(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname,
                                                     _budget(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend):
        self._inner = inner

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        return _DeadlineStream(self._inner.connect_tcp(host, port, _budget(timeout, httpcore.ConnectTimeout),
                                                       local_address, socket_options))

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        return _DeadlineStream(self._inner.connect_unix_socket(path, _budget(timeout, httpcore.ConnectTimeout),
                                                               socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _bound_sockets(transport) -> bool:
    """Put the deadline under a transport's connection pool (its own and any proxy's). httpx keeps the pool,
    and httpcore its network backend, in attributes of their own; where a future version renames them, the
    per-chunk deadline check below still holds and only a stalled read may overrun by one read timeout."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None:
        return False
    if not isinstance(backend, _DeadlineBackend):
        pool._network_backend = _DeadlineBackend(backend)
    return True


class _CappedStream(httpx.SyncByteStream):
    """The answer's bytes, counted against the cap and the deadline; a chat completion checked and cleaned."""

    def __init__(self, inner, deadline: float, cap: int, check_completion: bool):
        self._inner, self._deadline, self._cap, self._check = inner, deadline, cap, check_completion

    def __iter__(self):
        parts, size = [], 0
        for chunk in self._inner:
            size += len(chunk)
            if size > self._cap:
                raise AnswerTooLarge(f"the answer passed {self._cap:,} bytes; the limit is "
                                     f"director.limits.MAX_ANSWER_BYTES")
            if time.monotonic() > self._deadline:
                raise httpx.ReadTimeout("the request's deadline passed while the answer was still arriving")
            if not self._check:
                yield chunk
            else:
                parts.append(chunk)
        if self._check:
            yield completion_body(b"".join(parts))

    def close(self) -> None:
        self._inner.close()


def completion_body(data: bytes) -> bytes:
    """A chat-completion body as the openai client can read it, or `MalformedAnswer` saying what it is."""
    text = data.decode("utf-8", errors="replace")   # bad bytes inside the content: a repair turn's business
    head = text.lstrip()[:1]
    if head == "<":
        raise MalformedAnswer(f"the server answered with a web page, not a chat completion ({_start(text)})")
    try:
        body = json.loads(text)
    except (ValueError, RecursionError):
        raise MalformedAnswer(f"the server's answer is not JSON ({_start(text)})") from None
    if not isinstance(body, dict):
        raise MalformedAnswer(f"the server answered with a JSON {type(body).__name__}, not a chat completion "
                              f"object ({_start(text)})")
    choices = body.get("choices")
    if not isinstance(choices, list) or not choices:
        raise MalformedAnswer("the server's answer has no choices (\"choices\": "
                              f"{json.dumps(choices)[:40]}); it produced no text")
    first = choices[0]
    message = first.get("message") if isinstance(first, dict) else None
    if not isinstance(message, dict) or not isinstance(message.get("content", ""), (str, type(None))):
        raise MalformedAnswer("the server's first choice has no message with text content")
    usage = body.get("usage")
    clean = {
        "id": str(body.get("id") or "chatcmpl"), "object": "chat.completion",
        "created": body["created"] if isinstance(body.get("created"), int) else 0,
        "model": str(body.get("model") or ""),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": message.get("content") or ""},
                     "finish_reason": first.get("finish_reason") if isinstance(first.get("finish_reason"), str)
                     else "stop"}],
    }
    if isinstance(usage, dict):
        counts = {k: usage.get(k) for k in ("prompt_tokens", "completion_tokens", "total_tokens")}
        if all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**53 for v in counts.values()):
            clean["usage"] = counts
    return json.dumps(clean).encode("utf-8")


def _start(text: str) -> str:
    s = " ".join(text.split())[:60]
    return repr(s) if s else "an empty body"


class BoundedClient(httpx.Client):
    """An httpx client whose every request ends by `deadline` seconds after it starts and reads at most
    `cap` bytes of answer; it is what the openai client (under langchain) sends through."""

    def __init__(self, deadline: float, cap: int = MAX_ANSWER_BYTES, **kwargs):
        super().__init__(**kwargs)
        self.deadline_seconds, self.cap = float(deadline), int(cap)
        self.sockets_bounded = all([_bound_sockets(self._transport)]
                                   + [_bound_sockets(t) for t in self._mounts.values() if t is not None])

    def send(self, request: httpx.Request, *, stream: bool = False, **kwargs) -> httpx.Response:
        deadline = time.monotonic() + self.deadline_seconds
        request.headers["Accept-Encoding"] = "identity"
        token = _DEADLINE.set(deadline)
        try:
            response = super().send(request, stream=True, **kwargs)
            try:
                encoding = response.headers.get("content-encoding", "identity").strip().lower()
                if encoding not in ("", "identity"):
                    raise MalformedAnswer(f"the server compressed its answer ({encoding}) although asked not to")
                announced = response.headers.get("content-length", "")
                if announced.isdigit() and len(announced) < 20 and int(announced) > self.cap:
                    raise AnswerTooLarge(f"the server announced an answer of {int(announced):,} bytes; the limit "
                                         f"is {self.cap:,} (director.limits.MAX_ANSWER_BYTES)")
                check = response.status_code == 200 and request.url.path.rstrip("/").endswith("/chat/completions")
                response.stream = _CappedStream(response.stream, deadline, self.cap, check)
                if not stream:
                    response.read()
            except BaseException:
                response.close()
                raise
            return response
        finally:
            _DEADLINE.reset(token)
