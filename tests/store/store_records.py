"""Small hand-written article records for the store, API and web tests: fictional people and
outlets, spans computed from the text so that every record is consistent.

Shared by tests/api and tests/web, which put this folder on sys.path.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.model import ARTICLE_SCHEMA, Article, Attribution, Entity, Mention, Removed


@dataclass(frozen=True)
class Said:
    speaker: str | None
    content: str
    kind: str = "indirect"
    cue: str | None = "said"
    addressee: str | None = None
    speaker_type: str = "PERSON"
    act: str | None = "speech"


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def story(
    id: str,
    paragraphs: list[str],
    *,
    headline: str,
    publisher: str | None = None,
    published: str | None = None,
    url: str | None = None,
    said: list[Said] | None = None,
    entities: dict[str, tuple[str, list[str]]] | None = None,
    removed: list[str] | None = None,
    stages: dict[str, str] | None = None,
    source: str | None = None,
) -> Article:
    """An article whose body is the paragraphs; ``entities`` maps a name to (type, mention texts)."""
    text = "\n\n".join(paragraphs)
    entity_records = []
    ids: dict[str, str] = {}
    for n, (name, (type_, mentions)) in enumerate((entities or {}).items(), start=1):
        ids[name] = f"e{n}"
        found = []
        for mention in mentions:
            start = 0
            while (at := text.find(mention, start)) >= 0:
                found.append(Mention(text=mention, where="body", span=(at, at + len(mention))))
                start = at + len(mention)
        entity_records.append(Entity(id=f"e{n}", name=name, type=type_, mentions=tuple(found)))
    attributions = tuple(
        Attribution(
            kind=s.kind,  # type: ignore[arg-type]
            content=s.content,
            content_span=(_span(text, s.content),),
            speaker=s.speaker,
            speaker_id=ids.get(s.speaker or ""),
            speaker_mention=s.speaker,
            cue=s.cue,
            addressee=s.addressee,
            act=s.act,  # type: ignore[arg-type]
        )
        for s in said or []
    )
    return Article(
        id=id,
        source=source or f"tests/{id}.txt",
        url=url,
        publisher=publisher,
        headline=headline,
        published=published,
        language="en",
        text=text,
        paragraphs=tuple(paragraphs),
        word_count=len(text.split()),
        attributions=attributions,
        entities=tuple(entity_records),
        removed=tuple(Removed(text=r, reason="newsletter") for r in removed or []),
        stages=stages or {"record": ARTICLE_SCHEMA},
    )


BUDGET = [
    "Prime Minister Henrik Vos said the budget would protect pensions for every retired worker in Valdoria.",
    '"We will not cut the state pension," Mr Vos told reporters outside the finance ministry on Thursday.',
    "Opposition leader Mira Sand accused Vos of hiding the true cost of the plan from voters.",
    "The finance ministry said the figures would be published in full next week.",
]
VOS_ENTITIES = {
    "Henrik Vos": ("PERSON", ["Henrik Vos", "Mr Vos", "Vos"]),
    "Mira Sand": ("PERSON", ["Mira Sand"]),
    "Valdoria": ("GPE", ["Valdoria"]),
}


def budget_story() -> Article:
    return story(
        "budget-ledger",
        BUDGET,
        headline="Vos promises pensions are safe in budget",
        publisher="Daily Ledger",
        published="2024-10-24T10:00:00+01:00",
        url="https://ledger.example/politics/vos-budget?utm_source=feed",
        said=[
            Said("Henrik Vos", "the budget would protect pensions for every retired worker in Valdoria"),
            Said("Henrik Vos", "We will not cut the state pension,", kind="direct", cue="told", addressee="reporters"),
            Said("Mira Sand", "Vos of hiding the true cost of the plan from voters", cue="accused"),
        ],
        entities=VOS_ENTITIES,
        removed=["Sign up for our politics newsletter"],
    )


def budget_wire_copy() -> Article:
    """The same wire story carried by another outlet, with its own last line."""
    return story(
        "budget-post",
        [*BUDGET[:3], "Markets were calm after the announcement, traders said."],
        headline="Pensions safe, says Vos",
        publisher="Evening Post",
        published="2024-10-24T18:30:00+01:00",
        url="https://post.example/news/pensions-safe",
        said=[Said("Vos", "the budget would protect pensions for every retired worker in Valdoria")],
        entities={"Vos": ("PERSON", ["Vos"])},
    )


def harbour_story() -> Article:
    return story(
        "harbour-gazette",
        [
            "Sir Henrik Vos told the harbour council that the new ferry terminal would open in spring.",
            "Peter Sand, who chairs the dockworkers' union, said the terminal would need two hundred new staff.",
            "The council said it welcomed the plan.",
        ],
        headline="Ferry terminal to open in spring",
        publisher="Harbour Gazette",
        published="2024-11-02T09:00:00+00:00",
        said=[
            Said("Sir Henrik Vos", "that the new ferry terminal would open in spring", cue="told", addressee="council"),
            Said("Peter Sand", "the terminal would need two hundred new staff"),
            Said("The council", "it welcomed the plan", speaker_type=""),
        ],
        entities={"Sir Henrik Vos": ("PERSON", ["Sir Henrik Vos"]), "Peter Sand": ("PERSON", ["Peter Sand"])},
    )


def hostile_story() -> Article:
    """A page whose text holds markup: it must be shown as text, never run."""
    return story(
        "hostile-page",
        [
            "The forum post read <script>alert(1)</script> before moderators removed it.",
            'Moderator Ana Lind said "<img src=x onerror=alert(2)> was also posted" in the thread.',
        ],
        headline="Forum <b>cleans up</b> after <script>alert(3)</script> spam",
        publisher="Web <i>Watch</i>",
        published="2024-11-05T12:00:00Z",
        url="javascript:alert(4)",
        said=[Said("Ana Lind", "<img src=x onerror=alert(2)> was also posted", kind="direct")],
        entities={"Ana Lind": ("PERSON", ["Ana Lind"])},
    )


def opinions_story() -> Article:
    """What one person said, wrote, thinks, wants and backs, and what a poll found: one act each."""
    return story(
        "tariffs-courier",
        [
            "Prime Minister Henrik Vos said the tariffs would hurt farmers in Valdoria.",
            "Vos wrote in a letter to growers that the levy was unfair.",
            "Vos believes the trade talks will fail.",
            "Vos wants a new trade deal before the summer.",
            "Vos backed the farmers' boycott.",
            "A Courier poll found that most voters oppose the tariffs.",
        ],
        headline="Vos takes on the tariffs",
        publisher="Valdoria Courier",
        published="2024-11-10T08:00:00Z",
        said=[
            Said("Henrik Vos", "the tariffs would hurt farmers in Valdoria"),
            Said("Henrik Vos", "that the levy was unfair", cue="wrote", act="written"),
            Said("Henrik Vos", "the trade talks will fail", cue="believes", act="belief"),
            Said("Henrik Vos", "a new trade deal before the summer", cue="wants", act="intention"),
            Said("Henrik Vos", "the farmers' boycott", cue="backed", act="stance"),
            Said("A Courier poll", "that most voters oppose the tariffs", cue="found", act="evidence", speaker_type=""),
        ],
        entities={"Henrik Vos": ("PERSON", ["Henrik Vos", "Vos"])},
    )


def corpus() -> list[Article]:
    return [budget_story(), budget_wire_copy(), harbour_story(), hostile_story()]
