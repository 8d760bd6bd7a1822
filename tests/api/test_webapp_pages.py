"""The web app's pages and their security headers."""

from __future__ import annotations

import pytest

from frontlines.api.webapp import STATIC_DIR, content_policy


def test_policy_allows_only_own_scripts_and_images_by_default():
    policy = content_policy(None)
    assert "default-src 'self'" in policy
    assert "img-src 'self' data:;" in policy
    assert "frame-ancestors 'none'" in policy


@pytest.mark.parametrize(
    ("tile_url", "allowed"),
    [
        ("https://{s}.tile.example.org/{z}/{x}/{y}.png", "https://*.tile.example.org"),
        ("http://localhost:8080/tiles/{z}/{x}/{y}.png", "http://localhost:8080"),
        ("https://tiles.example.net/{z}/{x}/{y}.png", "https://tiles.example.net"),
    ],
)
def test_policy_allows_images_from_the_configured_tile_server(tile_url, allowed):
    assert f"img-src 'self' data: {allowed};" in content_policy(tile_url)


def test_policy_ignores_a_tile_url_that_is_not_http():
    assert "javascript" not in content_policy("javascript:alert(1)")


@pytest.mark.parametrize("path", ["/", "/extract", "/events/FLE-1", "/places/Yarmouk", "/articles/a"])
def test_every_app_page_is_the_app_with_its_policy(api_client, path):
    response = api_client.get(path)
    if not (STATIC_DIR / "index.html").is_file():
        assert response.status_code == 503
        assert response.json()["error"]["code"] == "web_app_not_built"
        return
    assert response.status_code == 200
    assert '<main id="main"' in response.text
    assert response.headers["content-security-policy"].startswith("default-src 'self'")
    assert response.headers["x-content-type-options"] == "nosniff"
