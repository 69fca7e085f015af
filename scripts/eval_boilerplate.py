"""Cleaning against the article-extraction benchmark.

Data: ../shared/datasets/article-extraction-benchmark.

Two measures:
1. HTML: sitrep's HTML reader (trafilatura, comments kept apart) on the 181 pages, scored with
   word 4-gram shingle P/R/F1 as the benchmark's evaluate.py does; the same scorer on the
   published trafilatura 2.0.0 output is printed beside it (published F1 0.958).
2. Plain text: each page flattened to one line per HTML block, as a page saved as text would
   be (English pages only); sitrep's line cleaner (segment_text) decides body vs
   boilerplate, and a line is body when the ground truth contains it. Character-weighted
   P/R of the body, and the share of non-body removed, beside the keep-everything baseline.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

BLOCK = set(
    "p div li h1 h2 h3 h4 h5 h6 br tr section article header footer nav aside figure figcaption "
    "blockquote ul ol table form dd dt main pre hr td th label button option".split()
)


def shingles(text: str, n: int = 4) -> Counter:
    toks = re.findall(r"\w+", (text or "").lower())
    return Counter(tuple(toks[i : i + n]) for i in range(max(len(toks) - n + 1, 0)))


def prf(gt: dict, pred: dict[str, str]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for k, v in gt.items():
        g, p = shingles(v["articleBody"]), shingles(pred.get(k, ""))
        o = sum((g & p).values())
        tp, fp, fn = tp + o, fp + sum(p.values()) - o, fn + sum(g.values()) - o
    p, r = tp / (tp + fp), tp / (tp + fn)
    return p, r, 2 * p * r / (p + r)


def as_text(html: str) -> str:
    import lxml.html

    root = lxml.html.fromstring(html)
    for bad in root.xpath("//script|//style|//noscript|//template|//svg|//iframe|//head"):
        bad.drop_tree()
    out: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        out.append("\n" if tag in BLOCK else "")
        if el.text and tag:
            out.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                out.append(child.tail)
        out.append("\n" if tag in BLOCK else "")

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    data = args.shared / "datasets" / "article-extraction-benchmark"
    if not data.exists():
        print(f"data not found at {data}: skipped")
        return 0
    from sitrep.ingest.clean import segment_text
    from sitrep.ingest.readers import read_paths
    from sitrep.records import Document

    gt = json.loads((data / "ground-truth.json").read_text())
    ref = json.loads((data / "output" / "trafilatura.json").read_text())["output"]
    _, _, ref_f1 = prf(gt, {k: v["articleBody"] for k, v in ref.items()})
    pred = {}
    for doc in read_paths(sorted((data / "html").glob("*.html.gz"))):
        if isinstance(doc, Document):
            body = doc.body_segments[0]
            pred[doc.id.removesuffix(".html")] = doc.text[body.start : body.end]
    p, r, f = prf(gt, pred)
    print(
        f"HTML reader: P {p:.3f} R {r:.3f} F1 {f:.3f} on {len(pred)} pages "
        f"(published trafilatura 2.0.0 with this scorer: F1 {ref_f1:.3f}; published 0.958)"
    )

    from spacy.lang.en.stop_words import STOP_WORDS

    norm = " ".join
    tp = fp = fn = tn = pages = 0
    for k, v in sorted(gt.items()):
        words = v["articleBody"].lower().split()
        if not words or sum(w in STOP_WORDS for w in words) / len(words) < 0.3:
            continue  # the line cleaner is for English; the benchmark mixes languages
        pages += 1
        html = gzip.decompress((data / "html" / f"{k}.html.gz").read_bytes())
        text = as_text(html.decode("utf-8", "replace"))
        body = norm(v["articleBody"].split())
        for seg in segment_text(text):
            pos = seg.start
            for line in text[seg.start : seg.end].splitlines(keepends=True):
                words = line.split()
                pos += len(line)
                if len(words) < 3:
                    continue
                gold = norm(words) in body
                kept = seg.kind == "body"
                w = len(line)
                tp += w * (gold and kept)
                fp += w * (not gold and kept)
                fn += w * (gold and not kept)
                tn += w * (not gold and not kept)
    p, r = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * p * r / (p + r)
    print(
        f"text cleaner ({pages} English pages, lines): body precision {p:.3f} recall {r:.3f} "
        f"F1 {f1:.3f}; boilerplate removed {tn / (tn + fp):.3f}; keep-everything precision "
        f"{(tp + fn) / (tp + fp + fn + tn):.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
