export * from './test-runtime.js';
