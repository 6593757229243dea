"""Survey the gates on every registered template: pass rates, reasons, gate cost, dedup rates.

The numbers in docs/gates.md come from this command::

    python benchmarks/gate_survey.py --seeds 20

Renders in-process (trusted template code only), so it measures the gates, not the sandbox.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from dataclasses import dataclass, field

from codepercept.synth.gates.code import check_code
from codepercept.synth.gates.config import GateConfig
from codepercept.synth.gates.consistency import check_consistency
from codepercept.synth.gates.dedup import Deduper, dedup_keys
from codepercept.synth.gates.image import check_image


@dataclass
class Survey:
    """What one survey run found."""

    samples: int = 0
    passed: int = 0
    reasons: Counter = field(default_factory=Counter)
    failing_templates: Counter = field(default_factory=Counter)
    seconds: Counter = field(default_factory=Counter)
    dedup: dict[str, int] = field(default_factory=dict)
    family: dict[str, str] = field(default_factory=dict)  # template -> family
    accepted: Counter = field(default_factory=Counter)  # template -> samples passing the gates
    near_dups: Counter = field(default_factory=Counter)  # template -> near-duplicates (default)


def _pipeline_dedup() -> tuple[int, int]:
    import dataclasses

    from codepercept.synth.pipeline import ProcessorSettings, SynthConfig

    threshold = {f.name: f.default for f in dataclasses.fields(SynthConfig)}["dedup_threshold"]
    return ProcessorSettings().dedup_bits, threshold


def run_survey(seeds: int, config: GateConfig | None = None) -> Survey:
    """Render ``seeds`` samples of each template, gate them and dedup them in plan order."""
    from codepercept.sandbox import render_inprocess
    from codepercept.synth.template import REGISTRY

    cfg = config or GateConfig()
    out = Survey()
    pipeline_dedup = _pipeline_dedup()  # (bits, threshold) the synth pipeline uses
    keys: dict[int, list[dict[str, str]]] = {64: [], 256: []}
    owners: list[str] = []  # the template of each accepted sample, in plan order
    for name in sorted(REGISTRY):
        out.family[name] = REGISTRY[name].family
        for seed in range(seeds):
            s = REGISTRY[name].sample(seed)
            r = render_inprocess(s.code)
            out.samples += 1
            t0 = time.perf_counter()
            results = [check_code(s.code, r, None, cfg)]
            t1 = time.perf_counter()
            if r.ok:
                results.append(check_image(r.png, r.trace, cfg))
                t2 = time.perf_counter()
                results.append(check_consistency(s.facts, r.trace, cfg))
                t3 = time.perf_counter()
                out.seconds.update({"Q_C": t1 - t0, "Q_I": t2 - t1, "Q_IC": t3 - t2})
            failed = [f"{g.gate}:{c}" for g in results for c in g.codes]
            if failed:
                out.reasons.update(set(failed))
                out.failing_templates[name] += 1
                continue
            out.passed += 1
            out.accepted[name] += 1
            owners.append(name)
            for bits in keys:
                t4 = time.perf_counter()
                keys[bits].append(dedup_keys(s.code, r.png, bits))
                out.seconds[f"dedup_keys_{bits}"] += time.perf_counter() - t4
    for bits, threshold in ((64, 4), (64, 2), (256, 16), (256, 8)):
        d = Deduper(threshold, bits)
        dup = [d.check_and_add(k) is not None for k in keys[bits]]
        out.dedup[f"{bits}-bit, threshold {threshold}"] = sum(dup)
        if (bits, threshold) == pipeline_dedup:
            out.near_dups.update(o for o, d in zip(owners, dup, strict=True) if d)
    return out


def print_table(s: Survey, seeds: int) -> None:
    """Per family and per template: accepted of surveyed, near-duplicates among accepted."""
    print("\n| family | template | accepted | near-duplicates |\n|---|---|---|---|")
    by_family: dict[str, list[str]] = {}
    for name, fam in sorted(s.family.items(), key=lambda kv: (kv[1], kv[0])):
        by_family.setdefault(fam, []).append(name)
    for fam, names in by_family.items():
        acc = sum(s.accepted[n] for n in names)
        dups = sum(s.near_dups[n] for n in names)
        print(f"| **{fam}** | {len(names)} templates | {acc}/{seeds * len(names)} | {dups} |")
        for n in names:
            print(f"| | {n} | {s.accepted[n]}/{seeds} | {s.near_dups[n]} |")


def main(argv: list[str] | None = None) -> None:
    """Print the survey as plain lines."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=20, help="samples per template")
    ap.add_argument("--table", action="store_true", help="also a per-template Markdown table")
    args = ap.parse_args(argv)
    s = run_survey(args.seeds)
    print(f"samples={s.samples} passed={s.passed} ({s.passed / max(1, s.samples):.1%})")
    for reason, n in s.reasons.most_common():
        print(f"  rejected {reason}: {n}")
    for name, n in s.failing_templates.most_common():
        print(f"  template {name}: {n} of {args.seeds} rejected")
    gated = max(1, s.samples)
    for gate in ("Q_C", "Q_I", "Q_IC", "dedup_keys_64", "dedup_keys_256"):
        denom = gated if gate.startswith("Q") else max(1, s.passed)
        print(f"  {gate}: {1000 * s.seconds[gate] / denom:.1f} ms per sample")
    for setting, n in s.dedup.items():
        print(f"  near-duplicates among accepted, {setting}: {n} of {s.passed}")
    if args.table:
        print_table(s, args.seeds)


if __name__ == "__main__":
    main()
