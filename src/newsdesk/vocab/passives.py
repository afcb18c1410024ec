"""Charges and judgements told in the passive with no one named who makes them
(``stages.attribution.passives.unnamed_judgement``)."""

from __future__ import annotations

# A verb and the prepositions that carry what its subject is charged with or taken for: "was
# accused of fraud", "has been criticized for the delay", "was described as a loner", "was
# dismissed as a stunt". Without the preposition ("was dismissed on Monday": fired) no judgement. An empty
# tuple: the complement is a noun phrase ("was declared the winner", "was announced the winner").
UNNAMED_JUDGEMENT_FRAMES: dict[str, tuple[str, ...]] = {
    "accuse": ("of",),
    "charge": ("with",),
    "blame": ("for",),
    "criticize": ("for", "as", "over"),
    "criticise": ("for", "as", "over"),
    "fault": ("for",),
    "condemn": ("for", "as"),
    "denounce": ("as",),
    "praise": ("for", "as"),
    "describe": ("as",),
    "portray": ("as",),
    "characterize": ("as",),
    "characterise": ("as",),
    "label": ("as",),
    "brand": ("as",),
    "declare": (),
    "announce": (),
    "attack": ("for", "over", "as"),
    "mock": ("for", "as"),
    "ridicule": ("for", "as"),
    "deride": ("as", "for"),
    "slam": ("for", "over"),
    "blast": ("for", "over"),
    "question": ("over", "about"),
    "dismiss": ("as",),
    "hail": ("as", "for"),
}
