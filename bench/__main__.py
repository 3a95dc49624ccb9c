"""``python -m bench``: run every benchmark side by side and write bench/RESULTS.md."""

from __future__ import annotations

import argparse
import datetime
import re
import sys
import time

from bench.common import ROOT, machine

SECTIONS = ("answers", "pipeline", "live", "speech", "load")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sections", nargs="*", default=list(SECTIONS), help=f"any of {', '.join(SECTIONS)}")
    args = parser.parse_args(argv)
    header = (
        "# Benchmark results\n\n"
        f"Written by `make bench` on {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC — {machine()}. "
        "Every ratio compares numbers measured side by side in this one run.\n"
    )
    results = ROOT / "bench" / "RESULTS.md"
    sections = _sections(results.read_text() if results.exists() else "")
    for name in args.sections:
        module = __import__(f"bench.{name}", fromlist=["run"])
        began = time.monotonic()
        print(f"running bench.{name} ...", file=sys.stderr, flush=True)
        sections[name] = module.run().strip()
        print(f"bench.{name} took {time.monotonic() - began:.0f}s", file=sys.stderr, flush=True)
    # Sections not run this time keep their last results (each says which run wrote it).
    ordered = [name for name in SECTIONS if name in sections] + [n for n in sections if n not in SECTIONS]
    ran = ", ".join(args.sections)
    header = header.rstrip() + f" This run: {ran}; other sections are from earlier runs.\n"
    results.write_text("\n\n".join([header, *(sections[name] for name in ordered)]) + "\n")
    print((ROOT / "bench" / "RESULTS.md").read_text())
    return 0


def _sections(text: str) -> dict[str, str]:
    """The file's "## ... (`bench/NAME.py`)" sections by NAME."""
    found: dict[str, str] = {}
    for chunk in re.split(r"(?m)^(?=## )", text)[1:]:
        match = re.search(r"`bench/(\w+)\.py`", chunk.splitlines()[0])
        if match:
            found[match.group(1)] = chunk.strip()
    return found


if __name__ == "__main__":
    raise SystemExit(main())
