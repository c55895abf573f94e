"""alert identity, the sources attached to each alert, and the notification outbox

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('identity', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('last_night_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_alerts_identity'), ['identity'], unique=False)
        batch_op.create_foreign_key('fk_alerts_last_night_id_nights', 'nights', ['last_night_id'], ['id'])

    op.create_table('alert_sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('alert_id', sa.Integer(), nullable=False),
    sa.Column('night_id', sa.Integer(), nullable=True),
    sa.Column('side', sa.String(length=10), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=True),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('authority', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['alert_id'], ['alerts.id'], ),
    sa.ForeignKeyConstraint(['night_id'], ['nights.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('alert_id', 'side', 'url', name='uq_alert_sources_alert_side_url')
    )
    with op.batch_alter_table('alert_sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_sources_alert_id'), ['alert_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_alert_sources_source'), ['source'], unique=False)

    op.create_table('notification_outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('alert_id', sa.Integer(), nullable=False),
    sa.Column('target', sa.String(length=100), nullable=False),
    sa.Column('night_id', sa.Integer(), nullable=True),
    sa.Column('queued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['alert_id'], ['alerts.id'], ),
    sa.ForeignKeyConstraint(['night_id'], ['nights.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('alert_id', 'target', name='uq_notification_outbox_alert_target')
    )
    with op.batch_alter_table('notification_outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notification_outbox_alert_id'), ['alert_id'], unique=False)
        batch_op.create_index('ix_notification_outbox_status', ['status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('notification_outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_notification_outbox_status')
        batch_op.drop_index(batch_op.f('ix_notification_outbox_alert_id'))
    op.drop_table('notification_outbox')
    with op.batch_alter_table('alert_sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alert_sources_source'))
        batch_op.drop_index(batch_op.f('ix_alert_sources_alert_id'))
    op.drop_table('alert_sources')
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_constraint('fk_alerts_last_night_id_nights', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_alerts_identity'))
        batch_op.drop_column('last_night_id')
        batch_op.drop_column('updated_at')
        batch_op.drop_column('identity')
