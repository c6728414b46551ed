"""The built app's entry point: the same `payout-desk` command as the installed package."""

from payout_desk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
