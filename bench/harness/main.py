"""bench/run: list the benchmarks, or run one (see bench/README.md)."""
import argparse
import sys

import core
import definitions


def main(argv):
    names = [b.name for b in definitions.ALL]
    if argv[:1] == ["list"]:
        for b in definitions.ALL:
            print(b.name)
        return 0
    if argv[:1] in (["describe"],):
        for b in definitions.ALL:
            print("%-24s %s\n%-24s quick: %s; full: %s; page: %s" % (
                b.name, b.title, "", b.sizes["quick"], b.sizes["full"], b.doc))
        return 0
    ap = argparse.ArgumentParser(prog="bench/run", description="Runs one benchmark: brainalign "
                                 "and its reference(s) on the same data, alternating. "
                                 "'bench/run list' names them, 'bench/run describe' says what "
                                 "each times.")
    ap.add_argument("name", help="one of: " + ", ".join(names))
    ap.add_argument("--size", choices=("quick", "full"), default="quick")
    ap.add_argument("--reps", type=int, help="repetitions of each side (default: the benchmark's)")
    ap.add_argument("--budget", type=int, help="seconds: start no new repetition after this "
                    "(at least one runs); Ctrl-C also summarises the complete repetitions")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="override one parameter of the size (repeatable), e.g. "
                    "'bench/run cell-group --size full --set modes=now,single'")
    a = ap.parse_args(argv)
    bench = next((b for b in definitions.ALL if b.name == a.name), None)
    if bench is None:
        print("bench/run: no benchmark named %r; expected one of: %s" % (a.name, ", ".join(names)),
              file=sys.stderr)
        return 2
    try:
        bench.sizes = dict(bench.sizes, **{a.size: overridden(bench.sizes[a.size], a.set)})
    except ValueError as e:
        print("bench/run %s: --set: %s" % (bench.name, e), file=sys.stderr)
        return 2
    reps = a.reps or bench.reps[a.size]
    if reps < 1:
        print("bench/run: --reps must be at least 1, found %d" % reps, file=sys.stderr)
        return 2
    try:
        core.run(bench, a.size, reps, a.budget)
    except core.BenchError as e:
        word = {core.EXIT_MISSING: "MISSING PREREQUISITE",
                core.EXIT_TOO_BIG: "CANNOT RUN ON THIS MACHINE"}.get(e.code, "FAILED")
        print("bench/run %s: %s: %s" % (bench.name, word, e), file=sys.stderr)
        return e.code
    return 0


def overridden(params, settings):
    """params with each KEY=VALUE of settings applied; a key must exist, and an int stays an int."""
    out = dict(params)
    for item in settings:
        key, eq, value = item.partition("=")
        if not eq or key not in params:
            raise ValueError("expected KEY=VALUE with KEY one of %s, found %r"
                             % (", ".join(params), item))
        old = params[key]
        if isinstance(old, (int, float, str)) and not isinstance(old, bool):
            try:
                out[key] = type(old)(value)
            except ValueError:
                raise ValueError("%s: expected %s, found %r" % (key, type(old).__name__, value))
        else:
            raise ValueError("%s (a %s) cannot be set from the command line"
                             % (key, type(old).__name__))
    return out


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
