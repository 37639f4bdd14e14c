/*
 * A conversion that C and C++ compilers take without a warning, and the
 * number of elements of an array; the header undefines both at its end.
 */
#ifdef __cplusplus
#define FTP_CAST_(type, value) (static_cast<type>(value))
#else
#define FTP_CAST_(type, value) ((type)(value))
#endif
#define FTP_COUNT_(array) (sizeof(array) / sizeof((array)[0]))

FTPCODES_DEF bool ftp_reply_is_known(int code)
{
    return ftp_reply_lookup(code) != NULL;
}

FTPCODES_DEF const char *ftp_reply_text(int code)
{
    const struct ftp_reply_info *r = ftp_reply_lookup(code);
    return r != NULL ? r->text : NULL;
}

FTPCODES_DEF const char *ftp_reply_name(int code)
{
    const struct ftp_reply_info *r = ftp_reply_lookup(code);
    return r != NULL ? r->name : NULL;
}

/* Compares two strings; a helper of ftp_reply_from_name, not for use. */
static inline int ftp_reply_streq_(const char *a, const char *b)
{
    while (*a != '\0' && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

/*
 * Returns 1 if the n bytes at s spell verb, which is in upper case, with
 * each letter in either case, else 0. Only a to z fold, to A to Z,
 * whatever the locale. A helper of ftp_command_lookup, not for use.
 */
static inline int ftp_command_verb_eq_(const char *s, size_t n, const char *verb)
{
    size_t i;
    for (i = 0; i < n && verb[i] != '\0'; i++) {
        int c = s[i];
        if (c >= 'a' && c <= 'z')
            c -= 'a' - 'A';
        if (c != verb[i])
            return 0;
    }
    return i == n && verb[i] == '\0';
}

/*
 * Returns the command whose verb or alias is the n bytes at verb, as
 * ftp_command_lookup finds it, or NULL; not for use.
 */
static inline const struct ftp_command_info *ftp_command_find_(const char *verb, size_t n)
{
    const struct ftp_command_info *c;
    size_t i, j;
    for (i = 0; (c = ftp_command_at(i)) != NULL; i++) {
        if (ftp_command_verb_eq_(verb, n, c->verb))
            return c;
        for (j = 0; j < c->alias_count; j++) {
            if (ftp_command_verb_eq_(verb, n, c->aliases[j]))
                return c;
        }
    }
    return NULL;
}

FTPCODES_DEF const struct ftp_command_info *ftp_command_lookup(const char *verb)
{
    size_t n = 0;
    if (verb == NULL)
        return NULL;
    while (verb[n] != '\0')
        n++;
    return ftp_command_find_(verb, n);
}

/* Returns whether codes[0] to codes[n - 1] hold code; not for use. */
static inline bool ftp_command_has_reply_(const int *codes, size_t n, int code)
{
    size_t i;
    for (i = 0; i < n; i++) {
        if (codes[i] == code)
            return true;
    }
    return false;
}

FTPCODES_DEF bool ftp_is_expected_reply(const char *command, int code)
{
    const struct ftp_command_info *c = ftp_command_lookup(command);
    if (c == NULL)
        return false;
    return ftp_command_has_reply_(c->preliminary, c->preliminary_count, code) ||
           ftp_command_has_reply_(c->intermediate, c->intermediate_count, code) ||
           ftp_command_has_reply_(c->success, c->success_count, code) ||
           ftp_command_has_reply_(c->error, c->error_count, code);
}

/* Returns whether replies[0] to replies[n - 1] hold code; not for use. */
static inline bool ftp_observed_has_reply_(const struct ftp_observed_reply *replies, size_t n,
                                           int code)
{
    size_t i;
    for (i = 0; i < n; i++) {
        if (replies[i].code == code)
            return true;
    }
    return false;
}

FTPCODES_DEF bool ftp_is_plausible_reply(const char *command, int code)
{
    const struct ftp_command_info *c = ftp_command_lookup(command);
    const struct ftp_observed_reply *r;
    size_t i;
    if (c == NULL)
        return false;
    if (ftp_is_expected_reply(c->verb, code) ||
        ftp_observed_has_reply_(c->observed, c->observed_count, code))
        return true;
    for (i = 0; (r = ftp_any_command_reply_at(i)) != NULL; i++) {
        if (r->code == code)
            return true;
    }
    return false;
}

/*
 * Helpers of the functions below, not for use: text searches that need no
 * <string.h>, and the writer every formatter writes through.
 */
static inline size_t ftp_length_(const char *s)
{
    size_t n = 0;
    while (s[n] != '\0')
        n++;
    return n;
}

static inline int ftp_is_digit_(char c)
{
    return c >= '0' && c <= '9';
}

/* Returns 1 if s begins with prefix, else 0. */
static inline int ftp_has_prefix_(const char *s, const char *prefix)
{
    for (; *prefix != '\0'; s++, prefix++) {
        if (*s != *prefix)
            return 0;
    }
    return 1;
}

/* Returns the first place in s where needle, which is not empty, begins, or NULL. */
static inline const char *ftp_find_(const char *s, const char *needle)
{
    for (; *s != '\0'; s++) {
        if (ftp_has_prefix_(s, needle))
            return s;
    }
    return NULL;
}

/*
 * A formatter's output: buf has room for size bytes, len are written, and
 * bad is set once a value is refused or the text and its NUL do not fit.
 */
struct ftp_writer_ {
    char *buf;
    size_t size;
    size_t len;
    int bad;
};

static inline void ftp_writer_start_(struct ftp_writer_ *w, char *buf, size_t size)
{
    w->buf = buf;
    w->size = buf != NULL ? size : 0;
    w->len = 0;
    w->bad = 0;
}

/* Ends the text with a NUL; returns its length, or -1 with buf emptied. */
static inline int ftp_writer_finish_(struct ftp_writer_ *w)
{
    if (w->bad || w->len >= w->size || w->len > INT_MAX) {
        if (w->size > 0)
            w->buf[0] = '\0';
        return -1;
    }
    w->buf[w->len] = '\0';
    return FTP_CAST_(int, w->len);
}

static inline void ftp_write_byte_(struct ftp_writer_ *w, char c)
{
    if (w->bad)
        return;
    if (w->size - w->len < 2) { /* no room for c and the NUL */
        w->bad = 1;
        return;
    }
    w->buf[w->len++] = c;
}

static inline void ftp_write_text_(struct ftp_writer_ *w, const char *s)
{
    for (; *s != '\0'; s++)
        ftp_write_byte_(w, *s);
}

/* Writes v in decimal, in exactly width digits (at most 9). */
static inline void ftp_write_digits_(struct ftp_writer_ *w, long v, int width)
{
    char d[9];
    int i;
    for (i = width; i-- > 0;) {
        d[i] = "0123456789"[v % 10];
        v /= 10;
    }
    for (i = 0; i < width; i++)
        ftp_write_byte_(w, d[i]);
}

/* Writes v in decimal; refuses a value above max. */
static inline void ftp_write_uint_(struct ftp_writer_ *w, unsigned long long v,
                                   unsigned long long max)
{
    char d[20];
    size_t n = 0;
    if (v > max) {
        w->bad = 1;
        return;
    }
    do {
        d[n++] = "0123456789"[v % 10];
        v /= 10;
    } while (v != 0);
    while (n > 0)
        ftp_write_byte_(w, d[--n]);
}

/*
 * Writes s, with each double quote doubled if quoted. Refuses NULL, an
 * empty string, CR and LF, and a string that contains stop, the literal
 * text that ends it, if that is not NULL.
 */
static inline void ftp_write_string_(struct ftp_writer_ *w, const char *s, int quoted,
                                     const char *stop)
{
    if (s == NULL || *s == '\0' || (stop != NULL && ftp_find_(s, stop) != NULL)) {
        w->bad = 1;
        return;
    }
    for (; *s != '\0'; s++) {
        if (*s == '\r' || *s == '\n') {
            w->bad = 1;
            return;
        }
        if (quoted && *s == '"')
            ftp_write_byte_(w, '"');
        ftp_write_byte_(w, *s);
    }
}

FTPCODES_DEF int ftp_reply_format(char *buf, size_t size, int code, const char *message)
{
    struct ftp_writer_ w;
    const char *line = message;
    const char *end;
    int first = 1;
    ftp_writer_start_(&w, buf, size);
    if (code < 100 || code > 999 || message == NULL || ftp_find_(message, "\r") != NULL)
        w.bad = 1;
    while (!w.bad) {
        end = ftp_find_(line, "\n");
        if (first || end == NULL) {
            ftp_write_byte_(&w, "0123456789"[code / 100]);
            ftp_write_byte_(&w, "0123456789"[code / 10 % 10]);
            ftp_write_byte_(&w, "0123456789"[code % 10]);
            ftp_write_byte_(&w, first && end != NULL ? '-' : ' ');
        } else if (ftp_is_digit_(*line)) {
            ftp_write_byte_(&w, ' ');
        }
        for (; *line != '\0' && line != end; line++)
            ftp_write_byte_(&w, *line);
        ftp_write_text_(&w, "\r\n");
        if (end == NULL)
            break;
        line = end + 1;
        first = 0;
    }
    return ftp_writer_finish_(&w);
}

/*
 * Reads "ddd", "ddd " or "ddd-" at the start of the n bytes of a line
 * without its line end; sets *code and *sep (' ', '-' or 0 for "ddd"
 * alone). Returns 0 if the line starts no reply. Not for use.
 */
static inline int ftp_reply_start_n_(const unsigned char *line, size_t n, int *code, char *sep)
{
    if (n < 3 || line[0] < '1' || line[0] > '9' || line[1] < '0' || line[1] > '9' ||
        line[2] < '0' || line[2] > '9')
        return 0;
    *code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    if (n == 3)
        *sep = '\0';
    else if (line[3] == ' ' || line[3] == '-')
        *sep = FTP_CAST_(char, line[3]);
    else
        return 0;
    return 1;
}

/* Returns the bytes of line as unsigned char; not for use. */
static inline const unsigned char *ftp_bytes_(const char *line)
{
    return FTP_CAST_(const unsigned char *, FTP_CAST_(const void *, line));
}

/*
 * Finds the content of a line read off a connection without its LF: sets
 * *n to its length with one CR at its end dropped. Returns 0 if it holds
 * an LF, which no line can, or if its content is longer than
 * FTP_READ_LINE_MAX, reading at most FTP_READ_LINE_MAX + 2 bytes of it;
 * else 1. Not for use.
 */
static inline int ftp_line_content_(const char *line, size_t *n)
{
    size_t len;
    for (len = 0; line[len] != '\0'; len++) {
        if (line[len] == '\n' || len > FTP_READ_LINE_MAX)
            return 0;
    }
    if (len > 0 && line[len - 1] == '\r')
        len--;
    if (len > FTP_READ_LINE_MAX)
        return 0;
    *n = len;
    return 1;
}

FTPCODES_DEF enum ftp_line_kind ftp_reply_line_kind(const char *line, int *code)
{
    size_t n;
    int c = 0, start;
    char sep = '\0';
    if (line == NULL || code == NULL || !ftp_line_content_(line, &n))
        return FTP_LINE_INVALID;
    start = ftp_reply_start_n_(ftp_bytes_(line), n, &c, &sep);
    if (*code == 0) {
        if (!start)
            return FTP_LINE_INVALID;
        *code = c;
        return sep == '-' ? FTP_LINE_FIRST : FTP_LINE_SINGLE;
    }
    if (start && c == *code && sep != '-')
        return FTP_LINE_LAST;
    return FTP_LINE_CONTINUATION;
}

static inline void ftp_text_start_(struct ftp_text_ *t, char *buf, size_t size)
{
    t->buf = buf;
    t->size = buf != NULL ? size : 0;
    t->at = 0;
    t->len = 0;
    t->full = 0;
    if (t->size > 0)
        t->buf[0] = '\0';
}

/* Adds the k bytes of one character at c, if they and a NUL fit. */
static inline void ftp_text_put_(struct ftp_text_ *t, const unsigned char *c, size_t k)
{
    size_t i;
    t->len += k;
    if (t->full || t->size - t->at <= k) {
        t->full = 1;
        return;
    }
    for (i = 0; i < k; i++)
        t->buf[t->at++] = FTP_CAST_(char, c[i]);
    t->buf[t->at] = '\0';
}

/*
 * Returns the length of the well-formed UTF-8 character at the start of
 * the n bytes at s, n > 0, by the Unicode Standard's Table 3-7; or 0 if
 * there is none, with *skip set to the length of the maximal subpart
 * there: the first byte and the bytes after it that could continue it, or
 * 1 for a byte that starts no character. Not for use.
 */
static inline size_t ftp_utf8_char_(const unsigned char *s, size_t n, size_t *skip)
{
    unsigned char c = s[0], lo = 0x80, hi = 0xBF; /* the range of the second byte */
    size_t need, i;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c == 0xE0) {
        need = 2;
        lo = 0xA0;
    } else if (c == 0xED) {
        need = 2;
        hi = 0x9F;
    } else if (c >= 0xE1 && c <= 0xEF) {
        need = 2;
    } else if (c == 0xF0) {
        need = 3;
        lo = 0x90;
    } else if (c == 0xF4) {
        need = 3;
        hi = 0x8F;
    } else if (c >= 0xF1 && c <= 0xF3) {
        need = 3;
    } else {
        *skip = 1;
        return 0;
    }
    for (i = 1; i <= need && i < n && s[i] >= lo && s[i] <= hi; i++) {
        lo = 0x80;
        hi = 0xBF;
    }
    if (i > need)
        return i;
    *skip = i;
    return 0;
}

/*
 * Adds the n bytes at s as UTF-8, each ill-formed sequence replaced by one
 * U+FFFD for each maximal subpart, as the Unicode Standard recommends
 * (section 3.9) and WHATWG's TextDecoder does. Not for use.
 */
static inline void ftp_text_decode_(struct ftp_text_ *t, const unsigned char *s, size_t n)
{
    static const unsigned char replacement[3] = {0xEF, 0xBF, 0xBD};
    size_t k, skip;
    while (n > 0) {
        k = ftp_utf8_char_(s, n, &skip);
        if (k == 0) {
            ftp_text_put_(t, replacement, 3);
            k = skip;
        } else {
            ftp_text_put_(t, s, k);
        }
        s += k;
        n -= k;
    }
}

/* Adds the text of a reply line of n bytes, of kind; not for use. */
static inline void ftp_text_line_(struct ftp_text_ *t, const unsigned char *line, size_t n,
                                  enum ftp_line_kind kind)
{
    static const unsigned char lf = '\n';
    if (kind == FTP_LINE_CONTINUATION || kind == FTP_LINE_LAST)
        ftp_text_put_(t, &lf, 1);
    if (kind == FTP_LINE_CONTINUATION)
        ftp_text_decode_(t, line, n);
    else if (n > 4)
        ftp_text_decode_(t, line + 4, n - 4);
}

FTPCODES_DEF int ftp_reply_parse(const char *const *lines, size_t n, int *code, char *text,
                                 size_t text_size)
{
    enum ftp_line_kind kind = FTP_LINE_INVALID;
    struct ftp_text_ out;
    size_t i, len = 0;
    int c = 0;
    if (lines == NULL || n > FTP_READ_LINES_MAX)
        return 0;
    for (i = 0; i < n; i++) {
        kind = ftp_reply_line_kind(lines[i], &c);
        if (kind == FTP_LINE_INVALID ||
            ((kind == FTP_LINE_SINGLE || kind == FTP_LINE_LAST) && i + 1 < n))
            return 0;
    }
    if (kind != FTP_LINE_SINGLE && kind != FTP_LINE_LAST)
        return 0;
    if (code != NULL)
        *code = c;
    ftp_text_start_(&out, text, text_size);
    for (i = 0; i < n; i++) {
        kind = i == 0 ? (n == 1 ? FTP_LINE_SINGLE : FTP_LINE_FIRST) :
            (i + 1 == n ? FTP_LINE_LAST : FTP_LINE_CONTINUATION);
        ftp_line_content_(lines[i], &len);
        ftp_text_line_(&out, ftp_bytes_(lines[i]), len, kind);
    }
    if (out.full) {
        if (out.size > 0)
            text[0] = '\0';
        return -1;
    }
    return 1;
}

/* Forgets the last reply and empties the text; not for use. */
static inline void ftp_reader_clear_(struct ftp_reader *r)
{
    r->ready_ = 0;
    r->code = 0;
    r->lines = 0;
    r->text_len = 0;
    ftp_text_start_(&r->text_, r->text_.buf, r->text_.size);
}

FTPCODES_DEF void ftp_reader_init(struct ftp_reader *r, char *text, size_t text_size)
{
    ftp_text_start_(&r->text_, text, text_size);
    r->multi_ = 0;
    r->end_ = 0;
    r->len_ = 0;
    ftp_reader_clear_(r);
}

/* Ends reading with result; not for use. */
static inline enum ftp_read_result ftp_reader_fail_(struct ftp_reader *r,
                                                    enum ftp_read_result result)
{
    r->end_ = result;
    ftp_reader_clear_(r);
    return result;
}

/* Reads the line in r->line_, whose LF has come; not for use. */
static inline enum ftp_read_result ftp_reader_line_(struct ftp_reader *r)
{
    size_t n = r->len_;
    enum ftp_line_kind kind;
    int code, start;
    char sep;
    r->len_ = 0;
    if (n > 0 && r->line_[n - 1] == '\r')
        n--;
    if (n > FTP_READ_LINE_MAX)
        return ftp_reader_fail_(r, FTP_READ_LINE_TOO_LONG);
    start = ftp_reply_start_n_(r->line_, n, &code, &sep);
    if (!r->multi_) {
        if (!start)
            return ftp_reader_fail_(r, FTP_READ_NOT_REPLY);
        r->code = code;
        kind = sep == '-' ? FTP_LINE_FIRST : FTP_LINE_SINGLE;
    } else {
        kind = start && code == r->code && sep != '-' ? FTP_LINE_LAST : FTP_LINE_CONTINUATION;
    }
    r->lines++;
    ftp_text_line_(&r->text_, r->line_, n, kind);
    if (kind == FTP_LINE_FIRST || kind == FTP_LINE_CONTINUATION) {
        r->multi_ = 1;
        if (r->lines == FTP_READ_LINES_MAX)
            return ftp_reader_fail_(r, FTP_READ_TOO_MANY_LINES);
        return FTP_READ_MORE;
    }
    r->multi_ = 0;
    r->ready_ = 1;
    r->text_len = r->text_.len;
    return FTP_READ_REPLY;
}

FTPCODES_DEF enum ftp_read_result ftp_reader_feed(struct ftp_reader *r, const void *data,
                                                  size_t size, size_t *used)
{
    const unsigned char *p = FTP_CAST_(const unsigned char *, data);
    enum ftp_read_result result;
    size_t i;
    *used = 0;
    if (r->end_ != 0)
        return FTP_CAST_(enum ftp_read_result, r->end_);
    if (r->ready_)
        ftp_reader_clear_(r);
    for (i = 0; i < size; i++) {
        if (p[i] != '\n') {
            /* A line and its CR fill line_: one more byte is too many. */
            if (r->len_ == sizeof r->line_) {
                *used = i + 1;
                return ftp_reader_fail_(r, FTP_READ_LINE_TOO_LONG);
            }
            r->line_[r->len_++] = p[i];
            continue;
        }
        result = ftp_reader_line_(r);
        if (result != FTP_READ_MORE) {
            *used = i + 1;
            return result;
        }
    }
    *used = size;
    return FTP_READ_MORE;
}

FTPCODES_DEF enum ftp_read_result ftp_reader_end(struct ftp_reader *r)
{
    if (r->end_ != 0)
        return FTP_CAST_(enum ftp_read_result, r->end_);
    if (r->ready_)
        ftp_reader_clear_(r);
    if (r->multi_ || r->len_ > 0)
        return ftp_reader_fail_(r, FTP_READ_TRUNCATED);
    r->end_ = FTP_READ_EOF;
    return FTP_READ_EOF;
}

FTPCODES_DEF const char *ftp_read_result_name(enum ftp_read_result result)
{
    switch (result) {
    case FTP_READ_MORE: return "more";
    case FTP_READ_REPLY: return "reply";
    case FTP_READ_EOF: return "eof";
    case FTP_READ_TRUNCATED: return "truncated";
    case FTP_READ_NOT_REPLY: return "not-reply";
    case FTP_READ_LINE_TOO_LONG: return "line-too-long";
    case FTP_READ_TOO_MANY_LINES: return "too-many-lines";
    default: return NULL;
    }
}

/* Returns 1 if t is a valid time, else 0; a helper, not for use. */
static inline int ftp_time_valid_(const struct ftp_time *t)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap;
    if (t->year < 1 || t->year > 9999 || t->month < 1 || t->month > 12)
        return 0;
    leap = t->month == 2 && t->year % 4 == 0 && (t->year % 100 != 0 || t->year % 400 == 0);
    return t->day >= 1 && t->day <= days[t->month - 1] + leap && t->hour >= 0 && t->hour <= 23 &&
           t->minute >= 0 && t->minute <= 59 && t->second >= 0 && t->second <= 59 &&
           t->nanosecond >= 0 && t->nanosecond <= 999999999L;
}

/*
 * Writes t as YYYYMMDDHHMMSS, then "." and the fraction of a second
 * without trailing zeros if it is not 0; refuses NULL and invalid times.
 */
static inline void ftp_write_time_(struct ftp_writer_ *w, const struct ftp_time *t)
{
    long fraction;
    int width = 9;
    if (t == NULL || !ftp_time_valid_(t)) {
        w->bad = 1;
        return;
    }
    ftp_write_digits_(w, t->year, 4);
    ftp_write_digits_(w, t->month, 2);
    ftp_write_digits_(w, t->day, 2);
    ftp_write_digits_(w, t->hour, 2);
    ftp_write_digits_(w, t->minute, 2);
    ftp_write_digits_(w, t->second, 2);
    if (t->nanosecond == 0)
        return;
    for (fraction = t->nanosecond; fraction % 10 == 0; fraction /= 10)
        width--;
    ftp_write_byte_(w, '.');
    ftp_write_digits_(w, fraction, width);
}

/*
 * What the parsers match: a template as a list of segments, each literal
 * text or one value; helpers, not for use.
 */
enum ftp_segment_kind_ {
    FTP_SEGMENT_LITERAL_, /* literal text */
    FTP_SEGMENT_UINT_,    /* decimal digits, at most max */
    FTP_SEGMENT_TIME_,    /* a time-val */
    FTP_SEGMENT_QUOTED_,  /* a string up to a double quote that is not doubled */
    FTP_SEGMENT_STRING_   /* a string up to the literal text after it */
};

struct ftp_segment_ {
    enum ftp_segment_kind_ kind;
    const char *literal;      /* a literal's text, else NULL */
    unsigned long long max;   /* a uint's largest value, else 0 */
    size_t param;             /* a value's index in declaration order, else 0 */
};

/* A value read by a parser, as its segment's kind has it. */
struct ftp_value_ {
    unsigned long long number;
    struct ftp_time time;
    const char *string;
};

/* Where a parser writes the strings it reads: the caller's buffer. */
struct ftp_strings_ {
    char *buf;
    size_t size;
    size_t len;
};

/*
 * Copies n bytes of s and a NUL into out, each "" as " if quoted; returns
 * a pointer to the copy, or NULL if it does not fit.
 */
static inline const char *ftp_strings_add_(struct ftp_strings_ *out, const char *s, size_t n,
                                           int quoted)
{
    char *copy;
    size_t i, len = 0;
    for (i = 0; i < n; i++, len++) {
        if (quoted && s[i] == '"')
            i++;
    }
    if (out->size - out->len <= len)
        return NULL;
    copy = out->buf + out->len;
    for (i = 0, len = 0; i < n; i++) {
        copy[len++] = s[i];
        if (quoted && s[i] == '"')
            i++;
    }
    copy[len] = '\0';
    out->len += len + 1;
    return copy;
}

/* Reads the decimal number of n digits at s. */
static inline int ftp_number_(const char *s, int n)
{
    int v = 0;
    int i;
    for (i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

/*
 * Reads a time-val at text[*pos] into *t and moves *pos past it; returns
 * 1, or 0 if there is none or it is not a valid time. Digits of a fraction
 * past the ninth are read and dropped.
 */
static inline int ftp_read_time_(const char *text, size_t len, size_t *pos, struct ftp_time *t)
{
    size_t p = *pos, i;
    long scale = 100000000L;
    if (len - p < 14)
        return 0;
    for (i = 0; i < 14; i++) {
        if (!ftp_is_digit_(text[p + i]))
            return 0;
    }
    t->year = ftp_number_(text + p, 4);
    t->month = ftp_number_(text + p + 4, 2);
    t->day = ftp_number_(text + p + 6, 2);
    t->hour = ftp_number_(text + p + 8, 2);
    t->minute = ftp_number_(text + p + 10, 2);
    t->second = ftp_number_(text + p + 12, 2);
    t->nanosecond = 0;
    p += 14;
    if (p + 1 < len && text[p] == '.' && ftp_is_digit_(text[p + 1])) {
        for (p++; p < len && ftp_is_digit_(text[p]); p++) {
            t->nanosecond += (text[p] - '0') * scale;
            scale /= 10;
        }
    }
    if (!ftp_time_valid_(t))
        return 0;
    *pos = p;
    return 1;
}

/*
 * Matches the n segments segs against text, of len bytes, from pos: the
 * whole template if anchored, else its core in a search. Returns 1 and
 * sets *end past the match, 0 if text does not match, or -1 if a string
 * does not fit into out.
 */
static inline int ftp_match_(const struct ftp_segment_ *segs, size_t n, const char *text,
                             size_t len, size_t pos, int anchored, struct ftp_value_ *values,
                             struct ftp_strings_ *out, size_t *end)
{
    size_t i, j, stop;
    for (i = 0; i < n; i++) {
        const struct ftp_segment_ *s = &segs[i];
        switch (s->kind) {
        case FTP_SEGMENT_LITERAL_:
            if (!ftp_has_prefix_(text + pos, s->literal))
                return 0;
            pos += ftp_length_(s->literal);
            break;
        case FTP_SEGMENT_UINT_:
            values[s->param].number = 0;
            for (j = pos; j < len && ftp_is_digit_(text[j]); j++) {
                values[s->param].number = values[s->param].number * 10 +
                    FTP_CAST_(unsigned, text[j] - '0');
                if (values[s->param].number > s->max)
                    return 0;
            }
            if (j == pos)
                return 0;
            pos = j;
            break;
        case FTP_SEGMENT_TIME_:
            if (!ftp_read_time_(text, len, &pos, &values[s->param].time))
                return 0;
            break;
        case FTP_SEGMENT_QUOTED_:
            /* Up to the first quote that is not doubled. */
            for (j = pos; j < len; j++) {
                if (text[j] == '"') {
                    if (j + 1 == len || text[j + 1] != '"')
                        break;
                    j++;
                }
            }
            if (j == len || j == pos)
                return 0;
            values[s->param].string = ftp_strings_add_(out, text + pos, j - pos, 1);
            if (values[s->param].string == NULL)
                return -1;
            pos = j;
            break;
        case FTP_SEGMENT_STRING_:
            if (i + 1 == n) {
                /* Last: the rest of the text. */
                stop = len;
            } else if (anchored && i + 2 == n) {
                /* Before the literal that ends the template: up to where it ends the text. */
                j = ftp_length_(segs[i + 1].literal);
                if (len < j || !ftp_has_prefix_(text + len - j, segs[i + 1].literal))
                    return 0;
                stop = len - j;
            } else {
                /* Up to the first occurrence of the literal after it. */
                const char *found = ftp_find_(text + pos, segs[i + 1].literal);
                if (found == NULL)
                    return 0;
                stop = pos + FTP_CAST_(size_t, found - (text + pos));
            }
            if (stop <= pos)
                return 0;
            values[s->param].string = ftp_strings_add_(out, text + pos, stop - pos, 0);
            if (values[s->param].string == NULL)
                return -1;
            pos = stop;
            break;
        default:
            return 0;
        }
    }
    *end = pos;
    return 1;
}

/*
 * Parses text with a template, segs, into values, copying strings into buf:
 * the whole text first, then, if core is not NULL, the first place in text
 * where the core matches, skipping the places right after a digit if
 * after_digit is 1 (the core starts with a number or a time, which a
 * digit before it would be part of). Returns 1, or 0 if text does not
 * match or buf is too small.
 */
static inline int ftp_template_parse_(const struct ftp_segment_ *segs, size_t n,
                                      const struct ftp_segment_ *core, size_t core_n,
                                      int after_digit, const char *text, struct ftp_value_ *values,
                                      char *buf, size_t size)
{
    struct ftp_strings_ out;
    size_t len, end, i;
    int r;
    if (text == NULL)
        return 0;
    len = ftp_length_(text);
    out.buf = buf;
    out.size = buf != NULL ? size : 0;
    out.len = 0;
    r = ftp_match_(segs, n, text, len, 0, 1, values, &out, &end);
    if (r != 0 && (r < 0 || end == len))
        return r > 0;
    if (core == NULL)
        return 0;
    for (i = 0; i < len; i++) {
        if (after_digit && i > 0 && ftp_is_digit_(text[i - 1]))
            continue;
        out.len = 0;
        r = ftp_match_(core, core_n, text, len, i, 0, values, &out, &end);
        if (r != 0)
            return r > 0;
    }
    return 0;
}

FTPCODES_DEF const char *ftp_error_name(enum ftp_error e)
{
    switch (e) {
    case FTP_ERR_MISSING_ARGUMENT: return "missing-argument";
    case FTP_ERR_UNEXPECTED_ARGUMENT: return "unexpected-argument";
    case FTP_ERR_BAD_ARGUMENT: return "bad-argument";
    case FTP_ERR_LINE_TOO_LONG: return "line-too-long";
    case FTP_ERR_BAD_CHARACTER: return "bad-character";
    case FTP_ERR_UNKNOWN_COMMAND: return "unknown-command";
    case FTP_ERR_NO_ROOM: return "no-room";
    case FTP_ERR_NOT_IPV4: return "not-ipv4";
    case FTP_ERR_BAD_FEATURE: return "bad-feature";
    case FTP_ERR_BAD_FACT: return "bad-fact";
    case FTP_ERR_BAD_PATH: return "bad-path";
    default: return NULL;
    }
}

/* Returns whether the n bytes at s hold a CR, an LF or a NUL; not for use. */
static inline bool ftp_has_line_break_(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        if (s[i] == '\r' || s[i] == '\n' || s[i] == '\0')
            return true;
    }
    return false;
}

/* Empties buf, of size bytes, and returns err; not for use. */
static inline int ftp_refuse_(char *buf, size_t size, enum ftp_error err)
{
    if (size > 0)
        buf[0] = '\0';
    return FTP_CAST_(int, err);
}

FTPCODES_DEF int ftp_command_format(char *buf, size_t size, const char *command,
                                    const struct ftp_bytes *args, size_t n)
{
    const struct ftp_command_info *c = ftp_command_lookup(command);
    size_t i, len, at;
    if (c == NULL)
        return ftp_refuse_(buf, size, FTP_ERR_UNKNOWN_COMMAND);
    if (n == 0 && c->argument == FTP_ARGUMENT_REQUIRED)
        return ftp_refuse_(buf, size, FTP_ERR_MISSING_ARGUMENT);
    if (n > 0 && c->argument == FTP_ARGUMENT_NONE)
        return ftp_refuse_(buf, size, FTP_ERR_UNEXPECTED_ARGUMENT);
    for (len = 0; c->verb[len] != '\0'; len++)
        ;
    for (i = 0; i < n; i++) {
        if (args[i].len == 0 || ftp_has_line_break_(args[i].data, args[i].len))
            return ftp_refuse_(buf, size, FTP_ERR_BAD_ARGUMENT);
        /* Stops adding once past the limit, so len cannot overflow. */
        if (len <= FTP_READ_LINE_MAX)
            len += 1 + (args[i].len <= FTP_READ_LINE_MAX ? args[i].len : FTP_READ_LINE_MAX);
    }
    if (len > FTP_READ_LINE_MAX)
        return ftp_refuse_(buf, size, FTP_ERR_LINE_TOO_LONG);
    if (size < len + 3)
        return ftp_refuse_(buf, size, FTP_ERR_NO_ROOM);
    for (at = 0; c->verb[at] != '\0'; at++)
        buf[at] = c->verb[at];
    for (i = 0; i < n; i++) {
        size_t j;
        buf[at++] = ' ';
        for (j = 0; j < args[i].len; j++)
            buf[at++] = args[i].data[j];
    }
    buf[at++] = '\r';
    buf[at++] = '\n';
    buf[at] = '\0';
    return FTP_CAST_(int, at);
}

FTPCODES_DEF int ftp_command_parse(const char *line, size_t len, struct ftp_command_line *out)
{
    size_t i;
    out->command = NULL;
    out->verb.data = line;
    out->verb.len = 0;
    out->argument.data = line;
    out->argument.len = 0;
    if (len > 0 && line[len - 1] == '\n') {
        len--;
        if (len > 0 && line[len - 1] == '\r')
            len--;
    }
    if (len > FTP_READ_LINE_MAX)
        return FTP_CAST_(int, FTP_ERR_LINE_TOO_LONG);
    if (ftp_has_line_break_(line, len))
        return FTP_CAST_(int, FTP_ERR_BAD_CHARACTER);
    for (i = 0; i < len && line[i] != ' '; i++)
        ;
    out->verb.len = i;
    if (i < len) {
        out->argument.data = line + i + 1;
        out->argument.len = len - i - 1;
    }
    out->command = ftp_command_find_(line, i);
    return 0;
}

/*
 * Reads a number of one or more digits, all of them, at s[*at], below
 * len, into *v, which is 256 for any value above 255; advances *at.
 * Returns false if no digit is there. Not for use.
 */
static inline bool ftp_byte_number_(const char *s, size_t len, size_t *at, unsigned *v)
{
    size_t i = *at;
    *v = 0;
    for (; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
        *v = *v * 10 + FTP_CAST_(unsigned, s[i] - '0');
        if (*v > 255)
            *v = 256;
    }
    if (i == *at)
        return false;
    *at = i;
    return true;
}

/*
 * Reads "N,N,N,N,N,N" at s[*at], each N a byte number, into *out, and
 * advances *at past it; returns false if it is not there. Not for use.
 */
static inline bool ftp_six_numbers_(const char *s, size_t len, size_t *at, struct ftp_address *out)
{
    unsigned v[6];
    size_t i = *at, k;
    for (k = 0; k < 6; k++) {
        if (k > 0) {
            if (i >= len || s[i] != ',')
                return false;
            i++;
        }
        if (!ftp_byte_number_(s, len, &i, &v[k]) || v[k] > 255)
            return false;
    }
    for (k = 0; k < 4; k++)
        out->host[k] = FTP_CAST_(unsigned char, v[k]);
    out->host_len = 4;
    out->port = v[4] * 256 + v[5];
    *at = i;
    return true;
}

FTPCODES_DEF bool ftp_parse_passive_address(const char *text, size_t len, struct ftp_address *out)
{
    size_t i;
    for (i = 0; i < len; i++) {
        size_t at = i;
        struct ftp_address a;
        if (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9')
            continue;
        if (ftp_six_numbers_(text, len, &at, &a)) {
            *out = a;
            return true;
        }
    }
    return false;
}

/* Sets *out to a, an IPv4-mapped IPv6 address as IPv4; not for use. */
static inline void ftp_unmap_(const struct ftp_address *a, struct ftp_address *out)
{
    static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    size_t i;
    *out = *a;
    if (a->host_len != 16)
        return;
    for (i = 0; i < 12; i++) {
        if (a->host[i] != mapped[i])
            return;
    }
    for (i = 0; i < 4; i++)
        out->host[i] = a->host[12 + i];
    out->host_len = 4;
}

FTPCODES_DEF bool ftp_passive_peer_address(const char *text, size_t len,
                                           const struct ftp_address *peer, struct ftp_address *out)
{
    struct ftp_address a;
    unsigned port;
    if (!ftp_parse_passive_address(text, len, &a))
        return false;
    port = a.port;
    ftp_unmap_(peer, out);
    out->port = port;
    return true;
}

FTPCODES_DEF bool ftp_parse_extended_passive_port(const char *text, size_t len, unsigned *port)
{
    size_t i, j, k;
    for (i = 0; i + 3 < len; i++) {
        char d = text[i + 1];
        unsigned v = 0;
        if (text[i] != '(' || d < '!' || d > '~' || text[i + 2] != d || text[i + 3] != d)
            continue;
        for (j = i + 4; j < len && text[j] != d; j++)
            ;
        if (j >= len || j + 1 >= len || text[j + 1] != ')' || j == i + 4 || j - (i + 4) > 5)
            continue;
        for (k = i + 4; k < j && text[k] >= '0' && text[k] <= '9'; k++)
            v = v * 10 + FTP_CAST_(unsigned, text[k] - '0');
        if (k < j || v > 65535)
            continue;
        *port = v;
        return true;
    }
    return false;
}

/* Writes the decimal digits of v at buf[*at], advancing *at; not for use. */
static inline void ftp_put_decimal_(char *buf, size_t *at, unsigned v)
{
    char d[10];
    size_t n = 0;
    do {
        d[n++] = FTP_CAST_(char, '0' + FTP_CAST_(int, v % 10));
        v /= 10;
    } while (v > 0);
    while (n > 0)
        buf[(*at)++] = d[--n];
}

/*
 * Copies the n bytes at tmp into buf, of size bytes, with a NUL, and
 * returns n, or FTP_ERR_NO_ROOM; not for use.
 */
static inline int ftp_put_argument_(char *buf, size_t size, const char *tmp, size_t n)
{
    size_t i;
    if (size < n + 1)
        return ftp_refuse_(buf, size, FTP_ERR_NO_ROOM);
    for (i = 0; i < n; i++)
        buf[i] = tmp[i];
    buf[n] = '\0';
    return FTP_CAST_(int, n);
}

FTPCODES_DEF int ftp_format_port_argument(char *buf, size_t size, const struct ftp_address *addr)
{
    struct ftp_address a;
    char tmp[32];
    size_t at = 0, i;
    unsigned v[6];
    ftp_unmap_(addr, &a);
    if ((a.host_len != 4 && a.host_len != 16) || a.port > 65535)
        return ftp_refuse_(buf, size, FTP_ERR_BAD_ARGUMENT);
    if (a.host_len != 4)
        return ftp_refuse_(buf, size, FTP_ERR_NOT_IPV4);
    for (i = 0; i < 4; i++)
        v[i] = a.host[i];
    v[4] = (a.port >> 8) & 255;
    v[5] = a.port & 255;
    for (i = 0; i < 6; i++) {
        if (i > 0)
            tmp[at++] = ',';
        ftp_put_decimal_(tmp, &at, v[i]);
    }
    return ftp_put_argument_(buf, size, tmp, at);
}

FTPCODES_DEF bool ftp_parse_port_argument(const char *arg, size_t len, struct ftp_address *out)
{
    size_t at = 0;
    struct ftp_address a;
    if (!ftp_six_numbers_(arg, len, &at, &a) || at != len)
        return false;
    *out = a;
    return true;
}

FTPCODES_DEF int ftp_format_lprt_argument(char *buf, size_t size, const struct ftp_address *addr)
{
    struct ftp_address a;
    char tmp[96];
    size_t at = 0, i;
    ftp_unmap_(addr, &a);
    if ((a.host_len != 4 && a.host_len != 16) || a.port > 65535)
        return ftp_refuse_(buf, size, FTP_ERR_BAD_ARGUMENT);
    ftp_put_decimal_(tmp, &at, a.host_len == 4 ? 4U : 6U);
    tmp[at++] = ',';
    ftp_put_decimal_(tmp, &at, a.host_len == 4 ? 4U : 16U);
    for (i = 0; i < (a.host_len == 4 ? 4U : 16U); i++) {
        tmp[at++] = ',';
        ftp_put_decimal_(tmp, &at, a.host[i]);
    }
    tmp[at++] = ',';
    tmp[at++] = '2';
    tmp[at++] = ',';
    ftp_put_decimal_(tmp, &at, (a.port >> 8) & 255);
    tmp[at++] = ',';
    ftp_put_decimal_(tmp, &at, a.port & 255);
    return ftp_put_argument_(buf, size, tmp, at);
}

FTPCODES_DEF bool ftp_parse_lprt_argument(const char *arg, size_t len, struct ftp_address *out)
{
    unsigned v[21];
    size_t n = 0, at = 0, hal, i;
    struct ftp_address a;
    for (;;) {
        if (n == 21 || !ftp_byte_number_(arg, len, &at, &v[n]) || v[n] > 255)
            return false;
        n++;
        if (at == len)
            break;
        if (arg[at] != ',')
            return false;
        at++;
    }
    if (n < 2 || !((v[0] == 4 && v[1] == 4) || (v[0] == 6 && v[1] == 16)))
        return false;
    hal = v[1];
    if (n != 2 + hal + 3 || v[2 + hal] != 2)
        return false;
    for (i = 0; i < hal; i++)
        a.host[i] = FTP_CAST_(unsigned char, v[2 + i]);
    a.host_len = hal;
    a.port = v[3 + hal] * 256 + v[4 + hal];
    ftp_unmap_(&a, out);
    return true;
}

FTPCODES_DEF bool ftp_parse_long_passive_address(const char *text, size_t len,
                                                 struct ftp_address *out)
{
    size_t i, j;
    for (i = 0; i < len; i++) {
        if (text[i] != '(')
            continue;
        for (j = i + 1; j < len && text[j] != ')'; j++)
            ;
        if (j == len)
            return false;
        if (ftp_parse_lprt_argument(text + i + 1, j - i - 1, out))
            return true;
    }
    return false;
}

/*
 * Reads a dotted-quad IPv4 address, all of the n bytes at s, into out:
 * four numbers separated by ".", each "0" or a digit 1 to 9 and at most
 * two more digits, up to 255. Returns false if it is not one. Not for use.
 */
static inline bool ftp_ipv4_(const char *s, size_t n, unsigned char *out)
{
    size_t i = 0, k, j;
    for (k = 0; k < 4; k++) {
        unsigned v = 0;
        if (k > 0) {
            if (i >= n || s[i] != '.')
                return false;
            i++;
        }
        for (j = i; j < n && j - i < 4 && ftp_is_digit_(s[j]); j++)
            v = v * 10 + FTP_CAST_(unsigned, s[j] - '0');
        if (j == i || j - i > 3 || (j - i > 1 && s[i] == '0') || v > 255)
            return false;
        out[k] = FTP_CAST_(unsigned char, v);
        i = j;
    }
    return i == n;
}

/* Returns the value of the hex digit c, in either case, or -1; not for use. */
static inline int ftp_hex_digit_(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/*
 * Reads the n bytes at s, groups of one to four hex digits separated by
 * single colons, into words[*count] on, as 16-bit words, at most 8 in all;
 * the last group may be a dotted quad, two words, if dotted_last. No
 * bytes are no words. Returns false if they are not so. Not for use.
 */
static inline bool ftp_ipv6_words_(const char *s, size_t n, bool dotted_last, unsigned *words,
                                   size_t *count)
{
    size_t i = 0, j, k;
    if (n == 0)
        return true;
    for (;;) {
        bool dot = false;
        unsigned v = 0;
        for (j = i; j < n && s[j] != ':'; j++) {
            if (s[j] == '.')
                dot = true;
        }
        if (dotted_last && dot && j == n) {
            unsigned char q[4];
            if (*count > 6 || !ftp_ipv4_(s + i, j - i, q))
                return false;
            words[(*count)++] = FTP_CAST_(unsigned, q[0]) << 8 | q[1];
            words[(*count)++] = FTP_CAST_(unsigned, q[2]) << 8 | q[3];
            return true;
        }
        if (j == i || j - i > 4 || *count == 8)
            return false;
        for (k = i; k < j; k++) {
            int d = ftp_hex_digit_(s[k]);
            if (d < 0)
                return false;
            v = v << 4 | FTP_CAST_(unsigned, d);
        }
        words[(*count)++] = v;
        if (j == n)
            return true;
        i = j + 1;
    }
}

/*
 * Reads an IPv6 address in a text form of RFC 4291 section 2.2, all of
 * the n bytes at s, into out: eight groups, or at most seven and one "::"
 * standing for one or more groups of zeros. Returns false if it is not
 * one. Not for use.
 */
static inline bool ftp_ipv6_(const char *s, size_t n, unsigned char *out)
{
    unsigned head[8], tail[8];
    size_t nh = 0, nt = 0, i, gap = n, k;
    for (i = 0; i + 1 < n; i++) {
        if (s[i] == ':' && s[i + 1] == ':') {
            gap = i;
            break;
        }
    }
    if (gap == n) {
        if (!ftp_ipv6_words_(s, n, true, tail, &nt) || nt != 8)
            return false;
    } else {
        for (i = gap + 2; i + 1 < n; i++) {
            if (s[i] == ':' && s[i + 1] == ':')
                return false;
        }
        if (!ftp_ipv6_words_(s, gap, false, head, &nh) ||
            !ftp_ipv6_words_(s + gap + 2, n - gap - 2, true, tail, &nt) || nh + nt > 7)
            return false;
    }
    for (k = 0; k < 8; k++) {
        unsigned w = k < nh ? head[k] : k >= 8 - nt ? tail[k - (8 - nt)] : 0;
        out[2 * k] = FTP_CAST_(unsigned char, w >> 8);
        out[2 * k + 1] = FTP_CAST_(unsigned char, w & 255);
    }
    return true;
}

/*
 * Writes the 16 bytes at b as RFC 5952 section 4's text at buf[*at],
 * advancing *at, at most 39 bytes; not for use.
 */
static inline void ftp_put_ipv6_(char *buf, size_t *at, const unsigned char *b)
{
    unsigned g[8];
    size_t i, j, best = 8, best_len = 1;
    for (i = 0; i < 8; i++)
        g[i] = FTP_CAST_(unsigned, b[2 * i]) << 8 | b[2 * i + 1];
    for (i = 0; i < 8; i = j) {
        for (j = i; j < 8 && g[j] == 0; j++)
            ;
        if (j - i > best_len) {
            best = i;
            best_len = j - i;
        }
        if (j == i)
            j++;
    }
    for (i = 0; i < 8; i++) {
        unsigned shift = 12;
        if (i == best) {
            buf[(*at)++] = ':';
            buf[(*at)++] = ':';
            i += best_len - 1;
            continue;
        }
        if (i > 0 && i != best + best_len)
            buf[(*at)++] = ':';
        while (shift > 0 && (g[i] >> shift) == 0)
            shift -= 4;
        for (;; shift -= 4) {
            buf[(*at)++] = "0123456789abcdef"[(g[i] >> shift) & 15];
            if (shift == 0)
                break;
        }
    }
}

FTPCODES_DEF int ftp_format_eprt_argument(char *buf, size_t size, const struct ftp_address *addr)
{
    struct ftp_address a;
    char tmp[64];
    size_t at = 0, i;
    ftp_unmap_(addr, &a);
    if ((a.host_len != 4 && a.host_len != 16) || a.port > 65535)
        return ftp_refuse_(buf, size, FTP_ERR_BAD_ARGUMENT);
    tmp[at++] = '|';
    tmp[at++] = a.host_len == 4 ? '1' : '2';
    tmp[at++] = '|';
    if (a.host_len == 4) {
        for (i = 0; i < 4; i++) {
            if (i > 0)
                tmp[at++] = '.';
            ftp_put_decimal_(tmp, &at, a.host[i]);
        }
    } else {
        ftp_put_ipv6_(tmp, &at, a.host);
    }
    tmp[at++] = '|';
    ftp_put_decimal_(tmp, &at, a.port);
    tmp[at++] = '|';
    return ftp_put_argument_(buf, size, tmp, at);
}

FTPCODES_DEF bool ftp_parse_eprt_argument(const char *arg, size_t len, struct ftp_address *out)
{
    size_t at[3], n = 0, i, port_len, k;
    unsigned port = 0;
    struct ftp_address a;
    char d;
    if (len < 1 || arg[0] < '!' || arg[0] > '~')
        return false;
    d = arg[0];
    for (i = 1; i < len; i++) {
        if (arg[i] == d) {
            if (n == 3)
                return false;
            at[n++] = i;
        }
    }
    /* "d P d A d T d": the third d after the first ends the argument. */
    if (n != 3 || at[2] != len - 1 || at[0] != 2)
        return false;
    if (arg[1] == '1') {
        a.host_len = 4;
        if (!ftp_ipv4_(arg + at[0] + 1, at[1] - at[0] - 1, a.host))
            return false;
    } else if (arg[1] == '2') {
        a.host_len = 16;
        if (!ftp_ipv6_(arg + at[0] + 1, at[1] - at[0] - 1, a.host))
            return false;
    } else {
        return false;
    }
    port_len = at[2] - at[1] - 1;
    if (port_len < 1 || port_len > 5)
        return false;
    for (k = at[1] + 1; k < at[2]; k++) {
        if (!ftp_is_digit_(arg[k]))
            return false;
        port = port * 10 + FTP_CAST_(unsigned, arg[k] - '0');
    }
    if (port > 65535)
        return false;
    a.port = port;
    ftp_unmap_(&a, out);
    return true;
}

/* Returns c in upper case if it is a to z, else c; not for use. */
static inline char ftp_upper_(char c)
{
    return c >= 'a' && c <= 'z' ? FTP_CAST_(char, c - ('a' - 'A')) : c;
}

/*
 * Returns whether the an bytes at a and the bn bytes at b are the same,
 * a to z the same as A to Z; not for use.
 */
static inline bool ftp_same_fold_(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i;
    if (an != bn)
        return false;
    for (i = 0; i < an; i++) {
        if (ftp_upper_(a[i]) != ftp_upper_(b[i]))
            return false;
    }
    return true;
}

/* Returns whether c is a space or a tab; not for use. */
static inline bool ftp_is_blank_(char c)
{
    return c == ' ' || c == '\t';
}

/*
 * Returns whether the n bytes at s are one or more visible ASCII
 * characters, '!' to '~' (RFC 2389's VCHAR); not for use.
 */
static inline bool ftp_vchars_(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        if (s[i] < '!' || s[i] > '~')
            return false;
    }
    return n > 0;
}

/*
 * Returns whether the n bytes at s are none, or visible ASCII characters,
 * spaces and tabs (RFC 2389's TCHAR) neither starting nor ending with a
 * space or tab; not for use.
 */
static inline bool ftp_tchars_(const char *s, size_t n)
{
    size_t i;
    if (n == 0)
        return true;
    if (ftp_is_blank_(s[0]) || ftp_is_blank_(s[n - 1]))
        return false;
    for (i = 0; i < n; i++) {
        if ((s[i] < '!' || s[i] > '~') && !ftp_is_blank_(s[i]))
            return false;
    }
    return true;
}

/* Writes the n bytes at s; not for use. */
static inline void ftp_write_bytes_(struct ftp_writer_ *w, const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n && !w->bad; i++)
        ftp_write_byte_(w, s[i]);
}

/* Ends a text whose values were checked: its length, or FTP_ERR_NO_ROOM. */
static inline int ftp_writer_end_(struct ftp_writer_ *w)
{
    int n = ftp_writer_finish_(w);
    return n < 0 ? FTP_CAST_(int, FTP_ERR_NO_ROOM) : n;
}

FTPCODES_DEF int ftp_parse_features(const char *text, size_t len, struct ftp_feature *features,
                                    size_t max, char *names, size_t names_size)
{
    size_t i = 0, end, count = 0, used = 0, k;
    while (i < len && text[i] != '\n')
        i++;
    /* Each line that an LF ends after the first is a feature's. */
    for (i++; i < len; i = end + 1) {
        size_t a = i, b, label;
        for (end = i; end < len && text[end] != '\n'; end++)
            ;
        if (end == len)
            break;
        b = end;
        while (a < b && ftp_is_blank_(text[a]))
            a++;
        while (b > a && ftp_is_blank_(text[b - 1]))
            b--;
        if (a == b)
            continue;
        for (label = a; label < b && !ftp_is_blank_(text[label]); label++)
            ;
        if (names == NULL || count == max || count == INT_MAX || names_size - used < label - a + 1)
            return FTP_CAST_(int, FTP_ERR_NO_ROOM);
        for (k = a; k < label; k++)
            names[used + k - a] = ftp_upper_(text[k]);
        names[used + label - a] = '\0';
        features[count].name.data = names + used;
        features[count].name.len = label - a;
        used += label - a + 1;
        while (label < b && ftp_is_blank_(text[label]))
            label++;
        features[count].params.data = text + label;
        features[count].params.len = b - label;
        count++;
    }
    return FTP_CAST_(int, count);
}

FTPCODES_DEF const struct ftp_feature *ftp_find_feature(const struct ftp_feature *features,
                                                        size_t n, const char *name)
{
    size_t i;
    if (name == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        if (ftp_same_fold_(features[i].name.data, features[i].name.len, name, ftp_length_(name)))
            return &features[i];
    }
    return NULL;
}

FTPCODES_DEF int ftp_format_features(char *buf, size_t size, const struct ftp_feature *features,
                                     size_t n)
{
    struct ftp_writer_ w;
    size_t i;
    for (i = 0; i < n; i++) {
        if (!ftp_vchars_(features[i].name.data, features[i].name.len) ||
            !ftp_tchars_(features[i].params.data, features[i].params.len))
            return ftp_refuse_(buf, size, FTP_ERR_BAD_FEATURE);
    }
    ftp_writer_start_(&w, buf, size);
    if (n == 0) {
        /* RFC 2389 section 3.2: no-features = "211" SP *TCHAR CRLF. */
        ftp_write_text_(&w, "211 \r\n");
        return ftp_writer_end_(&w);
    }
    /* The text of the table's 211 for FEAT, RFC 2389's example. */
    ftp_write_text_(&w, "211-Extensions supported:\r\n");
    for (i = 0; i < n; i++) {
        ftp_write_byte_(&w, ' ');
        ftp_write_bytes_(&w, features[i].name.data, features[i].name.len);
        if (features[i].params.len > 0) {
            ftp_write_byte_(&w, ' ');
            ftp_write_bytes_(&w, features[i].params.data, features[i].params.len);
        }
        ftp_write_text_(&w, "\r\n");
    }
    ftp_write_text_(&w, "211 End\r\n");
    return ftp_writer_end_(&w);
}

FTPCODES_DEF int ftp_format_opts_argument(char *buf, size_t size, const char *name, size_t name_len,
                                          const char *options, size_t options_len)
{
    struct ftp_writer_ w;
    if (!ftp_vchars_(name, name_len) || !ftp_tchars_(options, options_len))
        return ftp_refuse_(buf, size, FTP_ERR_BAD_ARGUMENT);
    ftp_writer_start_(&w, buf, size);
    ftp_write_bytes_(&w, name, name_len);
    if (options_len > 0) {
        ftp_write_byte_(&w, ' ');
        ftp_write_bytes_(&w, options, options_len);
    }
    return ftp_writer_end_(&w);
}

FTPCODES_DEF int ftp_parse_opts_argument(const char *arg, size_t len, char *name, size_t name_size,
                                         struct ftp_bytes *options)
{
    size_t n, i;
    for (n = 0; n < len && arg[n] != ' '; n++)
        ;
    if (n == 0)
        return 0;
    if (name == NULL || name_size <= n || n > INT_MAX)
        return ftp_refuse_(name, name != NULL ? name_size : 0, FTP_ERR_NO_ROOM);
    for (i = 0; i < n; i++)
        name[i] = ftp_upper_(arg[i]);
    name[n] = '\0';
    options->data = n < len ? arg + n + 1 : arg + n;
    options->len = n < len ? len - n - 1 : 0;
    return FTP_CAST_(int, n);
}

/* Returns the fact named by the n bytes at name, in any case, or NULL; not for use. */
static inline const struct ftp_fact_info *ftp_fact_find_(const char *name, size_t n)
{
    const struct ftp_fact_info *f;
    size_t i;
    for (i = 0; (f = ftp_fact_at(i)) != NULL; i++) {
        if (ftp_same_fold_(f->name, ftp_length_(f->name), name, n))
            return f;
    }
    return NULL;
}

FTPCODES_DEF const struct ftp_fact_info *ftp_fact_lookup(const char *name)
{
    return name != NULL ? ftp_fact_find_(name, ftp_length_(name)) : NULL;
}

FTPCODES_DEF bool ftp_parse_entry(const char *line, size_t len, struct ftp_entry *out)
{
    size_t sp = len, i, start;
    bool named = false;
    for (i = 0; i < len; i++) {
        if (line[i] == '\n')
            return false;
        if (line[i] == ' ' && sp == len)
            sp = i;
    }
    if (sp == len)
        return false;
    if (sp > 0 && line[sp - 1] != ';')
        return false;
    /* Each fact is a name, "=" and a value, ended by ";". */
    for (start = 0, i = 0; i < sp; i++) {
        if (line[i] == ';') {
            if (!named)
                return false;
            start = i + 1;
            named = false;
        } else if (line[i] == '=' && !named) {
            if (i == start)
                return false;
            named = true;
        }
    }
    out->facts.data = line;
    out->facts.len = sp;
    out->path.data = line + sp + 1;
    out->path.len = len - sp - 1;
    return true;
}

FTPCODES_DEF bool ftp_entry_next_fact(const struct ftp_entry *entry, size_t *pos,
                                      struct ftp_fact_value *out)
{
    const char *s = entry->facts.data;
    size_t n = entry->facts.len, i = *pos, eq, end;
    if (i >= n)
        return false;
    for (end = i; end < n && s[end] != ';'; end++)
        ;
    for (eq = i; eq < end && s[eq] != '='; eq++)
        ;
    out->fact = ftp_fact_find_(s + i, eq - i);
    out->name.data = out->fact != NULL ? out->fact->name : s + i;
    out->name.len = out->fact != NULL ? ftp_length_(out->fact->name) : eq - i;
    out->value.data = s + (eq < end ? eq + 1 : end);
    out->value.len = eq < end ? end - eq - 1 : 0;
    *pos = end + 1;
    return true;
}

FTPCODES_DEF bool ftp_entry_fact(const struct ftp_entry *entry, const char *name,
                                 struct ftp_fact_value *out)
{
    struct ftp_fact_value f;
    size_t at = 0;
    if (name == NULL)
        return false;
    while (ftp_entry_next_fact(entry, &at, &f)) {
        if (ftp_same_fold_(f.name.data, f.name.len, name, ftp_length_(name))) {
            *out = f;
            return true;
        }
    }
    return false;
}

/*
 * Reads the n bytes at value as a value of type: a uint, up to 2^53 - 1,
 * the largest integer a double, and so every language of this package,
 * holds exactly, into *number; a time into *when; a string is any.
 * Returns false if it is not of its type. Not for use.
 */
static inline bool ftp_typed_(enum ftp_value_type type, const char *value, size_t n,
                              unsigned long long *number, struct ftp_time *when)
{
    static const unsigned long long max = 9007199254740991ULL;
    size_t i, at = 0;
    unsigned long long v = 0;
    struct ftp_time t;
    switch (type) {
    case FTP_VALUE_UINT:
        for (i = 0; i < n; i++) {
            if (!ftp_is_digit_(value[i]))
                return false;
            v = v * 10 + FTP_CAST_(unsigned, value[i] - '0');
            if (v > max)
                return false;
        }
        if (n == 0)
            return false;
        *number = v;
        return true;
    case FTP_VALUE_TIME:
        if (!ftp_read_time_(value, n, &at, &t) || at != n)
            return false;
        *when = t;
        return true;
    case FTP_VALUE_STRING:
        return true;
    default:
        return false;
    }
}

FTPCODES_DEF bool ftp_fact_uint(const struct ftp_fact_value *f, unsigned long long *out)
{
    struct ftp_time t;
    return f->fact != NULL && f->fact->type == FTP_VALUE_UINT &&
        ftp_typed_(FTP_VALUE_UINT, f->value.data, f->value.len, out, &t);
}

FTPCODES_DEF bool ftp_fact_time(const struct ftp_fact_value *f, struct ftp_time *out)
{
    unsigned long long n;
    return f->fact != NULL && f->fact->type == FTP_VALUE_TIME &&
        ftp_typed_(FTP_VALUE_TIME, f->value.data, f->value.len, &n, out);
}

FTPCODES_DEF int ftp_format_entry(char *buf, size_t size, const char *path, size_t path_len,
                                  const struct ftp_fact_value *facts, size_t n)
{
    struct ftp_writer_ w;
    size_t i, k;
    for (i = 0; i < n; i++) {
        const struct ftp_fact_value *f = &facts[i];
        const struct ftp_fact_info *known = ftp_fact_find_(f->name.data, f->name.len);
        unsigned long long number;
        struct ftp_time when;
        if (!ftp_vchars_(f->name.data, f->name.len))
            return ftp_refuse_(buf, size, FTP_ERR_BAD_FACT);
        for (k = 0; k < f->name.len; k++) {
            if (f->name.data[k] == '=' || f->name.data[k] == ';')
                return ftp_refuse_(buf, size, FTP_ERR_BAD_FACT);
        }
        for (k = 0; k < f->value.len; k++) {
            if (f->value.data[k] == ';' || f->value.data[k] == ' ' || f->value.data[k] == '\0')
                return ftp_refuse_(buf, size, FTP_ERR_BAD_FACT);
        }
        if (ftp_has_line_break_(f->value.data, f->value.len) ||
            (known != NULL &&
             !ftp_typed_(known->type, f->value.data, f->value.len, &number, &when)))
            return ftp_refuse_(buf, size, FTP_ERR_BAD_FACT);
    }
    if (ftp_has_line_break_(path, path_len))
        return ftp_refuse_(buf, size, FTP_ERR_BAD_PATH);
    ftp_writer_start_(&w, buf, size);
    for (i = 0; i < n; i++) {
        ftp_write_bytes_(&w, facts[i].name.data, facts[i].name.len);
        ftp_write_byte_(&w, '=');
        ftp_write_bytes_(&w, facts[i].value.data, facts[i].value.len);
        ftp_write_byte_(&w, ';');
    }
    ftp_write_byte_(&w, ' ');
    ftp_write_bytes_(&w, path, path_len);
    return ftp_writer_end_(&w);
}
