"""The OIT tab's writes as a kill path: a monthly report moved along the workflow (submitted,
returned with a comment, submitted again: a loop the runs can repeat without end) and files
attached to it, each its own transaction. A kill must leave each log and the report's files
either as before the operation or as after it: never a change logged twice or out of place,
never a file listed without its content or half a batch attached.

Attaching goes through the services on even runs and through ``ita-desktop import oit-files``
on odd runs, as the tab and the command line do."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kill_data_paths import DB, _read, _services
from kill_ledger import Reporter

YEAR, CODE, MONTH = 2568, "O12", "2025-05"
LOG, FILES = "oit-log", "oit-files"


def _item_key(conn) -> str:  # type: ignore[no-untyped-def]
    return conn.execute("SELECT item_key FROM framework_oit_items WHERE fiscal_year = ? AND "
                        "code = ?", (YEAR, CODE)).fetchone()[0]


def _oit_observe(workdir: Path, keys: Sequence[str]) -> dict[str, str]:
    conn = _read(workdir / DB)
    assert conn is not None
    try:
        key = _item_key(conn)
        month = f"{MONTH}-01"
        states = {}
        for wanted in keys:
            if wanted == LOG:
                count, last = conn.execute(
                    "SELECT count(*), (SELECT to_status FROM oit_status_changes WHERE "
                    "fiscal_year = ?1 AND item_key = ?2 AND month = ?3 ORDER BY position DESC "
                    "LIMIT 1) FROM oit_status_changes WHERE fiscal_year = ?1 AND "
                    "item_key = ?2 AND month = ?3", (YEAR, key, month)).fetchone()
                states[wanted] = f"{count} changes:{last or 'not_started'}"
            else:
                # A file counts only with its content stored in full.
                count, size = conn.execute(
                    "SELECT count(*), ifnull(sum(f.size), 0) FROM oit_files AS f JOIN blobs "
                    "AS b ON b.sha256 = f.sha256 AND b.size = f.size WHERE f.fiscal_year = ? "
                    "AND f.item_key = ? AND f.month = ? AND f.removed_at IS NULL",
                    (YEAR, key, month)).fetchone()
                listed = conn.execute(
                    "SELECT count(*) FROM oit_files WHERE fiscal_year = ? AND item_key = ? "
                    "AND month = ?", (YEAR, key, month)).fetchone()[0]
                states[wanted] = f"{count} files:{size} bytes" + (
                    "" if listed == count else f":{listed - count} without content")
        return states
    finally:
        conn.close()


def _next(status: str) -> str:
    return {"not_started": "in_preparation", "submitted": "returned"}.get(status, "submitted")


def _oit_run(workdir: Path, run: int, reporter: Reporter) -> None:
    from datetime import date

    from ita_desktop import cli
    from ita_desktop.domain.oit_workflow import Status
    from ita_desktop.services import oit

    folder = workdir / f"attach-{run}"
    folder.mkdir(exist_ok=True)
    reporter.ready()
    db = _services(workdir)
    try:
        plan = oit.oit_year(db, YEAR).item(CODE)
        key, month = plan.assignment.item_key, date(2025, 5, 1)
        preparer, controller = plan.assignment.preparers[0], plan.assignment.controllers[0]
        for step in range(3):
            count, status = reporter.state(LOG).split(" changes:")
            to = _next(status)
            with reporter.op(LOG, f"{int(count) + 1} changes:{to}"):
                oit.change_status(db, YEAR, key, month, Status(to),
                                  controller if to == "returned" else preparer,
                                  comment=f"แก้ไขครั้งที่ {run}-{step}" if to == "returned"
                                  else "")
            files = [folder / f"รายงาน-{step}-{n}.pdf" for n in range(2)]
            for n, path in enumerate(files):
                path.write_bytes(b"%PDF-1.4 " + f"{run}-{step}-{n} ".encode() * (200 + n))
            count, size = reporter.state(FILES).split(" files:")
            after = (f"{int(count) + 2} files:"
                     f"{int(size.split(' ')[0]) + sum(p.stat().st_size for p in files)} bytes")
            with reporter.op(FILES, after):
                if run % 2 == 0:
                    oit.attach_files(db, YEAR, key, month, files)
                else:
                    code = cli.main(["import", "oit-files", "--year", str(YEAR), "--item",
                                     CODE, "--month", MONTH, *map(str, files),
                                     "--db", str(workdir / DB)])
                    if code != 0:
                        raise AssertionError(f"import oit-files ended with exit status {code}")
    finally:
        db.close()
