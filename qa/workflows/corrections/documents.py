"""Which bilingual file a reader's report is about, from what the site knows (a page URL, a CMS id, a file name).

A publication's pages know their own URL, not the path of the bilingual file
on the editor's machine. A small mapping file (`--map`) says which file each
URL or id is; without an entry, the key is read as a file name under the
documents folder (for a URL: its last path segment). Everything the reader
sends is hostile: a key that names a file outside the documents folder — by
`..`, an absolute path, a drive or backslash path, or a symlink that leads out
— is refused, and a file that is not there is unknown; neither is ever opened.

The mapping file has two columns, tab- or comma-separated: the site's URL or
id, then the file's name relative to the documents folder; `#` starts a comment.
A URL is looked up as given, then without its query, fragment and final slash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from qa.errors import InputError, UsageError
from qa.io.delimited import read_rows
from qa.io.files import read_user_file, shown

MAP_LIMIT = 4 << 20
KEY_LIMIT = 2000
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


class UnknownDocument(InputError):
    """No document of the documents folder answers to this key (HTTP 404)."""


class RefusedDocument(UsageError):
    """The key names something outside the documents folder, or is not a name at all (HTTP 400)."""


def _relative_name(name: str) -> PurePosixPath:
    """A file name relative to the documents folder, or RefusedDocument."""
    if not name or len(name) > KEY_LIMIT or "\0" in name or "\\" in name or re.match(r"^[A-Za-z]:", name):
        raise RefusedDocument("document must be a file name in the documents folder")
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts:
        raise RefusedDocument("document must be a file name in the documents folder (no absolute path, no ..)")
    return relative


def _url_name(key: str) -> str:
    """A URL's last path segment ('https://site/news/page.txt?x' → 'page.txt'); other keys unchanged."""
    if not _URL.match(key):
        return key
    return unquote(urlsplit(key).path.rstrip("/").rsplit("/", 1)[-1])


def _page_of(key: str) -> str:
    """A URL without its query, fragment and final slash (the page a reader's address bar shows); others unchanged."""
    if not _URL.match(key):
        return key
    parts = urlsplit(key)
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


@dataclass
class Documents:
    """The documents folder and the site's names for its files."""

    root: Path
    mapping: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.root = Path(self.root).resolve()
        if not self.root.is_dir():
            raise UsageError(f"{shown(self.root)}: --documents is not a folder")

    @classmethod
    def load(cls, root: Path, map_file: Path | None = None) -> "Documents":
        """The folder and its mapping file; every mapped file must exist inside the folder (checked now, once)."""
        documents = cls(root)
        if map_file is None:
            return documents
        try:
            text = read_user_file(map_file, "mapping file", MAP_LIMIT).decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise UsageError(f"{shown(map_file)}: the mapping file is not UTF-8 (byte {err.start})") from None
        delimiter = "\t" if "\t" in text else ","
        for number, row in enumerate(read_rows(text, delimiter, f"mapping file {shown(map_file)}"), 1):
            cells = [c.strip() for c in row]
            if not cells or not cells[0] or cells[0].startswith("#"):
                continue
            if len(cells) < 2 or not cells[1]:
                raise UsageError(f"{shown(map_file)}: row {number}: give the site's URL or id, then the document's file name")
            try:
                documents.file(cells[1])
            except (RefusedDocument, UnknownDocument) as err:
                raise UsageError(f"{shown(map_file)}: row {number}: {cells[1]!r}: {err}") from None
            documents.mapping[cells[0]] = cells[1]
        return documents

    def file(self, name: str) -> Path:
        """The file `name` under the root, symlinks resolved and still inside it."""
        relative = _relative_name(name)
        path = (self.root / relative).resolve()
        if not path.is_relative_to(self.root) or not path.is_file():
            raise UnknownDocument(f"unknown document {name!r}")
        return path

    def resolve(self, key: str) -> Path:
        """The document a reader's key (mapped URL or id, file name, URL ending in a file name) stands for."""
        key = key.strip()
        if not key or len(key) > KEY_LIMIT:
            raise RefusedDocument("document is empty or too long")
        for candidate in (key, _page_of(key)):
            if candidate in self.mapping:
                return self.file(self.mapping[candidate])
        return self.file(_url_name(key))

    def name(self, path: str | Path) -> str:
        """A document's name as the public pages show it: relative to the root ('' when outside it)."""
        path = Path(path)
        return path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else ""
