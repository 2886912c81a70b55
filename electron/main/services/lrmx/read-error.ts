/** A file the LRMX reader refuses; `message` is Chinese, names the file and says what to do. */
export class LrmxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LrmxReadError';
  }
}
