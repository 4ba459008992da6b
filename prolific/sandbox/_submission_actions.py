"""The 2026 submission transitions and the fixed screen-out.

* ``RETURN`` (an in-progress or awaiting-review submission becomes ``RETURNED``), ``START``
  (``RESERVED`` -> ``ACTIVE``), ``UNREJECT`` (``REJECTED`` -> ``AWAITING REVIEW``) and
  ``UNRETURN`` (``RETURNED`` -> ``AWAITING REVIEW``, only while the study has a free place).
* ``SCREEN_OUT`` with a ``completion_code`` whose actions include ``FIXED_SCREEN_OUT_PAYMENT``;
  a participant finishing with such a code is screened out the same way. The participant is paid
  the code's ``fixed_screen_out_reward`` (charged with fees and VAT, like a bonus) and their place
  goes to a new participant: the study grows by one place, funded by the reward the screened-out
  participant does not get, so a study costs its places' rewards plus the screen-out payments.
  Once ``slots`` participants were screened out with a code, the study pauses; raise ``slots``
  with a PATCH and ``START`` it again.

As with every transition, repeating one the submission already went through is ignored.
"""

from __future__ import annotations

from typing import Any

from ._errors import bad_request, field_error
from ._http import Fields
from ._lifecycle import (
    apply_completion_code,
    charge_in,
    ensure_funds,
    fund_places,
    is_closed,
    pay_screen_out,
    place_charge,
    restore_funds,
    set_study_status,
    set_submission_status,
)
from ._state import IN_PROGRESS, SandboxState, Study, Submission

FIXED = "FIXED_SCREEN_OUT_PAYMENT"
#: action -> (statuses it applies to, status it leads to)
MOVES: dict[str, tuple[tuple[str, ...], str]] = {
    "RETURN": ((*IN_PROGRESS, "AWAITING REVIEW"), "RETURNED"),
    "START": (("RESERVED",), "ACTIVE"),
    "UNREJECT": (("REJECTED",), "AWAITING REVIEW"),
    "UNRETURN": (("RETURNED",), "AWAITING REVIEW"),
}
ACTIONS = (*MOVES, "SCREEN_OUT")


def fixed_action(code: dict[str, Any]) -> dict[str, Any] | None:
    for action in code.get("actions") or []:
        if isinstance(action, dict) and action.get("action") == FIXED:
            return action
    return None


def transition(state: SandboxState, sub: Submission, action: str, fields: Fields) -> None:
    if action == "SCREEN_OUT":
        _screen_out(state, sub, fields)
        return
    sources, target = MOVES[action]
    if sub.status == target:
        return
    if sub.status not in sources:
        raise bad_request(
            f"This submission is {sub.status}; {action} applies only to "
            f"{' or '.join(sources)} submissions."
        )
    study = state.studies[sub.study_id]
    if action in ("UNRETURN", "UNREJECT"):
        # Returned and rejected submissions gave their place up (it may have been refilled).
        if state.places_taken(study) >= study.total_available_places:
            raise bad_request(
                f"The study has no free place for this submission; add a place, then {action}."
            )
        if is_closed(study):
            # The place's cost went back to the workspace when the study closed.
            cost = place_charge(state, study).total
            ensure_funds(state, study.workspace_id, cost, "take this submission back")
    set_submission_status(state, sub, target)
    if action in ("UNRETURN", "UNREJECT"):
        restore_funds(state, study, "take this submission back")


def study_code(study: Study, code_text: str) -> dict[str, Any]:
    """The completion code of ``study`` that a request's ``completion_code`` names; 400 if it
    names none."""
    code = next((c for c in study.completion_codes if c.get("code") == code_text), None)
    if code is None:
        raise field_error("completion_code", "This code is not one of the study's codes.")
    return code


def _screen_out(state: SandboxState, sub: Submission, fields: Fields) -> None:
    code = study_code(state.studies[sub.study_id], fields.req_text("completion_code"))
    if fixed_action(code) is None:
        raise field_error(
            "completion_code", f"SCREEN_OUT needs a code with a {FIXED} action; this one has none."
        )
    if sub.status == "SCREENED OUT":
        return
    if sub.status not in ("ACTIVE", "AWAITING REVIEW"):
        raise bad_request(f"This submission is {sub.status} and cannot be screened out.")
    fixed_screen_out(state, sub, code)


def finish_with_code(state: SandboxState, sub: Submission, code: dict[str, Any]) -> None:
    """A participant finished with ``code``: a fixed screen-out code screens them out, any
    other code runs its actions as before."""
    if fixed_action(code) is not None:
        fixed_screen_out(state, sub, code)
    else:
        apply_completion_code(state, sub, code)


def fixed_screen_out(state: SandboxState, sub: Submission, code: dict[str, Any]) -> None:
    action = fixed_action(code)
    assert action is not None
    study = state.studies[sub.study_id]
    amount = int(action.get("fixed_screen_out_reward") or 0)
    charge = charge_in(state, study.workspace_id, amount)
    ensure_funds(state, study.workspace_id, charge.total, "pay this screen-out")
    sub.entered_code = code.get("code")
    pay_screen_out(
        state,
        study,
        sub,
        charge,
        "Thank you for your time. You did not meet this study's criteria, so your submission "
        "was screened out and you have been paid the screen-out reward.",
        note=f"fixed screen-out with code {code.get('code')}",
    )
    # The place this participant held was paid for at the full reward they will not receive:
    # that money came back when they were screened out (see _lifecycle.settle_funds) and now
    # pays for the replacement place, so the workspace is out of pocket by the payment only.
    study.total_available_places += 1
    fund_places(state, study, study.funded_places + 1, "fund the replacement place")
    key = (study.id, str(code.get("code")))
    used = state.research.screen_out_slots_used.get(key, 0) + 1
    state.research.screen_out_slots_used[key] = used
    if used >= int(action.get("slots") or 0) and study.status == "ACTIVE":
        set_study_status(state, study, "PAUSED")
