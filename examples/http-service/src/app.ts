import { RetriesExhausted, StoreUnavailable } from '@parcel-claims/eventsourcing';
import type { ClaimsService, CommandResult } from '@parcel-claims/service';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonBody } from './json-body.js';

const statusOf = (result: CommandResult): number => {
  switch (result.kind) {
    case 'invalid':
      return 422;
    case 'rejected':
      return 409;
    default:
      return 200;
  }
};

const bodyOf = (result: CommandResult) => {
  switch (result.kind) {
    case 'invalid':
      return { outcome: 'invalid', error: result.error };
    case 'rejected':
      return { outcome: 'rejected', rejection: result.rejection };
    case 'unchanged':
      return { outcome: 'unchanged', events: [] };
    default:
      return {
        outcome: result.kind,
        events: result.events,
        revision: result.revision,
        position: result.position,
      };
  }
};

/**
 * The HTTP face of a claims service:
 * - `POST /commands/:type` with the command's data as JSON: 200 with the events written (or, for
 *   a repeated command id, the events it wrote the first time), 422 with every invalid JSON path,
 *   409 when a rule refuses the command or concurrent writers kept conflicting, 503 when the store
 *   is down.
 * - `GET /parcels/:parcelId`: the parcel's current state; 404 if nothing was recorded.
 * - `GET /parcels/:parcelId/history`: every recorded event with its metadata.
 */
export const buildApp = (service: ClaimsService): FastifyInstance => {
  const app = Fastify({ logger: false });

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof RetriesExhausted)
      return reply.code(409).send({ outcome: 'conflict', message: error.message });
    if (error instanceof StoreUnavailable)
      return reply.code(503).send({ outcome: 'unavailable', message: error.message });
    // Fastify's own errors (a body that is not JSON, say) carry a 4xx status; anything else is ours.
    const status =
      error instanceof Error &&
      'statusCode' in error &&
      typeof error.statusCode === 'number' &&
      error.statusCode < 500
        ? error.statusCode
        : 500;
    return reply
      .code(status)
      .send({ outcome: 'error', message: error instanceof Error ? error.message : String(error) });
  });

  app.post<{ Params: { type: string }; Body: unknown }>('/commands/:type', async (request, reply) => {
    const result = await service.execute({ type: request.params.type, data: request.body });
    return reply
      .code(statusOf(result))
      .type('application/json')
      .send(jsonBody(bodyOf(result)));
  });

  app.get<{ Params: { parcelId: string } }>('/parcels/:parcelId', async (request, reply) => {
    const parcel = await service.getParcel(request.params.parcelId);
    if (parcel === null)
      return reply.code(404).send({ outcome: 'not-found', parcelId: request.params.parcelId });
    return reply.type('application/json').send(jsonBody(parcel));
  });

  app.get<{ Params: { parcelId: string } }>('/parcels/:parcelId/history', async (request, reply) => {
    const history = await service.history(request.params.parcelId);
    return reply.type('application/json').send(jsonBody(history));
  });

  return app;
};
