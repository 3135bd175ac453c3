"""Change sets: what a mutation changed, so screens redraw from it instead of polling."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChangeSet:
    """The kinds of things a service call changed, and the ids it created or touched."""

    kinds: frozenset[str] = frozenset()
    ids: tuple[int, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, *kinds: str, ids: tuple[int, ...] = (), **counts: int) -> ChangeSet:
        """``ChangeSet.of("accounts", ids=(3,))``."""
        return cls(frozenset(kinds), tuple(ids), dict(counts))

    def __or__(self, other: ChangeSet) -> ChangeSet:
        counts = dict(self.counts)
        for key, value in other.counts.items():
            counts[key] = counts.get(key, 0) + value
        return ChangeSet(self.kinds | other.kinds, self.ids + other.ids, counts)

    def touches(self, kind: str) -> bool:
        """Whether this change affects ``kind`` (e.g. ``"transactions"``)."""
        return kind in self.kinds

    def __bool__(self) -> bool:
        return bool(self.kinds)
