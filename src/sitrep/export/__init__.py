"""Exports: JSON (the gold.json contract), ACLED-like CSV/Parquet, GeoJSON."""
