// Public surface of the access module.
export * from './scopes';
export * from './viewer';
export * from './scope';
export * from './guard';
export * from './records';
export * from './record-roots';
export * from './list-shape';
