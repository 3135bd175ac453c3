"""The passphrase strength estimate behind the new-vault meter."""

import pytest

from cmrdesk.ui.strength import MINIMUM_SCORE, estimate


@pytest.mark.parametrize(("passphrase", "low", "high"), [
    ("", 0, 0),
    ("password", 0, 0),
    ("demo", 0, 0),
    ("abcdefgh", 0, 1),
    ("aaaaaaaaaaaa", 0, 1),
    ("hunter22", 0, 1),
    ("correct horse battery staple", 2, 2),
    ("plum orbit cactus lantern rivet", 3, 4),
    ("x7#Kq9!mZ2vB", 3, 4),
])
def test_scores(passphrase, low, high):
    assert low <= estimate(passphrase).score <= high


def test_repeated_words_count_once():
    assert estimate("apple apple apple apple").score < estimate("apple pear plum fig").score


def test_acceptable_from_fair():
    assert estimate("correct horse battery staple").acceptable
    assert not estimate("hunter22").acceptable
    assert MINIMUM_SCORE == 2
