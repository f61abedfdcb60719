"""Runs each lesson program built against this checkout's runtime (WORK/new/NAME) and main's
(WORK/main/NAME) REPEATS times, interleaved, in a scratch folder each (programs write their figures
there). Prints per run wall and CPU seconds and the load average, then medians and ratios this/main.
Fails when the two builds of a program print different bytes, unless main's build itself prints
different bytes from run to run (a lesson that prints timings; needs REPEATS >= 2 to tell).
Usage: measure.py WORK REPEATS LESSON.md ..."""

import os
import resource
import statistics
import subprocess
import sys
import time


def run(executable, folder):
    """Wall seconds, CPU seconds (user + system, with the program's threads) and stdout."""
    os.makedirs(folder, exist_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    result = subprocess.run([executable], cwd=folder, capture_output=True, check=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.stdout


def main():
    work, repeats, lessons = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    names = [os.path.basename(lesson)[: -len(".md")] for lesson in lessons]
    times = {(name, side): ([], []) for name in names for side in ("new", "main")}
    outputs = {(name, side): set() for name in names for side in ("new", "main")}
    print(f"{'program':<24} {'run':>3} {'load':>5}  {'this wall/cpu s':>16}  {'main wall/cpu s':>16}")
    for repeat in range(repeats):
        for name in names:
            load = os.getloadavg()[0]
            for side in ("new", "main"):
                wall, cpu, out = run(f"{work}/{side}/{name}", f"{work}/scratch-{side}")
                times[(name, side)][0].append(wall)
                times[(name, side)][1].append(cpu)
                outputs[(name, side)].add(out)
            new, old = times[(name, "new")], times[(name, "main")]
            print(
                f"{name:<24} {repeat + 1:>3} {load:>5.1f}  {new[0][-1]:>7.2f} / {new[1][-1]:>6.2f}"
                f"  {old[0][-1]:>7.2f} / {old[1][-1]:>6.2f}"
            )
    print(f"\n{'medians':<24} {'this wall/cpu s':>16}  {'main wall/cpu s':>16}  ratio wall / cpu")
    totals = {"new": [0.0, 0.0], "main": [0.0, 0.0]}
    for name in names:
        row = {}
        for side in ("new", "main"):
            wall, cpu = (statistics.median(v) for v in times[(name, side)])
            row[side] = (wall, cpu)
            totals[side][0] += wall
            totals[side][1] += cpu
        (nw, nc), (mw, mc) = row["new"], row["main"]
        print(f"{name:<24} {nw:>7.2f} / {nc:>6.2f}  {mw:>7.2f} / {mc:>6.2f}  {nw / mw:>5.2f} / {nc / mc:.2f}")
    (nw, nc), (mw, mc) = totals["new"], totals["main"]
    print(f"{'sum of medians':<24} {nw:>7.2f} / {nc:>6.2f}  {mw:>7.2f} / {mc:>6.2f}  {nw / mw:>5.2f} / {nc / mc:.2f}")
    for name in names:
        new, old = outputs[(name, "new")], outputs[(name, "main")]
        if len(old) > 1:
            print(f"{name}: main's build prints different output from run to run (timings): not compared")
        elif new != old:
            sys.exit(f"{name}: this checkout's runtime prints different output than main's")
        else:
            print(f"{name}: output identical")


if __name__ == "__main__":
    main()
