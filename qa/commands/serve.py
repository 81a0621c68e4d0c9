"""`qa serve`: the readers' "See an error?" form and the editors' queue, as a small web service.

    qa serve --documents DIR [--ledger PATH] [--host 127.0.0.1] [--port 8080] [--rate-limit 10]
             [--allow-origin https://site.example …] [--map FILE] [--trust-proxy] [--token-file FILE]
             [--out DIR] [--glossary FILE]

The editor token comes from $QA_SERVE_TOKEN or --token-file; without one the editor side is disabled.
Needs the `serve` extra (Starlette and uvicorn): pip install 'qa-zh-en[serve]'.
"""

from __future__ import annotations

from pathlib import Path

import click


def _require_extra() -> None:
    from qa.errors import UsageError

    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        raise UsageError("qa serve needs the serve extra: pip install 'qa-zh-en[serve]' (Starlette and uvicorn)") from None


def _origin(value: str) -> str:
    from qa.errors import UsageError

    origin = value.strip().rstrip("/")
    if origin != "*" and not (origin.startswith(("http://", "https://")) and "/" not in origin.split("://", 1)[1]):
        raise UsageError(f"--allow-origin {value!r}: give an origin such as https://www.example.org (scheme and host, no path)")
    return origin


@click.command("serve")
@click.option("--documents", required=True, type=click.Path(file_okay=False, path_type=Path), help="Folder of the published bilingual documents.")
@click.option("--ledger", type=click.Path(dir_okay=False, path_type=Path), help="Corrections ledger (default: as `qa corrections` finds it).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--rate-limit", default=10, show_default=True, type=click.IntRange(0), help="Reports per minute per client address; 0 disables.")
@click.option("--allow-origin", "origins", multiple=True, help="Sites whose pages may post reports (repeat, or separate with commas).")
@click.option("--map", "map_file", type=click.Path(dir_okay=False, path_type=Path), help="Site URLs or CMS ids → document file names (two columns).")
@click.option("--trust-proxy", is_flag=True, help="Behind a reverse proxy: the client address is the last X-Forwarded-For entry.")
@click.option("--token-file", type=click.Path(dir_okay=False, path_type=Path), help="File holding the editor token (else $QA_SERVE_TOKEN).")
@click.option("--out", "out_dir", default=Path("corrected"), show_default=True, type=click.Path(file_okay=False, path_type=Path), help="Where applied corrections write corrected copies and errata.")
@click.option("--glossary", type=click.Path(dir_okay=False, path_type=Path), help="Glossary for the checks and for accepted rules (default [qa] glossary).")
def serve(documents: Path, ledger: Path | None, host: str, port: int, rate_limit: int, origins: tuple[str, ...],
          map_file: Path | None, trust_proxy: bool, token_file: Path | None, out_dir: Path, glossary: Path | None) -> None:
    """Readers report errors from the site; editors verify, accept and apply them in a browser."""
    from qa.commands.corrections import ledger_path
    from qa.config import settings_from_cli
    from qa.workflows.corrections.documents import Documents

    _require_extra()
    from qa.serve import ServeConfig, create_app, read_token

    folder = Documents.load(documents, map_file)
    warn = lambda message: click.echo(message, err=True)  # noqa: E731
    settings = settings_from_cli(folder.root, glossary=glossary if glossary and glossary.exists() else None, warn=warn)
    config = ServeConfig(ledger=ledger_path(ledger), documents=folder, token=read_token(token_file), rate_limit=rate_limit,
                         allow_origins=tuple(_origin(o) for given in origins for o in given.replace(",", " ").split()),
                         trust_proxy=trust_proxy, out_dir=out_dir,
                         glossary=glossary, settings=settings)
    app = create_app(config)
    click.echo(f"qa serve: ledger {config.ledger}, documents {folder.root} ({len(folder.mapping)} mapped page(s)), "
               f"editor side {'on' if config.token else 'disabled (no QA_SERVE_TOKEN or --token-file)'}", err=True)
    import uvicorn

    uvicorn.run(app, host=host, port=port, proxy_headers=False, server_header=False, log_level="info")
