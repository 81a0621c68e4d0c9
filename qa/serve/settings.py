"""What `qa serve` was started with: the ledger, the documents, who may edit, what readers may send."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from qa.config import Settings
from qa.errors import UsageError
from qa.io.files import read_user_file, shown
from qa.workflows.corrections.documents import Documents

TOKEN_ENV = "QA_SERVE_TOKEN"
TOKEN_MIN = 16  # a token is the editors' only credential: no short guessable ones
BODY_LIMIT = 16 * 1024  # one report: a quote, a suggestion, a note
FORM_LIMIT = 64 * 1024  # an editor's form
LIMITS = {"document": 2000, "quote": 1000, "suggestion": 2000, "note": 4000, "email": 254, "submission": 100}


@dataclass(frozen=True)
class ServeConfig:
    """Everything the application needs; built by `qa serve` or by a test."""

    ledger: Path
    documents: Documents
    token: str = ""  # "" disables the editor side
    rate_limit: int = 10  # reports per minute per client address; 0 disables
    allow_origins: tuple[str, ...] = ()
    trust_proxy: bool = False
    out_dir: Path = Path("corrected")
    glossary: Path | None = None  # where accept-as-rule writes; None: settings' glossary, else glossary.tsv
    settings: Settings = field(default_factory=Settings)
    warm: bool = True  # load the checks' resources at start-up, not at the first verify

    def __post_init__(self) -> None:
        if self.token and len(self.token) < TOKEN_MIN:
            raise UsageError(f"the editor token is shorter than {TOKEN_MIN} characters; use a long random one "
                             "(python -c 'import secrets; print(secrets.token_urlsafe(32))')")
        if self.out_dir.resolve() == self.documents.root:
            raise UsageError(f"--out {shown(self.out_dir)} is the documents folder; corrected copies never replace the documents")

    @property
    def rule_glossary(self) -> Path:
        return self.glossary or self.settings.glossary or Path("glossary.tsv")


def read_token(token_file: Path | None) -> str:
    """The editor token: --token-file, else $QA_SERVE_TOKEN, else "" (editor side disabled)."""
    if token_file is not None:
        try:
            return read_user_file(token_file, "token file", 4096).decode("utf-8").strip()
        except UnicodeDecodeError:
            raise UsageError(f"{shown(token_file)}: the token file is not UTF-8 text") from None
    return os.environ.get(TOKEN_ENV, "").strip()
