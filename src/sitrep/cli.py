"""The command line: it reads like the workflow.

sitrep ingest PATH... --db FILE      read, clean and deduplicate articles into a store
sitrep extract --db FILE             entities, places, dates, figures, quotes, events
sitrep resolve --db FILE             one entity per thing, one event per happening, conflicts
sitrep run PATH... -o OUTDIR         all of the above, then the export and the report
sitrep export --db FILE --format F   json | csv | parquet | geojson
sitrep export --db FILE --since RUN  what changed since a run (or a date), as JSON
sitrep runs --db FILE                the runs that wrote the store
sitrep report --db FILE -o FILE      the situation report (one HTML file; a large store also pages)
sitrep serve --db FILE               the web app over the store
sitrep evaluate CORPUS_DIR...        score the whole pipeline against gold annotations
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from sitrep.export.jsonexport import build_export
from sitrep.store import Store, StoreError

err = Console(stderr=True)
out = Console(width=None if Console().is_terminal else 140)

PERIOD_OPTION = click.option(
    "--period",
    type=click.DateTime(formats=["%Y-%m-%d", "%Y-%m"]),
    default=None,
    help="A date inside the period the articles cover (YYYY-MM or YYYY-MM-DD): chooses the "
    "year of dates that articles write without one. Default: the most recent past one.",
)
DB_OPTION = click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False, path_type=Path),
    default="sitrep.db",
    show_default=True,
    help="The SQLite store.",
)


class SitrepGroup(click.Group):
    """Turns unexpected errors into one line unless --debug is given."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except StoreError as exc:
            raise click.ClickException(str(exc)) from exc
        except Exception as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            raise click.ClickException(
                f"{type(exc).__name__}: {exc} (run with --debug for the traceback)"
            ) from exc


@click.group(cls=SitrepGroup)
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
@click.version_option(package_name="sitrep")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """sitrep: a sourced, deduplicated, conflict-aware record of a crisis from news reports."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def _date(value: Any) -> Any:
    import datetime as dt

    return value.date() if isinstance(value, dt.datetime) else value


def corpus_name(path: str) -> str:
    """ "examples/kazakhstan-2022/docs" -> "kazakhstan-2022"."""
    p = Path(path).resolve()
    if p.is_file() or p.name in ("docs", "articles", "data", "input"):
        p = p.parent
    return p.name or "corpus"


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description:>8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


class _Bars:
    """Adapts the pipeline's progress callback to rich bars, one per stage.

    ``expected`` gives a stage's total when the pipeline reports none (the ingest counts the
    input files first); a bar stops, clock and all, when its stage is done or the next begins.
    """

    def __init__(self, progress: Progress, expected: dict[str, int] | None = None):
        self.progress = progress
        self.expected = expected or {}
        self.tasks: dict[str, Any] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        known = total or self.expected.get(stage) or None
        if known is not None and done > known:  # more articles than files (a JSONL, a feed)
            known = done
        if stage not in self.tasks:
            self.finish()
            self.tasks[stage] = self.progress.add_task(stage, total=known)
        self.progress.update(self.tasks[stage], completed=done, total=known)

    def finish(self) -> None:
        """Stop every bar's clock: their stages are over."""
        for task in self.progress.tasks:
            if not task.finished:
                self.progress.update(task.id, total=task.completed)
            self.progress.stop_task(task.id)


def expected_inputs(paths: tuple[str, ...] | list[str]) -> int | None:
    """How many articles ``paths`` hold, counted cheaply before reading them: one per file,
    one per line of a JSONL file. None when a path is neither a file, a folder nor a glob
    that matches (the reader reports it)."""
    import glob

    from sitrep.ingest.readers.paths import is_candidate
    from sitrep.ingest.readers.sidecar import is_sidecar

    def files(path: Path, explicit: bool) -> list[Path]:
        if path.is_dir():
            found = []
            for dirpath, dirnames, names in os.walk(path):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                found += [Path(dirpath) / n for n in names]
            return [f for f in found if is_candidate(f) and not is_sidecar(f)]
        if path.is_file():
            return [path] if explicit or not is_sidecar(path) else []
        return []

    total = 0
    for given in paths:
        path = Path(given).expanduser()
        matched = [path] if path.exists() else [Path(m) for m in glob.glob(str(path))]
        if not matched:
            return None
        for file in (f for m in matched for f in files(m, explicit=m == path)):
            total += _articles_in(file)
    return total


def _articles_in(file: Path) -> int:
    if file.suffix.lower() not in (".jsonl", ".ndjson"):
        return 1
    try:
        with file.open("rb") as fh:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b"")) or 1
    except OSError:
        return 1


def _shown(text: str) -> str:
    """A file name or message as one safe line: control characters (a newline, a terminal
    escape sequence in a file name) written as escapes, rich's markup brackets escaped."""
    from rich.markup import escape

    safe = "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text
    )
    return escape(safe)


def _print_outcomes(summary: Any, verbose: bool = True) -> None:
    styles = {
        "ingested": "green",
        "duplicate": "yellow",
        "unchanged": "dim",
        "skipped": "dim",
        "failed": "red",
    }
    if verbose:
        for o in summary.outcomes:
            label = {"failed": "error"}.get(o.status, o.status)
            detail = f" ({_shown(o.detail)})" if o.detail and o.status != "failed" else ""
            what = f": {_shown(o.detail)}" if o.status == "failed" else ""
            doc = f" → {_shown(o.doc)}" if o.doc and o.status == "ingested" else ""
            style = styles.get(o.status, "default")
            err.print(
                f"[{style}]{label}[/] {_shown(o.source)}{doc}{detail}{what}",
                highlight=False,
                soft_wrap=True,
            )
    counts = ", ".join(f"{summary.count(s)} {s}" for s in styles if summary.count(s))
    err.print(f"{len(summary.outcomes)} inputs: {counts or 'nothing found'}")
    _print_dating(summary.dating)


def _print_dating(dating: Any) -> None:
    """One line on the corpus period, and how to set it when its year is a guess."""
    if dating is None or dating.period.date is None:
        return
    when = dating.period.date
    line = f"period around {when:%Y-%m}: {dating.period.basis}; {dating.dated} texts dated"
    if dating.undated:
        line += f", {dating.undated} without a date"
    err.print(line, highlight=False, soft_wrap=True)
    if dating.period.guess:
        err.print(
            f"[yellow]the year {when.year} is a guess[/]: no text writes one. Set it with "
            f"--period YYYY-MM (a month the articles cover).",
            highlight=False,
            soft_wrap=True,
        )


@main.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--max-size", default=20, show_default=True, help="Largest article file, in MB.")
@click.option("--quiet", "-q", is_flag=True, help="Only the totals, not a line per file.")
@PERIOD_OPTION
def ingest(paths: tuple[str, ...], db: Path, max_size: int, quiet: bool, period: Any) -> None:
    """Read, clean and deduplicate articles (files, directories, globs) into the store.

    Reads .txt (any encoding, optional <name>.json sidecar), .html, .jsonl, RSS/Atom
    feeds and WARC files. Exits with 1 if any input failed; the others are kept.
    """
    from sitrep.pipeline import ingest as run_ingest

    with Store(db) as store, _progress() as progress:
        summary = run_ingest(
            store,
            paths,
            progress=_Bars(progress, {"ingest": expected_inputs(paths) or 0}),
            max_bytes=max_size * 1_000_000,
            period=_date(period),
        )
    _print_outcomes(summary, verbose=not quiet)
    if summary.failed:
        sys.exit(1)


@main.command()
@DB_OPTION
@click.option(
    "--processes",
    "-j",
    default=min(2, os.cpu_count() or 1),
    show_default=True,
    help="Worker processes for the spaCy pipeline.",
)
@click.option(
    "--scheduler",
    default=None,
    help="A Dask scheduler address (tcp://host:8786) to spread extraction over a cluster.",
)
def extract(db: Path, processes: int, scheduler: str | None) -> None:
    """Extract entities, places, dates, figures, quotes and events from unread documents."""
    from sitrep.pipeline import RunSummary
    from sitrep.pipeline import extract as run_extract

    summary = RunSummary()
    with Store(db) as store, _progress() as progress:
        n = run_extract(
            store,
            n_process=processes,
            progress=_Bars(progress),
            scheduler=scheduler,
            summary=summary,
        )
    if summary.failed:
        _print_outcomes(summary)
    err.print(f"extracted {n} documents")
    if summary.failed:
        sys.exit(1)


@main.command()
@DB_OPTION
def resolve(db: Path) -> None:
    """Resolve entities, events and figure conflicts across all documents."""
    from sitrep.pipeline import resolve as run_resolve

    with Store(db) as store:
        if not run_resolve(store):
            raise click.ClickException("resolution is not available in this build")
        counts = store.counts()
    err.print(
        f"{counts['entities']} entities, {counts['events']} events, {counts['conflicts']} conflicts"
    )


def write_outputs(store: Store, outdir: Path) -> list[Path]:
    """The export files and the report for ``store`` in ``outdir``."""
    from sitrep.export.jsonexport import events_export, write_json
    from sitrep.export.tables import write_csv, write_geojson

    written = []
    path = outdir / "sitrep.json"
    with path.open("w", encoding="utf-8") as fh:
        write_json(store, fh)
    written.append(path)
    events = events_export(store)
    written.append(write_csv(events, outdir / "events.csv"))
    written.append(write_geojson(events, outdir / "events.geojson"))
    try:
        from sitrep.report.html import NOT_READ, write_report
    except ImportError:
        pass
    else:
        export = build_export(store, leave_out=NOT_READ)
        written.append(write_report(export, outdir / "report.html"))
    return written


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--outdir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Where to write sitrep.db, sitrep.json, events.csv/.geojson and report.html.",
)
@click.option("--processes", "-j", default=min(2, os.cpu_count() or 1), show_default=True)
@click.option("--quiet", "-q", is_flag=True, help="Only the totals, not a line per file.")
@PERIOD_OPTION
@click.option("--name", default=None, help="A name for the corpus (default: from the input path).")
@click.option("--about", default=None, help="One line on the crisis the articles cover.")
def run(
    paths: tuple[str, ...],
    outdir: Path,
    processes: int,
    quiet: bool,
    period: Any,
    name: str | None,
    about: str | None,
) -> None:
    """Run the whole pipeline on PATHS and write the store, the exports and the report."""
    from sitrep import pipeline

    per_path = {p: expected_inputs([p]) for p in paths}
    missing = [p for p, n in per_path.items() if n is None]
    if missing:
        raise click.ClickException(
            f"{', '.join(map(_shown, missing))}: no such file, directory or matching files; "
            "nothing written"
        )
    outdir.mkdir(parents=True, exist_ok=True)
    db = outdir / "sitrep.db"
    new_store = not db.exists()
    with Store(db) as store:
        store.set_meta("corpus", name or store.meta("corpus") or corpus_name(paths[0]))
        if about:
            store.set_meta("event", about)
        with _progress() as progress:
            bars = _Bars(progress, {"ingest": sum(n or 0 for n in per_path.values())})
            summary = pipeline.process(
                store, paths, bars, n_process=processes, period=_date(period)
            )
            bars.finish()
        _print_outcomes(summary, verbose=not quiet)
        counts = store.counts()
        copies = sum(len(g.members) - 1 for g in store.duplicate_groups())
        if not counts["documents"]:
            store.close()
            if new_store:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{db}{suffix}").unlink(missing_ok=True)
            raise click.ClickException(
                f"no articles found in {', '.join(map(_shown, paths))}; no report written"
            )
        written = write_outputs(store, outdir)
    for path in [db, *written]:
        out.print(str(path))
    err.print(run_summary(counts, copies), highlight=False)
    if summary.failed:
        sys.exit(1)


def run_summary(counts: dict[str, int], copies: int = 0) -> str:
    """A run's result in one line: "12 documents (2 copies), 40 events, 31 figures, 3 conflicts"."""

    def n(count: int, word: str, plural: str | None = None) -> str:
        return f"{count} {word if count == 1 else plural or word + 's'}"

    docs = n(counts["documents"], "document")
    if copies:
        docs += f" ({n(copies, 'copy', 'copies')})"
    return ", ".join(
        [
            docs,
            n(counts["events"], "event"),
            n(counts["figures"], "figure"),
            n(counts["conflicts"], "conflict"),
        ]
    )


@main.command()
@DB_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "csv", "parquet", "geojson"]),
    default="json",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Output file (JSON goes to standard output when omitted).",
)
@click.option("--no-text", is_flag=True, help="Leave document texts out of the JSON export.")
@click.option(
    "--since",
    default=None,
    metavar="RUN|DATE",
    help="Only what changed after run RUN (`sitrep runs` lists them) or from DATE "
    "(YYYY-MM-DD) on: new events, events with new reports, figures revised, conflicts "
    "opened or settled, documents that arrived (JSON).",
)
def export(db: Path, fmt: str, output: Path | None, no_text: bool, since: str | None) -> None:
    """Export the store: JSON (gold.json's contract), ACLED-like CSV/Parquet, GeoJSON."""
    from sitrep.export import tables
    from sitrep.export.jsonexport import events_export, write_json

    if not db.exists():
        raise click.ClickException(f"{db}: no such store (run `sitrep ingest` first)")
    if since is not None:
        if fmt != "json":
            raise click.ClickException("--since gives JSON: leave out --format or use json")
        if not re.fullmatch(r"\d{1,9}|\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?", since):
            raise click.ClickException(f"--since {since}: a run id or a date (YYYY-MM-DD)")
        with Store(db) as store:
            text = json.dumps(store.query.since(since), indent=1, ensure_ascii=False)
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            click.echo(text)
        return
    if fmt == "json":
        with Store(db) as store:
            if output:
                with output.open("w", encoding="utf-8") as fh:
                    write_json(store, fh, with_text=not no_text)
            else:
                write_json(store, sys.stdout, with_text=not no_text)
        return
    if output is None:
        raise click.ClickException(f"--format {fmt} needs -o FILE")
    writer = {
        "csv": tables.write_csv,
        "parquet": tables.write_parquet,
        "geojson": tables.write_geojson,
    }[fmt]
    with Store(db) as store:
        data = events_export(store)
    writer(data, output)
    err.print(f"wrote {output}")


@main.command()
@DB_OPTION
def runs(db: Path) -> None:
    """The runs that wrote the store (ingests, uploads, resolves), for `export --since`."""
    if not db.exists():
        raise click.ClickException(f"{db}: no such store (run `sitrep ingest` first)")
    with Store(db) as store:
        found = store.runs()
        counts = dict(
            store.conn.execute("SELECT run, count(*) FROM changes GROUP BY run").fetchall()
        )
    table = Table("run", "kind", "started", "finished", "documents", "changes")
    for r in found:
        table.add_row(
            str(r["id"]),
            r["kind"],
            r["started_at"],
            r["finished_at"] or "",
            str(r["documents"]),
            str(counts.get(r["id"], 0)),
        )
    out.print(table)


@main.command()
@DB_OPTION
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default="report.html",
    show_default=True,
)
@click.option("--name", default=None, help="The report's title (default: the store's name).")
@click.option("--about", default=None, help="One line on the crisis, under the title.")
def report(db: Path, output: Path, name: str | None, about: str | None) -> None:
    """Write the situation report: one self-contained HTML file that opens offline; above a
    million characters of article text, FILE is the index of a folder of linked pages beside it."""
    from sitrep.report.html import NOT_READ, write_report

    if not db.exists():
        raise click.ClickException(f"{db}: no such store (run `sitrep ingest` first)")
    with Store(db) as store:
        export = build_export(store, leave_out=NOT_READ)
    if name:
        export["corpus"] = name
    if about:
        export["event"] = about
    write_report(export, output)
    out.print(str(output))


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    help="Another host name the app answers to (the name users type, when serving beyond "
    "127.0.0.1); any other Host header is refused.",
)
def serve(db: Path, host: str, port: int, allow_hosts: tuple[str, ...]) -> None:
    """Serve the report views, search, uploads and a JSON API over the store."""
    import uvicorn

    from sitrep.serve.app import LOOPBACK_HOSTS, create_app

    if not db.exists():
        err.print(f"{db} does not exist: starting with an empty store (add articles in the app)")
    names = [*allow_hosts]
    if host in LOOPBACK_HOSTS:
        names += LOOPBACK_HOSTS
    elif host in ("0.0.0.0", "::", ""):
        import socket

        names += [*LOOPBACK_HOSTS, socket.gethostname(), socket.getfqdn()]
    else:
        names.append(host)
    app = create_app(db, allowed_hosts=tuple(dict.fromkeys(n.lower() for n in names)))
    err.print(f"serving {db} at http://{host}:{port}/ (API docs at /docs)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.command()
@click.argument(
    "corpora",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--processes", "-j", default=1, show_default=True)
@PERIOD_OPTION
def evaluate(corpora: tuple[Path, ...], as_json: bool, processes: int, period: Any) -> None:
    """Run the whole pipeline on each CORPUS/docs and score it against CORPUS/gold.json.

    The pipeline runs exactly as ``sitrep run`` does: nothing is read from gold.json but
    the answers it scores. With several corpora, a table per corpus and their mean.
    """
    from sitrep.evaluate.score import mean_scores

    results: dict[str, dict[str, Any]] = {}
    for corpus in corpora:
        gold_path = corpus / "gold.json"
        if not gold_path.exists():
            raise click.ClickException(f"{gold_path}: no gold annotation")
        results[corpus.name] = _evaluate_one(corpus, gold_path, processes, _date(period))
    if len(results) > 1:
        results["mean"] = mean_scores(list(results.values()))
    if as_json:
        click.echo(json.dumps(results if len(corpora) > 1 else results[corpora[0].name], indent=2))
        return
    for name, scores in results.items():
        out.print(scores_table(scores, name))


def _evaluate_one(corpus: Path, gold_path: Path, processes: int, period: Any) -> dict[str, Any]:
    from sitrep import pipeline
    from sitrep.evaluate.score import score

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.db") as store:
        with _progress() as progress:
            summary = pipeline.process(
                store, [corpus / "docs"], _Bars(progress), n_process=processes, period=period
            )
        if summary.failed:
            _print_outcomes(summary)
        export = build_export(store)
    texts = {d["id"]: d["text"] for d in export["documents"]}
    return score(export, gold, texts)


def scores_table(scores: dict[str, dict[str, Any]], title: str) -> Table:
    table = Table(title=f"sitrep evaluate {title}")
    for column in ("section", "P", "R", "F1", "n pred", "n gold", "other"):
        table.add_column(column, justify="right" if column != "other" else "left")
    for section, s in scores.items():
        if section == "documents":
            d = s["duplicates"]
            other = (
                f"published ±1 day {s['published_within_1_day']:.2f}; boilerplate "
                f"removed {s['boilerplate_removed']:.2f}; body kept {s['body_kept']:.2f}"
            )
            table.add_row(
                "duplicates",
                f"{d['precision']:.2f}",
                f"{d['recall']:.2f}",
                f"{d['f1']:.2f}",
                str(d["predicted"]),
                str(d["gold"]),
                other,
            )
        elif section == "entities":
            table.add_row(
                "entities",
                f"{s['bcubed_precision']:.2f}",
                f"{s['bcubed_recall']:.2f}",
                f"{s['bcubed_f1']:.2f}",
                "",
                str(s["names"]),
                f"B-cubed; names found {s.get('names_found', 0):.2f}; "
                f"places within 25 km {s['geocoded_within_25km']:.2f} "
                f"of {s['places']} (towns and regions "
                f"{s['towns_regions_within_25km']:.2f} of {s['towns_regions']})",
            )
        else:
            extra = "; ".join(
                f"{k.replace('_accuracy', '')} {v:.2f}"
                for k, v in s.items()
                if k.endswith(("_accuracy", "_recall")) and k != "recall"
            )
            table.add_row(
                section,
                f"{s['precision']:.2f}",
                f"{s['recall']:.2f}",
                f"{s['f1']:.2f}",
                str(s["predicted"]),
                str(s["gold"]),
                extra,
            )
    return table


if __name__ == "__main__":
    main()
