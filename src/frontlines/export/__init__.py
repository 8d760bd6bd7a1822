"""Exports: event records to files (JSONL, CSV and, from the store, ACLED CSV, GeoJSON, Parquet)."""
