"""points ledger: schemes, rules, entries' new columns, goods, stock moves, slips; sign-in voids

Revision ID: 0007
Revises: 0006
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('point_scheme',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('validity_months', sa.Integer(), nullable=False),
    sa.Column('kiosk_visible', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('point_scheme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_point_scheme_station_id'), ['station_id'], unique=False)

    op.create_table('signin_void',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('signin_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('operator', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('signin_void', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signin_void_signin_id'), ['signin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signin_void_station_id'), ['station_id'], unique=False)

    op.create_table('goods',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('price', sa.Integer(), nullable=False),
    sa.Column('scheme_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(length=6), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['scheme_id'], ['point_scheme.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('goods', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goods_station_id'), ['station_id'], unique=False)

    op.create_table('point_rule',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('scheme_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('rounding', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('threshold_hours', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('origin', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.ForeignKeyConstraint(['scheme_id'], ['point_scheme.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('point_rule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_point_rule_scheme_id'), ['scheme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_point_rule_station_id'), ['station_id'], unique=False)

    op.create_table('redemption',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('volunteer_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('scheme_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('operator', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('redemption', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_redemption_number'), ['number'], unique=False)
        batch_op.create_index(batch_op.f('ix_redemption_station_id'), ['station_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_redemption_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('stock_move',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('goods_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.Column('counted', sa.Integer(), nullable=True),
    sa.Column('slip_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('operator', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('voids', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['goods_id'], ['goods.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('stock_move', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stock_move_goods_id'), ['goods_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_move_station_id'), ['station_id'], unique=False)

    with op.batch_alter_table('point_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('scheme_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
        batch_op.add_column(sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False,
                                      server_default='earned'))
        batch_op.add_column(sa.Column('rule_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
        batch_op.add_column(sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('on_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('slip_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
        batch_op.add_column(sa.Column('counterparty_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
        batch_op.create_index('ix_point_entry_balance', ['scheme_id', 'volunteer_id', 'points'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('point_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_point_entry_balance')
        batch_op.drop_column('counterparty_id')
        batch_op.drop_column('slip_id')
        batch_op.drop_column('on_date')
        batch_op.drop_column('source')
        batch_op.drop_column('rule_id')
        batch_op.drop_column('kind')
        batch_op.drop_column('scheme_id')

    with op.batch_alter_table('stock_move', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stock_move_station_id'))
        batch_op.drop_index(batch_op.f('ix_stock_move_goods_id'))

    op.drop_table('stock_move')
    with op.batch_alter_table('redemption', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_redemption_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_redemption_station_id'))
        batch_op.drop_index(batch_op.f('ix_redemption_number'))

    op.drop_table('redemption')
    with op.batch_alter_table('point_rule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_point_rule_station_id'))
        batch_op.drop_index(batch_op.f('ix_point_rule_scheme_id'))

    op.drop_table('point_rule')
    with op.batch_alter_table('goods', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goods_station_id'))

    op.drop_table('goods')
    with op.batch_alter_table('signin_void', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signin_void_station_id'))
        batch_op.drop_index(batch_op.f('ix_signin_void_signin_id'))

    op.drop_table('signin_void')
    with op.batch_alter_table('point_scheme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_point_scheme_station_id'))

    op.drop_table('point_scheme')
