#!/usr/bin/env python3
"""Granska benchmark: the real binary in a pseudo-terminal, at three data sizes.

    python3 bench/run.py [--sizes small,medium,large] [--json out.json]
                         [--binary PATH] [--repeat N] [--launches N] [--no-visidata]

Installs what it needs into bench/.venv (pyte 0.8.2, and visidata 3.4 for the
comparison when the network allows), re-running itself there. See
bench/README.md for what is measured and how.
"""

import argparse
import datetime as dt
import fcntl
import glob
import hashlib
import json
import os
import platform
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
VENV = os.path.join(HERE, ".venv")
DATA = os.path.join(HERE, ".data")
DEFAULT_BINARY = os.path.join(REPO, ".build-bench", "release", "granska")
BUILD_COMMAND = "swift build -c release --product granska --scratch-path .build-bench"

COLS, ROWS = 100, 30
QUIET = 0.040          # output silent this long (s) = the frame is complete
KEY_TIMEOUT = 0.6      # no visible change within this (s) = the key did nothing here
START_TIMEOUT = 30.0
IDLE_SECONDS = 10.0

PGDN = b"\x1b[6~"
ENTER = b"\r"
SEARCH_WORDS = ["leverantörer", "riskanalys", "klassningsmodell", "behörighetsstruktur",
                "säkerhetskopior", "logguppföljning", "förtroendevalda", "kontinuitetsplan"]


# ---------------------------------------------------------------- environment

def ensure_venv(want_visidata, script=__file__):
    """Re-run `script` inside bench/.venv with pyte (and visidata when possible)."""
    if os.environ.get("GRANSKA_BENCH_IN_VENV") == "1":
        return
    py = os.path.join(VENV, "bin", "python3")
    if not os.path.exists(py):
        print(f"bench: creating {os.path.relpath(VENV, REPO)}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    def has(module):
        return subprocess.run([py, "-c", f"import {module}"], capture_output=True).returncode == 0
    if not has("pyte"):
        print("bench: pip install pyte==0.8.2", file=sys.stderr)
        r = subprocess.run([py, "-m", "pip", "install", "-q", "pyte==0.8.2"])
        if r.returncode != 0:
            sys.exit("bench: cannot install pyte; run: "
                     f"{py} -m pip install pyte==0.8.2")
    if want_visidata and not os.path.exists(os.path.join(VENV, "bin", "vd")):
        print("bench: pip install visidata==3.4 (for the comparison)", file=sys.stderr)
        r = subprocess.run([py, "-m", "pip", "install", "-q", "visidata==3.4"])
        if r.returncode != 0:
            print("bench: visidata not installed; the comparison is skipped", file=sys.stderr)
    env = dict(os.environ, GRANSKA_BENCH_IN_VENV="1")
    os.execve(py, [py, os.path.abspath(script)] + sys.argv[1:], env)


# ---------------------------------------------------------------- /proc

def cpu_sample(pid):
    """CPU time of pid: per thread in ns from the scheduler (schedstat), and
    the process total in clock ticks (stat: utime + stime, which also keeps
    the time of threads that have ended)."""
    threads = {}
    for path in glob.glob(f"/proc/{pid}/task/*/schedstat"):
        try:
            with open(path) as f:
                threads[path.split("/")[4]] = int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            pass
    ticks = 0
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        ticks = int(fields[11]) + int(fields[12])
    except (OSError, ValueError, IndexError):
        pass
    return threads, ticks


TICK = os.sysconf("SC_CLK_TCK")


def cpu_ms(before, after):
    """CPU ms between two samples: exact (ns) when every thread seen before
    still exists, else from clock ticks (10 ms resolution)."""
    (t0, k0), (t1, k1) = before, after
    if set(t0) <= set(t1):
        return sum(t1[t] - t0.get(t, 0) for t in t1) / 1e6
    return (k1 - k0) * 1000 / TICK


def cpu_total_ms(pid):
    threads, ticks = cpu_sample(pid)
    return max(sum(threads.values()) / 1e6, ticks * 1000 / TICK)


def proc_status(pid):
    out = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key in ("VmHWM", "VmRSS", "RssAnon", "RssFile", "RssShmem", "VmData", "Threads"):
                    out[key] = int(value.split()[0])
    except OSError:
        pass
    return out


# ---------------------------------------------------------------- the harness

def terminal():
    """A pyte screen and byte stream that also understand what ncurses sends
    for TERM=xterm-256color and pyte 0.8.2 does not: scroll up/down within
    the margins (indn CSI n S, rin CSI n T) and repeat the last character
    (rep CSI n b). Without them pyte shows a scrolled list wrongly."""
    import pyte

    class Screen(pyte.Screen):
        last_char = None

        def draw(self, data):
            super().draw(data)
            if data:
                self.last_char = data[-1]

        def repeat_last(self, count=None, **_):
            if self.last_char is not None:
                self.draw(self.last_char * (count or 1))

        def _scroll(self, count, down):
            top, _ = self.margins or (0, self.lines - 1)
            x, y = self.cursor.x, self.cursor.y
            self.cursor.y = top
            (self.insert_lines if down else self.delete_lines)(count or 1)
            self.cursor.x, self.cursor.y = x, y

        def scroll_up(self, count=None, **_):
            self._scroll(count, down=False)

        def scroll_down(self, count=None, **_):
            self._scroll(count, down=True)

    class Stream(pyte.ByteStream):
        csi = dict(pyte.ByteStream.csi, S="scroll_up", T="scroll_down", b="repeat_last")

    screen = Screen(COLS, ROWS)
    return screen, Stream(screen)


class Pty:
    """A program in a 100×30 pseudo-terminal, its output fed to a pyte screen."""

    def __init__(self, argv, env, cwd):
        self.screen, self.stream = terminal()
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))

        def child_setup():
            os.setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.t_spawn = time.perf_counter()
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env,
                                     cwd=cwd, preexec_fn=child_setup, close_fds=True)
        os.close(slave)
        self.master = master
        os.set_blocking(master, False)
        self.chunks = []          # (time, bytes) of every read since the last mark
        self.pending = []         # read, not yet fed to the screen
        self.total = 0
        self.eof = False

    @property
    def pid(self):
        return self.proc.pid

    def _read(self, timeout):
        """Read what is there within timeout; returns the number of bytes."""
        if self.eof:
            time.sleep(timeout)
            return 0
        ready, _, _ = select.select([self.master], [], [], max(0.0, timeout))
        if not ready:
            return 0
        try:
            data = os.read(self.master, 65536)
        except (BlockingIOError, InterruptedError):
            return 0
        except OSError:  # EIO: the other side closed
            self.eof = True
            return 0
        if not data:
            self.eof = True
            return 0
        now = time.perf_counter()
        self.chunks.append((now, len(data)))
        self.total += len(data)
        # Fed to pyte only when the output pauses (see feed()), so that the
        # emulator's own time never delays the timestamp of the next read.
        self.pending.append(data)
        return len(data)

    def feed(self):
        if self.pending:
            self.stream.feed(b"".join(self.pending))
            self.pending = []

    def snapshot(self):
        """Text and attributes of every cell: what a user sees."""
        self.feed()
        buf = self.screen.buffer
        return tuple(
            tuple((c.data, c.fg, c.bg, c.reverse, c.bold, c.underscore)
                  for c in (buf[y][x] for x in range(COLS)))
            for y in range(ROWS))

    def text(self):
        self.feed()
        return "\n".join(self.screen.display)

    def write(self, data):
        os.write(self.master, data)

    def settle(self, condition, timeout, since):
        """Read until condition() holds and output has been quiet for QUIET.
        Returns the time of the last byte (or None on timeout)."""
        deadline = since + timeout
        last = self.chunks[-1][0] if self.chunks else since
        while True:
            now = time.perf_counter()
            quiet_for = now - max(last, since)
            if quiet_for >= QUIET and (self.feed() or condition()):
                return last if self.chunks else None
            if now >= deadline or (self.eof and not condition()):
                return None
            wait = max(0.001, QUIET - quiet_for) if quiet_for < QUIET else min(0.02, deadline - now)
            if self._read(wait):
                last = self.chunks[-1][0]

    def drain(self):
        """Read until quiet; discard the record."""
        self.settle(lambda: True, 5.0, time.perf_counter())
        self.chunks = []

    def press(self, key, timeout=KEY_TIMEOUT, condition=None):
        """Send key; wait until the screen differs from before (and condition
        holds) and output is quiet. Returns a sample dict, or None when the
        screen did not change (the key did nothing here)."""
        self.drain()
        before = self.snapshot()
        c0 = cpu_sample(self.pid)
        t0 = time.perf_counter()
        self.chunks = []
        self.write(key)
        changed = lambda: self.snapshot() != before and (condition is None or condition())
        t_last = self.settle(changed, timeout, t0)
        if t_last is None:
            self.drain()
            return None
        c1 = cpu_sample(self.pid)
        sample = {"ms": (t_last - t0) * 1000, "bytes": sum(n for _, n in self.chunks),
                  "cpu_ms": cpu_ms(c0, c1)}
        self.chunks = []
        return sample

    def pause(self, seconds):
        """Bytes that arrive within `seconds` after a key's frame: what the
        dashboard sends once keys pause (the detail pane catching up)."""
        t0 = time.perf_counter()
        self.chunks = []
        while time.perf_counter() - t0 < seconds:
            self._read(min(0.02, seconds - (time.perf_counter() - t0)))
        received = sum(n for _, n in self.chunks)
        self.chunks = []
        return received

    def idle(self, seconds):
        self.drain()
        c0 = cpu_sample(self.pid)
        t0 = time.perf_counter()
        self.chunks = []
        while time.perf_counter() - t0 < seconds:
            self._read(min(0.1, seconds - (time.perf_counter() - t0)))
        t1 = time.perf_counter()
        c1 = cpu_sample(self.pid)
        out = {"seconds": t1 - t0, "bytes": sum(n for _, n in self.chunks),
               "cpu_pct": cpu_ms(c0, c1) / 1000 / (t1 - t0) * 100,
               "wakeups_with_output": len(self.chunks)}
        self.chunks = []
        return out

    def close(self, quit_key=b"q"):
        if self.proc.poll() is None:
            try:
                self.write(quit_key)
            except OSError:
                pass
            t0 = time.perf_counter()
            while self.proc.poll() is None and time.perf_counter() - t0 < 3:
                self._read(0.05)
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(3)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        os.close(self.master)


def bench_env(tmp):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GRANSKA_", "LC_", "XDG_"))}
    env.update(TERM="xterm-256color", LANG="C.UTF-8", HOME=tmp, COLUMNS=str(COLS),
               LINES=str(ROWS), XDG_DATA_HOME=os.path.join(tmp, "data"),
               XDG_CONFIG_HOME=os.path.join(tmp, "config"), XDG_CACHE_HOME=os.path.join(tmp, "cache"))
    env.pop("NO_COLOR", None)
    return env


def median(samples, key):
    values = [s[key] for s in samples if s is not None]
    return statistics.median(values) if values else None


def collect(session, key, n, reset=b"g", condition=None, limit=None):
    """n samples of key; when the key stops changing the screen (end of a
    list), `reset` (not measured) goes back to the top."""
    samples, misses = [], 0
    limit = limit or n * 4
    while len(samples) < n and misses < limit:
        s = session.press(key, condition=condition)
        if s is None:
            misses += 1
            if reset is None or session.press(reset) is None and misses > 2:
                break
            continue
        samples.append(s)
    return samples


def summarise(samples):
    return {"n": len(samples), "ms": median(samples, "ms"), "bytes": median(samples, "bytes"),
            "cpu_ms": median(samples, "cpu_ms"), "samples": samples}


# ---------------------------------------------------------------- Granska

def first_audit(db):
    import sqlite3
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    title = con.execute("SELECT title FROM audit ORDER BY position LIMIT 1").fetchone()[0]
    con.close()
    return title


def launch_granska(binary, base_db, tmp, title):
    """Copy the database into a private directory (the dashboard watches the
    directory), start the dashboard, wait for the first complete frame."""
    run_dir = tempfile.mkdtemp(dir=tmp)
    db = os.path.join(run_dir, "granska.sqlite")
    shutil.copyfile(base_db, db)
    return start_dashboard(binary, db, tmp, run_dir, title)


def start_dashboard(binary, db, tmp, run_dir, title):
    """The dashboard on `db` (a file or a URL), at its first complete frame."""
    env = bench_env(tmp)
    env["GRANSKA_DB"] = db
    session = Pty([binary, "--db", db], env, run_dir)
    probe = title[:40]

    def complete():
        lines = session.screen.display
        return any(probe in line for line in lines) and lines[-1].strip() != ""
    t_last = session.settle(complete, START_TIMEOUT, session.t_spawn)
    if t_last is None:
        text = session.text()
        session.close()
        raise RuntimeError(f"no first frame within {START_TIMEOUT} s; screen:\n{text}")
    first = {"ms": (t_last - session.t_spawn) * 1000, "bytes": session.total,
             "cpu_ms": cpu_total_ms(session.pid), "status": proc_status(session.pid)}
    session.chunks = []
    return session, first


def bench_granska(binary, base_db, tmp, repeat, launches, log):
    title = first_audit(base_db)
    result = {}
    # First frame: separate launches.
    firsts = []
    for _ in range(launches):
        session, first = launch_granska(binary, base_db, tmp, title)
        session.close()
        firsts.append(first)
    result["first_frame"] = {"n": len(firsts), "ms": median(firsts, "ms"),
                             "bytes": median(firsts, "bytes"), "cpu_ms": median(firsts, "cpu_ms"),
                             "samples": firsts}
    log(f"first frame {result['first_frame']['ms']:.1f} ms")

    session, first = launch_granska(binary, base_db, tmp, title)
    try:
        # View switch: 2 3 4 5 1, round and round, ending on 3 (Recommendations).
        order = [b"2", b"3", b"4", b"5", b"1"]
        switches = []
        per_view = {k.decode(): [] for k in order}
        i = 0
        while len(switches) < repeat:
            key = order[i % len(order)]
            s = session.press(key)
            if s is not None:
                s["view"] = key.decode()
                switches.append(s)
                per_view[key.decode()].append(s)
            i += 1
        result["view_switch"] = summarise(switches)
        result["view_switch"]["per_view"] = {
            v: {"ms": median(ss, "ms"), "bytes": median(ss, "bytes"), "cpu_ms": median(ss, "cpu_ms")}
            for v, ss in per_view.items() if ss}
        log(f"view switch {result['view_switch']['ms']:.1f} ms")
        session.press(b"3")
        session.press(b"g")
        result["row_down"] = summarise(collect(session, b"j", repeat))
        log(f"row down {result['row_down']['bytes']} B")
        # The same, one key at a time with a pause after each: the detail pane
        # catches up with the selection when keys pause (60 ms).
        session.press(b"g")
        caught_up = []
        for _ in range(repeat):
            if session.press(b"j") is not None:
                caught_up.append({"bytes": session.pause(0.25)})
        result["row_down_pause"] = {"n": len(caught_up), "bytes": median(caught_up, "bytes"),
                                    "samples": caught_up}
        log(f"then at a pause {result['row_down_pause']['bytes']} B")
        session.press(b"g")
        result["page_down"] = summarise(collect(session, PGDN, repeat))
        log(f"page down {result['page_down']['bytes']} B")
        searches, typing = [], []
        for k in range(repeat):
            session.press(b"g")
            word = SEARCH_WORDS[k % len(SEARCH_WORDS)].encode()
            t = session.press(b"/" + word)
            if t is not None:
                typing.append(t)
            s = session.press(ENTER)
            if s is not None:
                s["word"] = word.decode()
                searches.append(s)
        result["search"] = summarise(searches)
        result["search"]["typing"] = summarise(typing)
        log(f"search {result['search']['ms']} ms")
        session.press(b"g")
        result["idle"] = session.idle(IDLE_SECONDS)
        log(f"idle {result['idle']['bytes']} B, {result['idle']['cpu_pct']:.2f} % CPU")
        result["memory"] = {"first_frame": first["status"], "end": proc_status(session.pid)}
    finally:
        session.close()
    return result


def peak_kb(argv, tmp):
    """GNU time runs the program and writes its peak RSS: the child's own
    ru_maxrss would count this Python process's memory from before exec."""
    if not os.path.exists("/usr/bin/time"):
        return argv, lambda: None
    out = os.path.join(tmp, "peak-kb")

    def read():
        try:
            with open(out) as f:
                return int(f.read().split()[-1])
        except (OSError, ValueError, IndexError):
            return None
    return ["/usr/bin/time", "-f", "%M", "-o", out] + argv, read


def timed(argv, env, cwd, stdout=subprocess.DEVNULL):
    measured, peak = peak_kb(argv, cwd)
    t0 = time.perf_counter()
    proc = subprocess.Popen(measured, env=env, cwd=cwd, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    t1 = time.perf_counter()
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)}: exit {proc.returncode}: {err}")
    return {"ms": (t1 - t0) * 1000, "cpu_ms": (usage.ru_utime + usage.ru_stime) * 1000,
            "max_rss_kb": peak() or usage.ru_maxrss}


def first_lines(argv, env, cwd, count=3):
    """Time until the first `count` lines arrive, then the reader goes (as `| head`)."""
    measured, peak = peak_kb(argv, cwd)
    t0 = time.perf_counter()
    proc = subprocess.Popen(measured, env=env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    for _ in range(count):
        proc.stdout.readline()
    t1 = time.perf_counter()
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    return {"ms": (t1 - t0) * 1000, "cpu_ms": (usage.ru_utime + usage.ru_stime) * 1000,
            "max_rss_kb": peak() or usage.ru_maxrss, "status": os.waitstatus_to_exitcode(status)}


def bench_commands(binary, base_db, json_file, tmp, repeat):
    """The commands around the dashboard on the same file, beside
    `sqlite3 .dump` of it as the floor (what reading the data costs)."""
    env = bench_env(tmp)
    sqlite3 = shutil.which("sqlite3")
    runs = {
        "summary": [binary, "summary", "--db", base_db],
        "export": [binary, "export", "--format", "yaml", "--db", base_db],
        "export_json": [binary, "export", "--format", "json", "--db", base_db],
        "log": [binary, "log", "--db", base_db],
        "log_json": [binary, "log", "--format", "json", "--db", base_db],
    }
    if sqlite3:
        runs["dump"] = [sqlite3, base_db, ".dump"]
    out = {k: [] for k in list(runs) + ["log_head", "import"]}
    for i in range(repeat):
        for key, argv in runs.items():
            out[key].append(timed(argv, env, tmp))
        out["log_head"].append(first_lines([binary, "log", "--db", base_db], env, tmp))
        fresh = os.path.join(tmp, f"import-{i}.sqlite")
        out["import"].append(timed([binary, "import", json_file, "--db", fresh], env, tmp))
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(fresh + suffix):
                os.remove(fresh + suffix)
    result = {k: {"n": len(v), "ms": median(v, "ms"), "cpu_ms": median(v, "cpu_ms"),
                  "max_rss_kb": median(v, "max_rss_kb"), "samples": v} for k, v in out.items()}
    if sqlite3:
        floor = result["dump"]["ms"]
        for key in ("export", "export_json", "log", "log_json"):
            result[key]["x_floor"] = result[key]["ms"] / floor
    return result


# ---------------------------------------------------------------- visidata

def bench_visidata(vd, csv_file, tmp, repeat, launches, expect_rows, log):
    env = bench_env(tmp)
    argv = [vd, "-N", csv_file]

    def launch():
        session = Pty(argv, env, tmp)
        # First rows: the header and the first row are drawn (loading goes on
        # in the background). Complete: loading is done and the status line
        # shows every row - comparable with Granska, which draws after loading.
        def rows_shown():
            text = session.text()
            return "recommendation" in text and "R1 " in text

        def complete():
            status = session.screen.display[-1]
            return rows_shown() and f"{expect_rows} rows" in status and "loading" not in status
        t_rows = session.settle(rows_shown, START_TIMEOUT, session.t_spawn)
        t_last = session.settle(complete, START_TIMEOUT * 4, session.t_spawn)
        if t_last is None or t_rows is None:
            text = session.text()
            session.close(quit_key=b"gq")
            raise RuntimeError(f"visidata: no complete frame; screen:\n{text}")
        first = {"ms": (t_last - session.t_spawn) * 1000,
                 "first_rows_ms": (t_rows - session.t_spawn) * 1000, "bytes": session.total,
                 "cpu_ms": cpu_total_ms(session.pid), "status": proc_status(session.pid)}
        session.chunks = []
        return session, first

    firsts = []
    for _ in range(launches):
        session, first = launch()
        session.close(quit_key=b"gq")
        firsts.append(first)
    result = {"first_frame": {"n": len(firsts), "ms": median(firsts, "ms"),
                              "first_rows_ms": median(firsts, "first_rows_ms"),
                              "bytes": median(firsts, "bytes"), "cpu_ms": median(firsts, "cpu_ms"),
                              "samples": firsts}}
    log(f"visidata first frame {result['first_frame']['ms']:.1f} ms")
    session, first = launch()
    try:
        result["row_down"] = summarise(collect(session, b"j", repeat, reset=b"gk"))
        session.press(b"gk")
        result["page_down"] = summarise(collect(session, PGDN, repeat, reset=b"gk"))
        session.press(b"gk")
        result["idle"] = session.idle(IDLE_SECONDS)
        result["memory"] = {"first_frame": first["status"], "end": proc_status(session.pid)}
    finally:
        session.close(quit_key=b"gq")
    return result


# ---------------------------------------------------------------- data

def prepare(size, binary, gen, tmp, log):
    """The cached database for size (bench/.data, keyed by size and generator
    version), plus its interchange JSON and recommendations CSV; then a
    working copy opened once by this binary (so a schema migration, if the
    binary has one, is not timed)."""
    os.makedirs(DATA, exist_ok=True)
    stem = os.path.join(DATA, f"{size}-v{gen.GENERATOR_VERSION}")
    db, js, csv = stem + ".sqlite", stem + ".json", stem + ".csv"
    if not all(os.path.exists(p) for p in (db, js, csv)):
        log(f"generating {size} into {os.path.relpath(db, REPO)}")
        counts = gen.generate(size, db, binary, js, csv)
        with open(stem + ".counts.json", "w") as f:
            json.dump(counts, f, indent=1)
    with open(stem + ".counts.json") as f:
        counts = json.load(f)
    base = os.path.join(tmp, f"{size}.sqlite")
    shutil.copyfile(db, base)
    env = bench_env(tmp)
    subprocess.run([binary, "summary", "--audit", counts["first_audit"], "--db", base], env=env,
                   stdout=subprocess.DEVNULL, check=True)
    # Make the copy self-contained again (no -wal left for the dashboard to replay).
    import sqlite3
    con = sqlite3.connect(base)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return base, js, csv, counts


# ---------------------------------------------------------------- report

TARGETS = [
    # key, label, path, unit, scale, target per size (None = no target)
    ("first_frame_ms", "first complete frame", ("first_frame", "ms"), "ms",
     {"small": 50, "medium": 100, "large": 100}),
    ("row_down_bytes", "row down: bytes", ("row_down", "bytes"), "B", 200),
    ("row_down_ms", "row down: screen updated", ("row_down", "ms"), "ms", 5),
    ("row_down_cpu", "row down: CPU", ("row_down", "cpu_ms"), "ms", 2),
    ("row_down_pause", "  then, at a pause: detail pane", ("row_down_pause", "bytes"), "B", None),
    ("page_down_bytes", "page down: bytes", ("page_down", "bytes"), "B", 4096),
    ("page_down_ms", "page down: screen updated", ("page_down", "ms"), "ms", None),
    ("page_down_cpu", "page down: CPU", ("page_down", "cpu_ms"), "ms", None),
    ("view_bytes", "view switch: bytes", ("view_switch", "bytes"), "B", None),
    ("view_ms", "view switch: screen updated", ("view_switch", "ms"), "ms", 20),
    ("view_cpu", "view switch: CPU", ("view_switch", "cpu_ms"), "ms", None),
    ("search_bytes", "search (Enter): bytes", ("search", "bytes"), "B", None),
    ("search_ms", "search (Enter): screen updated", ("search", "ms"), "ms", None),
    ("search_cpu", "search (Enter): CPU", ("search", "cpu_ms"), "ms", None),
    ("memory", "peak memory (VmHWM)", ("memory", "end", "VmHWM"), "MB", 30),
    ("memory_anon", "  of it anonymous (RssAnon)", ("memory", "end", "RssAnon"), "MB", None),
    ("idle_bytes", "idle 10 s: bytes", ("idle", "bytes"), "B", 0),
    ("idle_cpu", "idle 10 s: CPU", ("idle", "cpu_pct"), "%", 1),
    ("dump_ms", "sqlite3 .dump (the floor)", ("commands", "dump", "ms"), "ms", None),
    ("summary_ms", "granska summary", ("commands", "summary", "ms"), "ms", 300),
    ("export_ms", "granska export --format yaml", ("commands", "export", "ms"), "ms", None),
    ("export_x", "  ÷ the floor", ("commands", "export", "x_floor"), "×", 3),
    ("export_mb", "  its peak memory", ("commands", "export", "max_rss_kb"), "MB", 50),
    ("export_json_ms", "granska export --format json", ("commands", "export_json", "ms"), "ms",
     None),
    ("export_json_x", "  ÷ the floor", ("commands", "export_json", "x_floor"), "×", 3),
    ("export_json_mb", "  its peak memory", ("commands", "export_json", "max_rss_kb"), "MB", 50),
    ("log_ms", "granska log", ("commands", "log", "ms"), "ms", None),
    ("log_x", "  ÷ the floor", ("commands", "log", "x_floor"), "×", 2),
    ("log_mb", "  its peak memory", ("commands", "log", "max_rss_kb"), "MB", 50),
    ("log_json_ms", "granska log --format json", ("commands", "log_json", "ms"), "ms", None),
    ("log_json_mb", "  its peak memory", ("commands", "log_json", "max_rss_kb"), "MB", 50),
    ("log_head_ms", "granska log | head -3", ("commands", "log_head", "ms"), "ms", 200),
    ("import_ms", "granska import (new db)", ("commands", "import", "ms"), "ms", None),
    ("import_mb", "  its peak memory", ("commands", "import", "max_rss_kb"), "MB", None),
]


def dig(d, path):
    for p in path:
        if not isinstance(d, dict) or p not in d:
            return None
        d = d[p]
    return d


def value(result, key, path, unit):
    v = dig(result, path)
    if v is None:
        return None
    if unit == "MB":
        v = v / 1024
    return v


def missed(key, v, target):
    if v is None or target is None:
        return False
    if key == "idle_cpu":
        return v >= target
    return v > target


def fmt(v, unit):
    if v is None:
        return "–"
    if unit == "B":
        return f"{v:,.0f}".replace(",", " ")
    if unit == "%":
        return f"{v:.2f}"
    if v >= 100:
        return f"{v:,.0f}".replace(",", " ")
    return f"{v:.1f}"


def table(results, sizes):
    vd = results.get("visidata")
    head = ["metric", "target"] + sizes + (["visidata", f"vd ÷ {sizes[-1]}"] if vd else [])
    rows, misses = [], []
    ref = sizes[-1]
    for key, label, path, unit, target in TARGETS:
        targets = target if isinstance(target, dict) else {s: target for s in sizes}
        shown = sorted({t for t in targets.values() if t is not None})
        if not shown:
            ttext = "–"
        elif isinstance(target, dict):
            ttext = " / ".join(f"≤{t:g}" for t in sorted(set(targets.values()))) + f" {unit}"
        elif key == "idle_cpu":
            ttext = f"<{shown[0]:g} {unit}"
        elif shown[0] == 0:
            ttext = f"0 {unit}"
        else:
            ttext = f"≤{shown[0]:g} {unit}"
        cells = [f"{label} ({unit})", ttext]
        for s in sizes:
            v = value(results["sizes"].get(s, {}), key, path, unit)
            t = targets.get(s)
            bad = missed(key, v, t)
            if bad:
                over = f", +{(v - t) / t * 100:.0f} %" if t else ""
                limit = f"<{t:g}" if key == "idle_cpu" else f"≤{t:g}"
                misses.append(f"{s}: {label} {fmt(v, unit)} {unit} (target {limit} {unit}{over})")
            cells.append(fmt(v, unit) + (" ✗" if bad else ""))
        if vd:
            vpath = path if path[0] != "commands" else ("none",)
            v = value(vd, key, vpath, unit)
            g = value(results["sizes"].get(ref, {}), key, path, unit)
            cells.append(fmt(v, unit))
            cells.append(f"{v / g:.1f}×" if v is not None and g else "–")
        rows.append(cells)
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    lines = [" | ".join(str(c).ljust(w) if i < 2 else str(c).rjust(w)
                        for i, (c, w) in enumerate(zip(r, widths))) for r in [head] + rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines), misses


def environment(binary):
    def git(*args):
        r = subprocess.run(["git", "-C", REPO] + list(args), capture_output=True, text=True)
        return r.stdout.strip()
    with open(binary, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "")
    except OSError:
        pass
    import pyte
    # bench/build.sh records the commit it built; otherwise: HEAD, and whether
    # the sources differ from it (then the binary may be neither).
    stamp = binary + ".commit"
    if os.path.exists(stamp) and os.path.getmtime(stamp) >= os.path.getmtime(binary):
        with open(stamp) as f:
            commit, source = f.read().strip(), "bench/build.sh"
    else:
        commit = git("rev-parse", "--short", "HEAD")
        if git("status", "--porcelain", "--", "Sources", "Package.swift", "themes"):
            commit += "-dirty"
        commit += "?"
        source = "unknown (not built by bench/build.sh): HEAD of the repository"
    return {
        "date": dt.date.today().isoformat(), "commit": commit, "commit_source": source,
        "binary": binary, "binary_sha256": digest,
        "binary_mtime": dt.datetime.fromtimestamp(os.path.getmtime(binary)).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(), "cpu": cpu, "kernel": platform.release(),
        "python": platform.python_version(), "pyte": getattr(pyte, "__version__", "0.8.2"),
        "terminal": f"{COLS}x{ROWS} TERM=xterm-256color LANG=C.UTF-8", "quiet_ms": QUIET * 1000,
    }


def machine_busy(seconds=1.0):
    """Share of all CPUs busy over `seconds` (from /proc/stat), in %."""
    def sample():
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
        return sum(v), v[3] + v[4]
    t0, i0 = sample()
    time.sleep(seconds)
    t1, i1 = sample()
    return 100.0 * (1 - (i1 - i0) / max(1, t1 - t0))


def wait_for_idle(minutes):
    """How busy the machine is (%), after waiting up to `minutes` for other
    work to stop; warns when it is still busy."""
    busy = machine_busy()
    if minutes and busy > 10:
        print(f"bench: machine {busy:.0f} % busy; waiting (up to {minutes} min) "
              "for it to be idle", file=sys.stderr, flush=True)
        deadline = time.time() + minutes * 60
        while busy > 10 and time.time() < deadline:
            time.sleep(4)
            busy = machine_busy()
    if busy > 10:
        print(f"bench: warning: the machine is {busy:.0f} % busy with other work; "
              "that distorts the timings", file=sys.stderr)
    return busy


def finish(misses, results, json_file):
    """Lists the missed targets and keeps every raw number in `json_file`."""
    if misses:
        print("Missed targets (✗):")
        for m in misses:
            print(f"  {m}")
    else:
        print("All targets met.")
    if json_file:
        with open(json_file, "w") as f:
            json.dump(results, f, indent=1, ensure_ascii=False)
        print(f"\nraw numbers: {json_file}")


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description="Granska benchmark (see bench/README.md)")
    ap.add_argument("--sizes", default="small,medium,large")
    ap.add_argument("--json", help="write every raw number here")
    ap.add_argument("--binary", default=os.environ.get("GRANSKA_BIN", DEFAULT_BINARY))
    ap.add_argument("--repeat", type=int, default=20, help="samples per key (default 20)")
    ap.add_argument("--launches", type=int, default=10,
                    help="launches for the first frame (default 10)")
    ap.add_argument("--command-repeat", type=int, default=3,
                    help="runs of summary/export/import (default 3)")
    ap.add_argument("--no-visidata", action="store_true", help="skip the visidata comparison")
    ap.add_argument("--commands-only", action="store_true",
                    help="only the commands (export, log, import, …), not the dashboard")
    ap.add_argument("--wait-idle", type=float, default=0, metavar="MIN",
                    help="first wait up to MIN minutes for the machine to be idle")
    args = ap.parse_args()
    ensure_venv(not args.no_visidata)

    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"bench: no granska binary at {binary}\nbuild it first:\n  {BUILD_COMMAND}\n"
                 "or pass --binary PATH")
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    for s in sizes:
        if s not in ("small", "medium", "large"):
            sys.exit(f"bench: unknown size {s}")
    sys.path.insert(0, HERE)
    import generate as gen

    def log(msg):
        print(f"  {msg}", file=sys.stderr, flush=True)

    vd = None if args.no_visidata or args.commands_only else shutil.which("vd", path=os.path.join(VENV, "bin"))
    results = {"environment": environment(binary), "sizes": {}}
    results["environment"]["busy_before_pct"] = wait_for_idle(args.wait_idle)
    tmp = tempfile.mkdtemp(prefix="granska-bench-")
    try:
        for size in sizes:
            print(f"bench: {size}", file=sys.stderr, flush=True)
            base, js, csv, counts = prepare(size, binary, gen, tmp, log)
            r = {} if args.commands_only else bench_granska(
                binary, base, tmp, args.repeat, args.launches, log)
            r["commands"] = bench_commands(binary, base, js, tmp, args.command_repeat)
            log("summary {:.0f} ms, export {:.0f} ms, log {:.0f} ms, import {:.0f} ms".format(
                *(r["commands"][k]["ms"] for k in ("summary", "export", "log", "import"))))
            r["data"] = counts
            results["sizes"][size] = r
        if vd:
            ref = sizes[-1]
            print(f"bench: visidata on the {ref} recommendations CSV", file=sys.stderr, flush=True)
            stem = os.path.join(DATA, f"{ref}-v{gen.GENERATOR_VERSION}")
            rows = results["sizes"][ref]["data"]["recommendation"]
            try:
                results["visidata"] = bench_visidata(vd, stem + ".csv", tmp, args.repeat,
                                                     args.launches, rows, log)
                results["visidata"]["version"] = "3.4"
                results["visidata"]["csv"] = f"{rows} {ref}"
            except RuntimeError as e:
                print(f"bench: visidata skipped: {e}", file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    env = results["environment"]
    env["busy_after_pct"] = machine_busy()
    text, misses = table(results, sizes)
    print(f"Granska benchmark {env['date']}, commit {env['commit']}, {env['cpus']} CPUs ({env['cpu']}), "
          f"{env['terminal']}; medians of {args.repeat} keys, {args.launches} launches; "
          f"other work on the machine {env['busy_before_pct']:.0f} % before, {env['busy_after_pct']:.0f} % after")
    for s in sizes:
        c = results["sizes"][s]["data"]
        print(f"  {s}: {c['audit']} audits, {c['question']} questions, {c['recommendation']} "
              f"recommendations, {c['history']} history rows, {c['trainingCount']} training sections; "
              f"first audit {c['first_audit_questions']} questions, "
              f"{c['first_audit_recommendations']} recommendations")
    if "visidata" in results:
        f = results["visidata"]["first_frame"]
        print(f"  visidata 3.4 on the CSV of all {results['visidata']['csv']} recommendations "
              f"(first rows after {f['first_rows_ms']:.0f} ms, loaded after {f['ms']:.0f} ms)")
    print()
    print(text)
    print()
    names = {"1": "Overview", "2": "Questions", "3": "Recommendations", "4": "Training",
             "5": "History"}
    for size in sizes:
        per = results["sizes"][size].get("view_switch", {}).get("per_view", {})
        if per:
            print(f"view switch to, {size}: " + ", ".join(
                f"{names[v]} {p['ms']:.1f} ms {p['bytes']:.0f} B" for v, p in sorted(per.items())))
    print()
    finish(misses, results, args.json)


if __name__ == "__main__":
    main()
