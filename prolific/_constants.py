"""Defaults for every client. Change them per client through the constructor, not here."""

from __future__ import annotations

import httpx

from ._version import __version__

DEFAULT_BASE_URL = "https://api.prolific.com"

#: A finite connect and read timeout: a silent socket must never hang a study for an hour.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=60.0, write=60.0, pool=10.0)

#: Retries after the first attempt, for requests that are safe to repeat.
DEFAULT_MAX_RETRIES = 3

#: Exponential backoff: the first retry waits up to this many seconds, doubling each time ...
BACKOFF_INITIAL = 0.5
#: ... but never longer than this.
BACKOFF_MAX = 8.0
#: A server-sent ``Retry-After`` is honoured up to this many seconds.
RETRY_AFTER_MAX = 60.0

#: Requests an ``AsyncProlific`` has in flight at once; more wait their turn (not a failure).
#: Below httpx's pool of 100 connections, so no request ever times out waiting for one.
DEFAULT_MAX_CONCURRENCY = 64

#: The largest ``page_size`` Prolific accepts; lists ask for it so fewer pages are fetched.
MAX_PAGE_SIZE = 200

USER_AGENT = f"prolific-python/{__version__} python-httpx/{httpx.__version__}"

ENV_TOKEN = "PROLIFIC_TOKEN"
ENV_API_KEY = "PROLIFIC_API_KEY"
ENV_URL = "PROLIFIC_URL"

#: Credentials files, relative to the home directory, in the order they are tried.
CREDENTIALS_FILES = (".config/prolific/credentials", ".prolific/credentials")

LOGGER_NAME = "prolific"
