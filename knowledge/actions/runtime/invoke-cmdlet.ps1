# Runs one catalogued cmdlet with named parameters, for aadfix. Bundled with aadfix; do not edit.
# Usage: invoke-cmdlet.ps1 <Module> <Cmdlet> [-Name value]...
# Every value arrives as its own argument and is bound by splatting: nothing is parsed or evaluated as code.
# A value for a [bool] or [switch] parameter is converted from the text true/false by the cmdlet's own metadata.
$ErrorActionPreference = 'Stop'
if ($args.Count -lt 2 -or (($args.Count - 2) % 2) -ne 0) {
    Write-Error 'usage: invoke-cmdlet.ps1 <Module> <Cmdlet> [-Name value]...'
    exit 2
}
$module = [string]$args[0]
$cmdletName = [string]$args[1]
Import-Module -Name $module
$command = Get-Command -Name $cmdletName -Module $module -CommandType Cmdlet, Function
$splat = @{}
for ($i = 2; $i -lt $args.Count; $i += 2) {
    $name = ([string]$args[$i]).TrimStart('-')
    $value = [string]$args[$i + 1]
    $parameter = $command.Parameters[$name]
    if ($null -eq $parameter) { throw "$cmdletName has no parameter -$name" }
    if ($parameter.ParameterType -eq [bool] -or $parameter.ParameterType -eq [System.Management.Automation.SwitchParameter]) {
        $splat[$name] = [bool]::Parse($value)
    } else {
        $splat[$name] = $value
    }
}
& $command @splat
