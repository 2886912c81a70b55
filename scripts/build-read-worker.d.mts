/** File name of the built worker. */
export declare const READ_WORKER_FILE: string;
/** Builds the table-reading worker into `outDir` (default out/worker); resolves with the file's path. */
export declare function buildReadWorker(outDir?: string): Promise<string>;
