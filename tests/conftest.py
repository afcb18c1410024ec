"""Shared fixtures: the spaCy pipeline (loaded once), paths to pages, and ../shared where present."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from newsdesk.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def parse(nlp):  # type: ignore[no-untyped-def]
    return lambda texts: nlp.pipe(texts)


@pytest.fixture(scope="session")
def shared() -> Path:
    """The project's ../shared folder (benchmarks, scorers); skips when a fresh clone lacks it."""
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared is absent (a user's fresh clone): benchmark and scorer tests need it")
    return SHARED
