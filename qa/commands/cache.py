"""`qa cache dir|info|clear`: see and empty qa's per-user cache folder, as `pip cache` and `ruff clean` do."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import click

from qa.errors import UsageError
from qa.terminal import printable


@click.group("cache")
def cache() -> None:
    """See and clear qa's per-user cache folder.

    It holds what qa derives from its dictionaries and models (CC-CEDICT
    indexes, jieba's tables, the encoder's weights) and the sentence
    embeddings of earlier runs. Everything there is rebuilt when missing:
    clearing costs the next run time (about half a minute), never findings.
    Files an upgrade has superseded are removed by qa itself once no qa has
    used them for 30 days.
    """


def _folder(must_be_ours: bool = False) -> Path | None:
    """The cache folder; None when it does not exist yet; a one-line error when it is not a usable folder."""
    from qa.lang.cache import user_cache_dir

    folder = user_cache_dir()
    try:
        info = folder.stat()  # a link to a folder elsewhere is a folder, as for ensure_cache_dir
    except FileNotFoundError:
        return None
    except OSError as err:
        raise UsageError(f"{printable(str(folder))}: cannot read the cache folder ({err.strerror or err})") from None
    if not stat.S_ISDIR(info.st_mode):
        raise UsageError(f"{printable(str(folder))}: not a folder; qa does not use it as its cache")
    if must_be_ours and hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise UsageError(f"{printable(str(folder))}: owned by another user; qa neither uses nor clears it")
    return folder


def _size(count: int, size: int) -> str:
    return f"{count:4d} file{'s' if count != 1 else ' '}  {size / 1e6:8.1f} MB"


@cache.command("dir")
def dir_() -> None:
    """Print the cache folder's path (XDG_CACHE_HOME moves it)."""
    from qa.lang.cache import user_cache_dir

    click.echo(printable(str(user_cache_dir())))


@cache.command("info")
@click.option("--files", "listing", is_flag=True, help="list every file: its state, size and when it was last used")
def info(listing: bool) -> None:
    """How much the cache holds and how much of it is stale.

    In use: files a qa has opened in the last 30 days (another installation's
    older version too). Superseded: no qa has opened them for 30 days and a
    newer version of the same data has been in use since (an upgrade of qa or
    of a dictionary package). Unused: no qa has opened them for 30 days.
    Unfinished: writes that never completed.
    """
    from qa.lang import cache_prune as prune

    folder = _folder()
    if folder is None:
        from qa.lang.cache import user_cache_dir

        click.echo(f"{printable(str(user_cache_dir()))}: no cache yet")
        return
    files = prune.scan(folder)
    state = prune.states(files)
    total = sum(f.size for f in files)
    click.echo(f"{printable(str(folder))}: {len(files)} file{'s' if len(files) != 1 else ''}, {total / 1e6:.1f} MB")
    for name, note in ((prune.IN_USE, ""), (prune.SUPERSEDED, "a newer version has been in use since"),
                       (prune.UNUSED, f"no qa has opened them for {prune.STALE_DAYS} days"),
                       (prune.UNFINISHED, "writes that never completed")):
        chosen = [f for f in files if state[f.path] == name]
        click.echo(f"  {name:<11}{_size(len(chosen), sum(f.size for f in chosen))}  {note}".rstrip())
    automatic = sum(f.size for f in prune.pruned_by_itself(files))
    stale = sum(f.size for f in files if state[f.path] != prune.IN_USE)
    click.echo(f"qa removes {automatic / 1e6:.1f} MB of it by itself (superseded and unused for "
               f"{prune.STALE_DAYS} days) when it next uses the newer version")
    click.echo(f"`qa cache clear --stale` removes {stale / 1e6:.1f} MB now, `qa cache clear` everything")
    if listing:
        for file in sorted(files, key=lambda f: (f.family, f.build, f.kind)):
            when = time.strftime("%Y-%m-%d", time.localtime(file.mtime))
            shown = file.path.relative_to(folder).as_posix()
            click.echo(f"{state[file.path]:<11} {file.size / 1e6:8.1f} MB  {when}  {printable(shown)}")


@cache.command("clear")
@click.option("--stale", is_flag=True,
              help="only files superseded, unused for 30 days or never finished (see `qa cache info`)")
def clear(stale: bool) -> None:
    """Remove the files qa made in its cache folder.

    Nothing else there is touched (a file is qa's by its name and first bytes).
    A qa running meanwhile goes on with the files it has open (on Linux and
    macOS); the next run rebuilds what it needs. A dictionary another qa is
    building right now is left.
    """
    from qa.lang import cache_prune as prune

    folder = _folder(must_be_ours=True)
    if folder is None:
        click.echo("nothing to clear: no cache yet")
        return
    removed, size, left = prune.clear(folder, stale_only=stale)
    click.echo(f"removed {removed} file{'s' if removed != 1 else ''} ({size / 1e6:.1f} MB) "
               f"from {printable(str(folder))}")
    if left:
        click.echo(f"left {left} file{'s' if left != 1 else ''} (another qa is building them, or they could not be "
                   "removed); try again later")
