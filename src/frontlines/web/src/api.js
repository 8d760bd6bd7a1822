// The REST API, as the front end uses it. Every error has the shape {"error": {code, message, detail}}.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function call(path, options = {}) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: "application/json" }, ...options });
  } catch (err) {
    throw new ApiError(0, "network", `cannot reach the server (${err.message})`);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body && body.error) || {};
    throw new ApiError(response.status, error.code || "error", error.message || response.statusText);
  }
  return body;
}

/** A query string from a {name: value} object, dropping empty values. */
export function queryString(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") q.set(key, value);
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

export const api = {
  events: (filters, cursor, limit) => call(`/api/events${queryString({ ...filters, cursor, limit })}`),
  event: (id) => call(`/api/events/${encodeURIComponent(id)}`),
  article: (id) => call(`/api/articles/${encodeURIComponent(id)}`),
  actors: (q, limit = 20) => call(`/api/actors${queryString({ q, limit })}`),
  places: (q, limit = 20) => call(`/api/places${queryString({ q, limit })}`),
  placeHistory: (id) => call(`/api/places/${encodeURIComponent(id)}/history`),
  timeline: (filters) => call(`/api/timeline${queryString(filters)}`),
  taxonomy: () => call("/api/taxonomy"),
  config: () => call("/api/config"),
  extract: (body) =>
    call("/api/extract", {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }),
};
