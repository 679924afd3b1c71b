import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument } from '../../../../server/src/engine/checkDocument';
import { unknownProperty } from '../../../../server/src/rules/modjk/unknown-property';
import { ruleTester } from '../../../support/ruleTester';
import { DEBIAN_DEFAULT, LB } from './shared';

ruleTester(unknownProperty, 'modjk', {
  valid: [
    { name: 'an lb over two Tomcats', text: LB },
    { name: "Debian's default", text: DEBIAN_DEFAULT },
    { name: 'route on a member', text: LB + 'worker.tomcat1.route=node01\n' },
    { name: 'a type with a comment after it (mod_jk cuts the line at "#")', text: 'worker.list=t1\nworker.t1.type=ajp13  # AJP\nworker.t1.host=10.0.0.1 # the first Tomcat\n' },
    {
      name: 'an lb worker whose type comes from its template (reference=worker.X)',
      text: 'worker.list=shop\nworker.template.type=lb\nworker.template.sticky_session=true\nworker.shop.reference=worker.template\nworker.shop.balance_workers=t1\nworker.t1.host=10.0.0.1\n',
    },
  ],
  invalid: [
    { name: 'a misspelt property', text: LB + 'worker.lb.sticky_sesion=true\n', findings: [{ at: 'sticky_sesion', message: /did you mean "sticky_session"\?/ }] },
    { name: 'a deprecated property', text: LB.replace('balance_workers', 'balanced_workers'), findings: [{ at: 'balanced_workers', message: /deprecated: use "balance_workers"/ }] },
    { name: 'an ajp property on the lb', text: LB + 'worker.lb.host=10.0.0.1\n', findings: [{ at: 'host', message: /A lb worker has no property "host"/ }] },
    {
      name: 'an ajp property on a worker made lb by its template',
      text: 'worker.list=shop\nworker.template.type=lb\nworker.shop.reference=worker.template\nworker.shop.host=10.0.0.1\n',
      findings: [{ at: 'host', message: /A lb worker has no property "host"/ }],
    },
    { name: 'an unknown type', text: 'worker.list=a\nworker.a.type=ajp15\n', findings: [{ at: 'ajp15', message: /no worker type/ }] },
    { name: 'an unknown type with a comment after it', text: 'worker.list=a\nworker.a.type=ajp15 # not ajp13\n', findings: [{ at: 'ajp15', message: /"ajp15" is no worker type/ }] },
    { name: 'disabled=true', text: LB + 'worker.tomcat2.disabled=true\n', findings: [{ at: 'disabled', message: /"disabled" is deprecated: use "activation"/ }] },
    { name: 'stopped=false', text: LB + 'worker.tomcat2.stopped=false\n', findings: [{ at: 'stopped', message: /"stopped" is deprecated: use "activation"/ }] },
  ],
});

/** Each finding's text after its quick fix, or undefined when it has none. */
function fixed(text: string): (string | undefined)[] {
  const document = TextDocument.create('untitled:workers.properties', 'properties', 1, text);
  const rules = { xml: [], tomcat: [], nginx: [], httpd: [], modjk: [unknownProperty], cluster: [] };
  return checkDocument(document, 'modjk', { rules }).map((f) => f.fix && TextDocument.applyEdits(document, f.fix.edits.map((e) => ({ range: e.range, newText: e.newText }))));
}

test('modjk/unknown-property: the fix of disabled=true / stopped=true writes activation=D / activation=S, not activation=true', () => {
  assert.deepEqual(fixed(LB + 'worker.tomcat2.disabled=true\n'), [LB + 'worker.tomcat2.activation=D\n']);
  assert.deepEqual(fixed(LB + 'worker.tomcat2.stopped=True\n'), [LB + 'worker.tomcat2.activation=S\n']);
  assert.deepEqual(fixed(LB + 'worker.tomcat2.disabled = 1  # for the upgrade\n'), [LB + 'worker.tomcat2.activation = D  # for the upgrade\n']);
});

test('modjk/unknown-property: no fix for disabled=false / stopped=false, nor when activation is already set', () => {
  assert.deepEqual(fixed(LB + 'worker.tomcat2.disabled=false\n'), [undefined]);
  assert.deepEqual(fixed(LB + 'worker.tomcat2.stopped=false\n'), [undefined]);
  assert.deepEqual(fixed(LB + 'worker.tomcat2.stopped=true\nworker.tomcat2.activation=A\n'), [undefined]);
  // Both flags: stopped wins, so only stopped gets the fix.
  assert.deepEqual(fixed(LB + 'worker.tomcat2.disabled=true\nworker.tomcat2.stopped=true\n'), [undefined, LB + 'worker.tomcat2.disabled=true\nworker.tomcat2.activation=S\n']);
});

test('modjk/unknown-property: other deprecated properties keep their rename fix', () => {
  assert.deepEqual(fixed(LB.replace('balance_workers', 'balanced_workers')), [LB]);
});
