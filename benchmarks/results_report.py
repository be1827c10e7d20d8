"""The results report of the integrity measures (O24/O25) with 100 phone photos: our PDF against
LibreOffice converting our own DOCX of the same report, measured side by side in one run.

One run builds a database: a unit, ten measures whose photos go 1, 2 or 4 to a row (the mix
the demo uses), and ``--photos`` 12-megapixel phone-like JPEGs (noise over a gradient, quality
90, about 4-5 MB each) made ready as the import stores them (``media.photos.
prepare_photo_bytes``: reduced decoding to 1,890 px, the half and the quarter pictures) and
stored through the evidence service. Then:

- the PDF is exported through the report service (``prepare`` + ``export_bytes``) in a child
  process, which reports its time and its peak memory: the child's own ``ru_maxrss``
  (RUSAGE_SELF), the Python interpreter and the libraries included;
- the DOCX is exported the same way and converted by LibreOffice (``soffice --headless
  --convert-to pdf``, after one conversion that creates its profile, which is not counted);
  skipped with a message when soffice is missing.

Prints PDF time / LibreOffice time (target at most 0.05), the export's peak memory (at most
300 MB), our PDF's size against LibreOffice's (at most 1), and the lowest resolution of any
photo in our PDF at the size it is printed (at least 300 dpi).

    python benchmarks/results_report.py [--photos 100] [--keep DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

PHOTO_SIZE = (4000, 3000)
# Photos to a row of the ten measures, as the demo's measures mix them.
COLUMNS = (2, 2, 4, 1, 2, 4, 2, 1, 2, 2)


_BASE: list[object] = []


def _base():  # type: ignore[no-untyped-def]
    """Sensor-like noise over a gradient, made once per process (Pillow's noise generator
    takes seconds for 12 MP) and shifted for each photo."""
    from PIL import Image

    if not _BASE:
        width, height = PHOTO_SIZE
        gradient = Image.linear_gradient("L").resize((width, height))
        bands = [Image.blend(Image.effect_noise((width, height), 28 + 3 * k), gradient,
                             0.35 + 0.1 * k) for k in range(3)]
        _BASE.append(Image.merge("RGB", bands))
    return _BASE[0]


def phone_photo(n: int) -> bytes:
    """A 12 MP JPEG with a phone photo's weight: the noisy base shifted, a bright block that
    makes each photo different, quality 90 as phones save them."""
    from PIL import ImageChops, ImageDraw

    width, height = PHOTO_SIZE
    image = ImageChops.offset(_base(), (n * 211) % width, (n * 127) % height)
    draw = ImageDraw.Draw(image)
    left = (n * 337) % (width - 900)
    draw.rectangle((left, 600, left + 900, 1500), fill=((n * 47) % 256, 180, (n * 91) % 256))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def prepared_photo(n: int):  # type: ignore[no-untyped-def]
    from ita_desktop.media.photos import prepare_photo_bytes

    data = phone_photo(n)
    return len(data), prepare_photo_bytes(data, f"IMG_{n:04d}.jpg")


def build_database(path: Path, photos: int) -> float:
    """The database of the benchmark; returns the mean size of the phone photos in MB."""
    from ita_desktop.domain.evidence import Area, Measure
    from ita_desktop.domain.roster import Person
    from ita_desktop.domain.unit_profile import UnitProfile
    from ita_desktop.domain.units import UnitKind
    from ita_desktop.services import evidence
    from ita_desktop.services.evidence import PreparedImport
    from ita_desktop.store import open_database
    from ita_desktop.store.people import PeopleRepository
    from ita_desktop.store.unit import UnitRepository

    db = open_database(path)
    try:
        boss = PeopleRepository(db).add(Person("pol_col", "วิชัย", "ตัวอย่าง")).id
        UnitRepository(db).save(UnitProfile(
            UnitKind.PROVINCIAL_IMMIGRATION, full_name="ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์",
            short_name="ตม.จว.ศรีวารินทร์", commander_id=boss, version=0))
        measures = [evidence.save_measure(db, Measure(
            2568, Area.SERVICE if k < 6 else Area.COMMUNICATION if k < 8 else Area.OIT,
            f"มาตรการที่ {k + 1}", result="- ดำเนินการตามมาตรการครบถ้วน",
            photo_columns=columns)) for k, columns in enumerate(COLUMNS)]
        with ProcessPoolExecutor(2) as pool:
            made = list(pool.map(prepared_photo, range(photos)))
        for k, measure in enumerate(measures):
            mine = tuple(photo for n, (_size, photo) in enumerate(made)
                         if n % len(measures) == k)
            evidence.store_import(db, 2568, PreparedImport(mine, ()), measure_id=measure.id)
        return sum(size for size, _photo in made) / len(made) / 1e6
    finally:
        db.close()


def export(db_path: str, fmt: str, out: str) -> None:
    """In the child: export ``fmt`` through the report service, print time and peak RSS."""
    import resource

    from ita_desktop.domain.digits import DigitStyle
    from ita_desktop.services import reports
    from ita_desktop.store import open_database

    db = open_database(Path(db_path))
    cold = time.perf_counter()
    reports.export_bytes(db, reports.prepare(db, "integrity-results", 2568, DigitStyle.THAI),
                         fmt)
    # Timed again as a running program exports: the libraries, the fonts and the Thai word
    # list are loaded by its first document (as benchmarks/report_render.py does).
    start = time.perf_counter()
    first = start - cold
    prepared = reports.prepare(db, "integrity-results", 2568, DigitStyle.THAI)
    data = reports.export_bytes(db, prepared, fmt)
    seconds = time.perf_counter() - start
    Path(out).write_bytes(data)
    db.close()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "first": first, "peak_mb": peak_kb / 1024}))


def _child(db: Path, fmt: str, out: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--export", str(db), fmt, str(out)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _soffice(source: Path, out_dir: Path, profile: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--norestore", "--convert-to", "pdf", "--outdir", str(out_dir),
                    str(source)], capture_output=True, check=True, timeout=1200)
    return time.perf_counter() - start


def lowest_dpi(pdf: bytes) -> tuple[float, int]:
    """The lowest resolution of any image at its printed size, and the number of images."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = pdfium.PdfDocument(pdf)
    lowest, count = float("inf"), 0
    try:
        for page in document:
            for image in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=4):
                left, bottom, right, top = image.get_bounds()
                px_w, px_h = image.get_px_size()
                lowest = min(lowest, px_w / ((right - left) / 72), px_h / ((top - bottom) / 72))
                count += 1
    finally:
        document.close()
    return lowest, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="keep the database and files in this folder")
    parser.add_argument("--export", nargs=3, metavar=("DB", "FORMAT", "OUT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.export:
        export(*args.export)
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="results-report-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        db = folder / "results.sqlite"
        db.unlink(missing_ok=True)
        start = time.perf_counter()
        mean_mb = build_database(db, args.photos)
        print(f"database: {args.photos} photos of {PHOTO_SIZE[0]}x{PHOTO_SIZE[1]} "
              f"(mean {mean_mb:.1f} MB each), stored as the import does, in "
              f"{time.perf_counter() - start:.0f} s")
        ours = folder / "ours.pdf"
        pdf_run = _child(db, "pdf", ours)
        pdf = ours.read_bytes()
        dpi, images = lowest_dpi(pdf)
        print(f"our PDF: {pdf_run['seconds']:.2f} s ({pdf_run['first']:.2f} s as the first "
              f"document of a fresh process), {len(pdf) / 1e6:.1f} MB, {images} photos")
        print(f"lowest photo resolution in our PDF: {dpi:.0f} dpi (target >= 300)")
        print(f"peak memory of the export: {pdf_run['peak_mb']:.0f} MB, the child process's "
              "ru_maxrss (target <= 300)")
        docx = folder / "report.docx"
        docx_run = _child(db, "docx", docx)
        print(f"our DOCX: {docx_run['seconds']:.2f} s, {docx.stat().st_size / 1e6:.1f} MB")
        if shutil.which("soffice") is None:
            print("LibreOffice (soffice) is not installed: no side-by-side figures")
            return 0
        profile = folder / "lo-profile"
        warm = folder / "warm"
        warm.mkdir(exist_ok=True)
        (warm / "start.txt").write_text("start")
        _soffice(warm / "start.txt", warm, profile)  # creates the profile: not counted
        converted = folder / "libreoffice"
        converted.mkdir(exist_ok=True)
        lo_seconds = _soffice(docx, converted, profile)
        lo_pdf = (converted / "report.pdf").read_bytes()
        lo_dpi, lo_images = lowest_dpi(lo_pdf)
        print(f"LibreOffice: {lo_seconds:.2f} s, {len(lo_pdf) / 1e6:.1f} MB, {lo_images} photos "
              f"(lowest {lo_dpi:.0f} dpi)")
        print(f"PDF time / LibreOffice time: {pdf_run['seconds'] / lo_seconds:.3f} "
              f"(target <= 0.05; first document of a fresh process: "
              f"{pdf_run['first'] / lo_seconds:.3f})")
        print(f"our PDF size / LibreOffice's: {len(pdf) / len(lo_pdf):.2f} (target <= 1)")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
