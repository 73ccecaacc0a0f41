@echo off
rem SPDX-License-Identifier: EPL-2.0
rem Choral's command line: "choral help" lists the commands.
setlocal
set "CHORAL_HOME=%~dp0."
call "%CHORAL_HOME%\lib\launch.cmd" || exit /b 2
"%JAVA%" %CHORAL_VMARGS% -Djava.awt.headless=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "%LAUNCHER%" -install "%CHORAL_HOME%" -application org.choral.cli.app -data @none -nosplash %*
exit /b %ERRORLEVEL%
