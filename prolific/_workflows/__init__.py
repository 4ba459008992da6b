"""The SDK's workflows, each an I/O-free flow (see ``prolific._flow``) that a resource method
runs with the sync or async driver."""
