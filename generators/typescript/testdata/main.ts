// Runs the test programs for one table in one node process, in order, each
// after a line "=== NAME" that the Go test splits the output at: the
// round trip, the commands, the vectors (of the file named by the first
// argument, which vectors.ts reads) and the replies' checks.

export {};

for (const name of ["roundtrip", "commands", "vectors", "replies"]) {
  console.log(`=== ${name}`);
  await import(`./${name}.js`);
}
