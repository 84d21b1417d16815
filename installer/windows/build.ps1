# Build the Windows installer on a Windows machine with Python 3.11 and NSIS (makensis on PATH).
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")
if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.\.venv\Scripts\python -m pip install -q -r requirements.lock
.\.venv\Scripts\python -m pip install -q --no-deps -e .
.\.venv\Scripts\python -m pip install -q pyinstaller
Get-ChildItem resources\translations\*.ts | ForEach-Object {
    .\.venv\Scripts\pyside6-lrelease -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
}
.\.venv\Scripts\pyinstaller installer\station-desk.spec --noconfirm --distpath build\dist --workpath build\pyi
$version = (.\.venv\Scripts\python -c "import desktop; print(desktop.__version__)").Trim()
Push-Location installer\windows
makensis /DBUNDLE=..\..\build\dist\station-desk /DVERSION=$version /DOUTFILE=..\..\build\StationDesk-$version-setup.exe station-desk.nsi
Pop-Location
Write-Host "built build\StationDesk-$version-setup.exe"
