"""Reading a write-ahead log left behind, before SQLite replays it.

SQLite replays a WAL up to the first frame whose salts or checksum do not match and silently
ignores the rest: one damaged byte in a WAL that still holds committed transactions makes them
vanish without an error. cmrdesk checkpoints after every write transaction, so a WAL only holds
data after a crash in the middle of a commit; this module finds out, before the vault is
opened, whether such a WAL can be replayed in full. SQLCipher encrypts the pages inside the
frames but leaves the WAL's header and frame headers in plain text, as SQLite lays them out
(https://www.sqlite.org/fileformat2.html#walformat), so no key is needed.

A frame counts as "of this log" when either of its salts matches the header's (a stale frame
from an earlier generation of the file differs in both: salt 1 is incremented and salt 2 drawn
anew at every restart). A full frame of this log that fails its checksum, or a header that fails
its own while full frames follow, is damage: what it held cannot be applied. A frame cut short
at the end of the file is a write the crash interrupted, not damage.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

WAL_HEADER = 32
FRAME_HEADER = 24
_MAGIC = (0x377F0682, 0x377F0683)
_VERSION = 3007000
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class WalState:
    """What a WAL file holds and how much of it SQLite can replay."""

    frames: int  #: full frames in the file
    applicable: int  #: frames up to the last commit that replays (what SQLite will apply)
    damaged: int  #: full frames of this log that cannot be replayed because of damage
    header_damaged: bool = False

    @property
    def ok(self) -> bool:
        """Whether SQLite will replay everything this log holds."""
        return not self.damaged and not self.header_damaged

    def describe(self) -> str:
        """A sentence for an error or a ``check`` report; no data, only counts."""
        if self.header_damaged:
            return (f"its write-ahead log (-wal) has a damaged header: none of its "
                    f"{self.frames} pages of changes can be applied")
        return (f"its write-ahead log (-wal) is damaged: {self.damaged} of its {self.frames} "
                "pages of changes cannot be applied")


def _pair_sum(words: list[int], s0: int, s1: int) -> tuple[int, int]:
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


@lru_cache(maxsize=4)
def _powers(pairs: int) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """The checksum is linear: (s0, s1) <- M (s0, s1) + (a, a + b) per word pair, with
    M = [[1, 1], [1, 2]]. Precompute M^(n-1-k) for every pair k and M^n (all mod 2**32) so a
    frame's checksum is a few dot products instead of a Python loop over 1,026 words."""
    powers = np.empty((pairs, 4), dtype=np.uint64)
    m = (1, 0, 0, 1)
    for k in range(pairs - 1, -1, -1):
        powers[k] = m
        a, b, c, d = m
        m = ((a + b) & _MASK, (a + 2 * b) & _MASK, (c + d) & _MASK, (c + 2 * d) & _MASK)
    return powers, m


def _frame_sum(data: bytes, s0: int, s1: int, little: bool) -> tuple[int, int]:
    words = np.frombuffer(data, dtype="<u4" if little else ">u4").astype(np.uint64)
    a, b = words[0::2], words[0::2] + words[1::2]
    powers, (m00, m01, m10, m11) = _powers(len(a))
    with np.errstate(over="ignore"):  # arithmetic mod 2**64, reduced mod 2**32 at the end
        t0 = int(np.dot(powers[:, 0], a) + np.dot(powers[:, 1], b))
        t1 = int(np.dot(powers[:, 2], a) + np.dot(powers[:, 3], b))
    return (m00 * s0 + m01 * s1 + t0) & _MASK, (m10 * s0 + m11 * s1 + t1) & _MASK


def inspect(path: Path) -> WalState | None:
    """Read the WAL at ``path``; None when there is none or it holds no frame."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    if len(data) < WAL_HEADER:
        return None  # at most a header cut short: it never held a frame
    magic, version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:32])
    frame_size = FRAME_HEADER + page_size if 512 <= page_size <= 65536 else 0
    frames = (len(data) - WAL_HEADER) // frame_size if frame_size else 0
    little = magic == _MAGIC[0]
    header_ok = (
        magic in _MAGIC
        and version == _VERSION
        and frame_size > 0
        and _pair_sum(list(struct.unpack("<6I" if little else ">6I", data[:24])), 0, 0)
        == (c1, c2)
    )
    if not header_ok:
        if not frames:  # size unknown: count frames of the usual page size
            frames = (len(data) - WAL_HEADER) // (FRAME_HEADER + 4096)
        return WalState(frames, 0, frames, header_damaged=frames > 0) if frames else None
    if not frames:
        return None
    s0, s1 = c1, c2
    applicable = 0
    index = 0
    for index in range(frames):
        start = WAL_HEADER + index * frame_size
        header = data[start : start + FRAME_HEADER]
        _page, commit, f_salt1, f_salt2, f_c1, f_c2 = struct.unpack(">6I", header)
        if (f_salt1, f_salt2) != (salt1, salt2):
            break
        s0, s1 = _frame_sum(header[:8] + data[start + FRAME_HEADER : start + frame_size],
                            s0, s1, little)
        if (s0, s1) != (f_c1, f_c2):
            break
        if commit:
            applicable = index + 1
    else:
        return WalState(frames, applicable, 0)
    damaged = 0
    for later in range(index, frames):
        start = WAL_HEADER + later * frame_size
        f_salt1, f_salt2 = struct.unpack(">2I", data[start + 8 : start + 16])
        if f_salt1 == salt1 or f_salt2 == salt2:
            damaged += 1
    return WalState(frames, applicable, damaged)
