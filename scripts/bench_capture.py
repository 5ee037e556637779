"""Benchmark docket's capture against bare trafilatura, in the same process and run.

Bodies: ../shared/data/article-extraction-benchmark (181 pages), scored with that
benchmark's own metric (4-gram shingles of \\w+ tokens, precision and recall averaged over
pages); link URLs are stripped from the Markdown before scoring. Speed: pages per second,
one process, steady state (a warm-up pass first), docket's full extraction (body, metadata,
date) against `trafilatura.extract` with the same options.

Dates: ../shared/data/htmldate-mediacloud2020 (200 pages), exact-day accuracy of docket's
publication date against htmldate alone (extensive search, original date).

    python scripts/bench_capture.py [--data ../shared/data] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura
from htmldate import find_date

from docket.capture.documents import report_from_html
from docket.capture.html import DEFAULT_OPTIONS
from docket.errors import CaptureError

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_YAML_HEADER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def strip_markdown_links(text: str) -> str:
    return _LINK.sub(r"\1", text)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text)
    return Counter(tuple(tokens[i : i + n]) for i in range(max(0, len(tokens) - n + 1)))


def page_scores(predicted: str, truth: str) -> tuple[float, float]:
    """Precision and recall of one page, as the benchmark's evaluate.py computes them."""
    pred, true = shingles(predicted), shingles(truth)
    tp = sum((pred & true).values())
    fp = sum(pred.values()) - tp
    fn = sum(true.values()) - tp
    precision = tp / (tp + fp) if tp + fp else 1.0 if not true else 0.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def f1(pairs: list[tuple[float, float]]) -> tuple[float, float, float]:
    precision = statistics.mean(p for p, _ in pairs)
    recall = statistics.mean(r for _, r in pairs)
    return precision, recall, 2 * precision * recall / (precision + recall)


def docket_body(raw: bytes, url: str) -> str:
    try:
        return report_from_html(raw, url, None).text
    except CaptureError:
        return ""


def peer_body(raw: bytes, url: str) -> str:
    text = trafilatura.extract(raw, **DEFAULT_OPTIONS.trafilatura_kwargs()) or ""
    return _YAML_HEADER.sub("", text)


Runner = Callable[[bytes, str], str]


def timed(
    pages: list[tuple[str, bytes, str]], runs: dict[str, Runner]
) -> dict[str, tuple[dict[str, str], float]]:
    """Each system on each page, alternating page by page (and which goes first), so that
    load from other processes on the machine falls on both alike."""
    outputs: dict[str, dict[str, str]] = {name: {} for name in runs}
    seconds = dict.fromkeys(runs, 0.0)
    order = list(runs)
    for key, raw, url in pages:
        order.reverse()
        for name in order:
            started = time.perf_counter()
            outputs[name][key] = runs[name](raw, url)
            seconds[name] += time.perf_counter() - started
    return {name: (outputs[name], len(pages) / seconds[name]) for name in runs}


def bodies(data: Path, limit: int | None) -> None:
    folder = data / "article-extraction-benchmark"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit]
    pages = [
        (k, gzip.decompress((folder / "html" / f"{k}.html.gz").read_bytes()), truth[k]["url"])
        for k in keys
    ]
    for run in (docket_body, peer_body):  # warm-up: imports, caches, lazy loading
        for _key, raw, url in pages[:10]:
            run(raw, url)
    results = {}
    for name, (out, speed) in timed(
        pages, {"docket": docket_body, "trafilatura": peer_body}
    ).items():
        scores = [page_scores(strip_markdown_links(out[k]), truth[k]["articleBody"]) for k in keys]
        results[name] = (*f1(scores), speed)
    print(f"bodies: {len(pages)} pages of article-extraction-benchmark")
    print(f"{'system':<12} {'precision':>9} {'recall':>7} {'F1':>6} {'pages/s':>8}")
    for name, (p, r, f, speed) in results.items():
        print(f"{name:<12} {p:9.3f} {r:7.3f} {f:6.3f} {speed:8.1f}")
    ratio = results["docket"][3] / results["trafilatura"][3]
    print(
        f"docket/trafilatura: F1 {results['docket'][2] / results['trafilatura'][2]:.3f}, "
        f"speed {ratio:.2f}x"
    )


def dates(data: Path, limit: int | None) -> None:
    folder = data / "htmldate-mediacloud2020" / "tests"
    truth = json.loads((folder / "eval_mediacloud_2020.json").read_text(encoding="utf-8"))
    items = sorted(truth.items())[:limit]
    ours = theirs = 0
    for url, entry in items:
        raw = (folder / "test_set" / entry["file"]).read_bytes()
        try:
            published = report_from_html(raw, url, url).published
        except CaptureError:
            published = None
        ours += str(published) == entry["date"]
        found = find_date(raw, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
        theirs += found == entry["date"]
    n = len(items)
    print(f"dates: {n} pages of htmldate-mediacloud2020, exact day")
    print(
        f"docket accuracy {ours / n:.3f}, htmldate accuracy {theirs / n:.3f}, "
        f"ratio {ours / max(theirs, 1):.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
    parser.add_argument("--data", type=Path, default=default)
    parser.add_argument("--limit", type=int, default=None, help="Use only the first N pages.")
    parser.add_argument("--only", choices=("bodies", "dates"), default=None)
    args = parser.parse_args()
    if args.only != "dates":
        bodies(args.data, args.limit)
    if args.only != "bodies":
        dates(args.data, args.limit)


if __name__ == "__main__":
    main()
