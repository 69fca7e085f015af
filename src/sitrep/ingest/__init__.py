"""Ingestion: reading article files into Document records (readers), cleaning, metadata, dedup."""
