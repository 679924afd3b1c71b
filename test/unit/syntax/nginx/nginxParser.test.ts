import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { allStatements, parseNginx } from '../../../../server/src/syntax/nginx/nginxParser';
import { isKnownDirective } from '../../../../server/src/model/nginx/directives';

const parse = (text: string) => parseNginx(text, isKnownDirective);
const names = (text: string) => [...allStatements(parse(text).statements)].map((s) => [s.name, ...s.args.map((a) => a.value)]);

test('statements, blocks and arguments with exact offsets', () => {
  const text = 'http {\n  upstream tcsrvs {\n    hash $request_uri consistent;\n    server 192.168.169.131:8080;\n  }\n}\n';
  const f = parse(text);
  assert.deepEqual(f.errors, []);
  const upstream = f.statements[0].block![0];
  assert.equal(upstream.name, 'upstream');
  assert.equal(text.slice(upstream.args[0].start, upstream.args[0].end), 'tcsrvs');
  const hash = upstream.block![0];
  assert.equal(text.slice(hash.start, hash.end), 'hash $request_uri consistent;');
  assert.equal(upstream.block![1].parent, upstream);
  assert.equal(text.slice(upstream.blockStart!, upstream.blockEnd! + 1).startsWith('{'), true);
});

test('quotes with escapes, comments between arguments, ${var} inside a word', () => {
  assert.deepEqual(names('add_header X-Note "a \\"b\\" c" always; # trailing\nset $x ${host}_suffix;\nreturn 200 # comment inside\n  \'ok\';'), [
    ['add_header', 'X-Note', 'a "b" c', 'always'],
    ['set', '$x', '${host}_suffix'],
    ['return', '200', 'ok'],
  ]);
  assert.equal(parse('a b; # c\n# d').comments.length, 2);
});

test('a multi-line log_format is one statement', () => {
  const text = "log_format  main  '$remote_addr - $remote_user [$time_local] \"$request\" '\n                  '$status $body_bytes_sent \"$http_referer\" '\n                  '\"$http_user_agent\" \"$http_x_forwarded_for\"';\n";
  const [s] = parse(text).statements;
  assert.equal(s.args.length, 4);
  assert.deepEqual(parse(text).errors, []);
});

test('a regex with braces: quoted it is one argument, unquoted it splits where nginx splits it', () => {
  assert.deepEqual(names('location ~ "^/a{2}$" { return 404; }'), [['location', '~', '^/a{2}$'], ['return', '404']]);
  // nginx ends the word at "{": the block starts there, and "2}$" becomes a directive name.
  const unquoted = names('location ~ ^/a{2}$ { return 404; }');
  assert.deepEqual(unquoted[0], ['location', '~', '^/a']);
  assert.equal(unquoted[1][0], '2}$');
});

test('*_by_lua_block bodies are one argument, with Lua strings and comments', () => {
  const text = 'location / {\n  content_by_lua_block {\n    local s = "}" -- a } in a comment\n    ngx.say(s .. [[ } ]])\n  }\n  return 200;\n}\n';
  const f = parse(text);
  assert.deepEqual(f.errors, []);
  const [lua, ret] = f.statements[0].block!;
  assert.equal(lua.name, 'content_by_lua_block');
  assert.match(lua.args[0].value, /ngx\.say/);
  assert.equal(ret.name, 'return');
});

test('recovery: a missing ";" before the next directive line, an extra "}", an unclosed block', () => {
  const missing = parse('upstream a {\n  server 10.0.0.1:8080\n  server 10.0.0.2:8080;\n}\n');
  assert.equal(missing.errors.length, 1);
  assert.match(missing.errors[0].message, /expecting ";" after "10\.0\.0\.1:8080"/);
  assert.equal(missing.statements[0].block!.length, 2);
  const extra = parse('http { }\n}\nevents { }\n');
  assert.deepEqual(extra.errors.map((e) => e.message), ['unexpected "}"']);
  assert.deepEqual(extra.statements.map((s) => s.name), ['http', 'events']);
  const unclosed = parse('http {\n  server {\n    listen 80;\n');
  assert.equal(unclosed.errors.length, 1);
  assert.match(unclosed.errors[0].message, /unexpected end of file, expecting "}"/);
  assert.equal(unclosed.errors[0].related?.length, 2);
  assert.equal(unclosed.statements[0].block![0].block![0].name, 'listen');
});

test('a multi-line argument list whose next line is no directive is not split', () => {
  const f = parse('server_name example.com\n            www.example.com;\n');
  assert.deepEqual(f.errors, []);
  assert.equal(f.statements[0].args.length, 2);
});

test('errors nginx reports: an unterminated quote, a missing ";" before "}", end of file in a statement', () => {
  assert.match(parse('return 200 "ok;\n').errors[0].message, /quoted string is not closed/);
  assert.match(parse('location / { return 404 }').errors[0].message, /unexpected "}", expecting ";"/);
  assert.match(parse('worker_processes auto').errors[0].message, /unexpected end of file, expecting ";" or "}"/);
});

test('hostile input: random bytes, non-UTF-8, 10,000 nested blocks, 100,000 lines; never throws, ranges inside the text', () => {
  let seed = 7;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const inputs = [
    Array.from({ length: 20000 }, () => String.fromCharCode(Math.floor(rand() * 256))).join(''),
    Buffer.from([0xff, 0xfe, 0x41, 0x3b, 0x0a, 0xc3, 0x28]).toString('utf8'),
    'a {'.repeat(10_000) + '}'.repeat(10_000),
    'http {\n' + '  gzip on;\n'.repeat(100_000) + '}\n',
    '"', "'", '{', '}', ';', '\\', '#', '$', '${', 'a ${', 'content_by_lua_block {',
  ];
  for (const text of inputs) {
    const f = parse(text);
    for (const e of f.errors) assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end);
    for (const s of allStatements(f.statements)) assert.ok(s.start >= 0 && s.end <= text.length);
  }
  const deep = parse('a {'.repeat(10_000) + '}'.repeat(10_000));
  assert.ok(deep.errors.some((e) => /nested more than/.test(e.message)));
});
