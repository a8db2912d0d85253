-- 0006_cycle_end.sql — the middle and the end of a cycle (docs/model.md,
-- "The end of a cycle"): scoring opened early, mid-cycle reviews, scores of
-- key results, reflections on objectives, and the link of an objective
-- carried into a later cycle to the one it came from.

-- The day scoring was opened before the cycle's last day; NULL: it opens
-- on that day.
ALTER TABLE cycles ADD COLUMN scoring_on TEXT;

-- The objective this one was carried forward from (another cycle's).
ALTER TABLE objectives ADD COLUMN carried_from BIGINT REFERENCES objectives(id);
CREATE INDEX objectives_carried_from ON objectives (carried_from);

-- A mid-cycle review of an objective (for a member's outcome, the group's
-- half-way review): keep, adjust or drop, why, by whom, and for adjust
-- the changes it made, as a JSON array of {"field", "key_result_id",
-- "before", "after"}.
CREATE TABLE reviews (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	objective_id BIGINT NOT NULL REFERENCES objectives(id),
	decision TEXT NOT NULL CHECK (decision IN ('keep', 'adjust', 'drop')),
	reason TEXT NOT NULL,
	changes TEXT,
	reviewer_id BIGINT NOT NULL REFERENCES people(id),
	at TEXT NOT NULL
);
CREATE INDEX reviews_objective ON reviews (objective_id, at);

-- The scores of a key result at the end of its cycle, in tenths (0-10:
-- 0.0-1.0 with one decimal): the owner's self score with its evidence,
-- the lead's with a comment, and the final agreed one. One row per key
-- result, made by its first score.
CREATE TABLE scores (
	key_result_id BIGINT PRIMARY KEY REFERENCES key_results(id),
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	self_tenths INTEGER CHECK (self_tenths BETWEEN 0 AND 10),
	self_evidence TEXT,
	self_by BIGINT REFERENCES people(id),
	self_at TEXT,
	lead_tenths INTEGER CHECK (lead_tenths BETWEEN 0 AND 10),
	lead_comment TEXT,
	lead_by BIGINT REFERENCES people(id),
	lead_at TEXT,
	final_tenths INTEGER CHECK (final_tenths BETWEEN 0 AND 10),
	final_by BIGINT REFERENCES people(id),
	final_at TEXT
);

-- An objective's reflection at the end of its cycle.
CREATE TABLE reflections (
	objective_id BIGINT PRIMARY KEY REFERENCES objectives(id),
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	worked TEXT,
	did_not TEXT,
	carry_forward TEXT,
	author_id BIGINT REFERENCES people(id),
	updated_at TEXT NOT NULL
);
