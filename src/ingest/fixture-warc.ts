/** Builds small WARC/1.0 archives by hand, record by record, for tests. */

export const CRLF = "\r\n";

/** One WARC/1.0 record: headers, Content-Length, a blank line, the block, and the two closing CRLFs. */
export function record(type: string, headers: Record<string, string>, block: Buffer): Buffer {
  const lines = [
    "WARC/1.0",
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(++recordCount).padStart(12, "0")}>`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    `Content-Length: ${block.length}`,
  ];
  return Buffer.concat([
    Buffer.from(lines.join(CRLF) + CRLF + CRLF, "latin1"),
    block,
    Buffer.from(CRLF + CRLF),
  ]);
}
let recordCount = 0;

/** An HTTP response: status line, headers, a blank line, the body bytes. */
export function http(status: string, headers: Record<string, string>, body: Buffer): Buffer {
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join(CRLF);
  return Buffer.concat([Buffer.from(head + CRLF + CRLF, "latin1"), body]);
}

export function response(url: string, date: string, block: Buffer): Buffer {
  return record(
    "response",
    { "WARC-Target-URI": url, "WARC-Date": date, "Content-Type": "application/http; msgtype=response" },
    block,
  );
}
