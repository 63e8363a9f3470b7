#!/bin/sh
# Starts ansinh from the folder this script is in, in the foreground (systemd runs it as it is;
# Ctrl+C or SIGTERM stops it cleanly). Data in ./data, backups in ./backups, logs in ./logs;
# the port, the database and the folders are set in ./ansinh.properties.
# Extra arguments are passed to ansinh, e.g. ./ansinh.sh --server.port=9090
set -e
cd "$(dirname "$0")"
for folder in data backups logs; do
  mkdir -p "$folder"
done
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$JAVA" >/dev/null 2>&1; then
  echo "ansinh needs Java 17 or newer: install it (e.g. apt install openjdk-17-jre-headless) or set JAVA_HOME." >&2
  exit 1
fi
# exec: the Java process takes this script's place, so a stop signal reaches ansinh itself.
exec "$JAVA" ${JAVA_OPTS:--Xmx1g} -jar ansinh.jar \
  --spring.config.additional-location=optional:file:./ansinh.properties "$@"
