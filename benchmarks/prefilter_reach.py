"""How much of each benchmark corpus the prefilter could spare spaCy, by document and by sentence.

The prefilter skips a whole document without a conflict word. A finer gate would parse only the
sentences that hold one; this script measures the most either could save on the corpora of
``bench_pipeline.py``: the share of documents, sentences and characters that hold a conflict word
of the prefilter's lists (strong, or weak outside an off-topic context). Sentences are split by a
plain regular expression (end punctuation before a capital, or a blank line), which is enough for
shares.

    .venv/bin/python benchmarks/prefilter_reach.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora
from frontlines.prefilter import default_prefilter

SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])|\n\s*\n")


def reach(docs: list[tuple[str, str]]) -> dict[str, float | int]:
    """Shares of documents, sentences and characters with a conflict word."""
    prefilter = default_prefilter()
    doc_hits = sentences = sentence_hits = chars = char_hits = 0
    for _, text in docs:
        doc_hits += prefilter.could_hold_event(text)
        for sentence in (s for s in SENTENCE_BREAK.split(text) if s.strip()):
            sentences += 1
            chars += len(sentence)
            if prefilter.could_hold_event(sentence):
                sentence_hits += 1
                char_hits += len(sentence)
    return {
        "docs": len(docs),
        "docs with a conflict word": doc_hits / len(docs),
        "sentences": sentences,
        "sentences with one": sentence_hits / sentences,
        "characters in them": char_hits / chars,
    }


def main() -> None:
    rows = {
        "conflict (FA-KES)": corpora.fa_kes()[:400],
        "mixed (MUC-4 irrelevant + CEHA not relevant)": corpora.mixed()[:400],
    }
    print("| corpus | docs | docs with a conflict word | sentences | sentences with one | characters in them |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, docs in rows.items():
        r = reach(docs)
        print(
            f"| {name} | {r['docs']} | {r['docs with a conflict word']:.0%} | {r['sentences']:,} "
            f"| {r['sentences with one']:.0%} | {r['characters in them']:.0%} |"
        )


if __name__ == "__main__":
    main()
