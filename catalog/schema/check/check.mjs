// Asks the real yaml-language-server (the server VS Code's YAML extension runs) what policy staff
// see while they type, on the editor schemas in catalog/schema, as if they had opened a new file
// under catalog/sample, and prints what falls short of the conventions in ../README.md:
//   - the keys offered at the top level of every kind of file, and inside a material, a scenario,
//     a condition and the time limits of an item: the keys that show no Chinese beside them, and
//     those whose text does not start with their Chinese name, as "名称 (key): ";
//   - the values offered for every enum of an item that have no description of their own;
//   - the skeletons inserted for a new material and a new calendar, and whether they are valid;
//   - whether a date that does not exist (2025-13-01) is marked while typing.
// Usage (from this folder): npm ci && node check.mjs [--verbose]    (--verbose prints every text)
// Exit code: 0 when nothing falls short; 1 otherwise; 2 when the server could not be asked.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const sample = path.resolve(here, '..', '..', 'sample');
const require = createRequire(import.meta.url);
const serverMain = require.resolve('yaml-language-server/bin/yaml-language-server');
const serverVersion = require('yaml-language-server/package.json').version;
const verbose = process.argv.includes('--verbose');
const CJK = /[\u4e00-\u9fff]/;

// ---- a minimal LSP client over stdio -------------------------------------------------------
const server = spawn(process.execPath, [serverMain, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
let buffer = Buffer.alloc(0);
let nextId = 1;
const pending = new Map();
const diagnostics = new Map();
const diagnosticWaiters = new Map();

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}
function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}
function notify(method, params) {
  send({ method, params });
}
const settings = {
  validate: true, completion: true, hover: true, format: { enable: false },
  schemaStore: { enable: false }, kubernetesCRDStore: { enable: false },
};
function onMessage(message) {
  if (message.id !== undefined && message.method === undefined) {
    const p = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) p.reject(new Error(`${message.error.code} ${message.error.message}`));
    else p.resolve(message.result);
  } else if (message.id !== undefined) {
    // a request from the server: settings when asked, nothing for everything else
    const result = message.method === 'workspace/configuration'
      ? message.params.items.map((item) => (item.section === 'yaml' ? settings : {}))
      : null;
    send({ id: message.id, result });
  } else if (message.method === 'textDocument/publishDiagnostics') {
    diagnostics.set(message.params.uri, message.params.diagnostics);
    const waiter = diagnosticWaiters.get(message.params.uri);
    if (waiter) {
      diagnosticWaiters.delete(message.params.uri);
      waiter(message.params.diagnostics);
    }
  }
}
server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
    buffer = buffer.subarray(headerEnd + 4 + length);
    onMessage(JSON.parse(body));
  }
});
const timeout = setTimeout(() => {
  console.error('yaml-language-server did not answer within 60 s');
  process.exit(2);
}, 60_000);

// ---- documents, as if staff had opened a new file under catalog/sample ------------------------
let version = 0;
function open(relative, lines) {
  const uri = pathToFileURL(path.join(sample, relative)).href;
  const text = lines.join('\n');
  notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++version, text } });
  return uri;
}
function close(uri) {
  notify('textDocument/didClose', { textDocument: { uri } });
}
async function complete(relative, lines, line, character) {
  const uri = open(relative, lines);
  const result = await request('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  close(uri);
  return Array.isArray(result) ? result : result.items;
}
function shown(item) {
  const doc = typeof item.documentation === 'string' ? item.documentation : item.documentation?.value ?? '';
  return `${item.detail ?? ''} ${doc}`.trim();
}
const modeline = (file, up) => `# yaml-language-server: $schema=${'../'.repeat(up)}schema/${file}`;

// ---- the probes ---------------------------------------------------------------------------
const ITEM = [modeline('item.schema.json', 2), 'code: 620300-XX-001', 'name: 示例事项'];
const KEY_PROBES = [
  // the two counts: a new item with code and name typed, and a new material
  { what: 'item, top level', file: 'items/probe.yaml', lines: [...ITEM, ''], at: [3, 0] },
  { what: 'item, in a material', file: 'items/probe.yaml', lines: [...ITEM, 'materials:', '  - '], at: [4, 4] },
  { what: 'item, in a scenario', file: 'items/probe.yaml', lines: [...ITEM, 'scenarios:', '  - '], at: [4, 4] },
  { what: 'item, in a condition', file: 'items/probe.yaml', lines: [...ITEM, 'conditions:', '  '], at: [4, 2] },
  { what: 'item, in the time limits', file: 'items/probe.yaml', lines: [...ITEM, 'timeLimit:', '  '], at: [4, 2] },
  { what: 'catalogue.yaml', file: 'probe-catalogue.yaml', lines: [modeline('catalogue.schema.json', 1), ''], at: [1, 0] },
  { what: 'facts.yaml, a fact', file: 'probe-facts.yaml', lines: [modeline('facts.schema.json', 1), 'facts:', '  - '], at: [2, 4] },
  { what: 'parameters.yaml, a parameter', file: 'probe-parameters.yaml', lines: [modeline('parameters.schema.json', 1), 'parameters:', '  - '], at: [2, 4] },
  { what: 'regions.yaml, a region', file: 'probe-regions.yaml', lines: [modeline('regions.schema.json', 1), 'root:', '  '], at: [2, 2] },
  { what: 'calendar, top level', file: 'calendar/probe.yaml', lines: [modeline('calendar.schema.json', 2), ''], at: [1, 0] },
  { what: 'tests, a test', file: 'tests/probe.yaml', lines: [modeline('tests.schema.json', 2), 'item: X', 'tests:', '  - '], at: [3, 4] },
  { what: 'tests, an expectation', file: 'tests/probe.yaml', lines: [modeline('tests.schema.json', 2), 'item: X', 'tests:', '  - name: t', '    expect:', '      '], at: [5, 6] },
];
const VALUE_PROBES = [
  ['type', ''], ['onlineLevel', ''], ['scope', ''], ['home', ''],
  ['delivery', '[', ']'], ['modes', '[', ']'], ['specialServices', '[', ']'], ['levels', '[', ']'],
].map(([key, open = '', closing = '']) => ({
  what: `item ${key}`, lines: [...ITEM, `${key}: ${open}${closing}`], at: [3, key.length + 2 + open.length],
})).concat([
  { what: 'item authority.level', lines: [...ITEM, 'authority:', '  level: '], at: [4, 9] },
  { what: 'item material form', lines: [...ITEM, 'materials:', '  - form: '], at: [4, 10] },
  { what: 'item material source.kind', lines: [...ITEM, 'materials:', '  - source:', '      kind: '], at: [5, 12] },
  { what: 'item condition op', lines: [...ITEM, 'conditions:', '  op: '], at: [4, 6] },
]);

// the convention of catalog/schema/README.md: a key's text starts with its Chinese name and the key
function named(item) {
  const text = shown(item);
  const at = text.indexOf(` (${item.label}): `);
  return at > 0 && CJK.test(text.slice(0, at));
}
function isKey(item) {
  return item.kind === 10 /* Property */ && !/\s/.test(item.label);
}

async function main() {
  await request('initialize', {
    processId: process.pid, rootUri: pathToFileURL(sample).href, workspaceFolders: null,
    capabilities: {
      workspace: { configuration: true },
      textDocument: {
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: {},
      },
    },
  });
  notify('initialized', {});
  notify('workspace/didChangeConfiguration', { settings: { yaml: settings } });

  console.log(`yaml-language-server ${serverVersion}, schemas in ${path.relative(process.cwd(), path.resolve(sample, '..', 'schema')) || '.'}`);
  let failures = 0;

  console.log('\nKeys offered, and those that show no Chinese beside them:');
  for (const probe of KEY_PROBES) {
    const items = (await complete(probe.file, probe.lines, ...probe.at)).filter(isKey);
    const bare = items.filter((item) => !CJK.test(shown(item))).map((item) => item.label);
    const unnamed = items.filter((item) => !named(item)).map((item) => item.label);
    failures += unnamed.length;
    console.log(`  ${probe.what}: ${bare.length} of ${items.length} keys show no Chinese${bare.length ? ': ' + bare.join(', ') : ''}`);
    if (unnamed.length > bare.length) {
      console.log(`    ${unnamed.length} of ${items.length} do not start with their Chinese name, as "名称 (key): ": ${unnamed.join(', ')}`);
    }
    if (verbose) items.forEach((item) => console.log(`      ${item.label}: ${shown(item).split('\n')[0]}`));
  }

  console.log('\nValues offered, and those that show no Chinese beside them:');
  for (const probe of VALUE_PROBES) {
    const items = (await complete('items/probe.yaml', probe.lines, ...probe.at)).filter((item) => !isKey(item));
    const values = items.filter((item) => item.kind !== 15 /* Snippet */);
    // a value without a description of its own shows its property's text, the same as its neighbours
    const bare = values.filter((item) => !CJK.test(shown(item)) || values.some((other) => other !== item && shown(other) === shown(item)));
    failures += bare.length;
    console.log(`  ${probe.what}: ${bare.length} of ${values.length} values without a description of their own${bare.length ? ': ' + bare.map((i) => i.label).join(', ') : ''}`);
    if (verbose) values.forEach((item) => console.log(`      ${item.label}: ${shown(item).split('\n')[0]}`));
  }

  console.log('\nSkeletons (what the editor inserts for a new entry, placeholders filled with their defaults):');
  const SKELETONS = [
    { what: 'a material', file: 'items/probe.yaml', lines: [...ITEM, 'materials:', '  - '], at: [4, 4], numbers: { copies: 1 } },
    { what: 'a calendar', file: 'calendar/probe.yaml', lines: [modeline('calendar.schema.json', 2), ''], at: [1, 0], numbers: { year: 2000 } },
  ];
  for (const probe of SKELETONS) {
    const items = await complete(probe.file, probe.lines, ...probe.at);
    // the skeleton is the entry that inserts every required key at once, listed first
    const skeleton = items.find((item) => item.sortText?.startsWith('_'));
    const text = (skeleton?.textEdit?.newText ?? skeleton?.insertText ?? '').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
    const low = Object.entries(probe.numbers).filter(([key, min]) => {
      const m = new RegExp(`^\\s*${key}: (-?\\d+)\\s*$`, 'm').exec(text);
      return m && Number(m[1]) < min;
    }).map(([key, min]) => `${key} below its minimum ${min}`);
    failures += low.length + (skeleton ? 0 : 1);
    console.log(`  ${probe.what}: ${skeleton ? '"' + skeleton.label + '"' : 'none offered'}${low.length ? ', INVALID: ' + low.join(', ') : ', valid'}`);
    if (skeleton) text.split('\n').forEach((l) => console.log(`      ${l}`));
  }

  console.log('\nA date that does not exist, while typing:');
  const dateUri = open('items/probe-date.yaml', [...ITEM, 'effective:', '  from: 2025-13-01', '']);
  let giveUp;
  const marked = await new Promise((resolve) => {
    diagnosticWaiters.set(dateUri, resolve);
    giveUp = setTimeout(() => resolve(diagnostics.get(dateUri) ?? []), 10_000);
  });
  clearTimeout(giveUp);
  const onDate = marked.filter((d) => d.range.start.line === 4);
  if (onDate.length === 0) failures++;
  console.log(`  effective.from: 2025-13-01 ${onDate.length ? 'is marked: ' + onDate.map((d) => d.message).join(' / ') : 'is not marked'}`);
  close(dateUri);

  await request('shutdown', null);
  notify('exit', null);
  clearTimeout(timeout);
  console.log(`\n${failures === 0 ? 'OK' : failures + ' findings'}`);
  process.exitCode = failures === 0 ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
