"""PostgreSQL fixtures: skipped, with the reason, unless $PAYOUT_DESK_TEST_PG names a server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.cli.conftest import cli  # noqa: F401  (the in-process `payout-desk` fixture)
from tests.pg.server import SKIP_REASON, scratch_database, server_url


@pytest.fixture
def pg_server() -> str:
    url = server_url()
    if url is None:
        pytest.skip(SKIP_REASON)
    return url


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh database for the test, dropped after it."""
    with scratch_database(pg_server) as url:
        yield url
