/*
 * The commands of the test program, each in a file of its own:
 * roundtrip.c's and vectors.c's. driver.c calls them with the program's
 * arguments after the command's name.
 */
#ifndef DRIVER_H
#define DRIVER_H

int roundtrip_main(int argc, char **argv);
int vectors_main(int argc, char **argv);

#endif
