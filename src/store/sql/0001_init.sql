-- 0001_init.sql — the first grip schema: every concept of an organisation
-- and the append-only history of its changes. Portable SQL for SQLite and
-- PostgreSQL: @ID@ is the back end's auto-numbered primary key; dates are
-- 'YYYY-MM-DD' text, times 'YYYY-MM-DDTHH:MM:SSZ' text (UTC), booleans 0/1.

CREATE TABLE orgs (
	id @ID@,
	slug TEXT NOT NULL UNIQUE,
	name TEXT NOT NULL,
	timezone TEXT NOT NULL DEFAULT 'UTC',
	week_start INTEGER NOT NULL DEFAULT 1,
	locale TEXT NOT NULL DEFAULT 'en',
	vision TEXT,
	strategy TEXT,
	created_at TEXT NOT NULL
);

CREATE TABLE people (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	email TEXT NOT NULL,
	name TEXT NOT NULL,
	role TEXT NOT NULL CHECK (role IN ('admin', 'member', 'viewer')),
	active INTEGER NOT NULL DEFAULT 1,
	left_on TEXT,
	password_hash TEXT,
	created_at TEXT NOT NULL,
	UNIQUE (org_id, email)
);

CREATE TABLE units (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	name TEXT NOT NULL,
	kind TEXT NOT NULL CHECK (kind IN ('company', 'business_unit', 'department', 'team', 'group')),
	parent_id BIGINT REFERENCES units(id),
	lead_id BIGINT REFERENCES people(id),
	visibility TEXT NOT NULL DEFAULT 'org' CHECK (visibility IN ('org', 'private')),
	vision TEXT,
	strategy TEXT,
	created_at TEXT NOT NULL,
	UNIQUE (org_id, name)
);
CREATE INDEX units_parent ON units (parent_id);

CREATE TABLE memberships (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	unit_id BIGINT NOT NULL REFERENCES units(id),
	person_id BIGINT NOT NULL REFERENCES people(id),
	role TEXT NOT NULL CHECK (role IN ('lead', 'member')),
	joined_on TEXT NOT NULL,
	left_on TEXT,
	left_reason TEXT
);
CREATE INDEX memberships_unit ON memberships (unit_id);
CREATE INDEX memberships_person ON memberships (person_id);

CREATE TABLE cycles (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	name TEXT NOT NULL,
	kind TEXT NOT NULL CHECK (kind IN ('quarter', 'year', 'programme')),
	unit_id BIGINT REFERENCES units(id),
	starts_on TEXT NOT NULL,
	ends_on TEXT NOT NULL,
	weeks INTEGER,
	opened_on TEXT,
	closed_at TEXT,
	created_at TEXT NOT NULL,
	UNIQUE (org_id, name),
	CHECK (ends_on >= starts_on)
);

CREATE TABLE objectives (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	cycle_id BIGINT NOT NULL REFERENCES cycles(id),
	layer TEXT NOT NULL CHECK (layer IN ('strategic', 'team', 'individual', 'group', 'member')),
	unit_id BIGINT REFERENCES units(id),
	owner_id BIGINT REFERENCES people(id),
	title TEXT NOT NULL,
	why TEXT,
	status TEXT NOT NULL CHECK (status IN ('draft', 'proposed', 'approved', 'active',
	                                       'achieved', 'missed', 'dropped')),
	development INTEGER NOT NULL DEFAULT 0,
	visibility TEXT NOT NULL DEFAULT 'org' CHECK (visibility IN ('org', 'private')),
	author_id BIGINT REFERENCES people(id),
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX objectives_cycle ON objectives (org_id, cycle_id);
CREATE INDEX objectives_unit ON objectives (unit_id);
CREATE INDEX objectives_owner ON objectives (owner_id);

CREATE TABLE key_results (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	objective_id BIGINT NOT NULL REFERENCES objectives(id),
	position INTEGER NOT NULL,
	title TEXT NOT NULL,
	kind TEXT NOT NULL CHECK (kind IN ('metric', 'boolean', 'milestones')),
	baseline DOUBLE PRECISION NOT NULL DEFAULT 0,
	target DOUBLE PRECISION NOT NULL DEFAULT 1,
	unit_label TEXT,
	weight DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (weight > 0),
	owner_id BIGINT REFERENCES people(id),
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX key_results_objective ON key_results (objective_id);

CREATE TABLE milestones (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	key_result_id BIGINT NOT NULL REFERENCES key_results(id),
	position INTEGER NOT NULL,
	title TEXT NOT NULL,
	weight DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (weight > 0),
	UNIQUE (key_result_id, position)
);

CREATE TABLE checkins (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	objective_id BIGINT NOT NULL REFERENCES objectives(id),
	author_id BIGINT REFERENCES people(id),
	at TEXT NOT NULL,
	confidence INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 10),
	issues TEXT,
	plan TEXT,
	created_at TEXT NOT NULL
);
CREATE INDEX checkins_objective ON checkins (objective_id, at);

-- Every value a key result has had: its history, read for "as of" questions.
CREATE TABLE kr_values (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	key_result_id BIGINT NOT NULL REFERENCES key_results(id),
	value DOUBLE PRECISION NOT NULL,
	note TEXT,
	at TEXT NOT NULL,
	checkin_id BIGINT REFERENCES checkins(id),
	author_id BIGINT REFERENCES people(id)
);
CREATE INDEX kr_values_kr ON kr_values (key_result_id, at);

CREATE TABLE initiatives (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	objective_id BIGINT NOT NULL REFERENCES objectives(id),
	key_result_id BIGINT REFERENCES key_results(id),
	title TEXT NOT NULL,
	owner_id BIGINT REFERENCES people(id),
	status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'doing', 'done')),
	link TEXT,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
);
CREATE INDEX initiatives_objective ON initiatives (objective_id);

CREATE TABLE alignments (
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	child_id BIGINT NOT NULL REFERENCES objectives(id),
	parent_id BIGINT NOT NULL REFERENCES objectives(id),
	created_at TEXT NOT NULL,
	PRIMARY KEY (child_id, parent_id),
	CHECK (child_id <> parent_id)
);
CREATE INDEX alignments_parent ON alignments (parent_id);

CREATE TABLE dependencies (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	from_objective_id BIGINT NOT NULL REFERENCES objectives(id),
	to_objective_id BIGINT REFERENCES objectives(id),
	to_unit_id BIGINT REFERENCES units(id),
	note TEXT,
	status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'agreed', 'done', 'declined')),
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	CHECK (to_objective_id IS NOT NULL OR to_unit_id IS NOT NULL)
);
CREATE INDEX dependencies_from ON dependencies (from_objective_id);

CREATE TABLE commitments (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	person_id BIGINT NOT NULL REFERENCES people(id),
	week TEXT NOT NULL,
	text TEXT NOT NULL,
	objective_id BIGINT REFERENCES objectives(id),
	status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'partial', 'missed')),
	reflection TEXT,
	shared INTEGER NOT NULL DEFAULT 0,
	author_id BIGINT REFERENCES people(id),
	created_at TEXT NOT NULL,
	closed_at TEXT
);
CREATE INDEX commitments_person ON commitments (person_id, week);
CREATE INDEX commitments_objective ON commitments (objective_id);

-- The history of every change: written once, never updated or deleted.
CREATE TABLE events (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	actor_id BIGINT REFERENCES people(id),
	at TEXT NOT NULL,
	entity TEXT NOT NULL,
	entity_id BIGINT NOT NULL,
	action TEXT NOT NULL,
	before_json TEXT,
	after_json TEXT,
	reason TEXT
);
CREATE INDEX events_entity ON events (org_id, entity, entity_id);
