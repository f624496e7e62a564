import net from 'node:net';
import zlib from 'node:zlib';

/**
 * A bare HTTP/1.1 client on node:net, so a test can send what fetch and node:http refuse:
 * `OPTIONS *`, lowercase or unknown methods, raw `..` segments, broken percent-escapes, odd
 * Host headers. One request per connection (`Connection: close`), read until the server closes.
 */
export type RawRequest = {
  method?: string;
  /** The request-target exactly as sent: a path, `*`, or anything else. */
  target: string;
  /** Sent in this order; a null value leaves out a header the client would otherwise add. */
  headers?: Record<string, string | null>;
  body?: string;
  /** How the request line and headers become bytes: latin1 sends each char < 256 as one raw byte. */
  encoding?: 'utf8' | 'latin1';
};

export type RawResponse = {
  status: number;
  headers: Record<string, string>;
  /** The decoded body (chunked and gzip/br/deflate undone). */
  body: string;
  /** True when the server closed the connection without answering. */
  noResponse: boolean;
};

const DEFAULT_HEADERS = { host: '127.0.0.1', 'user-agent': 'abuse-suite', connection: 'close' };

function requestBytes(req: RawRequest): Buffer {
  const headers: Record<string, string | null> = { ...DEFAULT_HEADERS, ...req.headers };
  if (req.body !== undefined && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-length')) {
    headers['content-length'] = String(Buffer.byteLength(req.body));
  }
  const lines = [`${req.method ?? 'GET'} ${req.target} HTTP/1.1`];
  for (const [k, v] of Object.entries(headers)) if (v !== null) lines.push(`${k}: ${v}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, req.encoding ?? 'utf8'), Buffer.from(req.body ?? '')]);
}

function dechunk(buf: Buffer): Buffer {
  const parts: Buffer[] = [];
  let i = 0;
  while (i < buf.length) {
    const eol = buf.indexOf('\r\n', i);
    if (eol < 0) break;
    const size = parseInt(buf.subarray(i, eol).toString('latin1'), 16);
    if (!size) break;
    parts.push(buf.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function decode(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'gzip') return zlib.gunzipSync(body);
  if (encoding === 'br') return zlib.brotliDecompressSync(body);
  if (encoding === 'deflate') return zlib.inflateSync(body);
  return body;
}

export function parseResponse(raw: Buffer, method = 'GET'): RawResponse {
  const end = raw.indexOf('\r\n\r\n');
  if (raw.length === 0 || end < 0) return { status: 0, headers: {}, body: raw.toString('utf8'), noResponse: true };
  const [statusLine, ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(statusLine.split(' ')[1]);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
  }
  let body = method === 'HEAD' ? Buffer.alloc(0) : raw.subarray(end + 4);
  if (headers['transfer-encoding']?.includes('chunked')) body = dechunk(body);
  try {
    body = decode(body, headers['content-encoding']);
  } catch {
    // A truncated or mislabelled body: check what arrived as it is.
  }
  return { status, headers, body: body.toString('utf8'), noResponse: false };
}

export function rawRequest(port: number, req: RawRequest, timeoutMs = 20_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`${req.method ?? 'GET'} ${req.target.slice(0, 200)}: no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('connect', () => socket.write(requestBytes(req)));
    socket.on('data', (d) => chunks.push(d));
    // A reset after the answer (the server closing a half-read request) still leaves the answer.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(parseResponse(Buffer.concat(chunks), req.method?.toUpperCase()));
    });
  });
}
