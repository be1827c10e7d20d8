"""Start-up of the window, in one readable order.

Error hook, paths, open and migrate the database (backup first), then the QApplication, fonts,
translators (ours and Qt's own), the window. Report libraries are not imported here: they load
when the user first exports.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ita_desktop.paths import (
    APP_NAME,
    ORG_NAME,
    data_dir,
    default_database_path,
    portable_data_dir,
    program_folder,
    unused_portable_data,
)

EXIT_WHEN_SHOWN_ENV = "ITA_DESKTOP_EXIT_WHEN_SHOWN"
"""When set, the window prints ``shown <time>`` (``time.time()``) once it has been shown and
the event loop has turned, then quits as on closing: how the packaged program's smoke test and
the start-up benchmark (benchmarks/frozen_startup.py) see its window open, with no test code
inside the program."""

DUE_NOTICE_MS = 400
"""How long after the window shows the notice of late and due work comes (built then, so it
never holds up the window's first paint)."""

if TYPE_CHECKING:
    from ita_desktop.services.backups import RestoreResult
    from ita_desktop.store.database import Database
    from ita_desktop.store.errors import StoreError
    from ita_desktop.ui.shell.main_window import MainWindow


def _log_crash(text: str) -> Path | None:
    try:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "crash.log"
        with log.open("a", encoding="utf-8") as fh:
            fh.write(text + "\n")
        return log
    except OSError:
        return None


def install_error_hook() -> None:
    """An unexpected error shows a dialog and is logged; the program keeps running."""

    def hook(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        sys.stderr.write(text)
        log = _log_crash(text)
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            from ita_desktop.ui.shell.error_dialog import show_unexpected_error

            show_unexpected_error(exc, text, log)

    sys.excepthook = hook


def run_gui(db_path: Path | None, language: str | None) -> int:
    install_error_hook()
    path = Path(db_path) if db_path is not None else default_database_path()

    from ita_desktop.store.errors import StoreError
    from ita_desktop.store.sharing import DatabaseInUseError, open_for_changes, open_read_only

    # Held with its lock for as long as the window has it: a second window is told who has
    # it and may open it read-only (store/sharing.py).
    in_use: DatabaseInUseError | None = None
    try:
        db = open_for_changes(path)
        open_error: StoreError | None = None
    except DatabaseInUseError as exc:
        in_use = exc
        try:
            # Read-only until the user chooses: the question is asked in the language of
            # the file's settings, and a file that cannot be read is said at once.
            db, open_error = open_read_only(path), None
        except StoreError as refused:
            db, open_error = None, refused
    except StoreError as exc:
        db, open_error = None, exc

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ita_desktop.ui.shell.qt_state import keep_qt_state_in, registry_leftover

    keep_qt_state_in(data_dir())  # Qt's file dialog state, before any dialog
    from ita_desktop.store.settings import set_portable_root

    if portable_data_dir() is not None:
        set_portable_root(program_folder())  # exports start on the stick, not the PC's home
    qt_registry = registry_leftover()
    try:
        from ita_desktop.ui.shell.fonts import install_fonts
        from ita_desktop.ui.shell.translation import install_translators

        install_fonts(app)
        from PySide6.QtGui import QIcon

        from ita_desktop.resources import resource_path

        app.setWindowIcon(QIcon(str(resource_path("icons", "ita-desktop.png"))))
        restored: RestoreResult | None = None
        if db is None:
            install_translators(app, language or "th")
            assert open_error is not None
            db, open_error, restored = _offer_backup(path, open_error, language)
            if db is None:
                if open_error is not None:
                    from ita_desktop.ui.shell.error_dialog import show_open_error

                    show_open_error(open_error)
                return 2

        from ita_desktop.store.settings import SettingsRepository

        settings = SettingsRepository(db).load()
        install_translators(app, language or settings.language)
        if in_use is not None:
            from ita_desktop.ui.shell.in_use_dialog import ask_read_only

            if not ask_read_only(in_use, english=(language or settings.language) == "en",
                                 digits=settings.digit_style):
                db.close()
                return 0

        from ita_desktop.ui.shell.main_window import MainWindow

        window = MainWindow(db, language)
        window.show()
        from ita_desktop.ui.shell.network_drive import warn_network_drive

        warn_network_drive(db, window)
        if db.last_backup is not None:
            window.tell_upgraded(db.last_backup)
        if restored is not None:
            window.tell_restored(restored)
        window.auto_backups.start()
        unused = unused_portable_data()
        if unused is not None and db_path is None:
            from ita_desktop.ui.shell.portable_notice import tell_unused_portable_data

            tell_unused_portable_data(unused, db.path, window)
        from PySide6.QtCore import QTimer

        # After the first paint, so the window shows at once; the notice comes beside it. Tied to
        # the window, and stopped once the event loop ends: the database is closed after it, and
        # a notice due then (a loop ended within the delay) would read a closed database.
        due_timer = QTimer(window)
        due_timer.setSingleShot(True)
        due_timer.timeout.connect(lambda: window.tell_due(date.today()))
        due_timer.start(DUE_NOTICE_MS)
        if os.environ.get(EXIT_WHEN_SHOWN_ENV):
            QTimer.singleShot(0, lambda: (print(f"shown {time.time():.3f}", flush=True),
                                          app.quit()))
        code = app.exec()
        due_timer.stop()
        _close_with_backup(window)
        return int(code)
    finally:
        # Every way out, the early ones included: what Qt's file dialogs put in the registry
        # on Windows goes again when this run made it (ui/shell/qt_state.py).
        if qt_registry is not None:
            qt_registry.remove()


def _offer_backup(path: Path, error: StoreError, language: str | None
                  ) -> tuple[Database | None, StoreError | None, RestoreResult | None]:
    """For a damaged file (``startup_restore.restorable`` says which), the newest good backup
    offered in its place. Returns the database opened after a restore (held with its lock, as
    any the window opens) and what was restored, or the error still to be shown (None when the
    user has seen it and declined the offer)."""
    from ita_desktop.store.errors import StoreError
    from ita_desktop.store.sharing import open_for_changes
    from ita_desktop.ui.shell.startup_restore import offer_restore, restorable

    if not restorable(error):
        return None, error, None

    restored = offer_restore(error, english=language == "en")
    if restored is None:
        return None, error, None
    if not restored or restored is True:
        return None, None, None
    try:
        return open_for_changes(path), None, restored
    except StoreError as exc:
        return None, exc, None


def _close_with_backup(window: MainWindow) -> None:
    """After the window has gone: the copy on closing, when something was saved since the last
    copy (ui/shell/auto_backup.py says why then and here), and the file closed."""
    due = window.auto_backups.exit_backup_due()
    path, keep = window.db.path, window.settings.backups_to_keep
    window.db.close()
    if not due:
        return
    from ita_desktop.errors import AppError
    from ita_desktop.services.backups import make_backup

    try:
        make_backup(path, "exit", keep=keep)
    except AppError as exc:
        # No window is left to say it in; the daily copy tries again next time.
        sys.stderr.write(f"ita-desktop: {exc}\n")
