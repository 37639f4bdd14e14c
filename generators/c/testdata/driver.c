/*
 * The test program of the generated ftpcodes.h, built by the Go test once
 * for each table and each way of compiling it, from four files: this one,
 * roundtrip.c and vectors.c, which include the header's declarations, and
 * other.c, which defines FTPCODES_IMPLEMENTATION.
 *
 *   driver roundtrip SECTION...  roundtrip.c's checks and dumps
 *   driver vectors FILE|check    vectors.c's vectors and checks
 */
#include <stdio.h>
#include <string.h>

#include "driver.h"

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "roundtrip") == 0)
        return roundtrip_main(argc - 1, argv + 1);
    if (argc >= 2 && strcmp(argv[1], "vectors") == 0)
        return vectors_main(argc - 1, argv + 1);
    fprintf(stderr, "usage: driver roundtrip SECTION... | driver vectors FILE|check\n");
    return 2;
}
