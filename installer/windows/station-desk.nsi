; Station Desk (实践站工作台) Windows installer.
; Per-user by default (village PCs often have no admin rights): installs under
; %LOCALAPPDATA%\Programs\StationDesk, Start-menu and desktop shortcuts with the Chinese name,
; an uninstaller that never touches the user's data (%LOCALAPPDATA%\StationDesk).
;
;   makensis /DBUNDLE=path\to\dist\station-desk /DVERSION=0.1.0 /DOUTFILE=StationDesk-0.1.0-setup.exe station-desk.nsi

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\build\dist\station-desk"
!endif
!ifndef OUTFILE
  !define OUTFILE "StationDesk-${VERSION}-setup.exe"
!endif
!define APPNAME "实践站工作台"
!define REGKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\StationDesk"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\StationDesk"
InstallDirRegKey HKCU "Software\StationDesk" "InstallDir"
SetCompressor /SOLID lzma
BrandingText "${APPNAME}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=2052 "FileDescription" "${APPNAME} 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "MIT"

!define MUI_ICON "..\icons\station-desk.ico"
!define MUI_UNICON "..\icons\station-desk.ico"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TITLE "欢迎安装${APPNAME}"
!define MUI_WELCOMEPAGE_TEXT "本程序将把${APPNAME} ${VERSION} 安装到这台电脑上，只为当前用户安装，不需要管理员权限。$\r$\n$\r$\n已有的实践站数据不会被改动。"
!define MUI_FINISHPAGE_RUN "$INSTDIR\station-desk.exe"
!define MUI_FINISHPAGE_RUN_TEXT "现在打开${APPNAME}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

Section "install"
  SetOutPath "$INSTDIR"
  ; a reinstall or update replaces the program files only
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*.*"
  File "..\icons\station-desk.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\station-desk.exe" "" "$INSTDIR\station-desk.ico"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\卸载${APPNAME}.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\station-desk.exe" "" "$INSTDIR\station-desk.ico"
  WriteRegStr HKCU "Software\StationDesk" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${REGKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${REGKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${REGKEY}" "DisplayIcon" "$INSTDIR\station-desk.ico"
  WriteRegStr HKCU "${REGKEY}" "Publisher" "Station Desk"
  WriteRegStr HKCU "${REGKEY}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\""
  WriteRegDWORD HKCU "${REGKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${REGKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; program files only: the station's data in %LOCALAPPDATA%\StationDesk stays
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\station-desk.exe"
  Delete "$INSTDIR\station-desk.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$DESKTOP\${APPNAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APPNAME}"
  DeleteRegKey HKCU "${REGKEY}"
  DeleteRegKey HKCU "Software\StationDesk"
SectionEnd
