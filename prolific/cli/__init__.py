"""The ``prolific`` command line (also ``python -m prolific``).

Every namespace of the SDK from the shell, noun then verb (``prolific studies list``), with
output as a table, JSON, JSON Lines or CSV, and the SDK's safe retries and exactly-once bonuses.
Run ``prolific --help`` for the commands and exit codes.
"""

from ._app import main

__all__ = ["main"]
