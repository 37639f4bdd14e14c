"""Lookup speed of the generated Python module against the tables a Python
programmer already has: http.HTTPStatus and a dict. Run by
internal/bench/cmd/benchproc (make bench):

    python3 lookup.py DIR_OF_FTPCODES_PY mix.txt http-mix.txt

Prints one line per contender: "group: contender<TAB>ns per lookup" in each
of 9 rounds of timeit repeats taken in turn with the other contenders'
(space-separated), the generated function first in each group. A lookup includes the loop that
drives it, the same for every contender.
"""

import http
import sys
import time
import timeit
from typing import Callable, List, Optional

sys.path.insert(0, sys.argv[1])
import ftpcodes  # noqa: E402  (found through the path above)


def read(path: str) -> List[int]:
    with open(path) as f:
        return [int(line) for line in f if line.strip()]


mix = read(sys.argv[2])
http_mix = read(sys.argv[3])

# The hand-written table: a dict from code to text.
text_dict = {int(r): ftpcodes.reply_text(int(r)) for r in ftpcodes.FTPReply}


def http_phrase(code: int) -> Optional[str]:
    """What a caller of http.HTTPStatus writes: unknown codes raise."""
    try:
        return http.HTTPStatus(code).phrase
    except ValueError:
        return None


def inline_class(code: int) -> Optional[int]:
    return code // 100 if 100 <= code <= 999 else None


reply_text = ftpcodes.reply_text
reply_class = ftpcodes.reply_class
get = text_dict.get


def loop(f: Callable[[int], object], codes: List[int]) -> Callable[[], None]:
    def run() -> None:
        for c in codes:
            f(c)

    return run


contenders = [
    ("text: reply_text", loop(reply_text, mix), len(mix)),
    ("text: dict.get", loop(get, mix), len(mix)),
    ("text: http.HTTPStatus(code).phrase", loop(http_phrase, mix), len(mix)),
    ("text: http.HTTPStatus(code).phrase, HTTP stream", loop(http_phrase, http_mix), len(http_mix)),
    ("class: reply_class", loop(reply_class, mix), len(mix)),
    ("class: inline arithmetic", loop(inline_class, mix), len(mix)),
]

# Calibrate every contender to about 50 ms a repeat, then time the repeats
# in turn, one of each contender per round, so that a burst of other work on
# the machine slows every contender alike instead of one.
timers = []
for name, run, n in contenders:
    # The thread's CPU time, not the wall clock: on a machine shared with
    # other work, time spent waiting for a CPU is not the lookup's.
    timer = timeit.Timer(run, timer=time.thread_time)
    number, _ = timer.autorange()  # at least 0.2 s
    timers.append((timer, max(1, number // 4)))
times: List[List[float]] = [[] for _ in contenders]
for _ in range(9):
    for i, (timer, number) in enumerate(timers):
        times[i].append(timer.timeit(number=number) / number)
for (name, _, n), t in zip(contenders, times):
    print(name + "\t" + " ".join(f"{x / n * 1e9:.3f}" for x in t), flush=True)
