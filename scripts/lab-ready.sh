#!/bin/sh
# Exit 0 when the camera lab (../shared/lab) and its reference clients are installed.
here=$(cd "$(dirname "$0")/.." && pwd)
[ -d "$here/../shared/lab" ] || exit 1
for c in nmap ffprobe lighttpd socat curl openssl; do command -v "$c" >/dev/null 2>&1 || exit 1; done
dpkg -s lighttpd-mod-openssl >/dev/null 2>&1 || exit 1
/usr/bin/python3 -c "import gi; gi.require_version('GstRtspServer', '1.0')" 2>/dev/null || exit 1
[ -d "${CAMWARDEN_LAB_NPM:-$HOME/.cache/camwarden-lab}/onvif-mock/node_modules/onvif" ] || exit 1
