"""``python -m prolific``: the same as the ``prolific`` command."""

from prolific.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
