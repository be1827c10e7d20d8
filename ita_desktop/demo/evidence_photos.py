"""Drawn stand-ins for the photos a unit takes as evidence of its measures.

The demo must show the photo evidence tab and the results report filled in, without shipping a
single real photo (real photos show real officers and real premises). So each scene is drawn
with PIL the way such photos look in the seeds' reports: the One Stop Service counter under its
sign, a No Gift Policy board, a QR sign for the manual, the water dispenser and the seats, the
meeting room, the website on a screen. Thai is drawn with the bundled Sarabun (PIL shapes it
through raqm, so stacked vowels and tone marks sit right).

Speed matters more than art: the demo database is built by many tests. Colours are flat (JPEG
encodes them quickly and small), one room background per orientation is drawn once and copied,
and nothing is blurred or resampled at full size.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from ita_desktop.resources import sarabun_folder

LANDSCAPE = (2000, 1500)
PORTRAIT = (1500, 2000)
JPEG_QUALITY = 80  # as a phone's "normal" setting; flat colours stay small at this quality

_EXIF_IFD = 0x8769
_DATE_TIME = 0x0132
_DATE_TIME_ORIGINAL = 0x9003
_MAKE, _MODEL = 0x010F, 0x0110

WALL = (236, 231, 218)
WALL_SHADE = (222, 216, 201)
FLOOR = (196, 188, 172)
FLOOR_LINE = (178, 170, 154)
NAVY = (24, 54, 104)
GOLD = (201, 160, 56)
RED = (190, 36, 42)
WHITE = (252, 252, 250)
INK = (34, 34, 38)
UNIFORM = (139, 104, 66)  # the police's khaki-brown, which immigration officers wear too
WOOD = (150, 104, 62)
GREY = (120, 124, 130)
SCREEN = (28, 30, 36)


@dataclass(frozen=True)
class Signage:
    """The unit's words as its signs print them."""

    unit_name: str        # "ตรวจคนเข้าเมืองจังหวัดศรีวารินทร์"
    unit_short: str       # "ตม.จว.ศรีวารินทร์"
    website: str          # "immigration-demo.example.org"
    meeting_title: str = ""  # the slide on the meeting room's screen
    order_number: str = ""   # "222/2567": the committee order on the notice board


@cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "Sarabun-Bold.ttf" if bold else "Sarabun-Regular.ttf"
    return ImageFont.truetype(str(sarabun_folder() / name), size)


@cache
def _room(size: tuple[int, int]) -> Image.Image:
    """An office interior: wall with a shaded band, skirting, tiled floor, ceiling light.
    Drawn once per orientation; every scene starts from a copy."""
    width, height = size
    image = Image.new("RGB", size, WALL)
    draw = ImageDraw.Draw(image)
    horizon = int(height * 0.66)
    # Light falls off towards the corners of a room lit from the ceiling's middle.
    for band in range(6):
        shade = tuple(c - 2 * band for c in WALL)
        inset = band * width // 14
        draw.rectangle((0, 0, inset, horizon), fill=shade)
        draw.rectangle((width - inset, 0, width, horizon), fill=shade)
    draw.rectangle((0, 0, width, height // 40), fill=(246, 244, 238))
    draw.rectangle((width // 2 - width // 6, height // 40, width // 2 + width // 6,
                    height // 40 + 14), fill=(255, 255, 240))
    draw.rectangle((0, horizon - 30, width, horizon), fill=WALL_SHADE)
    draw.rectangle((0, horizon, width, height), fill=FLOOR)
    # Floor tiles in perspective: lines fanning out from a vanishing point above the room.
    vanish_x, vanish_y = width // 2, horizon - height
    for step in range(-12, 13):
        x = width // 2 + step * width // 8
        draw.line((vanish_x + (x - vanish_x) * (horizon - vanish_y) // (height - vanish_y),
                   horizon, x, height), fill=FLOOR_LINE, width=3)
    gap = 30
    y = horizon
    while y < height:
        draw.line((0, y, width, y), fill=FLOOR_LINE, width=3)
        y += gap
        gap = int(gap * 1.35)
    draw.rectangle((0, horizon, width, horizon + 10), fill=(120, 96, 70))
    return image


def _text(draw: ImageDraw.ImageDraw, centre: tuple[float, float], text: str, size: int,
          fill: tuple[int, int, int] = INK, bold: bool = False) -> None:
    draw.text(centre, text, font=_font(size, bold), fill=fill, anchor="mm")


def _lines(draw: ImageDraw.ImageDraw, top_centre: tuple[float, float], lines: list[str],
           size: int, fill: tuple[int, int, int] = INK, bold: bool = False,
           spacing: float = 1.45) -> None:
    x, y = top_centre
    for line in lines:
        _text(draw, (x, y + size * 0.6), line, size, fill, bold)
        y += size * spacing


def _board(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int],
           fill: tuple[int, int, int] = WHITE, frame: tuple[int, int, int] = GREY,
           frame_width: int = 14) -> None:
    """A framed sign on the wall, with the shadow a flash throws beneath it."""
    left, top, right, bottom = box
    draw.rectangle((left + 18, top + 22, right + 18, bottom + 22), fill=WALL_SHADE)
    draw.rectangle(box, fill=frame)
    draw.rectangle((left + frame_width, top + frame_width, right - frame_width,
                    bottom - frame_width), fill=fill)


def _person(draw: ImageDraw.ImageDraw, x: int, floor: int, height: int,
            shirt: tuple[int, int, int] = UNIFORM, seated: bool = False,
            skin: tuple[int, int, int] = (214, 170, 130)) -> None:
    """A figure seen from the front: head, shoulders, body (legs hidden when seated)."""
    head = height // 7
    shoulders = height // 4
    top = floor - height
    draw.ellipse((x - head // 2, top, x + head // 2, top + head), fill=skin)
    draw.chord((x - head // 2 - 2, top - 4, x + head // 2 + 2, top + head * 3 // 4), 180, 360,
               fill=(30, 28, 28))
    body_bottom = floor - (height // 3 if not seated else 0)
    draw.rounded_rectangle((x - shoulders // 2, top + head + 6, x + shoulders // 2,
                            body_bottom), radius=shoulders // 4, fill=shirt)
    if seated:
        # The lap over the seat, so a seated figure does not read as standing.
        draw.rounded_rectangle((x - shoulders // 2 - 6, floor - head // 2, x + shoulders // 2 + 6,
                                floor + head // 3), radius=head // 5, fill=(50, 44, 40))
    else:
        draw.rectangle((x - shoulders // 3, body_bottom, x - 6, floor), fill=(50, 44, 40))
        draw.rectangle((x + 6, body_bottom, x + shoulders // 3, floor), fill=(50, 44, 40))


def _qr(draw: ImageDraw.ImageDraw, left: int, top: int, side: int, seed: int) -> None:
    """Something that reads as a QR code in a photo (not a decodable one: the demo links
    nowhere): modules at random, the three finder squares in their corners."""
    cells = 29
    cell = side // cells
    draw.rectangle((left - cell * 2, top - cell * 2, left + cell * (cells + 2),
                    top + cell * (cells + 2)), fill=WHITE)
    rng = random.Random(seed)
    for row in range(cells):
        for col in range(cells):
            if rng.random() < 0.48:
                draw.rectangle((left + col * cell, top + row * cell, left + (col + 1) * cell - 1,
                                top + (row + 1) * cell - 1), fill=INK)
    for cx, cy in ((0, 0), (cells - 7, 0), (0, cells - 7)):
        x0, y0 = left + cx * cell, top + cy * cell
        draw.rectangle((x0 - cell, y0 - cell, x0 + 8 * cell, y0 + 8 * cell), fill=WHITE)
        draw.rectangle((x0, y0, x0 + 7 * cell - 1, y0 + 7 * cell - 1), fill=INK)
        draw.rectangle((x0 + cell, y0 + cell, x0 + 6 * cell - 1, y0 + 6 * cell - 1), fill=WHITE)
        draw.rectangle((x0 + 2 * cell, y0 + 2 * cell, x0 + 5 * cell - 1, y0 + 5 * cell - 1),
                       fill=INK)


def _chair_row(draw: ImageDraw.ImageDraw, left: int, floor: int, count: int, seat: int,
               colour: tuple[int, int, int]) -> None:
    for i in range(count):
        x = left + i * (seat + 24)
        draw.rounded_rectangle((x, floor - seat * 2, x + seat, floor - seat), radius=18,
                               fill=colour)
        draw.rectangle((x - 6, floor - seat, x + seat + 6, floor - seat + 34), fill=colour)
        draw.rectangle((x + 10, floor - seat + 34, x + 24, floor), fill=GREY)
        draw.rectangle((x + seat - 24, floor - seat + 34, x + seat - 10, floor), fill=GREY)


# --- the scenes -----------------------------------------------------------------------------


def _counter(image: Image.Image, sign: Signage, variant: int) -> None:
    """The One Stop Service counter under its sign, an officer behind it, the name plate."""
    draw = ImageDraw.Draw(image)
    width, height = image.size
    _board(draw, (260, 90, width - 260, 380), fill=NAVY, frame=GOLD)
    _text(draw, (width // 2, 190), "One Stop Service", 120, WHITE, bold=True)
    _text(draw, (width // 2, 310), "ประชาสัมพันธ์ / Information", 78, GOLD, bold=True)
    floor = int(height * 0.9)
    _person(draw, width // 2 - 260 + variant * 420, floor - 330, 520, seated=True)
    if variant:
        _person(draw, width // 2 - 420, floor - 330, 520, shirt=(96, 72, 48), seated=True)
    draw.rectangle((140, floor - 420, width - 140, floor), fill=WOOD)
    draw.rectangle((120, floor - 450, width - 120, floor - 400), fill=(196, 160, 112))
    plate = (width // 2 - 330, floor - 640, width // 2 + 330, floor - 455)
    draw.rectangle(plate, fill=WHITE, outline=NAVY, width=8)
    _text(draw, (width // 2, floor - 590), "ร.ต.อ.หญิง ศิริพร นาคสวัสดิ์", 48, NAVY, bold=True)
    _text(draw, (width // 2, floor - 510), "โทร./Tel. 081 000 0112", 44, INK)
    # The queue ticket machine beside the counter.
    draw.rectangle((width - 330, floor - 700, width - 170, floor - 420), fill=(60, 120, 180))
    draw.rectangle((width - 300, floor - 660, width - 200, floor - 580), fill=SCREEN)
    _text(draw, (width - 250, floor - 540), "บัตรคิว", 40, WHITE, bold=True)


def _wayfinding(image: Image.Image, sign: Signage, variant: int) -> None:
    """A tall sign pointing to the service points (one photo to a row)."""
    draw = ImageDraw.Draw(image)
    width, _height = image.size
    _board(draw, (170, 160, width - 170, 1480), fill=WHITE, frame=NAVY, frame_width=24)
    draw.rectangle((194, 184, width - 194, 470), fill=NAVY)
    _text(draw, (width // 2, 270), "ศูนย์บริการ", 96, WHITE, bold=True)
    _text(draw, (width // 2, 390), "One Stop Service", 92, GOLD, bold=True)
    rows = [("ประชาสัมพันธ์ / Information", "↑"), ("รายงานตัว 90 วัน / 90-Day Report", "→"),
            ("ขออยู่ต่อ / Extension of Stay", "→"), ("แจ้งที่พัก / Notification", "←"),
            ("ห้องน้ำ / Toilet", "←")]
    y = 540
    for label, arrow in rows:
        draw.rectangle((230, y, width - 230, y + 140), fill=(232, 238, 248))
        draw.text((270, y + 70), label, font=_font(54, True), fill=NAVY, anchor="lm")
        _text(draw, (width - 300, y + 70), arrow, 110, RED, bold=True)
        y += 162
    _text(draw, (width // 2, 1410), sign.unit_name, 52, NAVY, bold=True)


def _pledge(image: Image.Image, sign: Signage, variant: int) -> None:
    """The service pledge and its steps, in Thai and English."""
    draw = ImageDraw.Draw(image)
    width, _height = image.size
    _board(draw, (160, 80, width - 160, 940), fill=WHITE, frame=NAVY)
    _text(draw, (width // 2, 170), "พันธสัญญาการให้บริการ / Service Pledge", 76, NAVY, bold=True)
    title = ("ขั้นตอนการขออยู่ต่อในราชอาณาจักร (Extension of Stay)" if variant == 0
             else "ขั้นตอนการรายงานตัว 90 วัน (90-Day Report)")
    _text(draw, (width // 2, 265), title, 52, INK)
    steps = ([("ยื่นคำร้อง", "Submit"), ("ตรวจเอกสาร", "Check"), ("พิจารณา", "Review"),
              ("รับเอกสาร", "Receive")] if variant == 0 else
             [("รับบัตรคิว", "Queue"), ("ยื่นแบบ ตม.47", "Form TM.47"),
              ("ตรวจสอบ", "Check"), ("รับใบรับแจ้ง", "Receipt")])
    minutes = ("15 นาที", "20 นาที", "30 นาที", "10 นาที") if variant == 0 else \
        ("5 นาที", "10 นาที", "5 นาที", "5 นาที")
    box = (width - 420) // 4
    for i, ((thai, english), time_text) in enumerate(zip(steps, minutes, strict=True)):
        left = 230 + i * box
        draw.rounded_rectangle((left, 360, left + box - 70, 760), radius=30,
                               fill=(222, 234, 250), outline=NAVY, width=6)
        draw.ellipse((left + box // 2 - 95, 385, left + box // 2 - 35, 445), fill=GOLD)
        _text(draw, (left + box // 2 - 65, 415), str(i + 1), 44, WHITE, bold=True)
        _lines(draw, (left + box // 2 - 35, 480), [thai, english], 44, NAVY, bold=True)
        _text(draw, (left + box // 2 - 35, 700), time_text, 46, RED, bold=True)
        if i < 3:
            _text(draw, (left + box - 35, 560), "▶", 60, GOLD)
    _text(draw, (width // 2, 860), "รวมระยะเวลาไม่เกิน 75 นาที / Total: within 75 minutes"
          if variant == 0 else "รวมระยะเวลาไม่เกิน 25 นาที / Total: within 25 minutes",
          50, INK, bold=True)


def _no_gift(image: Image.Image, sign: Signage, variant: int) -> None:
    """The No Gift Policy board, Thai and English, the commander's name beneath."""
    draw = ImageDraw.Draw(image)
    width, _height = image.size
    _board(draw, (150, 150, width - 150, 1560), fill=WHITE, frame=GOLD, frame_width=22)
    draw.rectangle((172, 172, width - 172, 480), fill=RED)
    _text(draw, (width // 2, 280), "No Gift Policy", 128, WHITE, bold=True)
    _text(draw, (width // 2, 410), "นโยบายไม่รับของขวัญ", 84, WHITE, bold=True)
    # A gift box, struck through.
    cx, cy = width // 2, 720
    draw.rectangle((cx - 150, cy - 90, cx + 150, cy + 160), fill=(232, 180, 60))
    draw.rectangle((cx - 170, cy - 150, cx + 170, cy - 80), fill=(220, 150, 40))
    draw.rectangle((cx - 22, cy - 150, cx + 22, cy + 160), fill=RED)
    draw.ellipse((cx - 250, cy - 250, cx + 250, cy + 250), outline=RED, width=40)
    draw.line((cx - 175, cy + 175, cx + 175, cy - 175), fill=RED, width=40)
    _lines(draw, (width // 2, 1010), [
        sign.unit_short, "งดรับ งดให้ ของขวัญและของกำนัลทุกชนิด",
        "จากการปฏิบัติหน้าที่", "We do not accept gifts or benefits",
        "of any kind in performing our duties."], 56, INK, bold=False)
    _text(draw, (width // 2, 1480), "ผู้กำกับการ" + sign.unit_name, 44, NAVY, bold=True)


def _manual_qr(image: Image.Image, sign: Signage, variant: int) -> None:
    """The sign that invites people to download the service manual by its QR code."""
    draw = ImageDraw.Draw(image)
    width, _height = image.size
    _board(draw, (220, 110, width - 220, 950), fill=(236, 244, 252), frame=NAVY)
    _text(draw, (width // 2, 200), "Download คู่มือการให้บริการ", 88, NAVY, bold=True)
    _text(draw, (width // 2, 300), "Service Manual & Checklist", 64, INK)
    _qr(draw, 320, 400, 440, seed=13 + variant)
    _lines(draw, (1240, 430), ["สแกนเพื่อดาวน์โหลด", "Scan to download", "",
                               "ภาษาไทย / English"], 58, NAVY, bold=True)
    _text(draw, (1240, 860), sign.website, 46, INK)
    if variant:
        _person(draw, 1650, 1400, 760, shirt=(70, 110, 160))


def _seats(image: Image.Image, sign: Signage, variant: int) -> None:
    draw = ImageDraw.Draw(image)
    width, height = image.size
    _board(draw, (500, 130, width - 500, 360), fill=NAVY, frame=GOLD)
    _text(draw, (width // 2, 200), "ที่นั่งรอรับบริการ", 78, WHITE, bold=True)
    _text(draw, (width // 2, 300), "Waiting Area", 56, GOLD)
    _chair_row(draw, 180, int(height * 0.78), 8, 170, (40, 100, 160))
    _chair_row(draw, 90, int(height * 0.97), 9, 180, (40, 100, 160))
    _person(draw, 180 + 3 * 194 + 85, int(height * 0.78) - 170, 400, shirt=(180, 70, 70),
            seated=True)
    _person(draw, 180 + 6 * 194 + 85, int(height * 0.78) - 170, 380, shirt=(90, 140, 90),
            seated=True, skin=(236, 200, 170))


def _water(image: Image.Image, sign: Signage, variant: int) -> None:
    draw = ImageDraw.Draw(image)
    width, height = image.size
    floor = int(height * 0.9)
    x = width // 2 - 200
    draw.rectangle((x, floor - 760, x + 320, floor), fill=(232, 234, 238), outline=GREY,
                   width=6)
    draw.rounded_rectangle((x + 60, floor - 1120, x + 260, floor - 770), radius=70,
                           fill=(168, 210, 240))
    draw.rectangle((x + 130, floor - 790, x + 190, floor - 760), fill=(120, 170, 210))
    draw.rectangle((x + 60, floor - 600, x + 120, floor - 520), fill=(60, 120, 200))
    draw.rectangle((x + 200, floor - 600, x + 260, floor - 520), fill=RED)
    draw.rectangle((x + 40, floor - 470, x + 280, floor - 440), fill=GREY)
    table = (x + 480, floor - 420, x + 1100, floor - 380)
    draw.rectangle(table, fill=WOOD)
    draw.rectangle((x + 510, floor - 380, x + 540, floor), fill=WOOD)
    draw.rectangle((x + 1040, floor - 380, x + 1070, floor), fill=WOOD)
    for i in range(5):
        left = x + 530 + i * 100
        draw.polygon([(left, floor - 560), (left + 70, floor - 560), (left + 60, floor - 420),
                      (left + 10, floor - 420)], fill=WHITE, outline=GREY)
    _board(draw, (x + 460, floor - 980, x + 1160, floor - 700), fill=WHITE, frame=NAVY,
           frame_width=10)
    _text(draw, (x + 810, floor - 890), "บริการน้ำดื่ม", 72, NAVY, bold=True)
    _text(draw, (x + 810, floor - 790), "Free Drinking Water", 52, INK)


def _wifi_forms(image: Image.Image, sign: Signage, variant: int) -> None:
    draw = ImageDraw.Draw(image)
    width, height = image.size
    floor = int(height * 0.9)
    _board(draw, (180, 160, 860, 560), fill=WHITE, frame=(40, 140, 90))
    _text(draw, (520, 260), "Free Wi-Fi", 96, (40, 140, 90), bold=True)
    _text(draw, (520, 370), "อินเทอร์เน็ตฟรี", 64, INK, bold=True)
    _text(draw, (520, 470), "SSID: Immigration_Free", 44, INK)
    draw.rectangle((980, floor - 430, width - 160, floor - 380), fill=WOOD)
    draw.rectangle((1010, floor - 380, 1040, floor), fill=WOOD)
    draw.rectangle((width - 220, floor - 380, width - 190, floor), fill=WOOD)
    for i in range(3):
        left = 1040 + i * 260
        draw.polygon([(left, floor - 440), (left + 200, floor - 440), (left + 230, floor - 400),
                      (left + 30, floor - 400)], fill=WHITE, outline=GREY)
    _board(draw, (1040, 160, width - 200, 560), fill=(252, 248, 226), frame=NAVY,
           frame_width=10)
    _text(draw, (1400, 250), "โต๊ะกรอกแบบฟอร์ม", 66, NAVY, bold=True)
    _text(draw, (1400, 340), "Form Filling Desk", 50, INK)
    _text(draw, (1400, 450), "ตัวอย่างการกรอก / Sample", 46, RED, bold=True)


def _restroom(image: Image.Image, sign: Signage, variant: int) -> None:
    draw = ImageDraw.Draw(image)
    width, height = image.size
    floor = int(height * 0.9)
    for i, (label, colour) in enumerate((("ชาย / Male", NAVY), ("หญิง / Female", RED),
                                         ("ผู้พิการ / Accessible", (40, 110, 170)))):
        left = 160 + i * 600
        draw.rectangle((left, 420, left + 440, floor), fill=(214, 200, 180), outline=WOOD,
                       width=12)
        draw.ellipse((left + 395, floor - 400, left + 420, floor - 375), fill=GREY)
        _board(draw, (left + 40, 180, left + 400, 380), fill=WHITE, frame=colour,
               frame_width=10)
        _text(draw, (left + 220, 280), label, 44, colour, bold=True)
    # The ramp's handrail, in front of the last door.
    draw.line((1360, floor - 40, width - 80, floor - 260), fill=GREY, width=18)
    draw.line((1360, floor - 180, width - 80, floor - 400), fill=GREY, width=14)


def _screen(image: Image.Image, sign: Signage, variant: int) -> None:
    """A monitor on a desk: the unit's website (variant 0), its ITA page listing the OIT
    items (1: O1-O12, 3: O13-O24), or the online services page (2)."""
    draw = ImageDraw.Draw(image)
    width, height = image.size
    floor = int(height * 0.95)
    draw.rectangle((0, floor - 330, width, floor - 280), fill=WOOD)
    draw.rectangle((280, 160, width - 280, 1000), fill=SCREEN)
    left, top, right, bottom = 320, 200, width - 320, 960
    draw.rectangle((left, top, right, bottom), fill=WHITE)
    draw.rectangle((left, top, right, top + 48), fill=(214, 218, 224))
    draw.text((left + 30, top + 24), "https://" + sign.website + ("/ita" if variant in (1, 3)
                                                                 else ""),
              font=_font(30), fill=INK, anchor="lm")
    draw.rectangle((left, top + 48, right, top + 190), fill=NAVY)
    draw.ellipse((left + 30, top + 68, left + 130, top + 168), fill=GOLD)
    draw.text((left + 160, top + 100), sign.unit_name, font=_font(50, True), fill=WHITE,
              anchor="lm")
    draw.text((left + 160, top + 158), "Immigration Office · " + sign.unit_short,
              font=_font(30), fill=GOLD, anchor="lm")
    menu_x = left + 40
    for word in ("หน้าแรก", "เกี่ยวกับหน่วยงาน", "บริการ", "ข่าวสาร", "ITA", "ติดต่อเรา"):
        current = word == ("ITA" if variant in (1, 3) else "หน้าแรก")
        draw.text((menu_x, top + 230), word, font=_font(34, True), fill=GOLD if current else INK,
                  anchor="lm")
        menu_x += int(draw.textlength(word, font=_font(34, True))) + 60
    body_top = top + 280
    if variant in (1, 3):
        first = 0 if variant == 1 else 12
        draw.text((left + 40, body_top + 20), "การเปิดเผยข้อมูลสาธารณะ (OIT)"
                  if variant == 1 else "ข้อมูลสาธารณะ O13–O24 เผยแพร่แล้ว",
                  font=_font(44, True), fill=NAVY, anchor="lm")
        for i in range(12):
            column, row = divmod(i, 6)
            x, y = left + 40 + column * 640, body_top + 90 + row * 66
            draw.rectangle((x, y, x + 36, y + 36), fill=(40, 140, 90))
            draw.text((x + 54, y + 18), f"O{first + i + 1}  " + _OIT_NAMES[first + i],
                      font=_font(32), fill=INK, anchor="lm")
    elif variant == 2:
        for i, (thai, english) in enumerate((("จองคิวออนไลน์", "Online Queue"),
                                             ("รายงานตัว 90 วัน", "90-Day Report"),
                                             ("แจ้งที่พัก ตม.30", "TM.30"))):
            x = left + 50 + i * 440
            draw.rounded_rectangle((x, body_top + 40, x + 390, body_top + 380), radius=24,
                                   fill=(222, 234, 250), outline=NAVY, width=5)
            _lines(draw, (x + 195, body_top + 150), [thai, english], 40, NAVY, bold=True)
    else:
        draw.rectangle((left + 40, body_top + 20, left + 800, body_top + 400),
                       fill=(180, 200, 220))
        _person(draw, left + 420, body_top + 400, 330)
        for i in range(5):
            y = body_top + 40 + i * 76
            draw.rectangle((left + 850, y, right - 40, y + 22), fill=(200, 204, 210))
            draw.rectangle((left + 850, y + 34, right - 200, y + 50), fill=(226, 228, 232))
    draw.rectangle((width // 2 - 60, 1000, width // 2 + 60, floor - 330), fill=GREY)
    draw.rectangle((width // 2 - 260, floor - 350, width // 2 + 260, floor - 330), fill=GREY)


# Short names of the immigration OIT items as a unit's ITA page lists them.
_OIT_NAMES = ("โครงสร้างและอำนาจหน้าที่", "ข้อมูลผู้บริหาร", "กฎหมายที่เกี่ยวข้อง", "ข้อมูลการติดต่อ",
              "การประชาสัมพันธ์ข้อมูลข่าวสาร", "ผลการปฏิบัติงาน", "คู่มือการปฏิบัติงาน",
              "คู่มือการให้บริการประชาชน", "E-Service", "สถิติผลการดำเนินงาน",
              "แผนการใช้จ่ายงบประมาณ", "เงินกองทุนเพื่อการสืบสวน", "ประกาศจัดซื้อจัดจ้าง",
              "สรุปผลการจัดซื้อจัดจ้าง", "การบริหารกำลังพล", "ช่องทางร้องเรียนการทุจริต",
              "นโยบายต่อต้านการรับสินบน", "การมีส่วนร่วมของหัวหน้าหน่วย", "การประเมินความเสี่ยง",
              "รายงานผลจัดการความเสี่ยง", "แนวทางมาตรฐานจริยธรรม", "การจัดการทรัพย์สินของราชการ",
              "มาตรการยกระดับคุณธรรม", "รายงานผลตามมาตรการ")


def _eit_standee(image: Image.Image, sign: Signage, variant: int) -> None:
    """A standee at the counter inviting people to answer the EIT survey."""
    draw = ImageDraw.Draw(image)
    width, height = image.size
    draw.rectangle((340, 140, width - 340, height - 240), fill=(250, 246, 236), outline=NAVY,
                   width=16)
    draw.rectangle((356, 156, width - 356, 560), fill=(40, 120, 90))
    _lines(draw, (width // 2, 200), ["ร่วมตอบแบบวัดการรับรู้", "ของผู้มีส่วนได้ส่วนเสียภายนอก"],
           62, WHITE, bold=True)
    _text(draw, (width // 2, 480), "EIT " + sign.unit_short, 58, GOLD, bold=True)
    _qr(draw, width // 2 - 240, 680, 480, seed=77)
    _lines(draw, (width // 2, 1260), ["สแกนเพื่อตอบแบบวัด", "Scan to answer the survey",
                                      "ใช้เวลาประมาณ 5 นาที"], 56, INK, bold=True)
    draw.rectangle((width // 2 - 20, height - 240, width // 2 + 20, height - 90), fill=GREY)
    draw.rectangle((width // 2 - 260, height - 100, width // 2 + 260, height - 70), fill=GREY)


def _meeting(image: Image.Image, sign: Signage, variant: int) -> None:
    """The meeting room: the slide on the screen, people around the table."""
    draw = ImageDraw.Draw(image)
    width, height = image.size
    draw.rectangle((520, 90, width - 520, 620), fill=WHITE, outline=GREY, width=10)
    draw.rectangle((530, 100, width - 530, 200), fill=NAVY)
    _text(draw, (width // 2, 150), "การประเมินคุณธรรมและความโปร่งใส (ITA)", 48, WHITE, bold=True)
    title = sign.meeting_title or "การประชุมคณะทำงานขับเคลื่อน ITA"
    _lines(draw, (width // 2, 240), [title, sign.unit_name], 46, NAVY, bold=True)
    for i, word in enumerate(("IIT  30", "EIT  30", "OIT  40")):
        x = 700 + i * 220
        draw.rectangle((x, 500 - (i + 1) * 30, x + 150, 570),
                       fill=(GOLD, (60, 120, 180), (40, 140, 90))[i])
        _text(draw, (x + 75, 600), word, 28, INK)
    table_top = int(height * 0.7)
    seated = (6, 5, 4)[variant % 3]
    for i in range(seated):
        x = 260 + i * ((width - 520) // (seated - 1))
        _person(draw, x, table_top + 40, 480, shirt=UNIFORM if i % 3 else (96, 72, 48),
                seated=True)
    draw.polygon([(120, table_top), (width - 120, table_top), (width, height),
                  (0, height)], fill=(132, 92, 56))
    for i in range(seated):
        x = 260 + i * ((width - 520) // (seated - 1))
        draw.rectangle((x - 90, table_top + 70, x + 40, table_top + 150), fill=WHITE)
        draw.rectangle((x + 70, table_top + 40, x + 110, table_top + 150), fill=(220, 230, 240))
    draw.rectangle((width // 2 - 150, table_top + 220, width // 2 + 150, table_top + 300),
                   fill=(60, 60, 66))  # the projector


def _order(image: Image.Image, sign: Signage, variant: int) -> None:
    """The committee order pinned on the notice board."""
    draw = ImageDraw.Draw(image)
    width, height = image.size
    draw.rectangle((120, 140, width - 120, height - 260), fill=(150, 110, 70))
    draw.rectangle((160, 180, width - 160, height - 300), fill=(196, 160, 112))
    paper = (300, 260, width - 300, height - 380)
    draw.rectangle((paper[0] + 14, paper[1] + 18, paper[2] + 14, paper[3] + 18),
                   fill=(120, 90, 60))
    draw.rectangle(paper, fill=WHITE)
    draw.ellipse((width // 2 - 20, 230, width // 2 + 20, 270), fill=RED)
    draw.ellipse((width // 2 - 80, 320, width // 2 + 80, 480), outline=(150, 120, 40), width=8)
    _lines(draw, (width // 2, 520), ["คำสั่ง" + sign.unit_name,
                                     f"ที่ {sign.order_number}" if sign.order_number else "",
                                     "เรื่อง แต่งตั้งคณะทำงานขับเคลื่อนการประเมินคุณธรรม",
                                     "และความโปร่งใส (ITA)"], 36, INK, bold=True)
    y = 820
    rng = random.Random(5)
    while y < paper[3] - 80:
        draw.rectangle((paper[0] + 90, y, paper[2] - 90 - rng.randrange(0, 300), y + 14),
                       fill=(120, 120, 126))
        y += 48


SCENES: dict[str, tuple[tuple[int, int], Callable[[Image.Image, Signage, int], None]]] = {
    "counter": (LANDSCAPE, _counter),
    "wayfinding": (PORTRAIT, _wayfinding),
    "pledge": (LANDSCAPE, _pledge),
    "no_gift": (PORTRAIT, _no_gift),
    "manual_qr": (LANDSCAPE, _manual_qr),
    "seats": (LANDSCAPE, _seats),
    "water": (LANDSCAPE, _water),
    "wifi_forms": (LANDSCAPE, _wifi_forms),
    "restroom": (LANDSCAPE, _restroom),
    "screen": (LANDSCAPE, _screen),
    "eit_standee": (PORTRAIT, _eit_standee),
    "meeting": (LANDSCAPE, _meeting),
    "order": (PORTRAIT, _order),
}


def draw_scene(scene: str, sign: Signage, variant: int = 0) -> Image.Image:
    """The picture of ``scene`` (a key of ``SCENES``), ``variant`` telling two photos of the
    same place apart."""
    size, painter = SCENES[scene]
    image = _room(size).copy()
    painter(image, sign, variant)
    return image


def camera_jpeg(image: Image.Image, taken: datetime) -> bytes:
    """``image`` as a phone would save it: JPEG with the date taken in its EXIF, so the demo's
    photos go through the same EXIF reading as a real import."""
    exif = Image.Exif()
    stamp = taken.strftime("%Y:%m:%d %H:%M:%S")
    exif[_MAKE] = "ITA Desktop"
    exif[_MODEL] = "demo drawing"
    exif[_DATE_TIME] = stamp
    exif.get_ifd(_EXIF_IFD)[_DATE_TIME_ORIGINAL] = stamp
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=JPEG_QUALITY, exif=exif)
    return out.getvalue()
