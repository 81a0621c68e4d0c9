"""What stands between the internet and the ledger: body limits, rate limits, client addresses, editor sessions.

Editors log in with the service's token and get a session cookie (random,
HttpOnly, SameSite=Strict, held only in this process: a restart logs them
out); every editor form carries the session's CSRF token, compared in
constant time. Readers are limited per client address, which is the socket's
peer unless the service runs behind a proxy it trusts (`--trust-proxy`), whose
`X-Forwarded-For` then names the client (its last entry: the one the proxy
itself added, which a client cannot forge).
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from starlette.exceptions import HTTPException
from starlette.requests import Request

COOKIE = "qa_editor"
SESSION_SECONDS = 12 * 3600
WINDOW = 60.0


class RateLimiter:
    """At most `per_minute` events per key in any 60 s; 0 lets everything through."""

    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> float:
        """0 when the event may happen (and counts it), else the seconds until it may."""
        if self.per_minute <= 0:
            return 0.0
        now = time.monotonic()
        with self._lock:
            if len(self._events) > 10_000:  # forget idle addresses so the table stays small
                self._events = {k: q for k, q in self._events.items() if q and now - q[-1] < WINDOW}
            events = self._events.setdefault(key, deque())
            while events and now - events[0] >= WINDOW:
                events.popleft()
            if len(events) >= self.per_minute:
                return WINDOW - (now - events[0])
            events.append(now)
            return 0.0


def client_address(request: Request, trust_proxy: bool) -> str:
    """The reader's address: the socket's peer, or with a trusted proxy the last X-Forwarded-For entry."""
    if trust_proxy:
        forwarded = [a.strip() for a in request.headers.get("x-forwarded-for", "").split(",") if a.strip()]
        if forwarded:
            return forwarded[-1]
    return request.client.host if request.client else "unknown"


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, or 413 as soon as it is longer than `limit` (declared or actually sent)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"the request is larger than {limit} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, f"the request is larger than {limit} bytes")
    return bytes(body)


async def read_form(request: Request, limit: int) -> dict[str, str]:
    """An urlencoded form (the editor's pages post nothing else), first value of each field."""
    body = await read_body(request, limit)
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=50, strict_parsing=False)
    except (UnicodeDecodeError, ValueError):
        raise HTTPException(400, "the form could not be read") from None
    return {k: v[0] for k, v in fields.items()}


def same_secret(given: str, expected: str) -> bool:
    """Constant-time comparison; an empty expected secret matches nothing."""
    return bool(expected) and hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


@dataclass
class Session:
    """One logged-in editor."""

    editor: str
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    expires: float = field(default_factory=lambda: time.time() + SESSION_SECONDS)
    flash: list[str] = field(default_factory=list)  # messages for the next page


class Sessions:
    """Editor sessions by cookie value, in memory."""

    def __init__(self) -> None:
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def create(self, editor: str) -> tuple[str, Session]:
        key, session = secrets.token_urlsafe(32), Session(editor)
        with self._lock:
            now = time.time()
            self._sessions = {k: s for k, s in self._sessions.items() if s.expires > now}
            self._sessions[key] = session
        return key, session

    def get(self, request: Request) -> Session | None:
        key = request.cookies.get(COOKIE, "")
        with self._lock:
            session = self._sessions.get(key)
            if session is not None and session.expires <= time.time():
                del self._sessions[key]
                session = None
        return session

    def drop(self, request: Request) -> None:
        with self._lock:
            self._sessions.pop(request.cookies.get(COOKIE, ""), None)


def require_csrf(session: Session, form: dict[str, str]) -> None:
    """403 unless the form carries this session's CSRF token."""
    if not same_secret(form.get("csrf", ""), session.csrf):
        raise HTTPException(403, "the form's CSRF token is missing or wrong; reload the page and try again")
