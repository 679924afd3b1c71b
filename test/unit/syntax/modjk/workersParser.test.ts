import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseWorkers } from '../../../../server/src/syntax/modjk/workersParser';
import { workersModel } from '../../../../server/src/model/modjk/workers';

const at = (text: string, start: number, end: number) => text.slice(start, end);

test('key=value lines, blank lines and comments at the start of a line, offsets', () => {
  const text = '# workers\n\n  # indented\nworker.list = lb\r\nworker.lb.type=lb\n';
  const f = parseWorkers(text);
  assert.deepEqual(f.lines.map((l) => [l.key, l.value]), [['worker.list', 'lb'], ['worker.lb.type', 'lb']]);
  const list = f.lines[0];
  assert.equal(at(text, list.keyStart, list.keyEnd), 'worker.list');
  assert.equal(at(text, list.valueStart, list.valueEnd), 'lb');
  assert.equal(at(text, list.start, list.end), 'worker.list = lb');
});

test('a # after the value cuts the line there, as jk_map.c trim_prp_comment does', () => {
  const text = 'worker.list=lb # the balancer\nworker.t1.type=ajp13  # AJP\nworker.t1.host=10.0.0.1#no blank\nworker.t1.port= # no value\n';
  const f = parseWorkers(text);
  assert.deepEqual(f.lines.map((l) => [l.key, l.value]), [
    ['worker.list', 'lb'],
    ['worker.t1.type', 'ajp13'],
    ['worker.t1.host', '10.0.0.1'],
    ['worker.t1.port', ''],
  ]);
  for (const [line, value, whole] of [
    [f.lines[0], 'lb', 'worker.list=lb'],
    [f.lines[1], 'ajp13', 'worker.t1.type=ajp13'],
    [f.lines[2], '10.0.0.1', 'worker.t1.host=10.0.0.1'],
  ] as const) {
    assert.equal(at(text, line.valueStart, line.valueEnd), value);
    assert.equal(at(text, line.start, line.end), whole);
  }
  const model = workersModel(f);
  assert.deepEqual(model.list.map((r) => r.name), ['lb']);
  assert.equal(model.workers.get('t1')!.type, 'ajp13');
});

test('a # in the key cuts the line before its "="', () => {
  const text = 'worker.list#=lb\n';
  const f = parseWorkers(text);
  assert.equal(f.lines.length, 1);
  assert.equal(f.lines[0].bad, true);
  assert.equal(f.lines[0].key, 'worker.list');
  assert.equal(at(text, f.lines[0].start, f.lines[0].end), 'worker.list');
});
