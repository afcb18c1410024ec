"""What the trained tagger's attributions take from elsewhere: the rules' frames it left untouched
and the speakers the rules read beside its quotes, and the speakers that transcript lines and
signed quotes print outright."""

from __future__ import annotations

from newsdesk.model import Attribution
from newsdesk.stages.attribution.attribute import Found, make_record
from newsdesk.stages.attribution.layouts import printed_speakers
from newsdesk.stages.entities import EntityIndex
from newsdesk.stages.entities.mentions import Field

__all__ = ["with_printed", "with_rules"]


def with_rules(records: list[Attribution], by_rules: list[Attribution]) -> list[Attribution]:
    """The rules' attributions whose content the tagger left untouched: a frame it has not learned
    is still a frame. (A report nested inside a tagged content is not added: PolNeAR rarely
    annotates both, and adding them cost precision on its dev split.)"""

    def untouched(rule: Attribution) -> bool:
        start, end = rule.content_bounds
        return not any(r.content_bounds[0] < end and start < r.content_bounds[1] for r in records)

    quoted = [_speaker_from_rules(r, by_rules) for r in records]
    return sorted(quoted + [r for r in by_rules if untouched(r)], key=lambda r: r.content_bounds)


def _speaker_from_rules(record: Attribution, by_rules: list[Attribution]) -> Attribution:
    """A quote the tagger found but gave no speaker takes the speaker the rules read beside the
    same quote (its own cue, "said Obama", the sentence after it)."""
    if record.kind not in ("direct", "mixed") or record.speaker_span is not None or record.candidates:
        return record
    start, end = record.content_bounds
    for rule in by_rules:
        if _read_quote_beside(rule) and rule.content_bounds[0] < end and start < rule.content_bounds[1]:
            fields = ("speaker", "speaker_id", "speaker_mention", "speaker_span", "confidence", "candidates")
            update = {name: getattr(rule, name) for name in fields}
            if record.cue_span is None:  # the rules' cue, and the act it tells
                update.update(cue=rule.cue, cue_span=rule.cue_span, act=rule.act or record.act)
            return record.replace(**update)
    return record


def _read_quote_beside(rule: Attribution) -> bool:
    return rule.kind in ("direct", "mixed") and rule.speaker_span is not None and rule.cue_span is not None


def with_printed(field_: Field, index: EntityIndex, records: list[Attribution]) -> list[Attribution]:
    """Transcript lines and signed quotes name their speaker unambiguously: they replace what the
    tagger read in the same words (it has seen few such pages)."""
    printed = printed_speakers(field_.text)
    if not printed:
        return records

    def covered(record: Attribution) -> bool:
        start, end = record.content_bounds
        inside = sum(max(0, min(end, b) - max(start, a)) for a, b in (p.content for p in printed))
        return inside * 2 > end - start

    kept = [r for r in records if not covered(r)]
    found = [Found(p.kind, p.content, p.cue, p.speaker, None, method="crf", parts=p.parts) for p in printed]
    kept.extend(make_record(field_, index, f) for f in found)
    return sorted(kept, key=lambda r: r.content_bounds)
