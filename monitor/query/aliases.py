"""Aliases: words or phrases the operator declares equal (config/keywords.toml)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from monitor.query.text import terms


@dataclass(frozen=True, slots=True)
class Aliases:
    """Term sequence -> every member of its groups (a member may sit in several groups)."""

    groups: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = field(default_factory=dict)

    @classmethod
    def from_groups(cls, groups: Iterable[Iterable[str]]) -> Aliases:
        """E.g. [["AWS", "Amazon Web Services"]]: each member then matches any member."""
        found: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for group in groups:
            members = [m for m in dict.fromkeys(terms(str(w)) for w in group) if m]
            for m in members:
                known = found.setdefault(m, [m])
                known.extend(x for x in members if x not in known)
        return cls({k: tuple(v) for k, v in found.items()})

    def expand(self, sequence: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        """The alternatives a query word or phrase stands for (itself first)."""
        return self.groups.get(sequence, (sequence,))
