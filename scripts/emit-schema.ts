// Writes the API's schema, as type-graphql builds it, to graphql/schema.graphql (the UI's typed documents are
// generated from that file: `npm run codegen`). `--check` only compares and fails when the file is out of date.
import fs from 'node:fs';
import path from 'node:path';
import { printedSchema } from '../graphql/schema-sdl';

const file = path.join(__dirname, '..', 'graphql', 'schema.graphql');
const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
const fresh = printedSchema();
if (process.argv.includes('--check')) {
  if (current !== fresh) {
    console.error('graphql/schema.graphql is out of date: run `npm run codegen` and commit the result');
    process.exit(1);
  }
} else if (current !== fresh) {
  fs.writeFileSync(file, fresh);
  console.log('graphql/schema.graphql updated');
}
