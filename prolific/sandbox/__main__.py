"""``python -m prolific.sandbox``: an offline Prolific on loopback for any HTTP client.

Prints the URL and token to export, then serves until interrupted. Besides Prolific's API, the
server answers the sandbox-only ``/_sandbox/`` endpoints (advance the clock, make participants
join, top up, read the ledger) so clients in any language can drive a whole study lifecycle.
"""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Sequence

from ._core import Sandbox
from ._server import serve
from ._state import SandboxSettings


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m prolific.sandbox", description="Run an offline Prolific sandbox."
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port (0 picks a free one)")
    parser.add_argument("--seed", type=int, default=0, help="seed for IDs, token and faults")
    parser.add_argument("--token", default=None, help="token to accept (default: from the seed)")
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
    args = parser.parse_args(argv)
    sandbox = Sandbox(
        seed=args.seed,
        token=args.token,
        balance=args.balance,
        settings=SandboxSettings(autopilot=args.autopilot),
    )
    with serve(sandbox, host=args.host, port=args.port, speed=args.speed) as url:
        print(f"Prolific sandbox listening on {url}", flush=True)
        print(f"export PROLIFIC_URL={url} PROLIFIC_TOKEN={sandbox.token}", flush=True)
        print("Press Ctrl+C to stop.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
