#!/usr/bin/env python3
"""Lists the functions a dashboard session runs, for the linker to put together.

    python3 bench/hot-code.py [--binary PATH] [--sizes small,large]

Runs the release binary (unstripped: bench/build.sh's) under valgrind's
callgrind in a 100×30 pseudo-terminal, on the benchmark's data, through the
keys bench/run.py measures (first frame, view switches, row and page moves
with the detail pane catching up, searches), and writes the functions it ran
that the binary defines to Sources/granska/hot-functions.txt, one symbol a
line. Package.swift hands that file to lld (--symbol-ordering-file), which
places them first in .text, side by side. The kernel maps a binary's pages
64 KB around each one touched (fault-around), so where the 1.4 MB of code a
session runs was spread over 240 such windows of the 30 MB of .text, it is
now a few. A function missing from the list (new code) is only placed
elsewhere: run this again after larger changes. Needs valgrind and the
benchmark's data (bench/run.py generates it).
"""

import argparse
import collections
import fcntl
import glob
import os
import re
import select
import shutil
import struct
import subprocess
import tempfile
import termios
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
OUT = os.path.join(REPO, "Sources", "granska", "hot-functions.txt")
PGDN = b"\x1b[6~"
SLOW = 10  # callgrind runs code about this many times slower


def session(binary, db, work):
    """The dashboard under callgrind, through the benchmark's keys; returns callgrind's files."""
    run_dir = tempfile.mkdtemp(dir=work)
    copy = os.path.join(run_dir, "granska.sqlite")
    shutil.copyfile(db, copy)
    out = os.path.join(work, "callgrind.out")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GRANSKA_", "LC_", "XDG_"))}
    env.update(TERM="xterm-256color", LANG="C.UTF-8", HOME=work, XDG_DATA_HOME=work,
               XDG_CONFIG_HOME=work, XDG_CACHE_HOME=work)
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))

    def child_setup():
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(
        ["valgrind", "--tool=callgrind", "--demangle=no", f"--callgrind-out-file={out}",
         binary, "--db", copy],
        stdin=slave, stdout=slave, stderr=slave, env=env, cwd=run_dir,
        preexec_fn=child_setup, close_fds=True)
    os.close(slave)

    def wait(seconds):
        end = time.time() + seconds * SLOW
        while time.time() < end:
            if select.select([master], [], [], 0.05)[0]:
                try:
                    os.read(master, 65536)
                except OSError:
                    return

    def keys(*sequence, pause=0.1):
        for key in sequence:
            os.write(master, key)
            wait(pause)

    wait(3)  # the first frame
    keys(*[b"2", b"3", b"4", b"5", b"1"] * 2, pause=0.2)
    keys(b"3", b"g")
    keys(*[b"j"] * 20, pause=0.03)
    keys(*[b"j"] * 10, pause=0.25)  # the detail pane catches up at a pause
    keys(b"g", *[PGDN] * 10)
    for word in (b"riskanalys", b"leverant"):
        keys(b"g", b"/" + word, b"\r", pause=0.3)
    wait(1)
    subprocess.run(["callgrind_control", "--dump", str(proc.pid)], check=True,
                   stdout=subprocess.DEVNULL)
    wait(0.5)
    proc.terminate()
    proc.wait()
    os.close(master)
    # Each dump counts from the one before: the session is all of them.
    return [os.path.join(work, f) for f in os.listdir(work) if f.startswith("callgrind.out")]


def functions_run(callgrind_files):
    """Names of the functions callgrind saw run (fn=, and cfn= for those called)."""
    ran = set()
    pattern = re.compile(r"^c?fn=\((\d+)\)(?: (.*))?$")
    for path in callgrind_files:
        names = {}
        with open(path, errors="replace") as f:
            for line in f:
                m = pattern.match(line.rstrip("\n"))
                if m:
                    number, name = m.groups()
                    if name:
                        names[number] = name
                    ran.add(names.get(number, number).split("'")[0])
    return ran


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(REPO, ".build-bench", "release", "granska"))
    parser.add_argument("--sizes", default="small,large")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        # valgrind 3.19 cannot read the DWARF 5 of a Swift 6 build: symbols only.
        binary = os.path.join(work, "granska")
        subprocess.run(["strip", "--strip-debug", "-o", binary, args.binary], check=True)
        symbols = subprocess.run(["nm", "--defined-only", "--format=just-symbols", binary],
                                 capture_output=True, text=True, check=True).stdout.split()
        # A local name many objects define (an outlined copy, a thunk) would
        # bring each of their sections to the front: only names defined once.
        seen = collections.Counter(symbols)
        defined = {name for name, count in seen.items() if count == 1}
        ran = set()
        for size in args.sizes.split(","):
            db = max(glob.glob(os.path.join(HERE, ".data", f"{size}-v*.sqlite")))
            size_work = tempfile.mkdtemp(dir=work)
            ran |= functions_run(session(binary, db, size_work))
        hot = sorted(ran & defined)
    with open(OUT, "w") as f:
        f.write("".join(name + "\n" for name in hot))
    # SwiftPM does not see the list as an input of the link.
    print(f"hot-code: {len(hot)} functions → {os.path.relpath(OUT, REPO)}; SwiftPM links again "
          "only when the binary is gone: rm it before the next build")


if __name__ == "__main__":
    main()
