/*
 * The second translation unit of the round-trip test: it includes
 * ftpcodes.h as well, so linking it with roundtrip.c shows that the header
 * can be included in many units of one program.
 */
#ifndef OTHER_H
#define OTHER_H

int other_known_count(void);
const char *other_text(int code);
const char *other_command_verb(const char *verb);
int other_is_expected_reply(const char *command, int code);

#endif
