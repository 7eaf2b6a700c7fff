"""Finding issues in a seeds folder and reading their pages.

Convention (also in the README):

* ``<seeds>/<paper>/<YYYY-MM-DD>/<NN…>.txt`` — an issue; the leading digits of each file name
  are its page number.
* any other ``.txt`` under ``<seeds>`` — a one-page issue. A sidecar ``<file>.json`` (or
  ``<stem>.json``) may give ``paper``, ``date``, ``page`` and ``region`` (the paper's home region,
  e.g. ``浙江省嘉兴市平湖市``). Without a date, relative dates stay unresolved.
* ``<seeds>/<paper>/paper.json`` may give ``region`` for every issue of that paper.

Partition keys are ASCII and derived from the paper (in pinyin) and the date, or the file path
for undated pages, so ``..``, spaces or odd characters in names cannot escape the data folder.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pypinyin import lazy_pinyin

DATE_DIR_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PAGE_NUMBER_RE = re.compile(r"^(\d+)")


class SeedError(ValueError):
    """A seed file or sidecar that cannot be used; the message names the file."""


@dataclass(frozen=True)
class PageFile:
    path: Path  # absolute
    relative: str  # relative to the seeds folder, POSIX style
    page: int


@dataclass
class IssueSource:
    key: str
    paper: str | None
    issue_date: date | None
    region: str | None
    pages: list[PageFile] = field(default_factory=list)
    problem: str | None = None  # why this issue cannot be read (a bad sidecar, a bad date)
    sidecars: list[Path] = field(default_factory=list)  # metadata files the issue was read with

    def files(self) -> list[Path]:
        return [page.path for page in self.pages] + self.sidecars

    def fingerprint(self) -> str:
        """Content hash over the page files and sidecars: changes exactly when one of them does."""
        digest = hashlib.sha256()
        for path in self.files():
            digest.update(path.name.encode())
            digest.update(file_sha256(path).encode())
        return digest.hexdigest()[:16]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def slug(text: str, limit: int = 60) -> str:
    """ASCII, lower case, ``[a-z0-9-]`` only: Chinese via pinyin, everything else dropped."""
    ascii_text = "".join(lazy_pinyin(text, errors=lambda chars: list(chars)))
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return cleaned[:limit].strip("-")


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:8]


def issue_key(paper: str | None, issue_date: date | None, relative_path: str | None) -> str:
    paper_part = slug(paper or "") or "unknown"
    if issue_date is not None:
        return f"{paper_part}-{issue_date.isoformat()}"
    stem = slug(Path(relative_path or "page").stem) or "page"
    return f"{paper_part}-{stem}-{_short_hash(relative_path or '')}"


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SeedError(f"{path.name}: sidecar is not valid JSON ({error})") from error
    if not isinstance(data, dict):
        raise SeedError(f"{path.name}: sidecar must be a JSON object")
    return data


def _parse_date(value, where: Path) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise SeedError(f"{where.name}: date {value!r} is not YYYY-MM-DD") from error


def _page_number(path: Path, default: int = 1) -> int:
    match = PAGE_NUMBER_RE.match(path.name)
    return int(match.group(1)) if match else default


def _sidecar(path: Path) -> Path | None:
    for candidate in (path.with_name(path.name + ".json"), path.with_suffix(".json")):
        if candidate.is_file():
            return candidate
    return None


def discover_issues(seeds_dir: str | Path) -> list[IssueSource]:
    """Every issue under ``seeds_dir``, sorted by key; keys are unique."""
    root = Path(seeds_dir).resolve()
    if not root.is_dir():
        raise SeedError(f"seeds folder {root} does not exist")
    issues: dict[str, IssueSource] = {}
    for path in sorted(root.rglob("*.txt")):
        if not path.is_file() or any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        relative = path.relative_to(root).as_posix()
        parts = path.relative_to(root).parts
        try:
            if len(parts) == 3 and DATE_DIR_RE.match(parts[1]):
                _add_dated_page(issues, root, path, relative, parts)
            else:
                _add_single_page(issues, path, relative)
        except SeedError as error:  # this issue fails on its own; the others go on
            key = issue_key(None, None, relative)
            sidecars = [p for p in (_sidecar(path),) if p]
            issues[key] = IssueSource(key, None, None, None, [PageFile(path, relative, 1)], str(error), sidecars)
    return [issues[key] for key in sorted(issues)]


def issue_page_files(path: str | Path) -> list[Path]:
    """The page files of the issue a page file belongs to, in page order: its dated folder's
    (``<paper>/<YYYY-MM-DD>/``), or the file alone."""
    path = Path(path)
    if not DATE_DIR_RE.match(path.parent.name):
        return [path]
    pages = [p for p in path.parent.glob("*.txt") if p.is_file() and not p.name.startswith(".")]
    return sorted(pages, key=lambda p: (_page_number(p), p.name))


def _paper_region(root: Path, paper: str) -> str | None:
    paper_file = root / paper / "paper.json"
    return _read_json(paper_file).get("region") if paper_file.is_file() else None


def _add_dated_page(issues, root: Path, path: Path, relative: str, parts) -> None:
    paper, day = parts[0], _parse_date(parts[1], path)
    key = issue_key(paper, day, None)
    issue = issues.get(key)
    if issue is None:
        issue = issues[key] = IssueSource(key, paper, day, _paper_region(root, paper))
        issue.sidecars = [p for p in (root / paper / "paper.json",) if p.is_file()]
    elif issue.paper != paper:  # two paper folders with the same pinyin
        key = f"{key}-{_short_hash(paper)}"
        issue = issues.setdefault(key, IssueSource(key, paper, day, _paper_region(root, paper)))
    issue.pages.append(PageFile(path, relative, _page_number(path, len(issue.pages) + 1)))
    issue.pages.sort(key=lambda p: (p.page, p.relative))


def _add_single_page(issues, path: Path, relative: str) -> None:
    sidecar = _sidecar(path)
    meta = _read_json(sidecar) if sidecar else {}
    day = _parse_date(meta.get("date"), sidecar or path)
    paper = meta.get("paper")
    key = issue_key(paper, None, relative)
    page = int(meta.get("page") or _page_number(path, 1))
    issues[key] = IssueSource(key, paper, day, meta.get("region"), [PageFile(path, relative, page)],
                              sidecars=[sidecar] if sidecar else [])
