"""The command line: thin, it only calls the library.

Each command lives in a module of this package that defines ``register(group)``; the modules are
listed in ``COMMAND_MODULES``.
"""

from __future__ import annotations

import importlib
import sys

import click

from frontlines import __version__
from frontlines.errors import FrontlinesError

COMMAND_MODULES = [
    "frontlines.cli.actors",
    "frontlines.cli.batch",
    "frontlines.cli.extract",
    "frontlines.cli.evaluate",
    "frontlines.cli.gazetteer",
    "frontlines.cli.schema",
    "frontlines.cli.serve",
    "frontlines.cli.store",
]


class FrontlinesGroup(click.Group):
    """Turns library errors into one clean line on standard error and exit code 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except FrontlinesError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)


@click.group(cls=FrontlinesGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="frontlines")
def cli() -> None:
    """frontlines: conflict events from news text, in ACLED's schema, with evidence.

    \b
    Examples:
      frontlines extract article.txt --date 2015-04-02
      frontlines extract articles.jsonl --format csv --output events.csv
    """


for _module in COMMAND_MODULES:
    importlib.import_module(_module).register(cli)


def main() -> None:
    cli(prog_name="frontlines")
