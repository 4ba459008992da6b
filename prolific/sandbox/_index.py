"""Per-study indexes of submissions, kept up to date on every write.

A study with 100,000 submissions must answer a page of its list, its ``places_taken`` and
its status rule without looking at every submission. :class:`StudySubmissions` keeps what
those questions need, and each submission tells its study's index when a field the index
depends on changes (:class:`IndexedRecord`), so no code path can forget to update it.

Invariants, for the submissions ``S`` of one study (checked by the sandbox tests):

* ``inserted`` is ``S`` in the order they were added;
* ``sorted_view()`` is ``S`` ordered by ``(started_at, id)``, the order lists are served in;
* ``status_counts[s]`` is how many of ``S`` have status ``s`` (no zero entries);
* ``by_participant[p]`` is the one submission of participant ``p``, or the list of theirs
  (oldest first) when they have more than one;
* ``version`` changes on every write that can change a filtered list;
* ``sorted_view([s])`` is the members of ``S`` with status ``s``, in list order: one list per
  status, kept sorted on every write, so listing one status after each approval (the review
  loop) costs a page, not a scan of the study.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from itertools import islice
from typing import Any, Generic, Protocol, TypeVar, overload


class _Entry(Protocol):
    """What the index reads of a submission (``_state.Submission``, which sits above it)."""

    id: str
    participant_id: str
    started_at: datetime
    status: str


Sub = TypeVar("Sub", bound=_Entry)

#: The fields an index depends on; setting any other field costs nothing extra.
_WATCHED = frozenset({"status", "participant_id", "started_at"})


def list_order(sub: Sub) -> tuple[datetime, str]:
    """The order Prolific lists submissions in: oldest first, ties by ID."""
    return (sub.started_at, sub.id)


class IndexedRecord:
    """Base of a slotted record that reports changes of watched fields to its index."""

    __slots__ = ("_index",)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _WATCHED:
            index: StudySubmissions[Any] | None = getattr(self, "_index", None)
            if index is not None:
                index.changing(self, name, value)
        object.__setattr__(self, name, value)

    # A copy (``copy.deepcopy`` in tests, say) is a snapshot, not a member of the index.
    def __getstate__(self) -> dict[str, Any]:
        names = [n for cls in type(self).__mro__ for n in getattr(cls, "__slots__", ())]
        return {n: getattr(self, n) for n in names if n != "_index" and hasattr(self, n)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)


class StudySubmissions(Generic[Sub]):
    """One study's submissions and the counts the sandbox's rules read (see the module)."""

    __slots__ = (
        "_by_status",
        "_filtered",
        "_sorted",
        "by_participant",
        "inserted",
        "status_counts",
        "version",
    )

    def __init__(self) -> None:
        self.inserted: list[Sub] = []
        # None when an insertion broke the order; rebuilt on the next read.
        self._sorted: list[Sub] | None = []
        self.status_counts: dict[str, int] = {}
        self.by_participant: dict[str, Sub | list[Sub]] = {}
        self.version = 0
        self._filtered: tuple[frozenset[str], int, list[Sub]] | None = None
        # status -> its submissions in list order; None until a status is first asked for,
        # and again after a start time changed (rare: rebuilt from the sorted list).
        self._by_status: dict[str, list[Sub]] | None = None

    def __len__(self) -> int:
        return len(self.inserted)

    # -- writes -------------------------------------------------------------------------------

    def add(self, sub: Sub) -> None:
        if getattr(sub, "_index", None) is not None:
            raise ValueError(f"submission {sub.id} is already indexed")
        self.inserted.append(sub)
        if self._sorted is not None:
            if not self._sorted or list_order(self._sorted[-1]) <= list_order(sub):
                self._sorted.append(sub)
            else:
                self._sorted = None
        self._count(sub.status, 1)
        self._link(sub.participant_id, sub)
        if self._by_status is not None:
            insort(self._by_status.setdefault(sub.status, []), sub, key=list_order)
        self.version += 1
        object.__setattr__(sub, "_index", self)

    def changing(self, sub: Sub, name: str, value: Any) -> None:
        """Called just before ``sub.<name> = value``."""
        old = getattr(sub, name)
        if old == value:
            return
        if name == "status":
            self._count(old, -1)
            self._count(value, 1)
            if self._by_status is not None:
                self._move(sub, old, value)
        elif name == "participant_id":
            self._unlink(old, sub)
            self._link(value, sub)
        else:  # started_at moves the submission in the list order
            self._sorted = None
            self._by_status = None
        self.version += 1

    def _move(self, sub: Sub, old: str, new: str) -> None:
        assert self._by_status is not None
        members = self._by_status[old]
        at = bisect_left(members, list_order(sub), key=list_order)
        while members[at] is not sub:  # equal keys cannot happen (IDs differ); be exact anyway
            at += 1
        del members[at]
        if not members:
            del self._by_status[old]
        insort(self._by_status.setdefault(new, []), sub, key=list_order)

    def _count(self, status: str, delta: int) -> None:
        left = self.status_counts.get(status, 0) + delta
        if left:
            self.status_counts[status] = left
        else:
            del self.status_counts[status]

    def _link(self, participant_id: str, sub: Sub) -> None:
        held = self.by_participant.get(participant_id)
        if held is None:
            self.by_participant[participant_id] = sub
        elif isinstance(held, list):
            held.append(sub)
        else:
            self.by_participant[participant_id] = [held, sub]

    def _unlink(self, participant_id: str, sub: Sub) -> None:
        held = self.by_participant.get(participant_id)
        if isinstance(held, list):
            held.remove(sub)
            if len(held) == 1:
                self.by_participant[participant_id] = held[0]
        elif held is sub:
            del self.by_participant[participant_id]

    # -- reads --------------------------------------------------------------------------------

    def count(self, *statuses: str) -> int:
        """How many submissions have one of ``statuses``: O(len(statuses))."""
        return sum(self.status_counts.get(s, 0) for s in statuses)

    def of_participant(self, participant_id: str) -> list[Sub]:
        """The participant's submissions in this study, in the order they were added."""
        held = self.by_participant.get(participant_id)
        if held is None:
            return []
        return list(held) if isinstance(held, list) else [held]

    def has_siblings(self, sub: Sub) -> bool:
        """Whether the participant has another submission in this study."""
        return isinstance(self.by_participant.get(sub.participant_id), list)

    def sorted_view(self, statuses: Iterable[str] | None = None) -> Sequence[Sub]:
        """The submissions in list order, optionally only those with one of ``statuses``.

        The result is shared with the index: read it, never change it, and only until the next
        write. Unfiltered, or for one status, it costs nothing once built (each write keeps it
        in order). Several statuses give a merged view of their lists: a page near the start
        costs its own items, and one further on builds the whole view once, kept until the next
        write, so walking every page scans the study once.
        """
        if self._sorted is None:
            self._sorted = sorted(self.inserted, key=list_order)
        if statuses is None:
            return self._sorted
        wanted = frozenset(statuses)
        lists = self._status_lists()
        if len(wanted) == 1:
            return lists.get(next(iter(wanted)), [])
        return _Merged(self, wanted, [lists[s] for s in sorted(wanted) if s in lists])

    def _whole(self, wanted: frozenset[str]) -> list[Sub]:
        cached = self._filtered
        if cached is not None and cached[0] == wanted and cached[1] == self.version:
            return cached[2]
        view = [s for s in self.sorted_view() if s.status in wanted]
        self._filtered = (wanted, self.version, view)
        return view

    def _status_lists(self) -> dict[str, list[Sub]]:
        if self._by_status is None:
            lists: dict[str, list[Sub]] = {}
            for sub in self.sorted_view():
                lists.setdefault(sub.status, []).append(sub)
            self._by_status = lists
        return self._by_status

    def check(self) -> None:
        """Raise AssertionError when an invariant does not hold (for tests; O(n))."""
        subs = self.inserted
        assert self.sorted_view() == sorted(subs, key=list_order), "list order"
        counts: dict[str, int] = {}
        for sub in subs:
            counts[sub.status] = counts.get(sub.status, 0) + 1
        assert counts == self.status_counts, "status counts"
        owners: dict[str, list[Sub]] = {}
        for sub in subs:
            owners.setdefault(sub.participant_id, []).append(sub)
        assert {p: self.of_participant(p) for p in self.by_participant} == owners, "participants"
        assert all(getattr(s, "_index", None) is self for s in subs), "membership"
        for status in counts:
            expected = [s for s in self.sorted_view() if s.status == status]
            assert self.sorted_view([status]) == expected, f"{status} in list order"
        assert all(self._status_lists().values()), "no empty status list"


#: How far into a several-status view a page is served by merging (each item costs a
#: comparison per status); a page beyond builds the whole view once.
_MERGED_PREFIX = 1_000


class _Merged(Sequence[Sub]):
    """Several statuses' lists read as one list in list order, without copying them."""

    def __init__(
        self, index: StudySubmissions[Sub], wanted: frozenset[str], lists: list[list[Sub]]
    ) -> None:
        self._index = index
        self._wanted = wanted
        self._lists = lists
        self._count = sum(len(members) for members in lists)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Sub]:
        return heapq.merge(*self._lists, key=list_order)

    @overload
    def __getitem__(self, at: int) -> Sub: ...
    @overload
    def __getitem__(self, at: slice) -> list[Sub]: ...
    def __getitem__(self, at: int | slice) -> Sub | list[Sub]:
        if isinstance(at, slice):
            start, stop, step = at.indices(self._count)
            if step == 1 and stop <= _MERGED_PREFIX:
                return list(islice(iter(self), start, max(start, stop)))
        return self._index._whole(self._wanted)[at]
