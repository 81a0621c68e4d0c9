"""How many days a duration counted in months, years or weeks spans in the calendar (for N203 conversions).

A month is 28 to 31 days, but months run consecutively: three months are 89 to 92 days, twelve months a year,
365 or 366 days, never "355 days". The range is the least and the most of any run of that many calendar months
(leap years included); a week and a day convert exactly.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import accumulate

MONTH = 30.4375  # the mean month in days: the unit's key, so 三个月 and "three months" share a unit
YEAR = 365.25
# Four years of months, one of them a leap year: every run of calendar months is a window of this cycle.
_CYCLE = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] * 4
_CYCLE[12 + 1] = 29
_CYCLE_DAYS = sum(_CYCLE)  # 1461


@lru_cache(maxsize=256)
def _months_range(months: int) -> tuple[int, int]:
    """Least and most days of `months` consecutive calendar months."""
    whole, rest = divmod(months, len(_CYCLE))
    twice = list(accumulate(_CYCLE + _CYCLE, initial=0))
    sums = [twice[s + rest] - twice[s] for s in range(len(_CYCLE))]
    return whole * _CYCLE_DAYS + min(sums), whole * _CYCLE_DAYS + max(sums)


def days_range(count: float, factor: float) -> tuple[float, float]:
    """Least and most days of `count` units of `factor` days: months and years by the calendar, a part of a
    month at 28 to 31 days a month, of a year at 365 to 366 days."""
    if factor == MONTH:
        whole = int(count)
        low, high = _months_range(whole) if whole else (0, 0)
        return low + (count - whole) * 28, high + (count - whole) * 31
    if factor == YEAR:
        whole = int(count)
        low, high = _months_range(12 * whole) if whole else (0, 0)
        return low + (count - whole) * 365, high + (count - whole) * 366
    return count * factor, count * factor
