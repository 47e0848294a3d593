/**
 * One console connection, between the Browser and Neo4j, with no knowledge of sockets: the relay
 * ends the client's Bolt here (handshake, framing, every message decoded and rebuilt) and starts
 * its own towards Neo4j. Answers come back untouched; the relay only counts them, so that a
 * refusal it answers itself takes its place in the order the client expects.
 */
import { chunk, Dechunker, FramingError, MessageSignatures } from './chunks.js';
import { agreedVersion, chooseVersion, handshakeBytes, HandshakeError, singleOffer, versionBytes, type BoltVersion } from './handshake.js';
import { decodeMessage, encodeValue, PackStreamError, type Struct } from './packstream.js';
import { failure, ignored, rebuild, RefusedRequest, Signature, type RelayPolicy } from './requests.js';

export interface ConsoleLimits {
  /** The largest message the client may send (statement and parameters). */
  readonly maxMessageBytes: number;
  /** Requests sent on and not yet answered; a client that pipelines more is cut off. */
  readonly maxPending: number;
}

export interface ConsoleEnds {
  toClient(bytes: Buffer): void;
  toServer(bytes: Buffer): void;
  /** Ends both sides; `reason` says why, for the client's close frame and the log. */
  close(reason: string, kind: 'done' | 'refused' | 'too-large'): void;
  /** A request the relay refused, for the log. */
  refused(reason: string): void;
}

const summaries: ReadonlySet<number> = new Set([Signature.SUCCESS, Signature.FAILURE, Signature.IGNORED]);

export class ConsoleConnection {
  private handshake = Buffer.alloc(0);
  private version: BoltVersion | null = null;
  private agreed = false;
  private serverGreeting = Buffer.alloc(0);
  private readonly client: Dechunker;
  private readonly server = new MessageSignatures();
  /** Client messages that arrived before Neo4j agreed the version, or behind a refusal still waiting its turn. */
  private held: (Buffer | null)[] = [];
  private pending = 0;
  /** A refusal waiting for the answers to the requests before it. */
  private refusal: RefusedRequest | null = null;
  /** A refusal was answered: like Neo4j, ignore everything until RESET. */
  private failed = false;
  private inTransaction = false;
  private closed = false;

  constructor(
    private readonly policy: RelayPolicy,
    private readonly limits: ConsoleLimits,
    private readonly ends: ConsoleEnds,
  ) {
    this.client = new Dechunker(limits.maxMessageBytes);
  }

  /** Bytes from the client, split anywhere. */
  fromClient(data: Buffer): void {
    if (this.closed) return;
    try {
      if (!this.version) {
        this.handshake = Buffer.concat([this.handshake, data]);
        if (this.handshake.length < handshakeBytes) return;
        this.version = chooseVersion(this.handshake.subarray(0, handshakeBytes));
        if (!this.version) {
          this.ends.toClient(versionBytes(null));
          this.ends.close('the client offered no Bolt version the console speaks (4.4, 5.0 to 5.4)', 'refused');
          this.closed = true;
          return;
        }
        this.ends.toServer(singleOffer(this.version));
        data = this.handshake.subarray(handshakeBytes);
      }
      const messages = this.client.push(data);
      if (!this.agreed || this.refusal) this.hold(messages);
      else for (const message of messages) this.request(message);
    } catch (error) {
      this.protocolError(error);
    }
  }

  /** Bytes from Neo4j, passed on as they are. */
  fromServer(data: Buffer): void {
    if (this.closed) return;
    if (!this.agreed) {
      this.serverGreeting = Buffer.concat([this.serverGreeting, data]);
      if (this.serverGreeting.length < 4) return;
      const agreed = agreedVersion(this.serverGreeting.subarray(0, 4));
      if (!agreed || agreed.major !== this.version!.major || agreed.minor !== this.version!.minor) {
        this.ends.toClient(versionBytes(null));
        this.ends.close('Neo4j did not agree to the Bolt version the console chose', 'refused');
        this.closed = true;
        return;
      }
      this.ends.toClient(versionBytes(agreed));
      this.agreed = true;
      data = this.serverGreeting.subarray(4);
      const waiting = this.held;
      this.held = [];
      for (const message of waiting) this.request(message);
      if (data.length === 0) return;
    }
    this.ends.toClient(data);
    for (const signature of this.server.push(data)) if (summaries.has(signature)) this.pending--;
    if (this.refusal && this.pending === 0) this.answerRefusal();
  }

  private hold(messages: (Buffer | null)[]): void {
    this.held.push(...messages);
    if (this.held.length > this.limits.maxPending) throw new FramingError(`more than ${this.limits.maxPending} requests are waiting`);
  }

  private send(message: Struct): void {
    this.ends.toServer(chunk(encodeValue(message)));
  }

  private request(bytes: Buffer | null): void {
    if (this.closed) return;
    if (this.refusal) {
      this.hold([bytes]);
      return;
    }
    if (bytes === null) return; // a keep-alive; Neo4j has its own
    const value = decodeMessage(bytes);
    const signature = (value as Struct).tag;
    if (this.failed) {
      if (signature === Signature.RESET) this.failed = false;
      else if (signature !== Signature.GOODBYE) {
        this.ends.toClient(chunk(encodeValue(ignored())));
        return;
      }
    }
    let rebuilt;
    try {
      rebuilt = rebuild(value, this.version!, this.policy, this.inTransaction);
    } catch (error) {
      if (!(error instanceof RefusedRequest)) throw error;
      this.ends.refused(error.message);
      this.refusal = error;
      if (this.pending === 0) this.answerRefusal();
      return;
    }
    if (rebuilt.opensTransaction) this.inTransaction = true;
    if (rebuilt.endsTransaction) this.inTransaction = false;
    this.send(rebuilt.message);
    if (rebuilt.message.tag === Signature.GOODBYE) {
      this.ends.close('the client said goodbye', 'done');
      this.closed = true;
      return;
    }
    if (++this.pending > this.limits.maxPending) throw new FramingError(`more than ${this.limits.maxPending} requests are waiting for answers`);
  }

  /** The refusal's FAILURE, in the place of the request it answers, then what queued behind it. */
  private answerRefusal(): void {
    const refusal = this.refusal!;
    this.refusal = null;
    this.failed = true;
    this.ends.toClient(chunk(encodeValue(failure(refusal.code, refusal.message))));
    const waiting = this.held;
    this.held = [];
    try {
      for (const message of waiting) this.request(message);
    } catch (error) {
      this.protocolError(error);
    }
  }

  private protocolError(error: unknown): void {
    if (this.closed) return;
    const known = error instanceof PackStreamError || error instanceof FramingError || error instanceof HandshakeError;
    if (!known) throw error;
    const tooLarge = error instanceof FramingError;
    if (this.agreed) {
      this.ends.toClient(chunk(encodeValue(failure('Neo.ClientError.Request.Invalid', `The console closed the connection: ${error.message}.`))));
    }
    this.ends.close(error.message, tooLarge ? 'too-large' : 'refused');
    this.closed = true;
  }
}
