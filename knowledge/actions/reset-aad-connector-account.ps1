# Resets the password of the current Azure AD Connector (Sync_) account, in Azure AD and in the sync engine.
# Bundled with aadfix; run on the Azure AD Connect server in an elevated session.
[CmdletBinding(SupportsShouldProcess = $true)]
param()
$ErrorActionPreference = 'Stop'
Import-Module ADSync
$credential = Get-Credential -Message 'Global Administrator (or Hybrid Identity Administrator) of the tenant'
if ($null -eq $credential) { throw 'No credentials were entered; nothing was changed.' }
# Without -Name the cmdlet resets the current account instead of creating a new Sync_ account.
Add-ADSyncAADServiceAccount -AADCredential $credential -WhatIf:$WhatIfPreference
