"""``python -m tradespec_sandbox``: the same as the ``tradespec-sandbox`` command."""

from tradespec_sandbox.cli import main

raise SystemExit(main())
