"""WARC input: every response record of a CC-NEWS-shaped archive becomes a page or a reject with its
reason, with the same results from fastwarc and warcio, and damage does not end the file."""

from __future__ import annotations

import base64
import hashlib
import platform
from pathlib import Path

import pytest

from helpers.ccnews import Capture, damage_member, edge_cases, news_page, write_ccnews, write_warc
from newsdesk.adapters.files import iter_pages
from newsdesk.adapters.warc import WarcRecord, _digest_matches, backend_names, is_warc, iter_warc
from newsdesk.model import Article, Rejected
from newsdesk.options import Options
from newsdesk.pipeline import RawPage, run_one

BACKENDS = backend_names()
PAGES = 6
# What each edge case must become: a page, or a reject with this reason.
EDGE_OUTCOMES = {
    "pdf": "not-html",
    "image": "not-html",
    "json": "not-html",
    "utf8-declared-latin1": "page",
    "cp1252-declared-utf8": "page",
    "huge": "page",
    "no-body": "empty",
    "redirect": "http-301",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[int]]:
    path = tmp_path_factory.mktemp("warc") / "CC-NEWS-20240501000000-00001.warc.gz"
    return path, write_ccnews(path, PAGES, edges=True)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _by_url(items: list[RawPage | Rejected]) -> dict[str, RawPage | Rejected]:
    return {item.input["target_uri"]: item for item in items}


def test_warcio_is_always_installed_and_fastwarc_preferred_where_it_has_wheels() -> None:
    assert "warcio" in BACKENDS
    if platform.machine() in ("x86_64", "AMD64"):
        assert BACKENDS == ["fastwarc", "warcio"]


def test_every_response_record_is_accounted_for(archive: tuple[Path, list[int]], backend: str) -> None:
    path, offsets = archive
    items = list(iter_warc(path, Options(), backend))  # type: ignore[arg-type]
    assert len(items) == len(offsets) == PAGES + len(EDGE_OUTCOMES)
    assert [int(item.input["warc_offset"]) for item in items] == offsets
    edges = edge_cases(huge_bytes=0)
    found = _by_url(items)
    for name, expected in EDGE_OUTCOMES.items():
        item = found[edges[name].url]
        assert (item.reason if isinstance(item, Rejected) else "page") == expected, name


def test_pages_keep_their_provenance(archive: tuple[Path, list[int]], backend: str) -> None:
    path, offsets = archive
    page = next(iter_warc(path, Options(), backend))  # type: ignore[arg-type]
    assert isinstance(page, RawPage)
    expected = news_page(0, published="2024-05-01")
    assert page.url == expected.url and page.kind == "html" and page.charset == "utf-8"
    assert page.data == expected.body
    assert page.source == f"{path}#{offsets[0]}"
    assert page.input["warc_file"] == str(path)
    assert page.input["fetch_date"] == expected.date
    assert page.input["warc_record_id"].startswith("<urn:uuid:")


def test_readers_agree(archive: tuple[Path, list[int]]) -> None:
    path, _ = archive
    results = [list(iter_warc(path, Options(), name)) for name in BACKENDS]  # type: ignore[arg-type]
    assert all(result == results[0] for result in results)


def test_a_record_over_the_size_limit_is_rejected_unread(archive: tuple[Path, list[int]], backend: str) -> None:
    path, _ = archive
    found = _by_url(list(iter_warc(path, Options(max_bytes=1_000_000), backend)))  # type: ignore[arg-type]
    huge = found[edge_cases(huge_bytes=0)["huge"].url]
    assert isinstance(huge, Rejected) and huge.reason == "too-large"
    assert isinstance(found[news_page(0).url], RawPage)


@pytest.mark.parametrize("name", ["utf8-declared-latin1", "cp1252-declared-utf8"])
def test_a_wrong_declared_charset_still_gives_the_right_text(archive: tuple[Path, list[int]], name: str) -> None:
    path, _ = archive
    page = _by_url(list(iter_warc(path, Options())))[edge_cases(huge_bytes=0)[name].url]
    assert isinstance(page, RawPage)
    article = run_one(page, Options(attribution="off"))
    assert isinstance(article, Article)
    assert "At the café in the old town, “residents” waited." in article.text
    assert "Ã" not in article.text  # no mojibake


def test_the_20_mb_page_becomes_its_story(archive: tuple[Path, list[int]]) -> None:
    path, _ = archive
    page = _by_url(list(iter_warc(path, Options())))[edge_cases(huge_bytes=0)["huge"].url]
    assert isinstance(page, RawPage) and len(page.data) > 20_000_000
    article = run_one(page, Options(attribution="off"))
    assert isinstance(article, Article)
    assert "xxxxxxxx" not in article.text and "entered a new phase" in article.text


def test_a_damaged_member_mid_file_is_rejected_and_reading_goes_on(tmp_path: Path, backend: str) -> None:
    path = tmp_path / "damaged.warc.gz"
    offsets = write_ccnews(path, 5)
    damage_member(path, offsets[2])
    items = list(iter_warc(path, Options(), backend))  # type: ignore[arg-type]
    reasons = [item.reason if isinstance(item, Rejected) else "page" for item in items]
    assert reasons == ["page", "page", "damaged", "page", "page"]
    damaged = items[2]
    assert damaged.input["warc_offset"] == str(offsets[2])
    assert damaged.input["target_uri"] == news_page(2, published="2024-05-03").url
    assert [item.input["target_uri"].rsplit("-", 1)[1] for item in items[3:]] == ["3", "4"]


def test_a_block_that_fails_its_digest_is_damaged_and_the_rest_read(tmp_path: Path, backend: str) -> None:
    path = tmp_path / "altered.warc"
    offsets = write_warc(path, [news_page(n) for n in range(3)], gzip=False)
    data = bytearray(path.read_bytes())
    story = data.index(b"<p>", offsets[1])
    data[story + 3 : story + 6] = b"XYZ"  # same length: only the digest can tell
    path.write_bytes(bytes(data))
    items = list(iter_warc(path, Options(), backend))  # type: ignore[arg-type]
    reasons = [item.reason if isinstance(item, Rejected) else "page" for item in items]
    assert reasons == ["page", "damaged", "page"]
    assert items[1].input["warc_offset"] == str(offsets[1])


@pytest.mark.parametrize(
    ("value", "matches"),
    [
        ("sha1:{b32}", True),
        ("SHA1:{hex}", True),
        ("sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", False),
        ("sha256:anything", True),  # another algorithm is not checked
        ("", True),
    ],
)
def test_block_digest_values(value: str, matches: bool) -> None:
    block = b"HTTP/1.1 200 OK\r\n\r\n<p>story</p>"
    digest = hashlib.sha1(block).digest()
    declared = value.format(b32=base64.b32encode(digest).decode(), hex=digest.hex())
    record = WarcRecord(0, "response", {"WARC-Block-Digest": declared}, len(block), block)
    assert _digest_matches(record) is matches


def test_a_file_cut_short_rejects_its_last_record(tmp_path: Path, backend: str) -> None:
    path = tmp_path / "cut.warc.gz"
    write_ccnews(path, 3)
    path.write_bytes(path.read_bytes()[:-60])
    items = list(iter_warc(path, Options(), backend))  # type: ignore[arg-type]
    assert [item.reason if isinstance(item, Rejected) else "page" for item in items] == ["page", "page", "truncated"]


def test_an_uncompressed_warc_reads_the_same(tmp_path: Path, backend: str) -> None:
    path = tmp_path / "plain.warc"
    offsets = write_warc(path, [news_page(n) for n in range(3)], gzip=False)
    items = list(iter_warc(path, Options(), backend))  # type: ignore[arg-type]
    assert [int(item.input["warc_offset"]) for item in items] == offsets
    assert all(isinstance(item, RawPage) for item in items)


def test_an_untyped_payload_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "untyped.warc.gz"
    html = news_page(1)
    write_warc(path, [Capture(html.url, html.body, None), Capture("https://x.example/a", b"plain words", None)])
    kinds = [type(item).__name__ for item in iter_warc(path, Options())]
    assert kinds == ["RawPage", "Rejected"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a.warc.gz", True), ("A.WARC", True), ("a.warc.gz.txt", False), ("a.html.gz", False), ("warc", False)],
)
def test_is_warc(name: str, expected: bool) -> None:
    assert is_warc(name) is expected


def test_missing_and_non_warc_files_are_rejected(tmp_path: Path) -> None:
    missing = list(iter_warc(tmp_path / "gone.warc.gz", Options()))
    assert [(r.reason, r.stage) for r in missing if isinstance(r, Rejected)] == [("unreadable", "read")]
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(b"this is not an archive at all\n" * 10)
    assert [r.reason for r in iter_warc(junk, Options()) if isinstance(r, Rejected)] == ["damaged"]


def test_extract_inputs_read_warc_files_and_folders_of_them(archive: tuple[Path, list[int]]) -> None:
    path, offsets = archive
    by_file = list(iter_pages([str(path)], Options()))
    by_folder = list(iter_pages([str(path.parent)], Options()))
    assert len(by_file) == len(by_folder) == len(offsets)
