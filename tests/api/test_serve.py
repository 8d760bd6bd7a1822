"""``frontlines serve`` starts the real server: API and web app from one process."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from frontlines.cli import cli


def test_serve_help_has_a_worked_example():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "frontlines serve --db" in result.output
    for option in ("--db", "--host", "--port", "--token"):
        assert option in result.output


def test_serve_refuses_an_unsupported_database_with_a_clean_error():
    result = CliRunner().invoke(cli, ["serve", "--db", "mysql://host/events"])
    assert result.exit_code == 2
    assert "not supported" in result.output


@pytest.mark.slow
def test_serve_answers_api_and_app_on_loopback(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    exe = Path(sys.executable).with_name("frontlines")
    db = f"sqlite:///{tmp_path / 'served.sqlite'}"
    server = subprocess.Popen(
        [str(exe), "serve", "--db", db, "--port", str(port), "--token", "t0k"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                health = httpx.get(f"{base}/health", timeout=1)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read().decode()
                assert time.monotonic() < deadline, "server did not start in 30 s"
                time.sleep(0.2)
        assert health.json()["status"] == "ok"
        assert httpx.get(f"{base}/api/events").json() == {"events": [], "next_cursor": None}
        home = httpx.get(f"{base}/")
        assert (home.status_code, "<main" in home.text) == (200, True) or home.json()["error"]["code"] == (
            "web_app_not_built"
        )
        refused = httpx.post(f"{base}/api/ingest", json={"articles": [{"id": "a", "text": "x"}]})
        assert refused.status_code == 401
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert (tmp_path / "served.sqlite").exists()
