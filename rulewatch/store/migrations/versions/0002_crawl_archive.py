"""crawl archive: WARC index of snapshots, unchanged pages, discovered articles

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('snapshots', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('warc_file', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('warc_offset', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('warc_length', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('unchanged', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('carried_from', sa.Integer(), nullable=True))

    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('listing_url', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('listed_updated', sa.DateTime(timezone=True), nullable=True),
    sa.Column('first_night_id', sa.Integer(), nullable=False),
    sa.Column('fetched_night_id', sa.Integer(), nullable=True),
    sa.Column('fetched_updated', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['first_night_id'], ['nights.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('url', name='uq_articles_url')
    )
    with op.batch_alter_table('health', schema=None) as batch_op:
        batch_op.create_index('ix_health_source_night', ['source', 'night_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('health', schema=None) as batch_op:
        batch_op.drop_index('ix_health_source_night')
    op.drop_table('articles')
    with op.batch_alter_table('snapshots', schema=None) as batch_op:
        for column in ('carried_from', 'unchanged', 'warc_length', 'warc_offset', 'warc_file', 'kind'):
            batch_op.drop_column(column)
