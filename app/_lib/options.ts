// Options of a search-as-you-type Select built from API rows: the current value's row stays listed (so its name
// shows) even when the search did not return it.

/** The found rows, with `initial` first when it is not among them. */
export function withInitial<T extends { id: string }>(rows: readonly T[], initial?: T | null): T[] {
  return initial && !rows.some((r) => r.id === initial.id) ? [initial, ...rows] : [...rows];
}

/** `{ value: id, label: name }` options of named rows, `initial` first when missing. */
export function nameOptions(rows: readonly { id: string; name: string }[], initial?: { id: string; name: string } | null) {
  return withInitial(rows, initial).map((r) => ({ value: r.id, label: r.name }));
}
