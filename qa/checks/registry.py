"""Declared checks: an explicit registry, never filled by introspection.

A check is a function registered with `@check(...)` carrying a stable id
(like a linter rule code), a name that names the bad pattern, an MQM category
and a default severity. The first docstring line is its title; the rest is the
explanation `qa checks ID` prints.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Literal

from qa.model import Severity

Scope = Literal["pair", "document"]
CHECK_ID = re.compile(r"^[A-Z][0-9]{3}$")


@dataclass(frozen=True)
class CheckSpec:
    id: str
    name: str
    category: str
    severity: Severity
    scope: Scope
    func: Callable[..., Iterable]
    example: str = ""
    gate: bool = False  # when a gate check fires on a pair, the other pair checks skip it

    @property
    def title(self) -> str:
        doc = inspect.getdoc(self.func) or ""
        return doc.split("\n\n", 1)[0].replace("\n", " ").strip()

    @property
    def explanation(self) -> str:
        doc = inspect.getdoc(self.func) or ""
        parts = doc.split("\n\n", 1)
        return parts[1].strip() if len(parts) > 1 else ""


REGISTRY: dict[str, CheckSpec] = {}


def check(
    id: str,
    name: str,
    *,
    category: str,
    severity: str,
    scope: Scope = "pair",
    example: str = "",
    gate: bool = False,
) -> Callable:
    """Register a check function under `id`. Duplicate ids are a programming error."""
    if not CHECK_ID.match(id):
        raise ValueError(f"check id {id!r} must look like N201")
    if id in REGISTRY:
        raise ValueError(f"duplicate check id {id}: {REGISTRY[id].name} and {name}")

    def register(func: Callable) -> Callable:
        REGISTRY[id] = CheckSpec(
            id, name, category, Severity.parse(severity), scope, func, example, gate
        )
        return func

    return register


def all_checks() -> list[CheckSpec]:
    """Every check, in id order, after importing the modules that declare them."""
    from qa.checks import CHECK_MODULES  # the explicit list of check families
    import importlib

    for module in CHECK_MODULES:
        importlib.import_module(module)
    return [REGISTRY[k] for k in sorted(REGISTRY)]
