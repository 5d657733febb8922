#!/bin/sh
# Installs what the test suite needs, when run as root on a Debian-like machine: Chromium and its driver for
# the browser tests, and the camera lab (../shared/lab) for the integration tests. Idempotent and quiet when
# everything is present. Not root: does nothing (./test then skips what cannot run and says so).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
[ "$(id -u)" = 0 ] || exit 0
command -v apt-get >/dev/null 2>&1 || exit 0
need=""
for p in curl openssl; do command -v "$p" >/dev/null 2>&1 || need="$need $p"; done
if [ -n "$need" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need >/dev/null
fi
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    echo "install-test-deps: installing chromium and chromium-driver ..." >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi
if [ -f "$here/../shared/lab/install.sh" ] && ! "$here/scripts/lab-ready.sh"; then
    echo "install-test-deps: installing the camera lab from ../shared/lab ..." >&2
    sh "$here/../shared/lab/install.sh" >/dev/null
    # lab/http/camera-web.sh loads mod_openssl (its TLS mode), which install.sh does not install
    dpkg -s lighttpd-mod-openssl >/dev/null 2>&1 || \
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends lighttpd-mod-openssl >/dev/null
fi
# VideoEncryptionLabTest's GStreamer device (src/test/resources/lab/rtsp_secure_server.py) needs SRTP (plugins-bad)
# and GIO's TLS backend (glib-networking); install.sh brings both in as dependencies today, this keeps it so
if [ -f "$here/../shared/lab/install.sh" ]; then
    for p in gstreamer1.0-plugins-bad glib-networking; do
        dpkg -s "$p" >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$p" >/dev/null
    done
fi
