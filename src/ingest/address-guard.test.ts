/** Tests for telling public addresses from private ones, and for the connect-time lookup guard. */
import assert from "node:assert/strict";
import type { LookupAddress } from "node:dns";
import { test } from "node:test";
import { TriangulateError } from "../model/errors.js";
import { guardedLookup, isPublicAddress } from "./address-guard.js";

const PUBLIC = [
  "8.8.8.8",
  "1.1.1.1",
  "93.184.215.14",
  "100.63.255.255", // just below CGNAT
  "100.128.0.0", // just above CGNAT
  "172.15.255.255", // just below 172.16/12
  "172.32.0.0", // just above 172.16/12
  "192.169.0.1",
  "223.255.255.255", // just below multicast
  "2606:4700:4700::1111",
  "2001:4860:4860::8888",
  "2a00:1450:4001:80b::200e",
  "::ffff:8.8.8.8", // IPv4-mapped public
  "::ffff:808:808", // the same, in hex
  "64:ff9b::808:808", // NAT64 of a public address
  "2002:808:808::1", // 6to4 of a public address
];

const NOT_PUBLIC = [
  ["127.0.0.1", "loopback"],
  ["127.255.255.254", "loopback"],
  ["10.0.0.1", "private"],
  ["10.255.255.255", "private"],
  ["172.16.0.1", "private"],
  ["172.31.255.255", "private"],
  ["192.168.1.1", "private"],
  ["169.254.169.254", "link-local (cloud metadata)"],
  ["0.0.0.0", "unspecified"],
  ["0.1.2.3", "this network"],
  ["100.64.0.1", "CGNAT"],
  ["100.127.255.255", "CGNAT"],
  ["224.0.0.1", "multicast"],
  ["239.255.255.250", "multicast"],
  ["240.0.0.1", "reserved"],
  ["255.255.255.255", "broadcast"],
  ["192.0.2.10", "documentation"],
  ["198.51.100.7", "documentation"],
  ["203.0.113.9", "documentation"],
  ["198.18.0.1", "benchmarking"],
  ["::1", "IPv6 loopback"],
  ["::", "IPv6 unspecified"],
  ["[::1]", "bracketed IPv6 loopback"],
  ["fc00::1", "unique local"],
  ["fd12:3456:789a::1", "unique local"],
  ["fe80::1", "link-local"],
  ["fe80::1%eth0", "link-local with a zone"],
  ["ff02::1", "multicast"],
  ["2001:db8::1", "documentation"],
  ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
  ["::ffff:7f00:1", "IPv4-mapped loopback in hex"],
  ["::ffff:10.1.2.3", "IPv4-mapped private"],
  ["::ffff:169.254.169.254", "IPv4-mapped link-local"],
  ["64:ff9b::a00:1", "NAT64 of a private address"],
  ["2002:7f00:1::1", "6to4 of loopback"],
  ["::127.0.0.1", "IPv4-compatible (deprecated)"],
  ["localhost", "a name, not an address"],
  ["example.com", "a name, not an address"],
  ["", "empty"],
  ["256.1.1.1", "not an address"],
  ["1.2.3", "not an address"],
] as const;

test("public addresses are public", () => {
  for (const ip of PUBLIC) assert.equal(isPublicAddress(ip), true, ip);
});

test("loopback, private, link-local, CGNAT, multicast, reserved, documentation and mapped ones are not", () => {
  for (const [ip, why] of NOT_PUBLIC) assert.equal(isPublicAddress(ip), false, `${ip} (${why})`);
});

function lookupOnce(allowPrivate: boolean, all: boolean): Promise<{ error: Error | null; address: unknown }> {
  return new Promise((resolve) => {
    guardedLookup(allowPrivate)("localhost", { all }, (error, address) => resolve({ error, address }));
  });
}

test("the guarded lookup refuses a name that resolves to loopback, one address or all", async () => {
  for (const all of [false, true]) {
    const { error } = await lookupOnce(false, all);
    assert.ok(error instanceof TriangulateError, `all: ${all}`);
    assert.equal(error.code, "private_address");
    assert.match(error.message, /^expected a public address, found (127\.0\.0\.1|::1) for host localhost$/);
  }
});

test("the guarded lookup passes private addresses through when they are allowed", async () => {
  const one = await lookupOnce(true, false);
  assert.equal(one.error, null);
  assert.equal(isPublicAddress(one.address as string), false);
  const all = await lookupOnce(true, true);
  assert.equal(all.error, null);
  assert.ok(Array.isArray(all.address) && (all.address as LookupAddress[]).length > 0);
});
