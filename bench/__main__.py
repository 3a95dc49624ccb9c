"""``python -m bench``: run every benchmark side by side and write bench/RESULTS.md."""

from __future__ import annotations

import argparse
import datetime
import sys
import time

from bench.common import ROOT, machine

SECTIONS = ("answers", "pipeline", "live", "speech", "load", "hostile")


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
    # Running some sections replaces theirs and keeps the others' last results.
    kept = _sections(results.read_text()) if results.exists() else {}
    for name in args.sections:
        module = __import__(f"bench.{name}", fromlist=["run"])
        began = time.monotonic()
        print(f"running bench.{name} ...", file=sys.stderr, flush=True)
        kept[name] = module.run().strip()
        print(f"bench.{name} took {time.monotonic() - began:.0f}s", file=sys.stderr, flush=True)
    if set(args.sections) != set(SECTIONS):
        header += (
            f"Sections re-run at that time: {', '.join(args.sections)}; the others are from earlier runs.\n"
        )
    parts = [header, *(kept[name] for name in SECTIONS if name in kept)]
    results.write_text("\n\n".join(parts) + "\n")
    print((ROOT / "bench" / "RESULTS.md").read_text())
    return 0


def _sections(text: str) -> dict[str, str]:
    """The results file cut at its ``## ... (`bench/<name>.py`)`` headings."""
    found: dict[str, str] = {}
    for block in text.split("\n## ")[1:]:
        title = block.split("\n", 1)[0]
        for name in SECTIONS:
            if f"`bench/{name}.py`" in title:
                found[name] = ("## " + block).strip()
    return found


if __name__ == "__main__":
    raise SystemExit(main())
