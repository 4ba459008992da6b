"""Secured study URLs: check that a visitor of your study really came from Prolific.

A study created with ``is_external_study_url_secure=True`` sends each participant to its URL
with a ``prolific_token`` query parameter: a JWT Prolific signs (RS256) over the URL's
parameters. Your experiment server verifies it before letting the visitor in::

    client = Prolific()                       # the token is not needed to verify
    token = request.args["prolific_token"]
    visit = client.study_urls.verify(token, workspace_id=WORKSPACE_ID,
                                     audience="https://lab.example.org/run")
    visit.participant_id, visit.study_id, visit.session_id

``verify`` checks the signature against Prolific's published keys (fetched from
``/.well-known/study/jwks.json``, kept for a day, and fetched again when a token names a key the
cached set lacks), the expiry (tokens live two minutes), the issuer, that the token was made for
your study URL (``audience``: scheme, host and path must match), and that its ``prolific`` claim
names your workspace. Any failure raises :class:`StudyTokenError`; never let such a visitor in.

Needs PyJWT with its ``cryptography`` backend: ``pip install 'prolific-python[study-urls]'``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from prolific_api import operations as ops

from ._flow import Flow, Now
from ._request import Request, as_json, build
from .errors import StudyTokenError

__all__ = ["ISSUER", "StudyToken", "StudyTokenError", "StudyUrlKeys", "verify_flow"]

ISSUER = "https://www.prolific.com"
#: How long fetched keys are trusted before they are fetched again, in seconds.
KEYS_MAX_AGE = 24 * 3600.0
#: A token naming an unknown key fetches the keys again at most this often (seconds), so a
#: stream of forged tokens cannot turn into a stream of requests to Prolific.
REFETCH_AT_MOST_EVERY = 60.0
#: Allowed difference between Prolific's clock and ours, in seconds.
LEEWAY = 10.0


@dataclass(frozen=True)
class StudyToken:
    """A verified ``prolific_token``: who the visitor is and where they came from.

    ``parameters`` maps each placeholder of the study URL (``PROLIFIC_PID``, ``STUDY_ID``,
    ``SESSION_ID``, ...) to its value; ``claims`` is the whole verified payload.
    """

    participant_id: str | None
    study_id: str | None
    session_id: str
    workspace_id: str
    audience: str
    expires_at: float
    parameters: Mapping[str, str] = field(default_factory=dict)
    claims: Mapping[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class StudyUrlKeys:
    """Prolific's signing keys as last fetched, and when (a per-client cache)."""

    keys: dict[str, Any] = field(default_factory=dict)
    fetched_at: float | None = None

    def stale(self, now: float) -> bool:
        return self.fetched_at is None or now - self.fetched_at >= KEYS_MAX_AGE


def _jwt() -> Any:
    try:
        import jwt
    except ImportError as exc:  # an optional extra: say how to get it
        raise ImportError(
            "verifying secured study URLs needs PyJWT with cryptography: "
            "pip install 'prolific-python[study-urls]'"
        ) from exc
    return jwt


def keys_request() -> Request[Any]:
    # The key set is read raw: PyJWT builds the keys from the JWK dictionaries themselves.
    request = build(ops.get_study_jwks)
    return Request(request.method, request.path, parse=as_json)


def _load(cache: StudyUrlKeys, body: Any, now: float) -> None:
    jwt = _jwt()
    keys: dict[str, Any] = {}
    for jwk in (body or {}).get("keys", []) if isinstance(body, Mapping) else []:
        try:
            keys[str(jwk["kid"])] = jwt.PyJWK.from_dict(jwk, algorithm="RS256").key
        except (KeyError, ValueError, TypeError, jwt.exceptions.PyJWTError):
            continue  # a key we cannot use cannot have signed a token we accept
    cache.keys = keys
    cache.fetched_at = now


def _fail(reason: str, message: str) -> StudyTokenError:
    return StudyTokenError(f"prolific_token refused: {message}", reason=reason)


def _same_target(audience: str, expected: str) -> bool:
    got, want = urlsplit(audience), urlsplit(expected)
    return (got.scheme, got.netloc.lower(), got.path.rstrip("/")) == (
        want.scheme,
        want.netloc.lower(),
        want.path.rstrip("/"),
    )


def verify_flow(
    cache: StudyUrlKeys, token: str, workspace_id: str, audience: str
) -> Flow[StudyToken]:
    """Verify `token` (see the module docstring), fetching keys only when needed."""
    jwt = _jwt()
    if not isinstance(token, str) or token.count(".") != 2:
        raise _fail("malformed", "it is not a JWT (three dot-separated parts)")
    try:
        header = jwt.get_unverified_header(token)
    except jwt.exceptions.PyJWTError as exc:
        raise _fail("malformed", f"its header cannot be read ({exc})") from exc
    if header.get("alg") != "RS256":
        raise _fail("algorithm", f"it is signed with {header.get('alg')!r}, not RS256")
    kid = header.get("kid")
    if not isinstance(kid, str):
        raise _fail("key", "it names no signing key (kid)")
    now: float = yield Now()
    recently = cache.fetched_at is not None and now - cache.fetched_at < REFETCH_AT_MOST_EVERY
    if cache.stale(now) or (kid not in cache.keys and not recently):
        _load(cache, (yield keys_request()), now)
    key = cache.keys.get(kid)
    if key is None:
        raise _fail("key", f"Prolific publishes no key {kid!r}")
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            key,
            algorithms=["RS256"],
            # Expiry is checked below against the client's clock (the sandbox's, in tests).
            options={"verify_aud": False, "verify_exp": False, "verify_iat": False},
        )
    except jwt.exceptions.PyJWTError as exc:
        raise _fail("signature", f"its signature does not verify ({exc})") from exc
    return _check_claims(claims, now, workspace_id, audience)


def _check_claims(
    claims: Mapping[str, Any], now: float, workspace_id: str, audience: str
) -> StudyToken:
    if claims.get("iss") != ISSUER:
        raise _fail("issuer", f"it was issued by {claims.get('iss')!r}, not {ISSUER}")
    expires = claims.get("exp")
    if not isinstance(expires, int | float) or isinstance(expires, bool):
        raise _fail("expired", "it has no expiry")
    if now > expires + LEEWAY:
        raise _fail("expired", f"it expired {now - expires:.0f}s ago; ask the visitor to retry")
    aud = claims.get("aud")
    if not isinstance(aud, str) or not _same_target(aud, audience):
        raise _fail("audience", f"it was made for {aud!r}, not {audience!r}")
    payload = claims.get("prolific")
    if not isinstance(payload, Mapping):
        raise _fail("claims", "it has no prolific claim")
    if payload.get("workspace_id") != workspace_id:
        raise _fail("workspace", "it was made for another workspace")
    session = claims.get("sub")
    if not isinstance(session, str) or not session:
        raise _fail("claims", "it names no session (sub)")
    parameters = {
        str(k): str(v) for k, v in payload.items() if k not in ("workspace_id", "organisation_id")
    }
    return StudyToken(
        participant_id=parameters.get("PROLIFIC_PID"),
        study_id=parameters.get("STUDY_ID"),
        session_id=session,
        workspace_id=workspace_id,
        audience=aud,
        expires_at=float(expires),
        parameters=parameters,
        claims=json.loads(json.dumps(dict(claims))),
    )
