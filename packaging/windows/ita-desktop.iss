; Inno Setup 6 script of the ITA Desktop installer: a per-user installation that needs no
; administrator rights (units' office PCs and checkpoint laptops rarely give them), with a Thai
; and an English wizard.
;
; Build the bundle first (packaging\build_bundle.py makes dist\ita-desktop\), then, from the
; top of the repository:
;
;     iscc packaging\windows\ita-desktop.iss
;
; which writes dist\ita-desktop-<version>-setup.exe. The version is read from the built
; program; /DAppVersion=1.2.3 on the iscc command line sets it instead. README.md, "Windows",
; says the whole way.
;
; Inno Setup 6.5.0 or newer: Thai.isl translates exactly the messages of 6.5.0 to 6.7.3; an
; older compiler's wizard has messages of its own, which Thai.isl would leave untranslated.
;
; tests/packaging/test_installer_script.py reads this file and Thai.isl: keep them plain
; enough for it (one entry a line, "Name: value" parameters).

#if Ver < EncodeVer(6, 5, 0)
  #error Inno Setup 6.5.0 or newer is needed (packaging\windows\Thai.isl has the messages of 6.5.0 to 6.7.3)
#endif

#define AppName "ITA Desktop"
; Every path below is relative to the top of the repository, found from this file's folder, so
; the script compiles from whatever folder iscc is started in.
#define RepoRoot ExtractFileDir(ExtractFileDir(RemoveBackslashUnlessRoot(SourcePath)))
; The one-folder bundle packaging\build_bundle.py writes (its BUNDLE, under its default --dist)
#define BundleDir RepoRoot + "\dist\ita-desktop"
; build.spec makes two programs of the same code: the console one for the command line, and
; the one without a console for the Start menu (a console one would open a black window
; behind the program's).
#define ConsoleExe "ita-desktop.exe"
#define WindowExe "ITA Desktop.exe"

#if !FileExists(BundleDir + "\" + ConsoleExe)
  #error dist\ita-desktop\ita-desktop.exe is missing: build the bundle first with .venv\Scripts\python packaging\build_bundle.py
#endif
; The numeric version of the executable ("0.1.0.0") names the installer's own version
; resource; the installer's name carries the program's version as the program says it
; ("0.1.0", its ProductVersion, which build.spec writes from ita_desktop.__version__), the same
; as in the portable .zip's name.
#define FileVersionNumbers GetVersionNumbersString(BundleDir + "\" + ConsoleExe)
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + ConsoleExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error The version of dist\ita-desktop\ita-desktop.exe cannot be read: pass it with /DAppVersion=...
#endif

[Setup]
; Fixed for good: an installer of a later version finds the installed copy by this id (and
; installs over it, in the same folder, with the same Start-menu entry). The doubled brace
; keeps the first one from starting a constant.
AppId={{6A0B8D1F-D2E7-45CC-A7C4-EAE0C7971D4B}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#FileVersionNumbers}
SourceDir={#RepoRoot}
OutputDir=dist
OutputBaseFilename=ita-desktop-{#AppVersion}-setup
SetupIconFile=resources\icons\ita-desktop.ico
; The icon of the entry in Settings › Apps (installed by [Files] below)
UninstallDisplayIcon={app}\ita-desktop.ico
UninstallDisplayName={#AppName}
; Per user, never administrator: the program goes to %LOCALAPPDATA%\Programs\ITA Desktop
; ({autopf} is the user's Program Files in this mode), its Start-menu entry and its
; uninstaller entry to the user's profile. No PrivilegesRequiredOverridesAllowed: the
; installer never offers to install for all users.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; The bundle holds 64-bit Python and Qt; Qt 6 runs on Windows 10 version 1809 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The language is asked at the start; the one preselected is Windows' own display language
; (Thai on a Thai Windows), else the first of [Languages].
ShowLanguageDialog=yes
LanguageDetectionMethod=uilanguage

[Languages]
Name: "thai"; MessagesFile: "packaging\windows\Thai.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.AppComment=The work of the unit's ITA working committee
thai.AppComment=งานของคณะทำงาน ITA ของหน่วยงาน
english.DataKept=Your ITA Desktop data (the database and its backups) is kept in:%n%n%1%n%nA new installation of ITA Desktop finds it there again. Delete the folder yourself only if the data is no longer needed.
thai.DataKept=ข้อมูลของ ITA Desktop (ฐานข้อมูลและสำเนาสำรอง) ยังคงจัดเก็บไว้ที่:%n%n%1%n%nเมื่อติดตั้ง ITA Desktop ใหม่ โปรแกรมจะใช้ข้อมูลชุดนี้ต่อได้ โปรดลบโฟลเดอร์ดังกล่าวด้วยตนเองเฉพาะเมื่อไม่ต้องการใช้ข้อมูลนั้นแล้ว

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole of the previous version's Python and Qt: a library the new
; bundle no longer has would otherwise stay beside the new ones and could be loaded instead.
; Only this folder, which the installer itself made.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole bundle, as built. Never its portable marker: an installed copy keeps its data in
; the user's data folder, where the uninstaller does not reach.
Source: "dist\ita-desktop\*"; DestDir: "{app}"; Excludes: "\portable.txt"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "resources\icons\ita-desktop.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#WindowExe}"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#WindowExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#WindowExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes what the installer put in place (the program's folder, the
; shortcuts, its own entry) and nothing else: no [UninstallDelete] entry. The user's data -
; the database, its backups and the crash log in %APPDATA%\ITA Desktop\ITA Desktop\
; (ita_desktop\paths.py) - stays, so that uninstalling, or installing again, never costs a
; unit its year's work. The uninstaller says where the data is.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataFolder: String;
begin
  DataFolder := ExpandConstant('{userappdata}\ITA Desktop\ITA Desktop');
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent and DirExists(DataFolder) then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder]), mbInformation, MB_OK);
end;
