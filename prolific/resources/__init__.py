"""One module per namespace of ``Prolific`` / ``AsyncProlific``, sync and async side by side."""
