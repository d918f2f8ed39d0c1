// check.mjs reads a WARC file with warcio.js and prints one JSON line per
// record, for crawl/warc's tests to compare with what the Go writer wrote.
//
//   node check.mjs FILE.warc.gz
//
// Digests are recomputed here from the bytes warcio hands back (the whole
// block, and the payload after any HTTP header), so that the Go digests
// are checked by code that shares nothing with them.
import { createReadStream } from "node:fs";
import { createHash } from "node:crypto";
import { WARCParser } from "warcio";

const file = process.argv[2];
if (!file) {
  console.error("usage: node check.mjs FILE");
  process.exit(2);
}

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// base32 encodes bytes as RFC 4648 base32 with padding.
function base32(bytes) {
  let bits = 0, value = 0, out = "";
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += "=";
  return out;
}

function sha1(bytes) {
  return "sha1:" + base32(createHash("sha1").update(bytes).digest());
}

// First pass: WARC fields, HTTP status and the payload, as warcio parses them.
const records = [];
const parser = new WARCParser(createReadStream(file));
for await (const record of parser) {
  const payload = await record.readFully(false);
  records.push({
    type: record.warcType,
    target_uri: record.warcTargetURI ?? "",
    record_id: record.warcHeader("WARC-Record-ID") ?? "",
    date: record.warcDate ?? "",
    payload_digest: record.warcPayloadDigest ?? "",
    block_digest: record.warcBlockDigest ?? "",
    content_length: record.warcContentLength,
    http_status: record.httpHeaders?.statusCode ? Number(record.httpHeaders.statusCode) : 0,
    payload_sha1: record.httpHeaders || record.warcType === "resource" ? sha1(payload) : "",
    offset: parser.offset,
  });
}

// Second pass: the whole block, without HTTP parsing, for the block digest.
let i = 0;
for await (const record of new WARCParser(createReadStream(file), { parseHttp: false })) {
  const block = await record.readFully(false);
  records[i].block_sha1 = sha1(block);
  records[i].block_length = block.length;
  i++;
}

for (const r of records) console.log(JSON.stringify(r));
