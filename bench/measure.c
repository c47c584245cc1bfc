/*
 * measure: runs one command and reports what it cost, for bench/run.
 *
 *     measure [--stdout FILE] [--stderr FILE] -- COMMAND [ARG...]
 *
 * The command's standard output goes to FILE (default /dev/null), its standard error to FILE
 * (default: inherited). When it has finished, prints one line on standard output:
 *
 *     wall=SECONDS user=SECONDS sys=SECONDS maxrss_kb=KIB status=N
 *
 * wall is measured with CLOCK_MONOTONIC around fork/exec and wait4(); user, sys and maxrss
 * come from the rusage wait4() returns for the child (all its threads; maxrss is the peak
 * resident set of the child). status is the exit status, or 128+signal. measure itself exits 0
 * when it could run the command (whatever the command's status), 2 otherwise.
 *
 * Built by bench/run:  cc -O2 -o bench/out/measure bench/measure.c
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double seconds(struct timeval tv) { return (double)tv.tv_sec + (double)tv.tv_usec / 1e6; }

static int redirect(const char *path, int target) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || dup2(fd, target) < 0) return -1;
    close(fd);
    return 0;
}

int main(int argc, char **argv) {
    const char *out = "/dev/null", *err = NULL;
    int i = 1;
    for (; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) { i++; break; }
        if (strcmp(argv[i], "--stdout") == 0 && i + 1 < argc) { out = argv[++i]; continue; }
        if (strcmp(argv[i], "--stderr") == 0 && i + 1 < argc) { err = argv[++i]; continue; }
        fprintf(stderr, "usage: measure [--stdout FILE] [--stderr FILE] -- COMMAND [ARG...]\n");
        return 2;
    }
    if (i >= argc) {
        fprintf(stderr, "usage: measure [--stdout FILE] [--stderr FILE] -- COMMAND [ARG...]\n");
        return 2;
    }

    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t child = fork();
    if (child < 0) {
        perror("measure: fork");
        return 2;
    }
    if (child == 0) {
        if (redirect(out, STDOUT_FILENO) != 0 || (err && redirect(err, STDERR_FILENO) != 0)) {
            perror("measure: redirect");
            _exit(127);
        }
        execvp(argv[i], argv + i);
        fprintf(stderr, "measure: %s: %s\n", argv[i], strerror(errno));
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    while (wait4(child, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            perror("measure: wait4");
            return 2;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double wall = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    printf("wall=%.6f user=%.6f sys=%.6f maxrss_kb=%ld status=%d\n", wall, seconds(usage.ru_utime),
           seconds(usage.ru_stime), usage.ru_maxrss, code);
    return 0;
}
