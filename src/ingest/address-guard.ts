/** Decides whether an IP address is public, and guards socket connects against private ones (SSRF, DNS rebinding). */
import { type LookupAddress, type LookupOptions, lookup } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import { ErrorCode, TriangulateError } from "../model/errors.js";

/** IPv4 ranges that are not publicly routable: [first address, prefix length]. */
const PRIVATE_V4: readonly (readonly [string, number])[] = [
  ["0.0.0.0", 8], // "this network", includes the unspecified address
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (and cloud metadata services)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation (TEST-NET-1)
  ["192.88.99.0", 24], // deprecated 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation (TEST-NET-2)
  ["203.0.113.0", 24], // documentation (TEST-NET-3)
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, includes the broadcast address
];

/** True when `ip` is a public (globally routable unicast) IPv4 or IPv6 address; false for anything else, non-addresses included. */
export function isPublicAddress(ip: string): boolean {
  const bare = ip.replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
  const version = isIP(bare);
  if (version === 4) return isPublicV4(parseV4(bare));
  if (version === 6) return isPublicV6(parseV6(bare));
  return false;
}

function parseV4(ip: string): number {
  return ip.split(".").reduce((acc, part) => acc * 256 + Number(part), 0);
}

function isPublicV4(value: number): boolean {
  return PRIVATE_V4.every(([base, bits]) => {
    const size = 2 ** (32 - bits);
    const start = parseV4(base);
    return value < start || value >= start + size;
  });
}

/** The eight 16-bit groups of a valid IPv6 address (as `isIP` accepts it), a dotted IPv4 tail included. */
function parseV6(ip: string): number[] {
  let text = ip.toLowerCase();
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail?.[1]) {
    const v4 = parseV4(tail[1]);
    text = `${text.slice(0, tail.index)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head = "", rest] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = rest ? rest.split(":") : [];
  const zeros = rest === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16));
}

/** Only global unicast (2000::/3) is public; IPv4 embedded by mapping, NAT64 or 6to4 is judged as IPv4. */
function isPublicV6(g: number[]): boolean {
  const at = (i: number): number => g[i] ?? 0;
  const embedded = (i: number): number => at(i) * 0x10000 + at(i + 1);
  const zeroPrefix = (n: number): boolean => g.slice(0, n).every((x) => x === 0);
  if (zeroPrefix(5) && at(5) === 0xffff) return isPublicV4(embedded(6)); // ::ffff:a.b.c.d
  if (at(0) === 0x64 && at(1) === 0xff9b && g.slice(2, 6).every((x) => x === 0)) {
    return isPublicV4(embedded(6)); // 64:ff9b::/96 NAT64
  }
  if (at(0) === 0x2002) return isPublicV4(embedded(1)); // 6to4
  if ((at(0) & 0xe000) !== 0x2000) return false; // ::, ::1, fc00::/7, fe80::/10, ff00::/8, ...
  if (at(0) === 0x2001 && at(1) === 0x0db8) return false; // documentation
  if (at(0) === 0x2001 && at(1) < 0x0200) return false; // IETF protocol assignments (Teredo, ORCHID, benchmarking)
  if ((at(0) & 0xfff0) === 0x3ff0) return false; // 3fff::/20 documentation
  return true;
}

/** The error for a host that leads to a non-public address. */
export function privateAddressError(address: string, host: string): TriangulateError {
  return new TriangulateError(
    ErrorCode.PrivateAddress,
    `expected a public address, found ${address} for host ${host}`,
  );
}

/**
 * A `lookup` for `net.connect` / undici's `connect.lookup` that resolves with `dns.lookup` and fails with
 * `private_address` when any resolved address is not public. Checking at connect time catches DNS rebinding
 * and redirects to private hosts; literal IP hosts skip `lookup` in `net`, so callers check those themselves.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    const opts: LookupOptions = typeof options === "object" && options !== null ? options : {};
    lookup(hostname, opts, (error, address: string | LookupAddress[], family?: number) => {
      if (error || allowPrivate) {
        callback(error, address, family);
        return;
      }
      const addresses = typeof address === "string" ? [address] : address.map((a) => a.address);
      const refused = addresses.find((a) => !isPublicAddress(a));
      if (refused !== undefined) {
        callback(privateAddressError(refused, hostname), "");
        return;
      }
      callback(null, address, family);
    });
  };
}
