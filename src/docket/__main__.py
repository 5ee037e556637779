"""`python -m docket` runs the command line."""

from __future__ import annotations

from docket.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
