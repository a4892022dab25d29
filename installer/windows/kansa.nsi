; Kansa for Windows: makensis -DVERSION=x.y.z -DSTAGE=<staged files> -DUNINSTALL_LIST=<nsh>
;                             -DOUTFILE=<setup.exe> kansa.nsi  (installer/windows/kansa.sh)
;
; Without administrator rights it installs for the user (%LOCALAPPDATA%\Programs\Kansa); run as
; administrator, for the machine (Program Files). Silent, as an office's IT deploys it:
;   Kansa-VERSION-setup.exe /S [/AllUsers | /CurrentUser] [/D=DIR]   (/D last, unquoted)
; The uninstaller removes the program only: the user's audits (%LOCALAPPDATA%\Kansa) stay.

Target amd64-unicode ; a 64-bit installer for a 64-bit program (and Wine without WoW64 runs it)
SetCompressor /SOLID lzma
ManifestDPIAware true

!define APPNAME "Kansa"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Kansa"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_INSTDIR "Kansa"
!define MULTIUSER_USE_PROGRAMFILES64
; The mode it was installed in is where its uninstall entry is (HKLM: the machine, HKCU: the
; user): the uninstaller run plainly, even with /S alone, removes the shortcut and entry it made.
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINSTKEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "UninstallString"
!include MultiUser.nsh
!include MUI2.nsh
!include x64.nsh

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "${APPNAME} ${VERSION}"

!define MUI_ICON "${STAGE}\kansa.ico"
!define MUI_UNICON "${STAGE}\kansa.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\kansa.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}\licenses\README.txt"
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Japanese"
!insertmacro MUI_LANGUAGE "English"

Function .onInit
    ${IfNot} ${RunningX64}
        MessageBox MB_ICONSTOP "Kansa needs 64-bit Windows." /SD IDOK
        Abort
    ${EndIf}
    StrCpy $0 $INSTDIR ; /D=DIR, if given: MultiUser would replace it with its default
    !insertmacro MULTIUSER_INIT
    ${If} $0 != ""
        StrCpy $INSTDIR $0
    ${EndIf}
FunctionEnd

Function un.onInit
    !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "Kansa"
    SetOutPath "$INSTDIR"
    File /r "${STAGE}\*.*"
    WriteUninstaller "$INSTDIR\uninstall.exe"
    CreateShortCut "$SMPROGRAMS\Kansa.lnk" "$INSTDIR\kansa.exe" "" "$INSTDIR\kansa.ico"
    ; Add or remove programs, for the user or the machine as installed (SHCTX follows MultiUser).
    WriteRegStr SHCTX "${UNINSTKEY}" "DisplayName" "Kansa"
    WriteRegStr SHCTX "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr SHCTX "${UNINSTKEY}" "Publisher" "Kansa"
    WriteRegStr SHCTX "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\kansa.ico"
    WriteRegStr SHCTX "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr SHCTX "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
    WriteRegStr SHCTX "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
    WriteRegDWORD SHCTX "${UNINSTKEY}" "NoModify" 1
    WriteRegDWORD SHCTX "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
    Delete "$SMPROGRAMS\Kansa.lnk"
    ; Exactly the files installed (listed when they were staged), then the folders if empty: never
    ; a recursive delete of a folder the user chose. The user's data lives elsewhere and stays.
    !include "${UNINSTALL_LIST}"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    DeleteRegKey SHCTX "${UNINSTKEY}"
SectionEnd
