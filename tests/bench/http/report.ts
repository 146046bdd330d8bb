// The printed report: one table of figures at the largest size, the growth between sizes, the throughput, the
// export, the database settings, and the list of missed targets (the bench exits non-zero when it is not empty).
import { ViewerRole } from './case';

export interface Row {
  size: number;
  group: string;
  name: string;
  role: ViewerRole;
  target: number;
  p50?: number;
  p95?: number;
  samples?: number;
  floor?: number;
  error?: string;
}
export interface Throughput { name: string; role: ViewerRole; rps: number; errors: number; target: string; rawRps?: number; ok: boolean }

export const RATIO_TARGET = 1.5;
export const GROWTH_TARGET = 1.3;
const ms = (v?: number) => (v === undefined ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0)));

export function table(header: string[], body: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => [...r[i]].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0))));
  const line = (cells: string[]) => `| ${cells.map((c, i) => pad(c, widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** p50 within 1.5× the SQL floor, allowing the fixed HTTP + GraphQL cost of an empty request. */
export const ratioOk = (row: Row, httpFloor: number) => row.p50 !== undefined && row.floor !== undefined && row.p50 <= RATIO_TARGET * row.floor + httpFloor;

export function figuresTable(rows: Row[], httpFloor: number) {
  return table(['query', 'viewer', 'p50 ms', 'p95 ms', 'n', 'SQL floor p50', 'ratio', 'target', 'result'], rows.map((r) => {
    const missed = [r.error ? `ERROR${r.p50 !== undefined ? `: ${r.error.slice(0, 50)}` : ''}` : '', r.p50 !== undefined && r.p50 > r.target ? 'slow' : '', r.floor !== undefined && r.p50 !== undefined && !ratioOk(r, httpFloor) ? 'ratio' : ''].filter(Boolean);
    return [r.name, r.role, r.error && r.p50 === undefined ? `error: ${r.error.slice(0, 60)}` : ms(r.p50), ms(r.p95), String(r.samples ?? '—'), ms(r.floor),
      r.p50 !== undefined && r.floor ? `${(r.p50 / r.floor).toFixed(1)}×` : '—', `≤ ${r.target}`, missed.length ? `MISS (${missed.join(', ')})` : 'ok'];
  }));
}

export function growthTable(rows: Row[], sizes: number[]) {
  const key = (r: Row) => `${r.name}\u0000${r.role}`;
  const byKey = new Map<string, Map<number, Row>>();
  for (const r of rows) { if (!byKey.has(key(r))) byKey.set(key(r), new Map()); byKey.get(key(r))!.set(r.size, r); }
  const small = sizes[0];
  const large = sizes[sizes.length - 1];
  return {
    text: table(['query', 'viewer', ...sizes.map((s) => `p50 @ ${s.toLocaleString('en')}`), `${large / small}× data →`, 'result'], [...byKey.values()].map((bySize) => {
      const any = [...bySize.values()][0];
      const a = bySize.get(small)?.p50;
      const b = bySize.get(large)?.p50;
      const growth = a && b ? b / a : undefined;
      return [any.name, any.role, ...sizes.map((s) => ms(bySize.get(s)?.p50)), growth ? `${growth.toFixed(2)}×` : '—', growth === undefined ? '—' : growth <= GROWTH_TARGET ? 'ok' : 'MISS'];
    })),
    misses: [...byKey.values()].flatMap((bySize) => {
      const a = bySize.get(small)?.p50;
      const b = bySize.get(large)?.p50;
      const any = [...bySize.values()][0];
      return a && b && b / a > GROWTH_TARGET ? [`growth ${any.name} (${any.role}): ${(b / a).toFixed(2)}× from ${small} to ${large} customers > ${GROWTH_TARGET}×`] : [];
    }),
  };
}

export function misses(rows: Row[], httpFloor: number): string[] {
  return rows.flatMap((r) => [
    ...(r.error ? [`${r.name} (${r.role}): ${r.error}`] : []),
    ...(r.p50 !== undefined && r.p50 > r.target ? [`${r.name} (${r.role}): p50 ${ms(r.p50)} ms > ${r.target} ms`] : []),
    ...(r.p50 !== undefined && r.floor !== undefined && !ratioOk(r, httpFloor) ? [`${r.name} (${r.role}): ${ms(r.p50)} ms > ${RATIO_TARGET} × SQL floor ${ms(r.floor)} ms + HTTP floor ${ms(httpFloor)} ms`] : []),
  ]);
}
