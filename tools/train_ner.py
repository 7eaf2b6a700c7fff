"""Train the shipped NER model from the People's Daily NER training split.

    python tools/train_ner.py [--train ../shared/eval/ner/peoples_daily_train.bio]
                              [--dev ../shared/eval/ner/peoples_daily_dev.bio]

Writes pipelines/models/ner_crf.model and prints dev-set scores.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pycrfsuite

from pipelines.core.ner import MODEL_FILE, NerTagger, read_bio, sentence_features
from pipelines.core.ner_eval import score_bio

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval" / "ner"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train", type=Path, default=SHARED / "peoples_daily_train.bio")
    parser.add_argument("--dev", type=Path, default=SHARED / "peoples_daily_dev.bio")
    parser.add_argument("--out", type=Path, default=ROOT / "pipelines" / "models" / MODEL_FILE)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    args = parser.parse_args()

    started = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    with args.train.open(encoding="utf-8") as handle:
        for sentence, labels in read_bio(handle):
            trainer.append(sentence_features(sentence), labels)
    print(f"features built in {time.perf_counter() - started:.1f}s")
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": 1,
        }
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(args.out))
    print(f"trained in {time.perf_counter() - started:.1f}s -> {args.out} "
          f"({args.out.stat().st_size / 1e6:.1f} MB)")

    if args.dev.exists():
        tagger = NerTagger(str(args.out))
        with args.dev.open(encoding="utf-8") as handle:
            print(score_bio(read_bio(handle), tagger.spans).report())


if __name__ == "__main__":
    main()
