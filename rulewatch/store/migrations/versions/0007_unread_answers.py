"""editors' answers to unread statements (typed into a record, or dismissed) and the keys they are matched on

Revision ID: 0007
Revises: 0006
"""
import hashlib
import re
import unicodedata

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


# A frozen copy of rulewatch.store.unread.answer_keys as it was when this migration was written.
def _normalised(quote):
    text = unicodedata.normalize("NFKC", quote).replace("\u2019", "'").replace("\u2018", "'").casefold()
    return re.sub(r"\s+", " ", text).strip()


def _keys(evidence, text_sha256):
    quote_key = hashlib.sha256(f"{evidence.get('url', '')}\n{_normalised(evidence.get('quote', ''))}".encode()).hexdigest()
    place = f"{text_sha256}:{evidence.get('start')}:{evidence.get('end')}" if text_sha256 else None
    return quote_key, hashlib.sha256(place.encode()).hexdigest() if place else None


def upgrade() -> None:
    with op.batch_alter_table('unread_statements', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quote_key', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('place_key', sa.String(length=64), nullable=True))
    op.create_table('unread_answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('editor', sa.String(length=100), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('record', sa.JSON(), nullable=True),
    sa.Column('alert_id', sa.Integer(), nullable=True),
    sa.Column('quote_key', sa.String(length=64), nullable=False),
    sa.Column('place_key', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['alert_id'], ['alerts.id'], ),
    sa.ForeignKeyConstraint(['statement_id'], ['unread_statements.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('statement_id', name='uq_unread_answers_statement_id')
    )
    with op.batch_alter_table('unread_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unread_answers_place_key'), ['place_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_unread_answers_quote_key'), ['quote_key'], unique=False)
    # Statements stored before this migration get their keys from their evidence and their snapshot's text.
    statements = sa.table('unread_statements', sa.column('id', sa.Integer), sa.column('snapshot_id', sa.Integer),
                          sa.column('evidence', sa.JSON), sa.column('quote_key', sa.String),
                          sa.column('place_key', sa.String))
    snapshots = sa.table('snapshots', sa.column('id', sa.Integer), sa.column('text_sha256', sa.String))
    conn = op.get_bind()
    rows = conn.execute(sa.select(statements.c.id, statements.c.evidence, snapshots.c.text_sha256)
                        .join(snapshots, snapshots.c.id == statements.c.snapshot_id)).all()
    for row_id, evidence, text_sha256 in rows:
        quote_key, place_key = _keys(evidence or {}, text_sha256)
        conn.execute(statements.update().where(statements.c.id == row_id).values(quote_key=quote_key, place_key=place_key))


def downgrade() -> None:
    with op.batch_alter_table('unread_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unread_answers_quote_key'))
        batch_op.drop_index(batch_op.f('ix_unread_answers_place_key'))
    op.drop_table('unread_answers')
    with op.batch_alter_table('unread_statements', schema=None) as batch_op:
        batch_op.drop_column('place_key')
        batch_op.drop_column('quote_key')
