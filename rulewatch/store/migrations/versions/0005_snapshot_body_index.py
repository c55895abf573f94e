"""an index from a body's hash to its snapshots, for revisit records and re-extraction

Revision ID: 0005
Revises: 0004
"""
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_snapshots_body_url', 'snapshots', ['body_sha256', 'url'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_snapshots_body_url', table_name='snapshots')
