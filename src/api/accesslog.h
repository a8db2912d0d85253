/*
 * accesslog.h — grip serve's access log: one line per request, gathered
 * in a buffer and written out in whole lines when the buffer fills, at
 * least every ACCESS_LOG_FLUSH_MS by a thread of its own, and when the
 * server stops. A line is never split between two writes, and lines keep
 * their order; none is dropped while the descriptor takes them.
 */
#ifndef GRIP_API_ACCESSLOG_H
#define GRIP_API_ACCESSLOG_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

#define ACCESS_LOG_BYTES (32 * 1024)
#define ACCESS_LOG_FLUSH_MS 100

struct access_log {
	pthread_mutex_t mu;
	pthread_cond_t tick; /* stop wakes the thread at once */
	pthread_t thread;
	int fd;
	bool stopping;
	size_t len;
	char buf[ACCESS_LOG_BYTES];
};

/* Starts the flushing thread; lines go to fd. -1 if it cannot start. */
int access_log_start(struct access_log *log, int fd);
/* Adds one line (ending in '\n'); a line longer than the buffer is written
 * at once. Any thread. */
void access_log_line(struct access_log *log, const char *line, size_t n);
/* Writes what is held out now (for messages that must follow it). */
void access_log_flush(struct access_log *log);
/* Stops the thread and writes out what is left. */
void access_log_stop(struct access_log *log);

#endif
