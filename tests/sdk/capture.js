#!/usr/bin/env node
// Records what the official AWS SDK for JavaScript v3 clients send, for tests/cloud/tst_wireshapes.
// Reads a JSON array of cases on standard input:
//   {"client": "scheduler", "command": "CreateScheduleCommand", "input": {...},
//    "dates": ["StartDate", "Target.X.When"]}
// ("dates" names the members, dotted paths, whose numbers are epoch seconds that the SDK takes as
// Date objects; the wire carries them as epoch seconds in the JSON protocols.) Each case is sent by
// the real client (region us-east-1, fixed static credentials, one attempt) to a local HTTP server
// on 127.0.0.1 that records the request and answers 200 with the case's "answer" ({"contentType",
// "body"}) or else a minimal body. Prints a JSON array, an element a case: {"method", "path" (as on
// the wire), "query" (as on the wire, without '?'), "contentType", "target", "headers", "body",
// "requests" (how many the case sent), "error", "output" (what the SDK read from the answer, without
// $metadata; dates as ISO strings)}. An error reading the minimal answer is kept in "error" but does
// not fail: the request is what counts.
'use strict';

const http = require('http');
const path = require('path');

// What the SDK sends must not depend on the machine: no AWS_* settings and no ~/.aws files (they
// can change endpoints, checksums, account-id routing...). The clients pinned here run on Node 20;
// their warning is about later releases, so it is not printed.
for (const name of Object.keys(process.env)) {
    if (name.startsWith('AWS_')) {
        delete process.env[name];
    }
}
process.env.AWS_CONFIG_FILE = path.join(__dirname, 'no-such-aws-config');
process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(__dirname, 'no-such-aws-credentials');
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const Clients = {
    sagemaker: ['@aws-sdk/client-sagemaker', 'SageMakerClient'],
    eventbridge: ['@aws-sdk/client-eventbridge', 'EventBridgeClient'],
    scheduler: ['@aws-sdk/client-scheduler', 'SchedulerClient'],
    ram: ['@aws-sdk/client-ram', 'RAMClient'],
    sts: ['@aws-sdk/client-sts', 'STSClient'],
};

function readStdin() {
    return new Promise((resolve, reject) => {
        const chunks = [];
        process.stdin.on('data', (c) => chunks.push(c));
        process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        process.stdin.on('error', reject);
    });
}

function toDates(input, paths) {
    for (const path of paths || []) {
        const keys = path.split('.');
        let o = input;
        for (let i = 0; i < keys.length - 1 && o; ++i) {
            o = o[keys[i]];
        }
        const last = keys[keys.length - 1];
        if (o && typeof o[last] === 'number') {
            o[last] = new Date(o[last] * 1000);
        }
    }
    return input;
}

// The smallest answer each protocol's deserialiser reads without complaint.
function answerFor(request, body) {
    const type = (request.headers['content-type'] || '').toLowerCase();
    if (type.startsWith('application/x-www-form-urlencoded')) {
        const action = new URLSearchParams(body).get('Action') || 'Unknown';
        return {
            type: 'text/xml',
            body: `<${action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/">` +
                `<${action}Result></${action}Result>` +
                '<ResponseMetadata><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ResponseMetadata>' +
                `</${action}Response>`,
        };
    }
    if (type.startsWith('application/x-amz-json')) {
        return { type: type, body: '{}' };
    }
    return { type: 'application/json', body: '{}' };
}

async function main() {
    const cases = JSON.parse(await readStdin());
    let current = null;
    let currentAnswer = null;
    const server = http.createServer((request, response) => {
        const chunks = [];
        request.on('data', (c) => chunks.push(c));
        request.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            const url = request.url;
            const q = url.indexOf('?');
            const record = {
                method: request.method,
                path: q < 0 ? url : url.slice(0, q),
                query: q < 0 ? '' : url.slice(q + 1),
                contentType: request.headers['content-type'] === undefined ? null : request.headers['content-type'],
                target: request.headers['x-amz-target'] === undefined ? null : request.headers['x-amz-target'],
                headers: request.headers,
                body,
            };
            if (current) {
                current.push(record);
            }
            const answer = currentAnswer
                ? { type: currentAnswer.contentType || 'application/json', body: currentAnswer.body }
                : answerFor(request, body);
            response.writeHead(200, {
                'Content-Type': answer.type,
                'x-amzn-RequestId': '00000000-0000-0000-0000-000000000000',
            });
            response.end(answer.body);
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${server.address().port}`;

    const clients = {};
    const out = [];
    for (const c of cases) {
        const [pkg, clientName] = Clients[c.client] || [];
        if (!pkg) {
            throw new Error(`unknown client ${c.client}`);
        }
        const module = require(pkg);
        if (!clients[c.client]) {
            clients[c.client] = new module[clientName]({
                region: 'us-east-1',
                endpoint,
                maxAttempts: 1,
                credentials: {
                    accessKeyId: 'AKIDEXAMPLE',
                    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
                },
            });
        }
        const Command = module[c.command];
        if (!Command) {
            throw new Error(`${pkg} has no ${c.command}`);
        }
        current = [];
        currentAnswer = c.answer || null;
        let error = null;
        let output = null;
        try {
            output = await clients[c.client].send(new Command(toDates(JSON.parse(JSON.stringify(c.input || {})), c.dates)));
            delete output.$metadata;
        } catch (e) {
            error = String((e && e.message) || e);
        }
        const recorded = current;
        current = null;
        currentAnswer = null;
        out.push(Object.assign({ requests: recorded.length, error, output }, recorded[0] || {}));
    }
    server.close();
    process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((error) => {
    process.stderr.write(String((error && error.stack) || error) + '\n');
    process.exit(1);
});
