"""Vault columns -> a pandas frame: the one place transactions become a DataFrame."""

from __future__ import annotations

import numpy as np
import pandas as pd


def transactions_frame(columns: dict[str, np.ndarray]) -> pd.DataFrame:
    """A frame over the vault's columns (no copies of the numeric arrays), with a ``date``
    column (``datetime64[s]``) derived from the epoch-day ``day`` column."""
    frame = pd.DataFrame(columns, copy=False)
    frame["date"] = columns["day"].astype("datetime64[D]").astype("datetime64[s]")
    return frame


__all__ = ["transactions_frame"]
