"""A paying process for the race test: reads one payment per line on stdin, pays it with the
real SDK against the sandbox's HTTP server at the moment the line names, and prints the outcome.

Usage: python race_worker.py BASE_URL TOKEN LEDGER
"""

from __future__ import annotations

import json
import sys
import time
from decimal import Decimal

from prolific import Prolific
from prolific.errors import LedgerBusyError, PaymentInDoubtError, ProlificError


def main() -> None:
    base_url, token, ledger = sys.argv[1:4]
    client = Prolific(token=token, base_url=base_url, max_retries=0, timeout=10)
    print("ready", flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        time.sleep(max(0.0, job["start"] - time.time()))
        amounts = {k: Decimal(v) for k, v in job["amounts"].items()}
        try:
            report = client.bonuses.pay(
                job["study"], amounts, key=job["key"], ledger=ledger, settle_timeout=0.3, wait=60
            )
            outcome = "already" if report.already_paid else "paid"
        except PaymentInDoubtError:
            outcome = "doubt"
        except LedgerBusyError:
            outcome = "busy"
        except ProlificError as exc:  # a create that failed: the key resumes on the next call
            outcome = f"error {type(exc).__name__}"
        print(json.dumps({"key": job["key"], "outcome": outcome}), flush=True)
    client.close()


if __name__ == "__main__":
    main()
