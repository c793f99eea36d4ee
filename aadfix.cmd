@echo off
rem aadfix launcher for Windows: builds the jar on first use, or when the sources are newer than it, keeps a
rem class-data-sharing archive of it for fast start-up, then runs it.
setlocal
set "AADFIX_HOME=%~dp0"
if "%AADFIX_HOME:~-1%"=="\" set "AADFIX_HOME=%AADFIX_HOME:~0,-1%"
set "AADFIX_JAR=%AADFIX_HOME%\target\aadfix.jar"
set "AADFIX_JSA=%AADFIX_HOME%\target\aadfix-windows.jsa"
rem Flags measured to shorten a one-shot lookup; JVM messages never reach standard output.
set AADFIX_FLAGS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable -Xlog:all=error:stderr -Xlog:cds=off:stderr --enable-native-access=ALL-UNNAMED
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
  if exist "%AADFIX_JSA%" del /q "%AADFIX_JSA%"
)
rem The archive belongs to one jar: made by a training run right after the jar is built.
if not exist "%AADFIX_JSA%" (
  rem The training run uses an index of its own, so that it never touches the one lookups use.
  java %AADFIX_FLAGS% "-XX:ArchiveClassesAtExit=%AADFIX_JSA%" "-Daadfix.home=%AADFIX_HOME%" -cp "%AADFIX_JAR%" org.aadfix.cli.Training "%TEMP%\aadfix-training-%RANDOM%" >nul 2>&1
)
if exist "%AADFIX_JSA%" set AADFIX_FLAGS=%AADFIX_FLAGS% "-XX:SharedArchiveFile=%AADFIX_JSA%"
java %AADFIX_FLAGS% "-Daadfix.home=%AADFIX_HOME%" -cp "%AADFIX_JAR%" org.aadfix.cli.Main %*
exit /b %ERRORLEVEL%
