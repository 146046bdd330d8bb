// Public surface of the data dictionary module.
export * from './kinds';
export * from './dictionary.query';
export * from './dictionary.service';
export * from './record-values';
