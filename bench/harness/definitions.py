"""Every benchmark of the project, one definition each: sizes (quick: seconds, for CI; full: the
size docs/benchmarks reports), the sides (brainalign and its references on the same data), the
figures parsed from their output, the ratios, and the agreement checks."""
import os
import re
import shlex
import subprocess
import time

from core import (Bench, BenchError, Side, PY, ROOT, all_figures, bound_check, brainalign, figures,
                  java, python, say)


def make(ctx, marker, argv):
    """Writes benchmark data once (outside the timings); kept under target/bench/data."""
    if os.path.exists(ctx.path(marker)):
        return
    say("data: " + " ".join(str(a) for a in argv))
    r = subprocess.run([str(a) for a in argv], cwd=ROOT)
    if r.returncode != 0:
        raise BenchError("writing the benchmark data failed (exit %d): %s"
                         % (r.returncode, " ".join(str(a) for a in argv)))


def written_by(marker, script, *keys):
    """A prepare step: bench/python/SCRIPT writes the data into ctx.data, given the parameters
    KEYS in order, unless MARKER is there already."""
    return lambda ctx: make(ctx, marker, [PY, os.path.join(ROOT, "bench/python", script), ctx.data]
                            + [ctx.p[k] for k in keys])


def warm(path):
    """Reads a file into the page cache, outside the timings."""
    with open(path, "rb") as f:
        while f.read(1 << 24):
            pass


GB = 10 ** 9


def heap_bytes(heap):
    """Bytes of a Java heap setting: "10g", "-Xmx4g", "512m"."""
    h = heap.replace("-Xmx", "").lower()
    return int(float(h[:-1]) * {"g": 2 ** 30, "m": 2 ** 20, "k": 2 ** 10}[h[-1]])


# ---------------------------------------------------------------- compare vs scikit-learn

def spectra_check(ctx, mine, others, tol):
    import numpy as np
    a = np.genfromtxt(mine, delimiter=",", names=True)
    s = a["singular_value"]
    ok = s > 1e-6 * s[0]
    out = []
    for label, path in others:
        b = np.genfromtxt(path, delimiter=",", names=True)
        r = min(len(a), len(b))
        diff = np.abs(a["correlation"][:r] - b["correlation"][:r])[ok[:r]]
        worst = float(diff.max()) if diff.size else float("nan")
        out.append(("spectrum vs " + label, "ranks compared %d of %d; max |r_brainalign - r_ref| "
                    "= %.3g (tolerance %g)" % (int(ok[:r].sum()), r, worst, tol), worst <= tol))
    return out


def compare_sides(ctx):
    d = ctx.data
    return [
        Side("brainalign compare", brainalign([
            "compare", "-q", "--x", d + "/x.npy", "--y", d + "/y.npy", "--train-index",
            d + "/train.txt", "--test-index", d + "/test.txt", "--out", d + "/brainalign",
            "--force"])),
        Side("scikit-learn PLSSVD", python("compare_vs_sklearn.py", [d]), kind="reference"),
        Side("torch PLSSVD", python("torch_plssvd.py", [d]), kind="reference"),
    ]


COMPARE = Bench(
    "compare", "brainalign compare (cross-decomposition, full spectrum, one 90/10 split, whole "
    "process) vs scikit-learn PLSSVD and a Bonner-lab-style torch PLS-SVD on the same float32 files",
    "docs/benchmarks/compare.md",
    {"quick": dict(n=300, p=3000, q=400), "full": dict(n=2000, p=20000, q=3000)},
    compare_sides, python=("numpy", "sklearn", "torch"), build=("app",),
    prepare=written_by("test.txt", "make_data.py", "n", "p", "q"),
    check=lambda ctx: spectra_check(ctx, ctx.path("brainalign", "spectrum.csv"), [
        ("scikit-learn", ctx.path("sklearn_spectrum.csv")),
        ("torch", ctx.path("torch_spectrum.csv"))], 1e-8))


# ---------------------------------------------------------------- compare out of core

def big_sides(ctx):
    d = ctx.data

    def side(heap):
        return Side("brainalign -Xmx" + heap, brainalign([
            "compare", "-q", "--x", d + "/x.npy", "--y", d + "/y.npy", "--out",
            d + "/xmx" + heap, "--force", "--metric", "cross-decomposition:folds=2"]),
            env={"JAVA_OPTS": "-Xmx" + heap})
    return [side(ctx.p["small_heap"]), side(ctx.p["big_heap"])]


def big_check(ctx):
    import numpy as np
    a = np.genfromtxt(ctx.path("xmx" + ctx.p["small_heap"], "spectrum.csv"), delimiter=",",
                      names=True)
    b = np.genfromtxt(ctx.path("xmx" + ctx.p["big_heap"], "spectrum.csv"), delimiter=",",
                      names=True)
    worst = float(np.abs(a["correlation"] - b["correlation"]).max())
    return [("small heap vs big heap", "max |Δr| = %.3g (tolerance 1e-9)" % worst, worst <= 1e-9)]


COMPARE_OUT_OF_CORE = Bench(
    "compare-out-of-core", "brainalign compare on a float32 .npy larger than the heap, small heap "
    "vs big heap, 2 folds", "docs/benchmarks/compare.md",
    {"quick": dict(n=300, p=40000, q=100, small_heap="64m", big_heap="1g"),
     "full": dict(n=2000, p=450000, q=300, small_heap="1g", big_heap="8g")},
    big_sides, python=("numpy",), build=("app",),
    prepare=written_by("y.npy", "make_big.py", "n", "p", "q"), check=big_check,
    reps={"quick": 1, "full": 1},
    needs=lambda p: (4 * p["n"] * (p["p"] + p["q"]), heap_bytes(p["big_heap"]) + GB))


# ---------------------------------------------------------------- compare full size

COMPARE_FULLSIZE = Bench(
    "compare-fullsize", "brainalign compare at the paper's size: float16 store, 8 folds, "
    "permutations, single-precision Gram (full: 10,000 x 802,816, 16 GB, ~40 min)",
    "docs/benchmarks/compare.md",
    {"quick": dict(n=400, p=20000, q=300, folds=2, permutations=20, heap="1g"),
     "full": dict(n=10000, p=802816, q=7000, folds=8, permutations=1000, heap="10g")},
    lambda ctx: [Side("brainalign compare", brainalign([
        "compare", "-q", "--x", ctx.data + "/x.npy", "--y", ctx.data + "/y.npy", "--out",
        ctx.data + "/out", "--force", "--metric",
        "cross-decomposition:folds=%d,permutations=%d,gram-precision=single"
        % (ctx.p["folds"], ctx.p["permutations"])]), env={"JAVA_OPTS": "-Xmx" + ctx.p["heap"]})],
    python=("numpy",), build=("app",),
    prepare=written_by("y.npy", "make_fullsize.py", "n", "p", "q"),
    reps={"quick": 1, "full": 1},
    needs=lambda p: (2 * p["n"] * p["p"] + 4 * p["n"] * p["q"], heap_bytes(p["heap"]) + 2 * GB))


def parse_e2e(text, ctx):
    ctx.brainalign_text = getattr(ctx, "brainalign_text", []) + [text]
    out = parse_steps(text, ctx)
    for m in re.finditer(r"^(roi-\d+): shared dimensionality (\d+)", text, re.M):
        out[m.group(1) + "_shared_dimensionality"] = (float(m.group(2)), "")
    return out


def e2e_sides(ctx):
    p = ctx.p
    return [Side("brainalign cell group end to end, fold-precision=" + route, java(
        "org.brainalign.plugins.crossdecomposition.CellGroupEndToEnd", [
            ctx.path("x.npy"), ctx.path("y.npy"), p["q2"], p["folds"], p["permutations"],
            "fold-precision=" + route], heap=p["heap"]), parse=parse_e2e)
        for route in p["routes"].split(",")]


def e2e_check(ctx):
    """Both routes, when both ran, find the same shared dimensionality in each region."""
    dims = {}
    for m in re.finditer(r"^(roi-\d+): shared dimensionality (\d+)", in_process_checks(ctx), re.M):
        dims.setdefault(m.group(1), []).append(m.group(2))
    return [("%s shared dimensionality, double vs single" % roi, " vs ".join(v), len(set(v)) == 1)
            for roi, v in dims.items() if len(v) > 1]


CELL_GROUP_E2E = Bench(
    "cell-group-e2e", "one cell group end to end from a float16 feature store: the study's Gram "
    "stage (single precision), then two regions (q1, q2), k folds, permutations, X's fold factors "
    "shared (full: n = 10,000, p = 802,816, 16 GB, the data of compare-fullsize)",
    "docs/benchmarks/compare.md",
    {"quick": dict(n=400, p=20000, q1=300, q2=120, folds=4, permutations=50, heap="-Xmx1g",
                   routes="double,single"),
     "full": dict(n=10000, p=802816, q1=7000, q2=3000, folds=8, permutations=1000,
                  heap="-Xmx16g", routes="single")},
    e2e_sides, build=("bench-java",),
    prepare=written_by("y.npy", "make_fullsize.py", "n", "p", "q1"),
    check=e2e_check,
    reps={"quick": 1, "full": 1},
    needs=lambda p: (2 * p["n"] * p["p"] + 4 * p["n"] * p["q1"] + 8 * p["n"] ** 2,
                     heap_bytes(p["heap"]) + GB))


# ---------------------------------------------------------------- one fold's steps, one cell group

def parse_steps(text, ctx):
    """{step_wall, step_cpu} from every 'step NAME: wall W s, cpu C s' line."""
    def one(m):
        key = re.sub(r"\W+", "_", m.group(1)).strip("_")
        return {key: (float(m.group(2)), "s"), key + "_cpu": (float(m.group(3)), "s")}
    return all_figures(r"^step (.+?): wall ([\d.]+) s, cpu ([\d.]+) s", text, one)


def fold_prepare(ctx):
    p = ctx.p
    make(ctx, "k.npy", [PY, os.path.join(ROOT, "bench/python/make_fold_data.py"), ctx.data,
                        p["n"], max(p["qs"])])


def fold_sides(ctx):
    p = ctx.p
    qs = ",".join(str(q) for q in p["qs"])
    return [Side("brainalign fold", java(
                "org.brainalign.plugins.crossdecomposition.FoldBenchmark",
                [ctx.data, p["n_train"], qs, p["steps"], p["permutations"]], heap=p["heap"]),
                parse=parse_fold),
            Side("scipy fold", python("fold_reference.py", [ctx.data, p["n_train"], qs,
                                                            p["steps"]]),
                 parse=parse_steps, kind="reference")]


def in_process_checks(ctx):
    """The lines 'check ...' the brainalign side printed (it compares two of its routes itself)."""
    return "".join(getattr(ctx, "brainalign_text", []))


FOLD_SINGLE_CHECK = re.compile(r"^check q=(\d+) single vs double: ranks (\d+) and (\d+), "
                               r"compared (\d+), max \|dr\| = (\S+); every reliable rank: (\d+), "
                               r"max \|dr\| = (\S+) at rank (\d+)$", re.M)


def parse_fold(text, ctx):
    ctx.brainalign_text = getattr(ctx, "brainalign_text", []) + [text]
    out = parse_steps(text, ctx)
    for m in FOLD_SINGLE_CHECK.finditer(text):
        # max |Δcorrelation| of fold-precision=single against double over the leading reliable
        # ranks (checked), and over every reliable rank (reported: noise-tail ranks differ more)
        out["q_%s_single_vs_double_max_dr" % m.group(1)] = (float(m.group(5)), "")
        out["q_%s_single_vs_double_max_dr_every_reliable" % m.group(1)] = (float(m.group(7)), "")
    return out


def fold_check(ctx):
    import numpy as np
    out = []
    for m in re.finditer(r"^check q=(\d+) svd vs svd-gesdd: ranks (\d+) and (\d+), max \|ds\|/s1 = "
                         r"(\S+), max \|dr\| = (\S+)$", in_process_checks(ctx), re.M):
        ok = m.group(2) == m.group(3) and float(m.group(4)) <= 1e-12 and float(m.group(5)) <= 1e-8
        out.append(("q=%s plugin svd vs dgesdd of M" % m.group(1), "ranks %s / %s, max |Δs|/s1 "
                    "= %s (tolerance 1e-12), max |Δr| = %s (tolerance 1e-8)" % m.groups()[1:], ok))
    for m in FOLD_SINGLE_CHECK.finditer(in_process_checks(ctx)):
        ok = int(m.group(4)) > 0 and float(m.group(5)) <= 1e-4
        out.append(("q=%s fold-precision single vs double" % m.group(1), "ranks %s / %s, %s "
                    "leading reliable ranks compared, max |Δr| = %s (tolerance 1e-4); every "
                    "reliable rank (%s): max |Δr| = %s at rank %s (reported, not checked)"
                    % m.groups()[1:], ok))
    if "single" in ctx.p["steps"].split(",") and not FOLD_SINGLE_CHECK.search(
            in_process_checks(ctx)):
        out.append(("fold-precision single vs double", "no comparison in the output", False))
    for q in ctx.p["qs"]:
        a = np.genfromtxt(ctx.path("java-q%d.csv" % q), delimiter=",", names=True)
        b = np.genfromtxt(ctx.path("python-q%d.csv" % q), delimiter=",", names=True)
        r = min(len(a), len(b))
        ds = float(np.abs(a["singular_value"][:r] - b["singular_value"][:r]).max()
                   / b["singular_value"][0])
        dr = float(np.abs(a["correlation"][:r] - b["correlation"][:r]).max())
        out.append(("q=%d brainalign vs scipy" % q, "ranks %d / %d, max |Δs|/s1 = %.3g (tolerance "
                    "1e-9), max |Δr| = %.3g (tolerance 1e-6)" % (len(a), len(b), ds, dr),
                    len(a) == len(b) and ds <= 1e-9 and dr <= 1e-6))
    return out


FOLD_STEPS = Bench(
    "fold-steps", "one dual-route fold of cross-decomposition, step by step, with the plugin's "
    "code (K_tr factor by dpstrf, M = A_x^T A_y, its SVD and projections as the plugin does it and "
    "as dgesdd of M, the permutation null) vs scipy's LAPACK on the same K and Y",
    "docs/benchmarks/compare.md",
    {"quick": dict(n=400, n_train=350, qs=(280, 120), steps="gesdd,single", permutations=100,
                   heap="-Xmx1g"),
     "full": dict(n=10000, n_train=8750, qs=(7000, 3000), steps="gesdd,single", permutations=1000,
                  heap="-Xmx14g")},
    fold_sides, python=("numpy", "scipy"), build=("bench-java",), prepare=fold_prepare,
    check=fold_check, reps={"quick": 1, "full": 1})


CELL_GROUP_CHECK = re.compile(r"^check (\S+) (before|single) vs now: ranks (\d+) and (\d+), "
                              r"compared (\d+), max \|dr\| = (\S+); every reliable rank: (\d+), "
                              r"max \|dr\| = (\S+) at rank (\d+)$", re.M)


def cell_group_check(ctx):
    """before vs now: same ranks, every rank within 1e-8; single vs now: the leading ranks that now
    finds reliable (its shared dimensionality) within 1e-4 (fold-precision=single's documented
    agreement); every reliable rank's largest difference is reported, not checked."""
    out = []
    for m in CELL_GROUP_CHECK.finditer(in_process_checks(ctx)):
        roi, mode, ra, rb, compared, dr, every, dr_every, at = m.groups()
        if mode == "before":
            ok = ra == rb and float(dr) <= 1e-8
            text = "ranks %s / %s, max |Δr| = %s (tolerance 1e-8)" % (ra, rb, dr)
        else:
            ok = int(compared) > 0 and float(dr) <= 1e-4
            text = ("ranks %s / %s, %s leading reliable ranks compared, max |Δr| = %s (tolerance "
                    "1e-4); every reliable rank (%s): max |Δr| = %s at rank %s (reported, not "
                    "checked)" % (ra, rb, compared, dr, every, dr_every, at))
        out.append(("%s %s vs now" % (roi, mode), text, ok))
    modes = ctx.p["modes"].split(",")
    for mode in ("before", "single"):
        if mode in modes and "now" in modes and not any(c[0].endswith(mode + " vs now")
                                                        for c in out):
            out.append(("%s vs now" % mode, "no comparison in the output", False))
    return out


def parse_cell_group(text, ctx):
    ctx.brainalign_text = getattr(ctx, "brainalign_text", []) + [text]
    out = {}
    for m in re.finditer(r"^(before|now|single) n=\d+ (roi-\d+) \(q=\d+\): ([\d.]+) s wall, "
                         r"([\d.]+) s CPU", text, re.M):
        key = "%s_%s" % (m.group(1), m.group(2).replace("-", "_"))
        out[key] = (float(m.group(3)), "s")
        out[key + "_cpu"] = (float(m.group(4)), "s")
    for m in re.finditer(r"^(before|now|single) n=\d+ both regions: ([\d.]+) s wall, ([\d.]+) s "
                         r"CPU", text, re.M):
        out[m.group(1) + "_group"] = (float(m.group(2)), "s")
        out[m.group(1) + "_group_cpu"] = (float(m.group(3)), "s")
    for m in CELL_GROUP_CHECK.finditer(text):
        if m.group(2) == "single":
            # max |Δcorrelation| of fold-precision=single against double over now's leading
            # reliable ranks (checked) and over all its reliable ranks (reported)
            roi = m.group(1).replace("-", "_")
            out["single_vs_now_max_dr_" + roi] = (float(m.group(6)), "")
            out["single_vs_now_max_dr_every_reliable_" + roi] = (float(m.group(8)), "")
    return out


CELL_GROUP = Bench(
    "cell-group", "one cell group after its Gram stage: a wide X against two regions, k folds, "
    "permutations, in one JVM; before (dsyevd per fold, nothing shared), now (pivoted Cholesky, "
    "X's fold factors shared) and single (now with fold-precision=single); spectra checked "
    "between them. --size full runs single only (now takes ~27 min more: --set modes=now,single)",
    "docs/benchmarks/compare.md",
    {"quick": dict(n=300, q1=210, q2=90, folds=4, permutations=50, modes="before,now,single",
                   heap="-Xmx1g"),
     "full": dict(n=10000, q1=7000, q2=3000, folds=8, permutations=1000, modes="single",
                  heap="-Xmx16g")},
    lambda ctx: [Side("brainalign cell group", java(
        "org.brainalign.plugins.crossdecomposition.CellGroupBenchmark", [
            ctx.p[k] for k in ("n", "q1", "q2", "folds", "permutations", "modes")],
        heap=ctx.p["heap"]), parse=parse_cell_group)],
    build=("bench-java",), check=cell_group_check, reps={"quick": 1, "full": 1},
    ratios=[("before / now, group CPU", ("brainalign cell group", "before_group_cpu"),
             ("brainalign cell group", "now_group_cpu")),
            ("now / single, group wall", ("brainalign cell group", "now_group"),
             ("brainalign cell group", "single_group"))],
    needs=lambda p: (0, heap_bytes(p["heap"]) + GB))


# ---------------------------------------------------------------- gram stage vs GEMM peak

def gram_prepare(ctx):
    make(ctx, "x.npy", [PY, os.path.join(ROOT, "bench/python/make_gram_data.py"), ctx.data,
                        ctx.p["n"], ctx.p["p"]])
    warm(ctx.path("x.npy"))


def parse_gram_stage(text, ctx):
    out = figures(r"peak sgemm \d+\^3: ([\d.]+) GFLOP/s; dgemm \d+\^3: ([\d.]+) GFLOP/s", text,
                  [("sgemm_peak", "GFLOP/s"), ("dgemm_peak", "GFLOP/s")])
    for prec in ("single", "double"):
        out.update(figures(r"gram %s: best ([\d.]+) s, ([\d.]+) GFLOP/s = (\d+)%% of" % prec, text,
                           [("gram_%s" % prec, "s"), ("gram_%s_rate" % prec, "GFLOP/s"),
                            ("gram_%s_pct_of_peak" % prec, "%")]))
    out.update(figures(r"max \|K_single - K_double\| / max \|K_double\| = (\S+)", text,
                       [("single_vs_double_rel_diff", "")]))
    return out


def parse_gram_numpy(text, ctx):
    out = figures(r"numpy sgemm \d+\^3: ([\d.]+) GFLOP/s", text, [("sgemm_peak", "GFLOP/s")])
    out.update(figures(r"numpy dgemm \d+\^3: ([\d.]+) GFLOP/s", text, [("dgemm_peak", "GFLOP/s")]))
    out.update(figures(r"numpy gram single n=\d+ p=\d+: best ([\d.]+) s, ([\d.]+) GFLOP/s", text,
                       [("gram_single", "s"), ("gram_single_rate", "GFLOP/s")]))
    return out


GRAM_STAGE = Bench(
    "gram-stage", "the Gram stage alone (K = Zc Zc^T of a float32 .npy, mapped, warm), single and "
    "double precision, against the sgemm/dgemm peak measured in the same JVM, and numpy's Gram",
    "docs/benchmarks/compare.md",
    {"quick": dict(n=200, p=20000, inner=2, gemm=1000, heap="-Xmx1g"),
     "full": dict(n=2000, p=200000, inner=2, gemm=4000, heap="-Xmx4g")},
    lambda ctx: [
        Side("brainalign PanelGram", java("org.brainalign.engine.gram.GramStageBenchmark", [
            ctx.path("x.npy"), ctx.p["inner"], ctx.p["gemm"]], heap=ctx.p["heap"]),
            parse=parse_gram_stage),
        Side("numpy", python("gram_numpy.py", [ctx.path("x.npy"), ctx.p["inner"], ctx.p["gemm"]]),
             parse=parse_gram_numpy, kind="reference")],
    python=("numpy",), build=("bench-java",), prepare=gram_prepare,
    check=bound_check("single vs double precision Gram", "brainalign PanelGram",
                      "single_vs_double_rel_diff", 1e-5),
    ratios=[("brainalign gram single / bytedeco sgemm peak (GFLOP/s)",
             ("brainalign PanelGram", "gram_single_rate"), ("brainalign PanelGram", "sgemm_peak")),
            ("brainalign gram double / bytedeco dgemm peak (GFLOP/s)",
             ("brainalign PanelGram", "gram_double_rate"), ("brainalign PanelGram", "dgemm_peak")),
            ("numpy gram single / brainalign gram single (s)",
             ("numpy", "gram_single"), ("brainalign PanelGram", "gram_single")),
            ("numpy sgemm peak / bytedeco sgemm peak (GFLOP/s)",
             ("numpy", "sgemm_peak"), ("brainalign PanelGram", "sgemm_peak"))],
    reps={"quick": 1, "full": 2},
    needs=lambda p: (4 * p["n"] * p["p"], heap_bytes(p["heap"]) + GB))


# ---------------------------------------------------------------- resnet50 vs PyTorch

def parse_images(text, ctx):
    return figures(r"seconds=([\d.]+) images/s=([\d.]+)", text,
                   [("seconds", "s"), ("images_per_s", "images/s")])


# glibc malloc keeping freed large blocks for reuse instead of unmapping them (see RESNET50).
MALLOC_KEPT = {"MALLOC_ARENA_MAX": "1", "MALLOC_MMAP_MAX_": "0",
               "MALLOC_TRIM_THRESHOLD_": str(16 << 30), "MALLOC_TOP_PAD_": str(256 << 20)}


RESNET50 = Bench(
    "resnet50", "ResNet50 (random weights) to layer4 at 224 px, images/s: brainalign on ONNX "
    "Runtime (its default) and on libtorch vs PyTorch eager, same threads, batch and images",
    "docs/benchmarks/resnet50.md",
    {"quick": dict(threads=2, batch=2, images=4), "full": dict(threads=2, batch=16, images=48)},
    lambda ctx: [side for engine, name in (("onnxruntime", "ONNX Runtime"), ("libtorch", "libtorch"))
                 for side in (
        Side("brainalign resnet50 (%s)" % name, java("org.brainalign.plugins.resnet50.ThroughputBench",
             [ctx.p["threads"], ctx.p["batch"], ctx.p["images"], engine]), parse=parse_images),
        # glibc malloc keeping freed blocks: otherwise every activation above its mmap threshold
        # (32 MB at most; 51 MB at batch 16) is mapped and page-faulted anew.
        Side("brainalign resnet50 (%s), malloc kept" % name, java(
            "org.brainalign.plugins.resnet50.ThroughputBench",
            [ctx.p["threads"], ctx.p["batch"], ctx.p["images"], engine]), env=MALLOC_KEPT,
             parse=parse_images))] + [
        Side("PyTorch", python("resnet50_torch.py", [ctx.p["threads"], ctx.p["batch"],
                                                     ctx.p["images"]]),
             env={"OMP_WAIT_POLICY": "PASSIVE"}, parse=parse_images, kind="reference"),
        # PyTorch's fastest eager layout on CPU.
        Side("PyTorch channels-last", python("resnet50_torch.py", [
            ctx.p["threads"], ctx.p["batch"], ctx.p["images"], "channels_last"]),
             env={"OMP_WAIT_POLICY": "PASSIVE"}, parse=parse_images, kind="reference"),
        # PyTorch at its best: channels-last with malloc keeping freed blocks.
        Side("PyTorch channels-last, malloc kept", python("resnet50_torch.py", [
            ctx.p["threads"], ctx.p["batch"], ctx.p["images"], "channels_last"]),
             env=dict(MALLOC_KEPT, OMP_WAIT_POLICY="PASSIVE"), parse=parse_images,
             kind="reference")],
    python=("numpy", "torch", "torchvision"), build=("bench-java",),
    ratios=[("brainalign (%s%s) / PyTorch %s (images/s)" % (name, kept and ", malloc kept" or "",
                                                            ref or "default layout"),
             ("brainalign resnet50 (%s)%s" % (name, kept and ", malloc kept" or ""), "images_per_s"),
             ("PyTorch" + (ref and " " + ref or ""), "images_per_s"))
            for name in ("ONNX Runtime", "libtorch")
            for kept, ref in ((False, ""), (False, "channels-last"),
                              (False, "channels-last, malloc kept"),
                              (True, "channels-last, malloc kept"))])


# ---------------------------------------------------------------- sparse random projection

def parse_srp(text, ctx):
    def one(m):
        key = "%s_k%s" % (m.group(1), m.group(2))
        return {key + "_transform": (float(m.group(3)), "s"),
                key + "_cpu": (float(m.group(4)), "s")}
    out = all_figures(r"^axis=(\w+)\s+k=(\d+)\s.*?transform median ([\d.]+) s.*?process cpu "
                      r"([\d.]+) s/batch", text, one)
    out.update(figures(r"ResNet50 forward .*?median ([\d.]+) s.*?process cpu ([\d.]+) s/batch",
                       text, [("resnet50_forward", "s"), ("resnet50_forward_cpu", "s")]))
    return out


SRP = Bench(
    "srp", "sparse random projection of a batch of ResNet50 layer1 activations (256 x 56 x 56) per "
    "axis vs scikit-learn SparseRandomProjection (and torchvision's ResNet50 forward of the batch)",
    "docs/benchmarks/sparse-random-projection.md",
    {"quick": dict(batch=2, inner=2, axes="channel,spatial", heap="-Xmx2g"),
     "full": dict(batch=32, inner=5, axes="all,channel,spatial", heap="-Xmx6g")},
    lambda ctx: [
        Side("brainalign srp", java("org.brainalign.plugins.srp.SrpBenchmark", [
            ctx.p["batch"], ctx.p["inner"], ctx.p["axes"]], heap=ctx.p["heap"]), parse=parse_srp),
        Side("scikit-learn", python("srp_reference.py", [ctx.p["batch"], ctx.p["inner"],
                                                        ctx.p["axes"]]),
             parse=parse_srp, kind="reference")],
    python=("numpy", "sklearn"), build=("bench-java",),
    ratios=[("scikit-learn / brainalign, axis=all k=5921, cpu per batch",
             ("scikit-learn", "all_k5921_cpu"), ("brainalign srp", "all_k5921_cpu")),
            ("scikit-learn / brainalign, axis=channel k=64, cpu per batch",
             ("scikit-learn", "channel_k64_cpu"), ("brainalign srp", "channel_k64_cpu"))],
    reps={"quick": 1, "full": 2})


# ---------------------------------------------------------------- rsa / encoding / cka vs python

def metric_prepare(ctx):
    p = ctx.p
    make(ctx, "y.npy", [PY, os.path.join(ROOT, "bench/python/metrics_reference.py"), "make",
                        ctx.data, p["n"], p["p"], p["q"]])


def brainalign_score(out_dir):
    import json
    with open(os.path.join(out_dir, "summary.json")) as f:
        s = json.load(f)
    for key in ("score", "value"):
        if isinstance(s.get(key), (int, float)):
            return float(s[key])
    raise BenchError("no score in %s/summary.json" % out_dir)


def metric_bench(name, metrics, reference, title):
    def sides(ctx):
        d = ctx.data
        out = [Side("brainalign " + m.split(":")[0], brainalign([
            "compare", "-q", "--metric", m, "--x", d + "/x.npy", "--y", d + "/y.npy", "--out",
            d + "/" + m.split(":")[0], "--force"])) for m in metrics]
        def parse(text, ctx):
            found = figures(r"score ([-\d.e]+), wall ([\d.]+) s, process cpu ([\d.]+) s", text,
                            [("score", ""), ("compute_wall", "s"), ("compute_cpu", "s")])
            if found:
                ctx.reference_score = found["score"][0]
            return found
        out.append(Side("python " + reference, python("metrics_reference.py", [reference, d]),
                        parse=parse, kind="reference"))
        return out

    def check(ctx):
        first = metrics[0].split(":")[0]
        mine = brainalign_score(ctx.path(first))
        ref = ctx.reference_score
        diff = abs(mine - ref)
        return [("%s score vs %s" % (first, reference), "brainalign %.10g, reference %.10g, "
                 "|Δ| = %.2g (tolerance 1e-6)" % (mine, ref, diff), diff <= 1e-6)]

    return Bench(name, title, "docs/benchmarks/%s.md" % name,
                 {"quick": dict(n=120, p=2000, q=60), "full": dict(n=1000, p=20000, q=500)},
                 sides, python=("numpy", "scipy", "sklearn"), build=("app",),
                 prepare=metric_prepare, check=check)


ENCODING = metric_bench("encoding", ["encoding", "versa"], "encoding",
                        "brainalign compare --metric encoding (and versa), whole process, vs "
                        "scikit-learn RidgeCV(alpha_per_target) per KFold(8) fold")
RSA = metric_bench("rsa", ["rsa:save-rdms=false"], "rsa",
                   "brainalign compare --metric rsa, whole process, vs scipy pdist + spearmanr")
CKA = metric_bench("cka", ["cka"], "cka",
                   "brainalign compare --metric cka, whole process, vs numpy linear CKA")


# ---------------------------------------------------------------- gram routes

def parse_bench_lines(text, ctx):
    found = {}
    for m in re.finditer(r"^BENCH (\S+)( \(cached Gram\))? n=\d+ p=\d+ q=\d+ rep \d+: wall "
                         r"([\d.]+) s, process cpu ([\d.]+) s \(score (\S+)\)", text, re.M):
        key = m.group(1) + ("_cached_gram" if m.group(2) else "_features")
        found.setdefault(key, []).append((float(m.group(3)), float(m.group(4)), float(m.group(5))))
    out = {}
    for key, runs in found.items():
        best = min(runs)
        out[key + "_wall"] = (best[0], "s")
        out[key + "_cpu"] = (best[1], "s")
        ctx.scores = getattr(ctx, "scores", {})
        ctx.scores[key] = runs[-1][2]
    out.update(figures(r"BENCH centred Gram n=\d+ p=\d+ \(once per layer, cached\): wall ([\d.]+) s",
                       text, [("gram_once", "s")]))
    return out


def routes_check(ctx):
    out = []
    for key, score in sorted(getattr(ctx, "scores", {}).items()):
        if key.endswith("_features"):
            name = key[:-len("_features")]
            other = ctx.scores.get(name + "_cached_gram")
            if other is not None:
                diff = abs(score - other)
                out.append((name + " features vs cached Gram", "%.12g vs %.12g, |Δ| = %.2g "
                            "(tolerance 1e-9)" % (score, other, diff), diff <= 1e-9))
    return out


def routes_sides(ctx):
    p = ctx.p
    args = [p["n"], p["p"], p["q"], p["inner"], 1]
    return [Side("brainalign rsa (in process)", java("org.brainalign.plugins.rsa.RsaBenchmark", args,
                                                    heap=p["heap"]), parse=parse_bench_lines),
            Side("brainalign encoding+versa (in process)",
                 java("org.brainalign.plugins.encoding.EncodingBenchmark", args, heap=p["heap"]),
                 parse=parse_bench_lines)]


GRAM_ROUTES = Bench(
    "gram-routes", "rsa, encoding and versa in process on seeded in-memory data: each metric "
    "computing its own Gram matrix vs on a study's cached Gram matrix",
    "docs/benchmarks/gram-routes.md",
    {"quick": dict(n=120, p=3000, q=40, inner=1, heap="-Xmx1g"),
     "full": dict(n=2000, p=100000, q=500, inner=1, heap="-Xmx10g")},
    routes_sides, build=("bench-java",), check=routes_check, reps={"quick": 1, "full": 1},
    needs=lambda p: (0, heap_bytes(p["heap"]) + GB))


def in_process_sides(ctx):
    p = ctx.p
    args = [p["n"], p["p"], p["q"], p["inner"], 1]
    return [Side("brainalign " + label, java("org.brainalign.plugins.%s" % main, args,
                                            heap=p["heap"]), parse=parse_bench_lines)
            for label, main in (("rsa", "rsa.RsaBenchmark"), ("encoding+versa",
                                "encoding.EncodingBenchmark"), ("cka", "cka.CkaBenchmark"))]


METRICS_IN_PROCESS = Bench(
    "metrics-in-process", "rsa, encoding, versa and cka in process on seeded in-memory data "
    "(compute only: no JVM start, no file reading), best of the inner repetitions",
    "docs/benchmarks/encoding.md",
    {"quick": dict(n=120, p=3000, q=40, inner=1, heap="-Xmx1g"),
     "full": dict(n=1000, p=20000, q=500, inner=3, heap="-Xmx6g")},
    in_process_sides, build=("bench-java",), check=routes_check, reps={"quick": 1, "full": 1})


# ---------------------------------------------------------------- nsd vs h5py

def nsd_prepare(ctx):
    make(ctx, "root/nsddata_betas/ppdata/subj01/func1pt8mm/betas_fithrf_GLMdenoise_RR/"
              "betas_session01.hdf5",
         [PY, os.path.join(ROOT, "bench/python/nsd_make_session.py"), ctx.path("root"),
          "--sessions", ctx.p["sessions"], "--trials", ctx.p["trials"]])


def parse_phases(text, ctx):
    vals = [float(v) for v in re.findall(r"read_ms=([\d.]+)", text)]
    if not vals:
        return {}
    return {"read_first": (vals[0] / 1000, "s"), "read_best": (min(vals) / 1000, "s")}


def parse_h5py(text, ctx):
    return figures(r"seconds=([\d.]+) MB/s=([\d.]+)", text, [("read", "s"), ("rate", "MB/s")])


def nsd_sides(ctx):
    root = ctx.path("root")
    out = []
    for mode in ctx.p["modes"]:
        out.append(Side("brainalign %s" % mode, java(
            "org.brainalign.plugins.nsd.betas.NsdPhases", [root, "nsdgeneral", mode, 3]),
            parse=parse_phases))
        out.append(Side("h5py %s" % mode, python("nsd_h5py_reference.py", [
            root, "nsdgeneral", "1", mode]), parse=parse_h5py, kind="reference"))
    if ctx.p["subject"]:
        out.append(Side("brainalign subject (%d sessions)" % ctx.p["sessions"], java(
            "org.brainalign.plugins.nsd.NsdBench", [root, "nsdgeneral", "1-%d" % ctx.p["sessions"],
                                                    "auto"], heap="-Xmx3g"),
            parse=lambda text, ctx: figures(r"seconds=([\d.]+) .*peak_heap_MB=(\d+)", text,
                                            [("responses", "s"), ("peak_heap", "MB")])))
    return out


NSD = Bench(
    "nsd", "NSD betas: nsdgeneral voxels (15,724) from one session file (warm page cache; the "
    "cache is never dropped), brainalign vs h5py, per-voxel chunks and z-planes",
    "docs/benchmarks/nsd.md",
    # quick leaves out z-planes: jhdf's slab reads over one-voxel chunks take ~30 s even there.
    {"quick": dict(trials=30, sessions=1, subject=False, modes=("chunks",)),
     "full": dict(trials=750, sessions=40, subject=True, modes=("chunks", "planes"))},
    nsd_sides, python=("numpy", "scipy", "h5py", "nibabel"), build=("bench-java",),
    prepare=nsd_prepare,
    ratios=[("h5py / brainalign, chunks (best read)", ("h5py chunks", "read"),
             ("brainalign chunks", "read_best")),
            ("h5py / brainalign, planes (best read)", ("h5py planes", "read"),
             ("brainalign planes", "read_best"))])


# ---------------------------------------------------------------- simulated

def parse_generation(text, ctx):
    out = {}
    for threads in ("1", "2"):
        runs = [(float(a), float(b)) for a, b in re.findall(
            r"^rep \d+\s+threads %s: responses ([\d.]+) s, reading all images ([\d.]+) s" % threads,
            text, re.M)]
        if runs:
            out["responses_%st" % threads] = (min(r[0] for r in runs), "s")
            out["images_%st" % threads] = (min(r[1] for r in runs), "s")
    return out


def options(p):
    return ["%s=%s" % kv for kv in p.items()]


SIMULATED = Bench(
    "simulated", "simulated dataset generation (render, filter, respond, noise; then every image "
    "read again) on 1 and 2 threads, best of 3 in one JVM after a warm-up; no reference",
    "docs/benchmarks/simulated.md",
    {"quick": dict(images=24, size=64, voxels=30), "full": dict(images=240, size=112, voxels=150)},
    lambda ctx: [Side("brainalign simulated", java(
        "org.brainalign.plugins.simulated.GenerationBenchmark", options(ctx.p), heap="-Xmx2g"),
        parse=parse_generation)],
    build=("bench-java",), reps={"quick": 1, "full": 2})


def known_answer_sides(ctx):
    out = ctx.path("export")
    cmd = java("org.brainalign.plugins.simulated.ExportDataset", [out] + options(ctx.p),
               heap="-Xmx2g")
    script = shlex.join(cmd) + " && " + shlex.join(
        [PY, os.path.join(ROOT, "bench/python/simulated_known_answer.py"), out])
    return [Side("export + torchvision check", ["bash", "-c", script])]


SIMULATED_KNOWN_ANSWER = Bench(
    "simulated-known-answer", "the simulated dataset's known answer: exported, then torchvision "
    "ResNet50 (random weights, seed 0) features and the cross-decomposition spectrum per layer",
    "docs/benchmarks/simulated.md",
    {"quick": dict(images=40, size=64), "full": dict(images=240, size=112)},
    known_answer_sides, python=("numpy", "torch", "torchvision"), build=("bench-java",),
    reps={"quick": 1, "full": 1})


# ---------------------------------------------------------------- torch compute

def parse_torch_gram(text, ctx):
    def one(m):
        what = m.group(1)
        key = "torch" if "torch" in what.lower() else ("blas_single" if "single" in what.lower()
                                                       else "blas_double")
        out = {key: (float(m.group(2)), "s"), key + "_rate": (float(m.group(3)), "GFLOP/s")}
        if m.group(4):
            out[key + "_rel_diff"] = (float(m.group(4)), "")
        return out
    return all_figures(r"^(\S.*?): best ([\d.]+) s \(([\d.]+) GFLOP/s as 2n²p\)"
                       r"(?:; max \|Δ\| / max \|K\| vs blas double = (\S+))?$", text, one)


TORCH_GRAM = Bench(
    "torch-gram", "centred Gram matrix on DJL/libtorch (gram-backend torch; CPU libtorch unless a "
    "CUDA one is configured) vs the BLAS backend, double and single, best of 2 in one JVM",
    "docs/benchmarks/torch-gram.md",
    {"quick": dict(n=200, p=10000, device="auto", heap="-Xmx2g"),
     "full": dict(n=2000, p=100000, device="auto", heap="-Xmx6g")},
    lambda ctx: [Side("brainalign gram backends", java(
        "org.brainalign.plugins.torchcompute.TorchGramBenchmark", [
            ctx.path("x.npy"), 2, ctx.p["device"]], heap=ctx.p["heap"]), parse=parse_torch_gram)],
    python=("numpy",), build=("bench-java",), prepare=gram_prepare,
    check=bound_check("torch Gram vs blas double", "brainalign gram backends",
                      "torch_rel_diff", 1e-5),
    ratios=[("torch / blas single (s)", ("brainalign gram backends", "torch"),
             ("brainalign gram backends", "blas_single")),
            ("torch / blas double (s)", ("brainalign gram backends", "torch"),
             ("brainalign gram backends", "blas_double"))],
    reps={"quick": 1, "full": 1})


def parse_torch_eigen(text, ctx):
    def one(m):
        n = m.group(1)
        return {"lapack_n%s" % n: (float(m.group(2)), "s"), "torch_n%s" % n: (float(m.group(3)), "s"),
                "torch_over_lapack_n%s" % n: (float(m.group(4)), "x"),
                "eigenvalue_rel_diff_n%s" % n: (float(m.group(5)), "")}
    return all_figures(r"^n=(\d+) best of \d+: lapack dsyevd ([\d.]+) s, torch eigh ([\d.]+) s "
                       r"\(([\d.]+)x\); max \|Δλ\|/λ1 = (\S+)$", text, one)


TORCH_EIGEN = Bench(
    "torch-eigen", "symmetric eigendecomposition of a centred n x n Gram matrix: torch eigh "
    "(eigen-backend torch, CPU libtorch unless CUDA) vs LAPACK dsyevd, best of 2 in one JVM",
    "docs/benchmarks/torch-eigen.md",
    {"quick": dict(sizes="300", device="auto"), "full": dict(sizes="2000,4000", device="auto")},
    lambda ctx: [Side("brainalign eigen backends", java(
        "org.brainalign.plugins.torchcompute.TorchEigenBenchmark", [
            ctx.p["sizes"], 2, ctx.p["device"]], heap="-Xmx6g"), parse=parse_torch_eigen)],
    check=bound_check("torch eigenvalues vs LAPACK", "brainalign eigen backends",
                      "eigenvalue_rel_diff", 1e-9),
    build=("bench-java",), reps={"quick": 1, "full": 1})


# ---------------------------------------------------------------- input fingerprints

def fingerprints_prepare(ctx):
    p = ctx.p
    marker = ctx.path("data", "done")
    if os.path.exists(marker):
        return
    os.makedirs(ctx.path("data"), exist_ok=True)
    say("data: %d files of %d MB (pseudo-random bytes) in %s" % (p["files"], p["mb"], ctx.path("data")))
    block = os.urandom(1 << 20)
    for i in range(p["files"]):
        with open(ctx.path("data", "f%04d.bin" % i), "wb") as f:
            for k in range(p["mb"]):
                f.write(bytes([i & 0xff, k & 0xff]) + block[2:])
    # settled: modified well before they are hashed, as inputs are (a racily clean file is re-hashed)
    old = os.path.getmtime(ctx.path("data", "f0000.bin")) - 60
    for i in range(p["files"]):
        os.utime(ctx.path("data", "f%04d.bin" % i), (old, old))
    # utime sets ctime to now: wait until the files have settled, as real inputs have, or the first
    # digest would be racily clean and taken again by the rerun
    time.sleep(2.5)
    open(marker, "w").close()


def parse_fingerprints(text, ctx):
    out = {}
    for m in re.finditer(r"^(first|rerun): files (\d+), bytes (\d+), seconds ([\d.]+), "
                         r"MB/s ([\d.]+)$", text, re.M):
        out[m.group(1) + "_s"] = (float(m.group(4)), "s")
        out[m.group(1) + "_rate"] = (float(m.group(5)), "MB/s")
    return out


def parse_sha256sum(text, ctx):
    m = re.search(r"^sha256sum: ([\d.]+) s$", text, re.M)
    return {"sha256sum_s": (float(m.group(1)), "s")} if m else {}


def parse_openssl(text, ctx):
    m = re.search(r"^openssl: ([\d.]+) s$", text, re.M)
    return {"openssl_s": (float(m.group(1)), "s")} if m else {}


def fingerprints_sides(ctx):
    d, index = ctx.path("data"), ctx.path("fingerprints.tsv")
    first = java("org.brainalign.study.fingerprint.FingerprintBenchmark", ["first", d, index],
                 heap="-Xmx1g")
    rerun = java("org.brainalign.study.fingerprint.FingerprintBenchmark", ["rerun", d, index],
                 heap="-Xmx1g")
    script = shlex.join(first) + " && " + shlex.join(rerun)
    ref = ("s=$(date +%%s.%%N); cd %s && sha256sum *.bin > %s; e=$(date +%%s.%%N); "
           "printf 'sha256sum: %%.3f s\\n' \"$(echo \"$e - $s\" | bc)\"" % (shlex.quote(d),
                                                               shlex.quote(ctx.path("ref.sha256"))))
    # the reference at its best: OpenSSL's SHA-256 (SHA extensions), as many processes as cores
    best = ("s=$(date +%%s.%%N); cd %s && ls *.bin | xargs -P %d -n 10 openssl dgst -sha256 -r "
            "> /dev/null; e=$(date +%%s.%%N); printf 'openssl: %%.3f s\\n' \"$(echo \"$e - $s\" | bc)\""
            % (shlex.quote(d), os.cpu_count() or 1))
    return [Side("brainalign fingerprints", ["bash", "-c", script], parse=parse_fingerprints),
            Side("coreutils sha256sum", ["bash", "-c", ref], parse=parse_sha256sum,
                 kind="reference"),
            Side("openssl dgst, one process per core", ["bash", "-c", best],
                 parse=parse_openssl, kind="reference")]


def fingerprints_check(ctx):
    with open(ctx.path("ref.sha256")) as f:
        ref = f.read()
    out = []
    for mode in ("first", "rerun"):
        with open(ctx.path(mode + ".sha256")) as f:
            mine = f.read()
        out.append(("digests (%s) vs sha256sum" % mode, "%d lines" % len(ref.splitlines()),
                    mine == ref))
    return out


FINGERPRINTS = Bench(
    "fingerprints", "input fingerprints: the first digest of a folder of input files (empty index) "
    "and an unchanged rerun in a new JVM (index from disk: a stat per file), vs coreutils sha256sum "
    "and OpenSSL (one process per core) over the same files; digests checked", "docs/benchmarks.md",
    {"quick": dict(files=8, mb=16), "full": dict(files=100, mb=100)},
    fingerprints_sides, build=("bench-java",), prepare=fingerprints_prepare,
    check=fingerprints_check,
    ratios=[("first digest / sha256sum (s)", ("brainalign fingerprints", "first_s"),
             ("coreutils sha256sum", "sha256sum_s")),
            ("first digest / openssl per core (s)", ("brainalign fingerprints", "first_s"),
             ("openssl dgst, one process per core", "openssl_s"))],
    reps={"quick": 1, "full": 3},
    needs=lambda p: (p["files"] * p["mb"] * 2 ** 20, GB))


ALL = [COMPARE, COMPARE_OUT_OF_CORE, COMPARE_FULLSIZE, FOLD_STEPS, CELL_GROUP, CELL_GROUP_E2E, GRAM_STAGE, RESNET50, SRP, ENCODING, RSA,
       CKA, METRICS_IN_PROCESS, GRAM_ROUTES, NSD, SIMULATED, SIMULATED_KNOWN_ANSWER, TORCH_GRAM, TORCH_EIGEN,
       FINGERPRINTS]
