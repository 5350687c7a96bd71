"""The first schema: documents, claims, corrections, regroupings, verdicts and the audit log.

Named migration 0001_initial of the releases before Alembic.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("doc_id", sa.String(300), primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("publication", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("url", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("text_hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "claims",
        sa.Column("claim_id", sa.String(32), primary_key=True),
        sa.Column("doc_id", sa.String(300)),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("number_text", sa.Text),
        sa.Column("value", sa.Float),
        sa.Column("low", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("qualifier", sa.String(20)),
        sa.Column("unit", sa.String(20)),
        sa.Column("metric", sa.Text),
        sa.Column("subject", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("channel", sa.Text),
        sa.Column("quote", sa.Boolean),
        sa.Column("sentence", sa.Text),
        sa.Column("active", sa.Boolean),
    )
    op.create_index("ix_claims_doc_id", "claims", ["doc_id"])
    op.create_table(
        "corrections",
        sa.Column("claim_id", sa.String(32), primary_key=True),
        sa.Column("field", sa.String(40), primary_key=True),
        sa.Column("value", sa.Text),
        sa.Column("reviewer", sa.String(100)),
        sa.Column("at", sa.String(40)),
    )
    op.create_table(
        "regroupings",
        sa.Column("claim_id", sa.String(32), primary_key=True),
        sa.Column("group_id", sa.String(40), nullable=False),
        sa.Column("reviewer", sa.String(100)),
        sa.Column("at", sa.String(40)),
    )
    op.create_table(
        "verdicts",
        sa.Column("group_id", sa.String(40), primary_key=True),
        sa.Column("verdict", sa.String(40)),
        sa.Column("accepted_value", sa.Float),
        sa.Column("note", sa.Text),
        sa.Column("reviewer", sa.String(100)),
        sa.Column("reviewed_at", sa.String(40)),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(40)),
        sa.Column("reviewer", sa.String(100)),
        sa.Column("action", sa.String(40)),
        sa.Column("entity", sa.String(40)),
        sa.Column("entity_id", sa.String(300)),
        sa.Column("field", sa.String(40)),
        sa.Column("old", sa.Text),
        sa.Column("new", sa.Text),
        sa.Column("undoes", sa.Integer, nullable=True),
    )


def downgrade() -> None:
    for table in ("audit", "verdicts", "regroupings", "corrections", "claims", "documents"):
        op.drop_table(table)
