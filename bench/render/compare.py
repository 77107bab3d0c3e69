#!/usr/bin/env python3
"""Step 2 benchmark: Vitae's renderer beside Chromium, printing one two-page resume to PDF.

bench/run render builds what this needs and calls it; it can also be run by hand:

    compare.py --cli build/release/cli/vitae-cli --bench build/release/bench/bench_render \
        --node-modules ~/.cache/vitae/bench-node/node_modules --workdir /tmp/x [--strict]

It runs, one after the other (never two at once):
  1. bench_render: warm in-process renders, JSON Resume bytes -> PDF bytes;
  2. `vitae-cli render RESUME -o OUT.pdf` as a whole new process each time ("cold");
  3. the same under /usr/bin/time for its peak resident memory;
  4. `chromium --headless ... --print-to-pdf` of the same resume as HTML (written by
     resume-to-html.mjs), a new browser with a new profile each time ("cold");
  5. chromium-warm.mjs: one kept-open browser printing the loaded page with page.pdf();
then checks that both PDFs have the same pages and words, prints one table with median and
p95 of each, the ratios and PASS/FAIL per target, and writes everything to
WORKDIR/results.json. Exit status: 0, or 1 when --strict is given and a target FAILs;
2 when a measurement could not be made.
"""

import argparse
import collections
import json
import math
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# The targets of issue 3.
WARM_RATIO_TARGET = 10.0  # Chromium warm / Vitae warm, medians
COLD_RATIO_TARGET = 20.0  # Chromium cold / vitae-cli process, medians
MEMORY_LIMIT_MIB = 40.0  # peak resident memory

# The cold Chromium command of the issue. --no-pdf-header-footer drops Chromium's own
# header and footer (date, file name, URL), which the Vitae PDF does not have; the HTML draws
# the page numbers itself (CSS @page), as Vitae does.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
]


class BenchError(Exception):
    pass


def log(message):
    print(f"==> {message}", flush=True)


def stats(values):
    """Median (mean of the middle two for an even count) and p95 (nearest rank)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(0.95 * len(ordered)))
    return {"n": len(ordered), "median": statistics.median(ordered), "p95": ordered[rank - 1]}


def run(command, *, env=None, what=None):
    result = subprocess.run(command, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if result.returncode != 0:
        tail = result.stderr.decode(errors="replace").strip().splitlines()[-15:]
        raise BenchError(f"{what or command[0]} failed (exit {result.returncode}):\n  "
                         + "\n  ".join(tail))
    return result


def timed_runs(command, count, *, env, warmup, before=None, after=None, what):
    """Wall time in ms of `count` runs of a whole process, after `warmup` unmeasured ones.
    `before(i)` may return extra arguments (made outside the timing), `after(i)` cleans up."""
    samples = []
    for i in range(warmup + count):
        extra = before(i) if before else []
        start = time.perf_counter_ns()
        run(command + extra, env=env, what=what)
        elapsed = (time.perf_counter_ns() - start) / 1e6
        if after:
            after(i)
        if i >= warmup:
            samples.append(elapsed)
    return samples


def max_rss_kib(command, *, env, runs, what):
    """The largest "maximum resident set size" /usr/bin/time reports over `runs` runs. For a
    process tree (Chromium) it is the largest single process, not their sum."""
    peak = 0
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "time.txt"
        for _ in range(runs):
            run(["/usr/bin/time", "-f", "%M", "-o", str(report)] + command, env=env, what=what)
            peak = max(peak, int(report.read_text().split()[-1]))
    return peak


def pdf_pages(path):
    info = run(["pdfinfo", str(path)], what="pdfinfo").stdout.decode()
    found = re.search(r"^Pages:\s+(\d+)", info, re.M)
    return int(found.group(1)) if found else 0


def pdf_words(path):
    text = run(["pdftotext", "-enc", "UTF-8", str(path), "-"], what="pdftotext").stdout
    return collections.Counter(re.findall(r"\w+", text.decode("utf-8", "replace")))


def cpu_seconds():
    """(CPU seconds all processes used since boot, CPU seconds this process and its waited-for
    children used), to tell how much of the machine others took during the run."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    busy = sum(fields) - fields[3] - fields[4]
    mine = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime
    return busy / os.sysconf("SC_CLK_TCK"), own


def busy_fraction(seconds=1.0):
    """How busy the CPUs were over `seconds` (0..1), from /proc/stat; None when unknown."""
    def sample():
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        return sum(fields), fields[3] + fields[4]  # total, idle + iowait

    try:
        total0, idle0 = sample()
        time.sleep(seconds)
        total1, idle1 = sample()
    except (OSError, ValueError, IndexError):
        return None
    return 1.0 - (idle1 - idle0) / max(1, total1 - total0)


def machine_notes(chromium):
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        memory = f", {kib / 1024 / 1024:.0f} GiB"
    except (OSError, AttributeError):
        pass
    version = run([chromium, "--version"], what="chromium --version").stdout.decode().strip()
    return f"{cpu}, {os.cpu_count()} cores{memory}; Linux {platform.release()}; {version}"


def fmt_ms(value):
    return f"{value:.1f} ms" if value >= 10 else f"{value:.2f} ms"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cli", required=True, type=Path, help="the vitae-cli binary")
    parser.add_argument("--bench", required=True, type=Path, help="the bench_render binary")
    parser.add_argument("--node-modules", required=True, type=Path,
                        help="node_modules holding playwright-core")
    parser.add_argument("--workdir", required=True, type=Path, help="for PDFs and results")
    parser.add_argument("--resume", type=Path, default=HERE / "two-page-resume.json")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--pages", type=int, default=2, help="pages the resume must have")
    parser.add_argument("--warm-renders", type=int, default=200)
    parser.add_argument("--cold-runs", type=int, default=20)
    parser.add_argument("--memory-runs", type=int, default=3)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target FAILs")
    args = parser.parse_args()

    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    runtime = Path(tempfile.mkdtemp(prefix="vitae-bench-runtime-"))
    runtime.chmod(0o700)
    # Both programs get the same quiet, headless environment.
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), QT_QPA_PLATFORM="offscreen")
    results = {"resume": str(args.resume)}
    try:
        results["machine"] = machine_notes(args.chromium)
        busy = busy_fraction()
        results["busy_before"] = busy
        log(f"machine: {results['machine']}")
        if busy is not None:
            log(f"CPU use by other processes in the second before: {busy:.0%}")
            if busy > 0.1:
                print("warning: the machine is busy; the times below will be slower and "
                      "noisier than on a quiet machine", file=sys.stderr)

        html = work / "resume.html"
        html.write_bytes(run(["node", str(HERE / "resume-to-html.mjs"), str(args.resume)],
                             what="resume-to-html.mjs").stdout)

        log(f"Vitae in process: bench_render, {args.warm_renders} warm renders")
        bench_json = work / "bench_render.json"
        start_cpu, start_wall = cpu_seconds(), time.monotonic()
        out = run([str(args.bench), "--resume", str(args.resume), "--renders",
                   str(args.warm_renders), "--expect-pages", str(args.pages), "--json",
                   str(bench_json), "--pdf", str(work / "vitae-inprocess.pdf")],
                  env=env, what="bench_render")
        print(out.stdout.decode(), end="")
        bench = json.loads(bench_json.read_text())
        results["bench_render"] = bench

        vitae_pdf = work / "vitae-cli.pdf"
        cli = [str(args.cli), "render", str(args.resume), "-o", str(vitae_pdf)]
        log(f"vitae-cli render, whole process: 2 unmeasured + {args.cold_runs} runs")
        cli_cold = timed_runs(cli, args.cold_runs, env=env, warmup=2, what="vitae-cli render")
        log(f"vitae-cli render under /usr/bin/time: {args.memory_runs} runs")
        cli_rss = max_rss_kib(cli, env=env, runs=args.memory_runs, what="vitae-cli render")
        # What others took while Vitae was measured. (Not while Chromium is: some of its
        # processes leave our process tree, so their CPU time would count as others'.)
        end_cpu, end_wall = cpu_seconds(), time.monotonic()
        others = (end_cpu[0] - start_cpu[0]) - (end_cpu[1] - start_cpu[1])
        results["others_cpu_share"] = max(0.0, others) / (
            (end_wall - start_wall) * (os.cpu_count() or 1))

        chromium_pdf = work / "chromium-cold.pdf"
        profiles = []

        def new_profile(_):
            profiles.append(tempfile.mkdtemp(prefix="vitae-bench-chromium-"))
            return [f"--user-data-dir={profiles[-1]}", f"--print-to-pdf={chromium_pdf}",
                    str(html)]

        def drop_profile(_):
            shutil.rmtree(profiles.pop(), ignore_errors=True)

        chromium = [args.chromium] + CHROMIUM_FLAGS
        log(f"Chromium cold, new browser and profile each time: 1 unmeasured + "
            f"{args.cold_runs} runs")
        chromium_cold = timed_runs(chromium, args.cold_runs, env=env, warmup=1,
                                   before=new_profile, after=drop_profile,
                                   what="chromium --print-to-pdf")
        chromium_rss = max_rss_kib(chromium + new_profile(0), env=env, runs=1,
                                   what="chromium --print-to-pdf")
        drop_profile(0)

        log(f"Chromium warm, one kept-open browser: {args.warm_renders} x page.pdf()")
        warm_json = work / "chromium-warm.json"
        out = run(["node", str(HERE / "chromium-warm.mjs"), "--modules", str(args.node_modules),
                   "--html", str(html), "--chromium", args.chromium, "--renders",
                   str(args.warm_renders), "--pdf", str(work / "chromium-warm.pdf"), "--json",
                   str(warm_json)], env=env, what="chromium-warm.mjs")
        print(out.stdout.decode(), end="")
        chromium_warm = json.loads(warm_json.read_text())
        results["busy_after"] = busy_fraction()
        # Same resume on both sides: the same number of pages and (nearly) the same words.
        pages = {name: pdf_pages(work / name)
                 for name in ("vitae-cli.pdf", "chromium-cold.pdf", "chromium-warm.pdf")}
        vitae_words = pdf_words(work / "vitae-cli.pdf")
        chromium_words = pdf_words(work / "chromium-cold.pdf")
    except BenchError as error:
        print(f"bench/run render: {error}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(runtime, ignore_errors=True)

    common = sum((vitae_words & chromium_words).values())
    word_match = common / max(1, sum((vitae_words | chromium_words).values()))

    rows = {
        "vitae_warm": stats(bench["wallMs"]),
        "vitae_cli": stats(cli_cold),
        "chromium_warm": stats(chromium_warm["warmMs"]),
        "chromium_reload": stats(chromium_warm["reloadMs"]),
        "chromium_cold": stats(chromium_cold),
    }
    phases = {key: stats(bench[key]) for key in ("importValidateMs", "layoutMs", "renderPdfMs")
              if bench.get(key)}
    cli_mib = cli_rss / 1024
    inprocess_mib = bench["hwmKiB"] / 1024
    added_mib = (bench["hwmKiB"] - bench["rssBeforeKiB"]) / 1024
    warm_ratio = rows["chromium_warm"]["median"] / rows["vitae_warm"]["median"]
    cold_ratio = rows["chromium_cold"]["median"] / rows["vitae_cli"]["median"]
    verdicts = [
        ("Chromium warm / Vitae warm", f"{warm_ratio:.1f}x",
         f"(p95 {rows['chromium_warm']['p95'] / rows['vitae_warm']['p95']:.1f}x)",
         f">= {WARM_RATIO_TARGET:g}x", warm_ratio >= WARM_RATIO_TARGET),
        ("Chromium cold / vitae-cli process", f"{cold_ratio:.1f}x",
         f"(p95 {rows['chromium_cold']['p95'] / rows['vitae_cli']['p95']:.1f}x)",
         f">= {COLD_RATIO_TARGET:g}x", cold_ratio >= COLD_RATIO_TARGET),
        ("peak memory, vitae-cli render", f"{cli_mib:.1f} MiB", "(max RSS)",
         f"< {MEMORY_LIMIT_MIB:g} MiB", cli_mib < MEMORY_LIMIT_MIB),
        ("peak memory, in-process renderer", f"{inprocess_mib:.1f} MiB", "(VmHWM)",
         f"< {MEMORY_LIMIT_MIB:g} MiB", inprocess_mib < MEMORY_LIMIT_MIB),
    ]

    print()
    log(f"step 2: one PDF of {args.resume.name} ({pages['vitae-cli.pdf']} pages A4); "
        "wall time per PDF")
    print(f"{'measurement':<52} {'n':>4} {'median':>10} {'p95':>10}")

    def row(label, s):
        print(f"{label:<52} {s['n']:>4} {fmt_ms(s['median']):>10} {fmt_ms(s['p95']):>10}")

    row("Vitae warm, in process (JSON -> PDF bytes)", rows["vitae_warm"])
    for key, label in (("importValidateMs", "  of which import + validate"),
                       ("layoutMs", "  of which layoutResume"),
                       ("renderPdfMs", "  of which renderPdf (paint + PDF)")):
        if key in phases:
            row(label, phases[key])
    print(f"{'  first render in a fresh process':<52} {1:>4} {fmt_ms(bench['firstMs']):>10}")
    row("vitae-cli render, whole process (cold)", rows["vitae_cli"])
    row("Chromium warm, kept-open browser: page.pdf()", rows["chromium_warm"])
    row("  Chromium warm, page.setContent() + page.pdf()", rows["chromium_reload"])
    row("Chromium cold: chromium --headless --print-to-pdf", rows["chromium_cold"])
    print(f"{'peak memory, vitae-cli render (max RSS)':<52} {args.memory_runs:>4} "
          f"{cli_mib:>6.1f} MiB")
    print(f"{'peak memory, in-process renderer (VmHWM)':<52} {1:>4} {inprocess_mib:>6.1f} MiB"
          f"  (rendering added {added_mib:.1f} MiB)")
    print(f"{'  Chromium cold, largest process (max RSS)':<52} {1:>4} "
          f"{chromium_rss / 1024:>6.1f} MiB")
    after = results["busy_after"]
    print(f"other processes used {results['others_cpu_share']:.0%} of the machine's CPU time "
          "while Vitae was measured"
          + (f", {after:.0%} in the second after the last measurement" if after is not None
             else ""))
    print(f"same resume: pages Vitae {pages['vitae-cli.pdf']}, Chromium cold "
          f"{pages['chromium-cold.pdf']}, Chromium warm {pages['chromium-warm.pdf']}; "
          f"{word_match:.1%} of the words in common (pdftotext)")
    print()
    print(f"{'target':<36} {'measured':>10} {'':<13} {'target':>10}  verdict")
    for name, measured, note, target, ok in verdicts:
        print(f"{name:<36} {measured:>10} {note:<13} {target:>10}  {'PASS' if ok else 'FAIL'}")

    same_pages = len(set(pages.values())) == 1 and pages["vitae-cli.pdf"] == args.pages
    if not same_pages:
        print(f"warning: the PDFs do not all have {args.pages} pages: {pages}", file=sys.stderr)
    if word_match < 0.97:
        print(f"warning: the Vitae and Chromium PDFs share only {word_match:.1%} of their words",
              file=sys.stderr)

    results.update({
        "vitae_cli_ms": cli_cold,
        "vitae_cli_max_rss_kib": cli_rss,
        "chromium_cold_ms": chromium_cold,
        "chromium_cold_max_rss_kib": chromium_rss,
        "chromium_warm": chromium_warm,
        "stats": rows,
        "phases": phases,
        "pages": pages,
        "word_match": word_match,
        "verdicts": [{"name": n, "measured": m, "target": t, "pass": ok}
                     for n, m, _, t, ok in verdicts],
    })
    (work / "results.json").write_text(json.dumps(results, indent=1))
    print(f"raw results: {work / 'results.json'}")

    failed = [name for name, _, _, _, ok in verdicts if not ok]
    if failed and args.strict:
        print(f"bench/run render --strict: FAIL: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
