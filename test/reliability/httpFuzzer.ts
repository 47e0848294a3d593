import zlib from 'node:zlib';
import { seededRandom } from './fuzzer.js';

/** One raw HTTP request: the path is sent byte for byte, as a careless or hostile client writes it. */
export interface RawRequest {
  readonly family: string;
  readonly method: 'GET' | 'POST';
  /** The request target: path and query string, escapes (good or bad) as they are. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Buffer;
}

/** Cheap operations: the families below aim at the layers before GraphQL, not at Neo4j. */
const queries = ['{ __typename }', '{ sources { nodes { id title } } }', 'query Q { sources { totalCount } }'];

/** Every family of route the server answers, with a request target of each. */
const routes = [
  '/graphql',
  '/graphql?query=%7B%20__typename%20%7D',
  '/browser/',
  '/browser/index.html',
  '/browser/project-favorites.js',
  '/sources/src:article/text',
  '/sources/src%3Amoscow-talks-readout/text',
  '/ide/',
  '/ide/operations.json',
  '/explorer/',
  '/explorer/?actor=person:liz-truss',
  '/timeline/',
  '/timeline/?a=GB&b=RU',
  '/docs/model.md',
  '/',
];

/** Escapes that do not decode (or decode to no UTF-8), and a few that do, to keep both sides honest. */
const escapes = ['%', '%z', '%zz', '%G0', '%E0%A4%A', '%ff', '%C0%AF', '%ED%A0%80', '%E2%82', '%%', '%u0041', '%2', '%00', '%2F', '%2e%2e/', '%41', '%E2%82%AC'];

type Compress = (data: Buffer) => Buffer;
const compressors: Readonly<Record<string, Compress>> = {
  gzip: (data) => zlib.gzipSync(data),
  deflate: (data) => zlib.deflateSync(data),
  br: (data) => zlib.brotliCompressSync(data),
};
const encodings = Object.keys(compressors);

export class HttpFuzzer {
  private readonly random: () => number;
  /** Compressed once per encoding: brotli takes a while over megabytes. */
  private readonly bombs = new Map<string, Buffer>();

  constructor(seed: number) {
    this.random = seededRandom(seed);
  }

  private int(max: number): number {
    return Math.floor(this.random() * max);
  }

  private pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  private json(): Buffer {
    return Buffer.from(JSON.stringify({ query: this.pick(queries) }));
  }

  /** Bodies compressed well or badly, labelled rightly or wrongly, with encodings stacked. */
  compressedBody(): RawRequest {
    const family = 'compressed body';
    const plain = this.json();
    const encoding = this.pick(encodings);
    const compress = compressors[encoding]!;
    let body: Buffer;
    let label: string;
    switch (this.int(8)) {
      case 0: // valid
        [body, label] = [compress(plain), encoding];
        break;
      case 1: // cut short
        body = compress(plain);
        [body, label] = [body.subarray(0, this.int(body.length)), encoding];
        break;
      case 2: {
        // a flipped bit or two
        body = Buffer.from(compress(plain));
        for (let i = 1 + this.int(3); i > 0; i -= 1) {
          const at = this.int(body.length);
          body[at] = body[at]! ^ (1 << this.int(8));
        }
        label = encoding;
        break;
      }
      case 3: // not compressed at all
        [body, label] = [this.pick([plain, Buffer.from('garbage'), Buffer.alloc(0), Buffer.from([0x1f, 0x8b])]), encoding];
        break;
      case 4: // compressed one way, labelled another
        [body, label] = [compress(plain), this.pick(encodings.filter((other) => other !== encoding))];
        break;
      case 5: // names that are not encodings, or not these
        [body, label] = [compress(plain), this.pick(['compress', 'x-gzip', 'zstd', 'identity', 'GZIP', 'gzip;q=1', 'chunked', '*', '', 'deflate\u0001', 'br '])];
        break;
      case 6: {
        // stacked, as HTTP allows (applied in order): the body really is compressed twice
        const second = this.pick(encodings);
        [body, label] = [compressors[second]!(compress(plain)), `${encoding}, ${second}`];
        break;
      }
      default: // a compression bomb's little sister: far more than the body limit once inflated
        if (!this.bombs.has(encoding)) this.bombs.set(encoding, compress(Buffer.from(JSON.stringify({ query: `{ __typename } #${' '.repeat(2_000_000)}` }))));
        [body, label] = [this.bombs.get(encoding)!, encoding];
    }
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    // A header value with a control character cannot be sent; such a name is sent without it.
    headers['content-encoding'] = label.replace(/[\u0000-\u001f]/g, '');
    return { family, method: 'POST', path: '/graphql', headers, body };
  }

  /** A route of every family, with bad (and some good) escapes in its path or query string. */
  percentEncoding(): RawRequest {
    const family = 'percent-encoding';
    let target = this.pick(routes);
    for (let i = 1 + this.int(2); i > 0; i -= 1) {
      const query = target.indexOf('?');
      const inQuery = this.int(2) === 0;
      const escape = this.pick(escapes);
      if (inQuery) {
        target = query < 0 ? `${target}?${this.pick(['query', 'actor', 'a', 'variables', 'x'])}=${escape}` : `${target}${this.pick(['', '&x='])}${escape}`;
      } else {
        const end = query < 0 ? target.length : query;
        const at = 1 + this.int(end);
        target = `${target.slice(0, at)}${escape}${target.slice(at)}`;
      }
    }
    const graphql = target.startsWith('/graphql');
    const headers: Record<string, string> = {
      accept: this.pick(['application/json', 'text/html', '*/*']),
      // Apollo runs a GET only when asked with a header a cross-site form cannot send.
      ...(graphql ? { 'apollo-require-preflight': 'true' } : {}),
    };
    if (graphql && this.int(2) === 0) return { family, method: 'POST', path: target, headers: { ...headers, 'content-type': 'application/json' }, body: this.json() };
    return { family, method: 'GET', path: target, headers };
  }

  /** URLs around the server's URL limit (8 KiB) and Node's on the request line and headers (16 KiB), and far past both. */
  longUrl(): RawRequest {
    const family = 'long URL';
    const length = this.pick([8192 + this.int(200) - 100, 16_384 + this.int(400) - 200, 40_000 + this.int(10_000), 500_000]);
    const base = this.pick(routes);
    // Padded in the query string mostly, where a client's long operation goes; now and then in the path.
    const joiner = this.int(4) === 0 ? '/' : base.includes('?') ? '&pad=' : '?pad=';
    const filler = this.pick(['a', '%41', '%zz']);
    const pad = filler.repeat(Math.max(0, Math.ceil((length - base.length - joiner.length) / filler.length)));
    const path = joiner === '/' ? `/${pad}${base}` : `${base}${joiner}${pad}`;
    return { family, method: 'GET', path: path.slice(0, length), headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } };
  }
}
