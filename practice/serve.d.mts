/** Absolute path of practice/dist/ (with a trailing separator). */
export declare const DIST_DIR: string;

export interface PracticeServer {
  /** e.g. http://127.0.0.1:41234/ (with a trailing slash) */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serve practice/dist (or options.root) on 127.0.0.1; port 0 picks a free port. */
export declare function startPracticeServer(port?: number, options?: { root?: string }): Promise<PracticeServer>;
