"""The layout of a flattened page: where the story is, and what its header says.

The story is the longest run of prose lines (sentences, not menu items). The header is what sits
just above it: a headline, a standfirst, a byline, a dateline and image captions, in the order
outlets print them. Everything outside the story and header is kept as removed, with a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.model import Image, Removed
from newsdesk.stages.bylines import parse_byline
from newsdesk.stages.captions import Caption, merge_captions, read_caption
from newsdesk.stages.dates import ParsedDate, parse_date
from newsdesk.stages.draft import Draft
from newsdesk.stages.flat.anchor import choose_run, title_anchor
from newsdesk.stages.flat.chrome import classify_chrome, find_publisher
from newsdesk.stages.flat.scripts import cjk_prose, word_count
from newsdesk.stages.language import detect_language

__all__ = ["Line", "parse_flat", "split_lines"]

_TERMINAL = re.compile(r"[.!?…:;\"”’)\]]\s*$")
_WORD = re.compile(r"\w[\w’'\-]*")
_UPDATED = re.compile(r"^\s*(?:last\s+)?(?:updated|modified|edited)\b", re.IGNORECASE)
_TIMESTAMP_ONLY = re.compile(
    r"^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?|\d+\s+(?:min|mins|minutes|hours?|hrs?)\s+ago)\s*$",
    re.IGNORECASE,
)
_HEADER_REACH = 12  # content lines above the story that may hold its header
_GAP = 2  # non-prose lines the story may hold between two prose lines


@dataclass(frozen=True)
class Line:
    index: int
    text: str
    block: int  # lines with no blank line between them share a block


def split_lines(text: str) -> list[Line]:
    """Non-empty lines, numbered, with the block each belongs to."""
    lines: list[Line] = []
    block = 0
    for raw in text.split("\n"):
        if not raw.strip():
            block += 1
            continue
        lines.append(Line(len(lines), raw.strip(), block))
    return lines


def _words(text: str) -> int:
    return word_count(text)


def is_prose(text: str) -> bool:
    """A line that reads as sentences: enough words, mostly lower case, ending like a sentence
    (in Chinese, Japanese and Korean: enough characters, see ``scripts``)."""
    if (verdict := cjk_prose(text)) is not None:
        return verdict
    words = _WORD.findall(text)
    if len(words) < 6:
        return False
    lower = sum(1 for w in words if w[0].islower())
    if lower < len(words) * 0.35:
        return False
    return bool(_TERMINAL.search(text)) or len(words) >= 25


def _is_title(text: str) -> bool:
    words = _words(text)
    return (2 <= words <= 30 and not text.rstrip().endswith((".", ",", ";", ":"))) or text.rstrip().endswith(("?", "!"))


@dataclass(frozen=True)
class _Header:
    headline: int | None = None
    standfirst: int | None = None
    byline: int | None = None
    dates: tuple[int, ...] = ()
    captions: tuple[int, ...] = ()


def _story_runs(lines: list[Line], content: list[int]) -> list[tuple[int, int, int]]:
    """Runs of prose over the content lines: (first position, last position, prose words)."""
    runs: list[tuple[int, int, int]] = []
    start = last = -1
    words = gap = 0
    for pos, index in enumerate(content):
        text = lines[index].text
        if is_prose(text):
            if start < 0:
                start = pos
            last, gap = pos, 0
            words += _words(text)
        elif start >= 0:
            gap += 1
            if gap > _GAP or parse_byline(text) or parse_date(text) or read_caption(text):
                runs.append((start, last, words))
                start, words, gap = -1, 0, 0
    if start >= 0:
        runs.append((start, last, words))
    return runs


def _find_header(lines: list[Line], content: list[int], story_start: int) -> _Header:
    """Header items among the content lines just above the story, scanning upwards."""
    window = content[max(0, story_start - _HEADER_REACH) : story_start]
    byline = next((i for i in reversed(window) if _byline_here(lines, i)), None)
    dates = tuple(i for i in window if _is_dateline(lines[i].text))
    anchors = [i for i in (byline, *dates) if i is not None]
    captions = tuple(
        i
        for i in window
        if read_caption(lines[i].text) is not None
        or (anchors and i > max(anchors) and _is_loose_caption(lines[i].text))
    )
    taken = set(anchors) | set(captions)
    top = min(anchors) if anchors else (window[-1] + 1 if window else 0)
    # Labels such as "Live" or "Analysis" may sit between the standfirst and the byline.
    above = [i for i in window if i < top and i not in taken and _words(lines[i].text) > 2]
    standfirst = None
    if anchors and above and is_prose(lines[above[-1]].text) and _words(lines[above[-1]].text) <= 80:
        standfirst = above.pop()
    headline = next((i for i in reversed(above) if _is_title(lines[i].text)), None)
    if headline is None and not anchors:
        headline = next((i for i in reversed(window) if i not in taken and _is_title(lines[i].text)), None)
    return _Header(headline, standfirst, byline, dates, captions)


def _is_loose_caption(text: str) -> bool:
    """A line between the dateline and the story that is no sentence: the lead image's caption."""
    return _words(text) >= 4 and not is_prose(text) and parse_byline(text) is None


def _byline_here(lines: list[Line], index: int) -> bool:
    text = lines[index].text
    if _words(text) > 14 or (parse_date(text) is not None and not text.lower().startswith("by ")):
        return False
    return parse_byline(text) is not None


def _is_dateline(text: str) -> bool:
    return _words(text) <= 16 and not is_prose(text) and parse_date(text) is not None


def _dates(lines: list[Line], indices: tuple[int, ...]) -> tuple[ParsedDate | None, ParsedDate | None]:
    published = modified = None
    for index in indices:
        text = lines[index].text
        parsed = parse_date(text, month_first=_us_zone(text))
        if parsed is None:
            continue
        if _UPDATED.match(text):
            modified = modified or parsed
        else:
            published = published or parsed
    return published, modified


def _us_zone(text: str) -> bool:
    return bool(re.search(r"\b(?:E|C|M|P)[SD]?T\b", text))


def parse_flat(text: str, url: str | None = None) -> Draft:
    """The draft record of a flattened page: header fields, story paragraphs, captions, chrome."""
    lines = split_lines(text)
    raw = [line.text for line in lines]
    publisher = find_publisher(raw)
    chrome = classify_chrome(raw, publisher)
    content = [line.index for line in lines if line.index not in chrome]
    runs = _story_runs(lines, content)
    if not runs:
        return _draft_without_story(lines, chrome, publisher, url)
    first, last, _words_in = choose_run(runs, title_anchor(raw, content), content, chrome)
    header = _find_header(lines, content, first)
    return _assemble(lines, chrome, content, (first, last), header, publisher, url)


def _draft_without_story(lines: list[Line], chrome: dict[int, str], publisher: str | None, url: str | None) -> Draft:
    removed = tuple(Removed(text=line.text, reason=chrome.get(line.index, "no story found")) for line in lines)
    return Draft(publisher=publisher, url=url, removed=removed, found_by={"text": "none"})


def _assemble(
    lines: list[Line],
    chrome: dict[int, str],
    content: list[int],
    story: tuple[int, int],
    header: _Header,
    publisher: str | None,
    url: str | None,
) -> Draft:
    first, last = story
    story_lines = content[first : last + 1]
    captions = [read_caption(lines[i].text) or Caption(lines[i].text, ()) for i in header.captions]
    paragraphs: list[str] = []
    removed: list[Removed] = []
    used = {
        i for i in (header.headline, header.standfirst, header.byline, *header.dates, *header.captions) if i is not None
    }
    for line in lines:
        if line.index in used:
            continue
        if line.index in chrome:
            removed.append(Removed(text=line.text, reason=chrome[line.index]))
        elif line.index in story_lines:
            _story_line(line.text, paragraphs, captions, removed)
        else:
            where = "before the story" if line.index < story_lines[0] else "after the story"
            removed.append(Removed(text=line.text, reason=f"outside the story ({where})"))
    return _draft(lines, header, paragraphs, merge_captions(captions), removed, publisher, url)


def _story_line(text: str, paragraphs: list[str], captions: list[Caption], removed: list[Removed]) -> None:
    """A line inside the story: a paragraph, unless it is a caption or a live-blog timestamp."""
    caption = None if is_prose(text) and not text.rstrip().endswith(")") else read_caption(text)
    if caption is not None:
        captions.append(caption)
    elif _TIMESTAMP_ONLY.match(text):
        removed.append(Removed(text=text, reason="timestamp"))
    else:
        paragraphs.append(text)


def _draft(
    lines: list[Line],
    header: _Header,
    paragraphs: list[str],
    captions: list[Caption],
    removed: list[Removed],
    publisher: str | None,
    url: str | None,
) -> Draft:
    byline = parse_byline(lines[header.byline].text, publisher=publisher) if header.byline is not None else None
    published, modified = _dates(lines, header.dates)
    found_by = {"text": "flat:longest-prose-run"}
    for name, index in (("headline", header.headline), ("standfirst", header.standfirst), ("authors", header.byline)):
        if index is not None:
            found_by[name] = f"flat:line-{index + 1}"
    if publisher:
        found_by["publisher"] = "flat:chrome-phrase"
    body = "\n\n".join(paragraphs)
    return Draft(
        headline=_text_at(lines, header.headline),
        standfirst=_text_at(lines, header.standfirst),
        authors=byline.authors if byline else (),
        agencies=byline.agencies if byline else (),
        published=published.iso if published else None,
        modified=modified.iso if modified else None,
        publisher=publisher,
        url=url,
        language=detect_language(body),
        paragraphs=tuple(paragraphs),
        images=tuple(Image(caption=c.text, credits=c.credits) for c in captions),
        removed=tuple(removed),
        found_by=found_by,
    )


def _text_at(lines: list[Line], index: int | None) -> str | None:
    return lines[index].text if index is not None else None
