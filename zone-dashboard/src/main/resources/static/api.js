// Reads of the zone through the dashboard, as its agency; a problem detail's words where a read fails.
export function read(service, path) {
  return get(`/dashboard/api/${service}${path}`);
}

/** Indicators-service's aggregates of an indicator and period over each scope, in one read: each, or null. */
export function readAggregates(indicator, period, scopes) {
  const query = new URLSearchParams([['indicator', indicator], ['period', period], ...scopes.map(s => ['scope', s])]);
  return get(`/dashboard/aggregates?${query}`);
}

async function get(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = `HTTP ${response.status}`;
    try {
      const problem = await response.json();
      detail = problem.detail ?? detail;
    } catch (notJson) {
      // the status says enough
    }
    throw new Error(detail);
  }
  return response.json();
}
