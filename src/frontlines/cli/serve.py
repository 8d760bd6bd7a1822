"""``frontlines serve``: the REST API and the web app in one process, under uvicorn."""

from __future__ import annotations

import click

from frontlines.settings import load_settings


def register(group: click.Group) -> None:
    group.add_command(serve)


@click.command()
@click.option("--db", "db_url", help="Database URL (default: sqlite:///frontlines.sqlite)")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--token",
    "api_token",
    help="Token POST /api/ingest requires (or FRONTLINES_API_TOKEN); none: read-only",
)
@click.option("--tile-url", "map_tile_url", help="Map tile server URL with {z}/{x}/{y}; default: offline outlines")
def serve(db_url: str | None, host: str, port: int, api_token: str | None, map_tile_url: str | None) -> None:
    """Serve the REST API and the web app (map, timeline, events) from one process.

    \b
    The API's schema is at /docs; the app at /. Without a token the server is read-only.
    Examples:
      frontlines serve --db sqlite:///events.sqlite
      frontlines serve --db postgresql://me@localhost/events --host 0.0.0.0 --port 8080 --token s3cret
    """
    import uvicorn

    from frontlines.api import create_app
    from frontlines.api.webapp import BUILD_HINT, STATIC_DIR
    from frontlines.store import open_store

    if not (STATIC_DIR / "index.html").is_file():
        click.echo(f"frontlines: the web app is not built (the API works); run: {BUILD_HINT}", err=True)
    settings = load_settings({"db_url": db_url, "api_token": api_token, "map_tile_url": map_tile_url})
    store = open_store(settings.db_url)  # fail here, cleanly, on a bad URL or database
    click.echo(f"frontlines: serving {settings.db_url} on http://{host}:{port}/ (API schema: /docs)", err=True)
    uvicorn.run(create_app(settings, store=store), host=host, port=port, log_level="info")
