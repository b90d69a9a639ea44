/** `/v1/destinations`, `/v1/store` and `/v1/render`: approved storage as the policy names it. */
import { destinationsResponse, MAX_STORE_REQUEST_BYTES, renderRequest, renderResponse, storeReceipt, storeRequest } from '../../../protocol/index.js';
import { b64, bytesOf, checked, type ApiCall, type ApiContext } from '../api-context.js';

export function storageRoutes(call: ApiCall, context: ApiContext): Promise<unknown> | undefined {
  const { method, path } = call;
  if (method === 'GET' && path === '/v1/destinations') return Promise.resolve(checked(destinationsResponse, { destinations: context.storage.describe() }));
  if (method === 'POST' && path === '/v1/store') {
    return call.readBody(MAX_STORE_REQUEST_BYTES).then(async (body) => {
      const request = storeRequest.parse(body);
      const files = (request.files ?? []).map((file) => ({ name: file.name, bytes: bytesOf(file.data) }));
      return checked(storeReceipt, await context.storage.store({
        destination: request.destination, messageId: request.messageId, user: request.user, files,
        ...(request.message !== undefined ? { message: bytesOf(request.message) } : {}),
        ...(request.formats !== undefined ? { formats: request.formats } : {}),
      }));
    });
  }
  if (method === 'POST' && path === '/v1/render') {
    return call.readBody(MAX_STORE_REQUEST_BYTES).then(async (body) => {
      const request = renderRequest.parse(body);
      const rendered = await context.storage.render({
        destination: request.destination, messageId: request.messageId, user: request.user, message: bytesOf(request.message),
        ...(request.formats !== undefined ? { formats: request.formats } : {}),
      });
      return checked(renderResponse, { folder: rendered.folder, files: rendered.files.map((f) => ({ name: f.name, data: b64(f.bytes), sha256: f.sha256, bytes: f.bytes.length })) });
    });
  }
  return undefined;
}
