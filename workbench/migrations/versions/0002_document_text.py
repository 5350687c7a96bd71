"""Keep each article's text, so uploaded articles survive a restart.

Named migration 0002_document_text of the releases before Alembic.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if "text" not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("documents")}:
        op.add_column("documents", sa.Column("text", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("text")
