-- 0007_reminders.sql — the rhythm's reminders and accounts by email
-- (docs/model.md, "Reminders"; docs/security.md, "Accounts by email"):
-- each objective's check-in cadence, the hour of the organisation's day
-- reminders go out, each person's channels, a unit's webhook, the outbox
-- every notification passes through, and the one-time links of
-- invitations and password resets.

-- How often an objective is checked in on: 'weekly', 'fortnightly' or
-- 'monthly'. Staleness and "check-in due" follow it.
ALTER TABLE objectives ADD COLUMN cadence TEXT NOT NULL DEFAULT 'weekly'
	CHECK (cadence IN ('weekly', 'fortnightly', 'monthly'));

-- The hour (0-23, in the organisation's time zone) from which the day's
-- reminders are queued.
ALTER TABLE orgs ADD COLUMN remind_hour INTEGER NOT NULL DEFAULT 9;

-- A person's channels beside the app (which always holds their
-- notifications): email (1/0), and a weekly digest in place of single
-- emails (1/0). calendar_hash is the digest of the secret in their iCal
-- feed's address; NULL: no feed.
ALTER TABLE people ADD COLUMN notify_email INTEGER NOT NULL DEFAULT 1;
ALTER TABLE people ADD COLUMN digest INTEGER NOT NULL DEFAULT 0;
ALTER TABLE people ADD COLUMN calendar_hash TEXT;
CREATE UNIQUE INDEX people_calendar ON people (calendar_hash);

-- A Slack-compatible incoming webhook that hears the unit's reminders;
-- NULL: none.
ALTER TABLE units ADD COLUMN webhook_url TEXT;

-- The outbox. One row per notification and channel. recipient names who
-- hears it, 'p<person id>' or 'u<unit id>' (a unit's webhook), so that
-- (org, recipient, channel, dedup) is unique: dedup is the kind and the
-- period it is for (and the object where a kind has one per object), and
-- the same notification can never be queued twice. A row waits while
-- sent_at is NULL: next_attempt_at is when it is tried next (a claim moves
-- it forward before the attempt, so that a crash leads to one more try,
-- not to a lost message). read_at: seen in the app.
CREATE TABLE notifications (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	recipient TEXT NOT NULL,
	person_id BIGINT REFERENCES people(id),
	unit_id BIGINT REFERENCES units(id),
	channel TEXT NOT NULL CHECK (channel IN ('app', 'email', 'webhook')),
	kind TEXT NOT NULL,
	dedup TEXT NOT NULL,
	subject TEXT NOT NULL,
	body TEXT NOT NULL,
	link TEXT,
	created_at TEXT NOT NULL,
	attempts INTEGER NOT NULL DEFAULT 0,
	next_attempt_at TEXT,
	sent_at TEXT,
	read_at TEXT,
	last_error TEXT,
	UNIQUE (org_id, recipient, channel, dedup)
);
CREATE INDEX notifications_waiting ON notifications (sent_at, next_attempt_at);
CREATE INDEX notifications_person ON notifications (person_id, channel, created_at);

-- One-time links: an invitation to set a first password (7 days) or a
-- password reset (1 hour). Only a digest of the token is kept; used_at
-- ends it.
CREATE TABLE account_tokens (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	person_id BIGINT NOT NULL REFERENCES people(id),
	purpose TEXT NOT NULL CHECK (purpose IN ('invite', 'reset')),
	hash TEXT NOT NULL UNIQUE,
	created_at TEXT NOT NULL,
	expires_at TEXT NOT NULL,
	used_at TEXT
);
CREATE INDEX account_tokens_person ON account_tokens (person_id, purpose);
