-- 0005_signin_failures.sql — failed sign-ins, counted per account and per
-- client address for the throttle (src/core/throttle.c). The key is a
-- digest of what is counted, so the table keeps no email or address that
-- anyone typed; a row lives until an hour passes without a failure.
CREATE TABLE signin_failures (
	key TEXT PRIMARY KEY,
	failures INTEGER NOT NULL,
	last_at BIGINT NOT NULL
);
CREATE INDEX signin_failures_last ON signin_failures (last_at);
