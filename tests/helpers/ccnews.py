"""CC-NEWS-shaped WARC fixtures, written with warcio: a warcinfo record, then a request and a response
record per capture, each record its own gzip member, as Common Crawl writes them.

The pages are generated here from small word lists (no real publisher's text), and the edge cases
a CC-NEWS day really holds can be mixed in: non-HTML payloads, a wrong declared charset, a 20 MB
page, a record with no body, a redirect, and damage (a truncated gzip member).
"""

from __future__ import annotations

import io
import random
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

__all__ = ["Capture", "damage_member", "edge_cases", "news_page", "write_ccnews", "write_warc"]


@dataclass(frozen=True)
class Capture:
    """One fetched URL: what the response record will hold."""

    url: str
    body: bytes
    content_type: str | None = "text/html; charset=utf-8"
    status: int = 200
    date: str = "2024-05-01T10:00:00Z"
    headers: tuple[tuple[str, str], ...] = field(default=())


_PEOPLE = (
    ("Maria Alvarez", "the city's mayor"),
    ("Tom Okafor", "a spokesman for the transport union"),
    ("Helen Brandt", "the finance minister"),
    ("Rajiv Menon", "chief executive of Northfield Health"),
    ("Claire Dubois", "the opposition leader"),
    ("Samuel Reyes", "a fire service commander"),
    ("Ingrid Holm", "an economist at Lakeside University"),
    ("Peter Walsh", "the council's housing chief"),
)
_TOPICS = (
    ("bus drivers' strike", "Harbor City", "talks"),
    ("interest rate rise", "Meridian", "the decision"),
    ("hospital waiting lists", "Northfield", "the plan"),
    ("wildfire evacuation", "Westport", "the order"),
    ("housing shortage", "Eastvale", "the scheme"),
    ("flood defences", "Riverton", "the project"),
)
_QUOTES = (
    "We will not accept a deal that leaves families worse off",
    "This is the hardest decision we have had to make in a decade",
    "Nobody should have to wait a year for treatment",
    "The numbers simply do not add up",
    "We are doing everything we can to keep people safe",
    "It is time for the government to listen",
)
_VERBS = ("said", "told reporters", "added", "warned", "insisted")
_FILLER = (
    "Officials met for several hours on Tuesday without reaching an agreement.",
    "The figures published this week were higher than most analysts had expected.",
    "Residents gathered outside the town hall as the meeting went on into the evening.",
    "A full report is due to be published before the end of the month.",
    "Local businesses said they had already felt the effects over the past fortnight.",
)


def news_page(number: int, *, published: str = "2024-05-01", seed: int = 0) -> Capture:
    """A generated news article page (headline, byline, date, quotes) at a unique URL."""
    rng = random.Random(seed * 1_000_003 + number)
    topic, place, thing = rng.choice(_TOPICS)
    speakers = rng.sample(_PEOPLE, 2)
    author = rng.choice(_PEOPLE)[0]
    headline = f"{place} {topic}: {speakers[0][0].split()[-1]} says {thing} must change"
    paragraphs = [f"The {topic} in {place} entered a new phase on Monday as {thing} came under fresh pressure."]
    for name, role in speakers:
        paragraphs.append(f"“{rng.choice(_QUOTES)},” {rng.choice(_VERBS)} {name}, {role}.")
        paragraphs.append(rng.choice(_FILLER))
        paragraphs.append(f"{name.split()[-1]} said that {thing} would be reviewed again next week.")
    paragraphs.append(rng.choice(_FILLER))
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    html = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{headline} | The Daily Ledger</title>
<meta property="og:title" content="{headline}">
<meta name="author" content="{author}">
<meta property="article:published_time" content="{published}T08:30:00+00:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<article><h1>{headline}</h1><p class="byline">By {author}</p>
<time datetime="{published}T08:30:00+00:00">{published}</time>
{body}
</article>
<footer><p>© 2024 The Daily Ledger. All rights reserved.</p></footer>
</body></html>"""
    url = f"https://ledger.example/news/{published}/story-{seed}-{number}"
    return Capture(url=url, body=html.encode("utf-8"), date=f"{published}T12:{number % 60:02d}:00Z")


def edge_cases(huge_bytes: int = 20_000_000) -> dict[str, Capture]:
    """Captures a crawl of news sites really holds, by name; each must end as a page or a reject."""
    story = news_page(900).body.decode("utf-8")
    accented = story.replace("The Daily Ledger</title>", "Le Café “Ledger”</title>").replace(
        "<p>The ", "<p>At the café in the old town, “residents” waited. The ", 1
    )
    padding = "var blob = '" + "x" * huge_bytes + "';"
    return {
        "pdf": Capture(
            "https://ledger.example/report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "application/pdf"
        ),
        "image": Capture("https://ledger.example/photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 50, "image/jpeg"),
        "json": Capture("https://ledger.example/api/latest", b'{"stories": []}', "application/json"),
        # UTF-8 bytes declared as latin-1 in the HTTP header: a common server misconfiguration.
        "utf8-declared-latin1": Capture(
            "https://ledger.example/news/cafe-utf8",
            accented.replace('<meta charset="utf-8">', "").encode("utf-8"),
            "text/html; charset=iso-8859-1",
        ),
        # windows-1252 bytes declared as UTF-8.
        "cp1252-declared-utf8": Capture(
            "https://ledger.example/news/cafe-cp1252",
            accented.replace('<meta charset="utf-8">', "").encode("cp1252"),
            "text/html; charset=utf-8",
        ),
        "huge": Capture(
            "https://ledger.example/news/huge-page",
            story.replace("</head>", f"<script>{padding}</script></head>").encode("utf-8"),
        ),
        "no-body": Capture("https://ledger.example/news/empty", b"", "text/html"),
        "redirect": Capture("https://ledger.example/old", b"", "text/html", status=301),
    }


def _http_headers(capture: Capture) -> StatusAndHeaders:
    reason = {200: "OK", 301: "Moved Permanently", 404: "Not Found"}.get(capture.status, "Status")
    headers = [("Content-Length", str(len(capture.body))), *capture.headers]
    if capture.content_type:
        headers.insert(0, ("Content-Type", capture.content_type))
    return StatusAndHeaders(f"{capture.status} {reason}", headers, protocol="HTTP/1.1")


def write_warc(path: Path, captures: Iterable[Capture], *, gzip: bool = True) -> list[int]:
    """Write captures as a CC-NEWS-shaped WARC; returns each response record's byte offset."""
    offsets: list[int] = []
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newsdesk tests", "format": "WARC"}))
        for capture in captures:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", capture.url.split("/")[2])], is_http_request=True)
            date = {"WARC-Date": capture.date}
            writer.write_record(
                writer.create_warc_record(
                    capture.url, "request", payload=io.BytesIO(b""), warc_headers_dict=date, http_headers=request
                )
            )
            offsets.append(stream.tell())
            response = writer.create_warc_record(
                capture.url,
                "response",
                payload=io.BytesIO(capture.body),
                warc_headers_dict=date,
                http_headers=_http_headers(capture),
            )
            writer.write_record(response)
    return offsets


def damage_member(path: Path, offset: int) -> None:
    """Cut the gzip member at ``offset`` to half its length, keeping every member after it: the
    damage a broken download or a bad disk leaves in the middle of an archive."""
    data = path.read_bytes()
    # The member's end is where its deflate stream ends: searching for the next gzip magic number
    # can hit those three bytes inside the compressed data and cut in the wrong place.
    member = zlib.decompressobj(wbits=31)
    member.decompress(data[offset:])
    end = len(data) - len(member.unused_data)
    path.write_bytes(data[: offset + (end - offset) // 2] + data[end:])


def write_ccnews(path: Path, pages: int, *, seed: int = 0, edges: bool = False, dates: int = 3) -> list[int]:
    """A CC-NEWS-shaped archive of ``pages`` generated stories spread over ``dates`` publication
    days (plus the edge cases when asked); returns the response offsets."""
    captures = [news_page(n, published=f"2024-05-0{1 + n % dates}", seed=seed) for n in range(pages)]
    if edges:
        captures += list(edge_cases().values())
    return write_warc(path, captures)
