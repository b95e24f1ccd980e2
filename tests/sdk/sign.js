#!/usr/bin/env node
// Signs requests with the official AWS SDK for JavaScript v3 signer (@smithy/signature-v4), for
// tests/cloud/tst_sigv4_sdk. Reads one JSON request a line on standard input and prints, a line
// for each, the JSON {"id", "headers": {lower-case name: value}} of the headers the SDK set
// (authorization, x-amz-date, x-amz-security-token, x-amz-content-sha256).
//
// A request: {"id", "method", "protocol", "hostname", "port", "path" (as on the wire), "query":
// [[name, value]] (decoded), "headers": [[name, value]] (repeats allowed), "body", "accessKeyId",
// "secretAccessKey", "sessionToken", "region", "service", "date" (ISO 8601), "applyChecksum"}.
'use strict';

const { SignatureV4 } = require('@smithy/signature-v4');
const { Hash } = require('@smithy/hash-node');
const readline = require('readline');

const Sha256 = Hash.bind(null, 'sha256');

async function sign(input) {
    // The SDK's HeaderBag holds one value a name: repeated headers travel as one comma-separated
    // list, which HTTP makes equivalent (RFC 9110 5.3); white space around each is not part of it.
    const headers = {};
    const firstName = {};
    for (const [name, value] of input.headers) {
        const lower = name.toLowerCase();
        if (lower in firstName) {
            headers[firstName[lower]] += ',' + value.trim();
        } else {
            firstName[lower] = name;
            headers[name] = value.trim();
        }
    }
    // The SDK's middleware sets Host from the endpoint; do as it does unless the request has one.
    if (!('host' in firstName)) {
        const defaultPort = input.protocol === 'https:' ? 443 : 80;
        headers.host = input.hostname.toLowerCase() + (input.port && input.port !== defaultPort ? ':' + input.port : '');
    }
    const query = {};
    for (const [name, value] of input.query) {
        if (Object.prototype.hasOwnProperty.call(query, name)) {
            query[name] = [].concat(query[name], value);
        } else {
            query[name] = value;
        }
    }
    const signer = new SignatureV4({
        service: input.service,
        region: input.region,
        sha256: Sha256,
        applyChecksum: input.applyChecksum,
        credentials: {
            accessKeyId: input.accessKeyId,
            secretAccessKey: input.secretAccessKey,
            sessionToken: input.sessionToken || undefined,
        },
    });
    const signed = await signer.sign({
        method: input.method,
        protocol: input.protocol,
        hostname: input.hostname,
        port: input.port || undefined,
        path: input.path,
        query,
        headers,
        body: input.body,
    }, { signingDate: new Date(input.date) });
    const out = {};
    for (const [name, value] of Object.entries(signed.headers)) {
        const lower = name.toLowerCase();
        if (['authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256'].includes(lower)) {
            out[lower] = value;
        }
    }
    return { id: input.id, headers: out };
}

async function main() {
    const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
        if (line.trim() === '') {
            continue;
        }
        process.stdout.write(JSON.stringify(await sign(JSON.parse(line))) + '\n');
    }
}

main().catch((error) => {
    process.stderr.write(String(error && error.stack || error) + '\n');
    process.exit(1);
});
