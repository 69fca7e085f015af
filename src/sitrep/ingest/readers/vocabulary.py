"""What the readers recognise, as data: file suffixes by format family, files that are never
articles, dataset housekeeping names, document kinds, and the metadata field names common
scrapers and datasets use.
"""

from __future__ import annotations

KINDS = frozenset({"report", "opinion", "analysis", "reprint"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".mht", ".php", ".asp", ".aspx"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".rss", ".atom"})
# Never articles: skipped silently when a directory is expanded (an explicit path is tried).
NOT_ARTICLES = frozenset(
    ".png .jpg .jpeg .gif .webp .bmp .tif .tiff .svg .ico .pdf .zip .tar .tgz .bz2 .xz .7z .rar"
    " .doc .docx .xls .xlsx .ppt .pptx .odt .epub .mp3 .mp4 .wav .ogg .webm .mov .avi .woff"
    " .woff2 .ttf .otf .exe .dll .so .dylib .bin .pyc .py .js .css .map .csv .tsv .parquet"
    " .arrow .feather .db .duckdb .sqlite .pkl .npy .yaml .yml .toml .ini .cfg .lock .log"
    " .json .md5 .sha256 .sig .gitignore".split()
)
# Dataset housekeeping files that sit next to articles (corpus READMEs, source lists).
HOUSEKEEPING = frozenset({"readme", "license", "licence", "sources", "changelog", "notice"})
FORMATS_WORDS = ".txt, .html, .jsonl, .rss/.atom/.xml feeds, .warc(.gz)"


# Field names used by common scrapers/datasets (news-please, newspaper, Common Crawl dumps).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "uuid"),
    "text": ("text", "maintext", "body", "content", "article"),
    "html": ("html", "raw_html"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "sitename", "source_domain", "publisher", "source"),
    "author": ("author", "authors", "byline"),
    "url": ("url", "link"),
    "published": (
        "published",
        "date_publish",
        "published_at",
        "publication_date",
        "published_date",
        "date_published",
        "pubDate",
        "pub_date",
        "date",
        "time",
        "datetime",
        "timestamp",
    ),
}
