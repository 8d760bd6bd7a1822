"""Event-argument gold (WikiEvents, RAMS) and a document-level role-filler scorer.

For each document the gold is the set of entities that fill a conflict role (attacker, victim,
target, place; data/evaluate/argument_roles.tsv), each entity with the head words of all its
coreferent mentions. Our fillers are the evidence spans of every event's actor1 (attacker),
actor2 (victim or target) and location (place). A span matches an entity when its head word,
the last word before any "of", comma, parenthesis or relative clause, equals the head word
of one of the entity's mentions, ignoring case. Each entity is found at most once.

Published argument-extraction scores (e.g. BART-Gen's head F1) are computed per gold trigger
with the trigger given; ours is end to end at document level, so compare with care.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path

from frontlines.datafiles import data_path, read_tsv
from frontlines.errors import BadRecord
from frontlines.evaluate.items import ArgumentGold, ErrorCase, GoldItem, Metric, Report, RoleFiller
from frontlines.evaluate.metrics import f1, ratio, share
from frontlines.evaluate.runner import Coded, make_report

#: Our record field scored against each role class.
FIELD_OF_ROLE = {"attacker": "actor1", "victim": "actor2", "target": "actor2", "place": "location"}
GROUPS = {"attacker": ("attacker",), "victim/target": ("victim", "target"), "place": ("place",)}
#: RAMS sub-types under life.* that are no violence.
NON_VIOLENT = ("nonviolent", "illness")
_HEAD_CUT = re.compile(r"\s(?:of|who|which|that|in|at|on|from)\s|[,(;:]")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@cache
def role_classes() -> list[tuple[str, str, str]]:
    """(event type prefix, role, role class), lower-cased."""
    path = data_path("evaluate/argument_roles.tsv")
    return [
        (r["event_prefix"].lower(), r["role"].lower(), r["role_class"])
        for _, r in read_tsv(path, required=("event_prefix", "role", "role_class"))
    ]


def role_class(event_type: str, role: str) -> str | None:
    """The role class of ``role`` in an event of ``event_type``, or None if we do not score it."""
    event_type = event_type.lower()
    if any(word in event_type for word in NON_VIOLENT):
        return None
    return next(
        (cls for prefix, name, cls in role_classes() if event_type.startswith(prefix) and role.lower() == name),
        None,
    )


def is_conflict_event(event_type: str) -> bool:
    event_type = event_type.lower()
    return not any(w in event_type for w in NON_VIOLENT) and any(event_type.startswith(p) for p, _, _ in role_classes())


def head_word(span: str) -> str:
    """The head of a noun phrase, approximately: the last word before a post-modifier."""
    words = _WORD.findall(_HEAD_CUT.split(f" {span} ")[0])
    return words[-1].lower() if words else ""


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise BadRecord(f"not JSON: {exc.msg}", source=str(path), line=number) from exc


def _clusters(path: Path) -> dict[str, dict[str, str]]:
    """doc id -> entity id -> cluster id, from the coref file beside a WikiEvents split."""
    coref = path.parent / "coref" / f"{path.stem}.jsonlines"
    if not coref.is_file():
        return {}
    found: dict[str, dict[str, str]] = {}
    for _, row in _read_jsonl(coref):
        found[row["doc_key"]] = {e: cluster[0] for cluster in row["clusters"] for e in cluster}
    return found


def wikievents_items(path: Path) -> Iterator[GoldItem]:
    """WikiEvents documents (``dev.jsonl``); coreference from ``coref/<split>.jsonlines`` if there."""
    clusters = _clusters(path)
    for number, doc in _read_jsonl(path):
        try:
            doc_id, text = doc["doc_id"], doc["text"]
            mentions = {m["id"]: m["text"] for m in doc["entity_mentions"]}
            events = doc["event_mentions"]
        except KeyError as exc:
            raise BadRecord(f"no {exc} field; is this WikiEvents?", source=str(path), line=number) from exc
        cluster_of = clusters.get(doc_id, {})
        members: dict[str, set[str]] = {}
        for entity, cluster in cluster_of.items():
            members.setdefault(cluster, set()).add(entity)
        fillers: dict[tuple[str, str], RoleFiller] = {}
        for event in events:
            for argument in event["arguments"]:
                cls = role_class(event["event_type"], argument["role"])
                if cls is None:
                    continue
                cluster = cluster_of.get(argument["entity_id"], argument["entity_id"])
                heads = {head_word(mentions.get(e, "")) for e in members.get(cluster, {argument["entity_id"]})}
                heads.add(head_word(argument["text"]))
                fillers[(cls, cluster)] = RoleFiller(
                    role=cls, entity=cluster, heads=tuple(sorted(h for h in heads if h))
                )
        gold = ArgumentGold(
            fillers=list(fillers.values()),
            has_conflict_event=any(is_conflict_event(e["event_type"]) for e in events),
        )
        yield GoldItem(
            item_id=doc_id,
            article=_article(doc_id, text),
            gold=gold,
            stratum="conflict" if gold.has_conflict_event else "other",
        )


def rams_items(path: Path) -> Iterator[GoldItem]:
    """RAMS examples (``*.jsonlines``): a five-sentence window, one event, its argument spans."""
    for number, row in _read_jsonl(path):
        try:
            tokens = [t for sentence in row["sentences"] for t in sentence]
            event_type = row["evt_triggers"][0][2][0][0]
            links = row["gold_evt_links"]
        except (KeyError, IndexError) as exc:
            raise BadRecord(f"not a RAMS example ({exc!r})", source=str(path), line=number) from exc
        fillers = {}
        for _, (start, end), role in links:
            cls = role_class(event_type, re.sub(r"^evt\d+arg\d+", "", role))
            if cls is not None:
                span = " ".join(tokens[start : end + 1])
                fillers[(cls, f"{start}-{end}")] = RoleFiller(
                    role=cls, entity=f"{start}-{end}", heads=(head_word(span),)
                )
        gold = ArgumentGold(fillers=list(fillers.values()), has_conflict_event=is_conflict_event(event_type))
        yield GoldItem(
            item_id=row["doc_key"],
            article=_article(row["doc_key"], " ".join(tokens)),
            gold=gold,
            stratum=event_type.split(".")[0],
        )


def _article(doc_id: str, text: str):
    from frontlines.records import Article

    return Article(id=doc_id, text=text)


def _gold(coded: Coded) -> ArgumentGold:
    gold = coded.item.gold
    assert isinstance(gold, ArgumentGold)
    return gold


def predicted_heads(coded: Coded, field: str) -> set[str]:
    """Head words of the evidence spans of ``field`` over every event of the document; an actor the
    codebook's defaults supplied names no argument (its span is the event word)."""
    return {
        h for e in coded.events for ev in e.evidence.get(field, []) if not ev.inferred and (h := head_word(ev.text))
    }


def _group_counts(coded: Coded, roles: Sequence[str]) -> tuple[int, int, int]:
    field = FIELD_OF_ROLE[roles[0]]
    ours = predicted_heads(coded, field)
    gold = [f for f in _gold(coded).fillers if f.role in roles]
    found = [f for f in gold if ours & set(f.heads)]
    gold_heads = {h for f in gold for h in f.heads}
    tp = len(found)
    fp = sum(1 for h in ours if h not in gold_heads)
    return tp, fp, len(gold) - tp


def score_arguments(items: Sequence[Coded], dataset: str, fmt: str) -> Report:
    """Attacker, victim/target and place F1 at document level; event detection on conflict texts."""
    scored = [c for c in items if _gold(c).has_conflict_event]
    metrics: list[Metric] = []
    totals = [0, 0, 0]
    for group, roles in GROUPS.items():
        counts = [_group_counts(c, roles) for c in scored]
        tp, fp, fn = (sum(x[i] for x in counts) for i in range(3))
        totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
        precision, recall = ratio(tp, tp + fp) or 0.0, ratio(tp, tp + fn) or 0.0
        metrics.append(
            Metric(
                name=f"{group} F1",
                value=f1(precision, recall) if tp + fp + fn else None,
                n=tp + fn,
                note=f"P {precision:.3f} R {recall:.3f}; ours: {FIELD_OF_ROLE[roles[0]]}",
            )
        )
    for role in ("victim", "target"):
        counts = [_group_counts(c, (role,)) for c in scored]
        tp, fn = sum(x[0] for x in counts), sum(x[2] for x in counts)
        metrics.append(Metric(name=f"{role} recall", value=ratio(tp, tp + fn), n=tp + fn))
    tp, fp, fn = totals
    precision, recall = ratio(tp, tp + fp) or 0.0, ratio(tp, tp + fn) or 0.0
    metrics.append(
        Metric(
            name="all roles F1",
            value=f1(precision, recall) if tp + fp + fn else None,
            n=tp + fn,
            note=f"micro; P {precision:.3f} R {recall:.3f}",
        )
    )
    metrics.append(
        Metric(
            name="conflict texts with an event",
            value=ratio(sum(1 for c in scored if c.events), len(scored)),
            n=len(scored),
        )
    )
    others = [c for c in items if not _gold(c).has_conflict_event]
    if others:
        note = "not scored: such texts may still report violence"
        metrics.append(share("event rate: texts of other event types", [bool(c.events) for c in others], note=note))
    errors = []
    for coded in scored:
        ours = {f: sorted(predicted_heads(coded, f)) for f in ("actor1", "actor2", "location")}
        missed = [f for f in _gold(coded).fillers if not predicted_heads(coded, FIELD_OF_ROLE[f.role]) & set(f.heads)]
        if missed:
            errors.append(
                ErrorCase(
                    item_id=coded.item.item_id,
                    field="arguments",
                    gold="; ".join(f"{f.role}: {'/'.join(f.heads[:3])}" for f in missed[:8]),
                    predicted="; ".join(f"{k}: {', '.join(v[:4])}" for k, v in ours.items()),
                    severity=float(len(missed)),
                    text=coded.item.article.text[:600],
                    evidence=[
                        ev
                        for e in coded.events
                        for f in ("actor1", "actor2", "location")
                        for ev in e.evidence.get(f, [])
                    ][:8],
                )
            )
    return make_report(
        items,
        dataset,
        fmt,
        metrics,
        errors,
    )
