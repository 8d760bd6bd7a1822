"""Reading inputs: .txt, .html, .jsonl, .csv, folders and standard input, to ``Article`` records.

Bad inputs never stop a batch: each becomes a ``Failure`` naming the input and line.
"""

from __future__ import annotations

from frontlines.ingest.options import ReadOptions
from frontlines.ingest.published import parse_published
from frontlines.ingest.readers import read_inputs

__all__ = ["ReadOptions", "parse_published", "read_inputs"]
