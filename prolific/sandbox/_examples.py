"""Ready-made inputs for tests and rehearsals against the sandbox."""

from __future__ import annotations

from typing import Any

__all__ = ["example_study"]


def example_study(**overrides: Any) -> dict[str, Any]:
    """A valid create-study body: 3 places of 5 minutes at a reward of 100 minor units (1.00),
    finishing with code ``DONE1``, which sends submissions to manual review. Keyword arguments
    replace or add fields: ``example_study(total_available_places=10, is_custom_screening=True)``.
    """
    body: dict[str, Any] = {
        "name": "Reaction times",
        "description": "A short task about reaction times.",
        "external_study_url": "https://example.test/task?pid={{%PROLIFIC_PID%}}",
        "prolific_id_option": "url_parameters",
        "completion_codes": [
            {"code": "DONE1", "code_type": "COMPLETED", "actions": [{"action": "MANUALLY_REVIEW"}]}
        ],
        "estimated_completion_time": 5,
        "reward": 100,
        "total_available_places": 3,
    }
    body.update(overrides)
    return body
