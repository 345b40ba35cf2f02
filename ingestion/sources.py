"""Read the source declarations (sources.yml) that say where pages come from and how to fetch them."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ingestion.http import FetchPolicy

KINDS = ("directory", "urls", "rss", "sitemap")
# Pages one run takes from a source unless its `max_pages` says otherwise. A network source is
# fetched at about one page per second per host (per_host_interval), so 1,000 pages keep a run
# near a quarter of an hour and well inside the daily schedule; a longer feed or sitemap is
# worked through over successive runs (never-fetched pages first, see ingestion.collect.pick_pages).
# A folder is read from local disk in milliseconds per file, so its cap only guards against a
# mistaken path (a home directory, a mounted archive) turning one run into days of parsing.
DEFAULT_MAX_PAGES = {"urls": 1_000, "rss": 1_000, "sitemap": 1_000, "directory": 100_000}
SOURCE_KEYS = ("name", "kind", "enabled", "path", "url", "urls", "max_pages")
DEFAULT_SOURCES_FILE = Path(__file__).with_name("sources.yml")
PAGE_SUFFIXES = (".html", ".htm", ".txt")
# Set to 1 to let the fetcher reach loopback and private addresses (an intranet crawl, a test).
ALLOW_PRIVATE_ENV = "COOPWATCH_ALLOW_PRIVATE_ADDRESSES"
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("", "0", "false", "no", "off")


class SourceConfigError(ValueError):
    """A sources file that cannot be used, with the reason in the message."""


@dataclass(frozen=True)
class Source:
    """One declared source of pages."""

    name: str
    kind: str
    path: Path | None = None
    url: str | None = None
    urls: tuple[str, ...] = field(default_factory=tuple)
    max_pages: int | None = None  # None: the default of its kind, DEFAULT_MAX_PAGES

    @property
    def page_cap(self) -> int:
        """Return the most pages one run takes from this source."""
        return self.max_pages or DEFAULT_MAX_PAGES[self.kind]


def sources_file() -> Path:
    """Return the sources file named by COOPWATCH_SOURCES, else the bundled one."""
    return Path(os.environ.get("COOPWATCH_SOURCES") or DEFAULT_SOURCES_FILE).resolve()


def load_sources(path: Path | str | None = None) -> list[Source]:
    """Parse a sources file into enabled sources, failing loudly on mistakes.

    A typo in a source must stop the run before anything is fetched, rather than
    silently skipping the source the analyst thinks is being refreshed.
    Messages name the file as it was given, then the source by its position (from 1) and
    name, so the one line a user sees says where to look.
    """
    path = Path(path) if path else sources_file()
    doc = _read(path)
    _policy(doc, path)  # a typo in the fetch options must stop the run before anything is fetched too
    entries = doc.get("sources")
    if not isinstance(entries, list):
        raise SourceConfigError(f"{path}: expected a top-level 'sources:' list, got {_kind_of(entries)}")
    result, names = [], set()
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise SourceConfigError(f"{path}: source {i + 1} is not a mapping (name: ..., kind: ...)")
        if not entry.get("enabled", True):
            continue
        result.append(_source(entry, path.parent, f"{path}: source {i + 1}"))
        if result[-1].name in names:
            raise SourceConfigError(f"{path}: source {i + 1}: duplicate source name {result[-1].name!r}")
        names.add(result[-1].name)
    return result


def load_fetch_policy(path: Path | str | None = None, *, read_file: bool = True) -> FetchPolicy:
    """Build the fetch policy from the sources file's top-level `fetch:` options and the environment.

    The options live beside the sources they govern, so one file says both where pages
    come from and under which limits; COOPWATCH_ALLOW_PRIVATE_ADDRESSES=1 opens the SSRF
    guard without editing the file. read_file=False (a --pages run) uses defaults.
    """
    path = Path(path) if path else sources_file()
    return _policy(_read(path) if read_file else {}, path)


def _read(path: Path) -> dict:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise SourceConfigError(f"{path}: cannot read the sources file: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise SourceConfigError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except yaml.YAMLError as exc:
        raise SourceConfigError(f"{path}: {_yaml_problem(exc)}") from exc
    if not isinstance(doc, dict):
        raise SourceConfigError(f"{path}: expected a mapping with a 'sources:' list, got {_kind_of(doc)}")
    return doc


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """Say what is wrong with a YAML text and where, in one line (PyYAML's own text spans several)."""
    mark, problem = getattr(exc, "problem_mark", None), getattr(exc, "problem", None)
    if mark is None or problem is None:
        return f"invalid YAML: {' '.join(str(exc).split())}"
    where = f"invalid YAML at line {mark.line + 1}, column {mark.column + 1}: {problem}"
    context, start = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    if context and start is not None:
        where += f" ({context} started at line {start.line + 1}, column {start.column + 1})"
    return where


def _kind_of(value: object) -> str:
    return {dict: "a mapping", list: "a list", str: "a string", type(None): "nothing"}.get(
        type(value), type(value).__name__)


def _policy(doc: dict, path: Path) -> FetchPolicy:
    options = doc.get("fetch") or {}
    if not isinstance(options, dict):
        raise SourceConfigError(f"{path}: 'fetch:' must be a mapping of fetch options")
    options = dict(options)
    allow = os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower()
    if allow not in _TRUE + _FALSE:
        raise SourceConfigError(f"{ALLOW_PRIVATE_ENV} must be 1 or 0, got {allow!r}")
    if allow in _TRUE:
        options["allow_private_addresses"] = True
    try:
        return FetchPolicy.from_options(options)
    except ValueError as exc:
        raise SourceConfigError(f"{path}: fetch: {exc}") from exc


def directory_source(path: Path | str, name: str = "pages") -> Source:
    """Build a one-off directory source, as used by `coopwatch run --pages DIR`."""
    return Source(name=name, kind="directory", path=Path(path).resolve())


def _source(entry: dict, base: Path, where: str) -> Source:
    name, kind = entry.get("name"), entry.get("kind")
    if not name or not isinstance(name, str):
        raise SourceConfigError(f"{where}: missing 'name'" if not name else f"{where}: name must be text, got {name!r}")
    where = f"{where} ({name})"
    unknown = sorted(str(key) for key in entry if key not in SOURCE_KEYS)
    if unknown:
        # a misspelt max_pages or url silently ignored would be worse than a run that does not start
        raise SourceConfigError(f"{where}: unknown key {unknown[0]!r}; known: {', '.join(SOURCE_KEYS)}")
    if kind not in KINDS:
        raise SourceConfigError(f"{where}: kind must be one of {', '.join(KINDS)}, got {kind!r}")
    max_pages = entry.get("max_pages")
    if max_pages is not None and (isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1):
        raise SourceConfigError(f"{where}: max_pages must be a positive whole number, got {max_pages!r}")
    if kind == "directory":
        if not entry.get("path"):
            raise SourceConfigError(f"{where}: a directory source needs 'path'")
        path = (base / str(entry["path"])).resolve()
        if not path.is_dir():
            problem = "is not a directory" if path.exists() else "does not exist"
            raise SourceConfigError(f"{where}: directory {path} {problem}")
        return Source(name, kind, path=path, max_pages=max_pages)
    if kind == "urls":
        urls = entry.get("urls")
        if not urls or not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
            raise SourceConfigError(f"{where}: a urls source needs a non-empty 'urls' list")
        return Source(name, kind, urls=tuple(urls), max_pages=max_pages)
    if not entry.get("url") or not isinstance(entry["url"], str):
        raise SourceConfigError(f"{where}: {'an' if kind == 'rss' else 'a'} {kind} source needs 'url' (one address)")
    return Source(name, kind, url=entry["url"], max_pages=max_pages)


def directory_pages(source: Source) -> list[Path]:
    """List every page file of a directory source in a stable order (the run's cap is applied by collect)."""
    if source.path is None or not source.path.is_dir():
        raise SourceConfigError(f"source {source.name!r}: directory {source.path} does not exist")
    return sorted(p for p in source.path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
