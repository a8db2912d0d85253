-- 0009_changes.sql — the change log that keeps the read caches of grip
-- serve current (docs/performance.md, "What a write changed, and the read
-- cache"). Every write that changed rows adds rows here in its own
-- transaction: one per objective whose figures or representation it
-- changed (objective_id, for the few writes that are confined to named
-- objectives: a check-in, a key result's value), or one for all of its
-- organisation (objective_id NULL), or one for everything (org_id NULL:
-- a write that belongs to no organisation). A reader that saw change N
-- applies the rows after N to what it keeps. Old rows are pruned; a
-- reader that finds the rows it needs gone keeps nothing. The id only
-- grows (the newest row is never pruned): it is the organisations'
-- version, shared by every process that writes the file.
CREATE TABLE changes (
	id @ID@,
	org_id BIGINT,
	objective_id BIGINT
);
