"""The web studio: `director studio` serves a local web app where writers upload a script, review the outline
and storyboard, edit shots, render, watch progress live and download the film and its editorial outputs.

    from director.studio import create_app
    app = create_app("studio/")          # a FastAPI app; serve it with uvicorn

Needs the `studio` extra (FastAPI, uvicorn, python-multipart); nothing outside this package imports FastAPI.
"""
from __future__ import annotations

from ..errors import require

require("fastapi", "studio", "the web studio")
require("python_multipart", "studio", "the web studio's uploads")

from .app import create_app  # noqa: E402

__all__ = ["create_app"]
