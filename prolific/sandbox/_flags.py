"""The ``SandboxSettings`` of ``python -m prolific.sandbox``, as command-line flags.

Each flag is named after its setting (``--review-window`` sets ``review_window``) and checked
while the command line is parsed, so a bad value stops the server before it starts, with a
line naming the flag and the values it takes. ``fees`` stays Python-only: a table of rates by
currency and account type has no readable one-flag form.
"""

from __future__ import annotations

import argparse
import functools
import math
import re
from collections.abc import Callable
from typing import Any, get_args

from ._settings import AccountType, DemographicExportShape, SandboxSettings

__all__ = ["add_settings_flags", "settings_from"]

_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_DURATION = re.compile(r"(\d+(?:\.\d+)?)([smhd]?)")
#: Names of ``stop_with_unreviewed`` that need no quoting in a shell.
_STOP_OUTCOMES = {"completed": "COMPLETED", "awaiting-review": "AWAITING REVIEW"}


def duration(text: str) -> float:
    """Sandbox seconds from ``90``, ``90s``, ``10m``, ``2h`` or ``21d``."""
    match = _DURATION.fullmatch(text.strip().lower())
    seconds = float(match.group(1)) * _UNITS[match.group(2) or "s"] if match else math.nan
    if not math.isfinite(seconds):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a duration; give seconds (90) or a number with s, m, h or d (21d)"
        )
    return seconds


def duration_or_never(text: str) -> float | None:
    """Like ``duration``, and ``never`` for a setting that ``None`` turns off."""
    if text.strip().lower() == "never":
        return None
    try:
        return duration(text)
    except argparse.ArgumentTypeError as exc:
        raise argparse.ArgumentTypeError(f"{exc}, or never") from None


def durations(text: str) -> tuple[float, ...]:
    """A comma-separated list of durations, such as ``1m,2m,4m``."""
    return tuple(duration(part) for part in text.split(","))


def hourly_reward(text: str) -> tuple[str, int]:
    """``GBP=600``: a currency and a rate in minor units per hour."""
    currency, _, amount = text.partition("=")
    if not re.fullmatch(r"[A-Za-z]{3}", currency.strip()) or not amount.strip().isdigit():
        raise argparse.ArgumentTypeError(
            f"{text!r} is not CURRENCY=MINOR_UNITS; give e.g. GBP=600 (6.00 an hour)"
        )
    return currency.strip().upper(), int(amount)


def stop_outcome(text: str) -> str:
    key = text.strip().lower().replace("_", "-").replace(" ", "-")
    if key not in _STOP_OUTCOMES:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an outcome; choose {' or '.join(_STOP_OUTCOMES)}"
        )
    return _STOP_OUTCOMES[key]


def _choice(name: str, choices: tuple[str, ...]) -> Callable[[str], str]:
    def check(text: str) -> str:
        if text not in choices:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a {name}; choose one of {', '.join(choices)}"
            )
        return text

    return check


def _status(text: str) -> int:
    if text.strip() not in ("200", "204"):
        raise argparse.ArgumentTypeError(f"{text!r} is not 200 or 204")
    return int(text)


def add_settings_flags(parser: argparse.ArgumentParser) -> None:
    """One flag per scalar ``SandboxSettings`` field; each defaults to leaving it alone."""
    group = parser.add_argument_group(
        "rules (SandboxSettings; durations in sandbox seconds, or with s, m, h or d)"
    )
    # Left out, a flag leaves no attribute: that tells "never" (None) apart from "not given".
    add = functools.partial(group.add_argument, default=argparse.SUPPRESS)
    add(
        "--publish-delay",
        type=duration,
        metavar="DURATION",
        help="time a study spends PUBLISHING (default: 2-10 s drawn from the seed; 0: none)",
    )
    add(
        "--review-window",
        type=duration_or_never,
        metavar="DURATION|never",
        help="time after which an unreviewed submission is approved for you (default 21d)",
    )
    add(
        "--reserved-hold",
        type=duration_or_never,
        metavar="DURATION|never",
        help="time a reserved place waits for its participant to start (default 10m)",
    )
    add(
        "--return-request-delay",
        type=duration_or_never,
        metavar="DURATION|never",
        help="time a participant takes to honour a return request (default 5m)",
    )
    add(
        "--bonus-payment-delay",
        type=duration,
        metavar="DURATION",
        help="time between paying a bonus batch and the money moving (default 0)",
    )
    add(
        "--bulk-approve-delay",
        type=duration,
        metavar="DURATION",
        help="time between a bulk approval and the approvals (default 0)",
    )
    add(
        "--webhook-retry-delays",
        type=durations,
        metavar="D1,D2,...",
        help="longest wait before each webhook retry (default: 1m doubling, 11 over a day)",
    )
    add(
        "--webhook-retry-jitter",
        action=argparse.BooleanOptionalAction,
        help="draw each retry wait at random below its delay (default) or wait it exactly",
    )
    add(
        "--minimum-hourly-reward",
        type=hourly_reward,
        action="append",
        metavar="CURRENCY=MINOR_UNITS",
        help="least a study may pay per hour, e.g. GBP=600 (repeatable; default GBP=600 USD=800)",
    )
    add(
        "--account-type",
        type=_choice("account type", get_args(AccountType)),
        metavar="academic|corporate",
        help="the pricing tier whose fee is charged (default academic)",
    )
    add(
        "--stop-with-unreviewed",
        type=stop_outcome,
        metavar="completed|awaiting-review",
        help="what STOP makes of a study with unreviewed submissions (default completed)",
    )
    add(
        "--delete-study-status",
        type=_status,
        metavar="200|204",
        help="the status DELETE of a draft answers (default 200)",
    )
    add(
        "--submissions-require-study",
        action=argparse.BooleanOptionalAction,
        help="refuse a submission list without study (default) or answer with the whole account",
    )
    shapes = get_args(DemographicExportShape)
    add(
        "--demographic-export-shape",
        type=_choice("demographic export shape", shapes),
        metavar="|".join(shapes),
        help="how a demographic export answers (default csv)",
    )


def settings_from(args: argparse.Namespace, **fixed: Any) -> SandboxSettings:
    """The settings the parsed flags ask for, on top of ``fixed`` (such as ``autopilot``)."""
    names = (
        "publish_delay",
        "review_window",
        "reserved_hold",
        "return_request_delay",
        "bonus_payment_delay",
        "bulk_approve_delay",
        "webhook_retry_delays",
        "webhook_retry_jitter",
        "account_type",
        "stop_with_unreviewed",
        "delete_study_status",
        "submissions_require_study",
        "demographic_export_shape",
    )
    changes = dict(fixed)
    for name in names:
        if hasattr(args, name):
            changes[name] = getattr(args, name)
    if hasattr(args, "minimum_hourly_reward"):
        changes["minimum_hourly_reward"] = {
            **SandboxSettings().minimum_hourly_reward,
            **dict(args.minimum_hourly_reward),
        }
    return SandboxSettings(**changes)
