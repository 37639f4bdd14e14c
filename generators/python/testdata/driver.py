"""Run every test program on one generated ftpcodes.py, in one interpreter.

Run in the directory that holds ftpcodes.py, dispatch.py and the programs:

    python3 driver.py JOBS

reads the file JOBS, one job a line: a program (roundtrip, vectors or
replies) and its arguments, separated by spaces, as each program's own
command line takes them. It prints, for each job in order, a line
"=== PROGRAM" and what the program printed. A failure ends the run with a
traceback or the program's exit status, as the program alone would.
"""

from __future__ import annotations

import contextlib
import io
import sys
from typing import Callable, Dict, List

import replies
import roundtrip
import vectors

PROGRAMS: Dict[str, Callable[[List[str]], None]] = {
    "roundtrip": roundtrip.main,
    "vectors": lambda args: vectors.main(args[0]),
    "replies": lambda args: replies.main(),
}


def main(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        jobs = [line.split(" ") for line in f.read().split("\n") if line]
    for program, *args in jobs:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            PROGRAMS[program](args)
        sys.stdout.write(f"=== {program}\n{out.getvalue()}")


if __name__ == "__main__":
    main(sys.argv[1])
