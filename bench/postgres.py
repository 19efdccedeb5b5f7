#!/usr/bin/env python3
"""Granska on PostgreSQL beside SQLite: the same data, the same keys.

    sudo python3 bench/postgres.py [--size large] [--binary PATH] [--launches N]
                                   [--repeat N] [--wait-idle MIN] [--json out.json]

Starts a PostgreSQL server of its own (Debian's, run as the postgres
account: needs root) in a temporary directory on a loopback port, with the
server's default durability (fsync and synchronous commit on), copies the
size's database into it with `granska copy --to`, and measures the real
binary in run.py's 100×30 pseudo-terminal against each backend: the first
complete frame, a row move (bytes, time), a save, another process's save
appearing, 10 s idle and peak memory.
The server is stopped and its directory removed afterwards.

Targets (issue 15), for PostgreSQL: first frame ≤ 150 ms, a row move's
bytes as on SQLite, a save ≤ 20 ms, another process's save on screen
within 2 s, memory ≤ 40 MB.
"""

import argparse
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run as bench  # noqa: E402


def as_postgres(argv):
    subprocess.run(["runuser", "-u", "postgres", "--"] + argv, check=True,
                   stdout=subprocess.DEVNULL)


class Server:
    """initdb + pg_ctl in a temporary directory, as the tests' own server:
    peer authentication on its socket, trust on 127.0.0.1, and the role
    granska_admin that owns the database (as an administrator would set up)."""

    def __init__(self, tmp):
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if os.geteuid() != 0 or not bins:
            sys.exit("bench: needs root and Debian's postgresql (scripts/setup installs it)")
        self.bin = os.path.dirname(bins[-1])
        self.dir = tempfile.mkdtemp(prefix="pg-", dir=tmp)
        os.chmod(self.dir, 0o755)
        self.data = os.path.join(self.dir, "data")
        shutil.chown(self.dir, "postgres", "postgres")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        as_postgres([f"{self.bin}/initdb", "-D", self.data, "-U", "postgres", "-E", "UTF8",
                     "--locale=C.UTF-8", "--auth-local=peer", "--auth-host=trust"])
        as_postgres([f"{self.bin}/pg_ctl", "-D", self.data, "-l", f"{self.dir}/server.log",
                     "-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1",
                     "-w", "start"])
        self.sql("CREATE ROLE granska_admin LOGIN CREATEROLE")

    def sql(self, statement, db="postgres"):
        subprocess.run([f"{self.bin}/psql", "-X", "-q", "-h", "127.0.0.1", "-p", str(self.port),
                        "-U", "postgres", "-d", db, "-c", statement], check=True,
                       stdout=subprocess.DEVNULL)

    def url(self, db):
        return f"postgresql://granska_admin@127.0.0.1:{self.port}/{db}"

    def stop(self):
        as_postgres([f"{self.bin}/pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop"])


def saved(session):
    return "Sparat" in session.screen.display[-1]


def woken(session, binary, db, audit, env, repeat):
    """Another process saves (`granska set`, an owner on one of the rows on
    screen): the time from its exit until the dashboard shows the change,
    with nothing pressed (on PostgreSQL only NOTIFY can tell it)."""
    samples = []
    for row in range(1, repeat + 1):
        session.drain()
        before = session.snapshot()
        c0 = bench.cpu_sample(session.pid)
        session.chunks = []
        subprocess.run([binary, "--db", db, "set", "recommendation", f"R{row}", "--audit", audit,
                        "--owner", f"Ägare {row}"], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        t0 = time.perf_counter()
        t_last = session.settle(lambda: session.snapshot() != before, 10.0, t0)
        if t_last is not None:
            samples.append({"ms": (t_last - t0) * 1000,
                            "bytes": sum(n for _, n in session.chunks),
                            "cpu_ms": bench.cpu_ms(c0, bench.cpu_sample(session.pid))})
    return samples


FLOOD = 100  # notifications, 20 a second, from a role that saves nothing


def flooded(session, notify):
    """The dashboard idle while `notify()` sends FLOOD notifications on
    channel granska (any role may): its CPU and bytes over those seconds."""
    import threading
    sender = threading.Thread(target=notify)
    sender.start()
    result = session.idle(FLOOD / 20 + 0.5)
    sender.join()
    return result


def measure(binary, place, tmp, audit, launches, repeat, log, notify=None):
    """`place()` gives a database to open (a private copy of the file, or
    the URL) and a directory to run in."""
    result = {}
    firsts = []
    for _ in range(launches):
        session, first = bench.start_dashboard(binary, *place(), audit["title"])
        session.close()
        firsts.append(first)
    result["first_frame"] = {"ms": bench.median(firsts, "ms"),
                             "cpu_ms": bench.median(firsts, "cpu_ms"), "samples": firsts}
    log(f"first frame {bench.fmt(result['first_frame']['ms'], 'ms')} ms")
    db, _, run_dir = place()
    session, first = bench.start_dashboard(binary, db, tmp, run_dir, audit["title"])
    try:
        session.press(b"3")
        session.press(b"g")
        result["row_down"] = bench.summarise(bench.collect(session, b"j", repeat))
        log(f"row down {bench.fmt(result['row_down']['bytes'], 'B')} B, "
            f"{bench.fmt(result['row_down']['ms'], 'ms')} ms")
        # A save: the next row's status chooser (s), the option below the
        # current one (or above, at the last), Enter; measured from Enter
        # until the screen shows the new status and "Sparat".
        session.press(b"g")
        saves = []
        for row in range(repeat):
            if row:
                session.press(b"j")
            if session.press(b"s") is None:
                continue
            if session.press(b"j") is None:
                session.press(b"k")
            sample = session.press(bench.ENTER, timeout=5, condition=lambda: saved(session))
            if sample is not None:
                saves.append(sample)
        result["save"] = bench.summarise(saves)
        log(f"save {bench.fmt(result['save']['ms'], 'ms')} ms ({len(saves)} saves)")
        session.press(b"g")
        result["woken"] = bench.summarise(
            woken(session, binary, db, audit["id"], bench.bench_env(tmp), 5))
        log(f"another process's save shown after {bench.fmt(result['woken']['ms'], 'ms')} ms")
        result["idle"] = session.idle(bench.IDLE_SECONDS)
        log(f"idle {result['idle']['bytes']} B, {result['idle']['cpu_pct']:.2f} % CPU")
        if notify:
            result["flood"] = flooded(session, notify)
            log(f"{FLOOD} notifications: {result['flood']['bytes']} B, "
                f"{result['flood']['cpu_pct']:.2f} % CPU")
        result["memory"] = {"first_frame": first["status"], "end": bench.proc_status(session.pid)}
    finally:
        session.close()
    return result


ROWS = [
    # label, path, unit, target for PostgreSQL (None: none; "sqlite": as SQLite)
    ("first complete frame", ("first_frame", "ms"), "ms", 150),
    ("  its CPU time", ("first_frame", "cpu_ms"), "ms", None),
    ("row down: bytes", ("row_down", "bytes"), "B", "sqlite"),
    ("row down: screen updated", ("row_down", "ms"), "ms", None),
    ("save (Enter → Sparat)", ("save", "ms"), "ms", 10),
    ("  its CPU time", ("save", "cpu_ms"), "ms", None),
    ("  bytes", ("save", "bytes"), "B", None),
    ("another process's save shown", ("woken", "ms"), "ms", 2000),
    ("idle 10 s: bytes", ("idle", "bytes"), "B", 0),
    ("idle 10 s: CPU", ("idle", "cpu_pct"), "%", None),
    (f"{FLOOD} notifications in 5 s: CPU", ("flood", "cpu_pct"), "%", 1),
    (f"{FLOOD} notifications in 5 s: bytes", ("flood", "bytes"), "B", 0),
    ("peak memory (VmHWM)", ("memory", "end", "VmHWM"), "MB", 40),
    ("  of it anonymous (RssAnon)", ("memory", "end", "RssAnon"), "MB", None),
]


def table(results):
    lines = ["| metric | target (PostgreSQL) | SQLite | PostgreSQL (loopback) |",
             "| --- | --- | ---: | ---: |"]
    misses = []
    for label, path, unit, target in ROWS:
        sqlite, postgres = (bench.value(results[b], None, path, unit) for b in ("sqlite", "postgres"))
        if target == "sqlite":
            bad, text = postgres != sqlite, "as SQLite"
        elif target is None:
            bad, text = False, "–"
        else:
            bad = bench.missed(None, postgres, target)
            text = f"{target:g} {unit}" if target == 0 else f"≤ {target:g} {unit}"
        if bad:
            misses.append(f"{label.strip()}: {bench.fmt(postgres, unit)} {unit} (target {text})")
        cells = [bench.fmt(sqlite, unit) + f" {unit}",
                 bench.fmt(postgres, unit) + f" {unit}" + (" ✗" if bad else "")]
        lines.append(f"| {label} | {text} | {cells[0]} | {cells[1]} |")
    copy = results["copy_to_postgres_s"]
    bad = copy > 5
    if bad:
        misses.append(f"copy --to: {copy:.1f} s (target ≤ 5 s)")
    lines.append(f"| `granska copy --to` PostgreSQL | ≤ 5 s | – | {copy:.1f} s{' ✗' if bad else ''} |")
    return "\n".join(lines), misses


def main():
    ap = argparse.ArgumentParser(description="Granska on PostgreSQL beside SQLite")
    ap.add_argument("--size", default="large", choices=["small", "medium", "large"])
    ap.add_argument("--binary", default=os.environ.get("GRANSKA_BIN", bench.DEFAULT_BINARY))
    ap.add_argument("--launches", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--wait-idle", type=float, default=0, metavar="MIN",
                    help="first wait up to MIN minutes for the machine to be idle")
    ap.add_argument("--json")
    args = ap.parse_args()
    bench.ensure_venv(False, script=os.path.abspath(__file__))
    import generate as gen
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"bench: no granska binary at {binary}; run bench/build.sh first")

    def log(msg):
        print(f"  {msg}", file=sys.stderr, flush=True)

    tmp = tempfile.mkdtemp(prefix="granska-bench-pg-")
    os.chmod(tmp, 0o755)
    results = {"environment": bench.environment(binary), "size": args.size}
    server = Server(tmp)
    try:
        base, _, _, counts = bench.prepare(args.size, binary, gen, tmp, log)
        results["data"] = counts
        audit = {"id": counts["first_audit"], "title": bench.first_audit(base)}
        server.sql("CREATE DATABASE bench OWNER granska_admin")
        t0 = time.perf_counter()
        subprocess.run([binary, "--db", base, "copy", "--to", server.url("bench")],
                       env=bench.bench_env(tmp), check=True, stdout=subprocess.DEVNULL)
        results["copy_to_postgres_s"] = time.perf_counter() - t0
        log(f"copy --to PostgreSQL {results['copy_to_postgres_s']:.1f} s")

        def sqlite_copy():
            run_dir = tempfile.mkdtemp(dir=tmp)
            db = os.path.join(run_dir, "granska.sqlite")
            shutil.copyfile(base, db)
            return db, tmp, run_dir

        def postgres_url():
            return server.url("bench"), tmp, tempfile.mkdtemp(dir=tmp)

        results["environment"]["busy_before_pct"] = bench.wait_for_idle(args.wait_idle)
        def notify():
            server.sql("DO $$ BEGIN FOR i IN 1..%d LOOP PERFORM pg_notify('granska', 'x' || i); "
                       "COMMIT; PERFORM pg_sleep(0.05); END LOOP; END $$" % FLOOD, db="bench")

        for backend, place in (("sqlite", sqlite_copy), ("postgres", postgres_url)):
            print(f"bench: {backend} ({args.size})", file=sys.stderr, flush=True)
            results[backend] = measure(binary, place, tmp, audit, args.launches, args.repeat, log,
                                       notify if backend == "postgres" else None)
        results["environment"]["busy_after_pct"] = bench.machine_busy()
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)

    env = results["environment"]
    text, misses = table(results)
    print(f"Granska on PostgreSQL {env['date']}, commit {env['commit']}, {env['cpus']} CPUs "
          f"({env['cpu']}), {env['terminal']}; {args.size}: {counts['audit']} audits, "
          f"{counts['recommendation']} recommendations, {counts['history']} history rows "
          f"(first audit: {counts['first_audit_recommendations']} recommendations); medians of "
          f"{args.repeat} keys and saves, {args.launches} launches; other work on the machine "
          f"{env['busy_before_pct']:.0f} % before, {env['busy_after_pct']:.0f} % after")
    print()
    print(text)
    print()
    bench.finish(misses, results, args.json)


if __name__ == "__main__":
    main()
