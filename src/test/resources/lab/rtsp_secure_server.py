#!/usr/bin/python3
# GStreamer RTSP server offering encrypted video, for CRY-04's lab test: the same H.264 test stream as
# ../shared/lab/rtsp/rtsp_server.py, with SRTP media (--srtp: RTP/SAVP profile, key by MIKEY in the SDP) and/or
# RTSP inside TLS (--tls PEM: rtsps://, gst-rtsp-server's own TLS through glib-networking), Digest optional.
# /usr/bin/python3 rtsp_secure_server.py --address 127.0.0.1 --port 322 [--srtp] [--tls cert.pem] [--digest admin:12345]
import argparse, sys, gi
gi.require_version('Gst', '1.0'); gi.require_version('GstRtspServer', '1.0'); gi.require_version('GstRtsp', '1.0')
gi.require_version('Gio', '2.0')
from gi.repository import Gst, GstRtspServer, GstRtsp, GLib, Gio
p = argparse.ArgumentParser()
p.add_argument('--address', default='127.0.0.1'); p.add_argument('--port', default='8554')
p.add_argument('--mount', default='/stream1'); p.add_argument('--srtp', action='store_true')
p.add_argument('--tls'); p.add_argument('--digest')
a = p.parse_args()
Gst.init(None)
server = GstRtspServer.RTSPServer()
server.set_address(a.address); server.set_service(a.port)
factory = GstRtspServer.RTSPMediaFactory()
factory.set_launch('( videotestsrc is-live=true pattern=ball ! video/x-raw,width=320,height=240,framerate=10/1 ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=10 ! rtph264pay name=pay0 pt=96 )')
factory.set_shared(True)
if a.srtp:
    factory.set_profiles(GstRtsp.RTSPProfile.SAVP)
auth = None
if a.tls or a.digest:
    auth = GstRtspServer.RTSPAuth()
if a.tls:
    auth.set_tls_certificate(Gio.TlsCertificate.new_from_file(a.tls))
if a.digest:
    user, password = a.digest.split(':', 1)
    token = GstRtspServer.RTSPToken()
    token.set_string(GstRtspServer.RTSP_TOKEN_MEDIA_FACTORY_ROLE, 'user')
    auth.add_digest(user, password, token)
    auth.set_supported_methods(GstRtsp.RTSPAuthMethod.DIGEST)
    perm = GstRtspServer.RTSPPermissions()
    perm.add_permission_for_role('user', GstRtspServer.RTSP_PERM_MEDIA_FACTORY_ACCESS, True)
    perm.add_permission_for_role('user', GstRtspServer.RTSP_PERM_MEDIA_FACTORY_CONSTRUCT, True)
    factory.set_permissions(perm)
elif auth is not None:
    # TLS without a login: anonymous access to the stream, as the lab's open device
    token = GstRtspServer.RTSPToken()
    token.set_string(GstRtspServer.RTSP_TOKEN_MEDIA_FACTORY_ROLE, 'anonymous')
    auth.set_default_token(token)
    perm = GstRtspServer.RTSPPermissions()
    perm.add_permission_for_role('anonymous', GstRtspServer.RTSP_PERM_MEDIA_FACTORY_ACCESS, True)
    perm.add_permission_for_role('anonymous', GstRtspServer.RTSP_PERM_MEDIA_FACTORY_CONSTRUCT, True)
    factory.set_permissions(perm)
if auth is not None:
    server.set_auth(auth)
server.get_mount_points().add_factory(a.mount, factory)
if server.attach(None) == 0: sys.exit('attach failed')
print(f"{'rtsps' if a.tls else 'rtsp'}://{a.address}:{a.port}{a.mount} srtp={a.srtp}", flush=True)
GLib.MainLoop().run()
