// shared/ compiles without DOM and Node types so that it cannot reach either platform. The few
// globals both platforms provide (Web Crypto, TextEncoder) are declared here, narrowly.
interface SharedSubtleCrypto {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}
interface SharedCrypto {
  readonly subtle: SharedSubtleCrypto;
  randomUUID(): string;
  getRandomValues<T extends Uint8Array>(array: T): T;
}
declare const crypto: SharedCrypto;
declare class TextEncoder {
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
