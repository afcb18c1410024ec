"""Bar charts as plain SVG geometry (no script): counts over time for the speaker and search pages."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from newsdesk.adapters.store import Count

__all__ = ["Bar", "Chart", "bar_chart", "by_period"]

MAX_DAYS = 60
# A few bars never stretch across the whole chart.
MIN_SLOTS = 24
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    count: int


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    first: str
    last: str
    peak: int


def _months_between(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last[:7]:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def by_period(days: Sequence[Count]) -> list[Count]:
    """Counts per day from the first day to the last, days without any at zero; per month when that
    would be more than ``MAX_DAYS`` days."""
    dated = {c.value: c.count for c in days if _DAY.fullmatch(c.value)}
    if not dated:
        return []
    first, last = date.fromisoformat(min(dated)), date.fromisoformat(max(dated))
    span = (last - first).days + 1
    if span <= MAX_DAYS:
        every = (first + timedelta(days=n) for n in range(span))
        return [Count(d.isoformat(), dated.get(d.isoformat(), 0)) for d in every]
    months: dict[str, int] = dict.fromkeys(_months_between(min(dated), max(dated)), 0)
    for day, count in dated.items():
        months[day[:7]] += count
    return [Count(month, count) for month, count in months.items()]


def bar_chart(counts: Sequence[Count], width: int = 600, height: int = 120) -> Chart | None:
    """Bars for the counts, scaled to the tallest; None when there is nothing to draw."""
    if not counts:
        return None
    peak = max(c.count for c in counts) or 1
    slot = width / max(len(counts), MIN_SLOTS)
    offset = (width - slot * len(counts)) / 2
    gap = min(2.0, slot * 0.2)
    bars = tuple(
        Bar(
            x=round(offset + i * slot + gap / 2, 2),
            y=round(height - c.count / peak * height, 2),
            width=round(max(slot - gap, 1.0), 2),
            height=round(c.count / peak * height, 2),
            label=c.value,
            count=c.count,
        )
        for i, c in enumerate(counts)
    )
    return Chart(width=width, height=height, bars=bars, first=counts[0].value, last=counts[-1].value, peak=peak)
