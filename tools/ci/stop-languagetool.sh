#!/usr/bin/env bash
# Run by .ci/run after the tests: stop the LanguageTool server tools/ci/20-languagetool.sh started.
exec bash "$(dirname "$0")/../languagetool/stop.sh"
