// Hands a Web Request to Apollo and Apollo's answer back as a Response. Malformed requests stop here with
// 400 BAD_REQUEST and one log line; nothing unexpected escapes as an empty 500 with a stack in the log.
import { ApolloServer, HeaderMap } from '@apollo/server';
import { logger } from '@/lib/logger';
import { BadRequest, readGraphQLRequest } from './request-body';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

export const badRequestResponse = (message: string) => json(400, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });

const logBadRequest = (req: Request, requestId: string | undefined, reason: string) =>
  logger.warn({ requestId, method: req.method, contentType: req.headers.get('content-type'), reason }, 'bad GraphQL request');

function headerMap(headers: Headers): HeaderMap {
  const map = new HeaderMap();
  headers.forEach((value, key) => map.set(key, value));
  return map;
}

export function createGraphqlHandler<TContext extends object, TRequest extends Request>(
  server: ApolloServer<TContext>,
  context: (req: TRequest) => Promise<TContext>,
): (req: TRequest) => Promise<Response> {
  server.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();
  return async (req) => {
    const requestId = req.headers.get('x-request-id') ?? undefined;
    try {
      const { method, body, search } = await readGraphQLRequest(req);
      const answer = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method, headers: headerMap(req.headers), search, body },
        context: () => context(req),
      });
      const headers = new Headers();
      for (const [key, value] of answer.headers) headers.set(key, value);
      if (answer.body.kind === 'complete') {
        // Apollo's own refusals of a malformed request (no query, variables not an object, …): one line too.
        if (answer.status === 400 && answer.body.string.includes('"BAD_REQUEST"')) logBadRequest(req, requestId, answer.body.string.slice(0, 300));
        return new Response(answer.body.string, { status: answer.status ?? 200, headers });
      }
      const chunks = answer.body.asyncIterator;
      const stream = new ReadableStream<string>({
        async pull(controller) {
          const { value, done } = await chunks.next();
          if (done) controller.close(); else controller.enqueue(value);
        },
      });
      return new Response(stream, { status: answer.status ?? 200, headers });
    } catch (error) {
      if (error instanceof BadRequest) {
        logBadRequest(req, requestId, error.message);
        return badRequestResponse(error.message);
      }
      logger.error({ requestId, reason: error instanceof Error ? error.message : String(error) }, 'GraphQL request failed');
      return json(500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
    }
  };
}
