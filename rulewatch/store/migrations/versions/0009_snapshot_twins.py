"""snapshot twins: the other-language version each page names (hreflang, dcterms links, the language toggle)

Revision ID: 0009
Revises: 0008
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('snapshots', schema=None) as batch_op:
        batch_op.add_column(sa.Column('twin_url', sa.Text(), nullable=True))


def downgrade() -> None:
    # A plain ALTER TABLE … DROP COLUMN (SQLite >= 3.35): a batch copy would DROP TABLE snapshots, which the
    # records' and unread statements' foreign keys refuse.
    op.drop_column('snapshots', 'twin_url')
