"""The ``--report DIR`` page: one self-contained HTML file with metrics, inline SVG bar charts,
confusion matrices and the worst errors with their evidence spans highlighted.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from frontlines.evaluate.items import Confusion, ErrorCase, Report
from frontlines.evaluate.metrics import top_confusions
from frontlines.evaluate.render import fmt_value
from frontlines.records import Evidence

BAR_WIDTH = 360
TOP_CONFUSIONS = 15
ROW_HEIGHT = 18
LABEL_WIDTH = 430
STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:2em;max-width:1200px;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:2px 6px;font-size:12px}
th{background:#f4f4f4}td.n{text-align:right}.below{color:#b00020;font-weight:bold}.ok{color:#1b5e20}
mark{background:#ffe082}.case{border-left:4px solid #b00020;padding:4px 10px;margin:10px 0;background:#fafafa}
.rot{writing-mode:vertical-rl;transform:rotate(180deg);max-height:180px}
"""


def bar_chart(title: str, bars: Sequence[tuple[str, float, float | None]], scale: float = 1.0) -> str:
    """Horizontal bars (label, value, target or None) as inline SVG; values run 0..``scale``."""
    height = ROW_HEIGHT * len(bars) + 24
    width = LABEL_WIDTH + BAR_WIDTH + 70
    parts = [f'<h3>{escape(title)}</h3><svg width="{width}" height="{height}" role="img" aria-label="{escape(title)}">']
    for i, (label, value, target) in enumerate(bars):
        y = i * ROW_HEIGHT + 4
        length = 0 if scale <= 0 else max(0.0, min(value / scale, 1.0)) * BAR_WIDTH
        colour = "#1565c0" if target is None or value >= target else "#c62828"
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 12}" text-anchor="end" font-size="12">{escape(label[:72])}</text>'
        )
        parts.append(
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{ROW_HEIGHT - 4}" fill="{colour}"/>'
        )
        shown = f"{value:.3f}" if scale == 1.0 else f"{value:g}"
        parts.append(f'<text x="{LABEL_WIDTH + length + 4:.1f}" y="{y + 12}" font-size="11">{shown}</text>')
        if target is not None:
            x = LABEL_WIDTH + target / scale * BAR_WIDTH
            parts.append(
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y - 2}" y2="{y + ROW_HEIGHT - 2}" '
                'stroke="#000" stroke-dasharray="3,2"/>'
            )
    parts.append("</svg>")
    return "".join(parts)


def confusion_table(name: str, matrix: Confusion) -> str:
    """Gold labels down, ours across; cells shaded by their share of the row."""
    head = "".join(f'<th><div class="rot">{escape(label)}</div></th>' for label in matrix.labels)
    rows = []
    for label, counts in zip(matrix.labels, matrix.counts, strict=True):
        total = sum(counts) or 1
        cells = []
        for j, count in enumerate(counts):
            share = count / total
            hue = "120,60%" if matrix.labels[j] == label else "0,70%"
            style = f' style="background:hsla({hue},50%,{share:.2f})"' if count else ""
            cells.append(f'<td class="n"{style}>{count or ""}</td>')
        rows.append(f"<tr><th>{escape(label)}</th>{''.join(cells)}<td class='n'>{sum(counts)}</td></tr>")
    return (
        f"<h3>Confusion: {escape(name)} (gold down, ours across)</h3>"
        f"<table><tr><th></th>{head}<th>total</th></tr>{''.join(rows)}</table>"
    )


def highlight(text: str, evidence: Sequence[Evidence]) -> str:
    """The text with the evidence spans that fall inside it marked."""
    spans = sorted({(e.start, e.end) for e in evidence if 0 <= e.start < e.end <= len(text)})
    out, cursor = [], 0
    for start, end in spans:
        if start < cursor:
            continue
        out += [escape(text[cursor:start]), f"<mark>{escape(text[start:end])}</mark>"]
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out)


def error_block(case: ErrorCase) -> str:
    rules = sorted({e.rule for e in case.evidence})
    return (
        f'<div class="case"><b>{escape(case.item_id)}</b> · {escape(case.field)}: gold '
        f"<b>{escape(case.gold)}</b>, ours <b>{escape(case.predicted)}</b>"
        f"{' · rules: ' + escape(', '.join(rules)) if rules else ''}"
        f"<p>{highlight(case.text, case.evidence)}</p></div>"
    )


def render_html(report: Report) -> str:
    """The whole page for one report."""
    rates = [
        (m.name, m.value, m.target)
        for m in report.metrics
        if m.value is not None and 0.0 <= m.value <= 1.0 and not m.name.startswith(("distance", "events per"))
    ]
    rows = "".join(
        f"<tr><td>{escape(m.name)}</td><td class='n'>{fmt_value(m)}</td><td class='n'>{m.n}</td>"
        f"<td class='{'ok' if m.meets_target else 'below' if m.meets_target is False else ''}'>"
        f"{'' if m.target is None else f'{m.target:.2f}'}</td><td>{escape(m.note)}</td></tr>"
        for m in report.metrics
    )
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>frontlines evaluation: {escape(report.dataset)}"
        f"</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(report.dataset)} <small>({escape(report.format)})</small></h1>",
        f"<p>{report.items} texts ({escape(report.sampling)}); {report.failures} failed; {report.seconds:.1f} s.</p>",
        f"<table><tr><th>metric</th><th>value</th><th>n</th><th>target</th><th>note</th></tr>{rows}</table>",
        bar_chart("Scores (dashed line: target)", rates) if rates else "",
    ]
    if report.per_class:
        parts.append(
            bar_chart(
                "F1 per sub-event type",
                [(c.label, c.f1, None) for c in sorted(report.per_class, key=lambda c: -c.support)],
            )
        )
    for name, counts in report.histograms.items():
        if counts:
            parts.append(
                bar_chart(
                    name,
                    [(k, float(v), None) for k, v in counts],
                    scale=float(max(v for _, v in counts) or 1),
                )
            )
    for name, matrix in report.confusions.items():
        pairs = top_confusions(matrix, TOP_CONFUSIONS)
        if pairs:
            top = max(count for _, _, count in pairs)
            bars = [(f"{gold} → {ours}", float(count), None) for gold, ours, count in pairs]
            parts.append(bar_chart(f"Most frequent {name} confusions (gold → ours)", bars, scale=float(top)))
        parts.append(confusion_table(name, matrix))
    parts.append(f"<h2>Worst errors ({len(report.errors)})</h2>")
    parts += [error_block(case) for case in report.errors]
    parts += [f"<p><i>{escape(n)}</i></p>" for n in report.notes]
    parts.append("</body></html>")
    return "\n".join(parts)


def write_html(report: Report, folder: Path) -> Path:
    """Write the report page into ``folder`` (created if needed); returns the file."""
    folder.mkdir(parents=True, exist_ok=True)
    name = report.dataset.replace("/", "_").replace(" ", "_")
    path = folder / f"{name}.html"
    path.write_text(render_html(report), encoding="utf-8")
    return path
