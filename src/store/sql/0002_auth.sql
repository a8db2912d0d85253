-- 0002_auth.sql — signing in: sessions (a cookie's token, stored hashed,
-- with the CSRF token its forms must carry) and API tokens (shown once,
-- stored hashed, revocable).

CREATE TABLE sessions (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	person_id BIGINT NOT NULL REFERENCES people(id),
	hash TEXT NOT NULL UNIQUE,
	csrf TEXT NOT NULL,
	created_at TEXT NOT NULL,
	expires_at TEXT NOT NULL,
	ended_at TEXT
);

CREATE TABLE api_tokens (
	id @ID@,
	org_id BIGINT NOT NULL REFERENCES orgs(id),
	person_id BIGINT NOT NULL REFERENCES people(id),
	name TEXT NOT NULL,
	hash TEXT NOT NULL UNIQUE,
	created_at TEXT NOT NULL,
	revoked_at TEXT
);
CREATE INDEX api_tokens_person ON api_tokens (person_id);
