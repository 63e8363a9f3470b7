@echo off
rem Starts ansinh from the folder this file is in. Data in data\, backups in backups\, logs in logs\;
rem the port, the database and the folders are set in ansinh.properties. Close the window or press
rem Ctrl+C to stop. Extra arguments are passed to ansinh, e.g. ansinh.cmd --server.port=9090
setlocal
cd /d "%~dp0"
for %%F in (data backups logs) do if not exist "%%F" mkdir "%%F"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo ansinh can Java 17 tro len / ansinh needs Java 17 or newer: https://adoptium.net
  pause
  exit /b 1
)
if not defined JAVA_OPTS set "JAVA_OPTS=-Xmx1g"
"%JAVA%" %JAVA_OPTS% -jar ansinh.jar --spring.config.additional-location=optional:file:./ansinh.properties %*
