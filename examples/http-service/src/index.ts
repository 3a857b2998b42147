export { buildApp } from './app.js';
export { jsonBody } from './json-body.js';
export { type ClaimReadModels, claimReadModels } from './read-models.js';
