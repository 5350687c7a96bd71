"""`workbench evaluate` on folders and markup that are not what they should be.

Before: a non-UTF-8 .md crashed with a UnicodeDecodeError traceback; an empty folder printed
zeros with exit 0; `v=abc`, `q=bogus` and an unclosed `{{` were scored as extractor errors;
unit accuracy printed 0.000 when no gold claim had `u=`.
"""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.evaluate import BadGold, parse_gold

GOOD = "Police said {{14|v=14;m=killed;s=police}} people were killed."

# (case, markup, bad marks expected as (line, reason start), gold claims left to score)
MARKUP = [
    ("good", GOOD, [], 1),
    ("value not a number", "Some {{40|v=abc;m=died}} died.", [(1, "v='abc' is not a number")], 0),
    ("bound not a number", "Up to {{40|hi=forty}} died.", [(1, "hi='forty' is not a number")], 0),
    ("infinite value", "Some {{40|v=inf}} died.", [(1, "v='inf' is not a number")], 0),
    ("unknown qualifier", "Some {{40|v=40;q=bogus}} died.", [(1, "q='bogus' is not a qualifier")], 0),
    ("unknown field", "Some {{40|v=40;vv=3}} died.", [(1, "unknown field 'vv'")], 0),
    ("not field=value", "Some {{40|v=40;killed}} died.", [(1, "'killed' is not field=value")], 0),
    ("no fields", "Some {{40|}} died.", [(1, "no fields")], 0),
    ("unclosed, line 2", f"{GOOD}\nThen {{{{40|v=40 more died.", [(2, "{{ is not closed")], 1),
    (
        "unclosed does not swallow the next mark",
        "Some {{40|v=40 died.\nAnd {{9|v=9;m=died}} died.",
        [(1, "{{ is not closed")],
        1,
    ),
    ("thousands and empty source are fine", "{{1,200|v=1,200;s=}} died.", [], 1),
]


@pytest.mark.parametrize(("case", "src", "bad", "claims"), MARKUP, ids=[m[0] for m in MARKUP])
def test_bad_gold_is_named_not_scored(case: str, src: str, bad: list[tuple[int, str]], claims: int) -> None:
    text, items, found = parse_gold(src)
    assert [(b.line, b.reason[: len(r)]) for b, (_, r) in zip(found, bad, strict=False)] == [
        (line, r) for line, r in bad
    ], found
    assert len(found) == len(bad)
    assert all(isinstance(b, BadGold) for b in found)
    assert sum(i.kind == "claim" for i in items) == claims
    for item in items:
        assert text[item.start : item.end] == item.text


def _write(folder: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        (folder / name).write_bytes(data)


# (case, files, exit code, lines expected on stderr, unit accuracy in the JSON line or "-")
FOLDERS = [
    ("empty folder", {}, 1, ["no .md articles in it; nothing scored"], "-"),
    ("only other files", {"a.txt": GOOD.encode()}, 1, ["no .md articles in it"], "-"),
    (
        "only binary",
        {"a.md": b"\x00\x01\x02x"},
        1,
        ["a.md: binary file", "no .md article could be read"],
        "-",
    ),
    (
        "Windows-1252 is read",
        {"a.md": "Caf\u00e9 staff said {{14|v=14}} left.".encode("cp1252")},
        0,
        [],
        None,
    ),
    (
        "one binary beside a good one",
        {"a.md": GOOD.encode(), "b.md": b"\x00\x01"},
        0,
        ["error: ", "b.md: binary file"],
        None,
    ),
    ("no u= anywhere: n/a", {"a.md": GOOD.encode()}, 0, [], None),
    ("a u= gives a unit accuracy", {"a.md": b"It cost {{$4m|v=4000000;u=USD}}."}, 0, [], 1.0),
    (
        "bad gold named with its line",
        {"a.md": f"{GOOD}\nSome {{{{4|v=x}}}}.".encode()},
        0,
        ["a.md line 2"],
        None,
    ),
]


@pytest.mark.parametrize(("case", "files", "code", "said", "unit"), FOLDERS, ids=[f[0] for f in FOLDERS])
def test_evaluate_folder(
    tmp_path: Path, case: str, files: dict[str, bytes], code: int, said: list[str], unit
) -> None:
    _write(tmp_path, files)
    run = CliRunner().invoke(app, ["evaluate", str(tmp_path)])
    assert run.exit_code == code, run.output
    assert "Traceback" not in run.output
    for words in said:
        assert words in run.stderr, run.stderr
    if code == 0:
        summary = json.loads(run.stdout.splitlines()[-1])
        assert summary["unit_acc"] == unit
        assert ("unit n/a" in run.stdout) == (unit is None), run.stdout
    else:
        assert run.stdout == ""
