"""Category suggestions for uncategorised transactions, learned from the person's own filing.

Three layers, the first that answers wins:

1. **User rules** (:class:`cmrdesk.insights.inputs.CategoryRule`, first match in ``position``
   order, see :func:`ordered_rules`):
   confidence 1, reason "rule: payee contains 'rewe'".
2. **Payee match**: the category most often given to the same normalised payee (see
   :mod:`.text`) in the same direction (money in / out). Confidence is the Laplace-smoothed share
   (k + 1) / (n + 2) of the n earlier rows that got it k times; reason "payee matched 14 earlier
   'Groceries'".
3. **Words** (multinomial naive Bayes over the words of payee and memo, with a class prior per
   direction) for payees never seen before; confidence is the posterior of the winner.
   Failing any known word, the most common category for that direction, with its share as
   the confidence.

In :func:`suggest`, rows that move money between own accounts (see :mod:`.transfers`) are
offered the transfer category instead of a guess from their payee.

Everything is counted on unique (text, direction, category) combinations: a million rows cost
one hash factorisation and a few ``bincount`` calls; the per-text work runs on unique texts only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

import numpy as np
import pandas as pd

from cmrdesk.domain import CategoryKind, currency_exponent

from .frames import LedgerFrame, as_frame, group_codes
from .inputs import CategoryRule, LedgerData
from .text import normalise, normalised_payees, tokens
from .transfers import transfer_mask

#: Additive smoothing of the word likelihoods.
ALPHA = 0.5
METHOD_RULE, METHOD_PAYEE, METHOD_WORDS, METHOD_PRIOR, METHOD_NONE, METHOD_TRANSFER = range(6)
METHOD_NAMES = ("rule", "payee", "words", "prior", "none", "transfer")
#: Confidence of a transfer suggestion: the pair was found, but a coincidence is possible.
TRANSFER_CONFIDENCE = 0.9


@dataclass(frozen=True)
class _Texts:
    """Per row: a code for its (payee, memo) text unit; per unit: its word ids."""

    unit: np.ndarray  # per frame row
    unit_payee: np.ndarray  # per unit: normalised payee code
    unit_words: list[np.ndarray]  # per unit: word ids
    words: list[str]


@dataclass(frozen=True)
class Model:
    """Counts learned from categorised rows (category indexes, not ids)."""

    n_cat: int
    payee_best: np.ndarray  # per (payee, direction): best category index or -1
    payee_best_count: np.ndarray
    payee_total: np.ndarray
    word_loglik: np.ndarray  # (words, categories)
    word_known: np.ndarray  # per word: seen in training
    word_count: np.ndarray  # (words, categories) raw counts, for reasons
    log_prior: np.ndarray  # (2, categories) per direction
    prior_best: np.ndarray  # per direction: category index or -1
    prior_share: np.ndarray  # per direction


def _texts(frame: LedgerFrame) -> _Texts:
    def compute() -> _Texts:
        norm_of_payee, norm_payees = normalised_payees(frame)
        payee_norm = norm_of_payee[frame.payee_code]
        memos = frame.memo_codes()
        if memos is None:
            memo_norm, memo_texts = np.zeros(len(frame), dtype=np.int64), np.array([""], object)
        else:
            norm_of_memo, memo_texts = pd.factorize(
                np.array([normalise(str(m)) for m in memos[1].tolist()], dtype=object)
            )
            memo_norm = norm_of_memo[memos[0]]
            memo_texts = np.asarray(memo_texts, dtype=object)
        unit, pairs = group_codes(payee_norm * len(memo_texts) + memo_norm)
        unit_payee, unit_memo = np.divmod(pairs, len(memo_texts))
        vocabulary: dict[str, int] = {}
        unit_words = []
        for p, m in zip(unit_payee.tolist(), unit_memo.tolist(), strict=True):
            words = tokens(f"{norm_payees[p]} {memo_texts[m]}")
            unit_words.append(
                np.array([vocabulary.setdefault(w, len(vocabulary)) for w in words], np.int64)
            )
        return _Texts(unit.astype(np.int64), unit_payee, unit_words, list(vocabulary))

    return frame.cached("categoriser_texts", compute)


def _direction(frame: LedgerFrame, rows: np.ndarray) -> np.ndarray:
    return (frame.amount[rows] > 0).astype(np.int64)


def train(data: LedgerData | LedgerFrame, rows: np.ndarray | None = None) -> Model:
    """Learn from categorised ``rows`` (frame row indexes; default: every categorised row)."""
    frame = as_frame(data)
    if rows is None:
        rows = np.flatnonzero(frame.cat >= 0)
    texts = _texts(frame)
    n_cat = max(len(frame.categories), 1)  # one column even without categories keeps shapes
    n_payee_dir = (int(texts.unit_payee.max()) + 1 if len(texts.unit_payee) else 1) * 2
    direction = _direction(frame, rows)
    unit = texts.unit[rows]
    cat = frame.cat[rows].astype(np.int64)
    # One pass over the rows: tally unique (unit, direction, category) combinations.
    combo, uniques = group_codes((unit * 2 + direction) * n_cat + cat)
    counts = np.bincount(combo).astype(np.int64)
    unit_dir, combo_cat = np.divmod(uniques, n_cat)
    combo_unit, combo_dir = np.divmod(unit_dir, 2)

    # (payee, direction) -> best category: aggregate units of the same payee first.
    payee_dir = texts.unit_payee[combo_unit] * 2 + combo_dir
    by_payee, keys = group_codes(payee_dir * n_cat + combo_cat)
    key_counts = np.bincount(by_payee, weights=counts).astype(np.int64)
    key_pd, key_cat = np.divmod(keys, n_cat)
    order = np.lexsort((-key_counts, key_pd))
    firsts = order[np.r_[True, key_pd[order][1:] != key_pd[order][:-1]]] if len(order) else order
    payee_best = np.full(n_payee_dir, -1, dtype=np.int64)
    payee_best_count = np.zeros(n_payee_dir, dtype=np.int64)
    payee_best[key_pd[firsts]] = key_cat[firsts]
    payee_best_count[key_pd[firsts]] = key_counts[firsts]
    payee_total = np.zeros(n_payee_dir, dtype=np.int64)
    np.add.at(payee_total, key_pd, key_counts)

    # Word counts per category: every word of a unit gets that combination's count.
    n_words = len(texts.words)
    lengths = np.array([len(texts.unit_words[u]) for u in combo_unit.tolist()], dtype=np.int64)
    word_count = np.zeros((max(n_words, 1), n_cat), dtype=np.int64)
    if lengths.sum():
        word_ids = np.concatenate([texts.unit_words[u] for u in combo_unit.tolist()])
        np.add.at(word_count, (word_ids, np.repeat(combo_cat, lengths)), np.repeat(counts, lengths))
    per_cat = word_count.sum(axis=0)
    word_loglik = np.log(word_count + ALPHA) - np.log(per_cat + ALPHA * max(n_words, 1))[None, :]

    prior = np.zeros((2, n_cat), dtype=np.int64)
    np.add.at(prior, (combo_dir, combo_cat), counts)
    prior_total = prior.sum(axis=1)
    log_prior = np.log(prior + ALPHA) - np.log(prior_total + ALPHA * n_cat)[:, None]
    prior_best = np.where(prior_total > 0, prior.argmax(axis=1), -1)
    prior_share = np.where(prior_total > 0, prior.max(axis=1) / np.maximum(prior_total, 1), 0.0)
    return Model(
        n_cat, payee_best, payee_best_count, payee_total, word_loglik,
        word_count.sum(axis=1) > 0, word_count, log_prior, prior_best, prior_share,
    )


NO_HISTORY = "no categorised history to learn from"


@dataclass(frozen=True)
class Suggestions:
    """Per requested row: category index (-1 none), confidence, method code, and a reason
    code into ``reasons`` (reasons are built per unique text, not per row)."""

    cat: np.ndarray
    confidence: np.ndarray
    method: np.ndarray
    reason_code: np.ndarray
    reasons: list[str]

    def reason(self) -> np.ndarray:
        """The reason text of every row (object array)."""
        return np.array(self.reasons, dtype=object)[self.reason_code]


def predict(
    data: LedgerData | LedgerFrame, model: Model, rows: np.ndarray, use_rules: bool = True
) -> Suggestions:
    """Suggest a category for each of ``rows`` (frame row indexes)."""
    frame = as_frame(data)
    texts = _texts(frame)
    n = len(rows)
    out = Suggestions(
        np.full(n, -1, dtype=np.int64), np.zeros(n), np.full(n, METHOD_NONE, dtype=np.int8),
        np.zeros(n, dtype=np.int64), [NO_HISTORY],
    )
    if use_rules and frame.data.rules:
        _apply_rules(frame, rows, out)
    open_ = np.flatnonzero(out.cat < 0)
    # Work on unique (unit, direction) queries; rows then take their query's answer.
    query, query_keys = group_codes(texts.unit[rows[open_]] * 2 + _direction(frame, rows[open_]))
    q_unit, q_dir = np.divmod(query_keys, 2)
    answer = _answer_queries(frame, model, texts, q_unit, q_dir)
    out.cat[open_] = answer.cat[query]
    out.confidence[open_] = answer.confidence[query]
    out.method[open_] = answer.method[query]
    out.reason_code[open_] = answer.reason_code[query] + len(out.reasons)
    out.reasons.extend(answer.reasons)
    return out


def _answer_queries(
    frame: LedgerFrame, model: Model, texts: _Texts, q_unit: np.ndarray, q_dir: np.ndarray
) -> Suggestions:
    n = len(q_unit)
    names = [c.name for c in frame.categories]
    cat = np.full(n, -1, dtype=np.int64)
    confidence = np.zeros(n)
    method = np.full(n, METHOD_NONE, dtype=np.int8)
    reasons = [NO_HISTORY] * n
    payee_dir = texts.unit_payee[q_unit] * 2 + q_dir
    inside = payee_dir < len(model.payee_best)
    best = np.where(inside, model.payee_best[np.where(inside, payee_dir, 0)], -1)
    for q in np.flatnonzero(best >= 0).tolist():
        k, total = int(model.payee_best_count[payee_dir[q]]), int(model.payee_total[payee_dir[q]])
        cat[q], confidence[q], method[q] = best[q], (k + 1) / (total + 2), METHOD_PAYEE
        of = f" of {total}" if total > k else ""
        reasons[q] = f"payee matched {k}{of} earlier '{names[best[q]]}'"
    for q in np.flatnonzero(best < 0).tolist():
        words = texts.unit_words[q_unit[q]]
        words = words[words < len(model.word_known)]
        words = words[model.word_known[words]]
        d = int(q_dir[q])
        if len(words):
            scores = model.log_prior[d] + model.word_loglik[words].sum(axis=0)
            winner = int(scores.argmax())
            posterior = np.exp(scores - scores.max())
            cat[q], method[q] = winner, METHOD_WORDS
            confidence[q] = float(posterior[winner] / posterior.sum())
            counts = model.word_count[words, winner]
            strongest = words[np.argsort(-counts, kind="stable")[:3]]
            shown = ", ".join(f"'{texts.words[w]}'" for w in strongest.tolist())
            reasons[q] = (
                f"words {shown} were filed under '{names[winner]}' {int(counts.max())} times"
            )
        elif model.prior_best[d] >= 0:
            winner = int(model.prior_best[d])
            cat[q], method[q], confidence[q] = winner, METHOD_PRIOR, float(model.prior_share[d])
            way = "in" if d else "out"
            reasons[q] = f"most common category for money {way}: '{names[winner]}'"
    return Suggestions(cat, confidence, method, np.arange(n, dtype=np.int64), reasons)


def ordered_rules(rules: list[CategoryRule]) -> list[CategoryRule]:
    """Rules in the order they are tried: by ``position``, then by id (first match wins)."""
    return sorted(rules, key=lambda r: (r.position, r.id if r.id is not None else 0))


def rule_mask(rule: CategoryRule, data: LedgerData | LedgerFrame,
              rows: np.ndarray | None = None) -> np.ndarray:
    """Whether ``rule`` matches each of ``rows`` (frame row indexes; default every row).

    Vectorised: text conditions are tested once per unique payee or memo and mapped to rows,
    amounts are compared as integers, so a million rows cost a few array operations.
    """
    frame = as_frame(data)
    if rows is None:
        rows = np.arange(len(frame))
    hit = _text_match(rule, frame, rows) & _amount_match(rule, frame, rows)
    if rule.account_id is not None:
        hit &= frame.account_ids[frame.acc[rows]] == rule.account_id
    return hit


def _apply_rules(frame: LedgerFrame, rows: np.ndarray, out: Suggestions) -> None:
    for rule in ordered_rules(frame.data.rules):
        target = frame.category_index.get(rule.category_id)
        if target is None:
            continue
        hit = (out.cat < 0) & rule_mask(rule, frame, rows)
        out.cat[hit], out.confidence[hit], out.method[hit] = target, 1.0, METHOD_RULE
        out.reason_code[hit] = len(out.reasons)
        out.reasons.append(rule.describe())


def _text_match(rule: CategoryRule, frame: LedgerFrame, rows: np.ndarray) -> np.ndarray:
    """Text conditions, tested once per unique payee or memo and then mapped to rows."""

    def per_row(texts: np.ndarray | None, codes: np.ndarray | None, test) -> np.ndarray:
        if texts is None or codes is None:  # no memo column: memo conditions never hold
            return np.zeros(len(rows), dtype=bool)
        found = np.fromiter((test(str(t)) for t in texts.tolist()), bool, count=len(texts))
        return found[codes]

    memos = frame.memo_codes()
    memo_texts, memo_codes = (memos[1], memos[0][rows]) if memos else (None, None)
    payee_codes = frame.payee_code[rows]
    ok = np.ones(len(rows), dtype=bool)
    if rule.payee_contains:
        needle = rule.payee_contains.casefold()
        ok &= per_row(frame.payees, payee_codes, lambda t: needle in t.casefold())
    if rule.payee_equals:
        whole = rule.payee_equals.strip().casefold()
        ok &= per_row(frame.payees, payee_codes, lambda t: t.strip().casefold() == whole)
    if rule.memo_contains:
        needle_memo = rule.memo_contains.casefold()
        ok &= per_row(memo_texts, memo_codes, lambda t: needle_memo in t.casefold())
    if rule.pattern:
        pattern = re.compile(rule.pattern, re.IGNORECASE)
        ok &= per_row(frame.payees, payee_codes, lambda t: bool(pattern.search(t))) | per_row(
            memo_texts, memo_codes, lambda t: bool(pattern.search(t))
        )
    return ok


def _amount_match(rule: CategoryRule, frame: LedgerFrame, rows: np.ndarray) -> np.ndarray:
    """Amount bounds compared exactly in each account's minor units."""
    ok = np.ones(len(rows), dtype=bool)
    exps = [currency_exponent(a.currency) for a in frame.accounts]
    amount, acc = frame.amount[rows], frame.acc[rows]
    if rule.min_amount is not None:
        low = np.array([_bound(rule.min_amount, e, ROUND_CEILING) for e in exps], dtype=np.int64)
        ok &= amount >= low[acc]
    if rule.max_amount is not None:
        high = np.array([_bound(rule.max_amount, e, ROUND_FLOOR) for e in exps], dtype=np.int64)
        ok &= amount <= high[acc]
    return ok


def _bound(value: Decimal, exponent: int, rounding: str) -> int:
    return int(Decimal(value).scaleb(exponent).to_integral_value(rounding=rounding))


# --- public entry points -------------------------------------------------------------------


def suggest(data: LedgerData | LedgerFrame) -> pd.DataFrame:
    """Suggestions for every uncategorised transaction, newest first.

    Columns: ``id``, ``category_id`` (-1 when there is nothing to suggest), ``category``,
    ``confidence`` (0-1), ``method`` (rule, payee, words, prior, transfer, none), ``reason``.
    """
    frame = as_frame(data)
    return frame.cached("suggestions", lambda: _suggest(frame))


def _suggest(frame: LedgerFrame) -> pd.DataFrame:
    # The parts of a split line carry their own categories; none is guessed for them.
    rows = np.flatnonzero((frame.cat < 0) & ~frame.part)[::-1]
    result = predict(frame, train(frame), rows)
    _suggest_transfers(frame, rows, result)
    ids = np.array([c.id for c in frame.categories] + [-1], dtype=np.int64)
    names = np.array([c.name for c in frame.categories] + [""], dtype=object)
    return pd.DataFrame(
        {
            "id": frame.ids[rows],
            "category_id": ids[result.cat],
            "category": names[result.cat],
            "confidence": np.round(result.confidence, 3),
            "method": np.array(METHOD_NAMES, dtype=object)[result.method],
            "reason": result.reason(),
        }
    )


def _suggest_transfers(frame: LedgerFrame, rows: np.ndarray, result: Suggestions) -> None:
    """Rows that move money between own accounts (linked or detected, see
    :mod:`.transfers`) get the first transfer category rather than a guess from their payee:
    "Groceries" for a card payoff would be confidently wrong. User rules still win."""
    kinds = [i for i, c in enumerate(frame.categories) if c.kind == CategoryKind.TRANSFER]
    if not kinds:
        return
    moving = transfer_mask(frame)[rows] & (result.method != METHOD_RULE)
    result.cat[moving] = kinds[0]
    result.confidence[moving] = TRANSFER_CONFIDENCE
    result.method[moving] = METHOD_TRANSFER
    result.reason_code[moving] = len(result.reasons)
    result.reasons.append("moves money between your own accounts")


def evaluate(
    data: LedgerData | LedgerFrame, holdout: float = 0.2, seed: int = 0, split: str = "time"
) -> dict:
    """Top-1 accuracy of the learned model on held-out categorised transactions.

    ``split="time"`` (the default, and what the report uses) trains on the earliest
    ``1 - holdout`` of the categorised rows and tests on the latest ``holdout``: the honest
    question is how well the past predicts what comes next. ``split="random"`` draws the test
    rows at random with ``seed``. User rules are not applied (they would grade themselves).
    Returns ``accuracy`` (``None`` with fewer than 10 categorised rows), ``method``,
    ``n_train``, ``n_test`` and ``by_method`` (how many test rows each layer answered).
    """
    frame = as_frame(data)
    labelled = np.flatnonzero(frame.cat >= 0)
    n_test = round(len(labelled) * holdout)
    if split == "time":
        test, train_rows = labelled[len(labelled) - n_test :], labelled[: len(labelled) - n_test]
        how = f"time split: trained on the earliest {len(train_rows)} categorised transactions"
        how += f", tested on the latest {n_test}"
    elif split == "random":
        picked = np.random.default_rng(seed).permutation(len(labelled))
        test, train_rows = np.sort(labelled[picked[:n_test]]), np.sort(labelled[picked[n_test:]])
        how = f"random split (seed {seed}): {n_test} test transactions held out"
    else:
        raise ValueError(f"split must be 'time' or 'random', not {split!r}")
    method = f"top-1 accuracy, model only (user rules not applied); {how}"
    if len(labelled) < 10 or n_test == 0 or len(train_rows) == 0:
        return {"accuracy": None, "method": method, "n_train": len(train_rows),
                "n_test": n_test, "by_method": {}}
    result = predict(frame, train(frame, train_rows), test, use_rules=False)
    accuracy = float((result.cat == frame.cat[test]).mean())
    used = np.bincount(result.method, minlength=len(METHOD_NAMES))
    return {
        "accuracy": round(accuracy, 4),
        "method": method,
        "n_train": len(train_rows),
        "n_test": n_test,
        "by_method": {METHOD_NAMES[i]: int(c) for i, c in enumerate(used) if c},
    }
