#!/usr/bin/env bash
# The plugin in a real WordPress: Debian's wordpress package, MariaDB on loopback, PHP's built-in
# server, all under one temporary folder. Installs the plugin from dist/wordpress/success-story.zip,
# then checks it in Chromium (test/wordpress/check-site.mjs): the block editor writes a post with
# each block, the post and a page with each shortcode render the elements from the plugin's own
# files, and after deactivation the post still reads as text.
# Run as root (apt-get, mariadbd --user=root). Stops every server it started and removes its
# folder on exit, failure or SIGTERM; KEEP=1 keeps the folder (logs, screenshots) for debugging.
# SCREENSHOTS=docs writes the README's screenshots there.
set -euo pipefail
cd "$(dirname "$0")/../.."

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
fail() { echo "FAIL: $*" >&2; exit 1; }
START=$(now)
ZIP="$PWD/dist/wordpress/success-story.zip"
[ -f "$ZIP" ] || fail "$ZIP is missing: npm run build:wordpress"

# ---------- 1. packages, when missing ----------
missing=()
[ -d /usr/share/wordpress ] || missing+=(wordpress)
[ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] || missing+=(wordpress-theme-twentytwentythree)
command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
command -v php >/dev/null 2>&1 || missing+=(php-cli)
{ command -v php >/dev/null 2>&1 && php -m | grep -qx mysqli; } || missing+=(php-mysql)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Keep the packages' scripts from starting apache2 and mariadb as system services.
  made_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && made_policy=1
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  if [ "$made_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
fi
PACKAGES_DONE=$(now)

# ---------- 2. one folder, free ports, clean-up ----------
WORK=$(mktemp -d -t success-story-wp.XXXXXX)
DB_PID='' PHP_PID=''
cleanup() {
  set +e
  # PHP's server runs its workers as child processes, which outlive it: stop them too.
  if [ -n "$PHP_PID" ]; then kill $(pgrep -P "$PHP_PID") "$PHP_PID" 2>/dev/null; wait "$PHP_PID" 2>/dev/null; fi
  if [ -n "$DB_PID" ]; then kill "$DB_PID" 2>/dev/null; wait "$DB_PID" 2>/dev/null; fi
  if [ -z "${KEEP:-}" ]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
free_port() { php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); $n = stream_socket_get_name($s, false); echo substr($n, strrpos($n, ":") + 1);'; }
DB_PORT=$(free_port)
WP_PORT=$(free_port)
HOST="127.0.0.1:$WP_PORT"
URL="http://$HOST"

# ---------- 3. MariaDB: private data folder and socket, loopback only ----------
DB_SOCKET="$WORK/mysqld.sock"
mariadb-install-db --no-defaults --user=root --datadir="$WORK/db" \
  --auth-root-authentication-method=socket --skip-test-db >"$WORK/install-db.log" 2>&1
mariadbd --no-defaults --user=root --datadir="$WORK/db" --socket="$DB_SOCKET" \
  --port="$DB_PORT" --bind-address=127.0.0.1 --skip-name-resolve \
  --pid-file="$WORK/mysqld.pid" --log-error="$WORK/mysqld.err" >"$WORK/mysqld.out" 2>&1 &
DB_PID=$!
for i in $(seq 150); do
  mariadb-admin --no-defaults --socket="$DB_SOCKET" -uroot ping >/dev/null 2>&1 && break
  kill -0 "$DB_PID" 2>/dev/null || { cat "$WORK/mysqld.err" >&2; fail "mariadbd exited"; }
  [ "$i" = 150 ] && fail "mariadbd not ready after 30 s"
  sleep 0.2
done
mariadb --no-defaults --socket="$DB_SOCKET" -uroot -e "
  CREATE DATABASE wp CHARACTER SET utf8mb4;
  CREATE USER 'wp'@'127.0.0.1' IDENTIFIED BY 'wp';
  GRANT ALL ON wp.* TO 'wp'@'127.0.0.1';"

# ---------- 4. WordPress: a private copy with its own wp-config.php ----------
WP="$WORK/wp"
# -L: Debian links some libraries (underscore.js…) from /usr/share/javascript by relative paths.
cp -aL /usr/share/wordpress "$WP"
WP_VERSION=$(php -r 'include $argv[1]; echo $wp_version;' "$WP/wp-includes/version.php")
# Debian's wp-config.php reads /etc/wordpress/config-HOST.php.
rm -f "$WP/wp-config.php" "$WP/.htaccess"
cat >"$WP/wp-config.php" <<EOF
<?php
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', '127.0.0.1:$DB_PORT');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', '$URL');
define('WP_SITEURL', '$URL');
foreach (array('AUTH_KEY','SECURE_AUTH_KEY','LOGGED_IN_KEY','NONCE_KEY','AUTH_SALT','SECURE_AUTH_SALT','LOGGED_IN_SALT','NONCE_SALT') as \$key) {
  define(\$key, 'test-only-' . \$key);
}
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '$WORK/wp-debug.log');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
\$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
EOF
# This machine is offline, as a test site should be: WordPress's own calls home are turned off.
mkdir -p "$WP/wp-content/mu-plugins"
cp test/wordpress/offline-site.php "$WP/wp-content/mu-plugins/"
# Browsers ask for /favicon.ico; PHP's built-in server would answer 404 and log a console error.
: >"$WP/favicon.ico"
setup() { php test/wordpress/site-setup.php "$WP" "$HOST" "$@"; }
setup install >/dev/null
setup install-plugin "$ZIP" >"$WORK/plugin.json"
grep -q '"active":true' "$WORK/plugin.json" || fail "the plugin is not active: $(cat "$WORK/plugin.json")"
# The story file a shortcode reads, with the portrait its relative link points to.
mkdir -p "$WP/wp-content/uploads/stories" "$WP/wp-content/uploads/img"
cp demo/data/alibaba.json "$WP/wp-content/uploads/stories/alibaba.json"
cp demo/img/jack-ma.svg "$WP/wp-content/uploads/img/jack-ma.svg"
PAGES=$(setup shortcode-pages "/wp-content/uploads/stories/alibaba.json")

# ---------- 5. serve ----------
# A few workers: the block editor loads many files at once.
PHP_CLI_SERVER_WORKERS=4 php -S "$HOST" -t "$WP" >"$WORK/php-server.log" 2>&1 &
PHP_PID=$!
for i in $(seq 100); do
  curl -fsS -o /dev/null "$URL/wp-includes/images/blank.gif" 2>/dev/null && break
  kill -0 "$PHP_PID" 2>/dev/null || { cat "$WORK/php-server.log" >&2; fail "php -S exited"; }
  [ "$i" = 100 ] && fail "php -S not ready after 10 s"
  sleep 0.1
done
SET_UP=$(now)

# ---------- 6. the checks ----------
check_site() {
  node test/wordpress/check-site.mjs "$1" --url "$URL" --pages "$PAGES" --state "$WORK/state.json" \
    --screenshots "${SCREENSHOTS:-$WORK}" 2>&1 | tee -a "$WORK/checks.log"
}
: >"$WORK/checks.log"
check_site active || true
setup deactivate >"$WORK/deactivate.json"
grep -q '"active":false' "$WORK/deactivate.json" || echo "FAIL plugin deactivated" | tee -a "$WORK/checks.log"
check_site inactive || true
# Any fatal error; warnings, notices and deprecations only from the plugin (WordPress 6.1 on
# PHP 8.2 writes deprecation notices of its own).
OUR_PHP_PROBLEMS=$(grep -E 'PHP (Fatal|Parse) error|PHP (Warning|Notice|Deprecated).*plugins/success-story' "$WORK/wp-debug.log" 2>/dev/null || true)
if [ -n "$OUR_PHP_PROBLEMS" ]; then
  echo "$OUR_PHP_PROBLEMS" | head -5
  echo "FAIL no PHP error, and no warning or notice from the plugin" | tee -a "$WORK/checks.log"
else
  echo "ok   no PHP error, and no warning or notice from the plugin" | tee -a "$WORK/checks.log"
fi
DONE=$(now)
PASSED=$(grep -c '^ok ' "$WORK/checks.log" || true)
FAILED=$(grep -c '^FAIL' "$WORK/checks.log" || true)
echo "WordPress $WP_VERSION, PHP $(php -r 'echo PHP_VERSION;'); packages $(seconds "$START" "$PACKAGES_DONE") s," \
  "set-up $(seconds "$PACKAGES_DONE" "$SET_UP") s, checks $(seconds "$SET_UP" "$DONE") s, total $(seconds "$START" "$DONE") s"
echo "wordpress: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ] && [ "$PASSED" -gt 0 ]
