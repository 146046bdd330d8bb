// Which keys of a recorded change hold user ids, so the history views can show those people by name, not by id.
// Shared with the UI (app/_lib/history.ts), which formats the same keys.

/** Change keys whose values are user ids (a number, an id string, a [before, after] pair or a list). */
export const USER_ID_KEYS: ReadonlySet<string> = new Set([
  'ownerId', 'userId', 'headId', 'createdById', 'actorId', 'successorId', 'assigneeId', 'toOwnerId', 'fromOwnerId',
  'toUserId', 'fromUserId', 'requesterId', 'participantIds',
]);

const idOf = (value: unknown): number | null => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

/** The user ids a change set names under USER_ID_KEYS, each once, in order of appearance. */
export function userIdsInChanges(changes: Record<string, unknown> | null | undefined): number[] {
  const ids = new Set<number>();
  const collect = (value: unknown) => {
    if (Array.isArray(value)) { value.forEach(collect); return; }
    const id = idOf(value);
    if (id) ids.add(id);
  };
  for (const [key, value] of Object.entries(changes ?? {})) if (USER_ID_KEYS.has(key)) collect(value);
  return [...ids];
}
