/*
 * Lookup speed of the generated C header against the tables a C programmer
 * would write by hand. Run by internal/bench/cmd/benchproc (make bench):
 *
 *   gcc -std=c99 -O2 -I out/c -o lookup lookup.c && ./lookup mix.txt
 *
 * Prints one line per contender: "group: contender<TAB>ns per lookup" in
 * each of 9 rounds that time every contender in turn (space-separated), the
 * generated function first in each group.
 */
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define FTPCODES_IMPLEMENTATION /* the tables and functions are defined here, once */
#include "ftpcodes.h"

/* The hand-written table: code and text, in numeric order. */
struct entry {
    int code;
    const char *text;
};

static const struct entry table[] = {
#define XX(code, name, text) {code, text},
    FTP_REPLY_MAP(XX)
#undef XX
};
static const size_t table_len = sizeof table / sizeof table[0];

static const char *linear(int code)
{
    size_t i;
    for (i = 0; i < table_len; i++)
        if (table[i].code == code)
            return table[i].text;
    return NULL;
}

static const char *binary(int code)
{
    size_t lo = 0, hi = table_len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (table[mid].code < code)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < table_len && table[lo].code == code ? table[lo].text : NULL;
}

/* Indexed by code for 100..999, a linear scan above. */
static const char *by_code[1000];

static const char *indexed(int code)
{
    if (code >= 0 && code < 1000)
        return by_code[code];
    return linear(code);
}

static int *codes;
static size_t ncodes;

static int *read_codes(const char *path, size_t *n)
{
    FILE *f = fopen(path, "r");
    int *out = NULL, c;
    size_t len = 0, cap = 0;
    if (f == NULL) {
        perror(path);
        exit(2);
    }
    while (fscanf(f, "%d", &c) == 1) {
        if (len == cap) {
            cap = cap ? 2 * cap : 1024;
            out = realloc(out, cap * sizeof *out);
            if (out == NULL)
                exit(2);
        }
        out[len++] = c;
    }
    fclose(f);
    *n = len;
    return out;
}

/*
 * The thread's CPU time, not the wall clock: on a machine shared with other
 * work, time spent waiting for a CPU is not the lookup's.
 */
static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static uintptr_t sink;

#define PASS(expr)                                  \
    do {                                            \
        size_t i_;                                  \
        for (i_ = 0; i_ < n; i_++) {                \
            int code = c[i_];                       \
            sink += (uintptr_t)(expr);              \
        }                                           \
        __asm__ __volatile__("" ::: "memory");      \
    } while (0)

#define CONTENDER(fname, expr)                      \
    static void fname(const int *c, size_t n)       \
    {                                               \
        PASS(expr);                                 \
    }

CONTENDER(text_generated, ftp_reply_text(code))
CONTENDER(text_linear, linear(code))
CONTENDER(text_binary, binary(code))
CONTENDER(text_indexed, indexed(code))
CONTENDER(class_generated, ftp_reply_class(code))
CONTENDER(class_inline, (code >= 100 && code <= 999) ? code / 100 : 0)

/* Passes over the stream for about 20 ms. */
static long calibrate(void (*fn)(const int *, size_t))
{
    long passes = 1, p;
    for (;;) {
        double t0 = now_ns();
        for (p = 0; p < passes; p++)
            fn(codes, ncodes);
        if (now_ns() - t0 > 20e6)
            return passes;
        passes *= 2;
    }
}

#define ROUNDS 9

int main(int argc, char **argv)
{
    static const struct {
        const char *name;
        void (*fn)(const int *, size_t);
    } contenders[] = {
        {"text: ftp_reply_text", text_generated},
        {"text: linear scan of a {code, text} array", text_linear},
        {"text: binary search of the same array", text_binary},
        {"text: array indexed by code (100..999)", text_indexed},
        {"class: ftp_reply_class", class_generated},
        {"class: inline arithmetic", class_inline},
    };
    size_t i;
    if (argc < 2) {
        fprintf(stderr, "usage: lookup mix.txt\n");
        return 2;
    }
    for (i = 0; i < table_len; i++)
        if (table[i].code < 1000)
            by_code[table[i].code] = table[i].text;
    codes = read_codes(argv[1], &ncodes);
    {
        enum { N = sizeof contenders / sizeof contenders[0] };
        long passes[N];
        double times[N][ROUNDS];
        int r;
        for (i = 0; i < N; i++)
            passes[i] = calibrate(contenders[i].fn);
        /*
         * One timing of each contender per round, so that a burst of other
         * work on the machine slows every contender alike.
         */
        for (r = 0; r < ROUNDS; r++) {
            for (i = 0; i < N; i++) {
                double t0 = now_ns();
                long p;
                for (p = 0; p < passes[i]; p++)
                    contenders[i].fn(codes, ncodes);
                times[i][r] = (now_ns() - t0) / ((double)passes[i] * (double)ncodes);
            }
        }
        for (i = 0; i < N; i++) {
            printf("%s\t", contenders[i].name);
            for (r = 0; r < ROUNDS; r++)
                printf(r ? " %.3f" : "%.3f", times[i][r]);
            putchar('\n');
        }
    }
    if (sink == 1) /* keeps the sums alive */
        puts("");
    return 0;
}
