"""A client library for accessing Prolific researcher API (prolific-python description)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
