"""`python -m payout_desk`: the same as the `payout-desk` command."""

from payout_desk.cli import main

raise SystemExit(main())
