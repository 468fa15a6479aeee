"""The one table `python -m bench` prints: rows, medians of repeated cycles, ratios to Veille."""
from __future__ import annotations

import statistics
from dataclasses import dataclass, fields, replace

from bench.peers import CycleResult


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table; `wall_s` is the time for the scenario's unit of work."""

    scenario: str
    contender: str
    wall_s: float
    cpu_s: float | None = None
    peak_rss_mb: float | None = None
    bytes: int | None = None
    note: str = ""
    approx: bool = False  # extrapolated from a sample


def median_result(results: list[CycleResult]) -> CycleResult:
    """Field-wise median of repeated cycles of one contender and kind."""
    first = results[0]
    numbers = {}
    for f in fields(CycleResult):
        value = getattr(first, f.name)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            middle = statistics.median(getattr(r, f.name) for r in results)
            numbers[f.name] = type(value)(round(middle) if isinstance(value, int) else middle)
    return replace(first, **numbers)


def cycle_row(result: CycleResult, runs: int, scenario: str | None = None) -> Row:
    """A feed-farm cycle as a table row."""
    label = result.contender + (f" (workers={result.workers})" if result.workers else "")
    note = f"{result.requests} req, {result.not_modified} 304, {result.entries_stored} new"
    if result.note:
        note += f", {result.note}"
    if result.errors:
        note += f", {result.errors} ERRORS"
    note += f", median of {runs}" if runs > 1 else ""
    if result.scale > 1:
        note += f", ~ measured on {round(result.feeds / result.scale)} feeds x{result.scale:g}"
    return Row(scenario or f"farm {result.kind} ({result.feeds} feeds)", label, result.wall_s, result.cpu_s,
               result.peak_rss_mb, result.bytes, note, approx=result.scale > 1)


def reference(rows: list[Row]) -> Row:
    """Veille's row of a scenario when it has one, else its first (the baseline)."""
    return next((r for r in rows if r.contender.startswith("veille")), rows[0])


def _num(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def format_table(rows: list[Row]) -> str:
    """Markdown table; the ratio is wall time over the reference's in the same scenario."""
    header = ("scenario", "contender", "wall s", "CPU s", "peak MB", "MB sent", "wall ÷ ref", "notes")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    scenarios = list(dict.fromkeys(r.scenario for r in rows))
    for scenario in scenarios:
        group = [r for r in rows if r.scenario == scenario]
        ref = reference(group)
        for r in group:
            ratio = "ref" if r is ref else (f"{r.wall_s / ref.wall_s:.2f}x" if ref.wall_s else "-")
            mb = None if r.bytes is None else r.bytes / 1e6
            cells = (scenario, r.contender, ("~" if r.approx else "") + _num(r.wall_s),
                     ("~" if r.approx and r.cpu_s is not None else "") + _num(r.cpu_s),
                     _num(r.peak_rss_mb, 0), _num(mb, 3), ratio, r.note)
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
