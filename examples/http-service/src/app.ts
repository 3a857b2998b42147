import { decodeErrorFrom, formatCount, Instant, inputLimits } from '@parcel-claims/core';
import { RetriesExhausted, StoreUnavailable } from '@parcel-claims/eventsourcing';
import type { ClaimsService, CommandResult } from '@parcel-claims/service';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { jsonBody } from './json-body.js';
import type { ClaimReadModels } from './read-models.js';

const statusOf = (result: CommandResult): number => {
  switch (result.kind) {
    case 'invalid':
    // As the IETF draft on idempotency keys answers a key reused with another payload.
    case 'command-id-reused':
      return 422;
    case 'rejected':
      return 409;
    default:
      return 200;
  }
};

/** A body refused for its size before it is read: the limit and the size its Content-Length gives. */
const tooLarge = (contentLength: string | undefined) => {
  const limit = formatCount(inputLimits.commandBytes);
  const size = Number(contentLength);
  const found = Number.isSafeInteger(size) ? `${formatCount(size)} bytes` : `more than ${limit} bytes`;
  return {
    outcome: 'invalid',
    error: decodeErrorFrom('command', {
      problems: [{ path: '$.data', expected: `at most ${limit} bytes of JSON`, found }],
      omitted: 0,
    }),
  };
};

const bodyOf = (result: CommandResult) => {
  switch (result.kind) {
    case 'invalid':
      return { outcome: 'invalid', error: result.error };
    case 'rejected':
      return { outcome: 'rejected', rejection: result.rejection };
    case 'unchanged':
      return { outcome: 'unchanged', events: [] };
    case 'command-id-reused':
      return {
        outcome: 'command-id-reused',
        parcelId: result.parcelId,
        commandId: result.commandId,
        message: result.message,
      };
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
 *   a repeated command, the events it wrote the first time), 422 with every invalid JSON path,
 *   422 `command-id-reused` when the command id was already used for another command, 409 when
 *   a rule refuses the command or concurrent writers kept conflicting, 503 when the store is down,
 *   413 for a body over `inputLimits.commandBytes` (refused before it is parsed).
 * - `GET /parcels/:parcelId`: the parcel's current state; 404 if nothing was recorded.
 * - `GET /parcels/:parcelId/history`: every recorded event with its metadata.
 * With read models: `GET /claims?status=`, `GET /documents/outstanding?asOf=&overdueOnly=`,
 * `GET /payouts?asOf=`, `GET /payouts/sla`, `GET /sellers/:sellerId`, `GET /carriers/:carrierId`
 * (404 for an unknown seller or carrier; 422 for an `asOf` that is not an ISO UTC instant).
 */
export const buildApp = (service: ClaimsService, readModels?: ClaimReadModels): FastifyInstance => {
  const app = Fastify({ logger: false, bodyLimit: inputLimits.commandBytes });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof Error && 'code' in error && error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply.code(413).send(tooLarge(request.headers['content-length']));
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

  if (readModels !== undefined) queryRoutes(app, readModels);
  return app;
};

const send = (reply: FastifyReply, value: unknown) => reply.type('application/json').send(jsonBody(value));

const queryRoutes = (app: FastifyInstance, models: ClaimReadModels): void => {
  const { executor } = models;
  const asOfOf = (query: { readonly asOf?: string }, reply: FastifyReply) => {
    if (Instant.is(query.asOf)) return query.asOf;
    void reply
      .code(422)
      .send({ outcome: 'invalid', path: '$.query.asOf', expected: 'an ISO 8601 UTC instant' });
    return undefined;
  };

  app.get<{ Querystring: { status?: string } }>('/claims', async (request, reply) => {
    await models.refresh();
    const all = await models.board.listClaims(executor);
    const status = request.query.status;
    return send(reply, status === undefined ? all : all.filter((claim) => claim.status === status));
  });

  app.get<{ Querystring: { asOf?: string; overdueOnly?: string } }>(
    '/documents/outstanding',
    async (request, reply) => {
      const asOf = asOfOf(request.query, reply);
      if (asOf === undefined) return reply;
      await models.refresh();
      return send(
        reply,
        await models.documents.listOutstandingDocuments(executor, {
          asOf,
          overdueOnly: request.query.overdueOnly === 'true',
        }),
      );
    },
  );

  app.get<{ Querystring: { asOf?: string } }>('/payouts', async (request, reply) => {
    const asOf = asOfOf(request.query, reply);
    if (asOf === undefined) return reply;
    await models.refresh();
    return send(reply, await models.payouts.listAwaitingPayout(executor, { asOf }));
  });

  app.get('/payouts/sla', async (_request, reply) => {
    await models.refresh();
    return send(reply, await models.payouts.payoutSla(executor));
  });

  app.get<{ Params: { sellerId: string } }>('/sellers/:sellerId', async (request, reply) => {
    await models.refresh();
    const statistics = await models.sellers.statisticsOfSeller(executor, request.params.sellerId);
    return statistics === null ? reply.code(404).send({ outcome: 'not-found' }) : send(reply, statistics);
  });

  app.get<{ Params: { carrierId: string } }>('/carriers/:carrierId', async (request, reply) => {
    await models.refresh();
    const statistics = await models.carriers.statisticsOfCarrier(executor, request.params.carrierId);
    return statistics === null ? reply.code(404).send({ outcome: 'not-found' }) : send(reply, statistics);
  });
};
