"""Who the parties of a document are before any event is read: the speakers an attribution names,
the armed groups by country, and the UN bodies and NGOs that are no side of violence."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from frontlines.actors import ActorMention
from frontlines.attribution.find import RAISING_VERBS
from frontlines.events.context import DocumentContext

#: Registry inter codes of armed non-state groups, for nationality-only mentions.
GROUP_INTERS = frozenset({2, 3, 4})
#: CAMEO codes of the UN's bodies and of NGOs (the UN, UNICEF, MSF, the ICRC).
UNARMED_CAMEOS = ("IGOUNO", "NGO")
#: Words that make a UN body a force: "UN peacekeepers", "UN troops", "UNIFIL: ... Interim Force".
FORCE_WORDS = ("peacekeep", "troop", "force", "soldier", "mission", "contingent", "battalion", "blue helmet")


def unarmed_body(text: str, mention: ActorMention) -> bool:
    """A UN body or an NGO not named as a force: "the UN", "UNICEF", "Doctors Without Borders";
    not "UN peacekeepers", "UN troops", "the UN Mission in South Sudan"."""
    if mention.category not in ("igo", "ngo") or not (mention.cameo or "").startswith(UNARMED_CAMEOS):
        return False
    after = text[mention.end : mention.end + 20].lower().split()[:1]
    said = f"{mention.name} {mention.text} {' '.join(after)}".lower()
    return not any(word in said for word in FORCE_WORDS)


def _speaker_spans(ctx: DocumentContext) -> list[tuple[int, int]]:
    """Character ranges of whoever an attribution names as a source, appositions included
    ("Rami Abdel Rahman, the Observatory's chief")."""
    spans = []
    for attribution in ctx.attributions:
        for source in attribution.sources:
            span = ctx.doc.char_span(source.start, source.end, alignment_mode="expand")
            if span is None:
                spans.append((source.start, source.end))
                continue
            if span.root.dep_ == "nsubjpass" and span.root.head.lemma_.lower() in RAISING_VERBS:
                continue  # "rebels were reported to have looted": what is reported on, not who reports
            subtree = list(span.root.subtree)
            spans.append((min(source.start, subtree[0].idx), max(source.end, subtree[-1].idx + len(subtree[-1]))))
    return spans


def _groups_by_country(ctx: DocumentContext) -> dict[str, list[ActorMention]]:
    """Armed non-state groups the article names, by country, the most-mentioned first."""
    counts: Counter[str] = Counter()
    first: dict[str, ActorMention] = {}
    for mention in ctx.actors:
        if mention.kind in ("named", "coref") and mention.inter in GROUP_INTERS and mention.country:
            counts[mention.name] += 1
            first.setdefault(mention.name, mention)
    by_country: dict[str, list[ActorMention]] = {}
    for name, _ in counts.most_common():
        mention = first[name]
        by_country.setdefault(mention.country or "", []).append(mention)
    return by_country


#: Nouns of what a group does or stands for, which its name may qualify: "gang activities", "terror
#: financing", "Al Shabaab links".
GROUP_DEEDS = frozenset(
    {"activity", "financing", "funding", "recruitment", "link", "tie", "affiliation", "involvement", "membership"}
    | {"ideology", "propaganda", "network", "cell"}
)


def names_a_deed(span: Span) -> bool:
    """The party's name only qualifies what a group does: "accusing him of gang activities" names
    no gang that took part."""
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in GROUP_DEEDS
