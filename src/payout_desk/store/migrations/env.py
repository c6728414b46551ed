"""Alembic environment: migrations run on the connection handed over by store.migrate."""

from __future__ import annotations

from alembic import context

from payout_desk.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic revision --autogenerate` by developers
    raise SystemExit("Run migrations through payout_desk.store.migrate, which passes a connection.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
