"""Learn the kicker/headline/subtitle model from the People's Daily corpus.

    python tools/train_headings.py [--corpus ../shared/corpus/peoples_daily_2020h1.jsonl.gz]
                                   [--before 2020-05-01]

Only articles dated before ``--before`` are used: the segmentation harness draws its pages from
the later months, so its figures are measured on headings the model never saw.
Writes pipelines/models/heading_roles.json (naive Bayes roles), heading_shapes.crf (the CRF
that tells kicker + headline from headline + subtitle) and heading_breaks.crf (whether a line
break falls between two units or inside one).
"""

from __future__ import annotations

import argparse
import math
import random
from collections import Counter
from pathlib import Path

import jieba
import pycrfsuite

from pipelines.core.headings import (
    BREAK_MODEL_FILE, MODEL_FILE, ROLE_TAGS, ROLES, SHAPE_MODEL_FILE, HeadingModel, boundary_features,
    shape_features, unit_features,
)
from pipelines.synth.corpus import read_articles

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "peoples_daily_2020h1.jsonl.gz"


def break_examples(units: list[str], rng: random.Random) -> list[tuple[list[str], str]]:
    """Boundaries between the units of one heading (B), and each unit cut in two at a word
    boundary, once near its middle and once anywhere (W): the wraps a page may show."""
    examples = [(boundary_features(above, below), "B") for above, below in zip(units, units[1:])]
    for unit in units:
        text = "".join(unit.split())
        cuts, offset = [], 0
        for word in jieba.cut(text, HMM=False):
            offset += len(word)
            if 0 < offset < len(text):
                cuts.append(offset)
        if len(text) >= 6 and cuts:
            middle = min(cuts, key=lambda c: abs(c - len(text) / 2))
            for cut in (middle, rng.choice(cuts)):
                examples.append((boundary_features(text[:cut], text[cut:]), "W"))
    return examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--before", default="2020-05-01")
    parser.add_argument("--out", type=Path, default=ROOT / "pipelines" / "models" / MODEL_FILE)
    parser.add_argument("--alpha", type=float, default=0.5)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--c1", type=float, default=0.5, help="shape CRF: L1 penalty")
    parser.add_argument("--c2", type=float, default=0.2, help="shape CRF: L2 penalty")
    args = parser.parse_args()

    counts = {role: Counter() for role in ROLES}
    shapes = Counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    breaks = pycrfsuite.Trainer(verbose=False)
    rng, boundaries, break_count = random.Random(1), 0, 0
    for record in read_articles(args.corpus):
        if record["date"] >= args.before or not record.get("headline"):
            continue
        shape = [role for role in ROLES if record.get(role)]
        shapes["+".join(shape)] += 1
        for role in shape:
            counts[role].update(unit_features(record[role]))
        trainer.append(shape_features([record[role] for role in shape]), [ROLE_TAGS[role] for role in shape])
        for features, label in break_examples([record[role] for role in shape], rng):
            breaks.append([features], [label])
            boundaries += label == "B"
            break_count += 1
    total = Counter()
    for role in ROLES:
        total.update(counts[role])
    vocabulary = [f for f, n in total.items() if n >= args.min_count]
    size = len(vocabulary)
    loglik, unknown = {}, {}
    for role in ROLES:
        denominator = sum(counts[role].values()) + args.alpha * size
        loglik[role] = {f: round(math.log((counts[role][f] + args.alpha) / denominator), 3)
                        for f in vocabulary if counts[role][f]}
        unknown[role] = round(math.log(args.alpha / denominator), 3)
    n = sum(shapes.values())
    prior = {shape: round(math.log(count / n), 3) for shape, count in shapes.items()}
    model = HeadingModel(prior, loglik, unknown, round(boundaries / break_count, 6))
    args.out.write_text(model.to_json(), encoding="utf-8")
    shape_out = args.out.with_name(SHAPE_MODEL_FILE)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": 200, "feature.possible_transitions": True})
    trainer.train(str(shape_out))
    break_out = args.out.with_name(BREAK_MODEL_FILE)
    breaks.set_params({"c1": 0.1, "c2": 0.1, "max_iterations": 200})
    breaks.train(str(break_out))
    print(f"{n} headings before {args.before}: {dict(shapes)}; {size} features -> {args.out} "
          f"({args.out.stat().st_size / 1e6:.1f} MB); shape CRF -> {shape_out} "
          f"({shape_out.stat().st_size / 1e6:.1f} MB); break CRF on {break_count} breaks "
          f"({boundaries} boundaries) -> {break_out} ({break_out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
