<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/action_dialog.py" line="89"/>
        <source>Action item</source>
        <translation>รายการที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/action_dialog.py" line="89"/>
        <source>New action item</source>
        <translation>เพิ่มรายการที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/action_dialog.py" line="97"/>
        <source>A person, or a section or role in words</source>
        <translation>ระบุบุคคล หรือพิมพ์ชื่อสายงานหรือหน้าที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/action_dialog.py" line="104"/>
        <source>&amp;What:</source>
        <translation>สิ่งที่ต้องดำเนินการ (&amp;W):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/action_dialog.py" line="105"/>
        <source>W&amp;ho:</source>
        <translation>ผู้รับผิดชอบ (&amp;H):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/action_dialog.py" line="106"/>
        <source>D&amp;ue:</source>
        <translation>กำหนดแล้วเสร็จ (&amp;U):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/action_dialog.py" line="107"/>
        <source>&amp;Done on:</source>
        <translation>ดำเนินการแล้วเสร็จเมื่อ (&amp;D):</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/action_dialog.py" line="48"/>
        <source>What</source>
        <translation>สิ่งที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/action_dialog.py" line="48"/>
        <source>Who</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/action_dialog.py" line="48"/>
        <source>Due</source>
        <translation>กำหนดแล้วเสร็จ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/action_dialog.py" line="48"/>
        <source>Done</source>
        <translation>แล้วเสร็จเมื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/action_dialog.py" line="65"/>
        <source>(not in the roster)</source>
        <translation>(ไม่อยู่ในทะเบียนกำลังพล)</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_model.py" line="51"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_model.py" line="51"/>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_model.py" line="51"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_model.py" line="51"/>
        <source>What</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_model.py" line="52"/>
        <source>Who</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_model.py" line="52"/>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_model.py" line="87"/>
        <source>Phase</source>
        <translation>ขั้นตอนตามปฏิทิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_model.py" line="88"/>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_model.py" line="89"/>
        <source>Action item</source>
        <translation>งานที่มอบหมาย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_model.py" line="90"/>
        <source>OIT deadline</source>
        <translation>กำหนดส่ง OIT</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_model.py" line="91"/>
        <source>Monthly deliverable</source>
        <translation>งานรายเดือน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_model.py" line="96"/>
        <source>Done</source>
        <translation>ดำเนินการแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_model.py" line="98"/>
        <source>Late</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_model.py" line="100"/>
        <source>Due this week</source>
        <translation>ครบกำหนดภายในสัปดาห์นี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_agenda_model.py" line="46"/>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_agenda_model.py" line="46"/>
        <source>Agenda item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_agenda_model.py" line="176"/>
        <source>(no title)</source>
        <translation>(ยังไม่มีชื่อเรื่อง)</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="60"/>
        <source>Ctrl+Up / Ctrl+Down move the selected item among its neighbours; Delete removes it.</source>
        <translation>กด Ctrl+ลูกศรขึ้น / Ctrl+ลูกศรลง เพื่อเลื่อนลำดับเรื่องที่เลือก กด Delete เพื่อลบเรื่องนั้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="64"/>
        <source>An item with a title of its own</source>
        <translation>เรื่องที่กำหนดชื่อเรื่องเอง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="66"/>
        <source>Kind of item to add</source>
        <translation>ประเภทของระเบียบวาระที่จะเพิ่ม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="68"/>
        <source>Add i&amp;tem</source>
        <translation>เพิ่มระเบียบวาระ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="69"/>
        <source>Add sub-item</source>
        <translation>เพิ่มเรื่องย่อย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="70"/>
        <source>Remo&amp;ve item</source>
        <translation>ลบเรื่องนี้ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="71"/>
        <source>Up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="72"/>
        <source>Down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="97"/>
        <source>A person, or words such as เลขานุการฯ</source>
        <translation>ระบุบุคคล หรือพิมพ์ข้อความ เช่น เลขานุการฯ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="100"/>
        <source>e.g. รับทราบ</source>
        <translation>เช่น รับทราบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="101"/>
        <source>Holds the year&apos;s OIT assignment table</source>
        <translation>แสดงตารางมอบหมายผู้รับผิดชอบ OIT ประจำปีในเรื่องนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="106"/>
        <source>Titl&amp;e:</source>
        <translation>ชื่อเรื่อง (&amp;E):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="108"/>
        <source>Spoken &amp;by:</source>
        <translation>ผู้เสนอ/ผู้ชี้แจง (&amp;B):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="109"/>
        <source>Re&amp;solution:</source>
        <translation>มติที่ประชุม (&amp;S):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="127"/>
        <source>Change action…</source>
        <translation>แก้ไขรายการ…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="107"/>
        <source>Te&amp;xt:</source>
        <translation>รายละเอียด (&amp;X):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="103"/>
        <source>The minutes print the fiscal year&apos;s OIT assignments (each item with who prepares and who controls it, as the OIT tab holds them) right after this item&apos;s text.</source>
        <translation>รายงานการประชุมจะแสดงตารางมอบหมายผู้รับผิดชอบ OIT ของปีงบประมาณ (แต่ละหัวข้อพร้อมผู้รับผิดชอบเตรียมข้อมูลและผู้ควบคุม ตามที่บันทึกไว้ในแท็บ OIT) ต่อจากรายละเอียดของเรื่องนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="126"/>
        <source>Ne&amp;w action…</source>
        <translation>เพิ่มรายการที่ต้องดำเนินการ… (&amp;W)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="128"/>
        <source>Remove action</source>
        <translation>ลบรายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="131"/>
        <source>Enter or a double click in the table</source>
        <translation>กด Enter หรือดับเบิลคลิกรายการในตาราง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="132"/>
        <source>Delete in the table</source>
        <translation>กด Delete ที่รายการในตาราง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="138"/>
        <source>Action items (who does what by when)</source>
        <translation>รายการที่ต้องดำเนินการ (ผู้ใด ดำเนินการอะไร ภายในเมื่อใด)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="265"/>
        <source>Remove agenda item</source>
        <translation>ลบระเบียบวาระ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/agenda_panel.py" line="266"/>
        <source>Remove this item with what it holds (its text, resolution, sub-items and action items)?</source>
        <translation>ต้องการลบเรื่องนี้พร้อมทั้งรายละเอียด มติที่ประชุม เรื่องย่อย และรายการที่ต้องดำเนินการหรือไม่</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../ita_desktop/ui/oit/assign_dialog.py" line="44"/>
        <source>Remove a person from items</source>
        <translation>นำบุคคลออกจากรายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/assign_dialog.py" line="45"/>
        <source>Assign items</source>
        <translation>มอบหมายรายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/assign_dialog.py" line="46"/>
        <source>Items: %1</source>
        <translation>รายการ: %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/assign_dialog.py" line="50"/>
        <source>&amp;Preparer (prepares the data)</source>
        <translation>ผู้จัดทำข้อมูล (&amp;P)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/assign_dialog.py" line="51"/>
        <source>&amp;Controller (checks and follows up)</source>
        <translation>ผู้ควบคุม (ตรวจสอบและติดตาม) (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/assign_dialog.py" line="53"/>
        <source>&amp;Add to those already assigned</source>
        <translation>เพิ่มจากผู้ที่ได้รับมอบหมายอยู่แล้ว (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/assign_dialog.py" line="54"/>
        <source>&amp;Replace those already assigned</source>
        <translation>แทนผู้ที่ได้รับมอบหมายอยู่เดิม (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/assign_dialog.py" line="59"/>
        <source>P&amp;erson:</source>
        <translation>บุคคล (&amp;E):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/assign_dialog.py" line="60"/>
        <source>As:</source>
        <translation>ในหน้าที่:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/assign_dialog.py" line="62"/>
        <source>How:</source>
        <translation>วิธีมอบหมาย:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/assign_dialog.py" line="86"/>
        <source>Choose a person from the roster.</source>
        <translation>กรุณาเลือกบุคคลจากทะเบียนกำลังพล</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendance_model.py" line="41"/>
        <source>present</source>
        <translation>มาประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendance_model.py" line="42"/>
        <source>absent</source>
        <translation>ไม่มาประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendance_model.py" line="43"/>
        <source>attending</source>
        <translation>เข้าร่วมประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendance_model.py" line="57"/>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendance_model.py" line="57"/>
        <source>Name</source>
        <translation>ชื่อ - นามสกุล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendance_model.py" line="57"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendance_model.py" line="58"/>
        <source>Role in the meeting</source>
        <translation>หน้าที่ในที่ประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendance_model.py" line="58"/>
        <source>Presence</source>
        <translation>การมาประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendance_model.py" line="58"/>
        <source>Reason</source>
        <translation>เหตุที่ไม่มาประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendance_model.py" line="109"/>
        <source>(not in the roster)</source>
        <translation>(ไม่อยู่ในทะเบียนกำลังพล)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendance_model.py" line="136"/>
        <source>Only an absent member has a reason.</source>
        <translation>ระบุเหตุได้เฉพาะผู้ไม่มาประชุม</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendance_panel.py" line="42"/>
        <source>Double-click or press F2 to change a cell; Ctrl+Up / Ctrl+Down move the selected person; Delete removes them.</source>
        <translation>ดับเบิลคลิกหรือกด F2 เพื่อแก้ไขช่อง กด Ctrl+ลูกศรขึ้น / Ctrl+ลูกศรลง เพื่อเลื่อนลำดับผู้ที่เลือก กด Delete เพื่อนำออก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendance_panel.py" line="52"/>
        <source>Add from ro&amp;ster…</source>
        <translation>เพิ่มจากทะเบียนกำลังพล… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendance_panel.py" line="53"/>
        <source>Add gues&amp;t…</source>
        <translation>เพิ่มผู้เข้าร่วมประชุมจากภายนอก… (&amp;T)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendance_panel.py" line="54"/>
        <source>Up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendance_panel.py" line="55"/>
        <source>Down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendance_panel.py" line="56"/>
        <source>Remo&amp;ve</source>
        <translation>นำออก (&amp;V)</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../ita_desktop/ui/shell/auto_backup.py" line="104"/>
        <source>Making the daily backup… %1%</source>
        <translation>กำลังสำรองข้อมูลประจำวัน… %1%</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/auto_backup.py" line="111"/>
        <source>The daily backup was saved: %1</source>
        <translation>บันทึกสำเนาสำรองประจำวันแล้ว: %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/backup_words.py" line="18"/>
        <source>daily</source>
        <translation>ประจำวัน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/backup_words.py" line="19"/>
        <source>on closing</source>
        <translation>เมื่อปิดโปรแกรม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/backup_words.py" line="20"/>
        <source>made by hand</source>
        <translation>สั่งทำเอง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/backup_words.py" line="21"/>
        <source>before an upgrade</source>
        <translation>ก่อนปรับรุ่นฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/backup_words.py" line="22"/>
        <source>before a restore</source>
        <translation>ก่อนกู้คืน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/backup_words.py" line="26"/>
        <source>good</source>
        <translation>ใช้ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/backup_words.py" line="27"/>
        <source>damaged</source>
        <translation>เสียหาย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/backup_words.py" line="28"/>
        <source>not an ITA Desktop file</source>
        <translation>ไม่ใช่แฟ้มของ ITA Desktop</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/backup_words.py" line="29"/>
        <source>of a newer version</source>
        <translation>ของโปรแกรมรุ่นที่ใหม่กว่า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/backup_words.py" line="30"/>
        <source>not a database</source>
        <translation>ไม่ใช่ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/backup_words.py" line="31"/>
        <source>cannot be read</source>
        <translation>อ่านไม่ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/backup_words.py" line="36"/>
        <source>Checking the copy…</source>
        <translation>กำลังตรวจสำเนา…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/backup_words.py" line="37"/>
        <source>Copying…</source>
        <translation>กำลังคัดลอก…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/backup_words.py" line="38"/>
        <source>Keeping the present file as a before-restore copy…</source>
        <translation>กำลังเก็บแฟ้มปัจจุบันไว้เป็นสำเนาก่อนกู้คืน…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/backup_words.py" line="60"/>
        <source>not checked yet</source>
        <translation>ยังไม่ได้ตรวจ</translation>
    </message>
</context>
<context>
    <name>BundleJobDialog</name>
    <message>
        <location filename="../ita_desktop/ui/shell/handover.py" line="104"/>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/tab.py" line="34"/>
        <source>The year at a glance</source>
        <translation>ภาพรวมทั้งปี</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/tab.py" line="35"/>
        <source>Assessment calendar</source>
        <translation>ปฏิทินการประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/tab.py" line="36"/>
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/tab.py" line="68"/>
        <source>Not found</source>
        <translation>ไม่พบรายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/tab.py" line="69"/>
        <source>What this entry stands for is no longer there: it may have been changed or deleted meanwhile.</source>
        <translation>ไม่พบสิ่งที่รายการนี้อ้างถึงแล้ว อาจมีการแก้ไขหรือลบในระหว่างนี้</translation>
    </message>
</context>
<context>
    <name>Caretakers</name>
    <message>
        <location filename="../ita_desktop/ui/oit/caretakers_box.py" line="40"/>
        <source>ITAP system administrator</source>
        <translation>ผู้ดูแลระบบ ITAP</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/caretakers_box.py" line="42"/>
        <source>Website caretaker</source>
        <translation>ผู้ดูแลเว็บไซต์หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/caretakers_box.py" line="43"/>
        <source>IIT: controller and collectors</source>
        <translation>IIT: ผู้ควบคุมและผู้รวบรวมข้อมูล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/caretakers_box.py" line="45"/>
        <source>EIT(1): controller and section officers</source>
        <translation>EIT(1): ผู้ควบคุมและผู้รับผิดชอบแต่ละงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/caretakers_box.py" line="47"/>
        <source>EIT(2): choosing the contacts</source>
        <translation>EIT(2): ผู้คัดเลือกผู้รับบริการและผู้ติดต่อราชการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/caretakers_box.py" line="55"/>
        <source>Registers the unit in ITAP and records its basic data, sets the number of IIT respondents, uploads the EIT(2) contacts and reports the OIT answers.</source>
        <translation>ลงทะเบียนเข้าสู่ระบบ ITAP และบันทึกข้อมูลพื้นฐานของหน่วยงาน ตั้งค่าจำนวนผู้มีส่วนได้ส่วนเสียภายใน (IIT) นำเข้าข้อมูลผู้มีส่วนได้ส่วนเสียภายนอก (EIT(2)) และรายงานข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/caretakers_box.py" line="59"/>
        <source>Publishes the OIT items and the survey links on the unit&apos;s website.</source>
        <translation>เผยแพร่ข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) และช่องทางการตอบแบบวัดการรับรู้ลงบนเว็บไซต์ของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/caretakers_box.py" line="62"/>
        <source>The first person listed controls; the others gather the answers of the unit&apos;s staff.</source>
        <translation>ผู้มีรายชื่อลำดับแรกเป็นผู้ควบคุม ผู้มีรายชื่อถัดไปเป็นผู้รวบรวมข้อมูลการตอบแบบวัดของบุคลากรในหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/caretakers_box.py" line="65"/>
        <source>The first person listed controls; the others bring in the respondents of their sections (the URL or QR code for people served).</source>
        <translation>ผู้มีรายชื่อลำดับแรกเป็นผู้ควบคุม ผู้มีรายชื่อถัดไปเป็นผู้รับผิดชอบให้ผู้รับบริการหรือผู้มาติดต่อราชการของแต่ละงานตอบแบบวัด (ผ่าน URL หรือ QR Code)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/caretakers_box.py" line="68"/>
        <source>Pick the people served and contacts (at least five) for ITAP&apos;s EIT(2) list.</source>
        <translation>คัดเลือกผู้รับบริการและผู้ติดต่อราชการไม่น้อยกว่าห้าราย เพื่อนำเข้าเป็นรายชื่อ EIT(2) ในระบบ ITAP</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/caretakers_box.py" line="77"/>
        <source>nobody yet</source>
        <translation>ยังไม่ได้กำหนด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/caretakers_box.py" line="79"/>
        <source>%1 (controller)</source>
        <translation>%1 (ผู้ควบคุม)</translation>
    </message>
</context>
<context>
    <name>CaretakersBox</name>
    <message>
        <location filename="../ita_desktop/ui/oit/caretakers_box.py" line="131"/>
        <source>Who takes care of the surveys and the system</source>
        <translation>ผู้ดูแลการสำรวจและระบบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/caretakers_box.py" line="146"/>
        <source>Change…</source>
        <translation>เปลี่ยน…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/caretakers_box.py" line="147"/>
        <source>Choose the people: %1</source>
        <translation>เลือกผู้รับผิดชอบ: %1</translation>
    </message>
</context>
<context>
    <name>CaretakersDialog</name>
    <message>
        <location filename="../ita_desktop/ui/oit/caretakers_box.py" line="93"/>
        <source>%1 — choose the people</source>
        <translation>%1 — เลือกผู้รับผิดชอบ</translation>
    </message>
</context>
<context>
    <name>ChangedMeanwhile</name>
    <message>
        <location filename="../ita_desktop/ui/common/changed_meanwhile.py" line="22"/>
        <source>Changed meanwhile</source>
        <translation>ข้อมูลถูกแก้ไขในระหว่างนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/changed_meanwhile.py" line="25"/>
        <source>&amp;Show the saved version</source>
        <translation>แสดงข้อมูลที่บันทึกไว้ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/changed_meanwhile.py" line="27"/>
        <source>&amp;Keep what I typed</source>
        <translation>เก็บสิ่งที่พิมพ์ไว้ (&amp;K)</translation>
    </message>
</context>
<context>
    <name>CommitteeTab</name>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="80"/>
        <source>Order</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="80"/>
        <source>Dated</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="81"/>
        <source>What it does</source>
        <translation>สาระของคำสั่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="92"/>
        <source>A new order that replaces this one</source>
        <translation>ออกคำสั่งใหม่แทนคำสั่งนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="93"/>
        <source>A new order that adds to this one</source>
        <translation>ออกคำสั่งเพิ่มเติมคำสั่งนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="89"/>
        <source>Ne&amp;w order</source>
        <translation>คำสั่งใหม่ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="90"/>
        <source>Am&amp;end…</source>
        <translation>แก้ไขคำสั่ง… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="95"/>
        <source>C&amp;opy to next year</source>
        <translation>คัดลอกไปปีงบประมาณถัดไป (&amp;O)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="96"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="97"/>
        <source>E&amp;xport…</source>
        <translation>ส่งออก… (&amp;X)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="100"/>
        <source>The order (PDF, DOCX), to sign off…</source>
        <translation>คำสั่ง (PDF, DOCX) เพื่อลงนาม…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="102"/>
        <source>The member list (XLSX, PDF)…</source>
        <translation>รายชื่อคณะทำงาน (XLSX, PDF)…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="112"/>
        <source>&amp;In force on:</source>
        <translation>คณะที่มีผลในวันที่ (&amp;I):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="130"/>
        <source>&amp;Save order</source>
        <translation>บันทึกคำสั่ง (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="131"/>
        <source>Undo changes</source>
        <translation>ยกเลิกการแก้ไข</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="178"/>
        <source>Replaces order %1</source>
        <translation>แทนคำสั่งที่ %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="180"/>
        <source>Adds to order %1</source>
        <translation>เพิ่มเติมคำสั่งที่ %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="181"/>
        <source>Appoints the committee</source>
        <translation>แต่งตั้งคณะทำงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="191"/>
        <source>Committee orders of fiscal year %1, in the order they took effect</source>
        <translation>คำสั่งแต่งตั้งคณะทำงาน ปีงบประมาณ %1 เรียงตามวันที่มีผล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="202"/>
        <source>%1 (in force today)</source>
        <translation>%1 (มีผลวันนี้)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="206"/>
        <source>%1; signed off</source>
        <translation>%1 (ลงนามแล้ว)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="239"/>
        <source>No order of fiscal year %1 is in force on %2.</source>
        <translation>วันที่ %2 ยังไม่มีคำสั่งของปีงบประมาณ %1 ที่มีผล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="248"/>
        <source>In force on %1: order %2, %3 members:
%4</source>
        <translation>ณ วันที่ %1 มีผลตามคำสั่งที่ %2 คณะทำงาน %3 คน ได้แก่
%4</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="290"/>
        <source>Unsaved changes</source>
        <translation>มีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="291"/>
        <source>The order being edited has changes that are not saved. Save them?</source>
        <translation>คำสั่งที่กำลังแก้ไขมีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก ต้องการบันทึกหรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="306"/>
        <source>Cannot start the order</source>
        <translation>เริ่มจัดทำคำสั่งไม่ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="320"/>
        <source>Members who have left</source>
        <translation>ผู้ได้รับแต่งตั้งที่ออกจากหน่วยแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="321"/>
        <source>These members have left the unit and are marked in the list; replace them before saving:
%1</source>
        <translation>ผู้ได้รับแต่งตั้งต่อไปนี้ออกจากหน่วยแล้ว และได้ทำเครื่องหมายไว้ในรายชื่อ กรุณาแต่งตั้งผู้อื่นแทนก่อนบันทึก:
%1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="376"/>
        <source>Delete order</source>
        <translation>ลบคำสั่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="377"/>
        <source>Delete order %1 (%2)? Only an order typed by mistake should be deleted.</source>
        <translation>ต้องการลบคำสั่งที่ %1 (%2) หรือไม่ ควรลบเฉพาะคำสั่งที่บันทึกไว้โดยผิดพลาดเท่านั้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="384"/>
        <source>Order not deleted</source>
        <translation>ไม่ได้ลบคำสั่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="430"/>
        <source>a new committee order</source>
        <translation>คำสั่งแต่งตั้งคณะทำงานฉบับใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="431"/>
        <source>committee order %1</source>
        <translation>คำสั่งแต่งตั้งคณะทำงานที่ %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="440"/>
        <source>Your changes to the order on screen.</source>
        <translation>การแก้ไขคำสั่งของท่านที่แสดงอยู่บนหน้าจอ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="447"/>
        <source>The order was not saved:
%1</source>
        <translation>ยังไม่ได้บันทึกคำสั่ง เนื่องจาก:
%1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="456"/>
        <source>Order saved</source>
        <translation>บันทึกคำสั่งแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/tab.py" line="457"/>
        <source>Order %1 is saved with fiscal year %2: choose that year to see it.</source>
        <translation>บันทึกคำสั่งที่ %1 ไว้ในปีงบประมาณ %2 แล้ว กรุณาเลือกปีงบประมาณดังกล่าวเพื่อดูคำสั่ง</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="77"/>
        <source>EIT(2) contact</source>
        <translation>ผู้ติดต่อ EIT(2)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="78"/>
        <source>EIT(2) contact: %1</source>
        <translation>ผู้ติดต่อ EIT(2): %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="97"/>
        <source>&amp;Group:</source>
        <translation>กลุ่ม (&amp;G):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="98"/>
        <source>&amp;Name:</source>
        <translation>ชื่อ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="99"/>
        <source>&amp;Organisation:</source>
        <translation>หน่วยงาน/องค์กร (&amp;O):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="100"/>
        <source>&amp;Phone:</source>
        <translation>โทรศัพท์ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="101"/>
        <source>&amp;E-mail:</source>
        <translation>อีเมล (&amp;E):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="113"/>
        <source>Give the contact&apos;s name.</source>
        <translation>กรุณาระบุชื่อผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="117"/>
        <source>The year&apos;s catalog lists no EIT(2) groups: add them in the framework tab.</source>
        <translation>กรอบการประเมินของปีนี้ยังไม่มีกลุ่มผู้มีส่วนได้ส่วนเสีย EIT(2) กรุณาเพิ่มที่แท็บกรอบการประเมิน</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="48"/>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="48"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="48"/>
        <source>Organisation</source>
        <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="49"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="49"/>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="151"/>
        <source>&amp;Add contact…</source>
        <translation>เพิ่มผู้ติดต่อ… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="152"/>
        <source>Chan&amp;ge…</source>
        <translation>แก้ไข… (&amp;G)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="153"/>
        <source>&amp;Delete</source>
        <translation>ลบ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="154"/>
        <source>Undo dele&amp;te</source>
        <translation>เรียกคืนรายการที่ลบ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="155"/>
        <source>E&amp;xport for ITAP…</source>
        <translation>ส่งออกสำหรับระบบ ITAP… (&amp;X)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="182"/>
        <source>%1 contacts.</source>
        <translation>ผู้ติดต่อ %1 ราย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="185"/>
        <source>%1 contacts; the catalog asks for at least %2.</source>
        <translation>ผู้ติดต่อ %1 ราย กรอบการประเมินกำหนดไม่น้อยกว่า %2 ราย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="217"/>
        <source>Contact not deleted</source>
        <translation>ไม่ได้ลบผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/contacts_panel.py" line="229"/>
        <source>Contact not restored</source>
        <translation>ไม่ได้เรียกคืนผู้ติดต่อ</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="125"/>
        <source>Nobody is assigned to an item yet.</source>
        <translation>ยังไม่ได้มอบหมายผู้รับผิดชอบตัวชี้วัดใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="152"/>
        <source>Items by state</source>
        <translation>จำนวนตัวชี้วัดตามสถานะ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="153"/>
        <source>Projected score</source>
        <translation>คะแนนที่คาดการณ์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="155"/>
        <source>Workload per person</source>
        <translation>ภาระงานรายบุคคล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="159"/>
        <source>Needs attention</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="190"/>
        <source>The OIT dashboard of fiscal year %1 cannot be shown: %2</source>
        <translation>ไม่สามารถแสดงภาพรวม OIT ของปีงบประมาณ %1 ได้: %2</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="204"/>
        <source>Fiscal year %1, as of %2: %3 items.</source>
        <translation>ปีงบประมาณ %1 ข้อมูล ณ วันที่ %2 จำนวน %3 ตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="213"/>
        <source>Late (%1)</source>
        <translation>เลยกำหนด (%1)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="215"/>
        <source>Due within a week (%1)</source>
        <translation>ครบกำหนดภายใน ๗ วัน (%1)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="238"/>
        <source>Without a preparer or a controller: %1</source>
        <translation>ยังไม่มีผู้รับผิดชอบเตรียมข้อมูลหรือผู้ควบคุม: %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="241"/>
        <source>Formats still missing: %1</source>
        <translation>รูปแบบไฟล์ที่ยังขาด: %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="244"/>
        <source>Entries still needed: %1</source>
        <translation>จำนวนรายการที่ยังต้องเผยแพร่เพิ่ม: %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="247"/>
        <source>Every item has its people, formats and entries.</source>
        <translation>ทุกตัวชี้วัดมีผู้รับผิดชอบ รูปแบบไฟล์ และจำนวนรายการครบถ้วนแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="253"/>
        <source>Projected OIT score: %1 (the items approved or published)</source>
        <translation>คะแนน OIT ที่คาดการณ์: %1 (จากตัวชี้วัดที่ผู้บังคับบัญชาอนุมัติหรือเผยแพร่แล้ว)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="256"/>
        <source>Enter the IIT and EIT scores from ITAP on the Surveys page to project the total and the level.</source>
        <translation>กรุณากรอกคะแนน IIT และ EIT จากระบบ ITAP ในหน้าการสำรวจ IIT และ EIT เพื่อคาดการณ์คะแนนรวมและระดับผลการประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="259"/>
        <source>Projected total: %1, level %2</source>
        <translation>คะแนนรวมที่คาดการณ์: %1 ระดับ%2</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="263"/>
        <source>This is the best level.</source>
        <translation>เป็นระดับผลการประเมินสูงสุดแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="265"/>
        <source>To reach %1:</source>
        <translation>หากต้องการให้ถึงระดับ%1:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="267"/>
        <source>• the total lacks %1 points</source>
        <translation>• คะแนนรวมยังขาดอีก %1 คะแนน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="270"/>
        <source>• %1 lacks %2 points</source>
        <translation>• คะแนน %1 ยังขาดอีก %2 คะแนน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="272"/>
        <source>• OIT needs %1: approve %2</source>
        <translation>• คะแนน OIT ต้องได้ %1 โดยให้อนุมัติตัวชี้วัด %2</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="276"/>
        <source>Approving these items alone reaches the level.</source>
        <translation>การอนุมัติตัวชี้วัดดังกล่าวเพียงอย่างเดียวก็ถึงระดับนี้ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="278"/>
        <source>The OIT items alone cannot reach the level.</source>
        <translation>ตัวชี้วัด OIT เพียงอย่างเดียวไม่สามารถทำให้ถึงระดับนี้ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="280"/>
        <source>The boundary of %1 is not in the NACC&apos;s documents at hand: confirm it against the year&apos;s manual.</source>
        <translation>เกณฑ์คะแนนของระดับ%1 ไม่ปรากฏในเอกสารของ ป.ป.ช. ที่มีอยู่ กรุณาตรวจสอบกับคู่มือการประเมินของปีนี้</translation>
    </message>
</context>
<context>
    <name>DocumentsButton</name>
    <message>
        <location filename="../ita_desktop/ui/oit/documents_menu.py" line="35"/>
        <location filename="../ita_desktop/ui/evidence/documents_menu.py" line="25"/>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/documents_menu.py" line="36"/>
        <source>Export the year&apos;s OIT documents, or save the web page of the year&apos;s OIT links for the unit&apos;s website</source>
        <translation>ส่งออกเอกสาร OIT ของปีงบประมาณ หรือบันทึกหน้าเว็บรวมลิงก์ข้อมูล OIT ของปี สำหรับเว็บไซต์ของหน่วย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/documents_menu.py" line="39"/>
        <source>Assignment table (ปฏิทินกิจกรรม ๒)…</source>
        <translation>ตารางมอบหมายผู้รับผิดชอบ (ปฏิทินกิจกรรม ๒)…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/documents_menu.py" line="40"/>
        <source>Progress workbook (Excel)…</source>
        <translation>สมุดงานความก้าวหน้า (Excel)…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/documents_menu.py" line="41"/>
        <source>Progress report with charts (PDF)…</source>
        <translation>รายงานความก้าวหน้าพร้อมแผนภูมิ (PDF)…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/documents_menu.py" line="46"/>
        <source>Web page for the unit&apos;s website…</source>
        <translation>หน้าเว็บสำหรับเว็บไซต์ของหน่วย…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/documents_menu.py" line="58"/>
        <source>Save the web page of the year&apos;s OIT items</source>
        <translation>บันทึกหน้าเว็บรายการ OIT ของปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/documents_menu.py" line="59"/>
        <source>Web pages (*.html)</source>
        <translation>หน้าเว็บ (*.html)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/documents_menu.py" line="68"/>
        <source>Web page not saved</source>
        <translation>ไม่ได้บันทึกหน้าเว็บ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/documents_menu.py" line="70"/>
        <source>Web page saved</source>
        <translation>บันทึกหน้าเว็บแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/documents_menu.py" line="71"/>
        <source>The %1 OIT items of fiscal year %2 were saved to %3, one file with nothing else to copy: give it to the unit&apos;s webmaster to put on the website.</source>
        <translation>บันทึกรายการ OIT จำนวน %1 รายการของปีงบประมาณ %2 ไว้ที่ %3 แล้ว เป็นไฟล์เดียวที่ไม่ต้องคัดลอกสิ่งอื่นประกอบ กรุณามอบให้ผู้ดูแลเว็บไซต์ของหน่วยนำขึ้นเว็บไซต์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/documents_menu.py" line="26"/>
        <source>Export the year&apos;s integrity measures (O23) or the report of their results with photos (O24)</source>
        <translation>ส่งออกมาตรการยกระดับคุณธรรมและความโปร่งใสของปี (O23) หรือรายงานผลการดำเนินการพร้อมภาพถ่าย (O24)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/documents_menu.py" line="29"/>
        <source>Measures (O23)…</source>
        <translation>มาตรการภายในหน่วยงาน (O23)…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/documents_menu.py" line="30"/>
        <source>Results report with photos (O24)…</source>
        <translation>รายงานผลการดำเนินการพร้อมภาพถ่าย (O24)…</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="54"/>
        <source>Item</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="54"/>
        <source>Work</source>
        <translation>งาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="54"/>
        <source>Due</source>
        <translation>กำหนดส่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="55"/>
        <source>Prepared by</source>
        <translation>ผู้รับผิดชอบเตรียมข้อมูล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="67"/>
        <source>report of %1</source>
        <translation>รายงานประจำเดือน%1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/dashboard_page.py" line="73"/>
        <source>nobody assigned</source>
        <translation>ยังไม่ได้มอบหมาย</translation>
    </message>
</context>
<context>
    <name>DueNotice</name>
    <message>
        <location filename="../ita_desktop/ui/shell/due_notice.py" line="53"/>
        <source>Late and due this week</source>
        <translation>งานที่เลยกำหนดและครบกำหนดในสัปดาห์นี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/due_notice.py" line="59"/>
        <source>Late: %1</source>
        <translation>เลยกำหนด: %1 รายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/due_notice.py" line="62"/>
        <source>Due this week: %1</source>
        <translation>ครบกำหนดในสัปดาห์นี้: %1 รายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/due_notice.py" line="65"/>
        <source>Nothing is late or due this week.</source>
        <translation>ไม่มีงานที่เลยกำหนดหรือครบกำหนดในสัปดาห์นี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/due_notice.py" line="67"/>
        <source>&amp;Show in calendar</source>
        <translation>แสดงในปฏิทิน (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/due_notice.py" line="111"/>
        <source>Day</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/due_notice.py" line="111"/>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/due_notice.py" line="111"/>
        <source>What</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/due_notice.py" line="112"/>
        <source>Who</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/due_notice.py" line="147"/>
        <source>Late %1 day</source>
        <translation>เลยกำหนด %1 วัน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/due_notice.py" line="147"/>
        <source>Late %1 days</source>
        <translation>เลยกำหนด %1 วัน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/due_notice.py" line="151"/>
        <source>Due today</source>
        <translation>ครบกำหนดวันนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/due_notice.py" line="153"/>
        <source>Due tomorrow</source>
        <translation>ครบกำหนดพรุ่งนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/due_notice.py" line="154"/>
        <source>Due in %1 days</source>
        <translation>ครบกำหนดในอีก %1 วัน</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="112"/>
        <source>&amp;Day:</source>
        <translation>วันที่ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="113"/>
        <source>&amp;Count:</source>
        <translation>จำนวน (&amp;C):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="115"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="75"/>
        <source>Day</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="75"/>
        <source>Count</source>
        <translation>จำนวน</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="28"/>
        <source>Cannot open the database</source>
        <translation>ไม่สามารถเปิดฐานข้อมูลได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="40"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด: %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="42"/>
        <source>Your saved data is safe; the action that failed was not saved.</source>
        <translation>ข้อมูลที่บันทึกไว้แล้วยังคงปลอดภัย เฉพาะรายการที่ผิดพลาดไม่ได้ถูกบันทึก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="46"/>
        <source>The details were written to %1.</source>
        <translation>รายละเอียดถูกบันทึกไว้ที่ %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/error_dialog.py" line="50"/>
        <source>Unexpected error</source>
        <translation>ข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="15"/>
        <source>Cannot open &apos;%path&apos;: it is not an ITA Desktop database (not an SQLite file). The file was left as it is.</source>
        <translation>เปิด &apos;%path&apos; ไม่ได้ เพราะไม่ใช่ฐานข้อมูลของ ITA Desktop (ไม่ใช่แฟ้ม SQLite) แฟ้มนี้ไม่ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="18"/>
        <source>Cannot open &apos;%path&apos;: it is an SQLite database of another program, not of ITA Desktop. The file was left as it is.</source>
        <translation>เปิด &apos;%path&apos; ไม่ได้ เพราะเป็นฐานข้อมูล SQLite ของโปรแกรมอื่น ไม่ใช่ของ ITA Desktop แฟ้มนี้ไม่ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="21"/>
        <source>Cannot open &apos;%path&apos;: the file is damaged (integrity check: %problems). The file was left as it is. Restore the latest copy from the &apos;backups&apos; folder next to it, or from your own backup copy.</source>
        <translation>เปิด &apos;%path&apos; ไม่ได้ เพราะแฟ้มเสียหาย (ผลการตรวจความถูกต้อง: %problems) แฟ้มนี้ไม่ถูกแก้ไขใด ๆ กรุณานำสำเนาล่าสุดจากโฟลเดอร์ &apos;backups&apos; ที่อยู่ข้างแฟ้ม หรือจากสำเนาสำรองของท่านมาใช้แทน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="25"/>
        <source>Cannot open &apos;%path&apos;: it was written by a newer ITA Desktop (schema version %found; this program knows up to %known). The file was left as it is. Install the newer ITA Desktop to open it.</source>
        <translation>เปิด &apos;%path&apos; ไม่ได้ เพราะแฟ้มนี้บันทึกโดย ITA Desktop รุ่นที่ใหม่กว่า (โครงสร้างรุ่นที่ %found โปรแกรมนี้รู้จักถึงรุ่นที่ %known) แฟ้มนี้ไม่ถูกแก้ไขใด ๆ กรุณาติดตั้ง ITA Desktop รุ่นใหม่เพื่อเปิดแฟ้มนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="29"/>
        <source>Cannot open &apos;%path&apos;: you have no permission to read it. Ask for access, or choose another file.</source>
        <translation>เปิด &apos;%path&apos; ไม่ได้ เพราะท่านไม่มีสิทธิ์อ่านแฟ้มนี้ กรุณาขอสิทธิ์การเข้าถึง หรือเลือกแฟ้มอื่น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="32"/>
        <source>Cannot open &apos;%path&apos;: it is a folder. Choose a database file.</source>
        <translation>เปิด &apos;%path&apos; ไม่ได้ เพราะเป็นโฟลเดอร์ กรุณาเลือกแฟ้มฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="34"/>
        <source>Cannot open &apos;%path&apos;: the file does not exist. Check the path.</source>
        <translation>เปิด &apos;%path&apos; ไม่ได้ เพราะไม่มีแฟ้มนี้ กรุณาตรวจสอบตำแหน่งแฟ้ม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="36"/>
        <source>Cannot open &apos;%path&apos;: the file is empty (0 bytes), so it holds no ITA Desktop data; its writing was probably cut off. The file was left as it is. Restore the newest backup copy of it (File › Restore from a backup, or &apos;ita-desktop restore --latest&apos;), or, to start afresh, remove the empty file or choose another name with New database.</source>
        <translation>เปิด &apos;%path&apos; ไม่ได้ เพราะเป็นแฟ้มว่าง (0 ไบต์) ไม่มีข้อมูลของ ITA Desktop อยู่ การบันทึกแฟ้มนี้อาจถูกขัดจังหวะ แฟ้มนี้ไม่ถูกแก้ไขใด ๆ กรุณานำสำเนาสำรองล่าสุดของแฟ้มนี้กลับมาใช้ (เมนู แฟ้ม › กู้คืนจากสำเนาสำรอง หรือคำสั่ง &apos;ita-desktop restore --latest&apos;) หรือหากต้องการเริ่มใหม่ กรุณาลบแฟ้มว่างนี้ หรือตั้งชื่อแฟ้มอื่นด้วยคำสั่ง สร้างฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="42"/>
        <source>Cannot create &apos;%path&apos;: its folder cannot be created (%detail). Choose another place.</source>
        <translation>สร้าง &apos;%path&apos; ไม่ได้ เพราะสร้างโฟลเดอร์ของแฟ้มไม่ได้ (%detail) กรุณาเลือกที่อื่น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="45"/>
        <source>Cannot open &apos;%path&apos; (%detail). Check that the file and its folder can be read and written, or choose another file.</source>
        <translation>เปิด &apos;%path&apos; ไม่ได้ (%detail) กรุณาตรวจสอบว่าอ่านและเขียนแฟ้มและโฟลเดอร์ของแฟ้มได้ หรือเลือกแฟ้มอื่น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="48"/>
        <source>Cannot open &apos;%path&apos;: upgrading it to schema version %version failed (%detail). The upgrade was rolled back and the file is unchanged.</source>
        <translation>เปิด &apos;%path&apos; ไม่ได้ เพราะการปรับแฟ้มเป็นโครงสร้างรุ่นที่ %version ไม่สำเร็จ (%detail) การปรับได้ถูกยกเลิกทั้งหมดและแฟ้มยังคงเหมือนเดิม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="51"/>
        <source>Cannot open &apos;%path&apos;: upgrading it to schema version %version failed (%detail). The upgrade was rolled back and the file is unchanged. A copy from before the upgrade is at &apos;%backup&apos;.</source>
        <translation>เปิด &apos;%path&apos; ไม่ได้ เพราะการปรับแฟ้มเป็นโครงสร้างรุ่นที่ %version ไม่สำเร็จ (%detail) การปรับได้ถูกยกเลิกทั้งหมดและแฟ้มยังคงเหมือนเดิม สำเนาก่อนการปรับอยู่ที่ &apos;%backup&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="55"/>
        <source>Cannot open &apos;%path&apos;: it must be upgraded to schema version %version, and a copy is made first in the &apos;backups&apos; folder next to it, but the copy could not be made (%detail). The file was left as it is. Make the folder writable, or move the file to a place where a &apos;backups&apos; folder can be made.</source>
        <translation>เปิด &apos;%path&apos; ไม่ได้ เพราะต้องปรับแฟ้มเป็นโครงสร้างรุ่นที่ %version ซึ่งจะทำสำเนาไว้ก่อนในโฟลเดอร์ &apos;backups&apos; ข้างแฟ้ม แต่ทำสำเนาไม่ได้ (%detail) แฟ้มนี้ไม่ถูกแก้ไขใด ๆ กรุณาทำให้โฟลเดอร์นั้นเขียนได้ หรือย้ายแฟ้มไปไว้ในที่ที่สร้างโฟลเดอร์ &apos;backups&apos; ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="60"/>
        <source>The database &apos;%path&apos; is in use by another program or another ITA Desktop window, so nothing was changed. Close the other program and try again.</source>
        <translation>ฐานข้อมูล &apos;%path&apos; กำลังถูกใช้งานโดยโปรแกรมอื่นหรือหน้าต่าง ITA Desktop อื่น จึงไม่มีการเปลี่ยนแปลงใด ๆ กรุณาปิดโปรแกรมนั้นแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="63"/>
        <source>The database &apos;%path&apos; is read-only (a write-protected file, folder or USB stick), so nothing was changed. Copy it to a place you can write to, or ask for write access.</source>
        <translation>ฐานข้อมูล &apos;%path&apos; เป็นแบบอ่านอย่างเดียว (แฟ้ม โฟลเดอร์ หรือแฟลชไดรฟ์ที่ป้องกันการเขียน) จึงไม่มีการเปลี่ยนแปลงใด ๆ กรุณาคัดลอกไปไว้ในที่ที่เขียนได้ หรือขอสิทธิ์การเขียน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="67"/>
        <source>The database &apos;%path&apos; was opened read-only, because another window or computer has it open for changes, so nothing was changed. Close it there and open the file again to make changes.</source>
        <translation>ฐานข้อมูล &apos;%path&apos; เปิดไว้แบบอ่านอย่างเดียว เนื่องจากมีหน้าต่างอื่นหรือเครื่องคอมพิวเตอร์อื่นเปิดแก้ไขอยู่ จึงไม่ได้บันทึกการเปลี่ยนแปลงใด ๆ โปรดปิดแฟ้มที่เครื่องนั้นก่อน แล้วเปิดแฟ้มนี้อีกครั้งเพื่อแก้ไข</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="71"/>
        <source>The disk holding &apos;%path&apos; is full, so nothing was changed. Free some space and try again.</source>
        <translation>พื้นที่ดิสก์ที่เก็บ &apos;%path&apos; เต็ม จึงไม่มีการเปลี่ยนแปลงใด ๆ กรุณาเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="74"/>
        <source>The database &apos;%path&apos; could not be written (%detail), so nothing was changed. Check the disk or USB stick and try again.</source>
        <translation>เขียนฐานข้อมูล &apos;%path&apos; ไม่ได้ (%detail) จึงไม่มีการเปลี่ยนแปลงใด ๆ กรุณาตรวจสอบดิสก์หรือแฟลชไดรฟ์แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="77"/>
        <source>There is no person number %id in the roster (someone else may have changed it). Nothing was changed.</source>
        <translation>ไม่มีบุคคลลำดับที่ %id ในบัญชีรายชื่อ (อาจมีผู้อื่นแก้ไขไปแล้ว) ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="80"/>
        <source>%name was changed in another window or on another computer after you opened the entry, so your change was not saved (it would have undone theirs).</source>
        <translation>ข้อมูลของ %name ถูกแก้ไขจากหน้าต่างอื่นหรือเครื่องคอมพิวเตอร์อื่นหลังจากที่ท่านเปิดรายการนี้ จึงไม่ได้บันทึกการแก้ไขของท่าน (มิฉะนั้นจะทับการแก้ไขของผู้อื่น)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="83"/>
        <source>The unit profile was changed in another window or on another computer after you opened it, so your change was not saved (it would have undone theirs).</source>
        <translation>ข้อมูลหน่วยงานถูกแก้ไขจากหน้าต่างอื่นหรือเครื่องคอมพิวเตอร์อื่นหลังจากที่ท่านเปิดไว้ จึงไม่ได้บันทึกการแก้ไขของท่าน (มิฉะนั้นจะทับการแก้ไขของผู้อื่น)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="86"/>
        <source>This person was never saved, so there is nothing to update.</source>
        <translation>ยังไม่เคยบันทึกบุคคลนี้ จึงไม่มีข้อมูลให้ปรับปรุง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="88"/>
        <source>The commander chosen is not in the roster. Nothing was changed.</source>
        <translation>ผู้บังคับบัญชาที่เลือกไม่อยู่ในบัญชีรายชื่อ ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="90"/>
        <source>Save the unit profile before adding its emblem.</source>
        <translation>กรุณาบันทึกข้อมูลหน่วยงานก่อนเพิ่มตราสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="92"/>
        <source>Unknown language &apos;%language&apos;.</source>
        <translation>ไม่รู้จักภาษา &apos;%language&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="94"/>
        <source>The ITA framework of fiscal year %year in the database cannot be read: %detail</source>
        <translation>อ่านกรอบการประเมิน ITA ปีงบประมาณ %year ในฐานข้อมูลไม่ได้: %detail</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/errors.py" line="97"/>
        <source>%problems</source>
        <translation>%problems</translation>
    </message>
    <message>
        <location filename="../ita_desktop/media/images.py" line="46"/>
        <source>Cannot read %name: %reason.</source>
        <translation>อ่าน %name ไม่ได้: %reason</translation>
    </message>
    <message>
        <location filename="../ita_desktop/media/images.py" line="47"/>
        <source>%name is empty.</source>
        <translation>%name เป็นแฟ้มว่าง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/media/images.py" line="48"/>
        <source>%name is %megabytes MB; images up to %limit MB can be used.</source>
        <translation>%name มีขนาด %megabytes MB ใช้รูปภาพได้ไม่เกิน %limit MB</translation>
    </message>
    <message>
        <location filename="../ita_desktop/media/images.py" line="50"/>
        <source>%name is %width × %height pixels; images up to %limit megapixels can be used.</source>
        <translation>%name มีขนาด %width × %height พิกเซล ใช้รูปภาพได้ไม่เกิน %limit ล้านพิกเซล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/media/images.py" line="53"/>
        <source>%name is an image of %megapixels megapixels, too large to open; images up to %limit megapixels can be used.</source>
        <translation>%name เป็นรูปภาพขนาด %megapixels ล้านพิกเซล ซึ่งใหญ่เกินกว่าจะเปิดได้ ใช้รูปภาพได้ไม่เกิน %limit ล้านพิกเซล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/media/images.py" line="57"/>
        <source>%name is not an image ITA Desktop can read (PNG, JPEG, GIF, BMP, TIFF, WebP or HEIC).</source>
        <translation>%name ไม่ใช่รูปภาพที่ ITA Desktop อ่านได้ (PNG, JPEG, GIF, BMP, TIFF, WebP หรือ HEIC)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/media/images.py" line="61"/>
        <source>%name is too large to open on this computer.</source>
        <translation>%name ใหญ่เกินกว่าที่เครื่องนี้จะเปิดได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/media/images.py" line="63"/>
        <source>%name is damaged or cut short (%reason).</source>
        <translation>%name เสียหายหรือไม่ครบถ้วน (%reason)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/media/images.py" line="64"/>
        <source>%name is too dark to tell the paper from the ink. Scan or photograph the signature on white paper, in good light.</source>
        <translation>%name มืดเกินไปจนแยกกระดาษกับหมึกไม่ได้ ให้สแกนหรือถ่ายภาพลายมือชื่อบนกระดาษขาวในที่ที่มีแสงเพียงพอ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/media/images.py" line="68"/>
        <source>%name holds no signature: the image is blank.</source>
        <translation>%name ไม่มีลายมือชื่อ เป็นภาพว่างเปล่า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/media/images.py" line="70"/>
        <source>%name is mostly dark: it does not look like a signature on white paper.</source>
        <translation>%name มีพื้นที่มืดเป็นส่วนใหญ่ ไม่ใช่ลายมือชื่อบนกระดาษขาว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/reports/unit_data.py" line="22"/>
        <source>Fill in the unit profile (Unit &amp; people tab) before exporting.</source>
        <translation>กรุณากรอกข้อมูลหน่วยงาน (แท็บหน่วยและกำลังพล) ก่อนส่งออกรายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="37"/>
        <source>it cannot be read (%reason)</source>
        <translation>ไม่สามารถอ่านแฟ้มได้ (%reason)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="38"/>
        <source>it cannot be written (%reason)</source>
        <translation>ไม่สามารถบันทึกแฟ้มได้ (%reason)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="39"/>
        <source>the file is too big (%size bytes); a framework file may be at most %limit MB</source>
        <translation>แฟ้มมีขนาดใหญ่เกินไป (%size ไบต์) แฟ้มกรอบการประเมินมีขนาดได้ไม่เกิน %limit MB</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="42"/>
        <source>the file is not UTF-8 text (byte 0x%byte at offset %offset)</source>
        <translation>แฟ้มไม่ใช่ข้อความแบบ UTF-8 (ไบต์ 0x%byte ที่ตำแหน่ง %offset)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="44"/>
        <source>the file is not valid JSON (%reason at line %line, column %column)</source>
        <translation>แฟ้มไม่ใช่ JSON ที่ถูกต้อง (%reason ที่บรรทัด %line คอลัมน์ %column)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="46"/>
        <source>the file is not valid JSON (%reason)</source>
        <translation>แฟ้มไม่ใช่ JSON ที่ถูกต้อง (%reason)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="48"/>
        <source>the file is not an ITA Desktop framework (its JSON is not an object)</source>
        <translation>แฟ้มนี้ไม่ใช่กรอบการประเมินของ ITA Desktop (ข้อมูล JSON ไม่ใช่ออบเจกต์)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="50"/>
        <source>the file is not an ITA Desktop framework (it has no &apos;format&apos; field; expected &apos;%expected&apos;)</source>
        <translation>แฟ้มนี้ไม่ใช่กรอบการประเมินของ ITA Desktop (ไม่มีช่อง &apos;format&apos; ซึ่งควรเป็น &apos;%expected&apos;)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="54"/>
        <source>the file is not an ITA Desktop framework (its format is %found, expected &apos;%expected&apos;)</source>
        <translation>แฟ้มนี้ไม่ใช่กรอบการประเมินของ ITA Desktop (รูปแบบของแฟ้มคือ %found แต่ควรเป็น &apos;%expected&apos;)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="57"/>
        <source>&apos;format_version&apos; must be a whole number from 1, not %value</source>
        <translation>&apos;format_version&apos; ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป ไม่ใช่ %value</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="59"/>
        <source>the file was written by a newer version of ITA Desktop (format_version %version; this version reads up to %supported); update ITA Desktop to open it</source>
        <translation>แฟ้มนี้สร้างจาก ITA Desktop รุ่นที่ใหม่กว่า (format_version %version แต่รุ่นนี้อ่านได้ถึง %supported) กรุณาปรับปรุง ITA Desktop เป็นรุ่นใหม่ก่อนเปิดแฟ้มนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="63"/>
        <source>unknown framework %value (known: %known)</source>
        <translation>ไม่รู้จักกรอบการประเมิน %value (ที่รู้จัก: %known)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="65"/>
        <source>there is no bundled %framework framework for fiscal year %year</source>
        <translation>ไม่มีกรอบการประเมิน %framework ที่มากับโปรแกรมสำหรับปีงบประมาณ %year</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="67"/>
        <source>there is no bundled %framework framework</source>
        <translation>ไม่มีกรอบการประเมิน %framework ที่มากับโปรแกรม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="69"/>
        <source>there is no bundled %framework framework up to fiscal year %year</source>
        <translation>ไม่มีกรอบการประเมิน %framework ที่มากับโปรแกรมจนถึงปีงบประมาณ %year</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="71"/>
        <source>the file holds the %framework framework for %year, not the one its name says</source>
        <translation>แฟ้มนี้มีกรอบการประเมิน %framework ของปีงบประมาณ %year ซึ่งไม่ตรงกับชื่อแฟ้ม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="74"/>
        <source>%where: the number %value has more than %digits digits before or after the decimal point; a framework holds no such number</source>
        <translation>%where: ตัวเลข %value มีจำนวนหลักก่อนหรือหลังจุดทศนิยมเกิน %digits หลัก ซึ่งกรอบการประเมินไม่มีตัวเลขเช่นนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="78"/>
        <source>%where: the text holds the character %character, which cannot be stored or printed (a damaged or hand-edited file?)</source>
        <translation>%where: ข้อความมีอักขระ %character ซึ่งไม่สามารถจัดเก็บหรือพิมพ์ได้ (แฟ้มอาจเสียหายหรือถูกแก้ไขด้วยมือ)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/framework_file.py" line="82"/>
        <source>%where: the text is %length characters long; at most %limit are allowed</source>
        <translation>%where: ข้อความยาว %length ตัวอักษร แต่กำหนดให้ยาวได้ไม่เกิน %limit ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="22"/>
        <source>The framework cannot be used: %problem</source>
        <translation>ไม่สามารถใช้กรอบการประเมินนี้ได้: %problem</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="23"/>
        <source>The framework cannot be used (%count problems):
%problems</source>
        <translation>ไม่สามารถใช้กรอบการประเมินนี้ได้ (พบปัญหา %count รายการ):
%problems</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="25"/>
        <source>The framework file &apos;%path&apos; cannot be used: %problem</source>
        <translation>ไม่สามารถใช้แฟ้มกรอบการประเมิน &apos;%path&apos; ได้: %problem</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="27"/>
        <source>The framework file &apos;%path&apos; cannot be used (%count problems):
%problems</source>
        <translation>ไม่สามารถใช้แฟ้มกรอบการประเมิน &apos;%path&apos; ได้ (พบปัญหา %count รายการ):
%problems</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="29"/>
        <source>The framework was not saved to &apos;%path&apos;: %problem</source>
        <translation>ไม่ได้บันทึกกรอบการประเมินลงในแฟ้ม &apos;%path&apos;: %problem</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="31"/>
        <source>The framework was not saved to &apos;%path&apos; (%count problems):
%problems</source>
        <translation>ไม่ได้บันทึกกรอบการประเมินลงในแฟ้ม &apos;%path&apos; (พบปัญหา %count รายการ):
%problems</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="33"/>
        <source>… and %count more</source>
        <translation>… และอีก %count รายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="35"/>
        <source>%where: &apos;%key&apos; is missing</source>
        <translation>%where: ไม่มี &apos;%key&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="36"/>
        <source>%where: unknown field &apos;%key&apos;</source>
        <translation>%where: ไม่รู้จักช่องข้อมูล &apos;%key&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="37"/>
        <source>%where: must be an object</source>
        <translation>%where: ต้องเป็นออบเจกต์ (object)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="38"/>
        <source>%where: &apos;%key&apos; must be a string</source>
        <translation>%where: &apos;%key&apos; ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="39"/>
        <source>%where: &apos;%key&apos; must not be empty</source>
        <translation>%where: &apos;%key&apos; ต้องไม่เว้นว่าง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="40"/>
        <source>%where: &apos;%key&apos; must be a whole number</source>
        <translation>%where: &apos;%key&apos; ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="42"/>
        <source>%where: &apos;%key&apos; must be at least %minimum, not %value</source>
        <translation>%where: &apos;%key&apos; ต้องไม่น้อยกว่า %minimum ไม่ใช่ %value</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="44"/>
        <source>%where: &apos;%key&apos; must be a number such as 1.5 (or the string &quot;1.5&quot;)</source>
        <translation>%where: &apos;%key&apos; ต้องเป็นตัวเลข เช่น 1.5 (หรือข้อความ &quot;1.5&quot;)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="46"/>
        <source>%where: &apos;%key&apos; must have at most %digits digits before and after the decimal point, not %value</source>
        <translation>%where: &apos;%key&apos; ต้องมีไม่เกิน %digits หลักทั้งก่อนและหลังจุดทศนิยม ไม่ใช่ %value</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="50"/>
        <source>%where: &apos;%key&apos; must not be negative, not %value</source>
        <translation>%where: &apos;%key&apos; ต้องไม่ติดลบ ไม่ใช่ %value</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="52"/>
        <source>%where: &apos;%key&apos; is not a real date: %value</source>
        <translation>%where: &apos;%key&apos; ไม่ใช่วันที่ที่มีอยู่จริง: %value</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="54"/>
        <source>%where: &apos;%key&apos; must be an ISO date string (YYYY-MM-DD), not %value</source>
        <translation>%where: &apos;%key&apos; ต้องเป็นวันที่แบบ ISO (YYYY-MM-DD) ไม่ใช่ %value</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="56"/>
        <source>%where: &apos;%key&apos; must be a list</source>
        <translation>%where: &apos;%key&apos; ต้องเป็นรายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="57"/>
        <source>%where: &apos;%key&apos; must be a list of strings</source>
        <translation>%where: &apos;%key&apos; ต้องเป็นรายการข้อความ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="59"/>
        <source>%where: &apos;%key&apos; must have at least one entry</source>
        <translation>%where: &apos;%key&apos; ต้องมีอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="61"/>
        <source>%where: &apos;%key&apos; must not contain empty strings</source>
        <translation>%where: &apos;%key&apos; ต้องไม่มีข้อความว่าง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="63"/>
        <source>%where: &apos;%key&apos; must be one of %choices, not %value</source>
        <translation>%where: &apos;%key&apos; ต้องเป็นค่าใดค่าหนึ่งใน %choices ไม่ใช่ %value</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="65"/>
        <source>%where: &apos;%key&apos; must be a Buddhist Era year such as 2568, not %value</source>
        <translation>%where: &apos;%key&apos; ต้องเป็นปีพุทธศักราช เช่น 2568 ไม่ใช่ %value</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="68"/>
        <source>%where: the weights of IIT, EIT and OIT must add up to 100, not %total</source>
        <translation>%where: น้ำหนักคะแนนของ IIT, EIT และ OIT ต้องรวมกันได้ 100 แต่รวมได้ %total</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="70"/>
        <source>%where: section &apos;%section&apos; has more than one quota</source>
        <translation>%where: สายงาน &apos;%section&apos; มีโควตามากกว่าหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="72"/>
        <source>%where: section &apos;%section&apos; is not one of the EIT sections (%known)</source>
        <translation>%where: สายงาน &apos;%section&apos; ไม่ใช่สายงานที่มีโควตา EIT (%known)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="74"/>
        <source>%where: code &apos;%code&apos; must be of the form %number.&lt;n&gt;</source>
        <translation>%where: รหัส &apos;%code&apos; ต้องอยู่ในรูปแบบ %number.&lt;n&gt;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="76"/>
        <source>%where: indicator number %number is used more than once</source>
        <translation>%where: ตัวชี้วัดหมายเลข %number ถูกใช้มากกว่าหนึ่งครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="78"/>
        <source>%where: sub-indicator code &apos;%code&apos; is used more than once</source>
        <translation>%where: รหัสตัวชี้วัดย่อย &apos;%code&apos; ถูกใช้มากกว่าหนึ่งครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="80"/>
        <source>%where: its sub-indicator points add up to %total, not to its %points points</source>
        <translation>%where: คะแนนของตัวชี้วัดย่อยรวมกันได้ %total ไม่เท่ากับคะแนนของตัวชี้วัด %points คะแนน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="82"/>
        <source>%where: the %tool indicators&apos; points add up to %total, not to the %tool weight %weight</source>
        <translation>%where: คะแนนของตัวชี้วัด %tool รวมกันได้ %total ไม่เท่ากับน้ำหนักของ %tool ซึ่งเท่ากับ %weight</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="85"/>
        <source>%where: a &apos;%kind&apos; deadline must not have a &apos;day&apos;</source>
        <translation>%where: กำหนดเวลาแบบ &apos;%kind&apos; ต้องไม่มี &apos;day&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="87"/>
        <source>%where: a &apos;%kind&apos; deadline must not have a &apos;date&apos;</source>
        <translation>%where: กำหนดเวลาแบบ &apos;%kind&apos; ต้องไม่มี &apos;date&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="89"/>
        <source>%where: %date is outside fiscal year %year (%first to %last)</source>
        <translation>%where: %date อยู่นอกปีงบประมาณ %year (%first ถึง %last)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="91"/>
        <source>%where: &apos;%key&apos; %date is outside fiscal year %year (%first to %last)</source>
        <translation>%where: &apos;%key&apos; %date อยู่นอกปีงบประมาณ %year (%first ถึง %last)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="93"/>
        <source>%where: &apos;day&apos; must be between 1 and %max, not %value</source>
        <translation>%where: &apos;day&apos; ต้องอยู่ระหว่าง 1 ถึง %max ไม่ใช่ %value</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="95"/>
        <source>%where: code &apos;%code&apos; must be O followed by a number, such as O4</source>
        <translation>%where: รหัส &apos;%code&apos; ต้องขึ้นต้นด้วย O ตามด้วยตัวเลข เช่น O4</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="97"/>
        <source>%where: indicator &apos;%indicator&apos; is not a sub-indicator of an OIT indicator (known: %known)</source>
        <translation>%where: &apos;%indicator&apos; ไม่ใช่ตัวชี้วัดย่อยของตัวชี้วัด OIT (ที่มี: %known)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="101"/>
        <source>%where: &apos;formats&apos; lists a format more than once</source>
        <translation>%where: &apos;formats&apos; ระบุรูปแบบแฟ้มซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="103"/>
        <source>%where: each entry of &apos;formats&apos; must be a format such as &quot;PDF&quot; or a list of formats any one of which will do, such as [&quot;Excel&quot;, &quot;Word&quot;]</source>
        <translation>%where: แต่ละรายการของ &apos;formats&apos; ต้องเป็นรูปแบบแฟ้ม เช่น &quot;PDF&quot; หรือรายการรูปแบบแฟ้มที่ใช้แบบใดแบบหนึ่งก็ได้ เช่น [&quot;Excel&quot;, &quot;Word&quot;]</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="107"/>
        <source>%where: &apos;formats&apos; must not contain an empty format or an empty choice</source>
        <translation>%where: &apos;formats&apos; ต้องไม่มีรูปแบบแฟ้มหรือรายการทางเลือกที่เว้นว่าง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="109"/>
        <source>%where: &apos;key&apos; must be lower-case letters, digits and hyphens such as &quot;anti-bribery-policy&quot;, not %value</source>
        <translation>%where: &apos;key&apos; ต้องประกอบด้วยอักษรภาษาอังกฤษตัวพิมพ์เล็ก ตัวเลข และขีด (-) เช่น &quot;anti-bribery-policy&quot; ไม่ใช่ %value</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="113"/>
        <source>%where: key &apos;%key&apos; is used by more than one item</source>
        <translation>%where: รหัสประจำข้อ &apos;%key&apos; ถูกใช้กับมากกว่าหนึ่งข้อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="115"/>
        <source>%where: the %key target %value is below the minimum of %minimum</source>
        <translation>%where: เป้าหมาย %key จำนวน %value น้อยกว่าจำนวนขั้นต่ำ %minimum</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="117"/>
        <source>%where: code %code is used by more than one item (duplicate code)</source>
        <translation>%where: รหัส %code ถูกใช้มากกว่าหนึ่งข้อ (รหัสซ้ำ)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="119"/>
        <source>%where: the item points add up to %total, not to the OIT weight %weight</source>
        <translation>%where: คะแนนของข้อ OIT รวมกันได้ %total ไม่เท่ากับน้ำหนักของ OIT ซึ่งเท่ากับ %weight</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="121"/>
        <source>%where: the points of the items under sub-indicator %code add up to %total, not to its %points points</source>
        <translation>%where: คะแนนของข้อภายใต้ตัวชี้วัดย่อย %code รวมกันได้ %total ไม่เท่ากับคะแนนของตัวชี้วัดย่อย %points คะแนน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="125"/>
        <source>%where: order %order is used by more than one phase</source>
        <translation>%where: ลำดับที่ %order ถูกใช้มากกว่าหนึ่งขั้นตอน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="127"/>
        <source>%where: it starts (%start) after it ends (%end)</source>
        <translation>%where: วันเริ่มต้น (%start) อยู่หลังวันสิ้นสุด (%end)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="130"/>
        <source>the new fiscal year must be a whole number, not %value</source>
        <translation>ปีงบประมาณใหม่ต้องเป็นจำนวนเต็ม ไม่ใช่ %value</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="132"/>
        <source>the new fiscal year must be a Buddhist Era year such as 2569, not %value</source>
        <translation>ปีงบประมาณใหม่ต้องเป็นปีพุทธศักราช เช่น 2569 ไม่ใช่ %value</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="134"/>
        <source>the framework is already for fiscal year %year</source>
        <translation>กรอบการประเมินนี้เป็นของปีงบประมาณ %year อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="136"/>
        <source>there is no OIT item &apos;%code&apos; in the framework</source>
        <translation>ไม่มีข้อ OIT &apos;%code&apos; ในกรอบการประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="138"/>
        <source>an OIT item must be an OitItem, not %type</source>
        <translation>ข้อ OIT ต้องเป็น OitItem ไม่ใช่ %type</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="140"/>
        <source>there is already an OIT item %code (duplicate code)</source>
        <translation>มีข้อ OIT %code อยู่แล้ว (รหัสซ้ำ)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/framework/problems.py" line="142"/>
        <source>OIT items have no field &apos;%name&apos; (fields: %fields)</source>
        <translation>ข้อ OIT ไม่มีช่องข้อมูล &apos;%name&apos; (ช่องที่มี: %fields)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/backups.py" line="94"/>
        <source>&apos;%path&apos; is the open database itself. Choose another file for the backup copy; nothing was written.</source>
        <translation>&apos;%path&apos; คือฐานข้อมูลที่เปิดใช้งานอยู่ กรุณาเลือกแฟ้มอื่นสำหรับสำเนาสำรอง ยังไม่มีการเขียนแฟ้มใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/backups.py" line="97"/>
        <source>The backup copy could not be written to &apos;%path&apos; (%detail). Nothing was written there, and the open database is unchanged.</source>
        <translation>ไม่สามารถเขียนสำเนาสำรองไปยัง &apos;%path&apos; ได้ (%detail) จึงไม่มีการเขียนแฟ้มดังกล่าว และฐานข้อมูลที่เปิดอยู่ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/roster.py" line="38"/>
        <source>The roster file has %count problem(s), so nothing was imported. Correct the file and import it again.</source>
        <translation>แฟ้มบัญชีรายชื่อกำลังพลมีปัญหา %count รายการ จึงยังไม่มีการนำเข้าข้อมูลใด ๆ กรุณาแก้ไขแฟ้มแล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/roster.py" line="41"/>
        <source>%count people of this roster file were added to the roster after the file was checked (by another import or window at the same moment, for example), so nothing was imported. Check the file again: the preview shows who is already in the roster.</source>
        <translation>มีผู้อยู่ในแฟ้มบัญชีรายชื่อนี้จำนวน %count คน ถูกเพิ่มเข้าบัญชีรายชื่อแล้วภายหลังการตรวจสอบแฟ้ม (เช่น จากการนำเข้าอีกรายการหนึ่งหรือจากหน้าต่างอื่นในเวลาเดียวกัน) จึงมิได้นำเข้าข้อมูลใด โปรดตรวจสอบแฟ้มอีกครั้ง หน้าตัวอย่างจะแสดงผู้ที่มีอยู่ในบัญชีรายชื่อแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/roster.py" line="46"/>
        <source>The roster file holds nobody to import, so nothing was imported.</source>
        <translation>แฟ้มบัญชีรายชื่อกำลังพลไม่มีรายชื่อบุคคลที่จะนำเข้า จึงไม่มีการนำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/roster.py" line="48"/>
        <source>Cannot write &apos;%path&apos; (%detail). Nothing was written there.</source>
        <translation>เขียนแฟ้ม &apos;%path&apos; ไม่ได้ (%detail) จึงไม่มีการเขียนสิ่งใดลงในที่นั้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/roster.py" line="50"/>
        <source>&apos;%text&apos; matches %count active people of the roster; give the roster number or more of the name.</source>
        <translation>&apos;%text&apos; ตรงกับบุคคลที่ปฏิบัติงานอยู่ในบัญชีรายชื่อ %count คน กรุณาระบุเลขลำดับในบัญชีรายชื่อ หรือระบุชื่อให้ครบถ้วนยิ่งขึ้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/frameworks.py" line="42"/>
        <source>Fiscal year %year already has a framework; nothing was changed.</source>
        <translation>ปีงบประมาณ %year มีกรอบการประเมินอยู่แล้ว จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/frameworks.py" line="44"/>
        <source>Fiscal year %year has no framework yet; nothing was changed.</source>
        <translation>ปีงบประมาณ %year ยังไม่มีกรอบการประเมิน จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/frameworks.py" line="46"/>
        <source>The framework in the file is for &apos;%found&apos; units, but this unit uses &apos;%expected&apos;. Nothing was imported.</source>
        <translation>กรอบการประเมินในแฟ้มนี้ใช้สำหรับหน่วยประเภท &apos;%found&apos; แต่หน่วยนี้ใช้ประเภท &apos;%expected&apos; จึงไม่มีการนำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/frameworks.py" line="49"/>
        <source>Fiscal year %year already has a framework; importing the file would replace it. Nothing was imported.</source>
        <translation>ปีงบประมาณ %year มีกรอบการประเมินอยู่แล้ว การนำเข้าแฟ้มนี้จะแทนที่กรอบเดิม จึงยังไม่มีการนำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/blobs.py" line="23"/>
        <source>The database holds no stored file with SHA-256 %sha256. Run &quot;ita-desktop check&quot; on the database, or restore it from a backup copy.</source>
        <translation>ฐานข้อมูลไม่มีแฟ้มที่จัดเก็บไว้ซึ่งมีค่า SHA-256 %sha256 กรุณาตรวจสอบฐานข้อมูลด้วยคำสั่ง &quot;ita-desktop check&quot; หรือกู้คืนจากสำเนาสำรอง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/blobs.py" line="26"/>
        <source>The stored file with SHA-256 %sha256 is damaged: its content no longer matches. Run &quot;ita-desktop check&quot; on the database, or restore it from a backup copy.</source>
        <translation>แฟ้มที่จัดเก็บไว้ซึ่งมีค่า SHA-256 %sha256 เสียหาย เนื้อหาไม่ตรงกับที่จัดเก็บไว้แล้ว กรุณาใช้คำสั่ง &quot;ita-desktop check&quot; ตรวจสอบฐานข้อมูล หรือกู้คืนฐานข้อมูลจากสำเนาสำรอง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/report_register.py" line="31"/>
        <source>A signed-off version needs its rendered files; nothing was stored.</source>
        <translation>ฉบับที่ลงนามแล้วต้องมีแฟ้มเอกสารที่จัดทำแล้วประกอบ จึงยังไม่ได้บันทึกข้อมูลใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/report_register.py" line="33"/>
        <source>Report %kind (%subject) already has the number %number, not %given; nothing was stored.</source>
        <translation>รายงาน %kind (%subject) มีเลขที่ %number อยู่แล้ว มิใช่ %given จึงยังไม่ได้บันทึกข้อมูลใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/report_register.py" line="36"/>
        <source>Version %version of report %number was not stored (%detail).</source>
        <translation>ไม่สามารถบันทึกฉบับที่ %version ของรายงานเลขที่ %number ได้ (%detail)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/report_register.py" line="38"/>
        <source>The register has no signed-off version with the id %id.</source>
        <translation>ทะเบียนรายงานไม่มีฉบับที่ลงนามแล้วซึ่งมีรหัส %id</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/report_register.py" line="40"/>
        <source>Another sign-off of report %number (version %version) was recorded at the same moment as this one, for example from another window or PC; nothing of yours was stored. Look at the register and sign off again if needed.</source>
        <translation>มีการลงนามรายงานเลขที่ %number (ฉบับที่ %version) อีกรายการหนึ่งบันทึกไว้ในเวลาเดียวกันกับการลงนามนี้ เช่น จากหน้าต่างหรือเครื่องคอมพิวเตอร์อื่น จึงมิได้บันทึกข้อมูลใดของท่าน โปรดตรวจสอบทะเบียนรายงาน และลงนามใหม่หากยังจำเป็น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/report_register.py" line="44"/>
        <source>Another report was signed off at the same moment as this one and took the number %number; nothing of yours was stored. Sign off again: this report will get the next number.</source>
        <translation>มีรายงานอื่นลงนามในเวลาเดียวกันกับรายงานนี้และได้รับเลขที่ %number ไปแล้ว จึงมิได้บันทึกข้อมูลใดของท่าน โปรดลงนามใหม่อีกครั้ง รายงานนี้จะได้รับเลขที่ถัดไป</translation>
    </message>
    <message>
        <location filename="../ita_desktop/reports/signing.py" line="176"/>
        <source>The report %report is about %expected, not %given.</source>
        <translation>รายงาน %report จัดทำสำหรับ %expected มิใช่ %given</translation>
    </message>
    <message>
        <location filename="../ita_desktop/reports/signing.py" line="178"/>
        <source>Unknown report &apos;%report&apos;; known: %known.</source>
        <translation>ไม่รู้จักรายงาน &apos;%report&apos; รายงานที่มี ได้แก่ %known</translation>
    </message>
    <message>
        <location filename="../ita_desktop/reports/signing.py" line="180"/>
        <source>Unknown format &apos;%format&apos;; use pdf, docx or xlsx.</source>
        <translation>ไม่รู้จักรูปแบบแฟ้ม &apos;%format&apos; โปรดใช้ pdf, docx หรือ xlsx</translation>
    </message>
    <message>
        <location filename="../ita_desktop/reports/signing.py" line="182"/>
        <source>The report %report is made as %formats, not %format.</source>
        <translation>รายงาน %report จัดทำได้ในรูปแบบ %formats เท่านั้น ไม่สามารถจัดทำเป็น %format ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/reports/signing.py" line="184"/>
        <source>This data is already signed off as version %version of report %number; change the data to make a new one.</source>
        <translation>ข้อมูลชุดนี้ได้ลงนามรับรองแล้วเป็นฉบับที่ %version ของรายงานเลขที่ %number หากประสงค์จะจัดทำฉบับใหม่ โปรดแก้ไขข้อมูลก่อน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/signoff.py" line="79"/>
        <source>This document is signed off by %expected; the sign-off names %given.</source>
        <translation>เอกสารนี้ต้องลงนามโดย %expected แต่การลงนามระบุ %given</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/signoff.py" line="81"/>
        <source>This document is signed off by %expected; missing: %missing.</source>
        <translation>เอกสารนี้ต้องลงนามโดย %expected ยังขาดผู้ลงนาม: %missing</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/reports.py" line="47"/>
        <source>&apos;%path&apos; could not be written (%detail). Nothing was saved there; the database is unchanged.</source>
        <translation>ไม่สามารถบันทึกแฟ้ม &apos;%path&apos; ได้ (%detail) ไม่มีการบันทึกแฟ้มใดไว้ที่ตำแหน่งดังกล่าว และฐานข้อมูลไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/reports.py" line="50"/>
        <source>&apos;%path&apos; cannot be read (%detail).</source>
        <translation>ไม่สามารถอ่านแฟ้ม &apos;%path&apos; ได้ (%detail)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/reports.py" line="52"/>
        <source>Version %version of report %number has no signed-off %format file.</source>
        <translation>รายงานเลขที่ %number ฉบับที่ %version ไม่มีแฟ้ม %format ที่ลงนามรับรองแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/reports.py" line="54"/>
        <source>Fiscal year %year has no committee order yet, so there is no %report to make: save the year&apos;s order in the Committee tab first.</source>
        <translation>ปีงบประมาณ %year ยังไม่มีคำสั่งแต่งตั้งคณะทำงาน จึงยังจัดทำ%report ไม่ได้ กรุณาบันทึกคำสั่งของปีในแท็บคณะทำงานก่อน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/roster_xlsx.py" line="81"/>
        <source>Cannot read &apos;%path&apos;: %detail.</source>
        <translation>ไม่สามารถอ่านแฟ้ม &apos;%path&apos; ได้: %detail</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/roster_xlsx.py" line="83"/>
        <source>&apos;%name&apos; is too large for a roster (%size KB).</source>
        <translation>แฟ้ม &apos;%name&apos; มีขนาดใหญ่เกินกว่าที่จะเป็นบัญชีรายชื่อกำลังพลได้ (%size KB)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/roster_xlsx.py" line="85"/>
        <source>&apos;%name&apos; is not an Excel workbook (.xlsx). Save the roster as .xlsx first.</source>
        <translation>แฟ้ม &apos;%name&apos; ไม่ใช่สมุดงาน Excel (.xlsx) โปรดบันทึกบัญชีรายชื่อเป็นแฟ้ม .xlsx ก่อน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/roster_xlsx.py" line="87"/>
        <source>&apos;%name&apos; cannot be read as an Excel workbook (.xlsx): it is damaged, password-protected or of another kind.</source>
        <translation>ไม่สามารถอ่านแฟ้ม &apos;%name&apos; เป็นสมุดงาน Excel (.xlsx) ได้ เนื่องจากแฟ้มเสียหาย มีการตั้งรหัสผ่าน หรือเป็นแฟ้มประเภทอื่น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/roster_xlsx.py" line="90"/>
        <source>&apos;%name&apos; has no sheets.</source>
        <translation>แฟ้ม &apos;%name&apos; ไม่มีแผ่นงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/roster_xlsx.py" line="91"/>
        <source>&apos;%name&apos; has no header row: the first sheet should have the columns %columns (download the template from the program).</source>
        <translation>แฟ้ม &apos;%name&apos; ไม่มีแถวหัวตาราง แผ่นงานแรกควรมีคอลัมน์ %columns (โปรดดาวน์โหลดแบบฟอร์มจากโปรแกรม)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/roster_xlsx.py" line="94"/>
        <source>&apos;%name&apos; is not a roster: its header row has no column %missing. The header row must have the columns %columns (download the template from the program).</source>
        <translation>แฟ้ม &apos;%name&apos; ไม่ใช่บัญชีรายชื่อกำลังพล เนื่องจากแถวหัวตารางไม่มีคอลัมน์ %missing แถวหัวตารางต้องมีคอลัมน์ %columns (โปรดดาวน์โหลดแบบฟอร์มจากโปรแกรม)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/roster_xlsx.py" line="97"/>
        <source>&apos;%name&apos; has more than %limit people; split it into smaller files.</source>
        <translation>แฟ้ม &apos;%name&apos; มีรายชื่อเกิน %limit คน โปรดแบ่งเป็นแฟ้มที่มีขนาดเล็กลง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/roster_xlsx.py" line="99"/>
        <source>&apos;%name&apos; holds %count parts; a workbook holds at most %limit, so the file was not read.</source>
        <translation>แฟ้ม &apos;%name&apos; มีส่วนประกอบภายใน %count ส่วน ขณะที่สมุดงานมีได้ไม่เกิน %limit ส่วน จึงไม่ได้อ่านแฟ้มนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/roster_xlsx.py" line="102"/>
        <source>&apos;%name&apos; unpacks to %size MB or more, beyond the %limit MB a roster workbook may unpack to, so the file was not read.</source>
        <translation>แฟ้ม &apos;%name&apos; เมื่อขยายออกมีขนาด %size MB ขึ้นไป เกินกว่า %limit MB ที่สมุดงานบัญชีรายชื่อกำลังพลขยายได้ จึงไม่ได้อ่านแฟ้มนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/roster_xlsx.py" line="105"/>
        <source>Part &apos;%part&apos; of &apos;%name&apos; unpacks to %size MB or more, beyond the %limit MB one part of a roster workbook may unpack to, so the file was not read.</source>
        <translation>ส่วนประกอบ &apos;%part&apos; ของแฟ้ม &apos;%name&apos; เมื่อขยายออกมีขนาด %size MB ขึ้นไป เกินกว่า %limit MB ที่ส่วนประกอบหนึ่งของสมุดงานบัญชีรายชื่อกำลังพลขยายได้ จึงไม่ได้อ่านแฟ้มนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/roster_xlsx.py" line="108"/>
        <source>Part &apos;%part&apos; of &apos;%name&apos; is packed %ratio times smaller than its content; a workbook is packed at most %limit times, so the file was not read (a file packed that tightly is made to exhaust the computer&apos;s memory).</source>
        <translation>ส่วนประกอบ &apos;%part&apos; ของแฟ้ม &apos;%name&apos; ถูกบีบอัดให้เล็กกว่าเนื้อหาจริง %ratio เท่า ขณะที่สมุดงานบีบอัดได้ไม่เกิน %limit เท่า จึงไม่ได้อ่านแฟ้มนี้ (แฟ้มที่บีบอัดแน่นถึงเพียงนี้มักจัดทำขึ้นเพื่อให้หน่วยความจำของเครื่องคอมพิวเตอร์ไม่เพียงพอ)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/roster_xlsx.py" line="112"/>
        <source>The first sheet of &apos;%name&apos; goes on past row %limit (empty rows count too); a roster is read only down to row %limit. Delete the empty rows below the list, or copy the list into a new workbook, and import it again.</source>
        <translation>แผ่นงานแรกของแฟ้ม &apos;%name&apos; มีแถวเกินแถวที่ %limit (นับรวมแถวว่าง) ขณะที่โปรแกรมอ่านบัญชีรายชื่อกำลังพลได้ถึงแถวที่ %limit เท่านั้น โปรดลบแถวว่างที่อยู่ใต้รายชื่อ หรือคัดลอกรายชื่อไปยังสมุดงานใหม่ แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/roster_xlsx.py" line="116"/>
        <source>The first sheet of &apos;%name&apos; has something in cell %cell; a roster is read only up to column %column. Delete what is beyond it and import the file again.</source>
        <translation>แผ่นงานแรกของแฟ้ม &apos;%name&apos; มีข้อมูลอยู่ในเซลล์ %cell ขณะที่โปรแกรมอ่านบัญชีรายชื่อกำลังพลได้ถึงคอลัมน์ %column เท่านั้น โปรดลบข้อมูลที่อยู่เลยคอลัมน์ดังกล่าว แล้วนำเข้าแฟ้มอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/roster_xlsx.py" line="119"/>
        <source>Cell %cell of &apos;%name&apos; holds more than %limit characters; a roster cell holds at most %limit. Shorten it and import the file again.</source>
        <translation>เซลล์ %cell ของแฟ้ม &apos;%name&apos; มีข้อความเกิน %limit ตัวอักษร ขณะที่เซลล์ในบัญชีรายชื่อกำลังพลมีได้ไม่เกิน %limit ตัวอักษร โปรดตัดข้อความให้สั้นลง แล้วนำเข้าแฟ้มอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/roster_xlsx.py" line="122"/>
        <source>&apos;%name&apos; holds more than %limit different texts, far more than a roster of at most %people people, so the file was not read.</source>
        <translation>แฟ้ม &apos;%name&apos; มีข้อความที่แตกต่างกันเกิน %limit รายการ ซึ่งมากเกินกว่าที่บัญชีรายชื่อกำลังพลไม่เกิน %people คนจะมีได้ จึงไม่ได้อ่านแฟ้มนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/fiscal.py" line="156"/>
        <source>&apos;%text&apos; is not a year: give the fiscal year in the Buddhist Era (B.E.), such as %example.</source>
        <translation>&apos;%text&apos; ไม่ใช่ปี กรุณาระบุปีงบประมาณเป็นปีพุทธศักราช (พ.ศ.) เช่น %example</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/fiscal.py" line="159"/>
        <source>%year looks like a Christian-era (C.E.) year; fiscal years are given in the Buddhist Era (B.E.). Did you mean fiscal year %suggested?</source>
        <translation>%year น่าจะเป็นปีคริสต์ศักราช (ค.ศ.) ปีงบประมาณต้องระบุเป็นปีพุทธศักราช (พ.ศ.) หมายถึงปีงบประมาณ พ.ศ. %suggested ใช่หรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/fiscal.py" line="162"/>
        <source>&apos;%text&apos; is a two-digit year; give the fiscal year in full, in the Buddhist Era (B.E.). Did you mean fiscal year %suggested?</source>
        <translation>&apos;%text&apos; เป็นปีแบบย่อสองหลัก กรุณาระบุปีงบประมาณเป็นปีพุทธศักราช (พ.ศ.) เต็มสี่หลัก หมายถึงปีงบประมาณ พ.ศ. %suggested ใช่หรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/fiscal.py" line="165"/>
        <source>Fiscal year %year is outside the years ITA Desktop works with: from %first (the first ITA assessment) to %last (two years after the current fiscal year).</source>
        <translation>ปีงบประมาณ %year อยู่นอกช่วงปีที่ ITA Desktop รองรับ คือ พ.ศ. %first (ปีแรกที่มีการประเมิน ITA) ถึง พ.ศ. %last (สองปีถัดจากปีงบประมาณปัจจุบัน)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/fiscal.py" line="168"/>
        <source>%date is in the future: a document is signed off with the day it is signed, today (%today) at the latest.</source>
        <translation>%date เป็นวันที่ในอนาคต วันที่ลงนามต้องเป็นวันที่ลงนามจริง และไม่เกินวันนี้ (%today)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/fiscal.py" line="171"/>
        <source>%date is before the day the document&apos;s data is as of (%as_of): a document cannot be signed off before the data it certifies. Sign it with a later date, or check the year of the date.</source>
        <translation>%date เป็นวันที่ก่อนวันที่ของข้อมูลในเอกสาร (ข้อมูล ณ วันที่ %as_of) จึงลงนามรับรองข้อมูลที่ยังไม่มีอยู่ในวันนั้นไม่ได้ กรุณาลงวันที่ที่ไม่ก่อนวันดังกล่าว หรือตรวจสอบปีของวันที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/fiscal.py" line="175"/>
        <source>%date is too early for a document of fiscal year %year, whose documents are signed from %earliest (the last quarter of the year before) on. Check the year of the date.</source>
        <translation>%date เร็วเกินไปสำหรับเอกสารของปีงบประมาณ พ.ศ. %year ซึ่งลงนามได้ตั้งแต่ %earliest (ไตรมาสสุดท้ายของปีงบประมาณก่อนหน้า) เป็นต้นไป กรุณาตรวจสอบปีของวันที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="86"/>
        <source>January</source>
        <translation>มกราคม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="87"/>
        <source>February</source>
        <translation>กุมภาพันธ์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="88"/>
        <source>March</source>
        <translation>มีนาคม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="89"/>
        <source>April</source>
        <translation>เมษายน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="90"/>
        <source>May</source>
        <translation>พฤษภาคม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="91"/>
        <source>June</source>
        <translation>มิถุนายน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="92"/>
        <source>July</source>
        <translation>กรกฎาคม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="93"/>
        <source>August</source>
        <translation>สิงหาคม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="94"/>
        <source>September</source>
        <translation>กันยายน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="95"/>
        <source>October</source>
        <translation>ตุลาคม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="96"/>
        <source>November</source>
        <translation>พฤศจิกายน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="97"/>
        <source>December</source>
        <translation>ธันวาคม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="100"/>
        <source>Monday</source>
        <translation>วันจันทร์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="101"/>
        <source>Tuesday</source>
        <translation>วันอังคาร</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="102"/>
        <source>Wednesday</source>
        <translation>วันพุธ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="103"/>
        <source>Thursday</source>
        <translation>วันพฤหัสบดี</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="104"/>
        <source>Friday</source>
        <translation>วันศุกร์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="105"/>
        <source>Saturday</source>
        <translation>วันเสาร์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="106"/>
        <source>Sunday</source>
        <translation>วันอาทิตย์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="110"/>
        <source>cannot read a date from &apos;%text&apos;: %reason</source>
        <translation>ไม่สามารถอ่าน &apos;%text&apos; เป็นวันที่ได้: %reason</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="112"/>
        <source>cannot read a Thai month and year from &apos;%text&apos;: %reason</source>
        <translation>ไม่สามารถอ่าน &apos;%text&apos; เป็นเดือนและปีได้: %reason</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="114"/>
        <source>cannot read a Thai date range from &apos;%text&apos;: %reason</source>
        <translation>ไม่สามารถอ่าน &apos;%text&apos; เป็นช่วงวันที่ได้: %reason</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="116"/>
        <source>there is no date in it</source>
        <translation>ไม่มีวันที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="117"/>
        <source>the year &apos;%year&apos; should have 2 or 4 digits</source>
        <translation>ปี &apos;%year&apos; ต้องมี 2 หรือ 4 หลัก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="119"/>
        <source>the year &apos;%year&apos; is out of range</source>
        <translation>ปี &apos;%year&apos; อยู่นอกช่วงที่ใช้ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="120"/>
        <source>&apos;%month&apos; is not a Thai month name</source>
        <translation>&apos;%month&apos; ไม่ใช่ชื่อเดือนภาษาไทย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="121"/>
        <source>month %month is not between 1 and 12</source>
        <translation>เดือน %month ไม่อยู่ระหว่าง 1 ถึง 12</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="123"/>
        <source>expected a day, a Thai month and a year, such as &apos;28 ธ.ค. 2566&apos;, &apos;28/12/2566&apos; or &apos;2023-12-28&apos;</source>
        <translation>ต้องระบุวัน เดือน และปี เช่น &apos;28 ธ.ค. 2566&apos;, &apos;28/12/2566&apos; หรือ &apos;2023-12-28&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="126"/>
        <source>there is no month name in it</source>
        <translation>ไม่มีชื่อเดือน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="127"/>
        <source>it has no day</source>
        <translation>ไม่มีวันที่ของเดือน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="128"/>
        <source>it has no year</source>
        <translation>ไม่มีปี</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="129"/>
        <source>it has no day and no year</source>
        <translation>ไม่มีวันที่ของเดือนและปี</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="130"/>
        <source>it has no month and no year</source>
        <translation>ไม่มีเดือนและปี</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="131"/>
        <source>day 29 is not in February %be: B.E. %be (C.E. %ce) is not a leap year</source>
        <translation>เดือนกุมภาพันธ์ %be ไม่มีวันที่ 29 เพราะ พ.ศ. %be (ค.ศ. %ce) ไม่ใช่ปีอธิกสุรทิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="133"/>
        <source>day %day is not in %month</source>
        <translation>เดือน%month ไม่มีวันที่ %day</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="134"/>
        <source>%day %month B.E. %be is a %actual, not a %written (%written_th)</source>
        <translation>วันที่ %day %month พ.ศ. %be ตรงกับ%actual ไม่ใช่%written (%written_th)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="136"/>
        <source>expected only a Thai month and a year, such as &apos;ก.พ. 2568&apos;</source>
        <translation>ต้องระบุเฉพาะเดือนและปี เช่น &apos;ก.พ. 2568&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="138"/>
        <source>expected two dates joined by &apos;-&apos; or &apos;ถึง&apos;, such as &apos;1 - 31 ม.ค. 2567&apos;</source>
        <translation>ต้องระบุวันที่สองวันคั่นด้วย &apos;-&apos; หรือ &apos;ถึง&apos; เช่น &apos;1 - 31 ม.ค. 2567&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/thai_dates.py" line="140"/>
        <source>it ends (%end) before it starts (%start)</source>
        <translation>วันสิ้นสุด (%end) อยู่ก่อนวันเริ่มต้น (%start)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/unit.py" line="17"/>
        <source>This kind of unit has no section &apos;%section&apos;, so no head can be recorded for it. Nothing was changed.</source>
        <translation>หน่วยงานประเภทนี้ไม่มีสายงาน &apos;%section&apos; จึงบันทึกหัวหน้าสายงานไม่ได้ ไม่มีการเปลี่ยนแปลงข้อมูลใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/unit.py" line="20"/>
        <source>%name cannot be recorded as head of %section: they have left the unit or are not in the roster. Nothing was changed.</source>
        <translation>ไม่สามารถบันทึก %name เป็นหัวหน้า%section ได้ เนื่องจากพ้นจากหน่วยแล้วหรือไม่มีชื่อในบัญชีรายชื่อ ไม่มีการเปลี่ยนแปลงข้อมูลใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/unit.py" line="23"/>
        <source>%name cannot be recorded as head of %section: the roster has them in another section. Nothing was changed.</source>
        <translation>ไม่สามารถบันทึก %name เป็นหัวหน้า%section ได้ เนื่องจากบัญชีรายชื่อระบุว่าปฏิบัติงานในสายงานอื่น ไม่มีการเปลี่ยนแปลงข้อมูลใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/cli/files.py" line="27"/>
        <source>&apos;%path&apos; already exists and was left as it is. Give another name with --out, or add --force to replace it.</source>
        <translation>มีแฟ้ม &apos;%path&apos; อยู่แล้ว และยังคงไว้ตามเดิม กรุณาระบุชื่ออื่นด้วย --out หรือเพิ่ม --force เพื่อแทนที่แฟ้มเดิม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/cli/targets.py" line="17"/>
        <source>say what to export: %known (`export --list` describes each), or --list.</source>
        <translation>กรุณาระบุสิ่งที่จะส่งออก ได้แก่ %known (คำสั่ง `export --list` แสดงรายละเอียดของแต่ละรายการ) หรือระบุ --list</translation>
    </message>
    <message>
        <location filename="../ita_desktop/cli/targets.py" line="19"/>
        <source>&apos;%name&apos; is nothing export writes; it writes %known (`export --list` describes each).</source>
        <translation>คำสั่ง export ไม่มีรายการ &apos;%name&apos; รายการที่ส่งออกได้ ได้แก่ %known (คำสั่ง `export --list` แสดงรายละเอียดของแต่ละรายการ)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/cli/targets.py" line="22"/>
        <source>--format %format disagrees with --out &apos;%path&apos; (a %suffix file is %implied); nothing was written. Make the two agree, or leave --format out and let the extension decide.</source>
        <translation>--format %format ไม่ตรงกับ --out &apos;%path&apos; (แฟ้มนามสกุล %suffix เป็นแฟ้ม %implied) จึงไม่ได้บันทึกแฟ้มใด กรุณาระบุให้ตรงกัน หรือไม่ต้องระบุ --format เพื่อใช้รูปแบบตามนามสกุลแฟ้ม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/cli/targets.py" line="26"/>
        <source>the format cannot be told from --out &apos;%path&apos;: give --format (%formats) or an --out ending in %suffixes.</source>
        <translation>ไม่สามารถทราบรูปแบบแฟ้มจาก --out &apos;%path&apos; ได้ กรุณาระบุ --format (%formats) หรือระบุ --out ที่ลงท้ายด้วย %suffixes</translation>
    </message>
    <message>
        <location filename="../ita_desktop/cli/targets.py" line="29"/>
        <source>%name is written as %formats, not %format; nothing was written.</source>
        <translation>%name จัดทำได้ในรูปแบบ %formats มิใช่ %format จึงไม่ได้บันทึกแฟ้มใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/cli/reports.py" line="32"/>
        <source>%error. Write the date as %forms (a year from 2400 on is B.E.).</source>
        <translation>%error กรุณาระบุวันที่ในรูปแบบ %forms (ปีตั้งแต่ 2400 ขึ้นไปถือเป็นปีพุทธศักราช)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/cli/reports.py" line="34"/>
        <source>%report (%title) is about a fiscal year and takes no --subject; give the year with --year YYYY.</source>
        <translation>%report (%title) จัดทำตามปีงบประมาณ จึงไม่ต้องระบุ --subject กรุณาระบุปีงบประมาณด้วย --year YYYY</translation>
    </message>
    <message>
        <location filename="../ita_desktop/cli/reports.py" line="37"/>
        <source>%name takes no --subject: only the reports about a meeting or an order do (see `export --list`); nothing was written.</source>
        <translation>%name ไม่รับตัวเลือก --subject เนื่องจากใช้ได้เฉพาะกับรายงานที่เกี่ยวกับการประชุมหรือคำสั่ง (ดู `export --list`) จึงมิได้บันทึกแฟ้มใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/cli/reports.py" line="40"/>
        <source>give --out FILE, the file to write %name to.</source>
        <translation>กรุณาระบุ --out FILE ซึ่งเป็นแฟ้มที่จะบันทึก %name</translation>
    </message>
    <message>
        <location filename="../ita_desktop/cli/reports.py" line="41"/>
        <source>%name (roster number %id) left the unit on %date and cannot sign; name someone who serves in the unit now.</source>
        <translation>%name (เลขลำดับในบัญชีรายชื่อ %id) พ้นจากหน่วยงานเมื่อวันที่ %date จึงไม่สามารถลงนามได้ กรุณาระบุผู้ที่ปฏิบัติงานอยู่ในหน่วยงานในปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/cli/reports.py" line="44"/>
        <source>Fiscal year %year has no committee order, so there is no %report to make: save the year&apos;s order first (Committee tab), or name an order of the year with --subject N/YYYY.</source>
        <translation>ปีงบประมาณ %year ไม่มีคำสั่งแต่งตั้งคณะทำงาน จึงจัดทำ %report ไม่ได้ กรุณาบันทึกคำสั่งของปีดังกล่าวก่อน (แท็บคณะทำงาน) หรือระบุคำสั่งของปีด้วย --subject N/YYYY</translation>
    </message>
    <message>
        <location filename="../ita_desktop/cli/reports.py" line="48"/>
        <source>Fiscal year %year has no meeting, so there is no %report to make: save the meeting first (Calendar tab, Meetings), or name a meeting of the year with --subject N/YYYY.</source>
        <translation>ปีงบประมาณ %year ยังไม่มีการประชุม จึงยังทำ %report ไม่ได้ โปรดบันทึกการประชุมก่อน (แท็บปฏิทิน หน้าการประชุม) หรือระบุการประชุมของปีด้วย --subject N/YYYY</translation>
    </message>
    <message>
        <location filename="../ita_desktop/cli/reports.py" line="52"/>
        <source>%name (roster number %id) has left the unit and cannot sign; name someone who serves in the unit now.</source>
        <translation>%name (เลขลำดับในบัญชีรายชื่อ %id) พ้นจากหน่วยงานแล้ว จึงไม่สามารถลงนามได้ กรุณาระบุผู้ที่ปฏิบัติงานอยู่ในหน่วยงานในปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/bundle.py" line="44"/>
        <source>&apos;%path&apos; already exists and was left as it is. Choose another name, or replace it (--force on the command line).</source>
        <translation>มีแฟ้ม &apos;%path&apos; อยู่แล้ว และไม่ได้แก้ไขแฟ้มดังกล่าว โปรดเลือกชื่ออื่น หรือเลือกเขียนทับ (ใช้ --force ในบรรทัดคำสั่ง)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/bundle.py" line="47"/>
        <source>&apos;%path&apos; is a folder. Choose a file name. Nothing was written.</source>
        <translation>&apos;%path&apos; เป็นโฟลเดอร์ โปรดเลือกชื่อแฟ้ม ไม่มีการเขียนแฟ้มใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/bundle.py" line="49"/>
        <source>&apos;%path&apos; is the file being read. Choose another name for the file to write; nothing was written.</source>
        <translation>&apos;%path&apos; เป็นแฟ้มที่กำลังอ่านอยู่ โปรดเลือกชื่ออื่นสำหรับแฟ้มที่จะบันทึก ไม่มีการเขียนแฟ้มใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/bundle.py" line="52"/>
        <source>&apos;%path&apos; is the database open now. A bundle is imported as a new database file, never over the open one: choose another name. Nothing was imported.</source>
        <translation>&apos;%path&apos; เป็นฐานข้อมูลที่เปิดอยู่ขณะนี้ ชุดส่งมอบงานจะนำเข้าเป็นแฟ้มฐานข้อมูลใหม่เสมอ ไม่เขียนทับฐานข้อมูลที่เปิดอยู่ โปรดเลือกชื่ออื่น ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/bundle.py" line="55"/>
        <source>&apos;%path&apos; cannot be replaced: it has a &apos;-wal&apos; or &apos;-shm&apos; file beside it, so it is open in ITA Desktop or was not closed cleanly. Choose another name. Nothing was imported.</source>
        <translation>ไม่สามารถเขียนทับ &apos;%path&apos; ได้ เนื่องจากมีแฟ้ม &apos;-wal&apos; หรือ &apos;-shm&apos; อยู่คู่กัน แสดงว่าแฟ้มนี้เปิดอยู่ใน ITA Desktop หรือไม่ได้ปิดอย่างสมบูรณ์ โปรดเลือกชื่ออื่น ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/bundle.py" line="59"/>
        <source>&apos;%path&apos; is not an ITA Desktop database, so no hand-over bundle was made.</source>
        <translation>&apos;%path&apos; ไม่ใช่ฐานข้อมูลของ ITA Desktop จึงไม่ได้จัดทำชุดส่งมอบงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/bundle.py" line="61"/>
        <source>&apos;%path&apos; is damaged (integrity check: %problems), so no hand-over bundle was made: it could not be imported at the other end. Restore a backup copy first.</source>
        <translation>&apos;%path&apos; เสียหาย (ผลการตรวจความสมบูรณ์: %problems) จึงไม่ได้จัดทำชุดส่งมอบงาน เพราะปลายทางจะนำเข้าไม่ได้ โปรดกู้คืนจากสำเนาสำรองก่อน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/bundle.py" line="64"/>
        <source>The hand-over bundle could not be written to &apos;%path&apos; (%detail). Nothing was written there, and the database is unchanged.</source>
        <translation>ไม่สามารถบันทึกชุดส่งมอบงานไปยัง &apos;%path&apos; ได้ (%detail) จึงไม่มีการเขียนแฟ้มดังกล่าว และฐานข้อมูลไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/bundle.py" line="67"/>
        <source>&apos;%path&apos; was refused: its manifest gives no database schema version ITA Desktop knows (&apos;%found&apos;). Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจาก manifest ไม่ได้ระบุรุ่นโครงสร้างฐานข้อมูลที่ ITA Desktop รู้จัก (&apos;%found&apos;) ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/bundle.py" line="70"/>
        <source>&apos;%path&apos; was made by a newer ITA Desktop (database schema version %found; this program knows up to %known). Install the newer ITA Desktop to import it. Nothing was imported.</source>
        <translation>&apos;%path&apos; จัดทำด้วย ITA Desktop รุ่นที่ใหม่กว่า (โครงสร้างฐานข้อมูลรุ่น %found โปรแกรมนี้รองรับถึงรุ่น %known) โปรดติดตั้ง ITA Desktop รุ่นใหม่เพื่อนำเข้า ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/bundle.py" line="74"/>
        <source>&apos;%path&apos; was refused: its manifest says database schema version %expected, but the database in it is version %found. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจาก manifest ระบุโครงสร้างฐานข้อมูลรุ่น %expected แต่ฐานข้อมูลในแฟ้มเป็นรุ่น %found ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/bundle.py" line="77"/>
        <source>&apos;%path&apos; was refused: the database in it is not an SQLite database. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจากฐานข้อมูลในแฟ้มไม่ใช่ฐานข้อมูล SQLite ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/bundle.py" line="80"/>
        <source>&apos;%path&apos; was refused: the database in it belongs to another program, not to ITA Desktop. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจากฐานข้อมูลในแฟ้มเป็นของโปรแกรมอื่น ไม่ใช่ของ ITA Desktop ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/bundle.py" line="83"/>
        <source>&apos;%path&apos; was refused: the database in it is damaged (integrity check: %problems). Ask the sender to make the bundle again. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจากฐานข้อมูลในแฟ้มเสียหาย (ผลการตรวจความสมบูรณ์: %problems) โปรดขอให้ผู้ส่งจัดทำชุดส่งมอบงานใหม่ ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/bundle.py" line="86"/>
        <source>&apos;%path&apos; was refused: the database in it was changed outside ITA Desktop and holds what this program cannot read:
%findings
Ask the sender to restore a backup copy and make the bundle again. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจากฐานข้อมูลในแฟ้มถูกแก้ไขด้วยโปรแกรมอื่นนอก ITA Desktop และมีข้อมูลที่โปรแกรมนี้อ่านไม่ได้ ดังนี้
%findings
โปรดขอให้ผู้ส่งกู้คืนสำเนาสำรองแล้วจัดทำชุดส่งมอบงานใหม่ ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/bundle.py" line="90"/>
        <source>There is not enough free space in &apos;%folder&apos; for the database of the bundle (%size MB needed, %free MB free). Free some space or choose another place. Nothing was imported.</source>
        <translation>พื้นที่ว่างใน &apos;%folder&apos; ไม่พอสำหรับฐานข้อมูลของชุดส่งมอบงาน (ต้องการ %size MB มีว่าง %free MB) โปรดเพิ่มพื้นที่ว่างหรือเลือกที่เก็บอื่น ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/bundle.py" line="94"/>
        <source>The imported database could not be written to &apos;%path&apos; (%detail). Nothing was imported.</source>
        <translation>ไม่สามารถบันทึกฐานข้อมูลที่นำเข้าไปยัง &apos;%path&apos; ได้ (%detail) ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="29"/>
        <source>&apos;%path&apos; is not a hand-over bundle: it is not a readable .zip file (%detail). Nothing was imported.</source>
        <translation>&apos;%path&apos; ไม่ใช่ชุดส่งมอบงาน เนื่องจากไม่ใช่แฟ้ม .zip ที่อ่านได้ (%detail) ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="32"/>
        <source>&apos;%path&apos; cannot be read (%detail). Check the name and that the USB stick or folder is there. Nothing was imported.</source>
        <translation>อ่านแฟ้ม &apos;%path&apos; ไม่ได้ (%detail) โปรดตรวจสอบชื่อแฟ้ม และตรวจว่ายังเสียบแฟลชไดรฟ์หรือมีโฟลเดอร์นั้นอยู่ ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="35"/>
        <source>&apos;%path&apos; was refused: its member &apos;%name&apos; has a path that would be written outside the import folder (an absolute path, &apos;..&apos;, a drive letter or a backslash). Such a file may have been made to damage the computer. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจากแฟ้มย่อย &apos;%name&apos; มีเส้นทางที่จะเขียนออกนอกโฟลเดอร์ที่นำเข้า (เส้นทางเต็ม, &apos;..&apos;, อักษรไดรฟ์ หรือเครื่องหมาย \) แฟ้มลักษณะนี้อาจจัดทำขึ้นเพื่อทำความเสียหายแก่เครื่องคอมพิวเตอร์ ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="39"/>
        <source>&apos;%path&apos; was refused: it holds &apos;%name&apos;, which a hand-over bundle of ITA Desktop never holds. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจากมีแฟ้มย่อย &apos;%name&apos; ซึ่งชุดส่งมอบงานของ ITA Desktop ไม่มีแฟ้มดังกล่าว ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="42"/>
        <source>&apos;%path&apos; was refused: it holds &apos;%name&apos; more than once. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจากมีแฟ้มย่อย &apos;%name&apos; ซ้ำกันมากกว่าหนึ่งรายการ ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="44"/>
        <source>&apos;%path&apos; was refused: it holds %count files, more than a hand-over bundle ever holds. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจากมีแฟ้มย่อย %count แฟ้ม มากกว่าที่ชุดส่งมอบงานมีได้ ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="47"/>
        <source>&apos;%path&apos; was refused: its member &apos;%name&apos; is encrypted with a password. Bundles made by ITA Desktop are not encrypted. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจากแฟ้มย่อย &apos;%name&apos; เข้ารหัสด้วยรหัสผ่าน ชุดส่งมอบงานที่ ITA Desktop จัดทำไม่มีการเข้ารหัส ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="50"/>
        <source>&apos;%path&apos; was refused: its member &apos;%name&apos; is compressed in a way ITA Desktop does not write (method %method). Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจากแฟ้มย่อย &apos;%name&apos; บีบอัดด้วยวิธีที่ ITA Desktop ไม่ได้ใช้ (วิธีที่ %method) ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="53"/>
        <source>&apos;%path&apos; was refused: its member &apos;%name&apos; would expand to %size bytes, more than the %limit bytes a bundle member may have. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจากแฟ้มย่อย &apos;%name&apos; จะขยายเป็น %size ไบต์ เกินขนาดสูงสุด %limit ไบต์ที่แฟ้มย่อยของชุดส่งมอบงานมีได้ ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="56"/>
        <source>&apos;%path&apos; was refused: its member &apos;%name&apos; would expand %ratio times (%size bytes from %packed), far more than real data compresses; such files are made to fill the disk or the memory (a &apos;zip bomb&apos;). Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจากแฟ้มย่อย &apos;%name&apos; จะขยายตัว %ratio เท่า (%size ไบต์ จาก %packed ไบต์) มากเกินกว่าข้อมูลจริงจะบีบอัดได้ แฟ้มลักษณะนี้จัดทำขึ้นเพื่อให้ดิสก์หรือหน่วยความจำเต็ม (&apos;zip bomb&apos;) ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="60"/>
        <source>&apos;%path&apos; is not a hand-over bundle of ITA Desktop: it has no manifest.json. Nothing was imported.</source>
        <translation>&apos;%path&apos; ไม่ใช่ชุดส่งมอบงานของ ITA Desktop เนื่องจากไม่มี manifest.json ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="63"/>
        <source>&apos;%path&apos; was refused: its manifest.json is larger than %limit bytes, far larger than ITA Desktop writes. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจาก manifest.json มีขนาดเกิน %limit ไบต์ ใหญ่กว่าที่ ITA Desktop จัดทำมาก ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="66"/>
        <source>&apos;%path&apos; was refused: its manifest.json cannot be read (%detail). The bundle may have been damaged on the way. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจากอ่าน manifest.json ไม่ได้ (%detail) ชุดส่งมอบงานอาจเสียหายระหว่างการส่ง ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="69"/>
        <source>&apos;%path&apos; is not a hand-over bundle of ITA Desktop (its manifest says &apos;%format&apos;). Nothing was imported.</source>
        <translation>&apos;%path&apos; ไม่ใช่ชุดส่งมอบงานของ ITA Desktop (manifest ระบุว่า &apos;%format&apos;) ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="72"/>
        <source>&apos;%path&apos; was made by a newer ITA Desktop (bundle format %found; this program reads up to %known). Install the newer ITA Desktop to import it. Nothing was imported.</source>
        <translation>&apos;%path&apos; จัดทำด้วย ITA Desktop รุ่นที่ใหม่กว่า (รูปแบบชุดส่งมอบงานรุ่น %found โปรแกรมนี้อ่านได้ถึงรุ่น %known) โปรดติดตั้ง ITA Desktop รุ่นใหม่เพื่อนำเข้า ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="76"/>
        <source>&apos;%path&apos; was refused: its manifest lists &apos;%name&apos;, but the bundle does not hold it. The bundle is incomplete. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจาก manifest ระบุแฟ้มย่อย &apos;%name&apos; แต่ในชุดส่งมอบงานไม่มีแฟ้มดังกล่าว ชุดส่งมอบงานไม่ครบถ้วน ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="79"/>
        <source>&apos;%path&apos; was refused: it holds &apos;%name&apos;, which its manifest does not list. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจากมีแฟ้มย่อย &apos;%name&apos; ซึ่ง manifest ไม่ได้ระบุไว้ ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="82"/>
        <source>&apos;%path&apos; was refused: its member &apos;%name&apos; is %found bytes, but the manifest says %expected. The bundle was changed or damaged after it was made. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจากแฟ้มย่อย &apos;%name&apos; มีขนาด %found ไบต์ แต่ manifest ระบุ %expected ไบต์ ชุดส่งมอบงานถูกแก้ไขหรือเสียหายหลังจากจัดทำ ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="86"/>
        <source>&apos;%path&apos; was refused: the content of its member &apos;%name&apos; is not what the manifest recorded (SHA-256 differs). The bundle was changed or damaged after it was made. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจากเนื้อหาของแฟ้มย่อย &apos;%name&apos; ไม่ตรงกับที่ manifest บันทึกไว้ (ค่า SHA-256 ไม่ตรงกัน) ชุดส่งมอบงานถูกแก้ไขหรือเสียหายหลังจากจัดทำ ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/bundle_file.py" line="90"/>
        <source>&apos;%path&apos; was refused: its member &apos;%name&apos; cannot be unpacked (%detail). The bundle is damaged. Nothing was imported.</source>
        <translation>ไม่รับแฟ้ม &apos;%path&apos; เนื่องจากไม่สามารถแตกแฟ้มย่อย &apos;%name&apos; ได้ (%detail) ชุดส่งมอบงานเสียหาย ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/backups.py" line="55"/>
        <source>The backup could not be written to &apos;%folder&apos; (%detail). Nothing was written there, and the database is unchanged.</source>
        <translation>ไม่สามารถเขียนสำเนาสำรองไปยัง &apos;%folder&apos; ได้ (%detail) จึงไม่มีการเขียนแฟ้มใด ๆ ที่นั่น และฐานข้อมูลไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/backups.py" line="58"/>
        <source>&apos;%path&apos; does not exist. Choose one of the copies that Restore lists.</source>
        <translation>ไม่พบแฟ้ม &apos;%path&apos; กรุณาเลือกสำเนาจากรายการที่หน้าต่างกู้คืนแสดง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/backups.py" line="60"/>
        <source>&apos;%path&apos; is the database itself, not a copy of it. Nothing was changed.</source>
        <translation>&apos;%path&apos; คือตัวฐานข้อมูลเอง ไม่ใช่สำเนา จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/backups.py" line="62"/>
        <source>The copy &apos;%path&apos; is damaged (integrity check: %problems), so it was not restored. The database was left as it is. Choose another copy.</source>
        <translation>สำเนา &apos;%path&apos; เสียหาย (ผลการตรวจความถูกต้อง: %problems) จึงไม่ได้กู้คืน ฐานข้อมูลไม่ถูกแก้ไขใด ๆ กรุณาเลือกสำเนาอื่น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/backups.py" line="65"/>
        <source>&apos;%path&apos; is not a copy of an ITA Desktop database, so it was not restored. The database was left as it is.</source>
        <translation>&apos;%path&apos; ไม่ใช่สำเนาฐานข้อมูลของ ITA Desktop จึงไม่ได้กู้คืน ฐานข้อมูลไม่ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/backups.py" line="68"/>
        <source>&apos;%path&apos; is not a database file at all, so it was not restored. The database was left as it is.</source>
        <translation>&apos;%path&apos; ไม่ใช่แฟ้มฐานข้อมูล จึงไม่ได้กู้คืน ฐานข้อมูลไม่ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/backups.py" line="71"/>
        <source>The copy &apos;%path&apos; was written by a newer ITA Desktop (schema version %found; this program knows up to %known), so it was not restored. The database was left as it is. Install the newer ITA Desktop to use it.</source>
        <translation>สำเนา &apos;%path&apos; บันทึกโดย ITA Desktop รุ่นที่ใหม่กว่า (โครงสร้างรุ่นที่ %found โปรแกรมนี้รู้จักถึงรุ่นที่ %known) จึงไม่ได้กู้คืน ฐานข้อมูลไม่ถูกแก้ไขใด ๆ กรุณาติดตั้ง ITA Desktop รุ่นใหม่เพื่อใช้สำเนานี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/backups.py" line="75"/>
        <source>The copy &apos;%path&apos; cannot be read (%detail), so it was not restored. The database was left as it is.</source>
        <translation>อ่านสำเนา &apos;%path&apos; ไม่ได้ (%detail) จึงไม่ได้กู้คืน ฐานข้อมูลไม่ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/backups.py" line="78"/>
        <source>There is no backup of &apos;%path&apos; in &apos;%folder&apos;. Nothing was changed.</source>
        <translation>ไม่มีสำเนาสำรองของ &apos;%path&apos; ในโฟลเดอร์ &apos;%folder&apos; จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/backups.py" line="80"/>
        <source>None of the backups of &apos;%path&apos; in &apos;%folder&apos; passes the check (each is damaged, of a newer version or unreadable). Nothing was changed.</source>
        <translation>สำเนาสำรองของ &apos;%path&apos; ในโฟลเดอร์ &apos;%folder&apos; ไม่ผ่านการตรวจเลย (เสียหาย เป็นของโปรแกรมรุ่นที่ใหม่กว่า หรืออ่านไม่ได้) จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/backups.py" line="83"/>
        <source>&apos;%path&apos; is open in another ITA Desktop window or another program, so the copy was not restored and the database was left as it is. Close it there and try again.</source>
        <translation>&apos;%path&apos; เปิดใช้งานอยู่ในหน้าต่าง ITA Desktop อื่นหรือโปรแกรมอื่น จึงไม่ได้กู้คืนสำเนา และฐานข้อมูลไม่ถูกแก้ไขใด ๆ กรุณาปิดแฟ้มดังกล่าวแล้วลองใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/backups.py" line="87"/>
        <source>The copy could not be restored (%detail). The database &apos;%path&apos; was left as it is.</source>
        <translation>ไม่สามารถกู้คืนสำเนาได้ (%detail) ฐานข้อมูล &apos;%path&apos; ไม่ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/backups.py" line="90"/>
        <source>The copy &apos;%backup&apos; was copied beside the database, but what was copied did not pass the integrity check (the disk may be failing), so it was not restored. The database &apos;%path&apos; was left as it is.</source>
        <translation>คัดลอกสำเนา &apos;%backup&apos; ไว้ข้างฐานข้อมูลแล้ว แต่สิ่งที่คัดลอกได้ไม่ผ่านการตรวจความถูกต้อง (ดิสก์อาจชำรุด) จึงไม่ได้กู้คืน ฐานข้อมูล &apos;%path&apos; ไม่ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/soundness.py" line="28"/>
        <source>Cannot open &apos;%path&apos;: the file was changed outside ITA Desktop and holds what this program cannot read:
%findings
The file was left as it is. Restore the latest copy from the &apos;backups&apos; folder next to it, or from your own backup copy; &apos;ita-desktop check&apos; lists every finding.</source>
        <translation>เปิด &apos;%path&apos; ไม่ได้ เพราะแฟ้มถูกแก้ไขด้วยโปรแกรมอื่นนอก ITA Desktop และมีข้อมูลที่โปรแกรมนี้อ่านไม่ได้ ดังนี้
%findings
แฟ้มนี้ไม่ถูกแก้ไขใด ๆ กรุณานำสำเนาล่าสุดจากโฟลเดอร์ &apos;backups&apos; ที่อยู่ข้างแฟ้ม หรือจากสำเนาสำรองของท่านมาใช้แทน คำสั่ง &apos;ita-desktop check&apos; จะแสดงรายการที่พบทั้งหมด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/soundness.py" line="33"/>
        <source>table %table is missing</source>
        <translation>ไม่มีตาราง %table</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/soundness.py" line="35"/>
        <source>table %table has no column %column</source>
        <translation>ตาราง %table ไม่มีคอลัมน์ %column</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/soundness.py" line="37"/>
        <source>the safeguard %trigger, which keeps signed-off reports and stored files from being changed, is missing</source>
        <translation>ไม่มีกลไกป้องกัน %trigger ซึ่งป้องกันมิให้รายงานที่ลงนามแล้วและแฟ้มที่จัดเก็บไว้ถูกแก้ไข</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/soundness.py" line="40"/>
        <source>the safeguard %trigger, which keeps signed-off reports and stored files from being changed, was altered</source>
        <translation>กลไกป้องกัน %trigger ซึ่งป้องกันมิให้รายงานที่ลงนามแล้วและแฟ้มที่จัดเก็บไว้ถูกแก้ไข ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/soundness.py" line="43"/>
        <source>table %table row %row: %column is &apos;%value&apos;, not a date (YYYY-MM-DD)</source>
        <translation>ตาราง %table แถวที่ %row: %column เป็น &apos;%value&apos; ซึ่งไม่ใช่วันที่ (ปปปป-ดด-วว ตามปีคริสต์ศักราช)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/soundness.py" line="45"/>
        <source>table %table row %row: %column is &apos;%value&apos;, not a time of day (HH:MM)</source>
        <translation>ตาราง %table แถวที่ %row: %column เป็น &apos;%value&apos; ซึ่งไม่ใช่เวลา (ชช:นน)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/soundness.py" line="47"/>
        <source>table %table row %row: %column is &apos;%value&apos;, not a date and time</source>
        <translation>ตาราง %table แถวที่ %row: %column เป็น &apos;%value&apos; ซึ่งไม่ใช่วันที่และเวลา</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/soundness.py" line="49"/>
        <source>the unit profile has an unknown kind of unit &apos;%kind&apos;</source>
        <translation>ข้อมูลหน่วยงานระบุประเภทหน่วยงานที่โปรแกรมไม่รู้จัก &apos;%kind&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/soundness.py" line="51"/>
        <source>person %id (%name) has an unknown rank &apos;%rank&apos;</source>
        <translation>บุคลากรลำดับที่ %id (%name) มียศที่โปรแกรมไม่รู้จัก &apos;%rank&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/soundness.py" line="53"/>
        <source>and %count more</source>
        <translation>และอีก %count รายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/lock.py" line="31"/>
        <source>The database &apos;%path&apos; is in use by %user on computer %host (since %since), so it was not opened for changes and nothing was changed. Close ITA Desktop there first, then try again.</source>
        <translation>ฐานข้อมูล &apos;%path&apos; ใช้งานอยู่โดย %user ที่เครื่อง %host (ตั้งแต่ %since) จึงไม่ได้เปิดเพื่อแก้ไข และไม่มีการเปลี่ยนแปลงใด ๆ โปรดปิดโปรแกรม ITA Desktop ที่เครื่องนั้นก่อน แล้วลองใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/lock.py" line="35"/>
        <source>The database &apos;%path&apos; is in use by another ITA Desktop window or command, so it was not opened for changes and nothing was changed. Close the other window first, then try again.</source>
        <translation>ฐานข้อมูล &apos;%path&apos; ใช้งานอยู่ในหน้าต่างหรือคำสั่งอื่นของ ITA Desktop จึงไม่ได้เปิดเพื่อแก้ไข และไม่มีการเปลี่ยนแปลงใด ๆ โปรดปิดหน้าต่างนั้นก่อน แล้วลองใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/sharing.py" line="23"/>
        <source>Cannot open &apos;%path&apos; read-only: it was written by an older ITA Desktop and must first be upgraded, which changes the file. Open it for changes once nobody else has it open.</source>
        <translation>ไม่สามารถเปิด &apos;%path&apos; แบบอ่านอย่างเดียวได้ เนื่องจากแฟ้มนี้บันทึกด้วย ITA Desktop รุ่นเก่าและต้องปรับรุ่นก่อน ซึ่งจะเปลี่ยนแปลงแฟ้ม โปรดเปิดเพื่อแก้ไขเมื่อไม่มีผู้อื่นเปิดแฟ้มนี้อยู่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/committee.py" line="26"/>
        <source>The order has no members: add the committee&apos;s members from the roster.</source>
        <translation>คำสั่งยังไม่มีผู้ได้รับแต่งตั้ง กรุณาเพิ่มคณะทำงานจากทะเบียนกำลังพล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/committee.py" line="28"/>
        <source>The order has no head of the committee: give one member the role of head.</source>
        <translation>คำสั่งยังไม่มีหัวหน้าคณะทำงาน กรุณากำหนดให้ผู้ได้รับแต่งตั้งหนึ่งคนเป็นหัวหน้าคณะ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/committee.py" line="30"/>
        <source>The order has %count heads of the committee (%names): an order names exactly one.</source>
        <translation>คำสั่งมีหัวหน้าคณะทำงาน %count คน (%names) คำสั่งหนึ่งฉบับกำหนดหัวหน้าคณะได้เพียงคนเดียว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/committee.py" line="33"/>
        <source>The order has no secretary: give one member the role of member and secretary.</source>
        <translation>คำสั่งยังไม่มีเลขานุการ กรุณากำหนดให้ผู้ได้รับแต่งตั้งหนึ่งคนเป็นคณะทำงานและเลขานุการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/committee.py" line="36"/>
        <source>The order has %count secretaries (%names): an order names exactly one.</source>
        <translation>คำสั่งมีเลขานุการ %count คน (%names) คำสั่งหนึ่งฉบับกำหนดเลขานุการได้เพียงคนเดียว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/committee.py" line="38"/>
        <source>%name is in the order twice: each person appears once, with one role.</source>
        <translation>%name มีชื่ออยู่ในคำสั่งสองครั้ง แต่ละคนมีชื่อได้ครั้งเดียวในหน้าที่เดียว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/committee.py" line="40"/>
        <source>Member number %id is not in the roster (someone may have removed them).</source>
        <translation>ไม่พบผู้ได้รับแต่งตั้งลำดับที่ %id ในทะเบียนกำลังพล (อาจถูกลบออกไปแล้ว)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/committee.py" line="42"/>
        <source>%name has left the unit (%left_on) and cannot be appointed by an order of %date: choose a serving officer in their place.</source>
        <translation>%name ออกจากหน่วยแล้ว (%left_on) จึงแต่งตั้งในคำสั่งลงวันที่ %date ไม่ได้ กรุณาเลือกผู้ที่ปฏิบัติงานอยู่แทน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/committee.py" line="45"/>
        <source>%name has a role of the order&apos;s own without its words: type the role as the order prints it.</source>
        <translation>ยังไม่ได้พิมพ์หน้าที่ของ %name กรุณาพิมพ์หน้าที่ตามที่จะพิมพ์ในคำสั่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/committee.py" line="48"/>
        <source>&apos;%number&apos; cannot be the number of an order: give a whole number from 1 up (the part before the slash, as in 222/2566).</source>
        <translation>&apos;%number&apos; ใช้เป็นเลขที่คำสั่งไม่ได้ กรุณาระบุจำนวนเต็มตั้งแต่ 1 ขึ้นไป (ส่วนหน้าเครื่องหมายทับ เช่น 222/2566)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/committee.py" line="51"/>
        <source>Order number %number is already used by another order of the year %year (%subject): numbers restart each 1 January and are not used twice.</source>
        <translation>เลขที่คำสั่ง %number ใช้กับคำสั่งอื่นของปี %year แล้ว (%subject) เลขที่คำสั่งเริ่มใหม่ทุกวันที่ 1 มกราคม และใช้ซ้ำไม่ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/committee.py" line="54"/>
        <source>%date is outside the reach of fiscal year %year: its committee order is dated from %earliest to %latest.</source>
        <translation>%date อยู่นอกช่วงของปีงบประมาณ %year คำสั่งแต่งตั้งคณะทำงานของปีนี้ลงวันที่ได้ตั้งแต่ %earliest ถึง %latest</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/committee.py" line="57"/>
        <source>The order takes effect on %effective, before its own date %date: it can take effect on its date or later.</source>
        <translation>คำสั่งมีผลวันที่ %effective ซึ่งก่อนวันที่ของคำสั่งเอง (%date) คำสั่งมีผลได้ตั้งแต่วันที่ของคำสั่งหรือหลังจากนั้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/committee.py" line="60"/>
        <source>The order has no subject (เรื่อง).</source>
        <translation>คำสั่งยังไม่มีเรื่อง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/committee.py" line="62"/>
        <source>The order has no signer: choose the commander, or who signs in their place.</source>
        <translation>คำสั่งยังไม่มีผู้ลงนาม กรุณาเลือกหัวหน้าหน่วยหรือผู้ลงนามแทน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/committee.py" line="64"/>
        <source>An order of fiscal year %year cannot amend order %number of fiscal year %other.</source>
        <translation>คำสั่งของปีงบประมาณ %year แก้ไขคำสั่งที่ %number ของปีงบประมาณ %other ไม่ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/committee.py" line="67"/>
        <source>The order is dated %date, before the order %number (%other_date) it amends: an amendment comes after the order it changes.</source>
        <translation>คำสั่งลงวันที่ %date ก่อนคำสั่งที่ %number (%other_date) ที่คำสั่งนี้แก้ไข คำสั่งแก้ไขต้องออกหลังคำสั่งเดิม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/committee.py" line="45"/>
        <source>The order was not saved:
%findings</source>
        <translation>ยังไม่ได้บันทึกคำสั่ง เนื่องจาก:
%findings</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/committee.py" line="47"/>
        <source>Describe the unit first (its name and commander, in the unit profile): a committee order is issued in the unit&apos;s name and signed by its commander.</source>
        <translation>กรุณากรอกข้อมูลหน่วยงาน (ชื่อหน่วยงานและผู้บังคับบัญชา ในข้อมูลหน่วยงาน) ก่อน เนื่องจากคำสั่งแต่งตั้งคณะทำงานออกในนามของหน่วยงานและลงนามโดยผู้บังคับบัญชาของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/committee.py" line="50"/>
        <source>The signer (number %id) is not in the roster: choose the commander, or who signs in their place.</source>
        <translation>ผู้ลงนาม (ลำดับที่ %id) ไม่อยู่ในทะเบียนกำลังพล กรุณาเลือกผู้บังคับบัญชา หรือผู้ลงนามแทน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/committee.py" line="53"/>
        <source>The ITAP administrator number %id is not in the roster: choose them again from the roster.</source>
        <translation>ผู้ดูแลระบบ ITAP ลำดับที่ %id ไม่อยู่ในทะเบียนกำลังพล กรุณาเลือกจากทะเบียนกำลังพลอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/committee.py" line="56"/>
        <source>%name is an ITAP administrator without a duty: type the duty as the order prints it.</source>
        <translation>%name เป็นผู้ดูแลระบบ ITAP แต่ยังไม่ได้ระบุหน้าที่ กรุณาพิมพ์หน้าที่ตามที่จะปรากฏในคำสั่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/committee.py" line="59"/>
        <source>The order it amends (number %id) is not among the saved orders (someone may have deleted it).</source>
        <translation>ไม่พบคำสั่งที่คำสั่งนี้แก้ไข (ลำดับที่ %id) ในคำสั่งที่บันทึกไว้ (ผู้อื่นอาจลบไปแล้ว)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/committee.py" line="62"/>
        <source>An order cannot amend itself: choose the earlier order it changes.</source>
        <translation>คำสั่งไม่อาจแก้ไขตัวเองได้ กรุณาเลือกคำสั่งฉบับก่อนที่คำสั่งนี้แก้ไข</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/committee.py" line="64"/>
        <source>Order %number has been signed off and is kept in the register of signed documents as it was signed, so it cannot be changed. To change the committee, make an order that amends it.</source>
        <translation>คำสั่งที่ %number ได้ลงนามแล้วและเก็บไว้ในทะเบียนเอกสารที่ลงนามตามที่ลงนาม จึงแก้ไขไม่ได้ หากต้องการเปลี่ยนแปลงคณะทำงาน กรุณาจัดทำคำสั่งแก้ไขคำสั่งดังกล่าว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/committee.py" line="32"/>
        <source>There is no committee order number %id (someone else may have deleted it). Nothing was changed.</source>
        <translation>ไม่พบคำสั่งแต่งตั้งคณะทำงานลำดับที่ %id (ผู้อื่นอาจลบไปแล้ว) ไม่มีการเปลี่ยนแปลงข้อมูลใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/committee.py" line="35"/>
        <source>This order was never saved, so there is nothing to update.</source>
        <translation>คำสั่งนี้ยังไม่เคยบันทึก จึงไม่มีข้อมูลให้ปรับปรุง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/committee.py" line="37"/>
        <source>Order %number was changed in another window or on another computer after you opened it, so your change was not saved (it would have undone theirs).</source>
        <translation>คำสั่งที่ %number ถูกแก้ไขจากหน้าต่างอื่นหรือเครื่องคอมพิวเตอร์อื่นหลังจากที่ท่านเปิดคำสั่งนี้ จึงไม่ได้บันทึกการแก้ไขของท่าน (มิฉะนั้นจะทับการแก้ไขของผู้อื่น)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/committee.py" line="40"/>
        <source>Order %number has been signed off and is kept in the register of signed documents, so it cannot be deleted. To change the committee, issue an order that amends it.</source>
        <translation>คำสั่งที่ %number ได้ลงนามแล้วและเก็บไว้ในทะเบียนเอกสารที่ลงนาม จึงลบไม่ได้ หากต้องการเปลี่ยนแปลงคณะทำงาน กรุณาออกคำสั่งแก้ไขคำสั่งดังกล่าว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/committee.py" line="44"/>
        <source>Order %number is amended by order %by, so it cannot be deleted: the later order refers to it. Delete the amending order first.</source>
        <translation>คำสั่งที่ %number ถูกแก้ไขโดยคำสั่งที่ %by ซึ่งอ้างถึงคำสั่งนี้ จึงลบไม่ได้ กรุณาลบคำสั่งที่แก้ไขก่อน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/reports/committee_order.py" line="58"/>
        <source>Fiscal year %year has no committee order %number; its orders: %known.</source>
        <translation>ปีงบประมาณ %year ไม่มีคำสั่งแต่งตั้งคณะทำงานที่ %number คำสั่งของปีนี้ ได้แก่ %known</translation>
    </message>
    <message>
        <location filename="../ita_desktop/reports/committee_order.py" line="60"/>
        <source>&apos;%given&apos; does not name an order: give its number as N/YYYY, as in 222/2566.</source>
        <translation>&apos;%given&apos; ไม่ใช่เลขที่คำสั่ง กรุณาระบุเลขที่ในรูปแบบ N/YYYY เช่น 222/2566</translation>
    </message>
    <message>
        <location filename="../ita_desktop/reports/committee_order.py" line="63"/>
        <source>An order prints the unit&apos;s emblem at its head, and the unit profile has none: import the emblem (Unit &amp; people tab, or `ita-desktop import emblem FILE`) and export the order again.</source>
        <translation>คำสั่งต้องพิมพ์ตราสัญลักษณ์ของหน่วยงานไว้ที่หัวคำสั่ง แต่ข้อมูลหน่วยงานยังไม่มีตราสัญลักษณ์ กรุณานำเข้าตราสัญลักษณ์ (แท็บหน่วยงานและกำลังพล หรือคำสั่ง `ita-desktop import emblem FILE`) แล้วส่งออกคำสั่งอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="58"/>
        <source>The order has no date: type the day it is signed (สั่ง ณ วันที่).</source>
        <translation>คำสั่งยังไม่มีวันที่ กรุณาพิมพ์วันที่ลงนามคำสั่ง (สั่ง ณ วันที่)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="60"/>
        <source>Type the day the order takes effect, or choose &quot;from now on&quot;.</source>
        <translation>กรุณาพิมพ์วันที่คำสั่งมีผล หรือเลือก &quot;ตั้งแต่บัดนี้เป็นต้นไป&quot;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/ics.py" line="28"/>
        <source>The calendar file could not be written to &apos;%path&apos; (%detail). Nothing was written there.</source>
        <translation>ไม่สามารถบันทึกแฟ้มปฏิทินไปยัง &apos;%path&apos; ได้ (%detail) จึงไม่มีการบันทึกแฟ้มใดไว้ที่ตำแหน่งดังกล่าว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="48"/>
        <source>Phase %number of %group has no start or end date: type both, even when a period text is printed instead.</source>
        <translation>ขั้นตอนที่ %number ของ%group ยังไม่มีวันเริ่มต้นหรือวันสิ้นสุด กรุณาระบุทั้งสองวัน แม้จะพิมพ์ข้อความช่วงระยะเวลาแทนวันที่ก็ตาม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="51"/>
        <source>Phase %number of %group ends (%end) before it starts (%start).</source>
        <translation>ขั้นตอนที่ %number ของ%group มีวันสิ้นสุด (%end) ก่อนวันเริ่มต้น (%start)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="53"/>
        <source>Phase %number of %group has no step: type what the step is called.</source>
        <translation>ขั้นตอนที่ %number ของ%group ยังไม่มีชื่อขั้นตอน กรุณาระบุชื่อขั้นตอน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="44"/>
        <source>The meeting number &quot;%number&quot; is not a number: type N of ครั้งที่ N/YYYY.</source>
        <translation>ครั้งที่ของการประชุม &quot;%number&quot; ไม่ใช่ตัวเลข กรุณาพิมพ์เลข N ของ ครั้งที่ N/YYYY</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="46"/>
        <source>The meeting has no date: type the day it was held.</source>
        <translation>ยังไม่ได้ระบุวันที่ประชุม กรุณาพิมพ์วันที่จัดการประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="48"/>
        <source>%field: &quot;%words&quot; is not in the roster. Choose a person from the list.</source>
        <translation>%field: ไม่พบ &quot;%words&quot; ในทะเบียนกำลังพล กรุณาเลือกบุคคลจากรายชื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendee_dialogs.py" line="27"/>
        <source>Type the guest&apos;s name: the minutes list every attendee by name.</source>
        <translation>กรุณาพิมพ์ชื่อผู้เข้าร่วมประชุม เนื่องจากรายงานการประชุมต้องระบุชื่อผู้เข้าร่วมประชุมทุกคน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/action_dialog.py" line="32"/>
        <source>Type what is to be done: an action item without it cannot be followed up.</source>
        <translation>กรุณาพิมพ์สิ่งที่ต้องดำเนินการ มิฉะนั้นจะติดตามผลการดำเนินการไม่ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/action_dialog.py" line="34"/>
        <source>Choose who does it from the roster, or type a section or role in words.</source>
        <translation>กรุณาเลือกผู้รับผิดชอบจากทะเบียนกำลังพล หรือพิมพ์ชื่อสายงานหรือหน้าที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/calendar.py" line="34"/>
        <source>The calendar was not saved:
%findings</source>
        <translation>ยังไม่ได้บันทึกปฏิทินการประเมิน เนื่องจาก:
%findings</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/calendar.py" line="21"/>
        <source>The calendar of fiscal year %year was changed in another window or on another computer after you opened it, so your change was not saved (it would have undone theirs).</source>
        <translation>ปฏิทินการประเมินของปีงบประมาณ %year ได้ถูกแก้ไขจากหน้าต่างอื่นหรือเครื่องอื่นหลังจากที่ท่านเปิดไว้ จึงไม่ได้บันทึกการแก้ไขของท่าน (มิฉะนั้นจะเป็นการลบล้างการแก้ไขดังกล่าว)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/calendar.py" line="32"/>
        <source>The calendar of fiscal year %year has no phases: add at least one, or go back to the catalog&apos;s phases.</source>
        <translation>ปฏิทินการประเมินของปีงบประมาณ %year ยังไม่มีขั้นตอนใด กรุณาเพิ่มอย่างน้อยหนึ่งขั้นตอน หรือกลับไปใช้ขั้นตอนตามกรอบการประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/calendar.py" line="35"/>
        <source>Phase %number of %group has no step (ขั้นตอน): type what the phase is.</source>
        <translation>ลำดับที่ %number ของ%group ยังไม่ได้ระบุขั้นตอน กรุณาพิมพ์ชื่อขั้นตอน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/calendar.py" line="37"/>
        <source>Phase %number of %group (%step) ends on %end, before it starts on %start.</source>
        <translation>ลำดับที่ %number ของ%group (%step) สิ้นสุดวันที่ %end ก่อนวันเริ่มต้น %start</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/calendar.py" line="39"/>
        <source>Phase %number of %group (%step) runs from %start to %end, outside the reach of fiscal year %year (%earliest to %latest).</source>
        <translation>ลำดับที่ %number ของ%group (%step) ดำเนินการตั้งแต่ %start ถึง %end ซึ่งอยู่นอกช่วงของปีงบประมาณ %year (%earliest ถึง %latest)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/calendar.py" line="42"/>
        <source>Phase %number of %group (%step) has a responsible entry that names nobody: choose a person or a section, or type the words.</source>
        <translation>ลำดับที่ %number ของ%group (%step) มีรายการผู้รับผิดชอบที่ไม่ได้ระบุผู้ใด กรุณาเลือกบุคคลหรืองาน หรือพิมพ์ข้อความ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/calendar.py" line="45"/>
        <source>Phase %number of %group (%step) names person number %id, who is not in the roster (someone may have removed them).</source>
        <translation>ลำดับที่ %number ของ%group (%step) ระบุบุคคลหมายเลข %id ซึ่งไม่มีอยู่ในบัญชีรายชื่อกำลังพล (อาจมีผู้ลบออกไปแล้ว)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/calendar.py" line="48"/>
        <source>Phase %number of %group (%step) names %name, who has left the unit (%left_on) before the phase ends on %end: choose a serving officer in their place.</source>
        <translation>ลำดับที่ %number ของ%group (%step) ระบุ %name ซึ่งพ้นจากหน่วยงานแล้ว (%left_on) ก่อนขั้นตอนสิ้นสุดวันที่ %end กรุณาเลือกข้าราชการตำรวจที่ยังปฏิบัติหน้าที่อยู่แทน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/meetings.py" line="36"/>
        <source>The meeting was not saved:
%findings</source>
        <translation>ยังไม่ได้บันทึกการประชุม เนื่องจาก:
%findings</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/meetings.py" line="38"/>
        <source>The minutes of meeting %number have been signed off and are kept in the register of signed documents as they were signed, so the meeting cannot be changed.</source>
        <translation>รายงานการประชุมครั้งที่ %number ได้ลงนามรับรองแล้ว และเก็บไว้ในทะเบียนเอกสารที่ลงนามตามที่ลงนามไว้ จึงไม่สามารถแก้ไขการประชุมนี้ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/meetings.py" line="42"/>
        <source>&apos;%item&apos; follows an action item (number %id) that is no longer stored (its meeting may have been changed meanwhile): open the meeting again.</source>
        <translation>&apos;%item&apos; ติดตามงานที่ได้รับมอบหมายลำดับที่ %id ซึ่งไม่มีอยู่ในฐานข้อมูลแล้ว (การประชุมที่มอบหมายงานนั้นอาจถูกแก้ไขในระหว่างนี้) กรุณาเปิดการประชุมนี้ใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/meetings.py" line="45"/>
        <source>&apos;%what&apos; cannot be done on %done, before the meeting of %date that decided it.</source>
        <translation>งาน &apos;%what&apos; ไม่อาจแล้วเสร็จในวันที่ %done ซึ่งก่อนการประชุมวันที่ %date ที่มอบหมายงานนั้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/meetings.py" line="34"/>
        <source>There is no meeting number %id (someone else may have deleted it). Nothing was changed.</source>
        <translation>ไม่พบการประชุมลำดับที่ %id (ผู้อื่นอาจลบไปแล้ว) ไม่มีการเปลี่ยนแปลงข้อมูลใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/meetings.py" line="37"/>
        <source>There is no action item number %id (its meeting may have been changed or deleted meanwhile). Nothing was changed.</source>
        <translation>ไม่พบงานที่ได้รับมอบหมายลำดับที่ %id (การประชุมที่มอบหมายงานนั้นอาจถูกแก้ไขหรือลบในระหว่างนี้) ไม่มีการเปลี่ยนแปลงข้อมูลใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/meetings.py" line="40"/>
        <source>This meeting was never saved, so there is nothing to update.</source>
        <translation>การประชุมนี้ยังไม่เคยบันทึก จึงไม่มีข้อมูลให้ปรับปรุง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/meetings.py" line="42"/>
        <source>Meeting %number was changed in another window or on another computer after you opened it, so your change was not saved (it would have undone theirs).</source>
        <translation>การประชุมครั้งที่ %number ถูกแก้ไขจากหน้าต่างอื่นหรือเครื่องคอมพิวเตอร์อื่นหลังจากที่ท่านเปิดการประชุมนี้ จึงไม่ได้บันทึกการแก้ไขของท่าน (มิฉะนั้นจะทับการแก้ไขของผู้อื่น)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/meetings.py" line="45"/>
        <source>The minutes of meeting %number have been signed off and are kept in the register of signed documents, so the meeting cannot be deleted.</source>
        <translation>รายงานการประชุมครั้งที่ %number ได้ลงนามรับรองแล้ว และเก็บไว้ในทะเบียนเอกสารที่ลงนาม จึงไม่สามารถลบการประชุมนี้ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="25"/>
        <source>&apos;%number&apos; cannot be the number of a meeting: give a whole number from 1 up (the part before the slash, as in 1/2567).</source>
        <translation>&apos;%number&apos; ไม่อาจเป็นครั้งที่ของการประชุมได้ กรุณาระบุจำนวนเต็มตั้งแต่ 1 ขึ้นไป (ส่วนหน้าเครื่องหมายทับ เช่น 1/2567)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="28"/>
        <source>Meeting number %number is already used by the meeting of %date: numbers restart each 1 January and are not used twice in a year.</source>
        <translation>การประชุมครั้งที่ %number ใช้แล้วสำหรับการประชุมวันที่ %date ครั้งที่ของการประชุมเริ่มนับใหม่ทุกวันที่ 1 มกราคม และใช้ซ้ำในปีเดียวกันไม่ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="31"/>
        <source>The meeting has no subject (what the minutes are headed with).</source>
        <translation>การประชุมยังไม่มีเรื่อง (ข้อความที่ใช้เป็นหัวเรื่องของรายงานการประชุม)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="33"/>
        <source>%date is outside the reach of fiscal year %year: its meetings are held from %earliest to %latest.</source>
        <translation>%date อยู่นอกช่วงของปีงบประมาณ %year การประชุมของปีนี้จัดได้ตั้งแต่ %earliest ถึง %latest</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="36"/>
        <source>The meeting ends at %end, not after it starts at %start.</source>
        <translation>เวลาเลิกประชุม %end ต้องหลังเวลาเริ่มประชุม %start</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="38"/>
        <source>The meeting has no chair: choose who chaired it from the roster.</source>
        <translation>การประชุมยังไม่มีประธาน กรุณาเลือกประธานที่ประชุมจากทะเบียนกำลังพล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="40"/>
        <source>The chair (number %id) is not in the roster (someone may have removed them): choose the chair again from the roster.</source>
        <translation>ประธานที่ประชุม (ลำดับที่ %id) ไม่อยู่ในทะเบียนกำลังพล (ผู้อื่นอาจลบไปแล้ว) กรุณาเลือกประธานจากทะเบียนกำลังพลอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="43"/>
        <source>Who recorded the minutes (number %id) is not in the roster: choose them again from the roster.</source>
        <translation>ผู้จดรายงานการประชุม (ลำดับที่ %id) ไม่อยู่ในทะเบียนกำลังพล กรุณาเลือกจากทะเบียนกำลังพลอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="46"/>
        <source>Who checked the minutes (number %id) is not in the roster: choose them again from the roster.</source>
        <translation>ผู้ตรวจรายงานการประชุม (ลำดับที่ %id) ไม่อยู่ในทะเบียนกำลังพล กรุณาเลือกจากทะเบียนกำลังพลอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="49"/>
        <source>Attendee %row (number %id) is not in the roster: choose them again from the roster, or type them as a guest.</source>
        <translation>ผู้เข้าประชุมลำดับที่ %row (เลขที่ %id) ไม่อยู่ในทะเบียนกำลังพล กรุณาเลือกจากทะเบียนกำลังพลอีกครั้ง หรือพิมพ์เป็นผู้เข้าร่วมประชุมจากภายนอก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="52"/>
        <source>The chair, %name, left the unit on %left_on, before the meeting of %date: choose someone who served on that day.</source>
        <translation>ประธาน %name ออกจากหน่วยเมื่อ %left_on ก่อนการประชุมวันที่ %date โปรดเลือกผู้ที่ปฏิบัติหน้าที่อยู่ในวันนั้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="55"/>
        <source>The recorder, %name, left the unit on %left_on, before the meeting of %date: choose someone who served on that day.</source>
        <translation>ผู้จดรายงานการประชุม %name ออกจากหน่วยเมื่อ %left_on ก่อนการประชุมวันที่ %date โปรดเลือกผู้ที่ปฏิบัติหน้าที่อยู่ในวันนั้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="58"/>
        <source>The checker, %name, left the unit on %left_on, before the meeting of %date: choose someone who served on that day.</source>
        <translation>ผู้ตรวจรายงานการประชุม %name ออกจากหน่วยเมื่อ %left_on ก่อนการประชุมวันที่ %date โปรดเลือกผู้ที่ปฏิบัติหน้าที่อยู่ในวันนั้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="61"/>
        <source>%name left the unit on %left_on, before the meeting of %date, and cannot be listed as coming: mark them absent or remove them.</source>
        <translation>%name ออกจากหน่วยเมื่อ %left_on ก่อนการประชุมวันที่ %date จึงระบุว่ามาประชุมไม่ได้ โปรดระบุว่าไม่มาประชุม หรือนำออกจากรายชื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="64"/>
        <source>The speaker of &apos;%item&apos; (number %id) is not in the roster: choose them again, or type who spoke.</source>
        <translation>ผู้นำเสนอเรื่อง &apos;%item&apos; (ลำดับที่ %id) ไม่อยู่ในทะเบียนกำลังพล กรุณาเลือกอีกครั้ง หรือพิมพ์ชื่อผู้นำเสนอ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="67"/>
        <source>Who does &apos;%what&apos; (number %id) is not in the roster: choose them again, or type the section or role.</source>
        <translation>ผู้รับผิดชอบงาน &apos;%what&apos; (ลำดับที่ %id) ไม่อยู่ในทะเบียนกำลังพล กรุณาเลือกอีกครั้ง หรือพิมพ์ชื่องานหรือตำแหน่งหน้าที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="70"/>
        <source>%name is in the attendance twice: each person is listed once, as present, absent or attending.</source>
        <translation>%name มีชื่ออยู่ในรายชื่อผู้เข้าประชุมสองครั้ง แต่ละคนมีชื่อได้ครั้งเดียว เป็นผู้มาประชุม ผู้ไม่มาประชุม หรือผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="73"/>
        <source>Attendee %row is not from the roster and has no name: type the guest&apos;s name as the minutes print it.</source>
        <translation>ผู้เข้าประชุมลำดับที่ %row ไม่อยู่ในทะเบียนกำลังพลและยังไม่มีชื่อ กรุณาพิมพ์ชื่อผู้เข้าร่วมประชุมตามที่จะพิมพ์ในรายงานการประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="76"/>
        <source>An action item of &apos;%item&apos; says nothing: type what is to be done.</source>
        <translation>งานที่มอบหมายในเรื่อง &apos;%item&apos; ยังไม่มีข้อความ กรุณาพิมพ์สิ่งที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/meetings.py" line="78"/>
        <source>The action item &apos;%what&apos; names nobody: choose who does it from the roster or type the section or role.</source>
        <translation>งานที่มอบหมาย &apos;%what&apos; ยังไม่ระบุผู้รับผิดชอบ กรุณาเลือกจากทะเบียนกำลังพล หรือพิมพ์ชื่องานหรือตำแหน่งหน้าที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/reports/meeting_data.py" line="48"/>
        <source>Meeting %number names a person (roster no. %id) who is not in the roster; choose someone else in the meeting and export again.</source>
        <translation>การประชุมครั้งที่ %number ระบุบุคคล (ลำดับในบัญชีรายชื่อกำลังพล %id) ซึ่งไม่มีอยู่ในบัญชีรายชื่อกำลังพล กรุณาเลือกบุคคลอื่นในข้อมูลการประชุม แล้วส่งออกเอกสารอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/reports/meeting_data.py" line="51"/>
        <source>&apos;%given&apos; does not name a meeting: give its number as N/YYYY (e.g. 1/2567).</source>
        <translation>&apos;%given&apos; ไม่ใช่ครั้งที่ของการประชุม โปรดระบุเป็น N/YYYY (เช่น 1/2567)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/reports/meeting_data.py" line="53"/>
        <source>Fiscal year %year has no meeting %number; its meetings are: %known.</source>
        <translation>ปีงบประมาณ %year ไม่มีการประชุมครั้งที่ %number การประชุมของปีนี้ได้แก่ %known</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="49"/>
        <source>not started</source>
        <translation>ยังไม่ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="50"/>
        <source>in preparation</source>
        <translation>อยู่ระหว่างจัดทำ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="51"/>
        <source>submitted for check</source>
        <translation>ส่งตรวจสอบแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="52"/>
        <source>returned for correction</source>
        <translation>ส่งกลับให้แก้ไข</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="53"/>
        <source>checked</source>
        <translation>ตรวจสอบแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="54"/>
        <source>approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="55"/>
        <source>published</source>
        <translation>เผยแพร่แล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="59"/>
        <source>The item is already %status: there is nothing to change.</source>
        <translation>รายการนี้มีสถานะ %status อยู่แล้ว จึงไม่มีสิ่งที่ต้องเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="61"/>
        <source>The change starts from %before, but the item is %current now: someone may have changed it in the meantime.</source>
        <translation>การเปลี่ยนสถานะนี้เริ่มจากสถานะ %before แต่ขณะนี้รายการมีสถานะ %current แล้ว ซึ่งอาจมีผู้อื่นเปลี่ยนแปลงในระหว่างนั้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="64"/>
        <source>An item that is %before cannot become %after.</source>
        <translation>รายการที่มีสถานะ %before ไม่สามารถเปลี่ยนเป็นสถานะ %after ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="66"/>
        <source>An item that is %before cannot become %after: a controller checks it first.</source>
        <translation>รายการที่มีสถานะ %before ไม่สามารถเปลี่ยนเป็นสถานะ %after ได้ เนื่องจากต้องผ่านการตรวจสอบของผู้ควบคุมก่อน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="68"/>
        <source>A checked item cannot be published before the commander approves it.</source>
        <translation>รายการที่ตรวจสอบแล้วจะเผยแพร่ได้ต่อเมื่อผู้บังคับบัญชาอนุมัติแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="70"/>
        <source>Only a preparer of the item can start preparing it.</source>
        <translation>เฉพาะผู้จัดทำข้อมูลของรายการนี้เท่านั้นที่เริ่มจัดทำรายการได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="72"/>
        <source>Only a preparer of the item can submit it for checking.</source>
        <translation>เฉพาะผู้จัดทำข้อมูลของรายการนี้เท่านั้นที่ส่งรายการให้ตรวจสอบได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="74"/>
        <source>Only a preparer of the item can take a returned item back or submit it again.</source>
        <translation>เฉพาะผู้จัดทำข้อมูลของรายการนี้เท่านั้นที่นำรายการที่ถูกส่งกลับไปแก้ไขหรือส่งตรวจสอบอีกครั้งได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="77"/>
        <source>Only a controller of the item can mark it checked.</source>
        <translation>เฉพาะผู้ควบคุมของรายการนี้เท่านั้นที่บันทึกว่าตรวจสอบแล้วได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="79"/>
        <source>Only a controller of the item can return a submitted item.</source>
        <translation>เฉพาะผู้ควบคุมของรายการนี้เท่านั้นที่ส่งกลับรายการที่ส่งตรวจสอบได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="81"/>
        <source>Only the commander can return a checked item.</source>
        <translation>เฉพาะผู้บังคับบัญชาเท่านั้นที่ส่งกลับรายการที่ตรวจสอบแล้วได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="83"/>
        <source>Only the commander can approve the item.</source>
        <translation>เฉพาะผู้บังคับบัญชาเท่านั้นที่อนุมัติรายการได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="85"/>
        <source>Only a preparer or a controller of the item can record its publication.</source>
        <translation>เฉพาะผู้จัดทำข้อมูลหรือผู้ควบคุมของรายการนี้เท่านั้นที่บันทึกการเผยแพร่ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="87"/>
        <source>The person who submitted the item cannot also check it: another controller checks it.</source>
        <translation>ผู้ที่ส่งรายการให้ตรวจสอบไม่สามารถตรวจสอบรายการนั้นเองได้ กรุณาให้ผู้ควบคุมท่านอื่นเป็นผู้ตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="90"/>
        <source>Write what is to be corrected: an item is returned with a comment.</source>
        <translation>กรุณาระบุสิ่งที่ต้องแก้ไข เนื่องจากการส่งกลับรายการต้องมีความเห็นประกอบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="92"/>
        <source>Give the web address where the item is published.</source>
        <translation>กรุณาระบุที่อยู่เว็บไซต์ (URL) ที่เผยแพร่รายการนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="94"/>
        <source>Give the date the item was published.</source>
        <translation>กรุณาระบุวันที่เผยแพร่รายการนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="96"/>
        <source>The item cannot have been published on %published, after the change is recorded (%when).</source>
        <translation>รายการไม่อาจเผยแพร่เมื่อวันที่ %published ซึ่งเป็นวันหลังจากที่บันทึกการเปลี่ยนสถานะนี้ (%when) ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="99"/>
        <source>The item cannot have been published on %published, before the commander approved it (%approved).</source>
        <translation>รายการไม่อาจเผยแพร่เมื่อวันที่ %published ซึ่งเป็นวันก่อนที่ผู้บังคับบัญชาอนุมัติ (%approved) ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="102"/>
        <source>A web address and a publication date are recorded only when the item is published.</source>
        <translation>ที่อยู่เว็บไซต์และวันที่เผยแพร่บันทึกได้เฉพาะเมื่อเผยแพร่รายการเท่านั้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="105"/>
        <source>The change is dated %when, before the change recorded before it (%previous).</source>
        <translation>การเปลี่ยนสถานะนี้ลงวันที่ %when ซึ่งอยู่ก่อนการเปลี่ยนสถานะที่บันทึกไว้ก่อนหน้า (%previous)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="107"/>
        <source>Change %number of the log (%before to %after): %problem</source>
        <translation>การเปลี่ยนสถานะลำดับที่ %number ในบันทึก (จาก %before เป็น %after): %problem</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="112"/>
        <source>The web address is empty.</source>
        <translation>ยังไม่ได้ระบุที่อยู่เว็บไซต์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="113"/>
        <source>&apos;%url&apos; has a space or an invisible character in it: copy the address from the browser&apos;s address bar.</source>
        <translation>&apos;%url&apos; มีช่องว่างหรืออักขระที่มองไม่เห็นอยู่ กรุณาคัดลอกที่อยู่จากแถบที่อยู่ของเบราว์เซอร์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="116"/>
        <source>&apos;%url&apos; is not a web address: a web address starts with http:// or https://.</source>
        <translation>&apos;%url&apos; ไม่ใช่ที่อยู่เว็บไซต์ ที่อยู่เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https://</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="118"/>
        <source>&apos;%url&apos; has no website name after https://.</source>
        <translation>&apos;%url&apos; ไม่มีชื่อเว็บไซต์ต่อจาก https://</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="120"/>
        <source>&apos;%url&apos; names this computer or the office network (%host): the assessors open the unit&apos;s public website.</source>
        <translation>&apos;%url&apos; เป็นที่อยู่ของเครื่องนี้หรือของเครือข่ายภายในสำนักงาน (%host) ซึ่งผู้ประเมินไม่สามารถเปิดได้ กรุณาระบุที่อยู่บนเว็บไซต์สาธารณะของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="123"/>
        <source>&apos;%host&apos; in &apos;%url&apos; is not a website name such as www.example.go.th.</source>
        <translation>&apos;%host&apos; ใน &apos;%url&apos; ไม่ใช่ชื่อเว็บไซต์ที่ถูกต้อง เช่น www.example.go.th</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_workflow.py" line="125"/>
        <source>&apos;%url&apos; has a port number that cannot be right.</source>
        <translation>&apos;%url&apos; มีหมายเลขพอร์ตที่ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_score.py" line="28"/>
        <source>The program knows the NACC&apos;s levels from fiscal year %first on, not for %year.</source>
        <translation>โปรแกรมมีเกณฑ์ระดับผลการประเมินของสำนักงาน ป.ป.ช. ตั้งแต่ปีงบประมาณ %first เป็นต้นไป ไม่มีเกณฑ์ของปีงบประมาณ %year</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_score.py" line="31"/>
        <source>The catalog&apos;s weights of IIT, EIT and OIT add up to %total, not 100: correct them in the framework tab.</source>
        <translation>น้ำหนักคะแนนของ IIT, EIT และ OIT ในกรอบการประเมินรวมกันได้ %total ไม่ใช่ 100 กรุณาแก้ไขในแท็บกรอบการประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_score.py" line="34"/>
        <source>The catalog&apos;s OIT items carry no points, so no OIT score can be projected.</source>
        <translation>รายการ OIT ในกรอบการประเมินไม่มีคะแนน จึงไม่สามารถคาดการณ์คะแนน OIT ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_score.py" line="36"/>
        <source>%value cannot be the %tool score: a score is from 0 to 100.</source>
        <translation>%value ไม่อาจเป็นคะแนน %tool ได้ คะแนนต้องอยู่ระหว่าง 0 ถึง 100</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit.py" line="31"/>
        <source>The period ends (%end) before it starts (%start).</source>
        <translation>ช่วงเวลาสิ้นสุด (%end) ก่อนวันเริ่มต้น (%start)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit.py" line="33"/>
        <source>%day cannot be the day of the month a report is due: give a day from 1 to 31.</source>
        <translation>%day ไม่อาจเป็นวันที่ครบกำหนดรายงานของเดือนได้ กรุณาระบุวันที่ 1 ถึง 31</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit.py" line="36"/>
        <source>An item done once needs the date it is due.</source>
        <translation>รายการที่ดำเนินการครั้งเดียวต้องระบุวันที่ครบกำหนด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit.py" line="38"/>
        <source>%minimum cannot be the least number of entries: give a whole number from 1 up.</source>
        <translation>%minimum ไม่อาจเป็นจำนวนครั้งขั้นต่ำได้ กรุณาระบุจำนวนเต็มตั้งแต่ 1 ขึ้นไป</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit.py" line="41"/>
        <source>The count of %day cannot be %count: a count is zero or more.</source>
        <translation>จำนวนของวันที่ %day ไม่อาจเป็น %count ได้ จำนวนต้องเป็นศูนย์หรือมากกว่า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit.py" line="43"/>
        <source>The survey&apos;s deadline (%deadline) is before its first day (%start).</source>
        <translation>วันสิ้นสุดการเก็บข้อมูลแบบวัด (%deadline) อยู่ก่อนวันเริ่มต้น (%start)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit.py" line="45"/>
        <source>Give the number of staff eligible for the IIT survey: the target is all of them.</source>
        <translation>กรุณาระบุจำนวนบุคลากรที่มีสิทธิ์ตอบแบบวัด IIT เนื่องจากเป้าหมายคือบุคลากรที่มีสิทธิ์ทุกคน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_plan.py" line="42"/>
        <source>%code has no preparer: choose at least one person who prepares it.</source>
        <translation>%code ยังไม่มีผู้รับผิดชอบเตรียมข้อมูล กรุณาเลือกผู้จัดทำข้อมูลอย่างน้อยหนึ่งคน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_plan.py" line="44"/>
        <source>%code has no controller: choose at least one person who checks it.</source>
        <translation>%code ยังไม่มีผู้ควบคุม กรุณาเลือกผู้ควบคุมและตรวจสอบข้อมูลอย่างน้อยหนึ่งคน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_plan.py" line="46"/>
        <source>%name is listed twice among the %duty of %code.</source>
        <translation>%name มีชื่อซ้ำสองครั้งใน%dutyของ %code</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_plan.py" line="48"/>
        <source>The period of %code (%start to %end) is not within fiscal year %year.</source>
        <translation>ช่วงเวลาของ %code (%start ถึง %end) ไม่อยู่ในปีงบประมาณ %year</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_plan.py" line="50"/>
        <source>%code cannot have %count entries: a count is zero or more.</source>
        <translation>%code มีจำนวนรายการ %count ไม่ได้ จำนวนต้องเป็นศูนย์หรือมากกว่า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_plan.py" line="52"/>
        <source>&apos;%name&apos; is not a file an OIT item takes: attach PDF, Word (.doc, .docx), Excel (.xls, .xlsx) or picture (JPEG, PNG) files.</source>
        <translation>&apos;%name&apos; ไม่ใช่ไฟล์ที่แนบกับข้อ OIT ได้ กรุณาแนบไฟล์ PDF, Word (.doc, .docx), Excel (.xls, .xlsx) หรือรูปภาพ (JPEG, PNG)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_plan.py" line="55"/>
        <source>&apos;%name&apos; is not a %kind file inside, whatever its name says: it may be damaged or misnamed. Open it on this computer, save it again as %kind and attach that copy.</source>
        <translation>เนื้อในของ &apos;%name&apos; ไม่ใช่ไฟล์ %kind ตามที่ชื่อไฟล์ระบุ ไฟล์อาจเสียหายหรือตั้งชื่อผิด กรุณาเปิดไฟล์บนเครื่องนี้ บันทึกใหม่เป็น %kind แล้วแนบฉบับนั้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_plan.py" line="59"/>
        <source>preparers</source>
        <translation>ผู้รับผิดชอบเตรียมข้อมูล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_plan.py" line="60"/>
        <source>controllers</source>
        <translation>ผู้ควบคุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/oit_dashboard.py" line="35"/>
        <source>Give the first day and the deadline of the IIT and EIT surveys (from ITAP) to follow their progress against the targets.</source>
        <translation>โปรดระบุวันเริ่มต้นและวันสิ้นสุดการสำรวจ IIT และ EIT (จากระบบ ITAP) เพื่อติดตามความคืบหน้าเทียบกับเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/oit.py" line="34"/>
        <source>The plan of %code was changed in another window or on another computer after you opened it, so your change was not saved (it would have undone theirs). Open the item again.</source>
        <translation>แผนของรายการ %code ถูกแก้ไขจากหน้าต่างอื่นหรือเครื่องอื่นหลังจากที่ท่านเปิดไว้ จึงไม่ได้บันทึกการแก้ไขของท่าน (มิฉะนั้นจะทับการแก้ไขนั้น) โปรดเปิดรายการอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/oit.py" line="38"/>
        <source>There is no attached file number %id (someone else may have removed it). Nothing was changed.</source>
        <translation>ไม่พบไฟล์แนบหมายเลข %id (ผู้อื่นอาจนำออกไปแล้ว) ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/oit.py" line="41"/>
        <source>There is no EIT(2) contact number %id (someone else may have deleted it). Nothing was changed.</source>
        <translation>ไม่พบรายชื่อผู้ติดต่อ EIT(2) หมายเลข %id (ผู้อื่นอาจลบไปแล้ว) ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/measures.py" line="30"/>
        <location filename="../ita_desktop/services/oit.py" line="56"/>
        <source>Nothing was changed:
%findings</source>
        <translation>ไม่มีการเปลี่ยนแปลงใด:
%findings</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/oit.py" line="57"/>
        <source>The framework of fiscal year %year has no OIT item &apos;%item&apos;.</source>
        <translation>กรอบการประเมินของปีงบประมาณ %year ไม่มีรายการ OIT &apos;%item&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/measures.py" line="31"/>
        <location filename="../ita_desktop/services/oit.py" line="59"/>
        <source>Person number %id is not in the roster (someone may have removed them): choose someone from the roster.</source>
        <translation>ไม่พบบุคคลหมายเลข %id ในทะเบียนรายชื่อ (ผู้อื่นอาจนำออกไปแล้ว) โปรดเลือกบุคคลจากทะเบียนรายชื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/measures.py" line="34"/>
        <location filename="../ita_desktop/services/oit.py" line="62"/>
        <source>%name has left the unit: choose someone who serves in it now.</source>
        <translation>%name พ้นจากหน่วยงานแล้ว โปรดเลือกผู้ที่ปฏิบัติหน้าที่อยู่ในปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/measures.py" line="36"/>
        <source>Fiscal year %year already has its integrity measures: edit them instead of starting the year again.</source>
        <translation>ปีงบประมาณ %year มีมาตรการยกระดับคุณธรรมและความโปร่งใสแล้ว กรุณาแก้ไขมาตรการที่มีอยู่แทนการเริ่มจัดทำใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/measures.py" line="39"/>
        <source>The measures of this area were changed in another window meanwhile, so the new order was not saved. Look at them again and reorder them.</source>
        <translation>มาตรการในด้านนี้ถูกแก้ไขจากหน้าต่างอื่นในระหว่างนี้ จึงไม่ได้บันทึกลำดับใหม่ กรุณาตรวจสอบมาตรการอีกครั้งแล้วจัดลำดับใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/measures.py" line="42"/>
        <source>Meeting %number belongs to fiscal year %other, not to %year. Nothing was changed.</source>
        <translation>การประชุมครั้งที่ %number เป็นของปีงบประมาณ %other มิใช่ปีงบประมาณ %year ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/oit.py" line="64"/>
        <source>%code has no report for the month of %month: its reports cover %start to %end.</source>
        <translation>รายการ %code ไม่มีรายงานประจำเดือน %month โดยรายงานของรายการนี้ครอบคลุมตั้งแต่ %start ถึง %end</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/oit.py" line="67"/>
        <source>%code is not reported month by month: record its work on the item itself.</source>
        <translation>รายการ %code ไม่ได้รายงานเป็นรายเดือน โปรดบันทึกการดำเนินงานที่ตัวรายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/oit.py" line="69"/>
        <source>&apos;%name&apos; is empty (0 bytes): attach the file with its content.</source>
        <translation>ไฟล์ &apos;%name&apos; ไม่มีเนื้อหา (0 ไบต์) โปรดแนบไฟล์ที่มีเนื้อหา</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/oit.py" line="71"/>
        <source>&apos;%name&apos; is %size MB; a file attached to an OIT item may be at most %limit MB. Reduce it (for instance, scan at a lower resolution) and attach it again.</source>
        <translation>ไฟล์ &apos;%name&apos; มีขนาด %size MB ไฟล์ที่แนบกับรายการ OIT มีขนาดได้ไม่เกิน %limit MB โปรดลดขนาดไฟล์ (เช่น สแกนด้วยความละเอียดที่ต่ำลง) แล้วแนบอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/oit.py" line="75"/>
        <source>&apos;%name&apos; could not be read: %detail</source>
        <translation>ไม่สามารถอ่านไฟล์ &apos;%name&apos; ได้: %detail</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/oit.py" line="77"/>
        <source>Give the number of eligible staff as a whole number from 1 up, not %count.</source>
        <translation>โปรดระบุจำนวนบุคลากรที่มีสิทธิ์ตอบแบบสำรวจเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป ไม่ใช่ %count</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/oit.py" line="79"/>
        <source>Give the name of the EIT(2) contact.</source>
        <translation>โปรดระบุชื่อผู้ติดต่อ EIT(2)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/evidence.py" line="58"/>
        <source>&quot;%title&quot; is a measure of fiscal year %other, not of %year. Nothing was changed.</source>
        <translation>&quot;%title&quot; เป็นมาตรการของปีงบประมาณ %other มิใช่ปีงบประมาณ %year ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/evidence.py" line="61"/>
        <source>Choose the measure or the meeting the photos belong to.</source>
        <translation>กรุณาเลือกมาตรการหรือการประชุมที่ภาพถ่ายเหล่านี้เป็นหลักฐาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/evidence.py" line="63"/>
        <source>Only the photos of one measure (or of one meeting) can be put in order together. Nothing was changed.</source>
        <translation>จัดลำดับพร้อมกันได้เฉพาะภาพถ่ายของมาตรการเดียวกัน (หรือของการประชุมเดียวกัน) เท่านั้น ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/evidence.py" line="66"/>
        <source>&quot;%name&quot; belongs to no measure: it must stay with a meeting. Move it to a measure first, or remove it.</source>
        <translation>&quot;%name&quot; ไม่ได้อยู่ในมาตรการใด จึงต้องคงไว้กับการประชุม กรุณาย้ายภาพไปยังมาตรการก่อน หรือลบภาพนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/evidence.py" line="69"/>
        <source>&quot;%name&quot; was not imported: the same photo is already in %where.</source>
        <translation>ไม่ได้นำเข้า &quot;%name&quot; เนื่องจากมีภาพถ่ายเดียวกันนี้อยู่แล้วใน%where</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/evidence.py" line="71"/>
        <source>measure %label &quot;%title&quot;</source>
        <translation>มาตรการ %label &quot;%title&quot;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/evidence.py" line="72"/>
        <source>meeting %number</source>
        <translation>การประชุมครั้งที่ %number</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/evidence.py" line="73"/>
        <source>this import, as &quot;%name&quot;</source>
        <translation>การนำเข้าครั้งนี้ ในชื่อ &quot;%name&quot;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/evidence.py" line="75"/>
        <location filename="../ita_desktop/services/oit.py" line="81"/>
        <source>Could not write %path: %detail</source>
        <translation>ไม่สามารถบันทึกไฟล์ %path ได้: %detail</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/oit.py" line="83"/>
        <source>%name is listed twice among the people who take care of %role.</source>
        <translation>%name มีรายชื่อซ้ำกันในผู้ดูแล%role</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/oit.py" line="85"/>
        <source>the ITAP system</source>
        <translation>ระบบ ITAP</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/oit.py" line="86"/>
        <source>the unit&apos;s website</source>
        <translation>เว็บไซต์ของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/oit.py" line="87"/>
        <source>the IIT respondents</source>
        <translation>การตอบแบบวัด IIT</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/oit.py" line="88"/>
        <source>the EIT(1) respondents</source>
        <translation>การตอบแบบวัด EIT(1)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/services/oit.py" line="89"/>
        <source>the EIT(2) contacts</source>
        <translation>รายชื่อผู้ติดต่อ EIT(2)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/oit_web_page.py" line="29"/>
        <source>The web page could not be written to &apos;%path&apos; (%detail). Nothing was written there.</source>
        <translation>ไม่สามารถบันทึกหน้าเว็บไว้ที่ &apos;%path&apos; ได้ (%detail) จึงไม่มีการบันทึกแฟ้มใดไว้ที่นั่น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/eit2_contacts.py" line="23"/>
        <source>The EIT(2) contact workbook could not be written to &apos;%path&apos; (%detail). Nothing was written there.</source>
        <translation>ไม่สามารถบันทึกแฟ้มรายชื่อผู้ติดต่อ EIT (กลุ่มที่ ๒) ไว้ที่ &apos;%path&apos; ได้ (%detail) จึงไม่มีการบันทึกแฟ้มใดไว้ที่นั่น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="41"/>
        <source>Give the first and the last day of the period %code runs over.</source>
        <translation>กรุณาระบุวันเริ่มต้นและวันสิ้นสุดของช่วงเวลาดำเนินการของ %code</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="51"/>
        <source>&apos;%text&apos; is not a score: give the %tool score as ITAP shows it, e.g. 88.54.</source>
        <translation>&apos;%text&apos; ไม่ใช่คะแนน กรุณากรอกคะแนน %tool ตามที่ระบบ ITAP แสดง เช่น 88.54</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="53"/>
        <source>&apos;%text&apos; is not a number of staff: give a whole number.</source>
        <translation>&apos;%text&apos; ไม่ใช่จำนวนบุคลากร กรุณากรอกเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="50"/>
        <source>Give the day ITAP showed the count.</source>
        <translation>กรุณาระบุวันที่ระบบ ITAP แสดงจำนวนนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/media/photos.py" line="72"/>
        <source>%name is a %format image; photos are taken as JPEG, PNG, WebP or HEIC.</source>
        <translation>%name เป็นรูปภาพชนิด %format ภาพถ่ายที่นำเข้าได้ต้องเป็นชนิด JPEG, PNG, WebP หรือ HEIC เท่านั้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/media/photos.py" line="76"/>
        <source>%name is not a picture: photos are taken as JPEG, PNG, WebP or HEIC files.</source>
        <translation>%name ไม่ใช่ไฟล์ภาพ ภาพถ่ายต้องเป็นไฟล์ JPEG, PNG, WebP หรือ HEIC</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/measure_templates.py" line="28"/>
        <source>There are no standard measures for units of kind &quot;%kind&quot;. Known kinds: %known.</source>
        <translation>ไม่มีมาตรการมาตรฐานสำหรับหน่วยงานประเภท &quot;%kind&quot; ประเภทที่ระบบรองรับ ได้แก่ %known</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/measure_templates.py" line="31"/>
        <source>The standard measures file %path cannot be read (%reason). Reinstall the program, or start the year&apos;s measures from an earlier year.</source>
        <translation>ไม่สามารถอ่านแฟ้มมาตรการมาตรฐาน %path ได้ (%reason) กรุณาติดตั้งโปรแกรมใหม่ หรือเริ่มมาตรการของปีนี้จากมาตรการของปีก่อน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/exchange/measure_templates.py" line="34"/>
        <source>The standard measures file %path is damaged: %reason. Reinstall the program, or start the year&apos;s measures from an earlier year.</source>
        <translation>แฟ้มมาตรการมาตรฐาน %path ชำรุด: %reason กรุณาติดตั้งโปรแกรมใหม่ หรือเริ่มมาตรการของปีนี้จากมาตรการของปีก่อน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/evidence.py" line="27"/>
        <source>The measure &quot;%title&quot; was changed in another window or on another computer after you opened it, so your change was not saved (it would have undone theirs). Open it again.</source>
        <translation>มาตรการ &quot;%title&quot; ถูกแก้ไขจากหน้าต่างอื่นหรือเครื่องคอมพิวเตอร์อื่นหลังจากที่ท่านเปิดไว้ จึงไม่ได้บันทึกการแก้ไขของท่าน (มิฉะนั้นจะทับการแก้ไขของผู้อื่น) กรุณาเปิดมาตรการนี้อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/evidence.py" line="31"/>
        <source>There is no measure number %id (someone else may have removed it). Nothing was changed.</source>
        <translation>ไม่พบมาตรการลำดับที่ %id (ผู้อื่นอาจลบออกไปแล้ว) ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/store/evidence.py" line="34"/>
        <source>There is no photo number %id (someone else may have removed it). Nothing was changed.</source>
        <translation>ไม่พบภาพถ่ายลำดับที่ %id (ผู้อื่นอาจลบออกไปแล้ว) ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/evidence.py" line="31"/>
        <source>A measure needs a title: what is to be developed (the &quot;ด้าน&quot; column).</source>
        <translation>มาตรการต้องมีชื่อ คือด้านที่จะพัฒนา (ช่อง &quot;ด้าน&quot;)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/evidence.py" line="33"/>
        <source>Photos are printed 1, 2 or 4 to a row, not %columns.</source>
        <translation>ภาพพิมพ์ได้แถวละ 1, 2 หรือ 4 ภาพ ไม่ใช่ %columns ภาพ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/evidence.py" line="35"/>
        <source>A line of &quot;%title&quot;&apos;s people responsible names nobody: choose a person or type a section or group.</source>
        <translation>ผู้รับผิดชอบบรรทัดหนึ่งของ &quot;%title&quot; ไม่ได้ระบุผู้ใด โปรดเลือกบุคคล หรือพิมพ์ชื่องานหรือกลุ่มงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/evidence.py" line="38"/>
        <source>%name is listed twice as &quot;%duty&quot; for &quot;%title&quot;.</source>
        <translation>%name มีชื่อซ้ำสองครั้งในหน้าที่ &quot;%duty&quot; ของ &quot;%title&quot;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/evidence.py" line="40"/>
        <source>Fiscal year %year has no measure &quot;%measure&quot;. The measures are: %known.</source>
        <translation>ปีงบประมาณ %year ไม่มีมาตรการ &quot;%measure&quot; มาตรการที่มีอยู่ ได้แก่ %known</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/evidence.py" line="42"/>
        <source>Fiscal year %year has no integrity measures yet. Start them in the photo evidence tab first.</source>
        <translation>ปีงบประมาณ %year ยังไม่มีมาตรการยกระดับคุณธรรมและความโปร่งใส โปรดเริ่มจัดทำมาตรการในแท็บภาพหลักฐานก่อน</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../ita_desktop/ui/evidence/words.py" line="19"/>
        <source>One Stop Service point</source>
        <translation>จุดบริการ One Stop Service</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/words.py" line="21"/>
        <source>Communicating the unit&apos;s role and results</source>
        <translation>การสื่อสารบทบาทหน้าที่และผลการดำเนินงานของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/words.py" line="23"/>
        <source>Publishing the OIT data</source>
        <translation>การเปิดเผยข้อมูลสาธารณะ (OIT)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/words.py" line="28"/>
        <source>Meeting %1 (%2)</source>
        <translation>การประชุมครั้งที่ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="68"/>
        <source>&amp;Add…</source>
        <translation>เพิ่ม… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="69"/>
        <source>Add a measure at the end of the area in focus</source>
        <translation>เพิ่มมาตรการต่อท้ายด้านที่เลือกอยู่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="70"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="71"/>
        <source>Delete the measure and its own photos (Del on the list); Ctrl+Z puts them back</source>
        <translation>ลบมาตรการพร้อมภาพถ่ายของมาตรการ (ปุ่ม Del ในรายการ) กด Ctrl+Z เพื่อนำกลับคืน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="73"/>
        <source>Up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="74"/>
        <source>Move the measure up, into the area above from the top of its area (Alt+Up)</source>
        <translation>เลื่อนมาตรการขึ้น หากอยู่ลำดับแรกของด้านจะย้ายไปยังด้านก่อนหน้า (Alt+ลูกศรขึ้น)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="76"/>
        <source>Down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="77"/>
        <source>Move the measure down, into the area below from the bottom of its area (Alt+Down)</source>
        <translation>เลื่อนมาตรการลง หากอยู่ลำดับสุดท้ายของด้านจะย้ายไปยังด้านถัดไป (Alt+ลูกศรลง)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="93"/>
        <source>Save measure</source>
        <translation>บันทึกมาตรการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="94"/>
        <source>Save the measure (Ctrl+S)</source>
        <translation>บันทึกมาตรการ (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="95"/>
        <source>Undo changes</source>
        <translation>ยกเลิกการแก้ไข</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="172"/>
        <source>The measures of fiscal year %1 cannot be shown: %2</source>
        <translation>ไม่สามารถแสดงมาตรการของปีงบประมาณ %1 ได้: %2</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="183"/>
        <source>Integrity measures of fiscal year %1</source>
        <translation>มาตรการยกระดับคุณธรรมและความโปร่งใส ปีงบประมาณ %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="253"/>
        <source>Unsaved changes</source>
        <translation>มีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="254"/>
        <source>The measure &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>มาตรการ &quot;%1&quot; มีการแก้ไขที่ยังไม่ได้บันทึก ต้องการบันทึกหรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="271"/>
        <source>Measures not started</source>
        <translation>ไม่ได้เริ่มจัดทำมาตรการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="279"/>
        <source>Add a measure</source>
        <translation>เพิ่มมาตรการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="280"/>
        <source>What is developed (the &quot;ด้าน&quot; column):</source>
        <translation>การพัฒนาด้าน (ช่อง &quot;ด้าน&quot;):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="288"/>
        <source>Measure not added</source>
        <translation>ไม่ได้เพิ่มมาตรการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="306"/>
        <source>Measure not deleted</source>
        <translation>ไม่ได้ลบมาตรการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="343"/>
        <source>Measure not moved</source>
        <translation>ไม่ได้เลื่อนมาตรการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="382"/>
        <source>the integrity measure &quot;%1&quot;</source>
        <translation>มาตรการ &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/tab.py" line="391"/>
        <source>the measure on screen</source>
        <translation>มาตรการที่แสดงอยู่บนหน้าจอ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="75"/>
        <source>Export report</source>
        <translation>ส่งออกรายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="95"/>
        <source>Thai digits (๑๒๓)</source>
        <translation>เลขไทย (๑๒๓)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="96"/>
        <source>Arabic digits (123)</source>
        <translation>เลขอารบิก (123)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="99"/>
        <source>&amp;Browse…</source>
        <translation>เลือกที่เก็บ… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="109"/>
        <source>&amp;Report</source>
        <translation>รายงาน (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="111"/>
        <source>&amp;Format</source>
        <translation>รูปแบบแฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="112"/>
        <source>&amp;Digits</source>
        <translation>ตัวเลข (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="113"/>
        <source>Save &amp;to</source>
        <translation>บันทึกที่ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="121"/>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="123"/>
        <source>Sign &amp;off…</source>
        <translation>ลงนามรับรอง… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="124"/>
        <source>Open fo&amp;lder</source>
        <translation>เปิดโฟลเดอร์ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="239"/>
        <source>Report %1, version %2: signed off on %3. The data has not changed since, so the signed-off file is saved exactly as it was signed, with %4 digits.</source>
        <translation>รายงานเลขที่ %1 ฉบับที่ %2: ลงนามรับรองแล้วเมื่อ %3 ข้อมูลยังไม่เปลี่ยนแปลงตั้งแต่ลงนาม จึงบันทึกแฟ้มที่ลงนามรับรองไว้ตามเดิมทุกไบต์ ซึ่งใช้%4</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="245"/>
        <source>It keeps the digits it was signed off with: %1 digits alone make no new version.</source>
        <translation>แฟ้มนี้คงรูปแบบตัวเลขตามที่ลงนามรับรองไว้ การเลือกใช้%1เพียงอย่างเดียวไม่ทำให้เกิดฉบับใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="424"/>
        <source>Report %1 version %2 is signed off and frozen. Hash %3.</source>
        <translation>รายงานเลขที่ %1 ฉบับที่ %2 ลงนามรับรองและตรึงไว้แล้ว ค่าแฮช %3</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="117"/>
        <source>Preview of the PDF pages</source>
        <translation>ตัวอย่างหน้าเอกสาร PDF</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="110"/>
        <source>About</source>
        <translation>เกี่ยวกับ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="175"/>
        <source>Thai</source>
        <translation>เลขไทย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="175"/>
        <source>Arabic</source>
        <translation>เลขอารบิก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="181"/>
        <source>%1, report no. %2, version %3</source>
        <translation>%1 รายงานเลขที่ %2 ฉบับที่ %3</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="227"/>
        <source>This report cannot be made yet: %1</source>
        <translation>ยังจัดทำรายงานนี้ไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="250"/>
        <source>Report %1, version %2: DRAFT, not signed off. The signature blocks are left blank; sign it off to freeze this version with a verification line and QR code.</source>
        <translation>รายงานเลขที่ %1 ฉบับที่ %2: ฉบับร่าง ยังไม่ได้ลงนามรับรอง ช่องลงชื่อเว้นว่างไว้ เมื่อลงนามรับรองแล้ว ฉบับนี้จะถูกตรึงไว้พร้อมบรรทัดตรวจสอบและคิวอาร์โค้ด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="257"/>
        <source>New report of fiscal year %1: DRAFT, not signed off. It gets its report number when it is signed off. The signature blocks are left blank; sign it off to freeze this version with a verification line and QR code.</source>
        <translation>รายงานใหม่ของปีงบประมาณ %1: ฉบับร่าง ยังไม่ได้ลงนามรับรอง จะได้รับเลขที่รายงานเมื่อลงนามรับรอง ช่องลงชื่อเว้นว่างไว้ เมื่อลงนามรับรองแล้ว ฉบับนี้จะถูกตรึงไว้พร้อมบรรทัดตรวจสอบและคิวอาร์โค้ด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="332"/>
        <source>Preparing the preview… %p%</source>
        <translation>กำลังเตรียมตัวอย่าง… %p%</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="341"/>
        <source>Save report as</source>
        <translation>บันทึกรายงานเป็น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="351"/>
        <source>Choose where to save the report.</source>
        <translation>เลือกที่บันทึกรายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="370"/>
        <source>Cannot write %1 (%2). Nothing was written there.</source>
        <translation>ไม่สามารถเขียนแฟ้ม %1 ได้ (%2) จึงไม่มีการเขียนข้อมูลใด ๆ ลงในแฟ้มดังกล่าว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="375"/>
        <source>Saving… %p%</source>
        <translation>กำลังบันทึก… %p%</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="381"/>
        <source>Saved to %1.</source>
        <translation>บันทึกไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="421"/>
        <source>Not signed off</source>
        <translation>ยังไม่ได้ลงนามรับรอง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="423"/>
        <source>Signed off</source>
        <translation>วันที่ลงนาม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/export_dialog.py" line="429"/>
        <source>Signing off… %p%</source>
        <translation>กำลังลงนามรับรอง… %p%</translation>
    </message>
</context>
<context>
    <name>FiguresBox</name>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="88"/>
        <source>Figures from ITAP</source>
        <translation>ข้อมูลจากระบบ ITAP</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="100"/>
        <source>Sa&amp;ve figures</source>
        <translation>บันทึกข้อมูล (&amp;V)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="103"/>
        <source>&amp;IIT score:</source>
        <translation>คะแนน IIT (&amp;I):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="104"/>
        <source>&amp;EIT score:</source>
        <translation>คะแนน EIT (&amp;E):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="105"/>
        <source>Eligi&amp;ble staff (IIT):</source>
        <translation>บุคลากรที่มีสิทธิ์ตอบ IIT (&amp;B):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="107"/>
        <source>Surveys open o&amp;n:</source>
        <translation>เริ่มเก็บข้อมูลวันที่ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="108"/>
        <source>Surveys clo&amp;se on:</source>
        <translation>สิ้นสุดการเก็บข้อมูลวันที่ (&amp;S):</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <location filename="../ita_desktop/ui/common/error_text.py" line="17"/>
        <location filename="../ita_desktop/ui/common/error_text.py" line="18"/>
        <source>no permission to write there</source>
        <translation>ไม่มีสิทธิ์บันทึกแฟ้มในที่ดังกล่าว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/error_text.py" line="19"/>
        <source>the disk or folder is read-only</source>
        <translation>ดิสก์หรือโฟลเดอร์ดังกล่าวเป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/error_text.py" line="20"/>
        <source>the disk is full</source>
        <translation>พื้นที่ดิสก์เต็ม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/error_text.py" line="21"/>
        <location filename="../ita_desktop/ui/common/error_text.py" line="23"/>
        <source>a file has the name of a folder on the way there</source>
        <translation>มีแฟ้มชื่อเดียวกับโฟลเดอร์ในเส้นทางที่เลือก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/error_text.py" line="25"/>
        <source>a folder has that name</source>
        <translation>มีโฟลเดอร์ชื่อนี้อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/error_text.py" line="26"/>
        <source>the name is too long</source>
        <translation>ชื่อแฟ้มยาวเกินไป</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/error_text.py" line="27"/>
        <source>the folder does not exist</source>
        <translation>ไม่พบโฟลเดอร์ดังกล่าว</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="90"/>
        <source>Name</source>
        <translation>ชื่อ - นามสกุล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="90"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="91"/>
        <source>Format</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="91"/>
        <source>Added</source>
        <translation>วันที่แนบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="98"/>
        <source>Attach files…</source>
        <translation>แนบไฟล์…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="100"/>
        <source>Attach PDF, Word, Excel or picture files (%1); files can also be dropped here</source>
        <translation>แนบไฟล์ PDF, Word, Excel หรือรูปภาพ (%1) หรือลากไฟล์มาวางที่นี่ก็ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="102"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="103"/>
        <source>Undo remove</source>
        <translation>เรียกคืนไฟล์ที่ลบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="104"/>
        <source>Put back the file removed last (Ctrl+Z)</source>
        <translation>เรียกคืนไฟล์ที่ลบล่าสุด (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="105"/>
        <source>Save a copy…</source>
        <translation>บันทึกสำเนา…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="107"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="155"/>
        <source>Files of %1 (the item itself):</source>
        <translation>ไฟล์ของ %1 (ตัวรายการ):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="157"/>
        <source>Files of %1, the deliverable of %2:</source>
        <translation>ไฟล์ของ %1 งานรายเดือน %2:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="163"/>
        <source>picture</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="203"/>
        <source>Attach files</source>
        <translation>แนบไฟล์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="204"/>
        <source>PDF, Word, Excel and pictures (%1)</source>
        <translation>PDF, Word, Excel และรูปภาพ (%1)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="251"/>
        <source>Files not attached</source>
        <translation>ไม่ได้แนบไฟล์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="252"/>
        <source>No file was attached:
%1</source>
        <translation>ไม่ได้แนบไฟล์ใดเลย:
%1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="274"/>
        <source>File not removed</source>
        <translation>ไม่ได้ลบไฟล์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="286"/>
        <source>File not put back</source>
        <translation>ไม่ได้เรียกคืนไฟล์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="294"/>
        <source>Save a copy</source>
        <translation>บันทึกสำเนา</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="301"/>
        <source>Copy not saved</source>
        <translation>ไม่ได้บันทึกสำเนา</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="310"/>
        <source>Choose a file to see it here.</source>
        <translation>เลือกไฟล์เพื่อแสดงตัวอย่างที่นี่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="311"/>
        <source>No file is attached yet: attach one with the button or drop it here.</source>
        <translation>ยังไม่มีไฟล์แนบ กรุณาแนบไฟล์ด้วยปุ่มแนบไฟล์ หรือลากไฟล์มาวางที่นี่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="315"/>
        <source>%1
%2, %3 file: open a saved copy in Word or Excel to read it.</source>
        <translation>%1
%2 ไฟล์ %3 กรุณาบันทึกสำเนาแล้วเปิดด้วย Word หรือ Excel เพื่ออ่าน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="326"/>
        <source>Drawing %1…</source>
        <translation>กำลังแสดง %1…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/files_panel.py" line="333"/>
        <source>This file cannot be shown: %1</source>
        <translation>ไม่สามารถแสดงไฟล์นี้ได้: %1</translation>
    </message>
</context>
<context>
    <name>FiscalYearDialog</name>
    <message>
        <location filename="../ita_desktop/ui/common/fiscal_year_dialog.py" line="39"/>
        <source>e.g. %1</source>
        <translation>เช่น %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/fiscal_year_dialog.py" line="69"/>
        <source>fiscal year %1: %2</source>
        <translation>ปีงบประมาณ พ.ศ. %1: %2</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/fiscal_year_dialog.py" line="72"/>
        <source>This year already has a framework: OK opens it.</source>
        <translation>ปีนี้มีกรอบการประเมินอยู่แล้ว กดตกลงเพื่อเปิดกรอบนั้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/fiscal_year_dialog.py" line="82"/>
        <source>Fiscal year %1 already has a framework: type %1 and OK opens it.</source>
        <translation>ปีงบประมาณ พ.ศ. %1 มีกรอบการประเมินอยู่แล้ว พิมพ์ %1 แล้วกดตกลงเพื่อเปิดกรอบนั้น</translation>
    </message>
</context>
<context>
    <name>FrameworkTab</name>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="91"/>
        <source>&amp;Start this year&apos;s framework</source>
        <translation>เริ่มกรอบการประเมินของปีนี้ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="112"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="112"/>
        <source>Sub-indicator</source>
        <translation>ตัวชี้วัดย่อย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="112"/>
        <source>Title</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="112"/>
        <source>Formats</source>
        <translation>รูปแบบแฟ้ม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="113"/>
        <source>Deadline</source>
        <translation>กำหนดเวลา</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="113"/>
        <source>Points</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="119"/>
        <source>Phase</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="119"/>
        <source>Dates</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="119"/>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="119"/>
        <source>Responsible</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="121"/>
        <source>&amp;Add item…</source>
        <translation>เพิ่มข้อ… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="122"/>
        <source>&amp;Edit item…</source>
        <translation>แก้ไขข้อ… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="123"/>
        <source>Remo&amp;ve item</source>
        <translation>ลบข้อ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="126"/>
        <source>The unit has checked the selected item&apos;s values marked ⚠ and keeps them.</source>
        <translation>หน่วยงานได้ตรวจสอบค่าที่มีเครื่องหมาย ⚠ ของข้อที่เลือกแล้ว และยืนยันให้ใช้ค่าดังกล่าว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="124"/>
        <source>Confirm item&apos;s &amp;data</source>
        <translation>ยืนยันค่าของข้อ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="127"/>
        <source>Confirm the year&apos;s &amp;general values</source>
        <translation>ยืนยันค่าทั่วไปของปีงบประมาณ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="129"/>
        <source>The unit has checked the year&apos;s own values that wait for confirmation (weights, samples, quotas, groups, indicators, calendar) and keeps them.</source>
        <translation>หน่วยงานได้ตรวจสอบค่าของปีงบประมาณที่รอการยืนยัน (น้ำหนักคะแนน กลุ่มตัวอย่าง จำนวนขั้นต่ำตามสายงาน กลุ่มผู้มีส่วนได้ส่วนเสีย ตัวชี้วัด และปฏิทินการประเมิน) แล้ว และยืนยันให้ใช้ค่าดังกล่าว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="133"/>
        <source>&amp;Import…</source>
        <translation>นำเข้า… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="134"/>
        <source>E&amp;xport…</source>
        <translation>ส่งออก… (&amp;X)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="151"/>
        <source>OIT items (open data published on the unit&apos;s website)</source>
        <translation>ข้อ OIT (ข้อมูลที่เปิดเผยต่อสาธารณะบนเว็บไซต์ของหน่วย)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="157"/>
        <source>Assessment calendar</source>
        <translation>ปฏิทินการประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="211"/>
        <source>Framework unreadable</source>
        <translation>ไม่สามารถอ่านกรอบการประเมินได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="214"/>
        <source>Fiscal year %1 has no ITA framework yet. Start it from the unit&apos;s previous year, or from the framework that comes with the program; then edit its items.</source>
        <translation>ปีงบประมาณ %1 ยังไม่มีกรอบการประเมิน ITA กรุณาเริ่มจากกรอบการประเมินของหน่วยในปีก่อน หรือจากกรอบการประเมินที่มากับโปรแกรม แล้วจึงแก้ไขรายการข้อต่าง ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="232"/>
        <source>%1 (planned %2)</source>
        <translation>%1 (เป้าหมายของหน่วย %2)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="237"/>
        <source>Weights: %1. Minimum samples: %2. EIT(1) quotas: %3.</source>
        <translation>น้ำหนักคะแนน: %1  จำนวนกลุ่มตัวอย่างขั้นต่ำ: %2  จำนวนขั้นต่ำ EIT(1) ตามสายงาน: %3</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="245"/>
        <source>%1 OIT items; their points add up to %2, the OIT weight.</source>
        <translation>ข้อ OIT จำนวน %1 ข้อ คะแนนรวม %2 เท่ากับน้ำหนักคะแนน OIT</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="250"/>
        <source>%1 OIT items; points add up to %2, the OIT weight is %3. The framework cannot be exported until they match.</source>
        <translation>ข้อ OIT จำนวน %1 ข้อ คะแนนรวม %2 แต่น้ำหนักคะแนน OIT คือ %3 จะส่งออกกรอบการประเมินได้เมื่อทั้งสองค่าเท่ากัน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="306"/>
        <source>The year&apos;s own values still to confirm: %1.</source>
        <translation>ค่าของปีงบประมาณที่ยังรอการยืนยัน: %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="342"/>
        <source>Cannot start the year</source>
        <translation>ไม่สามารถเริ่มปีงบประมาณได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="356"/>
        <source>Start a new fiscal year</source>
        <translation>เริ่มปีงบประมาณใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="357"/>
        <source>Fiscal year (B.E.) to start from the latest framework:</source>
        <translation>ปีงบประมาณ (พ.ศ.) ที่จะเริ่มจากกรอบการประเมินล่าสุด:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="414"/>
        <location filename="../ita_desktop/ui/framework/tab.py" line="424"/>
        <source>Not confirmed</source>
        <translation>ยังไม่ได้ยืนยัน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="433"/>
        <source>Remove item</source>
        <translation>ลบข้อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="434"/>
        <source>Remove %1 &quot;%2&quot; from the framework of fiscal year %3?</source>
        <translation>ต้องการลบข้อ %1 &quot;%2&quot; ออกจากกรอบการประเมินปีงบประมาณ %3 หรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="442"/>
        <source>Not removed</source>
        <translation>ไม่ได้ลบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="449"/>
        <location filename="../ita_desktop/ui/framework/tab.py" line="463"/>
        <location filename="../ita_desktop/ui/framework/tab.py" line="471"/>
        <source>Import framework</source>
        <translation>นำเข้ากรอบการประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="450"/>
        <source>ITA frameworks (*.json);;All files (*)</source>
        <translation>กรอบการประเมิน ITA (*.json);;แฟ้มทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="458"/>
        <location filename="../ita_desktop/ui/framework/tab.py" line="481"/>
        <source>Framework not imported</source>
        <translation>ไม่ได้นำเข้ากรอบการประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="459"/>
        <source>Nothing was imported.</source>
        <translation>ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="464"/>
        <source>This framework is for &apos;%1&apos; units, but this unit uses &apos;%2&apos;. Import it anyway?</source>
        <translation>กรอบการประเมินนี้ใช้สำหรับหน่วยประเภท &apos;%1&apos; แต่หน่วยนี้เป็นประเภท &apos;%2&apos; ต้องการนำเข้าหรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="472"/>
        <source>Replace the framework of fiscal year %1 with the one in the file?</source>
        <translation>ต้องการแทนที่กรอบการประเมินปีงบประมาณ %1 ด้วยกรอบการประเมินในแฟ้มหรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="488"/>
        <location filename="../ita_desktop/ui/framework/tab.py" line="495"/>
        <source>Export framework</source>
        <translation>ส่งออกกรอบการประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="489"/>
        <source>The selected fiscal year has no framework yet.</source>
        <translation>ปีงบประมาณที่เลือกยังไม่มีกรอบการประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="496"/>
        <source>ITA frameworks (*.json)</source>
        <translation>กรอบการประเมิน ITA (*.json)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="503"/>
        <source>Framework not exported</source>
        <translation>ไม่ได้ส่งออกกรอบการประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="505"/>
        <source>Framework exported</source>
        <translation>ส่งออกกรอบการประเมินแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/tab.py" line="506"/>
        <source>Saved to %1.</source>
        <translation>บันทึกไว้ที่ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>FrameworkUnconfirmed</name>
    <message>
        <location filename="../ita_desktop/ui/framework/unconfirmed.py" line="27"/>
        <source>Not from the NACC&apos;s documents — confirm</source>
        <translation>ไม่ได้มาจากเอกสารของสำนักงาน ป.ป.ช. — โปรดยืนยัน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/unconfirmed.py" line="28"/>
        <source>Provisional: copied from an earlier year that no source documents yet — confirm</source>
        <translation>ค่าชั่วคราว: คัดลอกจากปีก่อน เนื่องจากยังไม่มีเอกสารของปีนี้ — โปรดยืนยัน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/unconfirmed.py" line="38"/>
        <source>Values marked ⚠ are not from the NACC&apos;s documents: check them, then confirm them or edit them.</source>
        <translation>ค่าที่มีเครื่องหมาย ⚠ ไม่ได้มาจากเอกสารของสำนักงาน ป.ป.ช. โปรดตรวจสอบ แล้วยืนยันหรือแก้ไข</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/unconfirmed.py" line="43"/>
        <source>Values marked ⚠ are provisional, copied from an earlier year that no source documents yet: check them, then confirm them or edit them.</source>
        <translation>ค่าที่มีเครื่องหมาย ⚠ เป็นค่าชั่วคราวที่คัดลอกจากปีก่อน เนื่องจากยังไม่มีเอกสารของปีนี้ โปรดตรวจสอบ แล้วยืนยันหรือแก้ไข</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/unconfirmed.py" line="52"/>
        <source>the weights</source>
        <translation>น้ำหนักคะแนน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/unconfirmed.py" line="53"/>
        <source>the minimum samples</source>
        <translation>จำนวนกลุ่มตัวอย่างขั้นต่ำ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/unconfirmed.py" line="54"/>
        <source>the planned samples</source>
        <translation>จำนวนกลุ่มตัวอย่างที่หน่วยงานกำหนด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/unconfirmed.py" line="55"/>
        <source>the EIT(1) quotas</source>
        <translation>จำนวนขั้นต่ำ EIT(1) ตามสายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/unconfirmed.py" line="56"/>
        <source>the EIT(2) groups</source>
        <translation>กลุ่มผู้มีส่วนได้ส่วนเสีย EIT(2)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/unconfirmed.py" line="57"/>
        <source>the indicators</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/unconfirmed.py" line="58"/>
        <source>the assessment calendar</source>
        <translation>ปฏิทินการประเมิน</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendee_dialogs.py" line="97"/>
        <source>Add a guest</source>
        <translation>เพิ่มผู้เข้าร่วมประชุมจากภายนอก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendee_dialogs.py" line="103"/>
        <source>&amp;Name:</source>
        <translation>ชื่อ - นามสกุล (&amp;N):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendee_dialogs.py" line="104"/>
        <source>&amp;Position:</source>
        <translation>ตำแหน่ง (&amp;P):</translation>
    </message>
</context>
<context>
    <name>HandOver</name>
    <message>
        <location filename="../ita_desktop/ui/shell/handover.py" line="156"/>
        <source>Export hand-over bundle</source>
        <translation>ส่งออกชุดส่งมอบงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/handover.py" line="160"/>
        <source>Hand-over bundles (*.zip)</source>
        <translation>ชุดส่งมอบงาน (*.zip)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/handover.py" line="168"/>
        <source>Writing the whole database into %1…</source>
        <translation>กำลังบันทึกฐานข้อมูลทั้งหมดลงใน %1…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/handover.py" line="172"/>
        <source>Hand-over bundle saved</source>
        <translation>บันทึกชุดส่งมอบงานแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/handover.py" line="173"/>
        <source>The hand-over bundle of %1 (%2 people, the whole database) was saved to %3. Whoever receives it opens it with File › Import hand-over bundle.</source>
        <translation>บันทึกชุดส่งมอบงานของ %1 (กำลังพล %2 นาย ฐานข้อมูลทั้งหมด) ไว้ที่ %3 แล้ว ผู้รับเปิดได้ที่เมนู แฟ้ม › นำเข้าชุดส่งมอบงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/handover.py" line="185"/>
        <source>Import hand-over bundle</source>
        <translation>นำเข้าชุดส่งมอบงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/handover.py" line="188"/>
        <source>Hand-over bundles (*.zip);;All files (*)</source>
        <translation>ชุดส่งมอบงาน (*.zip);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/handover.py" line="193"/>
        <source>Save the imported database as</source>
        <translation>บันทึกฐานข้อมูลที่นำเข้าเป็น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/handover.py" line="195"/>
        <source>ITA Desktop databases (*.sqlite)</source>
        <translation>ฐานข้อมูล ITA Desktop (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/handover.py" line="205"/>
        <source>Checking %1 and saving its database as %2…</source>
        <translation>กำลังตรวจสอบ %1 และบันทึกฐานข้อมูลเป็น %2…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/handover.py" line="212"/>
        <source>The hand-over bundle was imported as the new database %1:

%2, %3 people, made by ITA Desktop %4 on %5.

Open it now in place of %6? The database open now is left as it is.</source>
        <translation>นำเข้าชุดส่งมอบงานเป็นฐานข้อมูลใหม่ %1 แล้ว

%2 กำลังพล %3 นาย จัดทำด้วย ITA Desktop %4 เมื่อ %5

ต้องการเปิดฐานข้อมูลนี้แทน %6 เลยหรือไม่ ฐานข้อมูลที่เปิดอยู่ขณะนี้จะไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/handover.py" line="219"/>
        <source>It was made by an older ITA Desktop and is upgraded to schema version %1 when opened; a copy from before is kept.</source>
        <translation>ฐานข้อมูลนี้จัดทำด้วย ITA Desktop รุ่นเก่ากว่า และจะปรับเป็นโครงสร้างรุ่น %1 เมื่อเปิด โดยเก็บสำเนาก่อนปรับไว้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/handover.py" line="223"/>
        <source>Hand-over bundle imported</source>
        <translation>นำเข้าชุดส่งมอบงานแล้ว</translation>
    </message>
</context>
<context>
    <name>InUseDialog</name>
    <message>
        <location filename="../ita_desktop/ui/shell/in_use_dialog.py" line="32"/>
        <source>The database is in use</source>
        <translation>ฐานข้อมูลนี้ใช้งานอยู่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/in_use_dialog.py" line="37"/>
        <source>Read-only, you can look at everything and export reports, but not change anything.</source>
        <translation>เมื่อเปิดแบบอ่านอย่างเดียว ท่านสามารถดูข้อมูลทั้งหมดและส่งออกรายงานได้ แต่ไม่สามารถแก้ไขข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/in_use_dialog.py" line="40"/>
        <source>Open &amp;read-only</source>
        <translation>เปิดแบบอ่านอย่างเดียว (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/in_use_dialog.py" line="51"/>
        <source>Read-only</source>
        <translation>อ่านอย่างเดียว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/in_use_dialog.py" line="53"/>
        <source>Another window or computer has this file open for changes. Close it there and open the file again here to make changes.</source>
        <translation>มีหน้าต่างอื่นหรือเครื่องคอมพิวเตอร์อื่นเปิดแก้ไขแฟ้มนี้อยู่ โปรดปิดแฟ้มที่เครื่องนั้นก่อน แล้วเปิดแฟ้มนี้อีกครั้งเพื่อแก้ไข</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../ita_desktop/ui/oit/items_model.py" line="65"/>
        <source>Item</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_model.py" line="65"/>
        <source>Title</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_model.py" line="66"/>
        <source>Preparers</source>
        <translation>ผู้จัดทำข้อมูล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_model.py" line="66"/>
        <source>Controllers</source>
        <translation>ผู้ควบคุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_model.py" line="65"/>
        <source>Due</source>
        <translation>กำหนดแล้วเสร็จ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_model.py" line="65"/>
        <source>State</source>
        <translation>สภาพ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_model.py" line="67"/>
        <source>Formats missing</source>
        <translation>รูปแบบที่ยังขาด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_model.py" line="150"/>
        <source>Every required format is attached</source>
        <translation>แนบไฟล์ครบทุกรูปแบบที่กำหนดแล้ว</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="78"/>
        <source>Show:</source>
        <translation>แสดง:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="91"/>
        <source>Assign…</source>
        <translation>มอบหมาย…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="93"/>
        <source>Assign a person to every selected item, as preparer or controller (%1)</source>
        <translation>มอบหมายบุคคลให้ทุกรายการที่เลือก เป็นผู้จัดทำข้อมูลหรือผู้ควบคุม (%1)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="95"/>
        <source>Remove person…</source>
        <translation>นำบุคคลออก…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="110"/>
        <source>Save plan</source>
        <translation>บันทึกแผน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="111"/>
        <source>Save the item&apos;s plan (Ctrl+S)</source>
        <translation>บันทึกแผนของรายการ (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="112"/>
        <source>Undo changes</source>
        <translation>ยกเลิกการแก้ไข</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="119"/>
        <source>Plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="120"/>
        <source>Workflow</source>
        <translation>ขั้นตอนการดำเนินงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="121"/>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="179"/>
        <source>The OIT items of fiscal year %1 cannot be shown: %2</source>
        <translation>ไม่สามารถแสดงรายการ OIT ของปีงบประมาณ %1 ได้: %2</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="186"/>
        <source>OIT items of fiscal year %1: %2</source>
        <translation>รายการ OIT ปีงบประมาณ %1: %2 รายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="199"/>
        <source>Everyone&apos;s items</source>
        <translation>รายการของทุกคน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="203"/>
        <source>In any state</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="204"/>
        <source>Late or due this week</source>
        <translation>เกินกำหนดหรือครบกำหนดภายในสัปดาห์นี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="307"/>
        <source>%1 selected</source>
        <translation>เลือกไว้ %1 รายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="342"/>
        <source>Unsaved changes</source>
        <translation>มีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="343"/>
        <source>The plan of %1 has changes that are not saved. Save them?</source>
        <translation>แผนของ %1 มีการแก้ไขที่ยังไม่ได้บันทึก ต้องการบันทึกหรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="406"/>
        <source>Nothing was changed</source>
        <translation>ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="453"/>
        <source>the plan of OIT item %1</source>
        <translation>แผนของรายการ OIT %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/items_page.py" line="463"/>
        <source>the plan on screen</source>
        <translation>แผนที่แก้ไขบนหน้าจอ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ita_desktop/ui/shell/tabs.py" line="50"/>
        <source>&amp;Unit &amp;&amp; people</source>
        <translation>หน่วยและกำลังพล (&amp;U)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="99"/>
        <source>Fiscal yea&amp;r (B.E.)</source>
        <translation>ปีงบประมาณ (พ.ศ.) (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/tabs.py" line="63"/>
        <source>ITA fra&amp;mework</source>
        <translation>กรอบการประเมิน ITA (&amp;M)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="170"/>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="171"/>
        <source>&amp;New database…</source>
        <translation>สร้างฐานข้อมูลใหม่… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="173"/>
        <source>&amp;Open database…</source>
        <translation>เปิดฐานข้อมูล… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="175"/>
        <source>Save a &amp;backup copy…</source>
        <translation>สำรองข้อมูล… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="184"/>
        <source>E&amp;xport report…</source>
        <translation>ส่งออกรายงาน… (&amp;X)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="186"/>
        <source>Report &amp;register…</source>
        <translation>ทะเบียนรายงาน… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="191"/>
        <source>Se&amp;ttings…</source>
        <translation>ตั้งค่า… (&amp;T)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="194"/>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="197"/>
        <source>&amp;Year</source>
        <translation>ปีงบประมาณ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/tabs.py" line="52"/>
        <source>&amp;Committee</source>
        <translation>คณะทำงาน (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/tabs.py" line="54"/>
        <source>Ca&amp;lendar</source>
        <translation>ปฏิทิน (&amp;L)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/tabs.py" line="58"/>
        <source>OIT</source>
        <translation>OIT</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/tabs.py" line="61"/>
        <source>Photo evidence</source>
        <translation>ภาพถ่ายหลักฐาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/tabs.py" line="65"/>
        <source>Start a &amp;new fiscal year…</source>
        <translation>เริ่มปีงบประมาณใหม่… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/tabs.py" line="67"/>
        <source>&amp;Import framework…</source>
        <translation>นำเข้ากรอบการประเมิน… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/tabs.py" line="69"/>
        <source>&amp;Export framework…</source>
        <translation>ส่งออกกรอบการประเมิน… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="206"/>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="207"/>
        <source>&amp;About ITA Desktop</source>
        <translation>เกี่ยวกับ ITA Desktop (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="294"/>
        <source>Unsaved changes</source>
        <translation>มีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="189"/>
        <source>&amp;Save changes</source>
        <translation>บันทึกการเปลี่ยนแปลง (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="144"/>
        <source>%1 — opened read-only: it is open for changes in another window or on another computer</source>
        <translation>%1 — เปิดแบบอ่านอย่างเดียว: มีหน้าต่างอื่นหรือเครื่องคอมพิวเตอร์อื่นเปิดแก้ไขอยู่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="176"/>
        <source>Export &amp;hand-over bundle…</source>
        <translation>ส่งออกชุดส่งมอบงาน… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="177"/>
        <source>&amp;Import hand-over bundle…</source>
        <translation>นำเข้าชุดส่งมอบงาน… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="178"/>
        <source>Restore from a bac&amp;kup…</source>
        <translation>กู้คืนจากสำเนาสำรอง… (&amp;K)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="276"/>
        <source>%1 (read-only)</source>
        <translation>%1 (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="295"/>
        <source>These changes are not saved:
%1

Save them?</source>
        <translation>รายการต่อไปนี้มีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก:
%1

ต้องการบันทึกหรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/database_actions.py" line="119"/>
        <source>The backup was restored; the file it replaced is kept as %1</source>
        <translation>กู้คืนสำเนาสำรองแล้ว แฟ้มเดิมที่ถูกแทนที่เก็บไว้ที่ %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/database_actions.py" line="151"/>
        <location filename="../ita_desktop/ui/shell/database_actions.py" line="160"/>
        <source>New database</source>
        <translation>สร้างฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/database_actions.py" line="153"/>
        <location filename="../ita_desktop/ui/shell/database_actions.py" line="185"/>
        <source>ITA Desktop databases (*.sqlite)</source>
        <translation>ฐานข้อมูล ITA Desktop (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/database_actions.py" line="161"/>
        <source>&apos;%1&apos; already exists. Use Open database to open it.</source>
        <translation>มีแฟ้ม &apos;%1&apos; อยู่แล้ว กรุณาเปิดแฟ้มนี้ด้วยคำสั่ง &quot;เปิดฐานข้อมูล&quot;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/database_actions.py" line="169"/>
        <source>Open database</source>
        <translation>เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/database_actions.py" line="171"/>
        <source>ITA Desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>ฐานข้อมูล ITA Desktop (*.sqlite *.db);;แฟ้มทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/database_actions.py" line="183"/>
        <source>Save a backup copy</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/database_actions.py" line="193"/>
        <source>Backup not saved</source>
        <translation>ไม่ได้บันทึกสำเนาสำรอง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/database_actions.py" line="197"/>
        <source>Backup saved</source>
        <translation>บันทึกสำเนาสำรองแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/database_actions.py" line="198"/>
        <source>A full copy of the database was saved to %1.</source>
        <translation>บันทึกสำเนาฐานข้อมูลทั้งหมดไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="358"/>
        <source>Settings not saved</source>
        <translation>ไม่ได้บันทึกการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="376"/>
        <source>The database was upgraded; a copy from before is at %1</source>
        <translation>ปรับรุ่นฐานข้อมูลแล้ว สำเนาก่อนปรับรุ่นอยู่ที่ %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="387"/>
        <source>The database could not be opened and was replaced by its backup copy %1. Work saved after that copy is not in it. The damaged file is kept as %2.</source>
        <translation>เปิดฐานข้อมูลไม่ได้ จึงนำสำเนาสำรอง %1 มาใช้แทนแล้ว งานที่บันทึกหลังจากสำเนานั้นจะไม่มีอยู่ในฐานข้อมูล แฟ้มที่เสียหายเก็บไว้ที่ %2</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="392"/>
        <source>The database was replaced by its backup copy %1. Work saved after that copy is not in it.</source>
        <translation>นำสำเนาสำรอง %1 มาใช้แทนฐานข้อมูลแล้ว งานที่บันทึกหลังจากสำเนานั้นจะไม่มีอยู่ในฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="394"/>
        <source>Backup restored</source>
        <translation>กู้คืนสำเนาสำรองแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="433"/>
        <source>About ITA Desktop</source>
        <translation>เกี่ยวกับ ITA Desktop</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/main_window.py" line="434"/>
        <source>ITA Desktop %1

The yearly ITA paperwork of a police station or immigration unit, kept offline in one file.

Database: %2</source>
        <translation>ITA Desktop %1

จัดทำเอกสาร ITA ประจำปีของสถานีตำรวจหรือหน่วยตรวจคนเข้าเมือง เก็บข้อมูลแบบออฟไลน์ไว้ในแฟ้มเดียว

ฐานข้อมูล: %2</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <location filename="../ita_desktop/ui/evidence/measure_editor.py" line="60"/>
        <source>What is developed: the &quot;ด้าน&quot; column</source>
        <translation>การพัฒนาด้านใด (ช่อง &quot;ด้าน&quot;)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/measure_editor.py" line="69"/>
        <source>Duty</source>
        <translation>หน้าที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/measure_editor.py" line="70"/>
        <source>Person or section</source>
        <translation>บุคคลหรือฝ่าย/งาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/measure_editor.py" line="81"/>
        <source>Add line</source>
        <translation>เพิ่มบรรทัด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/measure_editor.py" line="82"/>
        <source>Remove line</source>
        <translation>ลบบรรทัด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/measure_editor.py" line="94"/>
        <source>&amp;Title:</source>
        <translation>ด้าน (&amp;T):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/measure_editor.py" line="95"/>
        <source>Issue to im&amp;prove:</source>
        <translation>ประเด็นที่ต้องปรับปรุง (&amp;P):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/measure_editor.py" line="96"/>
        <source>What is pla&amp;nned:</source>
        <translation>แนวทางการดำเนินการ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/measure_editor.py" line="97"/>
        <source>Responsible:</source>
        <translation>ผู้รับผิดชอบ:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/measure_editor.py" line="98"/>
        <source>R&amp;esult:</source>
        <translation>ผลการดำเนินการ (&amp;E):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/measure_editor.py" line="102"/>
        <source>Photos a ro&amp;w:</source>
        <translation>จำนวนภาพต่อแถว (&amp;W):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/measure_editor.py" line="107"/>
        <source>Reports on meetin&amp;g:</source>
        <translation>รายงานผลการประชุม (&amp;G):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/measure_editor.py" line="140"/>
        <source>No meeting</source>
        <translation>ไม่ระบุการประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/measure_editor.py" line="178"/>
        <source>e.g. ผู้ปฏิบัติ</source>
        <translation>เช่น ผู้ปฏิบัติ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/measure_editor.py" line="182"/>
        <source>A person, or type a section</source>
        <translation>เลือกบุคคล หรือพิมพ์ชื่อฝ่าย/งาน</translation>
    </message>
</context>
<context>
    <name>MeasuresTree</name>
    <message>
        <location filename="../ita_desktop/ui/evidence/measures_list.py" line="77"/>
        <source>%1 photos</source>
        <translation>ภาพถ่าย %1 ภาพ</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="104"/>
        <source>Type part of a name</source>
        <translation>พิมพ์ส่วนหนึ่งของชื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="119"/>
        <source>Ends:</source>
        <translation>เลิกประชุมเวลา:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="125"/>
        <source>&amp;Date:</source>
        <translation>วันที่ประชุม (&amp;D):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="139"/>
        <source>Chec&amp;ker:</source>
        <translation>ผู้ตรวจรายงานการประชุม (&amp;K):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="123"/>
        <source>&amp;Number:</source>
        <translation>ครั้งที่ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="129"/>
        <source>&amp;Place:</source>
        <translation>สถานที่ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="127"/>
        <source>Starts:</source>
        <translation>เริ่มประชุมเวลา:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="131"/>
        <source>Sub&amp;ject:</source>
        <translation>เรื่อง (&amp;J):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="135"/>
        <source>Cha&amp;ir:</source>
        <translation>ประธานในที่ประชุม (&amp;I):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="137"/>
        <source>Rec&amp;order:</source>
        <translation>ผู้จดรายงานการประชุม (&amp;O):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="150"/>
        <source>&amp;Attendance</source>
        <translation>ผู้เข้าประชุม (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="151"/>
        <source>A&amp;genda</source>
        <translation>ระเบียบวาระการประชุม (&amp;G)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="158"/>
        <source>Photos</source>
        <translation>ภาพถ่าย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="286"/>
        <source>Chair</source>
        <translation>ประธานในที่ประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="287"/>
        <source>Recorder</source>
        <translation>ผู้จดรายงานการประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_editor.py" line="288"/>
        <source>Checker</source>
        <translation>ผู้ตรวจรายงานการประชุม</translation>
    </message>
</context>
<context>
    <name>MeetingPhotos</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_photos.py" line="34"/>
        <source>[measure]</source>
        <translation>[มาตรการ]</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_photos.py" line="64"/>
        <source>Save the meeting first: its photos are added to a meeting that is stored.</source>
        <translation>กรุณาบันทึกการประชุมก่อน จึงจะเพิ่มภาพถ่ายของการประชุมได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_photos.py" line="79"/>
        <source>These photos are shown with the measure %1 too, and printed under it in the results report.</source>
        <translation>ภาพถ่ายเหล่านี้แสดงพร้อมกับมาตรการ %1 ด้วย และพิมพ์ไว้ใต้มาตรการนั้นในรายงานผลการดำเนินการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meeting_photos.py" line="83"/>
        <source>A measure of the photo evidence tab that reports on this meeting shows these photos with its own.</source>
        <translation>มาตรการในแท็บภาพถ่ายหลักฐานที่รายงานผลการประชุมนี้ จะแสดงภาพถ่ายเหล่านี้ร่วมกับภาพถ่ายของมาตรการ</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="82"/>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="82"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="82"/>
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="86"/>
        <source>A new meeting with the same people, place and recorders, the chair&apos;s directives and the open action items as matters arising</source>
        <translation>การประชุมครั้งใหม่ ผู้เข้าประชุม สถานที่ ผู้จดและผู้ตรวจรายงานเดิม โดยนำข้อสั่งการของประธานและเรื่องที่ยังไม่แล้วเสร็จเป็นเรื่องสืบเนื่อง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="88"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="92"/>
        <source>The minutes (PDF, DOCX), to sign off…</source>
        <translation>รายงานการประชุม (PDF, DOCX) เพื่อลงนามรับรอง…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="94"/>
        <source>The attendance sheet (PDF, DOCX, XLSX)…</source>
        <translation>บัญชีรายชื่อผู้เข้าประชุม (PDF, DOCX, XLSX)…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="110"/>
        <source>Due</source>
        <translation>กำหนดแล้วเสร็จ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="83"/>
        <source>New meeting</source>
        <translation>การประชุมใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="84"/>
        <source>Next meeting from this one</source>
        <translation>ประชุมครั้งถัดไปจากครั้งนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="89"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="110"/>
        <source>Action item</source>
        <translation>รายการที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="117"/>
        <source>Mark done…</source>
        <translation>บันทึกว่าแล้วเสร็จ…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="134"/>
        <source>Save meeting</source>
        <translation>บันทึกการประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="135"/>
        <source>Save the meeting (Ctrl+S)</source>
        <translation>บันทึกการประชุม (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="136"/>
        <source>Undo changes</source>
        <translation>ยกเลิกการแก้ไข</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="190"/>
        <source>Meetings of fiscal year %1</source>
        <translation>การประชุมของปีงบประมาณ %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="197"/>
        <source>%1 (signed off)</source>
        <translation>%1 (ลงนามรับรองแล้ว)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="223"/>
        <source>Open action items: %1 (carried into each next meeting until done)</source>
        <translation>เรื่องที่มอบหมายซึ่งยังไม่แล้วเสร็จ: %1 เรื่อง (ยกไปเป็นเรื่องสืบเนื่องในการประชุมครั้งถัดไปจนกว่าจะแล้วเสร็จ)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="228"/>
        <source>no date</source>
        <translation>ไม่กำหนดวัน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="230"/>
        <source>%1 — late</source>
        <translation>%1 — เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="234"/>
        <source>%1
%2, meeting %3</source>
        <translation>%1
%2 (การประชุมครั้งที่ %3)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="235"/>
        <source>%1
meeting %2</source>
        <translation>%1
(การประชุมครั้งที่ %2)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="308"/>
        <source>Unsaved changes</source>
        <translation>มีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="309"/>
        <source>The meeting being edited has changes that are not saved. Save them?</source>
        <translation>การประชุมที่กำลังแก้ไขมีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก ต้องการบันทึกหรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="323"/>
        <source>Cannot start the meeting</source>
        <translation>เริ่มการประชุมใหม่ไม่ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="348"/>
        <source>Delete meeting</source>
        <translation>ลบการประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="349"/>
        <source>Delete meeting %1 of %2 with its attendance, agenda and action items? Only a meeting typed by mistake should be deleted.</source>
        <translation>ลบการประชุมครั้งที่ %1 วันที่ %2 พร้อมรายชื่อผู้เข้าประชุม ระเบียบวาระ และเรื่องที่มอบหมายหรือไม่ ควรลบเฉพาะการประชุมที่บันทึกไว้โดยผิดพลาดเท่านั้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="357"/>
        <source>Meeting not deleted</source>
        <translation>ไม่ได้ลบการประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="381"/>
        <source>Mark done</source>
        <translation>บันทึกว่าแล้วเสร็จ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="382"/>
        <source>&apos;%1&apos; was done on (day month year):</source>
        <translation>&apos;%1&apos; แล้วเสร็จเมื่อวันที่ (วัน เดือน ปี):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="390"/>
        <source>Not marked done</source>
        <translation>ไม่ได้บันทึกว่าแล้วเสร็จ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="418"/>
        <source>a new meeting</source>
        <translation>การประชุมครั้งใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="419"/>
        <source>meeting %1</source>
        <translation>การประชุมครั้งที่ %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="429"/>
        <source>Changed meanwhile</source>
        <translation>ข้อมูลถูกแก้ไขในระหว่างนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="430"/>
        <source>Show the meeting as it is saved now? Your changes on screen are then lost.</source>
        <translation>แสดงการประชุมตามที่บันทึกไว้ขณะนี้หรือไม่ การแก้ไขบนหน้าจอจะหายไป</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="445"/>
        <source>Meeting saved</source>
        <translation>บันทึกการประชุมแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/meetings_page.py" line="446"/>
        <source>Meeting %1 is saved with fiscal year %2: choose that year to see it.</source>
        <translation>การประชุมครั้งที่ %1 บันทึกไว้ในปีงบประมาณ %2 โปรดเลือกปีนั้นเพื่อดู</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <location filename="../ita_desktop/ui/committee/member_model.py" line="59"/>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/member_model.py" line="59"/>
        <source>Member and position</source>
        <translation>ชื่อและตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/member_model.py" line="59"/>
        <source>Role</source>
        <translation>หน้าที่ในคณะ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/member_model.py" line="146"/>
        <source>(not in the roster)</source>
        <translation>(ไม่อยู่ในทะเบียนกำลังพล)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/member_model.py" line="150"/>
        <source>Has left the unit: choose a serving officer in their place.</source>
        <translation>ออกจากหน่วยแล้ว กรุณาเลือกผู้ที่ปฏิบัติงานอยู่แทน</translation>
    </message>
</context>
<context>
    <name>NetworkDrive</name>
    <message>
        <location filename="../ita_desktop/ui/shell/network_drive.py" line="22"/>
        <source>The database %1 is on a network drive (%2).

A dropped connection or a power cut while saving can damage a file there, two computers must never have it open at the same time, and work is slower. ITA Desktop works with it in a safer but slower mode.

To work safely, copy it to this computer or to a USB stick: File › Save a backup copy, then File › Open database and open the copy.</source>
        <translation>ฐานข้อมูล %1 อยู่บนไดรฟ์เครือข่าย (%2)

หากการเชื่อมต่อเครือข่ายขาดหายหรือไฟฟ้าดับระหว่างการบันทึก แฟ้มบนไดรฟ์เครือข่ายอาจเสียหายได้ ห้ามเปิดแฟ้มนี้จากคอมพิวเตอร์สองเครื่องในเวลาเดียวกัน และการทำงานจะช้ากว่าปกติ ITA Desktop จึงทำงานกับแฟ้มนี้ในโหมดที่ปลอดภัยกว่าแต่ช้ากว่า

เพื่อความปลอดภัย โปรดคัดลอกแฟ้มไปไว้ที่คอมพิวเตอร์เครื่องนี้หรือแฟลชไดรฟ์ USB โดยเลือก แฟ้ม › สำรองข้อมูล… แล้วเลือก แฟ้ม › เปิดฐานข้อมูล… เพื่อเปิดแฟ้มที่คัดลอกไว้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/network_drive.py" line="39"/>
        <source>Database on a network drive</source>
        <translation>ฐานข้อมูลอยู่บนไดรฟ์เครือข่าย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/network_drive.py" line="46"/>
        <source>Network drive</source>
        <translation>ไดรฟ์เครือข่าย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/network_drive.py" line="48"/>
        <source>The database is on a network drive (%1). Copy it to this computer or to a USB stick to work safely.</source>
        <translation>ฐานข้อมูลอยู่บนไดรฟ์เครือข่าย (%1) โปรดคัดลอกไปไว้ที่คอมพิวเตอร์เครื่องนี้หรือแฟลชไดรฟ์ USB เพื่อให้ทำงานได้อย่างปลอดภัย</translation>
    </message>
</context>
<context>
    <name>OitCharts</name>
    <message>
        <location filename="../ita_desktop/ui/oit/chart_words.py" line="23"/>
        <source>Total</source>
        <translation>คะแนนรวม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/chart_words.py" line="25"/>
        <source>(to confirm)</source>
        <translation>(รอยืนยัน)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/chart_words.py" line="29"/>
        <source>prepares</source>
        <translation>เตรียมข้อมูล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/chart_words.py" line="30"/>
        <source>controls</source>
        <translation>ควบคุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/chart_words.py" line="34"/>
        <source>count from ITAP</source>
        <translation>จำนวนจากระบบ ITAP</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/chart_words.py" line="35"/>
        <source>pace to the target</source>
        <translation>เส้นเป้าหมายตามเวลา</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/chart_words.py" line="36"/>
        <source>deadline</source>
        <translation>วันสิ้นสุด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/chart_words.py" line="41"/>
        <source>target reached</source>
        <translation>ครบตามเป้าหมายแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/chart_words.py" line="42"/>
        <source>on track</source>
        <translation>เป็นไปตามแผน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/chart_words.py" line="43"/>
        <source>behind the pace</source>
        <translation>ต่ำกว่าแผน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/chart_words.py" line="44"/>
        <source>deadline passed short of the target</source>
        <translation>พ้นกำหนดแล้วแต่ยังไม่ครบตามเป้าหมาย</translation>
    </message>
</context>
<context>
    <name>OitItemDialog</name>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="41"/>
        <source>Edit OIT item</source>
        <translation>แก้ไขข้อ OIT</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="41"/>
        <source>Add OIT item</source>
        <translation>เพิ่มข้อ OIT</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="51"/>
        <source>One required component per line</source>
        <translation>องค์ประกอบที่ต้องมี บรรทัดละหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="55"/>
        <source>Separate the formats that are all needed with commas, and the formats of which any one will do with a slash: &quot;PDF, Excel/Word, URL&quot; asks for a PDF file, an Excel or a Word file, and the web address.</source>
        <translation>คั่นรูปแบบแฟ้มที่ต้องมีทุกรูปแบบด้วยเครื่องหมายจุลภาค (,) และคั่นรูปแบบที่มีรูปแบบใดรูปแบบหนึ่งก็ได้ด้วยเครื่องหมายทับ (/) เช่น &quot;PDF, Excel/Word, URL&quot; หมายถึง ต้องมีแฟ้ม PDF แฟ้ม Excel หรือ Word และที่อยู่เว็บไซต์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="63"/>
        <source>By a date</source>
        <translation>ภายในวันที่กำหนด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="64"/>
        <source>Monthly report</source>
        <translation>รายงานประจำเดือน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="65"/>
        <source>Kept up to date (no deadline)</source>
        <translation>ปรับปรุงให้เป็นปัจจุบัน (ไม่มีกำหนดเวลา)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="70"/>
        <source>day </source>
        <translation>วันที่ </translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="71"/>
        <source> of the next month</source>
        <translation> ของเดือนถัดไป</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="74"/>
        <source>as printed, e.g. ดำเนินการเสร็จสิ้น ภายใน ก.พ.68</source>
        <translation>ตามที่พิมพ์ในเอกสาร เช่น ดำเนินการเสร็จสิ้น ภายใน ก.พ.68</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="80"/>
        <source>&amp;Code</source>
        <translation>รหัส (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="81"/>
        <source>&amp;Sub-indicator</source>
        <translation>ตัวชี้วัดย่อย (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="82"/>
        <source>&amp;Title</source>
        <translation>หัวข้อ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="83"/>
        <source>C&amp;omponents</source>
        <translation>องค์ประกอบ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="84"/>
        <source>&amp;File formats</source>
        <translation>รูปแบบแฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="86"/>
        <source>&amp;Deadline</source>
        <translation>กำหนดเวลา (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="87"/>
        <source>Due d&amp;ate</source>
        <translation>วันครบกำหนด (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="88"/>
        <source>&amp;Report day</source>
        <translation>วันที่รายงาน (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="89"/>
        <source>Deadline &amp;wording</source>
        <translation>ข้อความกำหนดเวลา (&amp;W)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="90"/>
        <source>&amp;Points</source>
        <translation>คะแนน (&amp;P)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="122"/>
        <source>No file format is needed yet.</source>
        <translation>ยังไม่ได้กำหนดรูปแบบแฟ้มที่ต้องมี</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="124"/>
        <source> or </source>
        <translation> หรือ </translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="125"/>
        <source>Needed: %1</source>
        <translation>ต้องมี: %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="125"/>
        <source> and </source>
        <translation> และ </translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="143"/>
        <source>The due date cannot be read: %1</source>
        <translation>ไม่สามารถอ่านวันครบกำหนดได้: %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="146"/>
        <source>Type the due date.</source>
        <translation>กรุณาพิมพ์วันครบกำหนด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework/oit_item_dialog.py" line="150"/>
        <source>Points must be a number such as 1.5.</source>
        <translation>คะแนนต้องเป็นตัวเลข เช่น 1.5</translation>
    </message>
</context>
<context>
    <name>OitTab</name>
    <message>
        <location filename="../ita_desktop/ui/oit/tab.py" line="45"/>
        <source>Items and assignments</source>
        <translation>รายการและการมอบหมาย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/tab.py" line="48"/>
        <source>Dashboard</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/tab.py" line="51"/>
        <source>IIT and EIT surveys</source>
        <translation>การสำรวจ IIT และ EIT</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/tab.py" line="79"/>
        <source>Not found</source>
        <translation>ไม่พบรายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/tab.py" line="80"/>
        <source>What this entry stands for is no longer there: it may have been changed or deleted meanwhile.</source>
        <translation>ไม่พบสิ่งที่รายการนี้อ้างถึงแล้ว อาจมีการแก้ไขหรือลบในระหว่างนี้</translation>
    </message>
</context>
<context>
    <name>OitWords</name>
    <message>
        <location filename="../ita_desktop/ui/oit/words.py" line="58"/>
        <source>no deadline set</source>
        <translation>ยังไม่กำหนดวันแล้วเสร็จ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/words.py" line="59"/>
        <source>by %1</source>
        <translation>ภายใน %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/words.py" line="62"/>
        <source>monthly, due on day %1 of the next month</source>
        <translation>รายเดือน ภายในวันที่ %1 ของเดือนถัดไป</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/words.py" line="64"/>
        <source>all year, at least %1 entries</source>
        <translation>ตลอดปี ไม่น้อยกว่า %1 ครั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/words.py" line="77"/>
        <source>late</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/words.py" line="78"/>
        <source>%1 late</source>
        <translation>เกินกำหนด %1 งาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/words.py" line="80"/>
        <source>due this week</source>
        <translation>ครบกำหนดภายในสัปดาห์นี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/words.py" line="85"/>
        <source>(person %1)</source>
        <translation>(บุคคลหมายเลข %1)</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="110"/>
        <source>One paragraph after another, a blank line between.</source>
        <translation>พิมพ์ทีละย่อหน้า เว้นหนึ่งบรรทัดระหว่างย่อหน้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="111"/>
        <source>From now on (ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป)</source>
        <translation>ตั้งแต่บัดนี้เป็นต้นไป</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="112"/>
        <source>From a date:</source>
        <translation>ตั้งแต่วันที่:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="129"/>
        <source>&amp;Number:</source>
        <translation>เลขที่คำสั่ง (&amp;N):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="130"/>
        <source>&amp;Dated:</source>
        <translation>สั่ง ณ วันที่ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="133"/>
        <source>&amp;Preamble:</source>
        <translation>ข้อความนำ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="134"/>
        <source>In force:</source>
        <translation>มีผล:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="135"/>
        <source>Si&amp;gner:</source>
        <translation>ผู้ลงนาม (&amp;G):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="160"/>
        <source>Drag a member, or press Ctrl+Up / Ctrl+Down, to change the order within their role.</source>
        <translation>ลากชื่อ หรือกด Ctrl+ลูกศรขึ้น / Ctrl+ลูกศรลง เพื่อเลื่อนลำดับภายในหน้าที่เดียวกัน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="170"/>
        <source>Role in the order&apos;s own words (optional)</source>
        <translation>หน้าที่ตามถ้อยคำในคำสั่ง (ถ้ามี)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="172"/>
        <source>Up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="173"/>
        <source>Down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="174"/>
        <source>Remo&amp;ve member</source>
        <translation>นำออกจากคำสั่ง (&amp;V)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="187"/>
        <source>Members</source>
        <translation>ผู้ได้รับแต่งตั้ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="132"/>
        <source>&amp;Kind of body:</source>
        <translation>ชื่อคณะ (&amp;K):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="131"/>
        <source>Sub&amp;ject:</source>
        <translation>เรื่อง (&amp;J):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="164"/>
        <source>Add mem&amp;ber</source>
        <translation>เพิ่มผู้ได้รับแต่งตั้ง (&amp;B)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="171"/>
        <source>Ch&amp;ange role</source>
        <translation>เปลี่ยนหน้าที่ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="203"/>
        <source>Add du&amp;ty</source>
        <translation>เพิ่มหน้าที่ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="204"/>
        <source>Remove duty</source>
        <translation>ลบหน้าที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="205"/>
        <source>Duty up</source>
        <translation>เลื่อนหน้าที่ขึ้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="206"/>
        <source>Duty down</source>
        <translation>เลื่อนหน้าที่ลง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="212"/>
        <source>Duties (double-click to edit)</source>
        <translation>หน้าที่ความรับผิดชอบ (ดับเบิลคลิกเพื่อแก้ไข)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="218"/>
        <source>ITAP administrator</source>
        <translation>ผู้ดูแลระบบ ITAP</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="218"/>
        <source>Duty</source>
        <translation>หน้าที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="231"/>
        <source>Duty, as the order prints it</source>
        <translation>หน้าที่ตามถ้อยคำในคำสั่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="232"/>
        <source>Add administrator</source>
        <translation>เพิ่มผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="233"/>
        <source>Remove administrator</source>
        <translation>ลบผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="238"/>
        <source>ITAP system administrators</source>
        <translation>ผู้ดูแลระบบ ITAP</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="340"/>
        <source>New order of fiscal year %1 (not saved yet)</source>
        <translation>คำสั่งใหม่ ปีงบประมาณ %1 (ยังไม่ได้บันทึก)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="342"/>
        <source>Order of fiscal year %1</source>
        <translation>คำสั่ง ปีงบประมาณ %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/committee/order_editor.py" line="367"/>
        <source>Role in own words</source>
        <translation>หน้าที่ตามถ้อยคำในคำสั่ง</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../ita_desktop/ui/oit/people_list.py" line="33"/>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/people_list.py" line="34"/>
        <source>Take off</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/people_list.py" line="35"/>
        <source>Up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/people_list.py" line="36"/>
        <source>Down</source>
        <translation>เลื่อนลง</translation>
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
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="166"/>
        <source>no signature</source>
        <translation>ยังไม่มีลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="176"/>
        <source>Import signature</source>
        <translation>นำเข้าลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="177"/>
        <source>Images (%1)</source>
        <translation>รูปภาพ (%1)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="198"/>
        <source>reading the image…</source>
        <translation>กำลังอ่านภาพ…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="211"/>
        <source>Signature not imported</source>
        <translation>ไม่ได้นำเข้าลายมือชื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="306"/>
        <source>Same name</source>
        <translation>ชื่อซ้ำ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/person_dialog.py" line="307"/>
        <source>%1 is already in the roster. Add this entry anyway?</source>
        <translation>%1 มีอยู่ในบัญชีรายชื่อกำลังพลแล้ว ต้องการเพิ่มรายการนี้หรือไม่</translation>
    </message>
</context>
<context>
    <name>PhaseModel</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/phase_model.py" line="84"/>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phase_model.py" line="84"/>
        <source>Period</source>
        <translation>ช่วงระยะเวลา</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phase_model.py" line="84"/>
        <source>Step</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phase_model.py" line="84"/>
        <source>Work</source>
        <translation>การดำเนินงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phase_model.py" line="85"/>
        <source>Responsible</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
</context>
<context>
    <name>PhasesEditor</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="114"/>
        <source>&amp;Add phase</source>
        <translation>เพิ่มขั้นตอน (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="115"/>
        <source>Remo&amp;ve phase</source>
        <translation>ลบขั้นตอน (&amp;V)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="116"/>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="117"/>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="118"/>
        <source>Ctrl+Up: within its group</source>
        <translation>Ctrl+ลูกศรขึ้น: เลื่อนภายในช่วงเดียวกัน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="119"/>
        <source>Ctrl+Down: within its group</source>
        <translation>Ctrl+ลูกศรลง: เลื่อนภายในช่วงเดียวกัน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="242"/>
        <source>Optional: printed instead of the dates, e.g. เดือน ส.ค. 2568</source>
        <translation>ไม่บังคับ: พิมพ์แทนวันที่ในเอกสาร เช่น เดือน ส.ค. 2568</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="148"/>
        <source>&amp;Group:</source>
        <translation>ช่วง (&amp;G):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="149"/>
        <source>&amp;Start:</source>
        <translation>วันเริ่มต้น (&amp;S):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="150"/>
        <source>&amp;End:</source>
        <translation>วันสิ้นสุด (&amp;E):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="151"/>
        <source>Period te&amp;xt:</source>
        <translation>ข้อความช่วงเวลา (&amp;X):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="152"/>
        <source>S&amp;tep:</source>
        <translation>ขั้นตอน (&amp;T):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="153"/>
        <source>Wor&amp;k:</source>
        <translation>การดำเนินงาน (&amp;K):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="420"/>
        <source>Remove phase %1 of %2, &quot;%3&quot;, with its responsible people?</source>
        <translation>ต้องการลบขั้นตอนที่ %1 ของ%2 &quot;%3&quot; พร้อมรายชื่อผู้รับผิดชอบหรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="422"/>
        <source>(no step)</source>
        <translation>(ยังไม่มีชื่อขั้นตอน)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_editor.py" line="423"/>
        <source>Remove phase</source>
        <translation>ลบขั้นตอน</translation>
    </message>
</context>
<context>
    <name>PhasesPage</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_page.py" line="46"/>
        <source>Back to the NACC&apos;s calendar…</source>
        <translation>กลับไปใช้ปฏิทินของ ป.ป.ช.…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_page.py" line="48"/>
        <source>Undo changes</source>
        <translation>ยกเลิกการแก้ไข</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_page.py" line="47"/>
        <source>Ex&amp;port the calendar table…</source>
        <translation>ส่งออกตารางปฏิทินกิจกรรม… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_page.py" line="49"/>
        <source>Save cale&amp;ndar</source>
        <translation>บันทึกปฏิทิน (&amp;N)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_page.py" line="82"/>
        <source>Assessment calendar of fiscal year %1: the unit&apos;s own</source>
        <translation>ปฏิทินการประเมินของปีงบประมาณ %1: ปฏิทินของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_page.py" line="83"/>
        <source>Assessment calendar of fiscal year %1: the NACC&apos;s phases, not yet saved as the unit&apos;s own (add who is responsible, then save)</source>
        <translation>ปฏิทินการประเมินของปีงบประมาณ %1: ตามขั้นตอนของ ป.ป.ช. ยังไม่ได้บันทึกเป็นปฏิทินของหน่วยงาน (ระบุผู้รับผิดชอบ แล้วบันทึก)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_page.py" line="106"/>
        <source>the assessment calendar of fiscal year %1</source>
        <translation>ปฏิทินการประเมินของปีงบประมาณ %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_page.py" line="115"/>
        <source>Changed meanwhile</source>
        <translation>ข้อมูลถูกแก้ไขในระหว่างนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_page.py" line="116"/>
        <source>Show the calendar as it is saved now? Your changes on screen are then lost.</source>
        <translation>แสดงปฏิทินตามที่บันทึกไว้ขณะนี้หรือไม่ การแก้ไขบนหน้าจอจะหายไป</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_page.py" line="123"/>
        <source>The calendar was not saved:
%1</source>
        <translation>ไม่ได้บันทึกปฏิทิน:
%1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_page.py" line="141"/>
        <source>Back to the NACC&apos;s calendar</source>
        <translation>กลับไปใช้ปฏิทินของ ป.ป.ช.</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_page.py" line="142"/>
        <source>Drop the unit&apos;s own calendar of fiscal year %1 (its dates, texts and everyone named as responsible) and follow the NACC&apos;s phases again?</source>
        <translation>ยกเลิกปฏิทินของหน่วยงานในปีงบประมาณ %1 (วันที่ ข้อความ และผู้รับผิดชอบทั้งหมด) แล้วกลับไปใช้ขั้นตอนของ ป.ป.ช. หรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_page.py" line="151"/>
        <source>Calendar not changed</source>
        <translation>ไม่ได้เปลี่ยนปฏิทิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_page.py" line="161"/>
        <source>Unsaved changes</source>
        <translation>มีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/phases_page.py" line="162"/>
        <source>The calendar has changes that are not saved. Save them before exporting?</source>
        <translation>ปฏิทินมีการแก้ไขที่ยังไม่ได้บันทึก ต้องการบันทึกก่อนส่งออกหรือไม่</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="133"/>
        <source>[meeting]</source>
        <translation>[การประชุม]</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="141"/>
        <source>Import photos…</source>
        <translation>นำเข้าภาพถ่าย…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="143"/>
        <source>Import photos from JPEG, PNG, WebP or HEIC files (%1); files can also be dropped on the grid</source>
        <translation>นำเข้าภาพถ่ายจากแฟ้ม JPEG, PNG, WebP หรือ HEIC (%1) หรือลากแฟ้มมาวางบนตารางภาพได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="145"/>
        <source>View</source>
        <translation>ดูภาพ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="146"/>
        <source>Show the photo full size (Enter)</source>
        <translation>แสดงภาพขนาดเต็ม (Enter)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="147"/>
        <source>Edit caption and date…</source>
        <translation>แก้ไขคำบรรยายและวันที่…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="148"/>
        <source>Move to measure…</source>
        <translation>ย้ายไปยังมาตรการ…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="149"/>
        <source>Attach to meeting…</source>
        <translation>ผูกกับการประชุม…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="150"/>
        <source>Save a copy…</source>
        <translation>บันทึกสำเนา…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="151"/>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="153"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="152"/>
        <source>Undo</source>
        <translation>เรียกคืน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="154"/>
        <source>Delete the selected photos (Del); Ctrl+Z puts them back</source>
        <translation>ลบภาพถ่ายที่เลือก (Del) กด Ctrl+Z เพื่อนำกลับคืน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="157"/>
        <source>Photo</source>
        <translation>ภาพถ่าย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="165"/>
        <source>Cancel import</source>
        <translation>ยกเลิกการนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="224"/>
        <source>Photos: %1</source>
        <translation>ภาพถ่าย: %1 ภาพ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="287"/>
        <source>Import photos</source>
        <translation>นำเข้าภาพถ่าย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="288"/>
        <source>Photos (%1)</source>
        <translation>ภาพถ่าย (%1)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="302"/>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="341"/>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="369"/>
        <source>Photos not imported</source>
        <translation>ไม่ได้นำเข้าภาพถ่าย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="350"/>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="360"/>
        <source>Photos imported</source>
        <translation>นำเข้าภาพถ่ายแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="351"/>
        <source>%1 photos were imported.</source>
        <translation>นำเข้าภาพถ่ายแล้ว %1 ภาพ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="358"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="361"/>
        <source>%1 photos were imported; %2 files were skipped:
%3</source>
        <translation>นำเข้าภาพถ่ายแล้ว %1 ภาพ ข้ามแฟ้ม %2 แฟ้ม ดังนี้
%3</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="380"/>
        <source>Order not changed</source>
        <translation>ไม่ได้เปลี่ยนลำดับ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="393"/>
        <source>Move to measure</source>
        <translation>ย้ายไปยังมาตรการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="394"/>
        <source>Move %1 photos to the measure:</source>
        <translation>ย้ายภาพถ่าย %1 ภาพ ไปยังมาตรการ:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="407"/>
        <source>Photos not moved</source>
        <translation>ไม่ได้ย้ายภาพถ่าย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="416"/>
        <source>No meeting</source>
        <translation>ไม่ระบุการประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="421"/>
        <source>Attach to meeting</source>
        <translation>ผูกกับการประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="422"/>
        <source>The meeting %1 photos show:</source>
        <translation>การประชุมที่ภาพถ่าย %1 ภาพนี้แสดง:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="432"/>
        <source>Photos not attached</source>
        <translation>ไม่ได้ผูกภาพถ่ายกับการประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="444"/>
        <source>Photos not deleted</source>
        <translation>ไม่ได้ลบภาพถ่าย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="457"/>
        <source>Nothing was put back</source>
        <translation>ไม่สามารถนำกลับคืนได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="469"/>
        <source>Save a copy of the photo</source>
        <translation>บันทึกสำเนาภาพถ่าย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="470"/>
        <source>JPEG pictures (*.jpg)</source>
        <translation>ภาพ JPEG (*.jpg)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_grid.py" line="476"/>
        <source>Copy not saved</source>
        <translation>ไม่ได้บันทึกสำเนา</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../ita_desktop/ui/common/photo_viewer.py" line="55"/>
        <source>Photo</source>
        <translation>ภาพถ่าย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_viewer.py" line="71"/>
        <source>Caption printed under the photo</source>
        <translation>คำบรรยายที่พิมพ์ไว้ใต้ภาพ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_viewer.py" line="84"/>
        <source>◀ Previous</source>
        <translation>◀ ภาพก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_viewer.py" line="85"/>
        <source>Next ▶</source>
        <translation>ภาพถัดไป ▶</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_viewer.py" line="86"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_viewer.py" line="90"/>
        <source>Ca&amp;ption:</source>
        <translation>คำบรรยายภาพ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_viewer.py" line="94"/>
        <source>&amp;Taken:</source>
        <translation>วันที่ถ่าย (&amp;T):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_viewer.py" line="144"/>
        <source>The picture of %1 cannot be shown.</source>
        <translation>ไม่สามารถแสดงภาพของ %1 ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/photo_viewer.py" line="147"/>
        <source>%1 of %2</source>
        <translation>%1 จาก %2</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="80"/>
        <source>once, by a deadline</source>
        <translation>ครั้งเดียว ภายในกำหนด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="81"/>
        <source>every month</source>
        <translation>ทุกเดือน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="82"/>
        <source>all year, a number of entries</source>
        <translation>ตลอดปี ตามจำนวนครั้งขั้นต่ำ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="99"/>
        <source>People</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="101"/>
        <source>Preparers:</source>
        <translation>ผู้จัดทำข้อมูล:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="102"/>
        <source>Controllers:</source>
        <translation>ผู้ควบคุม:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="103"/>
        <source>When</source>
        <translation>กำหนดเวลา</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="105"/>
        <source>Cadence:</source>
        <translation>ความถี่:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="106"/>
        <source>Deadline:</source>
        <translation>กำหนดแล้วเสร็จ:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="107"/>
        <source>Due on day (of the next month):</source>
        <translation>ครบกำหนดวันที่ (ของเดือนถัดไป):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="108"/>
        <source>At least (entries):</source>
        <translation>อย่างน้อย (ครั้ง):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="110"/>
        <source>Period from:</source>
        <translation>ช่วงเวลาตั้งแต่:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="111"/>
        <source>Period to:</source>
        <translation>ถึง:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="112"/>
        <source>Entries published so far:</source>
        <translation>จำนวนที่เผยแพร่แล้ว:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="120"/>
        <source>Components (tick those done):</source>
        <translation>องค์ประกอบ (ทำเครื่องหมายรายการที่ดำเนินการแล้ว):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="125"/>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="153"/>
        <source>Sub-indicator %1 · %2 points · catalog deadline: %3</source>
        <translation>ตัวชี้วัดย่อย %1 · %2 คะแนน · กำหนดตามเกณฑ์: %3</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="173"/>
        <source>The catalog&apos;s default: %1</source>
        <translation>ค่าตามเกณฑ์: %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="188"/>
        <source>Formats required: %1</source>
        <translation>รูปแบบที่กำหนด: %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/plan_editor.py" line="190"/>
        <source>Still missing: %1</source>
        <translation>ยังขาด: %1</translation>
    </message>
</context>
<context>
    <name>PortableNotice</name>
    <message>
        <location filename="../ita_desktop/ui/shell/portable_notice.py" line="18"/>
        <source>The folder %1 beside the program holds databases, but the file %2 that makes this a portable copy is not beside the program, so ITA Desktop now works with %3 on this computer.

To work with the databases beside the program, put %2 back beside the program and start it again, or open one with File › Open database.</source>
        <translation>โฟลเดอร์ %1 ข้างโปรแกรมมีฐานข้อมูลอยู่ แต่ไม่พบไฟล์ %2 ซึ่งทำให้โปรแกรมนี้เป็นสำเนาแบบพกพาอยู่ข้างโปรแกรม ขณะนี้ ITA Desktop จึงทำงานกับ %3 ในเครื่องคอมพิวเตอร์นี้

หากต้องการใช้ฐานข้อมูลที่อยู่ข้างโปรแกรม โปรดนำไฟล์ %2 กลับไปวางไว้ข้างโปรแกรมแล้วเปิดโปรแกรมใหม่ หรือเปิดฐานข้อมูลนั้นด้วยเมนู แฟ้ม › เปิดฐานข้อมูล…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/portable_notice.py" line="29"/>
        <source>Databases beside the program are not in use</source>
        <translation>ฐานข้อมูลที่อยู่ข้างโปรแกรมไม่ได้ถูกใช้งาน</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="12"/>
        <source>first name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="13"/>
        <source>last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="14"/>
        <source>rank</source>
        <translation>ยศ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="15"/>
        <source>position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="16"/>
        <source>position abbreviation</source>
        <translation>ตำแหน่ง (อักษรย่อ)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="17"/>
        <source>section</source>
        <translation>สายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="18"/>
        <source>phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="19"/>
        <source>e-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="20"/>
        <source>full name of the unit</source>
        <translation>ชื่อเต็มของหน่วย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="21"/>
        <source>short name of the unit</source>
        <translation>ชื่อย่อของหน่วย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="22"/>
        <source>parent bureau</source>
        <translation>หน่วยต้นสังกัด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="23"/>
        <source>address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="24"/>
        <source>website</source>
        <translation>เว็บไซต์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="36"/>
        <source>The column &apos;%1&apos; is missing from the header row.</source>
        <translation>ไม่พบคอลัมน์ &apos;%1&apos; ในแถวหัวตาราง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="39"/>
        <source>&apos;%1&apos; is empty.</source>
        <translation>ยังไม่ได้กรอก &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="40"/>
        <source>The first name is empty.</source>
        <translation>ยังไม่ได้กรอกชื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="41"/>
        <source>Unknown rank or title &apos;%2&apos;.</source>
        <translation>ไม่รู้จักยศหรือคำนำหน้านาม &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="42"/>
        <source>&apos;%2&apos;: หญิง and ว่าที่ go with police ranks only.</source>
        <translation>&apos;%2&apos;: คำว่า หญิง และ ว่าที่ ใช้กับยศตำรวจเท่านั้น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="45"/>
        <source>%2 appears again (first on row %3).</source>
        <translation>%2 ซ้ำกับแถวที่ %3</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="48"/>
        <source>%2 is already in the roster.</source>
        <translation>%2 มีอยู่ในบัญชีรายชื่อกำลังพลแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="51"/>
        <source>Unknown section &apos;%2&apos; for this unit (known: %3).</source>
        <translation>ไม่รู้จักสายงาน &apos;%2&apos; ของหน่วยนี้ (สายงานที่มี: %3)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="54"/>
        <source>&apos;%2&apos; is not an e-mail address.</source>
        <translation>&apos;%2&apos; ไม่ใช่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="55"/>
        <source>&apos;%2&apos; is not a phone number: it has letters.</source>
        <translation>&apos;%2&apos; ไม่ใช่หมายเลขโทรศัพท์ เนื่องจากมีตัวอักษรปะปนอยู่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="58"/>
        <source>&apos;%2&apos; is not a web address.</source>
        <translation>&apos;%2&apos; ไม่ใช่ที่อยู่เว็บไซต์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="59"/>
        <source>&apos;%1&apos; is longer than 300 characters.</source>
        <translation>&apos;%1&apos; ยาวเกิน 300 ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="60"/>
        <source>The sheet has no people below the header row.</source>
        <translation>ไม่มีรายชื่อใต้แถวหัวตาราง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="63"/>
        <source>This row carries the remark of the template&apos;s example row; if it is a real person, delete the remark, otherwise delete the row.</source>
        <translation>แถวนี้มีหมายเหตุของแถวตัวอย่างในแบบฟอร์ม หากเป็นข้อมูลบุคคลจริง กรุณาลบหมายเหตุออก หากไม่ใช่ กรุณาลบแถวนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="67"/>
        <source>Skipped: the template&apos;s example row (%2).</source>
        <translation>ข้ามแถวนี้ เนื่องจากเป็นแถวตัวอย่างของแบบฟอร์ม (%2)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="70"/>
        <source>&apos;%1&apos; holds only invisible characters (such as zero-width spaces).</source>
        <translation>&apos;%1&apos; มีเพียงอักขระที่มองไม่เห็น (เช่น อักขระเว้นวรรคความกว้างศูนย์) กรุณาพิมพ์ใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="73"/>
        <source>&apos;%1&apos; has a vowel or tone mark with no letter under it (%3): &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; มีสระหรือวรรณยุกต์ที่ไม่มีพยัญชนะกำกับ (%3): &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="76"/>
        <source>&apos;%1&apos; has characters the documents cannot print (%3): &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; มีอักขระที่ไม่สามารถพิมพ์ลงในเอกสารได้ (%3): &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="79"/>
        <source>&apos;%1&apos; holds a date, not a name: &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; เป็นวันที่ ไม่ใช่ชื่อ: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="82"/>
        <source>&apos;%1&apos; has characters no name has (%3): &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; มีอักขระที่ไม่ใช้ในชื่อบุคคล (%3): &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="85"/>
        <source>&apos;%1&apos; has no letters: &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; ไม่มีตัวอักษร: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/problem_text.py" line="96"/>
        <source>Row %1: %2</source>
        <translation>แถวที่ %1: %2</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="167"/>
        <source>&amp;Add count…</source>
        <translation>เพิ่มจำนวน… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="168"/>
        <source>Chan&amp;ge…</source>
        <translation>แก้ไข… (&amp;G)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="169"/>
        <source>&amp;Delete</source>
        <translation>ลบ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="215"/>
        <source>%1 of %2 by %3: %4.</source>
        <translation>ได้ %1 จากเป้าหมาย %2 ภายในวันที่ %3: %4</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="220"/>
        <source>The pace expects %1 today; %2 more are needed in all.</source>
        <translation>ตามแผนควรได้ %1 ณ วันนี้ ยังต้องการอีก %2</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="223"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 จาก %3</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="225"/>
        <source>, %1 short</source>
        <translation> ยังขาด %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="243"/>
        <source>New count of %1</source>
        <translation>เพิ่มจำนวน %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="249"/>
        <source>Count of %1</source>
        <translation>จำนวน %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="257"/>
        <source>Delete the count</source>
        <translation>ลบจำนวน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="258"/>
        <source>Delete the count of %1 of %2?</source>
        <translation>ต้องการลบจำนวนของวันที่ %1 ของ %2 ใช่หรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/progress_panel.py" line="264"/>
        <source>Count not deleted</source>
        <translation>ไม่ได้ลบจำนวน</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="47"/>
        <source>Report register</source>
        <translation>ทะเบียนรายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="56"/>
        <source>Every signed-off version of every report. A signed-off version never changes: when the data changes, the next export is a new version that needs its own sign-off.</source>
        <translation>รายงานทุกฉบับที่ลงนามรับรองแล้ว ฉบับที่ลงนามแล้วจะไม่ถูกแก้ไขอีก เมื่อข้อมูลเปลี่ยน การส่งออกครั้งถัดไปจะเป็นฉบับใหม่ซึ่งต้องลงนามรับรองใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="64"/>
        <source>Report no.</source>
        <translation>เลขที่รายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="64"/>
        <source>Version</source>
        <translation>ฉบับที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="64"/>
        <source>Report</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="64"/>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="65"/>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="65"/>
        <source>Signed off</source>
        <translation>วันที่ลงนาม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="79"/>
        <source>No report has been signed off yet. Export a report (File › Export report…) and press &quot;Sign off…&quot;; it then appears here.</source>
        <translation>ยังไม่มีรายงานที่ลงนามรับรอง ให้ส่งออกรายงาน (แฟ้ม › ส่งออกรายงาน…) แล้วกด &quot;ลงนามรับรอง…&quot; รายงานนั้นจะปรากฏที่นี่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="91"/>
        <source>&amp;Save a copy…</source>
        <translation>บันทึกสำเนา… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="92"/>
        <source>&amp;Check a file…</source>
        <translation>ตรวจสอบแฟ้ม… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="94"/>
        <source>Whether a file is exactly a signed-off version: a single changed byte is found.</source>
        <translation>ตรวจว่าแฟ้มตรงกับฉบับที่ลงนามรับรองทุกไบต์หรือไม่ แม้แก้ไขเพียงไบต์เดียวก็ตรวจพบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="177"/>
        <source>report %1, version %2, about %3</source>
        <translation>รายงานเลขที่ %1 ฉบับที่ %2 เรื่อง %3</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="217"/>
        <source>Save a copy of the signed-off file</source>
        <translation>บันทึกสำเนาแฟ้มที่ลงนามรับรอง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="65"/>
        <source>Digits of the files</source>
        <translation>ตัวเลขในแฟ้ม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="66"/>
        <source>Hash</source>
        <translation>ค่าแฮช</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="140"/>
        <source>Arabic (123)</source>
        <translation>เลขอารบิก (123)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="142"/>
        <source>Thai (๑๒๓)</source>
        <translation>เลขไทย (๑๒๓)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="187"/>
        <source>Hash (SHA-256 of the data):</source>
        <translation>ค่าแฮช (SHA-256 ของข้อมูล):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="190"/>
        <source>Signed-off files (SHA-256), written with %1 digits; a copy is always these files, whatever digits are chosen now:</source>
        <translation>แฟ้มที่ลงนามรับรองแล้ว (SHA-256) ใช้%1 สำเนาที่บันทึกออกไปจะเป็นแฟ้มเหล่านี้เสมอ ไม่ว่าขณะนี้จะเลือกรูปแบบตัวเลขใด:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="233"/>
        <source>Not saved</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="236"/>
        <source>Copy saved</source>
        <translation>บันทึกสำเนาแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="237"/>
        <source>The signed-off file was saved to %1, byte for byte as it was signed off.</source>
        <translation>บันทึกแฟ้มที่ลงนามรับรองไว้ที่ %1 แล้ว ตรงกับฉบับที่ลงนามทุกไบต์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="242"/>
        <source>Check a file against the register</source>
        <translation>ตรวจสอบแฟ้มกับทะเบียนรายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="243"/>
        <source>Reports (*.pdf *.docx *.xlsx);;All files (*)</source>
        <translation>รายงาน (*.pdf *.docx *.xlsx);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="250"/>
        <source>Cannot read the file</source>
        <translation>อ่านแฟ้มไม่ได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="252"/>
        <source>Check a file</source>
        <translation>ตรวจสอบแฟ้ม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="259"/>
        <source>%1 is exactly report %2, version %3 (%4), signed off %5.</source>
        <translation>%1 ตรงกับรายงานเลขที่ %2 ฉบับที่ %3 (%4) ที่ลงนามรับรองเมื่อ %5 ทุกประการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="264"/>
        <source>%1 is NOT a signed-off file. It names report %2, version %3, but its content differs from every file signed off for that version: it was changed after sign-off, or exported from other data.</source>
        <translation>%1 ไม่ใช่แฟ้มที่ลงนามรับรอง แฟ้มระบุว่าเป็นรายงานเลขที่ %2 ฉบับที่ %3 แต่เนื้อหาไม่ตรงกับแฟ้มที่ลงนามรับรองของฉบับนั้น แฟ้มถูกแก้ไขหลังลงนาม หรือส่งออกจากข้อมูลอื่น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/reports/register_dialog.py" line="270"/>
        <source>%1 is NOT a signed-off file: no signed-off report in this database has this content.</source>
        <translation>%1 ไม่ใช่แฟ้มที่ลงนามรับรอง ไม่มีรายงานที่ลงนามรับรองในฐานข้อมูลนี้ที่มีเนื้อหาตรงกัน</translation>
    </message>
</context>
<context>
    <name>ReplaceFile</name>
    <message>
        <location filename="../ita_desktop/ui/common/replace_file.py" line="22"/>
        <source>Replace file?</source>
        <translation>แทนที่แฟ้มเดิม?</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/replace_file.py" line="23"/>
        <source>%1 already exists in %2. Replace it? The file there now is lost.</source>
        <translation>มีแฟ้ม %1 อยู่แล้วใน %2 ต้องการแทนที่หรือไม่ แฟ้มที่มีอยู่เดิมจะสูญหาย</translation>
    </message>
</context>
<context>
    <name>ResponsibleEditor</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="56"/>
        <source>Responsible</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="61"/>
        <source>Duty</source>
        <translation>หน้าที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="61"/>
        <source>Who</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="62"/>
        <source>Printed label</source>
        <translation>คำนำหน้าที่พิมพ์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="82"/>
        <source>Person from the roster</source>
        <translation>บุคคลจากบัญชีรายชื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="83"/>
        <source>Section of the unit</source>
        <translation>สายงานของหน่วย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="84"/>
        <source>In words</source>
        <translation>ระบุเป็นข้อความ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="91"/>
        <source>e.g. หน่วยประเมิน</source>
        <translation>เช่น หน่วยประเมิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="99"/>
        <source>e.g. ผู้ดูแลระบบ</source>
        <translation>เช่น ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="100"/>
        <source>Printed instead of the duty&apos;s own label; leave empty to print the duty&apos;s label.</source>
        <translation>พิมพ์แทนคำนำหน้าตามหน้าที่ หากเว้นว่างไว้ จะพิมพ์คำนำหน้าตามหน้าที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="102"/>
        <source>Add to l&amp;ist</source>
        <translation>เพิ่มรายการ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="103"/>
        <source>Remove entry</source>
        <translation>ลบรายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="105"/>
        <source>Delete in the table</source>
        <translation>กด Delete ที่รายการในตาราง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="107"/>
        <source>&amp;Duty:</source>
        <translation>หน้าที่ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="109"/>
        <source>&amp;Who:</source>
        <translation>ระบุโดย (&amp;W):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="111"/>
        <source>Which &amp;one:</source>
        <translation>ชื่อ (&amp;O):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="113"/>
        <source>La&amp;bel:</source>
        <translation>คำนำหน้า (&amp;B):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="148"/>
        <source>Controller (ผู้ควบคุม)</source>
        <translation>ผู้ควบคุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="149"/>
        <source>Collector (ผู้รวบรวมข้อมูล)</source>
        <translation>ผู้รวบรวมข้อมูล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="150"/>
        <source>Practitioner (ผู้ปฏิบัติ)</source>
        <translation>ผู้ปฏิบัติ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/responsible_table.py" line="151"/>
        <source>No label</source>
        <translation>ไม่มีคำนำหน้า</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../ita_desktop/ui/shell/restore_dialog.py" line="65"/>
        <location filename="../ita_desktop/ui/shell/restore_dialog.py" line="177"/>
        <source>Restore from a backup</source>
        <translation>กู้คืนจากสำเนาสำรอง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/restore_dialog.py" line="69"/>
        <source>Copies of %1 in the folder %2, newest first. The chosen copy replaces the database; the present file is kept as a before-restore copy.</source>
        <translation>สำเนาของ %1 ในโฟลเดอร์ %2 เรียงจากใหม่ไปเก่า สำเนาที่เลือกจะแทนที่ฐานข้อมูล และแฟ้มปัจจุบันจะเก็บไว้เป็นสำเนาก่อนกู้คืน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/restore_dialog.py" line="75"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/restore_dialog.py" line="75"/>
        <source>Reason</source>
        <translation>เหตุที่สำรอง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/restore_dialog.py" line="75"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/restore_dialog.py" line="75"/>
        <source>State</source>
        <translation>สภาพ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/restore_dialog.py" line="92"/>
        <source>&amp;Restore this copy…</source>
        <translation>กู้คืนสำเนานี้… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/restore_dialog.py" line="115"/>
        <source>Checking the copies…</source>
        <translation>กำลังตรวจสำเนา…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/restore_dialog.py" line="149"/>
        <source>There are no copies yet. The program makes one each day it is used and one on closing after changes.</source>
        <translation>ยังไม่มีสำเนา โปรแกรมจะสำรองข้อมูลวันละหนึ่งครั้งในวันที่ใช้งาน และเมื่อปิดโปรแกรมหลังมีการแก้ไข</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/restore_dialog.py" line="152"/>
        <source>None of the copies passes the check.</source>
        <translation>ไม่มีสำเนาใดผ่านการตรวจ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/restore_dialog.py" line="155"/>
        <source>%1 copies, %2 of them good.</source>
        <translation>สำเนา %1 ชุด ใช้ได้ %2 ชุด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/restore_dialog.py" line="178"/>
        <source>Replace the database with the copy of %1 (%2)?

What was saved after that copy is no longer in the database; the present file is kept in the backups folder as a before-restore copy.</source>
        <translation>ต้องการแทนที่ฐานข้อมูลด้วยสำเนาของ %1 (%2) หรือไม่

ข้อมูลที่บันทึกหลังจากสำเนานั้นจะไม่อยู่ในฐานข้อมูลอีก แฟ้มปัจจุบันจะเก็บไว้ในโฟลเดอร์ backups เป็นสำเนาก่อนกู้คืน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/restore_dialog.py" line="190"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/restore_dialog.py" line="209"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/restore_dialog.py" line="221"/>
        <source>Cancelled: the database was left as it is.</source>
        <translation>ยกเลิกแล้ว ฐานข้อมูลไม่ถูกแก้ไขใด ๆ</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="69"/>
        <source>Import roster: %1</source>
        <translation>นำเข้าบัญชีรายชื่อกำลังพล: %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="76"/>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="76"/>
        <source>Rank and name</source>
        <translation>ยศ ชื่อ สกุล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="76"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="76"/>
        <source>Section</source>
        <translation>สายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="77"/>
        <source>Check</source>
        <translation>ผลการตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="92"/>
        <source>&amp;Import</source>
        <translation>นำเข้า (&amp;I)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="94"/>
        <source>&amp;Reload file</source>
        <translation>อ่านแฟ้มใหม่ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="95"/>
        <source>Read the file again after correcting it</source>
        <translation>อ่านแฟ้มอีกครั้งหลังแก้ไขแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="125"/>
        <source>Reading &apos;%1&apos;…</source>
        <translation>กำลังอ่านแฟ้ม &apos;%1&apos;…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="158"/>
        <source>This file cannot be imported. Nothing was imported.</source>
        <translation>ไม่สามารถนำเข้าแฟ้มนี้ได้ ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="179"/>
        <source>OK</source>
        <translation>ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="193"/>
        <source>%1 people are ready to import from &apos;%2&apos;.</source>
        <translation>พร้อมนำเข้ากำลังพล %1 คน จาก &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="198"/>
        <source>%1 problem(s) on %2 row(s). Nothing will be imported until the file is corrected; correct it in Excel, save it, and press Reload file.</source>
        <translation>พบปัญหา %1 รายการ ใน %2 แถว จะยังไม่นำเข้าข้อมูลใดจนกว่าจะแก้ไขแฟ้ม กรุณาแก้ไขใน Excel บันทึกแฟ้ม แล้วกดปุ่ม &quot;อ่านแฟ้มใหม่&quot;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_import_dialog.py" line="204"/>
        <source>Columns not used: %1</source>
        <translation>คอลัมน์ที่ไม่ได้ใช้: %1</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="89"/>
        <source>Search name, position, phone… (Ctrl+F)</source>
        <translation>ค้นหาชื่อ ตำแหน่ง โทรศัพท์… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="93"/>
        <source>All ranks</source>
        <translation>ทุกยศ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="96"/>
        <source>Show people who have left</source>
        <translation>แสดงผู้ที่ออกจากหน่วยแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="99"/>
        <source>&amp;Add person…</source>
        <translation>เพิ่มกำลังพล… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="101"/>
        <source>&amp;Edit…</source>
        <translation>แก้ไข… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="105"/>
        <source>&amp;Import from Excel…</source>
        <translation>นำเข้าจาก Excel… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="106"/>
        <source>Save import &amp;template…</source>
        <translation>บันทึกแบบฟอร์มสำหรับนำเข้า… (&amp;T)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="107"/>
        <source>E&amp;xport to Excel…</source>
        <translation>ส่งออกเป็น Excel… (&amp;X)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="161"/>
        <source>%1 shown; %2 serving, %3 left</source>
        <translation>แสดง %1 คน ปฏิบัติงาน %2 คน ออกจากหน่วย %3 คน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="169"/>
        <source>All sections</source>
        <translation>ทุกสายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="227"/>
        <source>Mark as serving a&amp;gain</source>
        <translation>บันทึกว่ากลับมาปฏิบัติงาน (&amp;G)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="270"/>
        <source>Showing the entry as it is saved now replaces what you typed in this dialog. Keep what you typed to copy it first.</source>
        <translation>การแสดงรายการตามที่บันทึกไว้ในขณะนี้จะแทนที่สิ่งที่ท่านพิมพ์ไว้ในหน้าต่างนี้ หากต้องการคัดลอกสิ่งที่พิมพ์ไว้ก่อน โปรดเลือก &quot;เก็บสิ่งที่พิมพ์ไว้&quot;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="274"/>
        <source>This is the entry as saved now. Make your change again and save.</source>
        <translation>นี่คือรายการตามที่บันทึกไว้ในขณะนี้ โปรดแก้ไขอีกครั้งแล้วบันทึก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="103"/>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="229"/>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="299"/>
        <source>Mark as left</source>
        <translation>บันทึกว่าออกจากหน่วย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="300"/>
        <source>%1 has left the unit? They stay in the roster&apos;s history and in past documents, but are no longer offered for new work.</source>
        <translation>%1 ออกจากหน่วยแล้วใช่หรือไม่ รายชื่อจะยังคงอยู่ในประวัติของบัญชีรายชื่อกำลังพลและในเอกสารที่จัดทำไว้แล้ว แต่จะไม่ปรากฏให้เลือกสำหรับงานใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="327"/>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="369"/>
        <source>Not saved</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="332"/>
        <source>Import roster</source>
        <translation>นำเข้าบัญชีรายชื่อกำลังพล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="333"/>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="360"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>แฟ้ม Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="350"/>
        <source>Roster not imported</source>
        <translation>ไม่ได้นำเข้าบัญชีรายชื่อกำลังพล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="354"/>
        <source>Roster imported</source>
        <translation>นำเข้าบัญชีรายชื่อกำลังพลแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="355"/>
        <source>%1 people were added to the roster.</source>
        <translation>เพิ่มกำลังพล %1 คน ในบัญชีรายชื่อกำลังพลแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="372"/>
        <source>Save roster template</source>
        <translation>บันทึกแบบฟอร์มบัญชีรายชื่อกำลังพล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="382"/>
        <source>Export roster</source>
        <translation>ส่งออกบัญชีรายชื่อกำลังพล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="393"/>
        <source>Roster exported</source>
        <translation>ส่งออกบัญชีรายชื่อกำลังพลแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_panel.py" line="394"/>
        <source>%1 people written to %2.</source>
        <translation>บันทึกกำลังพล %1 คน ลงใน %2 แล้ว</translation>
    </message>
</context>
<context>
    <name>RosterPicker</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendee_dialogs.py" line="39"/>
        <source>Add from the roster</source>
        <translation>เพิ่มจากทะเบียนกำลังพล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendee_dialogs.py" line="41"/>
        <source>Part of a name or position</source>
        <translation>ส่วนหนึ่งของชื่อหรือตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendee_dialogs.py" line="43"/>
        <source>&amp;Find:</source>
        <translation>ค้นหา (&amp;F):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/attendee_dialogs.py" line="58"/>
        <source>Everyone serving in the roster is listed already.</source>
        <translation>รายชื่อผู้ปฏิบัติงานในทะเบียนกำลังพลอยู่ในรายชื่อผู้เข้าประชุมครบแล้ว</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="67"/>
        <source>Rank and name</source>
        <translation>ยศ ชื่อ สกุล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="68"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="69"/>
        <source>Section</source>
        <translation>สายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="70"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="71"/>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="72"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="87"/>
        <source>Serving</source>
        <translation>ปฏิบัติงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="89"/>
        <source>Left</source>
        <translation>ออกจากหน่วย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/roster_model.py" line="91"/>
        <source>Left %1</source>
        <translation>ออกจากหน่วย %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="43"/>
        <source>Thai digits (๑๒๓)</source>
        <translation>เลขไทย (๑๒๓)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="44"/>
        <source>Arabic digits (123)</source>
        <translation>เลขอารบิก (123)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="48"/>
        <source>your home folder</source>
        <translation>โฟลเดอร์หลักของผู้ใช้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="49"/>
        <source>the documents folder beside the program</source>
        <translation>โฟลเดอร์ documents ข้างโปรแกรม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="50"/>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="56"/>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="57"/>
        <source>&amp;Digits (screen and documents)</source>
        <translation>ตัวเลข (บนหน้าจอและในเอกสาร) (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="59"/>
        <source>&amp;Folder for exports</source>
        <translation>โฟลเดอร์สำหรับส่งออก (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="66"/>
        <source>How many of the daily copies, of the copies made on closing and of those made by hand are kept in the backups folder next to the database; older ones are deleted. Copies from before an upgrade or a restore are always kept.</source>
        <translation>จำนวนสำเนาที่เก็บไว้ในโฟลเดอร์ backups ข้างฐานข้อมูล แยกตามชนิด ได้แก่ สำเนาประจำวัน สำเนาเมื่อปิดโปรแกรม และสำเนาที่สั่งทำเอง สำเนาที่เก่ากว่าจะถูกลบ ส่วนสำเนาก่อนปรับรุ่นฐานข้อมูลและก่อนกู้คืนจะเก็บไว้เสมอ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="69"/>
        <source>&amp;Backups to keep (of each kind)</source>
        <translation>จำนวนสำเนาสำรองที่เก็บ (แต่ละชนิด) (&amp;B)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/settings_dialog.py" line="73"/>
        <source>Folder for exports</source>
        <translation>โฟลเดอร์สำหรับส่งออก</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <location filename="../ita_desktop/domain/signoff.py" line="47"/>
        <source>Prepared by</source>
        <translation>ผู้จัดทำ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/signoff.py" line="48"/>
        <source>Checked by</source>
        <translation>ผู้ตรวจ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/signoff.py" line="50"/>
        <source>Approved by</source>
        <translation>ผู้อนุมัติ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/signoff.py" line="51"/>
        <source>Signed by</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/signoff.py" line="53"/>
        <source>Minutes taken by</source>
        <translation>ผู้จดรายงานการประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/signoff.py" line="55"/>
        <source>Minutes checked by</source>
        <translation>ผู้ตรวจรายงานการประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/signoff.py" line="57"/>
        <source>Approved by the chair</source>
        <translation>ประธานในที่ประชุม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/signoff.py" line="108"/>
        <source>fiscal year %key</source>
        <translation>ปีงบประมาณ %key</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/signoff.py" line="109"/>
        <source>meeting no. %key</source>
        <translation>การประชุมครั้งที่ %key</translation>
    </message>
    <message>
        <location filename="../ita_desktop/domain/signoff.py" line="110"/>
        <source>order no. %key</source>
        <translation>คำสั่งที่ %key</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../ita_desktop/ui/common/sign_off_dialog.py" line="63"/>
        <source>Sign off</source>
        <translation>ลงนามรับรอง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/sign_off_dialog.py" line="78"/>
        <source>Name and position</source>
        <translation>ชื่อและตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/sign_off_dialog.py" line="79"/>
        <source>Date of signature</source>
        <translation>วันที่ลงนาม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/sign_off_dialog.py" line="134"/>
        <source>%1 signs as %2. This is allowed, but the document then lacks a check by another person.</source>
        <translation>%1 ลงนามในฐานะ %2 ซึ่งทำได้ แต่เอกสารจะขาดการตรวจสอบโดยบุคคลอื่น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/sign_off_dialog.py" line="156"/>
        <source>%1: the date of signature is missing. Type it as, e.g., %2.</source>
        <translation>%1: ยังไม่ได้ระบุวันที่ลงนาม กรุณาระบุวันที่ เช่น %2</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/sign_off_dialog.py" line="173"/>
        <source>The roster is empty: add the signers first.</source>
        <translation>บัญชีรายชื่อยังว่าง: เพิ่มผู้ลงนามก่อน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/sign_off_dialog.py" line="149"/>
        <source>%1: %2. Type it as, e.g., %3.</source>
        <translation>%1: %2 กรุณาระบุวันที่ เช่น %3</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/sign_off_dialog.py" line="153"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../ita_desktop/ui/evidence/start_panel.py" line="22"/>
        <source>Start from the &amp;standard measures</source>
        <translation>เริ่มจากมาตรการมาตรฐาน (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/start_panel.py" line="24"/>
        <source>The measures the seeds list for the unit&apos;s kind: the One Stop Service items, communication and the OIT data, each with its issue and plan to edit</source>
        <translation>มาตรการมาตรฐานตามประเภทหน่วยงาน ได้แก่ จุดบริการ One Stop Service การสื่อสาร และการเปิดเผยข้อมูลสาธารณะ (OIT) แต่ละมาตรการมีประเด็นและแนวทางการดำเนินการให้แก้ไขได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/start_panel.py" line="50"/>
        <source>Fiscal year %1 has no integrity measures yet</source>
        <translation>ปีงบประมาณ %1 ยังไม่มีมาตรการยกระดับคุณธรรมและความโปร่งใส</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/start_panel.py" line="53"/>
        <source>Start from %1&apos;s measures (the same titles, issues, plans and people, without results, photos or meetings) or from the standard ones, then edit them.</source>
        <translation>เริ่มจากมาตรการของปี %1 (ด้าน ประเด็น แนวทาง และผู้รับผิดชอบเดิม โดยไม่รวมผลการดำเนินการ ภาพถ่าย และการประชุม) หรือเริ่มจากมาตรการมาตรฐาน แล้วจึงแก้ไขตามความเหมาะสม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/start_panel.py" line="58"/>
        <source>Start from the standard measures of the unit&apos;s kind, then edit them.</source>
        <translation>เริ่มจากมาตรการมาตรฐานตามประเภทหน่วยงาน แล้วจึงแก้ไขตามความเหมาะสม</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/evidence/start_panel.py" line="62"/>
        <source>Start fr&amp;om %1&apos;s measures</source>
        <translation>เริ่มจากมาตรการของปี %1 (&amp;O)</translation>
    </message>
</context>
<context>
    <name>StartupRestoreDialog</name>
    <message>
        <location filename="../ita_desktop/ui/shell/startup_restore.py" line="58"/>
        <source>The database is damaged</source>
        <translation>ฐานข้อมูลเสียหาย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/startup_restore.py" line="65"/>
        <source>The newest good backup of this file is the copy of %1 (%2). Restore it? Work saved after that copy is not in it. The damaged file is kept in the backups folder as a before-restore copy.</source>
        <translation>สำเนาสำรองล่าสุดที่ใช้ได้ของแฟ้มนี้คือสำเนาของ %1 (%2) ต้องการกู้คืนหรือไม่ ข้อมูลที่บันทึกหลังจากสำเนานั้นจะไม่อยู่ในสำเนา แฟ้มที่เสียหายจะเก็บไว้ในโฟลเดอร์ backups เป็นสำเนาก่อนกู้คืน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/shell/startup_restore.py" line="76"/>
        <source>&amp;Restore the copy of %1</source>
        <translation>กู้คืนสำเนาของ %1 (&amp;R)</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../ita_desktop/ui/oit/step_dialog.py" line="40"/>
        <source>Record a step</source>
        <translation>บันทึกขั้นตอน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/step_dialog.py" line="59"/>
        <source>&amp;Who makes it:</source>
        <translation>ผู้ดำเนินการ (&amp;W):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/step_dialog.py" line="60"/>
        <source>Comment (what to correct):</source>
        <translation>ความเห็น (สิ่งที่ต้องแก้ไข):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/step_dialog.py" line="61"/>
        <source>Comment (if any):</source>
        <translation>ความเห็น (ถ้ามี):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/step_dialog.py" line="63"/>
        <source>Web &amp;address:</source>
        <translation>ที่อยู่เว็บไซต์ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/step_dialog.py" line="65"/>
        <source>Published &amp;on:</source>
        <translation>วันที่เผยแพร่ (&amp;O):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/step_dialog.py" line="139"/>
        <source>Nobody to make this step</source>
        <translation>ไม่มีผู้ดำเนินการขั้นตอนนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/step_dialog.py" line="140"/>
        <source>Nobody holds the duty this step needs on %1: assign a preparer and a controller (the commander is set in the unit&apos;s profile) first.</source>
        <translation>ยังไม่มีผู้มีหน้าที่ดำเนินการขั้นตอนนี้ใน %1 กรุณามอบหมายผู้จัดทำข้อมูลและผู้ควบคุมก่อน (ผู้บังคับบัญชากำหนดไว้ในข้อมูลหน่วยงาน)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/step_dialog.py" line="145"/>
        <source>%1, the deliverable of %2</source>
        <translation>%1 งานรายเดือน %2</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/step_dialog.py" line="147"/>
        <source>%1: from %2 to %3</source>
        <translation>%1: จาก &quot;%2&quot; เป็น &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/step_dialog.py" line="158"/>
        <source>Step not recorded</source>
        <translation>ไม่ได้บันทึกขั้นตอน</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="192"/>
        <source>%1 progress</source>
        <translation>ความคืบหน้า %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="193"/>
        <source>EIT(2) contacts</source>
        <translation>รายชื่อผู้ติดต่อ EIT(2)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="224"/>
        <source>The surveys of fiscal year %1 cannot be shown: %2</source>
        <translation>ไม่สามารถแสดงการสำรวจของปีงบประมาณ %1 ได้: %2</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="256"/>
        <source>the survey figures from ITAP</source>
        <translation>ตัวเลขผลการสำรวจจากระบบ ITAP</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="287"/>
        <source>Export the EIT(2) contacts for ITAP</source>
        <translation>ส่งออกรายชื่อผู้ติดต่อ EIT(2) สำหรับระบบ ITAP</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="288"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="297"/>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="300"/>
        <source>Contacts not exported</source>
        <translation>ไม่ได้ส่งออกรายชื่อผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="301"/>
        <source>%1 could not be written: %2.</source>
        <translation>ไม่สามารถบันทึก %1 ได้: %2</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="303"/>
        <source>Contacts exported</source>
        <translation>ส่งออกรายชื่อผู้ติดต่อแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/surveys_page.py" line="304"/>
        <source>%1 contacts were written to %2 for ITAP&apos;s upload.</source>
        <translation>บันทึกรายชื่อผู้ติดต่อ %1 รายไว้ที่ %2 เพื่อนำเข้าระบบ ITAP แล้ว</translation>
    </message>
</context>
<context>
    <name>ThaiDateField</name>
    <message>
        <location filename="../ita_desktop/ui/common/thai_date_field.py" line="81"/>
        <source>e.g. 28 ก.พ. 2568</source>
        <translation>เช่น 28 ก.พ. 2568</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/common/thai_date_field.py" line="122"/>
        <source>not a date</source>
        <translation>ไม่ใช่วันที่</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="77"/>
        <source>e.g. ตรวจคนเข้าเมืองจังหวัด…</source>
        <translation>เช่น ตรวจคนเข้าเมืองจังหวัด…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="79"/>
        <source>e.g. ตม.จว.…</source>
        <translation>เช่น ตม.จว.…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="99"/>
        <source>Import image…</source>
        <translation>นำเข้ารูปภาพ…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="100"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="114"/>
        <source>Sh&amp;ort name</source>
        <translation>ชื่อย่อ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="115"/>
        <source>&amp;Kind of unit</source>
        <translation>ประเภทหน่วย (&amp;K)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="116"/>
        <source>Parent &amp;bureau</source>
        <translation>หน่วยต้นสังกัด (&amp;B)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="113"/>
        <source>Full &amp;name</source>
        <translation>ชื่อเต็มของหน่วย (&amp;N)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="117"/>
        <source>A&amp;ddress</source>
        <translation>ที่อยู่ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="118"/>
        <source>&amp;Phone</source>
        <translation>โทรศัพท์ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="119"/>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="120"/>
        <source>&amp;Website</source>
        <translation>เว็บไซต์ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="121"/>
        <source>Commandin&amp;g officer</source>
        <translation>หัวหน้าหน่วย (&amp;G)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="122"/>
        <source>Emblem</source>
        <translation>ตราสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="125"/>
        <source>The fact sheet and the roster print this date: the last day the profile, a section head or the roster changed.</source>
        <translation>ข้อมูลพื้นฐานของหน่วยงานและบัญชีรายชื่อกำลังพลจะพิมพ์วันที่นี้ ซึ่งเป็นวันที่ข้อมูลหน่วยงาน หัวหน้าสายงาน หรือบัญชีรายชื่อมีการเปลี่ยนแปลงครั้งล่าสุด</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="127"/>
        <source>Data as of</source>
        <translation>ข้อมูล ณ วันที่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="131"/>
        <source>Section heads</source>
        <translation>หัวหน้าสายงาน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="133"/>
        <source>Choose who heads each section. Until a head is chosen, the fact sheet names the suggested person and marks them with *.</source>
        <translation>โปรดเลือกหัวหน้าของแต่ละสายงาน หากยังไม่ได้เลือก ข้อมูลพื้นฐานของหน่วยงานจะแสดงชื่อผู้ที่เสนอพร้อมเครื่องหมาย *</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="147"/>
        <source>&amp;Save profile</source>
        <translation>บันทึกข้อมูลหน่วย (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="148"/>
        <source>Save the unit profile (Ctrl+S)</source>
        <translation>บันทึกข้อมูลหน่วย (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="149"/>
        <source>Re&amp;vert</source>
        <translation>คืนค่าเดิม (&amp;V)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="155"/>
        <source>Unit profile</source>
        <translation>ข้อมูลหน่วย</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="220"/>
        <source>(not chosen)</source>
        <translation>(ยังไม่ได้เลือก)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="283"/>
        <source>(nothing saved yet)</source>
        <translation>(ยังไม่ได้บันทึกข้อมูล)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="322"/>
        <source>Not confirmed (suggested: %1)</source>
        <translation>ยังไม่ยืนยัน (เสนอ: %1)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="324"/>
        <source>Not confirmed (nobody serves in this section)</source>
        <translation>ยังไม่ยืนยัน (ไม่มีผู้ปฏิบัติงานในสายงานนี้)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="348"/>
        <source>%1: the recorded head, %2, has left the unit. Choose the section&apos;s head again.</source>
        <translation>%1: หัวหน้าสายงานที่บันทึกไว้ (%2) พ้นจากหน่วยแล้ว โปรดเลือกหัวหน้าสายงานใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="354"/>
        <source>%1: the recorded head, %2, is no longer in any section. Choose the section&apos;s head again.</source>
        <translation>%1: หัวหน้าสายงานที่บันทึกไว้ (%2) ไม่ได้สังกัดสายงานใดแล้ว โปรดเลือกหัวหน้าสายงานใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="356"/>
        <source>%1: the recorded head, %2, now serves in %3. Choose the section&apos;s head again.</source>
        <translation>%1: หัวหน้าสายงานที่บันทึกไว้ (%2) ย้ายไปปฏิบัติงานที่%3แล้ว โปรดเลือกหัวหน้าสายงานใหม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="396"/>
        <source>Showing the profile as it is saved now replaces what you typed in the form. Keep what you typed to copy it first.</source>
        <translation>การแสดงข้อมูลหน่วยงานตามที่บันทึกไว้ในขณะนี้จะแทนที่สิ่งที่ท่านพิมพ์ไว้ในแบบฟอร์ม หากต้องการคัดลอกสิ่งที่พิมพ์ไว้ก่อน โปรดเลือก &quot;เก็บสิ่งที่พิมพ์ไว้&quot;</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="408"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="410"/>
        <source>Import the unit&apos;s official emblem once; orders print it at 3 cm. Without one, orders print without an emblem.</source>
        <translation>นำเข้าตราสัญลักษณ์ทางราชการของหน่วยเพียงครั้งเดียว คำสั่งจะพิมพ์ตราสัญลักษณ์ขนาด 3 ซม. หากไม่มี คำสั่งจะพิมพ์โดยไม่มีตราสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="412"/>
        <source>Save the profile first, then import the emblem.</source>
        <translation>กรุณาบันทึกข้อมูลหน่วยก่อน แล้วจึงนำเข้าตราสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="423"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 พิกเซล</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="429"/>
        <source>Import emblem</source>
        <translation>นำเข้าตราสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="430"/>
        <source>Images (%1)</source>
        <translation>รูปภาพ (%1)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="440"/>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="443"/>
        <source>Emblem not imported</source>
        <translation>ไม่ได้นำเข้าตราสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="449"/>
        <source>Remove emblem</source>
        <translation>ลบตราสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="450"/>
        <source>Remove the unit&apos;s emblem?</source>
        <translation>ต้องการลบตราสัญลักษณ์ของหน่วยหรือไม่</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit/unit_form.py" line="456"/>
        <source>Emblem not removed</source>
        <translation>ไม่ได้ลบตราสัญลักษณ์</translation>
    </message>
</context>
<context>
    <name>UnitTab</name>
    <message>
        <location filename="../ita_desktop/ui/unit/tab.py" line="76"/>
        <source>the unit profile</source>
        <translation>ข้อมูลหน่วยงาน</translation>
    </message>
</context>
<context>
    <name>WorkflowPanel</name>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="66"/>
        <source>Monthly deliverables:</source>
        <translation>งานรายเดือน:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="67"/>
        <source>For</source>
        <translation>ของเดือน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="67"/>
        <source>Due</source>
        <translation>กำหนดแล้วเสร็จ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="67"/>
        <source>State</source>
        <translation>สภาพ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="68"/>
        <source>Marks</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="74"/>
        <source>Log:</source>
        <translation>ประวัติการดำเนินการ:</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="75"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="75"/>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="75"/>
        <source>To</source>
        <translation>เป็น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="75"/>
        <source>Who</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="76"/>
        <source>Comment</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="109"/>
        <source>The item itself</source>
        <translation>ตัวรายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="138"/>
        <source>The item</source>
        <translation>รายการนี้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="139"/>
        <source>The deliverable of %1</source>
        <translation>งานรายเดือน %1</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="141"/>
        <source>%1 is %2.</source>
        <translation>%1 สถานะ: %2</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="144"/>
        <source>Published on %1 at %2</source>
        <translation>เผยแพร่เมื่อ %1 ที่ %2</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="164"/>
        <source>No further step: the item is published.</source>
        <translation>ไม่มีขั้นตอนต่อไป รายการนี้เผยแพร่แล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="170"/>
        <source>Start preparing…</source>
        <translation>เริ่มจัดทำข้อมูล…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="171"/>
        <source>Submit for checking…</source>
        <translation>ส่งให้ตรวจสอบ…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="172"/>
        <source>Return with a comment…</source>
        <translation>ส่งกลับพร้อมความเห็น…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="173"/>
        <source>Mark checked…</source>
        <translation>บันทึกว่าตรวจสอบแล้ว…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="174"/>
        <source>Approve…</source>
        <translation>อนุมัติ…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="175"/>
        <source>Record publication…</source>
        <translation>บันทึกการเผยแพร่…</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit/workflow_panel.py" line="184"/>
        <source>Log (%1 changes):</source>
        <translation>ประวัติการดำเนินการ (%1 ครั้ง):</translation>
    </message>
</context>
<context>
    <name>YearPage</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/year_page.py" line="40"/>
        <source>Save for a &amp;phone calendar (.ics)…</source>
        <translation>บันทึกสำหรับปฏิทินในโทรศัพท์ (.ics)… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/year_page.py" line="42"/>
        <source>Every phase, meeting and dated action item of the year as an iCalendar file that phone and desktop calendars import</source>
        <translation>ทุกขั้นตอน การประชุม และเรื่องที่มอบหมายซึ่งมีกำหนดวัน ของทั้งปี เป็นแฟ้ม iCalendar ที่ปฏิทินในโทรศัพท์และคอมพิวเตอร์นำเข้าได้</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/year_page.py" line="62"/>
        <source>Save the year for a phone calendar</source>
        <translation>บันทึกทั้งปีสำหรับปฏิทินในโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/year_page.py" line="63"/>
        <source>iCalendar files (*.ics)</source>
        <translation>แฟ้ม iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/year_page.py" line="73"/>
        <source>Calendar file not saved</source>
        <translation>ไม่ได้บันทึกแฟ้มปฏิทิน</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/year_page.py" line="75"/>
        <source>Calendar file saved</source>
        <translation>บันทึกแฟ้มปฏิทินแล้ว</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/year_page.py" line="76"/>
        <source>%1 events of fiscal year %2 were saved to %3. Open the file on a phone or import it into a calendar program.</source>
        <translation>บันทึก %1 รายการของปีงบประมาณ %2 ไว้ที่ %3 แล้ว เปิดแฟ้มนี้ในโทรศัพท์ หรือนำเข้าในโปรแกรมปฏิทิน</translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message>
        <location filename="../ita_desktop/ui/calendar/year_view.py" line="119"/>
        <source>All kinds</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/year_view.py" line="123"/>
        <source>&amp;Show:</source>
        <translation>แสดง (&amp;S):</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/year_view.py" line="125"/>
        <source>&amp;Today</source>
        <translation>วันนี้ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/year_view.py" line="126"/>
        <source>Show today in the calendar and the first entry of today or after in the list</source>
        <translation>แสดงวันนี้ในปฏิทิน และรายการแรกของวันนี้หรือหลังจากนี้ในรายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/year_view.py" line="187"/>
        <source>%1 late</source>
        <translation>เลยกำหนด %1 รายการ</translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/calendar/year_view.py" line="246"/>
        <source>Nothing on this day.</source>
        <translation>ไม่มีรายการในวันนี้</translation>
    </message>
</context>
</TS>
