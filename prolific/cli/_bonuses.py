"""``prolific bonuses``: pay bonuses from a CSV, exactly once per key."""

from __future__ import annotations

import csv
import io
from decimal import Decimal, InvalidOperation

import click

from ._bodyfile import input_name, read_input
from ._progress import spinner
from ._settings import InputError
from ._state import CliState, output_options, pass_state

__all__ = ["bonuses", "read_amounts"]


def read_amounts(text: str, name: str = "the CSV") -> dict[str, Decimal]:
    """``id,amount`` lines (amounts in major units: 1.50 is one pound fifty) as a mapping.

    Blank lines and ``#`` comments are skipped, and so is a first line whose amount is not a
    number (a header). A recipient listed twice is refused rather than summed or overwritten.
    """
    amounts: dict[str, Decimal] = {}
    rows = csv.reader(io.StringIO(text))
    for number, row in enumerate(rows, start=1):
        cells = [c.strip() for c in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if len(cells) != 2:
            raise InputError(f"{name} line {number}: expected 'id,amount', got {','.join(row)!r}")
        recipient, text_amount = cells
        try:
            amount = Decimal(text_amount)
        except InvalidOperation:
            if not amounts and number == 1:
                continue  # a header such as "participant_id,amount"
            raise InputError(
                f"{name} line {number}: {text_amount!r} is not an amount in major units "
                "(such as 1.50)"
            ) from None
        if recipient in amounts:
            raise InputError(f"{name} line {number}: {recipient} is listed twice")
        amounts[recipient] = amount
    if not amounts:
        raise InputError(f"{name} names no recipients (expected lines of 'id,amount')")
    return amounts


def _read_csv(path: str) -> dict[str, Decimal]:
    # utf-8-sig: a CSV saved by a spreadsheet may start with a byte-order mark.
    return read_amounts(read_input(path, encoding="utf-8-sig"), input_name(path))


@click.group()
def bonuses() -> None:
    """Bonuses: pay a CSV of amounts exactly once, whatever fails in between."""


LEDGER_HELP = (
    "The ledger that makes paying exactly-once: a file path or a postgresql:// DSN "
    "(default: $PROLIFIC_LEDGER, else a file in ~/.local/share/prolific)."
)


@bonuses.command("pay")
@click.option("--study", "study_id", required=True, metavar="STUDY_ID", help="The study.")
@click.option(
    "--csv",
    "csv_path",
    required=True,
    metavar="FILE",
    help="Lines of 'id,amount': participant or submission IDs, amounts in major units "
    "(1.50); - reads standard input.",
)
@click.option(
    "--key",
    required=True,
    help="Names this payment: running again with the same key never pays anyone twice.",
)
@click.option(
    "--dry-run",
    is_flag=True,
    help="Price the batch on Prolific and print its cost; pay nothing.",
)
@click.option("--ledger", metavar="PATH_OR_DSN", help=LEDGER_HELP)
@click.option(
    "--settle-timeout",
    type=click.FloatRange(min=0),
    default=120,
    show_default=True,
    metavar="SECONDS",
    help="How long to look for a payment whose answer was lost before calling it in doubt.",
)
@output_options
@pass_state
def pay(
    state: CliState,
    study_id: str,
    csv_path: str,
    key: str,
    dry_run: bool,
    ledger: str | None,
    settle_timeout: float,
) -> None:
    """Pay the bonuses in a CSV, exactly once under KEY.

    Every step is written to the ledger before it is taken, so after a crash, a timeout or a
    lost answer the same command finishes the payment and pays nobody twice. If the outcome
    of the pay call cannot be confirmed, the command exits with 3 and names the recipients.

    --dry-run creates the bonus batch on Prolific to get its exact cost (amount, fees, VAT)
    and checks the recipients, but never pays it and leaves the ledger untouched: an unpaid
    batch costs nothing, and the real run creates its own batch.
    """
    amounts = _read_csv(csv_path)
    state.ledger = ledger
    client = state.client()
    if dry_run:
        batch = client.bonuses.create_batch(study_id, amounts)
        state.emit(
            {
                "dry_run": True,
                "paid": False,
                "key": key,
                "study_id": study_id,
                "recipients": len(amounts),
                "batch_id": batch.id,
                "amount_minor": batch.amount,
                "fees_minor": batch.fees,
                "vat_minor": batch.vat,
                "total_minor": batch.total_amount,
            }
        )
        click.echo("Dry run: nothing was paid.", err=True)
        return
    with spinner(f"Paying {len(amounts)} bonus(es) under key {key!r}"):
        report = client.bonuses.pay(
            study_id, amounts, key=key, ledger=ledger, settle_timeout=settle_timeout
        )
    state.emit(report)


@bonuses.command("release")
@click.option("--key", required=True, help="The in-doubt payment's key.")
@click.option("--ledger", metavar="PATH_OR_DSN", help=LEDGER_HELP)
@click.option(
    "--scope",
    help="Only if the key was used with several accounts or base URLs: the one to release, "
    "as the error listed it.",
)
@output_options
@pass_state
def release(state: CliState, key: str, ledger: str | None, scope: str | None) -> None:
    """Declare an in-doubt payment unpaid, after checking Prolific's dashboard.

    Only when the dashboard shows the recipients were NOT paid: the next `bonuses pay` with
    this key then pays them.
    """
    from .. import BonusLedger

    state.ledger = ledger
    book = BonusLedger(ledger)
    try:
        book.release(key, scope)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    finally:
        book.close()
    state.emit({"key": key, "released": True})
