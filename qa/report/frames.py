"""Findings as a pandas DataFrame, with pandas an optional extra.

pandas is large and most runs (the CLI, a CI gate) never need it, so it is
imported only here, when a caller asks for a frame, and its absence is one
clear ImportError that names the extra to install.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

EXTRA = "pandas"
MISSING = f"to_pandas() needs pandas: pip install 'qa-zh-en[{EXTRA}]' (or pip install pandas)"


def require_pandas() -> Any:
    """The pandas module, or an ImportError that says which extra brings it."""
    try:
        import pandas
    except ImportError as err:
        raise ImportError(MISSING) from err
    return pandas


def frame(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> Any:
    """A DataFrame with exactly `columns`, in that order, even when there are no rows.

    Line numbers are nullable integers (pandas "Int64"), so a CAT unit with no
    line is <NA> instead of turning the whole column into floats.
    """
    pandas = require_pandas()
    table = pandas.DataFrame([{c: row.get(c) for c in columns} for row in rows], columns=list(columns))
    for column in ("source_line", "target_line"):
        if column in table.columns:
            table[column] = table[column].astype("Int64")
    return table
