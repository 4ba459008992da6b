"""Results of the SDK's workflows (the raw calls return ``prolific_api`` models).

Money here follows the API: amounts named ``*_minor`` are minor units (pence or cents of the
workspace currency) as ``Decimal`` (Prolific's fee figures may carry fractions of a penny);
amounts a caller gives as bonuses are ``Decimal`` major units.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from prolific_api.models.subscription import Subscription

from .errors import _major

__all__ = [
    "ApprovalReport",
    "BonusReport",
    "CreatedSubscription",
    "CredentialUse",
    "DemographicExport",
    "ScreenOutReport",
    "StudySummary",
    "Subscribed",
]


@dataclass(frozen=True)
class BonusReport:
    """What ``bonuses.pay`` did under one key.

    ``resumed`` is true when this call finished a payment an earlier call started; with
    ``already_paid`` true as well, nothing was sent this time because the ledger shows the
    payment complete.
    """

    key: str
    study_id: str
    batch_id: str
    amounts: Mapping[str, Decimal]
    amount_minor: Decimal
    fees_minor: Decimal
    vat_minor: Decimal
    total_minor: Decimal
    resumed: bool = False
    already_paid: bool = False
    #: Every batch of the payment (one per 200 recipients); ``batch_id`` is the first.
    batch_ids: tuple[str, ...] = ()

    def __str__(self) -> str:
        state = "already paid" if self.already_paid else "paid"
        return (
            f"bonus {self.key!r}: {state} {len(self.amounts)} recipient(s) in batch "
            f"{self.batch_id}; amount {self.amount_minor} + fees {self.fees_minor} + VAT "
            f"{self.vat_minor} = {self.total_minor} (minor units)"
        )


@dataclass(frozen=True)
class ScreenOutReport:
    """What ``studies.screen_out`` did: submissions screened out (each paid
    ``bonus_per_submission``, major units) and those skipped because they already were."""

    key: str
    study_id: str
    screened_out: list[str]
    skipped: list[str]
    bonus_per_submission: Decimal
    resumed: bool = False

    def __str__(self) -> str:
        return (
            f"screen-out {self.key!r}: {len(self.screened_out)} screened out at "
            f"{self.bonus_per_submission} each, {len(self.skipped)} already screened out"
        )


@dataclass(frozen=True)
class ApprovalReport:
    """What ``submissions.approve_many`` did: IDs approved (accepted by Prolific), skipped
    (already approved, or repeated in the input) and failed (with the error text of their
    chunk)."""

    approved: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed

    def __str__(self) -> str:
        return (
            f"{len(self.approved)} approved, {len(self.skipped)} skipped, {len(self.failed)} failed"
        )


@dataclass(frozen=True)
class StudySummary:
    """A snapshot of a running study that a researcher can print.

    ``hourly_reward_minor`` is the reward per hour at the median completion time of the
    submissions finished so far (``None`` before any is finished).
    """

    study_id: str
    name: str
    status: str
    reward_minor: int
    places_total: int
    places_taken: int
    submissions_by_status: Mapping[str, int]
    cost_so_far_minor: Decimal
    bonuses_paid_minor: Decimal
    currency: str | None
    median_completion_seconds: float | None
    hourly_reward_minor: Decimal | None

    @property
    def places_left(self) -> int:
        return max(0, self.places_total - self.places_taken)

    def __str__(self) -> str:
        unit = f" {self.currency}" if self.currency else ""
        by_status = ", ".join(f"{k} {v}" for k, v in sorted(self.submissions_by_status.items()))
        lines = [
            f"{self.name} ({self.study_id}): {self.status}",
            f"  places: {self.places_taken} of {self.places_total} taken, {self.places_left} left",
            f"  submissions: {by_status or 'none yet'}",
            f"  cost so far: {_major(self.cost_so_far_minor)}{unit}; bonuses paid: "
            f"{_major(self.bonuses_paid_minor)}{unit}",
        ]
        if self.median_completion_seconds is not None and self.hourly_reward_minor is not None:
            minutes = self.median_completion_seconds / 60
            lines.append(
                f"  median time {minutes:.1f} min: {_major(self.hourly_reward_minor)}{unit}/hour "
                f"for a reward of {_major(Decimal(self.reward_minor))}{unit}"
            )
        return "\n".join(lines)


@dataclass(frozen=True)
class CreatedSubscription:
    """A new, not yet confirmed subscription and the confirmation secret Prolific sent in the
    ``X-Hook-Secret`` header (kept out of ``repr``)."""

    subscription: Subscription
    hook_secret: str = field(repr=False)


@dataclass(frozen=True)
class Subscribed:
    """A confirmed webhook subscription and the workspace secret its deliveries are signed
    with (pass it to ``prolific.webhooks.verify``; it is kept out of ``repr``)."""

    subscription: Subscription
    secret: str = field(repr=False)


@dataclass(frozen=True)
class DemographicExport:
    """What ``studies.export_demographics`` got: the CSV as Prolific sent it, and its rows as
    dictionaries keyed by the header (all values are strings, as in the CSV)."""

    study_id: str
    csv: str
    rows: list[dict[str, str]]
    filters: list[dict[str, object]] = field(default_factory=list)


@dataclass(frozen=True)
class CredentialUse:
    """One line of a study's credential usage report. Passwords are never part of it."""

    username: str
    used: bool
    participant_id: str | None = None
    submission_id: str | None = None
