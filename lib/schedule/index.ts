// The schedule module: importing it registers the record type and the follow-up seam (next contact → entry).
export * from './schedule.tables';
import './schedule.followup';
import './schedule.timeline';

export * from './schedule.service';
export * from './schedule.query';
