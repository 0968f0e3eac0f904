/* LD_PRELOAD shim for bench/submissions/run.sh: a slower disk. Every fsync and fdatasync sleeps FSYNC_DELAY_US
   microseconds (default 2000) before doing the real call, so a commit at synchronous=FULL costs what it would on a
   disk whose flush takes 2 ms longer. Built by run.sh with: gcc -shared -fPIC -O2 -o fsync_delay.so fsync_delay.c -ldl */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <unistd.h>

static useconds_t delay_us(void)
{
    const char *value = getenv("FSYNC_DELAY_US");
    return value ? (useconds_t)atoi(value) : 2000;
}

int fsync(int fd)
{
    static int (*real_fsync)(int);
    if (!real_fsync) real_fsync = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    usleep(delay_us());
    return real_fsync(fd);
}

int fdatasync(int fd)
{
    static int (*real_fdatasync)(int);
    if (!real_fdatasync) real_fdatasync = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
    usleep(delay_us());
    return real_fdatasync(fd);
}
