"""Start-up to the shown main window: ITA Desktop on the demo database vs two baselines.

- a bare QMainWindow (kept for the record),
- a bare tabbed window with a 20-row Thai table (the planners' baseline: ITA Desktop's target
  is at most 1.5 times this one).

All three run as fresh processes (interpreter start included), in turn, with the same font
registration; the figure is the wall time from spawning the process to the first turn of the
event loop after the window was shown. Prints the three medians and both ratios side by side,
and checks that no report library, Pillow or openpyxl was loaded at that moment; the exit
status is 1 when one was, or when the ratio to the tabbed window is above the target.

    python benchmarks/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# What the first window must not pay for: the renderers and their helpers, the PDF preview,
# Pillow and openpyxl are imported when a report, an image or a workbook is first used.
REPORT_LIBRARIES = ("docx", "openpyxl", "reportlab", "PIL", "pypdfium2", "uharfbuzz", "lxml",
                    "sqlite_utils")
TARGET = 1.5

# Prints the wall-clock time once the window has been shown and the event loop has turned.
SHOWN = """
def _shown(app):
    import sys, time
    from PySide6.QtCore import QTimer
    loaded = [m for m in {libs!r} if m in sys.modules]
    def report():
        print("SHOWN", time.time(), ",".join(loaded) or "-", flush=True)
        app.quit()
    QTimer.singleShot(0, report)
"""

BARE = SHOWN + """
import sys
from pathlib import Path
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMainWindow
import fontpkg_sarabun
app = QApplication(sys.argv[:1])
folder = Path(fontpkg_sarabun.__file__).resolve().parent / "files"
for name in ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf"):
    QFontDatabase.addApplicationFont(str(folder / name))
app.setFont(QFont("Sarabun", 10))
window = QMainWindow()
window.resize(1280, 800)
window.show()
_shown(app)
app.exec()
"""

# The baseline of the target: the same bare window plus what any tabbed window with a table
# pays in PySide6 itself (creating the ``Qt`` namespace's ~94 Python enums, the view and model
# types, laying out Thai text).
TABLE = SHOWN + """
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTabWidget
import fontpkg_sarabun
app = QApplication(sys.argv[:1])
folder = Path(fontpkg_sarabun.__file__).resolve().parent / "files"
for name in ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf"):
    QFontDatabase.addApplicationFont(str(folder / name))
app.setFont(QFont("Sarabun", 10))
window = QMainWindow()
tabs = QTabWidget()
model = QStandardItemModel(20, 4)
for row in range(20):
    for column in range(4):
        item = QStandardItem(f"ร.ต.อ.สมชาย ใจดี {row}")
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        model.setItem(row, column, item)
table = QTableView()
table.setModel(model)
tabs.addTab(table, "หน่วยงานและบุคลากร")
window.setCentralWidget(tabs)
window.resize(1280, 800)
window.show()
_shown(app)
app.exec()
"""

ITA = SHOWN + """
import sys
from ita_desktop.ui.shell import main_window
_show = main_window.MainWindow.show
def show(self):
    _show(self)
    from PySide6.QtWidgets import QApplication
    _shown(QApplication.instance())
main_window.MainWindow.show = show
from ita_desktop.app import run_gui
sys.exit(run_gui(sys.argv[1], None))
"""


def measure(code: str, *args: str) -> tuple[float, str]:
    start = time.time()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                            check=True, timeout=120)
    for line in result.stdout.splitlines():
        if line.startswith("SHOWN "):
            _, stamp, loaded = line.split(" ", 2)
            return float(stamp) - start, loaded
    raise RuntimeError(f"no SHOWN line:\n{result.stdout}\n{result.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed program runs from bytecode (pip and PyInstaller compile it); a shell with
    # PYTHONDONTWRITEBYTECODE set would otherwise make every run compile our sources again.
    import compileall

    import ita_desktop

    compileall.compile_dir(Path(ita_desktop.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["ITA_DESKTOP_DATA_DIR"] = folder
        demo = Path(folder) / "demo.sqlite"
        from ita_desktop.demo import create_demo_database

        create_demo_database(demo)
        bare_code = BARE.replace("{libs!r}", repr(REPORT_LIBRARIES))
        ita_code = ITA.replace("{libs!r}", repr(REPORT_LIBRARIES))
        table_code = TABLE.replace("{libs!r}", repr(REPORT_LIBRARIES))
        measure(bare_code)  # warm the file cache for both
        measure(ita_code, str(demo))
        bare: list[float] = []
        ita: list[float] = []
        table: list[float] = []
        loaded = ""
        for _ in range(args.runs):
            bare.append(measure(bare_code)[0])
            seconds, loaded = measure(ita_code, str(demo))
            ita.append(seconds)
            table.append(measure(table_code)[0])
    bare_median = statistics.median(bare)
    table_median = statistics.median(table)
    ita_median = statistics.median(ita)

    def line(name: str, values: list[float]) -> str:
        return (f"{name:<48} median {statistics.median(values) * 1000:5.0f} ms "
                f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})")

    print(f"platform: {os.environ['QT_QPA_PLATFORM']}, runs: {args.runs} each, in turn")
    print(line("bare QMainWindow + Sarabun (for the record)", bare))
    print(line("bare tabbed window + 20-row Thai table", table))
    print(line("ITA Desktop, demo database", ita))
    to_table = ita_median / table_median
    print(f"ratio ITA Desktop / tabbed window: {to_table:.2f} (target <= {TARGET})   "
          f"ITA Desktop / bare window: {ita_median / bare_median:.2f} (for the record)")
    libraries = [] if loaded == "-" else loaded.split(",")
    print(f"libraries loaded at shown window: {', '.join(libraries) or 'none'} "
          f"(checked: {', '.join(REPORT_LIBRARIES)})")
    failed = bool(libraries) or to_table > TARGET
    print("result: " + ("FAILED" if failed else "within target"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
