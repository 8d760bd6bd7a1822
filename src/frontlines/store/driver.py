"""The merge's hot statements on the driver's own cursor, inside the caller's transaction.

SQLAlchemy compiles each statement once per dialect; the call then skips SQLAlchemy's per-call
parameter and result processing, which costs about ten times the database's own work for the
small statements the merge runs once per report (benchmarks/bench_store.py). Only statements
without expanding (IN-list) parameters; dates go in as ISO text on SQLite, as SQLAlchemy stores them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Date, Dialect

from frontlines.errors import StoreError


@dataclass(frozen=True)
class RawStatement:
    """A statement compiled for one dialect: its SQL, its bound defaults and its parameter order."""

    sql: str
    defaults: dict[str, Any]
    positions: tuple[str, ...] | None  # qmark/format styles: the order of the parameters
    dates: frozenset[str]  # the parameters bound to DATE columns


@cache
def compiled(dialect: Dialect, statement: Any, columns: tuple[str, ...] | None = None) -> RawStatement:
    """``statement`` compiled for ``dialect``; an insert for just ``columns`` (others get defaults)."""
    result = statement.compile(dialect=dialect, column_keys=list(columns) if columns else None)
    positions = tuple(result.positiontup) if result.positiontup else None
    dates = frozenset(name for name, bind in result.binds.items() if isinstance(bind.type, Date))
    return RawStatement(result.string, dict(result.params), positions, dates)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def run(conn: Connection, statement: Any, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Execute ``statement`` with ``params`` on the connection's driver; the rows it returns.

    Values come back as the driver gives them (dates as ISO text on SQLite: see :func:`as_date`).
    """
    raw = compiled(conn.dialect, statement, tuple(params) if statement.is_insert else None)
    values = {**raw.defaults, **params}
    if conn.dialect.name == "sqlite":
        for name in raw.dates:
            values[name] = _iso(values[name])
        args: Any = ordered(raw.positions or (), values)
    else:
        args = ordered(raw.positions, values) if raw.positions else values
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(raw.sql, args)
        return cursor.fetchall() if cursor.description else []
    except conn.dialect.loaded_dbapi.Error as exc:
        raise StoreError(f"database error in the merge ({type(exc).__name__}): {exc}") from exc
    finally:
        cursor.close()


def ordered(positions: tuple[str, ...], values: dict[str, Any]) -> tuple[Any, ...]:
    """The values of ``positions``, in order (one C-level call: this runs for every statement)."""
    if len(positions) == 1:
        return (values[positions[0]],)
    return itemgetter(*positions)(values) if positions else ()


def as_date(value: Any) -> date | None:
    """A date column's value from :func:`run`: a ``date`` on PostgreSQL, ISO text on SQLite."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _marker(dialect: Dialect) -> str:
    return "?" if dialect.paramstyle == "qmark" else "%s"


@cache
def insert_sql(dialect: Dialect, table: str, columns: tuple[str, ...], conflict_key: str | None = None) -> str:
    """``INSERT INTO table (columns) VALUES (...)``, skipping rows whose ``conflict_key`` is taken."""
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(c) for c in columns)
    sql = f"INSERT INTO {quote(table)} ({names}) VALUES ({', '.join([_marker(dialect)] * len(columns))})"
    return sql + (f" ON CONFLICT ({quote(conflict_key)}) DO NOTHING" if conflict_key else "")


def insert_rows(conn: Connection, table: Any, values: list[dict[str, Any]], conflict_key: str | None = None) -> None:
    """Many rows of one table in one executemany (rows whose ``conflict_key`` is taken are skipped)."""
    if not values:
        return
    columns = tuple(values[0])
    args = [tuple(row[c] for c in columns) for row in values]
    dated = [i for i, c in enumerate(columns) if isinstance(table.c[c].type, Date)]
    if dated and conn.dialect.name == "sqlite":
        args = [tuple(_iso(v) if i in dated else v for i, v in enumerate(row)) for row in args]
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(insert_sql(conn.dialect, table.name, columns, conflict_key), args)
    except conn.dialect.loaded_dbapi.Error as exc:
        raise StoreError(f"cannot insert into {table.name} ({type(exc).__name__}): {exc}") from exc
    finally:
        cursor.close()


def run_in(conn: Connection, sql: str, keys: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Run ``sql`` with each ``{keys}`` in it made an IN list of ``keys``; its rows."""
    if not keys:
        return []
    markers = ", ".join([_marker(conn.dialect)] * len(keys))
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql.replace("{keys}", markers), tuple(keys) * sql.count("{keys}"))
        return cursor.fetchall()
    except conn.dialect.loaded_dbapi.Error as exc:
        raise StoreError(f"database error ({type(exc).__name__}): {exc}") from exc
    finally:
        cursor.close()


def lookup(conn: Connection, table: Any, key: str, value: str, keys: list[Any]) -> dict[Any, Any]:
    """``{key: value}`` for the rows of ``table`` whose ``key`` is among ``keys``."""
    quote = conn.dialect.identifier_preparer.quote
    sql = f"SELECT {quote(key)}, {quote(value)} FROM {quote(table.name)} WHERE {quote(key)} IN ({{keys}})"
    return dict(run_in(conn, sql, keys))
