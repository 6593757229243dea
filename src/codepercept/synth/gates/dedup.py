"""Dedup: exact (normalised code hash) and near-duplicate (perceptual image hash, 64 bits default).

A :class:`Deduper` keeps every accepted sample's keys; near-duplicates are found with a
multi-index: the hash bits are cut into ``threshold + 1`` bands, and two hashes within Hamming
distance ``threshold`` agree exactly on at least one band (pigeonhole), so only hashes sharing a
band are compared. The state saves to JSON and loads back, so a resumed run keeps deduping.
"""

from __future__ import annotations

import ast
import hashlib
import io
import json
import os
import re
import tokenize
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from codepercept.config import field_default
from codepercept.errors import ConfigError
from codepercept.io import atomic_write
from codepercept.pixels import background_color, ink_box, ink_mask, load_rgb
from codepercept.synth.gates.config import GateConfig

#: What counts as ink when cropping to the drawing: the image gate's threshold.
INK_DELTA: int = field_default(GateConfig, "ink_delta")
CODE_KEY = "code"
IMAGE_KEY = "image"


def normalise_code(code: str) -> str:
    """Code with comments, docstrings, blank lines and quote style normalised away (via ast.unparse)."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return _strip_comments(code)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            if len(body) == 1:
                body[0] = ast.Pass()
            else:
                del body[0]
    return ast.unparse(tree)


def _strip_comments(code: str) -> str:
    """Fallback for code that does not parse: drop comment tokens and collapse whitespace."""
    out = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(code).readline):
            if tok.type not in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE):
                out.append(tok.string)
    except (tokenize.TokenError, IndentationError):
        return re.sub(r"\s+", " ", re.sub(r"#.*", "", code)).strip()
    return " ".join(t for t in out if t.strip())


def code_hash(code: str) -> str:
    """SHA-256 (hex) of :func:`normalise_code`; equal for snippets differing only in layout."""
    return hashlib.sha256(normalise_code(code).encode("utf-8")).hexdigest()


def phash(png: bytes, bits: int = 64, ink_delta: int = INK_DELTA) -> int:
    """Perceptual hash: crop to the drawing, grey, resize, 2-D DCT, low frequencies vs median.

    ``bits=64`` is the classic pHash (32x32 image, 8x8 lowest DCT terms); ``bits=256`` uses a
    64x64 image and 16x16 terms, which separates line drawings far better (see docs/gates.md).
    Cropping to the ink's bounding box first makes the hash ignore margins and canvas size;
    ink is what the image gate calls ink (``GateConfig.ink_delta``).
    """
    from PIL import Image
    from scipy.fft import dctn

    n = _side(bits)
    rgb = load_rgb(png)
    box = ink_box(ink_mask(rgb, background_color(rgb), ink_delta))
    grey = Image.fromarray(rgb).convert("L")
    if box:
        grey = grey.crop(box)
    small = np.asarray(
        grey.convert("F").resize((4 * n, 4 * n), Image.Resampling.BOX), dtype=np.float64
    )
    low = dctn(small, type=2, norm="ortho")[:n, :n].ravel()
    on = low > np.median(low[1:])  # the DC term would skew the median
    return int("".join("1" if b else "0" for b in on), 2)


def _side(bits: int) -> int:
    n = int(round(bits**0.5))
    if n * n != bits or n < 4:
        raise ConfigError(f"hash bits must be a square >= 16 (64, 256, ...), got {bits}")
    return n


def hamming(a: int, b: int) -> int:
    """Number of differing bits of two hashes."""
    return (a ^ b).bit_count()


def dedup_keys(
    code: str, png: bytes | None, bits: int = 64, ink_delta: int = INK_DELTA
) -> dict[str, str]:
    """The keys a :class:`Deduper` compares: ``{"code": sha256 hex, "image": pHash hex}``."""
    keys = {CODE_KEY: code_hash(code)}
    if png:
        keys[IMAGE_KEY] = f"{phash(png, bits, ink_delta):0{bits // 4}x}"
    return keys


@dataclass(frozen=True, slots=True)
class DedupHit:
    """Why a sample is a duplicate: which key matched, and the Hamming distance for images."""

    key: str
    distance: int = 0

    def __str__(self) -> str:
        return self.key if self.key == CODE_KEY else f"{self.key}~{self.distance}"


class Deduper:
    """Remembers accepted samples' keys; ``check_and_add`` says whether a new one is a duplicate.

    >>> d = Deduper(threshold=4)
    >>> d.check_and_add({"code": "ab", "image": "00000000000000ff"}) is None
    True
    >>> str(d.check_and_add({"code": "cd", "image": "00000000000000fe"}))
    'image~1'
    """

    def __init__(self, threshold: int = 4, bits: int = 64) -> None:
        _side(bits)
        if not 0 <= threshold < bits // 2:
            raise ConfigError(f"threshold must be in [0, {bits // 2 - 1}], got {threshold}")
        self.threshold = threshold
        self.bits = bits
        self._codes: set[str] = set()
        self._images: set[int] = set()
        n = threshold + 1
        edges = np.linspace(0, bits, n + 1).round().astype(int)
        self._bands = [(int(lo), int(hi)) for lo, hi in zip(edges[:-1], edges[1:], strict=True)]
        self._index: list[dict[int, list[int]]] = [{} for _ in self._bands]

    def __len__(self) -> int:
        """Distinct code hashes stored (one per accepted sample)."""
        return len(self._codes)

    @property
    def n_images(self) -> int:
        return len(self._images)

    def _band_keys(self, h: int) -> list[int]:
        return [(h >> lo) & ((1 << (hi - lo)) - 1) for lo, hi in self._bands]

    def near(self, h: int) -> tuple[int, int] | None:
        """The closest stored hash within the threshold and its distance, or None."""
        best: tuple[int, int] | None = None
        for idx, key in zip(self._index, self._band_keys(h), strict=True):
            for other in idx.get(key, ()):
                d = hamming(h, other)
                if d <= self.threshold and (best is None or d < best[1]):
                    best = (other, d)
        return best

    def _image(self, keys: dict[str, str]) -> int | None:
        img = keys.get(IMAGE_KEY)
        if not img:
            return None
        if len(img) != self.bits // 4:
            raise ConfigError(
                f"image hash {img!r} has {len(img) * 4} bits but this deduper uses {self.bits}; "
                "make the keys with dedup_keys(..., bits=deduper.bits)"
            )
        return int(img, 16)

    def check(self, keys: dict[str, str]) -> DedupHit | None:
        """Whether ``keys`` duplicate a stored sample, without storing them."""
        if keys.get(CODE_KEY) in self._codes:
            return DedupHit(CODE_KEY)
        h = self._image(keys)
        if h is not None:
            hit = self.near(h)
            if hit is not None:
                return DedupHit(IMAGE_KEY, hit[1])
        return None

    def add(self, keys: dict[str, str]) -> None:
        """Store a sample's keys (no check)."""
        if keys.get(CODE_KEY):
            self._codes.add(keys[CODE_KEY])
        h = self._image(keys)
        if h is not None:
            if h not in self._images:
                self._images.add(h)
                for idx, key in zip(self._index, self._band_keys(h), strict=True):
                    idx.setdefault(key, []).append(h)

    def check_and_add(self, keys: dict[str, str]) -> DedupHit | None:
        """Return the duplicate hit, or store the keys and return None."""
        hit = self.check(keys)
        if hit is None:
            self.add(keys)
        return hit

    @classmethod
    def from_keys(
        cls, committed: Iterable[dict[str, str]], threshold: int = 4, bits: int = 64
    ) -> Deduper:
        """Rebuild from the keys of already committed rows (how a resumed run starts)."""
        d = cls(threshold, bits)
        for keys in committed:
            d.add(keys)
        return d

    def to_state(self) -> dict:
        """JSON-able state: threshold, code hashes and image hashes (sorted, so stable)."""
        return {
            "version": 1,
            "threshold": self.threshold,
            "bits": self.bits,
            "codes": sorted(self._codes),
            "images": [f"{h:0{self.bits // 4}x}" for h in sorted(self._images)],
        }

    @classmethod
    def from_state(cls, state: dict) -> Deduper:
        """Inverse of :meth:`to_state`; the band index is rebuilt."""
        if state.get("version") != 1:
            raise ConfigError(f"unknown dedup state version {state.get('version')!r}")
        d = cls(int(state["threshold"]), int(state.get("bits", 64)))
        for c in state["codes"]:
            d.add({CODE_KEY: c})
        for h in state["images"]:
            d.add({IMAGE_KEY: h})
        return d

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the state atomically (temp file, fsync, rename)."""
        atomic_write(path, json.dumps(self.to_state()))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Deduper:
        """Read a state written by :meth:`save`."""
        with open(path, encoding="utf-8") as f:
            return cls.from_state(json.load(f))
