"""Secured study URLs: the sandbox's signing key, its JWKS, and the URL a participant opens.

A study with ``is_external_study_url_secure`` sends participants to its ``external_study_url``
with the placeholders filled in and a ``prolific_token`` query parameter: an RS256 JWT whose
claims are ``iss`` (``https://www.prolific.com``), ``iat``, ``exp`` (two minutes later, on the
sandbox clock), ``aud`` (the filled-in URL), ``sub`` (the session, i.e. submission, ID) and
``prolific`` (each placeholder's name mapped to its value, plus ``workspace_id``).

The RSA key is derived from the sandbox's seed (primes found with a seeded generator), so the
JWKS and every token are the same on every run, and recorded cassettes stay stable. Rotating it
(``Sandbox.rotate_study_url_key()``) makes a new key, while the JWKS keeps serving the previous
one too, as a real key rotation does. Needs the ``cryptography`` package (the ``study-urls``
extra); without it these calls answer 501 saying what to install.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from ._errors import SandboxError
from ._http import Request, SandboxResponse, json_response
from ._state import SandboxState, Submission

ISSUER = "https://www.prolific.com"
TOKEN_LIFETIME = 120
_PLACEHOLDER = re.compile(r"\{\{%([A-Z_]+)%\}\}")
_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p**0.5) + 1))]
KEY_BITS = 2048


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _int_bytes(value: int) -> bytes:
    return value.to_bytes((value.bit_length() + 7) // 8, "big")


def _probable_prime(candidate: int, rng: random.Random) -> bool:
    if any(candidate % p == 0 for p in _SMALL_PRIMES):
        return False
    d, r = candidate - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    for _ in range(24):
        x = pow(rng.randrange(2, candidate - 2), d, candidate)
        if x in (1, candidate - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, candidate)
            if x == candidate - 1:
                break
        else:
            return False
    return True


def _prime(rng: random.Random, bits: int, e: int) -> int:
    while True:
        candidate = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if (candidate - 1) % e and _probable_prime(candidate, rng):
            return candidate


@lru_cache(maxsize=8)
def _make_key(seed: str) -> Any:
    """The key for ``seed`` (cached: deriving one takes about a second)."""
    try:
        from cryptography.hazmat.primitives.asymmetric import rsa
    except ImportError as exc:  # an optional extra: explain instead of crashing
        raise SandboxError(
            501,
            "Secured study URLs need the cryptography package: "
            "pip install 'prolific-python[study-urls]'.",
        ) from exc
    rng = random.Random(f"prolific-sandbox-jwks-{seed}")
    e = 65537
    p = _prime(rng, KEY_BITS // 2, e)
    q = _prime(rng, KEY_BITS // 2, e)
    while q == p:
        q = _prime(rng, KEY_BITS // 2, e)
    d = pow(e, -1, (p - 1) * (q - 1))
    public = rsa.RSAPublicNumbers(e, p * q)
    numbers = rsa.RSAPrivateNumbers(
        p, q, d, d % (p - 1), d % (q - 1), rsa.rsa_crt_iqmp(p, q), public
    )
    return numbers.private_key()


def _key_id(key: Any) -> str:
    n = key.public_key().public_numbers().n
    return hashlib.sha256(_int_bytes(n)).hexdigest()[:16]


def current_key(state: SandboxState) -> tuple[str, Any]:
    research = state.research
    if research.signing_key is None:
        research.signing_key = _make_key(f"{state.seed}-{research.key_generation}")
        research.signing_key_id = _key_id(research.signing_key)
    return research.signing_key_id, research.signing_key


def rotate(state: SandboxState) -> str:
    """Make a new signing key; the JWKS keeps the previous one. Returns the new key ID."""
    research = state.research
    if research.signing_key is not None:
        research.retired_keys = [research.signing_key]
    research.key_generation += 1
    research.signing_key = None
    return current_key(state)[0]


def _jwk(key: Any) -> dict[str, Any]:
    numbers = key.public_key().public_numbers()
    return {
        "kty": "RSA",
        "kid": _key_id(key),
        "alg": "RS256",
        "use": "sig",
        "key_ops": ["verify"],
        "n": _b64url(_int_bytes(numbers.n)),
        "e": _b64url(_int_bytes(numbers.e)),
    }


def get_study_jwks(state: SandboxState, req: Request) -> SandboxResponse:
    _, key = current_key(state)
    keys = [_jwk(key), *(_jwk(old) for old in state.research.retired_keys)]
    return json_response(200, {"keys": keys})


def sign(state: SandboxState, claims: dict[str, Any]) -> str:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    kid, key = current_key(state)
    header = {"alg": "RS256", "kid": kid, "typ": "JWT"}
    signing_input = ".".join(
        _b64url(json.dumps(part, separators=(",", ":")).encode()) for part in (header, claims)
    )
    signature = key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{signing_input}.{_b64url(signature)}"


def entry_url(state: SandboxState, sub: Submission) -> str:
    """The URL the participant of ``sub`` is sent to, signed when the study asks for it."""
    study = state.studies[sub.study_id]
    template = study.external_study_url
    if not template:
        raise SandboxError(400, "This study has no external_study_url to open.")
    values = {"PROLIFIC_PID": sub.participant_id, "STUDY_ID": study.id, "SESSION_ID": sub.id}
    used = {name: values.get(name, "") for name in _PLACEHOLDER.findall(template)}
    url = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), template)
    if not study.extra.get("is_external_study_url_secure"):
        return url
    now = int(state.now().timestamp())
    claims = {
        "iss": ISSUER,
        "iat": now,
        "exp": now + TOKEN_LIFETIME,
        "aud": url,
        "sub": sub.id,
        "prolific": {**used, "workspace_id": study.workspace_id},
    }
    parts = urlsplit(url)
    query = f"{parts.query}&" if parts.query else ""
    query += urlencode({"prolific_token": sign(state, claims)})
    return urlunsplit(parts._replace(query=query))
