"""``--review-url`` takes plain ``{group_id}`` fields only. Before: the template went to
``str.format``, so a format spec was obeyed: ``{group_id:>1000000000}`` made every review's url a
gigabyte of spaces (and ``{group_id!r}`` quoted the id). Now any spec, conversion, attribute or
other field is refused with one line naming it, exit 2, before the store is read."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from workbench import extract_claims, reconcile
from workbench.cli import app
from workbench.export import review_url_parts
from workbench.store import ClaimStore

TEXTS = {
    "k1": "Fire in Ostrel. The Ostrel fire service said 30 homes burned in Ostrel, Lenn.",
    "k2": "Fire in Ostrel. Lenn police said about 32 homes burned in Ostrel, Lenn.",
}

# (case, --review-url, exit code, what the error line says, or the url a review gets)
TEMPLATES = [
    ("a plain field", "https://desk.example/c/{group_id}", 0, "https://desk.example/c/{gid}"),
    (
        "twice, with braces",
        "https://desk.example/{{c}}/{group_id}#{group_id}",
        0,
        "https://desk.example/{{c}}/{gid}#{gid}",
    ),
    (
        "a huge width",
        "https://desk.example/c/{group_id}/{group_id:>1000000000}",
        2,
        "not '{group_id:>1000000000}'",
    ),
    ("a small width", "https://desk.example/c/{group_id}/{group_id:>40}", 2, "not '{group_id:>40}'"),
    ("a precision", "https://desk.example/c/{group_id}/{group_id:.3}", 2, "not '{group_id:.3}'"),
    (
        "a nested spec",
        "https://desk.example/c/{group_id}/{group_id:{group_id}}",
        2,
        "only a plain {group_id}",
    ),
    ("a conversion", "https://desk.example/c/{group_id}/{group_id!r}", 2, "not '{group_id!r}'"),
    ("an attribute", "https://desk.example/c/{group_id}/{group_id.__class__}", 2, "only a plain {group_id}"),
    ("an index", "https://desk.example/c/{group_id}/{group_id[0]}", 2, "only a plain {group_id}"),
    ("a numbered field", "https://desk.example/c/{group_id}/{0}", 2, "not '{0}'"),
    ("a lone brace", "https://desk.example/c/{group_id}/{", 2, "a lone {"),
]


def _store(tmp_path: Path) -> tuple[str, str]:
    db = f"sqlite:///{tmp_path / 's.db'}"
    store = ClaimStore(db)
    store.save_claims(pd.concat(extract_claims(t, doc_id=d) for d, t in TEXTS.items()))
    rec = reconcile(store.claims(), overrides=store.overrides(), stories=store.story_ids())
    store.save_story_ids(rec.stories)
    gid = rec.groups["group_id"].iat[0]
    store.save_verdict(gid, "consistent", "ana")
    return db, gid


@pytest.mark.parametrize(
    ("template", "code", "said"), [t[1:] for t in TEMPLATES], ids=[t[0] for t in TEMPLATES]
)
def test_review_url_takes_plain_group_id_fields_only(
    tmp_path: Path, template: str, code: int, said: str
) -> None:
    db, gid = _store(tmp_path)
    reviews = tmp_path / "r.jsonld"
    args = ["export", "--db", db, "--out", str(tmp_path / "r.csv"), "--claimreview", str(reviews)]
    run = CliRunner().invoke(app, [*args, "--review-url", template])
    assert run.exit_code == code, run.output
    if code:
        assert said in " ".join(run.output.split()), run.output  # the panel wraps long lines
        assert not reviews.exists()
    else:
        (review,) = json.loads(reviews.read_text(encoding="utf-8"))
        assert review["url"] == said.format(gid=gid)


def test_the_library_refuses_what_the_cli_refuses() -> None:
    for _case, template, code, _said in TEMPLATES:
        if code:
            with pytest.raises(ValueError):
                review_url_parts(template)
        else:
            assert review_url_parts(template)
