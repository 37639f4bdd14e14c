/* The second translation unit; see other.h. */
#include "ftpcodes.h"
#include "other.h"

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
