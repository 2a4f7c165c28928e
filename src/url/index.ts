/** URL state: a whole setup as a query string and back, validated, pure. */
export * from './ids';
export * from './fields';
export * from './state';
export * from './playgroundLink';
export * from './weights';
export * from './base64url';
export * from './origins';
