#!/usr/bin/env python3
"""Speed over SSH: the dashboard reached as in service-account mode — a real
sshd on loopback, a service account made by `granska setup-service`, a key
with Granska's forced command — on a link with an added delay.

    sudo python3 bench/ssh.py [--binary PATH] [--delay-ms 100] [--repeat 20]
                              [--database FILE] [--json FILE]

Needs root (it creates the service account and removes it afterwards) and
Debian's openssh-server (scripts/setup installs it). The delay: inside a
network namespace of its own (`unshare --net`, so no other program's
loopback is touched) with `tc qdisc add dev lo root netem delay DELAYms`,
which delays every packet DELAY ms each way; where the kernel has no netem,
bench/delay_proxy.py holds every chunk DELAY ms each way instead. Either way
a round trip takes 2 × DELAY longer. See bench/README.md."""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

import run as bench

HERE = os.path.dirname(os.path.abspath(__file__))


def sh(*argv, **kw):
    return subprocess.run(argv, check=True, capture_output=True, text=True, **kw)


def link_delay(delay_ms):
    """'netem' when the namespace's loopback now delays each packet, else None."""
    sh("ip", "link", "set", "lo", "up")
    if delay_ms == 0:
        return "none"
    r = subprocess.run(["tc", "qdisc", "add", "dev", "lo", "root", "netem", "delay",
                        f"{delay_ms}ms"], capture_output=True, text=True)
    if r.returncode == 0:
        return "netem"
    print(f"bench: netem not available ({r.stderr.strip()}); using bench/delay_proxy.py",
          file=sys.stderr)
    return None


class Service:
    """A service account, its database and an sshd on a free loopback port."""

    def __init__(self, binary, database, tmp):
        self.tmp = tmp
        self.account = "gkbench" + uuid.uuid4().hex[:6]
        self.home = os.path.join(tmp, "home")
        sh(binary, "setup-service", "--user", self.account, "--home", self.home)
        self.database = os.path.join(self.home, "granska.sqlite")
        if database:
            shutil.copyfile(database, self.database)
            shutil.chown(self.database, self.account, self.account)
        self.key = os.path.join(tmp, "key")
        sh("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", self.key)
        with open(self.key + ".pub") as f:
            sh("runuser", "-u", self.account, "--", binary, "--db", self.database,
               "keys", "add", "bench", "-", "--editor", input=f.read(), cwd=self.home)
        sh("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", os.path.join(tmp, "host"))
        os.makedirs("/run/sshd", exist_ok=True)
        self.port = free_port()
        config = os.path.join(tmp, "sshd_config")
        with open(config, "w") as f:
            f.write(f"Port {self.port}\nListenAddress 127.0.0.1\nHostKey {tmp}/host\n"
                    f"PidFile {tmp}/sshd.pid\nAllowUsers {self.account}\nUsePAM no\n"
                    "PasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                    f"Match User {self.account}\n    DisableForwarding yes\n    PermitTTY yes\n")
        self.sshd = subprocess.Popen(["/usr/sbin/sshd", "-D", "-f", config, "-E",
                                      os.path.join(tmp, "sshd.log")])
        wait_for_port(self.port)
        self.proxy = None

    def through_proxy(self, delay_ms):
        if self.proxy is not None:
            self.proxy.terminate()
            self.proxy.wait()
        port = free_port()
        self.proxy = subprocess.Popen(
            [sys.executable, os.path.join(HERE, "delay_proxy.py"), str(port), str(self.port),
             str(delay_ms)], stdout=subprocess.PIPE, text=True)
        self.proxy.stdout.readline()
        return port

    def client(self, port):
        return ["ssh", "-tt", "-F", "/dev/null", "-i", self.key, "-o", "IdentitiesOnly=yes",
                "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "-p", str(port), f"{self.account}@127.0.0.1"]

    def close(self):
        for p in (self.proxy, self.sshd):
            if p is not None:
                p.terminate()
                p.wait()
        subprocess.run(["userdel", "--force", self.account], capture_output=True)


def free_port():
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_for_port(port):
    import socket
    for _ in range(500):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return
        except OSError:
            time.sleep(0.01)
    sys.exit(f"bench: sshd did not listen on {port}")


def measure(argv, env, cwd, repeat, log):
    """First frame, view switches and row moves of one dashboard session."""
    session = bench.Pty(argv, env, cwd)

    def complete():
        lines = session.screen.display
        return any("Översikt" in line for line in lines) and lines[-1].strip() != ""
    t_last = session.settle(complete, bench.START_TIMEOUT, session.t_spawn)
    if t_last is None:
        text = session.text()
        session.close()
        sys.exit(f"bench: no first frame; screen:\n{text}")
    result = {"first_frame": {"ms": (t_last - session.t_spawn) * 1000}}
    try:
        switches = [s for s in (session.press(k) for k in [b"2", b"3", b"4", b"5", b"1"] * (
            repeat // 5 + 1)) if s is not None][:repeat]
        result["view_switch"] = bench.summarise(switches)
        session.press(b"3")
        session.press(b"g")
        result["row_down"] = bench.summarise(bench.collect(session, b"j", repeat))
        log(f"first frame {result['first_frame']['ms']:.0f} ms, row down "
            f"{result['row_down']['ms']:.1f} ms {result['row_down']['bytes']:.0f} B, view switch "
            f"{result['view_switch']['ms']:.1f} ms")
    finally:
        session.close()
    return result


def main():
    ap = argparse.ArgumentParser(description="Granska over SSH (see bench/README.md)")
    ap.add_argument("--binary", default=os.environ.get("GRANSKA_BIN", bench.DEFAULT_BINARY))
    ap.add_argument("--delay-ms", type=float, default=100, help="added each way (default 100)")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--database", help="a database to serve (default: the built-in audit)")
    ap.add_argument("--json", help="write every raw number here")
    args = ap.parse_args()
    bench.ensure_venv(False, script=__file__)
    if os.geteuid() != 0:
        sys.exit("bench/ssh.py makes a service account and starts sshd: run it as root")
    binary = os.path.abspath(args.binary)
    if os.environ.get("GRANSKA_BENCH_NETNS") != "1" and shutil.which("unshare"):
        env = dict(os.environ, GRANSKA_BENCH_NETNS="1")
        os.execvpe("unshare", ["unshare", "--net", sys.executable, os.path.abspath(__file__)]
                   + sys.argv[1:], env)
    mode = link_delay(args.delay_ms) or "proxy"
    log = lambda text: print(f"  {text}", file=sys.stderr, flush=True)
    tmp = tempfile.mkdtemp(prefix="granska-bench-ssh-")
    os.chmod(tmp, 0o755)
    service = Service(binary, args.database, tmp)
    results = {"binary": binary, "delay_ms_each_way": args.delay_ms, "delay": mode,
               "repeat": args.repeat, "machine": platform.node(),
               "date": time.strftime("%Y-%m-%d %H:%M:%S"), "load_before": os.getloadavg(),
               "nice": os.nice(0)}
    try:
        env = bench.bench_env(tmp)
        print("local (no ssh):", file=sys.stderr)
        results["local"] = measure(
            ["runuser", "-u", service.account, "--", binary, "--db", service.database],
            env, service.home, args.repeat, log)
        port = service.port
        print("ssh, no added delay:", file=sys.stderr)
        results["ssh"] = measure(service.client(port), env, tmp, args.repeat, log)
        if mode == "proxy":
            # The proxy's own cost, to tell it apart from Granska's and ssh's.
            print("ssh through the proxy, no delay:", file=sys.stderr)
            results["ssh_proxy"] = measure(
                service.client(service.through_proxy(0)), env, tmp, args.repeat, log)
            port = service.through_proxy(args.delay_ms)
        print(f"ssh, +{args.delay_ms:g} ms each way ({mode}):", file=sys.stderr)
        results["ssh_delayed"] = measure(service.client(port), env, tmp, args.repeat, log)
    finally:
        service.close()
        shutil.rmtree(tmp, ignore_errors=True)
    results["load_after"] = os.getloadavg()
    report(results, args)


def report(results, args):
    rtt = 2 * args.delay_ms
    rows = [("first complete frame", "first_frame", "ms", None),
            ("row down: screen updated", "row_down", "ms", None),
            ("row down: bytes", "row_down", "bytes", None),
            ("view switch: screen updated", "view_switch", "ms", None),
            ("view switch: bytes", "view_switch", "bytes", None)]
    columns = [("local", "local"), ("ssh", "ssh"), ("ssh via proxy, +0", "ssh_proxy"),
               (f"ssh +{rtt:g} ms RTT", "ssh_delayed")]
    columns = [(name, key) for name, key in columns if results.get(key)]
    print(f"\nGranska over SSH ({results['delay']}; medians of {args.repeat}; 100×30 pty; "
          f"load {results['load_before'][0]:.1f} → {results['load_after'][0]:.1f}, "
          f"nice {results['nice']})\n")
    print("| metric | " + " | ".join(name for name, _ in columns) + " |")
    print("| --- |" + " ---: |" * len(columns))
    for label, key, field, _ in rows:
        cells = []
        for _, col in columns:
            v = results[col][key].get(field)
            cells.append("–" if v is None else f"{v:.1f} ms" if field == "ms" else f"{v:.0f}")
        print(f"| {label} | " + " | ".join(cells) + " |")
    row = {k: results[k]["row_down"]["ms"] for _, k in columns}
    print(f"\nrow down over the delayed link: {row['ssh_delayed']:.1f} ms = {rtt:g} ms round trip "
          f"+ {row['ssh_delayed'] - rtt:.1f} ms, of which Granska's own (local) {row['local']:.1f} ms, "
          f"ssh and sshd {row['ssh'] - row['local']:.1f} ms"
          + (f", the delay proxy {row['ssh_proxy'] - row['ssh']:.1f} ms" if "ssh_proxy" in row else "")
          + " (target: Granska's own ≤ 5 ms)")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1, ensure_ascii=False)
        print(f"raw numbers: {args.json}")


if __name__ == "__main__":
    main()
