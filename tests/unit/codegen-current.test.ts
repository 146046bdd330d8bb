// The committed API schema (graphql/schema.graphql) and the UI's typed documents (app/_lib/gql) are current: a
// change to a resolver or to a page's document without `npm run codegen` fails here, naming the stale file.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { printedSchema } from '@/graphql/schema-sdl';

const root = path.join(__dirname, '..', '..');

test('graphql/schema.graphql is the schema the resolvers build (run `npm run codegen` after an API change)', () => {
  const stale = fs.readFileSync(path.join(root, 'graphql', 'schema.graphql'), 'utf8') !== printedSchema();
  expect({ file: 'graphql/schema.graphql', stale }).toEqual({ file: 'graphql/schema.graphql', stale: false });
});

test('app/_lib/gql is generated from the committed schema and the documents in app/ (run `npm run codegen`)', () => {
  // The generator's CLI is ES modules only, so it runs as its own process; --check writes nothing.
  const cli = path.join(root, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js');
  const run = spawnSync(process.execPath, [cli, '--config', 'codegen.ts', '--check'], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  const report = `${run.stdout}${run.stderr}`.split('\n').filter((line) => /stale|error|Error|- /.test(line)).join('\n');
  expect({ status: run.status, report }).toEqual({ status: 0, report: '' });
}, 60000);
