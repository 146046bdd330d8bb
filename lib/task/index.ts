// The task module: importing it registers the record type.
export * from './task.tables';
import './task.timeline';

export * from './task.service';
export * from './task.query';
