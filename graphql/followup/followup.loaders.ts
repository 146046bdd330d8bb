// Per-request DataLoaders of the activity module (follow-ups, comments, attachments, record references), spread
// into graphql/loaders.ts. Every loader applies the viewer's visibility: a hidden record comes back empty/null.
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Attachment, AuditLog, Comment, FollowUp } from '@/entities';
import { Viewer } from '@/lib/access';
import { attachmentsOf } from '@/lib/attachment/attachment.service';
import { commentsOfTargets, findCommentsByIds, unreadCountsOfTargets } from '@/lib/comment/comment.query';
import { unreadFlags } from '@/lib/comment/comment.service';
import { findFollowUpsByIds, followUpCounts, latestFollowUpsOf } from '@/lib/followup/followup.query';
import { editableFollowUpIds } from '@/lib/followup/followup.service';
import { FOLLOW_UP_TYPE } from '@/lib/followup/followup.tables';
import { RecordRef, recordRefs } from '@/lib/timeline/record-ref';

const byId = <T extends { id: number }>(ids: readonly number[], rows: T[]) => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
};

/** Groups "type:id[:extra]" keys by their prefix, runs one batch per group, and answers in key order. */
function grouped<V>(empty: V, run: (group: string, ids: number[]) => Promise<Map<number, V>>) {
  return new DataLoader<string, V>(async (keys) => {
    const groups = new Map<string, number[]>();
    for (const key of keys) {
      const cut = key.lastIndexOf('#');
      groups.set(key.slice(0, cut), [...(groups.get(key.slice(0, cut)) ?? []), Number(key.slice(cut + 1))]);
    }
    const results = new Map<string, Map<number, V>>();
    for (const [group, ids] of groups) results.set(group, await run(group, [...new Set(ids)]));
    return keys.map((key) => {
      const cut = key.lastIndexOf('#');
      return results.get(key.slice(0, cut))?.get(Number(key.slice(cut + 1))) ?? empty;
    });
  });
}

/** Key of a grouped loader: `group#id`. */
export const loaderKey = (group: string | number, id: number | string) => `${group}#${id}`;

export function activityLoaders(db: DataSource, viewer: Viewer | null) {
  const m = db.manager;
  return {
    followUp: new DataLoader<number, FollowUp | null>(async (ids) => (viewer ? byId(ids, await findFollowUpsByIds(m, viewer, ids)) : ids.map(() => null))),
    /** Keys `type|limit#parentId`: the latest follow-ups of each parent. */
    followUpsOfParent: grouped<FollowUp[]>([], async (group, ids) => {
      const [type, limit] = group.split('|');
      return viewer ? latestFollowUpsOf(m, viewer, type, ids, Number(limit)) : new Map();
    }),
    /** Keys `type#parentId`. */
    followUpCount: grouped<number>(0, async (type, ids) => (viewer ? followUpCounts(m, viewer, type, ids) : new Map())),
    followUpEditable: new DataLoader<number, boolean>(async (ids) => {
      if (!viewer) return ids.map(() => false);
      const editable = await editableFollowUpIds(m, viewer, ids);
      return ids.map((id) => editable.has(id));
    }),
    /** Attachments of follow-ups the caller already holds (so visible). */
    attachmentsOfFollowUp: new DataLoader<number, Attachment[]>(async (ids) => {
      const map = await attachmentsOf(m, FOLLOW_UP_TYPE, ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
    /** Keys `targetType#targetId`: the thread on each target. */
    commentsOf: grouped<Comment[]>([], async (type, ids) => (viewer ? commentsOfTargets(m, viewer, type, ids) : new Map())),
    /** Keys `targetType#targetId`: the viewer's unread comments on each target. */
    unreadCommentsOf: grouped<number>(0, async (type, ids) => (viewer ? unreadCountsOfTargets(m, viewer, type, ids) : new Map())),
    comment: new DataLoader<number, Comment | null>(async (ids) => (viewer ? byId(ids, await findCommentsByIds(m, viewer, ids)) : ids.map(() => null))),
    commentUnread: new DataLoader<number, boolean>(async (ids) => {
      if (!viewer) return ids.map(() => false);
      const unread = await unreadFlags(m, viewer, ids);
      return ids.map((id) => unread.has(id));
    }),
    /** Audit entries by id, for timeline entries (which come from a scoped query already). */
    auditEntry: new DataLoader<number, AuditLog | null>(async (ids) => byId(ids, await m.findBy(AuditLog, { id: In([...ids]) }))),
    /** Keys `type#id`: a title for any readable record. */
    recordRef: grouped<RecordRef | null>(null, async (type, ids) => (viewer ? recordRefs(m, viewer, type, ids) : new Map())),
  };
}

export type ActivityLoaders = ReturnType<typeof activityLoaders>;
