/*
 * fixture.h — the world the API target runs requests in: a real SQLite
 * file in the temporary directory holding two organisations, made once per
 * process through the core's API; an API token for each person the
 * requests act as; the ids of each kind of entity, to put in paths; and a
 * digest of everything an organisation holds, to tell what a request
 * changed.
 *
 * Acme (slug "acme") is the one requests are aimed at: an admin, a team
 * lead, a team member, a viewer, the lead and two members of a private
 * coaching group with its programme, someone who has left, a closed and
 * an open quarter, objectives of every layer, key results of every kind,
 * a check-in, initiatives, a dependency and commitments. Other (slug
 * "other") is a second organisation whose every text carries the marker
 * FIXTURE_OTHER_MARK: no request acting in Acme may change it or show it.
 */
#ifndef GRIP_TESTS_FUZZ_FIXTURE_H
#define GRIP_TESTS_FUZZ_FIXTURE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/grip.h"

#define FIXTURE_OTHER_MARK "ZZOTHER"
#define FIXTURE_ACME_MARK "acme.test"
#define FIXTURE_MAX_IDS 48

struct fixture_actor {
	const char *who;   /* a name to print */
	int org;           /* 0: Acme, 1: Other */
	const char *token; /* a bearer token of this person */
};

/* The ids of one kind, Acme's first, then Other's, then text that is no id. */
struct fixture_pool {
	const char *kind; /* the path segment before the id: "objectives" */
	const char *ids[FIXTURE_MAX_IDS];
	int n;
};

/* What an organisation holds: a digest of its rows in every table but the
 * history, and how many events its history has. */
struct fixture_state {
	unsigned char data[32];
	int64_t events;
};

struct fixture {
	char path[256];
	struct store *store;
	struct arena arena; /* the fixture's own strings, for the process */
	int64_t now;
	int64_t org_id[2];
	const char *slug[2];
	struct fixture_actor actors[10];
	int n_actors;
	struct fixture_pool pools[10];
	int n_pools;
	struct fixture_state initial[2]; /* as made */
};

/* Makes the database and everything in it; exits with a message if it
 * cannot (the target is of no use without it). */
void fixture_make(struct fixture *f);
/* Closes the store and removes the files. */
void fixture_remove(struct fixture *f);
/* The pool for the path segment before an id, or NULL. */
const struct fixture_pool *fixture_pool_of(const struct fixture *f, const char *kind);
/* The state of organisation org (0 or 1), as the open transaction sees it. */
void fixture_state(struct fixture *f, int org, struct fixture_state *out);
bool fixture_state_equal(const struct fixture_state *a, const struct fixture_state *b);

#endif
