#!/usr/bin/env python3
"""Granska on PostgreSQL beside SQLite: the same data, the same keys.

    python3 bench/postgres.py [--size large] [--binary PATH] [--launches N]
                              [--repeat N] [--json out.json]

Starts a PostgreSQL server of its own (Debian's, run as the postgres
account: needs root) in a temporary directory on a loopback port, with the
server's default durability (fsync and synchronous commit on), copies the
size's database into it with `granska copy --to`, and measures the real
binary in a 100×30 pseudo-terminal against each: the first complete frame,
a row move (bytes, time), a save (`s` then Enter on a recommendation: the
status is stepped and saved, until the screen says Sparat), and peak memory.
Targets (issue 15): first frame ≤ 150 ms, row move bytes as on SQLite, a
save ≤ 20 ms, memory ≤ 40 MB. The server is stopped afterwards.
"""

import argparse
import glob
import json
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


def as_postgres(argv, **kw):
    return subprocess.run(["runuser", "-u", "postgres", "--"] + argv, check=True,
                          stdout=subprocess.DEVNULL, **kw)


class Server:
    """initdb + pg_ctl in a temporary directory, like the tests' own server."""

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


def measure(binary, location, fresh, tmp, title, launches, repeat, log):
    """`fresh()` gives the location back as it was before each launch's saves."""
    result = {}
    firsts = []
    for _ in range(launches):
        session, first = bench.start_dashboard(binary, location, tmp, tmp, title)
        session.close()
        firsts.append(first)
    result["first_frame_ms"] = bench.median(firsts, "ms")
    log(f"first frame {result['first_frame_ms']:.1f} ms")
    session, _ = bench.start_dashboard(binary, location, tmp, tmp, title)
    try:
        session.press(b"3")
        session.press(b"g")
        moves = bench.collect(session, b"j", repeat)
        result["row_down_bytes"] = bench.median(moves, "bytes")
        result["row_down_ms"] = bench.median(moves, "ms")
        log(f"row down {result['row_down_bytes']} B, {result['row_down_ms']:.1f} ms")
        saves = []
        for _ in range(repeat):
            session.press(b"g")
            if session.press(b"s") is None:
                continue
            s = session.press(bench.ENTER, timeout=5, condition=lambda: "Sparat" in session.text())
            if s is not None:
                saves.append(s)
        result["save_ms"] = bench.median(saves, "ms")
        result["saves"] = len(saves)
        log(f"save {result['save_ms']} ms ({len(saves)} saves)")
        status = bench.proc_status(session.pid)
        result["memory_mb"] = status["VmHWM"] / 1024 if "VmHWM" in status else None
    finally:
        session.close()
    fresh()
    return result


def main():
    ap = argparse.ArgumentParser(description="Granska on PostgreSQL beside SQLite")
    ap.add_argument("--size", default="large")
    ap.add_argument("--binary", default=os.environ.get("GRANSKA_BIN", bench.DEFAULT_BINARY))
    ap.add_argument("--launches", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=20)
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
    server = Server(tmp)
    results = {"environment": bench.environment(binary), "size": args.size}
    try:
        base, _, _, counts = bench.prepare(args.size, binary, gen, tmp, log)
        title = bench.first_audit(base)
        env = bench.bench_env(tmp)
        server.sql("CREATE DATABASE bench OWNER granska_admin")
        t0 = time.perf_counter()
        subprocess.run([binary, "--db", base, "copy", "--to", server.url("bench")], env=env,
                       check=True, stdout=subprocess.DEVNULL)
        results["copy_to_postgres_s"] = time.perf_counter() - t0
        log(f"copy --to PostgreSQL {results['copy_to_postgres_s']:.1f} s")
        pristine = base + ".pristine"
        shutil.copyfile(base, pristine)
        print(f"bench: SQLite ({args.size})", file=sys.stderr, flush=True)
        results["sqlite"] = measure(binary, base, lambda: shutil.copyfile(pristine, base), tmp,
                                    title, args.launches, args.repeat, log)
        print(f"bench: PostgreSQL ({args.size}, loopback)", file=sys.stderr, flush=True)
        results["postgres"] = measure(binary, server.url("bench"), lambda: None, tmp, title,
                                      args.launches, args.repeat, log)
        results["data"] = counts
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)

    env = results["environment"]
    rows = [
        ("first complete frame", "first_frame_ms", "ms", "≤ 150 ms"),
        ("row down: bytes", "row_down_bytes", "B", "as SQLite"),
        ("row down: screen updated", "row_down_ms", "ms", "–"),
        ("save (s Enter → Sparat)", "save_ms", "ms", "≤ 20 ms"),
        ("peak memory (VmHWM)", "memory_mb", "MB", "≤ 40 MB"),
    ]
    print(f"Granska on PostgreSQL, {env['date']}, commit {env['commit']}, {env['cpus']} CPUs; "
          f"{args.size}: {counts['audit']} audits, {counts['recommendation']} recommendations, "
          f"{counts['history']} history rows; medians of {args.repeat} keys, {args.launches} launches")
    print()
    print("| metric | target | SQLite | PostgreSQL (loopback) |")
    print("| --- | --- | ---: | ---: |")
    for label, key, unit, target in rows:
        cells = [bench.fmt(results[b].get(key), unit) for b in ("sqlite", "postgres")]
        print(f"| {label} | {target} | {cells[0]} | {cells[1]} |")
    print(f"| `copy --to` PostgreSQL | – | – | {results['copy_to_postgres_s']:.1f} s |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
