"""What a spawned extraction worker runs in bench/extract.py, kept apart so that the worker
imports only the extractor (its memory is then what a pipeline worker's would be)."""
from __future__ import annotations

from monitor.ingest.extract import extract_article


def peak_rss_mb() -> float:
    """This process's peak RSS (VmHWM): unlike ru_maxrss, not inherited from a forking parent."""
    with open("/proc/self/status") as status:
        line = next(l for l in status if l.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def warm() -> None:
    extract_article(b"<html><body><article><p>" + b"mot " * 50 + b"</p></article></body></html>", "u")


def extract_one(page: bytes) -> tuple[int, float]:
    return len(extract_article(page, "https://example.fr/").text), peak_rss_mb()
