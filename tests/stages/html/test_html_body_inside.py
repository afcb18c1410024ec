"""Which elements lie inside a chosen container: the container itself and everything below it."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsdesk.stages.html import body
from newsdesk.stages.html.blocks import Blocks, read_blocks

PAGE = """<body><header><nav><a href="/">Home</a></nav></header>
<main><article><h1>Title</h1><div class="story"><p>One <b>two</b></p><ul><li>three</li></ul></div>
<aside><p>four</p></aside></article><section><p>five</p></section></main>
<footer><p>six</p></footer></body>"""


def _inside_by_walking_up(page: Blocks, container: int) -> list[bool]:
    """The plain definition: an element is inside when it, or an element above it, is the container."""
    found = []
    for index in range(len(page.elements)):
        element = index
        while element >= 0 and element != container:
            element = page.elements[element].parent
        found.append(element == container)
    return found


@pytest.mark.parametrize("container_tag", ["body", "main", "article", "div", "aside", "footer", "li"])
def test_inside_is_the_container_and_all_below_it(container_tag: str) -> None:
    page = read_blocks(LexborHTMLParser(PAGE).body)
    container = [element.tag for element in page.elements].index(container_tag)
    inside = body._inside(page, container)
    assert inside == _inside_by_walking_up(page, container)
    assert inside[container]
    assert not any(inside[:container])  # nothing before the container


def test_inside_of_an_empty_page() -> None:
    assert body._inside(Blocks(), 0) == []
