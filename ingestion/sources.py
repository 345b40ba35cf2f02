"""Read the source declarations (sources.yml) that say where pages come from and how to fetch them."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ingestion.http import FetchPolicy

KINDS = ("directory", "urls", "rss", "sitemap")
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
    max_pages: int | None = None


def sources_file() -> Path:
    """Return the sources file named by COOPWATCH_SOURCES, else the bundled one."""
    return Path(os.environ.get("COOPWATCH_SOURCES") or DEFAULT_SOURCES_FILE).resolve()


def load_sources(path: Path | str | None = None) -> list[Source]:
    """Parse a sources file into enabled sources, failing loudly on mistakes.

    A typo in a source must stop the run before anything is fetched, rather than
    silently skipping the source the analyst thinks is being refreshed.
    """
    path = Path(path) if path else sources_file()
    doc = _read(path)
    _policy(doc, path)  # a typo in the fetch options must stop the run before anything is fetched too
    entries = doc.get("sources")
    if not isinstance(entries, list):
        raise SourceConfigError(f"{path}: expected a top-level 'sources:' list")
    result, names = [], set()
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise SourceConfigError(f"{path}: source #{i + 1} is not a mapping")
        if not entry.get("enabled", True):
            continue
        result.append(_source(entry, path.parent, f"{path}: source #{i + 1}"))
        if result[-1].name in names:
            raise SourceConfigError(f"{path}: duplicate source name {result[-1].name!r}")
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
    except (OSError, yaml.YAMLError) as exc:
        raise SourceConfigError(f"cannot read sources file {path}: {exc}") from exc
    if not isinstance(doc, dict):
        raise SourceConfigError(f"{path}: expected a mapping with a 'sources:' list")
    return doc


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
    if not name:
        raise SourceConfigError(f"{where}: missing 'name'")
    if kind not in KINDS:
        raise SourceConfigError(f"{where} ({name}): kind must be one of {', '.join(KINDS)}, got {kind!r}")
    max_pages = entry.get("max_pages")
    if kind == "directory":
        if not entry.get("path"):
            raise SourceConfigError(f"{where} ({name}): a directory source needs 'path'")
        return Source(name, kind, path=(base / entry["path"]).resolve(), max_pages=max_pages)
    if kind == "urls":
        urls = entry.get("urls")
        if not urls or not all(isinstance(u, str) for u in urls):
            raise SourceConfigError(f"{where} ({name}): a urls source needs a non-empty 'urls' list")
        return Source(name, kind, urls=tuple(urls), max_pages=max_pages)
    if not entry.get("url"):
        raise SourceConfigError(f"{where} ({name}): a {kind} source needs 'url'")
    return Source(name, kind, url=entry["url"], max_pages=max_pages)


def directory_pages(source: Source) -> list[Path]:
    """List the page files of a directory source in a stable order."""
    if source.path is None or not source.path.is_dir():
        raise SourceConfigError(f"source {source.name!r}: directory {source.path} does not exist")
    pages = sorted(p for p in source.path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
    return pages[: source.max_pages] if source.max_pages else pages
