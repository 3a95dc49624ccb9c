"""``python -m bench``: run every benchmark side by side and write bench/RESULTS.md."""

from __future__ import annotations

import argparse
import datetime
import sys
import time

from bench.common import ROOT, machine

SECTIONS = ("answers", "pipeline", "live", "load")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sections", nargs="*", default=list(SECTIONS), help=f"any of {', '.join(SECTIONS)}")
    args = parser.parse_args(argv)
    header = (
        "# Benchmark results\n\n"
        f"Written by `make bench` on {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC — {machine()}. "
        "Every ratio compares numbers measured side by side in this one run.\n"
    )
    parts = [header]
    for name in args.sections:
        module = __import__(f"bench.{name}", fromlist=["run"])
        began = time.monotonic()
        print(f"running bench.{name} ...", file=sys.stderr, flush=True)
        parts.append(module.run())
        print(f"bench.{name} took {time.monotonic() - began:.0f}s", file=sys.stderr, flush=True)
    (ROOT / "bench" / "RESULTS.md").write_text("\n\n".join(parts) + "\n")
    print((ROOT / "bench" / "RESULTS.md").read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
