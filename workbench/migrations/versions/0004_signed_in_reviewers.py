"""Decisions record the signed-in reviewer's email beside their name; Alembic keeps the versions.

Every decision (audit entry, verdict, correction, regrouping) gets an ``email`` column: the
address the reviewer signed in with in team mode, empty for local use. The named-migration
table of the releases before Alembic is dropped (alembic_version replaces it).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

DECIDED = ("audit", "verdicts", "corrections", "regroupings")


def upgrade() -> None:
    for table in DECIDED:
        op.add_column(table, sa.Column("email", sa.String(320), nullable=True))
    op.execute("DROP TABLE IF EXISTS schema_migrations")


def downgrade() -> None:
    for table in DECIDED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("email")
