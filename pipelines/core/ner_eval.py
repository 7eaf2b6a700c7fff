"""Exact-span scoring of a NER tagger against BIO-annotated sentences."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Sequence

from pipelines.core.ner import Span, decode_spans


@dataclass
class NerScore:
    true_positive: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    gold: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)

    def add(self, sentence: str, gold: Sequence[Span], predicted: Sequence[Span]) -> None:
        gold_set, pred_set = set(gold), set(predicted)
        for span in gold_set:
            self.gold[span.label] += 1
        for span in pred_set:
            self.predicted[span.label] += 1
            if span in gold_set:
                self.true_positive[span.label] += 1
            else:
                self.errors[("spurious", span.label, span.text(sentence))] += 1
        for span in gold_set - pred_set:
            self.errors[("missed", span.label, span.text(sentence))] += 1

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        def total(counter: Counter) -> int:
            return counter[label] if label else sum(counter.values())

        tp, pred, gold = total(self.true_positive), total(self.predicted), total(self.gold)
        precision = tp / pred if pred else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def report(self, top_errors: int = 15) -> str:
        lines = [f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}"]
        for label in sorted(self.gold) + [None]:
            p, r, f = self.prf(label)
            gold = self.gold[label] if label else sum(self.gold.values())
            lines.append(f"{label or 'overall':<8}{p:8.4f}{r:8.4f}{f:8.4f}{gold:8d}")
        lines.append("most frequent errors:")
        for (kind, label, text), count in self.errors.most_common(top_errors):
            lines.append(f"  {count:4d}  {kind:<8} {label:<4} {text}")
        return "\n".join(lines)


def score_bio(
    sentences: Sequence[tuple[str, list[str]]], predict: Callable[[str], list[Span]]
) -> NerScore:
    score = NerScore()
    for sentence, labels in sentences:
        score.add(sentence, decode_spans(labels), predict(sentence))
    return score
