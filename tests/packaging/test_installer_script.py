"""The Windows installer: packaging/windows/ita-desktop.iss (Inno Setup 6) and its Thai wizard,
packaging/windows/Thai.isl, checked here without Inno Setup, which runs on Windows only. What a
unit would notice: a wizard message left out of the Thai file (or left in English, or missing the
file name or folder it should show), a shortcut that opens a console window, an installer that
asks for administrator rights, an upgrade that no longer finds the installed copy, an
uninstaller that deletes the year's data, an installer built from another folder than the one
packaging/build_bundle.py makes.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path

import pytest

from ita_desktop.paths import APP_NAME, ORG_NAME, PORTABLE_MARKER

ROOT = Path(__file__).resolve().parent.parent.parent
WINDOWS = ROOT / "packaging" / "windows"
SCRIPT = WINDOWS / "ita-desktop.iss"
THAI = WINDOWS / "Thai.isl"
BOM = b"\xef\xbb\xbf"

# Every message of the English Files/Default.isl of Inno Setup (jrsoftware/issrc), the same from
# 6.5.0 to 6.7.3 (tag is-6_7_3, the newest Inno Setup 6, which Thai.isl was written from), with
# what the running installer fills in or acts on: the arguments %1..%9, the line breaks %n, the
# placeholders [name], [name/ver], [mb], [gb], and & before the letter of a keyboard shortcut.
# "(empty)": empty in English, a note a translation may add or not. An Inno Setup whose
# Default.isl differs needs a new Thai.isl and a new table.
INNO_SETUP = "6.7.3"
MESSAGES_SINCE = (6, 5, 0)
MESSAGES = """
SetupAppTitle
SetupWindowTitle                                 %1
UninstallAppTitle
UninstallAppFullTitle                            %1
InformationTitle
ConfirmTitle
ErrorTitle
SetupLdrStartupMessage                           %1
LdrCannotCreateTemp
LdrCannotExecTemp
HelpTextNote                                     (empty)
LastErrorMessage                                 %1 %2 %3 %n %n
SetupFileMissing                                 %1
SetupFileCorrupt
SetupFileCorruptOrWrongVer
InvalidParameter                                 %1 %n %n
SetupAlreadyRunning
WindowsVersionNotSupported
WindowsServicePackRequired                       %1 %2
NotOnThisPlatform                                %1
OnlyOnThisPlatform                               %1
OnlyOnTheseArchitectures                         %1 %n %n
WinVersionTooLowError                            %1 %2
WinVersionTooHighError                           %1 %2
AdminPrivilegesRequired
PowerUserPrivilegesRequired
SetupAppRunningError                             %1 %n %n
UninstallAppRunningError                         %1 %n %n
PrivilegesRequiredOverrideTitle
PrivilegesRequiredOverrideInstruction
PrivilegesRequiredOverrideText1                  %1
PrivilegesRequiredOverrideText2                  %1
PrivilegesRequiredOverrideAllUsers               &
PrivilegesRequiredOverrideAllUsersRecommended    &
PrivilegesRequiredOverrideCurrentUser            &
PrivilegesRequiredOverrideCurrentUserRecommended &
ErrorCreatingDir                                 %1
ErrorTooManyFilesInDir                           %1
ExitSetupTitle
ExitSetupMessage                                 %n %n %n %n
AboutSetupMenuItem                               &
AboutSetupTitle
AboutSetupMessage                                %1 %1 %2 %3 %4 %n %n %n %n
AboutSetupNote                                   (empty)
TranslatorNote                                   (empty)
ButtonBack                                       &
ButtonNext                                       &
ButtonInstall                                    &
ButtonOK
ButtonCancel
ButtonYes                                        &
ButtonYesToAll                                   &
ButtonNo                                         &
ButtonNoToAll                                    &
ButtonFinish                                     &
ButtonBrowse                                     &
ButtonWizardBrowse                               &
ButtonNewFolder                                  &
SelectLanguageTitle
SelectLanguageLabel
ClickNext
BeveledLabel                                     (empty)
BrowseDialogTitle
BrowseDialogLabel
NewFolderName
WelcomeLabel1                                    [name]
WelcomeLabel2                                    %n %n [name/ver]
WizardPassword
PasswordLabel1
PasswordLabel3
PasswordEditLabel                                &
IncorrectPassword
WizardLicense
LicenseLabel
LicenseLabel3
LicenseAccepted                                  &
LicenseNotAccepted                               &
WizardInfoBefore
InfoBeforeLabel
InfoBeforeClickLabel
WizardInfoAfter
InfoAfterLabel
InfoAfterClickLabel
WizardUserInfo
UserInfoDesc
UserInfoName                                     &
UserInfoOrg                                      &
UserInfoSerial                                   &
UserInfoNameRequired
WizardSelectDir
SelectDirDesc                                    [name]
SelectDirLabel3                                  [name]
SelectDirBrowseLabel
DiskSpaceGBLabel                                 [gb]
DiskSpaceMBLabel                                 [mb]
CannotInstallToNetworkDrive
CannotInstallToUNCPath
InvalidPath                                      %n %n %n %n %n %n
InvalidDrive
DiskSpaceWarningTitle
DiskSpaceWarning                                 %1 %2 %n %n
DirNameTooLong
InvalidDirName
BadDirName32                                     %1 %n %n
DirExistsTitle
DirExists                                        %1 %n %n %n %n
DirDoesntExistTitle
DirDoesntExist                                   %1 %n %n %n %n
WizardSelectComponents
SelectComponentsDesc
SelectComponentsLabel2
FullInstallation
CompactInstallation
CustomInstallation
NoUninstallWarningTitle
NoUninstallWarning                               %1 %n %n %n %n %n %n
ComponentSize1                                   %1
ComponentSize2                                   %1
ComponentsDiskSpaceGBLabel                       [gb]
ComponentsDiskSpaceMBLabel                       [mb]
WizardSelectTasks
SelectTasksDesc
SelectTasksLabel2                                [name]
WizardSelectProgramGroup
SelectStartMenuFolderDesc
SelectStartMenuFolderLabel3
SelectStartMenuFolderBrowseLabel
MustEnterGroupName
GroupNameTooLong
InvalidGroupName
BadGroupName                                     %1 %n %n
NoProgramGroupCheck2                             &
WizardReady
ReadyLabel1                                      [name]
ReadyLabel2a
ReadyLabel2b
ReadyMemoUserInfo
ReadyMemoDir
ReadyMemoType
ReadyMemoComponents
ReadyMemoGroup
ReadyMemoTasks
DownloadingLabel2
ButtonStopDownload                               &
StopDownload
ErrorDownloadAborted
ErrorDownloadFailed                              %1 %2
ErrorDownloadSizeFailed                          %1 %2
ErrorProgress                                    %1 %2
ErrorFileSize                                    %1 %2
ExtractingLabel
ButtonStopExtraction                             &
StopExtraction
ErrorExtractionAborted
ErrorExtractionFailed                            %1
ArchiveIncorrectPassword
ArchiveIsCorrupted
ArchiveUnsupportedFormat
WizardPreparing
PreparingDesc                                    [name]
PreviousInstallNotCompleted                      %n %n [name]
CannotContinue
ApplicationsFound
ApplicationsFound2
CloseApplications                                &
DontCloseApplications                            &
ErrorCloseApplications
PrepareToInstallNeedsRestart                     %n %n [name]
WizardInstalling
InstallingLabel                                  [name]
FinishedHeadingLabel                             [name]
FinishedLabelNoIcons                             [name]
FinishedLabel                                    [name]
ClickFinish
FinishedRestartLabel                             [name]
FinishedRestartMessage                           %n %n [name]
ShowReadmeCheck
YesRadio                                         &
NoRadio                                          &
RunEntryExec                                     %1
RunEntryShellExec                                %1
ChangeDiskTitle
SelectDiskLabel2                                 %1 %n %n
PathLabel                                        &
FileNotInDir2                                    %1 %2
SelectDirectoryLabel
SetupAborted                                     %n %n
AbortRetryIgnoreSelectAction
AbortRetryIgnoreRetry                            &
AbortRetryIgnoreIgnore                           &
AbortRetryIgnoreCancel
RetryCancelSelectAction
RetryCancelRetry                                 &
RetryCancelCancel
StatusClosingApplications
StatusCreateDirs
StatusExtractFiles
StatusDownloadFiles
StatusCreateIcons
StatusCreateIniEntries
StatusCreateRegistryEntries
StatusRegisterFiles
StatusSavingUninstall
StatusRunProgram
StatusRestartingApplications
StatusRollback
ErrorInternal2                                   %1
ErrorFunctionFailedNoCode                        %1
ErrorFunctionFailed                              %1 %2
ErrorFunctionFailedWithMessage                   %1 %2 %3 %n
ErrorExecutingProgram                            %1 %n
ErrorRegOpenKey                                  %1 %2 %n
ErrorRegCreateKey                                %1 %2 %n
ErrorRegWriteKey                                 %1 %2 %n
ErrorIniEntry                                    %1
FileAbortRetryIgnoreSkipNotRecommended           &
FileAbortRetryIgnoreIgnoreNotRecommended         &
SourceIsCorrupted
SourceDoesntExist                                %1
SourceVerificationFailed                         %1
VerificationSignatureDoesntExist                 %1
VerificationSignatureInvalid                     %1
VerificationKeyNotFound                          %1
VerificationFileNameIncorrect
VerificationFileTagIncorrect
VerificationFileSizeIncorrect
VerificationFileHashIncorrect
ExistingFileReadOnly2
ExistingFileReadOnlyRetry                        &
ExistingFileReadOnlyKeepExisting                 &
ErrorReadingExistingDest
FileExistsSelectAction
FileExists2
FileExistsOverwriteExisting                      &
FileExistsKeepExisting                           &
FileExistsOverwriteOrKeepAll                     &
ExistingFileNewerSelectAction
ExistingFileNewer2
ExistingFileNewerOverwriteExisting               &
ExistingFileNewerKeepExisting                    &
ExistingFileNewerOverwriteOrKeepAll              &
ErrorChangingAttr
ErrorCreatingTemp
ErrorReadingSource
ErrorCopying
ErrorDownloading
ErrorExtracting
ErrorReplacingExistingFile
ErrorRestartReplace
ErrorRenamingTemp
ErrorRegisterServer                              %1
ErrorRegSvr32Failed                              %1
ErrorRegisterTypeLib                             %1
UninstallDisplayNameMark                         %1 %2
UninstallDisplayNameMarks                        %1 %2 %3
UninstallDisplayNameMark32Bit
UninstallDisplayNameMark64Bit
UninstallDisplayNameMarkAllUsers
UninstallDisplayNameMarkCurrentUser
ErrorOpeningReadme
ErrorRestartingComputer
UninstallNotFound                                %1
UninstallOpenError                               %1
UninstallUnsupportedVer                          %1
UninstallUnknownEntry                            %1
ConfirmUninstall                                 %1
UninstallOnlyOnWin64
OnlyAdminCanUninstall
UninstallStatusLabel                             %1
UninstalledAll                                   %1
UninstalledMost                                  %1 %n %n
UninstalledAndNeedsRestart                       %1 %n %n
UninstallDataCorrupted                           %1
ConfirmDeleteSharedFileTitle
ConfirmDeleteSharedFile2                         %n %n
SharedFileNameLabel
SharedFileLocationLabel
WizardUninstalling
StatusUninstalling                               %1
ShutdownBlockReasonInstallingApp                 %1
ShutdownBlockReasonUninstallingApp               %1
"""
# Default.isl's [CustomMessages]: not used by Inno Setup itself, but by scripts (ours uses
# CreateDesktopIcon, AdditionalIcons, UninstallProgram and LaunchProgram).
DEFAULT_CUSTOM_MESSAGES = """
NameAndVersion                   %1 %2
AdditionalIcons
CreateDesktopIcon                &
CreateQuickLaunchIcon            &
ProgramOnTheWeb                  %1
UninstallProgram                 %1
LaunchProgram                    %1
AssocFileExtension               %1 %2 &
AssocingFileExtension            %1 %2
AutoStartProgramGroupDescription
AutoStartProgram                 %1
AddonHostProgramNotFound         %1 %n %n
"""
APP_ID = "{{6A0B8D1F-D2E7-45CC-A7C4-EAE0C7971D4B}"
MARKS = re.compile(r"%[1-9]|%n|\[name/ver\]|\[name\]|\[mb\]|\[gb\]")
# Words that stay as they are in Thai: units after a number
UNTRANSLATED_WORDS = {"KB", "MB", "GB"}
THAI_LETTER = re.compile(r"[\u0e01-\u0e5b]")


def table(text: str) -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for line in text.strip().splitlines():
        name, *marks = line.split()
        rows[name] = marks
    return rows


def marks(value: str) -> list[str]:
    if value == "":
        return ["(empty)"]
    found = sorted(MARKS.findall(value))
    if "&" in value:
        found.append("&")
    return found


def sections(text: str) -> dict[str, list[str]]:
    """The lines of each [Section] of an .iss or .isl (the Pascal of [Code] too), without
    comments, blank lines and preprocessor lines."""
    found: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith((";", "#")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", stripped)
        if header:
            current = header.group(1)
            assert current not in found, f"[{current}] twice"
            found[current] = []
        else:
            assert current is not None, f"a line before the first section: {line!r}"
            found[current].append(stripped)
    return found


def key_values(lines: list[str]) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for line in lines:
        key, equals, value = line.partition("=")
        assert equals, f"not key=value: {line!r}"
        assert key not in pairs, f"{key} twice"
        pairs[key] = value
    return pairs


def entries(lines: list[str]) -> list[dict[str, str]]:
    """Entries of [Files], [Icons] and the like: ``Name: "value"; Flags: a b`` per line."""
    found = []
    for line in lines:
        params = {name: value[1:-1].replace('""', '"') if value.startswith('"') else value.strip()
                  for name, value in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)}
        assert params, f"not an entry: {line!r}"
        found.append(params)
    return found


def iss_text() -> str:
    """The script with its literal #defines put in place of their {#Name}."""
    text = SCRIPT.read_text(encoding="utf-8")
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"$', text, re.MULTILINE))
    return re.sub(r"\{#(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), text)


@pytest.fixture(scope="module")
def iss() -> dict[str, list[str]]:
    return sections(iss_text())


@pytest.fixture(scope="module")
def setup(iss) -> dict[str, str]:
    return key_values(iss["Setup"])


@pytest.fixture(scope="module")
def thai() -> dict[str, list[str]]:
    raw = THAI.read_bytes()
    return sections(raw.removeprefix(BOM).decode("utf-8"))


def build_bundle():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_bundle",
                                                  ROOT / "packaging" / "build_bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def spec_programs() -> dict[str, bool]:
    """The executables build.spec makes: their names, and whether each has a console."""
    programs = {}
    for node in ast.walk(ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "EXE":
            keywords = {keyword.arg: keyword.value for keyword in node.keywords}
            programs[ast.literal_eval(keywords["name"])] = ast.literal_eval(keywords["console"])
    return programs


def test_thai_isl_is_utf8_with_a_byte_order_mark() -> None:
    """Without the mark an Inno Setup 6 before 6.3 reads the file in the PC's code page and the
    wizard shows mojibake."""
    raw = THAI.read_bytes()
    assert raw.startswith(BOM)
    raw.decode("utf-8")


def test_every_message_of_inno_setup_is_in_thai(thai) -> None:
    """All of Default.isl's messages and custom messages, and no other: a message missing or
    unknown is one the compiler warns about and the wizard shows untranslated."""
    messages = key_values(thai["Messages"])
    custom = key_values(thai["CustomMessages"])
    assert len(table(MESSAGES)) == 281 and len(table(DEFAULT_CUSTOM_MESSAGES)) == 12
    against = f"the messages of Inno Setup {INNO_SETUP}"
    assert sorted(set(table(MESSAGES)) - set(messages)) == [], f"missing from {against}"
    assert sorted(set(messages) - set(table(MESSAGES))) == [], f"not among {against}"
    assert sorted(set(table(DEFAULT_CUSTOM_MESSAGES)) ^ set(custom)) == [], against


def test_thai_messages_are_thai_and_keep_what_the_installer_fills_in(thai) -> None:
    """No message empty (but those empty in English), none left in English, each with the
    same arguments, line breaks and placeholders as the English one (the file name, folder
    or size it shows), and one keyboard shortcut where the English has one."""
    translated = key_values(thai["Messages"]) | key_values(thai["CustomMessages"])
    expected = table(MESSAGES) | table(DEFAULT_CUSTOM_MESSAGES)
    for name, value in translated.items():
        if expected[name] == ["(empty)"]:  # a note the translation may add, or not
            assert marks(value) in (["(empty)"], []), f"{name}={value}"
        else:
            assert marks(value) == expected[name], f"{name}={value}"
        if "&" in expected[name]:
            assert value.count("&") == 1 and re.search(r"\(&[A-Z]\)", value), name
        words = set(re.findall(r"[A-Za-z]{2,}", MARKS.sub("", value))) - UNTRANSLATED_WORDS
        if value and not THAI_LETTER.search(value):
            assert not words, f"{name} is not in Thai: {value}"


def test_thai_language_options(thai) -> None:
    """The language Windows calls Thai, so that a Thai Windows preselects the Thai wizard."""
    options = key_values(thai["LangOptions"])
    assert options["LanguageID"] == "$041E"
    assert options["LanguageCodePage"] == "874"
    assert THAI_LETTER.search(options["LanguageName"])


def test_the_script_asks_for_the_inno_setup_of_those_messages() -> None:
    required = re.search(r"^#if Ver < EncodeVer\((\d+), (\d+), (\d+)\)$",
                         SCRIPT.read_text(encoding="utf-8"), re.MULTILINE)
    assert required is not None
    assert tuple(int(part) for part in required.groups()) == MESSAGES_SINCE


def test_a_thai_and_an_english_wizard(iss, setup) -> None:
    languages = {entry["Name"]: entry["MessagesFile"] for entry in entries(iss["Languages"])}
    assert languages == {"thai": r"packaging\windows\Thai.isl",
                         "english": "compiler:Default.isl"}
    assert setup["ShowLanguageDialog"] == "yes"
    # relative to SourceDir, the top of the repository
    assert (ROOT / languages["thai"].replace("\\", "/")) == THAI


def test_every_custom_message_exists_in_both_languages(iss, thai) -> None:
    """Each {cm:...} the script uses, and each custom message it defines, says something in
    Thai and in English."""
    defined = {"english": set(table(DEFAULT_CUSTOM_MESSAGES)),
               "thai": set(key_values(thai["CustomMessages"]))}
    own = key_values(iss["CustomMessages"])
    for key, value in own.items():
        language, dot, name = key.partition(".")
        assert dot and language in defined, f"{key}: for which language?"
        assert value.strip(), key
        defined[language].add(name)
    names = {key.partition(".")[2] for key in own}
    assert all(name in defined["english"] and name in defined["thai"] for name in names)
    used = set(re.findall(r"\{cm:(\w+)", iss_text())) | set(
        re.findall(r"CustomMessage\('(\w+)'\)", "\n".join(iss["Code"])))
    assert used, "the script uses no custom message"
    assert sorted(used - defined["english"]) == [] and sorted(used - defined["thai"]) == []
    for name in names:
        assert marks(own[f"thai.{name}"]) == marks(own[f"english.{name}"]), name


def test_the_installer_is_made_of_the_bundle_build_bundle_makes(iss, setup) -> None:
    bundle = build_bundle().BUNDLE
    files = entries(iss["Files"])
    (program,) = [entry for entry in files if entry["Source"].startswith("dist\\")]
    assert program["Source"] == f"dist\\{bundle}\\*"
    assert program["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs", "ignoreversion"} <= set(
        program["Flags"].split())
    # an installed copy is never a portable one
    assert program["Excludes"] == f"\\{PORTABLE_MARKER}"
    assert re.search(rf'^#define BundleDir RepoRoot \+ "\\dist\\{bundle}"$',
                     SCRIPT.read_text(encoding="utf-8"), re.MULTILINE)
    assert setup["OutputDir"] == "dist"
    assert setup["OutputBaseFilename"] == f"{bundle}-{{#AppVersion}}-setup"


def test_paths_are_relative_to_the_top_of_the_repository(iss, setup) -> None:
    """SourceDir is this file's folder two levels up, so `iscc packaging\\windows\\...` works from
    anywhere; every file the script names is found from there."""
    root = re.search(r"^#define RepoRoot (.*)$", SCRIPT.read_text(encoding="utf-8"),
                     re.MULTILINE)
    assert root is not None
    levels = len(SCRIPT.parent.relative_to(ROOT).parts)
    assert root.group(1).count("ExtractFileDir(") == levels
    assert setup["SourceDir"] == "{#RepoRoot}"
    named = [setup["SetupIconFile"]] + [entry["Source"] for entry in entries(iss["Files"])
                                        if not entry["Source"].startswith("dist\\")]
    for path in named:
        assert (ROOT / path.replace("\\", "/")).is_file(), path


def test_per_user_without_administrator_rights(iss, setup) -> None:
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"] == f"{{autopf}}\\{APP_NAME}"
    text = iss_text()
    for machine_wide in ("{commonpf", "{commonprograms}", "{commondesktop}", "HKLM"):
        assert machine_wide not in text


def test_upgrades_find_the_installed_copy(setup) -> None:
    """The AppId is the installed copy's key in the registry: changed, the next installer
    would install a second copy beside the first instead of upgrading it."""
    assert setup["AppId"] == APP_ID


def test_the_start_menu_opens_the_program_without_a_console(iss) -> None:
    programs = spec_programs()
    (window,) = [name for name, console in programs.items() if not console]
    icons = entries(iss["Icons"])
    start_menu = [icon for icon in icons if icon["Name"] == f"{{group}}\\{APP_NAME}"]
    assert [icon["Filename"] for icon in start_menu] == [f"{{app}}\\{window}.exe"]
    (desktop,) = [icon for icon in icons if icon["Name"].startswith("{autodesktop}")]
    assert desktop["Filename"] == f"{{app}}\\{window}.exe"
    assert desktop["Tasks"] == "desktopicon"
    (task,) = entries(iss["Tasks"])
    assert task["Name"] == "desktopicon" and "unchecked" in task["Flags"].split()
    (run,) = entries(iss["Run"])
    assert run["Filename"] == f"{{app}}\\{window}.exe"
    assert {"postinstall", "nowait", "skipifsilent"} <= set(run["Flags"].split())
    assert [icon for icon in icons if icon["Filename"] == "{uninstallexe}"]
    # the version is read from the console program, the one build_bundle.py checks
    (console,) = [name for name, console in programs.items() if console]
    assert re.search(rf'^#define ConsoleExe "{console}\.exe"$',
                     SCRIPT.read_text(encoding="utf-8"), re.MULTILINE)


def test_the_uninstaller_keeps_the_users_data(iss) -> None:
    """Only the program's own folder is ever deleted, and the uninstaller names the data
    folder it leaves: the one ita_desktop/paths.py keeps the database in on Windows."""
    assert "UninstallDelete" not in iss
    for entry in entries(iss.get("InstallDelete", [])):
        assert entry["Name"].startswith("{app}\\"), entry
    code = "\n".join(iss["Code"])
    assert f"'{{userappdata}}\\{ORG_NAME}\\{APP_NAME}'" in code
    assert "DelTree" not in code and "DeleteFile" not in code


def test_icons_64_bit_mode_compression_and_style(setup) -> None:
    """The icon in Settings › Apps, 64-bit Windows only (the bundle is 64-bit), one solid
    LZMA2 stream (the smallest installer), the modern wizard."""
    assert setup["UninstallDisplayIcon"] == "{app}\\ita-desktop.ico"
    assert setup["SetupIconFile"] == r"resources\icons\ita-desktop.ico"
    assert setup["ArchitecturesAllowed"] == setup["ArchitecturesInstallIn64BitMode"] == \
        "x64compatible"
    assert (setup["Compression"], setup["SolidCompression"]) == ("lzma2", "yes")
    assert setup["WizardStyle"] == "modern"
