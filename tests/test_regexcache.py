"""The regex cache rebuilds exactly the patterns a fresh compile gives, ignores a damaged file, and
leaves ``regex.compile`` as it found it; extraction reads the same with the cache cold, warm or off."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from regex import _regex  # type: ignore[attr-defined]

import workbench.extract.attribution
import workbench.extract.clause
import workbench.extract.metrics
import workbench.extract.numbers
import workbench.extract.pipeline
import workbench.extract.qualifiers
import workbench.extract.structure
from workbench.regexcache import cache_path, cached_compiles

MODULES = [
    workbench.extract.attribution,
    workbench.extract.clause,
    workbench.extract.metrics,
    workbench.extract.numbers,
    workbench.extract.pipeline,
    workbench.extract.qualifiers,
    workbench.extract.structure,
]
# Every module-level pattern of the extractor that the regex package compiled.
GRAMMAR = sorted(
    (f"{module.__name__}.{name}", value)
    for module in MODULES
    for name, value in vars(module).items()
    if isinstance(value, type(regex.compile("")))
)
TEXT = (
    "Police said 12 people were killed on 3 May. Mr. Smith, 45, told the U.S. Senate it cost $4.2bn, "
    "up 15% on 400k; “We had nearly three thousand cases,” she said. Deaths topped 1,000 in Jan."
)
PATTERNS = [  # (pattern, flags) as the grammar writes them
    (r"\d+", 0),
    (r"(?P<n>\d+)\s+(?:people|cases)", regex.IGNORECASE),
    (r"(?<!\w)said\s*$", regex.IGNORECASE | regex.REVERSE),
    (r"\b(?:Mr|Mrs)\.\ [A-Z]\w+  # a titled name", regex.VERBOSE),
    (r"(?:p)(?-i:P)", regex.IGNORECASE | regex.VERSION1),
]
DAMAGE = [
    ("empty", lambda raw: b""),
    ("truncated", lambda raw: raw[: len(raw) // 2]),
    ("one byte flipped", lambda raw: raw[:-1] + bytes([raw[-1] ^ 1])),
    ("garbage", lambda raw: os.urandom(200)),
]


def _same(a: regex.Pattern, b: regex.Pattern) -> None:
    assert a._pickled_data == b._pickled_data
    assert [(m.span(), m.groups()) for m in a.finditer(TEXT)] == [
        (m.span(), m.groups()) for m in b.finditer(TEXT)
    ]


@pytest.mark.parametrize(("name", "pattern"), GRAMMAR, ids=[g[0] for g in GRAMMAR])
def test_a_rebuilt_grammar_pattern_is_the_compiled_one(name: str, pattern: regex.Pattern) -> None:
    _same(_regex.compile(*pattern._pickled_data), pattern)


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_cold_then_warm_give_the_fresh_pattern(tmp_path: Path, pattern: str, flags: int) -> None:
    path = tmp_path / "cache.marshal"
    fresh = regex.compile(pattern, flags, cache_pattern=False)
    original = regex.compile
    with cached_compiles(path):
        cold = regex.compile(pattern, flags)
    assert regex.compile is original and path.exists()
    stamp = path.stat().st_mtime_ns
    with cached_compiles(path):
        warm = regex.compile(pattern, flags)
    assert regex.compile is original and path.stat().st_mtime_ns == stamp  # a full hit writes nothing
    _same(cold, fresh)
    _same(warm, fresh)


def test_two_versions_sharing_the_cache_both_hit(tmp_path: Path) -> None:
    """Two versions of the grammar (two worktrees, an upgrade) alternating on one cache file: after
    each has run once, neither compiles again (each used to write back only its own patterns)."""
    path = tmp_path / "cache.marshal"
    versions = [PATTERNS[:3], PATTERNS[2:]]  # sharing one pattern
    for version in versions:
        with cached_compiles(path):
            for pattern, flags in version:
                regex.compile(pattern, flags)
    stamp = path.stat().st_mtime_ns
    for version in versions:
        with cached_compiles(path):
            for pattern, flags in version:
                _same(regex.compile(pattern, flags), regex.compile(pattern, flags, cache_pattern=False))
    assert path.stat().st_mtime_ns == stamp  # full hits write nothing


@pytest.mark.parametrize(("kind", "damage"), DAMAGE, ids=[d[0] for d in DAMAGE])
def test_a_damaged_cache_is_ignored_and_rewritten(tmp_path: Path, kind: str, damage) -> None:
    path = tmp_path / "cache.marshal"
    with cached_compiles(path):
        regex.compile(PATTERNS[1][0], PATTERNS[1][1])
    path.write_bytes(damage(path.read_bytes()))
    with cached_compiles(path):
        again = regex.compile(PATTERNS[1][0], PATTERNS[1][1])
    _same(again, regex.compile(PATTERNS[1][0], PATTERNS[1][1], cache_pattern=False))
    with cached_compiles(path):  # rewritten whole: a hit now
        _same(regex.compile(PATTERNS[1][0], PATTERNS[1][1]), again)


def test_named_lists_and_errors_pass_through(tmp_path: Path) -> None:
    path = tmp_path / "cache.marshal"
    with cached_compiles(path):
        listed = regex.compile(r"\L<units>", units=["km", "miles"])
        with pytest.raises(regex.error):
            regex.compile(r"(unclosed")
    assert listed.findall("5 km or 3 miles") == ["km", "miles"]
    assert not path.exists()  # nothing cacheable was compiled


WHERE = [  # (environment, the cache's folder)
    ({"WORKBENCH_REGEX_CACHE": "0"}, None),
    ({"XDG_CACHE_HOME": "/somewhere"}, "/somewhere/workbench"),
    ({"XDG_CACHE_HOME": "relative", "HOME": "/home/ana"}, "/home/ana/.cache/workbench"),
    ({"XDG_CACHE_HOME": "", "HOME": "/home/ana"}, "/home/ana/.cache/workbench"),
    ({"XDG_CACHE_HOME": "", "HOME": "nowhere"}, None),
]


@pytest.mark.parametrize(("env", "expected"), WHERE)
def test_the_cache_can_be_moved_or_turned_off(monkeypatch, env: dict, expected: str | None) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    path = cache_path()
    assert (None if path is None else str(path.parent)) == expected


def _extract(tmp_path: Path, cache: str, name: str) -> list[dict]:
    out = tmp_path / f"{name}.csv"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "WORKBENCH_REGEX_CACHE": cache}
    root = Path(__file__).resolve().parents[1]
    folder = root / "data" / "dev"
    subprocess.run(
        [sys.executable, "-m", "workbench.cli", "extract", str(folder), "--out", str(out), "--jobs", "1"],
        check=True,
        capture_output=True,
        env=env,
        timeout=600,
    )
    with out.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_extraction_is_the_same_cold_warm_and_off(tmp_path: Path) -> None:
    off = _extract(tmp_path, "0", "off")
    cold = _extract(tmp_path, "1", "cold")
    assert any((tmp_path / "cache" / "workbench").iterdir())
    warm = _extract(tmp_path, "1", "warm")
    assert off and cold == off and warm == off
