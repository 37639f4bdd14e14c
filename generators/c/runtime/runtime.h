/*
 * ftpcodes.h - FTP reply codes and commands (RFC 959 and the RFCs that
 * extend it) for C and C++.
 *
 * A single header, in the style of the stb libraries: it declares
 * everything, and defines the tables and functions only where asked to.
 * In exactly one C or C++ file of the program, define
 * FTPCODES_IMPLEMENTATION before including it:
 *
 *     #define FTPCODES_IMPLEMENTATION
 *     #include "ftpcodes.h"
 *
 * and include it in any other file without the macro. The tables are then
 * in the program once, and a record has one address in every file:
 * ftp_reply_at(3) is the same pointer wherever it is called. For a
 * private copy instead, define FTPCODES_STATIC before including it: every
 * function is then static inline in that file, with tables of its own,
 * and there is nothing to link. Either macro must come before the header's
 * first inclusion in the file.
 *
 * It needs C99 or C++11 and includes only <limits.h>, <stddef.h> and, in
 * C, <stdbool.h>. No function allocates or depends on the locale, and all
 * read constant data or the caller's, so they may be used from any thread.
 *
 *   enum ftp_reply_code         FTP_REPLY_COMMAND_OK = 200, and so on: one
 *                               enumerator per reply code
 *   FTP_REPLY_MAP(XX)           calls XX(code, NAME, text) once per code,
 *                               in numeric order, to build your own tables
 *   ftp_reply_text(code)        the reply text, or NULL for an unknown code
 *   ftp_reply_name(code)        the enumerator's name without FTP_REPLY_,
 *                               "COMMAND_OK", or NULL
 *   ftp_reply_from_name(name)   the code of a name that ftp_reply_name
 *                               returns, or of a deprecated name; 0 if none
 *   ftp_reply_is_known(code)    true if the table has code, else false
 *   ftp_reply_lookup(code)      everything about code, or NULL
 *   ftp_reply_at(i)             the same for the i-th code in numeric order,
 *                               i below FTP_REPLY_COUNT; NULL past the end
 *   ftp_reply_class(code)       the class of the first digit
 *   ftp_reply_group(code)       the function group of the second digit
 *   ftp_reply_class_name(c), ftp_reply_class_title(c),
 *   ftp_reply_class_description(c), and the same for groups
 *   ftp_reply_is_CLASS(code)    whether code is of the class, one function
 *                               per class, e.g. ftp_reply_is_positive_completion
 *
 * A code has a class and a function group only if it is from 100 to 999
 * and the table describes its digit; otherwise they are FTP_CLASS_NONE and
 * FTP_GROUP_NONE, and their names are NULL. Unknown codes get a class and
 * a group from their digits all the same.
 *
 *   FTP_COMMAND_RETR            "RETR", and so on: one string macro per
 *                               command verb, and one per alias, such as
 *                               FTP_COMMAND_XPWD for PWD
 *   FTP_COMMAND_MAP(XX)         calls XX(VERB, "VERB") once per command, in
 *                               verb order
 *   ftp_command_lookup(verb)    everything about a command, by its verb or
 *                               an alias in any case; NULL if unknown
 *   ftp_command_at(i)           the same for the i-th command in verb order,
 *                               i below FTP_COMMAND_COUNT; NULL past the end
 *   ftp_is_expected_reply(command, code)
 *                               true if code is among the replies the
 *                               documents list for command, else false
 *                               (also for an unknown command)
 *   ftp_is_plausible_reply(command, code)
 *                               true if code is expected, or a real server
 *                               is known to send it to command (the
 *                               record's observed replies), or to any
 *                               command (ftp_any_command_reply_at), else
 *                               false (also for an unknown command)
 *   ftp_any_command_reply_at(i) the i-th reply servers send to any command,
 *                               i below FTP_ANY_COMMAND_REPLY_COUNT, with
 *                               its evidence; NULL past the end
 *
 *   ftp_command_format(buf, size, command, args, n)
 *                               a command line as it goes on the wire,
 *                               refusing an argument that holds CR, LF or
 *                               NUL, so that no file name can send a
 *                               command of its own, and an argument the
 *                               command does not take or a missing one
 *   ftp_command_parse(line, len, &parsed)
 *                               a command line as a server reads it: the
 *                               command (also by an alias, in any case, or
 *                               NULL for an unknown verb) and its argument
 *   ftp_error_name(e)           "bad-argument", and so on: the name of an
 *                               error of these functions
 *   ftp_parse_passive_address(text, len, &addr)
 *   ftp_passive_peer_address(text, len, &peer, &addr)
 *   ftp_parse_extended_passive_port(text, len, &port)
 *                               the data address of a 227 reply, or its
 *                               port with the control connection's peer
 *                               (behind NAT, the 227's host is wrong), and
 *                               the port of a 229
 *   ftp_parse_long_passive_address(text, len, &addr)
 *                               the data address of a 228 reply (RFC 1639)
 *   ftp_format_port_argument(buf, size, &addr), ftp_parse_port_argument,
 *   ftp_format_lprt_argument, ftp_parse_lprt_argument
 *                               PORT's and LPRT's arguments, for clients
 *                               and servers
 *   ftp_format_eprt_argument, ftp_parse_eprt_argument
 *                               EPRT's argument (RFC 2428), IPv4 or IPv6
 *   ftp_parse_features(text, len, features, max, names, size)
 *   ftp_find_feature(features, n, name), ftp_format_features
 *                               a FEAT reply's features (RFC 2389), their
 *                               names in upper case, and the reply for
 *                               servers
 *   ftp_format_opts_argument, ftp_parse_opts_argument
 *                               OPTS's argument
 *   FTP_FACT_SIZE               "size", and so on: one string macro per
 *                               MLSx fact (RFC 3659 section 7)
 *   ftp_fact_at(i), ftp_fact_lookup(name)
 *                               everything about a fact, by its index
 *                               below FTP_FACT_COUNT or its name in any case
 *   ftp_parse_entry(line, len, &entry), ftp_entry_next_fact,
 *   ftp_entry_fact(&entry, name, &fact)
 *                               an MLSD or MLST entry: its facts, in any
 *                               case, unknown ones kept, and its path,
 *                               spaces and semicolons included
 *   ftp_fact_uint, ftp_fact_time
 *                               a fact's value read as its type
 *   ftp_format_entry(buf, size, path, len, facts, n)
 *                               an entry, refusing CR, LF or NUL in its
 *                               path, which could forge a line
 *
 * Verbs and aliases match as RFC 959 section 5.3 says: a lower-case letter
 * is the same as its upper case (the ASCII letters, whatever the locale).
 * Nothing else is ignored, not even a space.
 *
 *   ftp_reply_format(buf, size, code, message)
 *                               a reply as it goes on the wire, one line or,
 *                               if message holds line feeds, several;
 *                               refuses a CR, so that no message can forge
 *                               another reply
 *   struct ftp_reader           reads replies off a connection: fed bytes
 *                               as they come (ftp_reader_init,
 *                               ftp_reader_feed, ftp_reader_end), it says
 *                               when a reply is complete, with its code and
 *                               text, or why reading ends; a fixed buffer,
 *                               no allocation, limits of FTP_READ_LINE_MAX
 *                               bytes a line and FTP_READ_LINES_MAX lines
 *   ftp_reply_line_kind(line, &code)
 *                               what a line read off a connection is: a
 *                               whole reply, or a first, continuation or
 *                               last line
 *   ftp_reply_parse(lines, n, &code, text, size)
 *                               the code and text of one complete reply
 *                               from its lines
 *   ftp_format_NAME(buf, size, values...)
 *   ftp_parse_NAME(text, &values, buf, size)
 *                               for every reply text that carries values,
 *                               named after its meaning, such as
 *                               ftp_format_pathname_created for 257: write
 *                               the text with typed values, refusing a CR
 *                               or LF in them, and read the values back
 *
 * The formatters write into the caller's buffer and return the length
 * written or -1; the parsers read into the caller's structs and buffers.
 *
 *     const struct ftp_reply_info *r = ftp_reply_lookup(code);
 *     if (r != NULL)
 *         printf("%d %s (RFC %d)\n", r->code, r->text, r->rfc);
 *
 *     for (size_t i = 0; i < FTP_REPLY_COUNT; i++)
 *         puts(ftp_reply_at(i)->name);
 *
 *     #define REPLY_STRING(code, name, text) case code: return #code " " text;
 *     switch (code) {
 *     FTP_REPLY_MAP(REPLY_STRING)
 *     }
 *     #undef REPLY_STRING
 *
 *     if (!ftp_is_plausible_reply(FTP_COMMAND_PASV, code))
 *         fprintf(stderr, "PASV got %d, which no known server sends to it\n", code);
 *     else if (!ftp_is_expected_reply(FTP_COMMAND_PASV, code))
 *         fprintf(stderr, "PASV got %d: real servers send it, the RFCs do not list it\n", code);
 *
 *     char text[512], wire[512];
 *     if (ftp_format_pathname_created(text, sizeof text, path) < 0 ||
 *         ftp_reply_format(wire, sizeof wire, 257, text) < 0)
 *         return -1; // a CR or LF in path, or a path too long
 *     send(fd, wire, strlen(wire), 0);
 *
 *     struct ftp_pathname_created_values created;
 *     char dir[512];
 *     if (ftp_reply_parse(lines, n, &code, text, sizeof text) == 1 && code == 257 &&
 *         ftp_parse_pathname_created(text, &created, dir, sizeof dir))
 *         printf("created %s\n", created.pathname);
 *
 * Strings are UTF-8 and written as escapes, so this file is plain ASCII.
 */

/* What one source says a reply code means. */
struct ftp_reply_meaning {
    const char *text;          /* the reply text */
    const char *description;   /* what the reply means */
    const char *text_template; /* the text as sent, with {name} for each
                                  value it carries; NULL if it carries none */
    enum ftp_reply_status status;
    int rfc;                   /* the RFC that defines it, or 0 */
    const char *document;      /* the Internet-Draft that defines it, as
                                  "draft-somers-ftp-mfxx-03", or NULL */
    const char *section;       /* the section of that RFC or Internet-Draft,
                                  or NULL */
    const char *source;        /* where a non-standard meaning is from, or NULL */
};

/*
 * Everything about a reply code: its primary meaning, in the same fields
 * as struct ftp_reply_meaning, and the other meanings other sources give
 * the same number.
 */
struct ftp_reply_info {
    int code;
    const char *name;          /* as ftp_reply_name returns it */
    const char *text;
    const char *description;
    const char *text_template;
    enum ftp_reply_status status;
    int rfc;
    const char *document;
    const char *section;
    const char *source;
    int closes_control;        /* 1 if the server closes the control
                                  connection after sending it, else 0 */
    const struct ftp_reply_meaning *also; /* other meanings, or NULL */
    size_t also_count;
};

/*
 * Returns the i-th reply code in numeric order, for i from 0 to
 * FTP_REPLY_COUNT - 1, or NULL when i is past the end.
 */
FTPCODES_DEF const struct ftp_reply_info *ftp_reply_at(size_t i);

/* Returns everything about code, or NULL if the table does not have it. */
FTPCODES_DEF const struct ftp_reply_info *ftp_reply_lookup(int code);

/* Returns whether the table has code. */
FTPCODES_DEF bool ftp_reply_is_known(int code);

/* Returns the reply text of code, or NULL for an unknown code. */
FTPCODES_DEF const char *ftp_reply_text(int code);

/*
 * Returns the name of code's enumerator without FTP_REPLY_, such as
 * "COMMAND_OK", or NULL for an unknown code.
 */
FTPCODES_DEF const char *ftp_reply_name(int code);

/*
 * Returns the code whose name, as ftp_reply_name returns it, is name, or
 * the code a deprecated name stands for. Returns 0, which is no reply
 * code, for any other name and for NULL. Case matters.
 */
FTPCODES_DEF int ftp_reply_from_name(const char *name);

/* Returns the name of a class without FTP_CLASS_, or NULL for FTP_CLASS_NONE. */
FTPCODES_DEF const char *ftp_reply_class_name(enum ftp_reply_class c);

/* Returns the title of a class, or NULL for FTP_CLASS_NONE. */
FTPCODES_DEF const char *ftp_reply_class_title(enum ftp_reply_class c);

/* Returns what a class means, or NULL for FTP_CLASS_NONE. */
FTPCODES_DEF const char *ftp_reply_class_description(enum ftp_reply_class c);

/* Returns the name of a group without FTP_GROUP_, or NULL for FTP_GROUP_NONE. */
FTPCODES_DEF const char *ftp_reply_group_name(enum ftp_reply_group g);

/* Returns the title of a group, or NULL for FTP_GROUP_NONE. */
FTPCODES_DEF const char *ftp_reply_group_title(enum ftp_reply_group g);

/* Returns what a group means, or NULL for FTP_GROUP_NONE. */
FTPCODES_DEF const char *ftp_reply_group_description(enum ftp_reply_group g);

/*
 * Where a real server sends a reply: the server and the release read, and
 * the file and line of its source at that release.
 */
struct ftp_evidence {
    const char *server;            /* "vsftpd 3.0.3" */
    const char *at;                /* the file in the server's repository
                                      and the line: "postlogin.c:453" */
};

/*
 * A reply real servers send, to a command or to any command, that the
 * documents do not list for it, with where each server sends it.
 */
struct ftp_observed_reply {
    int code;
    const struct ftp_evidence *evidence; /* by server, then file and line */
    size_t evidence_count;
};

/*
 * Whether a command takes an argument, as its syntax says (RFC 959 section
 * 5.3: "Square brackets denote an optional argument field"), or its table
 * where the syntax shows only one form: EPSV's argument is optional (RFC
 * 2428 section 3: "The EPSV command takes an optional argument.").
 */
enum ftp_argument {
    FTP_ARGUMENT_NONE = 0,     /* "PWD <CRLF>" */
    FTP_ARGUMENT_OPTIONAL = 1, /* "LIST [<SP> <pathname>] <CRLF>" */
    FTP_ARGUMENT_REQUIRED = 2  /* "RETR <SP> <pathname> <CRLF>" */
};

/*
 * Everything about a command: where it is defined, and the replies it may
 * receive, grouped as RFC 959 section 5.4 groups them, each group in the
 * order its RFC lists them; then the replies real servers send to it that
 * its documents do not list. An empty list is NULL with a count of 0.
 */
struct ftp_command_info {
    const char *verb;              /* "RETR", as FTP_COMMAND_RETR; never
                                      an alias */
    const char *description;       /* what the command does */
    const char *syntax;            /* the command line, as its document
                                      writes it: "RETR <SP> <pathname> <CRLF>" */
    enum ftp_argument argument;    /* whether it takes an argument, read off
                                      its syntax */
    enum ftp_reply_status status;
    int rfc;                       /* the RFC that defines it, or 0 */
    const char *document;          /* the Internet-Draft that defines it, or
                                      NULL */
    const char *section;           /* the section of that RFC or
                                      Internet-Draft, or NULL */
    const char *replies_section;   /* the section of the same document that
                                      lists its replies, or NULL */
    const char *const *aliases;    /* other verbs for it, such as "XPWD" */
    size_t alias_count;
    const int *preliminary;        /* 1yz replies */
    size_t preliminary_count;
    const int *intermediate;       /* 3yz replies */
    size_t intermediate_count;
    const int *success;            /* 2yz replies */
    size_t success_count;
    const int *error;              /* 4yz and 5yz replies */
    size_t error_count;
    const struct ftp_observed_reply *observed; /* replies real servers send
                                      to it that its documents do not list,
                                      by code */
    size_t observed_count;
};

/*
 * Returns the i-th command in verb order, for i from 0 to
 * FTP_COMMAND_COUNT - 1, or NULL when i is past the end.
 */
FTPCODES_DEF const struct ftp_command_info *ftp_command_at(size_t i);

/*
 * Returns the command whose verb or alias is verb, or NULL for any other
 * string and for NULL. Case does not matter, as RFC 959 section 5.3 says:
 * "retr", "Retr" and "RETR" are the same command, and an alias gives its
 * command's record, so "xpwd" gives PWD's. Nothing is trimmed: "RETR "
 * is no command.
 */
FTPCODES_DEF const struct ftp_command_info *ftp_command_lookup(const char *verb);

/*
 * Returns true if code is among the replies the documents list for
 * command (its defining document's list and the replies later documents
 * add), in any of its groups, else false. The command is found as ftp_command_lookup
 * finds it; an unknown command, or NULL, expects no reply.
 */
FTPCODES_DEF bool ftp_is_expected_reply(const char *command, int code);

/*
 * Returns the i-th reply servers send to any command, by code, with its
 * evidence, for i below FTP_ANY_COMMAND_REPLY_COUNT, or NULL when i is
 * past the end.
 */
FTPCODES_DEF const struct ftp_observed_reply *ftp_any_command_reply_at(size_t i);

/*
 * Returns true if a real server may send code in reply to command: the
 * RFC lists it (ftp_is_expected_reply), a server is known to send it to
 * that command (its record's observed replies), or servers send it to any
 * command (ftp_any_command_reply_at); else false. The command is found as
 * ftp_command_lookup finds it; for an unknown command, or NULL, no reply
 * is plausible.
 */
FTPCODES_DEF bool ftp_is_plausible_reply(const char *command, int code);

/*
 * Command lines (RFC 959 section 5.3). A client writes them with
 * ftp_command_format, a server reads them with ftp_command_parse. Both
 * take strings as pointer and length, so that a NUL in them is seen and
 * refused rather than cutting them short.
 */

/* Bytes that may hold a NUL: len bytes at data, which may be NULL if len is 0. */
struct ftp_bytes {
    const char *data;
    size_t len;
};

/*
 * The errors of the functions that write and read command lines, all
 * negative, so that a function returns either a length or one of them.
 */
enum ftp_error {
    FTP_ERR_MISSING_ARGUMENT = -1,    /* no argument for a command that
                                         requires one */
    FTP_ERR_UNEXPECTED_ARGUMENT = -2, /* an argument for a command that
                                         takes none */
    FTP_ERR_BAD_ARGUMENT = -3,        /* an argument that is empty or holds
                                         CR, LF or NUL */
    FTP_ERR_LINE_TOO_LONG = -4,       /* a command line longer than
                                         FTP_READ_LINE_MAX bytes */
    FTP_ERR_BAD_CHARACTER = -5,       /* a command line holding CR, LF or
                                         NUL before its line end */
    FTP_ERR_UNKNOWN_COMMAND = -6,     /* a verb the table does not have */
    FTP_ERR_NO_ROOM = -7,             /* the caller's buffer is too small */
    FTP_ERR_NOT_IPV4 = -8,            /* an IPv6 address where only IPv4
                                         can be written */
    FTP_ERR_BAD_FEATURE = -9,         /* a FEAT feature that cannot be
                                         written so as to read back */
    FTP_ERR_BAD_FACT = -10,           /* an MLSx fact that cannot be written
                                         so as to read back */
    FTP_ERR_BAD_PATH = -11            /* an MLSx path holding CR, LF or NUL */
};

/*
 * Returns the name of an error as the test vectors of every language of
 * this package write it: "missing-argument", "unexpected-argument",
 * "bad-argument", "line-too-long", "bad-character", "unknown-command",
 * "no-room", "not-ipv4", "bad-feature", "bad-fact" or "bad-path"; NULL
 * for any other value.
 */
FTPCODES_DEF const char *ftp_error_name(enum ftp_error e);

/*
 * Writes the command line of command, a verb or alias as ftp_command_lookup
 * finds it (FTP_COMMAND_RETR), with the n arguments args[0] to args[n - 1]
 * (args may be NULL if n is 0), into buf, which has room for size bytes:
 * the command's verb as the table writes it, also when command is an
 * alias, each argument after one space, as it is (a pathname may hold
 * spaces), then CR LF and a NUL. Returns the length written, without the
 * NUL, or, checked in this order:
 *
 *   FTP_ERR_UNKNOWN_COMMAND      the table has no such command (or NULL)
 *   FTP_ERR_MISSING_ARGUMENT     n is 0 and the command requires an argument
 *   FTP_ERR_UNEXPECTED_ARGUMENT  n is not 0 and the command takes none
 *   FTP_ERR_BAD_ARGUMENT         an argument is empty or holds CR, LF or
 *                                NUL: RFC 959 section 5.3.2's <char> is any
 *                                ASCII character but CR and LF, and a NUL
 *                                cuts a C server's string short. This is
 *                                what keeps a file name such as
 *                                "x\r\nDELE y" from sending a second command.
 *   FTP_ERR_LINE_TOO_LONG        the line without its CR LF is longer than
 *                                FTP_READ_LINE_MAX bytes
 *   FTP_ERR_NO_ROOM              the line and its NUL do not fit in buf
 *
 * On an error buf holds an empty string if size is not 0.
 *
 *     struct ftp_bytes path = {name, strlen(name)};
 *     char line[FTP_READ_LINE_MAX + 3];
 *     int n = ftp_command_format(line, sizeof line, FTP_COMMAND_RETR, &path, 1);
 *     if (n < 0)
 *         fprintf(stderr, "RETR %s: %s\n", name, ftp_error_name(n));
 */
FTPCODES_DEF int ftp_command_format(char *buf, size_t size, const char *command,
                                    const struct ftp_bytes *args, size_t n);

/*
 * A command line as a server reads it: the command of the table, or NULL
 * for a verb the table lacks; the verb as written and the argument, both
 * within the line that was read.
 */
struct ftp_command_line {
    const struct ftp_command_info *command;
    struct ftp_bytes verb;     /* before the first space; may be empty */
    struct ftp_bytes argument; /* everything after the first space, further
                                  spaces included; empty without one */
};

/*
 * Reads the len bytes of a command line at line (NULL if len is 0) into
 * *out. A final LF is dropped, and one CR before it. The verb is what
 * comes before the first space, the argument everything after it (RFC
 * 3659 section 2.2: "Exactly one space will precede the pathname ... Any
 * additional spaces form part of the pathname"). The verb is looked up as
 * ftp_command_lookup does: an unknown verb is no error, but a command of
 * NULL. Whether the argument agrees with the command's is the server's to
 * check. Returns 0, or FTP_ERR_LINE_TOO_LONG for a line longer than
 * FTP_READ_LINE_MAX bytes without its line end, or FTP_ERR_BAD_CHARACTER
 * for one holding CR, LF or NUL before it; no more than FTP_READ_LINE_MAX
 * + 2 bytes are read.
 */
FTPCODES_DEF int ftp_command_parse(const char *line, size_t len, struct ftp_command_line *out);

/*
 * Addresses of data connections. An IPv4-mapped IPv6 address
 * (::ffff:a.b.c.d, RFC 4291 section 2.5.5.2) is returned and written as
 * the IPv4 address a.b.c.d, wherever it comes from.
 */
struct ftp_address {
    unsigned char host[16]; /* the address's bytes, in network order */
    size_t host_len;        /* 4 for IPv4, 16 for IPv6 */
    unsigned port;          /* 0 to 65535 */
};

/*
 * Reads the address of a 227 reply's text (RFC 959 section 4.2.2),
 * "Entering Passive Mode (h1,h2,h3,h4,p1,p2).", into *out: the first
 * h1,h2,h3,h4,p1,p2 in the text not right after a digit, six numbers of
 * one or more digits, each 0 to 255, separated by commas; the host
 * h1.h2.h3.h4, the port p1 * 256 + p2. Returns false, and leaves *out as
 * it is, if the text holds none.
 *
 * A client should usually not connect to that host: a server behind NAT
 * announces its private address there, which the client cannot reach.
 * ftp_passive_peer_address takes the port of the 227 and the address of
 * the control connection's peer instead, as RFC 2428 section 3 makes the
 * peer the data address for EPSV, and as curl (--ftp-skip-pasv-ip, its
 * default since 7.74) and Python's ftplib do.
 */
FTPCODES_DEF bool ftp_parse_passive_address(const char *text, size_t len, struct ftp_address *out);

/*
 * Reads a 227 reply's text as ftp_parse_passive_address does, and sets
 * *out to the port it gives with the host of peer, the control
 * connection's peer (its port is not read). Returns false, and leaves
 * *out as it is, if the text holds no address.
 */
FTPCODES_DEF bool ftp_passive_peer_address(const char *text, size_t len,
                                           const struct ftp_address *peer, struct ftp_address *out);

/*
 * Reads the port of a 229 reply's text (RFC 2428 section 3), "Entering
 * Extended Passive Mode (|||6446|)", into *port: the first "(" followed by
 * three times the same delimiter, a character from '!' to '~', a port of
 * one to five digits up to 65535, the delimiter and ")". The host is the
 * control connection's peer. Returns false, and leaves *port as it is, if
 * the text holds none.
 */
FTPCODES_DEF bool ftp_parse_extended_passive_port(const char *text, size_t len, unsigned *port);

/*
 * Writes the argument of a PORT command (RFC 959 section 5.3.2),
 * "h1,h2,h3,h4,p1,p2", for addr into buf, which has room for size bytes,
 * NUL-terminated. Returns the length written, without the NUL, or
 * FTP_ERR_NOT_IPV4 for an IPv6 address (see EPRT), FTP_ERR_BAD_ARGUMENT
 * for a host_len other than 4 or 16 or a port above 65535, or
 * FTP_ERR_NO_ROOM.
 */
FTPCODES_DEF int ftp_format_port_argument(char *buf, size_t size, const struct ftp_address *addr);

/*
 * Reads a PORT command's argument, the whole of it six numbers as in a 227
 * reply, into *out, for servers. Returns false, and leaves *out as it is,
 * if it is not one.
 */
FTPCODES_DEF bool ftp_parse_port_argument(const char *arg, size_t len, struct ftp_address *out);

/*
 * Writes the argument of an LPRT command (RFC 1639 section 2) for addr
 * into buf, which has room for size bytes, NUL-terminated:
 * "4,4,h1,h2,h3,h4,2,p1,p2" for IPv4, "6,16,b1,...,b16,2,p1,p2" for IPv6,
 * in decimal. Returns the length written, without the NUL,
 * FTP_ERR_BAD_ARGUMENT for a host_len other than 4 or 16 or a port above
 * 65535, or FTP_ERR_NO_ROOM; 96 bytes are always enough.
 */
FTPCODES_DEF int ftp_format_lprt_argument(char *buf, size_t size, const struct ftp_address *addr);

/*
 * Reads an LPRT command's argument, the whole of it, into *out: numbers of
 * one or more digits up to 255, separated by commas, the family and the
 * address length (4 and 4, or 6 and 16), the address, the port length 2
 * and the port, nothing more. Returns false, and leaves *out as it is, if
 * it is not one.
 */
FTPCODES_DEF bool ftp_parse_lprt_argument(const char *arg, size_t len, struct ftp_address *out);

/*
 * Reads the address of a 228 reply's text (RFC 1639 section 3),
 * "Entering Long Passive Mode (4,4,127,0,0,1,2,19,137)", into *out: the
 * first "(" whose text up to the next ")" is an LPRT argument. Returns
 * false, and leaves *out as it is, if none is.
 */
FTPCODES_DEF bool ftp_parse_long_passive_address(const char *text, size_t len,
                                                 struct ftp_address *out);

/*
 * Writes the argument of an EPRT command (RFC 2428 section 2) for addr
 * into buf, which has room for size bytes, NUL-terminated, with the
 * delimiter "|": "|1|132.235.1.2|6275|" for IPv4, "|2|1080::8:800:200c:417a|5282|"
 * for IPv6, in RFC 5952 section 4's canonical text: lower-case hex
 * groups without leading zeros, the longest run of two or more zero
 * groups (the first on a tie) as "::", never the dotted form. Returns the
 * length written, without the NUL, FTP_ERR_BAD_ARGUMENT for a host_len
 * other than 4 or 16 or a port above 65535, or FTP_ERR_NO_ROOM; 64 bytes
 * are always enough.
 */
FTPCODES_DEF int ftp_format_eprt_argument(char *buf, size_t size, const struct ftp_address *addr);

/*
 * Reads an EPRT command's argument, the whole of it, into *out: a
 * delimiter d, any character from '!' to '~', then the network protocol,
 * the address and the port, each followed by d and none holding it, and
 * nothing after the last d. Protocol "1" takes a dotted-quad IPv4 address
 * (four numbers up to 255 without leading zeros, which inet_aton would
 * read as octal); "2" an IPv6 address as RFC 4291 section 2.2 writes it
 * (hex groups of one to four digits in either case, "::" at most once,
 * the last 32 bits possibly dotted; no zone, no brackets). The port is
 * one to five digits up to 65535. Returns false, and leaves *out as it
 * is, if it is not one.
 */
FTPCODES_DEF bool ftp_parse_eprt_argument(const char *arg, size_t len, struct ftp_address *out);

/*
 * FEAT and OPTS (RFC 2389). A FEAT reply lists the server's features, one
 * a line between its first and last line:
 *
 *     211-Extensions supported:
 *      MLST size*;modify*;type*;
 *      UTF8
 *     211 End
 *
 * A feature has a name (its label, which RFC 2389 says is usually case
 * independent: read with its letters in upper case) and parameters, the
 * rest of its line.
 */
struct ftp_feature {
    struct ftp_bytes name;   /* read: the label with a to z in upper case,
                                NUL-terminated, in the caller's buffer */
    struct ftp_bytes params; /* read: the rest of the line after the
                                spaces or tabs that follow the label,
                                within the text; empty if none */
};

/*
 * Reads the features of a FEAT reply from its text, of len bytes, as
 * struct ftp_reader gives it (the lines joined with LF), into features[0]
 * to features[max - 1], in order, repeats kept, copying each name into
 * names, which has room for names_size bytes. A text of one line (RFC
 * 2389's reply without features) has none. Otherwise its first and last
 * lines are the reply's own, "Extensions supported:" and "End"; each line
 * between is stripped of the spaces and tabs at its ends and skipped if
 * nothing is left, and its label runs to its first space or tab. (RFC
 * 2389 asks for one space before each feature; a line without it is read
 * all the same.) Returns the number of features, or FTP_ERR_NO_ROOM if
 * there are more than max or their names do not fit in names: len + 1
 * bytes and as many features as the text has lines are always enough.
 * The params point into text, the names into names: both must outlive
 * the features.
 */
FTPCODES_DEF int ftp_parse_features(const char *text, size_t len, struct ftp_feature *features,
                                    size_t max, char *names, size_t names_size);

/*
 * Returns the first of the n features whose name is name, a to z in either
 * case, or NULL if none is (or name is NULL): ftp_find_feature(features,
 * n, "MLST") tells whether the server offers MLST, and its params which
 * facts.
 */
FTPCODES_DEF const struct ftp_feature *ftp_find_feature(const struct ftp_feature *features,
                                                        size_t n, const char *name);

/*
 * Writes a complete FEAT reply, for servers, with the n features (features
 * may be NULL if n is 0) into buf, which has room for size bytes,
 * NUL-terminated: "211 \r\n", RFC 2389's reply without features, if n is
 * 0; otherwise "211-Extensions supported:\r\n", each feature after one
 * space, its parameters, if any, after another, and "211 End\r\n". Returns
 * the length written, without the NUL, FTP_ERR_BAD_FEATURE for a name that
 * is empty or holds a character outside '!' to '~', or parameters holding
 * one outside those, space and tab, or starting or ending with a space or
 * tab (ftp_parse_features would not read them back), or FTP_ERR_NO_ROOM.
 */
FTPCODES_DEF int ftp_format_features(char *buf, size_t size, const struct ftp_feature *features,
                                     size_t n);

/*
 * Writes the argument of an OPTS command (RFC 2389 section 4), the
 * command name of name_len bytes at name, and a space and the options of
 * options_len bytes at options unless that is 0, into buf, which has room
 * for size bytes, NUL-terminated; ftp_command_format(..., FTP_COMMAND_OPTS,
 * ...) then writes the line. Returns the length written, without the NUL,
 * FTP_ERR_BAD_ARGUMENT for a name that is empty or holds a character
 * outside '!' to '~', or options holding one outside those, space and
 * tab, or starting or ending with a space or tab, or FTP_ERR_NO_ROOM.
 */
FTPCODES_DEF int ftp_format_opts_argument(char *buf, size_t size, const char *name, size_t name_len,
                                          const char *options, size_t options_len);

/*
 * Reads an OPTS command's argument, of len bytes, for servers: writes the
 * command name, up to the first space, with a to z in upper case, into
 * name, which has room for name_size bytes, NUL-terminated, and sets
 * *options to everything after that space, within arg (empty without
 * one). Returns the length of the name; 0 if it is empty, which makes no
 * OPTS argument; or FTP_ERR_NO_ROOM if the name and its NUL do not fit
 * (len + 1 bytes always do).
 */
FTPCODES_DEF int ftp_parse_opts_argument(const char *arg, size_t len, char *name, size_t name_size,
                                         struct ftp_bytes *options);

/*
 * Reply lines (RFC 959, section 4.2). A reply is one line, "ddd text", or
 * several: "ddd-text" first, then any lines, then "ddd text" with the
 * same code ddd. A code is three digits, 100 to 999.
 */

/*
 * Writes the reply of code with message into buf, which has room for size
 * bytes, as it goes on the wire: with CR LF after each line and a NUL
 * after the last. A message without a line feed makes one line,
 * "227 Entering Passive Mode (127,0,0,1,19,137).\r\n". A message with
 * line feeds makes a multi-line reply: "211-" and its first line, the
 * lines between as they are, except that one beginning with a digit gets
 * a leading space so that it can never read as a reply of its own, and
 * "211 " and its last line. Returns the length written, without the NUL,
 * or -1 if code is not from 100 to 999, message is NULL or holds a CR, or
 * buf is too small; buf then holds an empty string if size is not 0. A
 * line longer than FTP_READ_LINE_MAX is written as it is, as every
 * language of this package writes it, though a reader refuses it.
 */
FTPCODES_DEF int ftp_reply_format(char *buf, size_t size, int code, const char *message);

/*
 * The limits of a reply, in bytes and lines: a line holds at most
 * FTP_READ_LINE_MAX bytes besides its line end, and a reply at most
 * FTP_READ_LINES_MAX lines. Longer ones are refused, so that a server
 * cannot make a client read without end.
 */
#define FTP_READ_LINE_MAX 8192
#define FTP_READ_LINES_MAX 1000

/* What ftp_reply_line_kind finds a line to be. */
enum ftp_line_kind {
    FTP_LINE_INVALID = 0,      /* not a first line, where one must come, or
                                  no line a reply can hold */
    FTP_LINE_SINGLE = 1,       /* "ddd text" or "ddd": a whole reply */
    FTP_LINE_FIRST = 2,        /* "ddd-text": the first line of a multi-line reply */
    FTP_LINE_CONTINUATION = 3, /* a line within a multi-line reply */
    FTP_LINE_LAST = 4          /* "ddd text" or "ddd": the last line of one */
};

/*
 * Says what line, read off a connection without its LF, is in the reply
 * being read. One CR at the end of the line is dropped; any other CR is
 * text. *code is 0 before a reply's first line, and is then set to the
 * reply's code; leave it so for the lines that follow a FTP_LINE_FIRST,
 * and set it to 0 again before the next reply. Returns:
 *
 *   FTP_LINE_SINGLE        a whole reply, "ddd text" (or "ddd" alone)
 *   FTP_LINE_FIRST         "ddd-text", the first of a multi-line reply
 *   FTP_LINE_CONTINUATION  a line within it, whatever it holds
 *   FTP_LINE_LAST          "ddd text" (or "ddd" alone) with the first
 *                          line's code, which ends it
 *   FTP_LINE_INVALID       a first line that is none of these; a line
 *                          longer than FTP_READ_LINE_MAX bytes besides
 *                          its CR, or holding an LF, wherever it comes,
 *                          as the reader refuses it; or NULL
 *
 * It reads at most FTP_READ_LINE_MAX + 2 bytes of line, which tell a line
 * too long. The text of a single, first or last line starts at line + 4,
 * or is empty if the line is shorter; a continuation line is text as it
 * is.
 * To read replies off a connection, struct ftp_reader below splits the
 * bytes into lines, keeps to the limits and decodes the text.
 */
FTPCODES_DEF enum ftp_line_kind ftp_reply_line_kind(const char *line, int *code);

/*
 * A reply's text as it is decoded into the caller's buffer: buf has room
 * for size bytes; at bytes are written, then a NUL; len counts every byte
 * of the text, also those that did not fit; full is set once a character
 * did not fit, and then no more are written. Not for use.
 */
struct ftp_text_ {
    char *buf;
    size_t size;
    size_t at;
    size_t len;
    int full;
};

/*
 * Reads one complete reply from its n lines, each as read off a connection
 * without its LF. One CR at the end of a line is dropped; any other CR is
 * text. Sets *code, and writes the reply's text into text, which has room
 * for text_size bytes, NUL-terminated: for a multi-line reply the first
 * line's text after "ddd-", the lines between as they are, and the last
 * line's text after "ddd ", joined with LF; each ill-formed UTF-8 sequence
 * is replaced by U+FFFD, as struct ftp_reader does. Returns 1 if the lines
 * are one reply; 0 if they are not (no lines, a first line that is not
 * "ddd text", "ddd-text" or "ddd", lines after the reply's last line, a
 * multi-line reply without its last line, a line that holds an LF or is
 * longer than FTP_READ_LINE_MAX bytes, or more than FTP_READ_LINES_MAX
 * lines); -1 if they are but the text and its NUL do not fit, and then
 * *code is set and text empty if text_size is not 0. code may be NULL.
 * The answer is the one struct ftp_reader gives for the same lines, each
 * followed by an LF.
 */
FTPCODES_DEF int ftp_reply_parse(const char *const *lines, size_t n, int *code, char *text,
                                 size_t text_size);

/*
 * Reading replies off a connection. A struct ftp_reader is fed the bytes
 * as they come, in pieces of any size, and says when a reply is complete.
 * It keeps to RFC 959's framing (section 4.2) exactly as every language of
 * this package does:
 *
 *   - A line ends at LF. One CR before the LF is dropped; any other CR,
 *     bare or a second one, is text, never the end of a line.
 *   - A reply's first line starts with a code from 100 to 999 and a space,
 *     a hyphen or its end. "ddd-" starts a multi-line reply, which ends at
 *     the first later line that is the same code alone or with a space.
 *   - A line holds at most FTP_READ_LINE_MAX bytes besides its line end,
 *     and a reply at most FTP_READ_LINES_MAX lines; the reader refuses
 *     more as soon as it is there, without waiting for the rest.
 *   - The end of the input right after a reply is a clean end; anywhere
 *     else, even after a lone CR, the reply is truncated, and no reply.
 *   - The text is decoded as UTF-8, each ill-formed sequence replaced by
 *     U+FFFD (one for each maximal subpart, the Unicode Standard's
 *     recommendation, as WHATWG's TextDecoder and Python do).
 *
 * The reader needs no allocation: the struct holds one line, about 8 KiB
 * (make it static or put it on the heap where the stack is small), and
 * the text goes into the caller's buffer. The functions return:
 *
 *   FTP_READ_MORE            every byte given is read, and no reply is
 *                            complete yet: feed more
 *   FTP_READ_REPLY           a reply is complete: its code, lines and text
 *                            are in the struct and the caller's buffer
 *                            until the next call
 *   FTP_READ_EOF             the input ended right after a reply
 *   FTP_READ_TRUNCATED       the input ended within a reply or a line
 *   FTP_READ_NOT_REPLY       a first line does not start a reply
 *   FTP_READ_LINE_TOO_LONG   a line is longer than FTP_READ_LINE_MAX
 *   FTP_READ_TOO_MANY_LINES  a reply has more than FTP_READ_LINES_MAX lines
 *
 * The errors are negative. After FTP_READ_EOF or an error, reading is over
 * (where the next reply would start cannot be known) and every call
 * returns the same result again.
 *
 *     static struct ftp_reader reader;
 *     char text[4096], buf[4096];
 *     size_t have = 0, at = 0, used;
 *     enum ftp_read_result r;
 *     ftp_reader_init(&reader, text, sizeof text);
 *     for (;;) {
 *         if (at == have) {
 *             ssize_t got = recv(fd, buf, sizeof buf, 0);
 *             if (got < 0)
 *                 return -1;
 *             if (got == 0) {
 *                 r = ftp_reader_end(&reader);
 *                 break;
 *             }
 *             have = (size_t)got;
 *             at = 0;
 *         }
 *         r = ftp_reader_feed(&reader, buf + at, have - at, &used);
 *         at += used;
 *         if (r == FTP_READ_REPLY)
 *             printf("%d %s\n", reader.code, text);
 *         else if (r != FTP_READ_MORE)
 *             break;
 *     }
 *     if (r != FTP_READ_EOF)
 *         fprintf(stderr, "reply: %s\n", ftp_read_result_name(r));
 *
 * ftp_reader_feed reads no further than the reply it completes: the bytes
 * after it are left to the caller (at += used), as after a 234 reply to
 * AUTH TLS, where the TLS handshake follows.
 */
enum ftp_read_result {
    FTP_READ_MORE = 0,
    FTP_READ_REPLY = 1,
    FTP_READ_EOF = 2,
    FTP_READ_TRUNCATED = -1,
    FTP_READ_NOT_REPLY = -2,
    FTP_READ_LINE_TOO_LONG = -3,
    FTP_READ_TOO_MANY_LINES = -4
};

/*
 * A reader of replies. Set it up with ftp_reader_init; after
 * FTP_READ_REPLY, code, lines and text_len describe the reply. The members
 * whose names end in _ are the reader's own.
 */
struct ftp_reader {
    int code;        /* the reply's code, 100 to 999 */
    size_t lines;    /* its number of lines, 1 to FTP_READ_LINES_MAX */
    size_t text_len; /* the length of its whole text in bytes, without the
                        NUL; the text fit into the buffer if it is below
                        the buffer's size */

    struct ftp_text_ text_;  /* the text, in the caller's buffer */
    int multi_;              /* 1 within a multi-line reply */
    int ready_;              /* 1 after FTP_READ_REPLY, until the next call */
    int end_;                /* the result that ended reading, or 0 */
    size_t len_;             /* the bytes of the line so far, in line_ */
    unsigned char line_[FTP_READ_LINE_MAX + 1]; /* the line and its CR */
};

/*
 * Sets r up to read replies from the start of a connection, with their
 * text in text, which has room for text_size bytes. After FTP_READ_REPLY
 * it holds the reply's text, NUL-terminated; if the text and the NUL do
 * not fit, as many whole characters as fit, so that it is always valid
 * UTF-8, and r->text_len says how long the whole text is. A text may hold
 * NUL characters: r->text_len, not strlen, gives its length when it fits.
 * text may be NULL, with text_size 0, for a caller that needs only codes.
 */
FTPCODES_DEF void ftp_reader_init(struct ftp_reader *r, char *text, size_t text_size);

/*
 * Reads the size bytes at data, which may be NULL if size is 0, until a
 * reply is complete or reading ends, and sets *used to the number of
 * bytes read: all of them, unless a reply or an error came before their
 * end; the rest are the caller's to feed again. Returns FTP_READ_MORE,
 * FTP_READ_REPLY or an error, or FTP_READ_EOF after the end. Neither r nor
 * used may be NULL.
 */
FTPCODES_DEF enum ftp_read_result ftp_reader_feed(struct ftp_reader *r, const void *data,
                                                  size_t size, size_t *used);

/*
 * Reads the end of the input: returns FTP_READ_EOF if no byte has come
 * since the last complete reply, else FTP_READ_TRUNCATED; or the result
 * that ended reading before.
 */
FTPCODES_DEF enum ftp_read_result ftp_reader_end(struct ftp_reader *r);

/*
 * Returns the name of a result: "more", "reply", "eof", "truncated",
 * "not-reply", "line-too-long" or "too-many-lines"; NULL for any other
 * value.
 */
FTPCODES_DEF const char *ftp_read_result_name(enum ftp_read_result result);

/*
 * A time of day in UTC, as RFC 3659's time-val writes it:
 * YYYYMMDDHHMMSS, and a fraction of a second if there is one. A valid time
 * has a year from 1 to 9999 (the year 0 is not one that every language's
 * time type holds, so no language of this package writes or reads it), a
 * day that its month has (by the Gregorian calendar), hour 0 to 23,
 * minute and second 0 to 59 (no leap second) and nanosecond 0 to
 * 999999999.
 */
struct ftp_time {
    int year, month, day, hour, minute, second;
    long nanosecond;
};

/*
 * MLSx facts (RFC 3659 section 7). An entry of an MLSD listing, or of an
 * MLST reply, is facts and a path: "size=4161;type=file;modify=19970214165800; a b".
 * The table's facts are the FTP_FACT_ macros above, such as FTP_FACT_SIZE,
 * and their records ftp_fact_at(i), for i below FTP_FACT_COUNT; fact
 * names are case independent.
 */

/* The type of a fact's value. */
enum ftp_value_type {
    FTP_VALUE_UINT = 1,  /* decimal digits, as size's */
    FTP_VALUE_TIME = 2,  /* an RFC 3659 time-val in UTC, as modify's */
    FTP_VALUE_STRING = 3 /* text, as type's and perm's */
};

/* A fact of the table. */
struct ftp_fact_info {
    const char *name;              /* as servers write it: "size",
                                      "media-type", "UNIX.mode" */
    enum ftp_value_type type;      /* the type of its value */
    const char *description;       /* what it says */
    enum ftp_reply_status status;
    int rfc;                       /* the RFC that defines it, or 0 */
    const char *section;           /* the section of that RFC, or NULL */
    const struct ftp_evidence *evidence; /* the servers that send a
                                      non-standard fact, or NULL */
    size_t evidence_count;
};

/*
 * Returns the i-th fact of the table, the standard ones first by section,
 * then the others by name, for i below FTP_FACT_COUNT, or NULL when i is
 * past the end.
 */
FTPCODES_DEF const struct ftp_fact_info *ftp_fact_at(size_t i);

/*
 * Returns the fact named name, a to z in either case (RFC 3659 section
 * 7.5: "Size, size, SIZE, and SiZe are the same fact"), or NULL for any
 * other name and for NULL.
 */
FTPCODES_DEF const struct ftp_fact_info *ftp_fact_lookup(const char *name);

/* A fact of an entry. */
struct ftp_fact_value {
    const struct ftp_fact_info *fact; /* the table's fact, or NULL for one
                                         it lacks */
    struct ftp_bytes name;            /* read: the table's name, fact->name,
                                         for a known fact, else as written */
    struct ftp_bytes value;           /* as written */
};

/*
 * An entry line, as ftp_parse_entry reads it: its facts, one
 * "name=value;" after another, and its path, both within the line.
 */
struct ftp_entry {
    struct ftp_bytes facts; /* "size=4161;type=file;", or empty */
    struct ftp_bytes path;  /* everything after the first space */
};

/*
 * Reads an entry line, of len bytes, into *out: one line of MLSD data
 * without its line end, or the middle line of an MLST reply without the
 * one space that starts it, which belongs to the reply (RFC 3659 section
 * 7.2). The facts are everything before the first space, each
 * "name=value;" with a name before its first "=" (a value may be empty or
 * hold "="); the path is everything after that space, kept whole, spaces
 * and semicolons included, and may be empty (section 7.3.1). Returns
 * false, and leaves *out as it is, for a line holding an LF or no space,
 * or whose facts are not so. ftp_entry_next_fact then reads its facts.
 *
 *     struct ftp_entry e;
 *     struct ftp_fact_value f;
 *     unsigned long long size;
 *     size_t at = 0;
 *     if (ftp_parse_entry(line, len, &e)) {
 *         while (ftp_entry_next_fact(&e, &at, &f))
 *             printf("%.*s=%.*s\n", (int)f.name.len, f.name.data, (int)f.value.len, f.value.data);
 *         if (ftp_entry_fact(&e, FTP_FACT_SIZE, &f) && ftp_fact_uint(&f, &size))
 *             printf("%llu bytes\n", size);
 *     }
 */
FTPCODES_DEF bool ftp_parse_entry(const char *line, size_t len, struct ftp_entry *out);

/*
 * Reads the fact of entry, which ftp_parse_entry read, at *pos (0 for the
 * first) into *out, and moves *pos to the next. A fact whose name is a
 * fact of the table's, in any case, has the table's fact and name; any
 * other has a fact of NULL and its name as written. Returns false, and
 * leaves *out as it is, after the last fact.
 */
FTPCODES_DEF bool ftp_entry_next_fact(const struct ftp_entry *entry, size_t *pos,
                                      struct ftp_fact_value *out);

/*
 * Reads the first fact of entry named name, a to z in either case, into
 * *out. Returns false, and leaves *out as it is, if it has none.
 */
FTPCODES_DEF bool ftp_entry_fact(const struct ftp_entry *entry, const char *name,
                                 struct ftp_fact_value *out);

/*
 * Reads the value of f, a fact of the table of type FTP_VALUE_UINT, into
 * *out: one or more digits, leading zeros allowed, up to 2^53 - 1, the
 * largest integer every language of this package holds exactly. Returns
 * false, and leaves *out as it is, for any other value or fact.
 */
FTPCODES_DEF bool ftp_fact_uint(const struct ftp_fact_value *f, unsigned long long *out);

/*
 * Reads the value of f, a fact of the table of type FTP_VALUE_TIME, into
 * *out: all of it a time-val, YYYYMMDDHHMMSS of a valid time (see struct
 * ftp_time), then optionally "." and one or more digits of a fraction of
 * a second, kept to the nanosecond. Returns false, and leaves *out as it
 * is, for any other value or fact.
 */
FTPCODES_DEF bool ftp_fact_time(const struct ftp_fact_value *f, struct ftp_time *out);

/*
 * Writes an entry line, without its line end, into buf, which has room for
 * size bytes, NUL-terminated: each of the n facts (facts may be NULL if n
 * is 0) as "name=value;", in order, with its name and value as given (its
 * fact member is not read), then a space and the path of path_len bytes.
 * Returns the length written, without the NUL, or:
 *
 *   FTP_ERR_BAD_FACT   a name that is empty or holds a character outside
 *                      '!' to '~', "=" or ";"; a value holding ";", a
 *                      space, CR, LF or NUL; the value of a fact of the
 *                      table (its name in any case) that is not of its
 *                      type, as ftp_fact_uint and ftp_fact_time read them
 *   FTP_ERR_BAD_PATH   a path holding CR, LF or NUL, which could forge a
 *                      line of the listing or of the reply: a file named
 *                      "x\r\nDELE y" is refused
 *   FTP_ERR_NO_ROOM    the line and its NUL do not fit in buf
 */
FTPCODES_DEF int ftp_format_entry(char *buf, size_t size, const char *path, size_t path_len,
                                  const struct ftp_fact_value *facts, size_t n);
