"""The situation report: a self-contained HTML file rendered from the JSON export."""

from __future__ import annotations

from sitrep.report.html import render_report, write_report

__all__ = ["render_report", "write_report"]
