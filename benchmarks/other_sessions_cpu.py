"""How many cores other sessions' processes use, sampled from /proc: is the machine quiet enough to time?

The kernel may schedule by session (``/proc/sys/kernel/sched_autogroup_enabled`` = 1): ``nice`` then orders
processes only within one session, and another session's jobs, niced or not, take an equal share of the
cores. The load average cannot tell such jobs from this session's own niced ones; this can. Every process's CPU
time (``/proc/PID/stat``) is read twice, ``--seconds`` apart, and summed per autogroup (``/proc/PID/autogroup``);
this process's own session is reported apart.

    python benchmarks/other_sessions_cpu.py --seconds 10            # one line: cores used by mine / others
    python benchmarks/other_sessions_cpu.py --wait-below 0.15       # return once others used < 0.15 cores
"""

from __future__ import annotations

import argparse
import os
import sys
import time


def _snapshot() -> dict[str, tuple[str, int]]:
    out = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/autogroup") as handle:
                group = (handle.read().split() or ["?"])[0]
            with open(f"/proc/{pid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[pid] = (group, int(fields[11]) + int(fields[12]))
    return out


def cores(seconds: float) -> tuple[float, dict[str, float]]:
    """Cores used over ``seconds`` by this session, and by each other autogroup."""
    with open("/proc/self/autogroup") as handle:
        mine = handle.read().split()[0]
    before = _snapshot()
    time.sleep(seconds)
    after = _snapshot()
    tick = os.sysconf("SC_CLK_TCK")
    own, others = 0.0, {}
    for pid, (group, ticks) in after.items():
        used = (ticks - before.get(pid, (group, ticks))[1]) / tick / seconds
        if group == mine:
            own += used
        else:
            others[group] = others.get(group, 0.0) + used
    return own, others


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="sampling interval (default 10)")
    parser.add_argument("--wait-below", type=float, help="sample until other sessions use fewer cores than this")
    args = parser.parse_args(argv)
    while True:
        own, others = cores(args.seconds)
        total = sum(others.values())
        busy = {g: round(c, 2) for g, c in others.items() if c >= 0.05}
        print(f"{time.strftime('%H:%M:%S', time.gmtime())} cores used: this session {own:.2f}, "
              f"other sessions {total:.2f} {busy or ''}", flush=True)
        if args.wait_below is None or total < args.wait_below:
            return 0


if __name__ == "__main__":
    sys.exit(main())
