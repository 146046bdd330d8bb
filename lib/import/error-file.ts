// The file of rows to fix (错误原因): the rows an import did not take — errors and skipped duplicates — with their
// original cells under the file's own headers and one more column saying why, streamed from the problem rows in
// batches; fixed, it imports again as it is.
import { Writable } from 'node:stream';
import { EntityManager, In, MoreThan } from 'typeorm';
import { ImportJob, ImportProblem } from '@/entities';
import { rowWriter } from '@/lib/export/writers';

const BATCH = 1000;
export const REASON_HEADER = '错误原因';

export const reasonOf = (problem: ImportProblem) => problem.messages.map((m) => (m.column ? `${m.column}：${m.message}` : m.message)).join('；');

export async function writeErrorFile(manager: EntityManager, job: ImportJob, output: Writable): Promise<number> {
  const headers = [...job.headers];
  const writer = rowWriter('XLSX', output, '错误行', [...headers, REASON_HEADER].map((header) => ({ header, width: header === REASON_HEADER ? 60 : 16 })));
  let after = 0;
  let count = 0;
  for (;;) {
    const batch = await manager.find(ImportProblem, {
      where: { importId: job.id, kind: In(['ERROR', 'DUPLICATE']), rowNumber: MoreThan(after) }, order: { rowNumber: 'ASC' }, take: BATCH,
    });
    for (const problem of batch) {
      const cells = headers.map((_, i) => (problem.cells[i] ?? '').slice(0, 32767));
      writer.write([...cells, reasonOf(problem)]);
    }
    count += batch.length;
    await writer.drain();
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1].rowNumber;
  }
  await writer.end();
  return count;
}
