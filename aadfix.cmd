@echo off
rem aadfix launcher for Windows: builds the jar on first use, or when the sources are newer than it, then runs it.
setlocal
set "AADFIX_HOME=%~dp0"
if "%AADFIX_HOME:~-1%"=="\" set "AADFIX_HOME=%AADFIX_HOME:~0,-1%"
set "AADFIX_JAR=%AADFIX_HOME%\target\aadfix.jar"
set "AADFIX_BUILD="
if not exist "%AADFIX_JAR%" set "AADFIX_BUILD=1"
if not defined AADFIX_BUILD (
  rem A fixed script over environment variables: no user text reaches PowerShell.
  for /f %%i in ('powershell -NoProfile -NonInteractive -Command "$j = (Get-Item -LiteralPath $env:AADFIX_JAR).LastWriteTimeUtc; $f = @(Get-Item -LiteralPath (Join-Path $env:AADFIX_HOME 'pom.xml')) + @(Get-ChildItem -LiteralPath (Join-Path $env:AADFIX_HOME 'src\main') -Recurse -File); if ($f | Where-Object { $_.LastWriteTimeUtc -gt $j } | Select-Object -First 1) { 'stale' }"') do set "AADFIX_BUILD=1"
)
if defined AADFIX_BUILD (
  echo aadfix: building the jar ^(first use, or the sources changed^)... 1>&2
  pushd "%AADFIX_HOME%"
  if not exist "%AADFIX_HOME%\target" mkdir "%AADFIX_HOME%\target"
  rem Maven's own output goes to a log, shown only when the build fails.
  call mvn -B -q -Dstyle.color=never -DskipTests package > "%AADFIX_HOME%\target\build.log" 2>&1
  if errorlevel 1 (
    popd
    type "%AADFIX_HOME%\target\build.log" 1>&2
    echo aadfix: the build failed ^(log above, also in target\build.log^) 1>&2
    exit /b 3
  )
  popd
)
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData "-Daadfix.home=%AADFIX_HOME%" -jar "%AADFIX_JAR%" %*
exit /b %ERRORLEVEL%
