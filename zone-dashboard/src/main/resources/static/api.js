// Reads of the zone through the dashboard, as its agency; a problem detail's words where a read fails.
export async function read(service, path) {
  const response = await fetch(`/dashboard/api/${service}${path}`, { headers: { Accept: 'application/json' } });
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
