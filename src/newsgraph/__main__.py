"""``python -m newsgraph``: the same command line as the ``newsgraph`` script."""

from __future__ import annotations

import sys

from newsgraph.cli import main

if __name__ == "__main__":
    sys.exit(main())
