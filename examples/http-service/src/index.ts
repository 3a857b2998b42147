export { buildApp } from './app.js';
export { jsonBody } from './json-body.js';
