// Registries for timeline providers and child resolvers. Modules register at load time; registering again under
// the same kind replaces (safe under hot reload). Kept on globalThis so every bundle sees one registry.
import { Brackets, WhereExpressionBuilder } from 'typeorm';
import { TimelineChildren, TimelineProvider, TimelineTarget } from './timeline.types';

const holder = globalThis as unknown as { __crmTimeline?: { providers: Map<string, TimelineProvider>; children: Map<string, TimelineChildren> } };
const registry = (holder.__crmTimeline ??= { providers: new Map(), children: new Map() });

export function registerTimelineProvider(provider: TimelineProvider) {
  registry.providers.set(provider.kind, provider);
}

export const timelineProviders = () => [...registry.providers.values()];
export const timelineKinds = () => [...registry.providers.keys()];

/** Adds children to a record type's timeline (e.g. an opportunity's contracts), beyond the automatic ones. */
export function registerTimelineChildren(parentType: string, resolver: TimelineChildren) {
  registry.children.set(parentType, resolver);
}

export const timelineChildren = (parentType: string) => registry.children.get(parentType);

let seq = 0;

/**
 * For SQL providers: `(typeColumn = t1 AND idColumn IN (…)) OR …` over the targets, as a Brackets to pass to
 * `andWhere`. Targets are few (a record and its children), so the IN lists stay short.
 */
export function targetsCondition(targets: readonly TimelineTarget[], typeColumn: string, idColumn: string): Brackets {
  const live = targets.filter((t) => t.ids.length);
  return new Brackets((w: WhereExpressionBuilder) => {
    if (!live.length) { w.where('1 = 0'); return; }
    for (const target of live) {
      const n = ++seq;
      w.orWhere(`(${typeColumn} = :tlType${n} AND ${idColumn} IN (:...tlIds${n}))`, { [`tlType${n}`]: target.type, [`tlIds${n}`]: target.ids });
    }
  });
}
