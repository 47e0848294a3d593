/**
 * The Bolt handshake, negotiated by the relay itself: it reads the client's four offers, picks
 * the newest version it speaks, and offers Neo4j exactly that one. The manifest handshake, and
 * anything else it does not know, is simply not chosen, so the client and Neo4j always frame the
 * stream the same way the relay does.
 */

export const handshakeBytes = 20;
const magic = 0x6060b017;

export interface BoltVersion {
  readonly major: number;
  readonly minor: number;
}

/**
 * What the relay speaks: 4.4 and 5.0 to 5.4, the messages `requests.ts` knows. Later 5.x minors
 * change failure metadata and routing, which the relay would have to learn first.
 */
export const relayVersions: readonly BoltVersion[] = [
  { major: 5, minor: 4 },
  { major: 5, minor: 3 },
  { major: 5, minor: 2 },
  { major: 5, minor: 1 },
  { major: 5, minor: 0 },
  { major: 4, minor: 4 },
];

export class HandshakeError extends Error {
  override name = 'HandshakeError';
}

/** The versions one 4-byte offer stands for: `00 RR mm MM` is MM.mm down to MM.(mm-RR). */
function offered(offer: number): BoltVersion[] {
  const range = (offer >>> 16) & 0xff;
  const minor = (offer >>> 8) & 0xff;
  const major = offer & 0xff;
  if (offer >>> 24 !== 0 || major === 0 || major === 0xff) return [];
  const versions: BoltVersion[] = [];
  for (let m = minor; m >= Math.max(0, minor - range); m--) versions.push({ major, minor: m });
  return versions;
}

/** The newest version both sides speak, taking the client's offers in its order of preference. */
export function chooseVersion(handshake: Buffer): BoltVersion | null {
  if (handshake.length !== handshakeBytes || handshake.readUInt32BE(0) !== magic) {
    throw new HandshakeError('the connection did not start with the Bolt handshake');
  }
  for (let at = 4; at < handshakeBytes; at += 4) {
    for (const version of offered(handshake.readUInt32BE(at))) {
      if (relayVersions.some((v) => v.major === version.major && v.minor === version.minor)) return version;
    }
  }
  return null;
}

/** The handshake the relay sends Neo4j: the magic and one offer, the chosen version. */
export function singleOffer(version: BoltVersion): Buffer {
  const out = Buffer.alloc(handshakeBytes);
  out.writeUInt32BE(magic, 0);
  out.writeUInt32BE((version.minor << 8) | version.major, 4);
  return out;
}

/** Neo4j's 4-byte answer, as the version it agreed to (or null when it refused). */
export function agreedVersion(answer: Buffer): BoltVersion | null {
  const value = answer.readUInt32BE(0);
  if (value === 0) return null;
  return { major: value & 0xff, minor: (value >>> 8) & 0xff };
}

export const versionBytes = (version: BoltVersion | null): Buffer => {
  const out = Buffer.alloc(4);
  if (version) out.writeUInt32BE((version.minor << 8) | version.major, 0);
  return out;
};

export const atLeast = (version: BoltVersion, major: number, minor: number): boolean =>
  version.major > major || (version.major === major && version.minor >= minor);
