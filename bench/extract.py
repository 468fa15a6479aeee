"""Scenario "extract": the CPU cost of article-text extraction (issue 11), trafilatura with
Veille's options against its faster and default settings and against readability-lxml, with
precision/recall of the labelled queries (tests/fulltext) for each; then pages per second on
2 cores with 2 spawned workers, as the pipeline will run it.

The pages (100-300 KB, as French news pages are) are the labelled pages made long: the
article gets 800-3,000 words of body (paragraphs of the other labelled articles) and the
page the bulk real pages carry around it: an inline JSON state of the site's headlines (what
Next.js/Nuxt sites embed), a mega-menu, an SVG icon sprite and longer most-read lists.

    .venv/bin/python -m bench.extract [--quick]
    .venv/bin/python -m bench --only extract
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace

from bench import extract_worker
from bench.report import Row, format_table
from monitor.ingest.extract import decode, extract_article
from tests.fulltext.articles import ARTICLES
from tests.fulltext.evaluate import teaser_only, with_fulltext
from tests.fulltext.write_pages import MOST_READ, SIDEBAR, render

KB = 1024


def long_pages(count: int) -> list[bytes]:
    """`count` pages of 100-300 KB, deterministic: labelled pages with long bodies and bulk."""
    paragraphs = [b for a in ARTICLES for b in a.blocks if not b.startswith(("## ", "> "))]
    pages = []
    for i in range(count):
        article = ARTICLES[i % len(ARTICLES)]
        words, extra = 800 + (i * 433) % 2200, []
        while sum(len(p.split()) for p in extra) < words:
            j = len(extra)
            extra.append(f"## Intertitre {j}" if j % 6 == 5 else paragraphs[(i + j * 7) % len(paragraphs)])
        _, body = render(replace(article, blocks=article.blocks + tuple(extra)))
        page = _bulk(decode(body), (100 + (i * 37) % 200) * KB, i)
        pages.append(page.replace('charset="iso-8859-1"', 'charset="utf-8"').encode("utf-8"))
    return pages


def _bulk(page: str, size: int, seed: int) -> str:
    headlines = [*SIDEBAR, *MOST_READ, *(a.title for a in ARTICLES)]
    menu = "".join(f'<li><a href="/r/{k}">{headlines[k % len(headlines)][:30]}</a></li>' for k in range(120))
    sprite = "".join(f'<symbol id="i{k}" viewBox="0 0 24 24"><path d="M{k} 2L{k + 3} 9H22L{k % 9} 14Z"/></symbol>'
                     for k in range(150))
    top = f'<svg style="display:none">{sprite}</svg><nav class="mega-menu"><ul>{menu}</ul></nav>'
    page = page.replace("</header>", top + "</header>", 1)
    state, k, length = [], 0, len(page)
    while length < size - 200:
        state.append({"id": k, "title": headlines[(k + seed) % len(headlines)], "url": f"/article/{k}",
                      "tags": ["cloud", "emploi"], "img": f"/img/{k}.webp"})
        length += len(json.dumps(state[-1], ensure_ascii=False).encode()) + 2
        k += 1
    data = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps({"props": state}, ensure_ascii=False)}</script>'
    return page.replace("</body>", data + "</body>", 1)


def readability_text(body: bytes, url: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(decode(body), url=url).summary(html_partial=True)
    return "\n".join(" ".join(t.split()) for t in lxml.html.fromstring(summary).itertext() if t.strip())


CONTENDERS: dict[str, Callable[[bytes, str], str]] = {
    # favor_precision, fast pass first, full pass when it finds under 200 words
    "veille (trafilatura, favor_precision)": lambda b, u: extract_article(b, u).text,
    "trafilatura favor_precision, full pass": lambda b, u: extract_article(b, u, fast=False).text,
    "trafilatura defaults (balanced, full pass)": lambda b, u: extract_article(b, u, favor="balanced",
                                                                              fast=False).text,
    "readability-lxml 0.8+": readability_text,
}


def cpu_per_page(pages: list[bytes], rounds: int) -> dict[str, list[float]]:
    """Process time of every contender on every page; contenders take turns page by page so
    that a noisy neighbour on the machine slows them alike."""
    for extract in CONTENDERS.values():
        extract(pages[0], "https://example.fr/warm")  # imports and lazy tables are not a page's cost
    costs: dict[str, list[float]] = {name: [] for name in CONTENDERS}
    for _ in range(rounds):
        for i, page in enumerate(pages):
            for name, extract in CONTENDERS.items():
                started = time.process_time()
                extract(page, f"https://example.fr/{i}")
                costs[name].append(time.process_time() - started)
    return costs


def pool_throughput(pages: list[bytes], repeat: int) -> tuple[float, float]:
    """Pages per second through 2 spawned workers (started and warmed before timing), and the
    peak RSS of one worker in MB."""
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"), initializer=extract_worker.warm) as pool:
        list(pool.map(extract_worker.extract_one, pages[:4]))
        work = pages * repeat
        started = time.perf_counter()
        results = list(pool.map(extract_worker.extract_one, work, chunksize=4))
        elapsed = time.perf_counter() - started
    return len(work) / elapsed, max(rss for _, rss in results)


_IMPORT_RSS = """
import sys
def mb():
    with open("/proc/self/status") as status:
        return int(next(l for l in status if l.startswith("VmHWM:")).split()[1]) / 1024
base = mb(); import lxml.html; with_lxml = mb(); import trafilatura; imported = mb()
from monitor.ingest.extract import extract_article
extract_article(open(sys.argv[1], "rb").read(), "https://example.fr/"); one = mb()
for path in sys.argv[2:]:
    extract_article(open(path, "rb").read(), "https://example.fr/")
print(base, with_lxml, imported, one, mb())
"""


def import_rss(page_path: str, pages: list[bytes]) -> tuple[float, ...]:
    """Peak RSS (MB) of a fresh interpreter: bare, with lxml (which Veille already imports),
    after importing trafilatura, after one labelled page, after every long page."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i, page in enumerate(pages):
            paths.append(os.path.join(folder, f"{i}.html"))
            with open(paths[-1], "wb") as f:
                f.write(page)
        out = subprocess.run([sys.executable, "-c", _IMPORT_RSS, page_path, *paths], capture_output=True,
                             text=True, check=True).stdout.split()
    return tuple(float(x) for x in out)


def extract_rows(quick: bool, only: set[str]) -> list[Row]:
    count, rounds, repeat = (22, 1, 2) if quick else (44, 3, 5)
    pages = long_pages(count)
    sizes = sorted(len(p) for p in pages)
    scenario = f"extract: CPU for {count} pages of {sizes[0] // KB}-{sizes[-1] // KB} KB"
    teaser = teaser_only()
    rows, reference_median = [], None
    measured = cpu_per_page(pages, rounds)
    veille = next(iter(CONTENDERS))
    # alone, back to back, as a worker runs it: the turns above share caches with the others
    measured[f"{veille}, alone"] = solo = []
    for _ in range(rounds):
        for i, page in enumerate(pages):
            started = time.process_time()
            CONTENDERS[veille](page, f"https://example.fr/{i}")
            solo.append(time.process_time() - started)
    for name, costs in measured.items():
        score = with_fulltext(CONTENDERS.get(name) or CONTENDERS[veille])
        median, p95 = statistics.median(costs), statistics.quantiles(costs, n=20)[-1]
        reference_median = reference_median or median
        total = sum(costs) / rounds
        rows.append(Row(scenario, name, total, total, note=(
            f"median {median * 1e3:.1f} ms, p95 {p95 * 1e3:.1f} ms/page ({median / reference_median:.2f}x); "
            f"labelled set P={score.precision:.3f} R={score.recall:.3f} "
            f"(teaser only P={teaser.precision:.3f} R={teaser.recall:.3f})")))
    per_s, worker_mb = pool_throughput(pages, repeat)
    from tests.fulltext.evaluate import PAGES
    base, with_lxml, imported, one, after = import_rss(str(PAGES / f"{ARTICLES[0].slug}.html"), pages)
    rows.append(Row("extract: 2 spawned workers, 2 cores", "veille (trafilatura, favor_precision)",
                    count * repeat / per_s, peak_rss_mb=worker_mb,
                    note=f"{per_s:.0f} pages/s over {count * repeat} pages; peak MB: of a worker (it re-imports "
                         f"the __main__ module, as spawn does); a bare interpreter {base:.0f} MB, "
                         f"{with_lxml:.0f} with lxml, {imported:.0f} with trafilatura, {one:.0f} after one "
                         f"page, {after:.0f} after the {count} long pages"))
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.extract", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="22 pages, one round")
    args = parser.parse_args(argv)
    print(format_table(extract_rows(args.quick, set())))


if __name__ == "__main__":
    main()
