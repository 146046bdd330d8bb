// The timeline's extension points. A provider contributes one kind of entry (follow-ups, comments, audit
// entries; tasks, schedule entries and approvals from their own modules) about a set of records the viewer
// may read; the timeline merges the providers' streams newest first.
import { EntityManager } from 'typeorm';
import { Viewer } from '@/lib/access';

/** Records of one type, all readable by the viewer: the record itself, or its readable children. */
export interface TimelineTarget { type: string; ids: number[] }

export interface TimelineEntry {
  /** The provider's kind, e.g. FOLLOW_UP, COMMENT, AUDIT, TASK, SCHEDULE, APPROVAL. */
  kind: string;
  /** The id of the entry's own row (follow-up id, comment id, …), unique within its kind. */
  id: number;
  /** When it happened: the sort key, newest first. */
  at: Date;
  /** Who did it, when known. */
  actorId: number | null;
  /** The record it is about (one of the targets, or a follow-up of one for comments on follow-ups). */
  targetType: string;
  targetId: number;
  /** Plain-text headline and summary, for the table view and for kinds a client does not know. */
  title: string | null;
  summary: string | null;
  /** A state code of the entry, when its kind has one (an approval step's outcome, a task's status). */
  status?: string | null;
}

export interface TimelineQuery {
  manager: EntityManager;
  viewer: Viewer;
  /** The record and its readable children, grouped by type; every id is readable by the viewer. */
  targets: TimelineTarget[];
  /** How many entries to return at most. */
  limit: number;
}

export interface TimelineProvider {
  kind: string;
  /** Up to `limit` entries about the targets, newest first (`at` DESC, then id DESC): a stable order. */
  entries(query: TimelineQuery): Promise<TimelineEntry[]>;
  /** How many entries there are about the targets in all. */
  count(query: Omit<TimelineQuery, 'limit'>): Promise<number>;
}

/** Extra children of a record type beyond a customer's own (contacts, opportunities, contracts are automatic). */
export type TimelineChildren = (manager: EntityManager, viewer: Viewer, id: number) => Promise<TimelineTarget[]>;
