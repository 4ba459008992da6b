"""An offline, stateful Prolific for tests, demos and rehearsals.

``Sandbox`` keeps studies, submissions, money and webhooks in memory and answers Prolific's API
the way Prolific does (errors, pagination, status rules, the non-idempotent bonus pay call). Use
it in process (``sandbox.client()``, or any httpx client with ``SandboxTransport``), over HTTP
(``sandbox.serve()`` or ``python -m prolific.sandbox``; ``RemoteSandbox`` drives a served one),
or from pytest (the ``prolific_sandbox`` fixture). Time is a ``SandboxClock`` the test
advances; faults are seeded.

For example::

    from prolific.sandbox import Sandbox

    sandbox = Sandbox(seed=1)                  # £1,000 in the starting workspace
    with sandbox.client() as client:           # a prolific.Prolific answered in process
        ...                                    # create and publish a study
    sandbox.participants.join(study_id, 5)     # five participants start
    sandbox.advance(600)                       # ten sandbox minutes later they have submitted
    assert sandbox.ledger.bonuses_for(participant_id) == []

``import prolific`` does not import this package.
"""

from ._clock import SandboxClock
from ._core import Sandbox
from ._examples import example_study
from ._faults import ConnectionDropped, Fault
from ._http import SANDBOX_BASE_URL, SandboxResponse
from ._participants import SandboxUsageError
from ._remote import RemoteFault, RemoteSandbox
from ._settings import FeeRule, SandboxSettings
from ._transport import SandboxTransport

__all__ = [
    "SANDBOX_BASE_URL",
    "ConnectionDropped",
    "Fault",
    "FeeRule",
    "RemoteFault",
    "RemoteSandbox",
    "Sandbox",
    "SandboxClock",
    "SandboxResponse",
    "SandboxSettings",
    "SandboxTransport",
    "SandboxUsageError",
    "example_study",
]
