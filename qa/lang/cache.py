"""The per-user cache directory every cache of qa lives in (CC-CEDICT indexes, jieba's model).

One place decides where: platformdirs' user cache directory for "qa"
(`~/.cache/qa` on Linux, honouring XDG_CACHE_HOME), created user-only (0700)
so that no other user can plant a file that changes findings. Never a shared
directory such as /tmp.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

APP = "qa"


def user_cache_dir() -> Path:
    """Where qa's caches live; the directory itself may not exist yet (see `ensure_cache_dir`)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def ensure_cache_dir() -> Path | None:
    """The cache directory, created 0700 (and tightened to 0700 if it is ours but looser).

    None when it cannot be made or is not ours: an unusable cache only costs
    time, and a directory owned by someone else must not be trusted.
    """
    path = user_cache_dir()
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = path.stat()
        if not stat.S_ISDIR(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
            return None
        if stat.S_IMODE(info.st_mode) & 0o077:
            os.chmod(path, 0o700)
    except OSError:
        return None
    return path
