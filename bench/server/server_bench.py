#!/usr/bin/env python3
"""Step 4's server benchmark: vitae-server under wrk beside pgbench running the same SQL.

Runs inside pg_virtualenv (bench/run server starts it), whose PG* variables name a private
PostgreSQL. Creates a database, starts vitae-server on it, registers a user, creates a
realistic resume (bench/render/two-page-resume.json, 5.7 kB), then for each endpoint and each
connection count runs

  wrk      GET /api/resumes/{id} and an empty GET /api/sync/changes (cursor at the end)
  pgbench  the statements the server runs for that request, taken from the server's sources
           (the `constexpr Statement` of sync-server/adapters/postgres/*.cpp, so they cannot
           drift apart), one pgbench transaction per request

with the same number of connections, and prints requests/s, p99 latency and the ratio of the
server's throughput to pgbench's: the database's ceiling for that request.
"""

import argparse
import hashlib
import json
import os
import re
import shlex
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESUME = ROOT / "bench/render/two-page-resume.json"
STATEMENT_SOURCES = ROOT / "sync-server/adapters/postgres"
DATABASE = "vitae_bench"
TARGET_RATIO = 0.5
CHANGES_LIMIT = 100  # the server's default page; it asks the log for one more

# What the server runs per request, in order, with the pgbench variable for each $n.
SCENARIOS = {
    "GET /api/resumes/{id}": [
        ("sessions_user_for_token", ["token_hash", "now_ms"]),
        ("resumes_find_live", ["resume_id", "user_id"]),
    ],
    "GET /api/sync/changes (empty)": [
        ("sessions_user_for_token", ["token_hash", "now_ms"]),
        ("changes_page_after", ["user_id", "counter", "page_plus_one"]),
    ],
}


def fail(message):
    print(f"server_bench: error: {message}", file=sys.stderr)
    sys.exit(1)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_statements():
    """name -> SQL of every `constexpr Statement kX{"name", R"sql(...)sql"}` of the adapters."""
    pattern = re.compile(r'Statement\s+\w+\{\s*"([^"]+)",\s*R"sql\((.*?)\)sql"\s*\}', re.S)
    statements = {}
    for source in sorted(STATEMENT_SOURCES.glob("*.cpp")):
        for name, sql in pattern.findall(source.read_text(encoding="utf-8")):
            statements[name] = sql.strip()
    return statements


def pgbench_script(steps, statements):
    lines = []
    for name, variables in steps:
        if name not in statements:
            fail(f"statement {name} not found in {STATEMENT_SOURCES}: update SCENARIOS")
        sql = statements[name]
        # $10 before $1: replace the longest numbers first.
        for number in sorted(range(1, len(variables) + 1), reverse=True):
            sql = sql.replace(f"${number}", f":{variables[number - 1]}")
        if re.search(r"\$\d", sql):
            fail(f"statement {name} has more parameters than SCENARIOS names")
        lines.append(f"-- {name}\n{sql};\n")
    return "\n".join(lines)


class Api:
    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"
        self.token = None

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"null")


def wait_until_ready(api, server):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            fail(f"vitae-server exited with {server.returncode} before it was ready")
        try:
            if api.call("GET", "/readyz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    fail("vitae-server was not ready within 60 s")


def prepare(api):
    """A user with one resume; the variables the pgbench scripts need, and the wrk paths."""
    credentials = {"email": "bench@example.com", "password": "benchmark password"}
    status, body = api.call("POST", "/api/auth/register", credentials)
    if status != 201:
        fail(f"register answered {status}: {body}")
    status, body = api.call("POST", "/api/auth/login", credentials)
    if status != 200:
        fail(f"login answered {status}: {body}")
    api.token = body["token"]
    user_id = body["user"]["id"]
    resume = json.loads(RESUME.read_text(encoding="utf-8"))
    status, body = api.call("POST", "/api/resumes", {"title": "Backend engineer", "data": resume})
    if status != 201:
        fail(f"creating the resume answered {status}: {body}")
    resume_id = body["id"]
    status, body = api.call("GET", "/api/sync/changes")
    if status != 200 or len(body["changes"]) != 1:
        fail(f"the first sync answered {status}: {body}")
    cursor = body["cursor"]
    status, body = api.call("GET", f"/api/sync/changes?cursor={cursor}")
    if status != 200 or body["changes"]:
        fail(f"the sync at the end answered {status}: {body}")
    status, body = api.call("GET", f"/api/resumes/{resume_id}")
    if status != 200:
        fail(f"reading the resume answered {status}: {body}")
    counter = int(query(f"SELECT change_counter FROM users WHERE id = '{user_id}'"))
    variables = {
        "token_hash": hashlib.sha256(api.token.encode()).hexdigest(),
        "now_ms": str(int(time.time() * 1000)),
        "user_id": user_id,
        "resume_id": resume_id,
        "counter": str(counter),
        "page_plus_one": str(CHANGES_LIMIT + 1),
    }
    paths = {
        "GET /api/resumes/{id}": f"/api/resumes/{resume_id}",
        "GET /api/sync/changes (empty)": f"/api/sync/changes?cursor={cursor}",
    }
    return variables, paths


def query(sql):
    result = subprocess.run(["psql", "-X", "-At", "-d", DATABASE, "-c", sql],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        fail(f"psql failed: {result.stderr.strip()}")
    return result.stdout.strip()


UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def parse_wrk(output):
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.M)
    if not rate or not p99:
        fail(f"cannot read wrk's output:\n{output}")
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    sockets = re.search(r"Socket errors: (.*)", output)
    return {
        "rate": float(rate.group(1)),
        "p99_ms": float(p99.group(1)) * UNITS[p99.group(2)],
        "non2xx": int(errors.group(1)) if errors else 0,
        "socket_errors": sockets.group(1) if sockets else "",
    }


def run_wrk(url, token, connections, seconds, workdir):
    script = workdir / "auth.lua"
    script.write_text(f'wrk.headers["Authorization"] = "Bearer {token}"\n', encoding="utf-8")
    threads = min(2, connections)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency",
               "-s", str(script), url]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        fail(f"wrk failed ({result.returncode}): {result.stderr}")
    return parse_wrk(result.stdout)


def server_durations(log_path, start):
    """durationMs of the requests the server logged from byte `start` of its log on: the time
    from a request's first byte to its answer, without the kernel's queues or wrk's."""
    durations = []
    with open(log_path, "rb") as log:
        log.seek(start)
        for line in log:
            try:
                entry = json.loads(line)
            except ValueError:
                continue  # a line the server was still writing
            if entry.get("event") == "request" and "durationMs" in entry:
                durations.append(float(entry["durationMs"]))
    return durations


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0


def run_pgbench(script_text, variables, connections, seconds, workdir):
    script = workdir / "request.sql"
    script.write_text(script_text, encoding="utf-8")
    logs = workdir / "pgbench-log"
    logs.mkdir(exist_ok=True)
    for old in logs.glob("*"):
        old.unlink()
    command = ["pgbench", "-n", "-M", "prepared", f"-c{connections}", f"-j{min(2, connections)}",
               f"-T{seconds}", "-f", str(script), "--log", f"--log-prefix={logs}/tx"]
    for name, value in variables.items():
        command += ["-D", f"{name}={value}"]
    command.append(DATABASE)
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        fail(f"pgbench failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    rate = re.search(r"tps = ([\d.]+) \(without initial connection time\)", result.stdout)
    failed = re.search(r"number of failed transactions: (\d+)", result.stdout)
    if not rate:
        fail(f"cannot read pgbench's output:\n{result.stdout}")
    latencies = []
    for log in logs.glob("tx*"):
        for line in log.read_text().splitlines():
            fields = line.split()
            latencies.append(int(fields[2]) / 1000.0)  # microseconds -> ms
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else 0.0
    return {"rate": float(rate.group(1)), "p99_ms": p99,
            "failed": int(failed.group(1)) if failed else 0}


def start_server(binary, port, workdir, pool_size, wrap):
    environment = dict(os.environ)
    environment.update({
        "VITAE_DATABASE_URL": f"dbname={DATABASE}",  # host, port, user: pg_virtualenv's PG*
        "VITAE_HTTP_HOST": "127.0.0.1",
        "VITAE_HTTP_PORT": str(port),
        "VITAE_HTTP_THREADS": "96",  # above wrk's 64 keep-alive connections
        "VITAE_DATABASE_POOL_SIZE": str(pool_size),
        "VITAE_PASSWORD_HASH_COST": "interactive",
        "VITAE_ENV": "development",
    })
    log = open(workdir / "server.log", "w", encoding="utf-8")  # one JSON line per request
    return subprocess.Popen(shlex.split(wrap) + [binary], env=environment, stdout=log,
                            stderr=subprocess.STDOUT)


def measure_round(api, path, script, variables, connections, seconds, workdir):
    """One wrk run and, right after it, one pgbench run: a pair close enough in time that the
    machine's drift (a noisy neighbour, a busy host) touches both alike."""
    log_start = (workdir / "server.log").stat().st_size
    served = run_wrk(api.base + path, api.token, connections, seconds, workdir)
    inside = server_durations(workdir / "server.log", log_start)
    served["inside_p50_ms"] = percentile(inside, 0.5)
    served["inside_p99_ms"] = percentile(inside, 0.99)
    ceiling = run_pgbench(script, variables, connections, seconds, workdir)
    if served["non2xx"] or ceiling["failed"]:
        fail(f"errors during the run: {served['non2xx']} non-2xx answers, "
             f"{ceiling['failed']} failed pgbench transactions")
    return served, ceiling


def median_of(rounds, side, key):
    return statistics.median(round_[side][key] for round_ in rounds)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", required=True, help="the vitae-server binary")
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--seconds", type=int, default=5, help="per measurement")
    parser.add_argument("--rounds", type=int, default=3,
                        help="wrk-then-pgbench pairs per request and connection count; the "
                             "table gives their medians")
    parser.add_argument("--warmup", type=int, default=2,
                        help="seconds of wrk, not measured, before each measurement")
    parser.add_argument("--connections", default="2,64")
    parser.add_argument("--pool-size", type=int, default=16,
                        help="VITAE_DATABASE_POOL_SIZE (the server's default: 16)")
    parser.add_argument("--strict", action="store_true", help="exit 1 below the target ratio")
    parser.add_argument("--wrap", default="",
                        help="a command the server runs under, to profile it "
                             "(\"valgrind --tool=callgrind\"); its numbers are then no record")
    args = parser.parse_args()
    if not os.environ.get("PGHOST"):
        fail("no PGHOST: run inside pg_virtualenv (bench/run server does)")
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    connection_counts = [int(c) for c in args.connections.split(",")]

    subprocess.run(["dropdb", "--if-exists", DATABASE], check=True)
    subprocess.run(["createdb", DATABASE], check=True)
    port = free_port()
    server = start_server(args.server, port, workdir, args.pool_size, args.wrap)
    try:
        api = Api(port)
        wait_until_ready(api, server)
        variables, paths = prepare(api)
        statements = server_statements()
        results = []
        for scenario, steps in SCENARIOS.items():
            script = pgbench_script(steps, statements)
            for connections in connection_counts:
                print(f"==> {scenario}, {connections} connections: wrk {args.warmup} s to warm "
                      f"up, then {args.rounds} rounds of wrk {args.seconds} s and pgbench "
                      f"{args.seconds} s", flush=True)
                # Discarded: the pool opens its connections and their backends warm up, as
                # pgbench's rate leaves out its connecting.
                run_wrk(api.base + paths[scenario], api.token, connections, args.warmup, workdir)
                rounds = []
                for number in range(1, args.rounds + 1):
                    served, ceiling = measure_round(api, paths[scenario], script, variables,
                                                    connections, args.seconds, workdir)
                    print(f"    round {number}: server {served['rate']:,.0f} req/s, pgbench "
                          f"{ceiling['rate']:,.0f} tx/s, ratio "
                          f"{served['rate'] / ceiling['rate']:.2f}", flush=True)
                    rounds.append((served, ceiling))
                results.append((scenario, connections, rounds))
        # The HTTP round trip alone, no SQL: how much of the gap to pgbench is the extra hop.
        floors = []
        for connections in connection_counts:
            print(f"==> GET /healthz (no SQL), {connections} connections: wrk {args.warmup} s to "
                  f"warm up, then {args.seconds} s", flush=True)
            run_wrk(api.base + "/healthz", api.token, connections, args.warmup, workdir)
            floors.append((connections, run_wrk(api.base + "/healthz", api.token, connections,
                                                args.seconds, workdir)))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=120)

    print()
    print(f"{'request':<32} {'conns':>5} {'server req/s':>12} {'p99':>9} "
          f"{'pgbench tx/s':>12} {'p99':>9} {'ratio':>6} {'(range)':>11} "
          f"{'in server p50':>13} {'p99':>9}")
    below = False
    for scenario, connections, rounds in results:
        ratios = [served["rate"] / ceiling["rate"] for served, ceiling in rounds]
        ratio = statistics.median(ratios)
        below = below or ratio < TARGET_RATIO
        print(f"{scenario:<32} {connections:>5} {median_of(rounds, 0, 'rate'):>12,.0f} "
              f"{median_of(rounds, 0, 'p99_ms'):>7.2f}ms {median_of(rounds, 1, 'rate'):>12,.0f} "
              f"{median_of(rounds, 1, 'p99_ms'):>7.2f}ms {ratio:>6.2f} "
              f"{min(ratios):>5.2f}-{max(ratios):.2f} "
              f"{median_of(rounds, 0, 'inside_p50_ms'):>11.2f}ms "
              f"{median_of(rounds, 0, 'inside_p99_ms'):>7.2f}ms")
        for served, _ in rounds:
            if served["socket_errors"]:
                print(f"  wrk socket errors: {served['socket_errors']}")
    for connections, served in floors:
        print(f"{'GET /healthz (no SQL)':<32} {connections:>5} {served['rate']:>12,.0f} "
              f"{served['p99_ms']:>7.2f}ms")
    verdict = "FAIL" if below else "PASS"
    print(f"{verdict} server throughput >= {TARGET_RATIO} of pgbench's on the same SQL, median "
          f"of {args.rounds} rounds (pool {args.pool_size}, {args.seconds} s per run; server "
          f"log: {workdir}/server.log)")
    print("Each column is the median of the rounds; ratio is the median of the rounds' ratios, "
          "(range) their lowest and highest.")
    return 1 if below and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
