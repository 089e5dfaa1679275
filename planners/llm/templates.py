"""The stage prompts: jinja2 templates shipped in the `prompts` package, each overridable from a user folder.

A stage template defines two blocks, `system` and `user`; `repair.j2` is a single user turn. A file of the same
name in `prompts_dir` wins over the shipped one, so a user can tune one stage without copying the rest.
"""
from __future__ import annotations

from pathlib import Path

import jinja2

from director.errors import DirectorError

SHIPPED = Path(__file__).resolve().parents[2] / "prompts"


class Prompts:
    def __init__(self, user_dir: str | None = None):
        loaders: list[jinja2.BaseLoader] = []
        if user_dir:
            if not Path(user_dir).is_dir():
                raise DirectorError(f"prompts folder not found: {user_dir}")
            loaders.append(jinja2.FileSystemLoader(user_dir))
        loaders.append(jinja2.PackageLoader("prompts", "."))
        self.env = jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), undefined=jinja2.StrictUndefined,
                                      keep_trailing_newline=False, autoescape=False)

    def _template(self, name: str):
        try:
            return self.env.get_template(name)
        except jinja2.TemplateError as exc:
            raise DirectorError(f"prompt template {name}: {exc}") from None

    def stage(self, name: str, **variables) -> list[dict]:
        """[system, user] messages of a stage, rendered from `<name>.j2`."""
        template = self._template(f"{name}.j2")
        messages = []
        for role, block in (("system", "system"), ("user", "user")):
            if block not in template.blocks:
                raise DirectorError(f"prompt template {name}.j2 has no '{{% block {block} %}}'")
            try:
                text = "".join(template.blocks[block](template.new_context(variables))).strip()
            except jinja2.TemplateError as exc:
                raise DirectorError(f"prompt template {name}.j2: {exc}") from None
            messages.append({"role": role, "content": text})
        return messages

    def fingerprint(self) -> str:
        """A hash of the templates in effect (user overrides included): part of the planner's identity."""
        import hashlib

        h = hashlib.sha256()
        for name in ("shots.j2", "bible.j2", "layout.j2", "repair.j2"):
            source, _path, _uptodate = self.env.loader.get_source(self.env, name)
            h.update(name.encode() + b"\0" + source.encode())
        return h.hexdigest()[:16]

    def repair(self, problems: list[str], stage: str) -> dict:
        text = self._template("repair.j2").render(problems=problems, stage=stage).strip()
        return {"role": "user", "content": text}
