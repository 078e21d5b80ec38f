// Who may talk to the preview server: only the preview's own page, on loopback, by its own name.
// A web page elsewhere can make the browser send requests to 127.0.0.1; these rules refuse them:
// - Host must be 127.0.0.1 or localhost with the server's port (a rebound DNS name is refused);
// - Origin, when sent, must be the preview's own origin, and every write (POST) must send it;
// - writes must be application/json (a cross-site form or "simple" request cannot send that without
//   a CORS preflight, which this server never grants);
// - the API refuses requests a browser marks as coming from another site (Sec-Fetch-Site).

const MAX_BODY = 256 * 1024;

/** An error with the HTTP status to answer it with. */
export function refusal(status, message) {
  return Object.assign(new Error(message), { status });
}

/** The Host values this server answers to, for the port the request arrived on. */
export function allowedHosts(port) {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (port === 80) hosts.push("127.0.0.1", "localhost");
  return new Set(hosts);
}

/**
 * Checks where a request comes from; throws a refusal (403 or 415) when it is not the preview's own page
 * or a plain navigation to it. Returns the page's origin.
 */
export function checkRequest(req, pathname) {
  const host = String(req.headers.host ?? "").toLowerCase();
  if (!allowedHosts(req.socket.localPort).has(host))
    throw refusal(403, `Host non ammesso: usa http://127.0.0.1:${req.socket.localPort}/`);
  const own = `http://${host}`;
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== own) throw refusal(403, "Origine non ammessa");
  const site = req.headers["sec-fetch-site"];
  if (pathname.startsWith("/api/") && (site === "cross-site" || site === "same-site"))
    throw refusal(403, "Origine non ammessa");
  if (req.method === "POST") {
    if (origin === undefined) throw refusal(403, "Origine mancante: le modifiche arrivano solo dalla pagina");
    const type = String(req.headers["content-type"] ?? "")
      .split(";")[0]
      .trim()
      .toLowerCase();
    if (type !== "application/json") throw refusal(415, "Serve Content-Type: application/json");
  }
  return own;
}

/** Reads a JSON object body (at most 256 kB). */
export async function readJsonBody(req) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw refusal(413, "Richiesta troppo grande");
    chunks.push(chunk);
  }
  try {
    const parsed = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error();
    return parsed;
  } catch {
    throw refusal(400, "Corpo della richiesta non valido: serve un oggetto JSON");
  }
}
