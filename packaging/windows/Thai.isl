; *** Inno Setup 6.5.0+ Thai messages, for the ITA Desktop installer ***
;
; Written for ITA Desktop in the polite, official Thai of a government office: every message
; key of the English Default.isl of Inno Setup 6.5.0 to 6.7.3 (the same 281 messages and 12
; custom messages). tests/packaging/test_installer_script.py holds that key list and checks
; this file against it.
;
; Thai ends sentences with a space, not a period, and a question is asked with "หรือไม่"
; rather than a question mark, so neither is added at the end of a message. The keyboard
; shortcut of a button or option is the English letter in parentheses, "(&N)", as Windows
; itself does for Thai: Alt with a Thai letter would need the Thai keyboard layout.
;
; Saved as UTF-8 with a byte order mark, which every Inno Setup 6 reads as UTF-8.

[LangOptions]
LanguageName=ไทย
LanguageID=$041E
LanguageCodePage=874
; Windows' own Thai interface font (Windows 10 and 11): Segoe UI, Inno Setup's default, has
; no Thai letters and leaves them to font linking, which draws them small and uneven.
DialogFontName=Leelawadee UI
DialogFontSize=9
WelcomeFontName=Leelawadee UI
WelcomeFontSize=14

[Messages]

; *** Application titles
SetupAppTitle=โปรแกรมติดตั้ง
SetupWindowTitle=โปรแกรมติดตั้ง - %1
UninstallAppTitle=ถอนการติดตั้ง
UninstallAppFullTitle=ถอนการติดตั้ง %1

; *** Misc. common
InformationTitle=ข้อมูล
ConfirmTitle=ยืนยัน
ErrorTitle=ข้อผิดพลาด

; *** SetupLdr messages
SetupLdrStartupMessage=โปรแกรมนี้จะติดตั้ง %1 ต้องการดำเนินการต่อหรือไม่
LdrCannotCreateTemp=ไม่สามารถสร้างไฟล์ชั่วคราวได้ การติดตั้งถูกยกเลิก
LdrCannotExecTemp=ไม่สามารถเรียกใช้ไฟล์ในโฟลเดอร์ชั่วคราวได้ การติดตั้งถูกยกเลิก
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1%n%nข้อผิดพลาด %2: %3
SetupFileMissing=ไม่พบไฟล์ %1 ในโฟลเดอร์ของโปรแกรมติดตั้ง โปรดแก้ไขปัญหาหรือขอรับสำเนาโปรแกรมชุดใหม่
SetupFileCorrupt=ไฟล์ของโปรแกรมติดตั้งเสียหาย โปรดขอรับสำเนาโปรแกรมชุดใหม่
SetupFileCorruptOrWrongVer=ไฟล์ของโปรแกรมติดตั้งเสียหาย หรือใช้ร่วมกับโปรแกรมติดตั้งรุ่นนี้ไม่ได้ โปรดแก้ไขปัญหาหรือขอรับสำเนาโปรแกรมชุดใหม่
InvalidParameter=มีการส่งพารามิเตอร์ที่ไม่ถูกต้องทางบรรทัดคำสั่ง:%n%n%1
SetupAlreadyRunning=โปรแกรมติดตั้งกำลังทำงานอยู่แล้ว
WindowsVersionNotSupported=โปรแกรมนี้ไม่รองรับ Windows รุ่นที่ใช้อยู่ในเครื่องคอมพิวเตอร์นี้
WindowsServicePackRequired=โปรแกรมนี้ต้องใช้ %1 Service Pack %2 หรือใหม่กว่า
NotOnThisPlatform=โปรแกรมนี้ไม่สามารถทำงานบน %1 ได้
OnlyOnThisPlatform=โปรแกรมนี้ต้องทำงานบน %1
OnlyOnTheseArchitectures=โปรแกรมนี้ติดตั้งได้เฉพาะบน Windows ที่ออกแบบสำหรับหน่วยประมวลผลสถาปัตยกรรมต่อไปนี้เท่านั้น:%n%n%1
WinVersionTooLowError=โปรแกรมนี้ต้องใช้ %1 รุ่น %2 หรือใหม่กว่า
WinVersionTooHighError=โปรแกรมนี้ไม่สามารถติดตั้งบน %1 รุ่น %2 หรือใหม่กว่าได้
AdminPrivilegesRequired=ท่านต้องเข้าสู่ระบบในฐานะผู้ดูแลระบบจึงจะติดตั้งโปรแกรมนี้ได้
PowerUserPrivilegesRequired=ท่านต้องเข้าสู่ระบบในฐานะผู้ดูแลระบบ หรือสมาชิกของกลุ่ม Power Users จึงจะติดตั้งโปรแกรมนี้ได้
SetupAppRunningError=โปรแกรมติดตั้งตรวจพบว่า %1 กำลังทำงานอยู่%n%nโปรดปิดทุกหน้าต่างของโปรแกรมดังกล่าวในขณะนี้ แล้วคลิก ตกลง เพื่อดำเนินการต่อ หรือคลิก ยกเลิก เพื่อออก
UninstallAppRunningError=โปรแกรมถอนการติดตั้งตรวจพบว่า %1 กำลังทำงานอยู่%n%nโปรดปิดทุกหน้าต่างของโปรแกรมดังกล่าวในขณะนี้ แล้วคลิก ตกลง เพื่อดำเนินการต่อ หรือคลิก ยกเลิก เพื่อออก

; *** Startup questions
PrivilegesRequiredOverrideTitle=เลือกรูปแบบการติดตั้ง
PrivilegesRequiredOverrideInstruction=เลือกรูปแบบการติดตั้ง
PrivilegesRequiredOverrideText1=%1 สามารถติดตั้งสำหรับผู้ใช้ทุกคน (ต้องใช้สิทธิ์ผู้ดูแลระบบ) หรือสำหรับท่านเท่านั้น
PrivilegesRequiredOverrideText2=%1 สามารถติดตั้งสำหรับท่านเท่านั้น หรือสำหรับผู้ใช้ทุกคน (ต้องใช้สิทธิ์ผู้ดูแลระบบ)
PrivilegesRequiredOverrideAllUsers=ติดตั้งสำหรับผู้ใช้ทุกคน (&A)
PrivilegesRequiredOverrideAllUsersRecommended=ติดตั้งสำหรับผู้ใช้ทุกคน (แนะนำ) (&A)
PrivilegesRequiredOverrideCurrentUser=ติดตั้งสำหรับข้าพเจ้าเท่านั้น (&M)
PrivilegesRequiredOverrideCurrentUserRecommended=ติดตั้งสำหรับข้าพเจ้าเท่านั้น (แนะนำ) (&M)

; *** Misc. errors
ErrorCreatingDir=โปรแกรมติดตั้งไม่สามารถสร้างโฟลเดอร์ "%1" ได้
ErrorTooManyFilesInDir=ไม่สามารถสร้างไฟล์ในโฟลเดอร์ "%1" ได้ เนื่องจากโฟลเดอร์มีไฟล์อยู่มากเกินไป

; *** Setup common messages
ExitSetupTitle=ออกจากโปรแกรมติดตั้ง
ExitSetupMessage=การติดตั้งยังไม่เสร็จสมบูรณ์ หากออกในขณะนี้ โปรแกรมจะไม่ถูกติดตั้ง%n%nท่านสามารถเรียกใช้โปรแกรมติดตั้งอีกครั้งในภายหลังเพื่อติดตั้งให้เสร็จสมบูรณ์%n%nต้องการออกจากโปรแกรมติดตั้งหรือไม่
AboutSetupMenuItem=เกี่ยวกับโปรแกรมติดตั้ง (&A)...
AboutSetupTitle=เกี่ยวกับโปรแกรมติดตั้ง
AboutSetupMessage=%1 รุ่น %2%n%3%n%nเว็บไซต์ของ %1:%n%4
AboutSetupNote=
TranslatorNote=ฉบับภาษาไทยจัดทำสำหรับโปรแกรม ITA Desktop

; *** Buttons
ButtonBack=< ย้อนกลับ (&B)
ButtonNext=ถัดไป (&N) >
ButtonInstall=ติดตั้ง (&I)
ButtonOK=ตกลง
ButtonCancel=ยกเลิก
ButtonYes=ใช่ (&Y)
ButtonYesToAll=ใช่ทั้งหมด (&A)
ButtonNo=ไม่ใช่ (&N)
ButtonNoToAll=ไม่ใช่ทั้งหมด (&O)
ButtonFinish=เสร็จสิ้น (&F)
ButtonBrowse=เรียกดู (&B)...
ButtonWizardBrowse=เรียกดู (&R)...
ButtonNewFolder=สร้างโฟลเดอร์ใหม่ (&M)

; *** "Select Language" dialog messages
SelectLanguageTitle=เลือกภาษาของโปรแกรมติดตั้ง
SelectLanguageLabel=เลือกภาษาที่จะใช้ระหว่างการติดตั้ง

; *** Common wizard text
ClickNext=คลิก ถัดไป เพื่อดำเนินการต่อ หรือคลิก ยกเลิก เพื่อออกจากโปรแกรมติดตั้ง
BeveledLabel=
BrowseDialogTitle=เลือกโฟลเดอร์
BrowseDialogLabel=เลือกโฟลเดอร์จากรายการด้านล่าง แล้วคลิก ตกลง
NewFolderName=โฟลเดอร์ใหม่

; *** "Welcome" wizard page
WelcomeLabel1=ยินดีต้อนรับสู่ตัวช่วยติดตั้ง [name]
WelcomeLabel2=โปรแกรมนี้จะติดตั้ง [name/ver] ลงในเครื่องคอมพิวเตอร์ของท่าน%n%nขอแนะนำให้ปิดโปรแกรมอื่นทั้งหมดก่อนดำเนินการต่อ

; *** "Password" wizard page
WizardPassword=รหัสผ่าน
PasswordLabel1=การติดตั้งนี้ได้รับการป้องกันด้วยรหัสผ่าน
PasswordLabel3=โปรดระบุรหัสผ่าน แล้วคลิก ถัดไป เพื่อดำเนินการต่อ รหัสผ่านแยกตัวพิมพ์ใหญ่และตัวพิมพ์เล็ก
PasswordEditLabel=รหัสผ่าน (&P):
IncorrectPassword=รหัสผ่านที่ระบุไม่ถูกต้อง โปรดลองอีกครั้ง

; *** "License Agreement" wizard page
WizardLicense=ข้อตกลงการใช้สิทธิ์
LicenseLabel=โปรดอ่านข้อมูลสำคัญต่อไปนี้ก่อนดำเนินการต่อ
LicenseLabel3=โปรดอ่านข้อตกลงการใช้สิทธิ์ต่อไปนี้ ท่านต้องยอมรับข้อตกลงนี้ก่อนจึงจะดำเนินการติดตั้งต่อได้
LicenseAccepted=ข้าพเจ้ายอมรับข้อตกลง (&A)
LicenseNotAccepted=ข้าพเจ้าไม่ยอมรับข้อตกลง (&D)

; *** "Information" wizard pages
WizardInfoBefore=ข้อมูล
InfoBeforeLabel=โปรดอ่านข้อมูลสำคัญต่อไปนี้ก่อนดำเนินการต่อ
InfoBeforeClickLabel=เมื่อพร้อมดำเนินการติดตั้งต่อ ให้คลิก ถัดไป
WizardInfoAfter=ข้อมูล
InfoAfterLabel=โปรดอ่านข้อมูลสำคัญต่อไปนี้ก่อนดำเนินการต่อ
InfoAfterClickLabel=เมื่อพร้อมดำเนินการติดตั้งต่อ ให้คลิก ถัดไป

; *** "User Information" wizard page
WizardUserInfo=ข้อมูลผู้ใช้
UserInfoDesc=โปรดกรอกข้อมูลของท่าน
UserInfoName=ชื่อผู้ใช้ (&U):
UserInfoOrg=หน่วยงาน (&O):
UserInfoSerial=หมายเลขประจำผลิตภัณฑ์ (&S):
UserInfoNameRequired=ท่านต้องกรอกชื่อ

; *** "Select Destination Location" wizard page
WizardSelectDir=เลือกตำแหน่งที่จะติดตั้ง
SelectDirDesc=ต้องการติดตั้ง [name] ไว้ที่ใด
SelectDirLabel3=โปรแกรมติดตั้งจะติดตั้ง [name] ลงในโฟลเดอร์ต่อไปนี้
SelectDirBrowseLabel=คลิก ถัดไป เพื่อดำเนินการต่อ หากต้องการเลือกโฟลเดอร์อื่น ให้คลิก เรียกดู
DiskSpaceGBLabel=ต้องมีพื้นที่ว่างในดิสก์อย่างน้อย [gb] GB
DiskSpaceMBLabel=ต้องมีพื้นที่ว่างในดิสก์อย่างน้อย [mb] MB
CannotInstallToNetworkDrive=โปรแกรมติดตั้งไม่สามารถติดตั้งลงในไดรฟ์เครือข่ายได้
CannotInstallToUNCPath=โปรแกรมติดตั้งไม่สามารถติดตั้งลงในเส้นทางแบบ UNC ได้
InvalidPath=ท่านต้องระบุเส้นทางแบบเต็มพร้อมอักษรระบุไดรฟ์ เช่น%n%nC:\APP%n%nหรือเส้นทางแบบ UNC ในรูปแบบ%n%n\\server\share
InvalidDrive=ไม่พบไดรฟ์หรือโฟลเดอร์ที่ใช้ร่วมกันแบบ UNC ที่เลือก หรือไม่สามารถเข้าถึงได้ โปรดเลือกตำแหน่งอื่น
DiskSpaceWarningTitle=พื้นที่ว่างในดิสก์ไม่เพียงพอ
DiskSpaceWarning=โปรแกรมติดตั้งต้องใช้พื้นที่ว่างอย่างน้อย %1 KB แต่ไดรฟ์ที่เลือกมีพื้นที่ว่างเพียง %2 KB%n%nต้องการดำเนินการต่อหรือไม่
DirNameTooLong=ชื่อโฟลเดอร์หรือเส้นทางยาวเกินไป
InvalidDirName=ชื่อโฟลเดอร์ไม่ถูกต้อง
BadDirName32=ชื่อโฟลเดอร์ต้องไม่มีอักขระต่อไปนี้:%n%n%1
DirExistsTitle=มีโฟลเดอร์นี้อยู่แล้ว
DirExists=โฟลเดอร์:%n%n%1%n%nมีอยู่แล้ว ต้องการติดตั้งลงในโฟลเดอร์นี้ต่อไปหรือไม่
DirDoesntExistTitle=ไม่มีโฟลเดอร์นี้
DirDoesntExist=โฟลเดอร์:%n%n%1%n%nยังไม่มีอยู่ ต้องการให้สร้างโฟลเดอร์นี้หรือไม่

; *** "Select Components" wizard page
WizardSelectComponents=เลือกส่วนประกอบ
SelectComponentsDesc=ต้องการติดตั้งส่วนประกอบใดบ้าง
SelectComponentsLabel2=เลือกส่วนประกอบที่ต้องการติดตั้ง และยกเลิกการเลือกส่วนประกอบที่ไม่ต้องการติดตั้ง เมื่อพร้อมดำเนินการต่อ ให้คลิก ถัดไป
FullInstallation=ติดตั้งแบบเต็ม
CompactInstallation=ติดตั้งแบบกะทัดรัด
CustomInstallation=ติดตั้งแบบกำหนดเอง
NoUninstallWarningTitle=มีส่วนประกอบอยู่แล้ว
NoUninstallWarning=โปรแกรมติดตั้งตรวจพบว่าส่วนประกอบต่อไปนี้ติดตั้งอยู่ในเครื่องคอมพิวเตอร์ของท่านแล้ว:%n%n%1%n%nการยกเลิกการเลือกส่วนประกอบเหล่านี้จะไม่ถอนการติดตั้งส่วนประกอบดังกล่าว%n%nต้องการดำเนินการต่อหรือไม่
ComponentSize1=%1 KB
ComponentSize2=%1 MB
ComponentsDiskSpaceGBLabel=ส่วนประกอบที่เลือกไว้ต้องใช้พื้นที่ในดิสก์อย่างน้อย [gb] GB
ComponentsDiskSpaceMBLabel=ส่วนประกอบที่เลือกไว้ต้องใช้พื้นที่ในดิสก์อย่างน้อย [mb] MB

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=เลือกงานเพิ่มเติม
SelectTasksDesc=ต้องการให้ดำเนินการงานเพิ่มเติมใดบ้าง
SelectTasksLabel2=เลือกงานเพิ่มเติมที่ต้องการให้โปรแกรมติดตั้งดำเนินการระหว่างติดตั้ง [name] แล้วคลิก ถัดไป

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=เลือกโฟลเดอร์ในเมนูเริ่ม
SelectStartMenuFolderDesc=ต้องการให้โปรแกรมติดตั้งสร้างทางลัดของโปรแกรมไว้ที่ใด
SelectStartMenuFolderLabel3=โปรแกรมติดตั้งจะสร้างทางลัดของโปรแกรมไว้ในโฟลเดอร์ต่อไปนี้ของเมนูเริ่ม
SelectStartMenuFolderBrowseLabel=คลิก ถัดไป เพื่อดำเนินการต่อ หากต้องการเลือกโฟลเดอร์อื่น ให้คลิก เรียกดู
MustEnterGroupName=ท่านต้องระบุชื่อโฟลเดอร์
GroupNameTooLong=ชื่อโฟลเดอร์หรือเส้นทางยาวเกินไป
InvalidGroupName=ชื่อโฟลเดอร์ไม่ถูกต้อง
BadGroupName=ชื่อโฟลเดอร์ต้องไม่มีอักขระต่อไปนี้:%n%n%1
NoProgramGroupCheck2=ไม่ต้องสร้างโฟลเดอร์ในเมนูเริ่ม (&D)

; *** "Ready to Install" wizard page
WizardReady=พร้อมติดตั้ง
ReadyLabel1=โปรแกรมติดตั้งพร้อมเริ่มติดตั้ง [name] ลงในเครื่องคอมพิวเตอร์ของท่านแล้ว
ReadyLabel2a=คลิก ติดตั้ง เพื่อดำเนินการติดตั้งต่อ หรือคลิก ย้อนกลับ หากต้องการตรวจสอบหรือเปลี่ยนแปลงการตั้งค่า
ReadyLabel2b=คลิก ติดตั้ง เพื่อดำเนินการติดตั้งต่อ
ReadyMemoUserInfo=ข้อมูลผู้ใช้:
ReadyMemoDir=ตำแหน่งที่ติดตั้ง:
ReadyMemoType=รูปแบบการติดตั้ง:
ReadyMemoComponents=ส่วนประกอบที่เลือก:
ReadyMemoGroup=โฟลเดอร์ในเมนูเริ่ม:
ReadyMemoTasks=งานเพิ่มเติม:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel2=กำลังดาวน์โหลดไฟล์...
ButtonStopDownload=หยุดดาวน์โหลด (&S)
StopDownload=ท่านแน่ใจหรือไม่ว่าต้องการหยุดการดาวน์โหลด
ErrorDownloadAborted=การดาวน์โหลดถูกยกเลิก
ErrorDownloadFailed=ดาวน์โหลดไม่สำเร็จ: %1 %2
ErrorDownloadSizeFailed=ไม่สามารถตรวจสอบขนาดไฟล์ได้: %1 %2
ErrorProgress=ความคืบหน้าไม่ถูกต้อง: %1 จาก %2
ErrorFileSize=ขนาดไฟล์ไม่ถูกต้อง: ควรเป็น %1 แต่พบ %2

; *** TExtractionWizardPage wizard page and ExtractArchive
ExtractingLabel=กำลังแตกไฟล์...
ButtonStopExtraction=หยุดแตกไฟล์ (&S)
StopExtraction=ท่านแน่ใจหรือไม่ว่าต้องการหยุดการแตกไฟล์
ErrorExtractionAborted=การแตกไฟล์ถูกยกเลิก
ErrorExtractionFailed=แตกไฟล์ไม่สำเร็จ: %1

; *** Archive extraction failure details
ArchiveIncorrectPassword=รหัสผ่านไม่ถูกต้อง
ArchiveIsCorrupted=ไฟล์บีบอัดเสียหาย
ArchiveUnsupportedFormat=ไม่รองรับรูปแบบของไฟล์บีบอัดนี้

; *** "Preparing to Install" wizard page
WizardPreparing=กำลังเตรียมการติดตั้ง
PreparingDesc=โปรแกรมติดตั้งกำลังเตรียมการติดตั้ง [name] ลงในเครื่องคอมพิวเตอร์ของท่าน
PreviousInstallNotCompleted=การติดตั้งหรือถอนการติดตั้งโปรแกรมครั้งก่อนยังไม่เสร็จสมบูรณ์ ท่านต้องเริ่มระบบเครื่องคอมพิวเตอร์ใหม่เพื่อให้การดำเนินการนั้นเสร็จสมบูรณ์%n%nเมื่อเริ่มระบบใหม่แล้ว โปรดเรียกใช้โปรแกรมติดตั้งอีกครั้งเพื่อติดตั้ง [name] ให้เสร็จสมบูรณ์
CannotContinue=โปรแกรมติดตั้งไม่สามารถดำเนินการต่อได้ โปรดคลิก ยกเลิก เพื่อออก
ApplicationsFound=โปรแกรมต่อไปนี้กำลังใช้ไฟล์ที่โปรแกรมติดตั้งต้องปรับปรุง ขอแนะนำให้อนุญาตให้โปรแกรมติดตั้งปิดโปรแกรมเหล่านี้โดยอัตโนมัติ
ApplicationsFound2=โปรแกรมต่อไปนี้กำลังใช้ไฟล์ที่โปรแกรมติดตั้งต้องปรับปรุง ขอแนะนำให้อนุญาตให้โปรแกรมติดตั้งปิดโปรแกรมเหล่านี้โดยอัตโนมัติ เมื่อติดตั้งเสร็จแล้ว โปรแกรมติดตั้งจะพยายามเปิดโปรแกรมเหล่านี้ขึ้นใหม่
CloseApplications=ปิดโปรแกรมเหล่านี้โดยอัตโนมัติ (&A)
DontCloseApplications=ไม่ต้องปิดโปรแกรมเหล่านี้ (&D)
ErrorCloseApplications=โปรแกรมติดตั้งไม่สามารถปิดโปรแกรมทั้งหมดได้โดยอัตโนมัติ ขอแนะนำให้ปิดโปรแกรมทั้งหมดที่กำลังใช้ไฟล์ซึ่งโปรแกรมติดตั้งต้องปรับปรุง ก่อนดำเนินการต่อ
PrepareToInstallNeedsRestart=โปรแกรมติดตั้งต้องเริ่มระบบเครื่องคอมพิวเตอร์ของท่านใหม่ เมื่อเริ่มระบบใหม่แล้ว โปรดเรียกใช้โปรแกรมติดตั้งอีกครั้งเพื่อติดตั้ง [name] ให้เสร็จสมบูรณ์%n%nต้องการเริ่มระบบใหม่ในขณะนี้หรือไม่

; *** "Installing" wizard page
WizardInstalling=กำลังติดตั้ง
InstallingLabel=โปรดรอสักครู่ ขณะที่โปรแกรมติดตั้งกำลังติดตั้ง [name] ลงในเครื่องคอมพิวเตอร์ของท่าน

; *** "Setup Completed" wizard page
FinishedHeadingLabel=เสร็จสิ้นการติดตั้ง [name]
FinishedLabelNoIcons=โปรแกรมติดตั้งได้ติดตั้ง [name] ลงในเครื่องคอมพิวเตอร์ของท่านเรียบร้อยแล้ว
FinishedLabel=โปรแกรมติดตั้งได้ติดตั้ง [name] ลงในเครื่องคอมพิวเตอร์ของท่านเรียบร้อยแล้ว ท่านสามารถเปิดโปรแกรมได้จากทางลัดที่ติดตั้งไว้
ClickFinish=คลิก เสร็จสิ้น เพื่อออกจากโปรแกรมติดตั้ง
FinishedRestartLabel=โปรแกรมติดตั้งต้องเริ่มระบบเครื่องคอมพิวเตอร์ของท่านใหม่ เพื่อให้การติดตั้ง [name] เสร็จสมบูรณ์ ต้องการเริ่มระบบใหม่ในขณะนี้หรือไม่
FinishedRestartMessage=โปรแกรมติดตั้งต้องเริ่มระบบเครื่องคอมพิวเตอร์ของท่านใหม่ เพื่อให้การติดตั้ง [name] เสร็จสมบูรณ์%n%nต้องการเริ่มระบบใหม่ในขณะนี้หรือไม่
ShowReadmeCheck=ใช่ ข้าพเจ้าต้องการอ่านไฟล์ README
YesRadio=ใช่ เริ่มระบบเครื่องคอมพิวเตอร์ใหม่ในขณะนี้ (&Y)
NoRadio=ไม่ใช่ ข้าพเจ้าจะเริ่มระบบเครื่องคอมพิวเตอร์ใหม่ภายหลัง (&N)
RunEntryExec=เรียกใช้ %1
RunEntryShellExec=เปิดดู %1

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=โปรแกรมติดตั้งต้องการแผ่นดิสก์แผ่นถัดไป
SelectDiskLabel2=โปรดใส่แผ่นดิสก์ที่ %1 แล้วคลิก ตกลง%n%nหากไฟล์ในแผ่นดิสก์นี้อยู่ในโฟลเดอร์อื่นที่ไม่ใช่โฟลเดอร์ที่แสดงด้านล่าง โปรดระบุเส้นทางที่ถูกต้องหรือคลิก เรียกดู
PathLabel=เส้นทาง (&P):
FileNotInDir2=ไม่พบไฟล์ "%1" ใน "%2" โปรดใส่แผ่นดิสก์ที่ถูกต้องหรือเลือกโฟลเดอร์อื่น
SelectDirectoryLabel=โปรดระบุตำแหน่งของแผ่นดิสก์แผ่นถัดไป

; *** Installation phase messages
SetupAborted=การติดตั้งไม่เสร็จสมบูรณ์%n%nโปรดแก้ไขปัญหาแล้วเรียกใช้โปรแกรมติดตั้งอีกครั้ง
AbortRetryIgnoreSelectAction=เลือกการดำเนินการ
AbortRetryIgnoreRetry=ลองอีกครั้ง (&T)
AbortRetryIgnoreIgnore=ข้ามข้อผิดพลาดและดำเนินการต่อ (&I)
AbortRetryIgnoreCancel=ยกเลิกการติดตั้ง
RetryCancelSelectAction=เลือกการดำเนินการ
RetryCancelRetry=ลองอีกครั้ง (&T)
RetryCancelCancel=ยกเลิก

; *** Installation status messages
StatusClosingApplications=กำลังปิดโปรแกรม...
StatusCreateDirs=กำลังสร้างโฟลเดอร์...
StatusExtractFiles=กำลังแตกไฟล์...
StatusDownloadFiles=กำลังดาวน์โหลดไฟล์...
StatusCreateIcons=กำลังสร้างทางลัด...
StatusCreateIniEntries=กำลังสร้างรายการในไฟล์ INI...
StatusCreateRegistryEntries=กำลังสร้างรายการในรีจิสทรี...
StatusRegisterFiles=กำลังลงทะเบียนไฟล์...
StatusSavingUninstall=กำลังบันทึกข้อมูลสำหรับการถอนการติดตั้ง...
StatusRunProgram=กำลังดำเนินการติดตั้งขั้นสุดท้าย...
StatusRestartingApplications=กำลังเปิดโปรแกรมขึ้นใหม่...
StatusRollback=กำลังยกเลิกการเปลี่ยนแปลง...

; *** Misc. errors
ErrorInternal2=ข้อผิดพลาดภายใน: %1
ErrorFunctionFailedNoCode=%1 ไม่สำเร็จ
ErrorFunctionFailed=%1 ไม่สำเร็จ รหัส %2
ErrorFunctionFailedWithMessage=%1 ไม่สำเร็จ รหัส %2%n%3
ErrorExecutingProgram=ไม่สามารถเรียกใช้ไฟล์:%n%1

; *** Registry errors
ErrorRegOpenKey=เกิดข้อผิดพลาดในการเปิดคีย์รีจิสทรี:%n%1\%2
ErrorRegCreateKey=เกิดข้อผิดพลาดในการสร้างคีย์รีจิสทรี:%n%1\%2
ErrorRegWriteKey=เกิดข้อผิดพลาดในการเขียนคีย์รีจิสทรี:%n%1\%2

; *** INI errors
ErrorIniEntry=เกิดข้อผิดพลาดในการสร้างรายการ INI ในไฟล์ "%1"

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=ข้ามไฟล์นี้ (ไม่แนะนำ) (&S)
FileAbortRetryIgnoreIgnoreNotRecommended=ข้ามข้อผิดพลาดและดำเนินการต่อ (ไม่แนะนำ) (&I)
SourceIsCorrupted=ไฟล์ต้นฉบับเสียหาย
SourceDoesntExist=ไม่มีไฟล์ต้นฉบับ "%1"
SourceVerificationFailed=การตรวจสอบไฟล์ต้นฉบับไม่ผ่าน: %1
VerificationSignatureDoesntExist=ไม่มีไฟล์ลายมือชื่อ "%1"
VerificationSignatureInvalid=ไฟล์ลายมือชื่อ "%1" ไม่ถูกต้อง
VerificationKeyNotFound=ไฟล์ลายมือชื่อ "%1" ใช้กุญแจที่ไม่รู้จัก
VerificationFileNameIncorrect=ชื่อของไฟล์ไม่ถูกต้อง
VerificationFileTagIncorrect=แท็กของไฟล์ไม่ถูกต้อง
VerificationFileSizeIncorrect=ขนาดของไฟล์ไม่ถูกต้อง
VerificationFileHashIncorrect=ค่าแฮชของไฟล์ไม่ถูกต้อง
ExistingFileReadOnly2=ไม่สามารถแทนที่ไฟล์ที่มีอยู่ได้ เนื่องจากไฟล์ถูกกำหนดให้อ่านได้อย่างเดียว
ExistingFileReadOnlyRetry=นำแอตทริบิวต์อ่านอย่างเดียวออกแล้วลองอีกครั้ง (&R)
ExistingFileReadOnlyKeepExisting=เก็บไฟล์ที่มีอยู่ไว้ (&K)
ErrorReadingExistingDest=เกิดข้อผิดพลาดขณะอ่านไฟล์ที่มีอยู่:
FileExistsSelectAction=เลือกการดำเนินการ
FileExists2=มีไฟล์นี้อยู่แล้ว
FileExistsOverwriteExisting=เขียนทับไฟล์ที่มีอยู่ (&O)
FileExistsKeepExisting=เก็บไฟล์ที่มีอยู่ไว้ (&K)
FileExistsOverwriteOrKeepAll=ใช้การเลือกนี้กับไฟล์ที่ซ้ำกันรายการถัดไป (&D)
ExistingFileNewerSelectAction=เลือกการดำเนินการ
ExistingFileNewer2=ไฟล์ที่มีอยู่ใหม่กว่าไฟล์ที่โปรแกรมติดตั้งกำลังจะติดตั้ง
ExistingFileNewerOverwriteExisting=เขียนทับไฟล์ที่มีอยู่ (&O)
ExistingFileNewerKeepExisting=เก็บไฟล์ที่มีอยู่ไว้ (แนะนำ) (&K)
ExistingFileNewerOverwriteOrKeepAll=ใช้การเลือกนี้กับไฟล์ที่ซ้ำกันรายการถัดไป (&D)
ErrorChangingAttr=เกิดข้อผิดพลาดขณะเปลี่ยนแอตทริบิวต์ของไฟล์ที่มีอยู่:
ErrorCreatingTemp=เกิดข้อผิดพลาดขณะสร้างไฟล์ในโฟลเดอร์ปลายทาง:
ErrorReadingSource=เกิดข้อผิดพลาดขณะอ่านไฟล์ต้นฉบับ:
ErrorCopying=เกิดข้อผิดพลาดขณะคัดลอกไฟล์:
ErrorDownloading=เกิดข้อผิดพลาดขณะดาวน์โหลดไฟล์:
ErrorExtracting=เกิดข้อผิดพลาดขณะแตกไฟล์บีบอัด:
ErrorReplacingExistingFile=เกิดข้อผิดพลาดขณะแทนที่ไฟล์ที่มีอยู่:
ErrorRestartReplace=การแทนที่ไฟล์เมื่อเริ่มระบบใหม่ (RestartReplace) ไม่สำเร็จ:
ErrorRenamingTemp=เกิดข้อผิดพลาดขณะเปลี่ยนชื่อไฟล์ในโฟลเดอร์ปลายทาง:
ErrorRegisterServer=ไม่สามารถลงทะเบียน DLL/OCX: %1
ErrorRegSvr32Failed=RegSvr32 ทำงานไม่สำเร็จ รหัสสิ้นสุด %1
ErrorRegisterTypeLib=ไม่สามารถลงทะเบียนไลบรารีชนิดข้อมูล (type library): %1

; *** Uninstall display name markings
UninstallDisplayNameMark=%1 (%2)
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32 บิต
UninstallDisplayNameMark64Bit=64 บิต
UninstallDisplayNameMarkAllUsers=ผู้ใช้ทุกคน
UninstallDisplayNameMarkCurrentUser=ผู้ใช้ปัจจุบัน

; *** Post-installation errors
ErrorOpeningReadme=เกิดข้อผิดพลาดขณะเปิดไฟล์ README
ErrorRestartingComputer=โปรแกรมติดตั้งไม่สามารถเริ่มระบบเครื่องคอมพิวเตอร์ใหม่ได้ โปรดดำเนินการด้วยตนเอง

; *** Uninstaller messages
UninstallNotFound=ไม่มีไฟล์ "%1" ไม่สามารถถอนการติดตั้งได้
UninstallOpenError=ไม่สามารถเปิดไฟล์ "%1" ได้ ไม่สามารถถอนการติดตั้งได้
UninstallUnsupportedVer=ไฟล์บันทึกการถอนการติดตั้ง "%1" อยู่ในรูปแบบที่โปรแกรมถอนการติดตั้งรุ่นนี้ไม่รู้จัก ไม่สามารถถอนการติดตั้งได้
UninstallUnknownEntry=พบรายการที่ไม่รู้จัก (%1) ในไฟล์บันทึกการถอนการติดตั้ง
ConfirmUninstall=ท่านแน่ใจหรือไม่ว่าต้องการนำ %1 และส่วนประกอบทั้งหมดออกจากเครื่องคอมพิวเตอร์โดยสมบูรณ์
UninstallOnlyOnWin64=การติดตั้งนี้ถอนการติดตั้งได้บน Windows 64 บิตเท่านั้น
OnlyAdminCanUninstall=การติดตั้งนี้ถอนการติดตั้งได้โดยผู้ใช้ที่มีสิทธิ์ผู้ดูแลระบบเท่านั้น
UninstallStatusLabel=โปรดรอสักครู่ ขณะที่กำลังนำ %1 ออกจากเครื่องคอมพิวเตอร์ของท่าน
UninstalledAll=นำ %1 ออกจากเครื่องคอมพิวเตอร์ของท่านเรียบร้อยแล้ว
UninstalledMost=ถอนการติดตั้ง %1 เสร็จสิ้น%n%nมีบางรายการที่ไม่สามารถนำออกได้ ท่านสามารถนำรายการเหล่านั้นออกได้ด้วยตนเอง
UninstalledAndNeedsRestart=ต้องเริ่มระบบเครื่องคอมพิวเตอร์ของท่านใหม่ เพื่อให้การถอนการติดตั้ง %1 เสร็จสมบูรณ์%n%nต้องการเริ่มระบบใหม่ในขณะนี้หรือไม่
UninstallDataCorrupted=ไฟล์ "%1" เสียหาย ไม่สามารถถอนการติดตั้งได้

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=ลบไฟล์ที่ใช้ร่วมกันหรือไม่
ConfirmDeleteSharedFile2=ระบบแจ้งว่าไฟล์ที่ใช้ร่วมกันต่อไปนี้ไม่มีโปรแกรมใดใช้งานแล้ว ต้องการให้โปรแกรมถอนการติดตั้งลบไฟล์ที่ใช้ร่วมกันนี้หรือไม่%n%nหากยังมีโปรแกรมใดใช้ไฟล์นี้อยู่และไฟล์ถูกลบ โปรแกรมนั้นอาจทำงานไม่ถูกต้อง หากไม่แน่ใจ ให้เลือก ไม่ใช่ การเก็บไฟล์ไว้ในระบบจะไม่ก่อให้เกิดความเสียหายใด ๆ
SharedFileNameLabel=ชื่อไฟล์:
SharedFileLocationLabel=ตำแหน่ง:
WizardUninstalling=สถานะการถอนการติดตั้ง
StatusUninstalling=กำลังถอนการติดตั้ง %1...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=กำลังติดตั้ง %1
ShutdownBlockReasonUninstallingApp=กำลังถอนการติดตั้ง %1

[CustomMessages]

NameAndVersion=%1 รุ่น %2
AdditionalIcons=ทางลัดเพิ่มเติม:
CreateDesktopIcon=สร้างทางลัดบนเดสก์ท็อป (&D)
CreateQuickLaunchIcon=สร้างทางลัดในแถบเปิดด่วน (Quick Launch) (&Q)
ProgramOnTheWeb=%1 บนเว็บไซต์
UninstallProgram=ถอนการติดตั้ง %1
LaunchProgram=เปิดโปรแกรม %1
AssocFileExtension=เชื่อมโยง %1 กับไฟล์นามสกุล %2 (&A)
AssocingFileExtension=กำลังเชื่อมโยง %1 กับไฟล์นามสกุล %2...
AutoStartProgramGroupDescription=เริ่มทำงานอัตโนมัติ:
AutoStartProgram=เริ่มการทำงานของ %1 โดยอัตโนมัติ
AddonHostProgramNotFound=ไม่พบ %1 ในโฟลเดอร์ที่เลือก%n%nต้องการดำเนินการต่อหรือไม่
