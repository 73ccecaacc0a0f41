@rem SPDX-License-Identifier: EPL-2.0
@rem Called by choral.cmd and choral-workbench.cmd: finds Java 17+, the Equinox launcher and the data folder.
@rem Environment: CHORAL_JAVA, CHORAL_DATA, CHORAL_VMARGS (see the README).
set "JAVA="
if defined CHORAL_JAVA set "JAVA=%CHORAL_JAVA%"
if not defined JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA if exist "%CHORAL_HOME%\jre\bin\java.exe" set "JAVA=%CHORAL_HOME%\jre\bin\java.exe"
if not defined JAVA for /f "delims=" %%j in ('where java 2^>nul') do if not defined JAVA set "JAVA=%%j"
if not defined JAVA goto nojava
"%JAVA%" -version 2>&1 | findstr /r /c:"version \"1[7-9][\".]" /c:"version \"[2-9][0-9][\".]" >nul
if errorlevel 1 goto nojava
set "LAUNCHER="
for %%f in ("%CHORAL_HOME%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~f"
if not defined LAUNCHER (
  echo Installation incomplete : le lanceur Equinox manque dans %CHORAL_HOME%\plugins. 1>&2
  exit /b 2
)
if defined CHORAL_DATA (set "CHORAL_DATA_FOLDER=%CHORAL_DATA%") else (set "CHORAL_DATA_FOLDER=%APPDATA%\Choral")
if not defined CHORAL_VMARGS set "CHORAL_VMARGS=-Xmx1g"
exit /b 0
:nojava
echo Choral a besoin de Java 17 ou plus recent. / Choral needs Java 17 or newer. 1>&2
echo   winget install EclipseAdoptium.Temurin.17.JRE 1>&2
echo Ou indiquez-le / or point to it: set CHORAL_JAVA=C:\chemin\vers\java.exe 1>&2
exit /b 2
