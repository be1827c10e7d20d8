"""Importing phone photos: the program against a bare Pillow loop, side by side in one run.

Generates once (cached in ``--cache``) phone-like 12-megapixel JPEGs (4000 × 3000, gradients,
shapes and sensor-like noise, about 4–5 MB each at quality 92, with Make/Model,
DateTimeOriginal and on every fourth one orientation 6) and HEIC files (4032 × 3024, with
EXIF). Then times:

(a)  the bare loop: one process, Pillow: open, decode whole, exif_transpose, resize to 2,400 px
     (LANCZOS), encode JPEG q85, a 320 px thumbnail;
(b)  the program: everything it does per photo from file to database, into a fresh migrated
     database: ``services.evidence.import_photos`` onto one measure (decoding in two worker
     threads, hashing, duplicate checks, the pictures and thumbnails stored in one
     transaction);
(c)  reduced decoding alone (``prepare_photo`` one after the other, one worker), for the record;
(d)  the preparation alone in two worker threads (as the program runs it) against
(e)  the same in two spawned worker processes, to show which the program should use.
and for HEIC (a') the bare pillow-heif loop against (b') the program with two workers.

The variants take turns batch by batch (10 photos, 4 HEIC), so that what else a shared
machine does weighs on all of them alike; each prints its total time and its ratio to (a).
Targets (issue 13): (b)/(a) <= 0.2 for JPEG, (b')/(a') <= 0.6 for HEIC.

    python benchmarks/photo_import.py [--photos 100] [--heic 20] [--quick] [--cache DIR]
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps  # noqa: E402

from ita_desktop.domain.evidence import Area, Measure  # noqa: E402
from ita_desktop.media.images import ImageFileError  # noqa: E402
from ita_desktop.media.photos import prepare_photo, prepare_photos  # noqa: E402
from ita_desktop.services.evidence import import_photos, save_measure  # noqa: E402
from ita_desktop.store import open_database  # noqa: E402
from ita_desktop.store.database import Database  # noqa: E402

JPEG_SIZE = (4000, 3000)
HEIC_SIZE = (4032, 3024)
BARE_LONG_SIDE = 2400
THUMB = 320
# Sensor noise strong enough that quality 92 weighs what a phone's 12 MP JPEG does. Phones
# denoise before HEVC coding (about 2 MB a photo); full grain would make x265 take minutes.
NOISE_SIGMA = 10
HEIC_NOISE_SIGMA = 4
FIRST_TAKEN = datetime(2025, 1, 6, 8, 30)
FISCAL_YEAR = 2568
# Variants take turns batch by batch (see side_by_side).
BATCH = 10
HEIC_BATCH = 4


def _noise(size: tuple[int, int], sigma: float) -> Image.Image:
    """Grain around mid-grey, one plane per channel (Pillow's Gaussian noise)."""
    return Image.merge("RGB", [Image.effect_noise(size, sigma) for _ in range(3)])


def _scene(size: tuple[int, int], index: int, grain: Image.Image) -> Image.Image:
    """A photo-like picture: lit gradient, walls and counters, signs with lines of "text",
    fine texture and grain; different per ``index``."""
    rng = random.Random(index)
    width, height = size
    gradient = Image.linear_gradient("L").rotate(rng.randrange(360)).resize(size)
    light = Image.radial_gradient("L").resize(size)
    base = Image.merge("RGB", [
        ImageChops.multiply(gradient, Image.new("L", size, rng.randrange(120, 255))),
        ImageChops.screen(light, Image.new("L", size, rng.randrange(30, 120))),
        ImageChops.add(gradient, light, 2.0, rng.randrange(0, 60)),
    ])
    draw = ImageDraw.Draw(base)
    for _ in range(40):
        x, y = rng.randrange(width), rng.randrange(height)
        w, h = rng.randrange(80, width // 3), rng.randrange(80, height // 3)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        if rng.random() < 0.5:
            draw.rectangle((x, y, x + w, y + h), fill=colour)
        else:
            draw.ellipse((x, y, x + w, y + h), fill=colour)
    for _ in range(8):  # signs: a light board with dark strokes like lines of writing
        x, y = rng.randrange(width - 700), rng.randrange(height - 400)
        draw.rectangle((x, y, x + 660, y + 360), fill=(240, 238, 225), outline=(30, 30, 30),
                       width=8)
        for line in range(6):
            for word in range(rng.randrange(4, 9)):
                wx = x + 30 + word * 75
                draw.rectangle((wx, y + 30 + line * 55, wx + rng.randrange(30, 68),
                                y + 60 + line * 55), fill=(20, 20, 90))
    # Texture: the scene's own edges softened, then the grain of the sensor on top.
    base = base.filter(ImageFilter.GaussianBlur(1.2))
    dx, dy = rng.randrange(grain.width - width), rng.randrange(grain.height - height)
    return ImageChops.add(base, grain.crop((dx, dy, dx + width, dy + height)), 1.0, -128)


def _exif(index: int, turned: bool) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "BenchPhone"
    exif[0x0110] = "BP-12"
    if turned:
        exif[0x0112] = 6
    taken = FIRST_TAKEN + timedelta(minutes=7 * index)
    exif.get_ifd(0x8769)[36867] = taken.strftime("%Y:%m:%d %H:%M:%S")
    return exif


def generate(cache: Path, photos: int, heic: int) -> tuple[list[Path], list[Path]]:
    """The benchmark's files, made once and reused by later runs."""
    cache.mkdir(parents=True, exist_ok=True)
    jpegs = [cache / f"IMG_{index:04d}.jpg" for index in range(photos)]
    heics = [cache / f"IMG_{index:04d}.heic" for index in range(heic)]
    missing = [p for p in jpegs + heics if not p.exists()]
    if missing:
        print(f"generating {len(missing)} photos in {cache} (once) ...", flush=True)
        grain_size = (HEIC_SIZE[0] + 300, HEIC_SIZE[1] + 300)
        grain = _noise(grain_size, NOISE_SIGMA)
        heic_grain = _noise(grain_size, HEIC_NOISE_SIGMA)
    for index, path in enumerate(jpegs):
        if not path.exists():
            picture = _scene(JPEG_SIZE, index, grain)
            turned = index % 4 == 3  # held upright: stored sideways, orientation 6 turns it
            if turned:
                picture = picture.transpose(Image.Transpose.ROTATE_90)
            _write_atomic(path, lambda out, p=picture, i=index, t=turned: p.save(
                out, format="JPEG", quality=92, exif=_exif(i, t).tobytes()))
    for index, path in enumerate(heics):
        if not path.exists():
            import pillow_heif

            heif = pillow_heif.from_pillow(_scene(HEIC_SIZE, 1000 + index, heic_grain))
            # x265's fastest preset: the files decode the same, and generating stays short.
            _write_atomic(path, lambda out, h=heif, i=index: h.save(
                out, quality=60, exif=_exif(i, False).tobytes(),
                enc_params={"preset": "ultrafast"}))
    return jpegs, heics


def _write_atomic(path: Path, write: Callable[[io.BytesIO], None]) -> None:
    """Whole or not at all: an interrupted generation is made again, not timed half."""
    out = io.BytesIO()
    write(out)
    part = path.with_suffix(path.suffix + ".part")
    part.write_bytes(out.getvalue())
    part.replace(path)


def bare_loop(paths: Sequence[Path]) -> None:
    """What a program without reduced decoding does: decode whole, turn, scale, encode."""
    from pillow_heif import register_heif_opener

    register_heif_opener()
    for path in paths:
        with Image.open(path) as image:
            image.load()
            upright = ImageOps.exif_transpose(image).convert("RGB")
            scale = BARE_LONG_SIDE / max(upright.size)
            size = (round(upright.width * scale), round(upright.height * scale))
            scaled = upright.resize(size, Image.Resampling.LANCZOS)
            scaled.save(io.BytesIO(), format="JPEG", quality=85)
            thumb = scaled.copy()
            thumb.thumbnail((THUMB, THUMB))
            thumb.save(io.BytesIO(), format="JPEG", quality=80)


class Program:
    """Everything the program does per photo, into a fresh migrated database: the import the
    window and ``import photos`` run, onto one measure. The database is made on the first
    batch, inside its time, and every batch imports into it, as one import of all would."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "bench.sqlite"
        self.db: Database | None = None
        self.measure_id: int | None = None

    def __call__(self, paths: Sequence[Path]) -> None:
        if self.db is None:
            self.db = open_database(self.path)
            self.measure_id = save_measure(self.db, Measure(
                fiscal_year=FISCAL_YEAR, area=Area.SERVICE,
                title="จุดให้บริการ One Stop Service")).id
        outcome = import_photos(self.db, FISCAL_YEAR, paths, measure_id=self.measure_id)
        if len(outcome.added) != len(paths):
            raise SystemExit(f"photos skipped: {[str(s.reason) for s in outcome.skipped]}")

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


def reduced_alone(paths: Sequence[Path]) -> None:
    for path in paths:
        prepare_photo(path)


def in_threads(paths: Sequence[Path]) -> None:
    for result in prepare_photos(paths, workers=2):
        if isinstance(result, ImageFileError):
            raise result


class InProcesses:
    """prepare_photo in two spawned processes, as the program would run it with processes:
    the pool is started on the first batch, inside its time, and kept for the others."""

    def __init__(self) -> None:
        self.pool: ProcessPoolExecutor | None = None

    def __call__(self, paths: Sequence[Path]) -> None:
        if self.pool is None:
            self.pool = ProcessPoolExecutor(max_workers=2,
                                            mp_context=multiprocessing.get_context("spawn"))
        for result in self.pool.map(prepare_photo, paths):
            if isinstance(result, ImageFileError):
                raise result

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()


def side_by_side(paths: Sequence[Path], variants: dict[str, Callable[[Sequence[Path]], None]],
                 batch: int = BATCH) -> dict[str, float]:
    """Seconds each variant takes over ``paths``, run batch by batch in turn (the first to go
    changing each batch), so that whatever else the machine does weighs on all alike."""
    totals = dict.fromkeys(variants, 0.0)
    names = list(variants)
    for number, start in enumerate(range(0, len(paths), batch)):
        chunk = paths[start:start + batch]
        turn = number % len(names)
        for name in names[turn:] + names[:turn]:
            began = time.perf_counter()
            variants[name](chunk)
            totals[name] += time.perf_counter() - began
    return totals


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--heic", type=int, default=20)
    parser.add_argument("--quick", action="store_true", help="10 photos and 4 HEIC")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/ita-photo-bench"))
    args = parser.parse_args(argv)
    if args.quick:
        args.photos, args.heic = 10, 4
    jpegs, heics = generate(args.cache, args.photos, args.heic)
    megabytes = sum(p.stat().st_size for p in jpegs) / len(jpegs) / 1e6 if jpegs else 0
    print(f"cores: {os.cpu_count()}; {len(jpegs)} JPEGs {JPEG_SIZE[0]}×{JPEG_SIZE[1]} "
          f"({megabytes:.1f} MB each on average), {len(heics)} HEIC "
          f"{HEIC_SIZE[0]}×{HEIC_SIZE[1]}; load average before: {os.getloadavg()[0]:.1f}")
    print("the program: services.evidence.import_photos onto one measure of a fresh migrated "
          "database (two worker threads)")
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "jpeg").mkdir()
        program, processes = Program(Path(folder) / "jpeg"), InProcesses()
        try:
            if jpegs:
                took = side_by_side(jpegs, {"bare": bare_loop, "program": program,
                                            "alone": reduced_alone, "threads": in_threads,
                                            "processes": processes})
                bare = took["bare"]
                for label, key, note in (
                        ("(a) bare Pillow loop, one process", "bare", ""),
                        ("(b) the program", "program", " (target <= 0.2)"),
                        ("(c) reduced decoding alone, one worker", "alone", ""),
                        ("(d) preparation alone, two threads", "threads", ""),
                        ("(e) preparation alone, two spawned processes", "processes", "")):
                    ratio = "" if key == "bare" else f"  ratio {took[key] / bare:.3f}{note}"
                    print(f"JPEG {label:<46} {took[key]:7.2f} s{ratio}")
        finally:
            program.close()
            processes.close()
        heic_program = Program(Path(folder))
        try:
            if heics:
                took = side_by_side(heics, {"bare": bare_loop, "program": heic_program},
                                    batch=HEIC_BATCH)
                print(f"HEIC (a') bare pillow-heif loop, one process    {took['bare']:7.2f} s")
                print(f"HEIC (b') the program                           {took['program']:7.2f} s"
                      f"  ratio {took['program'] / took['bare']:.3f} (target <= 0.6)")
        finally:
            heic_program.close()
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
