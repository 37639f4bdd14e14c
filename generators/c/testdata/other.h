/*
 * The second translation unit of the round-trip test: it defines
 * FTPCODES_IMPLEMENTATION and includes ftpcodes.h, and roundtrip.c
 * includes it without the macro, so linking the two shows that the header
 * can be included in many units of one program, with one copy of the
 * tables: the records other_reply_at and other_command_at return are the
 * ones roundtrip.c gets.
 */
#ifndef OTHER_H
#define OTHER_H

#include "ftpcodes.h"

const struct ftp_reply_info *other_reply_at(size_t i);
const struct ftp_command_info *other_command_at(size_t i);

int other_known_count(void);
const char *other_text(int code);
const char *other_command_verb(const char *verb);
bool other_is_expected_reply(const char *command, int code);

#endif
