# Headless Chromium (Debian's package) and axe-core (npm) for tests/test_browser.py.
# Sourced by .ci/run before the tests; idempotent (skips what is already there) and quiet.
if ! command -v chromium >/dev/null 2>&1; then
  (
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  )
fi
if [ ! -f tools/browser/node_modules/axe-core/axe.min.js ]; then
  (cd tools/browser && npm ci --no-audit --no-fund --silent)
fi
echo "chromium: $(chromium --version 2>/dev/null | head -n1); axe-core: $(node -p "require('./tools/browser/node_modules/axe-core/package.json').version")"
