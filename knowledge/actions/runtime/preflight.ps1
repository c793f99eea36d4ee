# Checks that an aadfix action can run here, without changing anything. Bundled with aadfix; do not edit.
# Usage: preflight.ps1 <Module> <RequireElevation: true|false>
# Exit codes: 0 ready; 10 not Windows; 11 module missing; 12 not elevated.
$module = [string]$args[0]
$requireElevation = [bool]::Parse([string]$args[1])
if ($PSVersionTable.PSEdition -eq 'Core' -and -not $IsWindows) { exit 10 }
if (-not (Get-Module -ListAvailable -Name $module)) { exit 11 }
if ($requireElevation) {
    $principal = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
    if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) { exit 12 }
}
exit 0
