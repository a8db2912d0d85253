/*
 * cmd_figures.c — `grip figures check`: maintenance on a local file. It
 * compares the stored figures of every org with those computed from the
 * history (grip_figures_check) and prints one line when all agree; each
 * difference goes to standard error, one line each, and the command exits
 * 1. The test runner calls it after every transcript and API case.
 */
#include "cli/cli.h"

#include <stdio.h>

int cmd_figures_check(struct cli *c, const struct cli_args *a, json_t **out)
{
	(void)a;
	(void)out;
	struct grip_figures_report r;
	if (grip_figures_check(c->g, &r) < 0)
		return -1;
	for (size_t i = 0; i < r.n_mismatches; i++) {
		const struct grip_figures_mismatch *m = &r.mismatches[i];
		if (m->key_result_id)
			fprintf(stderr, "key result %lld of objective %lld: %s stored %s, computed %s\n",
				(long long)m->key_result_id, (long long)m->objective_id, m->field, m->stored, m->computed);
		else
			fprintf(stderr, "objective %lld: %s stored %s, computed %s\n", (long long)m->objective_id,
				m->field, m->stored, m->computed);
	}
	if (r.n_mismatches)
		return grip_fail(c->g, GRIP_ECONFLICT, NULL, "%zu stored figure%s differ%s from the history",
				 r.n_mismatches, r.n_mismatches == 1 ? "" : "s", r.n_mismatches == 1 ? "s" : "");
	/* No counts: they would tell whoever runs it what the whole file holds,
	 * across orgs (the privacy matrix runs every read as every role). */
	cli_printf(c, "stored figures agree with the history\n");
	return 0;
}
