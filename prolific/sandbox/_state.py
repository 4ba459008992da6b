"""The sandbox's records and the store that holds them (the "models" layer).

Records are plain mutable dataclasses; handlers read and change them and serialise them to
Prolific's wire shapes. :class:`SandboxState` owns every record, the money :class:`Ledger`, the
seeded ID generator and the queue of things due at a later (sandbox) time.
"""

from __future__ import annotations

import heapq
import itertools
import random
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from ._clock import SandboxClock
from ._index import IndexedRecord, StudySubmissions
from ._research_state import ResearchState
from ._settings import SandboxSettings as SandboxSettings
from ._task_builder_state import TaskBuilderStore

#: Statuses are plain strings on the wire; these tuples are the sets the rules use.
STUDY_STATUSES = (
    "UNPUBLISHED",
    "PUBLISHING",
    "SCHEDULED",
    "ACTIVE",
    "PAUSED",
    "AWAITING REVIEW",
    "COMPLETED",
)
SUBMISSION_STATUSES = (
    "RESERVED",
    "ACTIVE",
    "AWAITING REVIEW",
    "APPROVED",
    "REJECTED",
    "RETURNED",
    "TIMED-OUT",
    "SCREENED OUT",
    "PARTIALLY APPROVED",
)
#: Still with the participant: not yet submitted.
IN_PROGRESS = ("RESERVED", "ACTIVE")
#: Never changes again.
FINAL = ("APPROVED", "REJECTED", "RETURNED", "TIMED-OUT", "SCREENED OUT", "PARTIALLY APPROVED")
#: Do not hold a place in the study: the place is free for another participant (Prolific's
#: submission object page says so of RETURNED and REJECTED; a screened-out submission keeps it).
PLACE_FREED = ("RETURNED", "TIMED-OUT", "REJECTED")

#: A webhook receiver in the test process: gets (headers, raw body), returns a status (None: 200).
HookTarget = Callable[[dict[str, str], bytes], "int | None"]

LedgerKind = Literal["study_debit", "study_refund", "bonus", "screen_out_bonus", "top_up"]


def iso(moment: datetime) -> str:
    """Prolific's timestamp format: ``2026-01-05T09:00:00.000000Z``."""
    return f"{moment:%Y-%m-%dT%H:%M:%S.%f}Z"


@dataclass
class User:
    id: str
    email: str
    name: str


@dataclass
class Workspace:
    id: str
    title: str
    owner: str
    wallet: str
    currency_code: str = "GBP"
    description: str = ""
    naivety_distribution_rate: float | None = None


@dataclass
class Project:
    id: str
    title: str
    workspace_id: str
    owner: str
    description: str = ""
    naivety_distribution_rate: float | None = None


@dataclass
class Study:
    id: str
    name: str
    description: str
    external_study_url: str | None
    prolific_id_option: str
    completion_codes: list[dict[str, Any]]
    estimated_completion_time: int
    maximum_allowed_time: int
    reward: int
    total_available_places: int
    project_id: str
    workspace_id: str
    owner: str
    date_created: datetime
    internal_name: str | None = None
    status: str = "UNPUBLISHED"
    is_custom_screening: bool = False
    device_compatibility: list[str] = field(default_factory=list)
    peripheral_requirements: list[str] = field(default_factory=list)
    filters: list[dict[str, Any]] = field(default_factory=list)
    filter_set_id: str | None = None
    filter_set_version: int | None = None
    #: Other accepted study fields, stored as sent (metadata, access_details, labels, ...).
    extra: dict[str, Any] = field(default_factory=dict)
    published_at: datetime | None = None
    #: Set by STOP; cleared when places are added.
    stopped: bool = False
    #: Places whose cost is currently held (debited and not refunded).
    funded_places: int = 0


@dataclass(slots=True, eq=True)
class Submission(IndexedRecord):
    """One submission. Slotted (a big study holds 100,000 of them); changing its ``status``,
    ``participant_id`` or ``started_at`` updates its study's index (see ``_index``)."""

    id: str
    study_id: str
    participant_id: str
    started_at: datetime
    status: str = "RESERVED"
    completed_at: datetime | None = None
    entered_code: str | None = None
    return_requested: datetime | None = None
    #: Bonuses paid to this submission, in minor units, in payment order.
    bonus_payments: list[int] = field(default_factory=list)
    #: Status changes as (time, status), oldest first.
    history: list[tuple[datetime, str]] = field(default_factory=list)


@dataclass(frozen=True)
class BonusLine:
    recipient: str
    submission_id: str
    participant_id: str
    amount: int
    fees: int
    vat: int


@dataclass
class BonusBatch:
    id: str
    study_id: str
    workspace_id: str
    lines: list[BonusLine]
    created_at: datetime
    #: How many times the pay call was accepted (more than one means paid more than once).
    pay_requests: int = 0

    @property
    def amount(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def fees(self) -> int:
        return sum(line.fees for line in self.lines)

    @property
    def vat(self) -> int:
        return sum(line.vat for line in self.lines)

    @property
    def total_amount(self) -> int:
        return self.amount + self.fees + self.vat


@dataclass
class ParticipantGroup:
    id: str
    name: str
    workspace_id: str
    description: str | None = None
    #: participant id -> time added
    members: dict[str, datetime] = field(default_factory=dict)
    is_deleted: bool = False


@dataclass
class Message:
    id: str
    sender_id: str
    recipient_id: str
    body: str
    sent_at: datetime
    channel_id: str
    study_id: str | None = None
    read: bool = False
    #: Why the sandbox recorded it: "api", "screen_out", "return_request", "rejection", ...
    reason: str = "api"


@dataclass
class FilterSet:
    id: str
    name: str
    workspace_id: str | None
    filters: list[dict[str, Any]]
    organisation_id: str | None = None
    version: int = 1
    is_locked: bool = False
    is_deleted: bool = False


@dataclass
class HookSecret:
    id: str
    value: str
    workspace_id: str


@dataclass
class Subscription:
    id: str
    workspace_id: str
    event_type: str
    target_url: str
    #: The ``X-Hook-Secret`` value that must be echoed back to confirm.
    confirmation_secret: str
    is_enabled: bool = False
    confirmed: bool = False


@dataclass
class HookEvent:
    """One event for one subscription; redeliveries reuse it (and its ``id``)."""

    id: str
    subscription_id: str
    event_type: str
    resource_id: str
    target_url: str
    payload: dict[str, Any]
    created: datetime
    updated: datetime
    status: str = "PENDING"
    attempts: int = 0


@dataclass(frozen=True)
class Delivery:
    """One HTTP delivery attempt of a hook event (what the receiver saw)."""

    event_id: str
    subscription_id: str
    target_url: str
    headers: dict[str, str]
    body: bytes
    at: datetime
    status_code: int | None
    error: str | None = None


@dataclass(frozen=True)
class Invitation:
    association: str
    email: str
    role: str
    invited_by: str
    invite_link: str


@dataclass(frozen=True)
class LedgerEntry:
    """One movement of money. ``amount``/``fees``/``vat`` are minor units, never negative;
    the ``kind`` says which way the money went (see :attr:`effect`)."""

    kind: LedgerKind
    workspace_id: str
    amount: int
    at: datetime
    fees: int = 0
    vat: int = 0
    study_id: str | None = None
    submission_id: str | None = None
    participant_id: str | None = None
    batch_id: str | None = None
    note: str = ""

    @property
    def total(self) -> int:
        return self.amount + self.fees + self.vat

    @property
    def effect(self) -> int:
        """Signed change to the workspace balance."""
        return self.total if self.kind in ("top_up", "study_refund") else -self.total


class Ledger:
    """Every debit, refund, top-up and bonus, in order. Balances are derived from it."""

    def __init__(self) -> None:
        self.entries: list[LedgerEntry] = []

    def __iter__(self) -> Iterator[LedgerEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, entry: LedgerEntry) -> LedgerEntry:
        self.entries.append(entry)
        return entry

    def balance(self, workspace_id: str) -> int:
        """The workspace's available balance in minor units."""
        return sum(e.effect for e in self.entries if e.workspace_id == workspace_id)

    def of_kind(self, *kinds: LedgerKind) -> list[LedgerEntry]:
        return [e for e in self.entries if e.kind in kinds]

    def for_study(self, study_id: str) -> list[LedgerEntry]:
        return [e for e in self.entries if e.study_id == study_id]

    def bonuses_for(self, participant_or_submission_id: str) -> list[LedgerEntry]:
        """Bonus and screen-out payments made to a participant or a submission."""
        ident = participant_or_submission_id
        return [
            e
            for e in self.entries
            if e.kind in ("bonus", "screen_out_bonus")
            and ident in (e.participant_id, e.submission_id)
        ]

    def bonus_total(self, participant_or_submission_id: str) -> int:
        """Sum of the bonus amounts (without fees) paid to that participant or submission."""
        return sum(e.amount for e in self.bonuses_for(participant_or_submission_id))


@dataclass(order=True)
class _Job:
    due: float
    seq: int
    action: Callable[[], None] = field(compare=False)


class SandboxState:
    """Everything the sandbox remembers. ``reset()`` returns to the seeded starting state."""

    def __init__(
        self,
        clock: SandboxClock,
        *,
        seed: int = 0,
        balance: int = 100_000,
        currency: str = "GBP",
        settings: SandboxSettings | None = None,
    ) -> None:
        self.clock = clock
        self.seed = seed
        self.initial_balance = balance
        self.currency = currency
        self.settings = settings or SandboxSettings()
        #: Called when a study becomes ACTIVE with ``settings.autopilot`` on; set by the
        #: participant side (``_participants``), which sits above the lifecycle rules.
        self.on_study_active: Callable[[Study], None] | None = None
        self.reset()

    # -- lifecycle --------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget everything and recreate the starting user, workspace and project."""
        self._ids = random.Random(f"prolific-sandbox-ids-{self.seed}")
        self._jobs: list[_Job] = []
        self._seq = itertools.count()
        self._running_jobs = False
        self.users: dict[str, User] = {}
        self.workspaces: dict[str, Workspace] = {}
        self.projects: dict[str, Project] = {}
        self.studies: dict[str, Study] = {}
        self.submissions: dict[str, Submission] = {}
        #: study id -> its submissions' index (see ``_index``); every submission is in one.
        self._by_study: dict[str, StudySubmissions[Submission]] = {}
        self.bonus_batches: dict[str, BonusBatch] = {}
        self.groups: dict[str, ParticipantGroup] = {}
        self.messages: list[Message] = []
        self.filter_sets: dict[str, FilterSet] = {}
        self.secrets: dict[str, HookSecret] = {}  # workspace id -> secret
        self.subscriptions: dict[str, Subscription] = {}
        self.hook_events: dict[str, HookEvent] = {}
        self.deliveries: list[Delivery] = []
        #: target URL -> Python callable receiving (headers, raw body), see ``Sandbox.hooks``.
        self.hook_targets: dict[str, HookTarget] = {}
        self.invitations: list[Invitation] = []
        self.ledger = Ledger()
        self.warnings: list[str] = []
        #: Tracebacks of unexpected failures (handlers answered 500, or a scheduled job failed).
        self.errors: list[str] = []
        #: Events waiting to be delivered once the current operation has finished.
        self.outbox: list[HookEvent] = []
        #: Participants known to the sandbox (every simulated participant and group member).
        self.participants: set[str] = set()
        #: Credential pools, test participants, exports and other 2026 research features.
        self.research = ResearchState()
        #: Review-window deadlines (epoch seconds) -> (submission id, when it was submitted).
        self.review_due: dict[float, list[tuple[str, datetime | None]]] = {}
        #: Seeded draws for timings (the PUBLISHING phase, webhook jitter); apart from the IDs'
        #: generator so that changing a timing setting never changes an ID.
        self.timing = random.Random(f"prolific-sandbox-timing-{self.seed}")
        #: AI Task Builder and survey records (see ``_task_builder_state``).
        self.task_builder = TaskBuilderStore()

        self.user = User(self.new_id(), "researcher@sandbox.prolific.test", "Sandbox Researcher")
        self.users[self.user.id] = self.user
        workspace = self.add_workspace("My workspace", currency_code=self.currency)
        self.default_workspace_id = workspace.id
        project = self.add_project(workspace.id, "Project")
        self.default_project_id = project.id
        if self.initial_balance:
            self.top_up(workspace.id, self.initial_balance, note="starting balance")

    # -- identifiers and time ---------------------------------------------------------------

    def new_id(self) -> str:
        """A fresh 24-character lowercase hex ID from the seeded generator."""
        return f"{self._ids.getrandbits(96):024x}"

    def new_token(self, nbytes: int = 24) -> str:
        """A random-looking secret derived from the seed (hex)."""
        return f"{self._ids.getrandbits(nbytes * 8):0{nbytes * 2}x}"

    def now(self) -> datetime:
        return self.clock.utcnow()

    # -- scheduling -------------------------------------------------------------------------

    def schedule(self, delay: float, action: Callable[[], None]) -> None:
        """Run ``action`` once the clock has moved ``delay`` seconds past now."""
        heapq.heappush(
            self._jobs, _Job(self.clock.now() + max(0.0, delay), next(self._seq), action)
        )

    def run_due(self) -> int:
        """Run every job whose time has come, oldest first; returns how many ran."""
        if self._running_jobs:
            return 0
        self._running_jobs = True
        ran = 0
        try:
            while self._jobs and self._jobs[0].due <= self.clock.now():
                job = heapq.heappop(self._jobs)
                try:
                    job.action()
                except Exception:  # one broken job must not wedge the queue
                    self.errors.append(traceback.format_exc())
                ran += 1
        finally:
            self._running_jobs = False
        return ran

    def pending_jobs(self) -> int:
        return len(self._jobs)

    def next_due_at(self) -> float | None:
        """When the next job is due (epoch seconds, sandbox time), or None."""
        return self._jobs[0].due if self._jobs else None

    def next_due(self) -> float | None:
        """Seconds from now until the next scheduled job, or None when nothing is scheduled."""
        if not self._jobs:
            return None
        return max(0.0, self._jobs[0].due - self.clock.now())

    # -- creation helpers used by handlers and the seed -------------------------------------

    def add_workspace(
        self, title: str, *, currency_code: str = "GBP", description: str = ""
    ) -> Workspace:
        workspace = Workspace(
            id=self.new_id(),
            title=title,
            owner=self.user.id,
            wallet=self.new_id(),
            currency_code=currency_code,
            description=description,
        )
        self.workspaces[workspace.id] = workspace
        return workspace

    def add_project(self, workspace_id: str, title: str, *, description: str = "") -> Project:
        project = Project(
            id=self.new_id(),
            title=title,
            workspace_id=workspace_id,
            owner=self.user.id,
            description=description,
        )
        self.projects[project.id] = project
        return project

    def top_up(self, workspace_id: str, amount: int, *, note: str = "top up") -> LedgerEntry:
        return self.ledger.add(LedgerEntry("top_up", workspace_id, amount, self.now(), note=note))

    def balance(self, workspace_id: str) -> int:
        return self.ledger.balance(workspace_id)

    def currency_of(self, workspace_id: str) -> str:
        workspace = self.workspaces.get(workspace_id)
        return workspace.currency_code if workspace else self.currency

    def add_submission(self, submission: Submission) -> None:
        if submission.id in self.submissions:
            raise ValueError(f"submission {submission.id} already exists")
        self.submissions[submission.id] = submission
        index = self._by_study.get(submission.study_id)
        if index is None:
            index = self._by_study[submission.study_id] = StudySubmissions[Submission]()
        index.add(submission)

    def study_index(self, study_id: str) -> StudySubmissions[Submission]:
        """The study's submission index (an empty one for a study without submissions).

        Read it; only :meth:`add_submission` and assignments to a submission change it.
        """
        return self._by_study.get(study_id) or _EMPTY_INDEX

    def submissions_of(self, study_id: str) -> list[Submission]:
        """The study's submissions in the order they were added (a copy: O(n); handlers
        read :meth:`study_index` instead)."""
        return list(self.study_index(study_id).inserted)

    def submission_count(self, study_id: str) -> int:
        return len(self.study_index(study_id))

    def places_taken(self, study: Study) -> int:
        """Submissions holding a place (not returned, not timed out): O(1)."""
        index = self.study_index(study.id)
        return len(index) - index.count(*PLACE_FREED)

    def warn(self, message: str) -> None:
        self.warnings.append(message)


#: Shared by every study without submissions; never written to (add_submission makes one).
_EMPTY_INDEX: StudySubmissions[Submission] = StudySubmissions()
