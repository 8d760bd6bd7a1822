"""Who the parties of a document are before any event is read: the speakers an attribution names,
the armed groups by country, and the UN bodies and NGOs that are no side of violence."""

from __future__ import annotations

import re
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
    cameo = mention.cameo or ""
    # (CAMEO's bare "IGO" is a body of no region or force: the OPCW, the OSCE, the IMO)
    if mention.category not in ("igo", "ngo") or not (cameo.startswith(UNARMED_CAMEOS) or cameo == "IGO"):
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


def same_force(first: ActorMention | None, other: ActorMention) -> bool:
    """Two mentions of one force, one named without its country: "Rebels" and "Rebels (Syria)",
    "Military Forces" and "Military Forces of Syria (2000-2024)"."""
    if first is None:
        return False
    a, b = first.name.split(" (")[0], other.name.split(" (")[0]
    return a.startswith(b) or b.startswith(a)


def in_clause_on(span: Span, other: ActorMention | None) -> bool:
    """ "shot by soldiers deployed to flush out bandits": the mention stands in a clause that
    describes the other party, not as a party of the event."""
    clause = next((t for t in span.root.ancestors if t.dep_ in ("acl", "relcl")), None)
    return clause is not None and other is not None and other.start <= clause.head.idx < other.end


#: Prepositions by which a party's post only says where: "near a QSD checkpoint".
LANDMARK_PREPOSITIONS = frozenset({"near", "outside", "beside", "opposite", "past"})


#: Words before "to" that say where, not to whom: "close to", "closer to", "next to".
_NEAR_WORDS = frozenset({"close", "closer", "near", "nearer", "next", "adjacent"})


def landmark(span: Span) -> bool:
    """ "as he was passing near a QSD checkpoint", "closer to the president's palace": a party's post
    named only to say where."""
    for token in list(span.root.ancestors)[:3]:
        if token.dep_ == "prep" and token.lower_ in LANDMARK_PREPOSITIONS:
            return True
        if token.dep_ == "prep" and token.lower_ == "to" and token.head.lemma_.lower() in _NEAR_WORDS:
            return True  # "bringing them closer to the president's palace", "next to an army post"
        if token.pos_ == "VERB":
            break
    return False


def partner(first: Span | None, span: Span | None) -> bool:
    """The span is joined to the first by "and" or "or", a partner in its deed ("airstrikes by the regime and
    Russian forces"), or names it again in brackets ("a communal militia (suspected Tugen militia)");
    not an apposition after a comma, which the parser may make of an object ("residents ..., battle
    police")."""
    if first is None or span is None:
        return False
    words = {t.i for t in first}
    if any(c.i in words for t in span for c in t.conjuncts):
        return True
    between = span.doc[first.end : span.start]
    return span.root.dep_ == "appos" and span.root.head.i in words and any(t.text == "(" for t in between)


#: Nouns of a group grown from or tied to the group named with them: "the al Qaeda offshoot",
#: "al-Qaeda's former Syrian affiliate", "the Syrian branch of al-Qaeda".
_OFFSHOOT = r"(?:offshoot|off-shoot|affiliate|branch|franchise|splinter|breakaway)"
#: Words a group's name may stand before: "al Qaeda-linked Nusra Front".
_TIED = r"(?:linked|affiliated|aligned|allied|inspired)"
_QUALIFIES_AFTER = re.compile(
    r"^(?:['’]?s)?\s*-?\s*(?:(?:former|one-time|onetime|erstwhile|syrian|iraqi|local|official|regional)\s+)*"
    rf"(?:(?P<offshoot>{_OFFSHOOT})|{_TIED})\b\s*(?:the\s+)?",
    re.IGNORECASE,
)
_QUALIFIES_BEFORE = re.compile(
    rf"\b(?:{_OFFSHOOT}\s+(?:of|from)"
    # "broke allegiance with al Qaeda", "split from al Qaeda": a group that left it
    r"|(?:broke|breaks|break|severed|severs|cut|cuts|renounced|renounces)\s+(?:its\s+|their\s+|all\s+)?"
    r"(?:allegiance|ties|links|relations)\s+(?:with|to|from)"
    r"|(?:split|splits|broke\s+away|breaks\s+away|broken\s+away)\s+from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def qualifies_another(text: str, mention: ActorMention, mentions: list[ActorMention]) -> bool:
    """The name only says what another group grew from, left or is tied to ("the al Qaeda offshoot",
    "the Syrian branch of al-Qaeda", "broke allegiance with al Qaeda", "al Qaeda-linked Nusra Front",
    a name right after): that group is no party. Not people tied to it ("a cleric linked with Al
    Shabaab", "Al-Qaeda-linked groups"), whom the codebook codes as the group."""
    if _QUALIFIES_BEFORE.search(text[max(0, mention.start - 40) : mention.start]):
        return True
    match = _QUALIFIES_AFTER.match(text[mention.end : mention.end + 60])
    if match is None:
        return False
    if match.group("offshoot"):
        return True
    after = mention.end + match.end()
    return any(m.start == after for m in mentions) or text[after : after + 1].isupper()  # a name, known or not
