"""unread statements: what a page states measurably that the extractors did not read, with its evidence and why

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('unread_statements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('night_id', sa.Integer(), nullable=False),
    sa.Column('snapshot_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.String(length=30), nullable=False),
    sa.Column('needs_editor', sa.Boolean(), nullable=False),
    sa.Column('kinds', sa.JSON(), nullable=False),
    sa.Column('criteria', sa.JSON(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['night_id'], ['nights.id'], ),
    sa.ForeignKeyConstraint(['snapshot_id'], ['snapshots.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('unread_statements', schema=None) as batch_op:
        batch_op.create_index('ix_unread_statements_night_editor_source', ['night_id', 'needs_editor', 'source'], unique=False)
        batch_op.create_index('ix_unread_statements_source_night', ['source', 'night_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_unread_statements_snapshot_id'), ['snapshot_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('unread_statements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unread_statements_snapshot_id'))
        batch_op.drop_index('ix_unread_statements_source_night')
        batch_op.drop_index('ix_unread_statements_night_editor_source')
    op.drop_table('unread_statements')
