"""How much of each benchmark corpus the prefilter could spare spaCy, by document and by sentence.

The prefilter skips a whole document without a conflict word. A finer gate would parse only the
sentences that hold one; this script measures the most either could save on the corpora of
``bench_pipeline.py``: the share of documents, sentences and characters that hold a conflict word
of the prefilter's lists (strong, or weak outside an off-topic context). Sentences are split by a
plain regular expression (end punctuation before a capital, or a blank line), which is enough for
shares.

The last column is the bound for any sound gate, whatever its words: the share of documents from
which the full pipeline (prefilter off) codes at least one event. A gate that skipped one of those
would change the results.

    .venv/bin/python benchmarks/prefilter_reach.py [--docs 400] [--coded 200]
"""

from __future__ import annotations

import argparse
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


def coded_share(docs: list[tuple[str, str]]) -> float:
    """Share of documents from which the full pipeline, prefilter off, codes at least one event."""
    from frontlines.pipeline import build_pipeline
    from frontlines.records import Article
    from frontlines.settings import Settings

    pipeline = build_pipeline(Settings(prefilter=False))
    results = pipeline.code(Article(id=doc_id, text=text) for doc_id, text in docs)
    return sum(1 for r in results if getattr(r, "events", None)) / len(docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=400, help="documents per corpus for the word shares")
    parser.add_argument("--coded", type=int, default=200, help="documents per corpus run through the pipeline")
    args = parser.parse_args()
    rows = {
        "conflict (FA-KES)": corpora.fa_kes()[: args.docs],
        "mixed (MUC-4 irrelevant + CEHA not relevant)": corpora.mixed()[: args.docs],
    }
    print(
        "| corpus | docs | docs with a conflict word | sentences | sentences with one | characters in them "
        f"| docs with a coded event (first {args.coded}) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, docs in rows.items():
        r = reach(docs)
        coded = coded_share(docs[: args.coded])
        print(
            f"| {name} | {r['docs']} | {r['docs with a conflict word']:.0%} | {r['sentences']:,} "
            f"| {r['sentences with one']:.0%} | {r['characters in them']:.0%} | {coded:.0%} |"
        )


if __name__ == "__main__":
    main()
