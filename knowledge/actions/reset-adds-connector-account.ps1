# Resets the AD DS connector account password for one connector, in Active Directory and in the sync engine.
# Bundled with aadfix; run on the Azure AD Connect server in an elevated session.
param(
    [Parameter(Mandatory = $true)]
    [ValidatePattern('^[A-Za-z0-9][A-Za-z0-9 ._-]{0,254}$')]
    [string] $ConnectorName
)
$ErrorActionPreference = 'Stop'
Import-Module ADSync
# Fails here, before any prompt, if the connector does not exist.
$null = Get-ADSyncConnector -Name $ConnectorName
$credential = Get-Credential -Message "Enterprise Administrator of the forest behind connector '$ConnectorName'"
if ($null -eq $credential) { throw 'No credentials were entered; nothing was changed.' }
Add-ADSyncADDSConnectorAccount -Name $ConnectorName -EACredential $credential
