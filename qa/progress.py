"""Progress bars for the runs a user waits on, the same for every command.

One tqdm bar on stderr, so stdout stays the findings a pipeline parses; shown
only when stderr is a terminal (never in CI logs, pipes or tests) and only once
the run has lasted `delay` seconds, so a quick run prints nothing extra. `qa
audit` counts documents; `qa check` and `qa compare` count the steps of each
document (read and align, check, write), naming the step running now.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator, Sequence

DELAY = 1.0  # seconds before a bar appears: the "runs longer than a second"


def showing(enabled: bool = True) -> bool:
    """Whether a bar would be drawn: asked for, and stderr is a terminal."""
    return enabled and sys.stderr.isatty()


def progress_bar(total: int | None, desc: str, unit: str = "doc", *, enabled: bool = True, delay: float = DELAY,
                 initial: int = 0):
    """A tqdm bar on stderr, drawn only on a terminal and after `delay` seconds."""
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: the checks fork (qa.checks.workers), which wants one thread
    return tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, disable=not showing(enabled), delay=delay,
                dynamic_ncols=True, leave=False, initial=initial)


class Steps:
    """Steps of a run over documents; `step(name)` announces the next one and counts the one before."""

    def __init__(self, bar, desc: str) -> None:
        self.bar, self.desc, self.started = bar, desc, False

    def step(self, name: str) -> None:
        # Named first, counted second: tqdm redraws on update (never before `delay`), showing the new step.
        self.bar.set_description_str(f"{self.desc}: {name}", refresh=False)
        if self.started:
            self.bar.update(1)
        self.started = True


@contextmanager
def steps(desc: str, per_document: Sequence[str], documents: int = 1, *, enabled: bool = True,
          delay: float = DELAY) -> Iterator[Steps]:
    """A bar over `documents` × `per_document` steps; the last step is counted when the block ends."""
    with progress_bar(len(per_document) * documents, desc, unit="step", enabled=enabled, delay=delay) as bar:
        tracker = Steps(bar, desc)
        yield tracker
        if tracker.started:
            bar.update(1)
