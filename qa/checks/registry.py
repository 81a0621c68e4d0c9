"""Declared checks: one validated, immutable check set built from the family list.

A check is a function marked with `@check(...)` carrying a stable id (like a
linter rule code), a name that names the bad pattern, an MQM category and a
default severity. The first docstring line is its title; the rest is the
explanation `qa checks ID` prints.

`@check` only marks the function; nothing is registered as a side effect of
importing a module. `check_set()` imports the modules listed in
`qa.checks.CHECK_MODULES` once, collects the checks each declares and
validates the whole set (id format, one check per id, MQM category, the
checks a deferral names, the resources a check requires) before anything
runs, so a typo in a declaration fails every command and every test.

A check declared `off_by_default` (an opt-in rule, like ruff's preview rules
under `explicit-preview-rules` or flake8-bugbear's B9 warnings) is known to
every command, so `qa checks` lists it and `--select`/`--ignore` may name it,
but it runs only when a selection names its exact id (qa.selection): a
family prefix or an empty selection never turns it on. `all_checks()` gives
the checks on by default, so a caller that runs "every check" cannot pick up
an opt-in one by accident; `all_checks(with_off_by_default=True)` gives them
all, for listing and for validating a selection.
"""

from __future__ import annotations

import importlib
import inspect
import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from types import MappingProxyType, ModuleType
from typing import Callable, Iterable, Iterator, Literal, Mapping, Sequence

from qa.model import Severity

# pair: run on each pair; document: run once on the whole alignment;
# reference: findings made by the reference comparison (`qa audit --reference`), never run by the engine.
Scope = Literal["pair", "document", "reference"]
SCOPES: tuple[str, ...] = ("pair", "document", "reference")
CHECK_ID = re.compile(r"^[A-Z][0-9]{3}$")
_MARK = "__qa_check__"


class MQMCategory(str, Enum):
    """The MQM error categories (dimension/type) qa's checks report under."""

    ACCURACY_ADDITION = "Accuracy/Addition"
    ACCURACY_MISTRANSLATION = "Accuracy/Mistranslation"
    ACCURACY_OMISSION = "Accuracy/Omission"
    ACCURACY_UNTRANSLATED = "Accuracy/Untranslated"
    FLUENCY_GRAMMAR = "Fluency/Grammar"
    FLUENCY_INCONSISTENCY = "Fluency/Inconsistency"  # MQM Core: the same thing written two ways (case, list style)
    FLUENCY_PUNCTUATION = "Fluency/Punctuation"
    FLUENCY_SPELLING = "Fluency/Spelling"
    FLUENCY_TYPOGRAPHY = "Fluency/Typography"
    TERMINOLOGY_INCONSISTENT = "Terminology/Inconsistent use"
    TERMINOLOGY_WRONG_TERM = "Terminology/Wrong term"
    OTHER_REFERENCE = "Other/Diverges from reference"
    DESIGN_MARKUP_TAG = "Design and markup/Markup tag"


@dataclass(frozen=True)
class CheckSpec:
    id: str
    name: str
    category: str  # an MQMCategory value, kept as text: it is what every report writes
    severity: Severity
    scope: Scope
    func: Callable[..., Iterable]
    example: str = ""
    gate: bool = False  # when a gate check fires on a pair, the other pair checks skip it
    defers_to: tuple[str, ...] = ()  # a finding of these on the same pair and source span wins over this check's
    requires: tuple[str, ...] = ()  # language resources the check uses (qa.lang.profile.RESOURCES)
    off_by_default: bool = False  # runs only when a selection names its exact id

    @property
    def title(self) -> str:
        doc = inspect.getdoc(self.func) or ""
        return doc.split("\n\n", 1)[0].replace("\n", " ").strip()

    @property
    def explanation(self) -> str:
        doc = inspect.getdoc(self.func) or ""
        parts = doc.split("\n\n", 1)
        return parts[1].strip() if len(parts) > 1 else ""


def check(
    id: str,
    name: str,
    *,
    category: str,
    severity: str,
    scope: Scope = "pair",
    example: str = "",
    gate: bool = False,
    defers_to: Sequence[str] = (),
    requires: Sequence[str] = (),
    off_by_default: bool = False,
) -> Callable:
    """Mark a function as check `id`; the check set collects and validates it."""

    def mark(func: Callable) -> Callable:
        spec = CheckSpec(id, name, category, Severity.parse(severity), scope, func, example, gate,
                         tuple(defers_to), tuple(requires), off_by_default)
        setattr(func, _MARK, spec)
        return func

    return mark


def declared_checks(module: ModuleType) -> list[CheckSpec]:
    """The checks `module` itself declares (not those it imports), in the order written."""
    return [
        spec for value in vars(module).values()
        if (spec := getattr(value, _MARK, None)) is not None and getattr(value, "__module__", None) == module.__name__
    ]


def validate(spec: CheckSpec) -> None:
    """Raise ValueError naming what is wrong with one declaration."""
    if not CHECK_ID.match(spec.id):
        raise ValueError(f"check id {spec.id!r} must be a capital letter and three digits, like N201")
    if spec.category not in {c.value for c in MQMCategory}:
        raise ValueError(f"check {spec.id}: {spec.category!r} is not an MQM category of qa.checks.registry.MQMCategory")
    if spec.scope not in SCOPES:
        raise ValueError(f"check {spec.id}: scope {spec.scope!r} is not one of {', '.join(SCOPES)}")
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", spec.name):
        raise ValueError(f"check {spec.id}: name {spec.name!r} must be lowercase words joined by hyphens")
    if spec.id in spec.defers_to:
        raise ValueError(f"check {spec.id} cannot defer to itself")
    from qa.lang.profile import RESOURCES

    unknown = [r for r in spec.requires if r not in RESOURCES]
    if unknown:
        raise ValueError(f"check {spec.id} requires unknown resource(s) {', '.join(unknown)} (known: {', '.join(RESOURCES)})")


@dataclass(frozen=True)
class CheckSet:
    """Every check by id, validated and read-only; iterates in id order."""

    by_id: Mapping[str, CheckSpec]

    @classmethod
    def of(cls, specs: Iterable[CheckSpec]) -> "CheckSet":
        found: dict[str, CheckSpec] = {}
        for spec in specs:
            validate(spec)
            if spec.id in found:
                raise ValueError(f"duplicate check id {spec.id}: {found[spec.id].name} and {spec.name}")
            found[spec.id] = spec
        for spec in found.values():
            missing = [d for d in spec.defers_to if d not in found]
            if missing:
                raise ValueError(f"check {spec.id} defers to unknown check(s) {', '.join(missing)}")
        return cls(MappingProxyType({k: found[k] for k in sorted(found)}))

    def __iter__(self) -> Iterator[CheckSpec]:
        return iter(self.by_id.values())

    def __len__(self) -> int:
        return len(self.by_id)

    def __contains__(self, check_id: object) -> bool:
        return check_id in self.by_id

    def __getitem__(self, check_id: str) -> CheckSpec:
        return self.by_id[check_id]

    def requirements(self, specs: Iterable[CheckSpec] | None = None) -> frozenset[str]:
        """The language resources the given checks (default: all) need, so a run loads only those."""
        return frozenset(r for spec in (self if specs is None else specs) for r in spec.requires)


def build_check_set(modules: Sequence[str]) -> CheckSet:
    """Import the family modules and validate the checks they declare."""
    specs: list[CheckSpec] = []
    for name in modules:
        specs.extend(declared_checks(importlib.import_module(name)))
    return CheckSet.of(specs)


@lru_cache(maxsize=1)
def check_set() -> CheckSet:
    """The check set of `qa.checks.CHECK_MODULES`, built once per process."""
    from qa.checks import CHECK_MODULES  # the explicit list of check families

    return build_check_set(CHECK_MODULES)


def all_checks(*, with_off_by_default: bool = False) -> list[CheckSpec]:
    """Every check on by default, in id order; with `with_off_by_default` the opt-in ones too."""
    return [spec for spec in check_set() if with_off_by_default or not spec.off_by_default]


def __getattr__(name: str) -> Mapping[str, CheckSpec]:
    """`REGISTRY`: the check set's read-only id → spec mapping, for callers that index by id."""
    if name == "REGISTRY":
        return check_set().by_id
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
