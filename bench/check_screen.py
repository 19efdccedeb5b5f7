#!/usr/bin/env python3
"""Checks the benchmark's terminal emulator against tmux.

    bench/.venv/bin/python bench/check_screen.py DB [--binary PATH]

Runs the same key sequence in the benchmark harness (pyte, with the
additions in run.py) and in a private tmux server, both 100×30, and
compares the text of the screen after every key. A difference means the
harness would wait for, or count, the wrong screen. Needs tmux.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402

KEYS = [("3", b"3"), ("j", b"j"), ("j", b"j"), ("NPage", run.PGDN), ("NPage", run.PGDN),
        ("k", b"k"), ("2", b"2"), ("NPage", run.PGDN), ("4", b"4"), ("j", b"j"), ("5", b"5"),
        ("NPage", run.PGDN), ("j", b"j"), ("1", b"1"), ("NPage", run.PGDN), ("3", b"3"),
        ("G", b"G"), ("g", b"g")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--binary", default=run.DEFAULT_BINARY)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="granska-check-")
    sock = os.path.join(tmp, "tmux.sock")
    env = run.bench_env(tmp)
    db_a = os.path.join(tmp, "a.sqlite")
    shutil.copyfile(args.db, db_a)

    def tmux(*a):
        return subprocess.run(["tmux", "-S", sock, "-f", "/dev/null"] + list(a), env=env,
                              capture_output=True, text=True).stdout

    failures = 0
    try:
        tmux("new-session", "-d", "-x", str(run.COLS), "-y", str(run.ROWS),
             f"env GRANSKA_DB={db_a} {args.binary} --db {db_a}")
        tmux("set-option", "-g", "status", "off")
        title = run.first_audit(args.db)
        session, _ = run.launch_granska(os.path.abspath(args.binary), args.db, tmp, title)
        time.sleep(1.0)
        steps = [("start", None)] + KEYS
        for name, key in steps:
            if key is not None:
                session.press(key)
                tmux("send-keys", "-t", "0", name)
                time.sleep(0.4)
            session.drain()
            ours = [line.rstrip() for line in session.screen.display]
            theirs = [line.rstrip() for line in tmux("capture-pane", "-p", "-t", "0").split("\n")]
            theirs = (theirs + [""] * run.ROWS)[:run.ROWS]
            diff = [i for i in range(run.ROWS) if ours[i] != theirs[i]]
            print(f"{name:6} {'same' if not diff else f'DIFFERENT rows {diff}'}")
            for i in diff[:3]:
                print(f"   pyte: {ours[i]!r}\n   tmux: {theirs[i]!r}")
            failures += bool(diff)
        session.close()
    finally:
        tmux("kill-server")
        shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
