"""Fair references (issue 24): the Python references run with the fastest BLAS kernel numpy's
OpenBLAS has on this machine, and with brainalign's threads.

OpenBLAS picks its kernel from the processor at load time, and an older build may not know a newer
processor (Debian's 0.3.21 falls back to a generic kernel on some AVX-512 parts) or may be told a
kernel by OPENBLAS_CORETYPE preset in the environment. Before the sides run, probe() times a short
numpy sgemm and dgemm (2048^3 float32 and float64, best of 3 after a warm-up each) in a child
process for each candidate OPENBLAS_CORETYPE, in two rounds (best of both), reads the kernel numpy
then reports (threadpoolctl), and keeps the fastest: the least sgemm + dgemm time. dgemm counts
because most references compute in float64 (scikit-learn converts float32 input), and the kernels
differ more there than in sgemm.
reference_env() is what every Python reference side then gets: that kernel, and
OPENBLAS_NUM_THREADS / OMP_NUM_THREADS equal to brainalign's OpenBLAS threads. A side's own env
overrides both. One probe per bench/run call.
"""
import os
import subprocess

# None: OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE both unset (OpenBLAS detects the processor itself).
CANDIDATES = ("SkylakeX", "Zen", "Haswell", None)
PRESET = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
SIZE = 2048
ROUNDS = 2

_SGEMM = r"""
import sys, time
import numpy as np
kernel = "unknown (threadpoolctl absent)"
try:
    import threadpoolctl
    for p in threadpoolctl.threadpool_info():
        if p.get("internal_api") == "openblas":
            kernel = "%s (OpenBLAS %s, %s threads)" % (p.get("architecture"), p.get("version"),
                                                      p.get("num_threads"))
except ImportError:
    pass
n = int(sys.argv[1])
print("kernel=%s" % kernel)
for name, dtype in (("sgemm", np.float32), ("dgemm", np.float64)):
    a = np.random.default_rng(0).standard_normal((n, n)).astype(dtype)
    b = a @ a
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        b = a @ a
        best = min(best, time.perf_counter() - t)
    print("%s=%.6f" % (name, best))
"""


def brainalign_threads():
    """The threads of brainalign's OpenBLAS: OPENBLAS_NUM_THREADS, else one per core (BlasInfo)."""
    value = os.environ.get("OPENBLAS_NUM_THREADS", "")
    return int(value) if value.isdigit() and int(value) > 0 else (os.cpu_count() or 1)


def thread_env():
    n = str(brainalign_threads())
    return {"OPENBLAS_NUM_THREADS": n, "OMP_NUM_THREADS": n}


def candidate_env(coretype):
    """The environment changes of one candidate; None as a value unsets the variable. A named
    candidate also unsets a preset OPENBLAS_L2_SIZE, which belongs to the preset kernel."""
    if coretype is None:
        return {k: None for k in PRESET}
    return {"OPENBLAS_CORETYPE": coretype, "OPENBLAS_L2_SIZE": None}


def apply(base, changes):
    """base updated by changes, a None value removing the key."""
    out = dict(base)
    for k, v in changes.items():
        if v is None:
            out.pop(k, None)
        else:
            out[k] = v
    return out


def _one(py, coretype):
    env = apply(os.environ, dict(candidate_env(coretype), **thread_env()))
    try:
        r = subprocess.run([py, "-c", _SGEMM, str(SIZE)], capture_output=True, text=True, env=env,
                           timeout=120)
    except subprocess.TimeoutExpired:
        return None, "timed out after 120 s"
    fields = dict(l.split("=", 1) for l in r.stdout.splitlines() if "=" in l)
    if r.returncode != 0 or "dgemm" not in fields:
        return None, "failed (exit %d): %s" % (r.returncode, (r.stderr or r.stdout)[-200:].strip())
    return (float(fields["sgemm"]), float(fields["dgemm"])), fields.get("kernel", "unknown")


def gflops(seconds):
    return 2.0 * SIZE ** 3 / seconds / 1e9


def describe(times, kernel):
    return "kernel %s, %d^3 sgemm %.1f GFLOP/s, dgemm %.1f GFLOP/s" % (
        kernel, SIZE, gflops(times[0]), gflops(times[1]))


_probe = None


def probe(py):
    """[(name, coretype, (sgemm s, dgemm s) or None, kernel or error)] and the chosen row, the one
    with the least sgemm + dgemm time (None when every probe failed); memoised for this call."""
    global _probe
    if _probe is None:
        # ROUNDS rounds over the candidates, best of each: a burst of load on a shared machine
        # then hits one round of every candidate rather than all of one candidate's timings.
        best = {c: (None, "not run") for c in CANDIDATES}
        for _ in range(ROUNDS):
            for c in CANDIDATES:
                times, kernel = _one(py, c)
                if best[c][0] is None:
                    best[c] = (times, kernel)
                elif times is not None:
                    best[c] = (tuple(map(min, best[c][0], times)), kernel)
        rows = [("OPENBLAS_CORETYPE=" + c if c else "unset", c) + best[c] for c in CANDIDATES]
        timed = [r for r in rows if r[2] is not None]
        chosen = min(timed, key=lambda r: sum(r[2])) if timed else None
        _probe = (rows, chosen)
    return _probe


def machine_rows(py):
    """{name: text} machine rows for the summary and the CSV."""
    rows, chosen = probe(py)
    out = {}
    for name, c, times, kernel in rows:
        key = "reference_blas_" + (c or "unset")
        out[key] = describe(times, kernel) if times is not None else "probe " + kernel
    if chosen:
        out["reference_blas_chosen"] = "%s: %s" % (chosen[0], describe(chosen[2], chosen[3]))
    else:
        out["reference_blas_chosen"] = "none (every probe failed): references run with the " \
                                       "environment as it is"
    out["reference_env"] = " ".join(
        "%s=%s" % (k, "(unset)" if v is None else v)
        for k, v in sorted(reference_env(py).items()))
    return out


def reference_env(py):
    """The environment changes every Python reference side gets (None: unset)."""
    rows, chosen = probe(py)
    env = dict(thread_env())
    if chosen:
        env.update(candidate_env(chosen[1]))
    return env
