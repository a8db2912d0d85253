/*
 * probe.c — raw HTTP for the API shell tests and bench/slow, where curl
 * cannot go: bytes sent exactly as given (a Content-Length twice, a body
 * shorter than announced), many slow connections from one address while
 * another address makes normal requests, and the time of each answer.
 * Built as BUILD/tests/api-probe.
 *
 *   api-probe raw HOST:PORT [--from ADDR] [--timeout S]
 *       Sends standard input as it is and reads the answer. Prints
 *       "STATUS MS END": the status (or "none"), the milliseconds from
 *       connecting to the end of the answer's headers (or to the end), and
 *       "closed" when the server closed the connection, "open" when it kept
 *       it, "timeout" when S seconds (default 5) passed first.
 *
 *   api-probe slow HOST:PORT --attack ADDR:N [--attack ADDR:N ...]
 *       --victim ADDR --path PATH [--token T] [--interval S] [--for S]
 *       [--every MS] [--baseline N]
 *       First, with --baseline N, N normal GETs of PATH from the victim
 *       address (a fresh connection each, --every MS apart, default 100).
 *       Then each attack group in turn opens N connections from ADDR, each
 *       sending a request line and then one header line every S seconds
 *       (--interval, default 1), never the blank line that ends the
 *       headers; then the victim's GETs run until --for seconds (default 10)
 *       after the first attack connection. Prints key=value lines:
 *         baseline requests= ok= p50= p99= max=        (ms; ok: status 200)
 *         victim requests= ok= p50= p99= max=
 *         attack addr= opened= held= refused= stalled= cut= cut_min= cut_max= open_at_end=
 *       A connection the server closes within 1 s of its connect is
 *       refused; one it keeps longer is held, and cut if the server closes
 *       it before the end (cut_min/cut_max: seconds from its connect);
 *       stalled is a connect not done within 1 s.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define REFUSE_WINDOW 1.0 /* s: closed this soon after the connect means refused */
#define VICTIM_TIMEOUT 5.0

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void die(const char *msg)
{
	fprintf(stderr, "api-probe: %s\n", msg);
	exit(2);
}

static struct sockaddr_in server;

static void parse_server(const char *hp)
{
	const char *colon = strrchr(hp, ':');
	char host[64];
	if (!colon || (size_t)(colon - hp) >= sizeof host)
		die("expected HOST:PORT");
	memcpy(host, hp, (size_t)(colon - hp));
	host[colon - hp] = '\0';
	server.sin_family = AF_INET;
	server.sin_port = htons((uint16_t)strtol(colon + 1, NULL, 10));
	if (strcmp(host, "localhost") == 0)
		snprintf(host, sizeof host, "127.0.0.1");
	if (inet_pton(AF_INET, host, &server.sin_addr) != 1)
		die("HOST must be an IPv4 address");
}

/* A socket bound to the address `from` (NULL: any), connecting to the
 * server; non-blocking when asked. -1 on failure. */
static int open_from(const char *from, bool nonblock)
{
	int fd = socket(AF_INET, SOCK_STREAM | (nonblock ? SOCK_NONBLOCK : 0), 0);
	if (fd < 0)
		return -1;
	if (from) {
		struct sockaddr_in a = { .sin_family = AF_INET };
		if (inet_pton(AF_INET, from, &a.sin_addr) != 1 || bind(fd, (struct sockaddr *)&a, sizeof a) != 0) {
			close(fd);
			return -1;
		}
	}
	int one = 1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	if (connect(fd, (struct sockaddr *)&server, sizeof server) != 0 && errno != EINPROGRESS) {
		close(fd);
		return -1;
	}
	return fd;
}

/* ---- an answer: where its headers end, its status, whether it is whole ---- */

struct answer {
	char *buf;
	size_t len, cap;
	int status;       /* 0 until the status line is in */
	double head_at;   /* when the headers were complete */
	bool whole;       /* headers and Content-Length bytes of body */
};

static void answer_add(struct answer *a, const char *data, size_t n, double t)
{
	if (a->len + n + 1 > a->cap) {
		a->cap = (a->len + n + 1) * 2;
		a->buf = realloc(a->buf, a->cap);
		if (!a->buf)
			die("out of memory");
	}
	memcpy(a->buf + a->len, data, n);
	a->len += n;
	a->buf[a->len] = '\0';
	char *end = strstr(a->buf, "\r\n\r\n");
	if (!end)
		return;
	if (!a->status) {
		a->head_at = t;
		if (strncmp(a->buf, "HTTP/1.", 7) == 0)
			a->status = (int)strtol(a->buf + 9, NULL, 10);
		if (!a->status)
			a->status = -1;
	}
	size_t body = a->len - (size_t)(end + 4 - a->buf);
	const char *cl = strcasestr(a->buf, "\r\nContent-Length:");
	if (cl && cl < end)
		a->whole = body >= (size_t)strtoul(cl + 17, NULL, 10);
}

/* ---- raw ---- */

static int cmd_raw(int argc, char **argv)
{
	const char *from = NULL;
	double timeout = 5;
	if (argc < 1)
		die("raw HOST:PORT [--from ADDR] [--timeout S]");
	parse_server(argv[0]);
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--from") == 0 && i + 1 < argc)
			from = argv[++i];
		else if (strcmp(argv[i], "--timeout") == 0 && i + 1 < argc)
			timeout = strtod(argv[++i], NULL);
		else
			die("raw: unknown argument");
	}
	size_t cap = 1 << 16, len = 0;
	char *req = malloc(cap);
	for (ssize_t n; req && (n = read(0, req + len, cap - len)) > 0;) {
		len += (size_t)n;
		if (len == cap)
			req = realloc(req, cap *= 2);
	}
	if (!req)
		die("out of memory");
	double t0 = now();
	int fd = open_from(from, true);
	if (fd < 0)
		die("cannot connect");
	struct answer a = { 0 };
	size_t sent = 0;
	const char *end = "timeout";
	for (;;) {
		double left = t0 + timeout - now();
		if (left <= 0)
			break;
		struct pollfd p = { .fd = fd, .events = POLLIN | (sent < len ? POLLOUT : 0) };
		if (poll(&p, 1, (int)ceil(left * 1000)) < 0 && errno != EINTR)
			break;
		if ((p.revents & POLLOUT) && sent < len) {
			ssize_t n = send(fd, req + sent, len - sent, MSG_NOSIGNAL);
			if (n > 0)
				sent += (size_t)n;
			else if (errno != EAGAIN)
				sent = len; /* the server stopped reading: see what it said */
		}
		if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
			char buf[65536];
			ssize_t n = recv(fd, buf, sizeof buf, 0);
			if (n > 0) {
				answer_add(&a, buf, (size_t)n, now());
			} else if (n == 0 || errno != EAGAIN) {
				end = "closed";
				break;
			}
		}
		if (a.whole) { /* and a moment to see whether the server closes */
			struct pollfd q = { .fd = fd, .events = POLLIN };
			char buf[4096];
			end = "open";
			if (poll(&q, 1, 200) > 0 && recv(fd, buf, sizeof buf, 0) <= 0)
				end = "closed";
			break;
		}
	}
	double t = a.status ? a.head_at : now();
	if (a.status > 0)
		printf("%d %.0f %s\n", a.status, (t - t0) * 1000, end);
	else
		printf("none %.0f %s\n", (t - t0) * 1000, end);
	close(fd);
	free(req);
	free(a.buf);
	return 0;
}

/* ---- slow ---- */

struct group {
	const char *addr;
	int n;
	int opened, held, refused, stalled, cut;
	double cut_min, cut_max;
	int open_at_end;
};

struct slow_conn {
	int fd;
	struct group *g;
	double started, connected, closed, next_line;
	int lines;
	bool is_connected, is_closed;
};

struct victim {
	const char *from, *path, *token;
	double every;
	volatile bool stop;
	int max_requests; /* 0: until stopped */
	double *ms;
	int n, cap, ok;
};

/* One GET from the victim's address on a fresh connection: its status
 * (0: none) and milliseconds. */
static int victim_get(struct victim *v, double *ms)
{
	double t0 = now();
	int status = 0;
	int fd = open_from(v->from, true);
	if (fd >= 0) {
		char req[1024];
		int len = snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: grip\r\n%s%s%sConnection: close\r\n\r\n",
				   v->path, v->token ? "Authorization: Bearer " : "", v->token ? v->token : "",
				   v->token ? "\r\n" : "");
		bool sent = false;
		struct answer a = { 0 };
		for (;;) {
			double left = t0 + VICTIM_TIMEOUT - now();
			if (left <= 0)
				break;
			struct pollfd p = { .fd = fd, .events = POLLIN | (sent ? 0 : POLLOUT) };
			if (poll(&p, 1, (int)ceil(left * 1000)) < 0 && errno != EINTR)
				break;
			if (!sent && (p.revents & POLLOUT)) {
				if (send(fd, req, (size_t)len, MSG_NOSIGNAL) != len)
					break;
				sent = true;
			}
			if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
				char buf[16384];
				ssize_t n = recv(fd, buf, sizeof buf, 0);
				if (n > 0)
					answer_add(&a, buf, (size_t)n, now());
				else if (n == 0 || errno != EAGAIN)
					break;
			}
			if (a.whole)
				break;
		}
		if (a.whole)
			status = a.status;
		free(a.buf);
		close(fd);
	}
	*ms = (now() - t0) * 1000;
	return status;
}

static void *victim_run(void *arg)
{
	struct victim *v = arg;
	double next = now();
	while (!v->stop && (!v->max_requests || v->n < v->max_requests)) {
		double ms;
		int status = victim_get(v, &ms);
		if (v->n == v->cap) {
			v->cap = v->cap ? v->cap * 2 : 256;
			v->ms = realloc(v->ms, (size_t)v->cap * sizeof *v->ms);
			if (!v->ms)
				die("out of memory");
		}
		v->ms[v->n++] = ms;
		v->ok += status == 200;
		next += v->every;
		double wait = next - now();
		if (wait > 0)
			nanosleep(&(struct timespec){ .tv_sec = (time_t)wait,
						      .tv_nsec = (long)((wait - floor(wait)) * 1e9) },
				  NULL);
		else
			next = now();
	}
	return NULL;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double rank(const double *v, int n, double p) /* nearest rank */
{
	if (!n)
		return 0;
	int i = (int)ceil(p * n) - 1;
	return v[i < 0 ? 0 : i >= n ? n - 1 : i];
}

static void print_victim(const char *name, struct victim *v)
{
	qsort(v->ms, (size_t)v->n, sizeof *v->ms, cmp_double);
	printf("%s requests=%d ok=%d p50=%.2f p99=%.2f max=%.2f\n", name, v->n, v->ok, rank(v->ms, v->n, 0.5),
	       rank(v->ms, v->n, 0.99), v->n ? v->ms[v->n - 1] : 0.0);
}

/* Reads and sends for every attack connection until `until`. */
static void attack_pump(struct slow_conn *cs, int n, double interval, double until)
{
	struct pollfd *ps = calloc((size_t)n, sizeof *ps);
	if (!ps)
		die("out of memory");
	for (;;) {
		double t = now();
		if (t >= until)
			break;
		int np = 0;
		for (int i = 0; i < n; i++) {
			struct slow_conn *c = &cs[i];
			if (c->is_closed)
				continue;
			if (c->is_connected && t >= c->next_line) {
				char line[64];
				int len = c->lines ? snprintf(line, sizeof line, "X-Slow-%d: %d\r\n", c->lines, c->lines)
						   : snprintf(line, sizeof line, "GET /healthz HTTP/1.1\r\nHost: grip\r\n");
				if (send(c->fd, line, (size_t)len, MSG_NOSIGNAL) < 0 && errno != EAGAIN) {
					c->is_closed = true;
					c->closed = t;
					close(c->fd);
					continue;
				}
				c->lines++;
				c->next_line = t + interval;
			}
			ps[np++] = (struct pollfd){ .fd = c->fd, .events = POLLIN | (c->is_connected ? 0 : POLLOUT) };
		}
		if (!np) {
			nanosleep(&(struct timespec){ .tv_nsec = 20 * 1000 * 1000 }, NULL);
			continue;
		}
		if (poll(ps, (nfds_t)np, 20) <= 0)
			continue;
		t = now();
		for (int i = 0, j = 0; i < n && j < np; i++) {
			struct slow_conn *c = &cs[i];
			if (c->is_closed)
				continue;
			struct pollfd *p = &ps[j++];
			if (!p->revents)
				continue;
			if (!c->is_connected && (p->revents & POLLOUT)) {
				int err = 0;
				socklen_t el = sizeof err;
				getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &el);
				if (err) {
					c->is_closed = true;
					c->closed = t;
					close(c->fd);
					continue;
				}
				c->is_connected = true;
				c->connected = t;
				c->next_line = t;
			}
			if (p->revents & (POLLIN | POLLHUP | POLLERR)) {
				char buf[4096];
				ssize_t r = recv(c->fd, buf, sizeof buf, 0);
				if (r == 0 || (r < 0 && errno != EAGAIN)) {
					c->is_closed = true;
					c->closed = t;
					close(c->fd);
				}
			}
		}
	}
	free(ps);
}

static int cmd_slow(int argc, char **argv)
{
	struct group groups[16];
	int ng = 0, baseline = 0;
	double interval = 1, run_for = 10;
	struct victim v = { .every = 0.1 };
	if (argc < 1)
		die("slow HOST:PORT --attack ADDR:N ... --victim ADDR --path PATH");
	parse_server(argv[0]);
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
		if (!val)
			die("slow: a value is missing");
		i++;
		if (strcmp(a, "--attack") == 0) {
			char *colon = strrchr(val, ':');
			if (!colon || ng == 16)
				die("slow: --attack ADDR:N");
			*colon = '\0';
			groups[ng++] = (struct group){ .addr = val, .n = (int)strtol(colon + 1, NULL, 10) };
		} else if (strcmp(a, "--victim") == 0) {
			v.from = val;
		} else if (strcmp(a, "--path") == 0) {
			v.path = val;
		} else if (strcmp(a, "--token") == 0) {
			v.token = val;
		} else if (strcmp(a, "--interval") == 0) {
			interval = strtod(val, NULL);
		} else if (strcmp(a, "--for") == 0) {
			run_for = strtod(val, NULL);
		} else if (strcmp(a, "--every") == 0) {
			v.every = strtod(val, NULL) / 1000;
		} else if (strcmp(a, "--baseline") == 0) {
			baseline = (int)strtol(val, NULL, 10);
		} else {
			die("slow: unknown argument");
		}
	}
	if (!v.from || !v.path)
		die("slow: --victim and --path are needed");
	int total = 0;
	for (int g = 0; g < ng; g++)
		total += groups[g].n;
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < (rlim_t)total + 64) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}

	if (baseline) {
		struct victim b = v;
		b.max_requests = baseline;
		victim_run(&b);
		print_victim("baseline", &b);
		free(b.ms);
	}

	struct slow_conn *cs = calloc((size_t)(total ? total : 1), sizeof *cs);
	if (!cs)
		die("out of memory");
	double start = now();
	int n = 0;
	for (int g = 0; g < ng; g++) { /* group by group, each given a second to settle */
		for (int i = 0; i < groups[g].n; i++) {
			struct slow_conn *c = &cs[n];
			c->g = &groups[g];
			c->started = now();
			c->fd = open_from(groups[g].addr, true);
			if (c->fd < 0) {
				c->is_closed = true;
				c->closed = c->started;
			}
			groups[g].opened++;
			n++;
		}
		attack_pump(cs, n, interval, now() + REFUSE_WINDOW + 0.1);
	}
	pthread_t vt;
	if (pthread_create(&vt, NULL, victim_run, &v) != 0)
		die("cannot start the victim");
	attack_pump(cs, n, interval, start + run_for);
	v.stop = true;
	pthread_join(vt, NULL);

	for (int i = 0; i < n; i++) {
		struct slow_conn *c = &cs[i];
		struct group *g = c->g;
		if (!c->is_connected && !c->is_closed) {
			g->stalled++;
		} else if (!c->is_connected || (c->is_closed && c->closed - c->connected < REFUSE_WINDOW)) {
			g->refused++;
		} else {
			g->held++;
			if (c->is_closed) {
				double life = c->closed - c->connected;
				if (!g->cut || life < g->cut_min)
					g->cut_min = life;
				if (!g->cut || life > g->cut_max)
					g->cut_max = life;
				g->cut++;
			}
		}
		if (!c->is_closed) {
			g->open_at_end++;
			close(c->fd);
		}
	}
	print_victim("victim", &v);
	for (int g = 0; g < ng; g++)
		printf("attack addr=%s opened=%d held=%d refused=%d stalled=%d cut=%d cut_min=%.2f cut_max=%.2f "
		       "open_at_end=%d\n",
		       groups[g].addr, groups[g].opened, groups[g].held, groups[g].refused, groups[g].stalled,
		       groups[g].cut, groups[g].cut_min, groups[g].cut_max, groups[g].open_at_end);
	free(v.ms);
	free(cs);
	return 0;
}

int main(int argc, char **argv)
{
	signal(SIGPIPE, SIG_IGN);
	if (argc >= 2 && strcmp(argv[1], "raw") == 0)
		return cmd_raw(argc - 2, argv + 2);
	if (argc >= 2 && strcmp(argv[1], "slow") == 0)
		return cmd_slow(argc - 2, argv + 2);
	fprintf(stderr, "usage: api-probe raw HOST:PORT ... | api-probe slow HOST:PORT ... (see tests/api/probe.c)\n");
	return 2;
}
