"""The pipeline never raises on a page: an article or a rejection with its stage and reason."""

from __future__ import annotations

from pathlib import Path

import newsdesk
from newsdesk.model import Article, Rejected
from newsdesk.options import Options
from newsdesk.pipeline import RawPage, run_many, run_one

SEED = Path(__file__).resolve().parent.parent / "examples" / "independent-starmer-trump.txt"


def test_a_failing_parser_becomes_a_rejection_not_a_crash() -> None:
    def broken(texts: list[str]):  # type: ignore[no-untyped-def]
        raise RuntimeError("model exploded")

    outcome = run_one(RawPage(source="s", data=SEED.read_bytes(), kind="text"), parse=broken)
    assert isinstance(outcome, Rejected)
    assert outcome.reason == "internal-error" and "model exploded" in outcome.detail


def test_no_attribution_skips_the_nlp_stages() -> None:
    outcome = run_one(RawPage(source="s", data=SEED.read_bytes(), kind="text"), Options(attribution="off"))
    assert isinstance(outcome, Article)
    assert outcome.attributions == () and "attribution" not in outcome.stages


def test_verbatim_keeps_the_text_exactly(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Header line\n\nShe said: “We will win.”\n"
    outcome = run_one(RawPage(source="s", data=text, kind="text"), Options(verbatim=True), parse=parse)
    assert isinstance(outcome, Article)
    assert outcome.text == text
    for attribution in outcome.attributions:
        assert " … ".join(text[a:b] for a, b in attribution.content_span) == attribution.content


def test_run_many_keeps_order_and_passes_rejections_through() -> None:
    early = Rejected(id="r", source="gone.txt", stage="read", reason="not-found")
    pages = [
        RawPage(source="a", data=b"", kind="text"),
        early,
        RawPage(source="b", data=SEED.read_bytes(), kind="text"),
    ]
    outcomes = list(run_many(pages, Options(attribution="off")))
    assert [type(o).__name__ for o in outcomes] == ["Rejected", "Rejected", "Article"]
    assert outcomes[1] is early


def test_public_api_extract_text(parse) -> None:  # type: ignore[no-untyped-def]
    outcome = newsdesk.extract_text(SEED.read_text())
    assert isinstance(outcome, Article)
    assert outcome.publisher == "The Independent"


def test_spans_index_their_fields(parse) -> None:  # type: ignore[no-untyped-def]
    outcome = run_one(RawPage(source="s", data=SEED.read_bytes(), kind="text"), parse=parse)
    assert isinstance(outcome, Article)
    fields = {"body": outcome.text, "standfirst": outcome.standfirst, "headline": outcome.headline}
    for attribution in outcome.attributions:
        text = fields.get(attribution.where) or next(i.caption for i in outcome.images if i.caption)
        assert " … ".join(text[a:b] for a, b in attribution.content_span) == attribution.content
        if attribution.cue_span:
            assert text[attribution.cue_span[0] : attribution.cue_span[1]] == attribution.cue


def test_a_rejection_keeps_where_the_page_came_from() -> None:
    raw = RawPage(source="a.warc.gz#120", data=b"", kind="html", input={"warc_file": "a.warc.gz", "warc_offset": "120"})
    outcome = run_one(raw)
    assert isinstance(outcome, Rejected)
    assert outcome.input == {"warc_file": "a.warc.gz", "warc_offset": "120"}


_DAMAGED_PAGE = (
    "<html><head><meta charset='utf-8'><title>Ferry delayed</title></head><body><article>"
    "<h1>Ferry delayed</h1>"
    "<p>The harbour authority said on Tuesday that the terminal wouldn&acirc;&euro;&trade;t open before the spring, "
    "two years later than it had promised when the work began.</p>"
    "<p>\u200d</p>"
    "<p>â€œWe would rather open late than open a terminal we cannot trust,â€\x9d said the chair "
    "of the works committee at a meeting with residents in the town hall.</p>"
    "</article></body></html>"
)


def test_double_encoded_text_is_restored_and_the_record_says_so() -> None:
    outcome = run_one(
        RawPage(source="s.html", data=_DAMAGED_PAGE.encode("utf-8"), kind="html"), Options(attribution="off")
    )
    assert isinstance(outcome, Article)
    assert "wouldn’t open" in outcome.text and "“We would rather" in outcome.text
    assert "â€" not in outcome.text
    assert outcome.found_by["mojibake_repaired"] == "3"
    assert "\u200d" not in outcome.paragraphs  # a paragraph of nothing but a zero-width joiner


def test_verbatim_text_keeps_its_damage_so_that_spans_index_the_file() -> None:
    text = "The minister said the plan wouldnâ€™t work and that the council had not been asked.\n"
    outcome = run_one(RawPage(source="s", data=text, kind="text"), Options(verbatim=True, attribution="off"))
    assert isinstance(outcome, Article)
    assert outcome.text == text and "mojibake_repaired" not in outcome.found_by


_EXAMPLES = sorted(SEED.parent.glob("*.txt"))


def _pages_with_a_reject() -> list[RawPage | Rejected]:
    pages: list[RawPage | Rejected] = [RawPage(source=p.name, data=p.read_bytes(), kind="text") for p in _EXAMPLES]
    pages.insert(2, RawPage(source="empty.txt", data=b"  ", kind="text"))
    pages.insert(4, Rejected(id="r", source="gone.txt", stage="read", reason="not-found"))
    return pages


def test_pages_parsed_together_give_the_records_of_pages_parsed_alone(parse) -> None:  # type: ignore[no-untyped-def]
    alone = [o.to_json_dict() for o in run_many(_pages_with_a_reject(), parse=parse, parse_together=1)]
    together = [o.to_json_dict() for o in run_many(_pages_with_a_reject(), parse=parse, parse_together=4)]
    assert together == alone
    assert sum(1 for o in alone if not o.get("rejected")) == len(_EXAMPLES)
    assert any(o.get("attributions") for o in alone)


def test_the_parser_is_called_once_per_group_of_pages(parse) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []

    def counting(texts: list[str]):  # type: ignore[no-untyped-def]
        calls.append(len(texts))
        return parse(texts)

    outcomes = list(run_many(_pages_with_a_reject(), parse=counting, parse_together=4))
    assert len(outcomes) == len(_EXAMPLES) + 2
    # two groups of four inputs, each of three pages to parse (the empty page is rejected before
    # the parse, the other reject comes from an adapter), and all fields of a group in one call
    assert len(calls) == 2 and all(n >= 3 * 2 for n in calls)


def test_a_page_that_breaks_the_parser_fails_alone_when_parsed_together(parse) -> None:  # type: ignore[no-untyped-def]
    def breaks_on_one(texts: list[str]):  # type: ignore[no-untyped-def]
        if any("Westport" in text for text in texts):
            raise RuntimeError("parser broke")
        return parse(texts)

    outcomes = list(run_many(_pages_with_a_reject(), parse=breaks_on_one, parse_together=8))
    broken = [o for o in outcomes if isinstance(o, Rejected) and o.reason == "internal-error"]
    assert [o.source for o in broken] == ["westport-wildfire-evacuation.txt"]
    assert "parser broke" in broken[0].detail
    assert sum(1 for o in outcomes if isinstance(o, Article)) == len(_EXAMPLES) - 1


def test_a_page_past_the_character_budget_is_parsed_alone(parse, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import newsdesk.pipeline as pipeline

    sizes = sorted(len(p.read_text()) for p in _EXAMPLES)
    monkeypatch.setattr(pipeline, "PARSE_TOGETHER_CHARS", sizes[0] + sizes[1] + 10)  # two small pages fit
    calls: list[int] = []

    def counting(texts: list[str]):  # type: ignore[no-untyped-def]
        calls.append(len(texts))
        return parse(texts)

    pages = [RawPage(source=p.name, data=p.read_bytes(), kind="text") for p in _EXAMPLES]
    outcomes = list(run_many(pages, parse=counting, parse_together=len(pages)))
    assert all(isinstance(o, Article) for o in outcomes)
    # one call for the pages that fit the budget, one for each page past it
    assert 2 <= len(calls) < len(pages)
