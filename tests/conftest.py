"""Shared fixtures. The real screenplays live in ../shared/samples beside the checkout (not in the repo)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# Films in tests are silent unless a test asks for voices (tests/test_sound*.py pass `voices=`): synthesizing
# every test film's dialogue would add minutes to the suite and test nothing new.
os.environ["DIRECTOR_VOICES"] = "none"

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO.parent / "shared" / "samples"


@pytest.fixture(scope="session")
def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip(f"sample screenplays not found at {SAMPLES} (they sit beside the checkout in CI, not in a clone)")
    return SAMPLES

