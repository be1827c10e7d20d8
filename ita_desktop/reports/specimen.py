"""A specimen document holding every kind of part, with the Thai words that are hardest to
typeset. Renderer tests, the benchmark and ``ita-desktop export specimen`` use it."""

from __future__ import annotations

import io

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.reports.model import (
    Align,
    Cell,
    ContinuedLine,
    Document,
    Heading,
    Image,
    ImageGrid,
    ListBlock,
    ListItem,
    Orientation,
    PageBreak,
    PageSetup,
    Paragraph,
    Picture,
    Run,
    SectionBreak,
    SignatureBlock,
    Signer,
    Table,
    TitleBlock,
    Verification,
    span_row,
)

HARD_WORDS = "เพื่อ ผู้ ปู่ ป้ำ ที่ น้ำ ชื่อ เนื่อง ฐิ์ ญู ฏุ ส่วน กำหนด"
"""Stacked vowels and tone marks, the ้ำ ligature, ฐ ญ ฏ with lower vowels."""

LONG_THAI = (
    "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐเป็นเครื่องมือที่สำนักงาน"
    "คณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติใช้ประเมินหน่วยงานทุกปีงบประมาณ "
    "โดยหน่วยงานต้องเปิดเผยข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงานให้ครบถ้วนตามตัวชี้วัด"
    "และส่งหลักฐานภายในกำหนดเวลาที่ประกาศไว้ในปฏิทินการประเมินซึ่งผู้ควบคุมและผู้จัดทำข้อมูล"
    "ต้องตรวจสอบความถูกต้องก่อนเผยแพร่ทุกครั้ง"
)


def specimen_png(width: int = 240, height: int = 160, shade: int = 90) -> bytes:
    """A small generated picture (no file needed), a green field with a white frame."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    picture = PILImage.new("RGB", (width, height), (shade, 150, shade))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((8, 8, width - 9, height - 9), outline=(255, 255, 255), width=4)
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def _member_list() -> Table:
    """The member list of an order: no grid lines, committee roles in a right-hand column."""
    members = (("๑.๑", "พันตำรวจเอก วิชัย ตัวอย่าง", "ผู้กำกับการตรวจคนเข้าเมืองจังหวัดศรีวารินทร์",
                "หัวหน้าคณะทำงาน"),
               ("๑.๒", "พันตำรวจตรี ประสิทธิ์ ตัวอย่าง", "สารวัตรตรวจคนเข้าเมืองจังหวัดศรีวารินทร์",
                "คณะทำงาน"),
               ("๑.๓", "ร้อยตำรวจโทหญิง สุดา ตัวอย่าง",
                "รองสารวัตรตรวจคนเข้าเมืองจังหวัดศรีวารินทร์", "คณะทำงานและเลขานุการ"))
    rows = tuple(
        (Cell((Run(number),)), Cell((Run(name), Run(" "), Run(position))),
         Cell((Run(role),)))
        for number, name, position, role in members)
    return Table(columns=(1.0, 9.5, 4.5), header_rows=(), rows=rows, title="คณะทำงาน",
                 size=16, grid=False)


def _calendar() -> Table:
    """A calendar table: group rows spanning all columns between the steps."""
    header = ((Cell((Run("ขั้นตอน"),), align=Align.CENTER, bold=True),
               Cell((Run("ช่วงเวลา"),), align=Align.CENTER, bold=True),
               Cell((Run("กิจกรรม"),), align=Align.CENTER, bold=True),
               Cell((Run("ผู้ควบคุม"),), align=Align.CENTER, bold=True),
               Cell((Run("ผู้ปฏิบัติ"),), align=Align.CENTER, bold=True)),)
    rows = []
    step = 0
    for group, steps in (("ช่วงเตรียมการประเมิน", 2), ("ช่วงดำเนินการประเมิน", 3),
                         ("ช่วงสรุปผลและเผยแพร่ผลการประเมิน", 1)):
        rows.append(span_row(5, group))
        for _ in range(steps):
            step += 1
            rows.append((Cell((Run(str(step)),), align=Align.CENTER, number=step),
                         Cell((Run(f"{step} ม.ค. - {step + 14} ม.ค. 2568"),)),
                         Cell((Run("หน่วยงานเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน"),)),
                         Cell((Run("สว.ตม.จว.ศรีวารินทร์"),)),
                         Cell((Run("ผู้ดูแลระบบ ITAP"),))))
    return Table(columns=(1.4, 4.0, 9.0, 4.5, 4.5), header_rows=header, rows=tuple(rows),
                 title="ปฏิทินกิจกรรม")


def specimen_document(digits: DigitStyle = DigitStyle.THAI, *, signed: bool = False,
                      draft: bool = False, long_rows: int = 30) -> Document:
    header = (
        (Cell((Run("ลำดับ"),), rowspan=2, align=Align.CENTER, bold=True),
         Cell((Run("ผู้รับผิดชอบ"),), colspan=2, align=Align.CENTER, bold=True),
         None,
         Cell((Run("กำหนดส่ง"),), rowspan=2, align=Align.CENTER, bold=True)),
        (None,
         Cell((Run("ชื่อ"),), align=Align.CENTER, bold=True),
         Cell((Run("ตำแหน่ง"),), align=Align.CENTER, bold=True),
         None),
    )
    rows = tuple(
        (Cell((Run(str(n)),), align=Align.CENTER),
         Cell((Run(f"ร.ต.อ.สมชาย ใจดี {n}"),)),
         Cell((Run("รอง สว.ตม.จว.ศรีวารินทร์ ผู้จัดทำข้อมูลเพื่อเผยแพร่ต่อสาธารณะ"),)),
         Cell((Run(f"{n} มี.ค. 2568"),), align=Align.CENTER))
        for n in range(1, long_rows + 1)
    )
    rows += (
        (Cell((Run("รวม"),), colspan=3, align=Align.RIGHT, bold=True), None, None,
         Cell((Run(f"{long_rows} รายการ"),), align=Align.CENTER, bold=True,
              number=long_rows)),
    )
    verification = None
    signers = (
        Signer(role="ผู้จัดทำ", rank="ร.ต.ท.หญิง", name="สุดา ตัวอย่าง",
               position="รอง สว.ตม.จว.ศรีวารินทร์", date_text="21 พ.ย. 2569"),
        Signer(role="ผู้ตรวจ", above="ตรวจแล้วถูกต้อง", rank="พ.ต.ต.", name="ประสิทธิ์ ตัวอย่าง",
               position="สว.ตม.จว.ศรีวารินทร์", date_text="21 พ.ย. 2569"),
        Signer(role="ผู้อนุมัติ", rank="พ.ต.อ.", name="วิชัย ตัวอย่าง",
               position="ผกก.ตม.จว.ศรีวารินทร์", date_text="22 พ.ย. 2569",
               signature=specimen_png(300, 90, 200)),
    )
    side_by_side = (
        Signer(role="ผู้จดรายงานการประชุม", rank="ร.ต.ท.หญิง", name="สุดา ตัวอย่าง",
               position="รอง สว.ตม.จว.ศรีวารินทร์"),
        Signer(role="ผู้ตรวจรายงานการประชุม", name="นางสาวมาลี ตัวอย่าง",
               position="เจ้าหน้าที่ธุรการ"),
    )
    if signed:
        verification = Verification(
            report_number="2569-001", version=2, signed_on="22 พ.ย. 2569",
            fingerprint="3F9A-21C0-77B4-E615",
            line=("รายงานเลขที่ ๒๕๖๙-๐๐๑ ฉบับที่ ๒ ลงนาม ๒๒ พ.ย. ๒๕๖๙ ค่าแฮช 3F9A-21C0-77B4-E615"
                  if digits is DigitStyle.THAI else
                  "รายงานเลขที่ 2569-001 ฉบับที่ 2 ลงนาม 22 พ.ย. 2569 ค่าแฮช 3F9A-21C0-77B4-E615"),
            qr_payload="ITA-DESKTOP|2569-001|2|2026-11-22|" + "3f9a21c077b4e615" * 4,
        )
    parts = (
        TitleBlock(lines=((Run("คำสั่งตรวจคนเข้าเมืองจังหวัดศรีวารินทร์"),),
                          (Run("ที่ 27/2568"),),
                          (Run("เรื่อง แต่งตั้งคณะทำงานการประเมินคุณธรรมและความโปร่งใส"),)),
                   emblem=specimen_png(200, 200, 60), emblem_height_cm=3.0),
        Heading((Run("๑. หลักการและเหตุผล"),), level=1),
        Paragraph((Run("คำที่ยาก: "), Run(HARD_WORDS, bold=True)), first_line_indent_cm=2.5),
        Paragraph((Run(LONG_THAI), Run(" ขีดเส้นใต้", underline=True), Run(" และตัวหนา", bold=True),
                   Run(" ปีงบประมาณ พ.ศ. 2568 จำนวน 24 รายการ")),
                  align=Align.JUSTIFY, first_line_indent_cm=2.5, space_after=6),
        Paragraph((Run("อีเมล "), Run("ita2568@immigration.go.th", verbatim=True))),
        Heading((Run("๒. รายการและผู้รับผิดชอบ"),), level=2),
        ListBlock(items=((Run("จัดทำข้อมูลพื้นฐาน O1 ถึง O8"),),
                         (Run("เผยแพร่รายงานผลการดำเนินงานประจำปี 2568"),),
                         (Run(LONG_THAI[:LONG_THAI.index("โดย")]),))),
        ListBlock(items=((Run("เว็บไซต์หน่วยงาน"),), (Run("สื่อสังคมออนไลน์"),)), numbered=False),
        ListBlock(items=(
            ListItem((Run("ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"),), (
                ListItem((Run("ผลการประเมินปีที่ผ่านมา"),), (
                    ListItem((Run("ผลคะแนน IIT EIT และ OIT"),)),
                    ListItem((Run(LONG_THAI[:120]),)),
                )),
                ListItem((Run("การมอบหมายผู้รับผิดชอบ"),)),
            )),
            ListItem((Run("ระเบียบวาระที่ ๒ เรื่องเพื่อพิจารณา"),)),
        )),
        Paragraph((Run("คณะทำงานประกอบด้วย"),), keep_with_next=True),
        _member_list(),
        Paragraph((Run("ให้คณะทำงานมีหน้าที่ดังนี้"),)),
        Table(columns=(1, 4, 5, 2.2), header_rows=header, rows=rows, title="ผู้รับผิดชอบ"),
        ContinuedLine("/ ๓. ภาพกิจกรรม ..."),
        PageBreak(),
        Heading((Run("๓. ภาพกิจกรรม"),), level=1),
        ImageGrid(images=tuple(Image(specimen_png(shade=60 + 30 * i),
                                     (Run(f"ภาพที่ {i + 1} การประชุมชี้แจงผู้รับผิดชอบ"),))
                               for i in range(4)), columns=2, image_height_cm=5.0),
        Picture(specimen_png(400, 300, 120), width_cm=8.0,
                caption=(Run("ภาพที่ ๕ จุดบริการแบบเบ็ดเสร็จ (One Stop Service)"),)),
        Picture(specimen_png(200, 200, 60), width_cm=3.0, height_cm=3.0),
        SignatureBlock(signers=side_by_side, columns=2),
        SectionBreak(PageSetup(orientation=Orientation.LANDSCAPE, left_cm=2.0, right_cm=2.0)),
        Heading((Run("ปฏิทินกิจกรรม ๑ การประเมินคุณธรรมและความโปร่งใส"),), level=1),
        _calendar(),
        SectionBreak(PageSetup()),
        Paragraph((Run(LONG_THAI),) * 3, first_line_indent_cm=2.5),
        SignatureBlock(signers=signers, columns=1),
    )
    return Document(title="เอกสารตัวอย่าง ITA Desktop", parts=parts, digits=digits,
                    author="ตม.จว.ศรีวารินทร์", verification=verification, draft=draft)
