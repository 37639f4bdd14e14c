/*
 * The second translation unit; see other.h. It holds the header's
 * implementation, which roundtrip.c only declares.
 */
#define FTPCODES_IMPLEMENTATION
#include "ftpcodes.h"
#include "other.h"

/* Returns ftp_reply_at(i) as this unit has it. */
const struct ftp_reply_info *other_reply_at(size_t i)
{
    return ftp_reply_at(i);
}

/* Returns ftp_command_at(i) as this unit has it. */
const struct ftp_command_info *other_command_at(size_t i)
{
    return ftp_command_at(i);
}

/* Counts the known codes by asking about every code a table may hold. */
int other_known_count(void)
{
    int n = 0;
    int code;
    for (code = 0; code <= 99999; code++) {
        if (ftp_reply_is_known(code))
            n++;
    }
    return n;
}

/* Returns the text of code as this unit's copy of the table has it. */
const char *other_text(int code)
{
    return ftp_reply_text(code);
}

/* Returns the verb of the command verb finds in this unit, or NULL. */
const char *other_command_verb(const char *verb)
{
    const struct ftp_command_info *c = ftp_command_lookup(verb);
    return c != NULL ? c->verb : NULL;
}

/* Returns ftp_is_expected_reply(command, code) as this unit answers it. */
bool other_is_expected_reply(const char *command, int code)
{
    return ftp_is_expected_reply(command, code);
}
