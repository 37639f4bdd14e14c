/*
 * Round-trip test of the generated ftpcodes.h, compiled as C and as C++:
 * the "roundtrip" command of the test program (driver.c).
 *
 *   roundtrip SECTION...  prints each section after a line "== SECTION":
 *     dump                every code in the format of conformance.Dump
 *     extra               the names of codes, classes and groups
 *     commands            every command in the format of
 *                         conformance.CommandDump
 *
 * It first checks the header's functions against one another, against
 * expect.h (which the Go test writes from the table under test) and for
 * codes the table lacks, and reports every disagreement on standard error
 * with exit status 1.
 */
#include <stdio.h>
#include <string.h>

#include "ftpcodes.h"
#include "driver.h"
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
#ifndef FTPCODES_STATIC
        check(other_reply_at(i) == r, "the other translation unit has another record, at another address", (int)i);
#else /* each file has its own tables */
        check((other_reply_at(i) == NULL) == (r == NULL) && (r == NULL || other_reply_at(i)->code == r->code),
              "the other translation unit has another record", (int)i);
#endif
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

/* The replies of one group of a command: its codes and the classes it admits. */
struct group {
    const char *name;
    const int *codes;
    size_t count;
    int class1, class2;
};

static void command_groups(const struct ftp_command_info *c, struct group g[4])
{
    g[0].name = "preliminary";
    g[0].codes = c->preliminary;
    g[0].count = c->preliminary_count;
    g[0].class1 = g[0].class2 = 1;
    g[1].name = "intermediate";
    g[1].codes = c->intermediate;
    g[1].count = c->intermediate_count;
    g[1].class1 = g[1].class2 = 3;
    g[2].name = "success";
    g[2].codes = c->success;
    g[2].count = c->success_count;
    g[2].class1 = g[2].class2 = 2;
    g[3].name = "error";
    g[3].codes = c->error;
    g[3].count = c->error_count;
    g[3].class1 = 4;
    g[3].class2 = 5;
}

/* Whether code is in any group of c, as the program works it out. */
static int in_groups(const struct ftp_command_info *c, int code)
{
    struct group g[4];
    size_t i, j;
    if (c == NULL)
        return 0;
    command_groups(c, g);
    for (i = 0; i < 4; i++) {
        for (j = 0; j < g[i].count; j++) {
            if (g[i].codes[j] == code)
                return 1;
        }
    }
    return 0;
}

/* The ASCII upper case of s into buf, which has room for n bytes. */
static void upper(char *buf, size_t n, const char *s)
{
    size_t i;
    for (i = 0; i + 1 < n && s[i] != '\0'; i++)
        buf[i] = s[i] >= 'a' && s[i] <= 'z' ? (char)(s[i] - 'a' + 'A') : s[i];
    buf[i] = '\0';
}

/*
 * The record ftp_command_lookup(s) must return, worked out from expect.h
 * alone: the record of the canonical verb of the expected verb or alias
 * that s is in ASCII upper case, or NULL.
 */
static const struct ftp_command_info *want_command(const char *s)
{
    char buf[64];
    size_t i, k;
    const struct ftp_command_info *c;
    if (s == NULL || strlen(s) >= sizeof buf)
        return NULL;
    upper(buf, sizeof buf, s);
    for (i = 0; expect_commands[i].verb != NULL; i++) {
        if (strcmp(expect_commands[i].verb, buf) != 0)
            continue;
        for (k = 0; (c = ftp_command_at(k)) != NULL; k++) {
            if (strcmp(c->verb, expect_commands[i].canonical) == 0)
                return c;
        }
        return NULL;
    }
    return NULL;
}

/* Codes to ask ftp_is_expected_reply about besides 0 to 1000. */
static const int other_codes[] = {-1, 10054, 99999, -2147483647 - 1, 2147483647};

/*
 * Checks that s finds what want_command says, and that
 * ftp_is_expected_reply(s, code) is membership in that record's groups.
 */
static void check_verb(const char *s)
{
    const struct ftp_command_info *want = want_command(s);
    size_t i;
    int code;
    if (ftp_command_lookup(s) != want) {
        fprintf(stderr, "command \"%s\": ftp_command_lookup finds %s, want %s\n", s != NULL ? s : "(null)",
                ftp_command_lookup(s) != NULL ? ftp_command_lookup(s)->verb : "nothing",
                want != NULL ? want->verb : "nothing");
        failures++;
        return;
    }
    if ((other_command_verb(s) == NULL) != (want == NULL) || (want != NULL && !same(other_command_verb(s), want->verb)))
        fail("the other translation unit finds another command", 0);
    for (code = 0; code <= 1000; code++) {
        if (ftp_is_expected_reply(s, code) != in_groups(want, code))
            fail(s != NULL && *s != '\0' ? s : "ftp_is_expected_reply of no command", code);
    }
    for (i = 0; i < sizeof other_codes / sizeof other_codes[0]; i++) {
        code = other_codes[i];
        if (ftp_is_expected_reply(s, code) != in_groups(want, code))
            fail(s != NULL && *s != '\0' ? s : "ftp_is_expected_reply of no command", code);
    }
    for (i = 0; i < FTP_REPLY_COUNT; i++) {
        code = ftp_reply_at(i)->code;
        if (ftp_is_expected_reply(s, code) != in_groups(want, code) ||
            other_is_expected_reply(s, code) != in_groups(want, code))
            fail(s != NULL && *s != '\0' ? s : "ftp_is_expected_reply of no command", code);
    }
}

/* Checks verb in every mix of cases, and with every byte in each place. */
static void check_spellings(const char *verb)
{
    char buf[64];
    size_t n = strlen(verb), i, mask;
    int b;
    for (mask = 0; mask < (size_t)1 << n; mask++) {
        for (i = 0; i < n; i++)
            buf[i] = (mask >> i & 1) != 0 && verb[i] >= 'A' && verb[i] <= 'Z' ? (char)(verb[i] - 'A' + 'a') : verb[i];
        buf[n] = '\0';
        if (ftp_command_lookup(buf) == NULL || ftp_command_lookup(buf) != ftp_command_lookup(verb))
            fail(buf, 0);
        if (mask == 1 || mask + 1 == (size_t)1 << n)
            check_verb(buf);
    }
    for (i = 0; i < n; i++) {
        for (b = 1; b <= 255; b++) {
            strcpy(buf, verb);
            buf[i] = (char)b;
            if (ftp_command_lookup(buf) != want_command(buf))
                fail(buf, b);
        }
    }
    /* Nothing is trimmed or ignored around a verb, and a prefix is no verb. */
    sprintf(buf, "%s ", verb);
    check_verb(buf);
    sprintf(buf, " %s", verb);
    check_verb(buf);
    sprintf(buf, "%s\r\n", verb);
    check_verb(buf);
    sprintf(buf, "%sX", verb);
    check_verb(buf);
    sprintf(buf, "%.*s", (int)n - 1, verb);
    check_verb(buf);
}

/* A command table built from the X-macro, as a user would build one. */
#define COMMAND_ENTRY(name, verb) {FTP_COMMAND_##name, verb},
static const struct {
    const char *macro;
    const char *verb;
} command_map[] = {
    FTP_COMMAND_MAP(COMMAND_ENTRY)
    {NULL, NULL}
};
#undef COMMAND_ENTRY

static void check_commands(void)
{
    static const char *const unknown[] = {
        "", "NOPE", "nope", "A", "RETRRETRRETRRETRRETRRETRRETRRETRRETRRETR", "\303\251", " ", "\t",
    };
    const struct ftp_command_info *c;
    const char *prev = "";
    size_t i, j, n, names = 0;

    for (n = 0; (c = ftp_command_at(n)) != NULL; n++) {
        struct group g[4];
#ifndef FTPCODES_STATIC
        check(other_command_at(n) == c, "the other translation unit has another command record, at another address", (int)n);
#else
        check(other_command_at(n) != NULL && same(other_command_at(n)->verb, c->verb),
              "the other translation unit has another command", (int)n);
#endif
        check(strcmp(prev, c->verb) < 0, "commands out of verb order", (int)n);
        prev = c->verb;
        check(ftp_command_lookup(c->verb) == c, "ftp_command_lookup misses a verb", (int)n);
        check(n < sizeof command_map / sizeof command_map[0] && command_map[n].verb != NULL &&
                  same(command_map[n].verb, c->verb) && same(command_map[n].macro, c->verb),
              "FTP_COMMAND_MAP disagrees with ftp_command_at", (int)n);
        check((c->aliases == NULL) == (c->alias_count == 0), "aliases and alias_count disagree", (int)n);
        for (j = 0; j < c->alias_count; j++)
            check(ftp_command_lookup(c->aliases[j]) == c, "ftp_command_lookup misses an alias", (int)n);
        names += 1 + c->alias_count;
        check(c->description != NULL && *c->description != '\0' && c->syntax != NULL && *c->syntax != '\0',
              "a command without a description or syntax", (int)n);
        check(ftp_reply_status_name(c->status) != NULL, "a command's status has no name", (int)n);
        command_groups(c, g);
        for (i = 0; i < 4; i++) {
            check((g[i].codes == NULL) == (g[i].count == 0), g[i].name, (int)n);
            for (j = 0; j < g[i].count; j++) {
                int code = g[i].codes[j];
                check(ftp_reply_is_known(code), "a command expects an unknown code", code);
                check(code / 100 == g[i].class1 || code / 100 == g[i].class2, "a code in the wrong group", code);
                check(ftp_is_expected_reply(c->verb, code), "ftp_is_expected_reply misses a code of a group", code);
            }
        }
    }
    check(n == FTP_COMMAND_COUNT, "ftp_command_at and FTP_COMMAND_COUNT differ", (int)n);
    check(ftp_command_at(n + 1) == NULL && ftp_command_at((size_t)-1) == NULL, "ftp_command_at past the end", (int)n);
    check(sizeof command_map / sizeof command_map[0] == FTP_COMMAND_COUNT + 1, "FTP_COMMAND_MAP and FTP_COMMAND_COUNT differ",
          (int)n);

    for (i = 0; expect_commands[i].verb != NULL; i++) {
        const struct expect_command *e = &expect_commands[i];
        check(same(e->macro, e->verb), e->verb, 0);
        c = ftp_command_lookup(e->verb);
        check(c != NULL && same(c->verb, e->canonical), e->verb, 0);
        check_spellings(e->verb);
        check_verb(e->verb);
    }
    check(i == names, "expect.h and the header have another number of verbs and aliases", (int)i);

    check(ftp_command_lookup(NULL) == NULL && !ftp_is_expected_reply(NULL, 200), "ftp_command_lookup(NULL)", 0);
    check_verb(NULL);
    for (i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
        check_verb(unknown[i]);
}

/* Prints s in lower-case hex, nothing when it is empty, NULL as "". */
static void hex_always(const char *s)
{
    const unsigned char *p;
    putchar(' ');
    for (p = (const unsigned char *)(s != NULL ? s : ""); *p != '\0'; p++)
        printf("%02x", *p);
}

/* Prints codes comma-separated, or "-" when there are none. */
static void codes(const int *c, size_t n)
{
    size_t i;
    putchar(' ');
    if (n == 0)
        putchar('-');
    for (i = 0; i < n; i++)
        printf(i == 0 ? "%d" : ",%d", c[i]);
}

/* Prints an observed reply as toolchain.CommandDump does, after mark. */
static void observed(const char *mark, const struct ftp_observed_reply *r)
{
    size_t i;
    printf("%s %d", mark, r->code);
    for (i = 0; i < r->evidence_count; i++) {
        hex_always(r->evidence[i].server);
        hex_always(r->evidence[i].at);
    }
    putchar('\n');
}

static void commands(void)
{
    const struct ftp_observed_reply *r;
    const struct ftp_command_info *c;
    size_t i, j;
    for (i = 0; (c = ftp_command_at(i)) != NULL; i++) {
        printf("%s ", c->verb);
        if (c->alias_count == 0)
            putchar('-');
        for (j = 0; j < c->alias_count; j++)
            printf(j == 0 ? "%s" : ",%s", c->aliases[j]);
        hex_always(c->description);
        hex_always(c->syntax);
        printf(" %d %s %s %s", c->rfc, c->section != NULL ? c->section : "",
               c->replies_section != NULL ? c->replies_section : "", ftp_reply_status_name(c->status));
        codes(c->preliminary, c->preliminary_count);
        codes(c->intermediate, c->intermediate_count);
        codes(c->success, c->success_count);
        codes(c->error, c->error_count);
        putchar('\n');
        for (j = 0; j < c->observed_count; j++)
            observed("+", &c->observed[j]);
    }
    for (i = 0; (r = ftp_any_command_reply_at(i)) != NULL; i++)
        observed("*", r);
    check(i == FTP_ANY_COMMAND_REPLY_COUNT, "FTP_ANY_COMMAND_REPLY_COUNT is the number of replies to any command", (int)i);
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

int roundtrip_main(int argc, char **argv)
{
    int i;
    check_all();
    check_commands();
    if (failures > 0)
        return 1;
    for (i = 1; i < argc; i++) {
        printf("== %s\n", argv[i]);
        if (strcmp(argv[i], "dump") == 0)
            dump();
        else if (strcmp(argv[i], "extra") == 0)
            extra();
        else if (strcmp(argv[i], "commands") == 0)
            commands();
        else {
            fprintf(stderr, "usage: roundtrip dump|extra|commands...\n");
            return 2;
        }
    }
    return fflush(stdout) == 0 ? 0 : 1;
}
