"""Real texts for the benchmarks, read from ../shared/eval (never copied into the repository).

- conflict news: FA-KES articles (Syrian war news, CC BY).
- mixed: texts mostly not about a conflict event: MUC-4 dev messages whose answer key has no
  relevant incident (TEMPLATE ``*`` or ``0``) and CEHA rows marked "Is the event relevant?" = No.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
EVAL = SHARED / "eval"

_MUC_TEXT_HEAD = re.compile(r"^((?:DEV|TST\d)-MUC\d-\d{4}) \(.*\)\s*$", re.MULTILINE)
_MUC_KEY_ID = re.compile(r"^0\.\s+MESSAGE: ID\s+(\S+)", re.MULTILINE)
_MUC_KEY_TEMPLATE = re.compile(r"^1\.\s+MESSAGE: TEMPLATE\s+(\S+)", re.MULTILINE)
_IRRELEVANT_TEMPLATES = {"*", "0"}


def _big_csv_fields() -> None:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def fa_kes() -> list[tuple[str, str]]:
    """FA-KES articles as (id, text)."""
    _big_csv_fields()
    path = EVAL / "fa_kes" / "FA-KES-Dataset.dev.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            (f"fakes-{row['unit_id']}", row["article_content"])
            for row in csv.DictReader(handle)
            if row["article_content"].strip()
        ]


def _muc_texts(folder: Path) -> Iterator[tuple[str, str]]:
    for path in sorted(folder.glob("dev-muc3-*")):
        raw = path.read_text(encoding="latin-1")
        heads = list(_MUC_TEXT_HEAD.finditer(raw))
        for head, after in zip(heads, [*heads[1:], None], strict=True):
            body = raw[head.end() : after.start() if after else len(raw)]
            yield head.group(1), " ".join(body.split())


def _muc_relevance(folder: Path) -> dict[str, bool]:
    relevant: dict[str, bool] = {}
    for path in sorted(folder.glob("key-dev-*")):
        for block in path.read_text(encoding="latin-1").split("\n\n"):
            ids, templates = _MUC_KEY_ID.search(block), _MUC_KEY_TEMPLATE.search(block)
            if ids and templates:
                is_relevant = templates.group(1) not in _IRRELEVANT_TEMPLATES
                relevant[ids.group(1)] = relevant.get(ids.group(1), False) or is_relevant
    return relevant


def muc4(relevant: bool) -> list[tuple[str, str]]:
    """MUC-4 dev messages whose key has (relevant=True) or has no (False) relevant incident."""
    folder = EVAL / "muc4" / "dev"
    keys = _muc_relevance(folder)
    return [(doc_id, text) for doc_id, text in _muc_texts(folder) if keys.get(doc_id) is relevant]


def ceha(relevant: bool) -> list[tuple[str, str]]:
    """CEHA event descriptions marked relevant (Yes) or not (No)."""
    _big_csv_fields()
    wanted = "Yes" if relevant else "No"
    path = EVAL / "ceha" / "CEHA_dataset.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            (f"ceha-{row['Index']}", row["Event Description"])
            for row in csv.DictReader(handle)
            if row["Is the event relevant?"].strip() == wanted and row["Event Description"].strip()
        ]


def mixed() -> list[tuple[str, str]]:
    """The mixed corpus: MUC-4 irrelevant messages and CEHA non-relevant rows, interleaved."""
    muc, ceha_no = muc4(relevant=False), ceha(relevant=False)
    out: list[tuple[str, str]] = []
    for i in range(max(len(muc), len(ceha_no))):
        out.extend(corpus[i] for corpus in (muc, ceha_no) if i < len(corpus))
    return out
