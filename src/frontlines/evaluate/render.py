"""Reports as text: a terminal table, JSON for machines, and a Markdown section for the docs."""

from __future__ import annotations

import json
from collections.abc import Sequence

from frontlines.evaluate.items import Metric, Report
from frontlines.evaluate.metrics import top_confusions

PASS, FAIL = "ok", "BELOW"
CONFUSIONS_SHOWN = 8


def fmt_value(metric: Metric) -> str:
    """A metric's value as text: km with one decimal, rates with three."""
    if metric.value is None:
        return "n/a"
    if metric.name.startswith(("distance", "events per")):
        return f"{metric.value:.1f}"
    return f"{metric.value:.3f}"


def _target(metric: Metric) -> str:
    if metric.target is None:
        return ""
    return f"{metric.target:.2f} {PASS if metric.meets_target else FAIL}"


def render_table(report: Report) -> str:
    """The report as an aligned text table for the terminal."""
    rows = [(m.name, fmt_value(m), str(m.n), _target(m), m.note) for m in report.metrics]
    header = ("metric", "value", "n", "target", "note")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    lines = [
        f"{report.dataset} ({report.format}): {report.items} texts, {report.sampling}; "
        f"{report.failures} failed; {report.seconds:.1f} s",
        "  ".join(h.ljust(w) for h, w in zip(header[:4], widths, strict=True)) + "  note",
        "  ".join("-" * w for w in widths) + "  ----",
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r[:4], widths, strict=True)) + f"  {r[4]}".rstrip() for r in rows]
    if report.per_class:
        lines += ["", "per sub-event type: F1 (precision / recall, support)"]
        lines += [
            f"  {c.label:<40} {c.f1:.3f} ({c.precision:.3f} / {c.recall:.3f}, {c.support})"
            for c in sorted(report.per_class, key=lambda c: -c.support)
        ]
    for name, matrix in report.confusions.items():
        if confusions := top_confusions(matrix, CONFUSIONS_SHOWN):
            lines += ["", f"most frequent {name} confusions (gold -> ours: count)"]
            lines += [f"  {gold} -> {ours}: {count}" for gold, ours, count in confusions]
    lines += [f"note: {n}" for n in report.notes]
    return "\n".join(lines)


def report_json(report: Report) -> str:
    """The report as JSON (``--json``): every metric, class score, confusion and error."""
    return json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False)


def reports_json(reports: Sequence[Report]) -> str:
    return json.dumps([r.model_dump(mode="json") for r in reports], indent=2, ensure_ascii=False)


def markdown_section(report: Report) -> str:
    """A Markdown section: the metrics table (no gold text, so ACLED rows never reach the docs)."""
    lines = [
        f"### {report.dataset} (`--format {report.format}`)",
        "",
        f"{report.items} texts ({report.sampling}); {report.failures} failed; {report.seconds:.0f} s.",
        "",
        "| metric | value | n | target | note |",
        "|---|---:|---:|---|---|",
    ]
    lines += [f"| {m.name} | {fmt_value(m)} | {m.n} | {_target(m)} | {m.note} |" for m in report.metrics]
    if report.per_class:
        lines += [
            "",
            "<details><summary>F1 per sub-event type</summary>",
            "",
            "| sub-event type | F1 | precision | recall | support |",
            "|---|---:|---:|---:|---:|",
        ]
        lines += [
            f"| {c.label} | {c.f1:.3f} | {c.precision:.3f} | {c.recall:.3f} | {c.support} |"
            for c in sorted(report.per_class, key=lambda c: -c.support)
        ]
        lines += ["", "</details>"]
    lines += [f"\n{n}." for n in report.notes]
    return "\n".join(lines)
