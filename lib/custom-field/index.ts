// Public surface of custom fields (自定义字段).
export * from './modules';
export * from './definitions';
export * from './values';
export * from './filter';
