#!/usr/bin/env bash
# Start a LanguageTool HTTP server for healthlint on 127.0.0.1 and print its URL.
#
#   tools/languagetool/start.sh [PORT]        (default port: 8081, or $HEALTHLINT_LANGUAGETOOL_PORT)
#   export HEALTHLINT_LANGUAGETOOL_URL=$(tools/languagetool/start.sh)
#
# The jars come from Maven Central through pom.xml (fetched once into lib/); Java 17 or
# newer is needed. The server binds to localhost only (no --public). Its process id goes
# to lib/server.pid and its log to lib/server.log; stop.sh stops it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${1:-${HEALTHLINT_LANGUAGETOOL_PORT:-8081}}"
url="http://127.0.0.1:${port}"
timeout="${HEALTHLINT_LANGUAGETOOL_START_TIMEOUT:-120}"

answers() {
  if command -v curl >/dev/null; then
    curl -fsS --max-time 2 "${url}/v2/languages" >/dev/null 2>&1
  else
    python3 -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)" \
      "${url}/v2/languages" >/dev/null 2>&1
  fi
}

if answers; then  # already running (started earlier by this script or by the user)
  echo "$url"
  exit 0
fi
command -v java >/dev/null || { echo "start.sh: java not found (LanguageTool needs Java 17+)" >&2; exit 1; }
if ! ls "$here"/lib/languagetool-server-*.jar >/dev/null 2>&1; then
  command -v mvn >/dev/null || { echo "start.sh: mvn not found (needed once to fetch the jars)" >&2; exit 1; }
  echo "start.sh: fetching LanguageTool jars from Maven Central into $here/lib" >&2
  mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$here/lib" >&2
fi
mkdir -p "$here/lib"
(
  cd "$here"
  nohup java -Xms256m -Xmx2g -cp "$here/lib/*" org.languagetool.server.HTTPServer \
    --config "$here/server.properties" --port "$port" --allow-origin >"$here/lib/server.log" 2>&1 &
  echo $! >"$here/lib/server.pid"
)
pid="$(cat "$here/lib/server.pid")"
for _ in $(seq 1 "$timeout"); do
  if answers; then
    echo "$url"
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "start.sh: LanguageTool exited; last lines of $here/server.log:" >&2
    tail -n 20 "$here/lib/server.log" >&2
    exit 1
  fi
  sleep 1
done
echo "start.sh: LanguageTool did not answer on $url within ${timeout}s (see $here/lib/server.log)" >&2
kill "$pid" 2>/dev/null || true
exit 1
