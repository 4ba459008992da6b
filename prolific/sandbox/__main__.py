"""``python -m prolific.sandbox``: an offline Prolific on loopback for any HTTP client.

Prints the URL and token to export, then serves until interrupted. Besides Prolific's API, the
server answers the sandbox-only ``/_sandbox/`` endpoints (advance the clock, make participants
join, top up, inject faults, read the ledger) so clients in any language can drive a whole study
lifecycle; from Python, ``prolific.sandbox.RemoteSandbox(url, token)`` drives them.
"""

from __future__ import annotations

import argparse
import secrets
import sys
import threading
from collections.abc import Sequence

from .._config import is_loopback_host
from ._core import Sandbox
from ._flags import add_settings_flags, settings_from
from ._server import serve

#: The control endpoints, for ``--help``; docs/sandbox.md has every field.
CONTROL_HELP = """sandbox-only endpoints (same token; unknown body fields answer 400):
  GET    /_sandbox/                            now, user_id, workspace_id, project_id
  POST   /_sandbox/clock/advance/              {"seconds": 90}
  POST   /_sandbox/participants/join/          {"study_id": ..., "n": 2, "complete_after": 60,
                                                "start_after": 0, "outcome": "submit", "code": ...}
  POST   /_sandbox/submissions/{id}/submit/    {"code": ...}
  POST   /_sandbox/workspaces/{id}/top-up/     {"amount": 5000}  (minor units)
  GET    /_sandbox/ledger/                     every money movement
  POST   /_sandbox/faults/                     {"pattern": "create_study", "kind": "5xx"}
  GET    /_sandbox/faults/   DELETE /_sandbox/faults/   DELETE /_sandbox/faults/{id}/
From Python: prolific.sandbox.RemoteSandbox(url, token)."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m prolific.sandbox",
        description="Run an offline Prolific sandbox.",
        epilog=CONTROL_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port (0 picks a free one)")
    parser.add_argument("--seed", type=int, default=0, help="seed for IDs, token and faults")
    parser.add_argument(
        "--token",
        default=None,
        help="token to accept (default: from the seed on loopback, random on other interfaces)",
    )
    parser.add_argument(
        "--balance", type=int, default=100_000, help="starting balance in minor units"
    )
    parser.add_argument(
        "--speed",
        type=float,
        default=60.0,
        help="sandbox seconds per real second (default 60; 0 freezes the clock)",
    )
    parser.add_argument(
        "--autopilot",
        action="store_true",
        help="fill every published study with simulated participants",
    )
    add_settings_flags(parser)
    args = parser.parse_args(argv)
    token, warning = choose_token(args.host, args.token)
    if warning:
        print(warning, file=sys.stderr, flush=True)
    sandbox = Sandbox(
        seed=args.seed,
        token=token,
        balance=args.balance,
        settings=settings_from(args, autopilot=args.autopilot),
    )
    with serve(sandbox, host=args.host, port=args.port, speed=args.speed) as url:
        print(f"Prolific sandbox listening on {url}", flush=True)
        print(f"export PROLIFIC_URL={url} PROLIFIC_TOKEN={sandbox.token}", flush=True)
        print("Press Ctrl+C to stop.", flush=True)
        try:
            wait_forever()
        except KeyboardInterrupt:
            print("stopped", file=sys.stderr)
    return 0


def choose_token(host: str, token: str | None) -> tuple[str | None, str | None]:
    """The token to serve with (``None``: derived from the seed) and a warning to print.

    On loopback the seed's token is fine: only this machine can connect. Off loopback the seed's
    token is the same on every run and guessable from the seed, so a random one is made unless
    ``--token`` gives one, and a warning says who can now reach the sandbox.
    """
    if is_loopback_host(host):
        return token, None
    where = host or "every interface"
    source = (
        "the --token you gave"
        if token
        else "the random token printed below, new on every run (pass --token to choose one)"
    )
    warning = (
        f"warning: serving on {where}: other machines can reach this sandbox, and anyone who "
        f"can may use it with {source}. Serve on 127.0.0.1 unless you need this."
    )
    return token or "sandbox-" + secrets.token_hex(20), warning


def wait_forever() -> None:
    threading.Event().wait()


if __name__ == "__main__":
    raise SystemExit(main())
