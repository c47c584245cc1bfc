/*
 * valgrind-sigsuspend.so: lets valgrind (3.19, Debian bookworm) run a Swift program with an async main.
 *
 * The main thread of an async Swift program parks in libdispatch's _dispatch_sig_thread, which
 * calls sigsuspend() with a mask that lives in read-only memory. Valgrind's sigsuspend wrapper
 * writes to the mask it is given and dies with "VALGRIND INTERNAL ERROR: ... signal 11". This
 * preload copies the mask to the stack first. It changes nothing else; bench/profile uses it:
 *
 *     LD_PRELOAD=bench/out/valgrind-sigsuspend.so valgrind --tool=callgrind roadmap ...
 *
 * Built by bench/profile:  cc -O2 -shared -fPIC -o bench/out/valgrind-sigsuspend.so bench/valgrind-sigsuspend.c
 */
#define _GNU_SOURCE
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

int sigsuspend(const sigset_t *mask) {
    sigset_t copy = *mask;
    return (int)syscall(SYS_rt_sigsuspend, &copy, _NSIG / 8);
}
