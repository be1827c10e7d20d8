"""Draws the program's icon (resources/icons/): a navy tile with an official paper headed
"ITA" and a gold tick, in the bundled Sarabun. Run again only to change the icon; its output is
committed, so a build needs nothing but the files.

    python packaging/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ita_desktop.resources import resource_path, sarabun_folder

SIZE = 1024
NAVY = (31, 58, 104, 255)
GOLD = (212, 160, 23, 255)
PAPER = (250, 250, 247, 255)
LINES = (160, 172, 196, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((40, 40, SIZE - 40, SIZE - 40), radius=180, fill=NAVY)
    # the paper, its corner folded
    left, top, right, bottom, fold = 250, 150, 774, 874, 130
    pen.polygon([(left, top), (right - fold, top), (right, top + fold), (right, bottom),
                 (left, bottom)], fill=PAPER)
    pen.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)],
                fill=LINES)
    font = ImageFont.truetype(str(sarabun_folder() / "Sarabun-Bold.ttf"), 250)
    pen.text(((left + right) // 2 - 20, 330), "ITA", font=font, fill=NAVY, anchor="mm")
    for y in (520, 600, 680):
        pen.rounded_rectangle((left + 70, y, right - 200, y + 28), radius=14, fill=LINES)
    # the tick in a gold disc over the paper's lower right corner
    cx, cy, r = 735, 735, 190
    pen.ellipse((cx - r, cy - r, cx + r, cy + r), fill=GOLD, outline=NAVY, width=24)
    pen.line([(cx - 95, cy + 5), (cx - 25, cy + 80), (cx + 105, cy - 75)], fill=PAPER,
             width=56, joint="curve")
    return image


def main() -> None:
    folder = resource_path("icons")
    folder.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(folder / "ita-desktop.png",
                                                             optimize=True)
    image.save(folder / "ita-desktop.ico", sizes=ICO_SIZES)
    print(f"wrote {Path(folder / 'ita-desktop.png')} and ita-desktop.ico")


if __name__ == "__main__":
    main()
