"""Remember each document's story, so group ids stay when articles join a story.

Named migration 0003_stories of the releases before Alembic.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("doc_id", sa.String(300), primary_key=True),
        sa.Column("story_id", sa.String(300), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("stories")
