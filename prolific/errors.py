"""Every exception the SDK raises, and the one function that turns an error response into one.

The tree::

    ProlificError                        anything this SDK raises on purpose
    ├── APIError                         Prolific answered with an error status (>= 400)
    │   ├── BadRequestError              400
    │   ├── AuthenticationError          401
    │   ├── PermissionDeniedError        403
    │   ├── NotFoundError                404
    │   ├── ConflictError                409
    │   ├── UnprocessableEntityError     422
    │   ├── RateLimitError               429
    │   └── ServerError                  500-599
    ├── APIConnectionError               no usable answer: the network failed
    │   └── APITimeoutError              ... because a timeout ran out
    ├── MissingTokenError                no API token could be found
    │   └── InsecureCredentialsError     a credentials file others can read was refused
    ├── UnexpectedResponseError          a success answer the SDK could not read
    ├── InvalidRequestError              bad input, refused before anything was sent
    │                                    (also a ValueError)
    ├── WebhookVerificationError         a webhook delivery failed signature verification
    ├── StudyTokenError                  a secured study URL's prolific_token failed verification
    ├── FeatureNotEnabledError           the workspace lacks a feature Prolific enables on request
    │   (workflows)
    ├── SubmissionNotApprovableError     the submission ended RETURNED, TIMED-OUT, REJECTED, ...
    ├── WaitTimeoutError                 waited as long as allowed; says the last status seen
    ├── InsufficientBalanceError         the workspace cannot pay for the study (draft kept)
    ├── StudyPublishError                the draft exists but publishing it failed
    ├── BonusPaymentError                a bonus payment stopped; nothing was paid twice
    │   └── PaymentInDoubtError          a pay call's outcome is unknown for some recipients
    ├── LedgerError                      the ledger (SQLite file or PostgreSQL) cannot record a step
    │   └── LedgerBusyError              another payer holds the claim or lock for too long
    ├── ResolutionError                  a workspace or project name matched none or several
    │                                    (also a LookupError)
    │   (AI Task Builder)
    ├── DatasetImportError               a dataset's file was refused in part or in whole
    ├── TaskBatchSetupError              a task batch's setup ended in ERROR
    └── TransferError                    a presigned storage URL refused an upload or download
    InvalidRequestError
    └── LedgerConflictError              a bonus key was reused for a different payment

Other statuses (405, 410, ...) raise a plain :class:`APIError`. ``str()`` of every error is one line
that says what happened and what to do next, and never contains the API token.
"""

from __future__ import annotations

import http
import json
import re
import time
from decimal import Decimal
from typing import Any, ClassVar

import httpx

from ._redaction import redact

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BonusPaymentError",
    "ConflictError",
    "DatasetImportError",
    "FeatureNotEnabledError",
    "InsecureCredentialsError",
    "InsufficientBalanceError",
    "InvalidRequestError",
    "LedgerBusyError",
    "LedgerConflictError",
    "LedgerError",
    "MissingTokenError",
    "NotFoundError",
    "PaymentInDoubtError",
    "PermissionDeniedError",
    "ProlificError",
    "RateLimitError",
    "ResolutionError",
    "ServerError",
    "StudyPublishError",
    "StudyTokenError",
    "SubmissionNotApprovableError",
    "TaskBatchSetupError",
    "TransferError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "WebhookVerificationError",
]

_MAX_DETAIL = 500
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "cf-ray")


def _restore(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    obj = cls.__new__(cls)
    BaseException.__init__(obj, *args)
    obj.__dict__.update(state)
    return obj


class ProlificError(Exception):
    """Base class of every error raised by this SDK."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The subclasses take keyword-only arguments, which default pickling cannot replay;
        # restoring the attributes directly keeps errors usable across processes.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class APIError(ProlificError):
    """Prolific answered with an error status.

    Attributes:
        status: the HTTP status code.
        method, path: the request that failed (the path only: no host, no query string).
        title: Prolific's short title for the error, if it sent one.
        detail: Prolific's explanation as one readable string (a list of messages or a map of
            field to messages is flattened: ``"reward: must be positive; name: required"``).
        error_code: Prolific's own error code, if any.
        additional_information: Prolific's pointer to more help, if any.
        body: the decoded body exactly as received (JSON value, or text if it was not JSON).
        request_id: a request identifier from the response headers, for support tickets.
        retries: how many times the SDK had already retried this request.
    """

    #: What to do next; subclasses refine it.
    hint: ClassVar[str] = ""

    def __init__(
        self,
        *,
        status: int,
        method: str,
        path: str,
        title: str | None = None,
        detail: str | None = None,
        error_code: int | str | None = None,
        additional_information: str | None = None,
        body: object = None,
        request_id: str | None = None,
        retries: int = 0,
        repeatable: bool = True,
    ) -> None:
        self.status = status
        self.method = method
        self.path = path
        self.title = title
        self.detail = detail
        self.error_code = error_code
        self.additional_information = additional_information
        self.body = body
        self.request_id = request_id
        self.retries = retries
        self.repeatable = repeatable
        super().__init__(self._message())

    def next_step(self) -> str:
        """One sentence on what to do about this error."""
        return self.hint

    def _message(self) -> str:
        try:
            phrase = http.HTTPStatus(self.status).phrase
        except ValueError:
            phrase = "Error"
        head = f"{self.status} {phrase} on {self.method} {self.path}"
        parts = []
        if self.title and self.title.strip().lower() != phrase.lower():
            parts.append(_one_line(self.title).rstrip("."))
        if self.detail:
            parts.append(_one_line(self.detail).rstrip("."))
        text = head + (": " + ": ".join(parts) if parts else "")
        step = self.next_step()
        return f"{text}. {step}" if step else f"{text}."

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else self._message()


class BadRequestError(APIError):
    """400: Prolific refused the request as malformed."""

    hint = "Fix the request; the detail names what was refused."


class AuthenticationError(APIError):
    """401: the token is missing, wrong or revoked."""

    hint = (
        "Check the token: PROLIFIC_TOKEN (or the token argument) must hold a current API token "
        "from Prolific's settings page."
    )


class PermissionDeniedError(APIError):
    """403: the token's account may not do this."""

    hint = "The token's account may not do this; check the workspace it belongs to and its role."


class NotFoundError(APIError):
    """404: no such object, or it belongs to another account (Prolific answers 404 for both)."""

    hint = "Check the ID, and that it belongs to the account this token is for."


class ConflictError(APIError):
    """409: the object's current state does not allow this change."""

    hint = "The object's current state does not allow this; fetch it again and decide."


class UnprocessableEntityError(APIError):
    """422: the request was understood but its values were refused."""

    hint = "Fix the values named in the detail."


class RateLimitError(APIError):
    """429: too many requests.

    Attributes:
        retry_after: seconds the server asked to wait, if it said (``Retry-After``).
    """

    def __init__(self, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(**kwargs)

    def next_step(self) -> str:
        wait = f" (the server asked for {self.retry_after:g}s)" if self.retry_after else ""
        if not self.repeatable:
            return (
                f"Slow down and try again later{wait}; this request was not retried because "
                "repeating it is not known to be safe."
            )
        retried = f"the SDK retried {_times(self.retries)}; " if self.retries else ""
        return (
            f"Slow down{wait}: {retried}send bulk calls one after another rather than in parallel."
        )


class ServerError(APIError):
    """5xx: Prolific failed on its side."""

    def next_step(self) -> str:
        if not self.repeatable:
            return (
                "Prolific failed on its side; this request was not retried because repeating it "
                "could create or pay twice: check whether it took effect before sending it again."
            )
        if self.retries:
            return (
                f"Prolific failed on its side (the SDK retried {_times(self.retries)}); try later."
            )
        return "Prolific failed on its side; try again later."


class APIConnectionError(ProlificError):
    """No usable answer came back: the connection failed or broke.

    Attributes:
        method, path: the request (path only), when known.
        retries: how many times the SDK had already retried it.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        path: str | None = None,
        retries: int = 0,
    ) -> None:
        self.method = method
        self.path = path
        self.retries = retries
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """A timeout ran out before Prolific answered."""


class MissingTokenError(ProlificError):
    """No API token was given or found."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or (
                "No Prolific API token found. Set one in any of three ways: pass "
                "Prolific(token=...); set the PROLIFIC_TOKEN (or PROLIFIC_API_KEY) environment "
                "variable; or put the token alone in ~/.config/prolific/credentials "
                "and chmod 600 it."
            )
        )


class InsecureCredentialsError(MissingTokenError):
    """A credentials file was refused because users other than its owner can read it."""


class InvalidRequestError(ProlificError, ValueError):
    """Bad input, caught before anything was sent.

    Attributes:
        field: the argument or field at fault, if one is.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        self.field = field
        super().__init__(message)


class UnexpectedResponseError(ProlificError):
    """Prolific answered with success, but the body was not what this call expects (not JSON,
    or missing a field the model requires). Often a wrong base URL, or an API change.
    """


class WebhookVerificationError(ProlificError):
    """A webhook delivery is missing its signature headers, is stale, or its signature is wrong.

    Answer such a delivery with an error status and do not act on it.
    """


class StudyTokenError(ProlificError):
    """The ``prolific_token`` of a secured study URL is missing, malformed, expired, signed by
    an unknown key, for another audience or workspace, or forged. Do not let the visitor in.

    Attributes:
        reason: a short machine-friendly reason (``"expired"``, ``"signature"``, ...).
    """

    def __init__(self, message: str, *, reason: str) -> None:
        self.reason = reason
        super().__init__(message)


class FeatureNotEnabledError(ProlificError):
    """Prolific answered 404 to a call that needs a feature it enables per workspace (test
    studies and test participants, credential pools, ...).

    Attributes:
        feature: what is missing, in words.
    """

    def __init__(self, feature: str) -> None:
        self.feature = feature
        super().__init__(
            f"{feature} are not enabled for this workspace (Prolific answered 404). Ask "
            "Prolific support to enable them for the workspace, naming the feature and the "
            "workspace ID."
        )


class SubmissionNotApprovableError(ProlificError):
    """The submission is in a status it can never be approved from (returned, timed out,
    rejected or screened out). Raised at once, without waiting."""

    def __init__(self, submission_id: str, status: str) -> None:
        self.submission_id = submission_id
        self.status = status
        super().__init__(
            f"Submission {submission_id} is {status} and can never be approved; do not pay it, "
            "and recruit a replacement if you need the place filled."
        )


class WaitTimeoutError(ProlificError):
    """Waited as long as allowed for a status to change.

    Attributes:
        subject: what was waited on ("submission <id>", "study <id>").
        last_status: the last status seen.
        waited: seconds waited.
    """

    def __init__(self, subject: str, last_status: str, waited: float, *, hint: str = "") -> None:
        self.subject = subject
        self.last_status = last_status
        self.waited = waited
        tail = f"; {hint}" if hint else ""
        super().__init__(
            f"Gave up waiting on {subject} after {waited:.0f}s; last status seen: "
            f"{last_status}{tail}."
        )


class InsufficientBalanceError(ProlificError):
    """The workspace's available balance is below what publishing the study costs. The draft is
    kept. Amounts are minor units of ``currency``."""

    def __init__(
        self,
        *,
        study_id: str,
        workspace_id: str,
        required_minor: Decimal,
        available_minor: Decimal,
        currency: str | None,
    ) -> None:
        self.study_id = study_id
        self.workspace_id = workspace_id
        self.required_minor = required_minor
        self.available_minor = available_minor
        self.currency = currency
        unit = f" {currency}" if currency else ""
        super().__init__(
            f"Workspace {workspace_id} has {_major(available_minor)}{unit} available but study "
            f"{study_id} costs {_major(required_minor)}{unit} to publish; the draft is kept: top "
            f"up the workspace, then call studies.publish({study_id!r})."
        )


class StudyPublishError(ProlificError):
    """The draft was created but publishing it failed; the cause is chained."""

    def __init__(self, study_id: str, cause: BaseException) -> None:
        self.study_id = study_id
        super().__init__(
            f"Draft study {study_id} exists but publishing failed ({cause}); fix the cause, then "
            f"call studies.publish({study_id!r}) or create_and_publish again with the same key."
        )


class BonusPaymentError(ProlificError):
    """A bonus payment stopped before completing. Calling ``bonuses.pay`` again with the same
    key resumes it and pays nobody twice. The cause, if any, is chained.

    Attributes:
        key: the payment's key in the ledger.
    """

    def __init__(self, key: str, message: str) -> None:
        self.key = key
        super().__init__(message)


class PaymentInDoubtError(BonusPaymentError):
    """A pay call was sent, its outcome is unknown, and Prolific does not (yet) show the
    payment for some recipients. The SDK will not pay them again on its own.

    Attributes:
        batch_id: the bonus batch whose pay call is in doubt.
        recipients: the participant or submission IDs whose payment could not be confirmed.
    """

    def __init__(self, key: str, batch_id: str, recipients: list[str], ledger: str) -> None:
        self.batch_id = batch_id
        self.recipients = recipients
        shown = ", ".join(recipients[:5]) + (
            f" and {len(recipients) - 5} more" if len(recipients) > 5 else ""
        )
        super().__init__(
            key,
            f"Payment {key!r}{f' (batch {batch_id})' if batch_id else ''} may or may not "
            f"have been made to {shown}; call the same method again with the same key later "
            f"to re-check. If Prolific's dashboard shows them unpaid, run "
            f"BonusLedger({ledger!r}).release({key!r}) and call it again.",
        )


class LedgerError(ProlificError):
    """The ledger that makes money calls exactly-once could not be opened or written, so nothing
    was sent. The message names the file or the database (password redacted) and what to do.

    Attributes:
        target: the SQLite path or the redacted PostgreSQL DSN.
    """

    def __init__(self, target: str, message: str) -> None:
        self.target = target
        super().__init__(message)


class LedgerBusyError(LedgerError):
    """Another payer holds the claim on this payment (or the account's money lock) longer than
    this call was willing to wait. Nothing was sent by this call.

    Attributes:
        holder: who holds it (``host/pid/token``), when known.
        what: the payment key, or ``"money lock"``.
    """

    def __init__(self, target: str, what: str, holder: str | None, waited: float) -> None:
        self.holder = holder
        self.what = what
        who = f"held by {holder}" if holder else "held by another process"
        super().__init__(
            target,
            f"Ledger {target}: {what} is {who}; waited {waited:.0f}s and sent nothing. Call "
            "again later with the same key (or a longer wait=); if that process died, its "
            "claim expires by itself.",
        )


class LedgerConflictError(InvalidRequestError):
    """A bonus key already names a payment with another study or other amounts."""

    def __init__(self, key: str) -> None:
        super().__init__(
            f"Bonus key {key!r} was already used for a different payment (another study or "
            "other amounts); use a new key for a new payment.",
            field="key",
        )


class ResolutionError(ProlificError, LookupError):
    """A workspace or project given by name matched nothing, or more than one.

    Attributes:
        kind: ``"workspace"`` or ``"project"``.
        query: the name or ID that was looked up.
        matches: ``(id, title)`` of every match (two or more when ambiguous; titles match
            exactly, or else equal but for case).
        suggestions: titles close to the query, when nothing matched exactly.
    """

    def __init__(
        self,
        kind: str,
        query: str,
        *,
        matches: list[tuple[str, str]] | None = None,
        suggestions: list[str] | None = None,
        message: str | None = None,
    ) -> None:
        self.kind = kind
        self.query = query
        self.matches = matches or []
        self.suggestions = suggestions or []
        if message is not None:
            text = message
        elif self.matches:
            listed = ", ".join(f"{title!r} ({id_})" for id_, title in self.matches)
            text = (
                f"{len(self.matches)} {kind}s are titled {query!r}: {listed}; pass the ID instead"
            )
        else:
            near = (
                "; did you mean " + ", ".join(map(repr, self.suggestions))
                if self.suggestions
                else ""
            )
            text = f"No {kind} has the ID or title {query!r}{near}"
        super().__init__(text + ".")


class DatasetImportError(ProlificError):
    """A dataset's uploaded file was refused: in whole (``status`` ``failed`` or ``ERROR``) or
    in part (``partial``: some records were taken in, the others are in ``errors``).

    Attributes:
        dataset_id: the dataset, kept on Prolific (fix the file and upload it again).
        import_id: the import job, for structured datasets.
        status: the import's final status.
        reason: Prolific's reason for a failed import, if it gave one.
        accepted, rejected: record counts of a partial import.
        errors: the refused records, each ``{"record_index", "field", "reason"}``.
    """

    def __init__(
        self,
        dataset_id: str,
        status: str,
        *,
        import_id: str | None = None,
        reason: str | None = None,
        accepted: int | None = None,
        rejected: int | None = None,
        errors: list[dict[str, Any]] | None = None,
    ) -> None:
        self.dataset_id = dataset_id
        self.import_id = import_id
        self.status = status
        self.reason = reason
        self.accepted = accepted
        self.rejected = rejected
        self.errors = errors or []
        if status == "partial":
            first = self.errors[0] if self.errors else {}
            where = f"; first: record {first.get('record_index')} ({first.get('field')}): "
            text = (
                f"Dataset {dataset_id} took {accepted} record(s) and refused {rejected}"
                + (where + str(first.get("reason")) if first else "")
                + "; see .errors, fix the file and upload it again, or pass allow_partial=True"
            )
        else:
            text = (
                f"Dataset {dataset_id} could not import the file ({status})"
                + (f": {_one_line(reason)}" if reason else "")
                + "; fix the file and upload it again"
            )
        super().__init__(text + ".")


class TaskBatchSetupError(ProlificError):
    """A task batch's setup ended in ``ERROR`` (Prolific built no tasks).

    Attributes:
        batch_id: the batch, kept on Prolific.
        status: the status seen.
    """

    def __init__(self, batch_id: str, status: str) -> None:
        self.batch_id = batch_id
        self.status = status
        super().__init__(
            f"Setting up task batch {batch_id} ended in {status}; check that its dataset has "
            "records and that batch_items names the dataset's fields, then set it up again."
        )


class TransferError(ProlificError):
    """The storage behind a presigned URL refused an upload or a download.

    Attributes:
        method: ``PUT`` (upload) or ``GET`` (download).
        status: the HTTP status, or ``None`` when the connection failed.
        code: the storage service's error code (``AccessDenied``, ``SignatureDoesNotMatch``).
    """

    def __init__(self, method: str, status: int | None, code: str | None, message: str) -> None:
        self.method = method
        self.status = status
        self.code = code
        what = "Uploading to" if method == "PUT" else "Downloading from"
        head = f"{what} Prolific's storage failed"
        head += f" ({status}{' ' + code if code else ''})" if status else ""
        super().__init__(
            f"{head}: {_one_line(message).rstrip('.')}. Presigned URLs expire after a while; "
            "run the call again to get a fresh one."
        )


def _major(minor: Decimal) -> str:
    return f"{(Decimal(minor) / 100).quantize(Decimal('0.01'))}"


_STATUS_CLASSES: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status: int) -> type[APIError]:
    """The error class for an HTTP status."""
    if status in _STATUS_CLASSES:
        return _STATUS_CLASSES[status]
    if 500 <= status <= 599:
        return ServerError
    return APIError


def error_from_response(
    request: httpx.Request,
    response: httpx.Response,
    *,
    retries: int = 0,
    repeatable: bool = True,
    now: float | None = None,
) -> APIError:
    """Build the typed error for an error ``response`` whose body has been read.

    ``retries`` and ``repeatable`` only shape the advice in the message. ``now`` (seconds since
    the epoch) is used to read a ``Retry-After`` given as a date.
    """
    # A server that echoes the token back must not get it into our messages, fields or logs.
    secret = token_of(request)
    body = redact(_decode(response), secret)
    title, detail, error_code, info = _extract(body)
    request_id = next(
        (response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None
    )
    kwargs: dict[str, Any] = {
        "status": response.status_code,
        "method": request.method,
        "path": redact(request.url.path, secret),
        "title": title,
        "detail": detail,
        "error_code": error_code,
        "additional_information": info,
        "body": body,
        "request_id": redact(request_id, secret),
        "retries": retries,
        "repeatable": repeatable,
    }
    cls = error_class_for(response.status_code)
    if cls is RateLimitError:
        from ._retry import parse_retry_after

        kwargs["retry_after"] = parse_retry_after(
            response.headers.get("retry-after"), time.time() if now is None else now
        )
    return cls(**kwargs)


def connection_error(
    exc: httpx.TransportError,
    request: httpx.Request,
    *,
    retries: int = 0,
    repeatable: bool = True,
) -> APIConnectionError:
    """Build the error for a transport failure (the caller chains ``exc`` with ``from``)."""
    secret = token_of(request)
    method, path = request.method, redact(request.url.path, secret)
    url = request.url
    origin = f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port else "")
    text = redact(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__, secret)
    cause = _one_line(text)[:200]
    retried = f" after {_times(retries, 'retry', 'retries')}" if retries else ""
    unsure = (
        " It was not retried because repeating it could create or pay twice: check whether it "
        "took effect before sending it again."
    )
    if isinstance(exc, httpx.ConnectTimeout | httpx.ConnectError):
        return _connect_error_class(exc)(
            f"Could not connect to {origin} for {method} {path}{retried} ({cause}). Check the "
            "network, any proxy, and the base URL (PROLIFIC_URL).",
            method=method,
            path=path,
            retries=retries,
        )
    if isinstance(exc, httpx.PoolTimeout):
        return APITimeoutError(
            f"No free connection to {origin} for {method} {path}{retried} ({cause}). Send fewer "
            "requests at once or raise the timeout.",
            method=method,
            path=path,
            retries=retries,
        )
    if isinstance(exc, httpx.TimeoutException):
        step = " Try again later, or pass a longer timeout=." if repeatable else unsure
        return APITimeoutError(
            f"{method} {path} timed out waiting for Prolific{retried} ({cause}).{step}",
            method=method,
            path=path,
            retries=retries,
        )
    step = " Check the network and try again later." if repeatable else unsure
    return APIConnectionError(
        f"The connection failed during {method} {path}{retried} ({cause}).{step}",
        method=method,
        path=path,
        retries=retries,
    )


def _connect_error_class(exc: httpx.TransportError) -> type[APIConnectionError]:
    return APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError


def _times(n: int, one: str = "time", many: str = "times") -> str:
    return f"{n} {one if n == 1 else many}"


def _one_line(text: str) -> str:
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if len(flat) <= _MAX_DETAIL else flat[: _MAX_DETAIL - 1] + "…"


def token_of(request: httpx.Request) -> str | None:
    """The API token a request carries in its ``Authorization`` header, if any."""
    value = request.headers.get("authorization")
    if not value:
        return None
    token = value.split(" ", 1)[-1].strip()
    return token or None


def _decode(response: httpx.Response) -> Any:
    content = response.content
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return response.text


def _extract(body: Any) -> tuple[str | None, str | None, int | str | None, str | None]:
    """(title, detail, error_code, additional_information) from either error body shape."""
    if isinstance(body, dict):
        inner = body.get("error")
        if isinstance(inner, dict):
            return (
                _text(inner.get("title")),
                normalise_detail(inner.get("detail")),
                _code(inner.get("error_code")),
                _text(inner.get("additional_information")),
            )
        known = {"message", "detail", "title", "error", "error_code"}
        if known.isdisjoint(body):
            # A bare map of field -> messages, as some validation errors come.
            return None, normalise_detail(body), None, None
        title = _text(body.get("message")) or _text(body.get("title")) or _text(inner)
        detail = normalise_detail(body.get("detail")) or _layout_issues(body.get("issues"))
        return title, detail, _code(body.get("error_code")), None
    if isinstance(body, list):
        return None, normalise_detail(body), None, None
    if isinstance(body, str):
        looks_like_html = body.lstrip()[:1] == "<"
        if not looks_like_html and len(body) <= 300:
            return None, normalise_detail(body), None, None
    return None, None, None, None


def _layout_issues(issues: Any) -> str | None:
    """The AI Task Builder's ``batch_items`` refusals (zero-based positions), counted from one
    as a person reads the layout: ``page 1, row 1, column 2, item 1 (dataset_field 'x'): ...``."""
    if not isinstance(issues, list):
        return None
    parts = []
    for issue in issues:
        if not isinstance(issue, dict):
            continue
        where = ", ".join(
            f"{name} {issue[name] + 1}"
            for name in ("page", "row", "column", "item")
            if isinstance(issue.get(name), int)
        )
        kind = " ".join(
            str(part)
            for part in (issue.get("type"), repr(issue["field"]) if issue.get("field") else None)
            if part
        )
        parts.append(
            f"{where} ({kind}): {issue.get('message')}"
            if kind
            else f"{where}: {issue.get('message')}"
        )
    return "; ".join(parts) or None


def normalise_detail(detail: Any) -> str | None:
    """Flatten a detail (string, list of strings, or map of field -> messages) to one string."""
    if detail is None:
        return None
    if isinstance(detail, str):
        flat = _one_line(detail)
        return flat or None
    if isinstance(detail, list):
        parts = [p for p in (normalise_detail(d) for d in detail) if p]
        return "; ".join(parts) or None
    if isinstance(detail, dict):
        parts = []
        for key, value in detail.items():
            text = normalise_detail(value)
            if not text:
                continue
            if key in ("non_field_errors", "__all__", "detail"):
                parts.append(text)
            else:
                parts.append(f"{key}: {text}")
        return "; ".join(parts) or None
    return _one_line(str(detail))


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return _one_line(value) or None


def _code(value: Any) -> int | str | None:
    if isinstance(value, bool):
        return None
    return value if isinstance(value, int | str) else None
