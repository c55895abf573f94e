"""snapshot indexes that keep a night's start fast after years: latest fetch read in full per URL, body hash to the response holding it

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


# The same conditions as READ_IN_FULL and HOLDS_BODY in tables.py, which the queries use.
READ_IN_FULL = sa.text("body_sha256 IS NOT NULL AND text_sha256 IS NOT NULL AND status IN (200, 304)")
HOLDS_BODY = sa.text("warc_file IS NOT NULL AND (unchanged IS NULL OR (unchanged NOT IN ('not-modified', 'same-body')))")


def upgrade() -> None:
    op.create_index('ix_snapshots_holding_body', 'snapshots', ['body_sha256', 'url', 'id'], unique=False,
                    sqlite_where=HOLDS_BODY, postgresql_where=HOLDS_BODY)
    op.create_index('ix_snapshots_read_in_full', 'snapshots', ['source', 'url', 'id'], unique=False,
                    sqlite_where=READ_IN_FULL, postgresql_where=READ_IN_FULL)


def downgrade() -> None:
    op.drop_index('ix_snapshots_read_in_full', table_name='snapshots')
    op.drop_index('ix_snapshots_holding_body', table_name='snapshots')
