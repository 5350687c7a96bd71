"""Gold sets on news-bench, kept as standoff annotation: offsets into the shared corpus, never its text.

Articles of ``../shared/corpora/news-bench.tar.gz`` (BBC and Reuters-21578) were marked up in the
contract's gold markup by annotators who never saw the extractor (each set is scored on the code of
its round's start before any rule of that round lands). The repository keeps only where each mark
sits and what it says: ``data/goldsets/<set>.json`` holds, per corpus member, the SHA-256 of its
text and ``[start, end, fields]`` for every mark (``fields`` as written in the markup: ``x``, ``o``
or ``v=...;m=...``). Reading a set rebuilds the markup in memory from the corpus beside the
repository and parses it with :func:`workbench.evaluate.parse_gold`, so both forms score alike.

>>> import io, tarfile, tempfile
>>> tmp = Path(tempfile.mkdtemp())
>>> (tmp / "marked").mkdir()
>>> marked = "Police said {{14|v=14;m=killed;s=police}} died in {{2020|x}}."
>>> _ = (tmp / "marked" / "bbc_a.md").write_text(marked)
>>> with tarfile.open(tmp / "c.tar.gz", "w:gz") as tar:
...     data = b"Police said 14 died in 2020."
...     info = tarfile.TarInfo("news/bbc/a.txt"); info.size = len(data)
...     tar.addfile(info, io.BytesIO(data))
>>> write_goldset(tmp / "marked", tmp / "c.tar.gz", tmp / "set.json", note="example")
1
>>> docs = read_goldset(tmp / "set.json", tmp / "c.tar.gz")
>>> [(i.text, i.kind) for i in docs["bbc_a"][1]]
[('14', 'claim'), ('2020', 'not_claim')]
"""

from __future__ import annotations

import hashlib
import json
import tarfile
from pathlib import Path

from workbench.evaluate import GoldItem, Score, extract_and_score, parse_gold

GOLDSET_DIR = Path(__file__).resolve().parents[1] / "data" / "goldsets"
CORPUS_NAME = "news-bench.tar.gz"
MEMBER_ROOT = "news"  # members are news/<corpus>/<name>.txt; a set's file names are <corpus>_<name>.md


class GoldsetError(ValueError):
    """A gold set that does not fit the corpus it points into: a member missing or changed."""


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _member(stem: str) -> str:
    """``bbc_business_062`` -> ``news/bbc/business_062.txt``."""
    corpus, _, name = stem.partition("_")
    if not corpus or not name:
        raise GoldsetError(f"{stem}: a set's file is named <corpus>_<name>.md (bbc_business_062.md)")
    return f"{MEMBER_ROOT}/{corpus}/{name}.txt"


def _stem(member: str) -> str:
    """``news/bbc/business_062.txt`` -> ``bbc_business_062`` (the doc_id the set scores under)."""
    parts = member.split("/")
    return f"{parts[-2]}_{Path(parts[-1]).stem}"


def _read_members(corpus: Path, members: set[str]) -> dict[str, str]:
    """The UTF-8 text of the named members of a .tar.gz, read in one pass over the archive."""
    found: dict[str, str] = {}
    with tarfile.open(corpus, "r:gz") as tar:
        for info in tar:
            if info.name in members and info.isfile():
                handle = tar.extractfile(info)
                if handle is not None:
                    found[info.name] = handle.read().decode("utf-8")
    return found


def write_goldset(marked: Path, corpus: Path, out: Path, note: str = "") -> int:
    """Keep the marked-up articles of folder ``marked`` as a standoff set at ``out``; the number of
    articles kept. Raises GoldsetError when an article's text, once its marks are stripped, is not
    its corpus member's text byte for byte (an annotator changed the text), or when a mark is bad
    gold; FileExistsError when ``out`` exists (nothing is overwritten)."""
    if out.exists():
        raise FileExistsError(f"{out} exists; remove it first to write the set again")
    files = sorted(marked.glob("*.md"))
    texts = _read_members(corpus, {_member(f.stem) for f in files})
    docs: dict[str, dict] = {}
    for f in files:
        member = _member(f.stem)
        plain, items, bad = parse_gold(f.read_text(encoding="utf-8"))
        if bad:
            raise GoldsetError(f"{f.name}: bad gold on line {bad[0].line}: {bad[0].reason}")
        if texts.get(member) != plain:
            raise GoldsetError(
                f"{f.name}: its text is not {member} of {corpus.name} once the marks are stripped"
            )
        marks = [_fields_of(item) for item in items]
        docs[member] = {"sha256": _digest(plain), "marks": marks}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(_dumps(note, docs), encoding="utf-8")
    return len(docs)


def _dumps(note: str, docs: dict[str, dict]) -> str:
    """The set as JSON with one mark a line, so that a changed mark is a one-line diff."""
    lines = [
        "{",
        f' "corpus": {json.dumps(CORPUS_NAME)},',
        f' "note": {json.dumps(note, ensure_ascii=False)},',
    ]
    lines.append(' "docs": {')
    for n, (member, doc) in enumerate(docs.items()):
        marks = ",\n".join(f"   {json.dumps(m, ensure_ascii=False)}" for m in doc["marks"])
        lines.append(f'  {json.dumps(member)}: {{"sha256": "{doc["sha256"]}", "marks": [\n{marks}\n  ]}}')
        lines[-1] += "," if n < len(docs) - 1 else ""
    lines += [" }", "}"]
    return "\n".join(lines) + "\n"


def _fields_of(item: GoldItem) -> list:
    """``[start, end, fields]`` of one mark, its fields as the markup wrote them."""
    if item.kind != "claim":
        return [item.start, item.end, "x" if item.kind == "not_claim" else "o"]
    return [item.start, item.end, ";".join(f"{k}={v}" for k, v in item.attrs.items())]


def read_goldset(path: Path, corpus: Path) -> dict[str, tuple[str, list[GoldItem]]]:
    """A standoff set as gold: doc_id (``bbc_business_062``) -> (text, gold items). Raises
    GoldsetError when a member is missing from the corpus or its text changed (SHA-256)."""
    body = json.loads(path.read_text(encoding="utf-8"))
    texts = _read_members(corpus, set(body["docs"]))
    gold: dict[str, tuple[str, list[GoldItem]]] = {}
    for member, doc in body["docs"].items():
        text = texts.get(member)
        if text is None:
            raise GoldsetError(f"{path.name}: {member} is not in {corpus}")
        if _digest(text) != doc["sha256"]:
            raise GoldsetError(f"{path.name}: {member} of {corpus} is not the text the set was marked on")
        pieces, pos = [], 0
        for start, end, fields in sorted(doc["marks"]):
            pieces += [text[pos:start], "{{", text[start:end], "|", fields, "}}"]
            pos = end
        pieces.append(text[pos:])
        plain, items, _ = parse_gold("".join(pieces))
        gold[_stem(member)] = (plain, items)
    return gold


def goldset_paths(directory: Path = GOLDSET_DIR) -> list[Path]:
    """The kept sets, in name order."""
    return sorted(directory.glob("*.json"))


def evaluate_goldset(path: Path, corpus: Path) -> Score:
    """Extract the articles of one standoff set and score them, as
    :func:`workbench.evaluate.evaluate_dir` does a folder of marked-up articles."""
    return extract_and_score(read_goldset(path, corpus))
