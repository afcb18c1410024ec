"""Inputs to raw pages: every input ends as a page or a rejection with its reason."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from newsdesk.adapters.files import iter_pages
from newsdesk.model import Rejected
from newsdesk.options import Options
from newsdesk.pipeline import RawPage


def _pages(*inputs: str) -> list[RawPage | Rejected]:
    return list(iter_pages(list(inputs), Options()))


def test_a_folder_gives_every_page_file_in_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("two")
    (tmp_path / "a.html").write_text("<p>one</p>")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html.gz").write_bytes(gzip.compress(b"<p>three</p>"))
    (tmp_path / "notes.json").write_text("{}")
    pages = _pages(str(tmp_path))
    assert [Path(p.source).name for p in pages] == ["a.html", "b.txt", "c.html.gz"]
    assert [p.kind for p in pages if isinstance(p, RawPage)] == ["html", "text", "html"]
    assert pages[2].data == b"<p>three</p>"  # type: ignore[union-attr]


def test_missing_path_is_a_rejection() -> None:
    (page,) = _pages("/no/such/page.txt")
    assert isinstance(page, Rejected) and page.reason == "not-found"


def test_a_folder_without_pages_is_a_rejection(tmp_path: Path) -> None:
    (page,) = _pages(str(tmp_path))
    assert isinstance(page, Rejected) and page.reason == "empty-folder"


def test_a_broken_gzip_is_a_rejection(tmp_path: Path) -> None:
    (tmp_path / "bad.html.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (page,) = _pages(str(tmp_path / "bad.html.gz"))
    assert isinstance(page, Rejected) and page.stage == "read"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file_in_a_folder_does_not_stop_the_rest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("fine")
    locked = tmp_path / "b.txt"
    locked.write_text("secret")
    locked.chmod(0)
    pages = _pages(str(tmp_path))
    assert isinstance(pages[0], RawPage)
    assert isinstance(pages[1], Rejected) and pages[1].reason == "unreadable"


def test_a_dangling_link_in_a_folder_is_a_rejection_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("fine")
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "c.txt").write_text("also fine")
    pages = _pages(str(tmp_path))
    assert [type(p).__name__ for p in pages] == ["RawPage", "Rejected", "RawPage"]
    assert pages[1].reason == "unreadable"  # type: ignore[union-attr]
