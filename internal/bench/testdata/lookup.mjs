// Lookup speed of the generated TypeScript module, compiled to JavaScript,
// against the tables a Node.js programmer would write by hand. Run by
// internal/bench/cmd/benchproc (make bench):
//
//   node lookup.mjs path/to/ftpcodes.js mix.txt http-mix.txt
//
// Prints one line per contender: "group: contender<TAB>ns per lookup" in
// each of 9 rounds that time every contender in turn (space-separated), the
// generated function first in each group.

import { readFileSync } from "node:fs";
import { STATUS_CODES } from "node:http";
import { pathToFileURL } from "node:url";

const [modPath, mixPath, httpMixPath] = process.argv.slice(2);
const ftp = await import(pathToFileURL(modPath).href);
const read = (p) => Int32Array.from(readFileSync(p, "utf8").trim().split("\n").map(Number));
const mix = read(mixPath);
const httpMix = read(httpMixPath);

// The hand-written tables: a Map and a plain object, code -> text.
const textMap = new Map(ftp.allReplies().map((r) => [r.code, r.text]));
const textObject = Object.fromEntries(ftp.allReplies().map((r) => [r.code, r.text]));

// One function per contender, so that every call site stays monomorphic.
// Each returns a checksum so that nothing is optimised away.
const contenders = [
  ["text: replyText", (codes) => { let n = 0; for (let i = 0; i < codes.length; i++) n += ftp.replyText(codes[i])?.length ?? 0; return n; }, mix],
  ["text: Map.get", (codes) => { let n = 0; for (let i = 0; i < codes.length; i++) n += textMap.get(codes[i])?.length ?? 0; return n; }, mix],
  ["text: object[code]", (codes) => { let n = 0; for (let i = 0; i < codes.length; i++) n += textObject[codes[i]]?.length ?? 0; return n; }, mix],
  ["text: http.STATUS_CODES[code]", (codes) => { let n = 0; for (let i = 0; i < codes.length; i++) n += STATUS_CODES[codes[i]]?.length ?? 0; return n; }, mix],
  ["text: http.STATUS_CODES[code], HTTP stream", (codes) => { let n = 0; for (let i = 0; i < codes.length; i++) n += STATUS_CODES[codes[i]]?.length ?? 0; return n; }, httpMix],
  ["class: replyClass", (codes) => { let n = 0; for (let i = 0; i < codes.length; i++) n += ftp.replyClass(codes[i]) === undefined ? 0 : 1; return n; }, mix],
  ["class: inline arithmetic", (codes) => { let n = 0; for (let i = 0; i < codes.length; i++) { const c = codes[i]; if (c >= 100 && c <= 999) n += Math.trunc(c / 100); } return n; }, mix],
];

let sink = 0;

// The process's CPU time in nanoseconds (microsecond resolution), not the
// wall clock: on a machine shared with other work, time spent waiting for a
// CPU is not the lookup's. Node.js 20 has no per-thread figure; after the
// warm-up its other threads are idle.
function cpuNs() {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

// Calibrate: enough passes over the stream for about 20 ms.
function calibrate(fn, codes) {
  let passes = 1;
  for (;;) {
    const t0 = cpuNs();
    for (let p = 0; p < passes; p++) sink += fn(codes);
    if (cpuNs() - t0 > 20e6) return passes;
    passes *= 2;
  }
}

for (const [, fn, codes] of contenders) calibrate(fn, codes); // warm up every JIT tier
const passes = contenders.map(([, fn, codes]) => calibrate(fn, codes));
// Nine rounds, one timing of each contender per round, so that a burst of
// other work on the machine slows every contender alike.
const times = contenders.map(() => []);
for (let r = 0; r < 9; r++) {
  contenders.forEach(([, fn, codes], i) => {
    const t0 = cpuNs();
    for (let p = 0; p < passes[i]; p++) sink += fn(codes);
    times[i].push((cpuNs() - t0) / (passes[i] * codes.length));
  });
}
contenders.forEach(([name], i) => {
  process.stdout.write(`${name}\t${times[i].map((t) => t.toFixed(3)).join(" ")}\n`);
});
if (sink === 0.5) process.stdout.write("impossible\n");
