-- «Sổ hộ» and «Rà soát» list a commune's households by village and find a member by citizen ID at any size
-- (5.000 households and more per commune): indexes for both.
create index ix_household_unit_village on household (unit_id, village);
create index ix_household_member_citizen on household_member (citizen_id);
