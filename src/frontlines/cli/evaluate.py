"""``frontlines evaluate`` and ``frontlines evaluate-all``: score the extractor on gold data."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

FORMAT_NAMES = ("acled", "ucdp", "case2021", "news", "muc4", "wikievents", "rams", "ceha", "wcep", "fakes")
#: The progress bar appears only after this many seconds, so short runs stay quiet.
PROGRESS_DELAY_SECONDS = 2.0


def register(group: click.Group) -> None:
    group.add_command(evaluate)
    group.add_command(evaluate_all)
    group.add_command(train)


@contextmanager
def _progress(total: int | None, label: str) -> Iterator[Callable[[int], None]]:
    from tqdm import tqdm

    bar = tqdm(total=total, unit="text", desc=label, file=sys.stderr, delay=PROGRESS_DELAY_SECONDS, leave=False)
    try:
        yield bar.update
    finally:
        bar.close()


@click.command()
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "format_", type=click.Choice(FORMAT_NAMES), required=True, help="How to read GOLD")
@click.option("--sample", type=click.IntRange(min=1), help="Score N texts drawn with --seed (default: all)")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the sample")
@click.option(
    "--report",
    "report_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write an HTML page (confusions, error plots, worst errors) into DIR",
)
@click.option(
    "--json",
    "json_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write every figure as JSON to FILE ('-' for standard output)",
)
@click.option(
    "--strip-note-cues/--keep-note-cues",
    default=True,
    show_default=True,
    help="ACLED: remove coders' cues ('3 fatalities.', '[size=...]') from the notes",
)
def evaluate(
    gold: Path,
    format_: str,
    sample: int | None,
    seed: int,
    report_dir: Path | None,
    json_file: Path | None,
    strip_note_cues: bool,
) -> None:
    """Run the extractor on a gold set and score it field by field.

    \b
    Sampling is stratified by gold label (ACLED type, news/CASE label, UCDP admin1), random for
    MUC-4, WikiEvents and RAMS documents.
    \b
    Examples:
      frontlines evaluate ../shared/eval/acled_kenya/acled_data.csv --format acled --sample 500 --seed 1
      frontlines evaluate ../shared/eval/news_acled_dev/news_acled_dev.jsonl --format news --report out/
      frontlines evaluate ../shared/eval/muc4/dev --format muc4 --json muc4.json
      frontlines evaluate case2021_test.tsv --format case2021
    """
    from frontlines.evaluate import evaluate as run_evaluation
    from frontlines.evaluate.html import write_html
    from frontlines.evaluate.render import render_table, report_json
    from frontlines.settings import load_settings

    settings = load_settings()
    with _progress(sample, gold.name) as progress:
        report = run_evaluation(
            gold,
            format_,
            settings,
            sample=sample,
            seed=seed,
            strip_note_cues=strip_note_cues,
            progress=progress,
        )
    click.echo(render_table(report))
    if json_file is not None:
        _write(json_file, report_json(report))
    if report_dir is not None:
        click.echo(f"report: {write_html(report, report_dir)}", err=True)


@click.command("evaluate-all")
@click.argument("eval_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--write",
    "markdown",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the accuracy page (e.g. docs/accuracy.md)",
)
@click.option("--sample", type=click.IntRange(min=1), help="Texts per dataset (default: each dataset's own size)")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--only", multiple=True, help="Only this format or dataset path (repeatable)")
@click.option(
    "--report",
    "report_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write one HTML page per dataset into DIR",
)
@click.option("--json", "json_file", type=click.Path(dir_okay=False, path_type=Path), help="All figures as JSON")
def evaluate_all(
    eval_dir: Path,
    markdown: Path | None,
    sample: int | None,
    seed: int,
    only: tuple[str, ...],
    report_dir: Path | None,
    json_file: Path | None,
) -> None:
    """Evaluate every dataset of the shared eval folder and regenerate the accuracy page.

    \b
    Examples:
      frontlines evaluate-all ../shared/eval --write docs/accuracy.md
      frontlines evaluate-all ../shared/eval --only acled --sample 200 --report out/
    """
    from frontlines import __version__
    from frontlines.evaluate.accuracy import accuracy_markdown
    from frontlines.evaluate.accuracy import evaluate_all as run_all
    from frontlines.evaluate.html import write_html
    from frontlines.evaluate.items import Report
    from frontlines.evaluate.render import render_table, reports_json
    from frontlines.settings import load_settings

    def show(report: Report) -> None:
        click.echo(render_table(report) + "\n")
        if report_dir is not None:
            write_html(report, report_dir)

    reports = run_all(eval_dir, load_settings(), seed=seed, sample=sample, only=only, on_report=show)
    if not reports:
        raise click.UsageError(f"no known dataset under {eval_dir}")
    if markdown is not None:
        _write(markdown, accuracy_markdown(reports, __version__, seed).rstrip("\n"))
        click.echo(f"wrote {markdown}", err=True)
    if json_file is not None:
        _write(json_file, reports_json(reports))


@click.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "format_", type=click.Choice(["acled"]), default="acled", show_default=True)
@click.option(
    "--output",
    "-o",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder for the model (outside the repository: it is learned from ACLED rows)",
)
@click.option(
    "--test-share",
    type=click.FloatRange(0.0, 0.5),
    default=0.2,
    show_default=True,
    help="Share of notes held out to score the model",
)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--strip-note-cues/--keep-note-cues", default=True, show_default=True)
def train(gold: Path, format_: str, output: Path, test_share: float, seed: int, strip_note_cues: bool) -> None:
    """Train a local sub-event type classifier on ACLED notes you hold (never shipped).

    \b
    The model (TF-IDF + linear SVM, scikit-learn) and a meta.json go into --output; the held-out
    figures are printed. frontlines ships no model learned from ACLED rows, and the extractor
    does not read this one: it shows what a supervised classifier learns from your data.
    \b
    Examples:
      frontlines train acled_export.csv --output ~/models/acled-subtypes
      frontlines train acled_export.csv --output /tmp/m --test-share 0.3 --seed 2
    """
    from frontlines.evaluate import load_gold
    from frontlines.evaluate.render import fmt_value
    from frontlines.evaluate.train import train_model

    result = train_model(load_gold(gold, format_, strip_note_cues), output, test_share, seed)
    click.echo(
        f"trained on {result.trained_on} notes, {len(result.labels)} sub-event types; "
        f"held out {result.held_out}; model in {result.model_dir}"
    )
    for metric in result.metrics:
        click.echo(f"  {metric.name:<50} {fmt_value(metric)}  (n={metric.n})")


def _write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` (its folder created), or to standard output for '-'."""
    from frontlines.errors import OutputError

    if str(path) == "-":
        click.echo(text)
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror}); choose another file") from exc
