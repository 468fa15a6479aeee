"""`python -m bench [--quick] [--only NAME]...`: run every scenario, print one table.

Example: `.venv/bin/python -m bench --quick --only farm` (50 feeds, well under a minute).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import time
from dataclasses import asdict

from bench.farm import Farm
from bench.peers import CONTENDERS, KINDS, Chain, ContenderSpec, CycleResult
from bench.report import Row, cycle_row, format_table, median_result


def farm_rows(quick: bool, only: set[str]) -> list[Row]:
    """Scenario 1: cold, warm and 10%-new cycles of every contender on one farm, in one run."""
    feeds, repeats = (50, 1) if quick else (1000, 3)
    specs = [s for s in CONTENDERS.values() if not only or only & {"farm", s.name}]
    sweeps: list[Row] = []
    cycles: dict[str, list[Row]] = {kind: [] for kind in KINDS}
    with Farm(feeds=feeds, entries=30, delay=0.15) as farm:
        for spec in specs:
            started = time.perf_counter()
            runs = 1 if spec.sample < 1 else repeats  # a sampled peer is measured once on its sample
            measured = contender_cycles(farm, spec, runs, quick, sweeps)
            for kind in KINDS:
                cycles[kind].append(cycle_row(median_result(measured[kind]), len(measured[kind])))
            print(f"[bench] farm: {spec.name} done in {time.perf_counter() - started:.0f} s", flush=True)
    return [row for kind in KINDS for row in cycles[kind]] + sweeps


def contender_cycles(farm: Farm, spec: ContenderSpec, runs: int, quick: bool,
                     sweeps: list[Row]) -> dict[str, list[CycleResult]]:
    """Cold `runs` times on fresh state (or once per swept worker count, keeping the fastest),
    then warm and new10 `runs` times each on the state the last cold cycle left."""
    counts = spec.workers[:1] if quick else spec.workers
    chains = [Chain(farm, spec, w) for w in counts] if counts else [Chain(farm, spec) for _ in range(runs)]
    try:
        colds = [chain.run("cold") for chain in chains]
        chain = chains[-1]
        if counts:
            sweeps += [cycle_row(c, 1, scenario=f"farm cold, {spec.name} workers sweep") for c in colds]
            best = min(range(len(colds)), key=lambda i: colds[i].wall_s)
            colds, chain = [colds[best]], chains[best]
        return {"cold": colds, "warm": [chain.run("warm") for _ in range(runs)],
                "new10": [chain.run("new10") for _ in range(runs)]}
    finally:
        for c in chains:
            c.__exit__(None, None, None)


def matching_rows(quick: bool) -> list[Row]:
    """Scenario 2, from bench/matching.py: seconds to match 1,000 articles, index vs every watch."""
    if importlib.util.find_spec("bench.matching") is None:
        return []
    from bench import matching

    rows = []
    for r in matching.main(["--articles", "1000", "--sizes", "1000,10000"] if quick else []):
        scenario = f"matching {r['watches']:,} watches"
        rows.append(Row(scenario, "veille (WatchIndex)", 1000 / r["index_articles_per_s"],
                        note=f"{r['index_articles_per_s']} articles/s, build {r['build_s']} s, "
                             f"index {r['index_mib']} MiB"))
        rows.append(Row(scenario, "evaluate every watch", 1000 / r["baseline_articles_per_s"],
                        note=f"{r['baseline_articles_per_s']} articles/s on {r['baseline_sample']} articles",
                        approx=True))
    return rows


def delivery_rows(quick: bool, only: set[str]) -> list[Row]:
    from bench.delivery import delivery_rows

    return delivery_rows(quick)


def freshness_rows(quick: bool, only: set[str]) -> list[Row]:
    from bench.freshness import freshness_rows

    return freshness_rows(quick)


def footprint_rows(quick: bool, only: set[str]) -> list[Row]:
    from bench.footprint import footprint_rows

    return footprint_rows(quick)


def extract_rows(quick: bool, only: set[str]) -> list[Row]:
    from bench.extract import extract_rows

    return extract_rows(quick, only)


def pages_rows(quick: bool, only: set[str]) -> list[Row]:
    from bench.pages import pages_rows

    return pages_rows(quick, only)


def stories_rows(quick: bool, only: set[str]) -> list[Row]:
    from bench.stories import stories_rows

    return stories_rows(quick, only)


def web_rows(quick: bool, only: set[str]) -> list[Row]:
    from bench.web import web_rows

    return web_rows(quick)


SCENARIOS = {"farm": farm_rows, "matching": lambda quick, only: matching_rows(quick),
             "delivery": delivery_rows, "freshness": freshness_rows, "footprint": footprint_rows,
             "extract": extract_rows, "stories": stories_rows, "pages": pages_rows, "web": web_rows}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a check in under a minute")
    parser.add_argument("--only", action="append", default=[],
                        help="a scenario (farm, matching, delivery, freshness, footprint, extract, stories, pages, web) "
                             "or a farm contender (veille, sequential, reader)")
    parser.add_argument("--json", metavar="PATH", help="also write the rows as JSON")
    args = parser.parse_args(argv)
    only = set(args.only)
    started = time.perf_counter()
    rows: list[Row] = []
    for name, scenario in SCENARIOS.items():
        farm_contender = name == "farm" and only & set(CONTENDERS)
        if not only or name in only or farm_contender:
            started_scenario = time.perf_counter()
            rows += scenario(args.quick, only)
            print(f"[bench] {name}: {time.perf_counter() - started_scenario:.0f} s", flush=True)
    print()
    print(format_table(rows))
    print(f"\n~ = extrapolated from a sample. Wall ÷ ref: wall time over Veille's in the same scenario "
          f"(over the first row when Veille is absent). Total {time.perf_counter() - started:.0f} s.")
    if args.json:
        with open(args.json, "w") as f:
            json.dump([asdict(r) for r in rows], f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
