# Sourced by .ci/run before the tests: fetch LanguageTool's jars from Maven Central (once;
# tools/languagetool/lib is kept between runs), start its HTTP server on 127.0.0.1, wait
# until it answers, and export HEALTHLINT_LANGUAGETOOL_URL so the `languagetool` tests run
# against it. tools/ci/stop-languagetool.sh stops it after the tests.
# Sourced, so: no `set -e` changes, no `exit`; failures are reported and CI goes on (the
# languagetool tests then fail loudly in CI, where the URL is required).
_hl_lt_port="${HEALTHLINT_LANGUAGETOOL_PORT:-8081}"
if _hl_lt_url="$(bash tools/languagetool/start.sh "$_hl_lt_port")"; then
  export HEALTHLINT_LANGUAGETOOL_URL="$_hl_lt_url"
  echo "LanguageTool answers at $HEALTHLINT_LANGUAGETOOL_URL"
else
  echo "LanguageTool could not be started; see tools/languagetool/lib/server.log" >&2
fi
unset _hl_lt_port _hl_lt_url
