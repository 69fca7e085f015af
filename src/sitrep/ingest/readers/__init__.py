"""Read article files of any common format into ``Document`` records.

The readers are the product's front door: users point them at whatever they collected
(a folder of .txt files, saved web pages, a JSONL dump, feeds, a crawler's WARC). Bad
input is normal there, so nothing here raises for it: every problem becomes a
``ReadError`` a user can act on, and the remaining files are still read.

Text is never rewritten: ``Document.text`` is the decoded text exactly (newlines, spacing
and all), because every later offset points into it. HTML-like input is reduced to article
text by trafilatura, with reader comments appended after a blank line and marked as a
``comments`` segment so later stages can ignore them while offsets stay valid.

One module per step: :mod:`.paths` walks what the user gave, :mod:`.dispatch` sends each file
to its format family's reader (:mod:`.pages` for text and HTML, :mod:`.json_records`,
:mod:`.feeds`, :mod:`.warc`), :mod:`.sidecar` applies explicit metadata, :mod:`.results` builds
the records; :mod:`.vocabulary` is the data.
"""

from sitrep.ingest.readers.paths import read_paths
from sitrep.ingest.readers.results import DEFAULT_MAX_BYTES, ReadError, Result

__all__ = ["DEFAULT_MAX_BYTES", "ReadError", "Result", "read_paths"]
