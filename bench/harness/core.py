"""The machinery of bench/run: prerequisites, builds, timed alternating runs, summaries, CSV.

A benchmark (see definitions.py) is a list of sides (brainalign and its references), each a
command line timed as a whole process by /usr/bin/time (wall, user + sys CPU, peak RSS) and whose
output is parsed for the figures it prints itself (GFLOP/s, images/s, in-process seconds). The
sides run alternately, the order reversed every repetition, REPS times; the summary gives median,
min and max of each figure, the spread (max - min) / median, the ratios the benchmark names and, for
every pair of sides, the ratio of median wall times.
"""
import csv
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import blasprobe

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PY = sys.executable or "/usr/bin/python3"
OUT = os.path.join(ROOT, "target", "bench")
EXIT_FAILED = 1
EXIT_MISSING = 3  # a prerequisite is missing: CI prints SKIP for this code and fails for others
EXIT_TOO_BIG = 2  # the machine cannot hold the run (disk or memory): said before anything starts

# Debian package that provides each Python module the references need.
APT = {"numpy": "python3-numpy", "scipy": "python3-scipy", "sklearn": "python3-sklearn",
       "h5py": "python3-h5py", "torch": "python3-torch", "torchvision": "python3-torchvision",
       "nibabel": "python3-nibabel", "threadpoolctl": "python3-threadpoolctl", "PIL": "python3-pil"}


class BenchError(Exception):
    def __init__(self, message, code=EXIT_FAILED):
        super().__init__(message)
        self.code = code


def say(line=""):
    print(line, flush=True)


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


# ---------------------------------------------------------------- prerequisites and builds

def require_python(modules):
    missing = []
    for m in modules:
        r = subprocess.run([PY, "-c", "import " + m], capture_output=True, text=True)
        if r.returncode != 0:
            missing.append(m)
    if missing:
        pkgs = " ".join(APT.get(m, "python3-" + m) for m in missing)
        raise BenchError("missing Python module(s) %s for %s; install with: apt-get install %s"
                         % (", ".join(missing), PY, pkgs), EXIT_MISSING)


def _gb(n):
    return "%.1f GB" % (n / 1e9)


def _bytes_under(path):
    total = 0
    for base, _, files in os.walk(path):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(base, f))
            except OSError:
                pass
    return total


def available_memory():
    """MemAvailable of /proc/meminfo in bytes (BENCH_MEMORY_AVAILABLE overrides it, for tests)."""
    if os.environ.get("BENCH_MEMORY_AVAILABLE"):
        return int(os.environ["BENCH_MEMORY_AVAILABLE"])
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    return None


def free_disk(path):
    """Free bytes on path's file system (BENCH_DISK_FREE overrides it, for tests)."""
    if os.environ.get("BENCH_DISK_FREE"):
        return int(os.environ["BENCH_DISK_FREE"])
    return shutil.disk_usage(path).free


def require_room(bench, ctx):
    """Stops a run that cannot fit the machine's disk or memory before it writes or starts anything,
    with the sizes: its data (less what earlier runs already wrote to ctx.data) against the free
    space where it goes, its largest process against the memory available."""
    if bench.needs is None:
        return
    disk, memory = bench.needs(ctx.p)
    missing_disk = max(0, disk - _bytes_under(ctx.data))
    free = free_disk(ctx.data)
    problems = []
    if missing_disk > free:
        problems.append("its data need %s more on %s (%s in all), only %s is free"
                        % (_gb(missing_disk), ctx.data, _gb(disk), _gb(free)))
    avail = available_memory()
    if avail is not None and memory > avail:
        problems.append("its largest process needs about %s of memory, %s is available"
                        % (_gb(memory), _gb(avail)))
    if problems:
        raise BenchError("%s --size %s cannot run on this machine: %s. Free the space or memory, "
                         "or run --size quick."
                         % (bench.name, ctx.size, "; ".join(problems)), EXIT_TOO_BIG)


def require_tools():
    for tool, pkg in (("java", "openjdk-17-jdk-headless"), ("mvn", "maven")):
        if shutil.which(tool) is None:
            raise BenchError("%s not found; install with: apt-get install %s" % (tool, pkg),
                             EXIT_MISSING)


def _newest_source(paths, newer_than):
    """True when a source or pom under paths is newer than the file newer_than."""
    stamp = os.path.getmtime(newer_than)
    for base in paths:
        for d, dirs, files in os.walk(base):
            dirs[:] = [x for x in dirs if x not in ("target", ".git", "node_modules")]
            for f in files:
                if f.endswith((".java", ".xml", ".properties")) and \
                        os.path.getmtime(os.path.join(d, f)) > stamp:
                    return True
    return False


def _mvn(args, what):
    cmd = ["mvn", "-B", "-Dstyle.color=never"] + args
    say("build (%s): %s" % (what, " ".join(cmd)))
    log = os.path.join(OUT, "logs", "build-%s.log" % what)
    os.makedirs(os.path.dirname(log), exist_ok=True)
    with open(log, "w") as f:
        r = subprocess.run(cmd, cwd=ROOT, stdout=f, stderr=subprocess.STDOUT)
    if r.returncode != 0:
        with open(log) as f:
            lines = f.read().splitlines()
        errors = [l for l in lines if "ERROR" in l][:40] or lines[-40:]
        raise BenchError("the build failed (exit %d); full log %s:\n  %s"
                         % (r.returncode, log, "\n  ".join(errors)))


_classpath = None


def bench_classpath():
    """Class path of bench/java (the benchmark mains) after a reactor build with -am if stale."""
    global _classpath
    if _classpath:
        return _classpath
    require_tools()
    cp_file = os.path.join(ROOT, "bench", "java", "target", "bench-classpath.txt")
    jar = os.path.join(ROOT, "bench", "java", "target", "brainalign-bench-0.1.0-SNAPSHOT.jar")
    sources = [os.path.join(ROOT, p) for p in ("pom.xml", "core", "plugins", "bench/java")]
    if os.environ.get("BENCH_REBUILD") == "1" or not os.path.exists(cp_file) \
            or not os.path.exists(jar) or _newest_source(sources, cp_file):
        _mvn(["-pl", "bench/java", "-am", "-DskipTests", "package", "dependency:build-classpath",
              "-Dmdep.outputFile=target/bench-classpath.txt", "-Dmdep.includeScope=runtime"],
             "bench-java")
        os.utime(cp_file)
    else:
        say("build (bench-java): up to date (%s newer than every source; BENCH_REBUILD=1 forces)"
            % os.path.relpath(cp_file, ROOT))
    with open(cp_file) as f:
        _classpath = jar + os.pathsep + f.read().strip()
    return _classpath


def build_app():
    """The launcher's own build (./brainalign rebuilds when sources changed), outside the timings."""
    require_tools()
    say("build (app): ./brainalign --version")
    r = subprocess.run([os.path.join(ROOT, "brainalign"), "--version"], cwd=ROOT,
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise BenchError("./brainalign --version failed (exit %d):\n%s"
                         % (r.returncode, (r.stdout + r.stderr)[-4000:]))
    return r.stdout.strip()


def java(main, args, heap="-Xmx4g", props=()):
    return ["java", heap, "-Djava.awt.headless=true"] + list(props) + \
        ["-cp", bench_classpath(), main] + [str(a) for a in args]


def brainalign(args):
    return [os.path.join(ROOT, "brainalign")] + [str(a) for a in args]


def python(script, args):
    return [PY, os.path.join(ROOT, "bench", "python", script)] + [str(a) for a in args]


# ---------------------------------------------------------------- definitions

class Side:
    """One command of a benchmark. parse maps its output to {figure: (value, unit)}."""

    def __init__(self, label, argv, parse=None, env=None, kind="brainalign"):
        self.label, self.argv, self.parse, self.env, self.kind = label, argv, parse, env or {}, kind


class Bench:
    def __init__(self, name, title, doc, sizes, sides, python=(), build=(), prepare=None,
                 ratios=(), check=None, reps=None, needs=None):
        self.name, self.title, self.doc, self.sizes = name, title, doc, sizes
        self.sides, self.python, self.build, self.prepare = sides, python, build, prepare
        self.ratios, self.check = ratios, check
        # needs(parameters) -> (disk bytes of its data, memory bytes of its largest process), for
        # the check that a run fits the machine before it starts; None: small everywhere.
        self.needs = needs
        # quick: once each (CI's check that nothing rotted); full: several, alternating.
        self.reps = reps or {"quick": 1, "full": 3}


class Context:
    def __init__(self, bench, size, reps):
        self.bench, self.size, self.reps = bench, size, reps
        self.p = bench.sizes[size]
        self.data = os.path.join(OUT, "data", "%s-%s" % (bench.name, size))
        os.makedirs(self.data, exist_ok=True)

    def path(self, *parts):
        return os.path.join(self.data, *parts)


def figures(pattern, text, names_units, flags=0):
    """{name: (float, unit)} from the first match of pattern (groups in names_units order)."""
    m = re.search(pattern, text, flags)
    if not m:
        return {}
    return {n: (float(g), u) for (n, u), g in zip(names_units, m.groups())}


def bound_check(label, side, prefix, tol):
    """A check: every figure of side whose name starts with prefix is at most tol in every run."""
    def check(ctx):
        vals = [(n, v[0]) for r in ctx.results[side] for n, v in r.items() if n.startswith(prefix)]
        if not vals:
            return [(label, "no figure %s* in the output of %s" % (prefix, side), False)]
        worst = max(vals, key=lambda nv: nv[1])
        return [(label, "largest %s = %.2g (tolerance %g)" % (worst[0], worst[1], tol),
                 worst[1] <= tol)]
    return check


def all_figures(pattern, text, make):
    """Figures from every match: make(match) returns {name: (value, unit)}."""
    out = {}
    for m in re.finditer(pattern, text, re.M):
        out.update(make(m))
    return out


# ---------------------------------------------------------------- running

def machine(ctx_bench):
    info = {"cores": str(os.cpu_count()), "cpu": _cpu_model(), "kernel": platform.release(),
            "load_before": loadavg(), "date_utc": datetime.datetime.utcnow().strftime("%FT%TZ")}
    r = subprocess.run(["java", "-version"], capture_output=True, text=True)
    info["java"] = (r.stderr or r.stdout).splitlines()[0] if r.returncode == 0 else "absent"
    r = subprocess.run([PY, "-c", _VERSIONS], capture_output=True, text=True)
    info["python"] = r.stdout.strip() if r.returncode == 0 else "versions unavailable: " + r.stderr
    if "bench-java" in ctx_bench.build:
        cmd = java("org.brainalign.bench.BlasInfo", [], heap="-Xmx256m")
    else:
        # The launcher's class path and BlasInfo as a single-file program (no bench/java build).
        lib = os.path.join(ROOT, "core", "app", "target", "brainalign", "lib", "*")
        src = os.path.join(ROOT, "bench", "java", "src", "main", "java", "org", "brainalign",
                           "bench", "BlasInfo.java")
        cmd = ["java", "-cp", lib, src]
    r = subprocess.run(cmd, capture_output=True, text=True,
                       env=dict(os.environ, OPENBLAS_VERBOSE="2"))
    core = sorted(set(re.findall(r"Core: (\S+)", r.stdout + r.stderr)))
    line = " ".join(l for l in r.stdout.splitlines() if not l.startswith("Core:")).strip()
    info["brainalign_openblas"] = (line + "; kernel " + (", ".join(core) or "not reported")
                                   if r.returncode == 0 else
                                   "unavailable: " + (r.stdout + r.stderr)[-300:])
    env = {k: os.environ[k] for k in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "JAVA_OPTS",
                                      "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE") if k in os.environ}
    info["env"] = " ".join("%s=%s" % kv for kv in env.items()) or "(no thread variables set)"
    return info


_VERSIONS = r"""
import importlib, platform
out = ["python " + platform.python_version()]
for m in ("numpy", "scipy", "sklearn", "h5py", "torch", "torchvision"):
    try:
        out.append("%s %s" % (m, importlib.import_module(m).__version__))
    except Exception:
        out.append(m + " absent")
try:
    import threadpoolctl
    for p in threadpoolctl.threadpool_info():
        if p.get("internal_api") == "openblas":
            out.append("numpy's OpenBLAS %s %s kernel, %s threads" % (
                p.get("version"), p.get("architecture"), p.get("num_threads")))
except Exception:
    out.append("threadpoolctl absent: numpy's OpenBLAS kernel unknown")
print("; ".join(out))
"""


def _cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def is_python_reference(side, argv):
    """A reference side run by the Python of the harness: it gets the probed BLAS environment."""
    return side.kind == "reference" and bool(argv) and argv[0] == PY


def probe_references(sides, ctx, info):
    """Before the sides run: the fastest OPENBLAS_CORETYPE for the Python references (blasprobe),
    recorded as machine rows; nothing when the benchmark has no Python reference."""
    if not any(is_python_reference(s, s.argv(ctx) if callable(s.argv) else s.argv) for s in sides):
        return
    say("probe: numpy sgemm and dgemm %d^3 per OPENBLAS_CORETYPE candidate, %d threads"
        % (blasprobe.SIZE, blasprobe.brainalign_threads()))
    rows = blasprobe.machine_rows(PY)
    info.update(rows)
    for k, v in rows.items():
        say("machine %-20s %s" % (k, v))


def run_once(side, argv, ctx, rep):
    log = os.path.join(OUT, "logs", "%s-%s-%s-%d.log" % (ctx.bench.name, ctx.size,
                                                          re.sub(r"\W+", "_", side.label), rep))
    os.makedirs(os.path.dirname(log), exist_ok=True)
    env = dict(os.environ, BRAINALIGN_NO_BUILD="1")
    if is_python_reference(side, argv):
        env = blasprobe.apply(env, blasprobe.reference_env(PY))
    env = blasprobe.apply(env, side.env)
    timing = tempfile.NamedTemporaryFile(prefix="bench-time-", delete=False)
    timing.close()
    timed = ["/usr/bin/time", "-f", "%e %U %S %M", "-o", timing.name] + argv \
        if os.path.exists("/usr/bin/time") else argv
    start = time.perf_counter()
    with open(log, "w") as f:
        r = subprocess.run(timed, cwd=ROOT, env=env, stdout=f, stderr=subprocess.STDOUT)
    wall = time.perf_counter() - start
    with open(log) as f:
        text = f.read()
    if r.returncode != 0:
        raise BenchError("%s failed (exit %d): %s\n--- last lines of %s:\n%s" % (
            side.label, r.returncode, " ".join(argv), log, "\n".join(text.splitlines()[-30:])))
    out = {"wall": (wall, "s")}
    if timed is not argv:
        with open(timing.name) as f:
            e, u, s, m = f.read().split()[-4:]
        out = {"wall": (float(e), "s"), "cpu": (float(u) + float(s), "s"),
               "peak_rss": (int(m) / 1024.0, "MB")}
    os.unlink(timing.name)
    if side.parse:
        parsed = side.parse(text, ctx)
        if not parsed:
            raise BenchError("%s: none of the expected figures in its output (%s)" % (side.label, log))
        out.update(parsed)
    return out


def _repetitions(ctx, sides, results, reps, budget, started):
    """Alternating runs, the order reversed every repetition; returns the repetitions done (fewer
    when the time budget, in seconds since the start, is spent after a complete repetition)."""
    for rep in range(reps):
        order = sides if rep % 2 == 0 else list(reversed(sides))
        for side in order:
            argv = side.argv(ctx) if callable(side.argv) else side.argv
            if rep == 0:
                shown = " ".join(argv).replace(_classpath or "\0", "<bench/java class path>")
                say("run  %-28s %s" % (side.label, shown))
            res = run_once(side, argv, ctx, rep)
            results[side.label].append(res)
            say("  rep %d %-26s wall %.2f s%s" % (rep + 1, side.label, res["wall"][0],
                ", peak %.0f MB" % res["peak_rss"][0] if "peak_rss" in res else ""))
        if budget and time.perf_counter() - started > budget and rep + 1 < reps:
            say("time budget of %s s spent after %d repetition(s): no more" % (budget, rep + 1))
            return rep + 1
    return reps


def run(bench, size, reps, budget=None):
    started = time.perf_counter()
    ctx = Context(bench, size, reps)
    say("== bench/run %s --size %s --reps %d%s: %s" % (bench.name, size, reps,
        " --budget %s" % budget if budget else "", bench.title))
    say("parameters: %s" % ", ".join("%s=%s" % kv for kv in ctx.p.items()))
    require_room(bench, ctx)
    require_python(bench.python)
    version = "(not built by this benchmark)"
    for b in bench.build:
        if b == "bench-java":
            bench_classpath()
        elif b == "app":
            version = build_app().splitlines()[0]
    info = machine(bench)
    info["brainalign"] = version
    info["parameters"] = ", ".join("%s=%s" % kv for kv in ctx.p.items())
    for k in ("date_utc", "cores", "cpu", "load_before", "java", "brainalign",
              "brainalign_openblas", "python", "env"):
        say("machine %-20s %s" % (k, info[k]))
    if bench.prepare:
        bench.prepare(ctx)
    sides = [s for s in bench.sides(ctx)] if callable(bench.sides) else bench.sides
    probe_references(sides, ctx, info)
    results = {s.label: [] for s in sides}
    try:
        done = _repetitions(ctx, sides, results, reps, budget, started)
    except KeyboardInterrupt:
        done = min(len(v) for v in results.values())
        say("interrupted: summarising the %d complete repetition(s)" % done)
        if done == 0:
            raise BenchError("interrupted before every side had run once")
        for v in results.values():
            del v[done:]
    if done < reps:
        info["repetitions"] = "%d of %d (time budget %s s, or interrupted)" % (done, reps, budget)
        say("repetitions: " + info["repetitions"])
    info["load_after"] = loadavg()
    ctx.results = results
    rows = summarise(bench, size, sides, results)
    ratios = ratio_rows(bench, sides, rows)
    checks = []
    if bench.check:
        checks = bench.check(ctx)
        say()
        for label, text, ok in checks:
            say("check %-40s %s %s" % (label, "ok" if ok else "FAILED", text))
    say()
    say("machine load after:   %s (before: %s)" % (info["load_after"], info["load_before"]))
    path = write_csv(bench, size, reps, info, rows, ratios, checks)
    say("csv: %s" % os.path.relpath(path, ROOT))
    say("total %.1f s" % (time.perf_counter() - started))
    bad = [c for c in checks if not c[2]]
    if bad:
        raise BenchError("outputs disagree: " + "; ".join("%s: %s" % (c[0], c[1]) for c in bad))


def summarise(bench, size, sides, results):
    rows = []
    say()
    say("%-28s %-26s %12s %12s %12s %8s %s" % ("side", "figure", "median", "min", "max",
                                             "spread", "unit"))
    for s in sides:
        runs = results[s.label]
        names = []
        for r in runs:
            names += [n for n in r if n not in names]
        for n in names:
            vals = [r[n][0] for r in runs if n in r]
            unit = next(r[n][1] for r in runs if n in r)
            med = statistics.median(vals)
            spread = (max(vals) - min(vals)) / med if med else 0.0
            rows.append((s.kind, s.label, n, unit, med, min(vals), max(vals), len(vals), spread))
            say("%-28s %-26s %12.4g %12.4g %12.4g %7.0f%% %s" % (s.label, n, med, min(vals),
                                                               max(vals), 100 * spread, unit))
    return rows


def ratio_rows(bench, sides, rows):
    med = {(r[1], r[2]): r[4] for r in rows}
    out = []
    for a in range(len(sides)):
        for b in range(a + 1, len(sides)):
            sa, sb = sides[a].label, sides[b].label
            if med.get((sa, "wall")) and med.get((sb, "wall")):
                out.append(("wall %s / %s" % (sb, sa), med[(sb, "wall")] / med[(sa, "wall")]))
    for label, (s1, f1), (s2, f2) in bench.ratios:
        if med.get((s1, f1)) is not None and med.get((s2, f2)):
            out.append((label, med[(s1, f1)] / med[(s2, f2)]))
    if out:
        say()
        for label, v in out:
            say("ratio %-60s %.3f" % (label, v))
    return out


def write_csv(bench, size, reps, info, rows, ratios, checks):
    os.makedirs(OUT, exist_ok=True)
    stamp = datetime.datetime.utcnow().strftime("%Y%m%dT%H%M%SZ")
    path = os.path.join(OUT, "%s-%s-%s.csv" % (bench.name, size, stamp))
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["benchmark", "size", "reps", "record", "side", "figure", "unit", "median",
                    "min", "max", "n", "spread", "note"])
        for k, v in info.items():
            w.writerow([bench.name, size, reps, "machine", "", k, "", "", "", "", "", "", v])
        for kind, side, n, unit, med, lo, hi, count, spread in rows:
            w.writerow([bench.name, size, reps, kind, side, n, unit, "%.6g" % med, "%.6g" % lo,
                        "%.6g" % hi, count, "%.3f" % spread, ""])
        for label, v in ratios:
            w.writerow([bench.name, size, reps, "ratio", "", label, "", "%.6g" % v, "", "", "",
                        "", ""])
        for label, text, ok in checks:
            w.writerow([bench.name, size, reps, "check", "", label, "", "", "", "", "", "",
                        ("ok: " if ok else "FAILED: ") + text])
    shutil.copyfile(path, os.path.join(OUT, "%s-%s-latest.csv" % (bench.name, size)))
    return path
