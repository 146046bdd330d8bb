// The work report module: importing it registers the record type (comments, notifications) and attachments.
export * from './report.tables';

export * from './report.service';
export * from './report.query';
export * from './report-period';
export * from './report-template';
