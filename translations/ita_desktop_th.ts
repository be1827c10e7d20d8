<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>FrameworkTab</name>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="88"/>
        <source>&amp;Start this year&apos;s framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="105"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="105"/>
        <source>Sub-indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="105"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="105"/>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="106"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="106"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="112"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="112"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="112"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="112"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="114"/>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="115"/>
        <source>&amp;Edit item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="116"/>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="117"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="118"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="134"/>
        <source>OIT items (open data published on the unit&apos;s website)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="140"/>
        <source>Assessment calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="178"/>
        <source>Framework unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="181"/>
        <source>Fiscal year %1 has no ITA framework yet. Start it from the unit&apos;s previous year, or from the framework that comes with the program; then edit its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="194"/>
        <source>Weights: %1. Minimum samples: %2. EIT(1) quotas: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="203"/>
        <source>%1 OIT items; their points add up to %2, the OIT weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="209"/>
        <source>%1 OIT items; points add up to %2, the OIT weight is %3. The framework cannot be exported until they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="266"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="277"/>
        <location filename="../ita_desktop/ui/framework_tab.py" line="300"/>
        <source>Cannot start the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="285"/>
        <location filename="../ita_desktop/ui/framework_tab.py" line="292"/>
        <source>Start a new fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="286"/>
        <source>Fiscal year (B.E.) to start from the latest framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="293"/>
        <source>Fiscal year %1 already has a framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="346"/>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="347"/>
        <source>Remove %1 &quot;%2&quot; from the framework of fiscal year %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="356"/>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="363"/>
        <location filename="../ita_desktop/ui/framework_tab.py" line="376"/>
        <location filename="../ita_desktop/ui/framework_tab.py" line="385"/>
        <source>Import framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="364"/>
        <source>ITA frameworks (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="371"/>
        <source>Framework not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="372"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="377"/>
        <source>This framework is for &apos;%1&apos; units, but this unit uses &apos;%2&apos;. Import it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="386"/>
        <source>Replace the framework of fiscal year %1 with the one in the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="396"/>
        <location filename="../ita_desktop/ui/framework_tab.py" line="403"/>
        <source>Export framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="397"/>
        <source>The selected fiscal year has no framework yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="404"/>
        <source>ITA frameworks (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="411"/>
        <source>Framework not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="413"/>
        <source>Framework exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/framework_tab.py" line="414"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="63"/>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="66"/>
        <source>&amp;Fiscal year (B.E.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="82"/>
        <source>&amp;Unit &amp;&amp; people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="83"/>
        <source>ITA &amp;framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="98"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="99"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="101"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="103"/>
        <source>Save a &amp;backup copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="105"/>
        <source>&amp;Save unit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="107"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="110"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="113"/>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="114"/>
        <source>Start a &amp;new fiscal year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="116"/>
        <source>&amp;Import framework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="117"/>
        <source>&amp;Export framework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="119"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="120"/>
        <source>&amp;About ITA Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="178"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="179"/>
        <source>The unit profile has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="204"/>
        <location filename="../ita_desktop/ui/main_window.py" line="211"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="205"/>
        <location filename="../ita_desktop/ui/main_window.py" line="229"/>
        <source>ITA Desktop databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="212"/>
        <source>&apos;%1&apos; already exists. Use Open database to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="219"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="220"/>
        <source>ITA Desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="227"/>
        <source>Save a backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="235"/>
        <location filename="../ita_desktop/ui/main_window.py" line="244"/>
        <source>Backup not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="236"/>
        <source>Choose another file than the open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="246"/>
        <source>Backup saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="247"/>
        <source>A full copy of the database was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="271"/>
        <source>The database was upgraded; a copy from before is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="277"/>
        <source>About ITA Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/main_window.py" line="278"/>
        <source>ITA Desktop %1

The yearly ITA paperwork of a police station or immigration unit, kept offline in one file.

Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OitItemDialog</name>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="70"/>
        <source>Edit OIT item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="70"/>
        <source>Add OIT item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="80"/>
        <source>One required component per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="84"/>
        <source>By a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="85"/>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="86"/>
        <source>Kept up to date (no deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="90"/>
        <source>day </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="91"/>
        <source> of the next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="93"/>
        <source>as printed, e.g. ดำเนินการเสร็จสิ้น ภายใน ก.พ.68</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="101"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="102"/>
        <source>&amp;Sub-indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="103"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="104"/>
        <source>&amp;Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="105"/>
        <source>&amp;File formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="106"/>
        <source>&amp;Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="107"/>
        <source>Due &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="108"/>
        <source>Report &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="109"/>
        <source>Deadline &amp;wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="110"/>
        <source>&amp;Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="159"/>
        <source>The due date cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="162"/>
        <source>Type the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="166"/>
        <source>Points must be a number such as 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="46"/>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="46"/>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="53"/>
        <source>Female officer (หญิง)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="54"/>
        <source>Acting rank (ว่าที่)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="62"/>
        <source>e.g. รองสารวัตรตรวจคนเข้าเมืองจังหวัด…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="65"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="80"/>
        <source>&amp;Rank or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="82"/>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="83"/>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="84"/>
        <source>&amp;Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="85"/>
        <source>Position (a&amp;bbreviated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="86"/>
        <source>&amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="87"/>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="88"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="89"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="90"/>
        <source>Printed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="185"/>
        <source>Same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/person_dialog.py" line="186"/>
        <source>%1 is already in the roster. Add this entry anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../ita_desktop/ui/roster_import_dialog.py" line="47"/>
        <source>Import roster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_import_dialog.py" line="54"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_import_dialog.py" line="54"/>
        <source>Rank and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_import_dialog.py" line="54"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_import_dialog.py" line="54"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_import_dialog.py" line="55"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_import_dialog.py" line="68"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_import_dialog.py" line="70"/>
        <source>&amp;Reload file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_import_dialog.py" line="71"/>
        <source>Read the file again after correcting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_import_dialog.py" line="102"/>
        <source>This file cannot be imported. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_import_dialog.py" line="117"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_import_dialog.py" line="129"/>
        <source>%1 people are ready to import from &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_import_dialog.py" line="135"/>
        <source>%1 problem(s) on %2 row(s). Nothing will be imported until the file is corrected; correct it in Excel, save it, and press Reload file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_import_dialog.py" line="142"/>
        <source>Columns not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="80"/>
        <source>Search name, position, phone… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="84"/>
        <source>All ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="87"/>
        <source>Show people who have left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="90"/>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="92"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="94"/>
        <location filename="../ita_desktop/ui/roster_panel.py" line="205"/>
        <source>Mark as &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="96"/>
        <source>&amp;Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="97"/>
        <source>Save import &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="98"/>
        <source>E&amp;xport to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="151"/>
        <source>%1 shown; %2 serving, %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="160"/>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="203"/>
        <source>Mark as &amp;serving again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="246"/>
        <source>Mark as left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="247"/>
        <source>%1 has left the unit? They stay in the roster&apos;s history and in past documents, but are no longer offered for new work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="262"/>
        <location filename="../ita_desktop/ui/roster_panel.py" line="306"/>
        <location filename="../ita_desktop/ui/roster_panel.py" line="319"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="266"/>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="267"/>
        <location filename="../ita_desktop/ui/roster_panel.py" line="290"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="284"/>
        <source>Roster imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="285"/>
        <source>%1 people were added to the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="298"/>
        <source>Save roster template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="309"/>
        <source>Export roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="321"/>
        <source>Roster exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_panel.py" line="322"/>
        <source>%1 people written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../ita_desktop/ui/roster_model.py" line="66"/>
        <source>Rank and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_model.py" line="67"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_model.py" line="68"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_model.py" line="69"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_model.py" line="70"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_model.py" line="71"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_model.py" line="86"/>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_model.py" line="88"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/roster_model.py" line="90"/>
        <source>Left %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ita_desktop/ui/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/settings_dialog.py" line="35"/>
        <source>Thai digits (๑๒๓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/settings_dialog.py" line="36"/>
        <source>Arabic digits (123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/settings_dialog.py" line="39"/>
        <source>your home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/settings_dialog.py" line="40"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/settings_dialog.py" line="46"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/settings_dialog.py" line="47"/>
        <source>&amp;Digits in documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/settings_dialog.py" line="48"/>
        <source>&amp;Folder for exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/settings_dialog.py" line="59"/>
        <source>Folder for exports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThaiDateField</name>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="36"/>
        <source>e.g. 28 ก.พ. 2568</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/oit_item_dialog.py" line="57"/>
        <source>not a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="49"/>
        <source>e.g. ตรวจคนเข้าเมืองจังหวัด…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="51"/>
        <source>e.g. ตม.จว.…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="68"/>
        <source>Import image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="69"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="82"/>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="83"/>
        <source>S&amp;hort name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="84"/>
        <source>&amp;Kind of unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="85"/>
        <source>&amp;Parent bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="86"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="87"/>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="88"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="89"/>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="90"/>
        <source>&amp;Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="91"/>
        <source>Emblem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="97"/>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="98"/>
        <source>Save the unit profile (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="99"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="105"/>
        <source>Unit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="144"/>
        <source>(not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="214"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="216"/>
        <source>Import the unit&apos;s official emblem once; orders print it at 3 cm. Without one, orders print without an emblem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="218"/>
        <source>Save the profile first, then import the emblem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="226"/>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="231"/>
        <source>Import emblem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="232"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="240"/>
        <source>Emblem not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="245"/>
        <source>Remove emblem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ita_desktop/ui/unit_form.py" line="246"/>
        <source>Remove the unit&apos;s emblem?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
