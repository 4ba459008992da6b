"""Exit codes, and the one line a failed command prints for each kind of failure.

Scripts branch on the exit code, so every failure maps to exactly one of five codes here and
nowhere else. The line printed never holds the token: the SDK's errors leave it out, and the
token given to this process is masked again before anything is written.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable

from .._ledger import redact_dsn
from ..errors import (
    AuthenticationError,
    BonusPaymentError,
    InsufficientBalanceError,
    InvalidRequestError,
    MissingTokenError,
    PaymentInDoubtError,
    ProlificError,
    StudyPublishError,
)

__all__ = [
    "EXIT_API",
    "EXIT_AUTH",
    "EXIT_CODES_HELP",
    "EXIT_IN_DOUBT",
    "EXIT_OK",
    "EXIT_USAGE",
    "exit_code_for",
    "message_for",
    "redact",
]

EXIT_OK = 0
#: Prolific answered with an error, the network failed, or a workflow stopped.
EXIT_API = 1
#: Bad usage, or input refused before anything was sent.
EXIT_USAGE = 2
#: A bonus payment whose outcome is unknown for some recipients.
EXIT_IN_DOUBT = 3
#: No token, or Prolific refused the token.
EXIT_AUTH = 4

EXIT_CODES_HELP = """\b
Exit codes:
  0  success
  1  Prolific answered with an error, or the network failed
  2  bad usage, or input refused before sending (a malformed ID, an unknown field)
  3  a bonus payment in doubt (the message names the recipients and the release command)
  4  no token, or the token was refused (set PROLIFIC_TOKEN)"""

_TOKEN_HELP = (
    "set it with `export PROLIFIC_TOKEN=...` (create one at "
    "https://app.prolific.com/researcher/tokens/), pass --token, or put it alone in "
    "~/.config/prolific/credentials readable only by you (chmod 600)"
)


def exit_code_for(exc: BaseException) -> int:
    """The exit code of a command that failed with `exc`."""
    if isinstance(exc, PaymentInDoubtError):
        return EXIT_IN_DOUBT
    if isinstance(exc, MissingTokenError | AuthenticationError):
        return EXIT_AUTH
    if isinstance(exc, InvalidRequestError):
        return EXIT_USAGE
    return EXIT_API


def message_for(exc: BaseException, *, ledger: str | None = None) -> str:
    """One line saying what went wrong and what to do next."""
    if isinstance(exc, PaymentInDoubtError):
        return _in_doubt(exc, ledger)
    if isinstance(exc, MissingTokenError) and type(exc) is MissingTokenError:
        return f"No Prolific API token found: {_TOKEN_HELP}."
    if isinstance(exc, AuthenticationError):
        return f"Prolific refused the token ({_one_line(str(exc))}); {_TOKEN_HELP}."
    # The SDK's advice names Python calls; say what to type in the shell as well.
    if isinstance(exc, InsufficientBalanceError | StudyPublishError):
        return f"{_one_line(str(exc))} From the shell: prolific studies publish {exc.study_id}"
    if isinstance(exc, BonusPaymentError):
        return (
            f"{_one_line(str(exc))} From the shell: run the same prolific bonuses pay command "
            "again with the same --key."
        )
    if isinstance(exc, ProlificError):
        return _one_line(str(exc))
    return f"{type(exc).__name__}: {_one_line(str(exc))}"


def _in_doubt(exc: PaymentInDoubtError, ledger: str | None) -> str:
    release = ["prolific", "bonuses", "release", "--key", exc.key]
    if ledger:
        # A DSN's password stays out of the advice; whoever runs it knows it.
        release += ["--ledger", redact_dsn(ledger)]
    batch = f" (batch {exc.batch_id})" if exc.batch_id else ""
    return (
        f"Bonus payment {exc.key!r}{batch} may or may not have reached: "
        f"{', '.join(exc.recipients)}. Run the same command again later to re-check (nobody is "
        f"paid twice). If Prolific's dashboard shows them unpaid, run "
        f"`{shlex.join(release)}` and then pay again."
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """`text` with every non-trivial secret replaced, as a last guard before printing."""
    for secret in secrets:
        if secret and len(secret) >= 8:
            text = text.replace(secret, "[redacted]")
    return text
