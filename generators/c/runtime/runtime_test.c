/*
 * The runtime of the generated ftpcodes.h on its own: runtime.h and
 * runtime.c, which ftpcodegen splices into every generated header, with a
 * stand-in for what the templates generate from the table (a few replies,
 * three commands, one of them with an alias and one with a verb longer
 * than RFC 959's four letters, and what real servers send them and any
 * command), and the runtime's unit tests.
 *
 * generators/c's TestRuntime compiles it as C and as C++ under every
 * standard the header supports, with the header's strict warnings, with
 * and without FTPCODES_STATIC and with the sanitizers, and runs it: it
 * prints "ok", or every failed check on standard error with exit status 1.
 * It is given spec's limits as SPEC_MAX_LINE_BYTES, SPEC_MAX_REPLY_LINES,
 * SPEC_MIN_YEAR, SPEC_MAX_YEAR and SPEC_MAX_UINT (a string literal), which
 * the runtime must keep to.
 */
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifndef __cplusplus
#include <stdbool.h>
#endif

/* As ftpcodes.h.tmpl defines it. */
#ifdef FTPCODES_STATIC
#define FTPCODES_DEF static inline
#else
#define FTPCODES_DEF extern
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* The stand-in table's declarations, as replies.tmpl and commands.tmpl write them. */
enum ftp_reply_code {
    FTP_REPLY_DATA_CONNECTION_OPENING = 150,
    FTP_REPLY_COMMAND_OK = 200,
    FTP_REPLY_CLOSING_DATA_CONNECTION = 226,
    FTP_REPLY_PATHNAME_CREATED = 257,
    FTP_REPLY_SERVICE_NOT_AVAILABLE = 421,
    FTP_REPLY_NOT_LOGGED_IN = 530,
    FTP_REPLY_FILE_UNAVAILABLE = 550,
    FTP_REPLY_CONNECTION_RESET_BY_PEER = 10054
};
#define FTP_REPLY_COUNT 8

enum ftp_reply_status {
    FTP_STATUS_STANDARD = 1,
    FTP_STATUS_EXTENSION = 2,
    FTP_STATUS_DRAFT = 3,
    FTP_STATUS_NON_STANDARD = 4
};

FTPCODES_DEF const char *ftp_reply_status_name(enum ftp_reply_status s);

enum ftp_reply_class {
    FTP_CLASS_NONE = 0,
    FTP_CLASS_POSITIVE_COMPLETION = 2
};

enum ftp_reply_group {
    FTP_GROUP_NONE = -1,
    FTP_GROUP_SYNTAX = 0
};

#define FTP_COMMAND_PWD "PWD"
#define FTP_COMMAND_XPWD "XPWD"
#define FTP_COMMAND_RETR "RETR"
#define FTP_COMMAND_XSHA256 "XSHA256"
#define FTP_COMMAND_COUNT 3
#define FTP_ANY_COMMAND_REPLY_COUNT 1
#define FTP_FACT_SIZE "size"
#define FTP_FACT_MODIFY "modify"
#define FTP_FACT_UNIX_MODE "UNIX.mode"
#define FTP_FACT_COUNT 3

#include "runtime.h"

#ifdef __cplusplus
}
#endif

#ifdef __cplusplus
extern "C" {
#endif

#include "runtime.c"

/* The stand-in table's definitions, as replies.tmpl and commands.tmpl write them. */

FTPCODES_DEF const struct ftp_reply_info *ftp_reply_at(size_t i)
{
    static const struct ftp_reply_info replies[FTP_REPLY_COUNT] = {
        {150, "DATA_CONNECTION_OPENING", "File status okay; about to open data connection.", "", NULL,
         FTP_STATUS_STANDARD, 959, NULL, "4.2.2", NULL, 0, NULL, 0},
        {200, "COMMAND_OK", "Command okay.", "", NULL, FTP_STATUS_STANDARD, 959, NULL, "4.2.2", NULL, 0, NULL, 0},
        {226, "CLOSING_DATA_CONNECTION", "Closing data connection.", "", NULL, FTP_STATUS_STANDARD, 959, NULL,
         "4.2.2", NULL, 0, NULL, 0},
        {257, "PATHNAME_CREATED", "\"PATHNAME\" created.", "", "\"{pathname}\" created.", FTP_STATUS_STANDARD, 959,
         NULL, "4.2.2", NULL, 0, NULL, 0},
        {421, "SERVICE_NOT_AVAILABLE", "Service not available, closing control connection.", "", NULL,
         FTP_STATUS_STANDARD, 959, NULL, "4.2.2", NULL, 1, NULL, 0},
        {530, "NOT_LOGGED_IN", "Not logged in.", "", NULL, FTP_STATUS_STANDARD, 959, NULL, "4.2.2", NULL, 0, NULL, 0},
        {550, "FILE_UNAVAILABLE", "Requested action not taken.", "", NULL, FTP_STATUS_STANDARD, 959, NULL, "4.2.2",
         NULL, 0, NULL, 0},
        {10054, "CONNECTION_RESET_BY_PEER", "Connection reset by peer.", "", NULL, FTP_STATUS_NON_STANDARD, 0, NULL,
         NULL, "IIS", 1, NULL, 0},
    };
    return i < FTP_REPLY_COUNT ? &replies[i] : NULL;
}

FTPCODES_DEF const struct ftp_reply_info *ftp_reply_lookup(int code)
{
    switch (code) {
    case FTP_REPLY_DATA_CONNECTION_OPENING: return ftp_reply_at(0);
    case FTP_REPLY_COMMAND_OK: return ftp_reply_at(1);
    case FTP_REPLY_CLOSING_DATA_CONNECTION: return ftp_reply_at(2);
    case FTP_REPLY_PATHNAME_CREATED: return ftp_reply_at(3);
    case FTP_REPLY_SERVICE_NOT_AVAILABLE: return ftp_reply_at(4);
    case FTP_REPLY_NOT_LOGGED_IN: return ftp_reply_at(5);
    case FTP_REPLY_FILE_UNAVAILABLE: return ftp_reply_at(6);
    case FTP_REPLY_CONNECTION_RESET_BY_PEER: return ftp_reply_at(7);
    default: return NULL;
    }
}

FTPCODES_DEF int ftp_reply_from_name(const char *name)
{
    size_t i;
    if (name == NULL)
        return 0;
    for (i = 0; i < FTP_REPLY_COUNT; i++) {
        const struct ftp_reply_info *r = ftp_reply_at(i);
        if (ftp_reply_streq_(r->name, name))
            return r->code;
    }
    if (ftp_reply_streq_(name, "CLOSING_DATA"))
        return FTP_REPLY_CLOSING_DATA_CONNECTION;
    return 0;
}

FTPCODES_DEF const char *ftp_reply_status_name(enum ftp_reply_status s)
{
    switch (s) {
    case FTP_STATUS_STANDARD: return "standard";
    case FTP_STATUS_EXTENSION: return "extension";
    case FTP_STATUS_DRAFT: return "draft";
    case FTP_STATUS_NON_STANDARD: return "non-standard";
    default: return NULL;
    }
}

FTPCODES_DEF const char *ftp_reply_class_name(enum ftp_reply_class c)
{
    return c == FTP_CLASS_POSITIVE_COMPLETION ? "POSITIVE_COMPLETION" : NULL;
}

FTPCODES_DEF const char *ftp_reply_class_title(enum ftp_reply_class c)
{
    return c == FTP_CLASS_POSITIVE_COMPLETION ? "Positive Completion reply" : NULL;
}

FTPCODES_DEF const char *ftp_reply_class_description(enum ftp_reply_class c)
{
    return c == FTP_CLASS_POSITIVE_COMPLETION ? "The requested action has been successfully completed." : NULL;
}

FTPCODES_DEF const char *ftp_reply_group_name(enum ftp_reply_group g)
{
    return g == FTP_GROUP_SYNTAX ? "SYNTAX" : NULL;
}

FTPCODES_DEF const char *ftp_reply_group_title(enum ftp_reply_group g)
{
    return g == FTP_GROUP_SYNTAX ? "Syntax" : NULL;
}

FTPCODES_DEF const char *ftp_reply_group_description(enum ftp_reply_group g)
{
    return g == FTP_GROUP_SYNTAX ? "These replies refer to syntax errors." : NULL;
}

FTPCODES_DEF const struct ftp_command_info *ftp_command_at(size_t i)
{
    static const char *const pwd_aliases[] = {FTP_COMMAND_XPWD};
    static const int pwd_success[] = {FTP_REPLY_PATHNAME_CREATED};
    static const int pwd_error[] = {FTP_REPLY_SERVICE_NOT_AVAILABLE};
    static const int retr_preliminary[] = {FTP_REPLY_DATA_CONNECTION_OPENING};
    static const int retr_success[] = {FTP_REPLY_CLOSING_DATA_CONNECTION};
    static const int retr_error[] = {FTP_REPLY_SERVICE_NOT_AVAILABLE, FTP_REPLY_FILE_UNAVAILABLE};
    static const struct ftp_evidence retr_evidence_10054[] = {{"IIS 10", "ftpsvc.c:1"}};
    static const struct ftp_observed_reply retr_observed[] = {
        {FTP_REPLY_CONNECTION_RESET_BY_PEER, retr_evidence_10054, 1},
    };
    static const int xsha256_success[] = {FTP_REPLY_COMMAND_OK};
    static const struct ftp_command_info commands[FTP_COMMAND_COUNT] = {
        {FTP_COMMAND_PWD, "Print the working directory.", "PWD <CRLF>", FTP_ARGUMENT_NONE, FTP_STATUS_STANDARD, 959, NULL, "4.1.3",
         "5.4", pwd_aliases, 1, NULL, 0, NULL, 0, pwd_success, 1, pwd_error, 1, NULL, 0},
        {FTP_COMMAND_RETR, "Retrieve a file.", "RETR <SP> <pathname> <CRLF>", FTP_ARGUMENT_REQUIRED, FTP_STATUS_STANDARD, 959, NULL,
         "4.1.3", "5.4", NULL, 0, retr_preliminary, 1, NULL, 0, retr_success, 1, retr_error, 2, retr_observed, 1},
        {FTP_COMMAND_XSHA256, "Ask for the SHA-256 digest of a file.", "XSHA256 [<SP> <pathname>] <CRLF>",
         FTP_ARGUMENT_OPTIONAL, FTP_STATUS_NON_STANDARD, 0, NULL, NULL, NULL, NULL, 0, NULL, 0, NULL, 0, xsha256_success, 1, NULL, 0, NULL,
         0},
    };
    return i < FTP_COMMAND_COUNT ? &commands[i] : NULL;
}

FTPCODES_DEF const struct ftp_observed_reply *ftp_any_command_reply_at(size_t i)
{
    static const struct ftp_evidence any_command_evidence_530[] = {{"vsftpd 3.0.3", "prelogin.c:1"}};
    static const struct ftp_observed_reply any_command_observed[] = {
        {FTP_REPLY_NOT_LOGGED_IN, any_command_evidence_530, 1},
    };
    return i < FTP_ANY_COMMAND_REPLY_COUNT ? &any_command_observed[i] : NULL;
}

FTPCODES_DEF const struct ftp_fact_info *ftp_fact_at(size_t i)
{
    static const struct ftp_evidence unix_mode_evidence[] = {{"proftpd", "modules/mod_facts.c:372"}};
    static const struct ftp_fact_info facts[FTP_FACT_COUNT] = {
        {FTP_FACT_SIZE, FTP_VALUE_UINT, "The size of the file in octets.", FTP_STATUS_EXTENSION, 3659, "7.5.7", NULL, 0},
        {FTP_FACT_MODIFY, FTP_VALUE_TIME, "The time the file was last modified.", FTP_STATUS_EXTENSION, 3659, "7.5.3", NULL,
         0},
        {FTP_FACT_UNIX_MODE, FTP_VALUE_STRING, "The Unix permission bits.", FTP_STATUS_NON_STANDARD, 0, NULL,
         unix_mode_evidence, 1},
    };
    return i < FTP_FACT_COUNT ? &facts[i] : NULL;
}

#ifdef __cplusplus
}
#endif

/* The unit tests. */

static int failures;

static void fail(const char *what, const char *detail)
{
    fprintf(stderr, "%s: %s\n", what, detail);
    failures++;
}

/* spec's limits, which the runtime keeps to. */
static void check_limits(void)
{
    static const struct ftp_time first = {SPEC_MIN_YEAR, 1, 1, 0, 0, 0, 0};
    static const struct ftp_time last = {SPEC_MAX_YEAR, 12, 31, 23, 59, 59, 999999999L};
    static const struct ftp_time before = {SPEC_MIN_YEAR - 1, 12, 31, 23, 59, 59, 999999999L};
    static const struct ftp_time after = {SPEC_MAX_YEAR + 1, 1, 1, 0, 0, 0, 0};
    if (FTP_READ_LINE_MAX != SPEC_MAX_LINE_BYTES || FTP_READ_LINES_MAX != SPEC_MAX_REPLY_LINES)
        fail("limits", "FTP_READ_LINE_MAX or FTP_READ_LINES_MAX is not spec's");
    if (!ftp_time_valid_(&first) || !ftp_time_valid_(&last) || ftp_time_valid_(&before) || ftp_time_valid_(&after))
        fail("limits", "the years of a valid time are not spec's");
}

/* The lookups the runtime defines on the table's records. */
static void check_lookups(void)
{
    const struct ftp_command_info *pwd = ftp_command_at(0), *retr = ftp_command_at(1), *xsha = ftp_command_at(2);
    if (!ftp_reply_is_known(200) || ftp_reply_is_known(201) || ftp_reply_is_known(0) || ftp_reply_is_known(-1))
        fail("ftp_reply_is_known", "200, 201, 0, -1");
    if (ftp_reply_text(226) != ftp_reply_at(2)->text || ftp_reply_text(227) != NULL)
        fail("ftp_reply_text", "226, 227");
    if (strcmp(ftp_reply_name(10054), "CONNECTION_RESET_BY_PEER") != 0 || ftp_reply_name(99) != NULL)
        fail("ftp_reply_name", "10054, 99");
    if (ftp_reply_from_name("COMMAND_OK") != 200 || ftp_reply_from_name("CLOSING_DATA") != 226 ||
        ftp_reply_from_name("command_ok") != 0 || ftp_reply_from_name("COMMAND_O") != 0 ||
        ftp_reply_from_name("COMMAND_OKX") != 0 || ftp_reply_from_name("") != 0 || ftp_reply_from_name(NULL) != 0)
        fail("ftp_reply_streq_", "names, deprecated names and others");

    if (ftp_command_lookup("PWD") != pwd || ftp_command_lookup("pwd") != pwd || ftp_command_lookup("xPwD") != pwd ||
        ftp_command_lookup("XPWD") != pwd || ftp_command_lookup("retr") != retr ||
        ftp_command_lookup("xsha256") != xsha || ftp_command_lookup("XSHA25") != NULL ||
        ftp_command_lookup("XSHA2567") != NULL || ftp_command_lookup("RETR ") != NULL ||
        ftp_command_lookup(" RETR") != NULL || ftp_command_lookup("") != NULL || ftp_command_lookup(NULL) != NULL)
        fail("ftp_command_lookup", "verbs, aliases, cases and others");
    /* Only a to z fold: not the Latin-1 letters, nor the bytes 32 apart from them. */
    if (ftp_command_lookup("RETR\xe9") != NULL || ftp_command_lookup("\x52\x45\x54\x72") != retr ||
        ftp_command_lookup("R\x05TR") != NULL || ftp_command_lookup("RET\x12") != NULL)
        fail("ftp_command_lookup", "bytes that are no ASCII letter");

    if (!ftp_is_expected_reply("retr", 150) || !ftp_is_expected_reply("RETR", 226) ||
        !ftp_is_expected_reply("RETR", 550) || ftp_is_expected_reply("RETR", 200) ||
        !ftp_is_expected_reply("xpwd", 257) || ftp_is_expected_reply("NOOP", 200) ||
        ftp_is_expected_reply(NULL, 200) || ftp_is_expected_reply("RETR", 10054))
        fail("ftp_is_expected_reply", "the groups of RETR and PWD");
    if (!ftp_is_plausible_reply("RETR", 226) || !ftp_is_plausible_reply("RETR", 10054) ||
        !ftp_is_plausible_reply("PWD", 530) || ftp_is_plausible_reply("PWD", 10054) ||
        ftp_is_plausible_reply("NOOP", 530) || ftp_is_plausible_reply(NULL, 530) ||
        ftp_is_plausible_reply("XSHA256", 550))
        fail("ftp_is_plausible_reply", "expected, observed, any command, and an unknown command");
}

/* The formatters' writer. */
static void check_writer(void)
{
    static const struct ftp_time t = {2024, 2, 29, 23, 59, 59, 500000000L};
    static const struct ftp_time no_leap = {2023, 2, 29, 0, 0, 0, 0};
    char buf[64];
    struct ftp_writer_ w;

    ftp_writer_start_(&w, buf, sizeof buf);
    ftp_write_text_(&w, "x=");
    ftp_write_uint_(&w, 18446744073709551615ULL, 18446744073709551615ULL);
    ftp_write_byte_(&w, ' ');
    ftp_write_uint_(&w, 0, 1);
    ftp_write_byte_(&w, ' ');
    ftp_write_time_(&w, &t);
    ftp_write_byte_(&w, ' ');
    ftp_write_string_(&w, "a \"q\"", 1, NULL);
    if (ftp_writer_finish_(&w) != 49 || strcmp(buf, "x=18446744073709551615 0 20240229235959.5 a \"\"q\"\"") != 0)
        fail("ftp_writer_", buf);

    ftp_writer_start_(&w, buf, sizeof buf);
    ftp_write_uint_(&w, 256, 255);
    if (ftp_writer_finish_(&w) != -1 || buf[0] != '\0')
        fail("ftp_write_uint_", "a value above max");
    ftp_writer_start_(&w, buf, sizeof buf);
    ftp_write_time_(&w, &no_leap);
    if (ftp_writer_finish_(&w) != -1)
        fail("ftp_write_time_", "29 February 2023");
    ftp_writer_start_(&w, buf, sizeof buf);
    ftp_write_time_(&w, NULL);
    if (ftp_writer_finish_(&w) != -1)
        fail("ftp_write_time_", "NULL");
    ftp_writer_start_(&w, buf, sizeof buf);
    ftp_write_string_(&w, "a = b", 0, " = ");
    if (ftp_writer_finish_(&w) != -1)
        fail("ftp_write_string_", "a string holding its stop");
    ftp_writer_start_(&w, buf, sizeof buf);
    ftp_write_string_(&w, "a=b", 0, " = ");
    if (ftp_writer_finish_(&w) != 3)
        fail("ftp_write_string_", "a string without its stop");
    ftp_writer_start_(&w, buf, sizeof buf);
    ftp_write_string_(&w, "a\nb", 1, NULL);
    if (ftp_writer_finish_(&w) != -1)
        fail("ftp_write_string_", "an LF");
    ftp_writer_start_(&w, buf, sizeof buf);
    ftp_write_string_(&w, "", 0, NULL);
    if (ftp_writer_finish_(&w) != -1)
        fail("ftp_write_string_", "an empty string");
    ftp_writer_start_(&w, buf, 4);
    ftp_write_text_(&w, "abc");
    if (ftp_writer_finish_(&w) != 3 || strcmp(buf, "abc") != 0)
        fail("ftp_writer_", "a buffer just large enough");
    ftp_writer_start_(&w, buf, 3);
    ftp_write_text_(&w, "abc");
    if (ftp_writer_finish_(&w) != -1 || buf[0] != '\0')
        fail("ftp_writer_", "a buffer one byte too small");
    ftp_writer_start_(&w, NULL, 10);
    ftp_write_text_(&w, "a");
    if (ftp_writer_finish_(&w) != -1)
        fail("ftp_writer_", "no buffer");
}

/*
 * The parsers' template matcher, with templates written as the generated
 * parsers write them: PORT's h1,h2 and 213's time, a lenient core that
 * starts after a digit or not, a quoted string and strings that end at
 * their stop or at the text's end.
 */
static void check_matcher(void)
{
    static const struct ftp_segment_ pair[] = {
        {FTP_SEGMENT_LITERAL_, "Port (", 0, 0},
        {FTP_SEGMENT_UINT_, NULL, 255ULL, 0},
        {FTP_SEGMENT_LITERAL_, ",", 0, 0},
        {FTP_SEGMENT_UINT_, NULL, 255ULL, 1},
        {FTP_SEGMENT_LITERAL_, ").", 0, 0},
    };
    static const struct ftp_segment_ pair_core[] = {
        {FTP_SEGMENT_UINT_, NULL, 255ULL, 0},
        {FTP_SEGMENT_LITERAL_, ",", 0, 0},
        {FTP_SEGMENT_UINT_, NULL, 255ULL, 1},
    };
    static const struct ftp_segment_ quoted[] = {
        {FTP_SEGMENT_LITERAL_, "\"", 0, 0},
        {FTP_SEGMENT_QUOTED_, NULL, 0, 0},
        {FTP_SEGMENT_LITERAL_, "\" created.", 0, 0},
    };
    static const struct ftp_segment_ quoted_core[] = {
        {FTP_SEGMENT_LITERAL_, "\"", 0, 0},
        {FTP_SEGMENT_QUOTED_, NULL, 0, 0},
        {FTP_SEGMENT_LITERAL_, "\"", 0, 0},
    };
    static const struct ftp_segment_ mark[] = {
        {FTP_SEGMENT_LITERAL_, "MARK ", 0, 0},
        {FTP_SEGMENT_STRING_, NULL, 0, 0},
        {FTP_SEGMENT_LITERAL_, " = ", 0, 0},
        {FTP_SEGMENT_STRING_, NULL, 0, 1},
        {FTP_SEGMENT_LITERAL_, ".", 0, 0},
    };
    static const struct ftp_segment_ time_val[] = {
        {FTP_SEGMENT_TIME_, NULL, 0, 0},
    };
    struct ftp_value_ v[2];
    char buf[64];

    if (!ftp_template_parse_(pair, FTP_COUNT_(pair), pair_core, FTP_COUNT_(pair_core), 1, "Port (1,255).", v, NULL,
                             0) ||
        v[0].number != 1 || v[1].number != 255)
        fail("ftp_template_parse_", "the whole text");
    if (ftp_template_parse_(pair, FTP_COUNT_(pair), NULL, 0, 1, "Port 1,2", v, NULL, 0))
        fail("ftp_template_parse_", "no core: the whole text or nothing");
    if (!ftp_template_parse_(pair, FTP_COUNT_(pair), pair_core, FTP_COUNT_(pair_core), 1, "Port 1,2", v, NULL, 0) ||
        v[0].number != 1 || v[1].number != 2)
        fail("ftp_template_parse_", "the core");
    /* 1256,2: 256 is too large, and with after_digit no match starts at 56. */
    if (ftp_template_parse_(pair, FTP_COUNT_(pair), pair_core, FTP_COUNT_(pair_core), 1, "x 1256,2", v, NULL, 0))
        fail("ftp_template_parse_", "a core right after a digit");
    if (!ftp_template_parse_(pair, FTP_COUNT_(pair), pair_core, FTP_COUNT_(pair_core), 0, "x 1256,2", v, NULL, 0) ||
        v[0].number != 56 || v[1].number != 2)
        fail("ftp_template_parse_", "after_digit 0 takes the first place the core matches");

    if (!ftp_template_parse_(quoted, FTP_COUNT_(quoted), quoted_core, FTP_COUNT_(quoted_core), 0,
                             "\"/a \"\"b\"\"\" created.", v, buf, 7) ||
        strcmp(v[0].string, "/a \"b\"") != 0)
        fail("ftp_template_parse_", "a quoted string, with a buffer just large enough");
    if (ftp_template_parse_(quoted, FTP_COUNT_(quoted), quoted_core, FTP_COUNT_(quoted_core), 0,
                            "\"/a \"\"b\"\"\" created.", v, buf, 6))
        fail("ftp_template_parse_", "a buffer one byte too small");
    if (!ftp_template_parse_(quoted, FTP_COUNT_(quoted), quoted_core, FTP_COUNT_(quoted_core), 0,
                             "MKD ok: \"/x\" is there", v, buf, sizeof buf) ||
        strcmp(v[0].string, "/x") != 0)
        fail("ftp_template_parse_", "a quoted string in other text");
    if (ftp_template_parse_(quoted, FTP_COUNT_(quoted), quoted_core, FTP_COUNT_(quoted_core), 0, "\"\" created.",
                            v, buf, sizeof buf))
        fail("ftp_template_parse_", "an empty quoted string");

    if (!ftp_template_parse_(mark, FTP_COUNT_(mark), NULL, 0, 0, "MARK a = b = c.", v, buf, sizeof buf) ||
        strcmp(v[0].string, "a") != 0 || strcmp(v[1].string, "b = c") != 0)
        fail("ftp_template_parse_", "a string up to its stop, and one up to the final literal");
    if (ftp_template_parse_(mark, FTP_COUNT_(mark), NULL, 0, 0, "MARK  = b.", v, buf, sizeof buf))
        fail("ftp_template_parse_", "an empty string");

    if (!ftp_template_parse_(time_val, FTP_COUNT_(time_val), time_val, FTP_COUNT_(time_val), 1,
                             "20240229235959.1234567891", v, NULL, 0) ||
        v[0].time.year != 2024 || v[0].time.nanosecond != 123456789L)
        fail("ftp_template_parse_", "a time-val, its fraction past nanoseconds dropped");
    if (ftp_template_parse_(time_val, FTP_COUNT_(time_val), NULL, 0, 1, "20230229000000", v, NULL, 0) ||
        ftp_template_parse_(time_val, FTP_COUNT_(time_val), NULL, 0, 1, "00001231235959", v, NULL, 0) ||
        ftp_template_parse_(time_val, FTP_COUNT_(time_val), NULL, 0, 1, "2024022923595", v, NULL, 0) ||
        ftp_template_parse_(time_val, FTP_COUNT_(time_val), NULL, 0, 1, NULL, v, NULL, 0))
        fail("ftp_template_parse_", "no valid time-val");
}

/* The reply-line functions beyond what the vectors cover. */
static void check_reply_lines(void)
{
    static const char *const multi[] = {"211-Features:\r", " MDTM", "211-still going", "212 other code", "211 End\r"};
    static const char *const stray[] = {"200 one", "200 two"};
    static const char *const unfinished[] = {"211-a", "b"};
    static const enum ftp_line_kind want[] = {FTP_LINE_FIRST, FTP_LINE_CONTINUATION, FTP_LINE_CONTINUATION,
                                              FTP_LINE_CONTINUATION, FTP_LINE_LAST};
    static const char joined[] = "Features:\n MDTM\n211-still going\n212 other code\nEnd";
    char buf[64], text[64];
    int code = 0;
    size_t i;

    /* The loop in ftp_reply_line_kind's comment. */
    for (i = 0; i < 5; i++) {
        if (ftp_reply_line_kind(multi[i], &code) != want[i] || code != 211)
            fail("ftp_reply_line_kind", multi[i]);
    }
    code = 0;
    if (ftp_reply_line_kind("220", &code) != FTP_LINE_SINGLE || code != 220)
        fail("ftp_reply_line_kind", "220");
    code = 0;
    if (ftp_reply_line_kind("220 \r", &code) != FTP_LINE_SINGLE || code != 220)
        fail("ftp_reply_line_kind", "220 CR");
    if (ftp_reply_line_kind("220 x", &code) != FTP_LINE_LAST || ftp_reply_line_kind("220\r", &code) != FTP_LINE_LAST ||
        ftp_reply_line_kind("220-x", &code) != FTP_LINE_CONTINUATION ||
        ftp_reply_line_kind("221 x", &code) != FTP_LINE_CONTINUATION || code != 220)
        fail("ftp_reply_line_kind", "lines after a first line of 220");
    code = 0;
    if (ftp_reply_line_kind(" 220 x", &code) != FTP_LINE_INVALID || ftp_reply_line_kind("099 x", &code) != FTP_LINE_INVALID ||
        ftp_reply_line_kind("22", &code) != FTP_LINE_INVALID || ftp_reply_line_kind("", &code) != FTP_LINE_INVALID ||
        ftp_reply_line_kind("220\t", &code) != FTP_LINE_INVALID || ftp_reply_line_kind("220\rx", &code) != FTP_LINE_INVALID ||
        ftp_reply_line_kind("2200 x", &code) != FTP_LINE_INVALID || ftp_reply_line_kind(NULL, &code) != FTP_LINE_INVALID ||
        ftp_reply_line_kind("220 x", NULL) != FTP_LINE_INVALID || code != 0)
        fail("ftp_reply_line_kind", "not a first line");

    if (ftp_reply_parse(multi, 5, &code, text, sizeof text) != 1 || code != 211 || strcmp(text, joined) != 0)
        fail("ftp_reply_parse", "a multi-line reply");
    code = 0;
    if (ftp_reply_parse(multi, 5, &code, text, sizeof joined - 1) != -1 || code != 211 || text[0] != '\0')
        fail("ftp_reply_parse", "a text buffer one byte too small");
    if (ftp_reply_parse(multi, 5, NULL, text, sizeof joined) != 1 || strcmp(text, joined) != 0)
        fail("ftp_reply_parse", "a text buffer just large enough, and code NULL");
    if (ftp_reply_parse(multi, 5, &code, NULL, 0) != -1)
        fail("ftp_reply_parse", "no text buffer");
    if (ftp_reply_parse(stray, 2, &code, text, sizeof text) != 0 ||
        ftp_reply_parse(unfinished, 2, &code, text, sizeof text) != 0 ||
        ftp_reply_parse(NULL, 0, &code, text, sizeof text) != 0 || ftp_reply_parse(multi, 0, &code, text, sizeof text) != 0)
        fail("ftp_reply_parse", "lines that are no reply");

    if (ftp_reply_format(buf, sizeof buf, 200, "OK\n2\n") != 18 || strcmp(buf, "200-OK\r\n 2\r\n200 \r\n") != 0)
        fail("ftp_reply_format", "a multi-line reply with an empty last line");
    if (ftp_reply_format(buf, 10, 200, "OK.") != 9 || strcmp(buf, "200 OK.\r\n") != 0)
        fail("ftp_reply_format", "a buffer just large enough");
    if (ftp_reply_format(buf, 9, 200, "OK.") != -1 || buf[0] != '\0')
        fail("ftp_reply_format", "a buffer one byte too small");
    if (ftp_reply_format(NULL, 0, 200, "OK.") != -1 || ftp_reply_format(NULL, 10, 200, "OK.") != -1 ||
        ftp_reply_format(buf, sizeof buf, 200, NULL) != -1 || ftp_reply_format(buf, sizeof buf, 200, "a\rb") != -1 ||
        ftp_reply_format(buf, sizeof buf, 200, "a\r\n221 forged") != -1 ||
        ftp_reply_format(buf, sizeof buf, 1000, "x") != -1 || ftp_reply_format(buf, sizeof buf, 99, "x") != -1 ||
        ftp_reply_format(buf, sizeof buf, -200, "x") != -1)
        fail("ftp_reply_format", "a bad code, message or buffer");
}

/*
 * The line limit of ftp_reply_line_kind, ftp_reply_parse and
 * ftp_reply_format: a line of FTP_READ_LINE_MAX bytes besides its CR is a
 * line, one byte more is none wherever it comes, and no more than
 * FTP_READ_LINE_MAX + 2 bytes of it are read (the sanitizers would see
 * a read past the buffer, which holds no NUL); ftp_reply_format writes
 * such a line all the same, as spec's FormatReply does.
 */
static void check_line_limit(void)
{
    size_t size = FTP_READ_LINE_MAX + 3;
    char *line = FTP_CAST_(char *, malloc(size)), *unterminated = FTP_CAST_(char *, malloc(FTP_READ_LINE_MAX + 2));
    char *wire = FTP_CAST_(char *, malloc(size + 8));
    const char *lines[2];
    int code;
    if (line == NULL || unterminated == NULL || wire == NULL) {
        fail("out of memory", "check_line_limit");
        exit(1);
    }
    memset(line, 'x', size);
    memcpy(line, "220 ", 4);
    line[FTP_READ_LINE_MAX] = '\r';
    line[FTP_READ_LINE_MAX + 1] = '\0';
    code = 0;
    if (ftp_reply_line_kind(line, &code) != FTP_LINE_SINGLE || code != 220)
        fail("ftp_reply_line_kind", "a line of the limit and its CR");
    line[FTP_READ_LINE_MAX] = 'x';
    code = 0;
    if (ftp_reply_line_kind(line, &code) != FTP_LINE_INVALID || code != 0)
        fail("ftp_reply_line_kind", "a first line past the limit");
    code = 220;
    if (ftp_reply_line_kind(line + 4, &code) != FTP_LINE_CONTINUATION ||
        ftp_reply_line_kind(line, &code) != FTP_LINE_INVALID || ftp_reply_line_kind("a\nb", &code) != FTP_LINE_INVALID ||
        code != 220)
        fail("ftp_reply_line_kind", "a line past the limit, or with an LF, after a first line");
    lines[0] = "220-a";
    lines[1] = line;
    if (ftp_reply_parse(lines, 2, NULL, NULL, 0) != 0)
        fail("ftp_reply_parse", "a last line past the limit");

    memset(unterminated, 'x', FTP_READ_LINE_MAX + 2);
    code = 0;
    if (ftp_reply_line_kind(unterminated, &code) != FTP_LINE_INVALID)
        fail("ftp_reply_line_kind", "a line that goes on past the limit");
    memcpy(unterminated, "220 ", 4);
    if (ftp_reply_line_kind(unterminated, &code) != FTP_LINE_INVALID || code != 0)
        fail("ftp_reply_line_kind", "a first line that goes on past the limit");

    line[FTP_READ_LINE_MAX + 1] = '\0';
    if (ftp_reply_format(wire, size + 8, 220, line + 4) != FTP_READ_LINE_MAX + 3 || strncmp(wire, "220 xx", 6) != 0)
        fail("ftp_reply_format", "a line past the limit");
    free(line);
    free(unterminated);
    free(wire);
}

/* Feeds the reader s all at once; returns the result and sets *used. */
static enum ftp_read_result feed(struct ftp_reader *r, const char *s, size_t *used)
{
    return ftp_reader_feed(r, s, strlen(s), used);
}

/*
 * Checks struct ftp_reader beyond the vectors: the caller's text buffer,
 * the bytes it leaves unread, the end of reading, and the findings of
 * issue 11 with ftp_reply_parse.
 */
static void check_reader(void)
{
    static struct ftp_reader r;
    static const char *const crcr[] = {"211-a", "211\r\r"};
    static const char *const crcr_end[] = {"211-a", "211\r\r", "211 b"};
    static const char *const lf[] = {"211-a\n211 b"};
    static const char *const bad_utf8[] = {"220 \xe2\x82\xff"};
    static const char *many[FTP_READ_LINES_MAX + 1];
    static char long_line[FTP_READ_LINE_MAX + 3];
    char text[32];
    size_t used, i;

    /* A text that does not fit keeps whole characters, and its length. */
    ftp_reader_init(&r, text, 4);
    if (feed(&r, "220 h\xc3\xa9llo\r\n", &used) != FTP_READ_REPLY || r.code != 220 || r.lines != 1 ||
        r.text_len != 6 || strcmp(text, "h\xc3\xa9") != 0)
        fail("ftp_reader", "a text that does not fit");
    ftp_reader_init(&r, text, 3);
    if (feed(&r, "220 h\xc3\xa9llo\r\n", &used) != FTP_READ_REPLY || r.text_len != 6 || strcmp(text, "h") != 0)
        fail("ftp_reader", "a character that does not fit");
    ftp_reader_init(&r, NULL, 0);
    if (feed(&r, "211-a\r\n b\r\n211 c\r\n", &used) != FTP_READ_REPLY || r.code != 211 || r.lines != 3 ||
        r.text_len != 6 || used != 18)
        fail("ftp_reader", "no text buffer");

    /* It reads no further than the reply: after AUTH TLS, TLS follows. */
    ftp_reader_init(&r, text, sizeof text);
    if (feed(&r, "234 ok\r\n\x16\x03\x01", &used) != FTP_READ_REPLY || used != 8 || strcmp(text, "ok") != 0)
        fail("ftp_reader", "bytes after the reply");
    if (ftp_reader_feed(&r, "\n", 1, &used) != FTP_READ_NOT_REPLY || r.code != 0 || text[0] != '\0')
        fail("ftp_reader", "a line after the reply");

    /* After an error or the end, every call gives the same result. */
    if (ftp_reader_feed(&r, "220 x\r\n", 7, &used) != FTP_READ_NOT_REPLY || used != 0 ||
        ftp_reader_end(&r) != FTP_READ_NOT_REPLY)
        fail("ftp_reader", "reading on after an error");
    ftp_reader_init(&r, text, sizeof text);
    if (feed(&r, "220 x\r\n", &used) != FTP_READ_REPLY || ftp_reader_end(&r) != FTP_READ_EOF || r.code != 0 ||
        ftp_reader_feed(&r, "220 x\r\n", 7, &used) != FTP_READ_EOF || used != 0 || ftp_reader_end(&r) != FTP_READ_EOF)
        fail("ftp_reader", "reading on after the end");
    ftp_reader_init(&r, text, sizeof text);
    if (ftp_reader_feed(&r, NULL, 0, &used) != FTP_READ_MORE || used != 0 || ftp_reader_end(&r) != FTP_READ_EOF)
        fail("ftp_reader", "no bytes at all");
    ftp_reader_init(&r, text, sizeof text);
    if (feed(&r, "\r", &used) != FTP_READ_MORE || used != 1 || ftp_reader_end(&r) != FTP_READ_TRUNCATED)
        fail("ftp_reader", "a lone CR, then the end");

    if (strcmp(ftp_read_result_name(FTP_READ_TOO_MANY_LINES), "too-many-lines") != 0 ||
        strcmp(ftp_read_result_name(FTP_READ_MORE), "more") != 0)
        fail("ftp_read_result_name", "a name");

    /* ftp_reply_parse agrees with the reader (issue 11). */
    if (ftp_reply_parse(crcr, 2, NULL, text, sizeof text) != 0 || ftp_reply_parse(lf, 1, NULL, text, sizeof text) != 0)
        fail("ftp_reply_parse", "a second CR, or an LF");
    if (ftp_reply_parse(crcr_end, 3, NULL, text, sizeof text) != 1 || strcmp(text, "a\n211\r\nb") != 0)
        fail("ftp_reply_parse", "a second CR in a line between");
    if (ftp_reply_parse(bad_utf8, 1, NULL, text, sizeof text) != 1 || strcmp(text, "\xef\xbf\xbd\xef\xbf\xbd") != 0 ||
        ftp_reply_parse(bad_utf8, 1, NULL, text, 6) != -1 || text[0] != '\0')
        fail("ftp_reply_parse", "ill-formed UTF-8");
    memset(long_line, 'x', sizeof long_line - 1);
    memcpy(long_line, "220 ", 4);
    long_line[FTP_READ_LINE_MAX] = '\r';
    long_line[FTP_READ_LINE_MAX + 1] = '\0';
    many[0] = long_line;
    if (ftp_reply_parse(many, 1, NULL, NULL, 0) != -1)
        fail("ftp_reply_parse", "a line of the limit and its CR");
    long_line[FTP_READ_LINE_MAX] = 'x';
    if (ftp_reply_parse(many, 1, NULL, NULL, 0) != 0)
        fail("ftp_reply_parse", "a line past the limit");
    many[0] = "211-a";
    for (i = 1; i < FTP_READ_LINES_MAX; i++)
        many[i] = "b";
    many[FTP_READ_LINES_MAX - 1] = "211 c";
    if (ftp_reply_parse(many, FTP_READ_LINES_MAX, NULL, NULL, 0) != -1)
        fail("ftp_reply_parse", "a reply of the most lines");
    many[FTP_READ_LINES_MAX - 1] = "b";
    many[FTP_READ_LINES_MAX] = "211 c";
    if (ftp_reply_parse(many, FTP_READ_LINES_MAX + 1, NULL, NULL, 0) != 0)
        fail("ftp_reply_parse", "a reply of too many lines");
}

/* Formats command with the NUL-terminated arguments; the line or "" in buf. */
static int format_command(char *buf, size_t size, const char *command, const char *a, const char *b)
{
    struct ftp_bytes args[2];
    size_t n = 0;
    if (a != NULL) {
        args[n].data = a;
        args[n++].len = strlen(a);
    }
    if (b != NULL) {
        args[n].data = b;
        args[n++].len = strlen(b);
    }
    return ftp_command_format(buf, size, command, args, n);
}

/* Parses the NUL-terminated line and checks its command, verb and argument. */
static void check_parsed(const char *line, const struct ftp_command_info *command, const char *verb, const char *arg)
{
    struct ftp_command_line p;
    if (ftp_command_parse(line, strlen(line), &p) != 0 || p.command != command || p.verb.len != strlen(verb) ||
        memcmp(p.verb.data, verb, p.verb.len) != 0 || p.argument.len != strlen(arg) ||
        memcmp(p.argument.data, arg, p.argument.len) != 0)
        fail("ftp_command_parse", line);
}

static void check_command_lines(void)
{
    const struct ftp_command_info *pwd = ftp_command_at(0), *retr = ftp_command_at(1), *xsha = ftp_command_at(2);
    static char buf[SPEC_MAX_LINE_BYTES + 16], big[SPEC_MAX_LINE_BYTES + 16];
    struct ftp_command_line p;
    struct ftp_bytes nul = {"a\0b", 3};
    int n;

    if (FTP_READ_LINE_MAX != SPEC_MAX_LINE_BYTES)
        fail("FTP_READ_LINE_MAX", "not spec's MaxLineBytes");
    if (format_command(buf, sizeof buf, "retr", "a b", NULL) != 10 || strcmp(buf, "RETR a b\r\n") != 0 ||
        format_command(buf, sizeof buf, "xpwd", NULL, NULL) != 5 || strcmp(buf, "PWD\r\n") != 0 ||
        format_command(buf, sizeof buf, "XSHA256", NULL, NULL) != 9 ||
        format_command(buf, sizeof buf, "XSHA256", "x", "y") != 13 || strcmp(buf, "XSHA256 x y\r\n") != 0)
        fail("ftp_command_format", "lines");
    if (format_command(buf, sizeof buf, "RETR", NULL, NULL) != FTP_ERR_MISSING_ARGUMENT ||
        format_command(buf, sizeof buf, "PWD", "x", NULL) != FTP_ERR_UNEXPECTED_ARGUMENT ||
        format_command(buf, sizeof buf, "RETR", "x\r\nDELE y", NULL) != FTP_ERR_BAD_ARGUMENT || buf[0] != '\0' ||
        format_command(buf, sizeof buf, "RETR", "x\nDELE y", NULL) != FTP_ERR_BAD_ARGUMENT ||
        format_command(buf, sizeof buf, "RETR", "x\r", NULL) != FTP_ERR_BAD_ARGUMENT ||
        format_command(buf, sizeof buf, "RETR", "", NULL) != FTP_ERR_BAD_ARGUMENT ||
        format_command(buf, sizeof buf, "XSHA256", "x", "") != FTP_ERR_BAD_ARGUMENT ||
        ftp_command_format(buf, sizeof buf, "RETR", &nul, 1) != FTP_ERR_BAD_ARGUMENT ||
        format_command(buf, sizeof buf, "RETRX", "x", NULL) != FTP_ERR_UNKNOWN_COMMAND ||
        format_command(buf, sizeof buf, NULL, "x", NULL) != FTP_ERR_UNKNOWN_COMMAND ||
        format_command(buf, 8, "RETR", "x", NULL) != FTP_ERR_NO_ROOM || buf[0] != '\0' ||
        format_command(buf, 9, "RETR", "x", NULL) != 8 || format_command(NULL, 0, "RETR", "x", NULL) != FTP_ERR_NO_ROOM)
        fail("ftp_command_format", "refusals");
    /* The limit counts the verb and the space: "RETR " and 8187 bytes fit. */
    memset(big, 'x', SPEC_MAX_LINE_BYTES - 5);
    big[SPEC_MAX_LINE_BYTES - 5] = '\0';
    if (format_command(buf, sizeof buf, "RETR", big, NULL) != SPEC_MAX_LINE_BYTES + 2)
        fail("ftp_command_format", "a line of the limit");
    big[SPEC_MAX_LINE_BYTES - 5] = 'x';
    big[SPEC_MAX_LINE_BYTES - 4] = '\0';
    if (format_command(buf, sizeof buf, "RETR", big, NULL) != FTP_ERR_LINE_TOO_LONG ||
        format_command(buf, sizeof buf, "XSHA256", big, big) != FTP_ERR_LINE_TOO_LONG)
        fail("ftp_command_format", "a line past the limit");
    if (ftp_error_name(FTP_ERR_BAD_ARGUMENT) == NULL || strcmp(ftp_error_name(FTP_ERR_BAD_ARGUMENT), "bad-argument") != 0 ||
        ftp_error_name(FTP_CAST_(enum ftp_error, 0)) != NULL)
        fail("ftp_error_name", "names");

    check_parsed("RETR a  b\r\n", retr, "RETR", "a  b");
    check_parsed("retr \n", retr, "retr", "");
    check_parsed("Xpwd", pwd, "Xpwd", "");
    check_parsed("xsha256 x", xsha, "xsha256", "x");
    check_parsed("NOOP x", NULL, "NOOP", "x");
    check_parsed(" RETR x", NULL, "", "RETR x");
    check_parsed("\n", NULL, "", "");
    n = ftp_command_parse("RETR a\rb", 8, &p);
    if (n != FTP_ERR_BAD_CHARACTER || ftp_command_parse("RETR a\r\r\n", 10, &p) != FTP_ERR_BAD_CHARACTER ||
        ftp_command_parse("RETR a\0b", 8, &p) != FTP_ERR_BAD_CHARACTER || ftp_command_parse(NULL, 0, &p) != 0 ||
        p.command != NULL || p.verb.len != 0 || p.argument.len != 0)
        fail("ftp_command_parse", "bad characters and nothing");
    memset(big, 'x', SPEC_MAX_LINE_BYTES + 2);
    big[SPEC_MAX_LINE_BYTES] = '\r';
    big[SPEC_MAX_LINE_BYTES + 1] = '\n';
    if (ftp_command_parse(big, SPEC_MAX_LINE_BYTES + 2, &p) != 0 || p.verb.len != SPEC_MAX_LINE_BYTES ||
        ftp_command_parse(big, SPEC_MAX_LINE_BYTES + 1, &p) != FTP_ERR_LINE_TOO_LONG)
        fail("ftp_command_parse", "the limit");
}

/* Returns whether a is the IPv4 address h1.h2.h3.h4 and port. */
static int is_ipv4(const struct ftp_address *a, int h1, int h2, int h3, int h4, unsigned port)
{
    return a->host_len == 4 && a->host[0] == h1 && a->host[1] == h2 && a->host[2] == h3 && a->host[3] == h4 &&
           a->port == port;
}

static void check_addresses(void)
{
    static const char *const none[] = {"", "1,2,3,4,5", "1,2,3,4,5,256", "1,2,3,4,,6", "1.2.3.4.5.6"};
    struct ftp_address a, peer = {{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 10, 0, 0, 1}, 16, 21};
    char buf[64];
    unsigned port = 7;
    size_t i;
    const char *t = "Entering Passive Mode (127,0,0,1,19,137).";
    if (!ftp_parse_passive_address(t, strlen(t), &a) || !is_ipv4(&a, 127, 0, 0, 1, 19 * 256 + 137))
        fail("ftp_parse_passive_address", t);
    t = "x 1,2,3,4,5,256 9999,1,2,3,4,5 001,2,3,4,5,6,7";
    if (!ftp_parse_passive_address(t, strlen(t), &a) || !is_ipv4(&a, 1, 2, 3, 4, 5 * 256 + 6))
        fail("ftp_parse_passive_address", t);
    for (i = 1; i < sizeof none / sizeof none[0]; i++) {
        if (ftp_parse_port_argument(none[i], strlen(none[i]), &a))
            fail("ftp_parse_port_argument", none[i]);
    }
    t = "227 (10,0,0,1,0,21)";
    if (!ftp_passive_peer_address(t, strlen(t), &peer, &a) || !is_ipv4(&a, 10, 0, 0, 1, 21))
        fail("ftp_passive_peer_address", t);
    if (ftp_parse_passive_address("1,2,3", 5, &a) || ftp_parse_passive_address(NULL, 0, &a))
        fail("ftp_parse_passive_address", "no address");
    t = "Entering Extended Passive Mode (|||6446|)";
    if (!ftp_parse_extended_passive_port(t, strlen(t), &port) || port != 6446)
        fail("ftp_parse_extended_passive_port", t);
    t = "((||| (|||65536|) (!!!0!)";
    if (!ftp_parse_extended_passive_port(t, strlen(t), &port) || port != 0)
        fail("ftp_parse_extended_passive_port", t);
    t = "(||||) (|||123456|) (|||1|";
    if (ftp_parse_extended_passive_port(t, strlen(t), &port))
        fail("ftp_parse_extended_passive_port", t);
    if (ftp_format_port_argument(buf, sizeof buf, &peer) != 13 || strcmp(buf, "10,0,0,1,0,21") != 0 ||
        !ftp_parse_port_argument(buf, 13, &a) || !is_ipv4(&a, 10, 0, 0, 1, 21) ||
        ftp_format_port_argument(buf, 13, &peer) != FTP_ERR_NO_ROOM)
        fail("ftp_format_port_argument", "10,0,0,1,0,21");
    t = "Entering Long Passive Mode (6,16,0,0,0,0,0,0,0,0,0,0,255,255,1,2,3,4,2,0,21) (4,4,9,9,9,9,2,0,1)";
    if (!ftp_parse_long_passive_address(t, strlen(t), &a) || !is_ipv4(&a, 1, 2, 3, 4, 21) ||
        ftp_format_lprt_argument(buf, sizeof buf, &a) != 18 || strcmp(buf, "4,4,1,2,3,4,2,0,21") != 0)
        fail("ftp_parse_long_passive_address", t);
    t = "(4,4,1,2,3,4,2,0) (4,4,1,2,3,4,3,0,0,0) (6,4,1,2,3,4,2,0,1) (4,4,1,2,3,4,2,0,256)";
    if (ftp_parse_long_passive_address(t, strlen(t), &a) || ftp_parse_lprt_argument("4,4,1,2,3,4,2,0,1,", 18, &a))
        fail("ftp_parse_long_passive_address", t);
    peer.host[11] = 0;
    if (ftp_format_lprt_argument(buf, sizeof buf, &peer) <= 0 ||
        strcmp(buf, "6,16,0,0,0,0,0,0,0,0,0,0,255,0,10,0,0,1,2,0,21") != 0)
        fail("ftp_format_lprt_argument", buf);
    if (ftp_format_port_argument(buf, sizeof buf, &peer) != FTP_ERR_NOT_IPV4 || buf[0] != '\0')
        fail("ftp_format_port_argument", "IPv6");
}

/* Returns whether a is the IPv6 address of the 16 bytes at host, with port; not for use. */
static bool is_ipv6(const struct ftp_address *a, const unsigned char *host, unsigned port)
{
    return a->host_len == 16 && memcmp(a->host, host, 16) == 0 && a->port == port;
}

/* EPRT's argument, IPv6 text both ways (RFC 2428 section 2, RFC 4291, RFC 5952). */
static void check_eprt(void)
{
    static const struct {
        unsigned char host[16];
        const char *text; /* RFC 5952's */
    } v6[] = {
        {{0}, "::"},
        {{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, "::1"},
        {{0x10, 0x80, 0, 0, 0, 0, 0, 0, 0, 8, 8, 0, 0x20, 0x0c, 0x41, 0x7a}, "1080::8:800:200c:417a"},
        {{0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1}, "2001:db8::1:0:0:1"},
        {{0x20, 0x01, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1}, "2001:0:0:1::1"},
        {{0, 1, 0, 0, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7}, "1:0:2:3:4:5:6:7"},
        {{0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, "1::"},
        {{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff},
         "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"},
    };
    static const char *const none[] = {
        "", "|1|1.2.3.4|21", "|1|1.2.3.4|21||", "|3|1.2.3.4|21|", "|01|1.2.3.4|21|", "|1|01.2.3.4|21|",
        "|2|fe80::1%eth0|21|", "|2|[::1]|21|", "|1|1.2.3.4|65536|", "|2|1.2.3.4|21|", "|1|::1|21|", "|1|1.2.3.4||",
        "|1|1.2.3|21|", "|1|1.2.3.4.|21|", "|1|1.2.3.256|21|", "|2|1::2::3|21|", "|2|:::|21|", "|2|1:2:3:4:5:6:7|21|",
        "|2|1:2:3:4:5:6:7:8:9|21|", "|2|1:2:3:4:5:6:7:8::|21|", "|2|12345::|21|", "|2|::1.2.3.4:5|21|",
        "|2|1.2.3.4::|21|", "|2|::01.2.3.4|21|", "|2|::1:|21|", "|2|:1::|21|", "|1|1.2.3.4|+21|", "|1| 1.2.3.4|21|",
        " 1 1.2.3.4 21 ", "\x7f" "1\x7f" "1.2.3.4\x7f" "21\x7f",
    };
    static const unsigned char mapped[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4};
    struct ftp_address a, b;
    char buf[64], arg[80];
    size_t i;
    int n;
    const char *t = "|1|132.235.1.2|6275|";
    if (!ftp_parse_eprt_argument(t, strlen(t), &a) || !is_ipv4(&a, 132, 235, 1, 2, 6275) ||
        ftp_format_eprt_argument(buf, sizeof buf, &a) != 20 || strcmp(buf, t) != 0)
        fail("EPRT", t);
    for (i = 0; i < sizeof v6 / sizeof v6[0]; i++) {
        memcpy(a.host, v6[i].host, 16);
        a.host_len = 16;
        a.port = 65535;
        sprintf(arg, "|2|%s|65535|", v6[i].text);
        n = ftp_format_eprt_argument(buf, sizeof buf, &a);
        if (n < 0 || strcmp(buf, arg) != 0 || !ftp_parse_eprt_argument(buf, strlen(buf), &b) || !is_ipv6(&b, v6[i].host, 65535))
            fail("ftp_format_eprt_argument", arg);
    }
    t = "#2#1080:0:0:0:8:800:200C:417A#5282#";
    if (!ftp_parse_eprt_argument(t, strlen(t), &a) || !is_ipv6(&a, v6[2].host, 5282))
        fail("ftp_parse_eprt_argument", t);
    t = "|2|::ffff:1.2.3.4|21|";
    if (!ftp_parse_eprt_argument(t, strlen(t), &a) || !is_ipv4(&a, 1, 2, 3, 4, 21))
        fail("ftp_parse_eprt_argument unmaps", t);
    t = "|2|::1.2.3.4|0|";
    if (!ftp_parse_eprt_argument(t, strlen(t), &a) || a.host_len != 16 || a.host[15] != 4 || a.host[11] != 0)
        fail("ftp_parse_eprt_argument", t);
    t = "!2!1:2:3:4:5:6:1.2.3.4!00021!";
    if (!ftp_parse_eprt_argument(t, strlen(t), &a) || a.host_len != 16 || a.host[1] != 1 || a.host[15] != 4 || a.port != 21)
        fail("ftp_parse_eprt_argument", t);
    for (i = 0; i < sizeof none / sizeof none[0]; i++) {
        if (ftp_parse_eprt_argument(none[i], strlen(none[i]), &a))
            fail("ftp_parse_eprt_argument takes", none[i]);
    }
    memcpy(a.host, mapped, 16);
    a.host_len = 16;
    a.port = 21;
    if (ftp_format_eprt_argument(buf, sizeof buf, &a) != 14 || strcmp(buf, "|1|1.2.3.4|21|") != 0 ||
        ftp_format_eprt_argument(buf, 14, &a) != FTP_ERR_NO_ROOM || buf[0] != '\0')
        fail("ftp_format_eprt_argument", "a mapped address");
    a.port = 65536;
    if (ftp_format_eprt_argument(buf, sizeof buf, &a) != FTP_ERR_BAD_ARGUMENT)
        fail("ftp_format_eprt_argument", "port 65536");
}

/* FEAT and OPTS (RFC 2389), with FEAT replies real servers sent (golden/transcripts). */
static void check_features(void)
{
    /* proftpd's, golden/transcripts/proftpd.txtar, cut short. */
    static const char proftpd[] = "Features:\n CLNT\n HASH CRC32;MD5;SHA-1*;SHA-256;SHA-512;\n LANG C.UTF-8*\n"
                                  " MLST modify*;perm*;size*;type*;unique*;UNIX.group*;UNIX.groupname*;UNIX.mode*;"
                                  "UNIX.owner*;UNIX.ownername*;\n REST STREAM\n UTF8\nEnd";
    /* pure-ftpd's, golden/transcripts/pure-ftpd.txtar, cut short. */
    static const char pure[] = "Extensions supported:\n UTF8\n MLST type*;size*;sizd*;modify*;UNIX.mode*;UNIX.uid*;"
                               "UNIX.gid*;unique*;\n AUTH TLS\nEnd.";
    static const char odd[] = "Features:\nutf8\n  rest \t STREAM  \n\n \t \n LANG\ten-US*\n mdtm\n MDTM\nEnd";
    static const char wire[] = "211-Extensions supported:\r\n UTF8\r\n MLST type*;size*;sizd*;modify*;UNIX.mode*;"
                               "UNIX.uid*;UNIX.gid*;unique*;\r\n AUTH TLS\r\n211 End\r\n";
    struct ftp_feature f[8], bad;
    const struct ftp_feature *found;
    struct ftp_bytes options;
    char names[sizeof proftpd], buf[256];
    int n = ftp_parse_features(proftpd, strlen(proftpd), f, 8, names, sizeof names);
    if (n != 6 || strcmp(f[0].name.data, "CLNT") != 0 || f[0].params.len != 0 || strcmp(f[5].name.data, "UTF8") != 0 ||
        f[4].params.len != 6 || memcmp(f[4].params.data, "STREAM", 6) != 0)
        fail("ftp_parse_features", "proftpd's FEAT");
    found = ftp_find_feature(f, FTP_CAST_(size_t, n), "mlst");
    if (found != &f[3] || found->params.len != 101 || ftp_find_feature(f, FTP_CAST_(size_t, n), "MLSD") != NULL ||
        ftp_find_feature(f, FTP_CAST_(size_t, n), NULL) != NULL)
        fail("ftp_find_feature", "MLST in proftpd's FEAT");
    if (ftp_parse_features(proftpd, strlen(proftpd), f, 5, names, sizeof names) != FTP_ERR_NO_ROOM ||
        ftp_parse_features(proftpd, strlen(proftpd), f, 8, names, 20) != FTP_ERR_NO_ROOM ||
        ftp_parse_features(proftpd, strlen(proftpd), NULL, 0, NULL, 0) != FTP_ERR_NO_ROOM)
        fail("ftp_parse_features", "too little room");
    n = ftp_parse_features(pure, strlen(pure), f, 8, names, sizeof names);
    if (n != 3 || ftp_format_features(buf, sizeof buf, f, 3) != FTP_CAST_(int, strlen(wire)) || strcmp(buf, wire) != 0 ||
        ftp_format_features(buf, strlen(wire), f, 3) != FTP_ERR_NO_ROOM || buf[0] != '\0')
        fail("ftp_format_features", "pure-ftpd's FEAT read back");
    n = ftp_parse_features(odd, strlen(odd), f, 8, names, sizeof names);
    if (n != 5 || strcmp(f[0].name.data, "UTF8") != 0 || strcmp(f[1].name.data, "REST") != 0 || f[1].params.len != 6 ||
        strcmp(f[2].name.data, "LANG") != 0 || f[2].params.len != 6 || ftp_find_feature(f, 5, "Mdtm") != &f[3])
        fail("ftp_parse_features", odd);
    if (ftp_parse_features("No features", 11, f, 8, names, sizeof names) != 0 ||
        ftp_parse_features("a\nb", 3, NULL, 0, NULL, 0) != 0 || ftp_parse_features("a\n x\n", 5, f, 8, names, sizeof names) != 1)
        fail("ftp_parse_features", "no features, and one before an empty last line");
    if (ftp_format_features(buf, sizeof buf, NULL, 0) != 6 || strcmp(buf, "211 \r\n") != 0)
        fail("ftp_format_features", "no features");
    bad.name.data = "UTF8";
    bad.name.len = 4;
    bad.params.data = "on ";
    bad.params.len = 3;
    if (ftp_format_features(buf, sizeof buf, &bad, 1) != FTP_ERR_BAD_FEATURE || buf[0] != '\0')
        fail("ftp_format_features", "params ending with a space");
    bad.params.data = "p\r\n211 End";
    bad.params.len = 10;
    if (ftp_format_features(buf, sizeof buf, &bad, 1) != FTP_ERR_BAD_FEATURE)
        fail("ftp_format_features", "params with CR LF");
    bad.name.len = 0;
    bad.params.len = 0;
    if (ftp_format_features(buf, sizeof buf, &bad, 1) != FTP_ERR_BAD_FEATURE)
        fail("ftp_format_features", "an empty name");

    if (ftp_format_opts_argument(buf, sizeof buf, "UTF8", 4, "ON", 2) != 7 || strcmp(buf, "UTF8 ON") != 0 ||
        ftp_format_opts_argument(buf, sizeof buf, "MLST", 4, NULL, 0) != 4 || strcmp(buf, "MLST") != 0 ||
        ftp_format_opts_argument(buf, 4, "MLST", 4, NULL, 0) != FTP_ERR_NO_ROOM)
        fail("ftp_format_opts_argument", "UTF8 ON, MLST");
    if (ftp_format_opts_argument(buf, sizeof buf, "U 8", 3, "", 0) != FTP_ERR_BAD_ARGUMENT ||
        ftp_format_opts_argument(buf, sizeof buf, "X", 1, "y\r\nDELE x", 9) != FTP_ERR_BAD_ARGUMENT ||
        ftp_format_opts_argument(buf, sizeof buf, "X", 1, " y", 2) != FTP_ERR_BAD_ARGUMENT ||
        ftp_format_opts_argument(buf, sizeof buf, "", 0, "y", 1) != FTP_ERR_BAD_ARGUMENT)
        fail("ftp_format_opts_argument", "refusals");
    if (ftp_parse_opts_argument("utf8 on  x", 10, buf, sizeof buf, &options) != 4 || strcmp(buf, "UTF8") != 0 ||
        options.len != 5 || memcmp(options.data, "on  x", 5) != 0)
        fail("ftp_parse_opts_argument", "utf8 on  x");
    if (ftp_parse_opts_argument("MLST", 4, buf, sizeof buf, &options) != 4 || options.len != 0 ||
        ftp_parse_opts_argument(" on", 3, buf, sizeof buf, &options) != 0 ||
        ftp_parse_opts_argument("", 0, buf, sizeof buf, &options) != 0 ||
        ftp_parse_opts_argument("MLST", 4, buf, 4, &options) != FTP_ERR_NO_ROOM || buf[0] != '\0')
        fail("ftp_parse_opts_argument", "MLST, no name, no room");
}

/* Returns whether f is named name with value; not for use. */
static bool is_fact(const struct ftp_fact_value *f, const char *name, const char *value)
{
    return f->name.len == strlen(name) && memcmp(f->name.data, name, f->name.len) == 0 && f->value.len == strlen(value) &&
           memcmp(f->value.data, value, f->value.len) == 0;
}

/* MLSx entries (RFC 3659 section 7), with lines real servers sent (golden/transcripts). */
static void check_entries(void)
{
    /* pure-ftpd's MLSD, golden/transcripts/pure-ftpd.txtar. */
    static const char pure[] = "type=file;size=21;modify=20010203040506;UNIX.mode=0644;unique=fe00ga0b942; hello.txt";
    /* proftpd's MLST, golden/transcripts/proftpd.txtar, without the reply's leading space. */
    static const char proftpd[] = "modify=20261204190851;perm=fle;type=dir;unique=FE00UA0B932;UNIX.group=0;"
                                  "UNIX.groupname=nogroup;UNIX.mode=0755;UNIX.owner=0;UNIX.ownername=ftp; /";
    static const char *const none[] = {"size=1", "size=1 x", "=1; x", "size; x", "a=1;;b=2; x", "a=; x\n", ";a=1; x", "a=1; b\nc", ""};
    struct ftp_entry e;
    struct ftp_fact_value f, facts[3];
    struct ftp_time t;
    unsigned long long size = 0;
    size_t at = 0, i;
    char buf[128];
    const char *line = "SIZE=12;x=a=b;unix.MODE=;Modify=20010203040506.5;  my ;file";
    if (!ftp_parse_entry(pure, strlen(pure), &e) || e.path.len != 9 || memcmp(e.path.data, "hello.txt", 9) != 0 ||
        !ftp_entry_fact(&e, "SIZE", &f) || !ftp_fact_uint(&f, &size) || size != 21 || f.fact != ftp_fact_at(0) ||
        !ftp_entry_fact(&e, FTP_FACT_MODIFY, &f) || !ftp_fact_time(&f, &t) || t.year != 2001 || t.second != 6 ||
        !ftp_entry_fact(&e, "unique", &f) || f.fact != NULL || !is_fact(&f, "unique", "fe00ga0b942") ||
        ftp_entry_fact(&e, "perm", &f) || ftp_entry_fact(&e, NULL, &f))
        fail("ftp_parse_entry", pure);
    if (!ftp_parse_entry(proftpd, strlen(proftpd), &e) || e.path.len != 1 || e.path.data[0] != '/')
        fail("ftp_parse_entry", proftpd);
    for (i = 0; ftp_entry_next_fact(&e, &at, &f); i++) {
        if (i == 6 && (f.fact != ftp_fact_at(2) || !is_fact(&f, "UNIX.mode", "0755")))
            fail("ftp_entry_next_fact", "UNIX.mode in proftpd's MLST");
    }
    if (i != 9)
        fail("ftp_entry_next_fact", "proftpd's MLST has 9 facts");
    if (!ftp_parse_entry(line, strlen(line), &e) || e.path.len != 9 || memcmp(e.path.data, " my ;file", 9) != 0)
        fail("ftp_parse_entry", line);
    at = 0;
    for (i = 0; i < 3 && ftp_entry_next_fact(&e, &at, &facts[i]); i++)
        ;
    if (i != 3 || !is_fact(&facts[0], "size", "12") || !is_fact(&facts[1], "x", "a=b") || facts[1].fact != NULL ||
        !is_fact(&facts[2], "UNIX.mode", "") || facts[2].fact != ftp_fact_at(2) || !ftp_entry_next_fact(&e, &at, &f) ||
        !ftp_fact_time(&f, &t) || t.nanosecond != 500000000L || ftp_fact_uint(&f, &size) || ftp_entry_next_fact(&e, &at, &f))
        fail("ftp_entry_next_fact", line);
    if (!ftp_parse_entry(" /", 2, &e) || e.facts.len != 0 || e.path.len != 1 || ftp_entry_next_fact(&e, &at, &f) ||
        !ftp_parse_entry("size=1; ", 8, &e) || e.path.len != 0)
        fail("ftp_parse_entry", "no facts, an empty path");
    for (i = 0; i < sizeof none / sizeof none[0]; i++) {
        if (ftp_parse_entry(none[i], strlen(none[i]), &e))
            fail("ftp_parse_entry takes", none[i]);
    }

    /* The typed values: spec's limits. */
    f.fact = ftp_fact_at(0);
    f.value.data = "000" SPEC_MAX_UINT;
    f.value.len = strlen(f.value.data);
    if (!ftp_fact_uint(&f, &size) || size != strtoull(SPEC_MAX_UINT, NULL, 10) || size + 1 != 1ULL << 53)
        fail("ftp_fact_uint", "2^53 - 1");
    f.value.data = "9007199254740992";
    f.value.len = 16;
    if (ftp_fact_uint(&f, &size) || (f.value.len = 0, ftp_fact_uint(&f, &size)))
        fail("ftp_fact_uint", "2^53, or empty");
    f.value.data = "99999999999999999999999999999";
    f.value.len = strlen(f.value.data);
    if (ftp_fact_uint(&f, &size))
        fail("ftp_fact_uint", f.value.data);
    f.fact = ftp_fact_at(1);
    f.value.data = "00001231235959";
    f.value.len = 14;
    if (ftp_fact_time(&f, &t) || (f.value.data = "20230229000000", ftp_fact_time(&f, &t)) ||
        (f.value.data = "20010203040506.", f.value.len = 15, ftp_fact_time(&f, &t)))
        fail("ftp_fact_time", "year 0, 29 February 2023, a dot without digits");

    /* Formatting: as given, and the refusals. */
    facts[0].name.data = "Size";
    facts[0].value.data = "0012";
    facts[0].value.len = 4;
    facts[1].name.data = "modify";
    facts[1].name.len = 6;
    facts[1].value.data = "00010101000000";
    facts[1].value.len = 14;
    facts[0].name.len = 4;
    if (ftp_format_entry(buf, sizeof buf, "a b", 3, facts, 2) != 36 || strcmp(buf, "Size=0012;modify=00010101000000; a b") != 0 ||
        ftp_format_entry(buf, 36, "a b", 3, facts, 2) != FTP_ERR_NO_ROOM || buf[0] != '\0' ||
        ftp_format_entry(buf, sizeof buf, "", 0, NULL, 0) != 1 || strcmp(buf, " ") != 0)
        fail("ftp_format_entry", "Size=0012;modify=00010101000000; a b");
    /* A file name that would send a command of its own. */
    if (ftp_format_entry(buf, sizeof buf, "x\r\nDELE x", 9, facts, 2) != FTP_ERR_BAD_PATH || buf[0] != '\0' ||
        ftp_format_entry(buf, sizeof buf, "a\0b", 3, NULL, 0) != FTP_ERR_BAD_PATH)
        fail("ftp_format_entry", "a path with CR LF or NUL");
    facts[1].value.data = "00000101000000";
    if (ftp_format_entry(buf, sizeof buf, "p", 1, facts, 2) != FTP_ERR_BAD_FACT)
        fail("ftp_format_entry", "year 0");
    facts[0].value.data = "-1";
    facts[0].value.len = 2;
    if (ftp_format_entry(buf, sizeof buf, "x\r\nDELE x", 9, facts, 1) != FTP_ERR_BAD_FACT)
        fail("ftp_format_entry", "size -1, before the path");
    facts[0].name.data = "x";
    facts[0].name.len = 1;
    facts[0].value.data = "a b";
    facts[0].value.len = 3;
    if (ftp_format_entry(buf, sizeof buf, "p", 1, facts, 1) != FTP_ERR_BAD_FACT ||
        (facts[0].value.data = "a\0", ftp_format_entry(buf, sizeof buf, "p", 1, facts, 1) != FTP_ERR_BAD_FACT) ||
        (facts[0].value.len = 0, facts[0].name.data = "a=b", facts[0].name.len = 3,
         ftp_format_entry(buf, sizeof buf, "p", 1, facts, 1) != FTP_ERR_BAD_FACT) ||
        (facts[0].name.len = 0, ftp_format_entry(buf, sizeof buf, "p", 1, facts, 1) != FTP_ERR_BAD_FACT))
        fail("ftp_format_entry", "bad facts");
    if (ftp_fact_lookup("unix.MODE") != ftp_fact_at(2) || ftp_fact_lookup("UNIX.mod") != NULL || ftp_fact_lookup(NULL) != NULL)
        fail("ftp_fact_lookup", "unix.MODE");
}

int main(void)
{
    check_limits();
    check_lookups();
    check_writer();
    check_matcher();
    check_reply_lines();
    check_line_limit();
    check_reader();
    check_command_lines();
    check_addresses();
    check_eprt();
    check_features();
    check_entries();
    if (failures > 0)
        return 1;
    puts("ok");
    return fflush(stdout) == 0 ? 0 : 1;
}
