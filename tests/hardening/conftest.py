"""The hardening tests run the CLI in-process like tests/cli does."""

from tests.cli.conftest import cli  # noqa: F401  (the fixture, shared)
