"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 10:39:01.771478
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('entity_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('detail', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_station_id'), ['station_id'], unique=False)

    op.create_table('journal',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('entry_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('fields', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('site', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('entry_id')
    )
    with op.batch_alter_table('journal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_row_id'), ['row_id'], unique=False)

    op.create_table('local_user',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('username', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('display_name', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('password_hash', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('pin_hash', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('username')
    )
    op.create_table('meta',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('setting',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('setting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_setting_key'), ['key'], unique=False)
        batch_op.create_index(batch_op.f('ix_setting_station_id'), ['station_id'], unique=False)

    op.create_table('station',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('village', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('town', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('county', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('head_name', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_station_station_id'), ['station_id'], unique=False)

    op.create_table('team',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('leader_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('team', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_station_id'), ['station_id'], unique=False)

    op.create_table('volunteer',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('gender', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('id_card', sqlmodel.sql.sqltypes.AutoString(length=18), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('political_status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('skills', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('tags', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('join_date', sa.Date(), nullable=True),
    sa.Column('platform_no', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('exit_date', sa.Date(), nullable=True),
    sa.Column('exit_reason', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_id_card'), ['id_card'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_phone'), ['phone'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_station_id'), ['station_id'], unique=False)

    op.create_table('activity',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('theory_lecture', sa.Boolean(), nullable=False),
    sa.Column('team_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('start_at', sa.DateTime(), nullable=False),
    sa.Column('end_at', sa.DateTime(), nullable=False),
    sa.Column('content', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('residents_reached', sa.Integer(), nullable=False),
    sa.Column('partner_unit', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('request_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('person_in_charge', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_start_at'), ['start_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_station_id'), ['station_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_team_id'), ['team_id'], unique=False)

    op.create_table('household',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('volunteer_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('head_name', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_station_id'), ['station_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('service_request',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('requester_name', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('requester_phone', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('dispatched_by', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('team_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('volunteer_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('requested_at', sa.DateTime(), nullable=False),
    sa.Column('dispatched_at', sa.DateTime(), nullable=True),
    sa.Column('accepted_at', sa.DateTime(), nullable=True),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('rating', sa.Integer(), nullable=True),
    sa.Column('feedback', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], ),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('service_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_request_station_id'), ['station_id'], unique=False)

    op.create_table('team_member',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('team_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('volunteer_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], ),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_member_station_id'), ['station_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_member_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_member_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('hour_correction',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('volunteer_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('activity_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('service_date', sa.DateTime(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('operator', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('voids', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], ),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('hour_correction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hour_correction_station_id'), ['station_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hour_correction_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('household_visit',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('household_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('volunteer_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('operator', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('voids', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], ),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('household_visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_visit_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_visit_station_id'), ['station_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_visit_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('photo',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('activity_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=True),
    sa.Column('original_name', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('caption', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('photo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_photo_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_photo_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_photo_station_id'), ['station_id'], unique=False)

    op.create_table('point_entry',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('volunteer_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('activity_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('operator', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('voids', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], ),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('point_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_point_entry_station_id'), ['station_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_point_entry_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('signin',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('station_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field_clocks', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('activity_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('volunteer_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('flagged', sa.Boolean(), nullable=False),
    sa.Column('operator', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], ),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('signin', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signin_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signin_station_id'), ['station_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signin_volunteer_id'), ['volunteer_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('signin', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signin_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_signin_station_id'))
        batch_op.drop_index(batch_op.f('ix_signin_activity_id'))

    op.drop_table('signin')
    with op.batch_alter_table('point_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_point_entry_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_point_entry_station_id'))

    op.drop_table('point_entry')
    with op.batch_alter_table('photo', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_photo_station_id'))
        batch_op.drop_index(batch_op.f('ix_photo_sha256'))
        batch_op.drop_index(batch_op.f('ix_photo_activity_id'))

    op.drop_table('photo')
    with op.batch_alter_table('household_visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_visit_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_household_visit_station_id'))
        batch_op.drop_index(batch_op.f('ix_household_visit_household_id'))

    op.drop_table('household_visit')
    with op.batch_alter_table('hour_correction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hour_correction_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_hour_correction_station_id'))

    op.drop_table('hour_correction')
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_member_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_team_member_team_id'))
        batch_op.drop_index(batch_op.f('ix_team_member_station_id'))

    op.drop_table('team_member')
    with op.batch_alter_table('service_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_request_station_id'))

    op.drop_table('service_request')
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_household_station_id'))

    op.drop_table('household')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_team_id'))
        batch_op.drop_index(batch_op.f('ix_activity_station_id'))
        batch_op.drop_index(batch_op.f('ix_activity_start_at'))

    op.drop_table('activity')
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_station_id'))
        batch_op.drop_index(batch_op.f('ix_volunteer_phone'))
        batch_op.drop_index(batch_op.f('ix_volunteer_name'))
        batch_op.drop_index(batch_op.f('ix_volunteer_id_card'))

    op.drop_table('volunteer')
    with op.batch_alter_table('team', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_station_id'))

    op.drop_table('team')
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_station_station_id'))

    op.drop_table('station')
    with op.batch_alter_table('setting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_setting_station_id'))
        batch_op.drop_index(batch_op.f('ix_setting_key'))

    op.drop_table('setting')
    op.drop_table('meta')
    op.drop_table('local_user')
    with op.batch_alter_table('journal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_row_id'))

    op.drop_table('journal')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_station_id'))

    op.drop_table('audit_log')
