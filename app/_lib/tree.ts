// Builds a tree from parent-linked rows (departments), ordered by sortOrder then name.
export interface FlatNode { id: string; parentId: string | null; name: string; sortOrder?: number }
export type TreeNode<T extends FlatNode> = T & { children: TreeNode<T>[] };

export function buildTree<T extends FlatNode>(rows: T[]): TreeNode<T>[] {
  const byId = new Map<string, TreeNode<T>>(rows.map((r) => [r.id, { ...r, children: [] }]));
  const roots: TreeNode<T>[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    // A node whose parent is not visible to this user is shown at the top level.
    (parent ? parent.children : roots).push(node);
  }
  const order = (list: TreeNode<T>[]) => {
    list.sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.name.localeCompare(b.name, 'zh-CN'));
    list.forEach((n) => order(n.children));
    return list;
  };
  return order(roots);
}

/** The ids of a node and everything below it (to forbid moving a department under its own subtree). */
export function subtreeIds<T extends FlatNode>(rows: T[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const r of rows) if (r.parentId) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r.id]);
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}
