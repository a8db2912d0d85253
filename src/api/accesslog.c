/*
 * accesslog.c — the buffered access log (see accesslog.h). One lock holds
 * the buffer; whoever finds it full, or the flushing thread on its tick,
 * writes it out under that lock, so lines leave in the order they came and
 * whole. A write of a few kilobytes to a file or pipe is short beside the
 * hundred milliseconds between ticks.
 */
#include "api/accesslog.h"

#include <errno.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* With the lock held: everything in the buffer to the descriptor. A
 * descriptor that fails (closed, full disk) loses what it refused. */
static void drain(struct access_log *log, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(log->fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		p += w;
		n -= (size_t)w;
	}
}

static void flush_locked(struct access_log *log)
{
	drain(log, log->buf, log->len);
	log->len = 0;
}

static void *flusher(void *arg)
{
	struct access_log *log = arg;
	pthread_mutex_lock(&log->mu);
	while (!log->stopping) {
		struct timespec until;
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += ACCESS_LOG_FLUSH_MS * 1000000L;
		if (until.tv_nsec >= 1000000000L) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&log->tick, &log->mu, &until);
		flush_locked(log);
	}
	flush_locked(log);
	pthread_mutex_unlock(&log->mu);
	return NULL;
}

int access_log_start(struct access_log *log, int fd)
{
	log->fd = fd;
	log->len = 0;
	log->stopping = false;
	if (pthread_mutex_init(&log->mu, NULL) != 0)
		return -1;
	if (pthread_cond_init(&log->tick, NULL) != 0) {
		pthread_mutex_destroy(&log->mu);
		return -1;
	}
	pthread_attr_t attr;
	bool attr_ok = pthread_attr_init(&attr) == 0;
	if (attr_ok)
		pthread_attr_setstacksize(&attr, 64 * 1024); /* it only copies bytes */
	int rc = pthread_create(&log->thread, attr_ok ? &attr : NULL, flusher, log);
	if (attr_ok)
		pthread_attr_destroy(&attr);
	if (rc != 0) {
		pthread_cond_destroy(&log->tick);
		pthread_mutex_destroy(&log->mu);
		return -1;
	}
	return 0;
}

void access_log_line(struct access_log *log, const char *line, size_t n)
{
	pthread_mutex_lock(&log->mu);
	if (log->len + n > sizeof log->buf)
		flush_locked(log);
	if (n > sizeof log->buf)
		drain(log, line, n);
	else {
		memcpy(log->buf + log->len, line, n);
		log->len += n;
	}
	pthread_mutex_unlock(&log->mu);
}

void access_log_flush(struct access_log *log)
{
	pthread_mutex_lock(&log->mu);
	flush_locked(log);
	pthread_mutex_unlock(&log->mu);
}

void access_log_stop(struct access_log *log)
{
	pthread_mutex_lock(&log->mu);
	log->stopping = true;
	pthread_cond_signal(&log->tick);
	pthread_mutex_unlock(&log->mu);
	pthread_join(log->thread, NULL);
	pthread_cond_destroy(&log->tick);
	pthread_mutex_destroy(&log->mu);
}
