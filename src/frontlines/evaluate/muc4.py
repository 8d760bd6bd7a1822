"""MUC-4 texts and answer keys as gold, and a document-level scorer close to MUC-4's own.

Scored per message, with every event of the message (MUC-4 fills one template per incident):

- incident type (slot 4): our sub-event types map to ATTACK, BOMBING, KIDNAPPING, ARSON or
  ROBBERY (data/evaluate/muc4_incident_types.tsv). A type we give that no template of the
  message has is a false positive; a template's type we do not give is a miss, unless the
  template is OPTIONAL. Irrelevant messages (template ``*``) must yield no event at all.
- perpetrator organisation (slot 10) against our actor1 (its evidence spans; not armed men the
  text does not name, nor crowds or civilians: MUC-4 keeps those for slot 9), physical
  target (slot 12) and human target description (slot 19) against our actor2, of the events that
  read as an incident (an arrest or a protest is no template): each gold filler
  is matched by at most one of our strings. *Strict* match: equal after folding case and
  punctuation and dropping a leading "the"; *lenient*: one contains the other as whole words.
  A filler matches if any of its '/' alternatives does; a '?' filler, or any filler of an
  OPTIONAL template, counts when found and is not missed when not.
- effects (slot 23): DEATH when one of our events has fatalities, INJURY when one has injuries.

This is an approximation of the MUC-4 scorer (no partial credit, no template alignment).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from functools import cache
from pathlib import Path

from frontlines.datafiles import data_path, read_tsv
from frontlines.errors import InputError
from frontlines.evaluate.items import ErrorCase, Filler, GoldItem, Metric, Muc4Gold, Muc4Template, Report
from frontlines.evaluate.metrics import f1, fold, ratio, share
from frontlines.evaluate.runner import Coded, make_report
from frontlines.records import Article, Event

_MESSAGE_ID = re.compile(r"^((?:DEV-MUC3|TST\d-MUC\d)-\d{4})\b", re.MULTILINE)
_DATELINE = re.compile(r"^\s*(.*?)\s--\s", re.DOTALL)
_HEADER_TAGS = re.compile(r"^(?:\s*\[[^\]]*\])+\s*")
_DATE = re.compile(r"\b(\d{1,2}) ([A-Z]{3}) (\d{2})\b")
_SLOT = re.compile(r"^(\d+)\.\s")
_QUOTED = re.compile(r'"([^"]*)"')
VALUE_COLUMN = 36  # the answer keys put every slot value at this column
SLOTS = {10: "perp_orgs", 12: "phys_targets", 19: "hum_targets"}
EFFECTS = ("DEATH", "INJURY")


def read_texts(path: Path) -> dict[str, str]:
    """Message id -> raw message text, from a MUC-3/4 text file of many messages."""
    text = path.read_text(encoding="latin-1")
    starts = list(_MESSAGE_ID.finditer(text))
    return {
        m.group(1): text[m.start() : starts[i + 1].start() if i + 1 < len(starts) else len(text)]
        for i, m in enumerate(starts)
    }


def split_message(raw: str, recase: bool) -> tuple[str, date | None]:
    """The body of a message (after its dateline and header tags) and the dateline's date."""
    body = raw.split("\n", 1)[1] if "\n" in raw else raw
    published = None
    dateline = _DATELINE.match(body)
    if dateline:
        found = _DATE.search(dateline.group(1))
        if found:
            published = _parse_date(" ".join(found.groups()))
        body = body[dateline.end() :]
    body = " ".join(_HEADER_TAGS.sub("", body.strip()).split())
    return (sentence_case(body) if recase else body), published


def _parse_date(value: str) -> date | None:
    try:
        return datetime.strptime(value.title(), "%d %b %y").date()
    except ValueError:
        return None


def sentence_case(text: str) -> str:
    """Lower-case an all-capitals text and capitalise each sentence's first letter."""
    lowered = text.lower()
    return re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), lowered)


def _slot_values(block: list[str]) -> dict[int, list[str]]:
    values: dict[int, list[str]] = {}
    current = None
    for line in block:
        found = _SLOT.match(line)
        if found:
            current = int(found.group(1))
            values[current] = []
        if current is not None:
            value = line[VALUE_COLUMN:].strip() if len(line) > VALUE_COLUMN else ""
            if value:
                values[current].append(value)
    return values


def _fillers(lines: list[str], template_optional: bool) -> list[Filler]:
    fillers = []
    for line in lines:
        line = line.split('": "')[0] + '"' if '": "' in line else line  # "DESCRIPTION": "NAME" cross-reference
        alternatives = tuple(q.strip() for q in _QUOTED.findall(line) if q.strip() not in ("", "-"))
        if alternatives:
            fillers.append(Filler(alternatives=alternatives, optional=template_optional or line.startswith("?")))
    return fillers


def _effects(lines: list[str], template_optional: bool) -> list[Filler]:
    found = []
    for line in lines:
        labels = {label.strip().lstrip("? ").strip() for label in line.split(":")[0].split("/")}
        for effect in EFFECTS:
            if effect in labels:
                certain = labels == {effect} and not line.startswith("?") and not template_optional
                found.append(Filler(alternatives=(effect,), optional=not certain))
    return found


def parse_template(block: list[str]) -> tuple[str, Muc4Template | None]:
    """(message id, template); the template is None for an irrelevant message."""
    values = _slot_values(block)
    message_id = (values.get(0) or [""])[0].split()[0]
    template_no = (values.get(1) or ["*"])[0]
    if template_no.startswith("*"):
        return message_id, None
    optional = "OPTIONAL" in template_no
    types = tuple(t.strip() for t in (values.get(4) or [""])[0].split("/") if t.strip())
    template = Muc4Template(
        incident_types=types,
        optional=optional,
        effects=_effects(values.get(23, []), optional),
        **{name: _fillers(values.get(slot, []), optional) for slot, name in SLOTS.items()},
    )
    return message_id, template


def read_keys(path: Path) -> dict[str, list[Muc4Template]]:
    """Message id -> its templates (empty for an irrelevant message), from one key file."""
    keys: dict[str, list[Muc4Template]] = {}
    block: list[str] = []
    for line in [*path.read_text(encoding="latin-1").splitlines(), ""]:
        if line.startswith(";"):
            continue
        if line.strip():
            block.append(line)
            continue
        if block:
            message_id, template = parse_template(block)
            keys.setdefault(message_id, [])
            if template is not None:
                keys[message_id].append(template)
            block = []
    return keys


def muc4_items(path: Path, recase: bool = True) -> Iterator[GoldItem]:
    """Gold items from a MUC-4 folder (text files beside ``key-*`` files), or one text file
    with its key file named ``key-<name>``.
    """
    if path.is_dir():
        text_files = sorted(p for p in path.iterdir() if p.is_file() and _looks_like_texts(p))
        key_files = sorted(p for p in path.iterdir() if p.name.startswith("key-"))
    else:
        text_files = [path]
        key_files = sorted(path.parent.glob("key-*"))
    if not text_files or not key_files:
        raise InputError("no MUC-4 texts with key-* answer keys beside them", source=str(path))
    keys: dict[str, list[Muc4Template]] = {}
    for key_file in key_files:
        keys.update(read_keys(key_file))
    for text_file in text_files:
        for message_id, raw in read_texts(text_file).items():
            if message_id not in keys:
                continue
            body, published = split_message(raw, recase)
            article = Article(id=message_id, text=body, published=published)
            templates = keys[message_id]
            stratum = templates[0].incident_types[0] if templates else "irrelevant"
            yield GoldItem(item_id=message_id, article=article, gold=Muc4Gold(templates=templates), stratum=stratum)


def _looks_like_texts(path: Path) -> bool:
    if path.name.startswith("key-") or path.name == "text-headers-info":
        return False
    with path.open(encoding="latin-1") as handle:
        return bool(_MESSAGE_ID.search(handle.read(200)))


# ---- scoring -------------------------------------------------------------------------------


@cache
def incident_types() -> dict[str, str]:
    path = data_path("evaluate/muc4_incident_types.tsv")
    return {row["sub_event_type"]: row["muc4_type"] for _, row in read_tsv(path, required=("sub_event_type",))}


@cache
def incident_cues() -> dict[str, str]:
    path = data_path("evaluate/muc4_cues.tsv")
    return {row["cue"]: row["muc4_type"] for _, row in read_tsv(path, required=("cue", "muc4_type"))}


def muc4_type(event: Event) -> str | None:
    """The MUC-4 incident type our event reads as, or None."""
    mapped = incident_types().get(event.sub_event_type) or None
    if mapped != "by_cue":
        return mapped
    words = {
        w
        for e in event.evidence.get("sub_event_type", []) + event.evidence.get("event_type", [])
        for w in re.findall(r"[a-z]+", e.text.lower())
    }
    cues = incident_cues()
    found = [cues[w] for w in words if w in cues]
    return "ARSON" if "ARSON" in found else found[0] if found else "ATTACK"


def normalise(text: str) -> str:
    """Case- and punctuation-free form, without a leading article."""
    return re.sub(r"^(the|a|an) ", "", fold(text))


def strict_match(ours: str, gold: str) -> bool:
    return normalise(ours) == normalise(gold)


def lenient_match(ours: str, gold: str) -> bool:
    a, b = f" {normalise(ours)} ", f" {normalise(gold)} "
    return bool(a.strip()) and bool(b.strip()) and (a in b or b in a)


def match_fillers(predicted: Sequence[str | tuple[str, ...]], gold: Sequence[Filler], match) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives), each gold filler matched once. One of our
    fillers is a string or a tuple of the strings that name one actor (its alternatives)."""
    unmatched = list(gold)
    tp = fp = 0
    ours_fillers = (tuple(a for a in ((p,) if isinstance(p, str) else p) if normalise(a)) for p in predicted)
    for ours in dict.fromkeys(f for f in ours_fillers if f):
        hit = next((g for g in unmatched if any(match(mine, alt) for mine in ours for alt in g.alternatives)), None)
        if hit is None:
            fp += 1
        else:
            unmatched.remove(hit)
            tp += 1
    fn = sum(1 for g in unmatched if not g.optional)
    return tp, fp, fn


def _strings(events: Sequence[Event], role: str) -> list[tuple[str, ...]]:
    """Our fillers for a slot: the text spans behind each event's actor (MUC-4 keys quote the
    text); the actor's name, without its "(...)" suffix, only where no span is recorded. An actor
    the codebook's defaults supplied quotes nothing, so it fills no slot. Only events that read as
    a MUC-4 incident fill slots, as only they are templates: the police of an arrest are no
    perpetrator. The words that name one perpetrator are one filler, its alternatives ("Farabundo
    Marti National Liberation Front" and "FMLN"), as a key lists an organisation's names; a target's
    words stay fillers of their own (the priests and the women that several events call Civilians).
    """
    found: dict[str, list[str]] = {}
    for event in events:
        if muc4_type(event) is None:
            continue
        if role == "actor1" and not _an_organisation(event.actor1, event.inter1):
            continue  # "gunmen", "armed men": MUC-4 keeps them for the perpetrator individual (slot 9)
        evidence = event.evidence.get(role, [])
        if evidence and all(ev.inferred for ev in evidence):
            continue
        spans = [ev.text for ev in evidence]
        name = getattr(event, role)
        words = spans or ([name.split(" (")[0]] if name else [])
        for word in words:
            found.setdefault((name or word) if role == "actor1" else word, []).append(word)
    return [tuple(dict.fromkeys(words)) for words in found.values()]


#: Inter codes of people who are no organisation: rioters, protesters, civilians.
_NOT_ORGANISED = frozenset({5, 6, 7})


def _an_organisation(name: str | None, inter: int | None) -> bool:
    """Whether an actor fills MUC-4's perpetrator organisation slot (10): a named group, a state's
    forces or a gang ("a criminal organization"). Armed men the text does not name ("Unidentified
    Armed Group" from "gunmen", "unidentified persons") and crowds or civilians are individuals to
    MUC-4 (slot 9, which is not scored here)."""
    return not (name or "").startswith("Unidentified Armed Group") and inter not in _NOT_ORGANISED


def _gold_fillers(templates: Sequence[Muc4Template], slot: str) -> list[Filler]:
    merged: dict[tuple[str, ...], Filler] = {}
    for template in templates:
        for filler in getattr(template, slot):
            known = merged.get(filler.alternatives)
            if known is None or (known.optional and not filler.optional):
                merged[filler.alternatives] = filler
    return list(merged.values())


def templates_of(coded: Coded) -> list[Muc4Template]:
    """The answer-key templates of a coded MUC-4 message."""
    gold = coded.item.gold
    assert isinstance(gold, Muc4Gold)
    return gold.templates


def _type_counts(coded: Coded) -> tuple[int, int, int, list[str]]:
    templates = templates_of(coded)
    ours = {t for e in coded.events if (t := muc4_type(e))}
    allowed = {t for tpl in templates for t in tpl.incident_types}
    required = {tpl.incident_types for tpl in templates if not tpl.optional}
    tp = sum(1 for t in ours if t in allowed)
    fp = len(ours) - tp
    fn = sum(1 for alts in required if not ours & set(alts))
    return tp, fp, fn, sorted(ours)


def _prf(name: str, counts: Sequence[tuple[int, int, int]], note: str = "") -> list[Metric]:
    tp, fp, fn = (sum(c[i] for c in counts) for i in range(3))
    precision, recall = ratio(tp, tp + fp) or 0.0, ratio(tp, tp + fn) or 0.0
    return [
        Metric(
            name=f"{name} F1",
            value=f1(precision, recall) if tp + fp + fn else None,
            n=tp + fn,
            note=f"P {precision:.3f} R {recall:.3f}" + (f"; {note}" if note else ""),
        )
    ]


def _slot_metrics(items: Sequence[Coded]) -> list[Metric]:
    metrics: list[Metric] = []
    relevant = [c for c in items if templates_of(c)]
    for slot, role, label in (
        ("perp_orgs", "actor1", "perpetrator org"),
        ("phys_targets", "actor2", "physical target"),
        ("hum_targets", "actor2", "human target"),
    ):
        for kind, match in (("strict", strict_match), ("lenient", lenient_match)):
            counts = [
                match_fillers(_strings(c.events, role), _gold_fillers(templates_of(c), slot), match) for c in relevant
            ]
            metrics += _prf(f"{label} ({kind})", counts, f"ours: {role}")
    for effect in EFFECTS:
        field = "fatalities" if effect == "DEATH" else "injuries"
        counts = []
        for c in items:
            gold = [f for f in _gold_fillers(templates_of(c), "effects") if f.alternatives == (effect,)]
            ours = [effect] if any((getattr(e, field) or 0) > 0 for e in c.events) else []
            counts.append(match_fillers(ours, gold, strict_match))
        metrics += _prf(f"effect {effect}", counts)
    return metrics


def _type_error(coded: Coded, counts: tuple[int, int, int, list[str]]) -> ErrorCase:
    gold = " | ".join("/".join(t.incident_types) + (" (optional)" if t.optional else "") for t in templates_of(coded))
    return ErrorCase(
        item_id=coded.item.item_id,
        field="incident type",
        gold=gold or "(irrelevant)",
        predicted=", ".join(counts[3]) or "(none)",
        severity=float(counts[1] + counts[2]),
        text=coded.item.article.text[:600],
        evidence=[ev for e in coded.events for ev in e.evidence.get("sub_event_type", [])][:5],
    )


def score_muc4(items: Sequence[Coded], dataset: str) -> Report:
    """Incident type, perpetrator, targets and effects F1 over MUC-4 messages."""
    type_counts = [_type_counts(c) for c in items]
    irrelevant = [c for c in items if not templates_of(c)]
    metrics = _prf("incident type", [t[:3] for t in type_counts]) + _slot_metrics(items)
    note = "lower is better; MUC-4 counts terrorist acts only, so combat reports are irrelevant there"
    metrics.append(share("irrelevant texts with an event", [bool(c.events) for c in irrelevant], note=note))
    errors = [_type_error(c, t) for c, t in zip(items, type_counts, strict=True) if t[1] or t[2]]
    return make_report(
        items,
        dataset,
        "muc4",
        metrics,
        errors,
        notes=["MUC-4 texts are all capitals; they are lower-cased with sentence starts capitalised"],
    )
