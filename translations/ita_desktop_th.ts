<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="27"/>
        <source>&apos;%1&apos; is not an ITA Desktop database (it is not an SQLite file).</source>
        <translation>&apos;%1&apos; ไม่ใช่ฐานข้อมูลของ ITA Desktop (ไม่ใช่ไฟล์ SQLite)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="31"/>
        <source>&apos;%1&apos; is a database of another program, not of ITA Desktop.</source>
        <translation>&apos;%1&apos; เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของ ITA Desktop</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="36"/>
        <source>&apos;%1&apos; is damaged: its integrity check failed.</source>
        <translation>ไฟล์ &apos;%1&apos; เสียหาย: การตรวจสอบความสมบูรณ์ไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="42"/>
        <source>Restore the latest copy from the &apos;backups&apos; folder next to it, or your own backup.</source>
        <translation>กรุณาใช้สำเนาล่าสุดจากโฟลเดอร์ &apos;backups&apos; ที่อยู่ข้างไฟล์ หรือจากสำเนาสำรองของท่าน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="48"/>
        <source>&apos;%1&apos; was written by a newer ITA Desktop (schema version %2; this program knows up to %3). Install the newer ITA Desktop to open it.</source>
        <translation>&apos;%1&apos; ถูกบันทึกโดย ITA Desktop รุ่นที่ใหม่กว่า (โครงสร้างรุ่น %2 แต่โปรแกรมนี้รู้จักถึงรุ่น %3) กรุณาติดตั้ง ITA Desktop รุ่นใหม่เพื่อเปิดไฟล์นี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="57"/>
        <source>Upgrading &apos;%1&apos; failed and was rolled back: %2</source>
        <translation>การปรับรุ่น &apos;%1&apos; ไม่สำเร็จและได้ยกเลิกการเปลี่ยนแปลงแล้ว: %2</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="61"/>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>ไม่สามารถเปิด &apos;%1&apos; ได้: %2</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="67"/>
        <source>The file was left as it is.</source>
        <translation>ไฟล์ไม่ได้ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="74"/>
        <source>Cannot open the database</source>
        <translation>ไม่สามารถเปิดฐานข้อมูลได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="84"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด: %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="87"/>
        <source>Your saved data is safe; the action that failed was not saved.</source>
        <translation>ข้อมูลที่บันทึกไว้แล้วยังคงปลอดภัย เฉพาะรายการที่ผิดพลาดไม่ได้ถูกบันทึก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="91"/>
        <source>The details were written to %1.</source>
        <translation>รายละเอียดถูกบันทึกไว้ที่ %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="96"/>
        <source>Unexpected error</source>
        <translation>ข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="77"/>
        <source>Export report</source>
        <translation>ส่งออกรายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="92"/>
        <source>Thai digits (๑๒๓)</source>
        <translation>เลขไทย (๑๒๓)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="93"/>
        <source>Arabic digits (123)</source>
        <translation>เลขอารบิก (123)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="96"/>
        <source>&amp;Browse…</source>
        <translation>เลือกที่เก็บ… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="106"/>
        <source>&amp;Report</source>
        <translation>รายงาน (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="107"/>
        <source>&amp;Format</source>
        <translation>รูปแบบแฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="108"/>
        <source>&amp;Digits</source>
        <translation>ตัวเลข (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="109"/>
        <source>Save &amp;to</source>
        <translation>บันทึกที่ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="122"/>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="124"/>
        <source>Sign &amp;off…</source>
        <translation>ลงนามรับรอง… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="125"/>
        <source>Open fo&amp;lder</source>
        <translation>เปิดโฟลเดอร์ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="144"/>
        <source>Preview of the PDF pages</source>
        <translation>ตัวอย่างหน้าเอกสาร PDF</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="185"/>
        <source>This report cannot be made yet: %1</source>
        <translation>ยังจัดทำรายงานนี้ไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="195"/>
        <source>Report %1, version %2: signed off on %3. The data has not changed since, so the signed-off file is saved exactly as it was signed.</source>
        <translation>รายงานเลขที่ %1 ฉบับที่ %2: ลงนามรับรองแล้วเมื่อ %3 ข้อมูลยังไม่เปลี่ยนแปลงตั้งแต่ลงนาม จึงบันทึกแฟ้มที่ลงนามรับรองไว้ตามเดิมทุกไบต์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="201"/>
        <source>Report %1, version %2: DRAFT, not signed off. The signature blocks are left blank; sign it off to freeze this version with a verification line and QR code.</source>
        <translation>รายงานเลขที่ %1 ฉบับที่ %2: ฉบับร่าง ยังไม่ได้ลงนามรับรอง ช่องลงชื่อเว้นว่างไว้ เมื่อลงนามรับรองแล้ว ฉบับนี้จะถูกตรึงไว้พร้อมบรรทัดตรวจสอบและคิวอาร์โค้ด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="261"/>
        <source>Preparing the preview… %p%</source>
        <translation>กำลังเตรียมตัวอย่าง… %p%</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="280"/>
        <source>Save report as</source>
        <translation>บันทึกรายงานเป็น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="290"/>
        <source>Choose where to save the report.</source>
        <translation>เลือกที่บันทึกรายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="304"/>
        <source>Saving… %p%</source>
        <translation>กำลังบันทึก… %p%</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="309"/>
        <source>Saved to %1.</source>
        <translation>บันทึกไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="338"/>
        <source>Not signed off</source>
        <translation>ยังไม่ได้ลงนามรับรอง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="340"/>
        <source>Signed off</source>
        <translation>วันที่ลงนาม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="341"/>
        <source>Report %1 version %2 is signed off and frozen. Fingerprint %3.</source>
        <translation>รายงานเลขที่ %1 ฉบับที่ %2 ลงนามรับรองและตรึงไว้แล้ว ลายนิ้วมือ %3</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="346"/>
        <source>Signing off… %p%</source>
        <translation>กำลังลงนามรับรอง… %p%</translation>
    </message>
</context>
<context>
    <name>FrameworkTab</name>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="89"/>
        <source>&amp;Start this year&apos;s framework</source>
        <translation>เริ่มกรอบการประเมินของปีนี้ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="106"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="106"/>
        <source>Sub-indicator</source>
        <translation>ตัวชี้วัดย่อย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="106"/>
        <source>Title</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="106"/>
        <source>Formats</source>
        <translation>รูปแบบไฟล์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="107"/>
        <source>Deadline</source>
        <translation>กำหนดเวลา</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="107"/>
        <source>Points</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="113"/>
        <source>Phase</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="113"/>
        <source>Dates</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="113"/>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="113"/>
        <source>Responsible</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="115"/>
        <source>&amp;Add item…</source>
        <translation>เพิ่มข้อ… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="116"/>
        <source>&amp;Edit item…</source>
        <translation>แก้ไขข้อ… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="117"/>
        <source>&amp;Remove item</source>
        <translation>ลบข้อ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="118"/>
        <source>&amp;Import…</source>
        <translation>นำเข้า… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="119"/>
        <source>E&amp;xport…</source>
        <translation>ส่งออก… (&amp;X)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="135"/>
        <source>OIT items (open data published on the unit&apos;s website)</source>
        <translation>ข้อ OIT (ข้อมูลที่เปิดเผยต่อสาธารณะบนเว็บไซต์ของหน่วย)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="141"/>
        <source>Assessment calendar</source>
        <translation>ปฏิทินการประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="179"/>
        <source>Framework unreadable</source>
        <translation>ไม่สามารถอ่านกรอบการประเมินได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="182"/>
        <source>Fiscal year %1 has no ITA framework yet. Start it from the unit&apos;s previous year, or from the framework that comes with the program; then edit its items.</source>
        <translation>ปีงบประมาณ %1 ยังไม่มีกรอบการประเมิน ITA กรุณาเริ่มจากกรอบการประเมินของหน่วยในปีก่อน หรือจากกรอบการประเมินที่มากับโปรแกรม แล้วจึงแก้ไขรายการข้อต่าง ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="195"/>
        <source>Weights: %1. Minimum samples: %2. EIT(1) quotas: %3.</source>
        <translation>น้ำหนักคะแนน: %1  จำนวนกลุ่มตัวอย่างขั้นต่ำ: %2  จำนวนขั้นต่ำ EIT(1) ตามสายงาน: %3</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="204"/>
        <source>%1 OIT items; their points add up to %2, the OIT weight.</source>
        <translation>ข้อ OIT จำนวน %1 ข้อ คะแนนรวม %2 เท่ากับน้ำหนักคะแนน OIT</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="210"/>
        <source>%1 OIT items; points add up to %2, the OIT weight is %3. The framework cannot be exported until they match.</source>
        <translation>ข้อ OIT จำนวน %1 ข้อ คะแนนรวม %2 แต่น้ำหนักคะแนน OIT คือ %3 จะส่งออกกรอบการประเมินได้เมื่อทั้งสองค่าเท่ากัน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="267"/>
        <source>Not saved</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="278"/>
        <location filename="../ita_desktop/ui/framework/tab.py" line="301"/>
        <source>Cannot start the year</source>
        <translation>ไม่สามารถเริ่มปีงบประมาณได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="286"/>
        <location filename="../ita_desktop/ui/framework/tab.py" line="293"/>
        <source>Start a new fiscal year</source>
        <translation>เริ่มปีงบประมาณใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="287"/>
        <source>Fiscal year (B.E.) to start from the latest framework:</source>
        <translation>ปีงบประมาณ (พ.ศ.) ที่จะเริ่มจากกรอบการประเมินล่าสุด:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="294"/>
        <source>Fiscal year %1 already has a framework.</source>
        <translation>ปีงบประมาณ %1 มีกรอบการประเมินอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="347"/>
        <source>Remove item</source>
        <translation>ลบข้อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="348"/>
        <source>Remove %1 &quot;%2&quot; from the framework of fiscal year %3?</source>
        <translation>ต้องการลบข้อ %1 &quot;%2&quot; ออกจากกรอบการประเมินปีงบประมาณ %3 หรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="356"/>
        <source>Not removed</source>
        <translation>ไม่ได้ลบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="363"/>
        <location filename="../ita_desktop/ui/framework/tab.py" line="376"/>
        <location filename="../ita_desktop/ui/framework/tab.py" line="384"/>
        <source>Import framework</source>
        <translation>นำเข้ากรอบการประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="364"/>
        <source>ITA frameworks (*.json);;All files (*)</source>
        <translation>กรอบการประเมิน ITA (*.json);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="371"/>
        <source>Framework not imported</source>
        <translation>ไม่ได้นำเข้ากรอบการประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="372"/>
        <source>Nothing was imported.</source>
        <translation>ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="377"/>
        <source>This framework is for &apos;%1&apos; units, but this unit uses &apos;%2&apos;. Import it anyway?</source>
        <translation>กรอบการประเมินนี้ใช้สำหรับหน่วยประเภท &apos;%1&apos; แต่หน่วยนี้เป็นประเภท &apos;%2&apos; ต้องการนำเข้าหรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="385"/>
        <source>Replace the framework of fiscal year %1 with the one in the file?</source>
        <translation>ต้องการแทนที่กรอบการประเมินปีงบประมาณ %1 ด้วยกรอบการประเมินในไฟล์หรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="395"/>
        <location filename="../ita_desktop/ui/framework/tab.py" line="402"/>
        <source>Export framework</source>
        <translation>ส่งออกกรอบการประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="396"/>
        <source>The selected fiscal year has no framework yet.</source>
        <translation>ปีงบประมาณที่เลือกยังไม่มีกรอบการประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="403"/>
        <source>ITA frameworks (*.json)</source>
        <translation>กรอบการประเมิน ITA (*.json)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="410"/>
        <source>Framework not exported</source>
        <translation>ไม่ได้ส่งออกกรอบการประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="412"/>
        <source>Framework exported</source>
        <translation>ส่งออกกรอบการประเมินแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="413"/>
        <source>Saved to %1.</source>
        <translation>บันทึกไว้ที่ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>ImageErrors</name>
    <message>
        <location filename="../ita_desktop/ui/common/image_errors.py" line="14"/>
        <source>Cannot read %name: %reason.</source>
        <translation>อ่าน %name ไม่ได้: %reason</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/image_errors.py" line="16"/>
        <source>%name is empty.</source>
        <translation>%name เป็นแฟ้มว่าง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/image_errors.py" line="18"/>
        <source>%name is %megabytes MB; images up to %limit MB can be used.</source>
        <translation>%name มีขนาด %megabytes MB ใช้รูปภาพได้ไม่เกิน %limit MB</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/image_errors.py" line="20"/>
        <source>%name is %width × %height pixels; images up to %limit megapixels can be used.</source>
        <translation>%name มีขนาด %width × %height พิกเซล ใช้รูปภาพได้ไม่เกิน %limit ล้านพิกเซล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/image_errors.py" line="23"/>
        <source>%name is not an image ITA Desktop can read (PNG, JPEG, GIF, BMP, TIFF or WebP).</source>
        <translation>%name ไม่ใช่รูปภาพที่ ITA Desktop อ่านได้ (PNG, JPEG, GIF, BMP, TIFF หรือ WebP)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/image_errors.py" line="26"/>
        <source>%name is too large to open on this computer.</source>
        <translation>%name ใหญ่เกินกว่าที่เครื่องนี้จะเปิดได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/image_errors.py" line="28"/>
        <source>%name is damaged or cut short (%reason).</source>
        <translation>%name เสียหายหรือไม่ครบถ้วน (%reason)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/image_errors.py" line="30"/>
        <source>%name is too dark to tell the paper from the ink. Scan or photograph the signature on white paper, in good light.</source>
        <translation>%name มืดเกินไปจนแยกกระดาษกับหมึกไม่ได้ ให้สแกนหรือถ่ายภาพลายมือชื่อบนกระดาษขาวในที่ที่มีแสงเพียงพอ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/image_errors.py" line="34"/>
        <source>%name holds no signature: the image is blank.</source>
        <translation>%name ไม่มีลายมือชื่อ เป็นภาพว่างเปล่า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/image_errors.py" line="36"/>
        <source>%name is mostly dark: it does not look like a signature on white paper.</source>
        <translation>%name มีพื้นที่มืดเป็นส่วนใหญ่ ไม่ใช่ลายมือชื่อบนกระดาษขาว</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="87"/>
        <source>&amp;Unit &amp;&amp; people</source>
        <translation>หน่วยและกำลังพล (&amp;U)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="72"/>
        <source>Fiscal yea&amp;r (B.E.)</source>
        <translation>ปีงบประมาณ (พ.ศ.) (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="88"/>
        <source>ITA fra&amp;mework</source>
        <translation>กรอบการประเมิน ITA (&amp;M)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="121"/>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="122"/>
        <source>&amp;New database…</source>
        <translation>สร้างฐานข้อมูลใหม่… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="124"/>
        <source>&amp;Open database…</source>
        <translation>เปิดฐานข้อมูล… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="126"/>
        <source>Save a &amp;backup copy…</source>
        <translation>สำรองข้อมูล… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="128"/>
        <source>E&amp;xport report…</source>
        <translation>ส่งออกรายงาน… (&amp;X)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="130"/>
        <source>Report &amp;register…</source>
        <translation>ทะเบียนรายงาน… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="133"/>
        <source>&amp;Save unit profile</source>
        <translation>บันทึกข้อมูลหน่วย (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="135"/>
        <source>Se&amp;ttings…</source>
        <translation>ตั้งค่า… (&amp;T)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="138"/>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="141"/>
        <source>&amp;Year</source>
        <translation>ปีงบประมาณ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="142"/>
        <source>Start a &amp;new fiscal year…</source>
        <translation>เริ่มปีงบประมาณใหม่… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="144"/>
        <source>&amp;Import framework…</source>
        <translation>นำเข้ากรอบการประเมิน… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="146"/>
        <source>&amp;Export framework…</source>
        <translation>ส่งออกกรอบการประเมิน… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="149"/>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="150"/>
        <source>&amp;About ITA Desktop</source>
        <translation>เกี่ยวกับ ITA Desktop (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="214"/>
        <source>Unsaved changes</source>
        <translation>มีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="215"/>
        <source>The unit profile has changes that are not saved. Save them?</source>
        <translation>ข้อมูลหน่วยมีการแก้ไขที่ยังไม่ได้บันทึก ต้องการบันทึกหรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="240"/>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="247"/>
        <source>New database</source>
        <translation>สร้างฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="241"/>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="265"/>
        <source>ITA Desktop databases (*.sqlite)</source>
        <translation>ฐานข้อมูล ITA Desktop (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="248"/>
        <source>&apos;%1&apos; already exists. Use Open database to open it.</source>
        <translation>มีไฟล์ &apos;%1&apos; อยู่แล้ว กรุณาเปิดไฟล์นี้ด้วยคำสั่ง &quot;เปิดฐานข้อมูล&quot;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="255"/>
        <source>Open database</source>
        <translation>เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="256"/>
        <source>ITA Desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>ฐานข้อมูล ITA Desktop (*.sqlite *.db);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="263"/>
        <source>Save a backup copy</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="271"/>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="280"/>
        <source>Backup not saved</source>
        <translation>ไม่ได้บันทึกสำเนาสำรอง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="272"/>
        <source>Choose another file than the open database.</source>
        <translation>กรุณาเลือกไฟล์อื่นที่ไม่ใช่ฐานข้อมูลที่เปิดอยู่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="282"/>
        <source>Backup saved</source>
        <translation>บันทึกสำเนาสำรองแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="283"/>
        <source>A full copy of the database was saved to %1.</source>
        <translation>บันทึกสำเนาฐานข้อมูลทั้งหมดไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="328"/>
        <source>The database was upgraded; a copy from before is at %1</source>
        <translation>ปรับรุ่นฐานข้อมูลแล้ว สำเนาก่อนปรับรุ่นอยู่ที่ %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="334"/>
        <source>About ITA Desktop</source>
        <translation>เกี่ยวกับ ITA Desktop</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="335"/>
        <source>ITA Desktop %1

The yearly ITA paperwork of a police station or immigration unit, kept offline in one file.

Database: %2</source>
        <translation>ITA Desktop %1

จัดทำเอกสาร ITA ประจำปีของสถานีตำรวจหรือหน่วยตรวจคนเข้าเมือง เก็บข้อมูลแบบออฟไลน์ไว้ในไฟล์เดียว

ฐานข้อมูล: %2</translation>
    </message>
</context>
<context>
    <name>OitItemDialog</name>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="69"/>
        <source>Edit OIT item</source>
        <translation>แก้ไขข้อ OIT</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="69"/>
        <source>Add OIT item</source>
        <translation>เพิ่มข้อ OIT</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="79"/>
        <source>One required component per line</source>
        <translation>องค์ประกอบที่ต้องมี บรรทัดละหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="83"/>
        <source>By a date</source>
        <translation>ภายในวันที่กำหนด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="84"/>
        <source>Monthly report</source>
        <translation>รายงานประจำเดือน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="85"/>
        <source>Kept up to date (no deadline)</source>
        <translation>ปรับปรุงให้เป็นปัจจุบัน (ไม่มีกำหนดเวลา)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="89"/>
        <source>day </source>
        <translation>วันที่ </translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="90"/>
        <source> of the next month</source>
        <translation> ของเดือนถัดไป</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="93"/>
        <source>as printed, e.g. ดำเนินการเสร็จสิ้น ภายใน ก.พ.68</source>
        <translation>ตามที่พิมพ์ในเอกสาร เช่น ดำเนินการเสร็จสิ้น ภายใน ก.พ.68</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="99"/>
        <source>&amp;Code</source>
        <translation>รหัส (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="100"/>
        <source>&amp;Sub-indicator</source>
        <translation>ตัวชี้วัดย่อย (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="101"/>
        <source>&amp;Title</source>
        <translation>หัวข้อ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="102"/>
        <source>&amp;Components</source>
        <translation>องค์ประกอบ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="103"/>
        <source>&amp;File formats</source>
        <translation>รูปแบบไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="104"/>
        <source>&amp;Deadline</source>
        <translation>กำหนดเวลา (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="105"/>
        <source>Due &amp;date</source>
        <translation>วันครบกำหนด (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="106"/>
        <source>Report &amp;day</source>
        <translation>วันที่รายงาน (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="107"/>
        <source>Deadline &amp;wording</source>
        <translation>ข้อความกำหนดเวลา (&amp;W)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="108"/>
        <source>&amp;Points</source>
        <translation>คะแนน (&amp;P)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="149"/>
        <source>The due date cannot be read: %1</source>
        <translation>ไม่สามารถอ่านวันครบกำหนดได้: %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="152"/>
        <source>Type the due date.</source>
        <translation>กรุณาพิมพ์วันครบกำหนด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="156"/>
        <source>Points must be a number such as 1.5.</source>
        <translation>คะแนนต้องเป็นตัวเลข เช่น 1.5</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="67"/>
        <source>Edit person</source>
        <translation>แก้ไขข้อมูลกำลังพล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="67"/>
        <source>Add person</source>
        <translation>เพิ่มกำลังพล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="74"/>
        <source>Female officer (หญิง)</source>
        <translation>ตำรวจหญิง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="75"/>
        <source>Acting rank (ว่าที่)</source>
        <translation>ว่าที่ยศ (ว่าที่)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="83"/>
        <source>e.g. รองสารวัตรตรวจคนเข้าเมืองจังหวัด…</source>
        <translation>เช่น รองสารวัตรตรวจคนเข้าเมืองจังหวัด…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="86"/>
        <source>(none)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="99"/>
        <source>&amp;Rank or title</source>
        <translation>ยศหรือคำนำหน้านาม (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="101"/>
        <source>&amp;First name</source>
        <translation>ชื่อ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="102"/>
        <source>&amp;Last name</source>
        <translation>นามสกุล (&amp;L)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="103"/>
        <source>&amp;Position</source>
        <translation>ตำแหน่ง (&amp;P)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="104"/>
        <source>Position (a&amp;bbreviated)</source>
        <translation>ตำแหน่ง (อักษรย่อ) (&amp;B)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="105"/>
        <source>&amp;Section</source>
        <translation>สายงาน (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="106"/>
        <source>P&amp;hone</source>
        <translation>โทรศัพท์ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="107"/>
        <source>&amp;E-mail</source>
        <translation>อีเมล (&amp;E)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="108"/>
        <source>&amp;Note</source>
        <translation>หมายเหตุ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="109"/>
        <source>Printed as</source>
        <translation>ตัวอย่างการพิมพ์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="110"/>
        <source>Signature</source>
        <translation>ลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="132"/>
        <source>&amp;Import signature…</source>
        <translation>นำเข้าลายมือชื่อ… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="133"/>
        <source>Remo&amp;ve signature</source>
        <translation>ลบลายมือชื่อ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="137"/>
        <source>A scan or photo of the signature on white paper. It is placed on the reports this person signs off; the paper around it is made transparent.</source>
        <translation>ภาพสแกนหรือภาพถ่ายลายมือชื่อบนกระดาษขาว จะวางในรายงานที่บุคคลนี้ลงนามรับรอง โดยทำพื้นกระดาษรอบลายมือชื่อให้โปร่งใส</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="162"/>
        <source>no signature</source>
        <translation>ยังไม่มีลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="172"/>
        <source>Import signature</source>
        <translation>นำเข้าลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="173"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="194"/>
        <source>reading the image…</source>
        <translation>กำลังอ่านภาพ…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="207"/>
        <source>Signature not imported</source>
        <translation>ไม่ได้นำเข้าลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="291"/>
        <source>Same name</source>
        <translation>ชื่อซ้ำ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="292"/>
        <source>%1 is already in the roster. Add this entry anyway?</source>
        <translation>%1 มีอยู่ในบัญชีรายชื่อกำลังพลแล้ว ต้องการเพิ่มรายการนี้หรือไม่</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="11"/>
        <source>first name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="12"/>
        <source>last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="13"/>
        <source>rank</source>
        <translation>ยศ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="14"/>
        <source>position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="15"/>
        <source>position abbreviation</source>
        <translation>ตำแหน่ง (อักษรย่อ)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="16"/>
        <source>section</source>
        <translation>สายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="17"/>
        <source>phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="18"/>
        <source>e-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="19"/>
        <source>full name of the unit</source>
        <translation>ชื่อเต็มของหน่วย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="20"/>
        <source>website</source>
        <translation>เว็บไซต์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="32"/>
        <source>The column &apos;%1&apos; is missing from the header row.</source>
        <translation>ไม่พบคอลัมน์ &apos;%1&apos; ในแถวหัวตาราง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="35"/>
        <source>&apos;%1&apos; is empty.</source>
        <translation>ยังไม่ได้กรอก &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="36"/>
        <source>The first name is empty.</source>
        <translation>ยังไม่ได้กรอกชื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="37"/>
        <source>Unknown rank or title &apos;%2&apos;.</source>
        <translation>ไม่รู้จักยศหรือคำนำหน้านาม &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="38"/>
        <source>&apos;%2&apos;: หญิง and ว่าที่ go with police ranks only.</source>
        <translation>&apos;%2&apos;: คำว่า หญิง และ ว่าที่ ใช้กับยศตำรวจเท่านั้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="41"/>
        <source>%2 appears again (first on row %3).</source>
        <translation>%2 ซ้ำกับแถวที่ %3</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="44"/>
        <source>%2 is already in the roster.</source>
        <translation>%2 มีอยู่ในบัญชีรายชื่อกำลังพลแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="47"/>
        <source>Unknown section &apos;%2&apos; for this unit (known: %3).</source>
        <translation>ไม่รู้จักสายงาน &apos;%2&apos; ของหน่วยนี้ (สายงานที่มี: %3)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="50"/>
        <source>&apos;%2&apos; is not an e-mail address.</source>
        <translation>&apos;%2&apos; ไม่ใช่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="51"/>
        <source>&apos;%2&apos; is not a web address.</source>
        <translation>&apos;%2&apos; ไม่ใช่ที่อยู่เว็บไซต์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="52"/>
        <source>&apos;%1&apos; is longer than 300 characters.</source>
        <translation>&apos;%1&apos; ยาวเกิน 300 ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="53"/>
        <source>The sheet has no people below the header row.</source>
        <translation>ไม่มีรายชื่อใต้แถวหัวตาราง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="66"/>
        <source>Row %1: %2</source>
        <translation>แถวที่ %1: %2</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="42"/>
        <source>Report register</source>
        <translation>ทะเบียนรายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="51"/>
        <source>Every signed-off version of every report. A signed-off version never changes: when the data changes, the next export is a new version that needs its own sign-off.</source>
        <translation>รายงานทุกฉบับที่ลงนามรับรองแล้ว ฉบับที่ลงนามแล้วจะไม่ถูกแก้ไขอีก เมื่อข้อมูลเปลี่ยน การส่งออกครั้งถัดไปจะเป็นฉบับใหม่ซึ่งต้องลงนามรับรองใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="58"/>
        <source>Report no.</source>
        <translation>เลขที่รายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="58"/>
        <source>Version</source>
        <translation>ฉบับที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="58"/>
        <source>Report</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="59"/>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="59"/>
        <source>Signed off</source>
        <translation>วันที่ลงนาม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="59"/>
        <source>Fingerprint</source>
        <translation>รหัสตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="72"/>
        <source>No report has been signed off yet. Export a report (File › Export report…) and press &quot;Sign off…&quot;; it then appears here.</source>
        <translation>ยังไม่มีรายงานที่ลงนามรับรอง ให้ส่งออกรายงาน (แฟ้ม › ส่งออกรายงาน…) แล้วกด &quot;ลงนามรับรอง…&quot; รายงานนั้นจะปรากฏที่นี่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="84"/>
        <source>&amp;Save a copy…</source>
        <translation>บันทึกสำเนา… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="85"/>
        <source>&amp;Check a file…</source>
        <translation>ตรวจสอบแฟ้ม… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="87"/>
        <source>Whether a file is exactly a signed-off version: a single changed byte is found.</source>
        <translation>ตรวจว่าแฟ้มตรงกับฉบับที่ลงนามรับรองทุกไบต์หรือไม่ แม้แก้ไขเพียงไบต์เดียวก็ตรวจพบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="142"/>
        <source>Prepared by</source>
        <translation>ผู้จัดทำ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="142"/>
        <source>Checked by</source>
        <translation>ผู้ตรวจ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="143"/>
        <source>Approved by</source>
        <translation>ผู้อนุมัติ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="154"/>
        <source>report %1, version %2, fiscal year %3</source>
        <translation>รายงานเลขที่ %1 ฉบับที่ %2 ปีงบประมาณ %3</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="164"/>
        <source>Fingerprint (SHA-256 of the data):</source>
        <translation>รหัสตรวจสอบ (SHA-256 ของข้อมูล):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="166"/>
        <source>Signed-off files (SHA-256):</source>
        <translation>แฟ้มที่ลงนามรับรอง (SHA-256):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="189"/>
        <source>Save a copy of the signed-off file</source>
        <translation>บันทึกสำเนาแฟ้มที่ลงนามรับรอง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="201"/>
        <source>Replace file?</source>
        <translation>แทนที่แฟ้มเดิม?</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="202"/>
        <source>%1 already exists. Replace it?</source>
        <translation>มีแฟ้ม %1 อยู่แล้ว ต้องการแทนที่หรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="207"/>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="214"/>
        <source>Not saved</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="208"/>
        <source>No %1 file was signed off for this version.</source>
        <translation>ฉบับนี้ไม่มีแฟ้ม %1 ที่ลงนามรับรอง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="217"/>
        <source>Copy saved</source>
        <translation>บันทึกสำเนาแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="218"/>
        <source>The signed-off file was saved to %1, byte for byte as it was signed off.</source>
        <translation>บันทึกแฟ้มที่ลงนามรับรองไว้ที่ %1 แล้ว ตรงกับฉบับที่ลงนามทุกไบต์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="223"/>
        <source>Check a file against the register</source>
        <translation>ตรวจสอบแฟ้มกับทะเบียนรายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="224"/>
        <source>Reports (*.pdf *.docx *.xlsx);;All files (*)</source>
        <translation>รายงาน (*.pdf *.docx *.xlsx);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="231"/>
        <source>Cannot read the file</source>
        <translation>อ่านแฟ้มไม่ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="237"/>
        <source>Check a file</source>
        <translation>ตรวจสอบแฟ้ม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="244"/>
        <source>%1 is exactly report %2, version %3 (%4), signed off %5.</source>
        <translation>%1 ตรงกับรายงานเลขที่ %2 ฉบับที่ %3 (%4) ที่ลงนามรับรองเมื่อ %5 ทุกประการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="249"/>
        <source>%1 is NOT a signed-off file. It names report %2, version %3, but its content differs from every file signed off for that version: it was changed after sign-off, or exported from other data.</source>
        <translation>%1 ไม่ใช่แฟ้มที่ลงนามรับรอง แฟ้มระบุว่าเป็นรายงานเลขที่ %2 ฉบับที่ %3 แต่เนื้อหาไม่ตรงกับแฟ้มที่ลงนามรับรองของฉบับนั้น แฟ้มถูกแก้ไขหลังลงนาม หรือส่งออกจากข้อมูลอื่น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="255"/>
        <source>%1 is NOT a signed-off file: no signed-off report in this database has this content.</source>
        <translation>%1 ไม่ใช่แฟ้มที่ลงนามรับรอง ไม่มีรายงานที่ลงนามรับรองในฐานข้อมูลนี้ที่มีเนื้อหาตรงกัน</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="67"/>
        <source>Import roster: %1</source>
        <translation>นำเข้าบัญชีรายชื่อกำลังพล: %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="74"/>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="74"/>
        <source>Rank and name</source>
        <translation>ยศ ชื่อ สกุล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="74"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="74"/>
        <source>Section</source>
        <translation>สายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="75"/>
        <source>Check</source>
        <translation>ผลการตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="90"/>
        <source>&amp;Import</source>
        <translation>นำเข้า (&amp;I)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="92"/>
        <source>&amp;Reload file</source>
        <translation>อ่านไฟล์ใหม่ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="93"/>
        <source>Read the file again after correcting it</source>
        <translation>อ่านไฟล์อีกครั้งหลังแก้ไขแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="123"/>
        <source>Reading &apos;%1&apos;…</source>
        <translation>กำลังอ่านแฟ้ม &apos;%1&apos;…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="156"/>
        <source>This file cannot be imported. Nothing was imported.</source>
        <translation>ไม่สามารถนำเข้าไฟล์นี้ได้ ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="172"/>
        <source>OK</source>
        <translation>ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="184"/>
        <source>%1 people are ready to import from &apos;%2&apos;.</source>
        <translation>พร้อมนำเข้ากำลังพล %1 คน จาก &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="190"/>
        <source>%1 problem(s) on %2 row(s). Nothing will be imported until the file is corrected; correct it in Excel, save it, and press Reload file.</source>
        <translation>พบปัญหา %1 รายการ ใน %2 แถว จะยังไม่นำเข้าข้อมูลใดจนกว่าจะแก้ไขไฟล์ กรุณาแก้ไขใน Excel บันทึกไฟล์ แล้วกดปุ่ม &quot;อ่านไฟล์ใหม่&quot;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="197"/>
        <source>Columns not used: %1</source>
        <translation>คอลัมน์ที่ไม่ได้ใช้: %1</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="77"/>
        <source>Search name, position, phone… (Ctrl+F)</source>
        <translation>ค้นหาชื่อ ตำแหน่ง โทรศัพท์… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="81"/>
        <source>All ranks</source>
        <translation>ทุกยศ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="84"/>
        <source>Show people who have left</source>
        <translation>แสดงผู้ที่ออกจากหน่วยแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="87"/>
        <source>&amp;Add person…</source>
        <translation>เพิ่มกำลังพล… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="89"/>
        <source>&amp;Edit…</source>
        <translation>แก้ไข… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="91"/>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="215"/>
        <source>Mark as &amp;left</source>
        <translation>บันทึกว่าออกจากหน่วย (&amp;L)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="93"/>
        <source>&amp;Import from Excel…</source>
        <translation>นำเข้าจาก Excel… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="94"/>
        <source>Save import &amp;template…</source>
        <translation>บันทึกแบบฟอร์มสำหรับนำเข้า… (&amp;T)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="95"/>
        <source>E&amp;xport to Excel…</source>
        <translation>ส่งออกเป็น Excel… (&amp;X)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="148"/>
        <source>%1 shown; %2 serving, %3 left</source>
        <translation>แสดง %1 คน ปฏิบัติงาน %2 คน ออกจากหน่วย %3 คน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="157"/>
        <source>All sections</source>
        <translation>ทุกสายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="213"/>
        <source>Mark as &amp;serving again</source>
        <translation>บันทึกว่ากลับมาปฏิบัติงาน (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="240"/>
        <source>The database could not be written (%1). Nothing was changed.</source>
        <translation>เขียนฐานข้อมูลไม่ได้ (%1) ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="271"/>
        <source>Mark as left</source>
        <translation>บันทึกว่าออกจากหน่วย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="272"/>
        <source>%1 has left the unit? They stay in the roster&apos;s history and in past documents, but are no longer offered for new work.</source>
        <translation>%1 ออกจากหน่วยแล้วใช่หรือไม่ รายชื่อจะยังคงอยู่ในประวัติของบัญชีรายชื่อกำลังพลและในเอกสารที่จัดทำไว้แล้ว แต่จะไม่ปรากฏให้เลือกสำหรับงานใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="239"/>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="287"/>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="331"/>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="344"/>
        <source>Not saved</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="291"/>
        <source>Import roster</source>
        <translation>นำเข้าบัญชีรายชื่อกำลังพล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="292"/>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="315"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="309"/>
        <source>Roster imported</source>
        <translation>นำเข้าบัญชีรายชื่อกำลังพลแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="310"/>
        <source>%1 people were added to the roster.</source>
        <translation>เพิ่มกำลังพล %1 คน ในบัญชีรายชื่อกำลังพลแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="323"/>
        <source>Save roster template</source>
        <translation>บันทึกแบบฟอร์มบัญชีรายชื่อกำลังพล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="334"/>
        <source>Export roster</source>
        <translation>ส่งออกบัญชีรายชื่อกำลังพล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="346"/>
        <source>Roster exported</source>
        <translation>ส่งออกบัญชีรายชื่อกำลังพลแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="347"/>
        <source>%1 people written to %2.</source>
        <translation>บันทึกกำลังพล %1 คน ลงใน %2 แล้ว</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="66"/>
        <source>Rank and name</source>
        <translation>ยศ ชื่อ สกุล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="67"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="68"/>
        <source>Section</source>
        <translation>สายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="69"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="70"/>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="71"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="86"/>
        <source>Serving</source>
        <translation>ปฏิบัติงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="88"/>
        <source>Left</source>
        <translation>ออกจากหน่วย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="90"/>
        <source>Left %1</source>
        <translation>ออกจากหน่วย %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="35"/>
        <source>Thai digits (๑๒๓)</source>
        <translation>เลขไทย (๑๒๓)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="36"/>
        <source>Arabic digits (123)</source>
        <translation>เลขอารบิก (123)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="39"/>
        <source>your home folder</source>
        <translation>โฟลเดอร์หลักของผู้ใช้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="40"/>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="46"/>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="47"/>
        <source>&amp;Digits in documents</source>
        <translation>ตัวเลขในเอกสาร (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="48"/>
        <source>&amp;Folder for exports</source>
        <translation>โฟลเดอร์สำหรับส่งออก (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="52"/>
        <source>Folder for exports</source>
        <translation>โฟลเดอร์สำหรับส่งออก</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="354"/>
        <source>Sign off report</source>
        <translation>ลงนามรับรองรายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="359"/>
        <source>&amp;Prepared by</source>
        <translation>ผู้จัดทำ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="359"/>
        <source>&amp;Checked by</source>
        <translation>ผู้ตรวจ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="360"/>
        <source>&amp;Approved by</source>
        <translation>ผู้อนุมัติ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="383"/>
        <source>The roster is empty: add the signers first.</source>
        <translation>บัญชีรายชื่อยังว่าง: เพิ่มผู้ลงนามก่อน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="386"/>
        <source>Give the date of each signature, e.g. 21 พ.ย. 69.</source>
        <translation>ระบุวันที่ลงนามของแต่ละคน เช่น 21 พ.ย. 69</translation>
    </message>
</context>
<context>
    <name>ThaiDateField</name>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="35"/>
        <source>e.g. 28 ก.พ. 2568</source>
        <translation>เช่น 28 ก.พ. 2568</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="56"/>
        <source>not a date</source>
        <translation>ไม่ใช่วันที่</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="50"/>
        <source>e.g. ตรวจคนเข้าเมืองจังหวัด…</source>
        <translation>เช่น ตรวจคนเข้าเมืองจังหวัด…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="52"/>
        <source>e.g. ตม.จว.…</source>
        <translation>เช่น ตม.จว.…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="69"/>
        <source>Import image…</source>
        <translation>นำเข้ารูปภาพ…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="70"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="84"/>
        <source>S&amp;hort name</source>
        <translation>ชื่อย่อ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="85"/>
        <source>&amp;Kind of unit</source>
        <translation>ประเภทหน่วย (&amp;K)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="86"/>
        <source>&amp;Parent bureau</source>
        <translation>หน่วยต้นสังกัด (&amp;P)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="88"/>
        <source>P&amp;hone</source>
        <translation>โทรศัพท์ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="83"/>
        <source>Full &amp;name</source>
        <translation>ชื่อเต็มของหน่วย (&amp;N)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="87"/>
        <source>A&amp;ddress</source>
        <translation>ที่อยู่ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="89"/>
        <source>E-ma&amp;il</source>
        <translation>อีเมล (&amp;I)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="90"/>
        <source>&amp;Website</source>
        <translation>เว็บไซต์ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="91"/>
        <source>&amp;Commander</source>
        <translation>หัวหน้าหน่วย (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="92"/>
        <source>Emblem</source>
        <translation>ตราสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="96"/>
        <source>&amp;Save profile</source>
        <translation>บันทึกข้อมูลหน่วย (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="97"/>
        <source>Save the unit profile (Ctrl+S)</source>
        <translation>บันทึกข้อมูลหน่วย (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="98"/>
        <source>Re&amp;vert</source>
        <translation>คืนค่าเดิม (&amp;V)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="104"/>
        <source>Unit profile</source>
        <translation>ข้อมูลหน่วย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="143"/>
        <source>(not chosen)</source>
        <translation>(ยังไม่ได้เลือก)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="211"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="213"/>
        <source>Import the unit&apos;s official emblem once; orders print it at 3 cm. Without one, orders print without an emblem.</source>
        <translation>นำเข้าตราสัญลักษณ์ทางราชการของหน่วยเพียงครั้งเดียว คำสั่งจะพิมพ์ตราสัญลักษณ์ขนาด 3 ซม. หากไม่มี คำสั่งจะพิมพ์โดยไม่มีตราสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="215"/>
        <source>Save the profile first, then import the emblem.</source>
        <translation>กรุณาบันทึกข้อมูลหน่วยก่อน แล้วจึงนำเข้าตราสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="226"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 พิกเซล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="231"/>
        <source>Import emblem</source>
        <translation>นำเข้าตราสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="232"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="242"/>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="245"/>
        <source>Emblem not imported</source>
        <translation>ไม่ได้นำเข้าตราสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="250"/>
        <source>Remove emblem</source>
        <translation>ลบตราสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="251"/>
        <source>Remove the unit&apos;s emblem?</source>
        <translation>ต้องการลบตราสัญลักษณ์ของหน่วยหรือไม่</translation>
    </message>
</context>
</TS>
