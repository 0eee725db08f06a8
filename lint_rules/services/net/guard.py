"""Refuse private, loopback, link-local and cloud-metadata addresses.

A linted article is untrusted input: a link to ``http://169.254.169.254/`` or to a host
name that resolves to ``10.0.0.5`` must not make healthlint (running in CI, next to
credentials) fetch it. The check happens twice for every connection, including each
redirect hop, because every hop opens its own connection through this guard:

1. before connecting, every address the host name resolves to is checked;
2. after connecting, the peer address of the socket is checked again, which closes the
   DNS-rebinding gap between the two resolutions.

``--allow-private-networks`` (tests, intranets) switches the guard off.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

_BLOCKED_NETS = [
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
        "172.16.0.0/12", "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4",
        "240.0.0.0/4", "255.255.255.255/32",
        "::1/128", "::/128", "fc00::/7", "fe80::/10", "ff00::/8", "fd00:ec2::254/128",
        "64:ff9b:1::/48",  # local-use NAT64 (RFC 8215): a site's own translator
        "100::/64",  # discard-only
        "2001:db8::/32",  # documentation
    )
]

#: IPv6 ranges whose addresses carry an IPv4 address; the IPv4 address decides.
#: NAT64 (RFC 6052) and 6to4 reach the embedded address through a translator or relay;
#: IPv4-compatible (::a.b.c.d, deprecated) and IPv4-translated (::ffff:0:a.b.c.d, SIIT)
#: are connected to as the IPv4 host on some stacks.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
_IPV4_TRANSLATED = ipaddress.ip_network("::ffff:0:0:0/96")


class BlockedAddressError(Exception):
    """The target resolves to an address healthlint does not fetch."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(f"{host} resolves to {address}, a private, loopback, link-local or "
                         "metadata address; not fetched (use --allow-private-networks to allow)")
        self.host = host
        self.address = address


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries: IPv4-mapped (::ffff:a.b.c.d),
    IPv4-compatible (::a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d), NAT64
    (64:ff9b::a.b.c.d), 6to4 (2002:AABB:CCDD::) and Teredo (2001:0::, server and client)."""
    packed = int(ip)
    low = ipaddress.IPv4Address(packed & 0xFFFFFFFF)
    if ip.ipv4_mapped is not None:
        return [ip.ipv4_mapped]
    if ip in _NAT64 or ip in _IPV4_TRANSLATED:
        return [low]
    if ip in _IPV4_COMPATIBLE and packed > 1:  # not :: or ::1, which are judged as they are
        return [low]
    if ip.sixtofour is not None:
        return [ip.sixtofour]
    if ip.teredo is not None:
        return list(ip.teredo)
    return []


def is_blocked_address(address: str, allowed: tuple[Network, ...] = ()) -> bool:
    """True for addresses in private, loopback, link-local, metadata and reserved ranges,
    unless in ``allowed``. An IPv6 address that carries an IPv4 address (mapped,
    compatible, translated, NAT64, 6to4, Teredo) is blocked when that IPv4 address is."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return True
    if isinstance(ip, ipaddress.IPv6Address):
        inner = embedded_ipv4(ip)
        if inner:
            if any(ip in net for net in allowed if net.version == 6):
                return False
            return any(is_blocked_address(str(v4), allowed) for v4 in inner)
    if any(ip in net for net in allowed if net.version == ip.version):
        return False
    return any(ip in net for net in _BLOCKED_NETS if net.version == ip.version)


def check_host(host: str, port: int, allowed: tuple[Network, ...] = ()) -> None:
    """Raise ``BlockedAddressError`` if ``host`` resolves to a blocked address. Resolution
    failures are left to the connection, which reports them as DNS errors."""
    host = host.strip("[]")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return
    for info in infos:
        address = str(info[4][0])
        if is_blocked_address(address, allowed):
            raise BlockedAddressError(host, address)


class _GuardMixin:
    host: str
    port: int
    _dns_host: str
    allowed: tuple[Network, ...] = ()

    def _new_conn(self) -> socket.socket:
        check_host(self._dns_host, self.port, self.allowed)
        sock: socket.socket = super()._new_conn()  # type: ignore[misc]
        try:
            peer = sock.getpeername()[0]
        except OSError:
            peer = ""
        if peer and is_blocked_address(peer, self.allowed):
            sock.close()
            raise BlockedAddressError(self.host, peer)
        return sock


def install_guard(pool_manager: Any, allowed: tuple[Network, ...] = (), *, guard: bool = True,
                  mixins: tuple[type, ...] = ()) -> None:
    """Make a urllib3 PoolManager open every connection through the guard; ``allowed``
    networks (an intranet's range) pass. ``mixins`` (the client's deadline watch) go in
    front of the connection classes; ``guard=False`` installs only them."""
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    bases = (*mixins, *((_GuardMixin,) if guard else ()))

    class Conn(*bases, HTTPConnection):  # type: ignore[misc]
        pass

    class SecureConn(*bases, HTTPSConnection):  # type: ignore[misc]
        pass

    Conn.allowed = SecureConn.allowed = allowed

    class Pool(HTTPConnectionPool):
        ConnectionCls = Conn

    class SecurePool(HTTPSConnectionPool):
        ConnectionCls = SecureConn

    pool_manager.pool_classes_by_scheme = {"http": Pool, "https": SecurePool}
