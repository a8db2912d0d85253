/*
 * fuzz_api.c — libFuzzer target: the JSON bodies of every write route of
 * the API, run by the real handlers of the route table over a real SQLite
 * file holding two organisations (fixture.h), as the server runs them:
 * the route matched from its path, the body parsed as the server parses it
 * (only a JSON object reaches a handler), the person resolved from an API
 * token, the organisation of the path checked, the handler run in a
 * savepoint that is kept when it succeeds and undone when it fails.
 *
 * Every method but GET is a write route and is driven, except signing in
 * and setting a password, whose work is a deliberately slow password hash
 * (Argon2id, 64 MiB), and the other public routes ("forgot password"),
 * which act for no one and count in the sign-in throttle, which belongs
 * to no organisation: the invariants of a person's request are not theirs.
 *
 * An input is up to MAX_REQUESTS requests, one a line:
 *   byte 0     the route: 'A' + its index among the write routes (modulo)
 *   byte 1     who acts: 'a' + the index of a fixture person (modulo)
 *   bytes 2-3  the path's first and second id: '0' + an index in the ids of
 *              that kind (modulo; Acme's, then Other's, then text that is no
 *              id), or '~' for the last one this input created
 *   the rest   the body
 * The requests of an input run in one transaction, rolled back at its end,
 * so inputs do not depend on each other.
 *
 * Invariants, for every request:
 *  1. The router finds the route the path was made from.
 *  2. A refusal has a 4xx status (bad input is never a 500), a message,
 *     and an error the server can write as JSON (field and message UTF-8).
 *     Undoing it leaves both organisations as they were.
 *  3. A success answers a JSON object, or no content and no object, that
 *     the server can write; it shows nothing of the other organisation.
 *  4. A success changes nothing of the other organisation; if it changed
 *     its own, its history grew, and each event it wrote names the person
 *     who acted.
 * and after every input: both organisations are as the fixture made them.
 * ASan and UBSan watch all of it; libFuzzer fails an input that leaks.
 *
 * FUZZ_API_TRACE=1 prints each request and its answer's status to stderr.
 * FUZZ_WRITE_SEEDS=DIR writes the seeds below (a valid request of every
 * write route, and a few chains) into DIR and exits: tests/fuzz/run --seeds.
 */
#include "fuzz.h"

#include <sys/stat.h>

#include "api/api.h"
#include "fixture.h"
#include "store/store.h"

#define MAX_REQUESTS 6
#define MAX_ROUTES 64

static struct fixture fx;
static bool trace; /* FUZZ_API_TRACE=1: say what each request did */
static const struct api_route *writes[MAX_ROUTES];
static int n_writes;

/* ---- seeds: a valid request of every write route ---- */

struct step {
	const char *method;
	const char *pattern; /* without the "/api/v1/orgs/{org}" of org routes */
	char actor, id1, id2;
	const char *body;
};

struct seed {
	const char *name;
	struct step steps[4];
};

/* Ids by index in fixture.c's pools: people ada 0, bo 1, cy 2, di 3, lee
 * 4, ann 5, ben 6, ed 7; units Acme 0, Mobile 1, Circle 2; cycles Q3 0
 * (closed), Q4 1, Autumn circle 2; objectives Q3's 0, strategic 1, team 2,
 * cy's 3, the group's 4, ann's 5, ben's 6; key results 0-3 of the team
 * objective (metric up, metric down, yes/no, milestones); commitments bo's
 * 0 and 1, ann's 2 and 3; tokens in the order of the actors. Actors: a ada
 * (admin), b bo (lead of Mobile), c cy, d di (viewer), e lee (lead of
 * Circle), f ann, g ben, h ed (left), i zed (Other's admin). Numbers in
 * bodies are the ids themselves: the team objective is 3, its first key
 * result 1, the strategic objective 2. */
#define E10 "\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9"
#define LONG_E E10 E10 E10 E10 E10 E10 E10 E10 E10 E10 E10 E10 E10 /* é 130 times */
static const struct seed seeds[] = {
	{ "signout", { { "DELETE", "/api/v1/session", 'b', '0', '0', "" } } },
	{ "org-strategy", { { "PATCH", "", 'a', '0', '0',
			      "{\"vision\":\"Every team knows why\",\"strategy\":\"Few goals, weekly rhythm\"}" } } },
	{ "person-add", { { "POST", "/people", 'a', '0', '0',
			    "{\"email\":\"zoe@acme.test\",\"name\":\"Zo\\u00eb \\u00d6zdemir\",\"role\":\"member\"}" } } },
	{ "person-edit", { { "PATCH", "/people/{id}", 'a', '1', '0', "{\"name\":\"Bo B. Berg\",\"role\":\"viewer\"}" } } },
	{ "person-leave", { { "POST", "/people/{id}/leave", 'a', '2', '0', "{\"on\":\"2026-11-20\"}" } } },
	{ "calendar", { { "POST", "/me/calendar", 'd', '0', '0', "" },
			{ "POST", "/me/calendar", 'b', '0', '0', "" },
			{ "DELETE", "/me/calendar", 'b', '0', '0', "" } } },
	{ "unit-add", { { "POST", "/units", 'a', '0', '0',
			  "{\"name\":\"Web\",\"kind\":\"team\",\"parent\":\"Acme\",\"lead\":\"cy@acme.test\","
			  "\"visibility\":\"org\"}" } } },
	{ "unit-edit", { { "PATCH", "/units/{id}", 'b', '1', '0',
			   "{\"name\":\"Mobile apps\",\"vision\":\"Apps people love\",\"strategy\":\"Ship weekly\"}" } } },
	{ "member-add", { { "POST", "/units/{id}/members", 'e', '2', '0',
			    "{\"email\":\"cy@acme.test\",\"role\":\"member\",\"joined_on\":\"2026-11-02\"}" } } },
	{ "member-leave", { { "POST", "/units/{id}/members/{person_id}/leave", 'e', '2', '5',
			      "{\"on\":\"2026-11-20\",\"reason\":\"moved away\"}" } } },
	{ "cycle-add", { { "POST", "/cycles", 'a', '0', '0',
			   "{\"name\":\"2027-Q1\",\"kind\":\"quarter\",\"starts_on\":\"2027-01-01\","
			   "\"ends_on\":\"2027-03-31\"}" } } },
	{ "programme-add-open", { { "POST", "/cycles", 'a', '0', '0',
				    "{\"name\":\"Spring\",\"kind\":\"programme\",\"starts_on\":\"2027-03-01\","
				    "\"weeks\":8,\"unit\":\"Circle\"}" },
				  { "POST", "/cycles/{id}/open", 'a', '~', '0', "" } } },
	{ "cycle-close", { { "POST", "/cycles/{id}/close", 'a', '1', '0', "" } } },
	{ "cycle-close-force", { { "POST", "/cycles/{id}/close", 'a', '1', '0', "{\"force\":\"The quarter ended early\"}" } } },
	{ "cycle-scoring", { { "POST", "/cycles/{id}/scoring", 'a', '1', '0', "" } } },
	{ "score", { { "POST", "/cycles/{id}/scoring", 'a', '1', '0', "" },
		     { "PUT", "/key_results/{id}/score", 'c', '0', '0', "{\"self\":0.7,\"evidence\":\"7 of 10 \u00e9\"}" },
		     { "PUT", "/key_results/{id}/score", 'b', '0', '0',
		       "{\"lead\":\"0.6\",\"comment\":\"Fair\",\"final\":0.6}" } } },
	{ "cycle-edit-delete", { { "POST", "/cycles", 'a', '0', '0',
				   "{\"name\":\"2027-Q2\",\"kind\":\"quarter\",\"starts_on\":\"2027-04-01\","
				   "\"ends_on\":\"2027-06-30\"}" },
				 { "PATCH", "/cycles/{id}", 'a', '~', '0',
				   "{\"name\":\"Spring 2027\",\"starts_on\":\"2027-04-05\",\"ends_on\":\"2027-07-02\"}" },
				 { "DELETE", "/cycles/{id}", 'a', '~', '0', "" } } },
	{ "org-settings", { { "PATCH", "", 'a', '0', '0',
			      "{\"name\":\"Acme Ltd\",\"timezone\":\"Europe/Berlin\",\"week_start\":\"sunday\","
			      "\"locale\":\"en\"}" } } },
	{ "unit-move-delete", { { "POST", "/units", 'a', '0', '0', "{\"name\":\"Lab\",\"kind\":\"department\"}" },
				{ "PATCH", "/units/{id}", 'b', '1', '0', "{\"parent\":\"Lab\"}" },
				{ "DELETE", "/units/{id}", 'a', '~', '0', "" } } },
	{ "objective-add", { { "POST", "/objectives", 'b', '0', '0',
			       "{\"title\":\"Faster support\",\"why\":\"Customers wait\",\"cycle\":\"2026-Q4\","
			       "\"layer\":\"team\",\"unit\":\"Mobile\",\"aligns_to\":[2],\"status\":\"active\"}" } } },
	{ "objective-edit", { { "PATCH", "/objectives/{id}", 'b', '2', '0',
				"{\"title\":\"Make onboarding effortless for all\",\"why\":\"Trials stall\","
				"\"development\":false,\"reason\":\"scope grew\"}" } } },
	{ "objective-status", { { "POST", "/objectives/{id}/status", 'b', '2', '0',
				  "{\"status\":\"achieved\",\"reason\":\"shipped\"}" } } },
	{ "outcome-review", { { "POST", "/objectives/{id}/review", 'e', '5', '0',
				"{\"decision\":\"approve\",\"comment\":\"Clear and yours\"}" } } },
	{ "align", { { "POST", "/objectives/{id}/alignments", 'c', '3', '0', "{\"parent_id\":2}" } } },
	{ "unalign", { { "DELETE", "/objectives/{id}/alignments/{parent_id}", 'b', '2', '1', "" } } },
	{ "kr-add-values", { { "POST", "/objectives/{id}/key_results", 'b', '2', '0',
			       "{\"title\":\"Launch\",\"kind\":\"milestones\",\"milestones\":[\"Plan\",\"Build\"],"
			       "\"weight\":2,\"owner\":\"cy@acme.test\"}" },
			     { "POST", "/key_results/{id}/values", 'b', '~', '0', "{\"value\":1,\"note\":\"planned\"}" } } },
	{ "kr-edit", { { "PATCH", "/key_results/{id}", 'b', '0', '0',
			 "{\"title\":\"Activation\",\"unit\":\"%\",\"baseline\":60,\"target\":95,\"weight\":1.5,"
			 "\"reason\":\"we can do better\"}" } } },
	{ "kr-weighted-delete", { { "POST", "/objectives", 'b', '0', '0',
				    "{\"title\":\"Tour v2\",\"cycle\":\"2026-Q4\",\"layer\":\"team\",\"unit\":\"Mobile\"}" },
				  { "POST", "/objectives/{id}/key_results", 'b', '~', '0',
				    "{\"title\":\"Tour shipped\",\"milestones\":[\"Plan\",{\"title\":\"Build\",\"weight\":2.5}]}" },
				  { "DELETE", "/key_results/{id}", 'b', '~', '0', "" } } },
	{ "kr-milestone-named", { { "POST", "/key_results/{id}/values", 'c', '3', '0',
				    "{\"milestone\":\"beta\",\"note\":\"by name\"}" } } },
	{ "kr-value", { { "POST", "/key_results/{id}/values", 'c', '1', '0',
			  "{\"value\":9.5,\"note\":\"after the cache\",\"at\":\"2026-11-20T09:30\"}" } } },
	{ "checkin", { { "POST", "/objectives/{id}/checkins", 'c', '2', '0',
			 "{\"confidence\":6,\"results\":[{\"key_result_id\":1,\"value\":75,\"note\":\"up\"},"
			 "{\"key_result_id\":3,\"value\":1}],\"issues\":\"login is slow\",\"plan\":\"cache it\"}" } } },
	{ "initiative", { { "POST", "/objectives/{id}/initiatives", 'b', '2', '0',
			    "{\"title\":\"Cache the lookup\",\"owner\":\"cy@acme.test\","
			    "\"link\":\"https://tracker.example/PLAT-12\",\"key_result_id\":1}" },
			  { "PATCH", "/initiatives/{id}", 'b', '~', '0', "{\"status\":\"done\"}" } } },
	{ "initiative-status", { { "PATCH", "/initiatives/{id}", 'c', '0', '0', "{\"status\":\"doing\"}" } } },
	{ "dependency", { { "POST", "/objectives/{id}/dependencies", 'b', '2', '0',
			    "{\"to_objective_id\":2,\"note\":\"the strategy must name the tour\"}" },
			  { "PATCH", "/dependencies/{id}", 'a', '~', '0', "{\"status\":\"declined\"}" } } },
	{ "dependency-unit", { { "POST", "/objectives/{id}/dependencies", 'e', '4', '0',
				 "{\"to_unit\":\"Mobile\",\"note\":\"a room for the circle\"}" } } },
	{ "dependency-status", { { "PATCH", "/dependencies/{id}", 'a', '0', '0', "{\"status\":\"agreed\"}" } } },
	{ "objective-owner", { { "PATCH", "/objectives/{id}", 'b', '2', '0',
				 "{\"owner\":\"cy@acme.test\",\"reason\":\"Cy leads it now\"}" } } },
	{ "objective-delete", { { "POST", "/objectives", 'b', '0', '0',
				  "{\"title\":\"A first thought\",\"cycle\":\"2026-Q4\",\"layer\":\"team\","
				  "\"unit\":\"Mobile\"}" },
				{ "POST", "/objectives/{id}/initiatives", 'b', '~', '0', "{\"title\":\"Try it\"}" },
				{ "DELETE", "/objectives/{id}", 'c', '~', '0', "" } } },
	{ "initiative-edit", { { "PATCH", "/initiatives/{id}", 'c', '0', '0',
				 "{\"title\":\"Cache the session lookup at the edge\",\"owner\":\"\","
				 "\"link\":\"https://tracker.example/PLAT-13\",\"key_result_id\":0}" } } },
	{ "initiative-delete", { { "DELETE", "/initiatives/{id}", 'b', '0', '0', "" } } },
	{ "dependency-note", { { "PATCH", "/dependencies/{id}", 'b', '0', '0',
				 "{\"note\":\"the strategy names onboarding by week 48\",\"status\":\"agreed\"}" } } },
	{ "dependency-delete", { { "DELETE", "/dependencies/{id}", 'b', '0', '0', "" } } },
	{ "commitment", { { "POST", "/commitments", 'f', '0', '0',
			    "{\"email\":\"ann@acme.test\",\"text\":\"Three one-to-ones without notes\","
			    "\"week\":\"2026-w48\",\"objective_id\":6,\"shared\":true}" },
			  { "POST", "/commitments/{id}/close", 'f', '~', '0',
			    "{\"status\":\"partial\",\"reflection\":\"two of three\"}" } } },
	{ "commitment-close", { { "POST", "/commitments/{id}/close", 'b', '0', '0',
				  "{\"status\":\"done\",\"reflection\":\"all three\"}" } } },
	{ "commitment-edit", { { "PATCH", "/commitments/{id}", 'b', '0', '0',
				 "{\"text\":\"Interview five new users\",\"objective_id\":null,\"shared\":true}" },
			       { "POST", "/commitments", 'f', '0', '0', "{\"email\":\"ann@acme.test\",\"text\":\"This week\"}" } } },
	{ "commitment-delete", { { "DELETE", "/commitments/{id}", 'b', '0', '0', "" } } },
	{ "prompt", { { "PUT", "/groups/{id}/prompt", 'e', '2', '0', "{\"offered\":false}" } } },
	{ "token", { { "POST", "/tokens", 'c', '0', '0', "{\"name\":\"laptop\"}" },
		     { "DELETE", "/tokens/{id}", 'c', '~', '0', "" } } },
	{ "token-revoke", { { "DELETE", "/tokens/{id}", 'a', '3', '0', "" } } },
	{ "member-outcome", { { "POST", "/objectives", 'g', '0', '0',
				"{\"title\":\"By January I give feedback within a day\",\"cycle\":\"Autumn circle\","
				"\"layer\":\"member\",\"unit\":\"Circle\",\"owner\":\"ben@acme.test\","
				"\"aligns_to\":[5],\"status\":\"proposed\"}" },
			      { "POST", "/objectives/{id}/review", 'e', '~', '0',
				"{\"decision\":\"return\",\"comment\":\"say how you will know\"}" } } },
	{ "proposal-review", { { "POST", "/objectives", 'c', '0', '0',
				 "{\"title\":\"Cy learns Swift\",\"cycle\":\"2026-Q4\",\"layer\":\"individual\","
				 "\"unit\":\"Mobile\",\"owner\":\"cy@acme.test\",\"status\":\"proposed\"}" },
			       { "POST", "/objectives/{id}/review", 'b', '~', '0',
				 "{\"decision\":\"return\",\"comment\":\"how will you know?\"}" } } },
	{ "review-adjust", { { "POST", "/objectives/{id}/reviews", 'b', '2', '0',
			       "{\"decision\":\"adjust\",\"reason\":\"half-way: aim lower, weigh it more\","
			       "\"changes\":[{\"field\":\"title\",\"after\":\"Make onboarding take a day\"},"
			       "{\"field\":\"kr_title\",\"key_result_id\":1,\"after\":\"Sign-ups finished\"},"
			       "{\"field\":\"target\",\"key_result_id\":1,\"after\":77.5},"
			       "{\"field\":\"weight\",\"key_result_id\":1,\"after\":2.5}]}" } } },
	{ "review-drop", { { "POST", "/objectives/{id}/reviews", 'a', '1', '0',
			     "{\"decision\":\"drop\",\"reason\":\"the strategy moved\"}" },
			   { "POST", "/objectives/{id}/reviews", 'e', '4', '0',
			     "{\"decision\":\"keep\",\"reason\":\"two of three members on track\"}" } } },
	{ "carry", { { "POST", "/objectives/{id}/carry", 'b', '0', '0', "{\"to\":\"2026-Q4\"}" } } },
	{ "carry-unit", { { "POST", "/cycles/{id}/carry", 'b', '0', '0', "{\"unit\":\"Mobile\",\"to\":\"2026-Q4\"}" } } },
	{ "cycle-add-from", { { "POST", "/cycles", 'a', '0', '0',
				"{\"name\":\"2027-Q1\",\"from\":\"2026-Q3\",\"ends_on\":\"2027-03-31\"}" } } },
	/* Refusals that echo what was sent at length: the message and the field
	 * are cut at their limit between characters (they once were not). */
	{ "long-refused-week", { { "POST", "/commitments", 'b', '0', '0',
				   "{\"email\":\"bo@acme.test\",\"text\":\"Ship\",\"week\":\"" LONG_E "\"}" } } },
	{ "long-unknown-field", { { "POST", "/tokens", 'b', '0', '0',
				    "{\"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\\u00e9\":1}" } } },
	{ "reflection", { { "PUT", "/objectives/{id}/reflection", 'b', '2', '0',
			    "{\"worked\":\"Pairing with support\",\"did_not\":\"A late start\","
			    "\"carry_forward\":\"The offline first run\"}" },
			  { "PUT", "/objectives/{id}/reflection", 'c', '2', '0', "{\"carry_forward\":\"\"}" } } },
	{ "notify-read", { { "POST", "/notifications/read", 'c', '0', '0', "{\"ids\":[1,2]}" },
			   { "POST", "/notifications/read", 'c', '0', '0', "{\"all\":true}" } } },
	{ "notices", { { "PATCH", "/people/{id}", 'b', '1', '0', "{\"notify_email\":false,\"digest\":true}" },
		       { "PATCH", "", 'a', '0', '0', "{\"remind_hour\":7}" } } },
	{ "person-invite", { { "POST", "/people/{id}/invitation", 'a', '1', '0', "" },
			     { "POST", "/people/{id}/invitation", 'a', '1', '0', "" } } },
	{ "coach-check", { { "POST", "/coach/check", 'd', '0', '0',
			     "{\"kind\":\"key_result\",\"text\":\"Improve onboarding\",\"kr_kind\":\"boolean\"}" },
			   { "POST", "/coach/check", 'c', '0', '0', "{\"kind\":\"commitment\",\"text\":\"Lose 2 kg\"}" } } },
	{ "other-org", { { "PATCH", "/objectives/{id}", 'i', '2', '0', "{\"title\":\"Not yours\"}" },
			 { "POST", "/commitments/{id}/close", 'a', '4', '0', "{\"status\":\"done\"}" } } },
};

static bool is_org_route(const struct api_route *rt)
{
	return rt->flags & ROUTE_ORG;
}

/* The index of a step's route among the write routes, or -1. */
static int route_of(const struct step *s)
{
	for (int i = 0; i < n_writes; i++) {
		const char *p = writes[i]->pattern;
		if (is_org_route(writes[i])) {
			if (strncmp(p, "/api/v1/orgs/{org}", 18) != 0)
				continue;
			p += 18;
		}
		if (strcmp(writes[i]->method, s->method) == 0 && strcmp(p, s->pattern) == 0)
			return i;
	}
	return -1;
}

/* Every write route has a seed, and every seed a route: a new route
 * without one stops the target, so the corpus keeps up with the table. */
static void check_seeds(void)
{
	bool seeded[MAX_ROUTES] = { false };
	for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
		for (const struct step *s = seeds[i].steps; s->method; s++) {
			int k = route_of(s);
			if (k < 0) {
				fprintf(stderr, "fuzz_api: seed %s names %s %s, which is no write route\n", seeds[i].name,
					s->method, s->pattern);
				exit(2);
			}
			seeded[k] = true;
		}
	}
	for (int k = 0; k < n_writes; k++) {
		if (!seeded[k]) {
			fprintf(stderr, "fuzz_api: the write route %s %s has no seed in tests/fuzz/fuzz_api.c\n",
				writes[k]->method, writes[k]->pattern);
			exit(2);
		}
	}
}

static void write_seeds(const char *dir)
{
	mkdir(dir, 0777);
	for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
		char path[512];
		snprintf(path, sizeof path, "%s/seed-%s", dir, seeds[i].name);
		FILE *out = fopen(path, "wb");
		if (!out) {
			perror(path);
			exit(2);
		}
		for (const struct step *s = seeds[i].steps; s->method; s++) {
			if (s != seeds[i].steps)
				fputc('\n', out);
			fprintf(out, "%c%c%c%c%s", 'A' + route_of(s), s->actor, s->id1, s->id2, s->body);
		}
		fclose(out);
	}
}

/* ---- one input ---- */

struct run {
	struct fixture_state state[2]; /* as of the last request */
	int64_t last_event;            /* the newest event's id */
	const char *created[MAX_ROUTES]; /* per write route: the id it last created */
};

static void finish(void)
{
	fixture_remove(&fx);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	for (const struct api_route *rt = api_routes; rt->method && n_writes < MAX_ROUTES; rt++)
		if (strcmp(rt->method, "GET") != 0 && rt->handler && !(rt->flags & (ROUTE_SIGNIN | ROUTE_PUBLIC)))
			writes[n_writes++] = rt;
	check_seeds();
	const char *dir = getenv("FUZZ_WRITE_SEEDS");
	if (dir) {
		write_seeds(dir);
		exit(0);
	}
	trace = getenv("FUZZ_API_TRACE") != NULL;
	if (grip_auth_init() < 0) {
		fprintf(stderr, "fuzz_api: libsodium does not start\n");
		exit(2);
	}
	fixture_make(&fx);
	atexit(finish);
	return 0;
}

static int64_t newest_event(void)
{
	int64_t id = 0;
	if (store_x(fx.store, &id, "SELECT coalesce(max(id), 0) FROM events") != STORE_OK)
		abort();
	return id;
}

/* The segment before "{name}" in pattern: the kind of id it takes. */
static const char *kind_before(const char *pattern, const char *brace, char *buf, size_t len)
{
	const char *end = brace - 1, *start = end;
	while (start > pattern && start[-1] != '/')
		start--;
	snprintf(buf, len, "%.*s", (int)(end - start), start);
	if (strcmp(buf, "members") == 0)
		return "people";
	if (strcmp(buf, "alignments") == 0)
		return "objectives";
	if (strcmp(buf, "groups") == 0)
		return "units";
	return buf;
}

/* The route that creates ids of a kind: POST to a path ending in it. */
static int creator_of(const char *kind)
{
	for (int i = 0; i < n_writes; i++) {
		const char *p = writes[i]->pattern;
		size_t pl = strlen(p), kl = strlen(kind);
		if ((writes[i]->flags & ROUTE_CREATE) && pl > kl && p[pl - kl - 1] == '/' && strcmp(p + pl - kl, kind) == 0)
			return i;
	}
	return -1;
}

/* The path of a route with its {…} filled in, into buf. */
static void make_path(const struct api_route *rt, int org, const uint8_t sel[2], const struct run *run, char *buf,
		      size_t len)
{
	size_t n = 0;
	int k = 0;
	for (const char *p = rt->pattern; *p && n + 1 < len;) {
		if (*p != '{') {
			buf[n++] = *p++;
			continue;
		}
		const char *close = strchr(p, '}');
		const char *value;
		if (strncmp(p, "{org}", 5) == 0) {
			value = fx.slug[org];
		} else {
			char seg[32];
			const char *kind = kind_before(rt->pattern, p, seg, sizeof seg);
			const struct fixture_pool *pool = fixture_pool_of(&fx, kind);
			int made = creator_of(kind);
			uint8_t b = sel[k < 2 ? k : 1];
			k++;
			if (b == '~' && made >= 0 && run->created[made])
				value = run->created[made];
			else
				value = pool ? pool->ids[(uint8_t)(b - '0') % pool->n] : "1";
		}
		n += (size_t)snprintf(buf + n, len - n, "%s", value);
		if (n >= len)
			n = len - 1;
		p = close + 1;
	}
	buf[n] = '\0';
}

/* What the server does around a handler (server.c run_route), less the
 * transport: the token, the organisation of the path, the handler. */
static int run_route(struct api_request *r, const char *token)
{
	if (!(r->route->flags & ROUTE_PUBLIC) && grip_token_resolve(r->g, token) < 0)
		return -1;
	if (api_org_check(r) < 0)
		return -1;
	int rc = r->route->handler(r);
	if (r->json_text) { /* an answer written as text: read as a client reads it */
		r->result = json_loads(r->json_text, 0, NULL);
		free(r->json_text);
		r->json_text = NULL;
	}
	return rc;
}

static bool utf8_ok(const char *s)
{
	json_t *j = json_string(s); /* jansson checks UTF-8 */
	json_decref(j);
	return j != NULL;
}

static void check_refusal(const struct api_request *r)
{
	const struct grip_error *e = &r->g->err;
	int status = api_status_of(e->code);
	FUZZ_CHECK(e->code != GRIP_OK, "%s %s failed with no error", r->method, r->path);
	FUZZ_CHECK(status >= 400 && status < 500, "%s %s answers %d: %s: %s", r->method, r->path, status, e->field,
		   e->message);
	FUZZ_CHECK(e->message[0], "%s %s: an error without a message", r->method, r->path);
	FUZZ_CHECK(utf8_ok(e->message) && utf8_ok(e->field), "%s %s: the error is not UTF-8: %s: %s", r->method,
		   r->path, e->field, e->message);
}

static bool contains(const uint8_t *data, size_t len, const char *what)
{
	size_t n = strlen(what);
	for (size_t i = 0; i + n <= len; i++)
		if (memcmp(data + i, what, n) == 0)
			return true;
	return false;
}

/* input: the whole input, which may have given the marker to an earlier
 * request of the same input. */
static void check_answer(const struct api_request *r, int org, const uint8_t *input, size_t ilen)
{
	if (r->no_content) {
		FUZZ_CHECK(!r->result, "%s %s: no content, yet a result", r->method, r->path);
		return;
	}
	FUZZ_CHECK(json_is_object(r->result), "%s %s: the answer is not an object", r->method, r->path);
	char *text = json_dumps(r->result, JSON_COMPACT | JSON_REAL_PRECISION(12));
	FUZZ_CHECK(text, "%s %s: the answer cannot be written", r->method, r->path);
	/* Nothing of the other organisation, unless the input said it. */
	const char *mark = org == 0 ? FIXTURE_OTHER_MARK : FIXTURE_ACME_MARK;
	if (!contains(input, ilen, mark))
		FUZZ_CHECK(!strstr(text, mark), "%s %s shows the other organisation: %.300s", r->method, r->path,
			   text);
	free(text);
}

static void run_request(struct run *run, const uint8_t *line, size_t len, const uint8_t *input, size_t ilen)
{
	if (len < 4)
		return;
	int which = (uint8_t)(line[0] - 'A') % n_writes;
	const struct api_route *rt = writes[which];
	const struct fixture_actor *actor = &fx.actors[(uint8_t)(line[1] - 'a') % fx.n_actors];
	const uint8_t *body = line + 4;
	size_t blen = len - 4;

	struct arena arena = ARENA_INIT;
	struct grip g;
	grip_init(&g, fx.store, &arena, fx.now);
	char path[512];
	make_path(rt, actor->org, line + 2, run, path, sizeof path);
	struct api_request r = { .g = &g, .conn = NULL, .method = rt->method, .path = path, .server = NULL };
	FUZZ_CHECK(api_match(rt->method, path, &r) == 0 && r.route == rt, "%s %s is not routed to %s", rt->method,
		   path, rt->pattern);
	if ((rt->flags & ROUTE_BODY) || ((rt->flags & ROUTE_BODY_OPTIONAL) && blen)) {
		json_error_t jerr;
		r.body = blen ? json_loadb((const char *)body, blen, JSON_REJECT_DUPLICATES, &jerr) : NULL;
		if (!json_is_object(r.body)) { /* the server answers 400 before any handler */
			json_decref(r.body);
			arena_release(&arena);
			return;
		}
	}

	if (store_mark(fx.store) != STORE_OK)
		abort();
	int rc = run_route(&r, actor->token);
	int own = actor->org, other = 1 - own;
	if (trace)
		fprintf(stderr, "%s %s as %s: %d %s%s%s\n", rt->method, path, actor->who,
			rc < 0 ? api_status_of(g.err.code) : r.no_content ? 204 : rt->flags & ROUTE_CREATE ? 201 : 200,
			rc < 0 ? g.err.field : "", rc < 0 && g.err.field[0] ? ": " : "", rc < 0 ? g.err.message : "");
	struct fixture_state now[2];
	if (rc < 0) {
		check_refusal(&r);
		store_undo(fx.store);
		fixture_state(&fx, own, &now[own]);
		fixture_state(&fx, other, &now[other]);
		FUZZ_CHECK(fixture_state_equal(&now[own], &run->state[own]) &&
				   fixture_state_equal(&now[other], &run->state[other]),
			   "%s %s as %s failed, yet undoing it left a change", rt->method, path, actor->who);
	} else {
		check_answer(&r, own, input, ilen);
		FUZZ_CHECK(store_keep(fx.store) == STORE_OK, "cannot keep the savepoint");
		fixture_state(&fx, own, &now[own]);
		fixture_state(&fx, other, &now[other]);
		FUZZ_CHECK(fixture_state_equal(&now[other], &run->state[other]),
			   "%s %s as %s changed the other organisation", rt->method, path, actor->who);
		bool changed = memcmp(now[own].data, run->state[own].data, sizeof now[own].data) != 0;
		FUZZ_CHECK(!changed || now[own].events > run->state[own].events,
			   "%s %s as %s changed data and wrote no history", rt->method, path, actor->who);
		int64_t strangers = -1;
		FUZZ_CHECK(store_x(fx.store, &strangers,
				   "SELECT count(*) FROM events WHERE id > ? AND (actor_id IS NULL OR actor_id <> ?)",
				   V(run->last_event), V(g.actor ? g.actor->id : 0)) == STORE_OK &&
				   strangers == 0,
			   "%s %s as %s wrote history that names someone else", rt->method, path, actor->who);
		run->last_event = newest_event();
		json_t *id = json_object_get(r.result, "id");
		if ((rt->flags & ROUTE_CREATE) && json_is_integer(id)) {
			char buf[24];
			snprintf(buf, sizeof buf, "%lld", (long long)json_integer_value(id));
			free((char *)run->created[which]);
			run->created[which] = strdup(buf);
		}
		run->state[own] = now[own];
	}
	json_decref(r.body);
	json_decref(r.result);
	arena_release(&arena);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct run run = { .state = { fx.initial[0], fx.initial[1] } };
	if (store_begin(fx.store, true) != STORE_OK)
		abort();
	run.last_event = newest_event();
	const uint8_t *p = data, *end = data + size;
	for (int n = 0; n < MAX_REQUESTS && p < end; n++) {
		const uint8_t *nl = memchr(p, '\n', (size_t)(end - p));
		const uint8_t *stop = nl ? nl : end;
		run_request(&run, p, (size_t)(stop - p), data, size);
		p = stop + 1;
	}
	store_rollback(fx.store);
	for (int i = 0; i < n_writes; i++)
		free((char *)run.created[i]);
	for (int org = 0; org < 2; org++) {
		struct fixture_state s;
		if (store_begin(fx.store, false) != STORE_OK)
			abort();
		fixture_state(&fx, org, &s);
		store_rollback(fx.store);
		FUZZ_CHECK(fixture_state_equal(&s, &fx.initial[org]), "the rollback left organisation %d changed", org);
	}
	return 0;
}
