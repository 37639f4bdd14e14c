/*
 * Round-trip test of the generated ftpcodes.h, compiled as C and as C++.
 *
 *   roundtrip dump    prints every code in the format of toolchain.Dump
 *   roundtrip extra   prints the names of codes, classes and groups
 *
 * Either way it first checks the header's functions against one another,
 * against expect.h (which the Go test writes from the table under test)
 * and for codes the table lacks, and reports every disagreement on
 * standard error with exit status 1.
 */
#include <stdio.h>
#include <string.h>

#include "ftpcodes.h"
#include "expect.h"
#include "other.h"

static int failures;

static void fail(const char *what, int code)
{
    fprintf(stderr, "code %d: %s\n", code, what);
    failures++;
}

static void check(int ok, const char *what, int code)
{
    if (!ok)
        fail(what, code);
}

static int same(const char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return a == b;
    return strcmp(a, b) == 0;
}

/* Prints s in lower-case hex, or "-" when s is NULL or empty. */
static void hex(const char *s)
{
    const unsigned char *p;
    putchar(' ');
    if (s == NULL || *s == '\0') {
        putchar('-');
        return;
    }
    for (p = (const unsigned char *)s; *p != '\0'; p++)
        printf("%02x", *p);
}

/* Prints a class or group digit, or "-" for none. */
static void digit(int d)
{
    if (d < 0)
        printf(" -");
    else
        printf(" %d", d);
}

static int class_digit(int code)
{
    enum ftp_reply_class c = ftp_reply_class(code);
    return c == FTP_CLASS_NONE ? -1 : (int)c;
}

static int group_digit(int code)
{
    enum ftp_reply_group g = ftp_reply_group(code);
    return g == FTP_GROUP_NONE ? -1 : (int)g;
}

/* The class or group digit code must have, or -1. */
static int want_digit(int code, const int *defined, int d)
{
    if (code < 100 || code > 999 || !defined[d])
        return -1;
    return d;
}

static void check_predicate(int code, const char *name, int got, int class_digit)
{
    int want = code >= 100 && code <= 999 && code / 100 == class_digit;
    if (got != want)
        fail(name, code);
}

static void check_any_code(int code)
{
    const struct ftp_reply_info *r = ftp_reply_lookup(code);
    int d;

    check(ftp_reply_is_known(code) == (r != NULL), "ftp_reply_is_known disagrees with ftp_reply_lookup", code);
    check(same(ftp_reply_text(code), r != NULL ? r->text : NULL), "ftp_reply_text disagrees with ftp_reply_lookup", code);
    check(same(ftp_reply_name(code), r != NULL ? r->name : NULL), "ftp_reply_name disagrees with ftp_reply_lookup", code);
    check(same(other_text(code), r != NULL ? r->text : NULL), "the other translation unit disagrees", code);

    d = code >= 100 && code <= 999 ? code / 100 : 0;
    check(class_digit(code) == want_digit(code, expect_class_defined, d), "ftp_reply_class", code);
    check((ftp_reply_class_name(ftp_reply_class(code)) != NULL) == (class_digit(code) >= 0), "ftp_reply_class_name", code);
    check((ftp_reply_class_title(ftp_reply_class(code)) != NULL) == (class_digit(code) >= 0), "ftp_reply_class_title", code);
    check((ftp_reply_class_description(ftp_reply_class(code)) != NULL) == (class_digit(code) >= 0), "ftp_reply_class_description", code);

    d = code >= 100 && code <= 999 ? code / 10 % 10 : 0;
    check(group_digit(code) == want_digit(code, expect_group_defined, d), "ftp_reply_group", code);
    check((ftp_reply_group_name(ftp_reply_group(code)) != NULL) == (group_digit(code) >= 0), "ftp_reply_group_name", code);
    check((ftp_reply_group_title(ftp_reply_group(code)) != NULL) == (group_digit(code) >= 0), "ftp_reply_group_title", code);
    check((ftp_reply_group_description(ftp_reply_group(code)) != NULL) == (group_digit(code) >= 0), "ftp_reply_group_description", code);

    EXPECT_PREDICATES(check_predicate, code);
}

/* A table built from the X-macro, as a user would build one. */
#define MAP_ENTRY(code, name, text) { code, FTP_REPLY_##name, #name, text },
static const struct {
    int code;
    int enumerator;
    const char *name;
    const char *text;
} map[] = {
    FTP_REPLY_MAP(MAP_ENTRY)
};
#undef MAP_ENTRY

static void check_all(void)
{
    static const int unknown[] = {0, 99, 999, 1000, -1, 100000, -2147483647 - 1, 2147483647};
    size_t i;
    int prev = -1;

    check(sizeof map / sizeof map[0] == FTP_REPLY_COUNT, "FTP_REPLY_MAP and FTP_REPLY_COUNT differ", 0);
    check(ftp_reply_at(FTP_REPLY_COUNT) == NULL, "ftp_reply_at(FTP_REPLY_COUNT) is not NULL", 0);
    check(other_known_count() == FTP_REPLY_COUNT, "the other unit counts another number of codes", 0);
    for (i = 0; i < FTP_REPLY_COUNT; i++) {
        const struct ftp_reply_info *r = ftp_reply_at(i);
        if (r == NULL) {
            fail("ftp_reply_at returns NULL before FTP_REPLY_COUNT", (int)i);
            continue;
        }
        check(r->code > prev, "codes out of numeric order", r->code);
        prev = r->code;
        check(ftp_reply_lookup(r->code) == r, "ftp_reply_lookup misses", r->code);
        check(ftp_reply_from_name(r->name) == r->code, "ftp_reply_from_name(ftp_reply_name(code))", r->code);
        check(r->closes_control == 0 || r->closes_control == 1, "closes_control is not 0 or 1", r->code);
        check((r->also == NULL) == (r->also_count == 0), "also and also_count disagree", r->code);
        check(i < sizeof map / sizeof map[0] && map[i].code == r->code && map[i].enumerator == r->code &&
                  same(map[i].name, r->name) && same(map[i].text, r->text),
              "FTP_REPLY_MAP disagrees with ftp_reply_at", r->code);
    }
    for (i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        int code = unknown[i];
        check(ftp_reply_lookup(code) == NULL && ftp_reply_text(code) == NULL && ftp_reply_name(code) == NULL &&
                  !ftp_reply_is_known(code),
              "a code outside the table is known", code);
        check(ftp_reply_class(code) == FTP_CLASS_NONE && ftp_reply_group(code) == FTP_GROUP_NONE,
              "a code without a class digit has a class or group", code);
        check_any_code(code);
    }
    for (i = 0; i <= 100000; i++)
        check_any_code((int)i);
    check(ftp_reply_class_name(FTP_CLASS_NONE) == NULL && ftp_reply_class_title(FTP_CLASS_NONE) == NULL &&
              ftp_reply_class_description(FTP_CLASS_NONE) == NULL,
          "FTP_CLASS_NONE has a name", 0);
    check(ftp_reply_group_name(FTP_GROUP_NONE) == NULL && ftp_reply_group_title(FTP_GROUP_NONE) == NULL &&
              ftp_reply_group_description(FTP_GROUP_NONE) == NULL,
          "FTP_GROUP_NONE has a name", 0);

    check(ftp_reply_from_name(NULL) == 0, "ftp_reply_from_name(NULL)", 0);
    check(ftp_reply_from_name("") == 0, "ftp_reply_from_name(\"\")", 0);
    check(ftp_reply_from_name("NO_SUCH_REPLY_NAME") == 0, "ftp_reply_from_name(\"NO_SUCH_REPLY_NAME\")", 0);
    for (i = 0; expect_aliases[i].name != NULL; i++) {
        check(ftp_reply_from_name(expect_aliases[i].name) == expect_aliases[i].code, expect_aliases[i].name, expect_aliases[i].code);
        check(expect_aliases[i].constant == expect_aliases[i].code, "a deprecated macro has another value", expect_aliases[i].code);
    }
    for (i = 0; expect_names[i].name != NULL; i++) {
        check(ftp_reply_from_name(expect_names[i].name) == expect_names[i].code, expect_names[i].name, expect_names[i].code);
        check(expect_names[i].constant == expect_names[i].code, "an enumerator has another value", expect_names[i].code);
    }
}

static void print_meaning(const char *text, const char *description, const char *text_template, int rfc,
                          const char *section, const char *source, enum ftp_reply_status status)
{
    hex(text);
    hex(description);
    hex(text_template);
    printf(" %d", rfc);
    hex(section);
    hex(source);
    printf(" %s", ftp_reply_status_name(status));
}

static void dump(void)
{
    size_t i, j;
    for (i = 0; i < FTP_REPLY_COUNT; i++) {
        const struct ftp_reply_info *r = ftp_reply_at(i);
        printf("%d", r->code);
        digit(class_digit(r->code));
        digit(group_digit(r->code));
        print_meaning(r->text, r->description, r->text_template, r->rfc, r->section, r->source, r->status);
        printf(" %d %d\n", r->closes_control, (int)r->also_count);
        for (j = 0; j < r->also_count; j++) {
            const struct ftp_reply_meaning *m = &r->also[j];
            printf("+");
            print_meaning(m->text, m->description, m->text_template, m->rfc, m->section, m->source, m->status);
            printf("\n");
        }
    }
}

/* Prints "name CODE NAME" per code, then "class" and "group" lines. */
static void extra(void)
{
    size_t i;
    int d;
    for (i = 0; i < FTP_REPLY_COUNT; i++) {
        const struct ftp_reply_info *r = ftp_reply_at(i);
        printf("name %d %s\n", r->code, ftp_reply_name(r->code));
    }
    for (d = 1; d <= 9; d++) {
        enum ftp_reply_class c = ftp_reply_class(d * 100);
        if (c == FTP_CLASS_NONE)
            continue;
        printf("class %d %s", (int)c, ftp_reply_class_name(c));
        hex(ftp_reply_class_title(c));
        hex(ftp_reply_class_description(c));
        printf("\n");
    }
    for (d = 0; d <= 9; d++) {
        enum ftp_reply_group g = ftp_reply_group(100 + d * 10);
        if (g == FTP_GROUP_NONE)
            continue;
        printf("group %d %s", (int)g, ftp_reply_group_name(g));
        hex(ftp_reply_group_title(g));
        hex(ftp_reply_group_description(g));
        printf("\n");
    }
}

int main(int argc, char **argv)
{
    check_all();
    if (failures > 0)
        return 1;
    if (argc == 2 && strcmp(argv[1], "dump") == 0)
        dump();
    else if (argc == 2 && strcmp(argv[1], "extra") == 0)
        extra();
    else {
        fprintf(stderr, "usage: roundtrip dump|extra\n");
        return 2;
    }
    return fflush(stdout) == 0 ? 0 : 1;
}
