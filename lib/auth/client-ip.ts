// The client's IP address for the login log, the audit log and login throttling, trusting X-Forwarded-For only as
// far as TRUSTED_PROXIES says. Next.js does not hand route handlers the TCP peer address: it copies it into
// X-Forwarded-For only when the request carries none, so a client talking to `next start` directly can put any
// value there. Hence the default trusts no forwarded header at all and records no address.
import net from 'node:net';

/** How far X-Forwarded-For is trusted: not at all, the last `hops` entries, or entries from these addresses. */
export type ProxyTrust = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'list'; list: net.BlockList };

const NAMED_RANGES: Record<string, [string, number][]> = {
  loopback: [['127.0.0.0', 8], ['::1', 128]],
  private: [['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16], ['fc00::', 7]],
};

/**
 * Parses TRUSTED_PROXIES: empty (trust nothing), a number N (the app sits behind N proxies, each appending the
 * address it received the request from: the client is the N-th entry from the right), or a comma-separated list of
 * proxy addresses, CIDR ranges and the names `loopback` / `private` (the client is the right-most entry that is
 * not a trusted proxy). Anything unreadable throws (every request then fails, with the reason logged) rather than trusting the wrong hop.
 */
export function parseTrustedProxies(raw: string | undefined): ProxyTrust {
  const value = (raw ?? '').trim();
  if (!value || value === 'false' || value === '0') return { kind: 'none' };
  if (/^\d+$/.test(value)) return { kind: 'hops', hops: Number(value) };
  const list = new net.BlockList();
  for (const entry of value.split(',').map((e) => e.trim()).filter(Boolean)) {
    const named = NAMED_RANGES[entry.toLowerCase()];
    if (named) {
      for (const [address, prefix] of named) list.addSubnet(address, prefix, net.isIPv6(address) ? 'ipv6' : 'ipv4');
      continue;
    }
    const [address, prefixText] = entry.split('/');
    const family = net.isIP(address);
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefixText === undefined) { list.addAddress(address, type); continue; }
    const prefix = Number(prefixText);
    if (!/^\d+$/.test(prefixText) || prefix > (family === 6 ? 128 : 32)) throw new Error(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length`);
    list.addSubnet(address, prefix, type);
  }
  return { kind: 'list', list };
}

let cached: { raw: string | undefined; trust: ProxyTrust } | undefined;
function configuredTrust(): ProxyTrust {
  const raw = process.env.TRUSTED_PROXIES;
  if (!cached || cached.raw !== raw) cached = { raw, trust: parseTrustedProxies(raw) };
  return cached.trust;
}

/** A valid IP address in canonical form (port and brackets removed, IPv4-mapped IPv6 unwrapped), or null. */
export function normalizeIp(raw: string | undefined | null): string | null {
  let value = (raw ?? '').trim();
  if (!value || value.length > 64) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped) value = mapped[1];
  const family = net.isIP(value);
  if (!family) return null;
  return family === 6 ? value.toLowerCase() : value;
}

const isTrusted = (list: net.BlockList, ip: string) => list.check(ip, net.isIPv6(ip) ? 'ipv6' : 'ipv4');

/** The client address from an X-Forwarded-For value under the given trust; null when it cannot be known. */
export function clientIpFromForwarded(forwarded: string | null | undefined, trust: ProxyTrust): string | null {
  if (trust.kind === 'none' || !forwarded) return null;
  const hops = forwarded.split(',').map((e) => e.trim());
  if (trust.kind === 'hops') {
    // Fewer entries than proxies means the chain is not what was configured: no address rather than a guess.
    if (trust.hops < 1 || hops.length < trust.hops) return null;
    return normalizeIp(hops[hops.length - trust.hops]);
  }
  for (let i = hops.length - 1; i >= 0; i--) {
    const ip = normalizeIp(hops[i]);
    // Left of an unreadable entry everything is the client's own writing.
    if (!ip) return null;
    if (!isTrusted(trust.list, ip) || i === 0) return ip;
  }
  return null;
}

type HeaderSource = { get(name: string): string | null } | Record<string, unknown> | undefined | null;

function header(headers: HeaderSource, name: string): string | null {
  if (!headers) return null;
  if (typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(name: string): string | null }).get(name);
  const value = (headers as Record<string, unknown>)[name];
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : null;
}

/** The client IP of a request (fetch Headers or a Node header object) under TRUSTED_PROXIES. */
export function clientIp(headers: HeaderSource): string | null {
  return clientIpFromForwarded(header(headers, 'x-forwarded-for'), configuredTrust());
}
