/*
 * Test of the generated ftpcodes.h's formatters, parsers and reply lines,
 * compiled as C and as C++: the "vectors" command of the test program
 * (driver.c).
 *
 *   vectors FILE   runs the test vectors of conformance.Vectors in FILE
 *                  and prints one result line per vector, in their format
 *   vectors check  runs the round trips and rejections of dispatch.h;
 *                  prints "ok"
 *
 * dispatch.h, which the Go test writes from the table under test, calls
 * each meaning's formatter and parser by its name. Every disagreement is
 * reported on standard error, with exit status 1. The reply-line
 * functions and the reader, which do not depend on the table, have their
 * unit tests in runtime/runtime_test.c.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ftpcodes.h"
#include "driver.h"

/* A cast that the strict warnings of C and of C++ both accept. */
#ifdef __cplusplus
#define CAST(type, value) (static_cast<type>(value))
#else
#define CAST(type, value) ((type)(value))
#endif

static int failures;

static void fail(const char *what, const char *detail)
{
    fprintf(stderr, "%s: %s\n", what, detail);
    failures++;
}

/* A value of a vector: bytes that may hold a NUL, and their length. */
struct value {
    char *s;
    size_t len;
};

/* Returns the value of a hex digit, or -1. */
static int unhex(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/*
 * Decodes the hex of s, "-" for the empty string, in place, NUL-terminated;
 * returns 0 if s is no hex.
 */
static int decode(char *s, struct value *v)
{
    size_t i, n = strlen(s);
    v->s = s;
    v->len = 0;
    if (strcmp(s, "-") == 0) {
        s[0] = '\0';
        return 1;
    }
    if (n % 2 != 0)
        return 0;
    for (i = 0; i < n; i += 2) {
        int hi = unhex(s[i]), lo = unhex(s[i + 1]);
        if (hi < 0 || lo < 0)
            return 0;
        s[v->len++] = CAST(char, hi * 16 + lo);
    }
    s[v->len] = '\0';
    return 1;
}

/* Prints " " and s in lower-case hex, "-" for the empty string. */
static void put_hex(const char *s)
{
    const unsigned char *p;
    putchar(' ');
    if (*s == '\0')
        putchar('-');
    for (p = CAST(const unsigned char *, CAST(const void *, s)); *p != '\0'; p++)
        printf("%02x", *p);
}

/*
 * A C string cannot hold a NUL, so a value with one cannot be passed to
 * the header's functions at all: the vector's result is "error", as it is
 * for every language.
 */
static int as_string(const struct value *v, const char **s)
{
    *s = v->s;
    return strlen(v->s) == v->len;
}

/* Reads decimal digits into an unsigned long long; 0 if not digits or too large. */
static int as_uint(const struct value *v, unsigned long long *n)
{
    size_t i;
    *n = 0;
    if (v->len == 0)
        return 0;
    for (i = 0; i < v->len; i++) {
        unsigned d = CAST(unsigned, v->s[i] - '0');
        if (d > 9 || *n > (~0ULL - d) / 10)
            return 0;
        *n = *n * 10 + d;
    }
    return 1;
}

static int digits(const char *s, size_t n, long *v)
{
    size_t i;
    *v = 0;
    for (i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        *v = *v * 10 + (s[i] - '0');
    }
    return 1;
}

/*
 * Reads a time-val into a struct ftp_time field by field, without
 * checking the calendar, which is the formatter's job: 14 digits, then
 * "." and 1 to 9 digits of a fraction. 0 for any other shape, which no
 * struct ftp_time can hold.
 */
static int as_time(const struct value *v, struct ftp_time *t)
{
    long f[6], frac = 0, scale = 100000000L;
    size_t i;
    if (v->len < 14 || !digits(v->s, 4, &f[0]))
        return 0;
    for (i = 1; i < 6; i++) {
        if (!digits(v->s + 2 + 2 * i, 2, &f[i]))
            return 0;
    }
    if (v->len > 14) {
        if (v->s[14] != '.' || v->len == 15 || v->len > 24)
            return 0;
        for (i = 15; i < v->len; i++, scale /= 10) {
            if (v->s[i] < '0' || v->s[i] > '9')
                return 0;
            frac += (v->s[i] - '0') * scale;
        }
    }
    t->year = CAST(int, f[0]);
    t->month = CAST(int, f[1]);
    t->day = CAST(int, f[2]);
    t->hour = CAST(int, f[3]);
    t->minute = CAST(int, f[4]);
    t->second = CAST(int, f[5]);
    t->nanosecond = frac;
    return 1;
}

/* Prints a parsed uint. */
static void put_uint(unsigned long long n)
{
    char s[32];
    sprintf(s, "%llu", n);
    put_hex(s);
}

/* Writes a time-val to the millisecond into s, as conformance.Vectors does. */
static void millis(const struct ftp_time *t, char *s)
{
    long ms = t->nanosecond / 1000000L;
    int n = sprintf(s, "%04d%02d%02d%02d%02d%02d", t->year, t->month, t->day, t->hour, t->minute, t->second);
    if (ms != 0) {
        n += sprintf(s + n, ".%03ld", ms);
        while (s[n - 1] == '0')
            s[--n] = '\0';
    }
}

/* Prints a parsed time to the millisecond, as conformance.Vectors does. */
static void put_time(const struct ftp_time *t)
{
    char s[32];
    millis(t, s);
    put_hex(s);
}

/* Prints the result of a formatter: its text, or "error" for -1. */
static void put_formatted(int n, const char *buf)
{
    if (n < 0) {
        puts("error");
        return;
    }
    if (CAST(size_t, n) != strlen(buf))
        fail("a formatter's length is not its text's", buf);
    printf("ok");
    put_hex(buf);
    putchar('\n');
}

static int same_time(const struct ftp_time *a, const struct ftp_time *b)
{
    return a->year == b->year && a->month == b->month && a->day == b->day && a->hour == b->hour &&
           a->minute == b->minute && a->second == b->second && a->nanosecond == b->nanosecond;
}

/* A value of size bytes, n copies of unit and as much of one more as fits. */
static char *repeat(const char *unit, size_t size)
{
    char *s = CAST(char *, malloc(size + 1));
    size_t i, n = strlen(unit);
    if (s == NULL) {
        fail("out of memory", unit);
        exit(1);
    }
    for (i = 0; i < size; i++)
        s[i] = unit[i % n];
    s[size] = '\0';
    return s;
}

/*
 * Checks a formatter's result n and text buf for a case of a meaning: want
 * is the text spec's Format gives, or NULL where it gives an error; a
 * text too long for a C literal is given by its length, want_len. Then
 * checks that too small a buffer is refused. Returns 1 if the text is
 * there to parse back.
 */
static int check_formatted(const char *name, int which, int n, const char *buf, const char *want, long want_len)
{
    char what[128];
    sprintf(what, "%s case %d", name, which);
    if (want_len < 0) {
        if (n != -1 || buf[0] != '\0')
            fail(what, "a bad value is not refused with -1 and an empty buffer");
        return 0;
    }
    if (n != want_len || CAST(size_t, n) != strlen(buf) || (want != NULL && strcmp(buf, want) != 0)) {
        fail(what, "the formatter writes another text");
        return 0;
    }
    return 1;
}

#include "dispatch.h"

/*
 * Prints the result of ftp_reply_parse for lines, comma-separated hex,
 * with a text buffer as large as the vector, which holds any reply text
 * of its lines.
 */
static void reply_parse_vector(char *list)
{
    size_t n = 0, size = strlen(list) + 1;
    const char **lines = CAST(const char **, malloc(sizeof *lines * size));
    char *text = CAST(char *, malloc(size));
    char *p = list;
    int code = 0, r;
    struct value v;
    if (lines == NULL || text == NULL) {
        fail("out of memory", "reply-parse");
        exit(1);
    }
    if (strcmp(list, "-") != 0) {
        for (;;) {
            char *comma = strchr(p, ',');
            if (comma != NULL)
                *comma = '\0';
            if (!decode(p, &v) || !as_string(&v, &lines[n])) {
                fail("reply-parse: bad vector", p);
                puts("bad vector");
                free(lines);
                free(text);
                return;
            }
            n++;
            if (comma == NULL)
                break;
            p = comma + 1;
        }
    }
    r = ftp_reply_parse(lines, n, &code, text, size);
    if (r == 1) {
        printf("ok %d", code);
        put_hex(text);
        putchar('\n');
    } else {
        if (r != 0)
            fail("reply-parse", "a result other than 0 for lines that are no reply");
        puts("error");
    }
    free(lines);
    free(text);
}

/*
 * Reads a decimal code, of any sign; 0 if it is none or outside int, where
 * no reply code is: the header's functions take an int.
 */
static int as_code(const char *s, int *code)
{
    char *end;
    long long n = strtoll(s, &end, 10);
    if (*s == '\0' || *end != '\0' || n < INT_MIN || n > INT_MAX)
        return 0;
    *code = CAST(int, n);
    return 1;
}

/* Prints the result of looking a code up, checking that every way agrees. */
static void lookup_vector(const char *arg)
{
    const struct ftp_reply_info *r = NULL;
    enum ftp_reply_class c = FTP_CLASS_NONE;
    enum ftp_reply_group g = FTP_GROUP_NONE;
    int code = 0, known = as_code(arg, &code);
    if (known) {
        r = ftp_reply_lookup(code);
        c = ftp_reply_class(code);
        g = ftp_reply_group(code);
        if ((r != NULL) != ftp_reply_is_known(code) || (r != NULL && (r->code != code || ftp_reply_text(code) != r->text)) ||
            (r == NULL && ftp_reply_text(code) != NULL))
            fail("lookup: the ways to look a code up disagree", arg);
    }
    if (r == NULL) {
        puts("no");
        return;
    }
    printf("ok");
    put_hex(r->text);
    if (c == FTP_CLASS_NONE)
        printf(" -");
    else
        printf(" %d", CAST(int, c));
    if (g == FTP_GROUP_NONE)
        printf(" -\n");
    else
        printf(" %d\n", CAST(int, g));
}

/* A result line being written: len bytes of s, which has room for size. */
struct out {
    char s[1 << 20];
    size_t len;
};

static void out_add(struct out *o, const char *s)
{
    size_t n = strlen(s);
    if (o->len + n >= sizeof o->s) {
        fail("reply-read", "a result too long for the test's buffer");
        return;
    }
    memcpy(o->s + o->len, s, n + 1);
    o->len += n;
}

/* Adds the n bytes at s in lower-case hex, "-" for none. */
static void out_hex(struct out *o, const char *s, size_t n)
{
    char d[3];
    size_t i;
    if (n == 0)
        out_add(o, "-");
    for (i = 0; i < n; i++) {
        sprintf(d, "%02x", CAST(unsigned, CAST(unsigned char, s[i])));
        out_add(o, d);
    }
}

/*
 * Reads replies off the len bytes at data with a struct ftp_reader, fed
 * step bytes at a time (all at once for 0), then the end of the input, and
 * writes the outcomes into o as a reply-read vector's result.
 */
static void read_replies(const char *data, size_t len, size_t step, struct out *o)
{
    static struct ftp_reader reader;
    static char text[1 << 17];
    size_t at = 0, n, used;
    enum ftp_read_result r;
    char code[16];
    o->len = 0;
    out_add(o, "ok");
    ftp_reader_init(&reader, text, sizeof text);
    for (;;) {
        n = step != 0 && len - at > step ? step : len - at;
        if (at == len) {
            r = ftp_reader_end(&reader);
        } else {
            r = ftp_reader_feed(&reader, data + at, n, &used);
            if (used > n || (r == FTP_READ_MORE && used != n) || (r == FTP_READ_REPLY && used == 0))
                fail("reply-read", "ftp_reader_feed reports the bytes it read wrong");
            at += used;
        }
        if (r == FTP_READ_MORE)
            continue;
        out_add(o, " ");
        out_add(o, ftp_read_result_name(r));
        if (r != FTP_READ_REPLY)
            return;
        if (reader.text_len >= sizeof text || (reader.text_len < sizeof text && text[reader.text_len] != '\0'))
            fail("reply-read", "a text that does not fit the test's buffer, or without its NUL");
        sprintf(code, ":%d:", reader.code);
        out_add(o, code);
        out_hex(o, text, reader.text_len);
    }
}

/*
 * Prints the outcomes of reading replies off hex, fed all at once, a byte
 * at a time and in pieces of 7 bytes: the reader must give the same for
 * each.
 */
static void reply_read_vector(char *hex)
{
    static struct out whole, bytes, pieces;
    struct value v;
    if (!decode(hex, &v)) {
        fail("reply-read: bad vector", hex);
        return;
    }
    read_replies(v.s, v.len, 0, &whole);
    read_replies(v.s, v.len, 1, &bytes);
    read_replies(v.s, v.len, 7, &pieces);
    if (strcmp(whole.s, bytes.s) != 0 || strcmp(whole.s, pieces.s) != 0)
        fail("reply-read: the pieces the bytes come in change the outcome", whole.s);
    puts(whole.s);
}

/*
 * The client's half of the wire (issue 18). Every string of these vectors
 * is decoded as UTF-8 with U+FFFD replacement before it is passed on, as
 * every language does (framing rule 5).
 */

/* Room for the decoded strings of one vector, each up to three times its bytes. */
static char text_room[1 << 20];
static size_t text_used;

/*
 * Decodes the hex of s, as decode, then replaces each maximal ill-formed
 * UTF-8 subsequence by U+FFFD, into text_room; returns 0 if s is no hex
 * or the room is full.
 */
static int decode_text(char *s, struct ftp_bytes *b)
{
    struct value v;
    const unsigned char *p;
    size_t i = 0;
    char *out = text_room + text_used;
    if (!decode(s, &v) || text_used + v.len * 3 + 1 > sizeof text_room)
        return 0;
    p = CAST(const unsigned char *, CAST(const void *, v.s));
    b->data = out;
    b->len = 0;
    while (i < v.len) {
        unsigned c = p[i];
        size_t need = 0, j = i + 1, k;
        unsigned lo = 0x80, hi = 0xbf;
        if (c < 0x80) {
            out[b->len++] = v.s[i++];
            continue;
        }
        if (c >= 0xc2 && c <= 0xdf)
            need = 1;
        else if (c >= 0xe0 && c <= 0xef)
            need = 2;
        else if (c >= 0xf0 && c <= 0xf4)
            need = 3;
        if (c == 0xe0)
            lo = 0xa0;
        else if (c == 0xed)
            hi = 0x9f;
        else if (c == 0xf0)
            lo = 0x90;
        else if (c == 0xf4)
            hi = 0x8f;
        for (k = 0; k < need && j < v.len; k++, j++) {
            unsigned d = p[j];
            if (d < (k == 0 ? lo : 0x80) || d > (k == 0 ? hi : 0xbf))
                break;
        }
        if (need > 0 && k == need) {
            memcpy(out + b->len, v.s + i, j - i);
            b->len += j - i;
        } else {
            memcpy(out + b->len, "\xef\xbf\xbd", 3);
            b->len += 3;
        }
        i = j;
    }
    out[b->len] = '\0';
    text_used += b->len + 1;
    return 1;
}

/*
 * Prints sep, one character, and the n bytes at s in lower-case hex, "-"
 * for none, in one write: command lines run to 8 KiB, and these vectors
 * hold thousands. A decoded string of a vector, which text_room holds,
 * always fits.
 */
static void put_field(char sep, const char *s, size_t n)
{
    static char hex[2 * sizeof text_room + 2];
    static const char digits[] = "0123456789abcdef";
    size_t i, at = 0;
    hex[at++] = sep;
    if (n == 0)
        hex[at++] = '-';
    for (i = 0; i < n && at + 2 < sizeof hex; i++) {
        unsigned char c = CAST(unsigned char, s[i]);
        hex[at++] = digits[c >> 4];
        hex[at++] = digits[c & 15];
    }
    if (i < n)
        fail("a result too long for the test's buffer", "put_field");
    fwrite(hex, 1, at, stdout);
}

/* Prints " " and the n bytes at s in lower-case hex, "-" for none. */
static void put_bytes(const char *s, size_t n)
{
    put_field(' ', s, n);
}

/* command-format HEXVERB [A1 A2 ...] -> ok HEXLINE | error KIND | no */
static void command_format_vector(char **f, size_t n, char *buf, size_t size)
{
    struct ftp_bytes verb, args[16];
    size_t i;
    int r;
    if (n - 2 > 16 || !decode_text(f[1], &verb)) {
        fail("a bad vector", f[0]);
        return;
    }
    for (i = 2; i < n; i++) {
        if (!decode_text(f[i], &args[i - 2])) {
            fail("a bad vector", f[0]);
            return;
        }
    }
    /* A verb with a NUL is no verb of the table. */
    if (strlen(verb.data) != verb.len || ftp_command_lookup(verb.data) == NULL) {
        puts("no");
        return;
    }
    r = ftp_command_format(buf, size, verb.data, args, n - 2);
    if (r < 0) {
        printf("error %s\n", ftp_error_name(CAST(enum ftp_error, r)));
        return;
    }
    printf("ok");
    put_bytes(buf, CAST(size_t, r));
    putchar('\n');
}

/* command-parse HEXLINE -> command VERB HEXARG | unknown HEXVERB HEXARG | error KIND */
static void command_parse_vector(char *hex)
{
    struct ftp_bytes line;
    struct ftp_command_line p;
    int r;
    if (!decode_text(hex, &line)) {
        fail("a bad vector", "command-parse");
        return;
    }
    r = ftp_command_parse(line.data, line.len, &p);
    if (r < 0) {
        printf("error %s\n", ftp_error_name(CAST(enum ftp_error, r)));
        return;
    }
    if (p.command != NULL) {
        printf("command %s", p.command->verb);
    } else {
        printf("unknown");
        put_bytes(p.verb.data, p.verb.len);
    }
    put_bytes(p.argument.data, p.argument.len);
    putchar('\n');
}

/* Reads ADDR, 8 or 32 hex digits, and PORT, decimal, into *a; 0 if they are not. */
static int as_address(char *addr, char *port, struct ftp_address *a)
{
    struct value v;
    unsigned long long n;
    struct value p;
    p.s = port;
    p.len = strlen(port);
    if (!decode(addr, &v) || (v.len != 4 && v.len != 16) || !as_uint(&p, &n) || n > 65535)
        return 0;
    memcpy(a->host, v.s, v.len);
    a->host_len = v.len;
    a->port = CAST(unsigned, n);
    return 1;
}

/* Prints "ok ADDR PORT" for a, or "no". */
static void put_address(bool ok, const struct ftp_address *a)
{
    size_t i;
    if (!ok) {
        puts("no");
        return;
    }
    printf("ok ");
    for (i = 0; i < a->host_len; i++)
        printf("%02x", CAST(unsigned, a->host[i]));
    printf(" %u\n", a->port);
}

/* The address vectors: addr-227, addr-227-peer, addr-228, addr-229, and PORT's, EPRT's and LPRT's. */
static int address_vector(char **f, size_t n, char *buf, size_t size)
{
    struct ftp_bytes text;
    struct ftp_address a, peer;
    char zero[] = "0";
    unsigned port;
    int r;
    if (n == 3 && (strcmp(f[0], "port-format") == 0 || strcmp(f[0], "eprt-format") == 0 || strcmp(f[0], "lprt-format") == 0)) {
        if (!as_address(f[1], f[2], &a)) {
            fail("a bad vector", f[0]);
            return 1;
        }
        if (f[0][0] == 'p')
            r = ftp_format_port_argument(buf, size, &a);
        else if (f[0][0] == 'e')
            r = ftp_format_eprt_argument(buf, size, &a);
        else
            r = ftp_format_lprt_argument(buf, size, &a);
        if (r < 0) {
            printf("error %s\n", ftp_error_name(CAST(enum ftp_error, r)));
        } else {
            printf("ok");
            put_bytes(buf, CAST(size_t, r));
            putchar('\n');
        }
        return 1;
    }
    if (!((n == 2 && (strcmp(f[0], "addr-227") == 0 || strcmp(f[0], "addr-229") == 0 || strcmp(f[0], "addr-228") == 0 ||
                    strcmp(f[0], "port-parse") == 0 || strcmp(f[0], "eprt-parse") == 0 || strcmp(f[0], "lprt-parse") == 0)) ||
          (n == 3 && strcmp(f[0], "addr-227-peer") == 0)))
        return 0;
    if (!decode_text(f[1], &text) || (n == 3 && !as_address(f[2], zero, &peer))) {
        fail("a bad vector", f[0]);
        return 1;
    }
    if (strcmp(f[0], "addr-227") == 0) {
        put_address(ftp_parse_passive_address(text.data, text.len, &a), &a);
    } else if (strcmp(f[0], "addr-227-peer") == 0) {
        put_address(ftp_passive_peer_address(text.data, text.len, &peer, &a), &a);
    } else if (strcmp(f[0], "addr-228") == 0) {
        put_address(ftp_parse_long_passive_address(text.data, text.len, &a), &a);
    } else if (strcmp(f[0], "lprt-parse") == 0) {
        put_address(ftp_parse_lprt_argument(text.data, text.len, &a), &a);
    } else if (strcmp(f[0], "eprt-parse") == 0) {
        put_address(ftp_parse_eprt_argument(text.data, text.len, &a), &a);
    } else if (strcmp(f[0], "port-parse") == 0) {
        put_address(ftp_parse_port_argument(text.data, text.len, &a), &a);
    } else if (ftp_parse_extended_passive_port(text.data, text.len, &port)) {
        printf("ok %u\n", port);
    } else {
        puts("no");
    }
    return 1;
}

/* Prints "error KIND" for r below 0, else "ok" and the r bytes at buf in hex. */
static void put_result(int r, const char *buf)
{
    if (r < 0) {
        printf("error %s\n", ftp_error_name(CAST(enum ftp_error, r)));
        return;
    }
    printf("ok");
    put_bytes(buf, CAST(size_t, r));
    putchar('\n');
}

/*
 * Decodes a pair of a vector, "HEXA:HEXB", into a and b; 0 if it is not
 * one.
 */
static int decode_pair(char *pair, struct ftp_bytes *a, struct ftp_bytes *b)
{
    char *colon = strchr(pair, ':');
    if (colon == NULL)
        return 0;
    *colon = '\0';
    return decode_text(pair, a) && decode_text(colon + 1, b);
}

/* FEAT and OPTS: feat-parse, feat-format, opts-format, opts-parse. */
static int feature_vector(char **f, size_t n, char *buf, size_t size)
{
    static struct ftp_feature features[4096];
    static char names[1 << 16];
    struct ftp_bytes a, b;
    size_t i;
    int r;
    if (n == 2 && strcmp(f[0], "feat-parse") == 0) {
        if (!decode_text(f[1], &a)) {
            fail("a bad vector", f[0]);
            return 1;
        }
        r = ftp_parse_features(a.data, a.len, features, sizeof features / sizeof features[0], names, sizeof names);
        if (r < 0) {
            fail("feat-parse: more than the test's room", f[1]);
            r = 0;
        }
        printf("ok");
        for (i = 0; i < CAST(size_t, r); i++) {
            put_bytes(features[i].name.data, features[i].name.len);
            put_field(':', features[i].params.data, features[i].params.len);
        }
        putchar('\n');
        return 1;
    }
    if (n >= 2 && strcmp(f[0], "feat-format") == 0) {
        size_t count = 0;
        if (n > 2 || strcmp(f[1], "-") != 0) {
            for (i = 1; i < n; i++) {
                if (count == sizeof features / sizeof features[0] ||
                    !decode_pair(f[i], &features[count].name, &features[count].params)) {
                    fail("a bad vector", f[0]);
                    return 1;
                }
                count++;
            }
        }
        put_result(ftp_format_features(buf, size, features, count), buf);
        return 1;
    }
    if (n == 3 && strcmp(f[0], "opts-format") == 0) {
        if (!decode_text(f[1], &a) || !decode_text(f[2], &b)) {
            fail("a bad vector", f[0]);
            return 1;
        }
        put_result(ftp_format_opts_argument(buf, size, a.data, a.len, b.data, b.len), buf);
        return 1;
    }
    if (n == 2 && strcmp(f[0], "opts-parse") == 0) {
        if (!decode_text(f[1], &a)) {
            fail("a bad vector", f[0]);
            return 1;
        }
        r = ftp_parse_opts_argument(a.data, a.len, buf, size, &b);
        if (r < 0)
            fail("opts-parse: no room", f[1]);
        if (r <= 0) {
            puts("no");
            return 1;
        }
        printf("ok");
        put_bytes(buf, CAST(size_t, r));
        put_bytes(b.data, b.len);
        putchar('\n');
        return 1;
    }
    return 0;
}

/* MLSx entries: mlsx-parse, mlsx-format. */
static int entry_vector(char **f, size_t n, char *buf, size_t size)
{
    static struct ftp_fact_value facts[64];
    struct ftp_bytes line;
    struct ftp_entry e;
    struct ftp_fact_value v;
    struct ftp_time t;
    unsigned long long number;
    char typed[32];
    size_t i, at = 0;
    if (n == 2 && strcmp(f[0], "mlsx-parse") == 0) {
        if (!decode_text(f[1], &line)) {
            fail("a bad vector", f[0]);
            return 1;
        }
        if (!ftp_parse_entry(line.data, line.len, &e)) {
            puts("no");
            return 1;
        }
        printf("ok");
        put_bytes(e.path.data, e.path.len);
        while (ftp_entry_next_fact(&e, &at, &v)) {
            put_bytes(v.name.data, v.name.len);
            put_field(':', v.value.data, v.value.len);
            strcpy(typed, v.fact == NULL ? "?" : v.fact->type == FTP_VALUE_STRING ? "s" : "bad");
            if (v.fact != NULL && v.fact->type == FTP_VALUE_UINT && ftp_fact_uint(&v, &number))
                sprintf(typed, "%llu", number);
            if (v.fact != NULL && v.fact->type == FTP_VALUE_TIME && ftp_fact_time(&v, &t))
                millis(&t, typed);
            printf(":%s", typed);
        }
        putchar('\n');
        return 1;
    }
    if (n >= 2 && strcmp(f[0], "mlsx-format") == 0) {
        if (n - 2 > sizeof facts / sizeof facts[0] || !decode_text(f[1], &line)) {
            fail("a bad vector", f[0]);
            return 1;
        }
        for (i = 2; i < n; i++) {
            facts[i - 2].fact = NULL;
            if (!decode_pair(f[i], &facts[i - 2].name, &facts[i - 2].value)) {
                fail("a bad vector", f[0]);
                return 1;
            }
        }
        put_result(ftp_format_entry(buf, size, line.data, line.len, facts, n - 2), buf);
        return 1;
    }
    return 0;
}

/* Runs one vector, a line of the file split into fields. */
static void run(char **f, size_t n, char *buf, size_t size)
{
    struct value v[16];
    size_t i;
    text_used = 0;
    if (n >= 2 && strcmp(f[0], "command-format") == 0) {
        command_format_vector(f, n, buf, size);
        return;
    }
    if (n == 2 && strcmp(f[0], "command-parse") == 0) {
        command_parse_vector(f[1]);
        return;
    }
    if (address_vector(f, n, buf, size) || feature_vector(f, n, buf, size) || entry_vector(f, n, buf, size))
        return;
    if (n >= 2 && strcmp(f[0], "reply-parse") == 0) {
        reply_parse_vector(f[1]);
        return;
    }
    if (n == 2 && strcmp(f[0], "lookup") == 0) {
        lookup_vector(f[1]);
        return;
    }
    if (n == 3 && (strcmp(f[0], "expected") == 0 || strcmp(f[0], "plausible") == 0)) {
        bool (*question)(const char *, int) = strcmp(f[0], "expected") == 0 ? ftp_is_expected_reply : ftp_is_plausible_reply;
        const char *verb;
        int code;
        if (!decode(f[1], &v[0])) {
            fail("a bad vector", f[0]);
            return;
        }
        /* A verb with a NUL or a code outside int names no command or reply. */
        puts(as_string(&v[0], &verb) && as_code(f[2], &code) && question(verb, code) ? "true" : "false");
        return;
    }
    if (n == 2 && strcmp(f[0], "reply-read") == 0) {
        reply_read_vector(f[1]);
        return;
    }
    for (i = 2; i < n; i++) {
        if (i - 2 == 16 || !decode(f[i], &v[i - 2])) {
            fail("a bad vector", f[0]);
            return;
        }
    }
    if (n == 3 && strcmp(f[0], "parse") == 0) {
        if (!parse_vector(f[1], v[0].s, buf, size))
            fail("no parser", f[1]);
    } else if (strcmp(f[0], "format") == 0) {
        if (!format_vector(f[1], v, n - 2, buf, size))
            fail("no formatter", f[1]);
    } else if (n == 3 && strcmp(f[0], "reply-format") == 0) {
        const char *message;
        int code;
        /* A message with a NUL, or a code outside int, is no reply. */
        if (!as_string(&v[0], &message) || !as_code(f[1], &code))
            puts("error");
        else
            put_formatted(ftp_reply_format(buf, size, code, message), buf);
    } else {
        fail("an unknown vector", f[0]);
        puts("unknown vector"); /* a result line all the same, so that the next ones stay in line */
    }
}

/* Runs every vector of the file at path. */
static void vectors(const char *path)
{
    FILE *in = fopen(path, "rb");
    char *data, *line, *buf;
    long size;
    if (in == NULL || fseek(in, 0, SEEK_END) != 0 || (size = ftell(in)) < 0 || fseek(in, 0, SEEK_SET) != 0) {
        fail("cannot read", path);
        return;
    }
    data = CAST(char *, malloc(CAST(size_t, size) + 1));
    buf = CAST(char *, malloc(CAST(size_t, size) * 2 + 64));
    if (data == NULL || buf == NULL || fread(data, 1, CAST(size_t, size), in) != CAST(size_t, size)) {
        fail("cannot read", path);
        return;
    }
    fclose(in);
    data[size] = '\0';
    for (line = data; *line != '\0';) {
        char *end = strchr(line, '\n'), *f[128], *p;
        size_t n = 0;
        if (end == NULL) {
            fail("a line without its end", line);
            break;
        }
        *end = '\0';
        for (p = strtok(line, " "); p != NULL && n < 128; p = strtok(NULL, " "))
            f[n++] = p;
        if (n == 0 || p != NULL) {
            fail("a vector of no fields or of more than 128", line);
            puts("bad vector"); /* a result line all the same, so that the next ones stay in line */
        } else {
            run(f, n, buf, CAST(size_t, size) * 2 + 64);
        }
        line = end + 1;
    }
    free(data);
    free(buf);
}

/* Uses the helpers that a table without numbers, times or strings leaves unused. */
static void use_helpers(void)
{
    (void)as_uint;
    (void)as_time;
    (void)as_string;
    (void)put_uint;
    (void)put_time;
    (void)same_time;
    (void)check_formatted;
}

int vectors_main(int argc, char **argv)
{
    use_helpers();
    if (argc == 2 && strcmp(argv[1], "check") == 0) {
        check_meanings();
        if (failures == 0)
            puts("ok");
    } else if (argc == 2) {
        vectors(argv[1]);
    } else {
        fprintf(stderr, "usage: vectors FILE|check\n");
        return 2;
    }
    if (failures > 0)
        return 1;
    return fflush(stdout) == 0 ? 0 : 1;
}
