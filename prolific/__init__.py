"""prolific-python: a typed SDK for the Prolific API."""
