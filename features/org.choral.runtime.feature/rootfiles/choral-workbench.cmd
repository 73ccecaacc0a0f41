@echo off
rem SPDX-License-Identifier: EPL-2.0
rem Choral's desktop application.
setlocal
set "CHORAL_HOME=%~dp0."
call "%CHORAL_HOME%\lib\launch.cmd" || exit /b 2
if not exist "%CHORAL_DATA_FOLDER%\workbench" mkdir "%CHORAL_DATA_FOLDER%\workbench"
set "JAVAW=%JAVA:java.exe=javaw.exe%"
if not exist "%JAVAW%" set "JAVAW=%JAVA%"
start "Choral" "%JAVAW%" %CHORAL_VMARGS% -jar "%LAUNCHER%" -install "%CHORAL_HOME%" -data "%CHORAL_DATA_FOLDER%\workbench" %*
