"""The route table: path templates with named parameters, compiled once.

A template such as ``/api/v1/studies/{study_id}/transition/`` matches with and without its
trailing slash, as Prolific's paths do. Literal routes win over parameterised ones
(``/submissions/bulk-approve/`` before ``/submissions/{submission_id}/``). A path that matches a
template under another method is answered 405.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import ModuleType

from ._http import Request, SandboxResponse
from ._state import SandboxState

Handler = Callable[[SandboxState, Request], SandboxResponse]

_PARAM = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
#: How many distinct (method, path) answers a route table remembers before starting afresh.
_RESOLVED_LIMIT = 4096


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    operation_id: str
    handler: Handler
    pattern: re.Pattern[str]
    params: int


def compile_template(template: str) -> re.Pattern[str]:
    """``/a/{x}/b/`` -> a regex capturing ``x``, with the trailing slash optional."""
    body = template.rstrip("/")
    regex = ""
    pos = 0
    for match in _PARAM.finditer(body):
        regex += re.escape(body[pos : match.start()])
        regex += f"(?P<{match.group(1)}>[^/]+)"
        pos = match.end()
    regex += re.escape(body[pos:])
    return re.compile(f"^{regex}/?$")


@dataclass(frozen=True)
class Match:
    route: Route
    params: dict[str, str]


class RouteTable:
    """Routes in match order; ``resolve`` finds the handler or says why not."""

    def __init__(self, routes: Iterable[tuple[str, str, str, Handler]]) -> None:
        compiled = [
            Route(method, template, op, handler, compile_template(template), template.count("{"))
            for method, template, op, handler in routes
        ]
        # Stable sort: fewer parameters first, so literal segments beat placeholders.
        self.routes = sorted(compiled, key=lambda r: r.params)
        self.by_operation = {r.operation_id: r for r in self.routes}
        # (method, path) -> answer: a client asks for the same few paths again and again, and
        # trying every route's pattern in turn was a good part of answering a GET.
        self._resolved: dict[tuple[str, str], Match | list[str]] = {}

    def resolve(self, method: str, path: str) -> Match | list[str]:
        """The matching route, or the methods the path accepts (empty: unknown path)."""
        known = self._resolved.get((method, path))
        if known is None:
            known = self._scan(method, path)
            if len(self._resolved) >= _RESOLVED_LIMIT:
                self._resolved.clear()
            self._resolved[(method, path)] = known
        # Copies: a handler may keep or change what it is given.
        if isinstance(known, Match):
            return Match(known.route, dict(known.params))
        return list(known)

    def _scan(self, method: str, path: str) -> Match | list[str]:
        allowed: list[str] = []
        matched_params: int | None = None
        for route in self.routes:
            found = route.pattern.match(path)
            if not found:
                continue
            # A literal route shadows placeholders for the same path (no 405 from those).
            if matched_params is not None and route.params > matched_params:
                break
            matched_params = route.params
            if route.method == method:
                return Match(route, found.groupdict())
            allowed.append(route.method)
        return allowed


def _build_table() -> RouteTable:
    from . import (
        _control,
        _credentials,
        _filters,
        _groups,
        _hooks,
        _messages,
        _money,
        _research,
        _studies,
        _study_urls,
        _submissions,
        _task_builder_routes,
        _workspaces,
    )

    v1 = "/api/v1"
    return RouteTable(
        [
            ("GET", f"{v1}/users/me/", "get_me", _workspaces.get_me),
            # workspaces and projects
            ("GET", f"{v1}/workspaces/", "list_workspaces", _workspaces.list_workspaces),
            ("POST", f"{v1}/workspaces/", "create_workspace", _workspaces.create_workspace),
            (
                "GET",
                f"{v1}/workspaces/{{workspace_id}}/",
                "get_workspace",
                _workspaces.get_workspace,
            ),
            (
                "PATCH",
                f"{v1}/workspaces/{{workspace_id}}/",
                "update_workspace",
                _workspaces.update_workspace,
            ),
            (
                "GET",
                f"{v1}/workspaces/{{workspace_id}}/balance/",
                "get_workspace_balance",
                _workspaces.get_workspace_balance,
            ),
            (
                "GET",
                f"{v1}/workspaces/{{workspace_id}}/projects/",
                "list_projects",
                _workspaces.list_projects,
            ),
            (
                "POST",
                f"{v1}/workspaces/{{workspace_id}}/projects/",
                "create_project",
                _workspaces.create_project,
            ),
            ("GET", f"{v1}/projects/{{project_id}}/", "get_project", _workspaces.get_project),
            (
                "PATCH",
                f"{v1}/projects/{{project_id}}/",
                "update_project",
                _workspaces.update_project,
            ),
            (
                "GET",
                f"{v1}/projects/{{project_id}}/studies/",
                "list_project_studies",
                _studies.list_project_studies,
            ),
            # studies
            ("GET", f"{v1}/studies/", "list_studies", _studies.list_studies),
            ("POST", f"{v1}/studies/", "create_study", _studies.create_study),
            ("GET", f"{v1}/studies/{{study_id}}/", "get_study", _studies.get_study),
            ("PATCH", f"{v1}/studies/{{study_id}}/", "update_study", _studies.update_study),
            ("DELETE", f"{v1}/studies/{{study_id}}/", "delete_study", _studies.delete_study),
            (
                "POST",
                f"{v1}/studies/{{study_id}}/transition/",
                "transition_study",
                _studies.transition_study,
            ),
            ("POST", f"{v1}/studies/{{study_id}}/clone/", "clone_study", _studies.clone_study),
            ("GET", f"{v1}/studies/{{study_id}}/cost/", "get_study_cost", _studies.get_study_cost),
            (
                "GET",
                f"{v1}/studies/{{study_id}}/submissions/",
                "list_study_submissions",
                _submissions.list_study_submissions,
            ),
            (
                "GET",
                f"{v1}/studies/{{study_id}}/submissions/counts/",
                "count_study_submissions",
                _submissions.count_study_submissions,
            ),
            (
                "POST",
                f"{v1}/study-cost-calculator/",
                "calculate_study_cost",
                _studies.calculate_study_cost,
            ),
            (
                "POST",
                f"{v1}/studies/{{study_id}}/screen-out-submissions/",
                "screen_out_submissions",
                _money.screen_out_submissions,
            ),
            (
                "POST",
                f"{v1}/studies/{{study_id}}/calculate-screen-out-payment/",
                "calculate_screen_out_payment",
                _money.calculate_screen_out_payment,
            ),
            # submissions
            ("GET", f"{v1}/submissions/", "list_submissions", _submissions.list_submissions),
            (
                "GET",
                f"{v1}/submissions/{{submission_id}}/",
                "get_submission",
                _submissions.get_submission,
            ),
            (
                "POST",
                f"{v1}/submissions/{{submission_id}}/transition/",
                "transition_submission",
                _submissions.transition_submission,
            ),
            (
                "POST",
                f"{v1}/submissions/{{submission_id}}/request-return/",
                "request_submission_return",
                _submissions.request_submission_return,
            ),
            (
                "POST",
                f"{v1}/submissions/bulk-approve/",
                "bulk_approve_submissions",
                _submissions.bulk_approve_submissions,
            ),
            # bonuses
            (
                "POST",
                f"{v1}/submissions/bonus-payments/",
                "create_bonus_payments",
                _money.create_bonus_payments,
            ),
            (
                "POST",
                f"{v1}/bulk-bonus-payments/{{batch_id}}/pay/",
                "pay_bonus_payments",
                _money.pay_bonus_payments,
            ),
            # participant groups
            (
                "GET",
                f"{v1}/participant-groups/",
                "list_participant_groups",
                _groups.list_participant_groups,
            ),
            (
                "POST",
                f"{v1}/participant-groups/",
                "create_participant_group",
                _groups.create_participant_group,
            ),
            (
                "GET",
                f"{v1}/participant-groups/{{group_id}}/",
                "get_participant_group",
                _groups.get_participant_group,
            ),
            (
                "PATCH",
                f"{v1}/participant-groups/{{group_id}}/",
                "update_participant_group",
                _groups.update_participant_group,
            ),
            (
                "DELETE",
                f"{v1}/participant-groups/{{group_id}}/",
                "delete_participant_group",
                _groups.delete_participant_group,
            ),
            (
                "GET",
                f"{v1}/participant-groups/{{group_id}}/participants/",
                "list_participant_group_participants",
                _groups.list_participant_group_participants,
            ),
            (
                "POST",
                f"{v1}/participant-groups/{{group_id}}/participants/",
                "add_participant_group_participants",
                _groups.add_participant_group_participants,
            ),
            (
                "DELETE",
                f"{v1}/participant-groups/{{group_id}}/participants/",
                "remove_participant_group_participants",
                _groups.remove_participant_group_participants,
            ),
            # messages
            ("GET", f"{v1}/messages/", "list_messages", _messages.list_messages),
            ("POST", f"{v1}/messages/", "send_message", _messages.send_message),
            (
                "GET",
                f"{v1}/messages/unread/",
                "list_unread_messages",
                _messages.list_unread_messages,
            ),
            ("POST", f"{v1}/messages/bulk/", "send_bulk_message", _messages.send_bulk_message),
            (
                "POST",
                f"{v1}/messages/participant-group/",
                "send_participant_group_message",
                _messages.send_participant_group_message,
            ),
            # filters, filter sets, eligibility
            ("GET", f"{v1}/filters/", "list_filters", _filters.list_filters),
            ("GET", f"{v1}/filter-sets/", "list_filter_sets", _filters.list_filter_sets),
            ("POST", f"{v1}/filter-sets/", "create_filter_set", _filters.create_filter_set),
            (
                "GET",
                f"{v1}/filter-sets/{{filter_set_id}}/",
                "get_filter_set",
                _filters.get_filter_set,
            ),
            (
                "PATCH",
                f"{v1}/filter-sets/{{filter_set_id}}/",
                "update_filter_set",
                _filters.update_filter_set,
            ),
            (
                "DELETE",
                f"{v1}/filter-sets/{{filter_set_id}}/",
                "delete_filter_set",
                _filters.delete_filter_set,
            ),
            (
                "POST",
                f"{v1}/filter-sets/{{filter_set_id}}/clone/",
                "clone_filter_set",
                _filters.clone_filter_set,
            ),
            (
                "POST",
                f"{v1}/filter-sets/{{filter_set_id}}/lock/",
                "lock_filter_set",
                _filters.lock_filter_set,
            ),
            (
                "POST",
                f"{v1}/filter-sets/{{filter_set_id}}/unlock/",
                "unlock_filter_set",
                _filters.unlock_filter_set,
            ),
            (
                "POST",
                f"{v1}/eligibility-count/",
                "count_eligible_participants",
                _filters.count_eligible_participants,
            ),
            # hooks
            ("GET", f"{v1}/hooks/event-types/", "list_event_types", _hooks.list_event_types),
            ("GET", f"{v1}/hooks/secrets/", "list_secrets", _hooks.list_secrets),
            ("POST", f"{v1}/hooks/secrets/", "create_secret", _hooks.create_secret),
            ("GET", f"{v1}/hooks/subscriptions/", "list_subscriptions", _hooks.list_subscriptions),
            (
                "POST",
                f"{v1}/hooks/subscriptions/",
                "create_subscription",
                _hooks.create_subscription,
            ),
            (
                "GET",
                f"{v1}/hooks/subscriptions/{{subscription_id}}/",
                "get_subscription",
                _hooks.get_subscription,
            ),
            (
                "PATCH",
                f"{v1}/hooks/subscriptions/{{subscription_id}}/",
                "update_subscription",
                _hooks.update_subscription,
            ),
            (
                "DELETE",
                f"{v1}/hooks/subscriptions/{{subscription_id}}/",
                "delete_subscription",
                _hooks.delete_subscription,
            ),
            (
                "POST",
                f"{v1}/hooks/subscriptions/{{subscription_id}}/",
                "confirm_subscription",
                _hooks.confirm_subscription,
            ),
            (
                "GET",
                f"{v1}/hooks/subscriptions/{{subscription_id}}/events/",
                "list_subscription_events",
                _hooks.list_subscription_events,
            ),
            # invitations
            ("POST", f"{v1}/invitations/", "create_invitation", _workspaces.create_invitation),
            # research operations of the 2026 description
            *_research_routes(v1, _research, _credentials, _study_urls),
            # sandbox-only controls (not Prolific's API)
            ("POST", "/_sandbox/clock/advance/", "sandbox_advance_clock", _control.advance_clock),
            (
                "POST",
                "/_sandbox/participants/join/",
                "sandbox_join_participants",
                _control.join_participants,
            ),
            (
                "POST",
                "/_sandbox/submissions/{submission_id}/submit/",
                "sandbox_submit_submission",
                _control.submit_submission,
            ),
            (
                "POST",
                "/_sandbox/workspaces/{workspace_id}/top-up/",
                "sandbox_top_up",
                _control.top_up,
            ),
            ("GET", "/_sandbox/ledger/", "sandbox_get_ledger", _control.get_ledger),
            ("GET", "/_sandbox/", "sandbox_info", _control.info),
            ("POST", "/_sandbox/faults/", "sandbox_add_fault", _control.add_fault),
            ("GET", "/_sandbox/faults/", "sandbox_list_faults", _control.list_faults),
            ("DELETE", "/_sandbox/faults/", "sandbox_clear_faults", _control.clear_faults),
            (
                "DELETE",
                "/_sandbox/faults/{fault_id}/",
                "sandbox_remove_fault",
                _control.remove_fault,
            ),
            # AI Task Builder, surveys and the storage host behind presigned URLs
            *_task_builder_routes.routes(),
        ]
    )


def _research_routes(
    v1: str, research: ModuleType, credentials: ModuleType, study_urls: ModuleType
) -> list[tuple[str, str, str, Handler]]:
    study = f"{v1}/studies/{{study_id}}"
    return [
        ("POST", f"{study}/test-study", "create_test_study", research.create_test_study),
        (
            "POST",
            f"{v1}/researchers/participants/",
            "create_test_participant",
            research.create_test_participant,
        ),
        (
            "POST",
            f"{study}/demographic-export/",
            "export_demographics",
            research.export_demographics,
        ),
        (
            "GET",
            f"{study}/demographic-export-history/",
            "get_demographic_export_history",
            research.get_demographic_export_history,
        ),
        (
            "GET",
            f"{study}/access-details-progress/",
            "get_access_details_progress",
            research.get_access_details_progress,
        ),
        (
            "GET",
            f"{v1}/reward-recommendations/",
            "get_reward_recommendations",
            research.get_reward_recommendations,
        ),
        (
            "GET",
            f"{v1}/filters/{{filter_id}}/distribution/",
            "get_filter_distribution",
            research.get_filter_distribution,
        ),
        (
            "GET",
            f"{v1}/submissions/signals/upload-url/{{filename}}",
            "get_feedback_upload_url",
            research.get_feedback_upload_url,
        ),
        (
            "DELETE",
            f"{v1}/projects/{{project_id}}/studies/{{study_id}}/",
            "remove_project_study",
            research.remove_project_study,
        ),
        ("GET", f"{v1}/credentials/", "get_credential_pools", credentials.get_credential_pools),
        (
            "POST",
            f"{v1}/credentials/",
            "create_credential_pool",
            credentials.create_credential_pool,
        ),
        (
            "PATCH",
            f"{v1}/credentials/{{credential_pool_id}}/",
            "append_credentials",
            credentials.append_credentials,
        ),
        (
            "GET",
            f"{study}/credentials/report/",
            "get_credential_report",
            credentials.get_credential_report,
        ),
        ("GET", "/.well-known/study/jwks.json", "get_study_jwks", study_urls.get_study_jwks),
    ]


#: Operations answered without a token (the keys that verify secured study URLs are public).
PUBLIC_OPERATIONS = frozenset({"get_study_jwks"})

_TABLE: RouteTable | None = None


def route_table() -> RouteTable:
    """The sandbox's routes (built on first use)."""
    global _TABLE
    if _TABLE is None:
        _TABLE = _build_table()
    return _TABLE
