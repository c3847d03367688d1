@echo off
rem xems: Xuchang EMS Map launcher for Windows (see the xems shell script for the options).
setlocal
set "DIR=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseZGC -Dfile.encoding=UTF-8 %XEMS_JAVA_OPTS% -cp "%DIR%lib\*" cn.xuchang.ems.app.Launcher %*
