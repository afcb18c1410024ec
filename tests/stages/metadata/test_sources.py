"""What a page says about itself in microdata: values read once, item types collected."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newsdesk.stages.metadata import read_sources


def test_microdata_values_and_item_types_in_one_walk() -> None:
    page = (
        "<html><body><article itemscope itemtype='https://schema.org/NewsArticle'>"
        "<h1 itemprop='headline' itemscope itemtype='https://schema.org/Text'>Ferry delayed</h1>"
        "<div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        "<span itemprop='name'>Jane Doe</span></div>"
        "<time itemprop='datePublished' datetime='2024-10-24'>24 October</time>"
        "<div itemscope itemtype='https://schema.org/Product http://schema.org/Thing/'></div>"
        "</article></body></html>"
    )
    sources = read_sources(LexborHTMLParser(page))
    # an element that carries both itemprop and itemtype is read once
    assert sources.microdata["headline"] == ("Ferry delayed",)
    assert sources.microdata["datepublished"] == ("2024-10-24",)
    assert "Jane Doe" in sources.microdata["author"]
    assert sources.item_types == {"newsarticle", "text", "person", "product", "thing"}


def test_a_page_without_microdata_has_none() -> None:
    sources = read_sources(LexborHTMLParser("<html><body><p>Plain text.</p></body></html>"))
    assert sources.microdata == {} and sources.item_types == frozenset()
