; Inno Setup script: the Windows installer for Payout Desk (built by .github/workflows/windows-installer.yml).
; Input: build\dist\payout-desk\ made by `pyinstaller packaging\payout-desk.spec` (one folder: payout-desk.exe
; for the command line, PayoutDesk.exe for the window). By hand, from the repository's top:
;   iscc /DAppVersion=0.1.0 packaging\windows\payout-desk.iss     → dist\PayoutDesk-Setup-0.1.0.exe
; Installs for the current user only (no administrator needed on a locked-down post-office laptop). The data
; (database, key file, backups, logs) lives in %LOCALAPPDATA%\PayoutDesk\payout-desk, outside the install
; folder: upgrading or uninstalling never touches it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C9E2B0A-4F7D-4C55-9B0E-5D1F2A7C3E41}
AppName=Payout Desk
AppVersion={#AppVersion}
AppVerName=Payout Desk {#AppVersion}
AppPublisher=Payout Desk
DefaultDirName={localappdata}\Programs\Payout Desk
DefaultGroupName=Payout Desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=PayoutDesk-Setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\payout-desk.ico
UninstallDisplayIcon={app}\PayoutDesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; an upgrade replaces the program files; a running copy is closed first
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships Vietnamese as an unofficial translation; the workflow downloads it when available
#ifexist "Vietnamese.isl"
Name: "vietnamese"; MessagesFile: "Vietnamese.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; files of an older version that the new one no longer has
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\build\dist\payout-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Payout Desk"; Filename: "{app}\PayoutDesk.exe"
Name: "{group}\Payout Desk (demo)"; Filename: "{app}\PayoutDesk.exe"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,Payout Desk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Payout Desk"; Filename: "{app}\PayoutDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\PayoutDesk.exe"; Description: "{cm:LaunchProgram,Payout Desk}"; Flags: nowait postinstall skipifsilent
