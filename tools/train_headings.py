"""Learn the kicker/headline/subtitle model from the People's Daily corpus.

    python tools/train_headings.py [--corpus ../shared/corpus/peoples_daily_2020h1.jsonl.gz]
                                   [--before 2020-05-01]

Only articles dated before ``--before`` are used: the segmentation harness draws its pages from
the later months, so its figures are measured on headings the model never saw.
Writes pipelines/models/heading_roles.json (naive Bayes roles) and heading_shapes.crf (the
CRF that tells kicker + headline from headline + subtitle).
"""

from __future__ import annotations

import argparse
import math
from collections import Counter
from pathlib import Path

import pycrfsuite

from pipelines.core.headings import (
    MODEL_FILE, ROLE_TAGS, ROLES, SHAPE_MODEL_FILE, HeadingModel, shape_features, unit_features,
)
from pipelines.synth.corpus import read_articles

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "peoples_daily_2020h1.jsonl.gz"


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
    for record in read_articles(args.corpus):
        if record["date"] >= args.before or not record.get("headline"):
            continue
        shape = [role for role in ROLES if record.get(role)]
        shapes["+".join(shape)] += 1
        for role in shape:
            counts[role].update(unit_features(record[role]))
        trainer.append(shape_features([record[role] for role in shape]), [ROLE_TAGS[role] for role in shape])
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
    model = HeadingModel(prior, loglik, unknown)
    args.out.write_text(model.to_json(), encoding="utf-8")
    shape_out = args.out.with_name(SHAPE_MODEL_FILE)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": 200, "feature.possible_transitions": True})
    trainer.train(str(shape_out))
    print(f"{n} headings before {args.before}: {dict(shapes)}; {size} features -> {args.out} "
          f"({args.out.stat().st_size / 1e6:.1f} MB); shape CRF -> {shape_out} "
          f"({shape_out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
