-- Issue 20: an activity's responsible person, a user of the municipality who answers for it (besides the trekker
-- organisation, printed in 'owner'), set with its deadline on concept and adopted plans. A removed account leaves
-- the activity without one; history keeps who it was.
alter table activity add column responsible_user_id bigint references app_user (id) on delete set null;
alter table activity_aud add column responsible_user_id bigint;
-- "Mijn werk": a user's activities by deadline
create index activity_responsible_idx on activity (responsible_user_id, deadline) where responsible_user_id is not null;
