"""The web app: the report's views live over a store, with search, filters, uploads and an API."""
