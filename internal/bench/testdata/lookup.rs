//! Lookup speed of the generated Rust crate against the tables a Rust
//! programmer writes by hand: a `match` and a `HashMap`. Run by
//! internal/bench/cmd/benchproc (make bench), which writes `table.rs` beside
//! this file (`hand_match` and `TABLE`, the codes and texts of the same
//! table) and builds it with `rustc -O` against the generated crate:
//!
//!     lookup mix.txt
//!
//! Prints one line per contender: "group: contender<TAB>ns per lookup" in
//! each of 9 rounds that time every contender in turn (space-separated), the
//! generated function first in each group. A lookup includes the loop that
//! drives it, the same for every contender.

use std::collections::HashMap;
use std::hint::black_box;

include!("table.rs");

const ROUNDS: usize = 9;

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

extern "C" {
    fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
}

const CLOCK_THREAD_CPUTIME_ID: i32 = 3; // Linux

/// The thread's CPU time in nanoseconds, not the wall clock: on a machine
/// shared with other work, time spent waiting for a CPU is not the
/// lookup's.
fn cpu_ns() -> f64 {
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: ts is a valid timespec for clock_gettime to fill in.
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime");
    ts.tv_sec as f64 * 1e9 + ts.tv_nsec as f64
}

type Pass<'a> = Box<dyn Fn(&[u32]) -> usize + 'a>;

fn read(path: &str) -> Vec<u32> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.split_whitespace()
        .map(|w| w.parse().unwrap_or_else(|e| panic!("{path}: {w}: {e}")))
        .collect()
}

/// Passes over the stream for about 20 ms.
fn calibrate(pass: &Pass, codes: &[u32]) -> u32 {
    let mut passes = 1;
    loop {
        let t0 = cpu_ns();
        for _ in 0..passes {
            black_box(pass(black_box(codes)));
        }
        if cpu_ns() - t0 > 20e6 {
            return passes;
        }
        passes *= 2;
    }
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: lookup mix.txt");
    let mix = read(&path);
    let map: HashMap<u32, &'static str> = TABLE.iter().copied().collect();
    let contenders: Vec<(&str, Pass)> = vec![
        (
            "text: reply_text",
            Box::new(|codes: &[u32]| codes.iter().map(|&c| ftpcodes::reply_text(c).map_or(0, str::len)).sum()),
        ),
        (
            "text: hand-written match",
            Box::new(|codes: &[u32]| codes.iter().map(|&c| hand_match(c).map_or(0, str::len)).sum()),
        ),
        (
            "text: HashMap<u32, &str> (std hasher)",
            Box::new(|codes: &[u32]| codes.iter().map(|c| map.get(c).map_or(0, |t| t.len())).sum()),
        ),
        (
            "text: lookup(code), then .meaning.text",
            Box::new(|codes: &[u32]| codes.iter().map(|&c| ftpcodes::lookup(c).map_or(0, |r| r.meaning.text.len())).sum()),
        ),
    ];
    for (_, pass) in &contenders {
        calibrate(pass, &mix); // warm up
    }
    let passes: Vec<u32> = contenders.iter().map(|(_, pass)| calibrate(pass, &mix)).collect();
    // One timing of each contender per round, so that a burst of other work
    // on the machine slows every contender alike.
    let mut times = vec![Vec::with_capacity(ROUNDS); contenders.len()];
    for _ in 0..ROUNDS {
        for (i, (_, pass)) in contenders.iter().enumerate() {
            let t0 = cpu_ns();
            for _ in 0..passes[i] {
                black_box(pass(black_box(&mix)));
            }
            let ns = (cpu_ns() - t0) / (f64::from(passes[i]) * mix.len() as f64);
            times[i].push(format!("{ns:.3}"));
        }
    }
    for ((name, _), t) in contenders.iter().zip(&times) {
        println!("{name}\t{}", t.join(" "));
    }
}
